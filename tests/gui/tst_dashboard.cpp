// The supervisors' dashboard: a hand-made snapshot reaches every chart (read back through the adapter), clicks
// open the records behind a bar, store changes are coalesced, figures from a real store reach the charts, closing
// with a computation in flight is clean, and the whole window in light and dark (screenshots).

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSemaphore>
#include <QTableView>
#include <QThreadPool>
#include <QTimeZone>
#include <QtTest>

#include <atomic>
#include <numeric>

#include "cases/casedesk.h"
#include "dashboard/chartadapter.h"
#include "dashboard/chartpanel.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboardrefresher.h"
#include "dashboard/dashboardwindow.h"
#include "dashboard/drilldowndialog.h"
#include "dashboard/drillrecordmodel.h"
#include "guitestsupport.h"
#include "language.h"
#include "theme.h"

using namespace lintas;
using analytics::DashboardSnapshot;

namespace {

const QTimeZone kWib(7 * 3600);

// Friday 27 November 2026, 14:05:12 WIB.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 27), QTime(14, 5, 12), kWib).toUTC();
}

QVector<double> doubles(const QVector<int> &values)
{
    return QVector<double>(values.cbegin(), values.cend());
}

// A snapshot with a different figure everywhere, so that a value in the wrong place shows.
DashboardSnapshot handMadeSnapshot()
{
    DashboardSnapshot s;
    s.filter = analytics::DashboardFilter{};
    s.filter.now = fixedNow();
    s.filter.to = fixedNow();
    s.filter.from = QDateTime(QDate(2026, 11, 27), QTime(0, 0), kWib).toUTC();
    s.computedAt = QDateTime(QDate(2026, 11, 27), QTime(7, 5, 12), kWib).toUTC();
    s.computeMs = 48;
    for (int hour = 0; hour < 24; ++hour) {
        s.incidentsPerHourToday << (hour <= 14 ? (hour * 7) % 11 : 0);
        s.sameWeekdayAverage << 2.5 + (hour % 6) * 1.25;
    }
    // Deliberately not sorted: the chart shows most first.
    s.incidentsByType = {{QStringLiteral("kemacetan"), 14},
                         {QStringLiteral("kecelakaan"), 21},
                         {QStringLiteral("kendaraan_mogok"), 9},
                         {QStringLiteral("banjir"), 3}};
    s.incidentsBySector = {{QStringLiteral("JAKPUS"), 17},
                           {QStringLiteral("JAKSEL"), 12},
                           {QStringLiteral("JAKBAR"), 8},
                           {QStringLiteral("JAKTIM"), 6},
                           {QStringLiteral("JAKUT"), 4}};
    const double thresholds[] = {600, 900, 1800, 3600};
    for (int p = 1; p <= 4; ++p) {
        analytics::ResponseStats stats;
        stats.priority = Priority(p);
        stats.count = 10 * p;
        stats.medianS = 300.0 * p + 210;
        stats.p90S = 600.0 * p + 240;
        stats.thresholdS = thresholds[p - 1];
        for (int bin = 0; bin < analytics::kResponseBins; ++bin)
            stats.histogram << std::max(0, 6 - std::abs(bin - p * 2)) + (bin == 12 ? p : 0);
        s.response << stats;
    }
    s.openByAge = {{QStringLiteral("gt4h"), 1},
                   {QStringLiteral("lt15m"), 5},
                   {QStringLiteral("15-30m"), 4},
                   {QStringLiteral("30-60m"), 3},
                   {QStringLiteral("1-2h"), 2}};
    const QDateTime shiftStart = QDateTime(QDate(2026, 11, 27), QTime(7, 0), kWib).toUTC();
    for (int i = 0; i <= 28; ++i) {
        analytics::UnitStatusSample sample;
        sample.at = shiftStart.addSecs(15 * 60 * i);
        sample.counts = {10 - i % 4, 6 + i % 3, i % 2, 1 + i % 2, 2 + i % 3, 1, i < 10 ? 2 : 1};
        s.unitsOverShift << sample;
    }
    for (int d = 29; d >= 0; --d) {
        analytics::DayAccidents day;
        day.day = QDate(2026, 11, 27).addDays(-d);
        day.accidents = 3 + (d * 5) % 7;
        day.md = d % 9 == 0 ? 1 : 0;
        day.lb = d % 4 == 0 ? 2 : d % 3;
        day.lr = 2 + d % 5;
        s.accidents30Days << day;
    }
    const char *articles[] = {"287(1)", "281", "291(1)", "288(2)", "287(2)", "285(1)",
                              "280",    "282", "293(1)", "288(1)", "286",    "283"};
    for (int i = 0; i < 12; ++i)
        s.violationsByArticle << analytics::LabelledCount{QLatin1String(articles[i]), 60 - 4 * i};
    s.etle = {420, 388, 301, 210, 174, 32};
    s.openIncidents = 15;
    s.incidentsInPeriod = 47;
    return s;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

class Tst_dashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void windowDrawsAHandMadeSnapshot();
    void categoriesFollowTheLanguage();
    void clicksMakeTheRightDrillDown();
    void adapterBarsAndThresholdReadBack();
    void selectionMakesTheFilter();
    void burstOfChangesIsCoalesced();
    void changeDuringComputationSchedulesExactlyOneMore();
    void closingWithAComputationInFlightIsClean();
    void realStoreFiguresReachTheCharts();
    void clickOnABarOpensItsRecords();
    void screenshotsLightAndDark();

private:
    // A store with a service and a desk on it, clocked at fixedNow().
    void openDesk();
    void seedRealStore();
    QString shotsDir() const;

    QTemporaryDir m_dir;
    QString m_storePath;
    HybridClock m_clock;
    std::unique_ptr<ChangeFactory> m_changes;
    std::unique_ptr<StoreService> m_service;
    std::unique_ptr<CaseDesk> m_desk;
    QList<QUuid> m_accidentIds;
    QList<QUuid> m_congestionIds;
};

