#include "dispatch/dispatchcoordinator.h"

#include <algorithm>

#include "analytics/arrivalwatch.h"
#include "core/statemachine.h"
#include "dispatch/recommendationpanel.h"
#include "incidentqueuemodel.h"
#include "map/mapview.h"
#include "store/storeservice.h"
#include "unitboardmodel.h"

namespace lintas {
namespace {

constexpr int kExpireCheckMs = 5000;
// How many recommendations come with a route: the top few a dispatcher looks at and may send.
constexpr int kRoutedRecommendations = 5;

bool incidentTakesUnits(const Incident &incident)
{
    return incident.status == IncidentStatus::Reported || incident.status == IncidentStatus::Dispatched ||
           incident.status == IncidentStatus::EnRoute || incident.status == IncidentStatus::OnScene;
}

bool isOnTheWay(const Unit &unit, const QUuid &incidentId)
{
    return (unit.status == UnitStatus::Dispatched || unit.status == UnitStatus::EnRoute) &&
           unit.incidentId == incidentId;
}

} // namespace

DispatchCoordinator::DispatchCoordinator(ChangeFactory *factory, IncidentQueueModel *incidents, UnitBoardModel *units,
                                         RecommendationPanel *panel, MapView *map, Submit submit, QObject *parent)
    : QObject(parent), m_factory(factory), m_incidents(incidents), m_units(units), m_panel(panel), m_map(map),
      m_submit(std::move(submit)), m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_advisor(new analytics::DispatchAdvisor(this))
{
    m_advisor->setRouteCount(kRoutedRecommendations);
    connect(m_advisor, &analytics::DispatchAdvisor::recommended, this, &DispatchCoordinator::onRecommended);
    // Requests made while the network loads wait for it; a failed load answers them with the reason.
    connect(m_advisor, &analytics::DispatchAdvisor::mapFailed, this, [this] { refreshNow(); });

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kDefaultRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &DispatchCoordinator::refreshNow);
    m_expire.setInterval(kExpireCheckMs);
    connect(&m_expire, &QTimer::timeout, this, [this] {
        const QDateTime now = m_clock();
        bool waiting = false;
        bool changed = false;
        for (auto it = m_active.begin(); it != m_active.end();) {
            if (!it->confirmed && it->sentAt.msecsTo(now) > kConfirmWithinMs) {
                it = m_active.erase(it);
                changed = true;
                continue;
            }
            waiting = waiting || !it->confirmed;
            ++it;
        }
        if (!waiting)
            m_expire.stop();
        if (changed)
            updateRoutes();
    });
    connect(m_panel, &RecommendationPanel::currentUnitChanged, this, &DispatchCoordinator::updatePreview);
}

DispatchCoordinator::~DispatchCoordinator() = default;

void DispatchCoordinator::connectTo(StoreService *service)
{
    connect(service, &StoreService::unitChanged, this, &DispatchCoordinator::onUnitChanged);
    connect(service, &StoreService::incidentChanged, this, &DispatchCoordinator::onIncidentChanged);
}

void DispatchCoordinator::setMapPackage(const QString &path)
{
    m_advisor->setMapPackage(path);
    // What was ranked on another map (or none) is asked again; the answer waits for the new network.
    if (!m_incidentId.isNull())
        refreshNow();
}

void DispatchCoordinator::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_panel->setClock(m_clock);
}

void DispatchCoordinator::setRefreshInterval(int ms)
{
    m_refresh.setInterval(ms);
}

void DispatchCoordinator::setIncident(const QUuid &incidentId)
{
    if (incidentId == m_incidentId)
        return;
    m_incidentId = incidentId;
    m_answer = {};
    m_haveAnswer = false;
    m_shown.clear();
    m_latestRequest = 0;
    m_refresh.stop();
    m_panel->setIncident(m_incidents->incident(incidentId));
    refreshNow();
    updateRoutes();
}

void DispatchCoordinator::scheduleRefresh()
{
    if (!m_incidentId.isNull() && !m_refresh.isActive())
        m_refresh.start();
}

