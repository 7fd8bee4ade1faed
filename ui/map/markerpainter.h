#pragma once

#include <QHash>
#include <QList>
#include <QRectF>
#include <QPixmap>
#include <QString>

#include "core/incident.h"
#include "core/unit.h"
#include "map/markerclusterer.h"

class QPainter;

namespace lintas {

class MapStyle;

// Draws the map's markers at a fixed screen size. The static part of every marker (badge, glyph, rim) is
// rendered once into a sprite per look and theme; only what moves or changes with time (age ring, pulse,
// heading arrow, counts) is painted live.
class MarkerPainter
{
public:
    static constexpr double kIncidentRadius = 12.0; // the type disc; the priority ring adds 4.5 px
    static constexpr double kIncidentHitRadius = 18.0;
    static constexpr double kUnitRadius = 9.0;
    static constexpr double kUnitHitRadius = 14.0;

    void setStyle(const MapStyle *style);
    void setDevicePixelRatio(qreal dpr);

    // The index of a type in IncidentTypeCatalogue::builtIn(), or -1 (drawn as "other").
    static int typeIndex(const QString &typeCode);

    struct IncidentLook
    {
        int typeIndex = -1;
        Priority priority = Priority::P3;
        double waitFraction = -1; // age / dispatch threshold while waiting for a unit; < 0: no age ring
        double pulsePhase = -1;   // 0 … 1 while an unacknowledged P1 pulses; < 0: no pulse
        bool selected = false;
        bool highlighted = false; // a unit is being dragged over it
        double opacity = 1.0;
    };
    void drawIncident(QPainter &painter, const QPointF &at, const IncidentLook &look);

    struct UnitLook
    {
        UnitKind kind = UnitKind::R4Patrol;
        UnitStatus status = UnitStatus::Available;
        double headingDeg = 0;
        bool moving = false; // the heading arrow is drawn only for a unit that has a direction
        bool selected = false;
        double opacity = 1.0;
    };
    void drawUnit(QPainter &painter, const QPointF &at, const UnitLook &look);
    // The callsign beside a unit marker; skipped (false) when it would overlap a label in `taken`.
    bool drawUnitLabel(QPainter &painter, const QPointF &at, const QString &callsign, QList<QRectF> *taken);

    void drawIncidentCluster(QPainter &painter, const MarkerGroup &group);
    void drawUnitCluster(QPainter &painter, const MarkerGroup &group);
    static double clusterRadius(int count);

private:
    const QPixmap &incidentSprite(int typeIndex, Priority priority);
    const QPixmap &unitSprite(UnitKind kind, UnitStatus status);
    QPixmap newSprite(double radius) const;

    const MapStyle *m_style = nullptr;
    qreal m_dpr = 1.0;
    QHash<quint32, QPixmap> m_sprites;
    QHash<QString, QPixmap> m_labels;
};

} // namespace lintas
