// The hotspot forecast on the map: the heat layer paints a hot cell red and leaves a cold one alone, Off takes
// it away again, placement marks show where units should stand with their tooltip; and the controller, trained
// on a small store whose incidents crowd one place at one hour, shows that place as the hottest cell for "now"
// and places the available units, never the one out of service.

#include <cmath>
#include <functional>
#include <memory>
#include <numbers>

#include <QAction>
#include <QDir>
#include <QImage>
#include <QMainWindow>
#include <QMenu>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimeZone>

#include "analytics/hotspotforecast.h"
#include "cases/casedesk.h"
#include "forecast/forecastcontroller.h"
#include "geo/geodesy.h"
#include "geo/webmercator.h"
#include "guitestsupport.h"
#include "map/heatlayer.h"
#include "map/mapview.h"
#include "map/placementlayer.h"

using namespace lintas;

namespace {

constexpr double kMonasLat = -6.1754;
constexpr double kMonasLon = 106.8272;
constexpr QSize kSize(900, 650);

// The place where the store's incidents crowd: Bundaran HI.
constexpr double kHotLat = -6.1951;
constexpr double kHotLon = 106.8231;

// Wednesday 25 November 2026, 10:30 WIB.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(10, 30), QTimeZone(7 * 3600)).toUTC();
}

std::pair<double, double> offset(double lat, double lon, double eastM, double northM)
{
    return {lat + northM / 111320.0, lon + eastM / (111320.0 * std::cos(lat * std::numbers::pi / 180.0))};
}

QImage grab(MapView &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    view.render(&image);
    return image.convertToFormat(QImage::Format_RGB32);
}

void saveShot(const QImage &image, const QString &name)
{
    const QString dir = QDir::temp().filePath(QStringLiteral("shots/fui"));
    QDir().mkpath(dir);
    image.save(dir + QLatin1Char('/') + name);
}

// The cell's rectangle on screen, shrunk by a few pixels so rounding at its edges does not count.
QRect cellOnScreen(const MapView &view, const analytics::HotspotGrid &grid, int cell)
{
    const geo::GeoBounds b = grid.cellBounds(cell);
    const QPointF nw = view.geoToScreen(b.north, b.west);
    const QPointF se = view.geoToScreen(b.south, b.east);
    return QRectF(nw, se).toAlignedRect().adjusted(3, 3, -3, -3);
}

bool isRed(QRgb c)
{
    return qRed(c) > 170 && qGreen(c) < 120 && qBlue(c) < 120;
}

double fractionWhere(const QRect &rect, const std::function<bool(int, int)> &test)
{
    int hits = 0;
    int total = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            ++total;
            hits += test(x, y) ? 1 : 0;
        }
    return total ? double(hits) / total : 0.0;
}

double differingFraction(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1.0;
    qint64 differ = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            differ += pa[x] != pb[x] ? 1 : 0;
    }
    return double(differ) / (double(a.width()) * a.height());
}

Unit makeUnit(const char *callsign, UnitKind kind, UnitStatus status, double lat, double lon)
{
    Unit unit;
    unit.id = newUuidV7();
    unit.callsign = QString::fromLatin1(callsign);
    unit.kind = kind;
    unit.stationCode = QStringLiteral("JAKPUS");
    unit.status = status;
    unit.latitude = lat;
    unit.longitude = lon;
    unit.positionAt = fixedNow();
    return unit;
}

} // namespace

class TestForecastLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void heatLayerPaintsHotCellRedAndColdCellNot();
    void rampScalesToThe99thPercentile();
    void placementMarksAndTooltip();
    void controllerShowsHotspotAndPlacesAvailableUnits();
    void menuCyclesModes();
    void eitherMayBeDeletedFirst();

private:
    bool seedHistory(const QString &path);
    void openMap(MapView &view);

    QTemporaryDir m_dir;
    std::unique_ptr<MapView> m_view;
};

void TestForecastLayer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    QVERIFY2(QFile::exists(QStringLiteral(LINTAS_DEMO_MAP)), LINTAS_DEMO_MAP);
}

void TestForecastLayer::openMap(MapView &view)
{
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(kSize);
    view.setDarkTheme(false);
    view.setFixedTime(fixedNow());
    QString error;
    QVERIFY2(view.setMapPackage(QStringLiteral(LINTAS_DEMO_MAP), &error), qPrintable(error));
    view.centerOn(kMonasLat, kMonasLon, 14.0);
}

void TestForecastLayer::init()
{
    m_view = std::make_unique<MapView>();
    openMap(*m_view);
}

