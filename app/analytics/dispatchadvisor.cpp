#include "analytics/dispatchadvisor.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <atomic>
#include <memory>
#include <optional>

#include <QMutex>
#include <QSet>
#include <QMutexLocker>
#include <QThread>

#include "analytics/analyticslog.h"
#include "core/statemachine.h"
#include "geo/mappackage.h"
#include "geo/routingnetwork.h"
#include "geo/travelspeeds.h"
#include "geo/traveltimesearch.h"

namespace lintas::analytics {
namespace {

// Farther than this from any road, a position is not on the network: an incident cannot be routed to, a unit
// gets no road ETA.
constexpr double kSnapLimitM = 500.0;

// The incident type of congestion (incident-types.csv): motorcycles get through it whatever the hour.
const QLatin1String kCongestionType("kemacetan");

geo::Vehicle vehicleOf(UnitKind kind)
{
    return kind == UnitKind::R2Patrol ? geo::Vehicle::Motorcycle : geo::Vehicle::Car;
}

bool isTollRoad(geo::RoadClass roadClass)
{
    return roadClass == geo::RoadClass::Motorway || roadClass == geo::RoadClass::MotorwayLink;
}

QString incidentLabel(const Incident &incident)
{
    return incident.number.isEmpty() ? incident.id.toString(QUuid::WithoutBraces) : incident.number;
}

} // namespace

// Everything but the ledger of latest requests is touched on the worker thread only.
class DispatchAdvisor::Worker : public QObject
{
public:
    // Advisor's thread: the request becomes the one to answer for its incident.
    void noteRequest(const QUuid &incidentId, int requestId)
    {
        const QMutexLocker lock(&m_ledgerMutex);
        m_latest.insert(incidentId, requestId);
    }
    // Worker: whether no newer request for the incident has been made since.
    bool isLatest(const QUuid &incidentId, int requestId) const
    {
        const QMutexLocker lock(&m_ledgerMutex);
        return m_latest.value(incidentId, requestId) == requestId;
    }
    // Worker: the answer is out; forget the incident unless a newer request is waiting (keeps the ledger small).
    void answered(const QUuid &incidentId, int requestId)
    {
        const QMutexLocker lock(&m_ledgerMutex);
        if (m_latest.value(incidentId) == requestId)
            m_latest.remove(incidentId);
    }

    void stop() { m_stopping.store(true); }
    bool isStopping() const { return m_stopping.load(); }

    bool loadMap(const QString &path, QString *error, int *nodes, int *edges);
    // The search refers to the network and the network was read from the package: torn down in that order, here
    // on the thread the package's connection belongs to.
    void unloadMap()
    {
        m_search.reset();
        m_network.reset();
        m_package.reset();
    }
    RecommendationSet recommend(int requestId, const Incident &incident, const QList<Unit> &units,
                                const QDateTime &now);

    RankingRules rules = RankingRules::builtIn();
    int routeCount = 3;

private:
    std::unique_ptr<geo::MapPackage> m_package;
    std::unique_ptr<geo::RoutingNetwork> m_network;
    std::unique_ptr<geo::TravelTimeSearch> m_search;
    std::atomic<bool> m_stopping{false};

