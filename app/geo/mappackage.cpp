#include "geo/mappackage.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "geo/geolog.h"
#include "geo/geometryblob.h"
#include "geo/placenames.h"

namespace lintas::geo {

namespace {

constexpr double kMetresPerDegree = 6371008.8 * std::numbers::pi / 180.0;

QSqlDatabase database(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

bool run(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcGeo) << what << "failed:" << query.lastError().text();
    return false;
}

void bindBox(QSqlQuery &query, const GeoBounds &b)
{
    query.bindValue(0, b.west);
    query.bindValue(1, b.east);
    query.bindValue(2, b.south);
    query.bindValue(3, b.north);
}

// Point-to-segment distance on a local equirectangular plane around the query point: metres, exact to well
// under a metre over the few hundred metres a nearest-road search spans.
struct LocalPlane
{
    double lat0;
    double lon0;
    double kx;

    LocalPlane(double lat, double lon)
        : lat0(lat), lon0(lon), kx(std::cos(lat * std::numbers::pi / 180.0) * kMetresPerDegree)
    {
    }
    double x(const GeoPoint &p) const { return (p.lon - lon0) * kx; }
    double y(const GeoPoint &p) const { return (p.lat - lat0) * kMetresPerDegree; }
    GeoPoint point(double px, double py) const { return GeoPoint{lat0 + py / kMetresPerDegree, lon0 + px / kx}; }
};

} // namespace

MapPackage::MapPackage() = default;

MapPackage::~MapPackage()
{
    close();
}

bool MapPackage::open(const QString &path, QString *error)
{
    close();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        close();
        return false;
    };
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(tr("The map package %1 does not exist.").arg(path));

    m_connectionName = QStringLiteral("lintas-map-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_path = path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return fail(tr("Cannot open the map package %1: %2").arg(path, db.lastError().text()));
    }
    m_open = true;

    QHash<QString, QString> values;
    {
        QSqlQuery query(database(m_connectionName));
        if (!query.exec(QStringLiteral("SELECT name, value FROM metadata")))
            return fail(tr("%1 is not a Lintas map package.").arg(info.fileName()));
        while (query.next())
            values.insert(query.value(0).toString(), query.value(1).toString());
    }
    bool versionOk = false;
    const int version = values.value(QStringLiteral("schema_version")).toInt(&versionOk);
    if (!versionOk || version < 1)
        return fail(tr("%1 is not a Lintas map package (it has no schema version).").arg(info.fileName()));
    if (version > kSchemaVersion)
        return fail(tr("The map package %1 was made by a newer version of Lintas (map format %2; this version "
                       "reads up to %3). Update Lintas or rebuild the package with this version's lintas-mapkit.")
                        .arg(info.fileName())
                        .arg(version)
                        .arg(kSchemaVersion));

    m_metadata.schemaVersion = version;
    m_metadata.name = values.value(QStringLiteral("name"));
    m_metadata.attribution = values.value(QStringLiteral("attribution"));
    m_metadata.source = values.value(QStringLiteral("source"));
    m_metadata.generator = values.value(QStringLiteral("generator"));
    m_metadata.buildDate = QDateTime::fromString(values.value(QStringLiteral("build_date")), Qt::ISODate);
    const QStringList b = values.value(QStringLiteral("bounds")).split(u',');
    if (b.size() == 4)
        m_metadata.bounds = GeoBounds::fromCorners(b[1].toDouble(), b[0].toDouble(), b[3].toDouble(), b[2].toDouble());
    return true;
}

void MapPackage::close()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = database(m_connectionName);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_connectionName.clear();
    m_open = false;
    m_metadata = {};
    m_sectorCache.clear();
}

MapStatistics MapPackage::statistics() const
{
    MapStatistics stats;
    if (!m_open)
        return stats;
    QSqlQuery query(database(m_connectionName));
    const auto count = [&query](const QString &table) {
        if (query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next())
            return query.value(0).toLongLong();
        return qint64(0);
    };
    stats.roads = count(QStringLiteral("roads"));
    stats.nodes = count(QStringLiteral("nodes"));
    stats.edges = count(QStringLiteral("edges"));
    stats.places = count(QStringLiteral("place_info"));
    stats.sectors = count(QStringLiteral("sectors"));
    if (query.exec(QStringLiteral("SELECT highway, count(*) FROM roads GROUP BY highway"))) {
        while (query.next())
            stats.roadsBySourceClass.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return stats;
}

QList<RoadPolyline> MapPackage::roadsIn(const GeoBounds &bounds, RoadClass least) const
{
    QList<RoadPolyline> roads;
    if (!m_open || !bounds.isValid())
        return roads;
    QSqlQuery query(database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.id, r.class, r.name, r.oneway, r.lanes, r.geometry "
                                 "FROM roads_rtree t JOIN roads r ON r.id = t.id "
                                 "WHERE t.max_lon >= ? AND t.min_lon <= ? AND t.max_lat >= ? AND t.min_lat <= ? "
                                 "AND r.class <= ? ORDER BY r.class DESC"));
    bindBox(query, bounds);
    query.bindValue(4, int(least));
    if (!run(query, "roadsIn"))
        return roads;
    while (query.next()) {
        RoadPolyline road;
        road.id = query.value(0).toLongLong();
        road.roadClass = RoadClass(query.value(1).toInt());
        road.name = query.value(2).toString();
        road.oneWay = OneWay(query.value(3).toInt());
        road.lanes = query.value(4).toInt();
        road.points = GeometryBlob::decodePolyline(query.value(5).toByteArray());
        roads.append(std::move(road));
    }
    return roads;
}

