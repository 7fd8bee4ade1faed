// The map view on the Jakarta demo package: projection, zoom and pan by mouse and keys, markers, clusters,
// the context menu and dragging a unit onto an incident.

#include <cmath>
#include <memory>
#include <numbers>

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLineF>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

#include "geo/geodesy.h"
#include "geo/mappackage.h"
#include "map/mapstyle.h"
#include "map/mapview.h"

using namespace lintas;

namespace {

constexpr double kMonasLat = -6.1754;
constexpr double kMonasLon = 106.8272;

Incident makeIncident(double lat, double lon, Priority priority = Priority::P2,
                      IncidentStatus status = IncidentStatus::Reported)
{
    Incident incident;
    incident.id = QUuid::createUuid();
    incident.number = QStringLiteral("JAKPUS-20261127-0001");
    incident.typeCode = QStringLiteral("kecelakaan");
    incident.priority = priority;
    incident.status = status;
    incident.latitude = lat;
    incident.longitude = lon;
    incident.reportedAt = QDateTime::currentDateTimeUtc().addSecs(-90);
    return incident;
}

Unit makeUnit(double lat, double lon, const QString &callsign)
{
    Unit unit;
    unit.id = QUuid::createUuid();
    unit.callsign = callsign;
    unit.kind = UnitKind::R2Patrol;
    unit.status = UnitStatus::Available;
    unit.latitude = lat;
    unit.longitude = lon;
    unit.positionAt = QDateTime::currentDateTimeUtc();
    return unit;
}

// Offsets a point by metres to the east and north.
std::pair<double, double> offset(double lat, double lon, double eastM, double northM)
{
    const double dLat = northM / 111320.0;
    const double dLon = eastM / (111320.0 * std::cos(lat * std::numbers::pi / 180.0));
    return {lat + dLat, lon + dLon};
}

void sendMouse(QWidget *widget, QEvent::Type type, const QPointF &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

bool waitForAnimation(const MapView &view)
{
    return QTest::qWaitFor([&view] { return !view.isAnimating(); }, 3000);
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsAndDrawsRoads();
    void roundTrip_data();
    void roundTrip();
    void wheelZoomKeepsPointUnderCursor_data();
    void wheelZoomKeepsPointUnderCursor();
    void keysPanAndZoomWithinLimits();
    void doubleClickZoomsIn();
    void clickOnIncidentEmitsItsId();
    void clickOnUnitEmitsItsId();
    void dragOnEmptyMapPans();
    void contextMenuRequestsNewIncident_data();
    void contextMenuRequestsNewIncident();
    void clustersFormAtLowZoomAndSplitAtHighZoom();
    void dragUnitOntoIncident();
    void dragUnitOntoEmptyMapDispatchesNothing();
    void updatesAreCoalesced();
    void closedIncidentsAreNotShown();

private:
    std::unique_ptr<MapView> m_view;
};

void TestMapView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(LINTAS_DEMO_MAP)), LINTAS_DEMO_MAP);
}

void TestMapView::init()
{
    m_view = std::make_unique<MapView>();
    m_view->resize(1200, 800);
    QString error;
    QVERIFY2(m_view->setMapPackage(QStringLiteral(LINTAS_DEMO_MAP), &error), qPrintable(error));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->centerOn(kMonasLat, kMonasLon, 15.0);
}

void TestMapView::cleanup()
{
    m_view.reset();
}

void TestMapView::loadsAndDrawsRoads()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 10000);
    // A primary road next to Monas is drawn in its road colour, not left as bare ground.
    geo::MapPackage package;
    QVERIFY(package.open(QStringLiteral(LINTAS_DEMO_MAP)));
    const auto road = package.nearestRoad(-6.1760, 106.8225, 200.0, geo::MapPackage::RoadFilter::NamedStreet);
    QVERIFY(road);
    const QPoint at = m_view->geoToScreen(road->snapped.lat, road->snapped.lon).toPoint();
    const QImage image = m_view->grab().toImage();
    const QColor ground = MapStyle::light().background;
    QVERIFY2(image.pixelColor(at) != ground, qPrintable(road->name));
    // Somewhere on the screen there is bare ground too: the roads are not one big blot.
    int groundPixels = 0;
    for (int y = 0; y < image.height(); y += 10) {
        for (int x = 0; x < image.width(); x += 10)
            groundPixels += image.pixelColor(x, y) == ground ? 1 : 0;
    }
    QVERIFY(groundPixels > 100);
}

