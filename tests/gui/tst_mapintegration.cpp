// The map in the dispatcher's window: it takes the central area with the Jakarta package, shares the
// selection with the queue and the unit board, opens the intake form from a right click, dispatches a unit
// dropped on an incident, finds places from the tool bar, and says clearly when there is no map.
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include "desk.h"
#include "dispatch/dispatchcoordinator.h"
#include "dispatch/overridereasondialog.h"
#include "geo/mappackage.h"
#include "guitestsupport.h"
#include "incidentdetailwidget.h"
#include "incidentintakedialog.h"
#include "incidentqueuemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "map/mapview.h"
#include "store/storereader.h"
#include "unitboardmodel.h"

using namespace lintas;

namespace {

constexpr double kMonasLat = -6.1754;
constexpr double kMonasLon = 106.8272;
constexpr double kBundaranHiLat = -6.1951;
constexpr double kBundaranHiLon = 106.8231;

void sendMouse(QWidget *widget, QEvent::Type type, const QPointF &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

// Metres between two nearby points (equirectangular; plenty for a few kilometres).
double metresBetween(double lat1, double lon1, double lat2, double lon2)
{
    const double k = 111320.0;
    const double dy = (lat2 - lat1) * k;
    const double dx = (lon2 - lon1) * k * std::cos(lat1 * M_PI / 180.0);
    return std::hypot(dx, dy);
}

} // namespace

class TestMapIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void mapIsTheCentralAreaWithThePackage();
    void clickingAnIncidentMarkerSelectsTheQueueRow();
    void clickingAUnitMarkerSelectsTheUnitRow();
    void selectingARowCentresTheMap();
    void newIncidentHereFillsRoadAndKecamatan();
    void typedCoordinatesFillTheKecamatan();
    void droppingAUnitOnAnIncidentDispatchesIt();
    void placeSearch_data();
    void placeSearch();
    void placeSearchFromTheKeyboardJumpsToMonas();
    void sectorLayerToggles();
    void noMapShowsWhereItLooked();
    void unreadableMapNamesTheFile();

private:
    MainWindow *startDesk(const QString &mapFile, const QStringList &candidates = {});
    IncidentIntakeDialog *activate(IncidentIntakeDialog *dialog);
    QTemporaryDir m_dir;
    QString m_path;
    QList<QUuid> m_unitIds;
    QList<QUuid> m_incidentIds;
    std::unique_ptr<Desk> m_desk;
};

void TestMapIntegration::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    Language::instance()->setLanguage(QStringLiteral("en"));
    QVERIFY(QFileInfo::exists(QStringLiteral(LINTAS_DEMO_MAP)));
}

void TestMapIntegration::cleanup()
{
    m_desk.reset();
    QSettings().clear();
}

MainWindow *TestMapIntegration::startDesk(const QString &mapFile, const QStringList &candidates)
{
    // A fresh store for each test: dispatches of one test never change the next one's units.
    static int count = 0;
    m_path = m_dir.filePath(QStringLiteral("desk%1.sqlite").arg(++count));
    m_unitIds.clear();
    m_incidentIds.clear();
    if (!test::seedFixture(m_path, &m_unitIds, &m_incidentIds))
        return nullptr;
    DeskOptions options;
    options.storePath = m_path;
    options.siteId = test::kSite;
    options.actor = test::kActor;
    options.interactive = false;
    options.mapFile = mapFile;
    options.mapCandidates = candidates;
    options.windowSize = QSize(1600, 900);
    m_desk = std::make_unique<Desk>(options);
    QSignalSpy ready(m_desk.get(), &Desk::ready);
    m_desk->start();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty(); }, 20000))
        return nullptr;
    MainWindow *window = m_desk->mainWindow();
    window->activateWindow();
    if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == window; }, 5000))
        return nullptr;
    return window;
}

IncidentIntakeDialog *TestMapIntegration::activate(IncidentIntakeDialog *dialog)
{
    if (!dialog)
        return nullptr;
    dialog->activateWindow();
    if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }, 5000))
        return nullptr;
    return dialog;
}

