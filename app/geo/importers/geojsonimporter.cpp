#include "geo/importers/geojsonimporter.h"

#include <cmath>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lintas::geo {

namespace {

QString firstString(const QJsonObject &properties, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys) {
        const QJsonValue v = properties.value(key);
        if (v.isString())
            return v.toString().trimmed();
        if (v.isDouble())
            return QString::number(v.toDouble());
        if (v.isBool())
            return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    }
    return {};
}

// Line and column (1-based) of a byte offset, for parse errors a person can find in an editor.
std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

} // namespace

bool GeoJsonImporter::read(const QString &path, MapFeatures *features, ImportError *error)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportError{fileName, 0, tr("cannot be read: %1").arg(file.errorString())};
        return false;
    }
    return readBytes(file.readAll(), fileName, features, error);
}

bool GeoJsonImporter::readBytes(const QByteArray &json, const QString &fileName, MapFeatures *features,
                                ImportError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        *error = ImportError{
            fileName, 0,
            tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString())};
        return false;
    }
    if (!doc.isObject()) {
        *error = ImportError{fileName, 0, tr("the top level is not a GeoJSON object")};
        return false;
    }
    const QJsonObject root = doc.object();
    const QString type = root.value(QLatin1StringView("type")).toString();

    QList<QJsonObject> featureObjects;
    if (type == u"FeatureCollection") {
        const QJsonValue list = root.value(QLatin1StringView("features"));
        if (!list.isArray()) {
            *error = ImportError{fileName, 0, tr("the FeatureCollection has no \"features\" array")};
            return false;
        }
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isObject()) {
                *error = ImportError{fileName, qint64(i) + 1, tr("the feature is not a JSON object")};
                return false;
            }
            featureObjects.append(array[i].toObject());
        }
    } else if (type == u"Feature") {
        featureObjects.append(root);
    } else if (!type.isEmpty()) {
        // A bare geometry: one feature without properties.
        featureObjects.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")}, {QStringLiteral("geometry"), root}});
    } else {
        *error = ImportError{fileName, 0, tr("the top-level object has no \"type\"")};
        return false;
    }

    MapFeatures read;
    const qint64 total = featureObjects.size();
    for (qsizetype i = 0; i < featureObjects.size(); ++i) {
        if (m_progress && i % 256 == 0)
            m_progress(i, total);
        const QJsonObject &feature = featureObjects[i];
        const QJsonValue geometry = feature.value(QLatin1StringView("geometry"));
        if (geometry.isNull() || geometry.isUndefined())
            continue;
        QString what;
        if (feature.value(QLatin1StringView("type")).toString() != u"Feature")
            what = tr("the object's \"type\" is not \"Feature\"");
        else if (!geometry.isObject())
            what = tr("\"geometry\" is not an object");
        const bool ok =
            what.isEmpty() &&
            readFeature(geometry.toObject(), feature.value(QLatin1StringView("properties")).toObject(), &read, &what);
        if (!ok) {
            *error = ImportError{fileName, qint64(i) + 1, what};
            return false;
        }
    }
    if (m_progress)
        m_progress(total, total);
    features->roads.append(std::move(read.roads));
    features->sectors.append(std::move(read.sectors));
    features->places.append(std::move(read.places));
    return true;
}

