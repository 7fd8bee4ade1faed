// The case window's list: full-text search (names, NIK, plates however they are typed, near matches),
// filters, saved searches, live updates from the store, opening a case (audited) with the keyboard, printing
// a case to PDF.

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QtTest>

#include "cases/casedesk.h"
#include "cases/casedetailwidget.h"
#include "cases/caselistmodel.h"
#include "cases/caselistpanel.h"
#include "cases/casetext.h"
#include "cases/casewindow.h"
#include "core/accidents.h"
#include "core/articles.h"
#include "core/casefactory.h"
#include "core/casefold.h"
#include "guitestsupport.h"
#include "language.h"
#include "store/casereader.h"

using namespace lintas;

namespace {

const QString kOfficerBudi = QStringLiteral("87050123");
const QString kOfficerSiti = QStringLiteral("88010456");

QString wibIso(const QDateTime &at)
{
    return at.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate);
}

} // namespace

class Tst_caselist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void rupiahFollowsTheLanguage();
    void searchFindsNamePrefix();
    void searchFindsNik();
    void searchFindsPlateTypedAnyHow();
    void nearMatchShowsTheLabel();
    void filtersNarrowTheList();
    void savedSearchRoundTrips();
    void caseCommittedLaterAppears();
    void changedCaseUpdatesInPlace();
    void keyboardFindDownEnterOpensAndAudits();
    void printToPdfWritesTheCase();

private:
    // Runs `change` (which starts a search) and waits for the list to show the newest result.
    bool searched(const std::function<void()> &change);
    bool searchFor(const QString &text);
    QStringList shownNumbers() const;
    // Creates (and, unless draft, submits) a violation through the store file directly.
    QUuid seedViolation(Store &store, const QString &name, const QString &nik, const QString &plate,
                        const QString &station, const QString &officer, const QString &article, int hoursAgo,
                        bool submit);

    QTemporaryDir m_dir;
    QString m_storePath;
    HybridClock m_clock;
    std::unique_ptr<ChangeFactory> m_changes;
    std::unique_ptr<StoreService> m_service;
    std::unique_ptr<CaseDesk> m_desk;
    std::unique_ptr<CaseWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUuid m_budi;
    QUuid m_siti;
    QUuid m_etle;
    QUuid m_accident;
};

QUuid Tst_caselist::seedViolation(Store &store, const QString &name, const QString &nik, const QString &plate,
                                  const QString &station, const QString &officer, const QString &article, int hoursAgo,
                                  bool submit)
{
    CaseFactory factory(m_changes.get());
    QVariantMap data{
        {QLatin1String(casefield::kOffenderName), name},
        {QLatin1String(casefield::kOffenderNik), nik},
        {QLatin1String(casefield::kOffenderAddress), QStringLiteral("Jl. Kebon Sirih No. 5, Jakarta Pusat")},
        {QLatin1String(casefield::kPlate), plate},
        {QLatin1String(casefield::kVehicleKind), QStringLiteral("r2")},
        {QLatin1String(casefield::kVehicleMake), QStringLiteral("Honda Beat")},
        {QLatin1String(casefield::kOfficerNrp), officer},
        {QLatin1String(casefield::kOfficerName), QStringLiteral("Bripka Agus Salim")},
        {QLatin1String(casefield::kOccurredAt), wibIso(QDateTime::currentDateTimeUtc().addSecs(-3600 * hoursAgo))},
        {QLatin1String(casefield::kPlace), QStringLiteral("Jl. MH Thamrin, Bundaran HI")},
        {QLatin1String(casefield::kOutcome), QStringLiteral("tilang")},
    };
    data.insert(factory.chargeFields({article}, ArticleCatalogue::builtIn()));
    QUuid id;
    ChangeList changes{factory.createCase(CaseKind::Violation, station, data, &id)};
    if (submit)
        changes << factory.submitCase(foldCase(changes).record);
    const CommitResult result = store.commitLocal(changes);
    if (!result.ok)
        qWarning() << "seed:" << result.error;
    return result.ok ? id : QUuid();
}

