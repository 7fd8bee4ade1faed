// The simulated fleet on the Jakarta map package the build makes (and on a small graph built by hand): units
// stay on the roads at plausible speeds, report every 1–5 s, repeat themselves under the same seed, and work an
// incident they are dispatched to. Time is a counter the test advances; nothing sleeps.

#include <cmath>
#include <memory>

#include <QHash>
#include <QSet>
#include <QTest>

#include "core/changefactory.h"
#include "core/hlc.h"
#include "core/stations.h"
#include "field/fleetroster.h"
#include "field/fleetsimulator.h"
#include "field/roadnetwork.h"
#include "field/router.h"
#include "field/trafficmodel.h"
#include "geo/geodesy.h"

using namespace lintas;
using namespace lintas::field;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;

// Unix ms of a wall-clock time in Jakarta (WIB, UTC+7).
qint64 wib(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 25), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch() - kWibOffsetMs;
}

class RecordingSink : public FieldSink
{
public:
    void commit(const ChangeList &changes) override
    {
        commits.append(changes);
        all += changes;
    }
    void positions(const UnitFixes &batch) override
    {
        batches.append(int(batch.size()));
        fixes += batch;
    }
    QList<ChangeList> commits;
    ChangeList all;
    UnitFixes fixes;
    QList<int> batches;
};

// One simulation with its own clock, factory and sink. Not movable: the clock reads `now` through `this`.
struct Run
{
    Run(const RoadNetwork &network, SimulatorOptions options, qint64 start)
        : now(start), clock([this] { return now; }),
          factory(QStringLiteral("field-test"), QStringLiteral("sim"), &clock),
          sim(network, factory, sink, options, start)
    {
    }
    void advance(qint64 to, qint64 step)
    {
        while (now < to) {
            now = std::min(to, now + step);
            sim.advanceTo(now);
        }
    }

    qint64 now;
    HybridClock clock;
    ChangeFactory factory;
    RecordingSink sink;
    FleetSimulator sim;
};

// A fleet on patrol around the Polres and Polsek of Polda Metro Jaya.
QList<Unit> patrolFleet(const RoadNetwork &network, int count, qint64 at)
{
    RosterOptions options;
    options.target = count;
    options.seed = 7;
    options.nowMs = at;
    QList<Unit> units = planFleetGrowth({}, options, &network);
    for (Unit &unit : units)
        unit.status = unit.kind == UnitKind::TowTruck || unit.kind == UnitKind::Ambulance ? UnitStatus::Available
                                                                                          : UnitStatus::OnPatrol;
    return units;
}

QString describe(const UnitFix &fix)
{
    return QStringLiteral("%1 at %2 (%3, %4) %5 km/h")
        .arg(fix.callsign)
        .arg(fix.atMs)
        .arg(fix.latitude, 0, 'f', 6)
        .arg(fix.longitude, 0, 'f', 6)
        .arg(fix.speedKmh, 0, 'f', 1);
}

bool sameFixes(const UnitFixes &a, const UnitFixes &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].unitId != b[i].unitId || a[i].atMs != b[i].atMs || a[i].latitude != b[i].latitude ||
            a[i].longitude != b[i].longitude || a[i].speedKmh != b[i].speedKmh || a[i].headingDeg != b[i].headingDeg)
            return false;
    return true;
}

// The unit transitions in a list of changes, as "callsign-less" (unit id, to) pairs.
QList<QPair<QUuid, QString>> transitions(const ChangeList &changes, EntityKind entity)
{
    QList<QPair<QUuid, QString>> out;
    for (const Change &change : changes)
        if (change.entity == entity && change.kind == ChangeKind::Transition)
            out.append({change.entityId, change.fields.value(QStringLiteral("to")).toString()});
    return out;
}

} // namespace

class TestFleetSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handBuiltGraph();
    void unitsStayOnRoadsAtPlausibleSpeeds();
    void slowerInThePeak();
    void reportsEveryOneToFiveSeconds();
    void fixedReportInterval();
    void sameSeedSameRun();
    void dispatchedUnitWorksTheIncident();
    void recallBeforeSettingOff();
    void rosterGrowth();

