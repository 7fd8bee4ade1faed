// The dispatcher's flow under stress, on the Jakarta demo map with units on real positions: a P1 accident from a
// typed landmark to a dispatched unit in at most ten keystrokes, the recommended unit ranked by road travel time
// with its route on the map, an override that needs a reason, stale positions warned, the arrival recorded when
// the dispatched unit's position reaches the incident, the panel without a map, and the F1 help.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "analytics/dispatchadvisor.h"
#include "desk.h"
#include "dispatch/dispatchcoordinator.h"
#include "dispatch/dispatchtext.h"
#include "dispatch/overridereasondialog.h"
#include "dispatch/recommendationpanel.h"
#include "guitestsupport.h"
#include "help/shortcutoverlay.h"
#include "incidentdetailwidget.h"
#include "incidentintakedialog.h"
#include "incidentqueuemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "map/mapview.h"
#include "store/storereader.h"
#include "sync/wire.h"
#include "unitboardmodel.h"

using namespace lintas;

namespace {

constexpr int kStalePositionMinutes = 10;
constexpr int kWaitMs = 20000;

// Every keystroke that is not typed text goes through here and is counted: the budget is ten.
int g_keystrokes = 0;

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    ++g_keystrokes;
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::focusWidget();
    QVERIFY2(target, "no widget has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// Typed text: the landmark, a reason. Not counted against the budget.
void type(const QString &text)
{
    for (const QChar ch : text) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, QString(ch));
    }
}

struct SeedUnit
{
    const char *callsign;
    UnitKind kind;
    double latitude;
    double longitude;
    int minutesOld; // of the position
};

// Units on real roads around Monas and further out; one of them with a position ten minutes old.
bool seedUnits(const QString &path, QHash<QString, QUuid> *ids)
{
    HybridClock clock;
    ChangeFactory factory(test::kSite, test::kActor, &clock);
    Store store(path, test::kSite);
    QString error;
    if (!store.open(&error)) {
        qWarning() << "fixture store:" << error;
        return false;
    }
    const SeedUnit units[] = {
        {"JAKPUS-R2-01", UnitKind::R2Patrol, -6.1760, 106.8250, 0},
        {"JAKPUS-R4-01", UnitKind::R4Patrol, -6.1800, 106.8300, 0},
        {"JAKPUS-R4-02", UnitKind::R4Patrol, -6.1865, 106.8230, 0},
        {"JAKPUS-R2-09", UnitKind::R2Patrol, -6.1745, 106.8300, kStalePositionMinutes},
        {"JAKSEL-R4-01", UnitKind::R4Patrol, -6.2600, 106.8100, 0},
        {"PMJ-TOW-01", UnitKind::TowTruck, -6.1900, 106.8400, 0},
    };
    ChangeList changes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SeedUnit &u : units) {
        Unit unit;
        unit.id = newUuidV7();
        unit.callsign = QString::fromLatin1(u.callsign);
        unit.kind = u.kind;
        unit.stationCode = unit.callsign.left(unit.callsign.indexOf(QLatin1Char('-')));
        unit.status = UnitStatus::Available;
        unit.latitude = u.latitude;
        unit.longitude = u.longitude;
        unit.positionAt = now.addSecs(-60 * u.minutesOld);
        changes.append(factory.createUnit(unit));
        ids->insert(unit.callsign, unit.id);
    }
    const CommitResult result = store.commitLocal(changes);
    if (!result.ok)
        qWarning() << "fixture commit:" << result.error;
    store.close();
    return result.ok;
}

QString timelineText(const QString &path, const QUuid &incidentId)
{
    const StoreReader reader(path);
    QStringList lines;
    for (const IncidentNote &note : reader.timeline(incidentId))
        lines << note.text;
    return lines.join(QLatin1Char('\n'));
}

void keepScreenshot(QWidget *widget, const QString &name)
{
    // For a person checking the look: LINTAS_GUI_SCREENSHOTS=<folder> keeps pictures of the flow.
    if (const QString folder = qEnvironmentVariable("LINTAS_GUI_SCREENSHOTS"); !folder.isEmpty()) {
        QTest::qWait(150); // the layouts and the map's coalesced repaint settle first
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

} // namespace

class TestDispatchFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void keyboardFlowFromAFreshDesk();
    void arrivalByPositionIsRecordedOnceByTheDispatchingDesk();
    void countdownTurnsOverdue();
    void overrideNeedsAReasonAndTheTimelineKeepsIt();
    void stalePositionsAreWarned();
    void withoutAMapThePanelSaysWhyAndThePickerStillWorks();
    void helpOverlayListsTheShortcuts();
    void countdownText_data();
    void countdownText();

private:
    MainWindow *startDesk(const QString &mapFile);
    QUuid createIncident(const QString &type, Priority priority, double latitude, double longitude);
    bool waitForRanking(MainWindow *window, const QUuid &incidentId);

    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, QUuid> m_units;
    std::unique_ptr<Desk> m_desk;
    // Carried from the keyboard flow to the arrival.
    QUuid m_incident;
    QUuid m_dispatched;
};

void TestDispatchFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    Language::instance()->setLanguage(QStringLiteral("en"));
    QVERIFY(QFileInfo::exists(QStringLiteral(LINTAS_DEMO_MAP)));
}

void TestDispatchFlow::cleanup()
{
    // The keyboard flow leaves its desk for the arrival and the countdown.
    const QString done = QString::fromLatin1(QTest::currentTestFunction());
    if (done != QLatin1String("keyboardFlowFromAFreshDesk") &&
        done != QLatin1String("arrivalByPositionIsRecordedOnceByTheDispatchingDesk")) {
        m_desk.reset();
        QSettings().clear();
    }
}

MainWindow *TestDispatchFlow::startDesk(const QString &mapFile)
{
    static int count = 0;
    m_path = m_dir.filePath(QStringLiteral("desk%1.sqlite").arg(++count));
    m_units.clear();
    if (!seedUnits(m_path, &m_units))
        return nullptr;
    DeskOptions options;
    options.storePath = m_path;
    options.siteId = test::kSite;
    options.actor = test::kActor;
    options.interactive = false;
    options.mapFile = mapFile;
    options.windowSize = QSize(1600, 900);
    m_desk = std::make_unique<Desk>(options);
    QSignalSpy ready(m_desk.get(), &Desk::ready);
    m_desk->start();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty(); }, kWaitMs))
        return nullptr;
    MainWindow *window = m_desk->mainWindow();
    window->activateWindow();
    if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == window; }, 5000))
        return nullptr;
    return window;
}

QUuid TestDispatchFlow::createIncident(const QString &type, Priority priority, double latitude, double longitude)
{
    IncidentDraft draft;
    draft.typeCode = type;
    draft.priority = priority;
    draft.latitude = latitude;
    draft.longitude = longitude;
    draft.stationCode = QStringLiteral("JAKPUS");
    draft.narrative = QStringLiteral("Laporan dari pengendara");
    QUuid id;
    if (!test::commit(*m_desk->service(), m_desk->factory()->createIncident(draft, &id)))
        return {};
    return id;
}

bool TestDispatchFlow::waitForRanking(MainWindow *window, const QUuid &incidentId)
{
    DispatchCoordinator *dispatch = window->dispatchCoordinator();
    return QTest::qWaitFor([&] { return dispatch->incidentId() == incidentId && dispatch->isRanked(); }, kWaitMs);
}

