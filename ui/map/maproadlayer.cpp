#include "map/maproadlayer.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QFontMetricsF>
#include <QPainter>

namespace lintas {
namespace {

// Vertices closer than this to the last one drawn are skipped: invisible, but they cost stroking time.
constexpr double kMinSegmentPx = 0.7;
// Paths are built for the screen plus this fraction of its size on every side, so short pans reuse them.
constexpr double kBuildMargin = 0.35;
// Roads thinner than this are drawn as separate line segments (see the header).
constexpr double kLinesBelowPx = 4.5;
// Runs of road whose direction changes less than this carry a label.
constexpr double kLabelMaxBendDeg = 14.0;
// The same street name is not repeated closer than this.
constexpr double kLabelRepeatPx = 320.0;
constexpr double kLabelPaddingPx = 14.0;

bool overlaps(const QRectF &extent, const QRectF &area)
{
    // QRectF::intersects ignores zero-width rectangles: a north–south road has one.
    return extent.left() <= area.right() && extent.right() >= area.left() && extent.top() <= area.bottom() &&
           extent.bottom() >= area.top();
}

double normalizedDeg(double deg)
{
    while (deg > 180.0)
        deg -= 360.0;
    while (deg <= -180.0)
        deg += 360.0;
    return deg;
}

} // namespace

double MapViewport::scale() const
{
    return std::exp2(zoom);
}

void MapRoadLayer::setRoads(MapRoadSetPtr roads)
{
    m_roads = std::move(roads);
    m_valid = false;
    m_labelImages.clear();
}

void MapRoadLayer::setSectors(QList<MapSectorShape> sectors)
{
    m_sectors = std::move(sectors);
    m_sectorsValid = false;
}

void MapRoadLayer::setStyle(const MapStyle *style)
{
    m_style = style;
    m_labelImages.clear();
}

void MapRoadLayer::setFont(const QFont &font)
{
    m_font = font;
    m_font.setPixelSize(11);
    m_valid = false;
    m_labelImages.clear();
}

void MapRoadLayer::rebuild(const MapViewport &view)
{
    const double s = view.scale();
    const QRectF screen = view.worldRect();
    const QRectF area = screen.adjusted(-screen.width() * kBuildMargin, -screen.height() * kBuildMargin,
                                        screen.width() * kBuildMargin, screen.height() * kBuildMargin);
    m_origin = area.topLeft();
    m_builtRect = area;
    m_builtZoom = view.zoom;
    m_valid = true;
    // clear() keeps the capacity: no reallocation per frame while zooming.
    m_points.clear();
    for (int g = 0; g < MapStyle::RoadGroupCount; ++g) {
        m_runs[g].clear();
        m_segments[g].clear();
        // Solid thin roads take the raster engine's line fast path.
        m_asLines[g] =
            !m_style->roads[g].dashed && m_style->roadWidth(MapStyle::RoadGroup(g), view.zoom) < kLinesBelowPx;
    }
    m_labels.clear();
    if (!m_roads)
        return;

    const geo::RoadClass least = geo::leastClassForZoom(view.zoom);
    const QRectF area0(area.topLeft() / s, area.size() / s);
    const double minStep0 = kMinSegmentPx / s;
    const QList<QPointF> &points = m_roads->points;
    for (const MapRoadSet::Road &road : m_roads->roads) {
        if (road.roadClass > least || !overlaps(road.extent, area0))
            continue;
        // A whole road smaller than a pixel is noise at this zoom.
        if (road.extent.width() + road.extent.height() < minStep0)
            continue;
        const int first = int(m_points.size());
        QPointF last = points[road.firstPoint];
        m_points.append(last * s - m_origin);
        const int end = road.firstPoint + road.pointCount;
        for (int i = road.firstPoint + 1; i < end; ++i) {
            const QPointF &p = points[i];
            if (i != end - 1 && std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) < minStep0)
                continue;
            m_points.append(p * s - m_origin);
            last = p;
        }
        const int count = int(m_points.size()) - first;
        if (m_asLines[road.group]) {
            QList<QPointF> &segments = m_segments[road.group];
            for (int i = first + 1; i < first + count; ++i) {
                segments.append(m_points[i - 1]);
                segments.append(m_points[i]);
            }
            m_points.resize(first); // the pairs hold them now
        } else {
            const QRectF box(road.extent.topLeft() * s - m_origin, road.extent.size() * s);
            m_runs[road.group].append(Run{first, count, box});
        }
    }
    placeLabels(area, view.zoom);
}