void TestMapIntegration::mapIsTheCentralAreaWithThePackage()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    MapView *map = window->mapView();
    QVERIFY(map);
    auto *area = qobject_cast<QStackedWidget *>(window->centralWidget());
    QVERIFY(area);
    QCOMPARE(area->currentWidget(), map);
    QVERIFY(map->isVisible());
    QCOMPARE(map->mapPackagePath(), QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window->mapError().isEmpty());
    // The detail is a dock on the right, the lists stay on the left, and the map is wider than either.
    QCOMPARE(window->dockWidgetArea(window->detailDock()), Qt::RightDockWidgetArea);
    QCOMPARE(window->dockWidgetArea(window->findChild<QDockWidget *>(QStringLiteral("incidentQueueDock"))),
             Qt::LeftDockWidgetArea);
    QVERIFY(window->detailDock()->isVisible());
    QVERIFY(map->width() > window->detailDock()->width());
    // The roads arrive from the loader thread.
    QTRY_VERIFY_WITH_TIMEOUT(!map->isLoading(), 10000);

    // The loaded incidents and units are on the map: each one's marker is hit where it stands.
    map->centerOn(-6.1855, 106.8240, 16.0);
    for (int row = 0; row < window->queueModel()->rowCount(); ++row) {
        const Incident incident = window->queueModel()->incidentAt(row);
        const MapView::Hit hit = map->hitTest(map->geoToScreen(incident.latitude, incident.longitude));
        QCOMPARE(hit.kind, MapView::Hit::Kind::Incident);
        QCOMPARE(hit.id, incident.id);
    }
    const Unit unit = *window->unitModel()->unit(m_unitIds.at(1)); // JAKPUS-R4-01, alone near Monas
    const MapView::Hit unitHit = map->hitTest(map->geoToScreen(unit.latitude, unit.longitude));
    QCOMPARE(unitHit.kind, MapView::Hit::Kind::Unit);
    QCOMPARE(unitHit.id, unit.id);

    // A row-level update reaches the map: a unit moving lands at its new place.
    Unit moved = unit;
    moved.latitude = -6.1820;
    moved.longitude = 106.8260;
    moved.positionAt = QDateTime::currentDateTimeUtc();
    const QVariantMap position{{QStringLiteral("latitude"), moved.latitude},
                               {QStringLiteral("longitude"), moved.longitude},
                               {QStringLiteral("position_at"), moved.positionAt.toString(Qt::ISODateWithMs)}};
    QVERIFY(test::commit(*m_desk->service(),
                         {m_desk->factory()->make(EntityKind::Unit, unit.id, ChangeKind::Set, position)}));
    QTRY_COMPARE(map->hitTest(map->geoToScreen(moved.latitude, moved.longitude)).id, unit.id);
}

void TestMapIntegration::clickingAnIncidentMarkerSelectsTheQueueRow()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    MapView *map = window->mapView();
    const QUuid bundaranHi = m_incidentIds.at(0);
    // The newest report (Medan Merdeka Barat) is selected after loading.
    QVERIFY(window->selectedIncident());
    QVERIFY(window->selectedIncident()->id != bundaranHi);

    map->centerOn(-6.19, 106.82, 16.0);
    const geo::GeoPoint before = map->center();
    const Incident incident = *window->queueModel()->incident(bundaranHi);
    const QPointF at = map->geoToScreen(incident.latitude, incident.longitude);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at.toPoint());
    QVERIFY(window->selectedIncident());
    QCOMPARE(window->selectedIncident()->id, bundaranHi);
    QCOMPARE(map->selectedIncident(), bundaranHi);
    QCOMPARE(window->detail()->incidentId(), bundaranHi);
    // The click does not move the map under the pointer.
    QCOMPARE(map->center(), before);

    // A search in the queue that hides the row gives way to the click.
    const QUuid other = m_incidentIds.at(1);
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("queueFilter"));
    filter->setText(QStringLiteral("Sudirman"));
    QCOMPARE(window->queueView()->model()->rowCount(), 1);
    const Incident second = *window->queueModel()->incident(other);
    map->centerOn(second.latitude, second.longitude, 16.0);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier,
                      map->geoToScreen(second.latitude, second.longitude).toPoint());
    QCOMPARE(window->selectedIncident()->id, other);
    QVERIFY(filter->text().isEmpty());
}

