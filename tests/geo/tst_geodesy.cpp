#include <QTest>

#include "geo/geodesy.h"
#include "geo/webmercator.h"

using namespace lintas::geo;

class TestGeodesy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void distance_data()
    {
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat2");
        QTest::addColumn<double>("lon2");
        QTest::addColumn<double>("metres");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("same point") << -6.1754 << 106.8272 << -6.1754 << 106.8272 << 0.0 << 0.001;
        // Monas to Bundaran HI: about 2.2 km
        QTest::newRow("monas-hi") << -6.175392 << 106.827153 << -6.194920 << 106.823030 << 2219.0 << 15.0;
        // one degree of latitude is about 111.2 km
        QTest::newRow("one degree") << 0.0 << 106.0 << 1.0 << 106.0 << 111195.0 << 10.0;
    }
    void distance()
    {
        QFETCH(double, lat1);
        QFETCH(double, lon1);
        QFETCH(double, lat2);
        QFETCH(double, lon2);
        QFETCH(double, metres);
        QFETCH(double, tolerance);
        QVERIFY2(std::abs(distanceM(lat1, lon1, lat2, lon2) - metres) <= tolerance,
                 qPrintable(QString::number(distanceM(lat1, lon1, lat2, lon2))));
        QCOMPARE_LE(std::abs(distanceM(lat1, lon1, lat2, lon2) - distanceM(lat2, lon2, lat1, lon1)), 1e-6);
    }
    void bearing()
    {
        QCOMPARE_LE(std::abs(bearingDeg(0, 106, 1, 106) - 0.0), 1e-9);
        QCOMPARE_LE(std::abs(bearingDeg(0, 106, 0, 107) - 90.0), 1e-9);
        QCOMPARE_LE(std::abs(bearingDeg(0, 106, -1, 106) - 180.0), 1e-9);
        QCOMPARE_LE(std::abs(bearingDeg(0, 106, 0, 105) - 270.0), 1e-9);
    }
    void mercatorRoundTrip()
    {
        for (double zoom : {0.0, 9.5, 19.0}) {
            const QPointF p = toWorldPixels(-6.1754, 106.8272, zoom);
            double lat = 0, lon = 0;
            fromWorldPixels(p, zoom, &lat, &lon);
            QCOMPARE_LE(std::abs(lat + 6.1754), 1e-9);
            QCOMPARE_LE(std::abs(lon - 106.8272), 1e-9);
        }
        // the world at zoom 0 is one 256 px tile with (0, 0) in its middle
        QCOMPARE(toWorldPixels(0, 0, 0), QPointF(128, 128));
    }
    void scale()
    {
        // at the equator, zoom 0: 40,075 km over 256 px
        QCOMPARE_LE(std::abs(metresPerPixel(0, 0) - 156543.0), 1.0);
        QCOMPARE_LE(std::abs(metresPerPixel(0, 1) - 156543.0 / 2), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestGeodesy)
#include "tst_geodesy.moc"
