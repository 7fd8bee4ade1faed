#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>
#include <QUuid>

#include "geo/geobounds.h"

class QFont;
class QPainter;

namespace lintas {

class MapStyle;
struct MapViewport;

// A unit's way to an incident along the roads, as the map draws it.
struct MapRoute
{
    QUuid unitId;
    QUuid incidentId;
    QString callsign;
    QList<geo::GeoPoint> points; // along the roads, from the unit's snapped position to the incident's
    // Off the road at either end (a unit in a car park, an incident in a square): joined to the route by a
    // dotted line.
    std::optional<geo::GeoPoint> unitPosition;
    std::optional<geo::GeoPoint> incidentPosition;
    double etaSeconds = -1;  // the recommendation's road travel time (-1: none)
    QDateTime arriveBy;      // a dispatched unit: the label counts down to it
    bool dispatched = false; // false: the recommendation the dispatcher is looking at
};

// The route layer (DESIGN.md section 6: above incidents and units, under the selection): the highlighted
// recommendation's route, and the routes of units dispatched from this desk until they arrive. Each is a thick
// line with a casing, the unit's end marked, and a label: "JAKPUS-R2-03 · 4 min" for a recommendation, "ETA 3:12"
// or "overdue by 0:40" for a dispatched unit. Points are projected once (zoom 0 world pixels) when set. Dispatched
// routes are drawn above the preview: what is under way matters more than what might be.
class RouteLayer
{
public:
    void setPreview(const std::optional<MapRoute> &route);
    void setDispatched(const QList<MapRoute> &routes);
    const std::optional<MapRoute> &preview() const { return m_preview; }
    const QList<MapRoute> &dispatched() const { return m_dispatched; }
    bool isEmpty() const { return !m_preview && m_dispatched.isEmpty(); }
    // Whether a label counts down (the view repaints every second while one does).
    bool hasCountdown() const;

    // The label of the route of `unitId` at `now`; empty when the layer has no route for it.
    QString label(const QUuid &unitId, const QDateTime &now) const;
    static QString labelOf(const MapRoute &route, const QDateTime &now);

    void paint(QPainter &painter, const MapViewport &view, const MapStyle &style, const QFont &font,
               const QDateTime &now) const;

private:
    struct Projected
    {
        QList<QPointF> world; // zoom 0 world pixels
        std::optional<QPointF> unit;
        std::optional<QPointF> incident;
    };
    void paintRoute(QPainter &painter, const MapRoute &route, const Projected &projected, const MapViewport &view,
                    const MapStyle &style, const QFont &font, const QDateTime &now, QList<QRectF> *taken) const;
    static Projected project(const MapRoute &route);

    std::optional<MapRoute> m_preview;
    Projected m_previewProjected;
    QList<MapRoute> m_dispatched;
    QList<Projected> m_dispatchedProjected;
};

} // namespace lintas
