#include "map/routelayer.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "dispatch/dispatchtext.h"
#include "geo/webmercator.h"
#include "map/maproadlayer.h"
#include "map/mapstyle.h"

namespace lintas {
namespace {

constexpr double kLineWidth = 6.0;
constexpr double kCasingWidth = 10.0;
constexpr double kPreviewLineWidth = 5.0;
constexpr double kMinStepPx = 1.0;

} // namespace

RouteLayer::Projected RouteLayer::project(const MapRoute &route)
{
    Projected projected;
    projected.world.reserve(route.points.size());
    for (const geo::GeoPoint &point : route.points)
        projected.world.append(geo::toWorldPixels(point.lat, point.lon, 0.0));
    if (route.unitPosition)
        projected.unit = geo::toWorldPixels(route.unitPosition->lat, route.unitPosition->lon, 0.0);
    if (route.incidentPosition)
        projected.incident = geo::toWorldPixels(route.incidentPosition->lat, route.incidentPosition->lon, 0.0);
    return projected;
}

void RouteLayer::setPreview(const std::optional<MapRoute> &route)
{
    m_preview = route;
    m_previewProjected = route ? project(*route) : Projected();
}

void RouteLayer::setDispatched(const QList<MapRoute> &routes)
{
    m_dispatched = routes;
    m_dispatchedProjected.clear();
    for (const MapRoute &route : routes)
        m_dispatchedProjected.append(project(route));
}

bool RouteLayer::hasCountdown() const
{
    for (const MapRoute &route : m_dispatched)
        if (route.arriveBy.isValid())
            return true;
    return false;
}

QString RouteLayer::labelOf(const MapRoute &route, const QDateTime &now)
{
    if (route.dispatched) {
        const QString countdown = DispatchText::countdown(route.arriveBy, now);
        return countdown.isEmpty() ? route.callsign : QStringLiteral("%1 · %2").arg(route.callsign, countdown);
    }
    const QString eta = DispatchText::travelTime(route.etaSeconds);
    return eta.isEmpty() ? route.callsign : QStringLiteral("%1 · %2").arg(route.callsign, eta);
}

QString RouteLayer::label(const QUuid &unitId, const QDateTime &now) const
{
    // A dispatched unit's countdown wins over a preview of the same unit.
    for (const MapRoute &route : m_dispatched)
        if (route.unitId == unitId)
            return labelOf(route, now);
    if (m_preview && m_preview->unitId == unitId)
        return labelOf(*m_preview, now);
    return {};
}

void RouteLayer::paint(QPainter &painter, const MapViewport &view, const MapStyle &style, const QFont &font,
                       const QDateTime &now) const
{
    if (isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QList<QRectF> taken;
    if (m_preview) {
        // The preview of a unit already on its way is the same line: it is drawn once, as dispatched.
        bool dispatched = false;
        for (const MapRoute &route : m_dispatched)
            dispatched = dispatched || route.unitId == m_preview->unitId;
        if (!dispatched)
            paintRoute(painter, *m_preview, m_previewProjected, view, style, font, now, &taken);
    }
    for (int i = 0; i < m_dispatched.size(); ++i)
        paintRoute(painter, m_dispatched.at(i), m_dispatchedProjected.at(i), view, style, font, now, &taken);
    painter.restore();
}

void RouteLayer::paintRoute(QPainter &painter, const MapRoute &route, const Projected &projected,
                            const MapViewport &view, const MapStyle &style, const QFont &font, const QDateTime &now,
                            QList<QRectF> *taken) const
{
    if (projected.world.size() < 2)
        return;
    const double scale = view.scale();
    QPolygonF line;
    line.reserve(projected.world.size());
    for (const QPointF &world : projected.world) {
        const QPointF screen = world * scale - view.topLeft;
        if (!line.isEmpty() &&
            std::abs(screen.x() - line.last().x()) + std::abs(screen.y() - line.last().y()) < kMinStepPx)
            continue;
        line.append(screen);
    }
    const QPointF end = projected.world.last() * scale - view.topLeft;
    if (line.last() != end)
        line.append(end);
    if (line.size() < 2)
        return;

    const QColor fill = route.dispatched ? style.unitStatusColor(UnitStatus::EnRoute) : style.selection;
    const QColor casing = style.markerOutline;
    // The legs off the road, dotted: from the unit to where it joins the roads, from the roads to the incident.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(fill, 2.0, Qt::DotLine, Qt::RoundCap));
    if (projected.unit)
        painter.drawLine(*projected.unit * scale - view.topLeft, line.first());
    if (projected.incident)
        painter.drawLine(line.last(), *projected.incident * scale - view.topLeft);
    const double width = route.dispatched ? kLineWidth : kPreviewLineWidth;
    painter.setPen(QPen(casing, width + (kCasingWidth - kLineWidth), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(line);
    QColor stroke = fill;
    if (!route.dispatched)
        stroke.setAlphaF(0.9f);
    painter.setPen(QPen(stroke, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(line);
    // Where the unit starts: a ring in the route's colour, so the line reads from the unit to the incident.
    painter.setPen(QPen(casing, 2.0));
    painter.setBrush(fill);
    painter.drawEllipse(line.first(), 4.5, 4.5);

    // The label rides at the middle of the route on screen, nudged down while it would cover another.
    double length = 0;
    for (qsizetype i = 1; i < line.size(); ++i)
        length += QLineF(line.at(i - 1), line.at(i)).length();
    double walked = 0;
    QPointF middle = line.first();
    for (qsizetype i = 1; i < line.size(); ++i) {
        const double step = QLineF(line.at(i - 1), line.at(i)).length();
        if (walked + step >= length / 2.0 && step > 0) {
            middle = line.at(i - 1) + (line.at(i) - line.at(i - 1)) * ((length / 2.0 - walked) / step);
            break;
        }
        walked += step;
    }
    QFont labelFont = font;
    labelFont.setPixelSize(12);
    labelFont.setBold(true);
    painter.setFont(labelFont);
    const QFontMetricsF metrics(labelFont);
    const QString text = labelOf(route, now);
    const QSizeF size(metrics.horizontalAdvance(text) + 14, metrics.height() + 6);
    QRectF box(middle + QPointF(10, -size.height() - 6), size);
    // Kept inside the view, where it can be read.
    const QRectF inside = QRectF(QPointF(0, 0), view.size).adjusted(4, 4, -4, -4);
    const auto keepInside = [&inside](QRectF r) {
        r.moveLeft(std::clamp(r.left(), inside.left(), std::max(inside.left(), inside.right() - r.width())));
        r.moveTop(std::clamp(r.top(), inside.top(), std::max(inside.top(), inside.bottom() - r.height())));
        return r;
    };
    box = keepInside(box);
    for (int attempt = 0; attempt < 4; ++attempt) {
        bool clash = false;
        for (const QRectF &other : std::as_const(*taken))
            clash = clash || other.intersects(box);
        if (!clash)
            break;
        // Below the other label, or above it when that leaves the view.
        const QRectF down = box.translated(0, size.height() + 2);
        box = down.bottom() <= inside.bottom() ? down : box.translated(0, -(size.height() + 2));
    }
    taken->append(box);
    const bool late = route.dispatched && route.arriveBy.isValid() && route.arriveBy < now;
    painter.setPen(QPen(casing, 1.5));
    painter.setBrush(late ? style.priorityColor(Priority::P1) : fill);
    painter.drawRoundedRect(box, 5, 5);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace lintas