void TestDispatchFlow::keyboardFlowFromAFreshDesk()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    RecommendationPanel *panel = window->recommendationPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Both are in view at once: the recommendations above the incident detail, not behind it in a tab.
    QVERIFY(window->recommendationDock()->isVisible());
    QVERIFY(window->detailDock()->isVisible());
    QVERIFY(window->tabifiedDockWidgets(window->recommendationDock()).isEmpty());
    QCOMPARE(window->dockWidgetArea(window->recommendationDock()), window->dockWidgetArea(window->detailDock()));
    QVERIFY(window->recommendationDock()->geometry().bottom() <= window->detailDock()->geometry().top());

    g_keystrokes = 0;
    window->queueView()->setFocus();
    press(Qt::Key_N);
    QTRY_VERIFY(window->intakeDialog() != nullptr);
    IncidentIntakeDialog *dialog = window->intakeDialog();
    // A window manager gives a new dialog the keyboard; the offscreen platform needs asking (no keystroke).
    dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    press(Qt::Key_K); // kecelakaan
    QCOMPARE(dialog->draft().typeCode, QStringLiteral("kecelakaan"));
    press(Qt::Key_1); // P1
    QVERIFY(dialog->draft().priority == Priority::P1);
    type(QStringLiteral("Monas"));
    QTRY_VERIFY(QApplication::activePopupWidget() != nullptr); // the map's places
    press(Qt::Key_Return);                                     // the landmark offered first
    QVERIFY2(dialog->draft().landmark.contains(QLatin1String("Monas")), qPrintable(dialog->draft().landmark));
    QVERIFY(!std::isnan(dialog->draft().latitude));
    press(Qt::Key_Return, Qt::ControlModifier); // save
    QTRY_VERIFY_WITH_TIMEOUT(window->intakeDialog() == nullptr, 10000);
    window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), window);

    // The new incident is selected and its recommendation arrives without freezing the window.
    QTRY_VERIFY_WITH_TIMEOUT(
        window->selectedIncident() && window->selectedIncident()->typeCode == QLatin1String("kecelakaan"), 10000);
    const Incident incident = *window->selectedIncident();
    QVERIFY(waitForRanking(window, incident.id));
    QCOMPARE(panel->state(), RecommendationPanel::State::Ready);
    const auto top = window->dispatchCoordinator()->top();
    QVERIFY(top);
    QVERIFY(top->hasEta());
    QCOMPARE(panel->currentUnitId(), top->unit.id);
    QCOMPARE(panel->model()->index(0, RecommendationModel::UnitColumn).data().toString(), top->unit.callsign);
    // Straight-line distance is never shown as a time: every ETA the panel shows is a road travel time.
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        const QModelIndex index = panel->model()->index(row, RecommendationModel::EtaColumn);
        const auto recommendation = panel->model()->recommendationAt(row);
        QCOMPARE(index.data(RecommendationModel::EtaSecondsRole).isValid(), recommendation.hasEta());
    }
    // The top unit's route is drawn from the unit to the incident before anything is sent.
    MapView *map = window->mapView();
    QVERIFY(map->previewRoute());
    QCOMPARE(map->previewRoute()->unitId, top->unit.id);
    QVERIFY(map->previewRoute()->points.size() >= 2);
    QVERIFY(map->routeLabel(top->unit.id).startsWith(top->unit.callsign));
    keepScreenshot(window, QStringLiteral("dispatch-recommended"));

    // One key sends the top recommendation.
    press(Qt::Key_D);
    QVERIFY2(g_keystrokes <= 10, qPrintable(QStringLiteral("%1 keystrokes").arg(g_keystrokes)));
    QTRY_VERIFY_WITH_TIMEOUT(window->unitModel()->unit(top->unit.id)->status == UnitStatus::Dispatched, 10000);
    QCOMPARE(window->unitModel()->unit(top->unit.id)->incidentId, incident.id);
    {
        const StoreReader reader(m_path);
        const QList<Assignment> assignments = reader.assignments(incident.id);
        QCOMPARE(assignments.size(), 1);
        QCOMPARE(assignments.first().unitId, top->unit.id);
    }
    QTRY_VERIFY(timelineText(m_path, incident.id).contains(QLatin1String("as recommended")));

    // Its route stays on the map with the ETA counting down, on the map label and in the panel.
    QTRY_VERIFY(!map->dispatchedRoutes().isEmpty());
    QCOMPARE(map->dispatchedRoutes().first().unitId, top->unit.id);
    QVERIFY(map->dispatchedRoutes().first().points.size() >= 2);
    QVERIFY2(map->routeLabel(top->unit.id).contains(QLatin1String("ETA ")), qPrintable(map->routeLabel(top->unit.id)));
    QTRY_VERIFY(!panel->enRouteTexts().isEmpty());
    QVERIFY(panel->enRouteTexts().first().startsWith(top->unit.callsign));
    QVERIFY(panel->enRouteTexts().first().contains(QLatin1String("ETA ")));
    // The unit sent leaves the list of candidates for this incident.
    QTRY_COMPARE(panel->model()->rowOf(top->unit.id), -1);
    keepScreenshot(window, QStringLiteral("dispatch-sent"));
    m_incident = incident.id;
    m_dispatched = top->unit.id;
}

