#include "map/maproadloader.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>

#include "geo/mappackage.h"
#include "geo/webmercator.h"
#include "map/maplog.h"
#include "map/mapstyle.h"

namespace lintas {

// Lives on the loader thread; every member is touched there only.
class MapRoadWorker : public QObject
{
public:
    explicit MapRoadWorker(MapRoadLoader *loader) : m_loader(loader) {}

    void open(const QString &path)
    {
        m_package.close();
        QString error;
        const bool ok = m_package.open(path, &error);
        QMetaObject::invokeMethod(
            m_loader, [loader = m_loader, ok, error] { Q_EMIT loader->opened(ok, error); }, Qt::QueuedConnection);
        if (!ok)
            return;
        QList<MapSectorShape> shapes;
        const QList<geo::Sector> sectors = m_package.sectors();
        for (const geo::Sector &sector : sectors)
            shapes.append(project(sector));
        QMetaObject::invokeMethod(
            m_loader, [loader = m_loader, shapes] { Q_EMIT loader->sectorsReady(shapes); }, Qt::QueuedConnection);
    }

    void load(const geo::GeoBounds &bounds, geo::RoadClass least)
    {
        auto set = std::make_shared<MapRoadSet>();
        set->bounds = bounds;
        set->least = least;
        if (m_package.isOpen()) {
            QElapsedTimer timer;
            timer.start();
            const QList<geo::RoadPolyline> roads = m_package.roadsIn(bounds, least);
            QHash<QString, int> nameIndex;
            set->roads.reserve(roads.size());
            for (const geo::RoadPolyline &road : roads) {
                if (road.points.size() < 2)
                    continue;
                MapRoadSet::Road out;
                out.roadClass = road.roadClass;
                out.group = MapStyle::groupOf(road.roadClass);
                if (!road.name.isEmpty()) {
                    auto it = nameIndex.constFind(road.name);
                    if (it == nameIndex.constEnd()) {
                        it = nameIndex.insert(road.name, int(set->names.size()));
                        set->names.append(road.name);
                    }
                    out.nameIndex = it.value();
                }
                out.firstPoint = int(set->points.size());
                out.pointCount = int(road.points.size());
                double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
                for (const geo::GeoPoint &p : road.points) {
                    const QPointF w = geo::toWorldPixels(p.lat, p.lon, 0.0);
                    minX = std::min(minX, w.x());
                    maxX = std::max(maxX, w.x());
                    minY = std::min(minY, w.y());
                    maxY = std::max(maxY, w.y());
                    set->points.append(w);
                }
                out.extent = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
                set->roads.append(out);
            }
            qCDebug(lcMap) << "loaded" << set->roads.size() << "roads," << set->points.size() << "points in"
                           << timer.elapsed() << "ms";
        }
        MapRoadSetPtr result = std::move(set);
        QMetaObject::invokeMethod(
            m_loader, [loader = m_loader, result] { Q_EMIT loader->roadsReady(result); }, Qt::QueuedConnection);
    }

private:
    static MapSectorShape project(const geo::Sector &sector)
    {
        MapSectorShape shape;
        shape.name = sector.name;
        shape.kota = sector.kota;
        double bestArea = -1;
        for (const geo::GeoPolygon::Ring &ring : sector.polygon.rings()) {
            QPolygonF polygon;
            polygon.reserve(ring.size());
            for (const geo::GeoPoint &p : ring)
                polygon.append(geo::toWorldPixels(p.lat, p.lon, 0.0));
            if (polygon.size() < 3)
                continue;
            shape.extent = shape.extent.isNull() ? polygon.boundingRect() : shape.extent.united(polygon.boundingRect());
            // The label goes at the area centroid of the largest ring (shoelace formula).
            double area = 0, cx = 0, cy = 0;
            for (qsizetype i = 0, n = polygon.size(); i < n; ++i) {
                const QPointF &a = polygon[i];
                const QPointF &b = polygon[(i + 1) % n];
                const double cross = a.x() * b.y() - b.x() * a.y();
                area += cross;
                cx += (a.x() + b.x()) * cross;
                cy += (a.y() + b.y()) * cross;
            }
            if (std::abs(area) > bestArea && area != 0) {
                bestArea = std::abs(area);
                shape.labelAt = QPointF(cx / (3 * area), cy / (3 * area));
            }
            shape.rings.append(polygon);
        }
        return shape;
    }

    MapRoadLoader *m_loader;
    geo::MapPackage m_package;
};

MapRoadLoader::MapRoadLoader(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new MapRoadWorker(this))
{
    qRegisterMetaType<lintas::MapRoadSetPtr>();
    m_thread->setObjectName(QStringLiteral("lintas-map-loader"));
    m_worker->moveToThread(m_thread);
    // The worker, and with it the package's connection, is destroyed on its own thread as that thread ends.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

MapRoadLoader::~MapRoadLoader()
{
    m_thread->quit();
    m_thread->wait();
}

void MapRoadLoader::open(const QString &path)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path] { worker->open(path); }, Qt::QueuedConnection);
}

void MapRoadLoader::request(const geo::GeoBounds &bounds, geo::RoadClass least)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, bounds, least] { worker->load(bounds, least); }, Qt::QueuedConnection);
}

} // namespace lintas
