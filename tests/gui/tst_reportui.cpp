// The daily report window on a real store in a temporary folder, offscreen: the report built on a worker and
// previewed, the PDF in both languages read back with pdftotext, the CSV, the sign-off into the audit trail and
// its verification (the signed file matches, a copy with one byte changed does not), a dispatcher who cannot
// sign, and the automatic previous-day report (written after the hour, once, and not before the hour).

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QtTest>

#include "analytics/dailyreport.h"
#include "cases/casedesk.h"
#include "core/articles.h"
#include "core/casefactory.h"
#include "guitestsupport.h"
#include "language.h"
#include "report/reportautosettings.h"
#include "report/reportfiles.h"
#include "report/reportscheduler.h"
#include "report/reportsettingsdialog.h"
#include "report/reportverifydialog.h"
#include "report/reportwindow.h"
#include "report/reportwords.h"
#include "store/casereader.h"
#include "supervision/supervisioncontext.h"

using namespace lintas;
using analytics::ReportLanguage;

namespace {

const QString kSupervisor = QStringLiteral("87050123");
const QString kDispatcher = QStringLiteral("90010222");
constexpr int kWaitMs = 60000; // a loaded machine: generous, never a timing assertion
constexpr int kWib = 7 * 3600;

QString wibIso(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, QTimeZone(kWib)).toString(Qt::ISODate);
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
    // One space for every run of white space: a label wrapped in its cell still reads as one phrase.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Set LINTAS_GUI_SCREENSHOTS to keep a picture of each window (for looking at them, not for asserting).
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LINTAS_GUI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // one round of layout and paint
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class Tst_reportui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void previewShowsTheBuiltReport();
    void aWindowOpenForDaysOffersTheNewDay();
    void pdfInBothLanguagesAndCsv();
    void signOffIsRecordedAndVerifies();
    void dispatcherCannotSign();
    void schedulerWritesYesterdayOnceAfterTheHour();
    void schedulerWaitsForTheHour();
    void settingsDialogSavesHourAndFolder();

private:
    bool commit(const ChangeList &changes);
    QUuid submitted(CaseKind kind, const QVariantMap &data);
    void seed();
    void makeDesk(const QString &user, Role role);
    std::unique_ptr<ReportWindow> builtWindow(ReportLanguage language);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QDate m_day; // yesterday (WIB): the day reported
    QDateTime m_now;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_factory;
    std::unique_ptr<StoreService> m_service;
    std::unique_ptr<CaseDesk> m_desk;
    std::unique_ptr<QMainWindow> m_main;
};

void Tst_reportui::initTestCase()
{
    Language::instance()->setLanguage(QStringLiteral("en"));
}

void Tst_reportui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    test::isolate(*m_dir);
    m_path = m_dir->filePath(QStringLiteral("desk.lintas"));
    QVERIFY(test::seedFixture(m_path));
    // Today at 08:00 WIB, so yesterday is whole and the automatic report's hour (06:00) has passed.
    const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(kWib).date();
    m_day = today.addDays(-1);
    m_now = QDateTime(today, QTime(8, 0), QTimeZone(kWib)).toUTC();
    makeDesk(kSupervisor, Role::Supervisor);
    seed();
    m_main = std::make_unique<QMainWindow>();
    m_main->statusBar();
}

void Tst_reportui::makeDesk(const QString &user, Role role)
{
    m_desk.reset();
    if (!m_service) {
        m_clock = std::make_unique<HybridClock>();
        m_service = std::make_unique<StoreService>(m_path, test::kSite);
        QVERIFY(test::startService(*m_service));
    }
    m_factory = std::make_unique<ChangeFactory>(test::kSite, user, m_clock.get());
    m_desk = std::make_unique<CaseDesk>(m_service.get(), m_factory.get(), m_path);
    m_desk->setActor(Actor{user, role, QStringLiteral("PMJ")});
    const QDateTime now = m_now;
    m_desk->setClock([now] { return now; });
}

void Tst_reportui::cleanup()
{
    m_main.reset();
    m_desk.reset();
    if (m_service)
        m_service->stop();
    m_service.reset();
    m_factory.reset();
    m_clock.reset();
    m_dir.reset();
}

bool Tst_reportui::commit(const ChangeList &changes)
{
    QString error;
    const bool ok = test::commit(*m_service, changes, &error);
    if (!ok)
        qWarning() << "commit refused:" << error;
    return ok;
}

