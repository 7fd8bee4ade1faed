// The map's picture against a checked-in golden image: Monas at zoom 15, 800 × 600, light theme, a fixed set
// of incidents and units drawn at a fixed moment (no pulse), on the Jakarta demo package. Also hit testing
// and cluster counts on a fixed layout.
//
// Tolerance: fonts and antialiasing differ a little between machines (FreeType version, hinting), so a pixel
// counts as different only when one of its channels is off by more than kChannelTolerance, and the picture
// passes while at most kMaxDifferentFraction of its pixels differ. A marker moved by a few pixels, a road
// missing or a theme change differ in several percent of the pixels (the test checks that it notices).
//
// To make a new golden image after an intended change of the map's look, run the test with
// LINTAS_UPDATE_GOLDEN=1, look at the picture, and check it in.

#include <cmath>
#include <memory>
#include <numbers>

#include <QDir>
#include <QImage>
#include <QStandardPaths>
#include <QTest>

#include "map/mapview.h"

using namespace lintas;

namespace {

constexpr double kMonasLat = -6.1754;
constexpr double kMonasLon = 106.8272;
constexpr QSize kSize(800, 600);
constexpr int kChannelTolerance = 40;
constexpr double kMaxDifferentFraction = 0.01;

const QDateTime &fixedNow()
{
    static const QDateTime now(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
    return now;
}

QUuid fixedId(int n)
{
    return QUuid(QStringLiteral("{00000000-0000-4000-8000-%1}").arg(n, 12, 10, QLatin1Char('0')));
}

// Metres east and north of a point.
std::pair<double, double> offset(double lat, double lon, double eastM, double northM)
{
    return {lat + northM / 111320.0, lon + eastM / (111320.0 * std::cos(lat * std::numbers::pi / 180.0))};
}

Incident incident(int n, const char *type, Priority priority, IncidentStatus status, double eastM, double northM,
                  int ageSeconds)
{
    Incident i;
    i.id = fixedId(n);
    i.number = QStringLiteral("JAKPUS-20261127-%1").arg(n, 4, 10, QLatin1Char('0'));
    i.typeCode = QString::fromLatin1(type);
    i.priority = priority;
    i.status = status;
    std::tie(i.latitude, i.longitude) = offset(kMonasLat, kMonasLon, eastM, northM);
    i.reportedAt = fixedNow().addSecs(-ageSeconds);
    return i;
}

Unit unit(int n, const char *callsign, UnitKind kind, UnitStatus status, double eastM, double northM, double heading,
          double speed)
{
    Unit u;
    u.id = fixedId(100 + n);
    u.callsign = QString::fromLatin1(callsign);
    u.kind = kind;
    u.status = status;
    std::tie(u.latitude, u.longitude) = offset(kMonasLat, kMonasLon, eastM, northM);
    u.headingDeg = heading;
    u.speedKmh = speed;
    u.positionAt = fixedNow();
    return u;
}

struct Difference
{
    qint64 pixels = 0;
    double fraction = 1.0;
    int maxDelta = 0;
    QImage map; // red where pixels differ
};

Difference compare(const QImage &actualIn, const QImage &expectedIn)
{
    Difference d;
    if (actualIn.size() != expectedIn.size())
        return d;
    const QImage actual = actualIn.convertToFormat(QImage::Format_RGB32);
    const QImage expected = expectedIn.convertToFormat(QImage::Format_RGB32);
    d.map = QImage(actual.size(), QImage::Format_RGB32);
    for (int y = 0; y < actual.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        const auto *e = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
        auto *m = reinterpret_cast<QRgb *>(d.map.scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int delta = std::max({std::abs(qRed(a[x]) - qRed(e[x])), std::abs(qGreen(a[x]) - qGreen(e[x])),
                                        std::abs(qBlue(a[x]) - qBlue(e[x]))});
            d.maxDelta = std::max(d.maxDelta, delta);
            const bool differs = delta > kChannelTolerance;
            d.pixels += differs ? 1 : 0;
            const int grey = qGray(e[x]) / 3 + 170;
            m[x] = differs ? qRgb(230, 0, 0) : qRgb(grey, grey, grey);
        }
    }
    d.fraction = double(d.pixels) / (double(actual.width()) * actual.height());
    return d;
}

} // namespace

class TestMapGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fixedViewMatchesGolden();
    void comparisonNoticesChanges();
    void fixedTimeIsReproducible();
    void clusterCountsAddUp();
    void hitTestPrefersUnitsAndSingles();

private:
    void showFixedScene();
    QImage render();

    std::unique_ptr<MapView> m_view;
};

void TestMapGolden::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(LINTAS_DEMO_MAP)), LINTAS_DEMO_MAP);
}

void TestMapGolden::init()
{
    m_view = std::make_unique<MapView>();
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->resize(kSize);
    m_view->setDarkTheme(false);
    m_view->setFixedTime(fixedNow());
    QString error;
    QVERIFY2(m_view->setMapPackage(QStringLiteral(LINTAS_DEMO_MAP), &error), qPrintable(error));
    m_view->centerOn(kMonasLat, kMonasLon, 15.0);
}