void Tst_dashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    Language::instance()->setLanguage(QStringLiteral("en"));
    Theme::instance()->apply(Theme::Mode::Light);
    m_changes = std::make_unique<ChangeFactory>(test::kSite, test::kActor, &m_clock);
}

void Tst_dashboard::cleanup()
{
    Language::instance()->setLanguage(QStringLiteral("en"));
    Theme::instance()->apply(Theme::Mode::Light);
}

void Tst_dashboard::openDesk()
{
    if (m_desk)
        return;
    m_storePath = m_dir.filePath(QStringLiteral("dashboard.lintas"));
    seedRealStore();
    m_service = std::make_unique<StoreService>(m_storePath, test::kSite);
    QVERIFY(test::startService(*m_service));
    m_desk = std::make_unique<CaseDesk>(m_service.get(), m_changes.get(), m_storePath);
    m_desk->setClock([] { return fixedNow(); });
}

void Tst_dashboard::seedRealStore()
{
    Store store(m_storePath, test::kSite);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    ChangeList changes;
    const auto incident = [&](const QString &type, Priority priority, const QString &station, int minutesBefore) {
        IncidentDraft draft;
        draft.typeCode = type;
        draft.priority = priority;
        draft.latitude = -6.1951;
        draft.longitude = 106.8231;
        draft.landmark = QStringLiteral("Bundaran HI");
        draft.stationCode = station;
        draft.reportedAt = fixedNow().addSecs(-60 * minutesBefore);
        QUuid id;
        changes << m_changes->createIncident(draft, &id);
        return id;
    };
    // Three accidents and two congestions today (WIB), one accident yesterday.
    m_accidentIds << incident(QStringLiteral("kecelakaan"), Priority::P1, QStringLiteral("JAKPUS"), 20)
                  << incident(QStringLiteral("kecelakaan"), Priority::P2, QStringLiteral("JAKPUS"), 95)
                  << incident(QStringLiteral("kecelakaan"), Priority::P1, QStringLiteral("JAKSEL"), 300);
    m_congestionIds << incident(QStringLiteral("kemacetan"), Priority::P3, QStringLiteral("JAKSEL"), 45)
                    << incident(QStringLiteral("kemacetan"), Priority::P3, QStringLiteral("JAKBAR"), 130);
    incident(QStringLiteral("kecelakaan"), Priority::P2, QStringLiteral("JAKPUS"), 24 * 60);
    const CommitResult result = store.commitLocal(changes);
    QVERIFY2(result.ok, qPrintable(result.error));
    store.close();
}

QString Tst_dashboard::shotsDir() const
{
    // Where the screenshots go for a person to look at; the test's own folder otherwise.
    const QString wanted = qEnvironmentVariable("LINTAS_SHOTS_DIR");
    const QString dir = wanted.isEmpty() ? m_dir.filePath(QStringLiteral("shots")) : wanted;
    QDir().mkpath(dir);
    return dir;
}