void TestForecastLayer::cleanup()
{
    m_view.reset();
}

void TestForecastLayer::heatLayerPaintsHotCellRedAndColdCellNot()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 30000);
    const QImage before = grab(*m_view);

    // A hand-made grid around Monas: one hot cell, a ring of warm ones, a cold one 2 km to the west.
    const analytics::HotspotGrid grid(geo::GeoBounds::around(kMonasLat, kMonasLon, 0.04));
    QVERIFY(grid.isValid());
    QVector<float> values(grid.cellCount(), 0.0f);
    const int hot = grid.cellAt(kMonasLat, kMonasLon);
    QVERIFY(hot >= 0);
    for (const int cell : grid.cellsWithin(hot, 600.0))
        values[cell] = 0.3f;
    values[hot] = 2.0f;
    const auto [coldLat, coldLon] = offset(kMonasLat, kMonasLon, -2000, 0);
    const int cold = grid.cellAt(coldLat, coldLon);
    QVERIFY(cold >= 0 && values[cold] == 0.0f);
    // Faint tails around, below the floor: they must not tint the map.
    for (const int cell : grid.cellsWithin(hot, 1000.0))
        if (values[cell] == 0.0f)
            values[cell] = 0.001f;

    HeatLayer layer;
    layer.setTitle(QStringLiteral("Hotspot forecast · next 3 hours"));
    layer.setValues(grid, values);
    QCOMPARE(layer.hottestCell(), hot);
    QVERIFY(layer.colorFor(0.001f).alpha() == 0);
    m_view->setHeatLayer(&layer);
    const QImage with = grab(*m_view);
    saveShot(with, QStringLiteral("heatlayer.png"));

    const QRect hotRect = cellOnScreen(*m_view, grid, hot);
    QVERIFY2(hotRect.width() > 8 && hotRect.height() > 8, "the cell is too small on screen to sample");
    // Street names are drawn above the heat: most of the cell, not every pixel, is red.
    const double red = fractionWhere(hotRect, [&](int x, int y) { return isRed(with.pixel(x, y)); });
    QVERIFY2(red > 0.6, qPrintable(QStringLiteral("only %1% of the hot cell is red").arg(red * 100)));
    const double redBefore = fractionWhere(hotRect, [&](int x, int y) { return isRed(before.pixel(x, y)); });
    QVERIFY(redBefore < 0.1);

    const QRect coldRect = cellOnScreen(*m_view, grid, cold);
    const double same = fractionWhere(coldRect, [&](int x, int y) { return with.pixel(x, y) == before.pixel(x, y); });
    QCOMPARE(same, 1.0);

    // A warm cell is painted, lighter than the hot one.
    const auto [warmLat, warmLon] = offset(kMonasLat, kMonasLon, 500, 0);
    const int warm = grid.cellAt(warmLat, warmLon);
    QVERIFY(warm != hot && values[warm] == 0.3f);
    const QRect warmRect = cellOnScreen(*m_view, grid, warm);
    const double warmChanged =
        fractionWhere(warmRect, [&](int x, int y) { return with.pixel(x, y) != before.pixel(x, y); });
    QVERIFY(warmChanged > 0.6);
    QVERIFY(fractionWhere(warmRect, [&](int x, int y) { return isRed(with.pixel(x, y)); }) < 0.1);

    // Off (the controller clears the layer) gives back the map as it was, legend and all.
    layer.clear();
    QVERIFY(layer.isEmpty());
    QCOMPARE(differingFraction(grab(*m_view), before), 0.0);
    layer.setValues(grid, values);
    QVERIFY(differingFraction(grab(*m_view), before) > 0.001);
    m_view->setHeatLayer(nullptr);
    QCOMPARE(differingFraction(grab(*m_view), before), 0.0);
}

void TestForecastLayer::rampScalesToThe99thPercentile()
{
    // 200 cells from 0.01 to 2.0 and one outlier of 100: the outlier must not turn every other cell pale.
    const analytics::HotspotGrid grid(geo::GeoBounds::around(kMonasLat, kMonasLon, 0.04));
    QVector<float> values(grid.cellCount(), 0.0f);
    for (int i = 0; i < 200; ++i)
        values[i] = 0.01f * float(i + 1);
    values[500] = 100.0f;
    HeatLayer layer;
    layer.setValues(grid, values);
    QCOMPARE(layer.hottestCell(), 500);
    QVERIFY(layer.scaleMax() >= 1.9f && layer.scaleMax() <= 2.0f);
    QCOMPARE(layer.floor(), float(double(layer.scaleMax()) * HeatLayer::kFloorFraction));
    QCOMPARE(layer.colorFor(100.0f), layer.colorFor(layer.scaleMax()));
    QVERIFY(layer.colorFor(1.0f).green() > layer.colorFor(1.9f).green()); // yellow-orange → red
    QVERIFY(layer.colorFor(0.05f).alpha() == 0);

    // Values of the wrong size are refused, leaving the layer empty.
    layer.setValues(grid, QVector<float>(3, 1.0f));
    QVERIFY(layer.isEmpty());
}