QUuid Tst_reportui::submitted(CaseKind kind, const QVariantMap &data)
{
    QUuid id;
    if (!commit({m_desk->factory().createCase(kind, QStringLiteral("JAKPUS"), data, &id)}))
        return {};
    const CaseReader reader(m_path);
    const auto file = reader.caseFile(id);
    if (!file || !commit({m_desk->factory().submitCase(file->record)}))
        return {};
    return id;
}

// Yesterday: three violations (two motorcycles ticketed, a car warned), an accident with one killed and two
// slightly hurt and Rp 1.250.000 of damage, two incidents. The day before: one violation.
void Tst_reportui::seed()
{
    CaseFactory &cases = m_desk->factory();
    const auto violation = [&](const QDate &day, const QTime &time, const char *plate, const char *vehicle,
                               const char *outcome) {
        QVariantMap data{
            {QString::fromLatin1(casefield::kOffenderName), QStringLiteral("Andi Pratama")},
            {QString::fromLatin1(casefield::kOffenderNik), QStringLiteral("3171012304850001")},
            {QString::fromLatin1(casefield::kPlate), QString::fromLatin1(plate)},
            {QString::fromLatin1(casefield::kVehicleKind), QString::fromLatin1(vehicle)},
            {QString::fromLatin1(casefield::kOfficerNrp), kSupervisor},
            {QString::fromLatin1(casefield::kOccurredAt), wibIso(day, time)},
            {QString::fromLatin1(casefield::kPlace), QStringLiteral("Jalan MH Thamrin")},
            {QString::fromLatin1(casefield::kOutcome), QString::fromLatin1(outcome)},
        };
        data.insert(cases.chargeFields({QStringLiteral("287(1)")}, ArticleCatalogue::builtIn()));
        return !submitted(CaseKind::Violation, data).isNull();
    };
    QVERIFY(violation(m_day, QTime(7, 30), "B 1234 XYZ", "r2", "tilang"));
    QVERIFY(violation(m_day, QTime(8, 10), "B 2345 XYZ", "r2", "tilang"));
    QVERIFY(violation(m_day, QTime(16, 45), "B 3456 XYZ", "r4", "teguran"));
    QVERIFY(violation(m_day.addDays(-1), QTime(9, 0), "B 4567 XYZ", "r2", "tilang"));

    const QVariantMap accident{
        {QString::fromLatin1(casefield::kOccurredAt), wibIso(m_day, QTime(10, 15))},
        {QString::fromLatin1(casefield::kPlace), QStringLiteral("Simpang Harmoni")},
        {QString::fromLatin1(casefield::kCollisionType), QStringLiteral("head_on")},
        {QString::fromLatin1(casefield::kCauses), QVariantList{QStringLiteral("human_speeding")}},
        {QString::fromLatin1(casefield::kVictims),
         QVariantList{
             QVariantMap{{QStringLiteral("name"), QStringLiteral("Budi")}, {QStringLiteral("condition"), "md"}},
             QVariantMap{{QStringLiteral("name"), QStringLiteral("Citra")}, {QStringLiteral("condition"), "lr"}},
             QVariantMap{{QStringLiteral("name"), QStringLiteral("Dewi")}, {QStringLiteral("condition"), "lr"}}}},
        {QString::fromLatin1(casefield::kMaterialLoss), 1250000},
    };
    QVERIFY(!submitted(CaseKind::Accident, accident).isNull());

    ChangeList incidents;
    for (const auto &[type, hour] : {std::pair{"kemacetan", 9}, std::pair{"kendaraan_mogok", 14}}) {
        IncidentDraft draft;
        draft.typeCode = QLatin1String(type);
        draft.priority = Priority::P3;
        draft.landmark = QStringLiteral("Bundaran HI");
        draft.latitude = -6.1951;
        draft.longitude = 106.8231;
        draft.stationCode = QStringLiteral("JAKPUS");
        draft.reportedAt = QDateTime(m_day, QTime(hour, 0), QTimeZone(kWib)).toUTC();
        incidents.append(m_factory->createIncident(draft));
    }
    QVERIFY(commit(incidents));
}

