#include "geo/mappackagebuilder.h"

#include <algorithm>
#include <filesystem>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "geo/geodesy.h"
#include "geo/geolog.h"
#include "geo/geometryblob.h"
#include "geo/mappackage.h"
#include "geo/placenames.h"

namespace lintas::geo {

namespace {

// Thrown by the SQL helpers below, caught in write() which then deletes the partial file.
struct BuildFailure
{
    QString message;
};

const char *const kSchema[] = {
    "CREATE TABLE metadata (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE roads (id INTEGER PRIMARY KEY, class INTEGER NOT NULL, highway TEXT NOT NULL, name TEXT NOT NULL,"
    " oneway INTEGER NOT NULL, lanes INTEGER NOT NULL, geometry BLOB NOT NULL)",
    "CREATE VIRTUAL TABLE roads_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat)",
    "CREATE TABLE nodes (id INTEGER PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL)",
    // source/target rather than from/to, which are SQL keywords.
    "CREATE TABLE edges (id INTEGER PRIMARY KEY, source INTEGER NOT NULL, target INTEGER NOT NULL,"
    " length_m REAL NOT NULL, class INTEGER NOT NULL, road_id INTEGER NOT NULL, name TEXT NOT NULL,"
    " first_vertex INTEGER NOT NULL, last_vertex INTEGER NOT NULL)",
    "CREATE TABLE place_info (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, lat REAL NOT NULL,"
    " lon REAL NOT NULL, sector TEXT NOT NULL, importance INTEGER NOT NULL, south REAL NOT NULL, west REAL NOT NULL,"
    " north REAL NOT NULL, east REAL NOT NULL)",
    // Contentless: the display values live in place_info; the index holds only the normalised words.
    "CREATE VIRTUAL TABLE places USING fts5(words, content='', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TABLE sectors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kota TEXT NOT NULL, geometry BLOB NOT NULL)",
    "CREATE VIRTUAL TABLE sectors_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat)",
};

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw BuildFailure{query.lastError().text()};
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw BuildFailure{query.lastError().text() + QStringLiteral(" (") + sql + u')'};
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw BuildFailure{query.lastError().text() + QStringLiteral(" (") + sql + u')'};
    return query;
}

GeoBounds boundsOf(const QList<GeoPoint> &points)
{
    GeoBounds b;
    for (const GeoPoint &p : points)
        b.extend(p);
    return b;
}

double lengthOf(const QList<GeoPoint> &points)
{
    double length = 0.0;
    for (qsizetype i = 1; i < points.size(); ++i)
        length += distanceM(points[i - 1].lat, points[i - 1].lon, points[i].lat, points[i].lon);
    return length;
}

// The point half-way along a polyline: where a road's label and search hit belong.
GeoPoint middleOf(const QList<GeoPoint> &points)
{
    const double half = lengthOf(points) / 2.0;
    double walked = 0.0;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const double step = distanceM(points[i - 1].lat, points[i - 1].lon, points[i].lat, points[i].lon);
        if (walked + step >= half && step > 0.0) {
            const double t = (half - walked) / step;
            return GeoPoint{points[i - 1].lat + t * (points[i].lat - points[i - 1].lat),
                            points[i - 1].lon + t * (points[i].lon - points[i - 1].lon)};
        }
        walked += step;
    }
    return points.isEmpty() ? GeoPoint{} : points.first();
}