void MapRoadLayer::placeLabels(const QRectF &area, double zoom)
{
    const double s = std::exp2(zoom);
    const QRectF area0(area.topLeft() / s, area.size() / s);
    const geo::RoadClass least = geo::leastClassForZoom(zoom);
    QFont majorFont = m_font;
    majorFont.setWeight(QFont::DemiBold);
    const QFontMetricsF metrics(m_font);
    const QFontMetricsF majorMetrics(majorFont);

    struct Candidate
    {
        Label label;
        double length;
        double textWidth;
        int group;
    };
    QList<Candidate> candidates;
    QHash<int, double> widths; // text width by name and weight, measured once per build
    const QList<QPointF> &points = m_roads->points;
    for (const MapRoadSet::Road &road : m_roads->roads) {
        if (road.nameIndex < 0 || road.roadClass > least || zoom < m_style->roads[road.group].labelMinZoom ||
            !overlaps(road.extent, area0))
            continue;
        const bool major = road.group >= MapStyle::Secondary;
        const int widthKey = road.nameIndex * 2 + (major ? 1 : 0);
        auto widthIt = widths.constFind(widthKey);
        if (widthIt == widths.constEnd()) {
            const QString &name = m_roads->names[road.nameIndex];
            widthIt =
                widths.insert(widthKey, major ? majorMetrics.horizontalAdvance(name) : metrics.horizontalAdvance(name));
        }
        const double needed = widthIt.value() + 2 * kLabelPaddingPx;
        if ((road.extent.width() + road.extent.height()) * s < needed)
            continue;
        // Straight runs: consecutive segments whose direction stays within kLabelMaxBendDeg of the run's first.
        const int end = road.firstPoint + road.pointCount;
        int runStart = road.firstPoint;
        double runAngle = 0;
        double runLength = 0;
        const auto closeRun = [&](int runEnd) {
            const QPointF a = points[runStart] * s - m_origin;
            const QPointF b = points[runEnd] * s - m_origin;
            const QPointF d = b - a;
            const double chord = std::hypot(d.x(), d.y());
            if (chord >= needed && chord >= 0.9 * runLength) {
                double angle = std::atan2(d.y(), d.x()) * 180.0 / std::numbers::pi;
                if (angle > 90.0)
                    angle -= 180.0;
                else if (angle < -90.0)
                    angle += 180.0;
                candidates.append(
                    {Label{(a + b) / 2.0, angle, road.nameIndex, major}, chord, widthIt.value(), road.group});
            }
        };
        for (int i = road.firstPoint + 1; i < end; ++i) {
            const QPointF d = (points[i] - points[i - 1]) * s;
            const double length = std::hypot(d.x(), d.y());
            if (length < 0.01)
                continue;
            const double angle = std::atan2(d.y(), d.x()) * 180.0 / std::numbers::pi;
            if (runLength == 0) {
                runAngle = angle;
            } else if (std::abs(normalizedDeg(angle - runAngle)) > kLabelMaxBendDeg) {
                closeRun(i - 1);
                runStart = i - 1;
                runAngle = angle;
                runLength = 0;
            }
            runLength += length;
        }
        if (runLength > 0)
            closeRun(end - 1);
    }
    // Important roads first, then the longest runs, which read best.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.group != b.group ? a.group > b.group : a.length > b.length;
    });
    QList<QRectF> taken;
    QHash<int, QList<QPointF>> placedByName;
    const double height = metrics.height() + 4;
    for (const Candidate &c : std::as_const(candidates)) {
        const Label &label = c.label;
        QList<QPointF> &sameName = placedByName[label.nameIndex];
        const bool tooClose = std::any_of(sameName.cbegin(), sameName.cend(), [&](const QPointF &p) {
            return std::hypot(p.x() - label.center.x(), p.y() - label.center.y()) < kLabelRepeatPx;
        });
        if (tooClose)
            continue;
        // The rotated label's bounding box: conservative for diagonal names, cheap to test.
        const double rad = label.angleDeg * std::numbers::pi / 180.0;
        const double w = c.textWidth + 6;
        const double bw = std::abs(w * std::cos(rad)) + std::abs(height * std::sin(rad));
        const double bh = std::abs(w * std::sin(rad)) + std::abs(height * std::cos(rad));
        const QRectF box(label.center.x() - bw / 2, label.center.y() - bh / 2, bw, bh);
        const bool collides =
            std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(box); });
        if (collides)
            continue;
        taken.append(box);
        sameName.append(label.center);
        m_labels.append(label);
    }
}

