#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include "geo/geobounds.h"
#include "geo/roadclass.h"

class QThread;

namespace lintas {

// Roads of one query, projected to world pixels at zoom 0 (the world is 256 px wide; multiply by 2^zoom),
// so the view only scales and translates them. Immutable once built, shared between threads.
struct MapRoadSet
{
    struct Road
    {
        geo::RoadClass roadClass = geo::RoadClass::Other;
        int group = 0;      // MapStyle::RoadGroup
        int nameIndex = -1; // into names; -1 when unnamed
        int firstPoint = 0;
        int pointCount = 0;
        QRectF extent; // of its points
    };

    geo::GeoBounds bounds;                        // the box that was queried
    geo::RoadClass least = geo::RoadClass::Other; // the least important class it holds
    QList<Road> roads;                            // least important first
    QList<QPointF> points;
    QStringList names;
};
using MapRoadSetPtr = std::shared_ptr<const MapRoadSet>;

// A district outline in world pixels at zoom 0.
struct MapSectorShape
{
    QString name;
    QString kota;
    QList<QPolygonF> rings;
    QRectF extent;
    QPointF labelAt;
};

class MapRoadWorker;

// Reads roads and sectors from a map package on its own thread, with its own connection to the package
// (a MapPackage belongs to the thread that opened it).
//
//      GUI thread                               loader thread
//   MapView ── open(path) / request(box) ──▶  MapRoadWorker { MapPackage }
//      ▲                                              │
//      └──── opened / roadsReady / sectorsReady ◀─────┘   (queued, plain values)
//
// The view keeps at most one request in flight and asks again when the answer no longer covers the screen,
// so a fast pan never piles up stale queries.
class MapRoadLoader : public QObject
{
    Q_OBJECT
public:
    explicit MapRoadLoader(QObject *parent = nullptr);
    ~MapRoadLoader() override;

    void open(const QString &path);
    // Roads meeting `bounds` of class `least` or more important. Answered by roadsReady.
    void request(const geo::GeoBounds &bounds, geo::RoadClass least);

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void roadsReady(lintas::MapRoadSetPtr roads);
    void sectorsReady(const QList<lintas::MapSectorShape> &sectors);

private:
    QThread *m_thread = nullptr;
    MapRoadWorker *m_worker = nullptr;
};

} // namespace lintas