bool DispatchCoordinator::takesUnits(const QUuid &incidentId) const
{
    const auto incident = m_incidents->incident(incidentId);
    return incident && incidentTakesUnits(*incident);
}

void DispatchCoordinator::refreshNow()
{
    m_refresh.stop();
    const auto incident = m_incidentId.isNull() ? std::nullopt : m_incidents->incident(m_incidentId);
    if (!incident || !incidentTakesUnits(*incident)) {
        m_haveAnswer = false;
        m_shown.clear();
        m_panel->setIncident(incident);
        updatePreview();
        return;
    }
    // A unit already on the incident is not a candidate for it; the live positions come with the board's units.
    QList<Unit> units;
    units.reserve(m_units->units().size());
    for (const Unit &unit : m_units->units())
        if (unit.incidentId != incident->id)
            units.append(unit);
    m_latestRequest = m_advisor->recommend(*incident, units, m_clock());
    if (m_haveAnswer)
        m_panel->setUpdating();
    else
        m_panel->setWaiting();
}

void DispatchCoordinator::onRecommended(const analytics::RecommendationSet &set)
{
    // An answer for an incident no longer selected, or older than the one shown, is of no use.
    if (set.incidentId != m_incidentId || (m_haveAnswer && set.requestId < m_answer.requestId))
        return;
    m_answer = set;
    m_haveAnswer = true;
    showAnswer();
    Q_EMIT recommendationsShown(set.incidentId);
}

bool DispatchCoordinator::mayDispatch(const Unit &unit) const
{
    const Unit live = m_units->unit(unit.id).value_or(unit);
    return isLegalMove(live.status, UnitStatus::Dispatched) && live.incidentId != m_incidentId;
}

QList<analytics::Recommendation> DispatchCoordinator::unrankedUnits() const
{
    // No road network: every unit that could go, by callsign, none with an ETA.
    QList<analytics::Recommendation> units;
    for (const Unit &unit : m_units->units()) {
        if (!analytics::isOffered(unit, m_incidentId))
            continue;
        analytics::Recommendation recommendation;
        recommendation.unit = unit;
        recommendation.rank = int(units.size()) + 1;
        recommendation.warnings = {analytics::RecommendationWarning::NoRoute};
        recommendation.reason = analytics::reasonText(recommendation, false);
        units.append(recommendation);
    }
    return units;
}

void DispatchCoordinator::showAnswer()
{
    if (!m_haveAnswer)
        return;
    // Units sent to this incident since the answer was computed leave the list; the rest keep their order.
    m_shown.clear();
    for (const analytics::Recommendation &recommendation : std::as_const(m_answer.units)) {
        const auto live = m_units->unit(recommendation.unit.id);
        if (live && live->incidentId == m_incidentId)
            continue;
        analytics::Recommendation shown = recommendation;
        shown.rank = int(m_shown.size()) + 1;
        m_shown.append(shown);
    }
    if (!m_answer.routed && m_shown.isEmpty())
        m_shown = unrankedUnits();
    QList<bool> dispatchable;
    dispatchable.reserve(m_shown.size());
    for (const analytics::Recommendation &recommendation : std::as_const(m_shown))
        dispatchable.append(mayDispatch(recommendation.unit));
    QString error;
    if (!m_answer.routed)
        error = m_answer.error.isEmpty() ? tr("There is no road network to route on.") : m_answer.error;
    m_panel->setIncident(m_incidents->incident(m_incidentId));
    m_panel->setRecommendations(m_shown, dispatchable, error);
    updatePreview();
}

bool DispatchCoordinator::isRanked() const
{
    return m_haveAnswer && m_answer.routed && top().has_value();
}

std::optional<analytics::Recommendation> DispatchCoordinator::recommendation(const QUuid &unitId) const
{
    for (const analytics::Recommendation &recommendation : m_shown)
        if (recommendation.unit.id == unitId)
            return recommendation;
    return std::nullopt;
}