void TestDispatchFlow::arrivalByPositionIsRecordedOnceByTheDispatchingDesk()
{
    QVERIFY(m_desk && !m_dispatched.isNull());
    MainWindow *window = m_desk->mainWindow();
    const Incident incident = *window->queueModel()->incident(m_incident);

    // A second unit, dispatched to the same incident by another desk (another site): its arrival is that desk's
    // to record.
    const QUuid other = m_units.value(QStringLiteral("JAKPUS-R4-02")) == m_dispatched
                            ? m_units.value(QStringLiteral("JAKPUS-R4-01"))
                            : m_units.value(QStringLiteral("JAKPUS-R4-02"));
    {
        HybridClock clock;
        ChangeFactory elsewhere(QStringLiteral("0190a000-0000-7000-8000-0000000other"), QStringLiteral("87050999"),
                                &clock);
        const Unit unit = *window->unitModel()->unit(other);
        QVERIFY(test::commit(*m_desk->service(), elsewhere.dispatch(incident, unit)));
        QTRY_VERIFY(window->unitModel()->unit(other)->status == UnitStatus::Dispatched);
    }
    QVERIFY(!window->dispatchCoordinator()->wasDispatchedHere(other, incident.id));
    QVERIFY(window->dispatchCoordinator()->wasDispatchedHere(m_dispatched, incident.id));

    QSignalSpy arrivals(window->dispatchCoordinator(), &DispatchCoordinator::arrivalRecorded);
    // Each fix a second after the one before: the board keeps only newer positions.
    qint64 fixAt = QDateTime::currentMSecsSinceEpoch();
    const auto at = [&](const QUuid &unitId, double northM) {
        sync::UnitPosition position;
        position.unitId = unitId;
        position.callsign = window->unitModel()->unit(unitId)->callsign;
        position.latitude = incident.latitude + northM / 111320.0;
        position.longitude = incident.longitude;
        position.atMs = (fixAt += 1000);
        return position;
    };
    // Still on the way: 400 m out, nothing happens.
    window->applyPositions({at(m_dispatched, 400.0), at(other, 400.0)});
    QCOMPARE(arrivals.size(), 0);
    // Within the radius: this desk's unit is on scene, by position; the other desk's is left alone.
    window->applyPositions({at(m_dispatched, 30.0), at(other, 30.0)});
    QCOMPARE(arrivals.size(), 1);
    QCOMPARE(arrivals.first().at(0).toUuid(), m_dispatched);
    QTRY_VERIFY_WITH_TIMEOUT(window->unitModel()->unit(m_dispatched)->status == UnitStatus::OnScene, 10000);
    QTRY_VERIFY(window->queueModel()->incident(incident.id)->firstArrivalAt.isValid());
    QTRY_VERIFY(timelineText(m_path, incident.id).contains(QLatin1String("(position")));
    // More positions on scene record nothing more.
    window->applyPositions({at(m_dispatched, 20.0), at(other, 10.0)});
    QCOMPARE(arrivals.size(), 1);
    QVERIFY(window->unitModel()->unit(other)->status == UnitStatus::Dispatched);
    // The unit has arrived: its route and countdown are gone.
    QTRY_VERIFY(window->mapView()->routeLabel(m_dispatched).isEmpty());
}

void TestDispatchFlow::countdownTurnsOverdue()
{
    QVERIFY(m_desk);
    MainWindow *window = m_desk->mainWindow();
    const Incident incident = *window->queueModel()->incident(m_incident);
    QVERIFY(waitForRanking(window, incident.id));
    const auto top = window->dispatchCoordinator()->top();
    QVERIFY(top && top->hasEta());
    window->queueView()->setFocus();
    press(Qt::Key_D);
    QTRY_VERIFY_WITH_TIMEOUT(window->unitModel()->unit(top->unit.id)->status == UnitStatus::Dispatched, 10000);
    QTRY_VERIFY(!window->recommendationPanel()->enRouteTexts().isEmpty());

    // Past the ETA (a clock an hour ahead): "overdue by", on the map and in the panel.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    window->dispatchCoordinator()->setClock([later] { return later; });
    window->mapView()->setFixedTime(later);
    QVERIFY2(window->mapView()->routeLabel(top->unit.id).contains(QLatin1String("overdue by")),
             qPrintable(window->mapView()->routeLabel(top->unit.id)));
    QVERIFY(
        window->recommendationPanel()->enRouteTexts().join(QLatin1Char('\n')).contains(QLatin1String("overdue by")));
    m_desk.reset();
}

