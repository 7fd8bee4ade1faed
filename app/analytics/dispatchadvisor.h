#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include "analytics/recommender.h"
#include "core/incident.h"
#include "core/unit.h"
#include "geo/geobounds.h"

class QThread;

namespace lintas::geo {
class RoutingNetwork;
class TravelTimeSearch;
} // namespace lintas::geo

namespace lintas::analytics {

// What the advisor answers for one request.
struct RecommendationSet
{
    int requestId = 0;
    QUuid incidentId;
    QList<Recommendation> units; // ranked, top first
    // The drawn route of each of the first few recommendations (up to routeCount), by unit id: from the
    // unit's snapped position to the incident's, along the roads.
    QHash<QUuid, QList<geo::GeoPoint>> routes;
    QString error;       // when routing was impossible (no map, incident off the network): why, translated
    bool routed = false; // travel times are by road; false only with an error
};

// The whole recommendation for one incident, synchronously on the calling thread: the hour's travel times, the
// incident and the units snapped to the roads, the road search bounded to the nearest rules.searchUnits
// (widened when that could change the top one), the ranking, and the routes of the first `routeCount`. The
// advisor's worker runs it; the benchmark measures it. No other search may run on `network` meanwhile.
RecommendationSet recommendUnits(geo::RoutingNetwork &network, geo::TravelTimeSearch &search, const Incident &incident,
                                 const QList<Unit> &units, const QDateTime &now, const RankingRules &rules,
                                 int routeCount);

// Recommends units for incidents off the GUI thread (DESIGN.md section 4: the worker pool does routing).
//
//   advisor's thread                         worker thread (owns MapPackage, RoutingNetwork, TravelTimeSearch)
//   setMapPackage() ──queued──────────────► open the package, load the network ──► mapReady / mapFailed
//   recommend() ──notes the latest id──┐
//               ──queued───────────────┴──► newest for its incident? snap, toTarget (cars, motorcycles),
//        ▲                                   rankUnits, route() for the first few
//        └──────────── queued ◄──────────── recommended(set)
//
// It owns a worker thread with its own MapPackage connection and RoutingNetwork (loaded once when a map is
// set) and a TravelTimeSearch. recommend() copies its inputs and returns at once; the answer arrives as
// `recommended` on the advisor's thread. A newer request for the same incident supersedes an older one still
// queued, so a dispatcher flicking through the queue never waits for stale work: the superseded request gets
// no answer. Requests made while a map loads wait for it.
class DispatchAdvisor : public QObject
{
    Q_OBJECT
public:
    explicit DispatchAdvisor(QObject *parent = nullptr);
    ~DispatchAdvisor() override; // stops and joins the worker

    // Loads the map package's routing network on the worker; `mapReady` or `mapFailed` follows.
    void setMapPackage(const QString &path);
    bool isMapReady() const { return m_mapReady; }
    void setRules(const RankingRules &rules);
    // How many recommendations get a route drawn (default 3).
    void setRouteCount(int count);

    // Returns the request id; the answer comes as `recommended`. `now` is the clock reading (tests inject it).
    int recommend(const Incident &incident, const QList<Unit> &units, const QDateTime &now);

Q_SIGNALS:
    void mapReady(int nodes, int edges);
    void mapFailed(const QString &error);
    void recommended(const lintas::analytics::RecommendationSet &set);

private:
    class Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    int m_nextRequest = 1;
    bool m_mapReady = false;
    int m_mapGeneration = 0; // the latest setMapPackage(): only its outcome counts
};

} // namespace lintas::analytics

Q_DECLARE_METATYPE(lintas::analytics::RecommendationSet)
