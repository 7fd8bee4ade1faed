// Suggested unit placement: greedy maximum coverage over a hand-made risk grid (straight line at 30 km/h without a
// map), places only within reach, no placement that gains nothing; and on the Jakarta demo map, places a unit
// reaches by road within the time, on the road.

#include <QFile>
#include <QTest>

#include "analytics/unitplacement.h"
#include "forecasttestdata.h"
#include "geo/geodesy.h"
#include "geo/mappackage.h"
#include "geo/routingnetwork.h"
#include "geo/traveltimesearch.h"

using namespace lintas;
using namespace lintas::analytics;
using namespace lintas::test;

namespace {

PlacementUnit unitAt(const QString &callsign, const geo::GeoPoint &at, UnitKind kind = UnitKind::R4Patrol)
{
    return PlacementUnit{QUuid::createUuidV5(QUuid(), callsign), callsign, kind, at};
}

// Risk in a plus-shaped cluster of five cells around `centre`, `peak` in the middle.
void addCluster(const HotspotGrid &grid, QVector<float> &risk, int centre, float peak)
{
    for (int cell : grid.cellsWithin(centre, grid.cellMeters()))
        risk[cell] += cell == centre ? peak : peak / 2;
}

int cellOf(const HotspotGrid &grid, int row, int column)
{
    return row * grid.columns() + column;
}

} // namespace

class TestUnitPlacement : public QObject
{
    Q_OBJECT

private:
    // 10 km square of 40 × 40 cells; a big cluster in the south-west, a smaller one in the north-east, 7 km apart.
    HotspotGrid m_grid{squareArea(10000), 250};
    int m_west = cellOf(m_grid, 10, 10);
    int m_east = cellOf(m_grid, 30, 30);
    QVector<float> m_risk;

    geo::GeoPoint near(int cell, double northMeters) const
    {
        const geo::GeoPoint centre = m_grid.cellCenter(cell);
        return geo::GeoPoint{centre.lat + northMeters / kMetersPerDegree, centre.lon};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_risk = QVector<float>(m_grid.cellCount(), 0.0f);
        addCluster(m_grid, m_risk, m_west, 4.0f);
        addCluster(m_grid, m_risk, m_east, 2.0f);
    }

    void twoClustersTwoUnitsOneEach()
    {
        // Listed so that the unit nearer the smaller cluster comes first.
        const QList<PlacementUnit> units{unitAt(QStringLiteral("R4-EAST"), near(m_east, 1500)),
                                         unitAt(QStringLiteral("R4-WEST"), near(m_west, -1000))};
        const PlacementResult result = placeUnits(m_grid, m_risk, units, nullptr);
        QCOMPARE(result.placements.size(), 2);
        // The larger cluster first, each by the unit that reaches it.
        QCOMPARE(result.placements[0].callsign, QStringLiteral("R4-WEST"));
        QCOMPARE(result.placements[0].cell, m_west);
        QCOMPARE(result.placements[1].callsign, QStringLiteral("R4-EAST"));
        QCOMPARE(result.placements[1].cell, m_east);
        QCOMPARE(result.placements[0].unitId, units[1].id);
        // The placement covers the cluster: 500 m reaches all five cells of the plus.
        QCOMPARE(result.placements[0].coveredRisk, 4.0 + 4 * 2.0);
        QCOMPARE(result.placements[1].coveredRisk, 2.0 + 4 * 1.0);
        QCOMPARE(result.coveredRisk, 18.0);
        QCOMPARE(result.totalRisk, 18.0);
        // Straight line at 30 km/h: 1 km in 120 s.
        QVERIFY(std::abs(result.placements[0].travelSeconds - 120.0) < 1.0);
        QVERIFY(std::abs(result.placements[1].travelSeconds - 180.0) < 1.0);
        QCOMPARE(result.placements[0].target, m_grid.cellCenter(m_west));
    }