void TestMapView::roundTrip_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("zoom");
    QTest::newRow("Monas, zoom 9") << kMonasLat << kMonasLon << 9.0;
    QTest::newRow("Monas, zoom 13.37") << kMonasLat << kMonasLon << 13.37;
    QTest::newRow("Bundaran HI, zoom 19") << -6.1950 << 106.8230 << 19.0;
    QTest::newRow("Tanjung Priok, zoom 12") << -6.1040 << 106.8800 << 12.0;
    QTest::newRow("Blok M, zoom 16.5") << -6.2440 << 106.8000 << 16.5;
}

void TestMapView::roundTrip()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(double, zoom);
    m_view->centerOn(kMonasLat, kMonasLon, zoom);
    QCOMPARE(m_view->zoom(), zoom);
    // The centre is in the middle of the widget.
    const QPointF middle = m_view->geoToScreen(kMonasLat, kMonasLon);
    QVERIFY(std::abs(middle.x() - 600.0) < 1e-6 && std::abs(middle.y() - 400.0) < 1e-6);

    const QPointF screen = m_view->geoToScreen(lat, lon);
    const geo::GeoPoint back = m_view->screenToGeo(screen);
    QVERIFY2(std::abs(back.lat - lat) < 1e-9 && std::abs(back.lon - lon) < 1e-9,
             qPrintable(QStringLiteral("%1,%2").arg(back.lat, 0, 'f', 10).arg(back.lon, 0, 'f', 10)));
    // And the other way round for a pixel.
    const QPointF pixel(123.5, 456.25);
    const geo::GeoPoint g = m_view->screenToGeo(pixel);
    const QPointF again = m_view->geoToScreen(g.lat, g.lon);
    QVERIFY(std::abs(again.x() - pixel.x()) < 1e-6 && std::abs(again.y() - pixel.y()) < 1e-6);
    // One screen pixel is the ground distance the scale bar assumes.
    const geo::GeoPoint right = m_view->screenToGeo(pixel + QPointF(100, 0));
    const double metres = geo::distanceM(g.lat, g.lon, right.lat, right.lon);
    const double expected = 100 * 156543.03 * std::cos(g.lat * std::numbers::pi / 180.0) / std::exp2(zoom);
    QVERIFY2(std::abs(metres - expected) / expected < 0.01, qPrintable(QString::number(metres)));
}

void TestMapView::wheelZoomKeepsPointUnderCursor_data()
{
    QTest::addColumn<QPointF>("cursor");
    QTest::addColumn<int>("delta");
    QTest::addColumn<double>("expectedZoom");
    QTest::newRow("in, top left") << QPointF(250, 180) << 120 << 13.5;
    QTest::newRow("in twice, bottom right") << QPointF(1000, 700) << 240 << 14.0;
    QTest::newRow("out, left") << QPointF(100, 420) << -120 << 12.5;
}

