// The daily report (Anev harian) against a hand-built store with known answers: every counter of every fixed-key
// table, the code tables, records outside the scope or the period left out, H-1 and last year, the percent change
// with zero and missing denominators, operation windows across midnight and a month end, the last day of a month
// and 29 February, and the CSV.

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "../store/storetest.h"
#include "analytics/dailyreport.h"
#include "core/casefactory.h"
#include "core/changefactory.h"
#include "core/etle.h"
#include "store/casereader.h"
#include "store/store.h"

using namespace lintas;
using namespace lintas::analytics;
using namespace lintas::test;

namespace {

const QString kOfficer = QStringLiteral("87050123");
const QString kSupervisor = QStringLiteral("79120044");
const QString kOtherSupervisor = QStringLiteral("79120055");

QString field(const char *name)
{
    return QLatin1String(name);
}

// Instants written the way a desk reads them: WIB wall-clock time.
QDateTime wib(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone(7 * 3600));
}

QString iso(const QDateTime &at)
{
    return at.toString(Qt::ISODate);
}

qint64 fineOf(const QStringList &codes)
{
    return ArticleCatalogue::builtIn().totalFine(codes);
}

// The three figures as "current/H-1/last year", "–" for nothing: one readable comparison per row.
QString figures(const DailyReport &report, const char *table, const QString &row)
{
    const ReportRow *found = report.row(QLatin1String(table), row);
    if (!found)
        return QStringLiteral("no row %1/%2").arg(QLatin1String(table), row);
    const auto text = [](std::optional<qint64> value) { return value ? QString::number(*value) : QStringLiteral("–"); };
    return text(found->figure.current) + QLatin1Char('/') + text(found->figure.previous) + QLatin1Char('/') +
           text(found->figure.lastYear);
}

QStringList rowKeys(const DailyReport &report, const char *table)
{
    QStringList keys;
    if (const ReportTable *found = report.table(QLatin1String(table)))
        for (const ReportRow &row : found->rows)
            keys << row.key;
    return keys;
}

} // namespace

class TestDailyReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    // Case changes are stamped at a fixed "now" after every record: occurrence times are data, and validation only
    // asks that they are not in the future.
    qint64 m_nowMs = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    std::unique_ptr<Store> m_store;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_changes;
    std::unique_ptr<CaseFactory> m_cases;
    ChangeList m_remote;  // incidents, units and their moves, stamped at their own times, applied at the end
    QUuid m_dispatchUnit; // another Polres's unit: a dispatch counts for the incident's station, not the unit's

    CaseRecord record(const QUuid &id) const
    {
        const auto file = CaseReader(m_path).caseFile(id);
        return file ? file->record : CaseRecord();
    }
    bool commit(const ChangeList &changes)
    {
        const CommitResult result = m_store->commitLocal(changes);
        if (!result.ok)
            qWarning().noquote() << result.error;
        return result.ok;
    }
    QUuid create(CaseKind kind, const QString &station, const QVariantMap &data)
    {
        QUuid id;
        return commit({m_cases->createCase(kind, station, data, &id)}) ? id : QUuid();
    }
    bool move(const QUuid &id, CaseState to, const QVariantMap &fields = {}, const QString &reason = {})
    {
        return commit({m_cases->moveCase(record(id), to, fields, reason)});
    }

    // A violation; submitted unless `submit` is false.
    QUuid violation(const QString &station, const QDateTime &at, const QString &vehicle, const QString &outcome,
                    const QStringList &seized, const QStringList &articles, bool submit = true)
    {
        QVariantMap data{{field(casefield::kOffenderName), QStringLiteral("Budi Santoso")},
                         {field(casefield::kOffenderNik), QStringLiteral("3171011505800001")},
                         {field(casefield::kPlate), QStringLiteral("B 1234 XYZ")},
                         {field(casefield::kVehicleKind), vehicle},
                         {field(casefield::kOfficerNrp), kOfficer},
                         {field(casefield::kOccurredAt), iso(at)},
                         {field(casefield::kPlace), QStringLiteral("Jl. Medan Merdeka Barat")},
                         {field(casefield::kOutcome), outcome}};
        if (!seized.isEmpty())
            data.insert(field(casefield::kSeized), seized);
        data.insert(m_cases->chargeFields(articles, ArticleCatalogue::builtIn()));
        const QUuid id = create(CaseKind::Violation, station, data);
        if (submit && !id.isNull() && !commit({m_cases->submitCase(record(id))}))
            return {};
        return id;
    }

    // An ETLE capture taken as far as `to` along captured → verified → identified → notice_sent → confirmed →
    // payment_issued → paid, or rejected.
    QUuid etle(const QString &station, const QDateTime &at, CaseState to)
    {
        QVariantMap data{{field(casefield::kCameraId), QStringLiteral("CAM-SUDIRMAN-03")},
                         {field(casefield::kPlateRead), QStringLiteral("D4455FG")},
                         {field(casefield::kOccurredAt), iso(at)},
                         {field(casefield::kPlace), QStringLiteral("Bundaran Senayan")}};
        data.insert(m_cases->chargeFields({QStringLiteral("287(1)")}, ArticleCatalogue::builtIn()));
        const QUuid id = create(CaseKind::Etle, station, data);
        if (id.isNull() || to == CaseState::Captured)
            return id;
        if (to == CaseState::Rejected)
            return move(id, CaseState::Rejected, {}, QStringLiteral("Plat tidak terbaca")) ? id : QUuid();
        if (!commit({m_cases->submitCase(record(id))}) || to == CaseState::Verified)
            return id;
        if (!move(id, CaseState::Identified,
                  {{field(casefield::kOwnerName), QStringLiteral("Hendra Gunawan")},
                   {field(casefield::kOwnerNik), QStringLiteral("3273011203850003")}}) ||
            !move(id, CaseState::NoticeSent) || !move(id, CaseState::Confirmed) ||
            !commit({m_cases->issuePayment(record(id))}))
            return {};
        if (to == CaseState::PaymentIssued)
            return id;
        const CaseRecord issued = record(id);
        return move(id, CaseState::Paid,
                    {{field(casefield::kPaidAt), iso(at.addDays(3))},
                     {field(casefield::kPaidAmount), issued.data.value(field(casefield::kFine))},
                     {field(casefield::kBankRef), QStringLiteral("BRI-778812")}})
                   ? id
                   : QUuid();
    }

    QUuid accident(const QString &station, const QDateTime &at, const QString &collision, const QStringList &causes,
                   const QStringList &victims, qint64 materialLoss, bool submit = true)
    {
        QVariantList victimList;
        for (const QString &condition : victims)
            victimList << QVariantMap{{QStringLiteral("name"), QStringLiteral("Korban")},
                                      {QStringLiteral("condition"), condition}};
        const QUuid id = create(CaseKind::Accident, station,
                                {{field(casefield::kOccurredAt), iso(at)},
                                 {field(casefield::kPlace), QStringLiteral("Jl. Gunung Sahari")},
                                 {field(casefield::kCollisionType), collision},
                                 {field(casefield::kCauses), causes},
                                 {field(casefield::kVictims), victimList},
                                 {field(casefield::kMaterialLoss), materialLoss}});
        if (submit && !id.isNull() && !commit({m_cases->submitCase(record(id))}))
            return {};
        return id;
    }

    // An incident reported at `at`; a unit dispatched after `dispatchS` seconds, on scene after `arrivalS`, the
    // incident cleared after `clearedS` (each < 0: not yet).
    void incident(const QString &station, const QString &type, int priority, const QDateTime &at, int dispatchS = -1,
                  int arrivalS = -1, int clearedS = -1)
    {
        const QUuid id = QUuid::createUuid();
        const qint64 ms = at.toMSecsSinceEpoch();
        m_remote << change(EntityKind::Incident, id, ChangeKind::Create,
                           {{QStringLiteral("type_code"), type},
                            {QStringLiteral("priority"), priority},
                            {QStringLiteral("station_code"), station},
                            {QStringLiteral("reported_at"), at.toUTC().toString(Qt::ISODateWithMs)}},
                           ms, QStringLiteral("B"));
        if (dispatchS < 0)
            return;
        m_remote << change(EntityKind::Incident, id, ChangeKind::Dispatch,
                           {{QStringLiteral("unit_id"), idText(m_dispatchUnit)}}, ms + dispatchS * 1000,
                           QStringLiteral("B"))
                 << transition(EntityKind::Incident, id, QStringLiteral("reported"), QStringLiteral("dispatched"),
                               ms + dispatchS * 1000, QStringLiteral("B"));
        if (arrivalS < 0)
            return;
        m_remote << transition(EntityKind::Incident, id, QStringLiteral("dispatched"), QStringLiteral("on_scene"),
                               ms + arrivalS * 1000, QStringLiteral("B"));
        if (clearedS >= 0)
            m_remote << transition(EntityKind::Incident, id, QStringLiteral("on_scene"), QStringLiteral("cleared"),
                                   ms + clearedS * 1000, QStringLiteral("B"));
    }

    // A patrol unit created available at `created`, then moved to each status at its time.
    QUuid unit(const QString &station, const QDateTime &created, const QList<QPair<QDateTime, QString>> &moves)
    {
        const QUuid id = QUuid::createUuid();
        m_remote << change(EntityKind::Unit, id, ChangeKind::Create,
                           {{QStringLiteral("callsign"), station + QStringLiteral("-R2-") + idText(id).left(4)},
                            {QStringLiteral("kind"), QStringLiteral("r2")},
                            {QStringLiteral("station_code"), station},
                            {QStringLiteral("status"), QStringLiteral("available")}},
                           created.toMSecsSinceEpoch(), QStringLiteral("B"));
        QString from = QStringLiteral("available");
        for (const auto &[at, to] : moves) {
            m_remote << transition(EntityKind::Unit, id, from, to, at.toMSecsSinceEpoch(), QStringLiteral("B"));
            from = to;
        }
        return id;
    }

    DailyReport build(const QString &scope, const ReportPeriod &period, const QDateTime &now = wib(2030, 1, 1, 0))
    {
        DailyReportBuilder builder(m_path);
        DailyReport report;
        QString error;
        if (!builder.build({ReportScope{scope}, period, now}, &report, &error))
            qWarning().noquote() << "report not built:" << error;
        return report;
    }
    DailyReport day27(const QString &scope = QStringLiteral("JAKPUS"))
    {
        return build(scope, ReportPeriod::day(QDate(2026, 11, 27)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("report.db"));
        m_store = std::make_unique<Store>(m_path, QStringLiteral("desk-a"));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        m_clock = std::make_unique<HybridClock>([this] { return m_nowMs; });
        m_changes = std::make_unique<ChangeFactory>(QStringLiteral("desk-a"), kOfficer, m_clock.get());
        m_cases = std::make_unique<CaseFactory>(m_changes.get());
        const QString jakpus = QStringLiteral("JAKPUS");
        const QString gambir = QStringLiteral("JAKPUS-GAMBIR");
        const QStringList none;

        // The day: Friday 27 November 2026 (WIB), Polres Jakarta Pusat and a Polsek under it.
        QVERIFY(!violation(gambir, wib(2026, 11, 27, 0), QStringLiteral("r2"), QStringLiteral("tilang"),
                           {QStringLiteral("sim"), QStringLiteral("stnk")}, {QStringLiteral("287(1)")})
                     .isNull());
        QVERIFY(!violation(jakpus, wib(2026, 11, 27, 23, 59, 59), QStringLiteral("r4"), QStringLiteral("teguran"), none,
                           {QStringLiteral("291(1)")})
                     .isNull());
        QVERIFY(!violation(jakpus, wib(2026, 11, 27, 10), QStringLiteral("bus"), QStringLiteral("tilang"),
                           {QStringLiteral("vehicle"), QStringLiteral("vehicle")},
                           {QStringLiteral("281"), QStringLiteral("287(1)")})
                     .isNull());
        // Left out: a draft, a voided ticket, another Polres, the next day's first second.
        QVERIFY(!violation(jakpus, wib(2026, 11, 27, 11), QStringLiteral("r2"), QStringLiteral("tilang"), none,
                           {QStringLiteral("287(1)")}, false)
                     .isNull());
        const QUuid voided = violation(jakpus, wib(2026, 11, 27, 12), QStringLiteral("r2"), QStringLiteral("tilang"),
                                       none, {QStringLiteral("287(1)")});
        QVERIFY(!voided.isNull());
        m_changes->setActor(kSupervisor);
        const Change request = m_cases->requestVoid(voided, QStringLiteral("Salah tilang"));
        QVERIFY(commit({request}));
        m_changes->setActor(kOtherSupervisor);
        QVERIFY(commit({m_cases->decideVoid(voided, request.opId, true, QStringLiteral("Disetujui"))}));
        m_changes->setActor(kOfficer);
        QVERIFY(record(voided).state == CaseState::Voided);
        QVERIFY(!violation(QStringLiteral("JAKBAR"), wib(2026, 11, 27, 9), QStringLiteral("r2"),
                           QStringLiteral("tilang"), none, {QStringLiteral("287(1)")})
                     .isNull());
        QVERIFY(!violation(jakpus, wib(2026, 11, 28, 0), QStringLiteral("r2"), QStringLiteral("tilang"), none,
                           {QStringLiteral("287(1)")})
                     .isNull());
        // H-1 (its last second) and last year.
        QVERIFY(!violation(jakpus, wib(2026, 11, 26, 23, 59, 59), QStringLiteral("r2"), QStringLiteral("tilang"), none,
                           {QStringLiteral("287(1)")})
                     .isNull());
        QVERIFY(!violation(gambir, wib(2026, 11, 26, 12), QStringLiteral("r2"), QStringLiteral("teguran"), none,
                           {QStringLiteral("291(1)")})
                     .isNull());
        QVERIFY(!violation(jakpus, wib(2025, 11, 27, 8), QStringLiteral("r4"), QStringLiteral("tilang"),
                           {QStringLiteral("sim")}, {QStringLiteral("281")})
                     .isNull());

        // ETLE on the day: captured, paid, rejected, verified; one captured the day before.
        QVERIFY(!etle(jakpus, wib(2026, 11, 27, 8), CaseState::Captured).isNull());
        QVERIFY(!etle(jakpus, wib(2026, 11, 27, 8, 5), CaseState::Paid).isNull());
        QVERIFY(!etle(jakpus, wib(2026, 11, 27, 8, 10), CaseState::Rejected).isNull());
        QVERIFY(!etle(gambir, wib(2026, 11, 27, 8, 15), CaseState::Verified).isNull());
        QVERIFY(!etle(jakpus, wib(2026, 11, 26, 8), CaseState::Captured).isNull());

        // Accidents: two on the day (a cause listed twice counts once), a draft and another Polres left out.
        QVERIFY(!accident(jakpus, wib(2026, 11, 27, 2, 30), QStringLiteral("chain"),
                          {QStringLiteral("human_speeding"), QStringLiteral("road_lighting"),
                           QStringLiteral("human_speeding")},
                          {QStringLiteral("md"), QStringLiteral("lr"), QStringLiteral("lr")}, 15'000'000)
                     .isNull());
        QVERIFY(!accident(gambir, wib(2026, 11, 27, 18), QStringLiteral("rear_end"), {QStringLiteral("human_phone")},
                          {QStringLiteral("lb")}, 2'500'000)
                     .isNull());
        QVERIFY(!accident(jakpus, wib(2026, 11, 27, 19), QStringLiteral("single"), {QStringLiteral("weather")},
                          {QStringLiteral("md")}, 1'000, false)
                     .isNull());
        QVERIFY(!accident(QStringLiteral("JAKUT"), wib(2026, 11, 27, 7), QStringLiteral("single"),
                          {QStringLiteral("weather")}, {QStringLiteral("md")}, 1'000)
                     .isNull());
        QVERIFY(!accident(jakpus, wib(2026, 11, 26, 21), QStringLiteral("rear_end"), {QStringLiteral("weather")}, {},
                          1'000'000)
                     .isNull());
        QVERIFY(!accident(jakpus, wib(2025, 11, 27, 6), QStringLiteral("head_on"), {},
                          {QStringLiteral("md"), QStringLiteral("md")}, 0)
                     .isNull());

        // Incidents and dispatches.
        m_dispatchUnit = unit(QStringLiteral("JAKSEL"), wib(2020, 1, 1, 8), {});
        incident(gambir, QStringLiteral("kecelakaan"), 1, wib(2026, 11, 27, 1), 60, 600, 3600);
        incident(jakpus, QStringLiteral("kecelakaan"), 1, wib(2026, 11, 27, 8), 30, 300, 1800);
        incident(jakpus, QStringLiteral("kemacetan"), 3, wib(2026, 11, 27, 9));
        incident(jakpus, QStringLiteral("pengawalan"), 4, wib(2026, 11, 27, 10), 100, 400, 7200);
        incident(QStringLiteral("JAKSEL"), QStringLiteral("kecelakaan"), 1, wib(2026, 11, 27, 10), 10, 20, 30);
        incident(jakpus, QStringLiteral("kecelakaan"), 1, wib(2026, 11, 28, 0), 10, 20, 30);
        incident(jakpus, QStringLiteral("kecelakaan"), 1, wib(2026, 11, 26, 12), 300, 900);
        // Reported on H-1, dispatched five minutes into the day: an H-1 incident, a dispatch of the day.
        incident(gambir, QStringLiteral("kemacetan"), 2, wib(2026, 11, 26, 23, 50), 15 * 60);

        // Patrols. The first unit is on patrol across midnight into the day, then again in the morning; the second
        // from 20:30 to the end of the day; the third is another Polres's.
        unit(gambir, wib(2026, 11, 20, 8),
             {{wib(2026, 11, 26, 22), QStringLiteral("on_patrol")},
              {wib(2026, 11, 27, 2), QStringLiteral("available")},
              {wib(2026, 11, 27, 8), QStringLiteral("on_patrol")},
              {wib(2026, 11, 27, 11, 30), QStringLiteral("available")}});
        unit(jakpus, wib(2026, 11, 20, 8), {{wib(2026, 11, 27, 20, 30), QStringLiteral("on_patrol")}});
        unit(QStringLiteral("JAKSEL"), wib(2026, 11, 20, 8), {{wib(2026, 11, 27, 6), QStringLiteral("on_patrol")}});

        // The operation window 2026-01-31 18:00 → 2026-02-01 06:00 (WIB): its edges, the window before it, and the
        // same window a year before.
        QVERIFY(!violation(jakpus, wib(2026, 1, 31, 17, 59, 59), QStringLiteral("r2"), QStringLiteral("tilang"), none,
                           {QStringLiteral("287(1)")})
                     .isNull());
        QVERIFY(!violation(jakpus, wib(2026, 1, 31, 18), QStringLiteral("r2"), QStringLiteral("tilang"), none,
                           {QStringLiteral("287(1)")})
                     .isNull());
        QVERIFY(!violation(jakpus, wib(2026, 2, 1, 5, 59, 59), QStringLiteral("r4"), QStringLiteral("tilang"), none,
                           {QStringLiteral("287(1)")})
                     .isNull());
        QVERIFY(!violation(jakpus, wib(2026, 2, 1, 6), QStringLiteral("r2"), QStringLiteral("tilang"), none,
                           {QStringLiteral("287(1)")})
                     .isNull());
        QVERIFY(!violation(jakpus, wib(2025, 1, 31, 20), QStringLiteral("r2"), QStringLiteral("tilang"), none,
                           {QStringLiteral("287(1)")})
                     .isNull());
        incident(jakpus, QStringLiteral("kemacetan"), 3, wib(2026, 1, 31, 23, 30), 60, 120, 600);
        incident(jakpus, QStringLiteral("kemacetan"), 3, wib(2026, 2, 1, 6));

        // The last day of February and 29 February (2028 is a leap year).
        QVERIFY(!violation(jakpus, wib(2026, 2, 28, 23, 30), QStringLiteral("r2"), QStringLiteral("teguran"), none,
                           {QStringLiteral("287(1)")})
                     .isNull());
        QVERIFY(!violation(jakpus, wib(2028, 2, 29, 12), QStringLiteral("r2"), QStringLiteral("teguran"), none,
                           {QStringLiteral("287(1)")})
                     .isNull());
        QVERIFY(!violation(jakpus, wib(2027, 2, 28, 12), QStringLiteral("r4"), QStringLiteral("teguran"), none,
                           {QStringLiteral("287(1)")})
                     .isNull());

        // Two desks' clocks apart (JAKUT, 10 October): the call was stamped two minutes after the unit's own
        // clock had it on scene and the incident cleared. An arrival before the report counts as immediate.
        {
            const QUuid skewed = QUuid::createUuid();
            const qint64 ms = wib(2026, 10, 10, 10).toMSecsSinceEpoch();
            m_remote << change(EntityKind::Incident, skewed, ChangeKind::Create,
                               {{QStringLiteral("type_code"), QStringLiteral("kecelakaan")},
                                {QStringLiteral("priority"), 2},
                                {QStringLiteral("station_code"), QStringLiteral("JAKUT")},
                                {QStringLiteral("reported_at"),
                                 wib(2026, 10, 10, 10, 2).toUTC().toString(Qt::ISODateWithMs)}},
                               ms, QStringLiteral("B"))
                     << change(EntityKind::Incident, skewed, ChangeKind::Dispatch,
                               {{QStringLiteral("unit_id"), idText(m_dispatchUnit)}}, ms + 30'000, QStringLiteral("B"))
                     << transition(EntityKind::Incident, skewed, QStringLiteral("reported"),
                                   QStringLiteral("dispatched"), ms + 30'000, QStringLiteral("B"))
                     << transition(EntityKind::Incident, skewed, QStringLiteral("dispatched"),
                                   QStringLiteral("on_scene"), ms + 60'000, QStringLiteral("B"))
                     << transition(EntityKind::Incident, skewed, QStringLiteral("on_scene"), QStringLiteral("cleared"),
                                   ms + 90'000, QStringLiteral("B"));
        }

        const CommitResult applied = m_store->applyRemote(m_remote);
        QVERIFY2(applied.ok, qPrintable(applied.error));
    }

    void percentChangeHandlesZeroAndMissing_data()
    {
        QTest::addColumn<qint64>("before"); // -1: missing
        QTest::addColumn<qint64>("now");
        QTest::addColumn<double>("expected"); // NaN: nothing
        const double nothing = std::nan("");
        QTest::addRow("up half") << qint64(10) << qint64(15) << 50.0;
        QTest::addRow("down to zero") << qint64(4) << qint64(0) << -100.0;
        QTest::addRow("a third") << qint64(3) << qint64(4) << 100.0 / 3.0;
        QTest::addRow("unchanged") << qint64(7) << qint64(7) << 0.0;
        QTest::addRow("from zero") << qint64(0) << qint64(5) << nothing;
        QTest::addRow("zero to zero") << qint64(0) << qint64(0) << nothing;
        QTest::addRow("before missing") << qint64(-1) << qint64(5) << nothing;
        QTest::addRow("now missing") << qint64(5) << qint64(-1) << nothing;
    }

    void percentChangeHandlesZeroAndMissing()
    {
        QFETCH(qint64, before);
        QFETCH(qint64, now);
        QFETCH(double, expected);
        const auto value = [](qint64 v) { return v < 0 ? std::nullopt : std::optional<qint64>(v); };
        const std::optional<double> change = percentChange(value(before), value(now));
        if (std::isnan(expected)) {
            QVERIFY(!change.has_value());
        } else {
            QVERIFY(change.has_value());
            QVERIFY2(std::abs(*change - expected) < 1e-9, qPrintable(QString::number(*change)));
        }
    }

    void periodsAcrossMonthEndsAndLeapDays()
    {
        QCOMPARE(ReportPeriod::day(QDate(2026, 3, 1)).previous().dayWib(), QDate(2026, 2, 28));
        QCOMPARE(ReportPeriod::day(QDate(2026, 12, 1)).previous().dayWib(), QDate(2026, 11, 30));
        QCOMPARE(ReportPeriod::day(QDate(2027, 1, 1)).previous().dayWib(), QDate(2026, 12, 31));
        QCOMPARE(ReportPeriod::day(QDate(2028, 3, 1)).previous().dayWib(), QDate(2028, 2, 29));
        QCOMPARE(ReportPeriod::day(QDate(2028, 2, 29)).sameLastYear().dayWib(), QDate(2027, 2, 28));
        QCOMPARE(ReportPeriod::day(QDate(2026, 11, 27)).sameLastYear().dayWib(), QDate(2025, 11, 27));
        // A WIB day is 17:00–17:00 UTC.
        const ReportPeriod day = ReportPeriod::day(QDate(2026, 11, 27));
        QCOMPARE(day.start.toUTC(), QDateTime(QDate(2026, 11, 26), QTime(17, 0), Qt::UTC));
        QCOMPARE(day.end.toUTC(), QDateTime(QDate(2026, 11, 27), QTime(17, 0), Qt::UTC));
        QVERIFY(day.isDay());
        QCOMPARE(day.title().id, QStringLiteral("Jumat, 27 November 2026"));
        QCOMPARE(day.title().en, QStringLiteral("Friday, 27 November 2026"));
        QCOMPARE(ReportPeriod::day(QDate(2028, 2, 29)).title().id, QStringLiteral("Selasa, 29 Februari 2028"));

        // An operation: the window of the same length before it, and the same kind's operation a year before.
        const auto lilin = OperationCalendar::builtIn().byCode(QStringLiteral("lilin-2026"));
        QVERIFY(lilin.has_value());
        const ReportPeriod window = ReportPeriod::operation(*lilin);
        QVERIFY(!window.isDay());
        QCOMPARE(window.previous().end, window.start);
        QCOMPARE(window.previous().start.msecsTo(window.previous().end), window.start.msecsTo(window.end));
        QCOMPARE(window.sameLastYear().operationCode, QStringLiteral("lilin-2025"));
        QCOMPARE(window.title().id, QStringLiteral("Operasi Lilin Jaya 2026"));
        // The window before it is no day and no operation: it is named by its bounds.
        QCOMPARE(window.previous().title().id, QStringLiteral("12 Desember 2026 06.00 – 22 Desember 2026 18.00 WIB"));
        QCOMPARE(window.previous().title().en, QStringLiteral("12 December 2026 06:00 – 22 December 2026 18:00 WIB"));
    }

    void scopeTakesThePolresAndItsPolsek()
    {
        const ReportScope jakpus{QStringLiteral("JAKPUS")};
        QVERIFY(!jakpus.isPolda());
        QVERIFY(jakpus.contains(QStringLiteral("JAKPUS")));
        QVERIFY(jakpus.contains(QStringLiteral("JAKPUS-GAMBIR")));
        QVERIFY(jakpus.contains(QStringLiteral("JAKPUS-POS-BARU"))); // not in the directory: its prefix decides
        QVERIFY(!jakpus.contains(QStringLiteral("JAKPUSAT")));
        QVERIFY(!jakpus.contains(QStringLiteral("JAKBAR")));
        QVERIFY(!jakpus.contains(QStringLiteral("PMJ")));
        QVERIFY(!jakpus.contains(QString()));
        const ReportScope pmj{QStringLiteral("PMJ")};
        QVERIFY(pmj.isPolda());
        QCOMPARE(pmj.name().id, QStringLiteral("Polda Metro Jaya"));
        for (const char *station : {"PMJ", "JAKPUS", "JAKPUS-GAMBIR", "JAKSEL", "JAKTIM"})
            QVERIFY2(pmj.contains(QLatin1String(station)), station);
        QVERIFY(!pmj.contains(QStringLiteral("KORLANTAS")));
    }

    void violationsOfTheDay()
    {
        const DailyReport report = day27();
        QCOMPARE(report.reportId(), QStringLiteral("JAKPUS/2026-11-27"));
        QCOMPARE(report.previousPeriod.dayWib(), QDate(2026, 11, 26));
        QCOMPARE(report.lastYearPeriod.dayWib(), QDate(2025, 11, 27));
        using reporttable::kViolations;
        QCOMPARE(rowKeys(report, kViolations),
                 (QStringList{"total", "r2", "r4", "other_vehicle", "tilang", "teguran", "seized_sim", "seized_stnk",
                              "seized_vehicle", "etle_captures", "etle_verified", "etle_paid", "fines_rupiah"}));
        QCOMPARE(figures(report, kViolations, "total"), QStringLiteral("3/2/1"));
        QCOMPARE(figures(report, kViolations, "r2"), QStringLiteral("1/2/0"));
        QCOMPARE(figures(report, kViolations, "r4"), QStringLiteral("1/0/1"));
        QCOMPARE(figures(report, kViolations, "other_vehicle"), QStringLiteral("1/0/0"));
        QCOMPARE(figures(report, kViolations, "tilang"), QStringLiteral("2/1/1"));
        QCOMPARE(figures(report, kViolations, "teguran"), QStringLiteral("1/1/0"));
        QCOMPARE(figures(report, kViolations, "seized_sim"), QStringLiteral("1/0/1"));
        QCOMPARE(figures(report, kViolations, "seized_stnk"), QStringLiteral("1/0/0"));
        QCOMPARE(figures(report, kViolations, "seized_vehicle"), QStringLiteral("1/0/0")); // listed twice, once
        QCOMPARE(figures(report, kViolations, "etle_captures"), QStringLiteral("4/1/0"));
        QCOMPARE(figures(report, kViolations, "etle_verified"), QStringLiteral("2/0/0"));
        QCOMPARE(figures(report, kViolations, "etle_paid"), QStringLiteral("1/0/0"));
        const qint64 p287 = fineOf({QStringLiteral("287(1)")});
        const qint64 p281 = fineOf({QStringLiteral("281")});
        QVERIFY(p287 > 0 && p281 > 0);
        // Tickets of the day (287(1); 281 + 287(1)) and the paid ETLE ticket (287(1)); H-1's tilang; last year's.
        QCOMPARE(figures(report, kViolations, "fines_rupiah"),
                 QStringLiteral("%1/%2/%3").arg(p287 + (p281 + p287) + p287).arg(p287).arg(p281));
        QCOMPARE(report.row(QLatin1String(kViolations), QStringLiteral("fines_rupiah"))->unit, ReportUnit::Rupiah);

        QCOMPARE(rowKeys(report, reporttable::kViolationArticles), (QStringList{"281", "287(1)", "291(1)"}));
        QCOMPARE(figures(report, reporttable::kViolationArticles, QStringLiteral("281")), QStringLiteral("1/0/1"));
        QCOMPARE(figures(report, reporttable::kViolationArticles, QStringLiteral("287(1)")), QStringLiteral("2/1/0"));
        QCOMPARE(figures(report, reporttable::kViolationArticles, QStringLiteral("291(1)")), QStringLiteral("1/1/0"));
        QVERIFY(report.row(QLatin1String(reporttable::kViolationArticles), QStringLiteral("287(1)"))
                    ->label.id.startsWith(QStringLiteral("Pasal 287 ayat (1)")));
    }

    void accidentsOfTheDay()
    {
        const DailyReport report = day27();
        using reporttable::kAccidents;
        QCOMPARE(rowKeys(report, kAccidents), (QStringList{"total", "md", "lb", "lr", "material_loss"}));
        QCOMPARE(figures(report, kAccidents, "total"), QStringLiteral("2/1/1"));
        QCOMPARE(figures(report, kAccidents, "md"), QStringLiteral("1/0/2"));
        QCOMPARE(figures(report, kAccidents, "lb"), QStringLiteral("1/0/0"));
        QCOMPARE(figures(report, kAccidents, "lr"), QStringLiteral("2/0/0"));
        QCOMPARE(figures(report, kAccidents, "material_loss"), QStringLiteral("17500000/1000000/0"));

        QCOMPARE(rowKeys(report, reporttable::kAccidentCollision), (QStringList{"head_on", "rear_end", "chain"}));
        QCOMPARE(figures(report, reporttable::kAccidentCollision, QStringLiteral("chain")), QStringLiteral("1/0/0"));
        QCOMPARE(figures(report, reporttable::kAccidentCollision, QStringLiteral("rear_end")), QStringLiteral("1/1/0"));
        QCOMPARE(figures(report, reporttable::kAccidentCollision, QStringLiteral("head_on")), QStringLiteral("0/0/1"));
        QCOMPARE(report.row(QLatin1String(reporttable::kAccidentCollision), QStringLiteral("chain"))->label.en,
                 QStringLiteral("Chain collision"));

        QCOMPARE(rowKeys(report, reporttable::kAccidentCause),
                 (QStringList{"human_speeding", "human_phone", "road_lighting", "weather"}));
        QCOMPARE(figures(report, reporttable::kAccidentCause, QStringLiteral("human_speeding")),
                 QStringLiteral("1/0/0")); // listed twice in one accident
        QCOMPARE(figures(report, reporttable::kAccidentCause, QStringLiteral("human_phone")), QStringLiteral("1/0/0"));
        QCOMPARE(figures(report, reporttable::kAccidentCause, QStringLiteral("road_lighting")),
                 QStringLiteral("1/0/0"));
        QCOMPARE(figures(report, reporttable::kAccidentCause, QStringLiteral("weather")), QStringLiteral("0/1/0"));

        using reporttable::kAccidentTimeband;
        QCOMPARE(rowKeys(report, kAccidentTimeband),
                 (QStringList{"00-03", "03-06", "06-09", "09-12", "12-15", "15-18", "18-21", "21-24"}));
        QCOMPARE(figures(report, kAccidentTimeband, "00-03"), QStringLiteral("1/0/0"));
        QCOMPARE(figures(report, kAccidentTimeband, "03-06"), QStringLiteral("0/0/0"));
        QCOMPARE(figures(report, kAccidentTimeband, "06-09"), QStringLiteral("0/0/1"));
        QCOMPARE(figures(report, kAccidentTimeband, "09-12"), QStringLiteral("0/0/0"));
        QCOMPARE(figures(report, kAccidentTimeband, "12-15"), QStringLiteral("0/0/0"));
        QCOMPARE(figures(report, kAccidentTimeband, "15-18"), QStringLiteral("0/0/0"));
        QCOMPARE(figures(report, kAccidentTimeband, "18-21"), QStringLiteral("1/0/0"));
        QCOMPARE(figures(report, kAccidentTimeband, "21-24"), QStringLiteral("0/1/0"));
    }

    void incidentsAndResponseOfTheDay()
    {
        const DailyReport report = day27();
        QCOMPARE(rowKeys(report, reporttable::kIncidents),
                 (QStringList{"total", "kecelakaan", "kemacetan", "pengawalan"}));
        QCOMPARE(figures(report, reporttable::kIncidents, QStringLiteral("total")), QStringLiteral("4/2/0"));
        QCOMPARE(figures(report, reporttable::kIncidents, QStringLiteral("kecelakaan")), QStringLiteral("2/1/0"));
        QCOMPARE(figures(report, reporttable::kIncidents, QStringLiteral("kemacetan")), QStringLiteral("1/1/0"));
        QCOMPARE(figures(report, reporttable::kIncidents, QStringLiteral("pengawalan")), QStringLiteral("1/0/0"));
        QCOMPARE(report.row(QLatin1String(reporttable::kIncidents), QStringLiteral("kemacetan"))->label.en,
                 QStringLiteral("Congestion"));

        using reporttable::kResponse;
        QCOMPARE(rowKeys(report, kResponse),
                 (QStringList{"count_p1", "count_p2", "count_p3", "count_p4", "response_median_p1",
                              "response_median_p2", "response_median_p3", "response_median_p4", "clearance_median_p1",
                              "clearance_median_p2", "clearance_median_p3", "clearance_median_p4"}));
        QCOMPARE(figures(report, kResponse, "count_p1"), QStringLiteral("2/1/0"));
        QCOMPARE(figures(report, kResponse, "count_p2"), QStringLiteral("0/1/0"));
        QCOMPARE(figures(report, kResponse, "count_p3"), QStringLiteral("1/0/0"));
        QCOMPARE(figures(report, kResponse, "count_p4"), QStringLiteral("1/0/0"));
        // P1: 600 s and 300 s → 450; H-1 900; no record last year: nothing.
        QCOMPARE(figures(report, kResponse, "response_median_p1"), QStringLiteral("450/900/–"));
        QCOMPARE(figures(report, kResponse, "response_median_p2"), QStringLiteral("–/–/–")); // dispatched, never there
        QCOMPARE(figures(report, kResponse, "response_median_p3"), QStringLiteral("–/–/–"));
        QCOMPARE(figures(report, kResponse, "response_median_p4"), QStringLiteral("400/–/–"));
        QCOMPARE(figures(report, kResponse, "clearance_median_p1"), QStringLiteral("2700/–/–"));
        QCOMPARE(figures(report, kResponse, "clearance_median_p2"), QStringLiteral("–/–/–"));
        QCOMPARE(figures(report, kResponse, "clearance_median_p3"), QStringLiteral("–/–/–"));
        QCOMPARE(figures(report, kResponse, "clearance_median_p4"), QStringLiteral("7200/–/–"));
        QCOMPARE(report.row(QLatin1String(kResponse), QStringLiteral("response_median_p1"))->unit, ReportUnit::Seconds);
    }

    void activityOfTheDay()
    {
        const DailyReport report = day27();
        using reporttable::kActivity;
        QCOMPARE(rowKeys(report, kActivity), (QStringList{"patrol_units", "patrol_hours", "escorts", "dispatches"}));
        // Day: the first unit 00:00–02:00 (begun the evening before) and 08:00–11:30, the second 20:30–24:00: 9 h;
        // two units went on patrol within the day. H-1: the first unit 22:00–24:00.
        QCOMPARE(figures(report, kActivity, "patrol_units"), QStringLiteral("2/1/0"));
        QCOMPARE(figures(report, kActivity, "patrol_hours"), QStringLiteral("9/2/0"));
        QCOMPARE(figures(report, kActivity, "escorts"), QStringLiteral("1/0/0"));
        // Three incidents of the day dispatched, and H-1's late one five minutes into the day.
        QCOMPARE(figures(report, kActivity, "dispatches"), QStringLiteral("4/1/0"));

        // A day still running ends now: at 22:00 the second unit has patrolled 1.5 h (5.5 + 1.5 = 7).
        const DailyReport running =
            build(QStringLiteral("JAKPUS"), ReportPeriod::day(QDate(2026, 11, 27)), wib(2026, 11, 27, 22));
        QCOMPARE(figures(running, kActivity, "patrol_hours"), QStringLiteral("7/2/0"));
    }

    void arrivalBeforeTheReportIsImmediate()
    {
        const DailyReport report = build(QStringLiteral("JAKUT"), ReportPeriod::day(QDate(2026, 10, 10)));
        QCOMPARE(figures(report, reporttable::kResponse, "count_p2"), QStringLiteral("1/0/0"));
        QCOMPARE(figures(report, reporttable::kResponse, "response_median_p2"), QStringLiteral("0/–/–"));
        QCOMPARE(figures(report, reporttable::kResponse, "clearance_median_p2"), QStringLiteral("0/–/–"));
    }

    void poldaTakesEveryPolres()
    {
        const DailyReport report = day27(QStringLiteral("PMJ"));
        QCOMPARE(report.reportId(), QStringLiteral("PMJ/2026-11-27"));
        QCOMPARE(figures(report, reporttable::kViolations, "total"), QStringLiteral("4/2/1"));
        QCOMPARE(figures(report, reporttable::kAccidents, "total"), QStringLiteral("3/1/1"));
        QCOMPARE(figures(report, reporttable::kIncidents, QStringLiteral("total")), QStringLiteral("5/2/0"));
        QCOMPARE(figures(report, reporttable::kActivity, "patrol_units"), QStringLiteral("3/1/0"));
        QCOMPARE(figures(report, reporttable::kActivity, "dispatches"), QStringLiteral("5/1/0"));
    }

    void operationWindowAcrossMidnightAndMonthEnd()
    {
        PoliceOperation operation;
        operation.code = QStringLiteral("uji-2026");
        operation.kind = QStringLiteral("uji");
        operation.nameId = QStringLiteral("Operasi Uji 2026");
        operation.nameEn = QStringLiteral("Test operation 2026");
        operation.start = wib(2026, 1, 31, 18);
        operation.end = wib(2026, 2, 1, 6);
        const DailyReport report = build(QStringLiteral("JAKPUS"), ReportPeriod::operation(operation));
        QCOMPARE(report.reportId(), QStringLiteral("JAKPUS/ops/uji-2026"));
        QCOMPARE(report.previousPeriod.start, wib(2026, 1, 31, 6));
        QCOMPARE(report.previousPeriod.end, wib(2026, 1, 31, 18));
        // Not in the calendar: the same dates one year back.
        QCOMPARE(report.lastYearPeriod.start, wib(2025, 1, 31, 18));
        QCOMPARE(report.lastYearPeriod.end, wib(2025, 2, 1, 6));
        // 18:00:00 and 05:59:59 inside; 17:59:59 in the window before; 06:00:00 after it.
        QCOMPARE(figures(report, reporttable::kViolations, "total"), QStringLiteral("2/1/1"));
        QCOMPARE(figures(report, reporttable::kViolations, "r4"), QStringLiteral("1/0/0"));
        QCOMPARE(figures(report, reporttable::kIncidents, QStringLiteral("total")), QStringLiteral("1/0/0"));
        QCOMPARE(figures(report, reporttable::kResponse, "response_median_p3"), QStringLiteral("120/–/–"));
        QCOMPARE(figures(report, reporttable::kActivity, "dispatches"), QStringLiteral("1/0/0"));
    }

    void lastDayOfAMonthAndLeapDay()
    {
        const DailyReport february = build(QStringLiteral("JAKPUS"), ReportPeriod::day(QDate(2026, 2, 28)));
        QCOMPARE(figures(february, reporttable::kViolations, "teguran"), QStringLiteral("1/0/0"));
        // 23:30 WIB on 28 February is 16:30 UTC the same day: not 1 March's, but its H-1.
        const DailyReport march = build(QStringLiteral("JAKPUS"), ReportPeriod::day(QDate(2026, 3, 1)));
        QCOMPARE(figures(march, reporttable::kViolations, "teguran"), QStringLiteral("0/1/0"));
        const DailyReport leap = build(QStringLiteral("JAKPUS"), ReportPeriod::day(QDate(2028, 2, 29)));
        QCOMPARE(leap.lastYearPeriod.dayWib(), QDate(2027, 2, 28));
        QCOMPARE(figures(leap, reporttable::kViolations, "total"), QStringLiteral("1/0/1"));
        QCOMPARE(figures(leap, reporttable::kViolations, "r2"), QStringLiteral("1/0/0"));
        QCOMPARE(figures(leap, reporttable::kViolations, "r4"), QStringLiteral("0/0/1"));
        const DailyReport afterLeap = build(QStringLiteral("JAKPUS"), ReportPeriod::day(QDate(2028, 3, 1)));
        QCOMPARE(figures(afterLeap, reporttable::kViolations, "total"), QStringLiteral("0/1/0"));
    }

    void refusesBadRequests()
    {
        DailyReportBuilder builder(m_path);
        QVERIFY2(builder.isOpen(), qPrintable(builder.openError()));
        DailyReport report;
        QString error;
        QVERIFY(
            !builder.build({ReportScope{QStringLiteral("JAKPUS-GAMBIR")}, ReportPeriod::day(QDate(2026, 11, 27)), {}},
                           &report, &error));
        QVERIFY2(error.contains(QStringLiteral("JAKPUS-GAMBIR")), qPrintable(error));
        QVERIFY(!builder.build({ReportScope{QStringLiteral("NOWHERE")}, ReportPeriod::day(QDate(2026, 11, 27)), {}},
                               &report, &error));
        QVERIFY2(error.contains(QStringLiteral("NOWHERE")), qPrintable(error));
        ReportPeriod empty = ReportPeriod::day(QDate(2026, 11, 27));
        empty.end = empty.start;
        QVERIFY(!builder.build({ReportScope{QStringLiteral("JAKPUS")}, empty, {}}, &report, &error));
        QVERIFY(!error.isEmpty());

        DailyReportBuilder missing(m_dir.filePath(QStringLiteral("no-such.db")));
        QVERIFY(!missing.isOpen());
        QVERIFY2(missing.openError().contains(QStringLiteral("no-such.db")), qPrintable(missing.openError()));
        QVERIFY(!missing.build({ReportScope{QStringLiteral("JAKPUS")}, ReportPeriod::day(QDate(2026, 11, 27)), {}},
                               &report, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such.db")), qPrintable(error));
    }

    void csvHasOneLinePerRow()
    {
        const DailyReport report = day27();
        const QStringList lines = QString::fromUtf8(reportCsv(report, ReportLanguage::Indonesian))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        qsizetype rows = 0;
        for (const ReportTable &table : report.tables)
            rows += table.rows.size();
        QCOMPARE(lines.size(), rows + 1);
        QCOMPARE(lines.at(0), QStringLiteral("table,row,label,unit,current,h_1,change_h_1_pct,last_year,"
                                             "change_last_year_pct"));
        QVERIFY(lines.contains(QStringLiteral("violations,total,Jumlah pelanggaran,count,3,2,50.0,1,200.0")));
        // A label with commas is quoted; a change from 0 is empty.
        QVERIFY(lines.contains(
            QStringLiteral("violations,other_vehicle,\"Kendaraan lain (bus, truk, lainnya)\",count,1,0,,0,")));
        QVERIFY(lines.contains(QStringLiteral("response,response_median_p1,Median waktu tanggap P1,seconds,450,900,"
                                              "-50.0,,")));
        QVERIFY(lines.contains(QStringLiteral("response,response_median_p2,Median waktu tanggap P2,seconds,,,,,")));
        const QString english = QString::fromUtf8(reportCsv(report, ReportLanguage::English));
        QVERIFY(english.contains(QStringLiteral("accidents,md,Killed (MD),count,1,0,,2,-50.0\n")));
        QVERIFY(english.contains(QStringLiteral("activity,patrol_hours,Patrol hours,count,9,2,350.0,0,\n")));
    }
};

QTEST_GUILESS_MAIN(TestDailyReport)
#include "tst_dailyreport.moc"