void TestDispatchFlow::overrideNeedsAReasonAndTheTimelineKeepsIt()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    // Bundaran HI: a tabrakan on a main road, well inside the network.
    const QUuid id = createIncident(QStringLiteral("kecelakaan"), Priority::P2, -6.1951, 106.8231);
    QVERIFY(!id.isNull());
    QTRY_VERIFY(window->queueModel()->rowOf(id) >= 0);
    QVERIFY(window->selectIncident(id));
    QVERIFY(waitForRanking(window, id));
    RecommendationPanel *panel = window->recommendationPanel();
    const auto top = window->dispatchCoordinator()->top();
    QVERIFY(top);

    // F6 puts the keyboard on the recommendations; the arrow picks the next dispatchable unit.
    press(Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), panel->list());
    int row = panel->model()->topRow();
    do {
        press(Qt::Key_Down);
        ++row;
    } while (row < panel->model()->rowCount() &&
             !panel->model()->index(row, 0).data(RecommendationModel::DispatchableRole).toBool());
    QVERIFY(row < panel->model()->rowCount());
    const QUuid chosen = panel->currentUnitId();
    QVERIFY(chosen != top->unit.id);
    // The map follows the highlight.
    QVERIFY(window->mapView()->previewRoute());
    QCOMPARE(window->mapView()->previewRoute()->unitId, chosen);

    press(Qt::Key_D);
    QTRY_VERIFY(window->overrideDialog() != nullptr);
    OverrideReasonDialog *dialog = window->overrideDialog();
    dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    // Enter without a reason sends nothing.
    press(Qt::Key_Return);
    QVERIFY(window->overrideDialog() != nullptr);
    QVERIFY(window->unitModel()->unit(chosen)->status != UnitStatus::Dispatched);
    const QString reason = QStringLiteral("Unit teratas terjebak macet di Thamrin");
    type(reason);
    QVERIFY(ok->isEnabled());
    keepScreenshot(dialog, QStringLiteral("dispatch-override"));
    press(Qt::Key_Return);
    QTRY_VERIFY(window->overrideDialog() == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(window->unitModel()->unit(chosen)->status == UnitStatus::Dispatched, 10000);
    QVERIFY(window->unitModel()->unit(top->unit.id)->status == UnitStatus::Available);
    // The override, with its reason, is in the timeline the detail shows.
    QTRY_VERIFY(timelineText(m_path, id).contains(reason));
    QTRY_VERIFY(window->detail()->timelineTexts().join(QLatin1Char('\n')).contains(reason));
    QVERIFY(timelineText(m_path, id).contains(top->unit.callsign));
}

void TestDispatchFlow::stalePositionsAreWarned()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    const QUuid id = createIncident(QStringLiteral("kemacetan"), Priority::P3, -6.1754, 106.8272);
    QVERIFY(!id.isNull());
    QTRY_VERIFY(window->queueModel()->rowOf(id) >= 0);
    QVERIFY(window->selectIncident(id));
    QVERIFY(waitForRanking(window, id));
    const RecommendationModel *model = window->recommendationPanel()->model();
    const int row = model->rowOf(m_units.value(QStringLiteral("JAKPUS-R2-09")));
    QVERIFY(row >= 0);
    const analytics::Recommendation &stale = model->recommendationAt(row);
    QVERIFY(stale.stale);
    QVERIFY(stale.warnings.contains(analytics::RecommendationWarning::StalePosition));
    const QModelIndex index = model->index(row, 0);
    QVERIFY(index.data(RecommendationModel::DimmedRole).toBool());
    const QStringList warnings = index.data(RecommendationModel::WarningsRole).toStringList();
    QVERIFY2(warnings.join(QLatin1Char(' ')).contains(QStringLiteral("position %1 min old").arg(kStalePositionMinutes)),
             qPrintable(warnings.join(QLatin1Char(' '))));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("min old")));
    // Fresh units are not dimmed for it.
    const int fresh = model->rowOf(m_units.value(QStringLiteral("JAKPUS-R4-01")));
    QVERIFY(fresh >= 0);
    QVERIFY(!model->recommendationAt(fresh).stale);
    keepScreenshot(window, QStringLiteral("dispatch-stale"));
}

