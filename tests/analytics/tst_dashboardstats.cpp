// The supervisors' dashboard figures over a hand-built store whose every answer is known: the hourly chart and
// its same-weekday average, incidents by type and sector, response times against the region's thresholds, open
// incidents by age, units by status over the shift, accidents and victims over 30 days, violations by article,
// the ETLE funnel; the station scope (Polda, Polres, Polsek), the period's boundaries, and the records behind
// every chart.
//
// The store's day is Friday 27 November 2026, "now" 10:20 WIB (03:20 UTC). Incidents and units are written in
// time order (their clocks are the changes' clocks); the cases after them, since a case may not occur in the
// future of its commit.

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include "analytics/dashboardstats.h"
#include "analytics/dashboardperiod.h"
#include "analytics/dashboardreads.h"
#include "core/casefactory.h"
#include "core/changefactory.h"
#include "core/uuidv7.h"
#include "store/casereader.h"
#include "store/sqlconnection.h"
#include "store/store.h"
#include "store/storereader.h"
#include "store/storeservice.h"

using namespace lintas;
using namespace lintas::analytics;

namespace {

const QTimeZone kWib(7 * 3600);
const QString kOfficer = QStringLiteral("87050123");
const QString kSupervisor = QStringLiteral("79120044");

QDateTime wib(int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, second), kWib);
}

qint64 wibMs(int month, int day, int hour, int minute, int second = 0)
{
    return wib(month, day, hour, minute, second).toMSecsSinceEpoch();
}

QString field(const char *name)
{
    return QLatin1String(name);
}

int countOf(const QList<LabelledCount> &counts, const QString &key)
{
    for (const LabelledCount &count : counts)
        if (count.key == key)
            return count.count;
    return 0;
}

QStringList keysOf(const QList<LabelledCount> &counts)
{
    QStringList keys;
    for (const LabelledCount &count : counts)
        keys << count.key;
    return keys;
}

QVector<int> hours(std::initializer_list<std::pair<int, int>> nonZero)
{
    QVector<int> out(24, 0);
    for (const auto &[hour, count] : nonZero)
        out[hour] = count;
    return out;
}

QVector<double> averages(std::initializer_list<std::pair<int, double>> nonZero)
{
    QVector<double> out(24, 0.0);
    for (const auto &[hour, value] : nonZero)
        out[hour] = value;
    return out;
}

// The counts of a sample, by status name, for readable comparisons: {"available": 3, "on_scene": 1}.
QMap<QString, int> byStatus(const UnitStatusSample &sample)
{
    QMap<QString, int> out;
    const QList<UnitStatus> statuses = allUnitStatuses();
    for (const UnitStatus status : statuses)
        if (const int n = sample.counts.value(int(status)); n > 0)
            out.insert(toString(status), n);
    return out;
}

} // namespace