private:
    std::unique_ptr<RoadNetwork> m_jakarta;
};

void TestFleetSimulator::initTestCase()
{
    QString error;
    m_jakarta = RoadNetwork::load(QStringLiteral(LINTAS_DEMO_MAP), &error);
    QVERIFY2(m_jakarta, qPrintable(error));
    QVERIFY(m_jakarta->hasPackage());
    // Nearly all of the city is one strongly connected network; the rest are islands units never enter.
    QVERIFY2(m_jakarta->drivableNodeCount() > m_jakarta->nodeCount() * 7 / 10,
             qPrintable(QStringLiteral("%1 of %2").arg(m_jakarta->drivableNodeCount()).arg(m_jakarta->nodeCount())));
    // Edge shapes follow the roads: their lengths agree with the graph's.
    for (int e = 0; e < m_jakarta->edgeCount(); e += 97)
        QVERIFY(std::abs(m_jakarta->edgeLengthM(e) - double(m_jakarta->graph().edgeLengthM(e))) < 1.0);
}

void TestFleetSimulator::handBuiltGraph()
{
    // A 3 × 3 block of two-way streets 500 m apart, and a one-way spur leaving it that a unit could never leave.
    QList<geo::GeoPoint> nodes;
    for (int row = 0; row < 3; ++row)
        for (int col = 0; col < 3; ++col)
            nodes.append({-6.20 + row * 0.0045, 106.80 + col * 0.0045});
    nodes.append({-6.20 - 0.0045, 106.80}); // 9: the spur's end
    QList<geo::RoadGraph::EdgeRecord> edges;
    const auto street = [&](int a, int b, geo::RoadClass roadClass, bool twoWay) {
        const double length = geo::distanceM(nodes[a].lat, nodes[a].lon, nodes[b].lat, nodes[b].lon);
        geo::RoadGraph::EdgeRecord e;
        e.source = a;
        e.target = b;
        e.lengthM = float(length);
        e.roadClass = roadClass;
        e.roadId = edges.size() + 1;
        e.name = QStringLiteral("Jalan %1").arg(edges.size() + 1);
        edges.append(e);
        if (twoWay) {
            std::swap(e.source, e.target);
            edges.append(e);
        }
    };
    for (int row = 0; row < 3; ++row)
        for (int col = 0; col < 2; ++col)
            street(row * 3 + col, row * 3 + col + 1, geo::RoadClass::Secondary, true);
    for (int col = 0; col < 3; ++col)
        for (int row = 0; row < 2; ++row)
            street(row * 3 + col, (row + 1) * 3 + col, geo::RoadClass::Residential, true);
    street(0, 9, geo::RoadClass::Residential, false);
    const RoadNetwork network(geo::RoadGraph(nodes, edges));

    QCOMPARE(network.drivableNodeCount(), 9);
    QVERIFY(!network.isDrivableNode(9));
    QCOMPARE(network.nearestDrivableNode(-6.2046, 106.80), 0); // next to the spur's end: the block's corner
    Router router(network);
    const auto route = router.route(0, 8, false);
    QVERIFY(route);
    QCOMPARE(route->size(), 4);          // four blocks, whichever way round
    QVERIFY(router.route(0, 9, false));  // the spur can be entered…
    QVERIFY(!router.route(9, 0, false)); // …but not left: no unit is ever sent there

    Unit unit;
    unit.id = QUuid::createUuidV5(QUuid(), QStringLiteral("unit"));
    unit.callsign = QStringLiteral("TEST-R4-01");
    unit.kind = UnitKind::R4Patrol;
    unit.stationCode = QStringLiteral("NOWHERE");
    unit.status = UnitStatus::OnPatrol;
    unit.latitude = nodes[9].lat; // last seen off the network: it joins at the nearest drivable node
    unit.longitude = nodes[9].lon;
    SimulatorOptions options;
    options.seed = 3;
    Run run(network, options, wib(11));
    run.sim.updateUnit(unit);
    run.advance(wib(11, 30), 500);
    QVERIFY(run.sink.fixes.size() > 30 * 60 / 5);
    double travelled = 0.0;
    for (qsizetype i = 0; i < run.sink.fixes.size(); ++i) {
        const UnitFix &fix = run.sink.fixes[i];
        QVERIFY2(network.distanceToNearestEdgeM(fix.latitude, fix.longitude) < 0.5, qPrintable(describe(fix)));
        QVERIFY2(geo::distanceM(fix.latitude, fix.longitude, nodes[9].lat, nodes[9].lon) > 400.0,
                 qPrintable(describe(fix))); // never on the spur
        if (i > 0)
            travelled += geo::distanceM(run.sink.fixes[i - 1].latitude, run.sink.fixes[i - 1].longitude, fix.latitude,
                                        fix.longitude);
    }
    QVERIFY2(travelled > 3000.0, qPrintable(QString::number(travelled))); // it patrols, it does not park
}