std::optional<analytics::Recommendation> DispatchCoordinator::top() const
{
    for (const analytics::Recommendation &recommendation : m_shown)
        if (mayDispatch(recommendation.unit))
            return recommendation;
    return std::nullopt;
}

std::optional<analytics::Recommendation> DispatchCoordinator::chosen() const
{
    if (const auto highlighted = recommendation(m_panel->currentUnitId()))
        return highlighted;
    return top();
}

bool DispatchCoordinator::isOverride(const QUuid &unitId) const
{
    if (!isRanked())
        return false;
    const auto first = top();
    return first && first->unit.id != unitId;
}

DispatchAdvice DispatchCoordinator::adviceFor(const QUuid &unitId, const QString &overrideReason) const
{
    DispatchAdvice advice;
    if (!isRanked())
        return advice; // nothing was recommended: nothing to record, nothing to override
    advice.recommendedUnitId = top()->unit.id;
    if (const auto chosenOne = recommendation(unitId)) {
        advice.rank = chosenOne->rank;
        advice.etaSeconds = chosenOne->hasEta() ? chosenOne->etaSeconds : -1.0;
    }
    if (advice.recommendedUnitId != unitId)
        advice.overrideReason = overrideReason.simplified();
    return advice;
}

bool DispatchCoordinator::dispatch(const Incident &incident, const Unit &unit, const DispatchAdvice &advice)
{
    if (!m_submit(m_factory->dispatch(incident, unit, advice)))
        return false;
    const QDateTime now = m_clock();
    m_dispatchedHere.insert({unit.id, incident.id});
    Active active;
    active.incidentId = incident.id;
    active.callsign = unit.callsign;
    active.sentAt = now;
    // The route and ETA the dispatcher saw for this unit, when the ranking was about this incident.
    if (m_haveAnswer && m_answer.routed && m_answer.incidentId == incident.id) {
        if (const auto seen = recommendation(unit.id); seen && seen->hasEta()) {
            active.etaSeconds = seen->etaSeconds;
            active.arriveBy = now.addMSecs(qint64(seen->etaSeconds * 1000.0));
        }
        active.points = m_answer.routes.value(unit.id);
    }
    if (incident.hasLocation())
        active.incidentPosition = geo::GeoPoint{incident.latitude, incident.longitude};
    m_active.insert(unit.id, active);
    if (!m_expire.isActive())
        m_expire.start();
    updateRoutes();
    return true;
}

void DispatchCoordinator::onUnitChanged(const Unit &changed)
{
    // The board has applied the change already (it connected first); its copy keeps the live position.
    const Unit unit = m_units->unit(changed.id).value_or(changed);
    if (const auto it = m_active.find(unit.id); it != m_active.end()) {
        if (isOnTheWay(unit, it->incidentId)) {
            it->confirmed = true;
        } else if (it->confirmed) {
            m_active.erase(it); // arrived, stood down or sent elsewhere
            updateRoutes();
        }
    }
    if (!m_incidentId.isNull() && m_haveAnswer) {
        showAnswer();
        scheduleRefresh();
    }
    checkArrivals();
}

void DispatchCoordinator::onIncidentChanged(const Incident &incident)
{
    bool routesChanged = false;
    if (!incidentTakesUnits(incident)) {
        for (auto it = m_active.begin(); it != m_active.end();) {
            if (it->incidentId == incident.id) {
                it = m_active.erase(it);
                routesChanged = true;
            } else {
                ++it;
            }
        }
    }
    if (routesChanged)
        updateRoutes();
    if (incident.id != m_incidentId)
        return;
    // Its number arrives with the store's commit; a moved incident or a new status asks again.
    m_panel->setIncident(incident);
    if (!incidentTakesUnits(incident))
        refreshNow();
    else
        scheduleRefresh();
}

void DispatchCoordinator::positionsApplied()
{
    scheduleRefresh();
    checkArrivals();
}