void Tst_dashboard::windowDrawsAHandMadeSnapshot()
{
    DashboardWindow window(SupervisionContext{});
    const DashboardSnapshot snapshot = handMadeSnapshot();
    window.showSnapshot(snapshot);

    ChartAdapter *perHour = window.chart(DashboardChart::IncidentsPerHour);
    QCOMPARE(perHour->categories().size(), 24);
    QCOMPARE(perHour->categories().first(), QStringLiteral("00"));
    QCOMPARE(perHour->categories().last(), QStringLiteral("23"));
    QCOMPARE(perHour->seriesCount(), 2);
    QCOMPARE(perHour->values(0), doubles(snapshot.incidentsPerHourToday));
    QCOMPARE(perHour->values(1), snapshot.sameWeekdayAverage);

    ChartAdapter *byType = window.chart(DashboardChart::IncidentsByType);
    QCOMPARE(byType->categories(), strings({"Accident", "Congestion", "Breakdown", "Flooding"}));
    QCOMPARE(byType->values(0), (QVector<double>{21, 14, 9, 3}));

    ChartAdapter *bySector = window.chart(DashboardChart::IncidentsBySector);
    QCOMPARE(bySector->categories(),
             strings({"Jakarta Pusat", "Jakarta Selatan", "Jakarta Barat", "Jakarta Timur", "Jakarta Utara"}));
    QCOMPARE(bySector->values(0), (QVector<double>{17, 12, 8, 6, 4}));

    ChartAdapter *distribution = window.chart(DashboardChart::ResponseDistribution);
    QCOMPARE(distribution->categories().size(), analytics::kResponseBins);
    QCOMPARE(distribution->categories().first(), QStringLiteral("0–5"));
    QCOMPARE(distribution->categories().last(), QStringLiteral("≥ 60"));
    QCOMPARE(distribution->seriesCount(), 4);
    for (int p = 0; p < 4; ++p) {
        QCOMPARE(distribution->seriesName(p), QStringLiteral("P%1").arg(p + 1));
        QCOMPARE(distribution->values(p), doubles(snapshot.response.at(p).histogram));
    }

    ChartAdapter *summary = window.chart(DashboardChart::ResponseSummary);
    QCOMPARE(summary->categories(), strings({"P1", "P2", "P3", "P4"}));
    QCOMPARE(summary->seriesName(0), QStringLiteral("Median"));
    QCOMPARE(summary->values(0), (QVector<double>{8.5, 13.5, 18.5, 23.5}));
    QCOMPARE(summary->values(1), (QVector<double>{14, 24, 34, 44}));
    QCOMPARE(summary->threshold(), (QVector<double>{10, 15, 30, 60}));

    ChartAdapter *age = window.chart(DashboardChart::OpenByAge);
    QCOMPARE(age->categories(), strings({"Under 15 min", "15–30 min", "30–60 min", "1–2 h", "2–4 h", "Over 4 h"}));
    QCOMPARE(age->values(0), (QVector<double>{5, 4, 3, 2, 0, 1}));

    ChartAdapter *units = window.chart(DashboardChart::UnitsOverShift);
    QCOMPARE(units->kind(), ChartAdapter::Kind::StackedBars);
    QCOMPARE(units->categories().size(), 29);
    QCOMPARE(units->categories().first(), QStringLiteral("07:00"));
    QCOMPARE(units->categories().last(), QStringLiteral("14:00"));
    QCOMPARE(units->seriesCount(), int(allUnitStatuses().size()));
    QCOMPARE(units->seriesName(0), QStringLiteral("Available"));
    QCOMPARE(units->seriesName(6), QStringLiteral("Out of service"));
    for (int status = 0; status < allUnitStatuses().size(); ++status)
        for (int i = 0; i < 29; ++i)
            QCOMPARE(units->values(status).at(i), double(snapshot.unitsOverShift.at(i).counts.at(status)));

    ChartAdapter *accidents = window.chart(DashboardChart::Accidents30Days);
    QCOMPARE(accidents->categories().size(), 30);
    QCOMPARE(accidents->categories().first(), QStringLiteral("29/10"));
    QCOMPARE(accidents->categories().last(), QStringLiteral("27/11"));
    QCOMPARE(accidents->seriesCount(), 4);
    for (int i = 0; i < 30; ++i) {
        const analytics::DayAccidents &day = snapshot.accidents30Days.at(i);
        QCOMPARE(accidents->values(0).at(i), double(day.accidents));
        QCOMPARE(accidents->values(1).at(i), double(day.md));
        QCOMPARE(accidents->values(2).at(i), double(day.lb));
        QCOMPARE(accidents->values(3).at(i), double(day.lr));
    }

    ChartAdapter *articles = window.chart(DashboardChart::ViolationsByArticle);
    QCOMPARE(articles->categories().size(), 10); // the top ten of twelve
    QCOMPARE(articles->categories().first(), QStringLiteral("Art. 287(1)"));
    QCOMPARE(articles->categories().last(), QStringLiteral("Art. 288(1)"));
    QCOMPARE(articles->values(0), (QVector<double>{60, 56, 52, 48, 44, 40, 36, 32, 28, 24}));

    ChartAdapter *etle = window.chart(DashboardChart::EtleFunnel);
    QCOMPARE(etle->categories(), strings({"Captured", "Verified", "Notice sent", "Payment issued", "Paid"}));
    QCOMPARE(etle->values(0), (QVector<double>{420, 388, 301, 210, 174}));
    QVERIFY(window.panel(DashboardChart::EtleFunnel)->note().contains(QStringLiteral("32")));

    // The header and the corner.
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("incidentsTodayFigure"))->text(),
             QString::number(
                 std::accumulate(snapshot.incidentsPerHourToday.cbegin(), snapshot.incidentsPerHourToday.cend(), 0)));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("incidentsInPeriodFigure"))->text(), QStringLiteral("47"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("openNowFigure"))->text(), QStringLiteral("15"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("medianP1Figure"))->text(), QStringLiteral("8.5 min"));
    QCOMPARE(window.updatedText(), QStringLiteral("Updated 07:05:12 WIB (computed in 48 ms)"));

    // Every chart's panel carries its title.
    QCOMPARE(window.panel(DashboardChart::IncidentsByType)->title(), QStringLiteral("Incidents by type"));
    QVERIFY(!window.chart(DashboardChart::IncidentsByType)->isEmptyShown());

    // A second snapshot replaces the first as a whole.
    DashboardSnapshot next = snapshot;
    next.incidentsByType = {{QStringLiteral("banjir"), 2}};
    window.showSnapshot(next);
    QCOMPARE(byType->categories(), strings({"Flooding"}));
    QCOMPARE(byType->values(0), (QVector<double>{2}));

    // Nothing at all: the charts say so instead of drawing empty axes without a word.
    window.showSnapshot(DashboardSnapshot{});
    QVERIFY(window.chart(DashboardChart::IncidentsByType)->isEmptyShown());
    QVERIFY(window.chart(DashboardChart::EtleFunnel)->isEmptyShown());
}