void TestFleetSimulator::unitsStayOnRoadsAtPlausibleSpeeds()
{
    const qint64 start = wib(10);
    const QList<Unit> fleet = patrolFleet(*m_jakarta, 30, start);
    SimulatorOptions options;
    options.seed = 11;
    Run run(*m_jakarta, options, start);
    for (const Unit &unit : fleet)
        run.sim.updateUnit(unit);
    QCOMPARE(run.sim.unitCount(), fleet.size());
    run.advance(start + 30 * kMinute, kSecond);

    QHash<QUuid, UnitFix> last;
    QHash<QUuid, double> travelled;
    int moving = 0;
    double motorcycleOnToll = 0;
    const double fastest = maxPlausibleKmh(geo::RoadClass::Motorway);
    for (const UnitFix &fix : std::as_const(run.sink.fixes)) {
        const QList<RoadNetwork::NearEdge> near = m_jakarta->edgesNear(fix.latitude, fix.longitude, 1.0);
        QVERIFY2(!near.isEmpty(), qPrintable(QStringLiteral("off the road: ") + describe(fix)));
        QVERIFY2(near.first().distanceM < 0.5, qPrintable(describe(fix)));
        double allowed = 0.0;
        bool tollOnly = true;
        for (const RoadNetwork::NearEdge &e : near) {
            allowed = std::max(allowed, maxPlausibleKmh(m_jakarta->graph().edgeClass(e.edge)));
            tollOnly = tollOnly && isTollRoad(m_jakarta->graph().edgeClass(e.edge));
        }
        QVERIFY2(fix.speedKmh >= 0.0 && fix.speedKmh <= allowed, qPrintable(describe(fix)));
        QVERIFY(fix.headingDeg >= 0.0 && fix.headingDeg < 360.0);
        if (fix.speedKmh > 0.0) {
            ++moving;
            if (fix.callsign.contains(QLatin1String("-R2-")) && tollOnly)
                ++motorcycleOnToll;
        }
        const auto previous = last.constFind(fix.unitId);
        if (previous != last.constEnd()) {
            // No jumps: the distance between two reports fits the fastest road.
            const double metres = geo::distanceM(previous->latitude, previous->longitude, fix.latitude, fix.longitude);
            const double seconds = double(fix.atMs - previous->atMs) / 1000.0;
            QVERIFY2(metres <= fastest / 3.6 * seconds + 1.0, qPrintable(describe(fix)));
            travelled[fix.unitId] += metres;
        }
        last.insert(fix.unitId, fix);
    }
    QVERIFY(moving > run.sink.fixes.size() / 2);
    QCOMPARE(motorcycleOnToll, 0.0); // motorcycles stay off the toll roads
    int patrolled = 0;
    for (const Unit &unit : fleet)
        if (unit.status == UnitStatus::OnPatrol && travelled.value(unit.id) > 2000.0)
            ++patrolled;
    int onPatrol = 0;
    for (const Unit &unit : fleet)
        onPatrol += unit.status == UnitStatus::OnPatrol ? 1 : 0;
    QVERIFY2(patrolled >= onPatrol * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(patrolled).arg(onPatrol)));
    // Positions go out in batches, not one by one.
    QVERIFY(*std::max_element(run.sink.batches.begin(), run.sink.batches.end()) > 1);
    // Patrolling is not a status change: nothing was committed.
    QVERIFY(run.sink.all.isEmpty());
}