std::optional<NearestRoad> MapPackage::nearestRoad(double lat, double lon, double maxDistanceM, RoadFilter filter) const
{
    if (!m_open)
        return std::nullopt;
    const LocalPlane plane(lat, lon);
    QSqlQuery query(database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.id, r.class, r.name, r.geometry "
                                 "FROM roads_rtree t JOIN roads r ON r.id = t.id "
                                 "WHERE t.max_lon >= ? AND t.min_lon <= ? AND t.max_lat >= ? AND t.min_lat <= ? "
                                 "AND (? = 0 OR r.name <> '') AND r.class <= ?"));
    const bool namedOnly = filter != RoadFilter::AnyRoad;
    const RoadClass least = filter == RoadFilter::NamedStreet ? RoadClass::LivingStreet : RoadClass::Other;

    // Search a small box first and widen it: a hit is final once it is no farther than the box's half-size,
    // since anything outside the box is farther still.
    double radiusM = std::min(100.0, maxDistanceM);
    for (;;) {
        const double dLat = radiusM / kMetresPerDegree;
        const double dLon = radiusM / plane.kx;
        query.bindValue(0, lon - dLon);
        query.bindValue(1, lon + dLon);
        query.bindValue(2, lat - dLat);
        query.bindValue(3, lat + dLat);
        query.bindValue(4, namedOnly ? 1 : 0);
        query.bindValue(5, int(least));
        if (!run(query, "nearestRoad"))
            return std::nullopt;

        std::optional<NearestRoad> best;
        while (query.next()) {
            const QList<GeoPoint> points = GeometryBlob::decodePolyline(query.value(3).toByteArray());
            for (int i = 0; i + 1 < int(points.size()); ++i) {
                const double ax = plane.x(points[i]), ay = plane.y(points[i]);
                const double bx = plane.x(points[i + 1]), by = plane.y(points[i + 1]);
                const double dx = bx - ax, dy = by - ay;
                const double len2 = dx * dx + dy * dy;
                const double t = len2 > 0.0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
                const double px = ax + t * dx, py = ay + t * dy;
                const double d = std::hypot(px, py);
                if (!best || d < best->distanceM) {
                    best = NearestRoad{query.value(0).toLongLong(), RoadClass(query.value(1).toInt()),
                                       query.value(2).toString(),   d,
                                       plane.point(px, py),         i};
                }
            }
        }
        query.finish();
        if (best && best->distanceM <= radiusM)
            return best->distanceM <= maxDistanceM ? best : std::nullopt;
        if (radiusM >= maxDistanceM)
            return std::nullopt;
        radiusM = std::min(radiusM * 3.0, maxDistanceM);
    }
}

QList<PlaceHit> MapPackage::searchPlaces(const QString &text, int limit) const
{
    QList<PlaceHit> hits;
    const QString match = PlaceNames::ftsQuery(text);
    if (!m_open || match.isEmpty() || limit <= 0)
        return hits;
    QSqlQuery query(database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT p.name, p.kind, p.lat, p.lon, p.sector, p.importance, p.south, p.west, "
                                 "p.north, p.east FROM places JOIN place_info p ON p.id = places.rowid "
                                 "WHERE places MATCH ? ORDER BY bm25(places) LIMIT ?"));
    query.bindValue(0, match);
    query.bindValue(1, limit * 5);
    if (!run(query, "searchPlaces"))
        return hits;

    // bm25 alone prefers short names; a dispatcher expects the place whose name is exactly what was typed,
    // then landmarks and major roads.
    struct Ranked
    {
        PlaceHit hit;
        bool exact;
        int importance;
        int order;
    };
    const QString wanted = PlaceNames::normalise(text);
    QList<Ranked> ranked;
    while (query.next()) {
        PlaceHit hit;
        hit.name = query.value(0).toString();
        hit.kind = query.value(1).toString();
        hit.position = GeoPoint{query.value(2).toDouble(), query.value(3).toDouble()};
        hit.sector = query.value(4).toString();
        hit.bounds = GeoBounds::fromCorners(query.value(6).toDouble(), query.value(7).toDouble(),
                                            query.value(8).toDouble(), query.value(9).toDouble());
        const bool exact = PlaceNames::normalise(hit.name) == wanted;
        ranked.append(Ranked{std::move(hit), exact, query.value(5).toInt(), int(ranked.size())});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.exact != b.exact)
            return a.exact;
        if (a.importance != b.importance)
            return a.importance < b.importance;
        return a.order < b.order;
    });
    for (qsizetype i = 0; i < ranked.size() && i < limit; ++i)
        hits.append(std::move(ranked[i].hit));
    return hits;
}