void Tst_caselist::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    Language::instance()->setLanguage(QStringLiteral("en"));
    m_storePath = m_dir.filePath(QStringLiteral("desk.lintas"));
    m_changes = std::make_unique<ChangeFactory>(test::kSite, test::kActor, &m_clock);

    {
        Store store(m_storePath, test::kSite);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        m_budi = seedViolation(store, QStringLiteral("Budi Santoso"), QStringLiteral("3171011203850001"),
                               QStringLiteral("B 1234 XYZ"), QStringLiteral("JAKPUS"), kOfficerBudi,
                               QStringLiteral("287(1)"), 2, true);
        m_siti = seedViolation(store, QStringLiteral("Siti Rahayu"), QStringLiteral("3174055507900002"),
                               QStringLiteral("B 5678 ABC"), QStringLiteral("JAKSEL"), kOfficerSiti,
                               QStringLiteral("291(1)"), 5, false);
        QVERIFY(!m_budi.isNull());
        QVERIFY(!m_siti.isNull());

        CaseFactory factory(m_changes.get());
        const QVariantMap capture{
            {QLatin1String(casefield::kCameraId), QStringLiteral("ETLE-JAKBAR-07")},
            {QLatin1String(casefield::kPlateRead), QStringLiteral("B 9012 DEF")},
            {QLatin1String(casefield::kPlate), QStringLiteral("B 9012 DEF")},
            {QLatin1String(casefield::kOccurredAt), wibIso(QDateTime::currentDateTimeUtc().addSecs(-3600))},
            {QLatin1String(casefield::kPlace), QStringLiteral("Jl. Letjen S. Parman, Slipi")},
            {QLatin1String(casefield::kArticles), QStringList{QStringLiteral("287(2)")}},
        };
        const CommitResult etle =
            store.commitLocal({factory.createCase(CaseKind::Etle, QStringLiteral("JAKBAR"), capture, &m_etle)});
        QVERIFY2(etle.ok, qPrintable(etle.error));
        const QVariantMap accident{
            {QLatin1String(casefield::kOccurredAt), wibIso(QDateTime::currentDateTimeUtc().addSecs(-3 * 3600))},
            {QLatin1String(casefield::kPlace), QStringLiteral("Jl. Gunung Sahari, Kemayoran")},
            {QLatin1String(casefield::kCollisionType), QStringLiteral("rear_end")},
            {QLatin1String(casefield::kMaterialLoss), 15000000},
            {QLatin1String(casefield::kNarrative), QStringLiteral("Minibus menabrak bagian belakang truk")},
        };
        const CommitResult laka = store.commitLocal(
            {factory.createCase(CaseKind::Accident, QStringLiteral("JAKPUS"), accident, &m_accident)});
        QVERIFY2(laka.ok, qPrintable(laka.error));
        store.close();
    }

    m_service = std::make_unique<StoreService>(m_storePath, test::kSite);
    QVERIFY(test::startService(*m_service));
    m_desk = std::make_unique<CaseDesk>(m_service.get(), m_changes.get(), m_storePath);
    m_window = std::make_unique<CaseWindow>(m_desk.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_window->list()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Cases — Lintas"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->list()->model()->rowCount(), 4, 10000);
}

void Tst_caselist::cleanupTestCase()
{
    m_tester.reset();
    m_window.reset();
    m_desk.reset();
    m_service.reset();
}

void Tst_caselist::init()
{
    // Every test starts from the whole list.
    QVERIFY(searched([this] { m_window->list()->setQuery(CaseQuery()); }));
}

bool Tst_caselist::searched(const std::function<void()> &change)
{
    CaseListPanel *panel = m_window->list();
    QSignalSpy finished(panel, &CaseListPanel::searchFinished);
    change();
    return QTest::qWaitFor([&] { return !finished.isEmpty() && !panel->isSearching(); }, 10000);
}

