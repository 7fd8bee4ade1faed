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
    QString error; // when routing was impossible (no map, incident off the network): why, translated
    bool routed = false; // travel times are by road; false only with an error
};

// Recommends units for incidents off the GUI thread (DESIGN.md section 4: the worker pool does routing).
//
// It owns a worker thread with its own MapPackage connection and RoutingNetwork (loaded once when a map is
// set) and a TravelTimeSearch. recommend() copies its inputs and returns at once; the answer arrives as
// `recommended` on the advisor's thread. A newer request for the same incident supersedes an older one still
// queued, so a dispatcher flicking through the queue never waits for stale work.
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
};

} // namespace lintas::analytics

Q_DECLARE_METATYPE(lintas::analytics::RecommendationSet)
