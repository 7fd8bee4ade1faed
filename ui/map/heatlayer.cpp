#include "map/heatlayer.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>

#include "geo/webmercator.h"
#include "map/maplog.h"
#include "map/maproadlayer.h"
#include "map/mapstyle.h"

namespace lintas {
namespace {

// The ramp's stops: pale yellow, orange, red (ColorBrewer YlOrRd), and how opaque each is. Cold cells are
// lighter and more transparent so the streets under them stay readable.
struct Stop
{
    double at;
    int r, g, b, a;
};
constexpr Stop kStops[] = {
    {0.0, 254, 217, 118, 120},
    {0.5, 253, 141, 60, 160},
    {1.0, 215, 25, 28, 200},
};

// Two significant digits without exponents: 0.0042, 0.37, 2.4, 13.
QString formatCount(double value)
{
    int decimals = 0;
    if (value > 0 && value < 10)
        decimals = std::clamp(int(std::ceil(-std::log10(value))) + 1, 1, 4);
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

HeatLayer::HeatLayer(QObject *parent) : QObject(parent) {}

HeatLayer::~HeatLayer() = default;

void HeatLayer::setValues(const analytics::HotspotGrid &grid, const QVector<float> &values)
{
    m_grid = grid;
    m_values = values;
    m_cells.clear();
    m_floor = 0;
    m_scaleMax = 0;
    m_hottest = -1;
    m_imageValid = false;
    if (!grid.isValid() || values.size() != grid.cellCount()) {
        if (!values.isEmpty())
            qCWarning(lcMap) << "heat layer: expected" << grid.cellCount() << "values, got" << values.size();
        m_values.clear();
        Q_EMIT changed();
        return;
    }

    QVector<float> positive;
    float best = 0;
    for (int cell = 0; cell < values.size(); ++cell) {
        const float v = values[cell];
        if (!(v > 0))
            continue;
        positive.append(v);
        if (v > best) {
            best = v;
            m_hottest = cell;
        }
    }
    if (!positive.isEmpty()) {
        // Nearest rank: with a hundred lit cells or fewer the top is the hottest cell itself.
        const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(double(positive.size()) * kPercentile)));
        const auto at = positive.begin() + (rank - 1);
        std::nth_element(positive.begin(), at, positive.end());
        m_scaleMax = *at;
        m_floor = float(double(m_scaleMax) * kFloorFraction);
        for (int cell = 0; cell < values.size(); ++cell) {
            if (values[cell] <= m_floor)
                continue;
            const geo::GeoBounds b = grid.cellBounds(cell);
            const QRectF world(geo::toWorldPixels(b.north, b.west, 0.0), geo::toWorldPixels(b.south, b.east, 0.0));
            m_cells.append({world, colorFor(values[cell]).rgba()});
        }
    }
    Q_EMIT changed();
}

void HeatLayer::clear()
{
    setValues({}, {});
}

void HeatLayer::setTitle(const QString &title)
{
    if (m_title == title)
        return;
    m_title = title;
    Q_EMIT changed();
}

QColor HeatLayer::ramp(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const Stop *lo = &kStops[0];
    const Stop *hi = &kStops[1];
    if (t > kStops[1].at) {
        lo = &kStops[1];
        hi = &kStops[2];
    }
    const double f = (t - lo->at) / (hi->at - lo->at);
    const auto mix = [f](int a, int b) { return int(std::lround(a + (b - a) * f)); };
    return QColor(mix(lo->r, hi->r), mix(lo->g, hi->g), mix(lo->b, hi->b), mix(lo->a, hi->a));
}

QColor HeatLayer::colorFor(float value) const
{
    if (!(value > m_floor) || m_scaleMax <= m_floor)
        return QColor(Qt::transparent);
    return ramp((value - m_floor) / (m_scaleMax - m_floor));
}

void HeatLayer::render(const MapViewport &view, qreal dpr)
{
    const QSize pixels = (view.size * dpr).toSize();
    if (m_image.size() != pixels)
        m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(dpr);
    m_image.fill(Qt::transparent);
    QPainter painter(&m_image);
    // Neighbouring cells share their edges exactly: rounded to whole pixels, without antialiasing, so the
    // translucent fills neither overlap (darker seams) nor leave gaps.
    painter.setRenderHint(QPainter::Antialiasing, false);
    const double scale = view.scale();
    const QRectF screen(QPointF(0, 0), view.size);
    for (const LitCell &cell : std::as_const(m_cells)) {
        const QPointF topLeft = cell.world.topLeft() * scale - view.topLeft;
        const QPointF bottomRight = cell.world.bottomRight() * scale - view.topLeft;
        if (bottomRight.x() < 0 || bottomRight.y() < 0 || topLeft.x() > screen.right() || topLeft.y() > screen.bottom())
            continue;
        const QPoint a(int(std::lround(topLeft.x())), int(std::lround(topLeft.y())));
        const QPoint b(int(std::lround(bottomRight.x())), int(std::lround(bottomRight.y())));
        // At the lowest zooms a cell is under a pixel: it still shows as one.
        const QRect r(a, QSize(std::max(1, b.x() - a.x()), std::max(1, b.y() - a.y())));
        painter.fillRect(r, QColor::fromRgba(cell.color));
    }
    m_imageZoom = view.zoom;
    m_imageTopLeft = view.topLeft;
    m_imageSize = view.size;
    m_imageDpr = dpr;
    m_imageValid = true;
}

void HeatLayer::paint(QPainter &painter, const MapViewport &view)
{
    if (m_cells.isEmpty())
        return;
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    if (!m_imageValid || m_imageZoom != view.zoom || m_imageTopLeft != view.topLeft || m_imageSize != view.size ||
        m_imageDpr != dpr)
        render(view, dpr);
    painter.drawImage(QPointF(0, 0), m_image);
}

void HeatLayer::paintLegend(QPainter &painter, const QRectF &area, double reservedBottom, const QFont &font,
                            const MapStyle &style) const
{
    if (m_cells.isEmpty())
        return;
    painter.save();
    QFont titleFont = font;
    titleFont.setPixelSize(12);
    titleFont.setBold(true);
    QFont small = font;
    small.setPixelSize(11);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF smallMetrics(small);

    const QString low = formatCount(m_floor);
    const QString high = formatCount(m_scaleMax);
    const QString caption = tr("Expected incidents per cell");
    constexpr double kPad = 8;
    constexpr double kBarHeight = 10;
    const double barWidth =
        std::max({160.0, titleMetrics.horizontalAdvance(m_title), smallMetrics.horizontalAdvance(caption),
                  smallMetrics.horizontalAdvance(low + high) + 24});
    const double height =
        kPad + titleMetrics.height() + 4 + kBarHeight + 2 + smallMetrics.height() + smallMetrics.height() + kPad;
    const QRectF box(area.left() + 8, area.bottom() - reservedBottom - height, barWidth + 2 * kPad, height);

    painter.setPen(Qt::NoPen);
    painter.setBrush(style.overlayBackground);
    painter.drawRoundedRect(box, 4, 4);

    double y = box.top() + kPad;
    painter.setFont(titleFont);
    painter.setPen(style.overlayText);
    painter.drawText(QRectF(box.left() + kPad, y, barWidth, titleMetrics.height()), Qt::AlignLeft, m_title);
    y += titleMetrics.height() + 4;

    const QRectF bar(box.left() + kPad, y, barWidth, kBarHeight);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (const Stop &stop : kStops)
        gradient.setColorAt(stop.at, ramp(stop.at));
    painter.setPen(QPen(style.overlayText, 0.5));
    painter.setBrush(gradient);
    painter.drawRect(bar);
    y += kBarHeight + 2;

    painter.setFont(small);
    painter.setPen(style.overlayText);
    const QRectF labels(bar.left(), y, barWidth, smallMetrics.height());
    painter.drawText(labels, Qt::AlignLeft, low);
    painter.drawText(labels, Qt::AlignRight, high);
    y += smallMetrics.height();
    painter.drawText(QRectF(bar.left(), y, barWidth, smallMetrics.height()), Qt::AlignLeft, caption);
    painter.restore();
}

} // namespace lintas
