#include <QTest>

#include "core/responsetimes.h"

using namespace lintas;

Q_DECLARE_METATYPE(lintas::Priority)
Q_DECLARE_METATYPE(lintas::TimerStage)
Q_DECLARE_METATYPE(lintas::TimerLevel)
Q_DECLARE_METATYPE(lintas::IncidentStatus)

// Response timers against the thresholds, with the clock injected as plain QDateTime readings: the defaults of
// every priority, the amber and red boundaries to the second, the stages, the settled incidents, the thresholds'
// fields and the tracker that reports each crossing once.
class TestResponseTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_data();
    void defaults();
    void boundaries_data();
    void boundaries();
    void stageChangesAtDispatchAndArrival();
    void settledIncidentsAreDone_data();
    void settledIncidentsAreDone();
    void reportInTheFuture();
    void fieldsRoundTrip();
    void fromFieldsKeepsDefaultsForMissingKeys();
    void fromFieldsRefuses_data();
    void fromFieldsRefuses();
    void fixedId();
    void trackerReportsACrossingOnce();
    void trackerResetsOnStageChange();
    void trackerForgetsClosedIncidents();
};

namespace {

const QDateTime kReported(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);

Incident openIncident(Priority priority,
                      const QUuid &id = QUuid::fromString(QStringLiteral("{0190c1a2-0000-7000-8000-000000000001}")))
{
    Incident incident;
    incident.id = id;
    incident.priority = priority;
    incident.status = IncidentStatus::Reported;
    incident.reportedAt = kReported;
    return incident;
}

QDateTime after(qint64 ms)
{
    return kReported.addMSecs(ms);
}

} // namespace

void TestResponseTimes::defaults_data()
{
    QTest::addColumn<Priority>("priority");
    QTest::addColumn<qint64>("dispatchS");
    QTest::addColumn<qint64>("onSceneS");
    QTest::newRow("P1") << Priority::P1 << qint64(2 * 60) << qint64(10 * 60);
    QTest::newRow("P2") << Priority::P2 << qint64(5 * 60) << qint64(20 * 60);
    QTest::newRow("P3") << Priority::P3 << qint64(15 * 60) << qint64(45 * 60);
    QTest::newRow("P4") << Priority::P4 << qint64(30 * 60) << qint64(90 * 60);
}

void TestResponseTimes::defaults()
{
    QFETCH(Priority, priority);
    QFETCH(qint64, dispatchS);
    QFETCH(qint64, onSceneS);
    const ResponseThresholds thresholds = ResponseThresholds::defaults();
    QCOMPARE(thresholds.of(priority).dispatchS, dispatchS);
    QCOMPARE(thresholds.of(priority).onSceneS, onSceneS);
    QCOMPARE(thresholds.amberShare(), 0.75);

    // A fresh report waits for its dispatch with the whole limit ahead.
    const IncidentTimers fresh = timersFor(openIncident(priority), thresholds, kReported);
    QCOMPARE(fresh.stage, TimerStage::Dispatch);
    QCOMPARE(fresh.limitS, dispatchS);
    QCOMPARE(fresh.remainingS, dispatchS);
    QCOMPARE(fresh.level, TimerLevel::Normal);
    QCOMPARE(fresh.sinceReportedS, qint64(0));
    QCOMPARE(fresh.sinceDispatchedS, qint64(-1));
    QCOMPARE(fresh.sinceArrivalS, qint64(-1));
}