void MapRoadLayer::paintRoads(QPainter &painter, const MapViewport &view)
{
    if (!m_valid || m_builtZoom != view.zoom || !m_builtRect.contains(view.worldRect()))
        rebuild(view);
    if (!m_roads)
        return;
    painter.save();
    painter.translate(m_origin - view.topLeft);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    // Only what meets the screen is stroked; the margin is there for the next pan, not for this frame.
    const QRectF visible = QRectF(view.topLeft - m_origin, view.size).adjusted(-20, -20, 20, 20);
    const auto draw = [&](int g) {
        if (m_asLines[g]) {
            const QList<QPointF> &segments = m_segments[g];
            painter.drawLines(segments.constData(), int(segments.size() / 2));
            return;
        }
        for (const Run &run : m_runs[g]) {
            if (overlaps(run.box, visible))
                painter.drawPolyline(m_points.constData() + run.first, run.count);
        }
    };
    // Casings of every group, then the fills: junctions merge cleanly and the fills of toll roads and
    // arterials (painted last) stay on top.
    for (int g = 0; g < MapStyle::RoadGroupCount; ++g) {
        const MapStyle::RoadStyle &style = m_style->roads[g];
        if (!style.casing.isValid() || (m_runs[g].isEmpty() && m_segments[g].isEmpty()))
            continue;
        const double width = m_style->roadWidth(MapStyle::RoadGroup(g), view.zoom);
        if (width < 1.5)
            continue; // a hairline needs no casing
        painter.setPen(QPen(style.casing, width + MapStyle::kCasingWidth, Qt::SolidLine,
                            m_asLines[g] ? Qt::SquareCap : Qt::RoundCap, Qt::RoundJoin));
        draw(g);
    }
    for (int g = 0; g < MapStyle::RoadGroupCount; ++g) {
        if (m_runs[g].isEmpty() && m_segments[g].isEmpty())
            continue;
        const MapStyle::RoadStyle &style = m_style->roads[g];
        const double width = m_style->roadWidth(MapStyle::RoadGroup(g), view.zoom);
        QColor fill = style.fill;
        // Without a casing a thin white street would vanish into the light ground.
        if (width < 1.5 && style.casing.isValid())
            fill = style.casing;
        const Qt::PenCapStyle cap = style.dashed ? Qt::FlatCap : (m_asLines[g] ? Qt::SquareCap : Qt::RoundCap);
        painter.setPen(
            QPen(fill, std::max(width, 0.6), style.dashed ? Qt::DashLine : Qt::SolidLine, cap, Qt::RoundJoin));
        draw(g);
    }
    painter.restore();
}

