// The dispatch advisor on the Jakarta demo map: units ranked by road travel time to an incident, routes for the
// first few, answers on the advisor's thread, newer requests superseding queued ones, and honest errors
// without a map or off the road network.
#include <algorithm>
#include <optional>

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "analytics/dispatchadvisor.h"
#include "geo/geodesy.h"

using namespace lintas;
using namespace lintas::analytics;

namespace {

constexpr int kWaitMs = 60000; // loading the map in a debug build under a full test run

// 10:30 WIB on a Tuesday: outside the peak hours.
const QDateTime kOffPeak = QDateTime(QDate(2024, 3, 12), QTime(3, 30), Qt::UTC);

Incident incidentAt(const QString &number, const QString &type, double lat, double lon)
{
    Incident i;
    i.id = QUuid::createUuidV5(QUuid(), number);
    i.number = number;
    i.typeCode = type;
    i.priority = Priority::P1;
    i.latitude = lat;
    i.longitude = lon;
    i.reportedAt = kOffPeak;
    return i;
}

// Jl. M.H. Thamrin by Sarinah, central Jakarta.
Incident thamrin(const QString &number = QStringLiteral("JAKPUS-20240312-0001"))
{
    return incidentAt(number, QStringLiteral("kecelakaan"), -6.1872, 106.8230);
}

Unit unitAt(const QString &callsign, UnitKind kind, UnitStatus status, double lat, double lon,
            const QDateTime &positionAt = kOffPeak.addSecs(-20))
{
    Unit u;
    u.id = QUuid::createUuidV5(QUuid(), callsign);
    u.callsign = callsign;
    u.kind = kind;
    u.status = status;
    u.latitude = lat;
    u.longitude = lon;
    u.positionAt = positionAt;
    return u;
}

// Patrol cars on real roads around the centre, and some that cannot be offered or routed.
QList<Unit> centralUnits()
{
    QList<Unit> units{
        unitAt(QStringLiteral("JAKPUS-R4-01"), UnitKind::R4Patrol, UnitStatus::Available, -6.1831842, 106.8257582),
        unitAt(QStringLiteral("JAKPUS-R4-02"), UnitKind::R4Patrol, UnitStatus::OnPatrol, -6.1803837, 106.8315301),
        unitAt(QStringLiteral("JAKPUS-R4-03"), UnitKind::R4Patrol, UnitStatus::Available, -6.1768444, 106.8157045),
        unitAt(QStringLiteral("JAKPUS-R4-04"), UnitKind::R4Patrol, UnitStatus::OnPatrol, -6.1739211, 106.8410413),
        unitAt(QStringLiteral("JAKPUS-R4-05"), UnitKind::R4Patrol, UnitStatus::Available, -6.1543846, 106.8176919),
        // Busy right next to the incident: never offered.
        unitAt(QStringLiteral("JAKPUS-R4-06"), UnitKind::R4Patrol, UnitStatus::Busy, -6.1870567, 106.8229544),
        // Out in Jakarta Bay: no road within reach.
        unitAt(QStringLiteral("JAKPUS-R4-08"), UnitKind::R4Patrol, UnitStatus::Available, -6.0900, 106.8400),
    };
    Unit noPosition;
    noPosition.id = QUuid::createUuidV5(QUuid(), QStringLiteral("JAKPUS-R4-07"));
    noPosition.callsign = QStringLiteral("JAKPUS-R4-07");
    noPosition.status = UnitStatus::Available;
    units.append(noPosition);
    return units;
}

const Recommendation *find(const RecommendationSet &set, const QString &callsign)
{
    for (const Recommendation &r : set.units)
        if (r.unit.callsign == callsign)
            return &r;
    return nullptr;
}

// Waits for the answer to one request, skipping others.
std::optional<RecommendationSet> answerTo(QSignalSpy &spy, int requestId)
{
    QDeadlineTimer deadline(kWaitMs);
    int seen = 0;
    while (!deadline.hasExpired()) {
        for (; seen < spy.size(); ++seen) {
            const auto set = spy.at(seen).at(0).value<RecommendationSet>();
            if (set.requestId == requestId)
                return set;
        }
        spy.wait(int(qMax<qint64>(1, qMin<qint64>(1000, deadline.remainingTime()))));
    }
    return std::nullopt;
}

} // namespace