bool Tst_caselist::searchFor(const QString &text)
{
    CaseListPanel *panel = m_window->list();
    return searched([panel, text] {
        panel->searchField()->setText(text);
        panel->search();
    });
}

QStringList Tst_caselist::shownNumbers() const
{
    QStringList numbers;
    for (const CaseSummary &summary : m_window->list()->model()->cases())
        numbers << summary.number;
    return numbers;
}

void Tst_caselist::rupiahFollowsTheLanguage()
{
    QCOMPARE(casetext::rupiah(500000), QStringLiteral("Rp500,000"));
    Language::instance()->setLanguage(QStringLiteral("id"));
    QCOMPARE(casetext::rupiah(500000), QStringLiteral("Rp500.000"));
    Language::instance()->setLanguage(QStringLiteral("en"));

    // The list shows the fine the same way.
    CaseListModel *model = m_window->list()->model();
    const int row = model->rowOf(m_budi);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, CaseListModel::FineColumn).data().toString(), QStringLiteral("Rp500,000"));
    QCOMPARE(model->index(row, CaseListModel::PlateColumn).data().toString(), QStringLiteral("B 1234 XYZ"));
}

void Tst_caselist::searchFindsNamePrefix()
{
    QVERIFY(searchFor(QStringLiteral("budi sant")));
    CaseListModel *model = m_window->list()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->caseAt(0).id, m_budi);
    QVERIFY2(m_window->list()->countText().contains(QLatin1String("1 case")),
             qPrintable(m_window->list()->countText()));
    QVERIFY(m_window->list()->nearMatchText().isEmpty());

    QVERIFY(searchFor(QStringLiteral("rahay")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->caseAt(0).id, m_siti);
}

void Tst_caselist::searchFindsNik()
{
    QVERIFY(searchFor(QStringLiteral("3174055507900002")));
    CaseListModel *model = m_window->list()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->caseAt(0).id, m_siti);
}

void Tst_caselist::searchFindsPlateTypedAnyHow()
{
    CaseListModel *model = m_window->list()->model();
    for (const QString &typed :
         {QStringLiteral("b1234xyz"), QStringLiteral("B 1234 XYZ"), QStringLiteral("b-1234-xyz")}) {
        QVERIFY(searchFor(typed));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->caseAt(0).id, m_budi);
        QVERIFY(m_window->list()->nearMatchText().isEmpty());
    }
}

void Tst_caselist::nearMatchShowsTheLabel()
{
    // Two digits swapped: no exact hit, the plate one slip away is offered and said so.
    QVERIFY(searchFor(QStringLiteral("b1243xyz")));
    CaseListModel *model = m_window->list()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->caseAt(0).id, m_budi);
    const QString note = m_window->list()->nearMatchText();
    QCOMPARE(note, QStringLiteral("No exact match — showing plates one slip away: B 1234 XYZ"));
    const auto *label = m_window->list()->findChild<QLabel *>(QStringLiteral("caseNearMatch"));
    QVERIFY(label);
    QVERIFY(label->isVisible());

    // An exact search hides it again.
    QVERIFY(searchFor(QStringLiteral("b1234xyz")));
    QVERIFY(!label->isVisible());
}

