#include <QImage>
#include <QPainter>
#include <QTest>

#include "map/mapstyle.h"
#include "map/markerpainter.h"

using namespace lintas;

// A unit whose position is too old to trust is drawn greyed on the map, without its heading arrow.
class TestStaleMarkers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staleUnitIsGreyed_data();
    void staleUnitIsGreyed();
    void staleUnitHasNoHeadingArrow();

private:
    static QImage draw(const MapStyle &style, const MarkerPainter::UnitLook &look);
};

QImage TestStaleMarkers::draw(const MapStyle &style, const MarkerPainter::UnitLook &look)
{
    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    MarkerPainter painter;
    painter.setStyle(&style);
    QPainter p(&image);
    painter.drawUnit(p, QPointF(32.5, 32.5), look);
    p.end();
    return image;
}

void TestStaleMarkers::staleUnitIsGreyed_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestStaleMarkers::staleUnitIsGreyed()
{
    QFETCH(bool, dark);
    const MapStyle &style = MapStyle::forTheme(dark);
    MarkerPainter::UnitLook look;
    look.kind = UnitKind::R2Patrol;
    look.status = UnitStatus::Available;
    const QImage fresh = draw(style, look);
    look.stale = true;
    const QImage stale = draw(style, look);
    // Beside the kind's letters, inside the body.
    const QPoint body(32 - 5, 32 + 4);
    const QColor status = style.unitStatusColor(UnitStatus::Available);
    const QColor freshBody = fresh.pixelColor(body);
    const QColor staleBody = stale.pixelColor(body);
    QVERIFY2(qAbs(freshBody.hue() - status.hue()) < 10 && freshBody.hsvSaturation() > 100,
             qPrintable(freshBody.name()));
    QVERIFY2(staleBody.hsvSaturation() < 40, qPrintable(staleBody.name())); // grey
    // A thin ring keeps the status readable.
    const QColor ring = stale.pixelColor(QPoint(32 + int(MarkerPainter::kUnitRadius) - 1, 32));
    QVERIFY2(qAbs(ring.hue() - status.hue()) < 15, qPrintable(ring.name()));
}

void TestStaleMarkers::staleUnitHasNoHeadingArrow()
{
    const MapStyle &style = MapStyle::light();
    MarkerPainter::UnitLook look;
    look.kind = UnitKind::R4Patrol;
    look.status = UnitStatus::OnPatrol;
    look.moving = true;
    look.headingDeg = 0; // north: the arrow's tip is straight above the body
    const QPoint tip(32, 32 - int(MarkerPainter::kUnitRadius) - 5);
    QVERIFY(draw(style, look).pixelColor(tip).alpha() > 0);
    look.stale = true;
    QCOMPARE(draw(style, look).pixelColor(tip).alpha(), 0);
}

QTEST_MAIN(TestStaleMarkers)
#include "tst_stalemarkers.moc"