void TestResponseTimes::boundaries_data()
{
    QTest::addColumn<bool>("dispatched");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<TimerLevel>("level");
    QTest::addColumn<qint64>("remainingS");

    // P1, dispatch within 120 s: amber from 90 s (0.75 of the limit), red once past 120 s.
    QTest::newRow("dispatch, just before amber") << false << qint64(89'999) << TimerLevel::Normal << qint64(30);
    QTest::newRow("dispatch, amber exactly") << false << qint64(90'000) << TimerLevel::Amber << qint64(30);
    QTest::newRow("dispatch, at the limit") << false << qint64(120'000) << TimerLevel::Amber << qint64(0);
    QTest::newRow("dispatch, just past the limit") << false << qint64(120'001) << TimerLevel::Red << qint64(-1);
    QTest::newRow("dispatch, a minute over") << false << qint64(180'000) << TimerLevel::Red << qint64(-60);
    // P1, on scene within 600 s of the report: amber from 450 s.
    QTest::newRow("on scene, just before amber") << true << qint64(449'999) << TimerLevel::Normal << qint64(150);
    QTest::newRow("on scene, amber exactly") << true << qint64(450'000) << TimerLevel::Amber << qint64(150);
    QTest::newRow("on scene, at the limit") << true << qint64(600'000) << TimerLevel::Amber << qint64(0);
    QTest::newRow("on scene, just past the limit") << true << qint64(600'001) << TimerLevel::Red << qint64(-1);
}

void TestResponseTimes::boundaries()
{
    QFETCH(bool, dispatched);
    QFETCH(qint64, elapsedMs);
    QFETCH(TimerLevel, level);
    QFETCH(qint64, remainingS);

    Incident incident = openIncident(Priority::P1);
    if (dispatched) {
        incident.status = IncidentStatus::Dispatched;
        incident.firstDispatchedAt = after(60'000);
    }
    const IncidentTimers timers = timersFor(incident, ResponseThresholds::defaults(), after(elapsedMs));
    QCOMPARE(timers.stage, dispatched ? TimerStage::OnScene : TimerStage::Dispatch);
    QCOMPARE(timers.limitS, dispatched ? qint64(600) : qint64(120));
    QCOMPARE(timers.level, level);
    QCOMPARE(timers.remainingS, remainingS);
    QCOMPARE(timers.overdue(), level == TimerLevel::Red);
    QCOMPARE(timers.sinceReportedS, elapsedMs / 1000);
}

void TestResponseTimes::stageChangesAtDispatchAndArrival()
{
    Incident incident = openIncident(Priority::P2);
    const ResponseThresholds thresholds = ResponseThresholds::defaults();
    // Red for want of a dispatch (P2: 5 min)...
    QCOMPARE(timersFor(incident, thresholds, after(6 * 60'000)).level, TimerLevel::Red);

    // ...then dispatched at 6 min: the clock now runs towards the on-scene limit (20 min from the report).
    incident.status = IncidentStatus::Dispatched;
    incident.firstDispatchedAt = after(6 * 60'000);
    IncidentTimers timers = timersFor(incident, thresholds, after(7 * 60'000));
    QCOMPARE(timers.stage, TimerStage::OnScene);
    QCOMPARE(timers.level, TimerLevel::Normal);
    QCOMPARE(timers.limitS, qint64(20 * 60));
    QCOMPARE(timers.remainingS, qint64(13 * 60));
    QCOMPARE(timers.sinceDispatchedS, qint64(60));
    QCOMPARE(timers.sinceArrivalS, qint64(-1));

    // A unit recalled sends the incident back to reported; it was dispatched once, so it still waits on scene.
    incident.status = IncidentStatus::Reported;
    QCOMPARE(timersFor(incident, thresholds, after(8 * 60'000)).stage, TimerStage::OnScene);

    // On scene at 18 min: done, the clocks keep counting for the display.
    incident.status = IncidentStatus::OnScene;
    incident.firstArrivalAt = after(18 * 60'000);
    timers = timersFor(incident, thresholds, after(40 * 60'000));
    QCOMPARE(timers.stage, TimerStage::Done);
    QCOMPARE(timers.level, TimerLevel::Normal);
    QCOMPARE(timers.limitS, qint64(0));
    QCOMPARE(timers.sinceReportedS, qint64(40 * 60));
    QCOMPARE(timers.sinceDispatchedS, qint64(34 * 60));
    QCOMPARE(timers.sinceArrivalS, qint64(22 * 60));
}

void TestResponseTimes::settledIncidentsAreDone_data()
{
    QTest::addColumn<IncidentStatus>("status");
    QTest::newRow("cleared") << IncidentStatus::Cleared;
    QTest::newRow("closed") << IncidentStatus::Closed;
}

void TestResponseTimes::settledIncidentsAreDone()
{
    QFETCH(IncidentStatus, status);
    // Closed as a false report without any unit, long past every limit: nothing is overdue.
    Incident incident = openIncident(Priority::P1);
    incident.status = status;
    const IncidentTimers timers = timersFor(incident, ResponseThresholds::defaults(), after(3'600'000));
    QCOMPARE(timers.stage, TimerStage::Done);
    QCOMPARE(timers.level, TimerLevel::Normal);
    QVERIFY(!timers.overdue());
}

void TestResponseTimes::reportInTheFuture()
{
    // Another desk's clock ran ahead: the report counts as just made, never as negative time.
    const IncidentTimers timers =
        timersFor(openIncident(Priority::P1), ResponseThresholds::defaults(), kReported.addSecs(-30));
    QCOMPARE(timers.sinceReportedS, qint64(0));
    QCOMPARE(timers.remainingS, qint64(120));
    QCOMPARE(timers.level, TimerLevel::Normal);
}

void TestResponseTimes::fieldsRoundTrip()
{
    ResponseThresholds thresholds = ResponseThresholds::defaults();
    thresholds.set(Priority::P3, {600, 1800});
    thresholds.setAmberShare(0.5);
    const QVariantMap fields = thresholds.toFields();
    QCOMPARE(fields.size(), 9);
    QCOMPARE(fields.value(QStringLiteral("p3_dispatch_s")).toLongLong(), 600);
    QCOMPARE(fields.value(QStringLiteral("p3_on_scene_s")).toLongLong(), 1800);
    QCOMPARE(fields.value(QStringLiteral("p1_on_scene_s")).toLongLong(), 600);
    QCOMPARE(fields.value(QStringLiteral("amber_share")).toDouble(), 0.5);
    QString error;
    const auto parsed = ResponseThresholds::fromFields(fields, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, thresholds);

    // As the fields come back from JSON: numbers as doubles, or text.
    QVariantMap fromJson;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        fromJson.insert(it.key(), it.value().toDouble());
    fromJson.insert(QStringLiteral("p2_dispatch_s"), QStringLiteral("300"));
    QCOMPARE(ResponseThresholds::fromFields(fromJson).value(), thresholds);
}

void TestResponseTimes::fromFieldsKeepsDefaultsForMissingKeys()
{
    const auto parsed = ResponseThresholds::fromFields(
        {{QStringLiteral("p1_dispatch_s"), 60}, {QStringLiteral("station_code"), QStringLiteral("PMJ")}});
    QVERIFY(parsed);
    QCOMPARE(parsed->of(Priority::P1), (ResponseThreshold{60, 600}));
    QCOMPARE(parsed->of(Priority::P4), ResponseThresholds::defaults().of(Priority::P4));
    QCOMPARE(parsed->amberShare(), 0.75);
    QCOMPARE(ResponseThresholds::fromFields({}).value(), ResponseThresholds::defaults());
}

void TestResponseTimes::fromFieldsRefuses_data()
{
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("namedKey");

    QTest::newRow("zero") << QVariantMap{{QStringLiteral("p2_dispatch_s"), 0}} << "p2_dispatch_s";
    QTest::newRow("negative") << QVariantMap{{QStringLiteral("p3_on_scene_s"), -5}} << "p3_on_scene_s";
    QTest::newRow("fraction") << QVariantMap{{QStringLiteral("p1_dispatch_s"), 90.5}} << "p1_dispatch_s";
    QTest::newRow("text") << QVariantMap{{QStringLiteral("p4_dispatch_s"), QStringLiteral("soon")}} << "p4_dispatch_s";
    QTest::newRow("over a week") << QVariantMap{{QStringLiteral("p4_on_scene_s"), 8 * 24 * 3600}} << "p4_on_scene_s";
    QTest::newRow("on scene before dispatch")
        << QVariantMap{{QStringLiteral("p1_dispatch_s"), 300}, {QStringLiteral("p1_on_scene_s"), 240}}
        << "p1_on_scene_s";
    QTest::newRow("dispatch past the default on scene")
        << QVariantMap{{QStringLiteral("p2_dispatch_s"), 1500}} << "p2_on_scene_s";
    QTest::newRow("amber zero") << QVariantMap{{QStringLiteral("amber_share"), 0.0}} << "amber_share";
    QTest::newRow("amber one") << QVariantMap{{QStringLiteral("amber_share"), 1.0}} << "amber_share";
    QTest::newRow("amber text") << QVariantMap{{QStringLiteral("amber_share"), QStringLiteral("half")}}
                                << "amber_share";
}

void TestResponseTimes::fromFieldsRefuses()
{
    QFETCH(QVariantMap, fields);
    QFETCH(QString, namedKey);
    QString error;
    QVERIFY(!ResponseThresholds::fromFields(fields, &error));
    QVERIFY2(error.contains(namedKey), qPrintable(error));
}

void TestResponseTimes::fixedId()
{
    // Every desk and server must derive the same id, and it must be a name-based (v5) UUID.
    QCOMPARE(responseThresholdsId(), responseThresholdsId());
    QVERIFY(!responseThresholdsId().isNull());
    QCOMPARE(responseThresholdsId().version(), QUuid::Sha1);
    QCOMPARE(responseThresholdsId().toString(QUuid::WithoutBraces),
             QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c0b5e-3a2d-4e7b-9c41-8d2f0a6b7e13}")),
                                 QStringLiteral("lintas:response_thresholds"))
                 .toString(QUuid::WithoutBraces));
}

void TestResponseTimes::trackerReportsACrossingOnce()
{
    OverdueTracker tracker;
    const ResponseThresholds thresholds = ResponseThresholds::defaults();
    const Incident p1 = openIncident(Priority::P1);
    const Incident p4 =
        openIncident(Priority::P4, QUuid::fromString(QStringLiteral("{0190c1a2-0000-7000-8000-000000000004}")));

    QVERIFY(tracker.update({p1, p4}, thresholds, after(30'000)).isEmpty());
    QCOMPARE(tracker.levelOf(p1.id), TimerLevel::Normal);

    auto crossings = tracker.update({p1, p4}, thresholds, after(90'000));
    QCOMPARE(crossings.size(), 1);
    QCOMPARE(crossings.at(0).incidentId, p1.id);
    QCOMPARE(crossings.at(0).stage, TimerStage::Dispatch);
    QCOMPARE(crossings.at(0).level, TimerLevel::Amber);
    QVERIFY(tracker.update({p1, p4}, thresholds, after(100'000)).isEmpty()); // still amber: nothing new
    QCOMPARE(tracker.overdueCount(), 0);

    crossings = tracker.update({p1, p4}, thresholds, after(121'000));
    QCOMPARE(crossings.size(), 1);
    QCOMPARE(crossings.at(0).level, TimerLevel::Red);
    QCOMPARE(tracker.overdueCount(), 1);
    QCOMPARE(tracker.levelOf(p1.id), TimerLevel::Red);
    for (int tick = 122; tick < 200; ++tick)
        QVERIFY(tracker.update({p1, p4}, thresholds, after(tick * 1000)).isEmpty());

    // A relaxed threshold lowers the level; tightening it again is not a second crossing.
    ResponseThresholds relaxed = thresholds;
    relaxed.set(Priority::P1, {600, 1200});
    QVERIFY(tracker.update({p1, p4}, relaxed, after(200'000)).isEmpty());
    QCOMPARE(tracker.overdueCount(), 0);
    QVERIFY(tracker.update({p1, p4}, thresholds, after(201'000)).isEmpty());
    QCOMPARE(tracker.overdueCount(), 1);

    // Seen first when already red (a desk starting up): one crossing, straight to red.
    OverdueTracker late;
    crossings = late.update({p1}, thresholds, after(300'000));
    QCOMPARE(crossings.size(), 1);
    QCOMPARE(crossings.at(0).level, TimerLevel::Red);
}

void TestResponseTimes::trackerResetsOnStageChange()
{
    OverdueTracker tracker;
    const ResponseThresholds thresholds = ResponseThresholds::defaults();
    Incident incident = openIncident(Priority::P1);
    QCOMPARE(tracker.update({incident}, thresholds, after(130'000)).size(), 1); // red: no dispatch in 2 min

    // Dispatched: the on-scene stage starts from Normal and rings again for its own amber and red.
    incident.status = IncidentStatus::Dispatched;
    incident.firstDispatchedAt = after(140'000);
    QVERIFY(tracker.update({incident}, thresholds, after(141'000)).isEmpty());
    QCOMPARE(tracker.overdueCount(), 0);
    auto crossings = tracker.update({incident}, thresholds, after(460'000));
    QCOMPARE(crossings.size(), 1);
    QCOMPARE(crossings.at(0).stage, TimerStage::OnScene);
    QCOMPARE(crossings.at(0).level, TimerLevel::Amber);
    crossings = tracker.update({incident}, thresholds, after(601'000));
    QCOMPARE(crossings.size(), 1);
    QCOMPARE(crossings.at(0).stage, TimerStage::OnScene);
    QCOMPARE(crossings.at(0).level, TimerLevel::Red);

    // Arrived: done, nothing overdue, nothing to report.
    incident.status = IncidentStatus::OnScene;
    incident.firstArrivalAt = after(700'000);
    QVERIFY(tracker.update({incident}, thresholds, after(701'000)).isEmpty());
    QCOMPARE(tracker.overdueCount(), 0);
    QCOMPARE(tracker.levelOf(incident.id), TimerLevel::Normal);
}

void TestResponseTimes::trackerForgetsClosedIncidents()
{
    OverdueTracker tracker;
    const ResponseThresholds thresholds = ResponseThresholds::defaults();
    const Incident incident = openIncident(Priority::P1);
    QCOMPARE(tracker.update({incident}, thresholds, after(130'000)).size(), 1);
    QCOMPARE(tracker.overdueCount(), 1);
    // No longer among the open incidents: it no longer counts.
    QVERIFY(tracker.update({}, thresholds, after(131'000)).isEmpty());
    QCOMPARE(tracker.overdueCount(), 0);
    QCOMPARE(tracker.levelOf(incident.id), TimerLevel::Normal);

    // forget() drops it at once, so that a reopened incident rings again.
    QCOMPARE(tracker.update({incident}, thresholds, after(132'000)).size(), 1);
    tracker.forget(incident.id);
    QCOMPARE(tracker.overdueCount(), 0);
    QCOMPARE(tracker.update({incident}, thresholds, after(133'000)).size(), 1);
}

QTEST_GUILESS_MAIN(TestResponseTimes)
#include "tst_responsetimes.moc"