void TestDispatchFlow::withoutAMapThePanelSaysWhyAndThePickerStillWorks()
{
    MainWindow *window = startDesk(QString());
    QVERIFY(window);
    QVERIFY(!window->mapError().isEmpty());
    const QUuid id = createIncident(QStringLiteral("kecelakaan"), Priority::P1, -6.1754, 106.8272);
    QVERIFY(!id.isNull());
    QTRY_VERIFY(window->queueModel()->rowOf(id) >= 0);
    QVERIFY(window->selectIncident(id));
    RecommendationPanel *panel = window->recommendationPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), RecommendationPanel::State::Unrouted, kWaitMs);
    QVERIFY2(panel->statusText().contains(QLatin1String("No map")), qPrintable(panel->statusText()));
    QVERIFY(!window->dispatchCoordinator()->isRanked());
    // Every free unit is offered, none with an ETA.
    QVERIFY(panel->model()->rowCount() >= 5);
    for (int row = 0; row < panel->model()->rowCount(); ++row)
        QVERIFY(!panel->model()->index(row, 0).data(RecommendationModel::EtaSecondsRole).isValid());
    QVERIFY(!window->mapView()->previewRoute());
    keepScreenshot(window, QStringLiteral("dispatch-nomap"));

    // Nothing is ranked: D offers the picker.
    window->queueView()->setFocus();
    press(Qt::Key_D);
    QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
    QWidget *picker = QApplication::activeModalWidget();
    QCOMPARE(picker->objectName(), QStringLiteral("unitPickerDialog"));
    picker->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), picker);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window->unitModel()->unitsOn(id).isEmpty(), 10000);
    // Nothing was recommended, so nothing was overridden: no reason was asked for.
    QVERIFY(window->overrideDialog() == nullptr);

    // Enter on a unit of the panel sends it too. (The window manager gives the window back its keyboard.)
    window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), window);
    const QUuid second = createIncident(QStringLiteral("kendaraan_mogok"), Priority::P3, -6.1800, 106.8250);
    QTRY_VERIFY(window->queueModel()->rowOf(second) >= 0);
    QVERIFY(window->selectIncident(second));
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), RecommendationPanel::State::Unrouted, kWaitMs);
    QTRY_VERIFY(panel->model()->rowCount() > 0);
    press(Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), panel->list());
    const QUuid unit = panel->currentUnitId();
    QVERIFY(!unit.isNull());
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window->unitModel()->unit(unit)->incidentId == second, 10000);
}

void TestDispatchFlow::helpOverlayListsTheShortcuts()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    window->queueView()->setFocus();
    ShortcutOverlay *overlay = window->shortcutOverlay();
    QVERIFY(!overlay->isVisible());
    press(Qt::Key_F1);
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->geometry(), window->rect());
    QCOMPARE(overlay->groups().size(), 4);
    const QString all = overlay->lines().join(QLatin1Char('\n'));
    // Every action with a key, in the words of its menu entry.
    for (const QString &name :
         {QStringLiteral("newIncident"), QStringLiteral("dispatch"), QStringLiteral("chooseUnit"),
          QStringLiteral("focusQueue"), QStringLiteral("focusUnits"), QStringLiteral("focusRecommendations"),
          QStringLiteral("focusMap"), QStringLiteral("findPlace"), QStringLiteral("clearIncident"),
          QStringLiteral("closeIncident"), QStringLiteral("addNote"), QStringLiteral("shortcuts")}) {
        const QAction *action = window->action(name);
        QVERIFY(action);
        const QString line =
            QStringLiteral("%1 — %2").arg(action->shortcut().toString(QKeySequence::NativeText), action->statusTip());
        QVERIFY2(all.contains(line), qPrintable(line));
    }
    QVERIFY(all.contains(QLatin1String("Ctrl+Enter")));
    keepScreenshot(window, QStringLiteral("help-overlay"));
    // Esc closes it, F1 opens it again and F1 closes it.
    press(Qt::Key_Escape);
    QVERIFY(!overlay->isVisible());
    press(Qt::Key_F1);
    QVERIFY(overlay->isVisible());
    press(Qt::Key_F1);
    QVERIFY(!overlay->isVisible());
}

void TestDispatchFlow::countdownText_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("expected");
    QTest::newRow("minutes ahead") << qint64(192) << QStringLiteral("ETA 3:12");
    QTest::newRow("now") << qint64(0) << QStringLiteral("ETA 0:00");
    QTest::newRow("a second late") << qint64(-1) << QStringLiteral("overdue by 0:01");
    QTest::newRow("late") << qint64(-40) << QStringLiteral("overdue by 0:40");
    QTest::newRow("over an hour") << qint64(3725) << QStringLiteral("ETA 1:02:05");
}

void TestDispatchFlow::countdownText()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, expected);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764300000, Qt::UTC);
    QCOMPARE(DispatchText::countdown(now.addSecs(secondsLeft), now), expected);
    // The map's label says the same.
    MapRoute route;
    route.callsign = QStringLiteral("JAKPUS-R2-03");
    route.dispatched = true;
    route.arriveBy = now.addSecs(secondsLeft);
    QCOMPARE(RouteLayer::labelOf(route, now), QStringLiteral("JAKPUS-R2-03 · ") + expected);
}

QTEST_MAIN(TestDispatchFlow)
#include "tst_dispatchflow.moc"