void TestFleetSimulator::slowerInThePeak()
{
    const auto averageSpeed = [this](qint64 start) {
        const QList<Unit> fleet = patrolFleet(*m_jakarta, 30, start);
        SimulatorOptions options;
        options.seed = 5;
        Run run(*m_jakarta, options, start);
        for (const Unit &unit : fleet)
            run.sim.updateUnit(unit);
        run.advance(start + 20 * kMinute, 2 * kSecond);
        double sum = 0.0;
        int count = 0;
        for (const UnitFix &fix : std::as_const(run.sink.fixes)) {
            if (fix.speedKmh > 0.0 && fix.callsign.contains(QLatin1String("-R4-"))) {
                sum += fix.speedKmh;
                ++count;
            }
        }
        return count > 0 ? sum / count : 0.0;
    };
    const double peak = averageSpeed(wib(7, 30));
    const double night = averageSpeed(wib(2));
    qInfo("cars on patrol: %.1f km/h at 07:30, %.1f km/h at 02:00", peak, night);
    QVERIFY(peak > 5.0);
    QVERIFY2(peak < night * 0.75, qPrintable(QStringLiteral("%1 vs %2").arg(peak).arg(night)));
}

void TestFleetSimulator::reportsEveryOneToFiveSeconds()
{
    const qint64 start = wib(14);
    QList<Unit> fleet = patrolFleet(*m_jakarta, 40, start);
    for (qsizetype i = 0; i < fleet.size(); i += 4)
        fleet[i].status = UnitStatus::Available; // parked ones report too, at the slow end
    SimulatorOptions options;
    options.seed = 21;
    Run run(*m_jakarta, options, start);
    for (const Unit &unit : std::as_const(fleet))
        run.sim.updateUnit(unit);
    run.advance(start + 10 * kMinute, 333);

    QHash<QUuid, QList<qint64>> times;
    for (const UnitFix &fix : std::as_const(run.sink.fixes))
        times[fix.unitId].append(fix.atMs);
    QCOMPARE(times.size(), fleet.size());
    QSet<qint64> firstReports;
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        const QList<qint64> &t = it.value();
        QVERIFY(t.first() - start < 5 * kSecond);
        firstReports.insert(t.first());
        for (qsizetype i = 1; i < t.size(); ++i) {
            const qint64 gap = t[i] - t[i - 1];
            QVERIFY2(gap >= 1000 && gap <= 5000, qPrintable(QStringLiteral("gap of %1 ms").arg(gap)));
        }
    }
    // Spread over the interval rather than all at the same moment.
    QVERIFY(firstReports.size() > fleet.size() / 2);
}

void TestFleetSimulator::fixedReportInterval()
{
    const qint64 start = wib(14);
    const QList<Unit> fleet = patrolFleet(*m_jakarta, 10, start);
    SimulatorOptions options;
    options.seed = 2;
    options.minReportIntervalMs = options.maxReportIntervalMs = 2000; // lintas-field --rate 2
    Run run(*m_jakarta, options, start);
    for (const Unit &unit : fleet)
        run.sim.updateUnit(unit);
    run.advance(start + 3 * kMinute, kSecond);
    QHash<QUuid, qint64> previous;
    for (const UnitFix &fix : std::as_const(run.sink.fixes)) {
        if (previous.contains(fix.unitId))
            QCOMPARE(fix.atMs - previous.value(fix.unitId), 2000);
        previous.insert(fix.unitId, fix.atMs);
    }
}

