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

// Draws the map's markers at a fixed screen size, almost all of it as blits of cached sprites: stroking an
// antialiased arc or a text costs tens of microseconds, a small blit one or two, and a map at city zoom
// shows hundreds of markers and clusters. Sprites per theme and device pixel ratio:
//
//   incident badge   type × priority            age ring    fraction in kRingSteps steps × overdue
//   unit badge       kind × status × stale      pulse ring  phase in kPulseSteps steps
//   heading arrow    status × heading in kHeadingStepDeg steps
//   incident cluster its counts by priority (bounded, see clusterSprite)
//   unit cluster     its count; the status bar under the count is filled live (it changes as units move)
//
// Apart from that bar only the selection ring and the dragged-over highlight, one marker at a time, are
// painted live.
class MarkerPainter
{
public:
    static constexpr double kIncidentRadius = 12.0; // the type disc; the priority ring adds 4.5 px
    static constexpr double kIncidentHitRadius = 18.0;
    static constexpr double kUnitRadius = 9.0;
    static constexpr double kUnitHitRadius = 14.0;
    static constexpr int kRingSteps = 120;         // the age ring advances in 3° steps
    static constexpr int kPulseSteps = 28;         // frames of one pulse (the view repaints every 50 ms)
    static constexpr int kHeadingStepDeg = 5;      // heading arrows turn in 5° steps
    static constexpr int kClusterGeneration = 512; // cluster sprites kept: between one and two of these

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
        bool stale = false;  // its position is too old to trust (positionage::isStale): greyed, no heading arrow
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
    const QPixmap &unitSprite(UnitKind kind, UnitStatus status, bool stale);
    const QPixmap &ageRingSprite(int step, bool overdue);
    const QPixmap &pulseSprite(int step);
    const QPixmap &arrowSprite(UnitStatus status, int step);
    const QPixmap &clusterSprite(bool units, const MarkerGroup &group);
    QPixmap newSprite(double radius) const;
    void blitCentered(QPainter &painter, const QPointF &at, const QPixmap &sprite) const;
    void clearSprites();

    const MapStyle *m_style = nullptr;
    qreal m_dpr = 1.0;
    QHash<quint32, QPixmap> m_sprites;
    QHash<QByteArray, QPixmap> m_clusters;
    QHash<QByteArray, QPixmap> m_olderClusters;
    QHash<QString, QPixmap> m_labels;
};

} // namespace lintas