const Sector *MapPackage::cachedSector(qint64 id) const
{
    auto found = m_sectorCache.constFind(id);
    if (found != m_sectorCache.constEnd())
        return &*found;
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("SELECT name, kota, geometry FROM sectors WHERE id = ?"));
    query.bindValue(0, id);
    if (!run(query, "sector") || !query.next())
        return nullptr;
    Sector sector{id, query.value(0).toString(), query.value(1).toString(),
                  GeoPolygon(GeometryBlob::decodeRings(query.value(2).toByteArray()))};
    return &*m_sectorCache.insert(id, std::move(sector));
}

std::optional<Sector> MapPackage::sectorAt(double lat, double lon) const
{
    if (!m_open)
        return std::nullopt;
    QList<qint64> candidates;
    {
        QSqlQuery query(database(m_connectionName));
        query.prepare(QStringLiteral("SELECT id FROM sectors_rtree WHERE max_lon >= ? AND min_lon <= ? "
                                     "AND max_lat >= ? AND min_lat <= ? ORDER BY id"));
        bindBox(query, GeoBounds::around(lat, lon, 0.0));
        if (!run(query, "sectorAt"))
            return std::nullopt;
        while (query.next())
            candidates.append(query.value(0).toLongLong());
    }
    for (const qint64 id : std::as_const(candidates)) {
        const Sector *sector = cachedSector(id);
        if (sector && sector->polygon.contains(lat, lon))
            return *sector;
    }
    return std::nullopt;
}

QList<Sector> MapPackage::sectors() const
{
    QList<Sector> all;
    if (!m_open)
        return all;
    QList<qint64> ids;
    {
        QSqlQuery query(database(m_connectionName));
        if (!query.exec(QStringLiteral("SELECT id FROM sectors ORDER BY id")))
            return all;
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    for (const qint64 id : std::as_const(ids)) {
        if (const Sector *sector = cachedSector(id))
            all.append(*sector);
    }
    return all;
}

RoadGraph MapPackage::loadGraph(QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return RoadGraph();
    };
    if (!m_open)
        return fail(tr("No map package is open."));
    QSqlQuery query(database(m_connectionName));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, lat, lon FROM nodes ORDER BY id")))
        return fail(tr("Cannot read the road graph: %1").arg(query.lastError().text()));
    QList<GeoPoint> nodes;
    while (query.next()) {
        if (query.value(0).toLongLong() != nodes.size())
            return fail(tr("The road graph in %1 is damaged (node ids are not consecutive).").arg(m_path));
        nodes.append(GeoPoint{query.value(1).toDouble(), query.value(2).toDouble()});
    }
    if (!query.exec(QStringLiteral("SELECT source, target, length_m, class, road_id, name, first_vertex, "
                                   "last_vertex FROM edges")))
        return fail(tr("Cannot read the road graph: %1").arg(query.lastError().text()));
    QList<RoadGraph::EdgeRecord> edges;
    const qint64 nodeCount = nodes.size();
    while (query.next()) {
        RoadGraph::EdgeRecord e;
        e.source = query.value(0).toInt();
        e.target = query.value(1).toInt();
        if (e.source < 0 || e.source >= nodeCount || e.target < 0 || e.target >= nodeCount)
            return fail(tr("The road graph in %1 is damaged (an edge names a missing node).").arg(m_path));
        e.lengthM = query.value(2).toFloat();
        e.roadClass = RoadClass(query.value(3).toInt());
        e.roadId = query.value(4).toLongLong();
        e.name = query.value(5).toString();
        e.firstVertex = query.value(6).toInt();
        e.lastVertex = query.value(7).toInt();
        edges.append(std::move(e));
    }
    return RoadGraph(std::move(nodes), edges);
}

} // namespace lintas::geo