void TestMapIntegration::clickingAUnitMarkerSelectsTheUnitRow()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    MapView *map = window->mapView();
    const Unit unit = *window->unitModel()->unit(m_unitIds.at(2)); // JAKSEL-R2-01
    map->centerOn(unit.latitude, unit.longitude, 16.0);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, map->geoToScreen(unit.latitude, unit.longitude).toPoint());
    QVERIFY(window->selectedUnit());
    QCOMPARE(window->selectedUnit()->id, unit.id);
    QCOMPARE(map->selectedUnit(), unit.id);
}

void TestMapIntegration::selectingARowCentresTheMap()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    MapView *map = window->mapView();
    // Far out: centring also zooms in to street level.
    map->centerOn(-6.30, 106.70, 11.0);
    QVERIFY(window->selectIncident(m_incidentIds.at(0)));
    const Incident bundaranHi = *window->queueModel()->incident(m_incidentIds.at(0));
    QVERIFY(metresBetween(map->center().lat, map->center().lon, bundaranHi.latitude, bundaranHi.longitude) < 5);
    QCOMPARE(map->zoom(), 16.0);
    QCOMPARE(map->selectedIncident(), bundaranHi.id);

    // Close in already: the zoom is kept.
    map->setZoom(17.5);
    QVERIFY(window->selectIncident(m_incidentIds.at(1)));
    const Incident second = *window->queueModel()->incident(m_incidentIds.at(1));
    QVERIFY(metresBetween(map->center().lat, map->center().lon, second.latitude, second.longitude) < 5);
    QCOMPARE(map->zoom(), 17.5);

    // The same from the unit board, by keyboard as a dispatcher would.
    window->unitView()->setFocus();
    const Unit unit = *window->unitModel()->unit(m_unitIds.at(2));
    QVERIFY(window->selectUnit(unit.id));
    QVERIFY(metresBetween(map->center().lat, map->center().lon, unit.latitude, unit.longitude) < 5);
    QCOMPARE(map->selectedUnit(), unit.id);
}

