#include "map/markerpainter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "core/incidenttypes.h"
#include "map/mapstyle.h"

namespace lintas {
namespace {

constexpr double kPriorityRing = 4.5; // the priority ring around the type disc, white gap included
constexpr double kSpriteMargin = 3.0; // room for the drop shadow

// The type glyphs, drawn white inside the type disc in a box of about 15 × 15 px around the origin. The
// icon names come from the incident type catalogue.
void drawGlyph(QPainter &p, const QString &icon, const QColor &ink, const QColor &disc)
{
    QPen pen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    if (icon == QLatin1String("accident")) {
        // A collision burst.
        QPolygonF star;
        for (int i = 0; i < 16; ++i) {
            const double r = (i % 2 == 0) ? 7.4 : 3.4;
            const double a = (i * 22.5 - 90.0 + 8.0) * std::numbers::pi / 180.0;
            star.append(QPointF(r * std::cos(a), r * std::sin(a)));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawPolygon(star);
    } else if (icon == QLatin1String("congestion")) {
        // A traffic light.
        p.drawRoundedRect(QRectF(-3.8, -7.2, 7.6, 14.4), 2.2, 2.2);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        for (const double y : {-4.2, 0.0, 4.2})
            p.drawEllipse(QPointF(0, y), 1.6, 1.6);
    } else if (icon == QLatin1String("breakdown")) {
        // A warning triangle, as set out behind a broken-down car.
        p.drawPolygon(QPolygonF({QPointF(0, -7), QPointF(7.4, 5.8), QPointF(-7.4, 5.8)}));
        p.drawLine(QPointF(0, -2.4), QPointF(0, 1.4));
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(0, 3.6), 1.1, 1.1);
    } else if (icon == QLatin1String("violation")) {
        // A prohibition sign.
        pen.setWidthF(2.0);
        p.setPen(pen);
        p.drawEllipse(QPointF(0, 0), 6.6, 6.6);
        p.drawLine(QPointF(-4.6, -4.6), QPointF(4.6, 4.6));
    } else if (icon == QLatin1String("road-damage")) {
        // A crack across the carriageway.
        p.drawLine(QPointF(-6.5, -7), QPointF(-6.5, 7));
        p.drawLine(QPointF(6.5, -7), QPointF(6.5, 7));
        p.drawPolyline(
            QPolygonF({QPointF(-1, -7), QPointF(2, -3), QPointF(-1.8, 0.5), QPointF(1.8, 3.5), QPointF(-0.5, 7)}));
    } else if (icon == QLatin1String("flood")) {
        // Waves.
        for (const double y : {-4.0, 0.5, 5.0}) {
            QPainterPath wave;
            wave.moveTo(-7, y);
            wave.quadTo(-5.25, y - 2.2, -3.5, y);
            wave.quadTo(-1.75, y + 2.2, 0, y);
            wave.quadTo(1.75, y - 2.2, 3.5, y);
            wave.quadTo(5.25, y + 2.2, 7, y);
            p.drawPath(wave);
        }
    } else if (icon == QLatin1String("demonstration")) {
        // A flag.
        p.drawLine(QPointF(-5, -7), QPointF(-5, 7.5));
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawPolygon(QPolygonF({QPointF(-5, -7), QPointF(6.5, -4.2), QPointF(-5, -1.2)}));
    } else if (icon == QLatin1String("escort")) {
        // A shield with a chevron.
        QPainterPath shield;
        shield.moveTo(0, -7.5);
        shield.lineTo(6.2, -5);
        shield.lineTo(6.2, -0.5);
        shield.quadTo(6.2, 5, 0, 7.8);
        shield.quadTo(-6.2, 5, -6.2, -0.5);
        shield.lineTo(-6.2, -5);
        shield.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawPath(shield);
        p.setPen(QPen(disc, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF({QPointF(-3.2, 2.2), QPointF(0, -1.2), QPointF(3.2, 2.2)}));
    } else {
        // Anything else: three dots.
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        for (const double x : {-4.5, 0.0, 4.5})
            p.drawEllipse(QPointF(x, 0), 1.7, 1.7);
    }
}

QString unitKindAbbreviation(UnitKind kind)
{
    switch (kind) {
    case UnitKind::R2Patrol:
        return QCoreApplication::translate("lintas::MapView", "R2", "unit kind on a map marker: motorcycle patrol");
    case UnitKind::R4Patrol:
        return QCoreApplication::translate("lintas::MapView", "R4", "unit kind on a map marker: car patrol");
    case UnitKind::HighwayPatrol:
        return QCoreApplication::translate("lintas::MapView", "PJR", "unit kind on a map marker: highway patrol");
    case UnitKind::TowTruck:
        return QCoreApplication::translate("lintas::MapView", "D", "unit kind on a map marker: tow truck (derek)");
    case UnitKind::Ambulance:
        return QCoreApplication::translate("lintas::MapView", "A", "unit kind on a map marker: ambulance");
    }
    return {};
}

void drawShadow(QPainter &p, double radius)
{
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 45));
    p.drawEllipse(QPointF(0, 1.2), radius + 1.0, radius + 1.0);
}

} // namespace