bool GeoJsonImporter::readFeature(const QJsonObject &geometry, const QJsonObject &properties, MapFeatures *out,
                                  QString *what)
{
    const QString type = geometry.value(QLatin1StringView("type")).toString();
    const QJsonValue coordinates = geometry.value(QLatin1StringView("coordinates"));
    if (type.isEmpty()) {
        *what = tr("the geometry has no \"type\"");
        return false;
    }
    if (type != u"GeometryCollection" && !coordinates.isArray()) {
        *what = tr("the %1 has no \"coordinates\" array").arg(type);
        return false;
    }
    const QJsonArray coords = coordinates.toArray();

    if (type == u"LineString" || type == u"MultiLineString") {
        QList<Line> lines;
        if (type == u"LineString") {
            auto line = positions(coordinates, 2, what);
            if (!line)
                return false;
            lines.append(*line);
        } else {
            for (qsizetype i = 0; i < coords.size(); ++i) {
                auto line = positions(coords[i], 2, what);
                if (!line) {
                    *what = tr("line %1 of the MultiLineString: %2").arg(i + 1).arg(*what);
                    return false;
                }
                lines.append(*line);
            }
        }
        const QString highway = firstString(properties, {QLatin1StringView("highway"), QLatin1StringView("type"),
                                                         QLatin1StringView("fclass"), QLatin1StringView("class")});
        for (Line &line : lines) {
            RoadFeature road;
            road.highway = highway.isEmpty() ? QStringLiteral("road") : highway;
            road.roadClass = roadClassFromOsm(road.highway);
            road.name = firstString(properties, {QLatin1StringView("name"), QLatin1StringView("NAME")});
            road.oneWay = oneWayFromOsm(firstString(properties, {QLatin1StringView("oneway")}), road.roadClass);
            road.lanes = std::max(0, firstString(properties, {QLatin1StringView("lanes")}).toInt());
            road.points = std::move(line);
            out->roads.append(std::move(road));
        }
        return true;
    }

    if (type == u"Polygon" || type == u"MultiPolygon") {
        QList<QJsonArray> polygons;
        if (type == u"Polygon") {
            polygons.append(coords);
        } else {
            for (const QJsonValue &p : coords) {
                if (!p.isArray()) {
                    *what = tr("a polygon of the MultiPolygon is not an array of rings");
                    return false;
                }
                polygons.append(p.toArray());
            }
        }
        QList<GeoPolygon::Ring> rings;
        for (const QJsonArray &polygon : polygons) {
            for (qsizetype r = 0; r < polygon.size(); ++r) {
                // RFC 7946: a linear ring has at least four positions, the last equal to the first.
                auto ring = positions(polygon[r], 4, what);
                if (!ring) {
                    *what = tr("ring %1: %2").arg(r + 1).arg(*what);
                    return false;
                }
                rings.append(*ring);
            }
        }
        const QString name = firstString(properties, {QLatin1StringView("name"), QLatin1StringView("NAME"),
                                                      QLatin1StringView("KEC_NAME"), QLatin1StringView("kecamatan")});
        if (name.isEmpty()) {
            *what = tr("the polygon has no \"name\" property");
            return false;
        }
        const QString kota = firstString(
            properties, {QLatin1StringView("kota"), QLatin1StringView("KAB_NAME"), QLatin1StringView("city")});
        out->sectors.append(SectorFeature{name, kota, GeoPolygon(std::move(rings))});
        return true;
    }

    if (type == u"Point") {
        const auto point = position(coordinates, what);
        if (!point)
            return false;
        const QString name = firstString(properties, {QLatin1StringView("name"), QLatin1StringView("NAME")});
        if (name.isEmpty())
            return true; // an anonymous point says nothing a search could find
        QString kind = firstString(properties, {QLatin1StringView("kind")});
        out->places.append(PlaceFeature{name, kind.isEmpty() ? QStringLiteral("landmark") : kind, *point,
                                        firstString(properties, {QLatin1StringView("kecamatan")})});
        return true;
    }

    if (type == u"MultiPoint" || type == u"GeometryCollection")
        return true; // nothing a road map uses; skipped rather than refused
    *what = tr("unknown geometry type \"%1\"").arg(type);
    return false;
}

std::optional<GeoPoint> GeoJsonImporter::position(const QJsonValue &value, QString *what) const
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() < 2 || !array[0].isDouble() || !array[1].isDouble()) {
        *what = tr("a position is not an array of two numbers [longitude, latitude]");
        return std::nullopt;
    }
    const double lon = array[0].toDouble();
    const double lat = array[1].toDouble();
    if (!std::isfinite(lat) || !std::isfinite(lon) || lat < -90.0 || lat > 90.0 || lon < -180.0 || lon > 180.0) {
        *what = tr("position [%1, %2] is not a WGS 84 longitude/latitude").arg(lon).arg(lat);
        return std::nullopt;
    }
    return GeoPoint{lat, lon};
}

std::optional<GeoJsonImporter::Line> GeoJsonImporter::positions(const QJsonValue &value, qsizetype minimum,
                                                                QString *what) const
{
    if (!value.isArray()) {
        *what = tr("the coordinates are not an array of positions");
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() < minimum) {
        *what = tr("too few positions (%1; at least %2 needed)").arg(array.size()).arg(minimum);
        return std::nullopt;
    }
    Line line;
    line.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto p = position(array[i], what);
        if (!p) {
            *what = tr("position %1: %2").arg(i + 1).arg(*what);
            return std::nullopt;
        }
        line.append(*p);
    }
    return line;
}

} // namespace lintas::geo
