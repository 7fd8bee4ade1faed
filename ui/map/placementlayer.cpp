#include "map/placementlayer.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include "geo/webmercator.h"
#include "map/maproadlayer.h"
#include "map/mapstyle.h"

namespace lintas {
namespace {

// A colour of its own: the suggestion must not be mistaken for a unit status or an incident priority.
const QColor kMarkColor(111, 66, 193);

} // namespace

PlacementLayer::PlacementLayer(QObject *parent) : QObject(parent) {}

PlacementLayer::~PlacementLayer() = default;

void PlacementLayer::setMarks(const QList<PlacementMark> &marks)
{
    m_marks = marks;
    m_targets.clear();
    m_froms.clear();
    for (const PlacementMark &mark : marks) {
        m_targets.append(geo::toWorldPixels(mark.target.lat, mark.target.lon, 0.0));
        m_froms.append(geo::toWorldPixels(mark.from.lat, mark.from.lon, 0.0));
    }
    Q_EMIT changed();
}

void PlacementLayer::paint(QPainter &painter, const MapViewport &view, const MapStyle &style, const QFont &font,
                           const UnitLocator &locate) const
{
    if (m_marks.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double scale = view.scale();
    const auto toScreen = [&](const QPointF &world) { return world * scale - view.topLeft; };

    // The lines first, so no line crosses another mark's ring or label.
    QPen dashed(kMarkColor, 2.0, Qt::DashLine, Qt::RoundCap);
    dashed.setDashPattern({4.0, 3.0});
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        const std::optional<QPointF> now = locate ? locate(m_marks[i].unitId) : std::nullopt;
        const QPointF from = toScreen(now.value_or(m_froms[i]));
        const QPointF to = toScreen(m_targets[i]);
        const QPointF d = to - from;
        const double length = std::hypot(d.x(), d.y());
        if (length <= kRingRadius)
            continue; // already there
        painter.setPen(dashed);
        painter.drawLine(from, to - d / length * kRingRadius);
    }

    QFont labelFont = font;
    labelFont.setPixelSize(11);
    labelFont.setBold(true);
    painter.setFont(labelFont);
    const QFontMetricsF metrics(labelFont);
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        const QPointF at = toScreen(m_targets[i]);
        // A rim in the ground's colour keeps the ring visible over red cells and dark roads alike.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.markerOutline, 5.0));
        painter.drawEllipse(at, kRingRadius, kRingRadius);
        QColor fill = kMarkColor;
        fill.setAlpha(60);
        painter.setBrush(fill);
        painter.setPen(QPen(kMarkColor, 3.0));
        painter.drawEllipse(at, kRingRadius, kRingRadius);
        painter.setBrush(kMarkColor);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(at, 2.5, 2.5);

        const QString &text = m_marks[i].callsign;
        const double w = metrics.horizontalAdvance(text) + 10;
        const double h = metrics.height() + 4;
        const QRectF label(at.x() + kRingRadius + 3, at.y() - h / 2, w, h);
        painter.setBrush(style.markerLabelBackground);
        painter.setPen(QPen(kMarkColor, 1.0));
        painter.drawRoundedRect(label, 3, 3);
        painter.setPen(style.markerLabel);
        painter.drawText(label, Qt::AlignCenter, text);
    }
    painter.restore();
}

int PlacementLayer::markAt(const QPointF &screen, const MapViewport &view) const
{
    const double scale = view.scale();
    for (qsizetype i = m_targets.size() - 1; i >= 0; --i) {
        const QPointF d = m_targets[i] * scale - view.topLeft - screen;
        if (std::hypot(d.x(), d.y()) <= kRingRadius + 3)
            return int(i);
    }
    return -1;
}

QString PlacementLayer::toolTipOf(const PlacementMark &mark)
{
    const int minutes = std::max(1, int(std::ceil(mark.travelSeconds / 60.0)));
    return tr("%1 → %2 min by road, covers %3 expected incidents")
        .arg(mark.callsign)
        .arg(minutes)
        .arg(QLocale().toString(mark.coveredRisk, 'f', 1));
}

} // namespace lintas