void MarkerPainter::setStyle(const MapStyle *style)
{
    if (m_style != style) {
        m_style = style;
        clearSprites();
    }
}

void MarkerPainter::setDevicePixelRatio(qreal dpr)
{
    if (!qFuzzyCompare(m_dpr, dpr)) {
        m_dpr = dpr;
        clearSprites();
    }
}

void MarkerPainter::clearSprites()
{
    m_sprites.clear();
    m_clusters.clear();
    m_olderClusters.clear();
    m_labels.clear();
}

int MarkerPainter::typeIndex(const QString &typeCode)
{
    const QList<IncidentType> &types = IncidentTypeCatalogue::builtIn().all();
    for (int i = 0; i < int(types.size()); ++i) {
        if (types[i].code == typeCode)
            return i;
    }
    return -1;
}

QPixmap MarkerPainter::newSprite(double radius) const
{
    // Always an odd side: every sprite's centre is then the middle of a pixel, so a badge, its age ring and
    // its pulse drawn at the same point stay concentric to the pixel.
    const int side = 2 * int(std::ceil(radius + kSpriteMargin)) + 1;
    QPixmap pixmap(QSize(side, side) * m_dpr);
    pixmap.setDevicePixelRatio(m_dpr);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

const QPixmap &MarkerPainter::incidentSprite(int typeIndex, Priority priority)
{
    const quint32 key = (1u << 24) | (quint32(typeIndex + 1) << 8) | quint32(priority);
    auto it = m_sprites.constFind(key);
    if (it != m_sprites.constEnd())
        return it.value();

    const QList<IncidentType> &types = IncidentTypeCatalogue::builtIn().all();
    QString icon = QStringLiteral("other");
    QColor disc(0x7b, 0x87, 0x94);
    if (typeIndex >= 0 && typeIndex < int(types.size())) {
        icon = types[typeIndex].icon;
        disc = QColor(types[typeIndex].color);
    }
    const double outer = kIncidentRadius + kPriorityRing;
    QPixmap pixmap = newSprite(outer);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.translate(pixmap.width() / m_dpr / 2.0, pixmap.height() / m_dpr / 2.0);
    drawShadow(p, outer);
    p.setBrush(m_style->priorityColor(priority));
    p.drawEllipse(QPointF(0, 0), outer, outer);
    p.setBrush(m_style->markerOutline);
    p.drawEllipse(QPointF(0, 0), kIncidentRadius + 1.5, kIncidentRadius + 1.5);
    p.setBrush(disc);
    p.drawEllipse(QPointF(0, 0), kIncidentRadius, kIncidentRadius);
    drawGlyph(p, icon, QColor(Qt::white), disc);
    p.end();
    return m_sprites.insert(key, pixmap).value();
}

const QPixmap &MarkerPainter::unitSprite(UnitKind kind, UnitStatus status, bool stale)
{
    const quint32 key = (2u << 24) | (stale ? 1u << 20 : 0u) | (quint32(kind) << 8) | quint32(status);
    auto it = m_sprites.constFind(key);
    if (it != m_sprites.constEnd())
        return it.value();
    const double outer = kUnitRadius + 2.0;
    QPixmap pixmap = newSprite(outer);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.translate(pixmap.width() / m_dpr / 2.0, pixmap.height() / m_dpr / 2.0);
    drawShadow(p, outer);
    p.setBrush(m_style->markerOutline);
    p.drawEllipse(QPointF(0, 0), outer, outer);
    const QColor statusColour = m_style->unitStatusColor(status);
    if (stale) {
        // Greyed: where the unit is may no longer be true. A thin ring keeps its status readable.
        const QColor grey = m_style->isDark ? QColor(0x6b, 0x71, 0x7a) : QColor(0x9a, 0xa0, 0xa8);
        p.setBrush(statusColour);
        p.drawEllipse(QPointF(0, 0), kUnitRadius, kUnitRadius);
        p.setBrush(grey);
        p.drawEllipse(QPointF(0, 0), kUnitRadius - 2.0, kUnitRadius - 2.0);
    } else {
        p.setBrush(statusColour);
        p.drawEllipse(QPointF(0, 0), kUnitRadius, kUnitRadius);
    }
    const QString text = unitKindAbbreviation(kind);
    QFont font;
    font.setPixelSize(text.size() > 2 ? 7 : 8);
    font.setWeight(QFont::Bold);
    p.setFont(font);
    p.setPen(stale ? QColor(255, 255, 255, 220) : QColor(Qt::white));
    p.drawText(QRectF(-kUnitRadius, -kUnitRadius, 2 * kUnitRadius, 2 * kUnitRadius), Qt::AlignCenter, text);
    p.end();
    return m_sprites.insert(key, pixmap).value();
}

void MarkerPainter::blitCentered(QPainter &painter, const QPointF &at, const QPixmap &sprite) const
{
    const QSizeF size = QSizeF(sprite.size()) / sprite.devicePixelRatio();
    painter.drawPixmap(at - QPointF(size.width() / 2, size.height() / 2), sprite);
}

const QPixmap &MarkerPainter::ageRingSprite(int step, bool overdue)
{
    const quint32 key = (3u << 24) | (overdue ? 0xffffu : quint32(step));
    auto it = m_sprites.constFind(key);
    if (it != m_sprites.constEnd())
        return it.value();
    // The age ring: a track, and an arc clockwise from 12 o'clock that closes at the dispatch threshold.
    const double r = kIncidentRadius + kPriorityRing + 3.2;
    QPixmap pixmap = newSprite(r + 2.2);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.translate(pixmap.width() / m_dpr / 2.0, pixmap.height() / m_dpr / 2.0);
    const QRectF box(-r, -r, 2 * r, 2 * r);
    QColor track = m_style->markerOutline;
    track.setAlpha(215);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(track, 4.2));
    p.drawEllipse(box);
    const QColor arc = overdue ? m_style->priorityColor(Priority::P1) : QColor(0xf5, 0xa6, 0x23);
    p.setPen(QPen(arc, 2.6, Qt::SolidLine, overdue ? Qt::FlatCap : Qt::RoundCap));
    if (overdue)
        p.drawEllipse(box);
    else if (step > 0)
        p.drawArc(box, 90 * 16, -int(std::round(double(step) / kRingSteps * 360 * 16)));
    p.end();
    return m_sprites.insert(key, pixmap).value();
}