    void unreachableClusterIsNotChosen()
    {
        // Only the east unit: the bigger west cluster is 7 km away, beyond 10 minutes at 30 km/h.
        const QList<PlacementUnit> east{unitAt(QStringLiteral("R4-EAST"), near(m_east, 1500))};
        PlacementResult result = placeUnits(m_grid, m_risk, east, nullptr);
        QCOMPARE(result.placements.size(), 1);
        QCOMPARE(result.placements[0].cell, m_east);
        // Allowed 20 minutes, it goes where the risk is larger.
        PlacementOptions generous;
        generous.maxTravelSeconds = 1200;
        result = placeUnits(m_grid, m_risk, east, nullptr, generous);
        QCOMPARE(result.placements.size(), 1);
        QCOMPARE(result.placements[0].cell, m_west);
        // A unit far from both is not placed at all.
        const QList<PlacementUnit> far{unitAt(QStringLiteral("R4-FAR"), geo::GeoPoint{-6.0, 107.2})};
        result = placeUnits(m_grid, m_risk, far, nullptr);
        QVERIFY(result.placements.isEmpty());
        QCOMPARE(result.coveredRisk, 0.0);
        QCOMPARE(result.totalRisk, 18.0);
    }

    void aUnitThatAloneReachesAClusterIsKeptForIt()
    {
        // BOTH, 40% of the way from the west cluster to the east one, reaches both and is the nearer to the west;
        // WEST-ONLY, 3 km south of the west cluster, reaches only that. Sending the nearest to the west would leave
        // the east uncovered: WEST-ONLY goes west, BOTH east.
        const geo::GeoPoint west = m_grid.cellCenter(m_west);
        const geo::GeoPoint east = m_grid.cellCenter(m_east);
        const geo::GeoPoint between{west.lat + 0.4 * (east.lat - west.lat), west.lon + 0.4 * (east.lon - west.lon)};
        const QList<PlacementUnit> units{unitAt(QStringLiteral("BOTH"), between),
                                         unitAt(QStringLiteral("WEST-ONLY"), near(m_west, -3000))};
        const PlacementResult result = placeUnits(m_grid, m_risk, units, nullptr);
        QCOMPARE(result.placements.size(), 2);
        QCOMPARE(result.placements[0].callsign, QStringLiteral("WEST-ONLY"));
        QCOMPARE(result.placements[0].cell, m_west);
        QCOMPARE(result.placements[1].callsign, QStringLiteral("BOTH"));
        QCOMPARE(result.placements[1].cell, m_east);
        QCOMPARE(result.coveredRisk, result.totalRisk);
    }

    void noPlacementWithoutGain()
    {
        // Three units at the west cluster: one covers it all, the others add nothing there and the east is too far.
        const QList<PlacementUnit> units{unitAt(QStringLiteral("A"), near(m_west, 100)),
                                         unitAt(QStringLiteral("B"), near(m_west, 200)),
                                         unitAt(QStringLiteral("C"), near(m_west, 300))};
        const PlacementResult result = placeUnits(m_grid, m_risk, units, nullptr);
        QCOMPARE(result.placements.size(), 1);
        QCOMPARE(result.placements[0].callsign, QStringLiteral("A")); // the nearest
        QCOMPARE(result.coveredRisk, 12.0);
        // Nothing at risk, or no units: nothing placed.
        QVERIFY(placeUnits(m_grid, QVector<float>(m_grid.cellCount(), 0.0f), units, nullptr).placements.isEmpty());
        QVERIFY(placeUnits(m_grid, m_risk, {}, nullptr).placements.isEmpty());
        QVERIFY(placeUnits(m_grid, QVector<float>(3, 1.0f), units, nullptr).placements.isEmpty());
    }

    void candidatesAreTheRiskiestCells()
    {
        // One candidate: the riskiest cell only, wherever the unit is.
        PlacementOptions options;
        options.candidateCells = 1;
        options.maxTravelSeconds = 3600;
        const QList<PlacementUnit> units{unitAt(QStringLiteral("R4-EAST"), near(m_east, 0)),
                                         unitAt(QStringLiteral("R4-WEST"), near(m_west, 0))};
        const PlacementResult result = placeUnits(m_grid, m_risk, units, nullptr, options);
        QCOMPARE(result.placements.size(), 1);
        QCOMPARE(result.placements[0].cell, m_west);
        QCOMPARE(result.placements[0].callsign, QStringLiteral("R4-WEST"));
    }