void TestMapGolden::cleanup()
{
    m_view.reset();
}

void TestMapGolden::showFixedScene()
{
    // Every incident type, all four priorities, waiting ones at several ages (the rings), one overdue, one
    // cleared (faded), one selected; units of every kind in several statuses, moving and parked, one with a
    // trail and one selected.
    m_view->setIncidents({
        incident(1, "kecelakaan", Priority::P1, IncidentStatus::Reported, -420, 260, 60),
        incident(2, "kemacetan", Priority::P3, IncidentStatus::Reported, 380, 300, 450),
        incident(3, "kendaraan_mogok", Priority::P3, IncidentStatus::Dispatched, -300, -330, 900),
        incident(4, "pelanggaran", Priority::P4, IncidentStatus::Reported, 520, -180, 2400),
        incident(5, "jalan_rusak", Priority::P4, IncidentStatus::OnScene, 120, 520, 3000),
        incident(6, "banjir", Priority::P2, IncidentStatus::Reported, -620, -80, 200),
        incident(7, "unjuk_rasa", Priority::P2, IncidentStatus::EnRoute, 650, 420, 800),
        incident(8, "pengawalan", Priority::P3, IncidentStatus::Cleared, -100, -560, 1800),
        incident(9, "lainnya", Priority::P3, IncidentStatus::Reported, 300, -520, 100),
        incident(10, "kecelakaan", Priority::P2, IncidentStatus::Reported, -720, 480, 400),
    });
    m_view->setSelectedIncident(fixedId(2));
    Unit trailed = unit(1, "JAKPUS-R2-01", UnitKind::R2Patrol, UnitStatus::EnRoute, -560, -400, 45, 35);
    // Its last four minutes: from the south-west towards where it is now.
    for (int minute = 4; minute >= 1; --minute) {
        Unit earlier = trailed;
        std::tie(earlier.latitude, earlier.longitude) =
            offset(kMonasLat, kMonasLon, -560 - minute * 90.0, -400 - minute * 70.0 + (minute % 2) * 40.0);
        earlier.positionAt = fixedNow().addSecs(-60 * minute);
        m_view->upsertUnit(earlier);
    }
    m_view->upsertUnit(trailed);
    m_view->upsertUnit(unit(2, "JAKPUS-R4-02", UnitKind::R4Patrol, UnitStatus::Available, 200, 120, 0, 0));
    m_view->upsertUnit(unit(3, "PJR-07", UnitKind::HighwayPatrol, UnitStatus::OnPatrol, -200, 380, 270, 50));
    m_view->upsertUnit(unit(4, "DEREK-03", UnitKind::TowTruck, UnitStatus::OnScene, -260, -300, 0, 0));
    m_view->upsertUnit(unit(5, "AMB-11", UnitKind::Ambulance, UnitStatus::Busy, 560, 60, 135, 40));
    m_view->upsertUnit(unit(6, "JAKPUS-R2-09", UnitKind::R2Patrol, UnitStatus::OutOfService, 40, -300, 0, 0));
    m_view->setSelectedUnit(fixedId(102));
}

QImage TestMapGolden::render()
{
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    m_view->render(&image);
    return image;
}

void TestMapGolden::fixedViewMatchesGolden()
{
    showFixedScene();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 20000);
    const QImage actual = render();
    const QString golden = QStringLiteral(LINTAS_GOLDEN_DIR "/mapview-monas-z15.png");
    if (qEnvironmentVariableIsSet("LINTAS_UPDATE_GOLDEN")) {
        QVERIFY(QDir().mkpath(QStringLiteral(LINTAS_GOLDEN_DIR)));
        QVERIFY(actual.convertToFormat(QImage::Format_RGB32).save(golden));
        qWarning("wrote %s: look at it before checking it in", qPrintable(golden));
        return;
    }
    const QImage expected(golden);
    QVERIFY2(!expected.isNull(), qPrintable(golden + QStringLiteral(" is missing (LINTAS_UPDATE_GOLDEN=1 makes it)")));
    const Difference d = compare(actual, expected);
    if (d.fraction > kMaxDifferentFraction) {
        const QString out = QDir::temp().filePath(QStringLiteral("tst_mapgolden"));
        QDir().mkpath(out);
        actual.save(out + QStringLiteral("/actual.png"));
        d.map.save(out + QStringLiteral("/difference.png"));
        qWarning("the picture and the difference are in %s", qPrintable(out));
    }
    QVERIFY2(d.fraction <= kMaxDifferentFraction,
             qPrintable(QStringLiteral("%1 pixels (%2%) differ by more than %3, the largest by %4")
                            .arg(d.pixels)
                            .arg(d.fraction * 100, 0, 'f', 2)
                            .arg(kChannelTolerance)
                            .arg(d.maxDelta)));
}