void MapRoadLayer::paintRoadLabels(QPainter &painter, const MapViewport &view)
{
    if (!m_roads || m_labels.isEmpty())
        return;
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    if (dpr != m_dpr) {
        m_labelImages.clear();
        m_dpr = dpr;
    }
    const QRectF visible = QRectF(view.topLeft - m_origin, view.size).adjusted(-150, -150, 150, 150);
    painter.save();
    painter.translate(m_origin - view.topLeft);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const Label &label : std::as_const(m_labels)) {
        if (!visible.contains(label.center))
            continue;
        const QImage &img = labelImage(label.nameIndex, label.major);
        const QSizeF size = QSizeF(img.size()) / img.devicePixelRatio();
        painter.save();
        painter.translate(label.center);
        painter.rotate(label.angleDeg);
        painter.drawImage(QPointF(-size.width() / 2, -size.height() / 2), img);
        painter.restore();
    }
    painter.restore();
}

const QImage &MapRoadLayer::labelImage(int nameIndex, bool major)
{
    const quint64 key = (quint64(nameIndex) << 1) | (major ? 1 : 0);
    auto it = m_labelImages.find(key);
    if (it != m_labelImages.end())
        return it.value();
    QFont font = m_font;
    if (major)
        font.setWeight(QFont::DemiBold);
    const QString &name = m_roads->names[nameIndex];
    const QFontMetricsF metrics(font);
    const qreal dpr = m_dpr;
    const QSizeF size(metrics.horizontalAdvance(name) + 6, metrics.height() + 4);
    QImage image((size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath text;
    text.addText(QPointF(3, 2 + metrics.ascent()), font, name);
    p.strokePath(text, QPen(m_style->roadLabelHalo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.fillPath(text, m_style->roadLabel);
    p.end();
    return m_labelImages.insert(key, image).value();
}

void MapRoadLayer::paintSectors(QPainter &painter, const MapViewport &view)
{
    if (m_sectors.isEmpty())
        return;
    const double s = view.scale();
    if (!m_sectorsValid || m_sectorZoom != view.zoom) {
        m_sectorPath.clear();
        for (const MapSectorShape &shape : std::as_const(m_sectors)) {
            for (const QPolygonF &ring : shape.rings) {
                QPolygonF scaled;
                scaled.reserve(ring.size());
                QPointF last(1e18, 1e18);
                for (const QPointF &p : ring) {
                    const QPointF q = p * s;
                    if (std::abs(q.x() - last.x()) + std::abs(q.y() - last.y()) < kMinSegmentPx)
                        continue;
                    scaled.append(q);
                    last = q;
                }
                if (scaled.size() >= 3) {
                    m_sectorPath.addPolygon(scaled);
                    m_sectorPath.closeSubpath();
                }
            }
        }
        m_sectorPath.setFillRule(Qt::OddEvenFill);
        m_sectorZoom = view.zoom;
        m_sectorsValid = true;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.translate(-view.topLeft);
    painter.setBrush(m_style->sectorFill);
    QPen line(m_style->sectorLine, 1.3, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    // Dashes along every district boundary cost one dash per few pixels of perimeter: fine for the city,
    // hundreds of thousands at street zoom.
    if (view.zoom < 14.0)
        line.setDashPattern({6, 4});
    painter.setPen(line);
    painter.drawPath(m_sectorPath);

    // District names where they help: the city and district scales, not the street scale.
    if (view.zoom >= 11.5 && view.zoom < 15.5) {
        QFont font = m_font;
        font.setPixelSize(view.zoom < 13 ? 10 : 12);
        font.setWeight(QFont::DemiBold);
        font.setCapitalization(QFont::AllUppercase);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 1.2);
        const QFontMetricsF metrics(font);
        const QRectF visible = view.worldRect();
        for (const MapSectorShape &shape : std::as_const(m_sectors)) {
            const QPointF at = shape.labelAt * s;
            if (!visible.contains(at))
                continue;
            QPainterPath text;
            const double width = metrics.horizontalAdvance(shape.name);
            text.addText(at + QPointF(-width / 2, metrics.ascent() / 2 - 1), font, shape.name);
            painter.strokePath(text, QPen(m_style->roadLabelHalo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.fillPath(text, m_style->sectorLabel);
        }
    }
    painter.restore();
}

} // namespace lintas