void Tst_caselist::filtersNarrowTheList()
{
    CaseListPanel *panel = m_window->list();
    CaseListModel *model = panel->model();
    auto *kind = panel->findChild<QComboBox *>(QStringLiteral("caseKindFilter"));
    auto *state = panel->findChild<QComboBox *>(QStringLiteral("caseStateFilter"));
    auto *station = panel->findChild<QComboBox *>(QStringLiteral("caseStationFilter"));
    auto *officer = panel->findChild<QLineEdit *>(QStringLiteral("caseOfficerFilter"));
    auto *from = panel->findChild<QDateEdit *>(QStringLiteral("caseFromFilter"));
    QVERIFY(kind && state && station && officer && from);
    QCOMPARE(model->rowCount(), 4);

    // Kind: only violations; the state filter then offers a violation's states only.
    QVERIFY(searched([&] { kind->setCurrentIndex(kind->findData(int(CaseKind::Violation))); }));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(state->findData(int(CaseState::NoticeSent)), -1);
    QVERIFY(state->findData(int(CaseState::Submitted)) > 0);

    QVERIFY(searched([&] { state->setCurrentIndex(state->findData(int(CaseState::Draft))); }));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->caseAt(0).id, m_siti);
    QVERIFY(searched([&] { state->setCurrentIndex(0); }));
    QCOMPARE(model->rowCount(), 2);

    // Station: a Polres and the stations below it.
    QVERIFY(searched([&] { station->setCurrentIndex(station->findData(QStringLiteral("JAKSEL"))); }));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->caseAt(0).id, m_siti);
    QVERIFY(searched([&] { station->setCurrentIndex(station->findData(QStringLiteral("PMJ"))); }));
    QCOMPARE(model->rowCount(), 2);

    // Officer.
    QVERIFY(searched([&] { officer->setText(kOfficerBudi); }));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->caseAt(0).id, m_budi);
    QVERIFY(searched([&] { officer->clear(); }));
    QCOMPARE(model->rowCount(), 2);

    // Dates: nothing occurred from tomorrow on.
    const QDate tomorrow = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date().addDays(1);
    QVERIFY(searched([&] { from->setDate(tomorrow); }));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(panel->countText().contains(QLatin1String("0 case")));
    QVERIFY(searched([&] { from->setDate(tomorrow.addDays(-3)); }));
    QCOMPARE(model->rowCount(), 2);

    const CaseQuery query = panel->query();
    QVERIFY(query.kinds == QList<CaseKind>{CaseKind::Violation});
    QCOMPARE(query.stationCode, QStringLiteral("PMJ"));
    QCOMPARE(query.from, tomorrow.addDays(-3));
    QVERIFY(!query.to.isValid());
}

void Tst_caselist::savedSearchRoundTrips()
{
    CaseListPanel *panel = m_window->list();
    CaseQuery wanted;
    wanted.text = QStringLiteral("budi");
    wanted.kinds = {CaseKind::Violation};
    wanted.stationCode = QStringLiteral("JAKPUS");
    QVERIFY(searched([&] { panel->setQuery(wanted); }));
    QCOMPARE(panel->model()->rowCount(), 1);
    panel->saveSearch(QStringLiteral("Budi in Jakarta Pusat"));
    QVERIFY(panel->savedSearchNames().contains(QStringLiteral("Budi in Jakarta Pusat")));
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("cases/saved"));
        QVERIFY(settings.contains(QStringLiteral("Budi in Jakarta Pusat")));
    }

    QVERIFY(searched([&] { panel->setQuery(CaseQuery()); }));
    QCOMPARE(panel->model()->rowCount(), 4);
    QVERIFY(searched([&] { QVERIFY(panel->applySavedSearch(QStringLiteral("Budi in Jakarta Pusat"))); }));
    const CaseQuery applied = panel->query();
    QCOMPARE(applied.text, wanted.text);
    QVERIFY(applied.kinds == wanted.kinds);
    QCOMPARE(applied.stationCode, wanted.stationCode);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->caseAt(0).id, m_budi);

    panel->deleteSavedSearch(QStringLiteral("Budi in Jakarta Pusat"));
    QVERIFY(!panel->savedSearchNames().contains(QStringLiteral("Budi in Jakarta Pusat")));
    QVERIFY(!panel->applySavedSearch(QStringLiteral("Budi in Jakarta Pusat")));
}