const QPixmap &MarkerPainter::pulseSprite(int step)
{
    const quint32 key = (4u << 24) | quint32(step);
    auto it = m_sprites.constFind(key);
    if (it != m_sprites.constEnd())
        return it.value();
    // An expanding, fading ring: the one thing on the map that moves by itself.
    const double phase = double(step) / kPulseSteps;
    const double outer = kIncidentRadius + kPriorityRing;
    const double r = outer + 2 + phase * 20.0;
    QPixmap pixmap = newSprite(outer + 2 + 20.0 + 1.5);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.translate(pixmap.width() / m_dpr / 2.0, pixmap.height() / m_dpr / 2.0);
    QColor c = m_style->priorityColor(Priority::P1);
    c.setAlphaF(float(0.75 * (1.0 - phase)));
    p.setPen(QPen(c, 3.0));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(0, 0), r, r);
    p.end();
    return m_sprites.insert(key, pixmap).value();
}

const QPixmap &MarkerPainter::arrowSprite(UnitStatus status, int step)
{
    const quint32 key = (5u << 24) | (quint32(status) << 16) | quint32(step);
    auto it = m_sprites.constFind(key);
    if (it != m_sprites.constEnd())
        return it.value();
    // The heading arrow sits outside the body, so the body stays readable whatever the direction.
    QPixmap pixmap = newSprite(kUnitRadius + 8.5 + 1.0);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.translate(pixmap.width() / m_dpr / 2.0, pixmap.height() / m_dpr / 2.0);
    p.rotate(step * kHeadingStepDeg);
    const QPolygonF arrow(
        {QPointF(0, -(kUnitRadius + 8.5)), QPointF(6.0, -(kUnitRadius - 1.0)), QPointF(-6.0, -(kUnitRadius - 1.0))});
    p.setPen(QPen(m_style->markerOutline, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(m_style->unitStatusColor(status));
    p.drawPolygon(arrow);
    p.end();
    return m_sprites.insert(key, pixmap).value();
}

void MarkerPainter::drawIncident(QPainter &painter, const QPointF &at, const IncidentLook &look)
{
    const double outer = kIncidentRadius + kPriorityRing;
    const double opacity = painter.opacity();
    painter.setOpacity(opacity * look.opacity);
    if (look.pulsePhase >= 0)
        blitCentered(painter, at, pulseSprite(std::clamp(int(look.pulsePhase * kPulseSteps), 0, kPulseSteps - 1)));
    if (look.selected || look.highlighted) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        QColor fill = m_style->selection;
        fill.setAlpha(look.highlighted ? 90 : 55);
        painter.setPen(QPen(m_style->selection, 3.0));
        painter.setBrush(fill);
        const double r = outer + 8.5;
        painter.drawEllipse(at, r, r);
        painter.restore();
    }
    blitCentered(painter, at, incidentSprite(look.typeIndex, look.priority));
    if (look.waitFraction >= 0) {
        const bool overdue = look.waitFraction >= 1.0;
        const int step = look.waitFraction > 0.005 ? std::max(1, int(std::round(look.waitFraction * kRingSteps))) : 0;
        blitCentered(painter, at, ageRingSprite(std::min(step, kRingSteps), overdue));
    }
    painter.setOpacity(opacity);
}

void MarkerPainter::drawUnit(QPainter &painter, const QPointF &at, const UnitLook &look)
{
    const double opacity = painter.opacity();
    painter.setOpacity(opacity * look.opacity);
    if (look.selected) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        QColor fill = m_style->selection;
        fill.setAlpha(55);
        painter.setPen(QPen(m_style->selection, 3.0));
        painter.setBrush(fill);
        painter.drawEllipse(at, kUnitRadius + 8.0, kUnitRadius + 8.0);
        painter.restore();
    }
    // A stale unit's heading is as old as its position: no arrow.
    if (look.moving && !look.stale) {
        const double heading = std::fmod(std::fmod(look.headingDeg, 360.0) + 360.0, 360.0);
        const int step = int(std::round(heading / kHeadingStepDeg)) % (360 / kHeadingStepDeg);
        blitCentered(painter, at, arrowSprite(look.status, step));
    }
    blitCentered(painter, at, unitSprite(look.kind, look.status, look.stale));
    painter.setOpacity(opacity);
}