void TestForecastLayer::placementMarksAndTooltip()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 30000);
    const QImage before = grab(*m_view);
    PlacementMark mark;
    mark.unitId = QUuid::createUuid();
    mark.callsign = QStringLiteral("JAKPUS-R2-03");
    std::tie(mark.from.lat, mark.from.lon) = offset(kMonasLat, kMonasLon, -1200, 600);
    mark.target = geo::GeoPoint{kMonasLat, kMonasLon};
    mark.travelSeconds = 230;
    mark.coveredRisk = 0.8;
    QCOMPARE(PlacementLayer::toolTipOf(mark),
             QStringLiteral("JAKPUS-R2-03 → 4 min by road, covers 0.8 expected incidents"));

    PlacementLayer layer;
    layer.setMarks({mark});
    m_view->setPlacementLayer(&layer);
    const QImage with = grab(*m_view);
    const QPoint ring = (m_view->geoToScreen(kMonasLat, kMonasLon) + QPointF(PlacementLayer::kRingRadius, 0)).toPoint();
    const auto purple = [&](int x, int y) {
        const QRgb c = with.pixel(x, y);
        return qBlue(c) > 150 && qRed(c) > 80 && qRed(c) < 150 && qGreen(c) < 100;
    };
    QVERIFY(fractionWhere(QRect(ring - QPoint(1, 1), QSize(3, 3)), purple) > 0.3);
    // The dashed line runs from where the unit was towards the ring.
    const QPointF from = m_view->geoToScreen(mark.from.lat, mark.from.lon);
    const QPointF to = m_view->geoToScreen(kMonasLat, kMonasLon);
    int onLine = 0;
    for (double t = 0.1; t < 0.8; t += 0.02) {
        const QPoint p = (from + (to - from) * t).toPoint();
        onLine += fractionWhere(QRect(p - QPoint(1, 1), QSize(3, 3)), purple) > 0 ? 1 : 0;
    }
    QVERIFY2(onLine > 10, qPrintable(QString::number(onLine)));
    // The ring answers the tooltip's hit test; a point away from it does not.
    MapViewport view;
    view.zoom = m_view->zoom();
    view.size = QSizeF(m_view->size());
    const geo::GeoPoint c = m_view->center();
    view.topLeft = geo::toWorldPixels(c.lat, c.lon, view.zoom) - QPointF(view.size.width(), view.size.height()) / 2;
    QCOMPARE(layer.markAt(to + QPointF(3, 2), view), 0);
    QCOMPARE(layer.markAt(to + QPointF(40, 0), view), -1);

    layer.clear();
    QCOMPARE(differingFraction(grab(*m_view), before), 0.0);
    m_view->setPlacementLayer(nullptr);
}

bool TestForecastLayer::seedHistory(const QString &path)
{
    HybridClock clock;
    ChangeFactory factory(test::kSite, test::kActor, &clock);
    Store store(path, test::kSite);
    QString error;
    if (!store.open(&error)) {
        qWarning() << "history store:" << error;
        return false;
    }
    ChangeList changes;
    const auto incident = [&](double lat, double lon, const QDateTime &at) {
        IncidentDraft draft;
        draft.typeCode = QStringLiteral("kemacetan");
        draft.priority = Priority::P3;
        draft.latitude = lat;
        draft.longitude = lon;
        draft.stationCode = QStringLiteral("JAKPUS");
        draft.narrative = QStringLiteral("Antrean");
        draft.reportedAt = at;
        changes.append(factory.createIncident(draft));
    };
    // Every day of the last eight weeks, between 10:00 and 11:00 WIB, two or three jams at Bundaran HI.
    const QDateTime now = fixedNow();
    for (int day = 1; day <= 56; ++day) {
        const QDateTime tenWib = now.addDays(-day).addSecs(-30 * 60);
        incident(kHotLat, kHotLon, tenWib.addSecs(5 * 60));
        incident(kHotLat + 0.0003, kHotLon - 0.0002, tenWib.addSecs(35 * 60));
        if (day % 7 == 0)
            incident(kHotLat - 0.0002, kHotLon + 0.0003, tenWib.addSecs(50 * 60));
    }
    // Elsewhere, at night: Kota and Senen, at 02:00 WIB.
    for (int day = 1; day <= 20; ++day) {
        const QDateTime twoWib = now.addDays(-day).addSecs(-(8 * 60 + 30) * 60);
        incident(-6.1352, 106.8133, twoWib);
        incident(-6.1745, 106.8450, twoWib.addSecs(20 * 60));
    }
    const CommitResult result = store.commitLocal(changes);
    if (!result.ok)
        qWarning() << "history commit:" << result.error;
    store.close();
    return result.ok;
}