std::unique_ptr<ReportWindow> Tst_reportui::builtWindow(ReportLanguage language)
{
    SupervisionContext context;
    context.desk = m_desk.get();
    context.window = m_main.get();
    auto window = std::make_unique<ReportWindow>(context);
    window->setLanguage(language);
    QSignalSpy built(window.get(), &ReportWindow::built);
    window->showReport(analytics::ReportScope{QStringLiteral("PMJ")}, analytics::ReportPeriod::day(m_day));
    if (!QTest::qWaitFor([&] { return !window->isBuilding() && window->report(); }, kWaitMs))
        return nullptr;
    return window;
}

void Tst_reportui::previewShowsTheBuiltReport()
{
    auto window = builtWindow(ReportLanguage::Indonesian);
    QVERIFY2(window, "the report was not built");
    window->show();
    const analytics::DailyReport &report = *window->report();
    QCOMPARE(report.reportId(), QStringLiteral("PMJ/%1").arg(m_day.toString(Qt::ISODate)));
    const analytics::ReportRow *total =
        report.row(QLatin1String(analytics::reporttable::kViolations), QStringLiteral("total"));
    QVERIFY(total);
    QCOMPARE(total->figure.current, std::optional<qint64>(3));
    QCOMPARE(total->figure.previous, std::optional<qint64>(1));

    const QString preview = window->previewText();
    QVERIFY(preview.contains(QStringLiteral("KEPOLISIAN NEGARA REPUBLIK INDONESIA")));
    QVERIFY(preview.contains(QStringLiteral("POLDA METRO JAYA")));
    QVERIFY(preview.contains(QStringLiteral("ANEV HARIAN")));
    QVERIFY(preview.contains(reportwords::date(m_day, ReportLanguage::Indonesian)));
    QVERIFY(preview.contains(report.table(QLatin1String(analytics::reporttable::kViolations))->title.id));
    QVERIFY(preview.contains(QStringLiteral("+200,0%"))); // three violations against one the day before
    QVERIFY(window->statusText().contains(report.reportId()));
    shoot(window.get(), QStringLiteral("report-window-id"));

    // The language switches the preview without building again.
    QSignalSpy built(window.get(), &ReportWindow::built);
    window->setLanguage(ReportLanguage::English);
    QVERIFY(QTest::qWaitFor([&] { return !built.isEmpty(); }, kWaitMs));
    QVERIFY(window->previewText().contains(QStringLiteral("DAILY REPORT")));
    QVERIFY(window->previewText().contains(QStringLiteral("+200.0%")));
    shoot(window.get(), QStringLiteral("report-window-en"));
}

// The window lives the whole session: two days later, "Open" on the new report shows that day, not the last day
// the window offered when it was made.
void Tst_reportui::aWindowOpenForDaysOffersTheNewDay()
{
    auto window = builtWindow(ReportLanguage::Indonesian);
    QVERIFY2(window, "the report was not built");
    const QDateTime later = m_now.addDays(2);
    m_desk->setClock([later] { return later; });
    QSignalSpy built(window.get(), &ReportWindow::built);
    analytics::ReportScope scope;
    scope.stationCode = QStringLiteral("PMJ");
    window->showReport(scope, analytics::ReportPeriod::day(m_day.addDays(2)));
    QVERIFY(QTest::qWaitFor([&] { return !built.isEmpty(); }, kWaitMs));
    QCOMPARE(window->report()->reportId(), QStringLiteral("PMJ/%1").arg(m_day.addDays(2).toString(Qt::ISODate)));
}