bool MarkerPainter::drawUnitLabel(QPainter &painter, const QPointF &at, const QString &callsign, QList<QRectF> *taken)
{
    auto it = m_labels.constFind(callsign);
    if (it == m_labels.constEnd()) {
        QFont font;
        font.setPixelSize(10);
        font.setWeight(QFont::DemiBold);
        const QFontMetricsF metrics(font);
        const QSizeF size(metrics.horizontalAdvance(callsign) + 8, metrics.height() + 2);
        QPixmap pixmap((size * m_dpr).toSize());
        pixmap.setDevicePixelRatio(m_dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(m_style->markerLabelBackground);
        p.drawRoundedRect(QRectF(QPointF(0, 0), size), 3, 3);
        p.setFont(font);
        p.setPen(m_style->markerLabel);
        p.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter, callsign);
        p.end();
        it = m_labels.insert(callsign, pixmap);
    }
    const QPixmap &pixmap = it.value();
    const QSizeF size = QSizeF(pixmap.size()) / pixmap.devicePixelRatio();
    const QRectF box(at + QPointF(kUnitRadius + 5, -size.height() / 2), size);
    if (taken) {
        const bool collides =
            std::any_of(taken->cbegin(), taken->cend(), [&box](const QRectF &r) { return r.intersects(box); });
        if (collides)
            return false;
        taken->append(box);
    }
    painter.drawPixmap(box.topLeft(), pixmap);
    return true;
}

double MarkerPainter::clusterRadius(int count)
{
    return 13.0 + std::min(9.0, 2.6 * std::log2(std::max(count, 1)));
}

void MarkerPainter::drawIncidentCluster(QPainter &painter, const MarkerGroup &group)
{
    blitCentered(painter, group.center, clusterSprite(false, group));
}