qint64 vertexKey(const GeoPoint &p)
{
    return (qint64(GeometryBlob::quantise(p.lat)) << 32) | qint64(quint32(GeometryBlob::quantise(p.lon)));
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and hold '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindBox(QSqlQuery &query, qint64 id, const GeoBounds &b)
{
    query.bindValue(0, id);
    query.bindValue(1, b.west);
    query.bindValue(2, b.east);
    query.bindValue(3, b.south);
    query.bindValue(4, b.north);
}

// The whole build inside one transaction on a fresh file.
class PackageWriter
{
public:
    PackageWriter(const QSqlDatabase &db, const MapFeatures &features, const MapPackageBuilder::Progress &progress)
        : m_db(db), m_features(features), m_progress(progress)
    {
    }

    MapPackageBuilder::Statistics run(const QString &name, const QString &source, const QString &attribution)
    {
        exec(m_db, QStringLiteral("PRAGMA page_size = 4096"));
        exec(m_db, QStringLiteral("PRAGMA journal_mode = OFF")); // a fresh file: nothing to roll back to
        exec(m_db, QStringLiteral("PRAGMA synchronous = OFF"));  // made durable by the rename after close
        for (const char *statement : kSchema)
            exec(m_db, QString::fromLatin1(statement));
        exec(m_db, QStringLiteral("BEGIN"));
        writeRoads();
        writeGraph();
        writeSectors();
        writePlaces();
        writeMetadata(name, source, attribution);
        exec(m_db, QStringLiteral("COMMIT"));
        exec(m_db, QStringLiteral("INSERT INTO places(places) VALUES('optimize')"));
        return m_stats;
    }

private:
    void report(const QString &stage, qint64 done, qint64 total) const
    {
        if (m_progress)
            m_progress(stage, done, total);
    }

    void writeRoads()
    {
        QSqlQuery road = prepare(m_db, QStringLiteral("INSERT INTO roads (id, class, highway, name, oneway, lanes, "
                                                      "geometry) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery box = prepare(m_db, QStringLiteral("INSERT INTO roads_rtree VALUES (?, ?, ?, ?, ?)"));
        const auto &roads = m_features.roads;
        for (qsizetype i = 0; i < roads.size(); ++i) {
            if (i % 1024 == 0)
                report(QStringLiteral("roads"), i, roads.size());
            const RoadFeature &r = roads[i];
            const qint64 id = i + 1;
            road.bindValue(0, id);
            road.bindValue(1, int(r.roadClass));
            road.bindValue(2, text(r.highway));
            road.bindValue(3, text(r.name));
            road.bindValue(4, int(r.oneWay));
            road.bindValue(5, r.lanes);
            road.bindValue(6, GeometryBlob::encodePolyline(r.points));
            exec(road);
            const GeoBounds b = boundsOf(r.points);
            bindBox(box, id, b);
            exec(box);
            m_bounds.extend(b);
        }
        m_stats.roads = roads.size();
        report(QStringLiteral("roads"), roads.size(), roads.size());
    }

    void writeGraph()
    {
        const auto &roads = m_features.roads;
        // Pass 1: how often each snapped vertex is used. Ends count twice so that they are always nodes.
        QHash<qint64, int> uses;
        for (const RoadFeature &r : roads) {
            if (!isDrivable(r.roadClass))
                continue;
            for (qsizetype i = 0; i < r.points.size(); ++i)
                uses[vertexKey(r.points[i])] += (i == 0 || i == r.points.size() - 1) ? 2 : 1;
        }

        QSqlQuery nodeInsert = prepare(m_db, QStringLiteral("INSERT INTO nodes (id, lat, lon) VALUES (?, ?, ?)"));
        QSqlQuery edgeInsert = prepare(m_db, QStringLiteral("INSERT INTO edges (source, target, length_m, class, "
                                                            "road_id, name, first_vertex, last_vertex) "
                                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        QHash<qint64, int> nodeIds;
        const auto nodeFor = [&](const GeoPoint &p) {
            const qint64 key = vertexKey(p);
            auto found = nodeIds.constFind(key);
            if (found != nodeIds.constEnd())
                return *found;
            const int id = int(nodeIds.size());
            nodeIds.insert(key, id);
            nodeInsert.bindValue(0, id);
            nodeInsert.bindValue(1, p.lat);
            nodeInsert.bindValue(2, p.lon);
            exec(nodeInsert);
            return id;
        };
        const auto addEdge = [&](int source, int target, double length, const RoadFeature &r, qint64 roadId,
                                 int firstVertex, int lastVertex) {
            edgeInsert.bindValue(0, source);
            edgeInsert.bindValue(1, target);
            edgeInsert.bindValue(2, length);
            edgeInsert.bindValue(3, int(r.roadClass));
            edgeInsert.bindValue(4, roadId);
            edgeInsert.bindValue(5, text(r.name));
            edgeInsert.bindValue(6, firstVertex);
            edgeInsert.bindValue(7, lastVertex);
            exec(edgeInsert);
            ++m_stats.edges;
        };

        // Pass 2: walk each road, cutting it at every node.
        for (qsizetype ri = 0; ri < roads.size(); ++ri) {
            if (ri % 1024 == 0)
                report(QStringLiteral("graph"), ri, roads.size());
            const RoadFeature &r = roads[ri];
            if (!isDrivable(r.roadClass))
                continue;
            const qint64 roadId = ri + 1;
            int from = nodeFor(r.points.first());
            int fromVertex = 0;
            double length = 0.0;
            for (int i = 1; i < int(r.points.size()); ++i) {
                const GeoPoint &a = r.points[i - 1];
                const GeoPoint &b = r.points[i];
                length += distanceM(a.lat, a.lon, b.lat, b.lon);
                if (uses.value(vertexKey(b)) < 2)
                    continue;
                const int to = nodeFor(b);
                // A loop back to the same node without a junction in between leads nowhere: no edge.
                if (to != from && length > 0.0) {
                    if (r.oneWay != OneWay::Backward)
                        addEdge(from, to, length, r, roadId, fromVertex, i);
                    if (r.oneWay != OneWay::Forward)
                        addEdge(to, from, length, r, roadId, i, fromVertex);
                }
                from = to;
                fromVertex = i;
                length = 0.0;
            }
        }
        m_stats.nodes = nodeIds.size();
        report(QStringLiteral("graph"), roads.size(), roads.size());
    }

    void writeSectors()
    {
        QSqlQuery sector = prepare(m_db, QStringLiteral("INSERT INTO sectors (id, name, kota, geometry) "
                                                        "VALUES (?, ?, ?, ?)"));
        QSqlQuery box = prepare(m_db, QStringLiteral("INSERT INTO sectors_rtree VALUES (?, ?, ?, ?, ?)"));
        const auto &sectors = m_features.sectors;
        for (qsizetype i = 0; i < sectors.size(); ++i) {
            report(QStringLiteral("sectors"), i, sectors.size());
            const SectorFeature &s = sectors[i];
            sector.bindValue(0, i + 1);
            sector.bindValue(1, text(s.name));
            sector.bindValue(2, text(s.kota));
            sector.bindValue(3, GeometryBlob::encodeRings(s.polygon.rings()));
            exec(sector);
            bindBox(box, i + 1, s.polygon.bounds());
            exec(box);
            m_bounds.extend(s.polygon.bounds());
        }
        m_stats.sectors = sectors.size();
        report(QStringLiteral("sectors"), sectors.size(), sectors.size());
    }

    QString sectorAt(const GeoPoint &p) const
    {
        for (const SectorFeature &s : m_features.sectors) {
            if (s.polygon.contains(p.lat, p.lon))
                return s.name;
        }
        return {};
    }

    void writePlaces()
    {
        QSqlQuery info = prepare(m_db, QStringLiteral("INSERT INTO place_info (id, name, kind, lat, lon, sector, "
                                                      "importance, south, west, north, east) "
                                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery words = prepare(m_db, QStringLiteral("INSERT INTO places (rowid, words) VALUES (?, ?)"));
        qint64 id = 0;
        const auto add = [&](const QString &name, const QString &kind, const GeoPoint &at, const QString &sector,
                             int importance, const GeoBounds &bounds) {
            const QString normalised = PlaceNames::normalise(name);
            if (normalised.isEmpty())
                return;
            ++id;
            const QVariant values[] = {id,         text(name),   text(kind),  at.lat,       at.lon,     text(sector),
                                       importance, bounds.south, bounds.west, bounds.north, bounds.east};
            for (int i = 0; i < 11; ++i)
                info.bindValue(i, values[i]);
            exec(info);
            words.bindValue(0, id);
            words.bindValue(1, normalised);
            exec(words);
        };

        // One entry per road name and district: the same name in two districts is usually two streets, and a
        // long avenue is found in each district it crosses.
        struct Group
        {
            qsizetype longest = -1;
            double longestM = 0.0;
            GeoBounds bounds;
            RoadClass best = RoadClass::Other;
            QString sector;
        };
        QHash<QString, Group> groups;
        QStringList order;
        const auto &roads = m_features.roads;
        for (qsizetype i = 0; i < roads.size(); ++i) {
            if (i % 1024 == 0)
                report(QStringLiteral("places"), i, roads.size());
            const RoadFeature &r = roads[i];
            const QString normalised = PlaceNames::normalise(r.name);
            if (normalised.isEmpty())
                continue;
            const QString sector = sectorAt(middleOf(r.points));
            const QString key = normalised + u'|' + sector;
            auto it = groups.find(key);
            if (it == groups.end()) {
                it = groups.insert(key, Group{});
                it->sector = sector;
                order.append(key);
            }
            const double length = lengthOf(r.points);
            if (it->longest < 0 || length > it->longestM) {
                it->longest = i;
                it->longestM = length;
            }
            it->bounds.extend(boundsOf(r.points));
            it->best = std::min(it->best, r.roadClass);
        }
        for (const QString &key : std::as_const(order)) {
            const Group &g = groups[key];
            const RoadFeature &r = roads[g.longest];
            add(r.name, QStringLiteral("road"), middleOf(r.points), g.sector, int(g.best) + 1, g.bounds);
        }
        for (const PlaceFeature &p : m_features.places) {
            GeoBounds point;
            point.extend(p.position);
            add(p.name, p.kind, p.position, p.sector.isEmpty() ? sectorAt(p.position) : p.sector, 0, point);
        }
        m_stats.places = id;
        report(QStringLiteral("places"), roads.size(), roads.size());
    }

    void writeMetadata(const QString &name, const QString &source, const QString &attribution)
    {
        QSqlQuery meta = prepare(m_db, QStringLiteral("INSERT INTO metadata (name, value) VALUES (?, ?)"));
        const GeoBounds &b = m_bounds;
        const QList<std::pair<QString, QString>> values{
            {QStringLiteral("name"), name},
            // MBTiles order, so that tiles added later make the file a valid MBTiles set as well.
            {QStringLiteral("bounds"), QStringLiteral("%1,%2,%3,%4")
                                           .arg(b.west, 0, 'f', 7)
                                           .arg(b.south, 0, 'f', 7)
                                           .arg(b.east, 0, 'f', 7)
                                           .arg(b.north, 0, 'f', 7)},
            {QStringLiteral("attribution"), attribution},
            {QStringLiteral("source"), source},
            {QStringLiteral("build_date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("schema_version"), QString::number(MapPackage::kSchemaVersion)},
            {QStringLiteral("generator"), QStringLiteral("Lintas " LINTAS_VERSION)},
        };
        for (const auto &[key, value] : values) {
            meta.bindValue(0, key);
            meta.bindValue(1, text(value));
            exec(meta);
        }
    }

    QSqlDatabase m_db;
    const MapFeatures &m_features;
    const MapPackageBuilder::Progress &m_progress;
    MapPackageBuilder::Statistics m_stats;
    GeoBounds m_bounds;
};

} // namespace

bool MapPackageBuilder::write(const MapFeatures &features, const QString &path, QString *error)
{
    m_statistics = {};
    if (features.roads.isEmpty()) {
        *error = tr("There are no roads to write.");
        return false;
    }
    const QString partPath = path + QStringLiteral(".part");
    QFile::remove(partPath);

    const QString connection = QStringLiteral("lintas-mapbuild-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(partPath);
        if (!db.open()) {
            failure = tr("Cannot create %1: %2").arg(partPath, db.lastError().text());
        } else {
            try {
                PackageWriter writer(db, features, m_progress);
                m_statistics = writer.run(m_name, m_source, m_attribution);
            } catch (const BuildFailure &f) {
                failure = tr("Cannot write the map package: %1").arg(f.message);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);

    if (failure.isEmpty()) {
        // rename(2) replaces the target atomically: readers see the old package or the new one.
        std::error_code ec;
        std::filesystem::rename(QFile::encodeName(partPath).toStdString(), QFile::encodeName(path).toStdString(), ec);
        if (ec)
            failure = tr("Cannot move the finished package to %1: %2").arg(path, QString::fromLocal8Bit(ec.message()));
    }
    if (!failure.isEmpty()) {
        QFile::remove(partPath);
        *error = failure;
        qCWarning(lcGeo).noquote() << failure;
        return false;
    }
    qCInfo(lcGeo) << "wrote" << path << m_statistics.roads << "roads," << m_statistics.nodes << "nodes,"
                  << m_statistics.edges << "edges," << m_statistics.places << "places," << m_statistics.sectors
                  << "sectors";
    return true;
}

} // namespace lintas::geo
