#include "field/fleetsimulator.h"

#include <algorithm>
#include <cmath>
#include <queue>
#include <random>
#include <utility>
#include <vector>

#include <QDateTime>
#include <QHash>

#include "core/stations.h"
#include "core/statemachine.h"
#include "field/router.h"
#include "field/trafficmodel.h"
#include "geo/geodesy.h"

namespace lintas::field {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kEchoPatienceMs = 30 * kSecond; // an own move the store has not echoed by then was refused
constexpr double kMinPatrolLegM = 400.0;
constexpr double kFixAccuracyM = 5.0; // what a vehicle tracker typically claims

enum class Goal
{
    Park,     // standing at the station
    Hold,     // standing where it is (on scene, busy, waiting)
    Patrol,   // random legs within the patrol area
    Drift,    // slow legs close to the station
    Home,     // driving back to the station
    Incident, // driving to an incident
};

enum class EventType
{
    Fix,          // move and report the position
    EnRoute,      // the crew acknowledges a dispatch and sets off
    Clear,        // work on scene done
    ResumePatrol, // back on patrol after an incident
};

struct Event
{
    qint64 at = 0;
    quint64 seq = 0;
    int unit = 0;
    EventType type = EventType::Fix;
    quint64 token = 0; // actions carry the unit's token; a newer status makes them stale
    QUuid incident;
};

struct LaterFirst
{
    bool operator()(const Event &a, const Event &b) const { return a.at != b.at ? a.at > b.at : a.seq > b.seq; }
};

// splitmix64: spreads a seed and an id over a generator's state.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 seedFor(quint64 seed, const QUuid &id)
{
    const QByteArray bytes = id.toRfc4122();
    quint64 h = mix(seed);
    for (int i = 0; i < bytes.size(); i += 8) {
        quint64 chunk = 0;
        for (int j = 0; j < 8 && i + j < bytes.size(); ++j)
            chunk = chunk << 8 | quint64(uchar(bytes[i + j]));
        h = mix(h ^ chunk);
    }
    return h;
}

bool isPatrolKind(UnitKind kind)
{
    return kind == UnitKind::R2Patrol || kind == UnitKind::R4Patrol || kind == UnitKind::HighwayPatrol;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

struct SimUnit
{
    Unit unit; // the simulator's view: the store's, with its own moves applied at once
    std::mt19937_64 rng;
    bool removed = false;

    int homeNode = -1;
    bool drifter = false; // idles around the station rather than parking
    Goal goal = Goal::Park;
    QUuid goalIncident;

    QList<int> path; // edges; the unit is on path[step] at offsetM, or standing at atNode when step == size
    int step = 0;
    double offsetM = 0.0;
    double edgeKmh = 0.0;
    int atNode = -1;
    qint64 movedAtMs = 0;

    geo::GeoPoint position;
    double headingDeg = 0.0;
    double speedKmh = 0.0;

    int reportIntervalMs = 2000;
    quint64 token = 0;
    struct Echo
    {
        UnitStatus status;
        qint64 madeAtMs;
    };
    QList<Echo> awaitingEcho; // own status moves the store has not echoed yet

    bool isMoving() const { return step < path.size(); }
};

} // namespace

class FleetSimulator::Engine
{
public:
    Engine(const RoadNetwork &network, ChangeFactory &factory, FieldSink &sink, SimulatorOptions options,
           qint64 startMs)
        : m_network(network), m_router(network), m_factory(factory), m_sink(sink), m_options(options), m_now(startMs)
    {
        m_options.minReportIntervalMs = std::clamp(m_options.minReportIntervalMs, 1000, 5000);
        m_options.maxReportIntervalMs = std::clamp(m_options.maxReportIntervalMs, m_options.minReportIntervalMs, 5000);
        if (!(m_options.speedup > 0.0))
            m_options.speedup = 1.0;
    }

    void updateUnit(const Unit &unit);
    void removeUnit(const QUuid &id);
    void updateIncident(const Incident &incident);
    void removeIncident(const QUuid &id) { m_incidents.remove(id); }
    void advanceTo(qint64 nowMs);