void Tst_reportui::pdfInBothLanguagesAndCsv()
{
    for (const ReportLanguage language : {ReportLanguage::Indonesian, ReportLanguage::English}) {
        auto window = builtWindow(language);
        QVERIFY2(window, "the report was not built");
        const analytics::DailyReport &report = *window->report();
        const QString code = analytics::languageCode(language);
        const QString pdf = m_dir->filePath(QStringLiteral("report-%1.pdf").arg(code));
        QSignalSpy exported(window.get(), &ReportWindow::exported);
        QSignalSpy failed(window.get(), &ReportWindow::failed);
        window->exportPdf(pdf);
        QVERIFY(QTest::qWaitFor([&] { return !exported.isEmpty() || !failed.isEmpty(); }, kWaitMs));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        if (const QString shots = qEnvironmentVariable("LINTAS_GUI_SCREENSHOTS"); !shots.isEmpty())
            QFile::copy(pdf, QDir(shots).filePath(QFileInfo(pdf).fileName())); // to look at, not to assert
        const QString text = pdfText(pdf);
        const auto expect = [&](const QString &phrase) {
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in:\n") + text));
        };
        expect(QStringLiteral("KEPOLISIAN NEGARA REPUBLIK INDONESIA"));
        expect(report.table(QLatin1String(analytics::reporttable::kViolations))->title.in(language));
        expect(report.row(QLatin1String(analytics::reporttable::kAccidents), QStringLiteral("md"))->label.in(language));
        const analytics::ReportRow *loss =
            report.row(QLatin1String(analytics::reporttable::kAccidents), QStringLiteral("material_loss"));
        QVERIFY(loss);
        QCOMPARE(loss->figure.current, std::optional<qint64>(1250000));
        if (language == ReportLanguage::Indonesian) {
            expect(QStringLiteral("ANEV HARIAN"));
            expect(QStringLiteral("Rp 1.250.000"));
            expect(QStringLiteral("Halaman 1 dari"));
            expect(QStringLiteral("Kecelakaan per rentang tiga jam"));
        } else {
            expect(QStringLiteral("DAILY REPORT"));
            expect(QStringLiteral("IDR 1,250,000"));
            expect(QStringLiteral("Page 1 of"));
            expect(QStringLiteral("Accidents by three-hour band"));
        }
        expect(QStringLiteral("Lintas"));

        const QString csv = m_dir->filePath(QStringLiteral("report-%1.csv").arg(code));
        exported.clear();
        window->exportCsv(csv);
        QVERIFY(QTest::qWaitFor([&] { return !exported.isEmpty() || !failed.isEmpty(); }, kWaitMs));
        QVERIFY(failed.isEmpty());
        const QByteArray bytes = fileBytes(csv);
        QCOMPARE(bytes, analytics::reportCsv(report, language));
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("table,row,label,unit,current,h_1"));
        bool totalLine = false;
        for (const QByteArray &line : lines)
            totalLine = totalLine || line.startsWith("violations,total,");
        QVERIFY(totalLine);
    }
}

void Tst_reportui::signOffIsRecordedAndVerifies()
{
    auto window = builtWindow(ReportLanguage::Indonesian);
    QVERIFY2(window, "the report was not built");
    QVERIFY(window->signOffButton()->isEnabled());
    const QString pdf = m_dir->filePath(QStringLiteral("anev-harian-PMJ-%1-id.pdf").arg(m_day.toString(Qt::ISODate)));
    QSignalSpy signedOff(window.get(), &ReportWindow::signedOff);
    QSignalSpy failed(window.get(), &ReportWindow::failed);
    window->signOff(pdf);
    QVERIFY(QTest::qWaitFor([&] { return !signedOff.isEmpty() || !failed.isEmpty(); }, kWaitMs));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const auto signOff = signedOff.first().first().value<ReportSignOff>();
    const QByteArray bytes = fileBytes(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(signOff.sha256, reportfiles::sha256(bytes)); // exactly the bytes on disk
    QCOMPARE(signOff.actor, kSupervisor);
    QVERIFY(window->signOffText().startsWith(QStringLiteral("Signed off by %1 at 08:00 WIB").arg(kSupervisor)));
    QVERIFY(window->signOffText().contains(reportfiles::shortHash(signOff.sha256)));
    shoot(window.get(), QStringLiteral("report-window-signed"));

    // The audit trail holds it.
    {
        const CaseReader reader(m_path);
        const QList<AuditEntry> entries = reader.reportSignOffs(signOff.sha256);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("report_signed"));
        QCOMPARE(entries.first().actor, kSupervisor);
        QCOMPARE(entries.first().entityId, QStringLiteral("PMJ/%1").arg(m_day.toString(Qt::ISODate)));
        QVERIFY(reader.verifyAuditTrail().ok());
    }

    // Signing the same file again signs the same bytes: the file is not written anew.
    const QDateTime written = QFileInfo(pdf).lastModified();
    signedOff.clear();
    window->signOff(pdf);
    QVERIFY(QTest::qWaitFor([&] { return !signedOff.isEmpty() || !failed.isEmpty(); }, kWaitMs));
    QCOMPARE(signedOff.first().first().value<ReportSignOff>().sha256, signOff.sha256);
    QCOMPARE(fileBytes(pdf), bytes);
    QCOMPARE(QFileInfo(pdf).lastModified(), written);

    // The signed file verifies; a copy with one byte changed does not.
    SupervisionContext context;
    context.desk = m_desk.get();
    ReportVerifyDialog dialog(context);
    QSignalSpy verified(&dialog, &ReportVerifyDialog::verified);
    dialog.verifyFile(pdf);
    QVERIFY(QTest::qWaitFor([&] { return !verified.isEmpty(); }, kWaitMs));
    QCOMPARE(verified.first().at(0).toBool(), true);
    QCOMPARE(verified.first().at(1).toBool(), true);
    QVERIFY2(dialog.resultText().contains(QStringLiteral("signed off by %1").arg(kSupervisor)),
             qPrintable(dialog.resultText()));
    QVERIFY(dialog.resultText().contains(QStringLiteral("PMJ/%1").arg(m_day.toString(Qt::ISODate))));
    QVERIFY(dialog.detailText().contains(QFileInfo(pdf).fileName()));
    QVERIFY(dialog.auditText().startsWith(QStringLiteral("Audit trail intact")));
    dialog.show();
    shoot(&dialog, QStringLiteral("verify-signed"));

    QByteArray changed = bytes;
    changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x01);
    const QString copy = m_dir->filePath(QStringLiteral("changed.pdf"));
    QString error;
    QVERIFY2(reportfiles::write(copy, changed, &error), qPrintable(error));
    verified.clear();
    dialog.verifyFile(copy);
    QVERIFY(QTest::qWaitFor([&] { return !verified.isEmpty(); }, kWaitMs));
    QCOMPARE(verified.first().at(0).toBool(), false);
    QVERIFY2(dialog.resultText().contains(QStringLiteral("match no sign-off")), qPrintable(dialog.resultText()));
    QVERIFY(dialog.detailText().contains(QString::fromLatin1(reportfiles::sha256(changed).toHex())));
    shoot(&dialog, QStringLiteral("verify-changed"));

    // A file that is not there is named.
    verified.clear();
    dialog.verifyFile(m_dir->filePath(QStringLiteral("missing.pdf")));
    QVERIFY(QTest::qWaitFor([&] { return !verified.isEmpty(); }, kWaitMs));
    QCOMPARE(verified.first().at(0).toBool(), false);
    QVERIFY(dialog.resultText().contains(QStringLiteral("missing.pdf")));
}