class TestDashboardStats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    qint64 m_now = wibMs(9, 1, 8, 0);
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_changes;
    std::unique_ptr<CaseFactory> m_cases;
    QHash<QString, QUuid> m_id; // by the test's name for each record ("i3", "U2", "E4")

    const QDateTime kNow = wib(11, 27, 10, 20);

    // Moves the test's clock on; a step back would give changes clocks out of the story's order.
    bool advance(qint64 ms)
    {
        if (ms < m_now) {
            qWarning() << "the test writes out of time order at" << QDateTime::fromMSecsSinceEpoch(ms, kWib);
            return false;
        }
        m_now = ms;
        return true;
    }
    bool commit(const ChangeList &changes)
    {
        const CommitResult result = m_store->commitLocal(changes);
        if (!result.ok)
            qWarning() << result.error;
        return result.ok;
    }
    // Cases are committed after every incident, a second apart.
    bool commitCase(const ChangeList &changes) { return advance(m_now + 1000) && commit(changes); }

    Incident incident(const QString &name) const { return StoreReader(m_path).incident(m_id.value(name)).value(); }
    Unit unit(const QString &name) const { return StoreReader(m_path).unit(m_id.value(name)).value(); }
    CaseRecord record(const QString &name) const
    {
        const auto file = CaseReader(m_path).caseFile(m_id.value(name));
        return file ? file->record : CaseRecord();
    }

    bool addUnit(const QString &name, const QString &callsign, const QString &station, qint64 ms)
    {
        Unit unit;
        unit.id = QUuid::createUuid();
        unit.callsign = callsign;
        unit.kind = UnitKind::R4Patrol;
        unit.stationCode = station;
        unit.status = UnitStatus::Available;
        m_id.insert(name, unit.id);
        return advance(ms) && commit({m_changes->createUnit(unit)});
    }
    bool addIncident(const QString &name, const QString &station, const QString &type, Priority priority,
                     qint64 reportedMs)
    {
        IncidentDraft draft;
        draft.typeCode = type;
        draft.priority = priority;
        draft.road = QStringLiteral("Jalan %1").arg(name);
        draft.stationCode = station;
        draft.reportedAt = QDateTime::fromMSecsSinceEpoch(reportedMs, QTimeZone::utc());
        if (!advance(reportedMs))
            return false;
        QUuid id;
        const ChangeList changes = m_changes->createIncident(draft, &id);
        m_id.insert(name, id);
        return commit(changes);
    }
    // An incident of weeks past, closed a minute after its report.
    bool addPastIncident(const QString &name, const QString &station, qint64 reportedMs)
    {
        return addIncident(name, station, QStringLiteral("kemacetan"), Priority::P3, reportedMs) &&
               advance(reportedMs + 60'000) &&
               commit({m_changes->moveIncident(incident(name), IncidentStatus::Closed)});
    }
    bool dispatch(const QString &incidentName, const QString &unitName, qint64 ms)
    {
        return advance(ms) && commit(m_changes->dispatch(incident(incidentName), unit(unitName)));
    }
    bool arrive(const QString &unitName, const QString &incidentName, qint64 ms)
    {
        const Incident at = incident(incidentName);
        return advance(ms) && commit(m_changes->moveUnit(unit(unitName), UnitStatus::OnScene, &at));
    }
    bool clear(const QString &incidentName, qint64 ms)
    {
        return advance(ms) && commit(m_changes->clearIncident(incident(incidentName), StoreReader(m_path).units()));
    }

    QVariantMap violationData(const QDateTime &at, const QStringList &articles) const
    {
        QVariantMap data{{field(casefield::kOffenderName), QStringLiteral("Budi Santoso")},
                         {field(casefield::kOffenderNik), QStringLiteral("3171011505800001")},
                         {field(casefield::kPlate), QStringLiteral("B 1234 XYZ")},
                         {field(casefield::kVehicleKind), QStringLiteral("r2")},
                         {field(casefield::kOfficerNrp), kOfficer},
                         {field(casefield::kOccurredAt), at.toString(Qt::ISODate)},
                         {field(casefield::kPlace), QStringLiteral("Jl. Medan Merdeka Barat")},
                         {field(casefield::kOutcome), QStringLiteral("tilang")}};
        data.insert(m_cases->chargeFields(articles, ArticleCatalogue::builtIn()));
        return data;
    }
    QVariantMap etleData(const QDateTime &at, const QStringList &articles) const
    {
        QVariantMap data{{field(casefield::kCameraId), QStringLiteral("CAM-SUDIRMAN-03")},
                         {field(casefield::kPlateRead), QStringLiteral("D4455FG")},
                         {field(casefield::kOccurredAt), at.toString(Qt::ISODate)},
                         {field(casefield::kPlace), QStringLiteral("Bundaran Senayan")}};
        data.insert(m_cases->chargeFields(articles, ArticleCatalogue::builtIn()));
        return data;
    }
    QVariantMap accidentData(const QDateTime &at, const QStringList &conditions) const
    {
        QVariantList victims;
        for (const QString &condition : conditions)
            victims << QVariantMap{{QStringLiteral("name"), QStringLiteral("Korban")},
                                   {QStringLiteral("condition"), condition}};
        return {{field(casefield::kOccurredAt), at.toString(Qt::ISODate)},
                {field(casefield::kPlace), QStringLiteral("Jl. Gunung Sahari")},
                {field(casefield::kCollisionType), QStringLiteral("rear_end")},
                {field(casefield::kVictims), victims}};
    }
    bool addCase(const QString &name, CaseKind kind, const QString &station, const QVariantMap &data)
    {
        QUuid id;
        const Change create = m_cases->createCase(kind, station, data, &id);
        m_id.insert(name, id);
        return commitCase({create});
    }
    bool move(const QString &name, CaseState to, const QVariantMap &fields = {}, const QString &reason = {})
    {
        return commitCase({m_cases->moveCase(record(name), to, fields, reason)});
    }
    bool submit(const QString &name) { return commitCase({m_cases->submitCase(record(name))}); }
    bool voidCase(const QString &name)
    {
        const Change request = m_cases->requestVoid(m_id.value(name), QStringLiteral("Salah input"));
        if (!commitCase({request}))
            return false;
        m_changes->setActor(kSupervisor);
        const bool ok =
            commitCase({m_cases->decideVoid(m_id.value(name), request.opId, true, QStringLiteral("Disetujui"))});
        m_changes->setActor(kOfficer);
        return ok;
    }
    // An ETLE ticket from verification to the notice sent to its owner.
    bool noticeSent(const QString &name)
    {
        return submit(name) &&
               move(name, CaseState::Identified,
                    {{field(casefield::kOwnerName), QStringLiteral("Hendra Gunawan")},
                     {field(casefield::kOwnerNik), QStringLiteral("3273011203850003")}}) &&
               move(name, CaseState::NoticeSent);
    }

    DashboardFilter filterFor(const QString &station, const QDateTime &from = {}, const QDateTime &to = {}) const
    {
        DashboardFilter filter = DashboardFilter::today(kNow);
        filter.stationCode = station;
        if (from.isValid())
            filter.from = from;
        if (to.isValid())
            filter.to = to;
        return filter;
    }
    DashboardSnapshot compute(const DashboardFilter &filter) const
    {
        DashboardQuery query(m_path);
        DashboardSnapshot snapshot;
        QString error;
        if (!query.compute(filter, &snapshot, &error))
            qWarning() << "compute failed:" << error;
        return snapshot;
    }
    // The test's names of the records behind a chart's key, in the order given.
    QStringList drill(DrillDown::Chart chart, const QString &key, int bin = -1, int limit = 50,
                      const QString &station = {}) const
    {
        DrillDown drill;
        drill.chart = chart;
        drill.filter = filterFor(station);
        drill.key = key;
        drill.bin = bin;
        QString error;
        const QList<DrillRecord> records = DashboardQuery(m_path).records(drill, limit, &error);
        if (!error.isEmpty())
            return {QStringLiteral("error: ") + error};
        QStringList names;
        for (const DrillRecord &record : records)
            names << m_id.key(record.id, QStringLiteral("?"));
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        registerStoreMetaTypes();
        m_path = m_dir.filePath(QStringLiteral("dashboard.db"));
        m_store = std::make_unique<Store>(m_path, QStringLiteral("desk-a"));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        m_clock = std::make_unique<HybridClock>([this] { return m_now; });
        m_changes = std::make_unique<ChangeFactory>(QStringLiteral("desk-a"), kOfficer, m_clock.get());
        m_cases = std::make_unique<CaseFactory>(m_changes.get());

        // The region's thresholds: P1 on scene within 8 minutes; the others keep the defaults.
        ResponseThresholds thresholds = ResponseThresholds::defaults();
        thresholds.set(Priority::P1, {90, 480});
        QVERIFY(commit({m_changes->setResponseThresholds(thresholds, QStringLiteral("PMJ"), true)}));

        // Units: five from September, one (U6) joins at 08:00 on the day.
        QVERIFY(addUnit("U1", QStringLiteral("JAKPUS-R4-01"), QStringLiteral("JAKPUS"), wibMs(9, 1, 9, 0)));
        QVERIFY(addUnit("U2", QStringLiteral("JAKBAR-R4-01"), QStringLiteral("JAKBAR"), wibMs(9, 1, 9, 1)));
        QVERIFY(addUnit("U3", QStringLiteral("GAMBIR-R2-01"), QStringLiteral("JAKPUS-GAMBIR"), wibMs(9, 1, 9, 2)));
        QVERIFY(addUnit("U4", QStringLiteral("BANDUNG-R4-01"), QStringLiteral("BANDUNG"), wibMs(9, 1, 9, 3)));
        QVERIFY(addUnit("U5", QStringLiteral("JAKPUS-R4-05"), QStringLiteral("JAKPUS"), wibMs(9, 1, 9, 4)));

        // Fridays past: nine weeks ago (outside the average), eight weeks ago (inside), two and one week ago,
        // and Thursday (not the same weekday).
        QVERIFY(addPastIncident("p9", QStringLiteral("JAKPUS"), wibMs(9, 25, 8, 0)));
        QVERIFY(addPastIncident("p10", QStringLiteral("JAKPUS"), wibMs(9, 25, 8, 1)));
        QVERIFY(addPastIncident("p5", QStringLiteral("JAKPUS-GAMBIR"), wibMs(10, 2, 9, 0)));
        QVERIFY(addPastIncident("p6", QStringLiteral("JAKPUS-GAMBIR"), wibMs(10, 2, 9, 15)));
        QVERIFY(addPastIncident("p7", QStringLiteral("JAKPUS-GAMBIR"), wibMs(10, 2, 9, 30)));
        QVERIFY(addPastIncident("p8", QStringLiteral("JAKPUS-GAMBIR"), wibMs(10, 2, 9, 45)));
        QVERIFY(addPastIncident("p4", QStringLiteral("JAKBAR"), wibMs(11, 13, 8, 10)));
        QVERIFY(addPastIncident("p1", QStringLiteral("JAKPUS"), wibMs(11, 20, 8, 5)));
        QVERIFY(addPastIncident("p2", QStringLiteral("JAKPUS"), wibMs(11, 20, 8, 20)));
        QVERIFY(addPastIncident("p3", QStringLiteral("JAKPUS"), wibMs(11, 20, 8, 40)));
        QVERIFY(addPastIncident("p14", QStringLiteral("JAKPUS"), wibMs(11, 26, 8, 0)));

        const QString kecelakaan = QStringLiteral("kecelakaan");
        const QString kemacetan = QStringLiteral("kemacetan");
        const QString lainnya = QStringLiteral("lainnya");
        // i7, late yesterday, still worked at "now" (U1 on scene since 00:30).
        QVERIFY(addIncident("i7", QStringLiteral("JAKPUS"), kecelakaan, Priority::P1, wibMs(11, 26, 23, 50)));
        QVERIFY(dispatch("i7", "U1", wibMs(11, 26, 23, 55)));
        // i0, exactly at midnight: U3 arrives after 70 minutes (the open-ended bin); cleared at 01:30.
        QVERIFY(addIncident("i0", QStringLiteral("JAKUT"), lainnya, Priority::P3, wibMs(11, 27, 0, 0)));
        QVERIFY(dispatch("i0", "U3", wibMs(11, 27, 0, 5)));
        // i1: U2 on scene after 12 minutes, cleared at 00:50.
        QVERIFY(addIncident("i1", QStringLiteral("JAKPUS"), kecelakaan, Priority::P1, wibMs(11, 27, 0, 10)));
        QVERIFY(dispatch("i1", "U2", wibMs(11, 27, 0, 12)));
        QVERIFY(arrive("U2", "i1", wibMs(11, 27, 0, 22)));
        QVERIFY(arrive("U1", "i7", wibMs(11, 27, 0, 30)));
        QVERIFY(clear("i1", wibMs(11, 27, 0, 50)));
        QVERIFY(arrive("U3", "i0", wibMs(11, 27, 1, 10)));
        QVERIFY(clear("i0", wibMs(11, 27, 1, 30)));
        // i2 in Gambir: U3 dispatched before the shift, on scene after 10 minutes, into the shift.
        QVERIFY(addIncident("i2", QStringLiteral("JAKPUS-GAMBIR"), kemacetan, Priority::P2, wibMs(11, 27, 6, 55)));
        QVERIFY(dispatch("i2", "U3", wibMs(11, 27, 6, 58)));
        QVERIFY(arrive("U3", "i2", wibMs(11, 27, 7, 5)));
        QVERIFY(addUnit("U6", QStringLiteral("JAKPUS-R2-06"), QStringLiteral("JAKPUS"), wibMs(11, 27, 8, 0)));
        // i3 in Jakarta Barat: U2 on scene after 6 minutes.
        QVERIFY(addIncident("i3", QStringLiteral("JAKBAR"), kecelakaan, Priority::P1, wibMs(11, 27, 8, 30)));
        QVERIFY(dispatch("i3", "U2", wibMs(11, 27, 8, 31)));
        QVERIFY(arrive("U2", "i3", wibMs(11, 27, 8, 36)));
        // i4 waits for a unit.
        QVERIFY(addIncident("i4", QStringLiteral("JAKPUS"), kemacetan, Priority::P3, wibMs(11, 27, 9, 0)));
        // i5: U5 on scene after 5 minutes, at 10:00 sharp (a sample's own time).
        QVERIFY(addIncident("i5", QStringLiteral("JAKPUS"), kecelakaan, Priority::P1, wibMs(11, 27, 9, 55)));
        QVERIFY(dispatch("i5", "U5", wibMs(11, 27, 9, 58)));
        QVERIFY(arrive("U5", "i5", wibMs(11, 27, 10, 0)));
        QVERIFY(advance(wibMs(11, 27, 10, 5)));
        QVERIFY(commit(m_changes->moveUnit(unit("U4"), UnitStatus::OnPatrol)));
        // i6 in Bandung (Polda Jawa Barat); i8 reported at "now", the period's open end.
        QVERIFY(addIncident("i6", QStringLiteral("BANDUNG"), QStringLiteral("banjir"), Priority::P4,
                            wibMs(11, 27, 10, 10)));
        QVERIFY(addIncident("i8", QStringLiteral("JAKPUS"), lainnya, Priority::P3, wibMs(11, 27, 10, 20)));

        // Another desk's move of U6 from available straight to on scene, at 09:00: illegal there, so the store
        // keeps it as a conflict (not applied) and U6 stays available.
        Change conflict;
        conflict.opId = uuidV7At(wibMs(11, 27, 9, 0));
        conflict.siteId = QStringLiteral("desk-b");
        conflict.hlc = Hlc::fromParts(wibMs(11, 27, 9, 0), 0);
        conflict.actor = kOfficer;
        conflict.entity = EntityKind::Unit;
        conflict.entityId = m_id.value("U6");
        conflict.kind = ChangeKind::Transition;
        conflict.fields = {{QStringLiteral("from"), QStringLiteral("available")},
                           {QStringLiteral("to"), QStringLiteral("on_scene")}};
        QVERIFY(m_store->applyRemote({conflict}).ok);
        QVERIFY(unit("U6").status == UnitStatus::Available);

        // Accidents: two today (one in Gambir, closed), the series' first day at its first second, the second
        // before it, a draft, and one in Bandung.
        QVERIFY(addCase(
            "A1", CaseKind::Accident, QStringLiteral("JAKPUS"),
            accidentData(wib(11, 27, 9, 0), {QStringLiteral("md"), QStringLiteral("lr"), QStringLiteral("lr")})));
        QVERIFY(submit("A1"));
        QVERIFY(addCase("A2", CaseKind::Accident, QStringLiteral("JAKPUS-GAMBIR"),
                        accidentData(wib(11, 27, 0, 30), {QStringLiteral("lb")})));
        QVERIFY(submit("A2"));
        QVERIFY(move("A2", CaseState::Closed));
        QVERIFY(addCase("A3", CaseKind::Accident, QStringLiteral("JAKBAR"),
                        accidentData(wib(10, 29, 0, 0), {QStringLiteral("md")})));
        QVERIFY(submit("A3"));
        QVERIFY(addCase("A4", CaseKind::Accident, QStringLiteral("JAKPUS"),
                        accidentData(wib(10, 28, 23, 59, 59), {QStringLiteral("lr")})));
        QVERIFY(submit("A4"));
        QVERIFY(addCase("A5", CaseKind::Accident, QStringLiteral("JAKPUS"),
                        accidentData(wib(11, 20, 8, 0), {QStringLiteral("md")})));
        QVERIFY(addCase("A6", CaseKind::Accident, QStringLiteral("BANDUNG"),
                        accidentData(wib(11, 20, 10, 0), {QStringLiteral("lr")})));
        QVERIFY(submit("A6"));

        // Violations: two submitted today, a draft, one a second before midnight, one voided.
        const QString a287 = QStringLiteral("287(1)");
        const QString a291 = QStringLiteral("291(1)");
        QVERIFY(addCase("V1", CaseKind::Violation, QStringLiteral("JAKPUS"),
                        violationData(wib(11, 27, 8, 5), {a287, a291})));
        QVERIFY(submit("V1"));
        QVERIFY(addCase("V2", CaseKind::Violation, QStringLiteral("JAKPUS-GAMBIR"),
                        violationData(wib(11, 27, 9, 0), {a287})));
        QVERIFY(submit("V2"));
        QVERIFY(
            addCase("V3", CaseKind::Violation, QStringLiteral("JAKBAR"), violationData(wib(11, 27, 9, 30), {a287})));
        QVERIFY(addCase("V4", CaseKind::Violation, QStringLiteral("JAKPUS"),
                        violationData(wib(11, 26, 23, 59, 59), {a291})));
        QVERIFY(submit("V4"));
        QVERIFY(
            addCase("V5", CaseKind::Violation, QStringLiteral("JAKPUS"), violationData(wib(11, 27, 9, 10), {a291})));
        QVERIFY(submit("V5"));
        QVERIFY(voidCase("V5"));

        // ETLE: captured; paid; rejected; voided after the notice; verified in Bandung a second before "now";
        // captured at "now" (outside the period).
        QVERIFY(addCase("E1", CaseKind::Etle, QStringLiteral("JAKPUS"), etleData(wib(11, 27, 7, 0), {a287})));
        QVERIFY(addCase("E2", CaseKind::Etle, QStringLiteral("JAKPUS"), etleData(wib(11, 27, 8, 0), {a287})));
        QVERIFY(noticeSent("E2"));
        QVERIFY(move("E2", CaseState::Confirmed));
        QVERIFY(commitCase({m_cases->issuePayment(record("E2"))}));
        const QVariant fine = record("E2").data.value(field(casefield::kFine));
        QVERIFY(move("E2", CaseState::Paid,
                     {{field(casefield::kPaidAt), wib(11, 27, 10, 0).toString(Qt::ISODate)},
                      {field(casefield::kPaidAmount), fine},
                      {field(casefield::kBankRef), QStringLiteral("BRI-0001")}}));
        QVERIFY(addCase("E3", CaseKind::Etle, QStringLiteral("JAKBAR"), etleData(wib(11, 27, 9, 0), {a287})));
        QVERIFY(move("E3", CaseState::Rejected, {}, QStringLiteral("Pelat tidak terbaca")));
        QVERIFY(addCase("E4", CaseKind::Etle, QStringLiteral("JAKPUS"), etleData(wib(11, 27, 9, 30), {a291})));
        QVERIFY(noticeSent("E4"));
        QVERIFY(voidCase("E4"));
        QVERIFY(addCase("E5", CaseKind::Etle, QStringLiteral("BANDUNG"),
                        etleData(wib(11, 27, 10, 19, 59), {QStringLiteral("283")})));
        QVERIFY(submit("E5"));
        QVERIFY(addCase("E6", CaseKind::Etle, QStringLiteral("JAKPUS"), etleData(wib(11, 27, 10, 20), {a287})));

        QCOMPARE(toString(record("E2").state), toString(CaseState::Paid));
        QCOMPARE(toString(record("E4").state), toString(CaseState::Voided));
        QCOMPARE(toString(record("V5").state), toString(CaseState::Voided));
        QCOMPARE(toString(record("A2").state), toString(CaseState::Closed));
    }

    void cleanupTestCase()
    {
        m_cases.reset();
        m_changes.reset();
        m_store.reset();
    }

    void todayIsTheWibDayToNow()
    {
        const DashboardFilter filter = DashboardFilter::today(kNow);
        QCOMPARE(filter.from, wib(11, 27, 0, 0));
        QCOMPARE(filter.to, kNow);
        QCOMPARE(filter.now, kNow);
        // 05:00 UTC on the 26th is already noon of the 26th in WIB; 18:00 UTC is the 27th.
        QCOMPARE(DashboardFilter::today(QDateTime(QDate(2026, 11, 26), QTime(18, 0), QTimeZone::utc())).from,
                 wib(11, 27, 0, 0));
    }

    void shiftsStartAtSevenFifteenAndTwentyThree_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QDateTime>("start");
        QTest::newRow("night, after midnight") << wib(11, 27, 6, 59, 59) << wib(11, 26, 23, 0);
        QTest::newRow("morning starts") << wib(11, 27, 7, 0) << wib(11, 27, 7, 0);
        QTest::newRow("end of the morning") << wib(11, 27, 14, 59, 59) << wib(11, 27, 7, 0);
        QTest::newRow("afternoon") << wib(11, 27, 15, 0) << wib(11, 27, 15, 0);
        QTest::newRow("night, before midnight") << wib(11, 27, 23, 30) << wib(11, 27, 23, 0);
    }
    void shiftsStartAtSevenFifteenAndTwentyThree()
    {
        QFETCH(QDateTime, at);
        QFETCH(QDateTime, start);
        QCOMPARE(DashboardPeriod::shiftStartMs(at.toMSecsSinceEpoch()), start.toMSecsSinceEpoch());
    }

    void incidentsToday()
    {
        const DashboardSnapshot s = compute(filterFor({}));
        QCOMPARE(s.computedAt, kNow);
        QCOMPARE(s.incidentsPerHourToday, hours({{0, 2}, {6, 1}, {8, 1}, {9, 2}, {10, 2}}));
        // Hour 8: 3 a week ago and 1 two weeks ago; hour 9: 4 eight weeks ago; nine weeks ago and Thursday do
        // not count.
        QCOMPARE(s.sameWeekdayAverage, averages({{8, 0.5}, {9, 0.5}}));
        QCOMPARE(s.incidentsInPeriod, 7); // i0 at the period's first instant in, i8 at its end out
        QCOMPARE(keysOf(s.incidentsByType), (QStringList{"kecelakaan", "kemacetan", "banjir", "lainnya"}));
        QCOMPARE(countOf(s.incidentsByType, "kecelakaan"), 3);
        QCOMPARE(countOf(s.incidentsByType, "kemacetan"), 2);
        QCOMPARE(countOf(s.incidentsByType, "banjir"), 1);
        QCOMPARE(countOf(s.incidentsByType, "lainnya"), 1);
        // Gambir's incident counts for its Polres.
        QCOMPARE(keysOf(s.incidentsBySector), (QStringList{"JAKPUS", "BANDUNG", "JAKBAR", "JAKUT"}));
        QCOMPARE(countOf(s.incidentsBySector, "JAKPUS"), 4);
    }

    void responseTimes()
    {
        const DashboardSnapshot s = compute(filterFor({}));
        QCOMPARE(s.response.size(), 4);
        const ResponseStats &p1 = s.response.at(0);
        QCOMPARE(int(p1.priority), 1);
        QCOMPARE(p1.count, 3); // 5, 6 and 12 minutes; i7's arrival belongs to yesterday's report
        QCOMPARE(p1.medianS.value(), 360.0);
        QCOMPARE(p1.p90S.value(), 648.0); // between 6 and 12 minutes, 80 % of the way
        QCOMPARE(p1.thresholdS, 480.0);   // the region's setting
        QVector<int> p1Bins(kResponseBins, 0);
        p1Bins[1] = 2;
        p1Bins[2] = 1;
        QCOMPARE(p1.histogram, p1Bins);

        const ResponseStats &p2 = s.response.at(1);
        QCOMPARE(p2.count, 1);
        QCOMPARE(p2.medianS.value(), 600.0);
        QCOMPARE(p2.p90S.value(), 600.0);
        QCOMPARE(p2.thresholdS, 1200.0); // the default
        QCOMPARE(p2.histogram.value(2), 1);

        const ResponseStats &p3 = s.response.at(2);
        QCOMPARE(p3.count, 1);
        QCOMPARE(p3.medianS.value(), 4200.0);
        QCOMPARE(p3.histogram.value(kResponseBins - 1), 1); // 70 minutes: the open-ended last bin

        const ResponseStats &p4 = s.response.at(3);
        QCOMPARE(int(p4.priority), 4);
        QCOMPARE(p4.count, 0);
        QVERIFY(!p4.medianS && !p4.p90S);
        QCOMPARE(p4.histogram, QVector<int>(kResponseBins, 0));
        QCOMPARE(p4.thresholdS, 5400.0);
    }

    void openIncidentsByAge()
    {
        const DashboardSnapshot s = compute(filterFor({}));
        QCOMPARE(s.openIncidents, 7);
        QCOMPARE(keysOf(s.openByAge), (QStringList{"lt15m", "15-30m", "30-60m", "1-2h", "2-4h", "gt4h"}));
        QCOMPARE(countOf(s.openByAge, "lt15m"), 2);  // i6 (10 min), i8 (0)
        QCOMPARE(countOf(s.openByAge, "15-30m"), 1); // i5
        QCOMPARE(countOf(s.openByAge, "30-60m"), 0);
        QCOMPARE(countOf(s.openByAge, "1-2h"), 2); // i3, i4
        QCOMPARE(countOf(s.openByAge, "2-4h"), 1); // i2
        QCOMPARE(countOf(s.openByAge, "gt4h"), 1); // i7
    }

    void unitsOverTheMorningShift()
    {
        const DashboardSnapshot s = compute(filterFor({}));
        // 07:00, 07:15 … 10:15 and now, 10:20.
        QCOMPARE(s.unitsOverShift.size(), 15);
        QCOMPARE(s.unitsOverShift.first().at, wib(11, 27, 7, 0));
        QCOMPARE(s.unitsOverShift.at(13).at, wib(11, 27, 10, 15));
        QCOMPARE(s.unitsOverShift.last().at, kNow);
        for (const UnitStatusSample &sample : s.unitsOverShift)
            QCOMPARE(sample.counts.size(), allUnitStatuses().size());
        using Counts = QMap<QString, int>;
        const auto at = [&s](int index) { return byStatus(s.unitsOverShift.at(index)); };
        QCOMPARE(at(0), (Counts{{"available", 3}, {"dispatched", 1}, {"on_scene", 1}}));
        QCOMPARE(at(1), (Counts{{"available", 3}, {"on_scene", 2}}));
        QCOMPARE(at(4), (Counts{{"available", 4}, {"on_scene", 2}})); // 08:00: U6 joins
        QCOMPARE(at(6), (Counts{{"available", 4}, {"on_scene", 2}})); // 08:30: U2 not yet dispatched
        QCOMPARE(at(7), (Counts{{"available", 3}, {"on_scene", 3}}));
        QCOMPARE(at(11), (Counts{{"available", 3}, {"on_scene", 3}})); // 09:45
        QCOMPARE(at(12), (Counts{{"available", 2}, {"on_scene", 4}})); // 10:00: U5 arrives on the dot
        QCOMPARE(at(14), (Counts{{"available", 1}, {"on_patrol", 1}, {"on_scene", 4}}));
    }

    void unitsOverTheNightShift()
    {
        DashboardFilter filter = filterFor({}, wib(11, 27, 0, 0), wib(11, 27, 5, 0));
        filter.now = wib(11, 27, 5, 0);
        const DashboardSnapshot s = compute(filter);
        QCOMPARE(s.unitsOverShift.size(), 25); // 23:00 to 05:00, the last sample on the grid
        QCOMPARE(s.unitsOverShift.first().at, wib(11, 26, 23, 0));
        using Counts = QMap<QString, int>;
        const auto at = [&s](int index) { return byStatus(s.unitsOverShift.at(index)); };
        QCOMPARE(at(0), (Counts{{"available", 5}}));
        QCOMPARE(at(4), (Counts{{"available", 4}, {"dispatched", 1}}));                  // 00:00
        QCOMPARE(at(5), (Counts{{"available", 2}, {"dispatched", 3}}));                  // 00:15
        QCOMPARE(at(6), (Counts{{"available", 2}, {"dispatched", 1}, {"on_scene", 2}})); // 00:30
        QCOMPARE(at(8), (Counts{{"available", 3}, {"dispatched", 1}, {"on_scene", 1}})); // 01:00
        QCOMPARE(at(9), (Counts{{"available", 3}, {"on_scene", 2}}));                    // 01:15
        QCOMPARE(at(10), (Counts{{"available", 4}, {"on_scene", 1}}));                   // 01:30
        QCOMPARE(at(24), (Counts{{"available", 4}, {"on_scene", 1}}));                   // 05:00
    }

    void accidentsOverThirtyDays()
    {
        const DashboardSnapshot s = compute(filterFor({}));
        QCOMPARE(s.accidents30Days.size(), 30);
        QCOMPARE(s.accidents30Days.first().day, QDate(2026, 10, 29));
        QCOMPARE(s.accidents30Days.last().day, QDate(2026, 11, 27));
        const DayAccidents &today = s.accidents30Days.last();
        QCOMPARE(today.accidents, 2);
        QCOMPARE(today.md, 1);
        QCOMPARE(today.lb, 1);
        QCOMPARE(today.lr, 2);
        const DayAccidents &first = s.accidents30Days.first(); // A3 at its first second; A4 a second before
        QCOMPARE(first.accidents, 1);
        QCOMPARE(first.md, 1);
        QCOMPARE(first.lr, 0);
        const DayAccidents &friday = s.accidents30Days.at(22); // 20 November: A6; the draft A5 does not count
        QCOMPARE(friday.day, QDate(2026, 11, 20));
        QCOMPARE(friday.accidents, 1);
        QCOMPARE(friday.lr, 1);
        QCOMPARE(friday.md, 0);
        int total = 0;
        for (const DayAccidents &day : s.accidents30Days)
            total += day.accidents;
        QCOMPARE(total, 4);
    }

    void violationsAndEtle()
    {
        const DashboardSnapshot s = compute(filterFor({}));
        // Drafts, voided tickets, rejected captures and cases outside the period charge nothing.
        QCOMPARE(keysOf(s.violationsByArticle), (QStringList{"287(1)", "283", "291(1)"}));
        QCOMPARE(countOf(s.violationsByArticle, "287(1)"), 4); // V1, V2, E1, E2
        QCOMPARE(countOf(s.violationsByArticle, "291(1)"), 1); // V1
        QCOMPARE(countOf(s.violationsByArticle, "283"), 1);    // E5
        QCOMPARE(s.etle.captured, 5);                          // E1–E5; E6 falls on the end
        QCOMPARE(s.etle.verified, 3);                          // E2, E4 (voided after the notice), E5
        QCOMPARE(s.etle.noticeSent, 2);                        // E2, E4
        QCOMPARE(s.etle.paymentIssued, 1);                     // E2
        QCOMPARE(s.etle.paid, 1);
        QCOMPARE(s.etle.rejected, 1);
    }

    void scopeOfAPolres()
    {
        const DashboardSnapshot s = compute(filterFor(QStringLiteral("JAKPUS")));
        QCOMPARE(s.incidentsPerHourToday, hours({{0, 1}, {6, 1}, {9, 2}, {10, 1}}));
        QCOMPARE(s.sameWeekdayAverage, averages({{8, 0.375}, {9, 0.5}}));
        QCOMPARE(s.incidentsInPeriod, 4);
        QCOMPARE(countOf(s.incidentsByType, "kecelakaan"), 2);
        QCOMPARE(countOf(s.incidentsByType, "kemacetan"), 2);
        QCOMPARE(keysOf(s.incidentsBySector), QStringList{"JAKPUS"});
        QCOMPARE(s.response.at(0).count, 2); // i1, i5
        QCOMPARE(s.response.at(2).count, 0); // i0 is Jakarta Utara's
        QCOMPARE(s.openIncidents, 5);
        using Counts = QMap<QString, int>;
        QCOMPARE(byStatus(s.unitsOverShift.first()), (Counts{{"available", 1}, {"dispatched", 1}, {"on_scene", 1}}));
        QCOMPARE(byStatus(s.unitsOverShift.last()), (Counts{{"available", 1}, {"on_scene", 3}}));
        QCOMPARE(s.accidents30Days.last().accidents, 2);
        QCOMPARE(s.accidents30Days.first().accidents, 0);
        QCOMPARE(countOf(s.violationsByArticle, "287(1)"), 4);
        QCOMPARE(countOf(s.violationsByArticle, "283"), 0);
        QCOMPARE(s.etle.captured, 3);
        QCOMPARE(s.etle.verified, 2);
        QCOMPARE(s.etle.rejected, 0);
    }

    void scopeOfAPolda()
    {
        const DashboardSnapshot s = compute(filterFor(QStringLiteral("PMJ")));
        QCOMPARE(s.incidentsInPeriod, 6); // all but Bandung's
        QCOMPARE(s.openIncidents, 6);
        QCOMPARE(countOf(s.incidentsBySector, "BANDUNG"), 0);
        using Counts = QMap<QString, int>;
        QCOMPARE(byStatus(s.unitsOverShift.last()), (Counts{{"available", 1}, {"on_scene", 4}}));
        QCOMPARE(s.accidents30Days.first().accidents, 1);
        QCOMPARE(s.accidents30Days.at(22).accidents, 0);
        QCOMPARE(s.etle.captured, 4);

        const DashboardSnapshot jabar = compute(filterFor(QStringLiteral("JABAR")));
        QCOMPARE(jabar.incidentsInPeriod, 1);
        QCOMPARE(keysOf(jabar.incidentsBySector), QStringList{"BANDUNG"});
        QCOMPARE(byStatus(jabar.unitsOverShift.last()), (Counts{{"on_patrol", 1}}));
        QCOMPARE(jabar.accidents30Days.at(22).accidents, 1);
        QCOMPARE(keysOf(jabar.violationsByArticle), QStringList{"283"});
    }

    void scopeOfAPolsek()
    {
        const DashboardSnapshot s = compute(filterFor(QStringLiteral("JAKPUS-GAMBIR")));
        QCOMPARE(s.incidentsPerHourToday, hours({{6, 1}}));
        QCOMPARE(s.sameWeekdayAverage, averages({{9, 0.5}}));
        QCOMPARE(s.incidentsInPeriod, 1);
        QCOMPARE(keysOf(s.incidentsBySector), QStringList{"JAKPUS"});
        QCOMPARE(s.openIncidents, 1);
        using Counts = QMap<QString, int>;
        QCOMPARE(byStatus(s.unitsOverShift.last()), (Counts{{"on_scene", 1}}));
        QCOMPARE(s.accidents30Days.last().accidents, 1);
        QCOMPARE(s.accidents30Days.last().lb, 1);
        QCOMPARE(countOf(s.violationsByArticle, "287(1)"), 1);
        QCOMPARE(s.etle.captured, 0);
    }

    void periodBoundaries()
    {
        // Ends exactly at i5's report: i5 out, i0 at the start in.
        DashboardSnapshot s = compute(filterFor({}, wib(11, 27, 0, 0), wib(11, 27, 9, 55)));
        QCOMPARE(s.incidentsInPeriod, 5);
        // A millisecond later at the start leaves i0 out.
        s = compute(filterFor({}, wib(11, 27, 0, 0).addMSecs(1), wib(11, 27, 9, 55)));
        QCOMPARE(s.incidentsInPeriod, 4);
        QCOMPARE(s.response.at(2).count, 0);
        // A case a second inside the period's end is in; V2 at 09:00 is out of [09:01, 10:19:59).
        s = compute(filterFor({}, wib(11, 27, 9, 1), wib(11, 27, 10, 19, 59)));
        QCOMPARE(countOf(s.violationsByArticle, "287(1)"), 0);
        QCOMPARE(countOf(s.violationsByArticle, "283"), 0);
        QCOMPARE(s.etle.captured, 1); // E4 (09:30); E5 falls on the period's end
        s = compute(filterFor({}, wib(11, 27, 9, 1), wib(11, 27, 10, 20)));
        QCOMPARE(s.etle.captured, 2);

        // Yesterday, a period that ends at midnight: its day is the 26th, not the empty 27th it ends on.
        s = compute(filterFor({}, wib(11, 26, 0, 0), wib(11, 27, 0, 0)));
        QCOMPARE(s.incidentsInPeriod, 2); // p14 and i7; i0 at midnight is tomorrow's
        QCOMPARE(s.incidentsPerHourToday, hours({{8, 1}, {23, 1}}));
        QCOMPARE(s.accidents30Days.last().day, QDate(2026, 11, 26));
        QCOMPARE(s.accidents30Days.first().day, QDate(2026, 10, 28));
        QCOMPARE(s.accidents30Days.first().accidents, 1);      // A4 at 23:59:59
        QCOMPARE(s.accidents30Days.at(1).accidents, 1);        // A3
        QCOMPARE(countOf(s.violationsByArticle, "291(1)"), 1); // V4
    }

    void recordsBehindEachChart()
    {
        using C = DrillDown::Chart;
        QCOMPARE(drill(C::IncidentsPerHour, "9"), (QStringList{"i5", "i4"}));
        QCOMPARE(drill(C::IncidentsPerHour, "10"), (QStringList{"i8", "i6"}));
        QCOMPARE(drill(C::IncidentsByType, "kecelakaan"), (QStringList{"i5", "i3", "i1"}));
        QCOMPARE(drill(C::IncidentsBySector, "JAKPUS"), (QStringList{"i5", "i4", "i2", "i1"}));
        QCOMPARE(drill(C::ResponseTimes, "p1"), (QStringList{"i5", "i3", "i1"}));
        QCOMPARE(drill(C::ResponseTimes, "p1", 1), (QStringList{"i5", "i3"}));
        QCOMPARE(drill(C::ResponseTimes, "p1", 2), QStringList{"i1"});
        QCOMPARE(drill(C::ResponseTimes, "p3", kResponseBins - 1), QStringList{"i0"});
        QCOMPARE(drill(C::OpenByAge, "lt15m"), (QStringList{"i8", "i6"}));
        QCOMPARE(drill(C::OpenByAge, "1-2h"), (QStringList{"i4", "i3"}));
        QCOMPARE(drill(C::OpenByAge, "gt4h"), QStringList{"i7"});
        QCOMPARE(drill(C::UnitsByStatus, "on_scene"), (QStringList{"U5", "U2", "U3", "U1"}));
        QCOMPARE(drill(C::UnitsByStatus, "on_patrol"), QStringList{"U4"});
        QCOMPARE(drill(C::Accidents, "2026-11-27"), (QStringList{"A1", "A2"}));
        QCOMPARE(drill(C::Accidents, "2026-10-29"), QStringList{"A3"});
        QCOMPARE(drill(C::ViolationsByArticle, "287(1)"), (QStringList{"V2", "V1", "E2", "E1"}));
        QCOMPARE(drill(C::ViolationsByArticle, "287(1)", -1, 2), (QStringList{"V2", "V1"}));
        QCOMPARE(drill(C::EtleFunnel, "captured"), (QStringList{"E5", "E4", "E3", "E2", "E1"}));
        QCOMPARE(drill(C::EtleFunnel, "verified"), (QStringList{"E5", "E4", "E2"}));
        QCOMPARE(drill(C::EtleFunnel, "notice_sent"), (QStringList{"E4", "E2"}));
        QCOMPARE(drill(C::EtleFunnel, "payment_issued"), QStringList{"E2"});
        QCOMPARE(drill(C::EtleFunnel, "rejected"), QStringList{"E3"});
        // The scope narrows the records as it narrows the figures.
        QCOMPARE(drill(C::UnitsByStatus, "on_scene", -1, 50, "JAKPUS"), (QStringList{"U5", "U3", "U1"}));
        QCOMPARE(drill(C::IncidentsBySector, "JAKPUS", -1, 50, "JAKPUS-GAMBIR"), QStringList{"i2"});
    }

    void drillRecordsSayWhatTheyAre()
    {
        DrillDown drill;
        drill.chart = DrillDown::Chart::IncidentsPerHour;
        drill.filter = filterFor({});
        drill.key = QStringLiteral("6");
        QString error;
        QList<DrillRecord> records = DashboardQuery(m_path).records(drill, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 1);
        QVERIFY(records.first().kind == DrillRecord::Kind::Incident);
        QCOMPARE(records.first().id, m_id.value("i2"));
        QCOMPARE(records.first().number, incident("i2").number);
        QCOMPARE(records.first().at, wib(11, 27, 6, 55));
        QVERIFY2(records.first().title.contains(QStringLiteral("Jalan i2")), qPrintable(records.first().title));
        QCOMPARE(records.first().status, QStringLiteral("on_scene"));

        drill.chart = DrillDown::Chart::Accidents;
        drill.key = QStringLiteral("2026-11-27");
        records = DashboardQuery(m_path).records(drill, 1, &error);
        QCOMPARE(records.size(), 1);
        QVERIFY(records.first().kind == DrillRecord::Kind::Case);
        QCOMPARE(records.first().number, record("A1").number);
        QCOMPARE(records.first().at, wib(11, 27, 9, 0));
        QCOMPARE(records.first().status, QStringLiteral("submitted"));
        QVERIFY(!records.first().title.isEmpty());

        drill.chart = DrillDown::Chart::UnitsByStatus;
        drill.key = QStringLiteral("on_patrol");
        records = DashboardQuery(m_path).records(drill, 10, &error);
        QCOMPARE(records.size(), 1);
        QVERIFY(records.first().kind == DrillRecord::Kind::Unit);
        QCOMPARE(records.first().number, QStringLiteral("BANDUNG-R4-01"));
        QCOMPARE(records.first().at, wib(11, 27, 10, 5));
        QCOMPARE(records.first().title, QStringLiteral("Polrestabes Bandung"));
        QCOMPARE(records.first().status, QStringLiteral("on_patrol"));
    }

    void badInputIsRefusedByName()
    {
        DashboardQuery query(m_path);
        QVERIFY2(query.isOpen(), qPrintable(query.openError()));
        DashboardSnapshot snapshot;
        snapshot.computeMs = -7;
        QString error;
        QVERIFY(!query.compute(filterFor(QStringLiteral("NOWHERE")), &snapshot, &error));
        QVERIFY2(error.contains(QStringLiteral("NOWHERE")), qPrintable(error));
        QCOMPARE(snapshot.computeMs, -7); // untouched
        error.clear();
        QVERIFY(!query.compute(filterFor({}, kNow, wib(11, 27, 0, 0)), &snapshot, &error));
        QVERIFY2(error.contains(QStringLiteral("from")), qPrintable(error));
        DashboardFilter noEnd = filterFor({});
        noEnd.to = QDateTime();
        QVERIFY(!query.compute(noEnd, &snapshot, &error));
        QVERIFY2(error.contains(QStringLiteral("(to)")), qPrintable(error));
        QCOMPARE(snapshot.computeMs, -7);

        using C = DrillDown::Chart;
        QVERIFY(drill(C::IncidentsPerHour, "24").first().startsWith("error: "));
        QVERIFY(drill(C::Accidents, "27-11-2026").first().contains("27-11-2026"));
        QVERIFY(drill(C::ResponseTimes, "p5").first().startsWith("error: "));
        QVERIFY(drill(C::ResponseTimes, "p1", kResponseBins).first().startsWith("error: "));
        QVERIFY(drill(C::EtleFunnel, "sent").first().startsWith("error: "));
        QVERIFY(drill(C::UnitsByStatus, "asleep").first().startsWith("error: "));
        QVERIFY(drill(C::OpenByAge, "old").first().startsWith("error: "));

        DashboardQuery missing(m_dir.filePath(QStringLiteral("no-such-store.db")));
        QVERIFY(!missing.isOpen());
        QVERIFY(!missing.openError().isEmpty());
        QVERIFY(!missing.compute(filterFor({}), &snapshot, &error));
    }

    // On a store of a million cases, a figure must read the period's rowid range, never every case of a kind:
    // each case condition, with the period and no station scope, is planned on the rowid.
    void caseFiguresReadThePeriodNotTheWholeKind_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addRow("violations") << DashboardReads::violationCondition();
        QTest::addRow("etle") << DashboardReads::etleCondition();
        QTest::addRow("accidents") << DashboardReads::accidentCondition();
    }

    void caseFiguresReadThePeriodNotTheWholeKind()
    {
        QFETCH(QString, condition);
        const QString name = SqlConnection::uniqueName(QStringLiteral("plan"));
        {
            QString error;
            const QSqlDatabase db = SqlConnection::open(name, m_path, SqlConnection::Mode::ReadOnly, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVariantList binds;
            const QString period = DashboardReads::casePeriod(wib(11, 27, 0, 0).toMSecsSinceEpoch(),
                                                              wib(11, 28, 0, 0).toMSecsSinceEpoch(), &binds);
            QSqlQuery plan = SqlConnection::prepare(
                db, QStringLiteral("EXPLAIN QUERY PLAN SELECT c.rowid FROM cases c WHERE %1 AND %2")
                        .arg(condition, period));
            for (const QVariant &value : std::as_const(binds))
                plan.addBindValue(value);
            SqlConnection::exec(plan);
            QStringList steps;
            while (plan.next())
                steps << plan.value(3).toString();
            QVERIFY2(steps.join(QLatin1Char(' ')).contains(QStringLiteral("rowid>?")),
                     qPrintable(steps.join(QLatin1Char(' '))));
        }
        SqlConnection::remove(name);
    }

    void computesOffTheGuiThread()
    {
        // The query is made and used in the worker thread that opens its connection.
        DashboardSnapshot snapshot;
        bool ok = false;
        QThread *thread = QThread::create([&] {
            DashboardQuery query(m_path);
            QString error;
            ok = query.compute(filterFor({}), &snapshot, &error);
        });
        thread->start();
        QVERIFY(thread->wait(30'000));
        delete thread;
        QVERIFY(ok);
        QCOMPARE(snapshot.incidentsInPeriod, 7);
        QVERIFY(snapshot.computeMs >= 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardStats)
#include "tst_dashboardstats.moc"