    const RoadNetwork &m_network;
    Router m_router;
    ChangeFactory &m_factory;
    FieldSink &m_sink;
    SimulatorOptions m_options;
    qint64 m_now;

    std::vector<SimUnit> m_units;
    QHash<QUuid, int> m_indexOf;
    QHash<QUuid, Incident> m_incidents;
    std::priority_queue<Event, std::vector<Event>, LaterFirst> m_queue;
    quint64 m_seq = 0;
    UnitFixes m_fixes;
    QHash<qint64, QList<int>> m_areaCache;

private:
    int uniform(SimUnit &u, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(u.rng); }
    double real(SimUnit &u, double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(u.rng); }
    qint64 scaled(qint64 ms) const { return std::max<qint64>(kSecond, qint64(double(ms) / m_options.speedup)); }

    void schedule(int index, EventType type, qint64 at, const QUuid &incident = {});
    void scheduleFix(int index, qint64 at);
    void handle(const Event &event);

    void join(const Unit &unit);
    void react(int index, UnitStatus previousStatus, const QUuid &previousIncident);
    void commit(const ChangeList &changes);

    void moveTo(SimUnit &u, qint64 t);
    void enterEdge(SimUnit &u, qint64 at);
    void arrive(SimUnit &u, qint64 at);
    void settlePosition(SimUnit &u);
    void setGoal(SimUnit &u, Goal goal, qint64 at);
    bool driveTo(SimUnit &u, int node, qint64 at);
    bool planLeg(SimUnit &u, qint64 at);
    void stopAfterThisEdge(SimUnit &u);
    const QList<int> &area(const SimUnit &u, bool drift);
    Driving driving(const SimUnit &u) const;

