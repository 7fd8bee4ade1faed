#pragma once

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include "core/incident.h"
#include "core/unit.h"
#include "geo/geobounds.h"
#include "map/heatlayer.h"
#include "map/maproadlayer.h"
#include "map/markerclusterer.h"
#include "map/markerpainter.h"
#include "map/placementlayer.h"
#include "map/routelayer.h"
#include "map/tilelayer.h"

class QAction;
class QMenu;
class QVariantAnimation;

namespace lintas {

namespace geo {
class MapPackage;
}

// The live map: roads from an offline map package, district boundaries, incidents and units, painted with
// QPainter in screen space (DESIGN.md section 6). Layers, bottom to top:
//
//   ground · roads (one path per road group) · sectors · forecast heat · street names   ── one pixmap per view
//   unit trails · incidents (or their clusters) · units (or clusters) · suggested placements · routes · selection
//   · dragged unit · overlays (with the forecast's legend)
//
// The selection layer draws the selected incident and unit, and the units at the start of a route, once more
// above the routes, so a route never hides the markers it joins.
//
// Roads load on a worker thread (MapRoadLoader) for the screen plus a margin and are asked for again only
// when the view leaves that box or needs more detailed road classes; until they arrive the view draws what
// it has. Record updates only mark the view dirty; a 10 Hz timer repaints, so a burst of position updates
// costs one frame. Markers keep their screen size and merge into clusters below zoom 15.
//
// What a repaint with moving units redoes: the unit layout (projection, clusters) and the marker blits. The
// road pixmap is redrawn only when the view moves, the incident layout only when incidents, the selection
// or the view change.
class MapView : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kMinZoom = 9.0;  // the whole province
    static constexpr double kMaxZoom = 19.0; // a single junction
    static constexpr double kClusterBelowZoom = 15.0;

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    // Opens a map package (`*.lintasmap`) and shows its area. False, with a sentence for the user, when it
    // cannot be read; the view then keeps what it showed.
    bool setMapPackage(const QString &path, QString *error = nullptr);
    QString mapPackagePath() const;
    // The view's own package (GUI thread only): place search, nearest road and district for the desk.
    const geo::MapPackage *mapPackage() const { return m_package.get(); }
    // Whether roads for the current view are still on their way from the loader thread.
    bool isLoading() const;

    void setIncidents(const QList<Incident> &incidents);
    void upsertIncident(const Incident &incident);
    void removeIncident(const QUuid &id);
    void setUnits(const QList<Unit> &units);
    // A new status or position; successive positions build the unit's trail of the last 10 minutes.
    void upsertUnit(const Unit &unit);
    void removeUnit(const QUuid &id);

    // The highlighted recommendation's route (nothing: none) and the routes of units dispatched from this desk,
    // whose labels count down to their arrival (the view repaints every second while one does).
    void setPreviewRoute(const std::optional<MapRoute> &route);
    void setDispatchedRoutes(const QList<MapRoute> &routes);
    const std::optional<MapRoute> &previewRoute() const { return m_routes.preview(); }
    const QList<MapRoute> &dispatchedRoutes() const { return m_routes.dispatched(); }
    // The label the map shows on the route of `unitId` now ("JAKPUS-R2-03 · ETA 3:12"); empty without a route.
    QString routeLabel(const QUuid &unitId) const;

    void setSelectedIncident(const QUuid &id);
    void setSelectedUnit(const QUuid &id);
    QUuid selectedIncident() const { return m_selectedIncident; }
    QUuid selectedUnit() const { return m_selectedUnit; }

    void centerOn(double latitude, double longitude, std::optional<double> zoom = std::nullopt);
    void setZoom(double zoom);
    // Centres on `bounds` at the zoom that fits them on screen with a margin, never closer than `maxZoom`.
    void showBounds(const geo::GeoBounds &bounds, double maxZoom = 17.0);
    double zoom() const { return m_zoom; }
    geo::GeoPoint center() const;
    // Animated zoom by `delta` levels, keeping the point under `anchor` (the centre when empty) in place.
    void zoomBy(double delta, std::optional<QPointF> anchor = std::nullopt);
    bool isAnimating() const;

    // Raster tiles drawn between the roads and the sectors (not owned; null: none).
    void setTileLayer(TileLayer *layer);
    TileLayer *tileLayer() const { return m_tileLayer; }
    // The hotspot forecast, drawn over the sectors and under the street names and markers, with its legend; and
    // the suggested unit placement, drawn above the units (not owned; null: none).
    void setHeatLayer(HeatLayer *layer);
    HeatLayer *heatLayer() const { return m_heatLayer; }
    void setPlacementLayer(PlacementLayer *layer);
    PlacementLayer *placementLayer() const { return m_placementLayer; }
    void setSectorsVisible(bool visible);
    bool sectorsVisible() const { return m_sectorsVisible; }
    void setDarkTheme(bool dark);
    bool isDarkTheme() const { return m_dark; }
    // Draws as at the moment `at` (age rings, trails, tooltips) and without the pulse, for reproducible
    // pictures (golden-image tests, documentation). An invalid time returns to the wall clock.
    void setFixedTime(const QDateTime &at);
    QDateTime fixedTime() const { return m_fixedTime; }

    QPointF geoToScreen(double latitude, double longitude) const;
    geo::GeoPoint screenToGeo(const QPointF &pos) const;