void Tst_dashboard::categoriesFollowTheLanguage()
{
    DashboardWindow window(SupervisionContext{});
    window.showSnapshot(handMadeSnapshot());
    QVERIFY(Language::instance()->setLanguage(QStringLiteral("id")));
    // Incident types come from the catalogue in the interface language.
    QTRY_COMPARE(window.chart(DashboardChart::IncidentsByType)->categories(),
                 strings({"Kecelakaan", "Kemacetan", "Kendaraan mogok", "Banjir"}));
    QVERIFY(Language::instance()->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(window.chart(DashboardChart::IncidentsByType)->categories().first(), QStringLiteral("Accident"));
}

void Tst_dashboard::clicksMakeTheRightDrillDown()
{
    using Chart = analytics::DrillDown::Chart;
    DashboardWindow window(SupervisionContext{});
    const DashboardSnapshot snapshot = handMadeSnapshot();
    window.showSnapshot(snapshot);

    // The second bar of "by type" is the congestion (most first).
    window.chart(DashboardChart::IncidentsByType)->activate(0, 1);
    QVERIFY(window.recordsDialog());
    QCOMPARE(window.recordsDialog()->drill().chart, Chart::IncidentsByType);
    QCOMPARE(window.recordsDialog()->drill().key, QStringLiteral("kemacetan"));
    QCOMPARE(window.recordsDialog()->drill().filter.from, snapshot.filter.from);
    QCOMPARE(window.recordsDialog()->drill().filter.to, snapshot.filter.to);
    // Without a store the dialog says so, and shows nothing.
    QCOMPARE(window.recordsDialog()->model()->rowCount(), 0);
    QVERIFY(window.recordsDialog()->statusText().contains(QStringLiteral("No store")));

    window.chart(DashboardChart::ResponseDistribution)->activate(1, 2); // P2, 10–15 min
    QCOMPARE(window.recordsDialog()->drill().chart, Chart::ResponseTimes);
    QCOMPARE(window.recordsDialog()->drill().key, QStringLiteral("p2"));
    QCOMPARE(window.recordsDialog()->drill().bin, 2);

    window.chart(DashboardChart::ResponseSummary)->activate(0, 3); // P4 as a whole
    QCOMPARE(window.recordsDialog()->drill().key, QStringLiteral("p4"));
    QCOMPARE(window.recordsDialog()->drill().bin, -1);

    window.chart(DashboardChart::UnitsOverShift)->activate(4, 10); // on scene, now
    QCOMPARE(window.recordsDialog()->drill().chart, Chart::UnitsByStatus);
    QCOMPARE(window.recordsDialog()->drill().key, QStringLiteral("on_scene"));

    window.chart(DashboardChart::Accidents30Days)->activate(2, 29);
    QCOMPARE(window.recordsDialog()->drill().chart, Chart::Accidents);
    QCOMPARE(window.recordsDialog()->drill().key, QStringLiteral("2026-11-27"));

    window.chart(DashboardChart::IncidentsPerHour)->activate(0, 9);
    QCOMPARE(window.recordsDialog()->drill().chart, Chart::IncidentsPerHour);
    QCOMPARE(window.recordsDialog()->drill().key, QStringLiteral("9"));

    window.chart(DashboardChart::EtleFunnel)->activate(0, 2);
    QCOMPARE(window.recordsDialog()->drill().chart, Chart::EtleFunnel);
    QCOMPARE(window.recordsDialog()->drill().key, QStringLiteral("notice_sent"));

    window.chart(DashboardChart::IncidentsBySector)->activate(0, 1);
    QCOMPARE(window.recordsDialog()->drill().key, QStringLiteral("JAKSEL"));
    window.chart(DashboardChart::OpenByAge)->activate(0, 5);
    QCOMPARE(window.recordsDialog()->drill().key, QStringLiteral("gt4h"));
    window.chart(DashboardChart::ViolationsByArticle)->activate(0, 0);
    QCOMPARE(window.recordsDialog()->drill().key, QStringLiteral("287(1)"));

    // Only one records dialog at a time; the average line is not made of records.
    DrillDownDialog *before = window.recordsDialog();
    window.chart(DashboardChart::IncidentsPerHour)->activate(1, 9);
    QCOMPARE(window.recordsDialog(), before);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(window.findChildren<DrillDownDialog *>().size(), 1);
}

void Tst_dashboard::adapterBarsAndThresholdReadBack()
{
    ChartAdapter bars(ChartAdapter::Kind::HorizontalBars);
    QSignalSpy clicked(&bars, &ChartAdapter::clicked);
    bars.replace(strings({"a", "b", "c"}), {ChartSeries{QStringLiteral("one"), {3, 2}, {}}});
    // Missing values count zero; the shown order is the given order.
    QCOMPARE(bars.values(0), (QVector<double>{3, 2, 0}));
    bars.setThreshold({2.5}, QStringLiteral("limit"));
    QCOMPARE(bars.threshold(), (QVector<double>{2.5}));
    bars.activate(0, 2);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), 0);
    QCOMPARE(clicked.first().at(1).toInt(), 2);
    bars.activate(1, 0); // no such series
    bars.activate(0, 3); // no such category
    QCOMPARE(clicked.size(), 1);
    bars.setThreshold({}, QString());
    QVERIFY(bars.threshold().isEmpty());

    ChartAdapter lines(ChartAdapter::Kind::Lines);
    lines.resize(400, 240);
    QStringList days;
    for (int i = 0; i < 30; ++i)
        days << QStringLiteral("%1/11").arg(i + 1, 2, 10, QLatin1Char('0'));
    lines.replace(days, {ChartSeries{QStringLiteral("x"), QVector<double>(30, 1.0), {}},
                         ChartSeries{QStringLiteral("y"), QVector<double>(30, 2.0), {}}});
    QCOMPARE(lines.categories(), days);
    QCOMPARE(lines.seriesCount(), 2);
    QCOMPARE(lines.values(1), QVector<double>(30, 2.0));
    lines.replace(days.mid(0, 3), {ChartSeries{QStringLiteral("x"), {1, 2, 3}, {}}});
    QCOMPARE(lines.seriesCount(), 1);
    QCOMPARE(lines.values(0), (QVector<double>{1, 2, 3}));
}