    void goEnRoute(int index, const QUuid &incidentId);
    void reachIncident(int index, qint64 at);
    void clearScene(int index, const QUuid &incidentId);
    void resumePatrol(int index);
};

void FleetSimulator::Engine::schedule(int index, EventType type, qint64 at, const QUuid &incident)
{
    Event event;
    event.at = at;
    event.seq = m_seq++;
    event.unit = index;
    event.type = type;
    event.token = m_units[size_t(index)].token;
    event.incident = incident;
    m_queue.push(event);
}

void FleetSimulator::Engine::scheduleFix(int index, qint64 at)
{
    schedule(index, EventType::Fix, at);
}

void FleetSimulator::Engine::join(const Unit &unit)
{
    SimUnit u;
    u.unit = unit;
    u.rng.seed(seedFor(m_options.seed, unit.id));
    u.reportIntervalMs = uniform(u, m_options.minReportIntervalMs, m_options.maxReportIntervalMs);
    u.drifter = isPatrolKind(unit.kind) && uniform(u, 1, 4) == 1;

    // Home: the station's headquarters on the road graph; where the unit stands: where the store last saw it.
    double homeLat = unit.latitude;
    double homeLon = unit.longitude;
    if (const auto station = StationDirectory::builtIn().byCode(unit.stationCode)) {
        homeLat = station->latitude;
        homeLon = station->longitude;
    }
    if (std::isnan(homeLat) || std::isnan(homeLon)) {
        const geo::GeoPoint any = m_network.graph().node(m_network.nearestDrivableNode(0.0, 0.0));
        homeLat = any.lat;
        homeLon = any.lon;
    }
    u.homeNode = m_network.nearestDrivableNode(homeLat, homeLon);
    u.atNode = unit.hasPosition() ? m_network.nearestDrivableNode(unit.latitude, unit.longitude) : u.homeNode;
    u.movedAtMs = m_now;
    u.headingDeg = unit.headingDeg;
    settlePosition(u);

    const int index = int(m_units.size());
    m_indexOf.insert(unit.id, index);
    m_units.push_back(std::move(u));
    // Reports spread over the first interval, not all at once.
    scheduleFix(index, m_now + uniform(m_units.back(), 0, m_units.back().reportIntervalMs - 1));
    // As if the status had just been set: an available unit away from its station drives home, one in the
    // middle of an incident's work picks it up where it stands.
    react(index, UnitStatus::Available, QUuid());
}

void FleetSimulator::Engine::updateUnit(const Unit &unit)
{
    const auto found = m_indexOf.constFind(unit.id);
    if (found == m_indexOf.constEnd()) {
        join(unit);
        return;
    }
    const int index = *found;
    SimUnit &u = m_units[size_t(index)];
    if (u.removed) {
        u.removed = false;
        scheduleFix(index, m_now + u.reportIntervalMs);
    }
    // Roster fields follow the store; the status only when it is not the echo of an own move.
    u.unit.callsign = unit.callsign;
    u.unit.kind = unit.kind;
    u.unit.stationCode = unit.stationCode;
    u.unit.crew = unit.crew;
    while (!u.awaitingEcho.isEmpty() && m_now - u.awaitingEcho.first().madeAtMs > kEchoPatienceMs)
        u.awaitingEcho.removeFirst();
    for (qsizetype i = 0; i < u.awaitingEcho.size(); ++i) {
        if (u.awaitingEcho[i].status == unit.status) {
            u.awaitingEcho.remove(0, i + 1);
            return;
        }
    }
    u.awaitingEcho.clear();
    if (unit.status == u.unit.status && unit.incidentId == u.unit.incidentId)
        return;
    const UnitStatus previousStatus = u.unit.status;
    const QUuid previousIncident = u.unit.incidentId;
    u.unit.status = unit.status;
    u.unit.incidentId = unit.incidentId;
    u.unit.statusSince = unit.statusSince;
    react(index, previousStatus, previousIncident);
}

void FleetSimulator::Engine::removeUnit(const QUuid &id)
{
    const auto found = m_indexOf.constFind(id);
    if (found != m_indexOf.constEnd())
        m_units[size_t(*found)].removed = true;
}

void FleetSimulator::Engine::updateIncident(const Incident &incident)
{
    if (incident.status == IncidentStatus::Closed)
        m_incidents.remove(incident.id);
    else
        m_incidents.insert(incident.id, incident);
}

// A status set elsewhere (or found at start): what the crew does about it.
void FleetSimulator::Engine::react(int index, UnitStatus previousStatus, const QUuid &previousIncident)
{
    SimUnit &u = m_units[size_t(index)];
    ++u.token; // whatever the unit was about to do no longer applies
    moveTo(u, m_now);
    switch (u.unit.status) {
    case UnitStatus::Available:
        setGoal(u, Goal::Home, m_now);
        break;
    case UnitStatus::OnPatrol:
        if (u.goal != Goal::Patrol)
            setGoal(u, Goal::Patrol, m_now);
        break;
    case UnitStatus::Dispatched:
        // Sent elsewhere while on the way to another incident: stop at the next junction and wait for the crew.
        if (u.goal == Goal::Incident && previousIncident != u.unit.incidentId)
            stopAfterThisEdge(u);
        schedule(index, EventType::EnRoute, m_now + uniform(u, 20, 60) * kSecond, u.unit.incidentId);
        break;
    case UnitStatus::EnRoute:
        if (!(previousStatus == UnitStatus::EnRoute && previousIncident == u.unit.incidentId))
            goEnRoute(index, u.unit.incidentId);
        break;
    case UnitStatus::OnScene:
        stopAfterThisEdge(u);
        schedule(index, EventType::Clear, m_now + scaled(uniform(u, 5, 20) * kMinute), u.unit.incidentId);
        break;
    case UnitStatus::Busy:
        stopAfterThisEdge(u);
        break;
    case UnitStatus::OutOfService:
        setGoal(u, Goal::Home, m_now);
        break;
    }
}

void FleetSimulator::Engine::commit(const ChangeList &changes)
{
    if (changes.isEmpty())
        return;
    // Apply the moves to the view at once, so the next decision starts from them.
    for (const Change &change : changes) {
        if (change.kind != ChangeKind::Transition)
            continue;
        const QString to = change.fields.value(QStringLiteral("to")).toString();
        if (change.entity == EntityKind::Incident) {
            const auto incident = m_incidents.find(change.entityId);
            if (incident != m_incidents.end())
                incident->status = incidentStatusFromString(to);
            continue;
        }
        const auto found = m_indexOf.constFind(change.entityId);
        if (found == m_indexOf.constEnd())
            continue;
        SimUnit &u = m_units[size_t(*found)];
        u.unit.status = unitStatusFromString(to);
        const QString incident = change.fields.value(QStringLiteral("incident_id")).toString();
        if (!incident.isEmpty())
            u.unit.incidentId = QUuid::fromString(incident);
        else if (!needsIncident(u.unit.status))
            u.unit.incidentId = QUuid();
        u.unit.statusSince = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
        u.awaitingEcho.append({u.unit.status, m_now});
        ++u.token;
    }
    m_sink.commit(changes);
}

Driving FleetSimulator::Engine::driving(const SimUnit &u) const
{
    switch (u.goal) {
    case Goal::Incident:
        return Driving::Urgent;
    case Goal::Patrol:
        return Driving::Patrol;
    case Goal::Drift:
        return Driving::Drift;
    case Goal::Home:
    case Goal::Park:
    case Goal::Hold:
        return Driving::Transit;
    }
    return Driving::Transit;
}

void FleetSimulator::Engine::enterEdge(SimUnit &u, qint64 at)
{
    const int edge = u.path[u.step];
    const double kmh = drivingKmh(m_network.graph().edgeClass(edge), hourWib(at), u.unit.kind, driving(u));
    u.edgeKmh = std::max(3.0, kmh * real(u, 0.9, 1.1));
}

void FleetSimulator::Engine::settlePosition(SimUnit &u)
{
    if (u.isMoving()) {
        const EdgePoint p = m_network.pointAlong(u.path[u.step], u.offsetM);
        u.position = p.point;
        u.headingDeg = p.headingDeg;
        u.speedKmh = u.edgeKmh;
    } else {
        u.position = m_network.graph().node(u.atNode);
        u.speedKmh = 0.0;
    }
}

void FleetSimulator::Engine::moveTo(SimUnit &u, qint64 t)
{
    if (t <= u.movedAtMs) {
        settlePosition(u);
        return;
    }
    double seconds = double(t - u.movedAtMs) / 1000.0;
    u.movedAtMs = t;
    // Leg after leg; a guard against a plan that keeps arriving without moving.
    for (int guard = 0; seconds > 0.0 && guard < 10'000; ++guard) {
        if (!u.isMoving()) {
            if (u.goal == Goal::Patrol || u.goal == Goal::Drift) {
                if (!planLeg(u, t - qint64(seconds * 1000.0)))
                    break;
                continue;
            }
            break;
        }
        const int edge = u.path[u.step];
        const double metresPerSecond = u.edgeKmh / 3.6;
        const double left = m_network.edgeLengthM(edge) - u.offsetM;
        const double need = left / metresPerSecond;
        if (need > seconds) {
            u.offsetM += seconds * metresPerSecond;
            seconds = 0.0;
            break;
        }
        seconds -= need;
        u.offsetM = 0.0;
        u.atNode = m_network.graph().edgeTarget(edge);
        ++u.step;
        const qint64 at = t - qint64(seconds * 1000.0);
        if (u.isMoving())
            enterEdge(u, at);
        else
            arrive(u, at);
    }
    settlePosition(u);
}

void FleetSimulator::Engine::arrive(SimUnit &u, qint64 at)
{
    u.path.clear();
    u.step = 0;
    switch (u.goal) {
    case Goal::Patrol:
    case Goal::Drift:
        break; // the next leg is planned by moveTo
    case Goal::Home:
        u.goal = u.drifter && u.unit.status == UnitStatus::Available ? Goal::Drift : Goal::Park;
        break;
    case Goal::Incident:
        u.goal = Goal::Hold;
        reachIncident(m_indexOf.value(u.unit.id), at);
        break;
    case Goal::Park:
    case Goal::Hold:
        break;
    }
}

void FleetSimulator::Engine::stopAfterThisEdge(SimUnit &u)
{
    if (u.isMoving())
        u.path = u.path.mid(0, u.step + 1);
    u.goal = Goal::Hold;
}

const QList<int> &FleetSimulator::Engine::area(const SimUnit &u, bool drift)
{
    // Patrol areas by station and kind: a few km around the station; the highway patrol's is the toll roads
    // within reach of it.
    enum Category
    {
        Motorcycle,
        Car,
        Highway,
        Idle
    };
    const Category category = drift                                    ? Idle
                              : u.unit.kind == UnitKind::R2Patrol      ? Motorcycle
                              : u.unit.kind == UnitKind::HighwayPatrol ? Highway
                                                                       : Car;
    const qint64 key = qint64(u.homeNode) * 8 + category;
    auto found = m_areaCache.find(key);
    if (found != m_areaCache.end())
        return *found;
    const geo::GeoPoint home = m_network.graph().node(u.homeNode);
    const double radius = category == Idle         ? 800.0
                          : category == Motorcycle ? 3000.0
                          : category == Car        ? 4000.0
                                                   : 15000.0;
    QList<int> nodes;
    for (int node : m_network.drivableNodesWithin(home.lat, home.lon, radius)) {
        const bool toll = m_network.touchesMotorway(node);
        const bool keep = category == Highway ? toll : category == Car ? !m_network.onlyMotorway(node) : !toll;
        if (keep)
            nodes.append(node);
    }
    if (nodes.size() < 5 && category == Highway) // no toll road near this station: patrol like a car
        for (int node : m_network.drivableNodesWithin(home.lat, home.lon, 4000.0))
            if (!m_network.onlyMotorway(node))
                nodes.append(node);
    if (nodes.isEmpty())
        nodes.append(u.homeNode);
    return *m_areaCache.insert(key, nodes);
}

bool FleetSimulator::Engine::driveTo(SimUnit &u, int node, qint64 at)
{
    // Mid-edge, the unit drives on to the edge's end first: no U-turns in the middle of a road.
    QList<int> head;
    int from = u.atNode;
    if (u.isMoving()) {
        head.append(u.path[u.step]);
        from = m_network.graph().edgeTarget(u.path[u.step]);
    }
    const bool motorcycle = u.unit.kind == UnitKind::R2Patrol;
    auto route = m_router.route(from, node, motorcycle);
    if (!route && motorcycle)
        route = m_router.route(from, node, false);
    if (!route)
        return false;
    const bool keepEdge = !head.isEmpty();
    u.path = head + *route;
    u.step = 0;
    if (!keepEdge) {
        u.offsetM = 0.0;
        if (u.isMoving())
            enterEdge(u, at);
    }
    return true;
}

bool FleetSimulator::Engine::planLeg(SimUnit &u, qint64 at)
{
    const QList<int> &nodes = area(u, u.goal == Goal::Drift);
    for (int attempt = 0; attempt < 6; ++attempt) {
        const int target = nodes.at(uniform(u, 0, int(nodes.size()) - 1));
        if (target == u.atNode)
            continue;
        const geo::GeoPoint a = m_network.graph().node(u.atNode);
        const geo::GeoPoint b = m_network.graph().node(target);
        if (u.goal == Goal::Patrol && geo::distanceM(a.lat, a.lon, b.lat, b.lon) < kMinPatrolLegM)
            continue;
        if (driveTo(u, target, at) && u.isMoving())
            return true;
    }
    return false; // stands still until the next report tries again
}

void FleetSimulator::Engine::setGoal(SimUnit &u, Goal goal, qint64 at)
{
    u.goal = goal;
    u.goalIncident = QUuid();
    switch (goal) {
    case Goal::Park:
    case Goal::Hold:
        stopAfterThisEdge(u);
        u.goal = goal;
        break;
    case Goal::Patrol:
    case Goal::Drift:
        if (u.isMoving())
            u.path = u.path.mid(0, u.step + 1); // the next leg starts at this edge's end
        break;
    case Goal::Home:
        if (u.atNode == u.homeNode && !u.isMoving()) {
            u.goal = u.drifter && u.unit.status == UnitStatus::Available ? Goal::Drift : Goal::Park;
            break;
        }
        if (!driveTo(u, u.homeNode, at))
            u.goal = Goal::Hold;
        break;
    case Goal::Incident:
        break;
    }
}

void FleetSimulator::Engine::goEnRoute(int index, const QUuid &incidentId)
{
    SimUnit &u = m_units[size_t(index)];
    const auto incident = m_incidents.constFind(incidentId);
    if (incident == m_incidents.constEnd() || !incident->hasLocation()) {
        // The incident has not reached this store yet (or has no place): ask again shortly.
        schedule(index, EventType::EnRoute, m_now + 10 * kSecond, incidentId);
        return;
    }
    moveTo(u, m_now);
    if (u.unit.status == UnitStatus::Dispatched) {
        const Incident copy = *incident;
        commit(m_factory.moveUnit(u.unit, UnitStatus::EnRoute, &copy));
    }
    u.goal = Goal::Incident;
    u.goalIncident = incidentId;
    const int node = m_network.nearestDrivableNode(incident->latitude, incident->longitude);
    if (!driveTo(u, node, m_now) || !u.isMoving()) {
        u.path.clear();
        u.step = 0;
        arrive(u, m_now); // already there, or no way to drive: report on scene where it stands
    }
}

void FleetSimulator::Engine::reachIncident(int index, qint64 at)
{
    SimUnit &u = m_units[size_t(index)];
    settlePosition(u);
    const auto incident = m_incidents.constFind(u.unit.incidentId);
    if (u.unit.status != UnitStatus::EnRoute || incident == m_incidents.constEnd())
        return;
    const Incident copy = *incident;
    ChangeList changes = m_factory.moveUnit(u.unit, UnitStatus::OnScene, &copy);
    changes.append(m_factory.make(EntityKind::Unit, u.unit.id, ChangeKind::Set,
                                  {{QStringLiteral("latitude"), u.position.lat},
                                   {QStringLiteral("longitude"), u.position.lon},
                                   {QStringLiteral("heading_deg"), u.headingDeg},
                                   {QStringLiteral("speed_kmh"), 0.0},
                                   {QStringLiteral("position_at"), isoUtc(at)}}));
    commit(changes);
    schedule(index, EventType::Clear, at + scaled(uniform(u, 5, 20) * kMinute), copy.id);
}

void FleetSimulator::Engine::clearScene(int index, const QUuid &incidentId)
{
    SimUnit &u = m_units[size_t(index)];
    if (u.unit.status != UnitStatus::OnScene || u.unit.incidentId != incidentId)
        return;
    bool others = false;
    for (const SimUnit &other : m_units)
        if (!other.removed && other.unit.id != u.unit.id && other.unit.incidentId == incidentId &&
            needsIncident(other.unit.status))
            others = true;
    const auto incident = m_incidents.constFind(incidentId);
    ChangeList changes;
    if (!others && m_options.clearsIncidents && incident != m_incidents.constEnd() &&
        incident->status == IncidentStatus::OnScene) {
        changes.append(m_factory.addNote(
            incidentId,
            QStringLiteral("%1: penanganan selesai, arus lalu lintas kembali lancar.").arg(u.unit.callsign)));
        changes.append(m_factory.clearIncident(*incident, {u.unit}));
    } else {
        changes.append(m_factory.addNote(
            incidentId, QStringLiteral("%1 selesai di lokasi dan kembali bertugas.").arg(u.unit.callsign)));
        changes.append(m_factory.moveUnit(u.unit, UnitStatus::Available));
    }
    commit(changes);
    setGoal(u, Goal::Home, m_now);
    if (isPatrolKind(u.unit.kind))
        schedule(index, EventType::ResumePatrol, m_now + scaled(uniform(u, 2, 8) * kMinute));
}

void FleetSimulator::Engine::resumePatrol(int index)
{
    SimUnit &u = m_units[size_t(index)];
    if (u.unit.status != UnitStatus::Available)
        return;
    moveTo(u, m_now);
    commit(m_factory.moveUnit(u.unit, UnitStatus::OnPatrol));
    setGoal(u, Goal::Patrol, m_now);
}

void FleetSimulator::Engine::handle(const Event &event)
{
    SimUnit &u = m_units[size_t(event.unit)];
    if (u.removed)
        return;
    if (event.type == EventType::Fix) {
        moveTo(u, event.at);
        UnitFix fix;
        fix.unitId = u.unit.id;
        fix.callsign = u.unit.callsign;
        fix.latitude = u.position.lat;
        fix.longitude = u.position.lon;
        fix.headingDeg = u.headingDeg;
        fix.speedKmh = u.speedKmh;
        fix.atMs = event.at;
        fix.accuracyM = kFixAccuracyM;
        m_fixes.append(fix);
        u.unit.latitude = fix.latitude;
        u.unit.longitude = fix.longitude;
        u.unit.headingDeg = fix.headingDeg;
        u.unit.speedKmh = fix.speedKmh;
        u.unit.positionAt = QDateTime::fromMSecsSinceEpoch(event.at, Qt::UTC);
        const bool busy = u.isMoving() || u.goal == Goal::Patrol || u.goal == Goal::Drift;
        scheduleFix(event.unit, event.at + (busy ? u.reportIntervalMs : m_options.maxReportIntervalMs));
        return;
    }
    if (event.token != u.token)
        return; // the status changed since this was planned
    switch (event.type) {
    case EventType::EnRoute:
        // Dispatched: the crew sets off. En route already (set elsewhere) but the incident was not known yet:
        // now it may be.
        if ((u.unit.status == UnitStatus::Dispatched || u.unit.status == UnitStatus::EnRoute) &&
            u.unit.incidentId == event.incident && u.goal != Goal::Incident)
            goEnRoute(event.unit, event.incident);
        break;
    case EventType::Clear:
        moveTo(u, event.at);
        clearScene(event.unit, event.incident);
        break;
    case EventType::ResumePatrol:
        resumePatrol(event.unit);
        break;
    case EventType::Fix:
        break;
    }
}

void FleetSimulator::Engine::advanceTo(qint64 nowMs)
{
    while (!m_queue.empty() && m_queue.top().at <= nowMs) {
        const Event event = m_queue.top();
        m_queue.pop();
        m_now = std::max(m_now, event.at);
        handle(event);
    }
    m_now = std::max(m_now, nowMs);
    if (!m_fixes.isEmpty()) {
        const UnitFixes batch = std::exchange(m_fixes, {});
        m_sink.positions(batch);
    }
}

FleetSimulator::FleetSimulator(const RoadNetwork &network, ChangeFactory &factory, FieldSink &sink,
                               SimulatorOptions options, qint64 startMs)
    : d(std::make_unique<Engine>(network, factory, sink, options, startMs))
{
}

FleetSimulator::~FleetSimulator() = default;

void FleetSimulator::updateUnit(const Unit &unit)
{
    d->updateUnit(unit);
}
void FleetSimulator::removeUnit(const QUuid &unitId)
{
    d->removeUnit(unitId);
}
void FleetSimulator::updateIncident(const Incident &incident)
{
    d->updateIncident(incident);
}
void FleetSimulator::removeIncident(const QUuid &incidentId)
{
    d->removeIncident(incidentId);
}
void FleetSimulator::advanceTo(qint64 nowMs)
{
    d->advanceTo(nowMs);
}
qint64 FleetSimulator::now() const
{
    return d->m_now;
}
void FleetSimulator::setClearsIncidents(bool clears)
{
    d->m_options.clearsIncidents = clears;
}

int FleetSimulator::unitCount() const
{
    return int(std::count_if(d->m_units.begin(), d->m_units.end(), [](const SimUnit &u) { return !u.removed; }));
}

std::optional<Unit> FleetSimulator::unit(const QUuid &unitId) const
{
    const auto found = d->m_indexOf.constFind(unitId);
    if (found == d->m_indexOf.constEnd() || d->m_units[size_t(*found)].removed)
        return std::nullopt;
    return d->m_units[size_t(*found)].unit;
}

FleetSimulator::Counts FleetSimulator::counts() const
{
    Counts counts;
    for (const SimUnit &u : d->m_units) {
        if (u.removed)
            continue;
        if (u.unit.status == UnitStatus::OnScene)
            ++counts.onScene;
        else if (u.goal == Goal::Incident)
            ++counts.toIncident;
        else if (u.isMoving())
            ++counts.driving;
        else
            ++counts.standing;
    }
    return counts;
}

} // namespace lintas::field