void TestFleetSimulator::sameSeedSameRun()
{
    const qint64 start = wib(17, 15);
    const QList<Unit> fleet = patrolFleet(*m_jakarta, 20, start);
    const auto runWith = [&](quint64 seed, qint64 step) {
        SimulatorOptions options;
        options.seed = seed;
        auto run = std::make_unique<Run>(*m_jakarta, options, start);
        for (const Unit &unit : fleet)
            run->sim.updateUnit(unit);
        run->advance(start + 5 * kMinute, step);
        return run->sink.fixes;
    };
    const UnitFixes first = runWith(99, 250);
    const UnitFixes again = runWith(99, 250);
    const UnitFixes otherSteps = runWith(99, 7 * kSecond);
    const UnitFixes otherSeed = runWith(100, 250);
    QVERIFY(first.size() > 100);
    QVERIFY(sameFixes(first, again));
    QVERIFY2(sameFixes(first, otherSteps), "how often the clock is read must not change the run");
    QVERIFY(!sameFixes(first, otherSeed));
}

void TestFleetSimulator::dispatchedUnitWorksTheIncident()
{
    const qint64 start = wib(9, 40);
    Unit unit = patrolFleet(*m_jakarta, 2, start).at(1); // an R4 of Polres Metro Jakarta Pusat's first Polsek
    QVERIFY(unit.kind == UnitKind::R4Patrol);
    SimulatorOptions options;
    options.seed = 42;
    options.speedup = 10.0; // the 5–20 minutes on scene take 30 s to 2 min
    Run run(*m_jakarta, options, start);
    run.sim.updateUnit(unit);
    run.advance(start + 30 * kSecond, kSecond);

    // An incident on a road 1.5–3 km from the unit.
    const geo::GeoPoint from{unit.latitude, unit.longitude};
    int node = -1;
    for (int candidate : m_jakarta->drivableNodesWithin(from.lat, from.lon, 3000.0)) {
        const geo::GeoPoint p = m_jakarta->graph().node(candidate);
        if (geo::distanceM(from.lat, from.lon, p.lat, p.lon) > 1500.0 && !m_jakarta->touchesMotorway(candidate)) {
            node = candidate;
            break;
        }
    }
    QVERIFY(node >= 0);
    Incident incident;
    incident.id = QUuid::createUuidV5(QUuid(), QStringLiteral("incident"));
    incident.typeCode = QStringLiteral("kecelakaan");
    incident.status = IncidentStatus::Dispatched;
    incident.latitude = m_jakarta->graph().node(node).lat + 0.0001;
    incident.longitude = m_jakarta->graph().node(node).lon;
    run.sim.updateIncident(incident);

    // A desk dispatches the unit: the store hands the simulator the unit as the pulled changes left it.
    const qint64 dispatchedAt = run.now;
    unit.status = UnitStatus::Dispatched;
    unit.incidentId = incident.id;
    run.sim.updateUnit(unit);

    // The store echoes every own move back a moment later, as StoreService does.
    qsizetype echoed = 0;
    const auto echo = [&] {
        for (; echoed < run.sink.all.size(); ++echoed) {
            const Change &change = run.sink.all[echoed];
            if (change.kind == ChangeKind::Transition && change.entity == EntityKind::Unit) {
                unit.status = unitStatusFromString(change.fields.value(QStringLiteral("to")).toString());
                run.sim.updateUnit(unit);
            } else if (change.kind == ChangeKind::Transition && change.entity == EntityKind::Incident) {
                incident.status = incidentStatusFromString(change.fields.value(QStringLiteral("to")).toString());
                run.sim.updateIncident(incident);
            }
        }
    };
    const auto statusOf = [&](const QString &to) {
        for (const Change &change : std::as_const(run.sink.all))
            if (change.entity == EntityKind::Unit && change.kind == ChangeKind::Transition &&
                change.fields.value(QStringLiteral("to")).toString() == to)
                return change.hlc.ms();
        return qint64(-1);
    };
    const qint64 deadline = run.now + 40 * kMinute;
    while (run.now < deadline && statusOf(QStringLiteral("on_patrol")) < 0) {
        run.advance(run.now + kSecond, kSecond);
        echo();
    }

    const qint64 enRouteAt = statusOf(QStringLiteral("en_route"));
    const qint64 onSceneAt = statusOf(QStringLiteral("on_scene"));
    const qint64 availableAt = statusOf(QStringLiteral("available"));
    QVERIFY2(enRouteAt > 0, "the crew never set off");
    QVERIFY2(enRouteAt - dispatchedAt >= 20 * kSecond && enRouteAt - dispatchedAt <= 61 * kSecond,
             qPrintable(QString::number(enRouteAt - dispatchedAt)));
    QVERIFY2(onSceneAt > enRouteAt, "the unit never arrived");
    QVERIFY2(availableAt > onSceneAt, "the unit never cleared");
    // 5–20 minutes on scene, ten times faster.
    QVERIFY2(availableAt - onSceneAt >= 30 * kSecond && availableAt - onSceneAt <= 121 * kSecond,
             qPrintable(QString::number(availableAt - onSceneAt)));
    QVERIFY2(statusOf(QStringLiteral("on_patrol")) > availableAt, "the patrol car did not resume its patrol");

    // The incident followed its unit, and was cleared when the unit left.
    const QList<QPair<QUuid, QString>> incidentMoves = transitions(run.sink.all, EntityKind::Incident);
    QCOMPARE(incidentMoves.size(), 3);
    QCOMPARE(incidentMoves[0].second, QStringLiteral("en_route"));
    QCOMPARE(incidentMoves[1].second, QStringLiteral("on_scene"));
    QCOMPARE(incidentMoves[2].second, QStringLiteral("cleared"));
    // Each status once: the echoes were recognised as the simulator's own.
    const QList<QPair<QUuid, QString>> unitMoves = transitions(run.sink.all, EntityKind::Unit);
    QStringList order;
    for (const auto &move : unitMoves)
        order.append(move.second);
    QCOMPARE(order, (QStringList{QStringLiteral("en_route"), QStringLiteral("on_scene"), QStringLiteral("available"),
                                 QStringLiteral("on_patrol")}));

    // It drove there: reports between en route and on scene move, and the last one is at the incident.
    UnitFix arrival;
    int drivingReports = 0;
    for (const UnitFix &fix : std::as_const(run.sink.fixes)) {
        if (fix.atMs > enRouteAt && fix.atMs < onSceneAt && fix.speedKmh > 0.0)
            ++drivingReports;
        if (fix.atMs >= onSceneAt && fix.atMs < availableAt)
            arrival = fix;
    }
    QVERIFY(drivingReports > 10);
    QVERIFY(arrival.atMs > 0);
    QCOMPARE(arrival.speedKmh, 0.0);
    QVERIFY2(geo::distanceM(arrival.latitude, arrival.longitude, incident.latitude, incident.longitude) < 50.0,
             qPrintable(describe(arrival)));
    // The arrival's position went to the store too.
    bool positionStored = false;
    for (const Change &change : std::as_const(run.sink.all))
        positionStored = positionStored || (change.entity == EntityKind::Unit && change.kind == ChangeKind::Set &&
                                            change.fields.contains(QStringLiteral("latitude")));
    QVERIFY(positionStored);
}