    struct Hit
    {
        enum class Kind
        {
            None,
            Incident,
            Unit,
            IncidentCluster,
            UnitCluster
        };
        Kind kind = Kind::None;
        QUuid id;      // of the incident or unit
        int count = 0; // markers under it: 1, or a cluster's size
        QPointF screen;
    };
    // What a click at `pos` would hit: units above incidents, single markers above clusters.
    Hit hitTest(const QPointF &pos) const;

Q_SIGNALS:
    void incidentClicked(const QUuid &id);
    void unitClicked(const QUuid &id);
    // "New incident here" from the context menu; the road and district are empty when none is near.
    void newIncidentRequested(double latitude, double longitude, const QString &nearestRoad, const QString &kecamatan);
    void unitDroppedOnIncident(const QUuid &unitId, const QUuid &incidentId);
    // Roads for the view arrived from the loader (tests and screenshots wait for it).
    void roadsLoaded();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct TrailPoint
    {
        QPointF world; // world pixels at zoom 0
        qint64 atMs = 0;
    };
    struct IncidentEntry
    {
        Incident incident;
        QPointF world;
        int typeIndex = -1;
    };
    struct UnitEntry
    {
        Unit unit;
        QPointF world;
        QList<TrailPoint> trail; // oldest first, the current position last
    };
    struct Layout
    {
        QList<const IncidentEntry *> incidents;
        QList<MarkerGroup> incidentGroups;
        QList<const UnitEntry *> units;
        QList<MarkerGroup> unitGroups;
        bool anyPulsing = false;
        bool anyWaiting = false;
    };
    enum class DragMode
    {
        None,
        Pending, // pressed, not yet moved far enough to be a drag
        Pan,
        Unit
    };

    MapViewport viewport() const;
    QPointF worldToScreen(const QPointF &world) const;
    QPointF screenToWorld(const QPointF &screen) const;
    void setView(const QPointF &centerWorld, double zoom);
    void applyZoomAbout(double zoom, const QPointF &anchorScreen, const QPointF &anchorWorld);
    void zoomTo(double target, const QPointF &anchorScreen, bool animated);
    void panBy(const QPointF &screenDelta);
    QPointF clampCenter(const QPointF &centerWorld) const;

    enum LayoutPart
    {
        IncidentLayout = 0x1,
        UnitLayout = 0x2,
        WholeLayout = IncidentLayout | UnitLayout
    };
    void markDirty(int parts = WholeLayout);
    qint64 nowMs() const;
    void viewChanged();
    void ensureRoads();
    void onRoadsReady(const MapRoadSetPtr &roads);
    geo::GeoBounds screenBounds(double padScreens) const;

    void ensureBase();
    void ensureLayout() const;
    void layoutIncidents() const;
    void layoutUnits() const;
    void paintTrails(QPainter &painter);
    void paintIncidents(QPainter &painter);
    void paintUnits(QPainter &painter);
    void paintPlacements(QPainter &painter);
    void paintRoutes(QPainter &painter);
    void paintSelection(QPainter &painter);
    MarkerPainter::IncidentLook incidentLook(const Incident &incident, int typeIndex, qint64 now, double pulse) const;
    MarkerPainter::UnitLook unitLook(const UnitEntry &entry) const;
    void paintDraggedUnit(QPainter &painter);
    void paintOverlays(QPainter &painter);
    void paintScaleBar(QPainter &painter);

    Hit hitIncidentAt(const QPointF &pos) const;
    QString toolTipFor(const Hit &hit) const;
    void addTrailPoint(UnitEntry &entry);
    void requestNewIncident(const geo::GeoPoint &at);
    void retranslate();
    double waitFraction(const Incident &incident, qint64 nowMs) const;

    std::unique_ptr<geo::MapPackage> m_package; // GUI thread: nearest road and district for the context menu
    MapRoadLoader *m_loader = nullptr;
    bool m_loadInFlight = false;
    geo::GeoBounds m_packageBounds;
    QString m_attribution;

    double m_zoom = 12.0;
    QPointF m_center; // world pixels at zoom 0
    bool m_dark = false;
    bool m_sectorsVisible = false;
    QPointer<TileLayer> m_tileLayer;
    QPointer<HeatLayer> m_heatLayer;
    QPointer<PlacementLayer> m_placementLayer;
    const MapStyle *m_style = nullptr;

    MapRoadLayer m_roadLayer;
    MarkerPainter m_markers;
    QPixmap m_base;
    bool m_baseValid = false;

    QHash<QUuid, IncidentEntry> m_incidents;
    QHash<QUuid, UnitEntry> m_units;
    QUuid m_selectedIncident;
    QUuid m_selectedUnit;
    mutable Layout m_layout;
    mutable int m_layoutDirty = WholeLayout; // LayoutPart flags
    QDateTime m_fixedTime;

    QTimer m_repaintTimer; // coalesces record updates into ~10 repaints a second
    QTimer m_pulseTimer;   // runs only while an unacknowledged P1 is on screen
    QTimer m_ageTimer;     // advances the age rings
    QTimer m_routeTimer;   // advances the routes' countdowns

    RouteLayer m_routes;
    QElapsedTimer m_clock;

    QVariantAnimation *m_zoomAnimation = nullptr;
    double m_zoomTarget = 12.0;
    QPointF m_anchorScreen;
    QPointF m_anchorWorld;

    DragMode m_drag = DragMode::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    Hit m_pressHit;
    QPointF m_dragPos;
    QUuid m_dropTarget;

    bool m_cursorInside = false;
    QPointF m_cursorPos;

    QMenu *m_contextMenu = nullptr;
    QAction *m_newIncidentAction = nullptr;
    QAction *m_centerHereAction = nullptr;
    geo::GeoPoint m_contextPoint;
};

} // namespace lintas