void TestForecastLayer::controllerShowsHotspotAndPlacesAvailableUnits()
{
    const QString path = m_dir.filePath(QStringLiteral("forecast.lintas"));
    QVERIFY(seedHistory(path));
    HybridClock clock;
    ChangeFactory changes(test::kSite, test::kActor, &clock);
    StoreService service(path, test::kSite);
    QVERIFY(test::startService(service));
    CaseDesk desk(&service, &changes, path);
    desk.setClock([] { return fixedNow(); });

    const Unit near = makeUnit("JAKPUS-R2-01", UnitKind::R2Patrol, UnitStatus::Available, -6.1860, 106.8230);
    const Unit patrol = makeUnit("JAKPUS-R4-01", UnitKind::R4Patrol, UnitStatus::OnPatrol, -6.1800, 106.8300);
    const Unit south = makeUnit("JAKSEL-R4-02", UnitKind::R4Patrol, UnitStatus::Available, -6.2080, 106.8200);
    // Right beside the hotspot, but out of service: it must never be placed.
    const Unit broken = makeUnit("JAKPUS-R2-09", UnitKind::R2Patrol, UnitStatus::OutOfService, -6.1945, 106.8236);
    const Unit busy = makeUnit("JAKPUS-R4-05", UnitKind::R4Patrol, UnitStatus::OnScene, -6.1960, 106.8220);
    const QList<Unit> units{near, patrol, south, broken, busy};

    QMainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    m_view->setUnits(units);
    m_view->centerOn(-6.1900, 106.8250, 14.5);

    SupervisionContext context;
    context.desk = &desk;
    context.window = &window;
    context.map = m_view.get();
    context.units = [units] { return units; };
    ForecastController controller(context);
    QCOMPARE(m_view->heatLayer(), controller.heatLayer());
    QCOMPARE(m_view->placementLayer(), controller.placementLayer());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 30000);
    const QImage before = grab(*m_view);

    QSignalSpy placed(&controller, &ForecastController::placementUpdated);
    controller.setMode(ForecastController::Mode::Now);
    QVERIFY(controller.isTraining());
    QVERIFY(QTest::qWaitFor([&] { return !placed.isEmpty(); }, 90000));

    // The hottest cell of "now" (10:00–11:00 WIB) is Bundaran HI's.
    const analytics::HotspotGrid &grid = controller.forecast().grid();
    QVERIFY(grid.isValid());
    const int hotCell = grid.cellAt(kHotLat, kHotLon);
    QVERIFY(hotCell >= 0);
    QCOMPARE(controller.heatLayer()->hottestCell(), hotCell);
    QCOMPARE(controller.heatLayer()->title(), QStringLiteral("Hotspot forecast · now"));

    // Placements for available and patrolling units only; the first covers the hotspot.
    const analytics::PlacementResult &result = controller.lastPlacement();
    QVERIFY(!result.placements.isEmpty());
    const QSet<QUuid> placeable{near.id, patrol.id, south.id};
    for (const analytics::Placement &placement : result.placements) {
        QVERIFY2(placeable.contains(placement.unitId), qPrintable(placement.callsign));
        QVERIFY(placement.unitId != broken.id && placement.unitId != busy.id);
    }
    const geo::GeoPoint hotCenter = grid.cellCenter(hotCell);
    const analytics::Placement &first = result.placements.first();
    QVERIFY2(geo::distanceM(first.target.lat, first.target.lon, hotCenter.lat, hotCenter.lon) <= 750.0,
             qPrintable(QStringLiteral("%1, %2").arg(first.target.lat).arg(first.target.lon)));
    QCOMPARE(controller.placementLayer()->marks().size(), result.placements.size());
    const PlacementMark &mark = controller.placementLayer()->marks().first();
    QCOMPARE(mark.callsign, first.callsign);
    QVERIFY(PlacementLayer::toolTipOf(mark).startsWith(first.callsign + QStringLiteral(" → ")));

    // The status bar sums it up.
    QVERIFY2(controller.statusMessage().contains(QStringLiteral("% of the expected incidents in this hour")),
             qPrintable(controller.statusMessage()));
    QCOMPARE(window.statusBar()->currentMessage(), controller.statusMessage());

    const QImage shown = grab(*m_view);
    saveShot(shown, QStringLiteral("forecast-now-placement.png"));
    QVERIFY(differingFraction(shown, before) > 0.01);
    const QRect hotRect = cellOnScreen(*m_view, grid, hotCell);
    QVERIFY(fractionWhere(hotRect, [&](int x, int y) { return isRed(shown.pixel(x, y)); }) > 0.2);

    // Next 3 hours: the title and the placement follow.
    placed.clear();
    controller.setMode(ForecastController::Mode::Next3Hours);
    QVERIFY(QTest::qWaitFor([&] { return !placed.isEmpty(); }, 60000));
    QCOMPARE(controller.heatLayer()->title(), QStringLiteral("Hotspot forecast · next 3 hours"));
    QVERIFY2(controller.statusMessage().contains(QStringLiteral("in the next 3 hours")),
             qPrintable(controller.statusMessage()));
    saveShot(grab(*m_view), QStringLiteral("forecast-next3h-placement.png"));

    // Without the placement the marks go; Off takes the heat away too and the map is as it was.
    controller.setPlacementShown(false);
    QVERIFY(controller.placementLayer()->isEmpty());
    controller.setMode(ForecastController::Mode::Off);
    QVERIFY(controller.heatLayer()->isEmpty());
    QCOMPARE(differingFraction(grab(*m_view), before), 0.0);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isTraining() && !controller.isPlacing(), 60000);
}