    void placementsAreReachableByRoad()
    {
        QVERIFY2(QFile::exists(QStringLiteral(LINTAS_DEMO_MAP)), LINTAS_DEMO_MAP);
        geo::MapPackage package;
        QString error;
        QVERIFY2(package.open(QStringLiteral(LINTAS_DEMO_MAP), &error), qPrintable(error));
        const std::unique_ptr<geo::RoutingNetwork> network =
            geo::RoutingNetwork::load(package, geo::TravelSpeeds::builtIn(), &error);
        QVERIFY2(network, qPrintable(error));
        network->setHour(10);

        // Risk around Thamrin and around Senen, 4 km apart, on a grid over central Jakarta.
        const HotspotGrid grid(geo::GeoBounds::fromCorners(-6.215, 106.800, -6.160, 106.860), 250);
        QVector<float> risk(grid.cellCount(), 0.0f);
        const int thamrin = grid.cellAt(-6.1872, 106.8230);
        const int senen = grid.cellAt(-6.1745, 106.8430);
        addCluster(grid, risk, thamrin, 3.0f);
        addCluster(grid, risk, senen, 2.0f);
        const QList<PlacementUnit> units{
            unitAt(QStringLiteral("JAKPUS-R4-01"), geo::GeoPoint{-6.1831842, 106.8257582}),
            unitAt(QStringLiteral("JAKPUS-R2-02"), geo::GeoPoint{-6.1739211, 106.8410413}, UnitKind::R2Patrol),
            // Out in Jakarta Bay: no road within reach.
            unitAt(QStringLiteral("JAKPUS-R4-08"), geo::GeoPoint{-6.0900, 106.8400}),
        };
        PlacementOptions options;
        const PlacementResult result = placeUnits(grid, risk, units, network.get(), options);
        QCOMPARE(result.placements.size(), 2);
        geo::TravelTimeSearch search(*network);
        for (const Placement &placement : result.placements) {
            QVERIFY(placement.callsign != QStringLiteral("JAKPUS-R4-08"));
            QVERIFY(placement.travelSeconds > 0);
            QVERIFY(placement.travelSeconds <= options.maxTravelSeconds);
            // The target is on a road, inside its cell's neighbourhood.
            const auto onRoad = network->snap(placement.target.lat, placement.target.lon, 5.0);
            QVERIFY(onRoad);
            QVERIFY(onRoad->distanceM < 1.0);
            const geo::GeoPoint centre = grid.cellCenter(placement.cell);
            QVERIFY(geo::distanceM(centre.lat, centre.lon, placement.target.lat, placement.target.lon) < 300);
            // An independent search from the unit agrees it gets there in that time.
            const PlacementUnit &unit = placement.callsign == units[0].callsign ? units[0] : units[1];
            const geo::Vehicle vehicle = unit.kind == UnitKind::R2Patrol ? geo::Vehicle::Motorcycle : geo::Vehicle::Car;
            const auto from = network->snap(unit.position.lat, unit.position.lon, 300, vehicle);
            const auto to = network->snap(placement.target.lat, placement.target.lon, 300, vehicle);
            QVERIFY(from && to);
            const QList<geo::RouteReach> reach = search.toTarget(*to, {geo::RouteOrigin{0, *from}}, 1, vehicle);
            QCOMPARE(reach.size(), 1);
            QVERIFY2(reach[0].seconds <= options.maxTravelSeconds + 1.0, qPrintable(QString::number(reach[0].seconds)));
        }
        QVERIFY(result.coveredRisk > 0.9 * result.totalRisk);
        // With a time no car can make, nothing is placed.
        options.maxTravelSeconds = 1;
        QVERIFY(placeUnits(grid, risk, units, network.get(), options).placements.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUnitPlacement)
#include "tst_unitplacement.moc"