void TestMapView::wheelZoomKeepsPointUnderCursor()
{
    QFETCH(QPointF, cursor);
    QFETCH(int, delta);
    QFETCH(double, expectedZoom);
    m_view->centerOn(kMonasLat, kMonasLon, 13.0);
    const geo::GeoPoint under = m_view->screenToGeo(cursor);

    QWheelEvent wheel(cursor, m_view->mapToGlobal(cursor), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &wheel);
    // Mid-animation the point stays put too.
    QTest::qWait(60);
    const QPointF during = m_view->geoToScreen(under.lat, under.lon);
    QVERIFY2((during - cursor).manhattanLength() < 0.5,
             qPrintable(QStringLiteral("%1,%2").arg(during.x()).arg(during.y())));
    QVERIFY(waitForAnimation(*m_view));

    QCOMPARE(m_view->zoom(), expectedZoom);
    const QPointF after = m_view->geoToScreen(under.lat, under.lon);
    QVERIFY2((after - cursor).manhattanLength() < 0.5,
             qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
}

void TestMapView::keysPanAndZoomWithinLimits()
{
    m_view->setFocus();
    m_view->centerOn(kMonasLat, kMonasLon, 16.0);
    const geo::GeoPoint start = m_view->center();

    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QVERIFY(m_view->center().lon > start.lon);
    QCOMPARE(m_view->center().lat, start.lat);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QVERIFY(std::abs(m_view->center().lon - start.lon) < 1e-9);
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QVERIFY(m_view->center().lat > start.lat);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QVERIFY(m_view->center().lat < start.lat);

    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QVERIFY(waitForAnimation(*m_view));
    QCOMPARE(m_view->zoom(), 17.0);
    // Quick presses add up, and the zoom stops at 19.
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QVERIFY(waitForAnimation(*m_view));
    QCOMPARE(m_view->zoom(), MapView::kMaxZoom);
    for (int i = 0; i < 14; ++i)
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QVERIFY(waitForAnimation(*m_view));
    QCOMPARE(m_view->zoom(), MapView::kMinZoom);
    QTest::keyClick(m_view.get(), Qt::Key_Equal); // "+" without Shift
    QVERIFY(waitForAnimation(*m_view));
    QCOMPARE(m_view->zoom(), MapView::kMinZoom + 1.0);
}

void TestMapView::doubleClickZoomsIn()
{
    m_view->centerOn(kMonasLat, kMonasLon, 14.0);
    const QPointF at(400, 300);
    const geo::GeoPoint under = m_view->screenToGeo(at);
    sendMouse(m_view.get(), QEvent::MouseButtonDblClick, at, Qt::LeftButton, Qt::LeftButton);
    QVERIFY(waitForAnimation(*m_view));
    QCOMPARE(m_view->zoom(), 15.0);
    QVERIFY((m_view->geoToScreen(under.lat, under.lon) - at).manhattanLength() < 0.5);
}

void TestMapView::clickOnIncidentEmitsItsId()
{
    const Incident a = makeIncident(-6.1760, 106.8225);
    const Incident b = makeIncident(-6.1800, 106.8300, Priority::P3);
    m_view->setIncidents({a, b});
    m_view->centerOn(kMonasLat, kMonasLon, 16.0);
    QSignalSpy clicked(m_view.get(), &MapView::incidentClicked);

    const QPoint atB = m_view->geoToScreen(b.latitude, b.longitude).toPoint();
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, atB + QPoint(4, -3));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toUuid(), b.id);
    QCOMPARE(m_view->selectedIncident(), b.id);

    const QPoint atA = m_view->geoToScreen(a.latitude, a.longitude).toPoint();
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, atA);
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(clicked.last().first().toUuid(), a.id);

    // Bare ground: no incident.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, atA + QPoint(60, 60));
    QCOMPARE(clicked.size(), 2);
}

void TestMapView::clickOnUnitEmitsItsId()
{
    const Unit unit = makeUnit(-6.1790, 106.8260, QStringLiteral("JAKPUS-R2-01"));
    const Incident incident = makeIncident(-6.1790, 106.8290);
    m_view->setIncidents({incident});
    m_view->setUnits({unit});
    m_view->centerOn(kMonasLat, kMonasLon, 16.0);
    QSignalSpy units(m_view.get(), &MapView::unitClicked);
    QSignalSpy incidents(m_view.get(), &MapView::incidentClicked);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier,
                      m_view->geoToScreen(unit.latitude, unit.longitude).toPoint());
    QCOMPARE(units.size(), 1);
    QCOMPARE(units.first().first().toUuid(), unit.id);
    QCOMPARE(incidents.size(), 0);
}