void TestMapIntegration::newIncidentHereFillsRoadAndKecamatan()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    MapView *map = window->mapView();
    map->centerOn(kBundaranHiLat, kBundaranHiLon, 17.0);
    // Just north of the roundabout, on Jalan M.H. Thamrin.
    const double lat = -6.1938;
    const double lon = 106.8229;
    const QPoint pos = map->geoToScreen(lat, lon).toPoint();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, map->mapToGlobal(pos));
    QApplication::sendEvent(map, &event);
    auto *menu = map->findChild<QMenu *>(QStringLiteral("mapContextMenu"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    menu->findChild<QAction *>(QStringLiteral("newIncidentHere"))->trigger();
    menu->close();

    IncidentIntakeDialog *dialog = activate(window->intakeDialog());
    QVERIFY(dialog);
    auto *road = dialog->findChild<QLineEdit *>(QStringLiteral("road"));
    auto *kecamatan = dialog->findChild<QLineEdit *>(QStringLiteral("kecamatan"));
    QVERIFY(road->text().contains(QLatin1String("Thamrin")));
    QCOMPARE(kecamatan->text(), QStringLiteral("Menteng"));
    double typedLat = 0;
    double typedLon = 0;
    QVERIFY(IncidentIntakeDialog::parseCoordinates(dialog->findChild<QLineEdit *>(QStringLiteral("location"))->text(),
                                                   &typedLat, &typedLon));
    QVERIFY(metresBetween(typedLat, typedLon, lat, lon) < 5);
    // Bundaran HI is in Jakarta Pusat, though Polres Jakarta Barat's headquarters are nearer.
    QCOMPARE(IncidentIntakeDialog::nearestPolres(lat, lon), QStringLiteral("JAKBAR"));
    QCOMPARE(dialog->draft().stationCode, QStringLiteral("JAKPUS"));

    // Saved, the incident carries the road and the kecamatan.
    QTest::keyClick(dialog->findChild<QListWidget *>(QStringLiteral("typeList")), Qt::Key_K);
    const int before = window->queueModel()->rowCount();
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(window->intakeDialog() == nullptr, 10000);
    QTRY_COMPARE(window->queueModel()->rowCount(), before + 1);
    const Incident created = window->queueModel()->incidentAt(0);
    QCOMPARE(created.kecamatan, QStringLiteral("Menteng"));
    QVERIFY(created.road.contains(QLatin1String("Thamrin")));
    QVERIFY(metresBetween(created.latitude, created.longitude, lat, lon) < 5);
    // And it is on the map.
    QTRY_COMPARE(map->hitTest(map->geoToScreen(created.latitude, created.longitude)).id, created.id);
}

void TestMapIntegration::typedCoordinatesFillTheKecamatan()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    window->queueView()->setFocus();
    QTest::keyClick(window->queueView(), Qt::Key_N);
    IncidentIntakeDialog *dialog = activate(window->intakeDialog());
    QVERIFY(dialog);
    auto *location = dialog->findChild<QLineEdit *>(QStringLiteral("location"));
    auto *kecamatan = dialog->findChild<QLineEdit *>(QStringLiteral("kecamatan"));
    location->setFocus();
    QTest::keyClicks(location, QStringLiteral("%1, %2").arg(kMonasLat).arg(kMonasLon));
    QTest::keyClick(location, Qt::Key_Return);
    QCOMPARE(kecamatan->text(), QStringLiteral("Gambir"));
    QCOMPARE(dialog->draft().kecamatan, QStringLiteral("Gambir"));

    // A name picked from the map's place index: the road field takes it, the kecamatan comes along.
    location->selectAll();
    QTest::keyClicks(location, QStringLiteral("jl sudirman"));
    QTRY_VERIFY(QApplication::activePopupWidget() != nullptr);
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Return);
    QVERIFY(location->text().contains(QLatin1String("Sudirman")));
    QCOMPARE(dialog->draft().road, location->text());
    QVERIFY(!dialog->draft().kecamatan.isEmpty());
    QVERIFY(!std::isnan(dialog->draft().latitude));

    // What the dispatcher typed in the kecamatan field stays when the location changes.
    QTest::keyClicks(kecamatan, QStringLiteral(" Selatan"));
    const QString typed = kecamatan->text();
    location->selectAll();
    QTest::keyClicks(location, QStringLiteral("-6.2000, 106.8200"));
    QTest::keyClick(location, Qt::Key_Return);
    QCOMPARE(kecamatan->text(), typed);

    test::MessageBoxAnswerer discard(QMessageBox::Discard);
    dialog->reject();
    QTRY_VERIFY(window->intakeDialog() == nullptr);
}

void TestMapIntegration::droppingAUnitOnAnIncidentDispatchesIt()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    MapView *map = window->mapView();
    const Unit unit = *window->unitModel()->unit(m_unitIds.at(0));                  // JAKPUS-R2-01, available
    const Incident incident = *window->queueModel()->incident(m_incidentIds.at(1)); // Medan Merdeka Barat
    QVERIFY(!incident.firstDispatchedAt.isValid());
    map->centerOn(-6.1760, 106.8235, 17.0);

    const auto drag = [&](const Unit &who, const Incident &onto) {
        const QPointF from = map->geoToScreen(who.latitude, who.longitude);
        const QPointF to = map->geoToScreen(onto.latitude, onto.longitude) + QPointF(3, 2);
        sendMouse(map, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int step = 1; step <= 5; ++step)
            sendMouse(map, QEvent::MouseMove, from + (to - from) * step / 5.0, Qt::NoButton, Qt::LeftButton);
        sendMouse(map, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    };
    QSignalSpy committed(m_desk->service(), &StoreService::committed);
    // A drop is a choice like any other: once the road ranking is in, a unit other than its top asks for a reason.
    QTRY_VERIFY_WITH_TIMEOUT(window->dispatchCoordinator()->isRanked(), 20000);
    const bool override = window->dispatchCoordinator()->isOverride(unit.id);
    drag(unit, incident);
    if (override) {
        QTRY_VERIFY(window->overrideDialog() != nullptr);
        window->overrideDialog()
            ->findChild<QLineEdit *>(QStringLiteral("overrideReason"))
            ->setText(QStringLiteral("Sudah di lokasi sebelah"));
        window->overrideDialog()->accept();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!committed.isEmpty(), 10000);

    // The unit board shows it dispatched to the incident, and the incident has its first dispatch time.
    QTRY_VERIFY(window->unitModel()->unit(unit.id)->status == UnitStatus::Dispatched);
    QCOMPARE(window->unitModel()->unit(unit.id)->incidentId, incident.id);
    const int row = window->unitModel()->rowOf(unit.id);
    QCOMPARE(window->unitModel()->index(row, UnitBoardModel::StatusColumn).data().toString(),
             QStringLiteral("Dispatched"));
    QTRY_VERIFY(window->queueModel()->incident(incident.id)->firstDispatchedAt.isValid());
    QCOMPARE(window->selectedIncident()->id, incident.id);
    // The store has it, as it has any dispatch.
    {
        StoreReader reader(m_path);
        QVERIFY(reader.isOpen());
        const auto stored = reader.incident(incident.id);
        QVERIFY(stored);
        QVERIFY(stored->firstDispatchedAt.isValid());
        QVERIFY(stored->status == IncidentStatus::Dispatched);
    }

    // The same unit dropped on the same incident again is not a second dispatch.
    committed.clear();
    const Unit dispatched = *window->unitModel()->unit(unit.id);
    drag(dispatched, incident);
    QTest::qWait(300);
    QVERIFY(committed.isEmpty());
    QVERIFY(window->statusBar()->currentMessage().contains(unit.callsign));
}