class TestDispatchAdvisor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(LINTAS_DEMO_MAP)), LINTAS_DEMO_MAP);
        m_advisor = std::make_unique<DispatchAdvisor>();
        QSignalSpy ready(m_advisor.get(), &DispatchAdvisor::mapReady);
        QSignalSpy failed(m_advisor.get(), &DispatchAdvisor::mapFailed);
        QVERIFY(!m_advisor->isMapReady());
        m_advisor->setMapPackage(QStringLiteral(LINTAS_DEMO_MAP));
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() + failed.size() > 0, kWaitMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(ready.first().at(0).toInt() > 1000);
        QVERIFY(ready.first().at(1).toInt() > 1000);
        QVERIFY(m_advisor->isMapReady());
    }

    void cleanupTestCase() { m_advisor.reset(); }

    void rankedByRoadTravelTime()
    {
        QSignalSpy spy(m_advisor.get(), &DispatchAdvisor::recommended);
        const Incident incident = thamrin();
        const QList<Unit> units = centralUnits();
        const int request = m_advisor->recommend(incident, units, kOffPeak);
        const auto set = answerTo(spy, request);
        QVERIFY(set);
        QVERIFY2(set->error.isEmpty(), qPrintable(set->error));
        QVERIFY(set->routed);
        QCOMPARE(set->incidentId, incident.id);

        // The busy unit is left out; the one in the bay and the one without a position are last, without ETA.
        QVERIFY(!find(*set, QStringLiteral("JAKPUS-R4-06")));
        QCOMPARE(set->units.size(), qsizetype(7));
        QStringList unreached;
        for (const Recommendation &r : set->units.mid(5)) {
            QVERIFY(!r.hasEta());
            unreached << r.unit.callsign;
        }
        QCOMPARE(unreached, (QStringList{"JAKPUS-R4-07", "JAKPUS-R4-08"}));
        QVERIFY(find(*set, QStringLiteral("JAKPUS-R4-08"))->reason.endsWith(QLatin1String("no road route")));
        QVERIFY(find(*set, QStringLiteral("JAKPUS-R4-07"))->reason.endsWith(QLatin1String("no position")));

        // Fresh, suitable, free patrol cars: ranked by their road ETA alone.
        double previous = 0.0;
        for (int i = 0; i < 5; ++i) {
            const Recommendation &r = set->units.at(i);
            QCOMPARE(r.rank, i + 1);
            QVERIFY2(r.hasEta(), qPrintable(r.unit.callsign));
            QVERIFY(r.etaSeconds > 0.0);
            QVERIFY(r.etaSeconds >= previous);
            QCOMPARE(r.rankSeconds, r.etaSeconds);
            previous = r.etaSeconds;
            // By road, never shorter than the straight line (less the few metres snapping moves a point).
            const double straight =
                geo::distanceM(r.unit.latitude, r.unit.longitude, incident.latitude, incident.longitude);
            QVERIFY2(r.routeMeters + 60.0 >= straight, qPrintable(QStringLiteral("%1: %2 m by road, %3 m straight")
                                                                      .arg(r.unit.callsign)
                                                                      .arg(r.routeMeters)
                                                                      .arg(straight)));
        }
        QVERIFY(set->units.first().nearest);
        QVERIFY(set->units.first().reason.endsWith(QLatin1String("nearest by road")));

        // Routes for the first three, from the unit to the incident along the roads.
        QCOMPARE(set->routes.size(), qsizetype(3));
        for (int i = 0; i < 3; ++i) {
            const Recommendation &r = set->units.at(i);
            QVERIFY2(set->routes.contains(r.unit.id), qPrintable(r.unit.callsign));
            const QList<geo::GeoPoint> route = set->routes.value(r.unit.id);
            QVERIFY(route.size() >= 2);
            QVERIFY(geo::distanceM(route.first().lat, route.first().lon, r.unit.latitude, r.unit.longitude) < 60.0);
            QVERIFY(geo::distanceM(route.last().lat, route.last().lon, incident.latitude, incident.longitude) < 60.0);
            double length = 0.0;
            for (int p = 1; p < route.size(); ++p)
                length += geo::distanceM(route.at(p - 1).lat, route.at(p - 1).lon, route.at(p).lat, route.at(p).lon);
            QVERIFY2(
                qAbs(length - r.routeMeters) < 0.02 * r.routeMeters + 10.0,
                qPrintable(
                    QStringLiteral("%1: drawn %2 m, ranked %3 m").arg(r.unit.callsign).arg(length).arg(r.routeMeters)));
        }
    }

    void answerArrivesOnTheAdvisorsThread()
    {
        QThread *answeredOn = nullptr;
        int answers = 0;
        QObject context;
        connect(m_advisor.get(), &DispatchAdvisor::recommended, &context,
                [&answeredOn, &answers](const RecommendationSet &) {
                    answeredOn = QThread::currentThread();
                    ++answers;
                });
        m_advisor->recommend(thamrin(), centralUnits(), kOffPeak);
        // Not synchronously: recommend() returns before the work is done.
        QCOMPARE(answers, 0);
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, kWaitMs);
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(answeredOn, m_advisor->thread());
    }

    void routeCountIsConfigurable()
    {
        QSignalSpy spy(m_advisor.get(), &DispatchAdvisor::recommended);
        m_advisor->setRouteCount(1);
        const int request = m_advisor->recommend(thamrin(), centralUnits(), kOffPeak);
        m_advisor->setRouteCount(3);
        const auto set = answerTo(spy, request);
        QVERIFY(set);
        QCOMPARE(set->routes.size(), qsizetype(1));
        QVERIFY(set->routes.contains(set->units.first().unit.id));
    }

    void aNewerRequestSupersedesAQueuedOne()
    {
        // A second advisor, asked three times for one incident and once for another while its map is still
        // loading: the queued older request for the same incident is dropped unanswered.
        DispatchAdvisor advisor;
        QSignalSpy spy(&advisor, &DispatchAdvisor::recommended);
        advisor.setMapPackage(QStringLiteral(LINTAS_DEMO_MAP));
        const Incident a = thamrin(QStringLiteral("JAKPUS-20240312-0010"));
        const Incident b = thamrin(QStringLiteral("JAKPUS-20240312-0011"));
        const QList<Unit> units = centralUnits();
        const int a1 = advisor.recommend(a, units, kOffPeak);
        const int a2 = advisor.recommend(a, units, kOffPeak);
        const int b1 = advisor.recommend(b, units, kOffPeak);
        const int a3 = advisor.recommend(a, units, kOffPeak);
        QVERIFY(a1 < a2 && a2 < b1 && b1 < a3);
        QVERIFY(answerTo(spy, a3));
        // Requests are worked in order, so by now every earlier one was answered or dropped.
        QList<int> answered;
        for (const QList<QVariant> &signal : std::as_const(spy))
            answered << signal.at(0).value<RecommendationSet>().requestId;
        QCOMPARE(answered, (QList<int>{b1, a3}));
        for (const QList<QVariant> &signal : std::as_const(spy))
            QVERIFY(signal.at(0).value<RecommendationSet>().routed);
    }

    void theSearchStopsAtTheNearestUnits()
    {
        // Settling the nearest two is enough: the other reachable units are "farther than" the second, with no
        // ETA of their own; the ones off the network still have no road route.
        RankingRules rules = RankingRules::builtIn();
        rules.searchUnits = 2;
        m_advisor->setRules(rules);
        QSignalSpy spy(m_advisor.get(), &DispatchAdvisor::recommended);
        const auto set = answerTo(spy, m_advisor->recommend(thamrin(), centralUnits(), kOffPeak));
        m_advisor->setRules(RankingRules::builtIn());
        QVERIFY(set);
        QVERIFY2(set->error.isEmpty(), qPrintable(set->error));
        QList<double> etas;
        int beyond = 0;
        for (const Recommendation &r : set->units) {
            if (r.hasEta())
                etas << r.etaSeconds;
            if (r.warnings.contains(RecommendationWarning::BeyondSearch))
                ++beyond;
        }
        QCOMPARE(etas.size(), qsizetype(2));
        QCOMPARE(beyond, 3);
        const double farthest = std::max(etas.at(0), etas.at(1));
        for (const Recommendation &r : set->units)
            if (r.warnings.contains(RecommendationWarning::BeyondSearch))
                QCOMPARE(r.beyondSeconds, farthest);
        QVERIFY(set->units.first().hasEta());
        QVERIFY(find(*set, QStringLiteral("JAKPUS-R4-08"))->warnings.contains(RecommendationWarning::NoRoute));
    }

    void theSearchWidensWhenTheNearestCannotBeTrusted()
    {
        // The two nearest report stale positions: a unit beyond them might rank first, so every unit is searched.
        RankingRules rules = RankingRules::builtIn();
        rules.searchUnits = 2;
        m_advisor->setRules(rules);
        QList<Unit> units = centralUnits();
        for (Unit &unit : units)
            if (unit.callsign == QLatin1String("JAKPUS-R4-01") || unit.callsign == QLatin1String("JAKPUS-R4-02"))
                unit.positionAt = kOffPeak.addSecs(-600);
        QSignalSpy spy(m_advisor.get(), &DispatchAdvisor::recommended);
        const auto set = answerTo(spy, m_advisor->recommend(thamrin(), units, kOffPeak));
        m_advisor->setRules(RankingRules::builtIn());
        QVERIFY(set);
        int withEta = 0;
        for (const Recommendation &r : set->units) {
            QVERIFY(!r.warnings.contains(RecommendationWarning::BeyondSearch));
            withEta += r.hasEta() ? 1 : 0;
        }
        QCOMPARE(withEta, 5);
    }

    void aPjrFirstOnATollRoad()
    {
        // On the Jagorawi toll road; a patrol car, a PJR car and a motorcycle wait together on Jl. Mayjen Sutoyo.
        const Incident incident =
            incidentAt(QStringLiteral("JAKTIM-20240312-0001"), QStringLiteral("kecelakaan"), -6.2685911, 106.8727401);
        const QList<Unit> units{
            unitAt(QStringLiteral("JAKTIM-R4-01"), UnitKind::R4Patrol, UnitStatus::Available, -6.2561057, 106.8708514),
            unitAt(QStringLiteral("PMJ-PJR-01"), UnitKind::HighwayPatrol, UnitStatus::Available, -6.2561057,
                   106.8708514),
            unitAt(QStringLiteral("JAKTIM-R2-01"), UnitKind::R2Patrol, UnitStatus::Available, -6.2561057, 106.8708514),
        };
        QSignalSpy spy(m_advisor.get(), &DispatchAdvisor::recommended);
        const auto set = answerTo(spy, m_advisor->recommend(incident, units, kOffPeak));
        QVERIFY(set);
        QVERIFY2(set->error.isEmpty(), qPrintable(set->error));
        QCOMPARE(set->units.size(), qsizetype(3));
        const Recommendation &top = set->units.at(0);
        const Recommendation &second = set->units.at(1);
        QCOMPARE(top.unit.callsign, QStringLiteral("PMJ-PJR-01"));
        QVERIFY(top.fit == RankingRules::SuitabilityRow::Fit::Preferred);
        QVERIFY(top.hasEta());
        QCOMPARE(second.unit.callsign, QStringLiteral("JAKTIM-R4-01"));
        QCOMPARE(second.etaSeconds, top.etaSeconds); // same place, same car speeds: the preference decides
        // Motorcycles may not ride the toll road: no route, last, and no travel time.
        const Recommendation &motorcycle = set->units.at(2);
        QCOMPARE(motorcycle.unit.callsign, QStringLiteral("JAKTIM-R2-01"));
        QVERIFY(!motorcycle.hasEta());
        QVERIFY(motorcycle.warnings.contains(RecommendationWarning::NoRoute));
        QVERIFY(!set->routes.contains(motorcycle.unit.id));
    }

    // Motorcycles count as suited in dense traffic: the peak hours, or congestion whatever the hour.
    void denseTrafficPrefersMotorcycles_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("preferred");
        QTest::newRow("accident off peak") << "kecelakaan" << kOffPeak << false;
        QTest::newRow("accident at 07:30 WIB")
            << "kecelakaan" << QDateTime(QDate(2024, 3, 12), QTime(0, 30), Qt::UTC) << true;
        QTest::newRow("congestion off peak") << "kemacetan" << kOffPeak << true;
    }

    void denseTrafficPrefersMotorcycles()
    {
        QFETCH(QString, type);
        QFETCH(QDateTime, now);
        QFETCH(bool, preferred);
        Incident incident = thamrin();
        incident.typeCode = type;
        Unit r2 = unitAt(QStringLiteral("JAKPUS-R2-01"), UnitKind::R2Patrol, UnitStatus::Available, -6.1803837,
                         106.8315301, now.addSecs(-10));
        QSignalSpy spy(m_advisor.get(), &DispatchAdvisor::recommended);
        const auto set = answerTo(spy, m_advisor->recommend(incident, {r2}, now));
        QVERIFY(set);
        QCOMPARE(set->units.size(), qsizetype(1));
        QVERIFY(set->units.first().hasEta());
        QCOMPARE(set->units.first().fit == RankingRules::SuitabilityRow::Fit::Preferred, preferred);
    }

    // Travel times follow the hour of the request: the same drive takes longer in the morning peak than at night.
    void travelTimesFollowTheHour()
    {
        const QDateTime night(QDate(2024, 3, 12), QTime(19, 0), Qt::UTC);   // 02:00 WIB
        const QDateTime morning(QDate(2024, 3, 13), QTime(0, 30), Qt::UTC); // 07:30 WIB
        const Unit car =
            unitAt(QStringLiteral("JAKPUS-R4-05"), UnitKind::R4Patrol, UnitStatus::Available, -6.1543846, 106.8176919);
        QSignalSpy spy(m_advisor.get(), &DispatchAdvisor::recommended);
        Unit atNight = car;
        atNight.positionAt = night;
        const auto calm = answerTo(spy, m_advisor->recommend(thamrin(), {atNight}, night));
        Unit inTheMorning = car;
        inTheMorning.positionAt = morning;
        const auto busy = answerTo(spy, m_advisor->recommend(thamrin(), {inTheMorning}, morning));
        QVERIFY(calm && busy);
        QVERIFY(calm->units.first().hasEta() && busy->units.first().hasEta());
        QVERIFY2(busy->units.first().etaSeconds > calm->units.first().etaSeconds,
                 qPrintable(QStringLiteral("night %1 s, morning %2 s")
                                .arg(calm->units.first().etaSeconds)
                                .arg(busy->units.first().etaSeconds)));
    }

    void anIncidentOffTheRoadsIsAnError()
    {
        QSignalSpy spy(m_advisor.get(), &DispatchAdvisor::recommended);
        const Incident inTheBay =
            incidentAt(QStringLiteral("JAKUT-20240312-0001"), QStringLiteral("kecelakaan"), -6.0900, 106.8400);
        const auto set = answerTo(spy, m_advisor->recommend(inTheBay, centralUnits(), kOffPeak));
        QVERIFY(set);
        QVERIFY(!set->routed);
        QVERIFY(set->units.isEmpty());
        QVERIFY(set->routes.isEmpty());
        QVERIFY2(set->error.contains(QLatin1String("JAKUT-20240312-0001")), qPrintable(set->error));
        QVERIFY2(set->error.contains(QLatin1String("500 m")), qPrintable(set->error));

        Incident nowhere = thamrin(QStringLiteral("JAKPUS-20240312-0099"));
        nowhere.latitude = std::nan("");
        nowhere.longitude = std::nan("");
        const auto unplaced = answerTo(spy, m_advisor->recommend(nowhere, centralUnits(), kOffPeak));
        QVERIFY(unplaced);
        QVERIFY(!unplaced->routed);
        QVERIFY(unplaced->units.isEmpty());
        QVERIFY2(unplaced->error.contains(QLatin1String("JAKPUS-20240312-0099")), qPrintable(unplaced->error));
    }

    // Without a map nothing is presented as a travel time: an error instead.
    void withoutAMapNoTravelTimes()
    {
        DispatchAdvisor advisor;
        QSignalSpy spy(&advisor, &DispatchAdvisor::recommended);
        const auto set = answerTo(spy, advisor.recommend(thamrin(), centralUnits(), kOffPeak));
        QVERIFY(set);
        QVERIFY(!set->routed);
        QVERIFY(!set->error.isEmpty());
        QVERIFY(set->units.isEmpty());
        QVERIFY(set->routes.isEmpty());
    }

    void aMissingMapFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("nowhere.lintasmap"));
        DispatchAdvisor advisor;
        QSignalSpy failed(&advisor, &DispatchAdvisor::mapFailed);
        QSignalSpy ready(&advisor, &DispatchAdvisor::mapReady);
        QSignalSpy spy(&advisor, &DispatchAdvisor::recommended);
        advisor.setMapPackage(path);
        const int request = advisor.recommend(thamrin(), centralUnits(), kOffPeak);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
        QVERIFY2(failed.first().first().toString().contains(path), qPrintable(failed.first().first().toString()));
        QVERIFY(ready.isEmpty());
        QVERIFY(!advisor.isMapReady());
        const auto set = answerTo(spy, request);
        QVERIFY(set);
        QVERIFY(!set->routed);
        QVERIFY(!set->error.isEmpty());
        QVERIFY(set->units.isEmpty());
    }

    // Destroyed with work queued: it stops without answering and without hanging.
    void destroyedWithWorkQueued()
    {
        int answers = 0;
        QObject context;
        {
            DispatchAdvisor advisor;
            connect(&advisor, &DispatchAdvisor::recommended, &context, [&answers] { ++answers; });
            advisor.setMapPackage(QStringLiteral(LINTAS_DEMO_MAP));
            for (int i = 0; i < 5; ++i)
                advisor.recommend(thamrin(QStringLiteral("JAKPUS-20240312-%1").arg(100 + i)), centralUnits(), kOffPeak);
        }
        QCoreApplication::processEvents();
        QCOMPARE(answers, 0);
    }

private:
    std::unique_ptr<DispatchAdvisor> m_advisor;
};

QTEST_GUILESS_MAIN(TestDispatchAdvisor)
#include "tst_dispatchadvisor.moc"
