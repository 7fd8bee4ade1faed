// Arrival by position: a unit sent to an incident that comes within the arrival radius of it has arrived.
#include <QTest>

#include "analytics/arrivalwatch.h"
#include "geo/geodesy.h"

using namespace lintas;
using namespace lintas::analytics;

namespace {

// Bundaran HI; one degree of latitude is about 111.2 km, so 0.0001° is about 11 m.
constexpr double kLat = -6.1950;
constexpr double kLon = 106.8231;

Incident incident(const QString &number, double lat = kLat, double lon = kLon)
{
    Incident i;
    i.id = QUuid::createUuidV5(QUuid(), number);
    i.number = number;
    i.latitude = lat;
    i.longitude = lon;
    i.status = IncidentStatus::Dispatched;
    return i;
}

// A unit `metresNorth` of the incident's position (negative: south), working `incidentId`.
Unit unit(const QString &callsign, UnitStatus status, const QUuid &incidentId, double metresNorth)
{
    Unit u;
    u.id = QUuid::createUuidV5(QUuid(), callsign);
    u.callsign = callsign;
    u.status = status;
    u.incidentId = incidentId;
    u.latitude = kLat + metresNorth / 111195.0;
    u.longitude = kLon;
    u.positionAt = QDateTime::currentDateTimeUtc();
    return u;
}

} // namespace

class TestArrivalWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrivals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("toThisIncident");
        QTest::addColumn<double>("metres");
        QTest::addColumn<double>("radius");
        QTest::addColumn<bool>("arrived");

        const auto row = [](const char *name, UnitStatus status, bool toThis, double metres, double radius,
                            bool arrived) {
            QTest::newRow(name) << int(status) << toThis << metres << radius << arrived;
        };
        const double r = kDefaultArrivalRadiusM;
        row("dispatched, within the radius", UnitStatus::Dispatched, true, 40, r, true);
        row("en route, within the radius", UnitStatus::EnRoute, true, -60, r, true);
        row("just inside the radius", UnitStatus::EnRoute, true, r - 1, r, true);
        row("just outside the radius", UnitStatus::EnRoute, true, r + 1, r, false);
        row("far away", UnitStatus::EnRoute, true, 2500, r, false);
        row("a wider radius", UnitStatus::EnRoute, true, 150, 200, true);
        row("a narrower radius", UnitStatus::EnRoute, true, 40, 25, false);
        row("sent to another incident", UnitStatus::EnRoute, false, 10, r, false);
        row("already on scene", UnitStatus::OnScene, true, 10, r, false);
        row("on patrol passing by", UnitStatus::OnPatrol, true, 10, r, false);
        row("available passing by", UnitStatus::Available, true, 10, r, false);
        row("busy", UnitStatus::Busy, true, 10, r, false);
    }

    void arrivals()
    {
        QFETCH(int, status);
        QFETCH(bool, toThisIncident);
        QFETCH(double, metres);
        QFETCH(double, radius);
        QFETCH(bool, arrived);

        const Incident here = incident(QStringLiteral("JAKPUS-20240312-0001"));
        const Incident elsewhere = incident(QStringLiteral("JAKPUS-20240312-0002"), kLat + 0.05, kLon);
        const Unit u =
            unit(QStringLiteral("JAKPUS-R4-01"), UnitStatus(status), toThisIncident ? here.id : elsewhere.id, metres);
        const QList<PositionArrival> found = arrivalsByPosition({here, elsewhere}, {u}, radius);
        QCOMPARE(found.size(), arrived ? 1 : 0);
        if (arrived) {
            QCOMPARE(found.first().unitId, u.id);
            QCOMPARE(found.first().incidentId, here.id);
            QVERIFY(qAbs(found.first().distanceM - qAbs(metres)) < 1.0);
            QCOMPARE(found.first().distanceM, geo::distanceM(u.latitude, u.longitude, here.latitude, here.longitude));
        }
    }

    void severalUnitsAndIncidents()
    {
        const Incident a = incident(QStringLiteral("A"));
        const Incident b = incident(QStringLiteral("B"), kLat + 0.01, kLon); // about 1.1 km north
        Unit toA = unit(QStringLiteral("U1"), UnitStatus::EnRoute, a.id, 30);
        Unit toB = unit(QStringLiteral("U2"), UnitStatus::Dispatched, b.id, 0);
        toB.latitude = b.latitude + 20 / 111195.0;
        Unit toBButAtA = unit(QStringLiteral("U3"), UnitStatus::EnRoute, b.id, 5);
        const QList<PositionArrival> found = arrivalsByPosition({a, b}, {toA, toB, toBButAtA});
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).unitId, toA.id);
        QCOMPARE(found.at(0).incidentId, a.id);
        QCOMPARE(found.at(1).unitId, toB.id);
        QCOMPARE(found.at(1).incidentId, b.id);
    }

    void nothingWithoutPositions()
    {
        Incident noPlace = incident(QStringLiteral("C"));
        noPlace.latitude = std::nan("");
        noPlace.longitude = std::nan("");
        const Unit toNoPlace = unit(QStringLiteral("U1"), UnitStatus::EnRoute, noPlace.id, 0);
        QVERIFY(arrivalsByPosition({noPlace}, {toNoPlace}).isEmpty());

        const Incident here = incident(QStringLiteral("D"));
        Unit lost = unit(QStringLiteral("U2"), UnitStatus::EnRoute, here.id, 0);
        lost.latitude = std::nan("");
        lost.longitude = std::nan("");
        QVERIFY(arrivalsByPosition({here}, {lost}).isEmpty());
    }

    void aClosedIncidentIsNotArrivedAt()
    {
        Incident closed = incident(QStringLiteral("E"));
        closed.status = IncidentStatus::Closed;
        const Unit u = unit(QStringLiteral("U1"), UnitStatus::EnRoute, closed.id, 5);
        QVERIFY(arrivalsByPosition({closed}, {u}).isEmpty());
        closed.status = IncidentStatus::OnScene;
        QCOMPARE(arrivalsByPosition({closed}, {u}).size(), 1);
    }

    // The incident a unit works must be among those given: the watch never guesses.
    void unknownIncident()
    {
        const Incident here = incident(QStringLiteral("F"));
        const Unit u =
            unit(QStringLiteral("U1"), UnitStatus::EnRoute, QUuid::createUuidV5(QUuid(), QStringLiteral("G")), 0);
        QVERIFY(arrivalsByPosition({here}, {u}).isEmpty());
        QVERIFY(arrivalsByPosition({}, {u}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArrivalWatch)
#include "tst_arrivalwatch.moc"