void TestMapIntegration::placeSearch_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("road, one word") << QStringLiteral("Sudirman") << QStringLiteral("Sudirman");
    QTest::newRow("landmark") << QStringLiteral("Monas") << QStringLiteral("Monas");
    QTest::newRow("Jl. prefix") << QStringLiteral("Jl. Gatot Subroto") << QStringLiteral("Gatot S");
    QTest::newRow("lower case, Jalan") << QStringLiteral("jalan gatot subroto") << QStringLiteral("Gatot S");
}

void TestMapIntegration::placeSearch()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    MainWindow *window = m_desk ? m_desk->mainWindow() : startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    const QList<geo::PlaceHit> hits = window->searchPlaces(typed);
    QVERIFY(!hits.isEmpty());
    QVERIFY2(hits.first().name.contains(expected), qPrintable(hits.first().name));

    MapView *map = window->mapView();
    map->centerOn(-6.30, 106.70, 11.0);
    QVERIFY(window->jumpToPlace(typed));
    const geo::GeoPoint c = map->center();
    const geo::GeoBounds b = hits.first().bounds;
    // The map is on the place, zoomed so that it fits.
    QVERIFY(c.lat >= b.south - 1e-4 && c.lat <= b.north + 1e-4 && c.lon >= b.west - 1e-4 && c.lon <= b.east + 1e-4);
    QVERIFY(map->zoom() > 13.0);
    const QPointF nw = map->geoToScreen(b.north, b.west);
    const QPointF se = map->geoToScreen(b.south, b.east);
    QVERIFY(nw.x() >= -1 && nw.y() >= -1 && se.x() <= map->width() + 1 && se.y() <= map->height() + 1);
}