void TestMapGolden::comparisonNoticesChanges()
{
    // The tolerance must not swallow real changes: a map a little off centre, or without its markers, or in
    // the other theme, fails the comparison.
    showFixedScene();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 20000);
    const QImage reference = render();

    const geo::GeoPoint shifted = m_view->screenToGeo(QPointF(kSize.width() / 2.0 + 6, kSize.height() / 2.0 + 4));
    m_view->centerOn(shifted.lat, shifted.lon);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 20000);
    QVERIFY(compare(render(), reference).fraction > kMaxDifferentFraction);
    m_view->centerOn(kMonasLat, kMonasLon);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 20000);
    QVERIFY(compare(render(), reference).fraction <= kMaxDifferentFraction);

    m_view->setIncidents({});
    QVERIFY(compare(render(), reference).fraction > kMaxDifferentFraction);
    showFixedScene();
    m_view->setDarkTheme(true);
    QVERIFY(compare(render(), reference).fraction > kMaxDifferentFraction);
}

void TestMapGolden::fixedTimeIsReproducible()
{
    // Without the pulse and with a fixed clock two pictures taken apart in time are the same to the bit.
    showFixedScene();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), 20000);
    const QImage first = render();
    QTest::qWait(380); // a quarter of a pulse, and past the repaint timer
    const QImage second = render();
    QCOMPARE(compare(second, first).maxDelta, 0);
    // On the wall clock the unacknowledged P1 pulses, so the picture changes with time.
    m_view->setFixedTime({});
    const QImage pulsing = render();
    QTest::qWait(350);
    QVERIFY(compare(render(), pulsing).maxDelta > 0);
}

void TestMapGolden::clusterCountsAddUp()
{
    // Three groups of incidents kilometres apart, 3, 5 and 8 strong, and 4 units beside the largest.
    const QList<std::pair<QPointF, int>> groups{{{-3000, 2000}, 3}, {{2500, 1500}, 5}, {{0, -2500}, 8}};
    QList<Incident> incidents;
    int n = 0;
    for (const auto &[centre, count] : groups) {
        for (int i = 0; i < count; ++i) {
            const double angle = 2 * std::numbers::pi * i / count;
            incidents.append(incident(++n, "kecelakaan", Priority(1 + i % 4), IncidentStatus::Reported,
                                      centre.x() + 120 * std::cos(angle), centre.y() + 120 * std::sin(angle), 60));
        }
    }
    m_view->setIncidents(incidents);
    QList<Unit> units;
    for (int i = 0; i < 4; ++i)
        units.append(unit(i, "U", UnitKind::R4Patrol, UnitStatus(i % 3), 60.0 * i, -2500 - 900, 0, 0));
    m_view->setUnits(units);

    m_view->centerOn(kMonasLat, kMonasLon, 12.0);
    for (const auto &[centre, count] : groups) {
        const auto [lat, lon] = offset(kMonasLat, kMonasLon, centre.x(), centre.y());
        const MapView::Hit hit = m_view->hitTest(m_view->geoToScreen(lat, lon));
        QCOMPARE(hit.kind, MapView::Hit::Kind::IncidentCluster);
        QCOMPARE(hit.count, count);
    }
    const auto [ulat, ulon] = offset(kMonasLat, kMonasLon, 90, -3400);
    const MapView::Hit unitsHit = m_view->hitTest(m_view->geoToScreen(ulat, ulon));
    QCOMPARE(unitsHit.kind, MapView::Hit::Kind::UnitCluster);
    QCOMPARE(unitsHit.count, 4);

    // At street zoom every marker stands alone again.
    m_view->centerOn(kMonasLat, kMonasLon, 16.0);
    for (const Incident &i : std::as_const(incidents)) {
        m_view->centerOn(i.latitude, i.longitude);
        const MapView::Hit hit = m_view->hitTest(m_view->geoToScreen(i.latitude, i.longitude));
        QCOMPARE(hit.kind, MapView::Hit::Kind::Incident);
        QCOMPARE(hit.id, i.id);
    }
}

void TestMapGolden::hitTestPrefersUnitsAndSingles()
{
    const Incident a = incident(1, "kecelakaan", Priority::P2, IncidentStatus::Reported, 0, 0, 60);
    // A unit on top of the incident, 4 m away: a click there is for the unit.
    const Unit u = unit(1, "JAKPUS-R4-01", UnitKind::R4Patrol, UnitStatus::Available, 4, 0, 0, 0);
    m_view->setIncidents({a});
    m_view->setUnits({u});
    m_view->centerOn(kMonasLat, kMonasLon, 17.0);
    const QPointF at = m_view->geoToScreen(u.latitude, u.longitude);
    QCOMPARE(m_view->hitTest(at).id, u.id);
    QCOMPARE(m_view->hitTest(at).kind, MapView::Hit::Kind::Unit);
    // Beyond the unit's reach but within the incident's the incident answers; beyond both, nothing.
    const QPointF incidentAt = m_view->geoToScreen(a.latitude, a.longitude);
    QCOMPARE(m_view->hitTest(incidentAt + QPointF(-16, 0)).id, a.id);
    QCOMPARE(m_view->hitTest(incidentAt + QPointF(-24, 0)).kind, MapView::Hit::Kind::None);
    // The hit reports where the marker is drawn.
    QVERIFY(QLineF(m_view->hitTest(incidentAt + QPointF(-16, 0)).screen, incidentAt).length() < 0.01);
}

QTEST_MAIN(TestMapGolden)
#include "tst_mapgolden.moc"