void DispatchCoordinator::checkArrivals()
{
    if (m_dispatchedHere.isEmpty())
        return;
    QList<Incident> incidents;
    QList<Unit> units;
    QSet<QUuid> seenIncidents;
    for (const auto &[unitId, incidentId] : std::as_const(m_dispatchedHere)) {
        if (m_arrivalsRecorded.contains({unitId, incidentId}))
            continue;
        const auto unit = m_units->unit(unitId);
        if (!unit || !isOnTheWay(*unit, incidentId))
            continue;
        if (!seenIncidents.contains(incidentId)) {
            const auto incident = m_incidents->incident(incidentId);
            if (!incident)
                continue;
            seenIncidents.insert(incidentId);
            incidents.append(*incident);
        }
        units.append(*unit);
    }
    if (units.isEmpty())
        return;
    for (const analytics::PositionArrival &arrival : analytics::arrivalsByPosition(incidents, units)) {
        const QPair<QUuid, QUuid> pair{arrival.unitId, arrival.incidentId};
        if (!m_dispatchedHere.contains(pair) || m_arrivalsRecorded.contains(pair))
            continue;
        const auto unit = m_units->unit(arrival.unitId);
        const auto incident = m_incidents->incident(arrival.incidentId);
        if (!unit || !incident)
            continue;
        if (m_submit(m_factory->recordArrivalByPosition(*unit, *incident, arrival.distanceM))) {
            m_arrivalsRecorded.insert(pair);
            Q_EMIT arrivalRecorded(arrival.unitId, arrival.incidentId, arrival.distanceM);
        }
    }
}

bool DispatchCoordinator::wasDispatchedHere(const QUuid &unitId, const QUuid &incidentId) const
{
    return m_dispatchedHere.contains({unitId, incidentId});
}

void DispatchCoordinator::markDispatchedHere(const QUuid &unitId, const QUuid &incidentId)
{
    m_dispatchedHere.insert({unitId, incidentId});
}

QList<MapRoute> DispatchCoordinator::activeRoutes() const
{
    QList<MapRoute> routes;
    for (auto it = m_active.constBegin(); it != m_active.constEnd(); ++it) {
        MapRoute route;
        route.unitId = it.key();
        route.incidentId = it->incidentId;
        route.callsign = it->callsign;
        route.points = it->points;
        route.etaSeconds = it->etaSeconds;
        route.arriveBy = it->arriveBy;
        route.incidentPosition = it->incidentPosition;
        route.dispatched = true;
        routes.append(route);
    }
    // A stable order for the labels' placement.
    std::sort(routes.begin(), routes.end(),
              [](const MapRoute &a, const MapRoute &b) { return a.callsign < b.callsign; });
    return routes;
}

void DispatchCoordinator::updateRoutes()
{
    const QList<MapRoute> routes = activeRoutes();
    m_map->setDispatchedRoutes(routes);
    QList<RecommendationPanel::EnRoute> enRoute;
    for (const MapRoute &route : routes)
        if (route.incidentId == m_incidentId)
            enRoute.append({route.unitId, route.callsign, route.arriveBy});
    m_panel->setEnRoute(enRoute);
}

void DispatchCoordinator::updatePreview()
{
    const QUuid unitId = m_panel->currentUnitId();
    if (unitId.isNull() || !m_haveAnswer || !m_answer.routed || m_answer.incidentId != m_incidentId ||
        !m_answer.routes.contains(unitId)) {
        m_map->setPreviewRoute(std::nullopt);
        return;
    }
    MapRoute route;
    route.unitId = unitId;
    route.incidentId = m_incidentId;
    route.points = m_answer.routes.value(unitId);
    if (const auto shown = recommendation(unitId)) {
        route.callsign = shown->unit.callsign;
        route.etaSeconds = shown->hasEta() ? shown->etaSeconds : -1.0;
    }
    if (const auto unit = m_units->unit(unitId); unit && unit->hasPosition())
        route.unitPosition = geo::GeoPoint{unit->latitude, unit->longitude};
    if (const auto incident = m_incidents->incident(m_incidentId); incident && incident->hasLocation())
        route.incidentPosition = geo::GeoPoint{incident->latitude, incident->longitude};
    m_map->setPreviewRoute(route);
}

} // namespace lintas