void Tst_caselist::caseCommittedLaterAppears()
{
    CaseListModel *model = m_window->list()->model();
    QCOMPARE(model->rowCount(), 4);
    CaseFactory &factory = m_desk->factory();
    QVariantMap data{
        {QLatin1String(casefield::kPlate), QStringLiteral("B 4321 KLM")},
        {QLatin1String(casefield::kVehicleKind), QStringLiteral("r4")},
        {QLatin1String(casefield::kPoliceReport), QStringLiteral("LP/B/1234/XI/2026/SPKT/POLDA METRO JAYA")},
        {QLatin1String(casefield::kReporterName), QStringLiteral("Hendra Wijaya")},
    };
    QUuid id;
    QSignalSpy committed(m_desk.get(), &CaseDesk::committed);
    QVERIFY(m_desk->submit({factory.createCase(CaseKind::Watch, QStringLiteral("JAKTIM"), data, &id)},
                           QStringLiteral("JAKTIM")));
    QTRY_VERIFY_WITH_TIMEOUT(!committed.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0, 10000);
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(model->caseAt(model->rowOf(id)).number.startsWith(QLatin1String("BOLO-JAKTIM-")));

    // A case that does not match the search shown stays out of the list.
    QVERIFY(searchFor(QStringLiteral("budi")));
    QUuid other;
    data.insert(QLatin1String(casefield::kPlate), QStringLiteral("B 8765 NOP"));
    committed.clear();
    QVERIFY(m_desk->submit({factory.createCase(CaseKind::Watch, QStringLiteral("JAKTIM"), data, &other)},
                           QStringLiteral("JAKTIM")));
    QTRY_VERIFY_WITH_TIMEOUT(!committed.isEmpty(), 10000);
    QSignalSpy finished(m_window->list(), &CaseListPanel::searchFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000); // the coalesced run after the notification
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOf(other), -1);
}

void Tst_caselist::changedCaseUpdatesInPlace()
{
    CaseListModel *model = m_window->list()->model();
    const int row = model->rowOf(m_siti);
    QVERIFY(row >= 0);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    const std::optional<CaseFile> before = CaseReader(m_storePath).caseFile(m_siti);
    QVERIFY(before);
    QVERIFY(m_desk->submit({m_desk->factory().editCase(before->record, {{QLatin1String(casefield::kOffenderName),
                                                                         QStringLiteral("Siti Rahayu Putri")}})},
                           QStringLiteral("JAKSEL")));
    QTRY_VERIFY_WITH_TIMEOUT(model->caseAt(model->rowOf(m_siti)).title.contains(QLatin1String("Putri")), 10000);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model->rowOf(m_siti), row);
    QVERIFY(inserted.isEmpty());
    QVERIFY(reset.isEmpty());
}

void Tst_caselist::keyboardFindDownEnterOpensAndAudits()
{
    CaseListPanel *panel = m_window->list();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView *view = panel->view();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());

    // Ctrl+F: to the search, from anywhere in the window.
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(panel->searchField()->hasFocus());

    QVERIFY(searched([&] { QTest::keyClicks(panel->searchField(), QStringLiteral("b1234xyz")); }));
    QCOMPARE(panel->model()->rowCount(), 1);

    // Down: into the list, on the first row; Esc: back to the search; Down again.
    QTest::keyClick(panel->searchField(), Qt::Key_Down);
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(panel->currentCaseId(), m_budi);
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(panel->searchField()->hasFocus());
    QTest::keyClick(panel->searchField(), Qt::Key_Down);
    QTRY_VERIFY(view->hasFocus());

    // Enter: the case opens, and the opening is a View change in its timeline.
    QSignalSpy shown(m_window.get(), &CaseWindow::caseShown);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->shownCaseId(), m_budi);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    QCOMPARE(shown.first().at(0).toUuid(), m_budi);
    QCOMPARE(shown.first().at(1).toBool(), true);

    const auto viewedCount = [this] {
        const std::optional<CaseFile> file = CaseReader(m_storePath).caseFile(m_budi);
        if (!file)
            return -1;
        return int(std::count_if(file->timeline.cbegin(), file->timeline.cend(), [](const CaseEvent &event) {
            return event.type == CaseEvent::Type::Viewed && event.actor == test::kActor;
        }));
    };
    QTRY_COMPARE_WITH_TIMEOUT(viewedCount(), 1, 10000);

    // Esc in the record goes back to the list.
    auto *field = m_window->detail()->findChild<QLineEdit *>();
    QVERIFY(field);
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_Escape);
    QTRY_VERIFY(view->hasFocus());
    // The View commit refreshes the record shown; a refresh is not another opening.
    QTest::qWait(600);
    for (qsizetype i = 1; i < shown.size(); ++i)
        QCOMPARE(shown.at(i).at(1).toBool(), false);
    QCOMPARE(viewedCount(), 1);
}

