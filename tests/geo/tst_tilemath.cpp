#include <cmath>

#include <QTest>

#include "geo/tilemath.h"
#include "geo/webmercator.h"

using namespace lintas::geo;

class TestTileMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tileAtKnownValues_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("tmsRow");
        // The reference: Monas, Jakarta.
        QTest::newRow("monas z14") << -6.1754 << 106.8272 << 14 << 13053 << 8473 << 7910;
        QTest::newRow("monas z0") << -6.1754 << 106.8272 << 0 << 0 << 0 << 0;
        QTest::newRow("monas z10") << -6.1754 << 106.8272 << 10 << 815 << 529 << 494;
        QTest::newRow("null island z1") << 0.0 << 0.0 << 1 << 1 << 1 << 0;
        QTest::newRow("just north-west of null island z1") << 0.0001 << -0.0001 << 1 << 0 << 0 << 1;
        // Berlin, a commonly quoted slippy-map example: 13.4050 E, 52.5200 N is 8802/5373 at zoom 14.
        QTest::newRow("berlin z14") << 52.52 << 13.405 << 14 << 8802 << 5373 << 11010;
        // The corners of the Web-Mercator square and beyond it: clamped onto the edge tiles.
        QTest::newRow("north-west corner") << 85.0511 << -180.0 << 3 << 0 << 0 << 7;
        QTest::newRow("south-east corner") << -85.0511 << 180.0 << 3 << 7 << 7 << 0;
        QTest::newRow("north pole clamps") << 90.0 << 10.0 << 5 << 16 << 0 << 31;
        QTest::newRow("south pole clamps") << -90.0 << 10.0 << 5 << 16 << 31 << 0;
        QTest::newRow("past the antimeridian clamps") << 0.0 << 200.0 << 4 << 15 << 8 << 7;
    }
    void tileAtKnownValues()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        QFETCH(int, tmsRow);
        const TileId tile = tileAt(lat, lon, z);
        QCOMPARE(tile.z, z);
        QCOMPARE(tile.x, x);
        QCOMPARE(tile.y, y);
        QCOMPARE(tile.tmsRow(), tmsRow);
        QVERIFY(tile.isValid());
    }

    void tmsFlipIsItsOwnInverse()
    {
        for (int z : {0, 1, 7, 14, 22}) {
            const int last = int(tilesPerAxis(z) - 1);
            for (int y : {0, last / 3, last}) {
                QCOMPARE(TileId::tmsFlip(z, TileId::tmsFlip(z, y)), y);
                QCOMPARE(TileId::tmsFlip(z, y) + y, last);
            }
        }
    }

    void boundsOfTheWorldTile()
    {
        const GeoBounds world = tileBounds(TileId{0, 0, 0});
        QCOMPARE_LE(std::abs(world.west + 180.0), 1e-9);
        QCOMPARE_LE(std::abs(world.east - 180.0), 1e-9);
        QCOMPARE_LE(std::abs(world.north - kMaxLatitude), 1e-6);
        QCOMPARE_LE(std::abs(world.south + kMaxLatitude), 1e-6);
        QCOMPARE_LE(std::abs(85.0511 - world.north), 1e-4);
    }

    void boundsContainTheirPoint()
    {
        const TileId monas = tileAt(-6.1754, 106.8272, 14);
        const GeoBounds b = tileBounds(monas);
        QVERIFY(b.contains(-6.1754, 106.8272));
        // A zoom-14 tile near the equator is about 2.4 km across: 360 / 2^14 degrees of longitude.
        QCOMPARE_LE(std::abs((b.east - b.west) - 360.0 / 16384.0), 1e-9);
        QVERIFY(b.north > b.south);
        // Round trip: the centre of each tile lies in that tile, at several zooms.
        for (int z : {0, 3, 9, 14, 19}) {
            const TileId t = tileAt(-6.1754, 106.8272, z);
            const GeoPoint c = tileBounds(t).center();
            QCOMPARE(tileAt(c.lat, c.lon, z), t);
        }
        // Neighbours share their edges exactly.
        const GeoBounds east = tileBounds(TileId{14, monas.x + 1, monas.y});
        const GeoBounds south = tileBounds(TileId{14, monas.x, monas.y + 1});
        QCOMPARE(east.west, b.east);
        QCOMPARE(south.north, b.south);
    }

    void parent()
    {
        const TileId monas{14, 13053, 8473};
        QCOMPARE(monas.parent(), (TileId{13, 6526, 4236}));
        QCOMPARE((TileId{0, 0, 0}).parent(), (TileId{0, 0, 0}));
        QCOMPARE(monas.toString(), QStringLiteral("14/13053/8473"));
        QVERIFY(!(TileId{3, 8, 0}).isValid());
        QVERIFY(!(TileId{3, 0, -1}).isValid());
    }

    void counts_data()
    {
        QTest::addColumn<double>("south");
        QTest::addColumn<double>("west");
        QTest::addColumn<double>("north");
        QTest::addColumn<double>("east");
        QTest::addColumn<int>("minZoom");
        QTest::addColumn<int>("maxZoom");
        QTest::addColumn<qint64>("count");
        QTest::newRow("world z0-2") << -85.0 << -180.0 << 85.0 << 180.0 << 0 << 2 << qint64(1 + 4 + 16);
        QTest::newRow("world z0-8") << -89.0 << -180.0 << 89.0 << 180.0 << 0 << 8 << qint64(87381);
        // Inside one zoom-14 tile: 1, 4 and 16 tiles at zooms 14, 15 and 16.
        const GeoBounds monas = tileBounds(TileId{14, 13053, 8473});
        const double inset = 1e-6;
        QTest::newRow("one tile z14-16") << monas.south + inset << monas.west + inset << monas.north - inset
                                         << monas.east - inset << 14 << 16 << qint64(21);
        // A tile's own bounds: that tile, not its neighbours east and south.
        QTest::newRow("exact tile z14-15")
            << monas.south << monas.west << monas.north << monas.east << 14 << 15 << qint64(1 + 4);
        QTest::newRow("a point") << -6.1754 << 106.8272 << -6.1754 << 106.8272 << 10 << 14 << qint64(5);
        // Across the corner of four zoom-14 tiles: 4 tiles at zoom 14.
        QTest::newRow("four tiles z14") << monas.south - 0.001 << monas.east - 0.001 << monas.south + 0.001
                                        << monas.east + 0.001 << 14 << 14 << qint64(4);
        // Central Jakarta, 0.1° square: 2×2 tiles at zoom 12 (x 3262–3263, y 2118–2119).
        QTest::newRow("jakarta z12") << -6.25 << 106.75 << -6.15 << 106.85 << 12 << 12 << qint64(4);
        QTest::newRow("reversed zooms") << -6.25 << 106.75 << -6.15 << 106.85 << 12 << 11 << qint64(0);
        QTest::newRow("invalid box") << 1.0 << 1.0 << 0.0 << 0.0 << 0 << 5 << qint64(0);
    }
    void counts()
    {
        QFETCH(double, south);
        QFETCH(double, west);
        QFETCH(double, north);
        QFETCH(double, east);
        QFETCH(int, minZoom);
        QFETCH(int, maxZoom);
        QFETCH(qint64, count);
        const GeoBounds box = GeoBounds::fromCorners(south, west, north, east);
        QCOMPARE(tileCount(box, minZoom, maxZoom), count);
        qint64 listed = 0;
        for (const TileRange &range : tileRanges(box, minZoom, maxZoom)) {
            const QList<TileId> tiles = range.tiles();
            QCOMPARE(qint64(tiles.size()), range.count());
            for (const TileId &t : tiles) {
                QVERIFY(range.contains(t));
                QVERIFY(tileBounds(t).intersects(box));
            }
            listed += tiles.size();
        }
        QCOMPARE(listed, count);
    }

    void jakartaRangeIsTheExpectedTiles()
    {
        const TileRange r = tileRange(GeoBounds::fromCorners(-6.25, 106.75, -6.15, 106.85), 12);
        QCOMPARE(r.minX, 3262);
        QCOMPARE(r.maxX, 3263);
        QCOMPARE(r.minY, 2118);
        QCOMPARE(r.maxY, 2119);
    }
};

QTEST_APPLESS_MAIN(TestTileMath)
#include "tst_tilemath.moc"