void Tst_dashboard::selectionMakesTheFilter()
{
    const QDateTime now = fixedNow();
    const QDateTime midnight = QDateTime(QDate(2026, 11, 27), QTime(0, 0), kWib).toUTC();
    DashboardSelection selection;
    selection.stationCode = QStringLiteral("JAKPUS");
    analytics::DashboardFilter filter = selection.filterAt(now);
    QCOMPARE(filter.stationCode, QStringLiteral("JAKPUS"));
    QCOMPARE(filter.from, midnight);
    QCOMPARE(filter.to, now);
    QCOMPARE(filter.now, now);

    selection.period = DashboardPeriod::Yesterday;
    filter = selection.filterAt(now);
    QCOMPARE(filter.from, midnight.addDays(-1));
    QCOMPARE(filter.to, midnight);

    selection.period = DashboardPeriod::Last7Days;
    QCOMPARE(selection.filterAt(now).from, midnight.addDays(-6));
    selection.period = DashboardPeriod::Last30Days;
    QCOMPARE(selection.filterAt(now).from, midnight.addDays(-29));

    // 00:30 WIB is still "today" in Jakarta while UTC is on the day before.
    const QDateTime earlyWib = QDateTime(QDate(2026, 11, 27), QTime(0, 30), kWib).toUTC();
    selection.period = DashboardPeriod::Today;
    QCOMPARE(selection.filterAt(earlyWib).from, midnight);

    selection.period = DashboardPeriod::Operation;
    selection.operationCode = QStringLiteral("zebra-2025");
    filter = selection.filterAt(now);
    QCOMPARE(filter.operationCode, QStringLiteral("zebra-2025"));
    QCOMPARE(filter.from, QDateTime(QDate(2025, 11, 17), QTime(0, 0), kWib).toUTC());
    QCOMPARE(filter.to, QDateTime(QDate(2025, 12, 1), QTime(0, 0), kWib).toUTC());

    // The window's combos make the same selection.
    DashboardWindow window(SupervisionContext{});
    window.setSelection(selection);
    QCOMPARE(window.selection(), selection);
    auto *station = window.findChild<QComboBox *>(QStringLiteral("stationFilter"));
    QVERIFY(station->findData(QStringLiteral("JAKPUS-GAMBIR")) > 0);
    QVERIFY(station->findData(QStringLiteral("PMJ")) > 0);
    QCOMPARE(station->itemData(0).toString(), QString());
}