void MarkerPainter::drawUnitCluster(QPainter &painter, const MarkerGroup &group)
{
    blitCentered(painter, group.center, clusterSprite(true, group));
    // A stacked bar of the statuses along the bottom edge. It changes whenever a unit moves from one cluster
    // to the next, so it is drawn live over a body cached per count, as pixel-aligned solid rectangles: the
    // raster engine's cheapest fill.
    const int count = int(group.members.size());
    const double r = clusterRadius(count) - 1.0;
    const int barWidth = int(std::round(2 * r - 8));
    const int left = int(std::round(group.center.x() - r + 4));
    const int top = int(std::round(group.center.y() + r - 7));
    int done = 0;
    int x = left;
    for (int c = 0; c < MarkerGroup::kCategories; ++c) {
        const int n = group.countByCategory[c];
        if (n == 0)
            continue;
        done += n;
        const int end = left + (barWidth * done + count / 2) / count;
        painter.fillRect(QRect(x, top, end - x, 4), m_style->unitStatusColor(UnitStatus(c)));
        x = end;
    }
}

const QPixmap &MarkerPainter::clusterSprite(bool units, const MarkerGroup &group)
{
    // The picture depends on nothing but the counts, so clusters that keep their members keep their sprite.
    std::array<int, MarkerGroup::kCategories + 2> raw{};
    raw[0] = units ? 1 : 0;
    raw[1] = int(group.members.size());
    // A unit cluster's sprite is its body alone (see drawUnitCluster): one per count.
    if (!units)
        std::copy(group.countByCategory.cbegin(), group.countByCategory.cend(), raw.begin() + 2);
    const QByteArray key = QByteArray::fromRawData(reinterpret_cast<const char *>(raw.data()), sizeof(raw));
    auto it = m_clusters.constFind(key);
    if (it != m_clusters.constEnd())
        return it.value();
    // Moving units make new counts all the time. Two generations bound the cache and keep what is on
    // screen: when the young one is full it becomes the old one, and sprites still in use move back.
    if (m_clusters.size() >= kClusterGeneration) {
        m_olderClusters = std::move(m_clusters);
        m_clusters = {};
    }
    const QByteArray owned(key.constData(), key.size());
    const auto older = m_olderClusters.find(key);
    if (older != m_olderClusters.end()) {
        QPixmap pixmap = older.value();
        m_olderClusters.erase(older);
        return m_clusters.insert(owned, pixmap).value();
    }
    const int count = raw[1];
    const double r = clusterRadius(count) - (units ? 1.0 : 0.0);
    QPixmap pixmap = newSprite(r + 3.5);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.translate(pixmap.width() / m_dpr / 2.0, pixmap.height() / m_dpr / 2.0);
    QFont font;
    font.setWeight(QFont::Bold);
    if (!units) {
        drawShadow(p, r);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(m_style->markerLabelBackground.rgb()));
        p.drawEllipse(QPointF(0, 0), r, r);
        // A donut of the priorities, P1 first from 12 o'clock, clockwise.
        const double ringR = r - 2.5;
        const QRectF box(-ringR, -ringR, 2 * ringR, 2 * ringR);
        int start = 90 * 16;
        int done = 0;
        for (int c = 0; c < 4; ++c) {
            const int n = group.countByCategory[c];
            if (n == 0)
                continue;
            done += n;
            const int end = 90 * 16 - int(std::round(double(done) / count * 360 * 16));
            p.setPen(QPen(m_style->priorityColor(Priority(c + 1)), 5.0, Qt::SolidLine, Qt::FlatCap));
            p.drawArc(box, start, end - start);
            start = end;
        }
        font.setPixelSize(count >= 100 ? 11 : 13);
        p.setFont(font);
        p.setPen(m_style->markerLabel);
        p.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt::AlignCenter, QString::number(count));
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 45));
        p.drawRoundedRect(QRectF(-r - 1, -r, 2 * r + 2, 2 * r + 2.4), 6, 6);
        p.setBrush(QColor(m_style->markerLabelBackground.rgb()));
        const QRectF body(-r, -r, 2 * r, 2 * r);
        p.drawRoundedRect(body, 5, 5);
        font.setPixelSize(count >= 100 ? 10 : 12);
        p.setFont(font);
        p.setPen(m_style->markerLabel);
        p.drawText(body.adjusted(0, -3, 0, -3), Qt::AlignCenter, QString::number(count));
    }
    p.end();
    return m_clusters.insert(owned, pixmap).value();
}

} // namespace lintas
