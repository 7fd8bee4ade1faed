#include <QTest>

#include "geo/geometryblob.h"
#include "geo/geopolygon.h"

using namespace lintas::geo;

Q_DECLARE_METATYPE(lintas::geo::GeoPolygon)

// GeoPolygon containment (even-odd over all rings) and the GeometryBlob encoding of map packages.
class TestGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containment_data();
    void containment();
    void blobRoundTrip();
    void malformedBlobs();
};

namespace {

GeoPolygon::Ring ring(std::initializer_list<std::pair<double, double>> lonLat)
{
    GeoPolygon::Ring r;
    for (const auto &[lon, lat] : lonLat)
        r.append(GeoPoint{lat, lon});
    return r;
}

} // namespace

void TestGeometry::containment_data()
{
    QTest::addColumn<GeoPolygon>("polygon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<bool>("inside");

    const GeoPolygon square({ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}})});
    QTest::newRow("square inside") << square << 5.0 << 5.0 << true;
    QTest::newRow("square outside") << square << 5.0 << 11.0 << false;
    QTest::newRow("square beyond bounds") << square << -1.0 << 5.0 << false;

    // Outer ring clockwise, hole counter-clockwise or not: even-odd ignores orientation.
    const GeoPolygon withHole({ring({{0, 0}, {0, 10}, {10, 10}, {10, 0}}), ring({{3, 3}, {7, 3}, {7, 7}, {3, 7}})});
    QTest::newRow("in the hole") << withHole << 5.0 << 5.0 << false;
    QTest::newRow("around the hole") << withHole << 1.0 << 1.0 << true;

    const GeoPolygon twoParts({ring({{0, 0}, {2, 0}, {2, 2}, {0, 2}}), ring({{5, 5}, {7, 5}, {7, 7}, {5, 7}})});
    QTest::newRow("second part") << twoParts << 6.0 << 6.0 << true;
    QTest::newRow("between parts") << twoParts << 3.5 << 3.5 << false;

    // A bow tie: the ring crosses itself at (5, 5). Both lobes are inside, as in the 2012 boundary data.
    const GeoPolygon bowTie({ring({{0, 0}, {10, 10}, {10, 0}, {0, 10}})});
    QTest::newRow("bow tie left lobe") << bowTie << 5.0 << 1.0 << true;
    QTest::newRow("bow tie right lobe") << bowTie << 5.0 << 9.0 << true;
    QTest::newRow("bow tie top notch") << bowTie << 9.0 << 5.0 << false;

    // Closed rings (first vertex repeated) behave like open ones.
    const GeoPolygon closed({ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}})});
    QTest::newRow("closed ring") << closed << 5.0 << 5.0 << true;
    QTest::newRow("empty polygon") << GeoPolygon() << 0.0 << 0.0 << false;
}

void TestGeometry::containment()
{
    QFETCH(GeoPolygon, polygon);
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(bool, inside);
    QCOMPARE(polygon.contains(lat, lon), inside);
}

void TestGeometry::blobRoundTrip()
{
    const QList<GeoPoint> line{{-6.1754, 106.8272}, {-6.19492, 106.82303}, {-90.0, -180.0}, {90.0, 180.0}};
    const QByteArray blob = GeometryBlob::encodePolyline(line);
    QCOMPARE(blob.size(), line.size() * 8);
    const QList<GeoPoint> back = GeometryBlob::decodePolyline(blob);
    QCOMPARE(back.size(), line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        QVERIFY(qAbs(back[i].lat - line[i].lat) <= 0.5e-7);
        QVERIFY(qAbs(back[i].lon - line[i].lon) <= 0.5e-7);
    }

    const QList<QList<GeoPoint>> rings{{{0, 0}, {0, 1}, {1, 1}}, {}, {{2, 2}, {2, 3}, {3, 3}, {3, 2}}};
    const auto decoded = GeometryBlob::decodeRings(GeometryBlob::encodeRings(rings));
    QCOMPARE(decoded.size(), 3);
    QCOMPARE(decoded[0].size(), 3);
    QCOMPARE(decoded[1].size(), 0);
    QCOMPARE(decoded[2][3], (GeoPoint{3, 2}));
}

void TestGeometry::malformedBlobs()
{
    QVERIFY(GeometryBlob::decodePolyline(QByteArray(12, '\0')).isEmpty());
    QByteArray rings = GeometryBlob::encodeRings({{{0, 0}, {0, 1}, {1, 1}}});
    rings.chop(1);
    QVERIFY(GeometryBlob::decodeRings(rings).isEmpty());
    QVERIFY(GeometryBlob::decodeRings(QByteArray("\x05\x00\x00\x00", 4)).isEmpty());
}

QTEST_APPLESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