void TestForecastLayer::menuCyclesModes()
{
    SupervisionContext context;
    context.map = m_view.get();
    ForecastController controller(context);
    QMenu *menu = controller.menu();
    QVERIFY(menu);
    QVERIFY(!menu->title().isEmpty());
    auto *off = menu->findChild<QAction *>(QStringLiteral("forecastOffAction"));
    auto *now = menu->findChild<QAction *>(QStringLiteral("forecastNowAction"));
    auto *next = menu->findChild<QAction *>(QStringLiteral("forecastNext3HoursAction"));
    auto *cycle = menu->findChild<QAction *>(QStringLiteral("forecastCycleAction"));
    auto *placement = menu->findChild<QAction *>(QStringLiteral("forecastPlacementAction"));
    QVERIFY(off && now && next && cycle && placement);
    QVERIFY(off->isChecked());
    QCOMPARE(cycle->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    QVERIFY(placement->isCheckable() && placement->isChecked());

    cycle->trigger();
    QCOMPARE(controller.mode(), ForecastController::Mode::Now);
    QVERIFY(now->isChecked());
    cycle->trigger();
    QCOMPARE(controller.mode(), ForecastController::Mode::Next3Hours);
    QVERIFY(next->isChecked());
    cycle->trigger();
    QCOMPARE(controller.mode(), ForecastController::Mode::Off);
    QVERIFY(off->isChecked());
    next->trigger();
    QCOMPARE(controller.mode(), ForecastController::Mode::Next3Hours);
    placement->trigger();
    QVERIFY(!controller.isPlacementShown());

    // Without a store there is nothing to learn from: it says so instead of showing an empty layer silently.
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isTraining(), 30000);
    QVERIFY(!controller.statusMessage().isEmpty());
    QVERIFY(controller.heatLayer()->isEmpty());
}

void TestForecastLayer::eitherMayBeDeletedFirst()
{
    // The main window deletes its children in the order they came: the map may go before the controller.
    auto map = std::make_unique<MapView>();
    SupervisionContext context;
    context.map = map.get();
    auto controller = std::make_unique<ForecastController>(context);
    QCOMPARE(map->heatLayer(), controller->heatLayer());
    map.reset();
    controller.reset();

    // And the other way round: the map stops drawing the layers of a controller that is gone.
    context.map = m_view.get();
    controller = std::make_unique<ForecastController>(context);
    QVERIFY(m_view->heatLayer() && m_view->placementLayer());
    controller.reset();
    QVERIFY(!m_view->heatLayer() && !m_view->placementLayer());
    m_view->grab();
}

QTEST_MAIN(TestForecastLayer)
#include "tst_forecastlayer.moc"