    mutable QMutex m_ledgerMutex;
    QHash<QUuid, int> m_latest; // the newest request id per incident not yet answered
};

bool DispatchAdvisor::Worker::loadMap(const QString &path, QString *error, int *nodes, int *edges)
{
    unloadMap();
    auto package = std::make_unique<geo::MapPackage>();
    QString why;
    if (!package->open(path, &why)) {
        *error = DispatchAdvisor::tr("Cannot open the map %1 for routing: %2").arg(path, why);
        return false;
    }
    std::unique_ptr<geo::RoutingNetwork> network =
        geo::RoutingNetwork::load(*package, geo::TravelSpeeds::builtIn(), &why);
    if (!network) {
        *error = DispatchAdvisor::tr("The map %1 has no road network to route on: %2").arg(path, why);
        return false;
    }
    m_package = std::move(package);
    m_network = std::move(network);
    m_search = std::make_unique<geo::TravelTimeSearch>(*m_network);
    *nodes = m_network->nodeCount();
    *edges = m_network->edgeCount();
    qCInfo(lcAnalytics) << "routing network of" << path << "loaded:" << *nodes << "nodes," << *edges << "edges";
    return true;
}

RecommendationSet DispatchAdvisor::Worker::recommend(int requestId, const Incident &incident, const QList<Unit> &units,
                                                     const QDateTime &now)
{
    RecommendationSet set;
    if (!m_network) {
        set.error =
            DispatchAdvisor::tr("No map with a road network is loaded: travel times by road are not available.");
    } else {
        set = recommendUnits(*m_network, *m_search, incident, units, now, rules, routeCount);
    }
    set.requestId = requestId;
    set.incidentId = incident.id;
    return set;
}

RecommendationSet recommendUnits(geo::RoutingNetwork &network, geo::TravelTimeSearch &search, const Incident &incident,
                                 const QList<Unit> &units, const QDateTime &now, const RankingRules &rules,
                                 int routeCount)
{
    RecommendationSet set;
    set.incidentId = incident.id;
    if (!incident.hasLocation()) {
        set.error = DispatchAdvisor::tr("Incident %1 has no location to route to.").arg(incidentLabel(incident));
        return set;
    }

    // Edge travel times depend on the hour of day (WIB); recomputed only when it changes.
    const QDateTime clock = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    const int hour = geo::hourWib(clock.toMSecsSinceEpoch());
    if (network.hour() != hour)
        network.setHour(hour);

    const std::optional<geo::SnappedPoint> target = network.snap(incident.latitude, incident.longitude, kSnapLimitM);
    if (!target) {
        set.error = DispatchAdvisor::tr("Incident %1 at %2, %3 is more than %4 m from any road on the map.")
                        .arg(incidentLabel(incident))
                        .arg(incident.latitude, 0, 'f', 6)
                        .arg(incident.longitude, 0, 'f', 6)
                        .arg(int(kSnapLimitM));
        return set;
    }

    // Units are snapped and routed only when they could be offered; the search ids are indices into `units`.
    QList<UnitCandidate> candidates;
    candidates.reserve(units.size());
    QList<std::optional<geo::SnappedPoint>> snapped(units.size());
    // The origins by vehicle, and by whether the unit is free: units already sent elsewhere are searched apart,
    // so that they never take the place of a free unit among the nearest the search settles.
    struct OriginGroup
    {
        geo::Vehicle vehicle;
        bool free;
        QList<geo::RouteOrigin> origins;
    };
    QList<OriginGroup> groups{{geo::Vehicle::Car, true, {}},
                              {geo::Vehicle::Motorcycle, true, {}},
                              {geo::Vehicle::Car, false, {}},
                              {geo::Vehicle::Motorcycle, false, {}}};
    for (int i = 0; i < units.size(); ++i) {
        const Unit &unit = units.at(i);
        candidates.append(UnitCandidate{unit, std::nullopt, 0.0, std::nullopt});
        if (!isOffered(unit, incident.id) || !unit.hasPosition())
            continue;
        const geo::Vehicle vehicle = vehicleOf(unit.kind);
        snapped[i] = network.snap(unit.latitude, unit.longitude, kSnapLimitM, vehicle);
        if (!snapped[i])
            continue;
        for (OriginGroup &group : groups)
            if (group.vehicle == vehicle && group.free == isFree(unit.status))
                group.origins.append(geo::RouteOrigin{i, *snapped[i]});
    }
    // One search per group over the reversed graph from the incident. It stops once the nearest
    // rules.searchUnits of its origins are settled (the "best K"): on a city-wide fleet that is a small
    // disc around the incident instead of the whole graph. The origins it did not reach are farther than the
    // last one it settled, and are listed as such, without an ETA; a search that runs out of graph leaves the
    // rest without a road route.
    constexpr double kUnbounded = std::numeric_limits<double>::infinity();
    double horizon = kUnbounded; // the nearest "farther than" of the free units' searches
    const auto searchFor = [&](const OriginGroup &group, int k) {
        if (group.origins.isEmpty())
            return;
        for (const geo::RouteOrigin &origin : group.origins) {
            candidates[origin.id].travelSeconds.reset();
            candidates[origin.id].beyondSeconds.reset();
        }
        const QList<geo::RouteReach> reached = search.toTarget(*target, group.origins, k, group.vehicle, kUnbounded);
        QSet<int> settled;
        double farthest = 0.0;
        for (const geo::RouteReach &reach : reached) {
            candidates[reach.id].travelSeconds = reach.seconds;
            candidates[reach.id].routeMeters = reach.meters;
            settled.insert(reach.id);
            farthest = std::max(farthest, reach.seconds);
        }
        if (reached.size() < k || reached.size() == group.origins.size())
            return;
        if (group.free)
            horizon = std::min(horizon, farthest);
        for (const geo::RouteOrigin &origin : group.origins)
            if (!settled.contains(origin.id))
                candidates[origin.id].beyondSeconds = farthest;
    };
    const auto searchAll = [&](int k) {
        horizon = kUnbounded;
        for (const OriginGroup &group : std::as_const(groups))
            searchFor(group, std::min(k, int(group.origins.size())));
    };
    searchAll(std::max(1, rules.searchUnits));

    IncidentContext context;
    context.incident = incident;
    context.onTollRoad = isTollRoad(network.graph().edgeClass(target->edge));
    context.denseTraffic = geo::TravelSpeeds::builtIn().isPeakHour(hour) || incident.typeCode == kCongestionType;
    context.now = clock;
    set.units = rankUnits(context, candidates, rules);
    // A free unit beyond the horizon ranks no better than the horizon, less the bonus when it is preferred for
    // this incident. When the top one is not a free unit with an ETA, or ranks worse than that (the near units
    // stale or unsuited), the order is not yet certain: search every unit.
    const auto certain = [&] {
        if (!std::isfinite(horizon) || set.units.isEmpty())
            return true;
        double bonusAtStake = 0.0;
        for (const Recommendation &r : std::as_const(set.units))
            if (r.warnings.contains(RecommendationWarning::BeyondSearch) &&
                r.fit == RankingRules::SuitabilityRow::Fit::Preferred)
                bonusAtStake = rules.preferredBonusS;
        const Recommendation &top = set.units.first();
        return top.hasEta() && isFree(top.unit.status) && top.rankSeconds <= horizon - bonusAtStake;
    };
    if (!certain()) {
        searchAll(int(units.size()));
        set.units = rankUnits(context, candidates, rules);
    }
    set.routed = true;

    // The drawn routes of the first few, from each unit's snapped position along the roads to the incident.
    QHash<QUuid, int> indexOf;
    for (int i = 0; i < units.size(); ++i)
        indexOf.insert(units.at(i).id, i);
    int drawn = 0;
    for (const Recommendation &recommendation : std::as_const(set.units)) {
        if (drawn >= routeCount || !recommendation.hasEta())
            break;
        ++drawn;
        const int i = indexOf.value(recommendation.unit.id, -1);
        if (i < 0 || !snapped.at(i))
            continue;
        if (const auto route = search.route(*snapped.at(i), *target, vehicleOf(recommendation.unit.kind)))
            set.routes.insert(recommendation.unit.id, route->points);
    }
    return set;
}

DispatchAdvisor::DispatchAdvisor(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<lintas::analytics::RecommendationSet>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("lintas-dispatch"));
    m_worker = new Worker;
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

DispatchAdvisor::~DispatchAdvisor()
{
    // Requests still queued are skipped; the map goes on its own thread, then the thread ends its loop.
    m_worker->stop();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->unloadMap();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void DispatchAdvisor::setMapPackage(const QString &path)
{
    m_mapReady = false;
    const int generation = ++m_mapGeneration;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, path, generation] {
            if (worker->isStopping())
                return;
            QString error;
            int nodes = 0;
            int edges = 0;
            const bool loaded = worker->loadMap(path, &error, &nodes, &edges);
            if (!loaded)
                qCWarning(lcAnalytics).noquote() << error;
            QMetaObject::invokeMethod(
                this,
                [this, loaded, error, nodes, edges, generation] {
                    if (generation != m_mapGeneration)
                        return; // another map was asked for meanwhile; its outcome is the one to tell
                    m_mapReady = loaded;
                    if (loaded)
                        Q_EMIT mapReady(nodes, edges);
                    else
                        Q_EMIT mapFailed(error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DispatchAdvisor::setRules(const RankingRules &rules)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, rules] { worker->rules = rules; }, Qt::QueuedConnection);
}

void DispatchAdvisor::setRouteCount(int count)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, count = std::max(0, count)] { worker->routeCount = count; },
        Qt::QueuedConnection);
}

int DispatchAdvisor::recommend(const Incident &incident, const QList<Unit> &units, const QDateTime &now)
{
    const int requestId = m_nextRequest++;
    m_worker->noteRequest(incident.id, requestId);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, requestId, incident, units, now] {
            if (worker->isStopping() || !worker->isLatest(incident.id, requestId))
                return;
            const RecommendationSet set = worker->recommend(requestId, incident, units, now);
            worker->answered(incident.id, requestId);
            QMetaObject::invokeMethod(
                this, [this, set] { Q_EMIT recommended(set); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return requestId;
}

} // namespace lintas::analytics