void Tst_caselist::printToPdfWritesTheCase()
{
    QSignalSpy shown(m_window.get(), &CaseWindow::caseShown);
    m_window->openCase(m_budi);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    const std::optional<CaseFile> file = CaseReader(m_storePath).caseFile(m_budi);
    QVERIFY(file);

    const QString pdf = m_dir.filePath(QStringLiteral("case.pdf"));
    QVERIFY2(m_window->printToPdf(pdf), qPrintable(m_window->lastMessage()));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    written.close();

    // Where a person can look at the window (LINTAS_SCREENSHOT_DIR), a picture of it with the record open.
    if (const QString folder = qEnvironmentVariable("LINTAS_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QVERIFY(searched([this] { m_window->list()->setQuery(CaseQuery()); }));
        m_window->resize(1400, 800);
        QVERIFY(m_window->grab().save(QDir(folder).filePath(QStringLiteral("case-window.png"))));
        QFile::remove(QDir(folder).filePath(QStringLiteral("case.pdf")));
        QVERIFY(QFile::copy(pdf, QDir(folder).filePath(QStringLiteral("case.pdf"))));
    }

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed");
    // Table cells may wrap: compare with the whitespace folded.
    const auto textOf = [&pdftotext](const QString &path) {
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QString();
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    };
    const QString text = textOf(pdf);
    QVERIFY2(text.contains(file->record.number), qPrintable(text.left(400)));
    QVERIFY(text.contains(QLatin1String("Budi Santoso")));
    QVERIFY(text.contains(QLatin1String("Pasal 287 ayat (1)")));
    QVERIFY(text.contains(QLatin1String("Rp500,000")));
    QVERIFY(text.contains(QLatin1String("Kepolisian Negara Republik Indonesia")));
    const QRegularExpression footer(
        QStringLiteral("Printed \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d WIB by %1 — page 1 of 1").arg(test::kActor));
    QVERIFY2(footer.match(text).hasMatch(), qPrintable(text.right(200)));

    // An accident: its Pasal 229 class and the articles suggested for the investigator (damage only: 310(1)).
    shown.clear();
    m_window->openCase(m_accident);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    const QString accidentPdf = m_dir.filePath(QStringLiteral("accident.pdf"));
    QVERIFY2(m_window->printToPdf(accidentPdf), qPrintable(m_window->lastMessage()));
    if (const QString folder = qEnvironmentVariable("LINTAS_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QFile::remove(QDir(folder).filePath(QStringLiteral("accident.pdf")));
        QVERIFY(QFile::copy(accidentPdf, QDir(folder).filePath(QStringLiteral("accident.pdf"))));
    }
    const QString accident = textOf(accidentPdf);
    QVERIFY2(accident.contains(QLatin1String("Pasal 310 ayat (1)")), qPrintable(accident.left(600)));
    QVERIFY(accident.contains(displayName(AccidentSeverity::Ringan)));
    QVERIFY(accident.contains(QLatin1String("Jl. Gunung Sahari, Kemayoran")));

    // Nothing to print without a stored case.
    m_window->newCase(CaseKind::Violation);
    QVERIFY(!m_window->printToPdf(m_dir.filePath(QStringLiteral("nothing.pdf"))));
    QVERIFY(!m_window->lastMessage().isEmpty());
}

QTEST_MAIN(Tst_caselist)
#include "tst_caselist.moc"