void Tst_dashboard::burstOfChangesIsCoalesced()
{
    openDesk();
    std::atomic<int> computed{0};
    DashboardRefresher refresher(m_desk.get());
    refresher.setMinimumInterval(1000);
    refresher.setCompute([&computed](const analytics::DashboardFilter &filter) {
        ++computed;
        QThread::msleep(150); // long enough for the burst to arrive while it runs
        DashboardRefresher::Result result;
        result.ok = true;
        result.snapshot.filter = filter;
        return result;
    });
    QSignalSpy ready(&refresher, &DashboardRefresher::snapshotReady);
    refresher.start();
    QVERIFY(ready.wait(10000));
    const int before = refresher.computationsStarted();
    QCOMPARE(before, 1);

    // 100 incidents in one commit: 100 incidentChanged notifications in a burst.
    QSignalSpy changed(m_service.get(), &StoreService::incidentChanged);
    ChangeList changes;
    for (int i = 0; i < 100; ++i) {
        IncidentDraft draft;
        draft.typeCode = QStringLiteral("kemacetan");
        draft.priority = Priority::P4;
        draft.stationCode = QStringLiteral("JAKTIM");
        draft.reportedAt = fixedNow().addSecs(-60 * i);
        changes << m_changes->createIncident(draft);
    }
    QVERIFY(test::commit(*m_service, changes));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 100, 10000);
    // Wait well past two intervals: whatever the timing, no more than two computations for the burst.
    QTest::qWait(3500);
    QTRY_VERIFY_WITH_TIMEOUT(!refresher.isComputing(), 10000);
    const int forBurst = refresher.computationsStarted() - before;
    QVERIFY2(forBurst >= 1 && forBurst <= 2, qPrintable(QString::number(forBurst)));
    QCOMPARE(computed.load(), refresher.computationsStarted());

    // A unit that only moves is not a change of the figures.
    const int settled = refresher.computationsStarted();
    Unit unit;
    unit.id = QUuid::createUuid();
    unit.status = UnitStatus::Available;
    Q_EMIT m_service->unitChanged(unit); // new unit: counts
    unit.latitude = -6.2;
    for (int i = 0; i < 20; ++i)
        Q_EMIT m_service->unitChanged(unit); // moves only
    QTest::qWait(1500);
    QTRY_VERIFY_WITH_TIMEOUT(!refresher.isComputing(), 10000);
    QCOMPARE(refresher.computationsStarted(), settled + 1);
    refresher.stop();
}