void Tst_reportui::dispatcherCannotSign()
{
    makeDesk(kDispatcher, Role::Dispatcher);
    auto window = builtWindow(ReportLanguage::Indonesian);
    QVERIFY2(window, "the report was not built");
    QVERIFY(!window->signOffButton()->isEnabled());
    QVERIFY(window->signOffButton()->toolTip().contains(QStringLiteral("supervisor")));
    const QString pdf = m_dir->filePath(QStringLiteral("dispatcher.pdf"));
    QSignalSpy failed(window.get(), &ReportWindow::failed);
    window->signOff(pdf);
    QCOMPARE(failed.size(), 1); // refused at once, nothing written
    QVERIFY(!QFileInfo::exists(pdf));
    const CaseReader reader(m_path);
    for (const AuditEntry &entry : reader.auditEntries(0, 10000))
        QVERIFY(entry.action != QLatin1String("report_signed"));

    // An auditor neither; a supervisor again may.
    m_desk->setActor(Actor{kDispatcher, Role::Auditor, QStringLiteral("PMJ")});
    QVERIFY(!window->signOffButton()->isEnabled());
    m_desk->setActor(Actor{kDispatcher, Role::Admin, QStringLiteral("PMJ")});
    QVERIFY(window->signOffButton()->isEnabled());
}