void TestMapView::dragOnEmptyMapPans()
{
    m_view->centerOn(kMonasLat, kMonasLon, 15.0);
    const QPointF from(600, 400);
    const QPointF to(450, 520);
    const geo::GeoPoint grabbed = m_view->screenToGeo(from);
    sendMouse(m_view.get(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(m_view.get(), QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    sendMouse(m_view.get(), QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    sendMouse(m_view.get(), QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    // The ground point that was grabbed follows the pointer.
    QVERIFY((m_view->geoToScreen(grabbed.lat, grabbed.lon) - to).manhattanLength() < 0.5);
    QCOMPARE(m_view->zoom(), 15.0);
}

void TestMapView::contextMenuRequestsNewIncident_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<QString>("road");
    // Either side of the Bundaran HI roundabout.
    QTest::newRow("Thamrin, north of Bundaran HI") << -6.1938 << 106.8229 << QStringLiteral("Thamrin");
    QTest::newRow("Sudirman, south of Bundaran HI") << -6.1968 << 106.8233 << QStringLiteral("Sudirman");
}

void TestMapView::contextMenuRequestsNewIncident()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(QString, road);
    m_view->centerOn(-6.1950, 106.8230, 17.0);
    QSignalSpy requested(m_view.get(), &MapView::newIncidentRequested);
    const QPointF pos = m_view->geoToScreen(lat, lon);

    QContextMenuEvent event(QContextMenuEvent::Mouse, pos.toPoint(), m_view->mapToGlobal(pos.toPoint()));
    QApplication::sendEvent(m_view.get(), &event);
    // The menu is shown without a nested event loop, so the test carries on and picks the action.
    auto *menu = m_view->findChild<QMenu *>(QStringLiteral("mapContextMenu"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    auto *action = menu->findChild<QAction *>(QStringLiteral("newIncidentHere"));
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    action->trigger();
    menu->close();

    QCOMPARE(requested.size(), 1);
    const QList<QVariant> args = requested.first();
    // The coordinate is the clicked point (to the pixel, under a metre at zoom 17).
    QVERIFY(geo::distanceM(args.at(0).toDouble(), args.at(1).toDouble(), lat, lon) < 1.5);
    QVERIFY2(args.at(2).toString().contains(road), qPrintable(args.at(2).toString()));
    QCOMPARE(args.at(3).toString(), QStringLiteral("Menteng"));
}

void TestMapView::clustersFormAtLowZoomAndSplitAtHighZoom()
{
    // Six incidents and four units within 300 m of a point in Gambir.
    const double lat = -6.1700;
    const double lon = 106.8200;
    QList<Incident> incidents;
    for (int i = 0; i < 6; ++i) {
        const auto [la, lo] = offset(lat, lon, (i % 3) * 120.0, (i / 3) * 150.0);
        incidents.append(makeIncident(la, lo, Priority(1 + i % 4)));
    }
    QList<Unit> units;
    for (int i = 0; i < 4; ++i) {
        const auto [la, lo] = offset(lat, lon, -200.0 + i * 90.0, -150.0);
        units.append(makeUnit(la, lo, QStringLiteral("JAKPUS-R2-%1").arg(i)));
    }
    m_view->setIncidents(incidents);
    m_view->setUnits(units);

    m_view->centerOn(lat, lon, 10.0);
    const QPointF c = m_view->geoToScreen(lat, lon);
    const MapView::Hit incidentCluster = m_view->hitTest(c + QPointF(2, -2));
    QCOMPARE(incidentCluster.kind, MapView::Hit::Kind::IncidentCluster);
    QCOMPARE(incidentCluster.count, 6);
    // The unit cluster sits beside the incident cluster it would cover.
    MapView::Hit unitCluster;
    for (int dy = -60; dy <= 60 && unitCluster.kind == MapView::Hit::Kind::None; dy += 4) {
        for (int dx = -60; dx <= 60; dx += 4) {
            const MapView::Hit hit = m_view->hitTest(c + QPointF(dx, dy));
            if (hit.kind == MapView::Hit::Kind::UnitCluster) {
                unitCluster = hit;
                break;
            }
        }
    }
    QCOMPARE(unitCluster.kind, MapView::Hit::Kind::UnitCluster);
    QCOMPARE(unitCluster.count, 4);
    QVERIFY(QLineF(unitCluster.screen, incidentCluster.screen).length() > 15.0);

    // Clicking a cluster zooms in about it.
    QSignalSpy clicked(m_view.get(), &MapView::incidentClicked);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, incidentCluster.screen.toPoint());
    QVERIFY(waitForAnimation(*m_view));
    QVERIFY(m_view->zoom() > 10.0);
    QCOMPARE(clicked.size(), 0);

    m_view->centerOn(lat, lon, 16.0);
    for (const Incident &incident : std::as_const(incidents)) {
        const MapView::Hit hit = m_view->hitTest(m_view->geoToScreen(incident.latitude, incident.longitude));
        QCOMPARE(hit.kind, MapView::Hit::Kind::Incident);
        QCOMPARE(hit.id, incident.id);
    }
    for (const Unit &unit : std::as_const(units)) {
        const MapView::Hit hit = m_view->hitTest(m_view->geoToScreen(unit.latitude, unit.longitude));
        QCOMPARE(hit.kind, MapView::Hit::Kind::Unit);
        QCOMPARE(hit.id, unit.id);
    }
}

void TestMapView::dragUnitOntoIncident()
{
    const Unit unit = makeUnit(-6.1790, 106.8240, QStringLiteral("JAKPUS-R4-01"));
    const Incident incident = makeIncident(-6.1770, 106.8290, Priority::P1);
    m_view->setUnits({unit});
    m_view->setIncidents({incident});
    m_view->centerOn(kMonasLat, kMonasLon, 16.0);
    const geo::GeoPoint centerBefore = m_view->center();
    QSignalSpy dropped(m_view.get(), &MapView::unitDroppedOnIncident);

    const QPointF from = m_view->geoToScreen(unit.latitude, unit.longitude);
    const QPointF to = m_view->geoToScreen(incident.latitude, incident.longitude) + QPointF(5, 4);
    sendMouse(m_view.get(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 5; ++step)
        sendMouse(m_view.get(), QEvent::MouseMove, from + (to - from) * step / 5.0, Qt::NoButton, Qt::LeftButton);
    sendMouse(m_view.get(), QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);

    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().at(0).toUuid(), unit.id);
    QCOMPARE(dropped.first().at(1).toUuid(), incident.id);
    // Dragging a unit does not pan the map.
    QCOMPARE(m_view->center(), centerBefore);
}

void TestMapView::dragUnitOntoEmptyMapDispatchesNothing()
{
    const Unit unit = makeUnit(-6.1790, 106.8240, QStringLiteral("JAKPUS-R4-01"));
    m_view->setUnits({unit});
    m_view->setIncidents({makeIncident(-6.1770, 106.8290)});
    m_view->centerOn(kMonasLat, kMonasLon, 16.0);
    QSignalSpy dropped(m_view.get(), &MapView::unitDroppedOnIncident);
    const QPointF from = m_view->geoToScreen(unit.latitude, unit.longitude);
    const QPointF to = from + QPointF(-150, 80);
    sendMouse(m_view.get(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(m_view.get(), QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    sendMouse(m_view.get(), QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(dropped.size(), 0);
}

namespace {

class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

void TestMapView::updatesAreCoalesced()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 10000);
    Unit unit = makeUnit(kMonasLat, kMonasLon, QStringLiteral("JAKPUS-R2-07"));
    m_view->upsertUnit(unit);
    QTest::qWait(250);
    PaintCounter counter;
    m_view->installEventFilter(&counter);
    // 200 position updates in a burst (a unit moving north) cost at most a couple of frames.
    for (int i = 0; i < 200; ++i) {
        unit.latitude += 0.00005;
        unit.headingDeg = 0;
        unit.speedKmh = 30;
        m_view->upsertUnit(unit);
        QCoreApplication::processEvents();
    }
    QTest::qWait(300);
    m_view->removeEventFilter(&counter);
    QVERIFY2(counter.paints >= 1, "the updates were never painted");
    QVERIFY2(counter.paints <= 5, qPrintable(QString::number(counter.paints)));
    // And the last position is where the unit is drawn.
    const MapView::Hit hit = m_view->hitTest(m_view->geoToScreen(unit.latitude, unit.longitude));
    QCOMPARE(hit.id, unit.id);
}

void TestMapView::closedIncidentsAreNotShown()
{
    Incident incident = makeIncident(-6.1760, 106.8225);
    m_view->centerOn(kMonasLat, kMonasLon, 16.0);
    m_view->upsertIncident(incident);
    const QPointF at = m_view->geoToScreen(incident.latitude, incident.longitude);
    QCOMPARE(m_view->hitTest(at).id, incident.id);
    incident.status = IncidentStatus::Closed;
    m_view->upsertIncident(incident);
    QCOMPARE(m_view->hitTest(at).kind, MapView::Hit::Kind::None);
    incident.status = IncidentStatus::OnScene;
    m_view->upsertIncident(incident);
    QCOMPARE(m_view->hitTest(at).id, incident.id);
    m_view->removeIncident(incident.id);
    QCOMPARE(m_view->hitTest(at).kind, MapView::Hit::Kind::None);
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
