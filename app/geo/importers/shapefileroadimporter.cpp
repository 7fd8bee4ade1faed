#include "geo/importers/shapefileroadimporter.h"

#include "geo/geolog.h"
#include "geo/importers/shapefilereader.h"

namespace lintas::geo {

namespace {

constexpr int kProgressEvery = 512;

} // namespace

bool ShapefileRoadImporter::read(const QString &shpPath, QList<RoadFeature> *roads, ImportError *error)
{
    m_skipped = 0;
    ShapefileReader reader;
    if (!reader.open(shpPath, error))
        return false;
    const int type = reader.shapeType();
    if (type != SHPT_ARC && type != SHPT_ARCZ && type != SHPT_ARCM) {
        *error = ImportError{
            reader.shpName(), 0,
            tr("holds %1 shapes, not lines; a road layer is a PolyLine shapefile").arg(reader.shapeTypeName())};
        return false;
    }

    const QStringList classNames{QStringLiteral("TYPE"), QStringLiteral("HIGHWAY"), QStringLiteral("FCLASS"),
                                 QStringLiteral("CLASS")};
    const int classField = reader.findField(classNames);
    const int nameField = reader.findField({QStringLiteral("NAME")});
    const int oneWayField = reader.findField({QStringLiteral("ONEWAY")});
    const int lanesField = reader.findField({QStringLiteral("LANES")});
    if (classField < 0) {
        *error = ImportError{
            reader.dbfName(), 0,
            tr("no road class field (looked for %1; the file has %2)")
                .arg(classNames.join(QStringLiteral(", ")), reader.fieldNames().join(QStringLiteral(", ")))};
        return false;
    }
    if (nameField < 0) {
        *error = ImportError{reader.dbfName(), 0,
                             tr("no NAME field (the file has %1)").arg(reader.fieldNames().join(QStringLiteral(", ")))};
        return false;
    }
    if (oneWayField < 0)
        qCWarning(lcGeo) << reader.dbfName() << "has no ONEWAY field; every road is taken as two-way";

    QList<RoadFeature> read;
    read.reserve(reader.recordCount());
    const int total = reader.recordCount();
    for (int i = 0; i < total; ++i) {
        if (m_progress && i % kProgressEvery == 0)
            m_progress(i, total);
        const auto parts = reader.readParts(i, error);
        if (!parts)
            return false;
        const auto highway = reader.readString(i, classField, error);
        const auto name = highway ? reader.readString(i, nameField, error) : std::nullopt;
        if (!highway || !name)
            return false;
        QString oneWay;
        if (oneWayField >= 0) {
            const auto value = reader.readString(i, oneWayField, error);
            if (!value)
                return false;
            oneWay = *value;
        }
        int lanes = 0;
        if (lanesField >= 0) {
            const auto value = reader.readString(i, lanesField, error);
            if (!value)
                return false;
            bool ok = false;
            lanes = value->toInt(&ok);
            if (!ok || lanes < 0)
                lanes = 0;
        }

        bool any = false;
        for (const QList<GeoPoint> &part : *parts) {
            if (part.size() < 2)
                continue;
            RoadFeature road;
            road.highway = *highway;
            road.roadClass = roadClassFromOsm(*highway);
            road.name = *name;
            road.oneWay = oneWayFromOsm(oneWay, road.roadClass);
            road.lanes = lanes;
            road.points = part;
            read.append(std::move(road));
            any = true;
        }
        if (!any)
            ++m_skipped;
    }
    if (m_progress)
        m_progress(total, total);
    if (m_skipped > 0)
        qCInfo(lcGeo) << reader.shpName() << "skipped" << m_skipped << "records without a usable line";
    roads->append(std::move(read));
    return true;
}

} // namespace lintas::geo