void Tst_reportui::schedulerWritesYesterdayOnceAfterTheHour()
{
    ReportAutoSettings settings;
    settings.hour = 6;
    settings.folder = m_dir->filePath(QStringLiteral("reports"));
    settings.save();

    SupervisionContext context;
    context.desk = m_desk.get();
    context.window = m_main.get();
    const QDateTime sevenWib = QDateTime(m_day.addDays(1), QTime(7, 0), QTimeZone(kWib));
    {
        ReportScheduler scheduler(context);
        scheduler.setClock([sevenWib] { return sevenWib; });
        QSignalSpy finished(&scheduler, &ReportScheduler::finished);
        scheduler.start(); // catches up: 07:00 is after the hour and yesterday's files are missing
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs));
        QCOMPARE(finished.first().at(0).toDate(), m_day);
        QCOMPARE(finished.first().at(2).toString(), QString());
        const QStringList written = finished.first().at(1).toStringList();
        const QString stem = QStringLiteral("anev-harian-PMJ-%1").arg(m_day.toString(Qt::ISODate));
        QStringList names;
        for (const QString &path : written)
            names.append(QFileInfo(path).fileName());
        QCOMPARE(names, QStringList({stem + QStringLiteral("-id.pdf"), stem + QStringLiteral("-en.pdf"),
                                     stem + QStringLiteral("-id.csv")}));
        const QDir folder(settings.folder);
        QVERIFY(pdfText(folder.filePath(stem + QStringLiteral("-id.pdf"))).contains(QStringLiteral("ANEV HARIAN")));
        QVERIFY(pdfText(folder.filePath(stem + QStringLiteral("-en.pdf"))).contains(QStringLiteral("DAILY REPORT")));
        QVERIFY(fileBytes(folder.filePath(stem + QStringLiteral("-id.csv"))).startsWith("table,row,"));

        // The status bar tells and offers to open it.
        auto *notice = m_main->statusBar()->findChild<QWidget *>(QStringLiteral("reportReadyNotice"));
        QVERIFY(notice);
        bool told = false;
        for (const QLabel *label : notice->findChildren<QLabel *>())
            told = told || label->text().contains(QStringLiteral("Yesterday's daily report is ready"));
        QVERIFY(told);
        QSignalSpy open(&scheduler, &ReportScheduler::openRequested);
        notice->findChild<QPushButton *>(QStringLiteral("reportReadyOpen"))->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(1).value<analytics::ReportPeriod>().dayWib(), m_day);

        // Later the same day: nothing more.
        scheduler.setClock([sevenWib] { return sevenWib.addSecs(3 * 3600); });
        scheduler.check();
        QVERIFY(!scheduler.isRunning());
    }

    // A restarted desk finds the files and keeps them.
    const QString idPdf =
        QDir(settings.folder).filePath(QStringLiteral("anev-harian-PMJ-%1-id.pdf").arg(m_day.toString(Qt::ISODate)));
    const QByteArray before = fileBytes(idPdf);
    ReportScheduler again(context);
    again.setClock([sevenWib] { return sevenWib.addSecs(1800); });
    QSignalSpy finished(&again, &ReportScheduler::finished);
    again.start();
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs));
    QCOMPARE(finished.first().at(1).toStringList(), QStringList());
    QCOMPARE(fileBytes(idPdf), before);
}

void Tst_reportui::schedulerWaitsForTheHour()
{
    ReportAutoSettings settings;
    settings.hour = 6;
    settings.folder = m_dir->filePath(QStringLiteral("early"));
    settings.save();
    SupervisionContext context;
    context.desk = m_desk.get();
    ReportScheduler scheduler(context);
    QDateTime at = QDateTime(m_day.addDays(1), QTime(5, 59), QTimeZone(kWib));
    scheduler.setClock([&at] { return at; });
    scheduler.start();
    QVERIFY(!scheduler.isRunning()); // before the hour: nothing starts
    QVERIFY(!QFileInfo::exists(settings.folder));

    at = at.addSecs(60); // 06:00
    QSignalSpy finished(&scheduler, &ReportScheduler::finished);
    scheduler.check();
    QVERIFY(scheduler.isRunning());
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs));
    QCOMPARE(finished.first().at(1).toStringList().size(), 3);
}

void Tst_reportui::settingsDialogSavesHourAndFolder()
{
    // Nothing saved yet: six o'clock into the application's data folder.
    QCOMPARE(ReportAutoSettings::load().hour, ReportAutoSettings::kDefaultHour);
    QCOMPARE(ReportAutoSettings::load().folder, ReportAutoSettings::defaultFolder());

    ReportSettingsDialog dialog;
    QCOMPARE(dialog.hourBox()->value(), 6);
    dialog.show();
    shoot(&dialog, QStringLiteral("report-settings"));
    dialog.hourBox()->setValue(9);
    dialog.folderEdit()->clear();
    QVERIFY(!dialog.apply()); // no folder: refused, nothing saved
    QCOMPARE(ReportAutoSettings::load().hour, 6);
    const QString folder = m_dir->filePath(QStringLiteral("auto"));
    dialog.folderEdit()->setText(QDir::toNativeSeparators(folder));
    QVERIFY(dialog.apply());
    QCOMPARE(ReportAutoSettings::load().hour, 9);
    QCOMPARE(ReportAutoSettings::load().folder, folder);
}

QTEST_MAIN(Tst_reportui)
#include "tst_reportui.moc"