void Tst_dashboard::changeDuringComputationSchedulesExactlyOneMore()
{
    openDesk();
    auto gate = std::make_shared<QSemaphore>(0);
    DashboardRefresher refresher(m_desk.get());
    refresher.setMinimumInterval(300);
    refresher.setCompute([gate](const analytics::DashboardFilter &filter) {
        gate->acquire(); // the test decides when a computation ends
        DashboardRefresher::Result result;
        result.ok = true;
        result.snapshot.filter = filter;
        return result;
    });
    QSignalSpy ready(&refresher, &DashboardRefresher::snapshotReady);
    refresher.start();
    QCOMPARE(refresher.computationsStarted(), 1);
    QVERIFY(refresher.isComputing());
    for (int i = 0; i < 50; ++i)
        refresher.storeChanged();                 // all during the computation
    QCOMPARE(refresher.computationsStarted(), 1); // none while one is in flight
    gate->release();
    QVERIFY(ready.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(refresher.computationsStarted(), 2, 5000); // exactly one more
    gate->release();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 5000);
    QTest::qWait(800);
    QCOMPARE(refresher.computationsStarted(), 2); // and no third

    // A filter change refreshes at once, even inside the minimum interval; the stale result is dropped.
    refresher.storeChanged();
    QTRY_VERIFY_WITH_TIMEOUT(refresher.computationsStarted() == 3, 5000);
    DashboardSelection selection;
    selection.period = DashboardPeriod::Yesterday;
    refresher.setSelection(selection); // while the third runs
    gate->release();                   // the third ends: its (today) result is dropped
    QTRY_COMPARE_WITH_TIMEOUT(refresher.computationsStarted(), 4, 5000);
    gate->release();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, 5000);
    const auto last = ready.last().first().value<analytics::DashboardSnapshot>();
    QCOMPARE(last.filter.to, QDateTime(QDate(2026, 11, 27), QTime(0, 0), kWib).toUTC());
    refresher.stop();
}

void Tst_dashboard::closingWithAComputationInFlightIsClean()
{
    openDesk();
    auto gate = std::make_shared<QSemaphore>(0);
    std::atomic<bool> finished{false};
    SupervisionContext context;
    context.desk = m_desk.get();
    {
        auto window = std::make_unique<DashboardWindow>(context);
        window->refresher()->setCompute([gate, &finished](const analytics::DashboardFilter &filter) {
            gate->acquire();
            DashboardRefresher::Result result;
            result.ok = true;
            result.snapshot.filter = filter;
            result.snapshot.incidentsInPeriod = 99;
            finished = true;
            return result;
        });
        window->show();
        QTRY_VERIFY(window->refresher()->isComputing());
        window->close();
        QVERIFY(!window->refresher()->isRunning());
        // Gone while the worker still runs.
    }
    gate->release();
    QThreadPool::globalInstance()->waitForDone(10000);
    QVERIFY(finished.load());
    QCoreApplication::processEvents(); // a late delivery would reach a deleted window here

    // Closing and opening again starts afresh.
    DashboardWindow window(context);
    window.refresher()->setCompute([](const analytics::DashboardFilter &filter) {
        DashboardRefresher::Result result;
        result.ok = true;
        result.snapshot.filter = filter;
        result.snapshot.incidentsInPeriod = 7;
        return result;
    });
    window.show();
    QTRY_VERIFY(window.snapshot().has_value());
    window.close();
    QVERIFY(!window.refresher()->isRunning());
    window.show();
    QVERIFY(window.refresher()->isRunning());
    window.close();
}