void TestMapIntegration::placeSearchFromTheKeyboardJumpsToMonas()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    MapView *map = window->mapView();
    map->centerOn(-6.25, 106.80, 12.0);
    QLineEdit *search = window->placeSearch();
    QVERIFY(search);
    QVERIFY(search->isVisible());
    // Ctrl+L from anywhere in the window, and the View menu has the same action.
    QTest::keyClick(window->queueView(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    QVERIFY(window->action(QStringLiteral("findPlace"))->isEnabled());

    QTest::keyClicks(search, QStringLiteral("Monas"));
    QTRY_VERIFY(QApplication::activePopupWidget() != nullptr);
    const QAbstractItemModel *offered = search->completer()->completionModel();
    QVERIFY(offered->rowCount() > 0);
    QVERIFY(offered->index(0, 0).data().toString().contains(QLatin1String("Monas")));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(metresBetween(map->center().lat, map->center().lon, kMonasLat, kMonasLon) < 400);
    QVERIFY(map->zoom() >= 15.0);
    QCOMPARE(QApplication::focusWidget(), map); // arrows pan from here
}

void TestMapIntegration::sectorLayerToggles()
{
    MainWindow *window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window);
    QAction *toggle = window->action(QStringLiteral("toggleSectors"));
    QVERIFY(toggle);
    QVERIFY(!toggle->shortcut().isEmpty());
    QVERIFY(!window->mapView()->sectorsVisible());
    QTest::keySequence(window, toggle->shortcut());
    QVERIFY(window->mapView()->sectorsVisible());
    QVERIFY(toggle->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("map/sectors")).toBool(), true);
    // Remembered for the next start.
    m_desk.reset();
    window = startDesk(QStringLiteral(LINTAS_DEMO_MAP));
    QVERIFY(window->mapView()->sectorsVisible());
    window->action(QStringLiteral("toggleSectors"))->trigger();
    QVERIFY(!window->mapView()->sectorsVisible());
}

void TestMapIntegration::noMapShowsWhereItLooked()
{
    const QString missing = m_dir.filePath(QStringLiteral("nowhere/jakarta.lintasmap"));
    const QString alsoMissing = m_dir.filePath(QStringLiteral("share/lintas/maps/jakarta.lintasmap"));
    MainWindow *window = startDesk({}, {missing, alsoMissing});
    QVERIFY(window);
    QVERIFY(window->mapView()->mapPackagePath().isEmpty());
    auto *message = window->findChild<QLabel *>(QStringLiteral("mapMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY(!window->mapView()->isVisible());
    const QString text = window->mapError();
    QVERIFY2(text.contains(QDir::toNativeSeparators(missing)), qPrintable(text));
    QVERIFY(text.contains(QDir::toNativeSeparators(alsoMissing)));
    QVERIFY(text.contains(QLatin1String("--map")));
    QVERIFY(message->text().contains(QLatin1String("--map")));
    // Everything else works: the queue is loaded and an incident can still be selected.
    QCOMPARE(window->queueModel()->rowCount(), 2);
    QVERIFY(window->selectIncident(m_incidentIds.at(0)));
    QCOMPARE(window->detail()->incidentId(), m_incidentIds.at(0));
    QVERIFY(window->searchPlaces(QStringLiteral("Monas")).isEmpty());
    // The store's gazetteer still serves the intake form.
    window->queueView()->setFocus();
    QTest::keyClick(window->queueView(), Qt::Key_N);
    IncidentIntakeDialog *dialog = activate(window->intakeDialog());
    QVERIFY(dialog);
    auto *location = dialog->findChild<QLineEdit *>(QStringLiteral("location"));
    location->setFocus();
    QTest::keyClicks(location, QStringLiteral("Monas"));
    QTest::keyClick(location, Qt::Key_Return);
    QVERIFY(!std::isnan(dialog->draft().latitude));
    test::MessageBoxAnswerer discard(QMessageBox::Discard);
    dialog->reject();
    QTRY_VERIFY(window->intakeDialog() == nullptr);

    // Switching language rewrites the message.
    const QString english = window->mapError();
    window->setLanguage(QStringLiteral("id"));
    QTRY_VERIFY(window->mapError() != english);
    QVERIFY(window->mapError().contains(QDir::toNativeSeparators(missing)));
    window->setLanguage(QStringLiteral("en"));
}

void TestMapIntegration::unreadableMapNamesTheFile()
{
    const QString bogus = m_dir.filePath(QStringLiteral("bogus.lintasmap"));
    {
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a map package, just text that is long enough to look like a file of some sort");
    }
    MainWindow *window = startDesk(bogus, {QStringLiteral(LINTAS_DEMO_MAP)});
    QVERIFY(window);
    // Asked for by name, it is that file or none: no silent fall-back to another map.
    QVERIFY(window->mapView()->mapPackagePath().isEmpty());
    QVERIFY(window->mapError().contains(QDir::toNativeSeparators(bogus)));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("mapMessage"))->isVisible());
}

QTEST_MAIN(TestMapIntegration)
#include "tst_mapintegration.moc"