void TestFleetSimulator::recallBeforeSettingOff()
{
    const qint64 start = wib(13);
    Unit unit = patrolFleet(*m_jakarta, 1, start).at(0);
    SimulatorOptions options;
    options.seed = 8;
    Run run(*m_jakarta, options, start);
    run.sim.updateUnit(unit);
    Incident incident;
    incident.id = QUuid::createUuidV5(QUuid(), QStringLiteral("recalled"));
    incident.status = IncidentStatus::Dispatched;
    incident.latitude = unit.latitude + 0.01;
    incident.longitude = unit.longitude;
    run.sim.updateIncident(incident);
    unit.status = UnitStatus::Dispatched;
    unit.incidentId = incident.id;
    run.sim.updateUnit(unit);
    run.advance(start + 10 * kSecond, kSecond);
    // The desk recalls it before the crew answered.
    unit.status = UnitStatus::Available;
    unit.incidentId = QUuid();
    run.sim.updateUnit(unit);
    run.advance(start + 5 * kMinute, kSecond);
    QVERIFY2(run.sink.all.isEmpty(), "a recalled unit does not report en route");
}

void TestFleetSimulator::rosterGrowth()
{
    // The demo's 40 units, numbered per Polres and kind.
    QList<Unit> existing;
    const QStringList polres{QStringLiteral("JAKPUS"), QStringLiteral("JAKUT"), QStringLiteral("JAKBAR"),
                             QStringLiteral("JAKSEL"), QStringLiteral("JAKTIM")};
    for (int i = 0; i < 40; ++i) {
        Unit unit;
        unit.id = QUuid::createUuid();
        unit.callsign = QStringLiteral("%1-R2-%2").arg(polres[i % 5]).arg(i / 5 + 1, 2, 10, QLatin1Char('0'));
        unit.kind = UnitKind::R2Patrol;
        unit.stationCode = polres[i % 5];
        existing.append(unit);
    }
    RosterOptions options;
    options.target = 200;
    options.seed = 1234;
    options.nowMs = wib(8);
    const QList<Unit> added = planFleetGrowth(existing, options, m_jakarta.get());
    QCOMPARE(added.size(), 160);
    QCOMPARE(planFleetGrowth(existing + added, options, m_jakarta.get()).size(), 0);

    QSet<QString> callsigns;
    for (const Unit &unit : existing)
        callsigns.insert(unit.callsign);
    QHash<UnitKind, int> kinds;
    QSet<QString> stations;
    const StationDirectory &directory = StationDirectory::builtIn();
    for (const Unit &unit : added) {
        QVERIFY2(!callsigns.contains(unit.callsign), qPrintable(unit.callsign));
        callsigns.insert(unit.callsign);
        QVERIFY(!unit.id.isNull());
        QCOMPARE(uchar(unit.id.toRfc4122().at(6)) >> 4, 7); // a UUIDv7, time-ordered like the store's ids
        ++kinds[unit.kind];
        stations.insert(unit.stationCode);
        const auto polresOfUnit = directory.polresOf(unit.stationCode);
        QVERIFY2(polresOfUnit && polresOfUnit->parentCode == QLatin1String("PMJ"), qPrintable(unit.stationCode));
        QVERIFY(unit.callsign.startsWith(polresOfUnit->code + QLatin1Char('-')));
        QVERIFY(!unit.crew.isEmpty());
        QVERIFY(m_jakarta->distanceToNearestEdgeM(unit.latitude, unit.longitude) < 0.5);
    }
    // Numbering goes on after the taken numbers: eight R2 per Polres exist.
    QVERIFY(callsigns.contains(QStringLiteral("JAKPUS-R2-09")));
    QVERIFY(!callsigns.contains(QStringLiteral("JAKPUS-R2-00")));
    // Motorcycles and cars most, then the highway patrol, tow trucks and ambulances.
    QCOMPARE(kinds.value(UnitKind::R2Patrol), 64);
    QCOMPARE(kinds.value(UnitKind::R4Patrol), 48);
    QCOMPARE(kinds.value(UnitKind::HighwayPatrol), 16);
    QCOMPARE(kinds.value(UnitKind::TowTruck), 16);
    QCOMPARE(kinds.value(UnitKind::Ambulance), 16);
    QVERIFY(stations.size() >= 20); // spread over the Polsek of the five Polres

    // The same seed and time give the same units.
    const QList<Unit> again = planFleetGrowth(existing, options, m_jakarta.get());
    for (qsizetype i = 0; i < added.size(); ++i) {
        QCOMPARE(again[i].id, added[i].id);
        QCOMPARE(again[i].callsign, added[i].callsign);
        QVERIFY(again[i].status == added[i].status);
    }
    options.seed = 4321;
    QVERIFY(planFleetGrowth(existing, options, m_jakarta.get()).first().id != added.first().id);
}

QTEST_GUILESS_MAIN(TestFleetSimulator)
#include "tst_fleetsimulator.moc"