void Tst_dashboard::realStoreFiguresReachTheCharts()
{
    openDesk();
    SupervisionContext context;
    context.desk = m_desk.get();
    DashboardWindow window(context);
    QSignalSpy ready(window.refresher(), &DashboardRefresher::snapshotReady);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
    const DashboardSnapshot &snapshot = *window.snapshot();
    QCOMPARE(snapshot.filter.now, fixedNow());

    // The five incidents of today, whatever the other tests added (those were "kemacetan" in JAKTIM).
    ChartAdapter *byType = window.chart(DashboardChart::IncidentsByType);
    const int accident = int(byType->categories().indexOf(QStringLiteral("Accident")));
    QVERIFY(accident >= 0);
    QCOMPARE(byType->values(0).at(accident), 3.0);
    ChartAdapter *bySector = window.chart(DashboardChart::IncidentsBySector);
    const int jakpus = int(bySector->categories().indexOf(QStringLiteral("Jakarta Pusat")));
    QVERIFY(jakpus >= 0);
    QCOMPARE(bySector->values(0).at(jakpus), 2.0);
    // Reported 20 min before now at 14:05 WIB: the 13:00 hour has one accident (13:45), 14:00 none yet of ours.
    ChartAdapter *perHour = window.chart(DashboardChart::IncidentsPerHour);
    QCOMPARE(perHour->values(0), doubles(snapshot.incidentsPerHourToday));
    QVERIFY(perHour->values(0).at(13) >= 1);
    QVERIFY(window.updatedText().startsWith(QStringLiteral("Updated ")));

    // Station filter: only JAKPUS.
    DashboardSelection selection;
    selection.stationCode = QStringLiteral("JAKPUS");
    ready.clear();
    window.setSelection(selection);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
    QTRY_COMPARE(window.snapshot()->filter.stationCode, QStringLiteral("JAKPUS"));
    const int accidentJakpus = int(byType->categories().indexOf(QStringLiteral("Accident")));
    QVERIFY(accidentJakpus >= 0);
    QCOMPARE(byType->values(0).at(accidentJakpus), 2.0);
    QCOMPARE(byType->categories().indexOf(QStringLiteral("Congestion")), -1);
    window.close();
}

void Tst_dashboard::clickOnABarOpensItsRecords()
{
    openDesk();
    QList<QUuid> opened;
    SupervisionContext context;
    context.desk = m_desk.get();
    context.openIncident = [&opened](const QUuid &id) { opened << id; };
    DashboardWindow window(context);
    QSignalSpy ready(window.refresher(), &DashboardRefresher::snapshotReady);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);

    ChartAdapter *byType = window.chart(DashboardChart::IncidentsByType);
    const int accident = int(byType->categories().indexOf(QStringLiteral("Accident")));
    QVERIFY(accident >= 0);
    byType->activate(0, accident);
    DrillDownDialog *dialog = window.recordsDialog();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
    QCOMPARE(dialog->model()->rowCount(), 3); // today's three, not yesterday's
    QList<QUuid> ids;
    for (int row = 0; row < 3; ++row)
        ids << dialog->model()->record(row).id;
    for (const QUuid &id : std::as_const(m_accidentIds))
        QVERIFY(ids.contains(id));
    // Newest first, with a number and a translated status.
    QCOMPARE(ids.first(), m_accidentIds.first());
    QVERIFY(!dialog->model()->index(0, DrillRecordModel::NumberColumn).data().toString().isEmpty());
    QCOMPARE(dialog->model()->index(0, DrillRecordModel::StatusColumn).data().toString(), QStringLiteral("Reported"));

    dialog->resize(820, 300);
    QVERIFY(dialog->grab().save(QDir(shotsDir()).filePath(QStringLiteral("dashboard-records.png"))));

    // Enter opens the selected record on the main window.
    dialog->view()->setCurrentIndex(dialog->model()->index(1, 0));
    dialog->view()->setFocus();
    QTest::keyClick(dialog->view(), Qt::Key_Return);
    QCOMPARE(opened, QList<QUuid>{ids.at(1)});
    window.close();
    QTRY_VERIFY(!window.recordsDialog()); // closed with the window (deleted on close)
}

void Tst_dashboard::screenshotsLightAndDark()
{
    for (const Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
        Theme::instance()->apply(mode);
        DashboardWindow window(SupervisionContext{});
        window.showSnapshot(handMadeSnapshot());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1400, 900));
        const QString name =
            mode == Theme::Mode::Dark ? QStringLiteral("dashboard-dark.png") : QStringLiteral("dashboard-light.png");
        QVERIFY(image.save(QDir(shotsDir()).filePath(name)));
        // The background follows the theme.
        const QColor corner = image.pixelColor(5, image.height() - 5);
        if (mode == Theme::Mode::Dark)
            QVERIFY2(corner.lightness() < 100, qPrintable(corner.name()));
        else
            QVERIFY2(corner.lightness() > 150, qPrintable(corner.name()));
        // Every panel got room of its own.
        for (int i = 0; i < kDashboardChartCount; ++i) {
            ChartAdapter *chart = window.chart(DashboardChart(i));
            QVERIFY2(chart->width() >= 250 && chart->height() >= 150,
                     qPrintable(QStringLiteral("chart %1: %2×%3").arg(i).arg(chart->width()).arg(chart->height())));
        }
        window.close();
    }
}

QTEST_MAIN(Tst_dashboard)
#include "tst_dashboard.moc"
