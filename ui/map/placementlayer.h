#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QUuid>

#include "geo/geobounds.h"

class QFont;
class QPainter;

namespace lintas {

class MapStyle;
struct MapViewport;

// Where the forecast suggests a unit should stand.
struct PlacementMark
{
    QUuid unitId;
    QString callsign;
    geo::GeoPoint from;       // the unit's position when the placement was computed
    geo::GeoPoint target;     // where it should stand
    double travelSeconds = 0; // by road
    double coveredRisk = 0;   // expected incidents this placement newly covers
};

// The suggested placement of available units, drawn above the units: a ring at each target with the unit's
// call sign, and a dashed line from the unit (where the map shows it now, else where it was) to the ring.
class PlacementLayer : public QObject
{
    Q_OBJECT
public:
    static constexpr double kRingRadius = 11.0;

    explicit PlacementLayer(QObject *parent = nullptr);
    ~PlacementLayer() override;

    void setMarks(const QList<PlacementMark> &marks);
    void clear() { setMarks({}); }
    const QList<PlacementMark> &marks() const { return m_marks; }
    bool isEmpty() const { return m_marks.isEmpty(); }

    // The unit's current position in zoom 0 world pixels, when the map knows it.
    using UnitLocator = std::function<std::optional<QPointF>(const QUuid &)>;
    void paint(QPainter &painter, const MapViewport &view, const MapStyle &style, const QFont &font,
               const UnitLocator &locate) const;
    // The mark whose ring is under `screen` (-1: none); the latest drawn wins.
    int markAt(const QPointF &screen, const MapViewport &view) const;
    // "JAKPUS-R2-03 → 4 min by road, covers 0.8 expected incidents"
    static QString toolTipOf(const PlacementMark &mark);

Q_SIGNALS:
    void changed();

private:
    QList<PlacementMark> m_marks;
    QList<QPointF> m_targets; // zoom 0 world pixels
    QList<QPointF> m_froms;
};

} // namespace lintas
