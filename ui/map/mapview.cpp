#include "map/mapview.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QEasingCurve>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include "geo/mappackage.h"
#include "geo/webmercator.h"
#include "labels.h"
#include "map/maplog.h"
#include "map/mapstyle.h"
#include "timers/positionage.h"

namespace lintas {
namespace {

constexpr int kRepaintIntervalMs = 100; // record updates repaint at most 10 times a second
constexpr int kPulseIntervalMs = 50;
constexpr int kPulsePeriodMs = 1400;
constexpr int kAgeIntervalMs = 2000;
constexpr int kZoomAnimationMs = 220;
constexpr double kWheelZoomPerNotch = 0.5;
constexpr double kKeyPanFraction = 0.2;
constexpr double kClusterCellPx = 56.0;
constexpr qint64 kTrailWindowMs = 10 * 60 * 1000;
constexpr int kTrailMaxPoints = 240;
constexpr double kTrailMinStepM = 5.0;
constexpr double kUnitLabelMinZoom = 13.0;
constexpr double kTrailMinZoom = 12.0;

// Minutes an incident may wait for its first unit before the age ring closes (the dispatch targets).
int dispatchThresholdSeconds(Priority priority)
{
    switch (priority) {
    case Priority::P1:
        return 2 * 60;
    case Priority::P2:
        return 5 * 60;
    case Priority::P3:
        return 15 * 60;
    case Priority::P4:
        return 30 * 60;
    }
    return 15 * 60;
}

bool isWaiting(const Incident &incident)
{
    return incident.status == IncidentStatus::Reported;
}

QPointF worldOf(double latitude, double longitude)
{
    return geo::toWorldPixels(latitude, longitude, 0.0);
}

double squaredDistance(const QPointF &a, const QPointF &b)
{
    const QPointF d = a - b;
    return d.x() * d.x() + d.y() * d.y();
}

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent), m_loader(new MapRoadLoader(this)), m_style(&MapStyle::light()),
      m_zoomAnimation(new QVariantAnimation(this)), m_contextMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("mapView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_center = worldOf(-6.1754, 106.8272); // Monas, until a package says otherwise
    m_roadLayer.setStyle(m_style);
    m_roadLayer.setFont(font());
    m_markers.setStyle(m_style);
    m_clock.start();

    connect(m_loader, &MapRoadLoader::roadsReady, this, &MapView::onRoadsReady);
    connect(m_loader, &MapRoadLoader::sectorsReady, this, [this](const QList<MapSectorShape> &sectors) {
        m_roadLayer.setSectors(sectors);
        m_baseValid = false;
        update();
    });
    connect(m_loader, &MapRoadLoader::opened, this, [](bool ok, const QString &error) {
        if (!ok)
            qCWarning(lcMap) << "map loader could not open the package:" << error;
    });

    m_repaintTimer.setSingleShot(true);
    m_repaintTimer.setInterval(kRepaintIntervalMs);
    connect(&m_repaintTimer, &QTimer::timeout, this, qOverload<>(&MapView::update));
    m_pulseTimer.setInterval(kPulseIntervalMs);
    connect(&m_pulseTimer, &QTimer::timeout, this, qOverload<>(&MapView::update));
    m_ageTimer.setInterval(kAgeIntervalMs);
    // Age rings are drawn from the clock at paint time: a repaint, not a new layout.
    connect(&m_ageTimer, &QTimer::timeout, this, qOverload<>(&MapView::update));
    m_routeTimer.setInterval(1000);
    connect(&m_routeTimer, &QTimer::timeout, this, qOverload<>(&MapView::update));

    m_zoomAnimation->setDuration(kZoomAnimationMs);
    m_zoomAnimation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_zoomAnimation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { applyZoomAbout(value.toDouble(), m_anchorScreen, m_anchorWorld); });

    m_contextMenu->setObjectName(QStringLiteral("mapContextMenu"));
    m_newIncidentAction = m_contextMenu->addAction(QString());
    m_newIncidentAction->setObjectName(QStringLiteral("newIncidentHere"));
    connect(m_newIncidentAction, &QAction::triggered, this, [this] { requestNewIncident(m_contextPoint); });
    m_centerHereAction = m_contextMenu->addAction(QString());
    m_centerHereAction->setObjectName(QStringLiteral("centerMapHere"));
    connect(m_centerHereAction, &QAction::triggered, this,
            [this] { centerOn(m_contextPoint.lat, m_contextPoint.lon); });
    retranslate();
}

MapView::~MapView() = default;

// --- the package and the roads ----------------------------------------------------------------------------

bool MapView::setMapPackage(const QString &path, QString *error)
{
    auto package = std::make_unique<geo::MapPackage>();
    QString message;
    if (!package->open(path, &message)) {
        qCWarning(lcMap) << "cannot open map package" << path << message;
        if (error)
            *error = message;
        return false;
    }
    m_package = std::move(package);
    m_packageBounds = m_package->metadata().bounds;
    m_attribution = m_package->metadata().attribution;
    m_roadLayer.setRoads({});
    m_roadLayer.setSectors({});
    m_loader->open(path);
    m_loadInFlight = false;
    if (m_packageBounds.isValid()) {
        const geo::GeoPoint c = m_packageBounds.center();
        m_center = worldOf(c.lat, c.lon);
    }
    viewChanged();
    return true;
}

QString MapView::mapPackagePath() const
{
    return m_package ? m_package->path() : QString();
}

bool MapView::isLoading() const
{
    if (!m_package)
        return false;
    if (m_loadInFlight)
        return true;
    const MapRoadSetPtr &roads = m_roadLayer.roads();
    if (!roads)
        return true;
    const geo::GeoBounds view = screenBounds(0.0);
    const geo::GeoBounds &have = roads->bounds;
    return roads->least < geo::leastClassForZoom(m_zoom) || view.south < have.south || view.north > have.north ||
           view.west < have.west || view.east > have.east;
}

geo::GeoBounds MapView::screenBounds(double padScreens) const
{
    const QPointF pad(width() * padScreens, height() * padScreens);
    const geo::GeoPoint topLeft = screenToGeo(-pad);
    const geo::GeoPoint bottomRight = screenToGeo(QPointF(width(), height()) + pad);
    return geo::GeoBounds::fromCorners(bottomRight.lat, topLeft.lon, topLeft.lat, bottomRight.lon);
}

void MapView::ensureRoads()
{
    // One query in flight at a time: when it lands, the view asks again if it has moved on since.
    if (!m_package || m_loadInFlight || !isLoading())
        return;
    m_loadInFlight = true;
    m_loader->request(screenBounds(1.0), geo::leastClassForZoom(m_zoom));
}

void MapView::onRoadsReady(const MapRoadSetPtr &roads)
{
    m_loadInFlight = false;
    m_roadLayer.setRoads(roads);
    m_baseValid = false;
    update();
    ensureRoads();
    if (!isLoading())
        Q_EMIT roadsLoaded();
}

// --- records ----------------------------------------------------------------------------------------------

void MapView::setIncidents(const QList<Incident> &incidents)
{
    m_incidents.clear();
    for (const Incident &incident : incidents)
        upsertIncident(incident);
    markDirty(IncidentLayout);
}

void MapView::upsertIncident(const Incident &incident)
{
    if (!incident.hasLocation() || !incident.isOpen()) {
        removeIncident(incident.id);
        return;
    }
    IncidentEntry &entry = m_incidents[incident.id];
    if (entry.incident.typeCode != incident.typeCode || entry.typeIndex < 0)
        entry.typeIndex = MarkerPainter::typeIndex(incident.typeCode);
    entry.incident = incident;
    entry.world = worldOf(incident.latitude, incident.longitude);
    if (!m_ageTimer.isActive())
        m_ageTimer.start();
    markDirty(IncidentLayout);
}

void MapView::removeIncident(const QUuid &id)
{
    if (m_incidents.remove(id))
        markDirty(IncidentLayout);
    if (m_incidents.isEmpty())
        m_ageTimer.stop();
}

void MapView::setUnits(const QList<Unit> &units)
{
    // Trails survive a full refresh: the same unit keeps the positions it had.
    QHash<QUuid, UnitEntry> previous;
    previous.swap(m_units);
    for (const Unit &unit : units) {
        auto it = previous.find(unit.id);
        if (it != previous.end())
            m_units.insert(unit.id, std::move(it.value()));
        upsertUnit(unit);
    }
    markDirty(UnitLayout);
}

void MapView::upsertUnit(const Unit &unit)
{
    if (!unit.hasPosition()) {
        removeUnit(unit.id);
        return;
    }
    UnitEntry &entry = m_units[unit.id];
    entry.unit = unit;
    entry.world = worldOf(unit.latitude, unit.longitude);
    addTrailPoint(entry);
    markDirty(UnitLayout);
}

void MapView::removeUnit(const QUuid &id)
{
    if (m_units.remove(id))
        markDirty(UnitLayout);
}

void MapView::addTrailPoint(UnitEntry &entry)
{
    const Unit &unit = entry.unit;
    const qint64 at = unit.positionAt.isValid() ? unit.positionAt.toMSecsSinceEpoch() : nowMs();
    QList<TrailPoint> &trail = entry.trail;
    if (!trail.isEmpty()) {
        const QPointF last = trail.last().world;
        // A world pixel at zoom 0 is about 156 km at the equator.
        const double metres = std::sqrt(squaredDistance(last, entry.world)) * 156543.0 *
                              std::cos(unit.latitude * std::numbers::pi / 180.0);
        if (metres < kTrailMinStepM) {
            trail.last().atMs = std::max(trail.last().atMs, at);
            return;
        }
    }
    trail.append({entry.world, at});
    const qint64 oldest = nowMs() - kTrailWindowMs;
    qsizetype drop = 0;
    while (drop < trail.size() - 1 && trail[drop].atMs < oldest)
        ++drop;
    drop = std::max(drop, trail.size() - kTrailMaxPoints);
    if (drop > 0)
        trail.remove(0, drop);
}

void MapView::setSelectedIncident(const QUuid &id)
{
    if (m_selectedIncident != id) {
        m_selectedIncident = id;
        m_layoutDirty |= WholeLayout; // unit clusters step aside from incident clusters
        update();
    }
}

void MapView::setSelectedUnit(const QUuid &id)
{
    if (m_selectedUnit != id) {
        m_selectedUnit = id;
        m_layoutDirty |= UnitLayout;
        update();
    }
}

void MapView::setPreviewRoute(const std::optional<MapRoute> &route)
{
    m_routes.setPreview(route);
    update();
}

void MapView::setDispatchedRoutes(const QList<MapRoute> &routes)
{
    m_routes.setDispatched(routes);
    // A countdown on a label advances once a second, and only while there is one.
    if (m_routes.hasCountdown() && !m_routeTimer.isActive())
        m_routeTimer.start();
    else if (!m_routes.hasCountdown())
        m_routeTimer.stop();
    update();
}

QString MapView::routeLabel(const QUuid &unitId) const
{
    return m_routes.label(unitId, QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC));
}

void MapView::markDirty(int parts)
{
    m_layoutDirty |= parts;
    if (!m_repaintTimer.isActive())
        m_repaintTimer.start();
}

// --- the view ---------------------------------------------------------------------------------------------

MapViewport MapView::viewport() const
{
    MapViewport view;
    view.zoom = m_zoom;
    view.size = QSizeF(size());
    view.topLeft = m_center * view.scale() - QPointF(width() / 2.0, height() / 2.0);
    return view;
}

QPointF MapView::worldToScreen(const QPointF &world) const
{
    const double s = std::exp2(m_zoom);
    return (world - m_center) * s + QPointF(width() / 2.0, height() / 2.0);
}

QPointF MapView::screenToWorld(const QPointF &screen) const
{
    const double s = std::exp2(m_zoom);
    return m_center + (screen - QPointF(width() / 2.0, height() / 2.0)) / s;
}

QPointF MapView::geoToScreen(double latitude, double longitude) const
{
    return worldToScreen(worldOf(latitude, longitude));
}

geo::GeoPoint MapView::screenToGeo(const QPointF &pos) const
{
    geo::GeoPoint p;
    geo::fromWorldPixels(screenToWorld(pos), 0.0, &p.lat, &p.lon);
    return p;
}

geo::GeoPoint MapView::center() const
{
    geo::GeoPoint p;
    geo::fromWorldPixels(m_center, 0.0, &p.lat, &p.lon);
    return p;
}

QPointF MapView::clampCenter(const QPointF &centerWorld) const
{
    if (!m_packageBounds.isValid())
        return centerWorld;
    // Keep the package's area reachable: the centre may leave it by a fifth of its size, not more.
    const QPointF nw = worldOf(m_packageBounds.north, m_packageBounds.west);
    const QPointF se = worldOf(m_packageBounds.south, m_packageBounds.east);
    const QPointF slack = (se - nw) * 0.2;
    return QPointF(std::clamp(centerWorld.x(), nw.x() - slack.x(), se.x() + slack.x()),
                   std::clamp(centerWorld.y(), nw.y() - slack.y(), se.y() + slack.y()));
}

void MapView::setView(const QPointF &centerWorld, double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_center = clampCenter(centerWorld);
    viewChanged();
}

void MapView::viewChanged()
{
    m_baseValid = false;
    m_layoutDirty = WholeLayout;
    update();
    ensureRoads();
}

void MapView::centerOn(double latitude, double longitude, std::optional<double> zoom)
{
    m_zoomAnimation->stop();
    setView(worldOf(latitude, longitude), zoom.value_or(m_zoom));
}

void MapView::setZoom(double zoom)
{
    m_zoomAnimation->stop();
    setView(m_center, zoom);
}

void MapView::showBounds(const geo::GeoBounds &bounds, double maxZoom)
{
    if (!bounds.isValid())
        return;
    const QPointF nw = worldOf(bounds.north, bounds.west);
    const QPointF se = worldOf(bounds.south, bounds.east);
    // World pixels at zoom 0; leave a fifth of the screen free around the box.
    const double w = std::max(se.x() - nw.x(), 1e-12);
    const double h = std::max(se.y() - nw.y(), 1e-12);
    const double fit = std::log2(std::min(width() * 0.8 / w, height() * 0.8 / h));
    centerOn((bounds.north + bounds.south) / 2.0, (bounds.west + bounds.east) / 2.0,
             std::clamp(std::min(fit, maxZoom), kMinZoom, kMaxZoom));
}

bool MapView::isAnimating() const
{
    return m_zoomAnimation->state() == QAbstractAnimation::Running;
}

void MapView::applyZoomAbout(double zoom, const QPointF &anchorScreen, const QPointF &anchorWorld)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const double s = std::exp2(m_zoom);
    // The anchor's world point stays under the anchor's screen point.
    setView(anchorWorld - (anchorScreen - QPointF(width() / 2.0, height() / 2.0)) / s, m_zoom);
}

void MapView::zoomTo(double target, const QPointF &anchorScreen, bool animated)
{
    target = std::clamp(target, kMinZoom, kMaxZoom);
    m_anchorScreen = anchorScreen;
    m_anchorWorld = screenToWorld(anchorScreen);
    m_zoomTarget = target;
    m_zoomAnimation->stop();
    if (!animated || qFuzzyCompare(target, m_zoom)) {
        applyZoomAbout(target, m_anchorScreen, m_anchorWorld);
        return;
    }
    m_zoomAnimation->setStartValue(m_zoom);
    m_zoomAnimation->setEndValue(target);
    m_zoomAnimation->start();
}

void MapView::zoomBy(double delta, std::optional<QPointF> anchor)
{
    // Steps during an animation add up: three quick wheel notches zoom by three steps.
    const double from = isAnimating() ? m_zoomTarget : m_zoom;
    zoomTo(from + delta, anchor.value_or(QPointF(width() / 2.0, height() / 2.0)), true);
}

void MapView::panBy(const QPointF &screenDelta)
{
    setView(m_center - screenDelta / std::exp2(m_zoom), m_zoom);
}

void MapView::setTileLayer(TileLayer *layer)
{
    if (m_tileLayer)
        disconnect(m_tileLayer, nullptr, this, nullptr);
    m_tileLayer = layer;
    if (layer)
        connect(layer, &TileLayer::changed, this, [this] {
            m_baseValid = false;
            update();
        });
    m_baseValid = false;
    update();
}

void MapView::setHeatLayer(HeatLayer *layer)
{
    if (m_heatLayer)
        disconnect(m_heatLayer, nullptr, this, nullptr);
    m_heatLayer = layer;
    if (layer)
        connect(layer, &HeatLayer::changed, this, [this] {
            m_baseValid = false;
            update();
        });
    m_baseValid = false;
    update();
}

void MapView::setPlacementLayer(PlacementLayer *layer)
{
    if (m_placementLayer)
        disconnect(m_placementLayer, nullptr, this, nullptr);
    m_placementLayer = layer;
    if (layer)
        connect(layer, &PlacementLayer::changed, this, qOverload<>(&MapView::update));
    update();
}

void MapView::setSectorsVisible(bool visible)
{
    if (m_sectorsVisible != visible) {
        m_sectorsVisible = visible;
        m_baseValid = false;
        update();
    }
}

void MapView::setFixedTime(const QDateTime &at)
{
    m_fixedTime = at;
    m_layoutDirty |= IncidentLayout; // whether anything pulses
    update();
}

qint64 MapView::nowMs() const
{
    return m_fixedTime.isValid() ? m_fixedTime.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

void MapView::setDarkTheme(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    m_style = &MapStyle::forTheme(dark);
    m_roadLayer.setStyle(m_style);
    m_markers.setStyle(m_style);
    m_baseValid = false;
    update();
}

// --- layout and hit testing -------------------------------------------------------------------------------

void MapView::ensureLayout() const
{
    if (!m_layoutDirty)
        return;
    const int dirty = m_layoutDirty;
    m_layoutDirty = 0;
    if (dirty & IncidentLayout)
        layoutIncidents();
    // Unit clusters are placed beside the incident clusters: they follow any change of either.
    layoutUnits();
}

void MapView::layoutIncidents() const
{
    Layout &layout = m_layout;
    layout.incidents.clear();
    layout.anyPulsing = false;
    layout.anyWaiting = false;
    const double s = std::exp2(m_zoom);
    const QPointF offset = m_center * s - QPointF(width() / 2.0, height() / 2.0);
    const QRectF visible = QRectF(rect()).adjusted(-40, -40, 40, 40);
    const bool clustering = m_zoom < kClusterBelowZoom;

    QList<MarkerClusterer::Item> items;
    for (const IncidentEntry &entry : m_incidents) {
        const QPointF screen = entry.world * s - offset;
        if (!visible.contains(screen))
            continue;
        layout.incidents.append(&entry);
        items.append({screen, int(entry.incident.priority) - 1, entry.incident.id == m_selectedIncident});
    }
    layout.incidentGroups =
        clustering ? MarkerClusterer::cluster(items, kClusterCellPx, offset) : MarkerClusterer::singles(items);
    const bool fixed = m_fixedTime.isValid();
    for (const MarkerGroup &group : std::as_const(layout.incidentGroups)) {
        if (group.isCluster())
            continue;
        const Incident &incident = layout.incidents[group.members.first()]->incident;
        layout.anyWaiting = layout.anyWaiting || isWaiting(incident);
        layout.anyPulsing = layout.anyPulsing || (!fixed && isWaiting(incident) && incident.priority == Priority::P1);
    }
    // Important incidents on top; among equals the id decides, so overlapping markers keep their order
    // whatever order the hash holds them in (and a picture of the map is reproducible).
    std::stable_sort(layout.incidentGroups.begin(), layout.incidentGroups.end(),
                     [&layout](const MarkerGroup &a, const MarkerGroup &b) {
                         if (a.isCluster() != b.isCluster())
                             return a.isCluster();
                         if (a.isCluster())
                             return false;
                         const Incident &x = layout.incidents[a.members.first()]->incident;
                         const Incident &y = layout.incidents[b.members.first()]->incident;
                         return x.priority != y.priority ? x.priority > y.priority : x.id < y.id;
                     });
}

void MapView::layoutUnits() const
{
    Layout &layout = m_layout;
    layout.units.clear();
    const double s = std::exp2(m_zoom);
    const QPointF offset = m_center * s - QPointF(width() / 2.0, height() / 2.0);
    const QRectF visible = QRectF(rect()).adjusted(-40, -40, 40, 40);
    const bool clustering = m_zoom < kClusterBelowZoom;

    QList<MarkerClusterer::Item> items;
    for (const UnitEntry &entry : m_units) {
        const QPointF screen = entry.world * s - offset;
        if (!visible.contains(screen))
            continue;
        layout.units.append(&entry);
        items.append({screen, int(entry.unit.status), entry.unit.id == m_selectedUnit});
    }
    layout.unitGroups =
        clustering ? MarkerClusterer::cluster(items, kClusterCellPx, offset) : MarkerClusterer::singles(items);
    if (!clustering) {
        // A stable order for overlapping markers and for which callsign wins a contested spot.
        std::sort(layout.unitGroups.begin(), layout.unitGroups.end(),
                  [&layout](const MarkerGroup &a, const MarkerGroup &b) {
                      return layout.units[a.members.first()]->unit.id < layout.units[b.members.first()]->unit.id;
                  });
        return;
    }
    // A unit cluster on top of an incident cluster would hide it: it moves aside to sit beside it, like a
    // badge, so both counts stay readable and clickable.
    for (MarkerGroup &units : layout.unitGroups) {
        if (!units.isCluster())
            continue;
        const double ru = MarkerPainter::clusterRadius(int(units.members.size()));
        for (const MarkerGroup &incidents : std::as_const(layout.incidentGroups)) {
            const double ri = incidents.isCluster() ? MarkerPainter::clusterRadius(int(incidents.members.size()))
                                                    : MarkerPainter::kIncidentHitRadius;
            const QPointF d = units.center - incidents.center;
            const double wanted = ri + ru - 6.0;
            if (std::abs(d.x()) >= wanted || std::abs(d.y()) >= wanted)
                continue; // cheap rejection: most pairs are far apart
            const double distance = std::hypot(d.x(), d.y());
            if (distance >= wanted)
                continue;
            const QPointF direction = distance > 0.5 ? d / distance : QPointF(1.0, 1.0) / std::numbers::sqrt2;
            units.center = incidents.center + direction * wanted;
        }
    }
}

MapView::Hit MapView::hitIncidentAt(const QPointF &pos) const
{
    ensureLayout();
    Hit best;
    double bestD = std::numeric_limits<double>::max();
    for (const MarkerGroup &group : std::as_const(m_layout.incidentGroups)) {
        const double r = group.isCluster() ? MarkerPainter::clusterRadius(int(group.members.size()))
                                           : MarkerPainter::kIncidentHitRadius;
        const double d = squaredDistance(group.center, pos);
        // Single markers win over clusters at the same distance.
        const double score = group.isCluster() ? d + 1.0 : d;
        if (d <= r * r && score < bestD) {
            bestD = score;
            best.kind = group.isCluster() ? Hit::Kind::IncidentCluster : Hit::Kind::Incident;
            best.id = group.isCluster() ? QUuid() : m_layout.incidents[group.members.first()]->incident.id;
            best.count = int(group.members.size());
            best.screen = group.center;
        }
    }
    return best;
}

MapView::Hit MapView::hitTest(const QPointF &pos) const
{
    ensureLayout();
    Hit best;
    double bestD = std::numeric_limits<double>::max();
    for (const MarkerGroup &group : std::as_const(m_layout.unitGroups)) {
        const double r =
            group.isCluster() ? MarkerPainter::clusterRadius(int(group.members.size())) : MarkerPainter::kUnitHitRadius;
        const double d = squaredDistance(group.center, pos);
        const double score = group.isCluster() ? d + 1.0 : d;
        if (d <= r * r && score < bestD) {
            bestD = score;
            best.kind = group.isCluster() ? Hit::Kind::UnitCluster : Hit::Kind::Unit;
            best.id = group.isCluster() ? QUuid() : m_layout.units[group.members.first()]->unit.id;
            best.count = int(group.members.size());
            best.screen = group.center;
        }
    }
    if (best.kind == Hit::Kind::Unit)
        return best;
    const Hit incident = hitIncidentAt(pos);
    if (incident.kind == Hit::Kind::Incident || best.kind == Hit::Kind::None)
        return incident;
    return best;
}

double MapView::waitFraction(const Incident &incident, qint64 nowMs) const
{
    if (!isWaiting(incident) || !incident.reportedAt.isValid())
        return -1;
    const double waited = double(nowMs - incident.reportedAt.toMSecsSinceEpoch()) / 1000.0;
    return std::max(0.0, waited / dispatchThresholdSeconds(incident.priority));
}

// --- painting ---------------------------------------------------------------------------------------------

void MapView::ensureBase()
{
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_baseValid && m_base.size() == pixels)
        return;
    if (m_base.size() != pixels)
        m_base = QPixmap(pixels);
    m_base.setDevicePixelRatio(dpr);
    m_base.fill(m_style->background);
    QPainter painter(&m_base);
    const MapViewport view = viewport();
    m_roadLayer.paintRoads(painter, view);
    if (m_tileLayer)
        m_tileLayer->paint(painter, view);
    if (m_sectorsVisible)
        m_roadLayer.paintSectors(painter, view);
    if (m_heatLayer)
        m_heatLayer->paint(painter, view);
    m_roadLayer.paintRoadLabels(painter, view);
    m_baseValid = true;
}

void MapView::paintEvent(QPaintEvent *)
{
    ensureBase();
    ensureLayout();
    m_markers.setDevicePixelRatio(devicePixelRatioF());
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_base);
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintTrails(painter);
    paintIncidents(painter);
    paintUnits(painter);
    paintPlacements(painter);
    paintRoutes(painter);
    paintSelection(painter);
    paintDraggedUnit(painter);
    paintOverlays(painter);

    // The pulse timer runs only while something on screen pulses.
    if (m_layout.anyPulsing && !m_pulseTimer.isActive())
        m_pulseTimer.start();
    else if (!m_layout.anyPulsing && m_pulseTimer.isActive())
        m_pulseTimer.stop();
}

void MapView::paintTrails(QPainter &painter)
{
    if (m_zoom < kTrailMinZoom)
        return;
    const qint64 now = nowMs();
    const qint64 start = now - kTrailWindowMs;
    const double s = std::exp2(m_zoom);
    const QPointF offset = m_center * s - QPointF(width() / 2.0, height() / 2.0);
    // Five age bands, older fainter. Every trail's segments go into one batch per status and band, drawn with
    // one drawLines call: square-capped solid lines take the raster engine's direct line rasterizer, where
    // a polyline per trail would be stroked as an outline (about ten times the cost with hundreds of units
    // on screen). The colours are opaque, mixed with the ground, so the caps overlapping at the joints do not
    // show as darker dots.
    constexpr int kBands = 5;
    constexpr int kStatuses = MarkerGroup::kCategories;
    constexpr double kMinStepPx = 1.5;
    std::array<QList<QPointF>, kStatuses * kBands> batches;
    for (const MarkerGroup &group : std::as_const(m_layout.unitGroups)) {
        if (group.isCluster())
            continue;
        const UnitEntry &entry = *m_layout.units[group.members.first()];
        const QList<TrailPoint> &trail = entry.trail;
        if (trail.size() < 2)
            continue;
        const int status = std::clamp(int(entry.unit.status), 0, kStatuses - 1);
        QPointF last = trail.first().world * s - offset;
        for (qsizetype i = 1; i < trail.size(); ++i) {
            const TrailPoint &p = trail[i];
            const QPointF at = p.world * s - offset;
            // A segment belongs to the band of its newer end.
            if (p.atMs < start) {
                last = at;
                continue;
            }
            if (i != trail.size() - 1 && std::abs(at.x() - last.x()) + std::abs(at.y() - last.y()) < kMinStepPx)
                continue;
            const int band = std::min(int((p.atMs - start) * kBands / kTrailWindowMs), kBands - 1);
            QList<QPointF> &batch = batches[status * kBands + band];
            batch.append(last);
            batch.append(at);
            last = at;
        }
    }
    painter.save();
    for (int status = 0; status < kStatuses; ++status) {
        const QColor color = m_style->unitStatusColor(UnitStatus(status));
        for (int band = 0; band < kBands; ++band) {
            const QList<QPointF> &batch = batches[status * kBands + band];
            if (batch.isEmpty())
                continue;
            const double alpha = 0.12 + 0.6 * (band + 1) / kBands;
            const QColor &ground = m_style->background;
            const auto mix = [alpha](int a, int b) { return qRound(a * alpha + b * (1 - alpha)); };
            const QColor mixed(mix(color.red(), ground.red()), mix(color.green(), ground.green()),
                               mix(color.blue(), ground.blue()));
            painter.setPen(QPen(mixed, 3.0, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            painter.drawLines(batch.constData(), int(batch.size() / 2));
        }
    }
    painter.restore();
}

MarkerPainter::IncidentLook MapView::incidentLook(const Incident &incident, int typeIndex, qint64 now,
                                                  double pulse) const
{
    MarkerPainter::IncidentLook look;
    look.typeIndex = typeIndex;
    look.priority = incident.priority;
    look.waitFraction = waitFraction(incident, now);
    look.pulsePhase = (isWaiting(incident) && incident.priority == Priority::P1) ? pulse : -1.0;
    look.selected = incident.id == m_selectedIncident;
    look.highlighted = m_drag == DragMode::Unit && incident.id == m_dropTarget;
    look.opacity = incident.status == IncidentStatus::Cleared ? 0.55 : 1.0;
    return look;
}

MarkerPainter::UnitLook MapView::unitLook(const UnitEntry &entry) const
{
    const Unit &unit = entry.unit;
    MarkerPainter::UnitLook look;
    look.kind = unit.kind;
    look.status = unit.status;
    look.headingDeg = unit.headingDeg;
    look.moving = unit.speedKmh > 0.5 || entry.trail.size() > 1;
    // A position too old to trust is greyed, as on the unit board and in the recommendations.
    look.stale = positionage::isStale(unit, QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC));
    look.selected = unit.id == m_selectedUnit;
    look.opacity = unit.status == UnitStatus::OutOfService ? 0.6 : 1.0;
    if (m_drag == DragMode::Unit && unit.id == m_pressHit.id)
        look.opacity = 0.35; // it is being dragged: the ghost follows the pointer
    return look;
}

void MapView::paintIncidents(QPainter &painter)
{
    const qint64 now = nowMs();
    // A fixed time draws no pulse: the picture must not depend on when it was taken.
    const double pulse = m_fixedTime.isValid() ? -1.0 : double(m_clock.elapsed() % kPulsePeriodMs) / kPulsePeriodMs;
    for (const MarkerGroup &group : std::as_const(m_layout.incidentGroups)) {
        if (group.isCluster()) {
            m_markers.drawIncidentCluster(painter, group);
            continue;
        }
        const IncidentEntry &entry = *m_layout.incidents[group.members.first()];
        m_markers.drawIncident(painter, group.center, incidentLook(entry.incident, entry.typeIndex, now, pulse));
    }
}

void MapView::paintUnits(QPainter &painter)
{
    const bool labels = m_zoom >= kUnitLabelMinZoom;
    for (const MarkerGroup &group : std::as_const(m_layout.unitGroups)) {
        if (group.isCluster()) {
            m_markers.drawUnitCluster(painter, group);
            continue;
        }
        m_markers.drawUnit(painter, group.center, unitLook(*m_layout.units[group.members.first()]));
    }
    if (!labels)
        return;
    // The selected unit's callsign first, so it is the one that shows where labels would collide.
    QList<QRectF> taken;
    for (const MarkerGroup &group : std::as_const(m_layout.unitGroups)) {
        const Unit &unit = m_layout.units[group.members.first()]->unit;
        if (!group.isCluster() && unit.id == m_selectedUnit)
            m_markers.drawUnitLabel(painter, group.center, unit.callsign, &taken);
    }
    for (const MarkerGroup &group : std::as_const(m_layout.unitGroups)) {
        const Unit &unit = m_layout.units[group.members.first()]->unit;
        if (!group.isCluster() && unit.id != m_selectedUnit)
            m_markers.drawUnitLabel(painter, group.center, unit.callsign, &taken);
    }
}

void MapView::paintPlacements(QPainter &painter)
{
    if (!m_placementLayer || m_placementLayer->isEmpty())
        return;
    // The line starts where the map shows the unit now, which may have moved since the placement was made.
    const auto locate = [this](const QUuid &id) -> std::optional<QPointF> {
        const auto it = m_units.constFind(id);
        return it == m_units.constEnd() ? std::nullopt : std::optional<QPointF>(it->world);
    };
    m_placementLayer->paint(painter, viewport(), *m_style, font(), locate);
}

void MapView::paintRoutes(QPainter &painter)
{
    if (m_routes.isEmpty())
        return;
    m_routes.paint(painter, viewport(), *m_style, font(), QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC));
}

void MapView::paintSelection(QPainter &painter)
{
    if (m_routes.isEmpty())
        return; // without routes the markers are already on top
    // The selected incident and the units a route starts from, again above the route lines.
    const qint64 now = nowMs();
    for (const MarkerGroup &group : std::as_const(m_layout.incidentGroups)) {
        if (group.isCluster())
            continue;
        const IncidentEntry &entry = *m_layout.incidents[group.members.first()];
        if (entry.incident.id == m_selectedIncident)
            m_markers.drawIncident(painter, group.center, incidentLook(entry.incident, entry.typeIndex, now, -1.0));
    }
    QSet<QUuid> onRoute;
    if (m_routes.preview())
        onRoute.insert(m_routes.preview()->unitId);
    for (const MapRoute &route : m_routes.dispatched())
        onRoute.insert(route.unitId);
    for (const MarkerGroup &group : std::as_const(m_layout.unitGroups)) {
        if (group.isCluster())
            continue;
        const UnitEntry &entry = *m_layout.units[group.members.first()];
        if (entry.unit.id == m_selectedUnit || onRoute.contains(entry.unit.id))
            m_markers.drawUnit(painter, group.center, unitLook(entry));
    }
}

void MapView::paintDraggedUnit(QPainter &painter)
{
    if (m_drag != DragMode::Unit)
        return;
    const auto it = m_units.constFind(m_pressHit.id);
    if (it == m_units.constEnd())
        return;
    QColor line = m_style->selection;
    line.setAlpha(180);
    QPen pen(line, 2.0, Qt::DashLine, Qt::RoundCap);
    painter.setPen(pen);
    painter.drawLine(worldToScreen(it->world), m_dragPos);
    MarkerPainter::UnitLook look;
    look.kind = it->unit.kind;
    look.status = it->unit.status;
    look.opacity = 0.9;
    m_markers.drawUnit(painter, m_dragPos, look);
}

void MapView::paintOverlays(QPainter &painter)
{
    painter.save();
    QFont small = font();
    small.setPixelSize(11);
    painter.setFont(small);
    const QFontMetricsF metrics(small);

    // Bottom right: the coordinate under the cursor, then the attribution the data licence requires.
    QString text = m_attribution;
    if (m_tileLayer && !m_tileLayer->attribution().isEmpty())
        text = text.isEmpty() ? m_tileLayer->attribution() : text + QStringLiteral(" · ") + m_tileLayer->attribution();
    if (m_cursorInside) {
        const geo::GeoPoint p = screenToGeo(m_cursorPos);
        const QString coordinate = QStringLiteral("%1, %2").arg(p.lat, 0, 'f', 5).arg(p.lon, 0, 'f', 5);
        text = text.isEmpty() ? coordinate : coordinate + QStringLiteral("   ·   ") + text;
    }
    if (!text.isEmpty()) {
        const double w = metrics.horizontalAdvance(text) + 12;
        const double h = metrics.height() + 4;
        const QRectF box(width() - w, height() - h, w, h);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style->overlayBackground);
        painter.drawRect(box);
        painter.setPen(m_style->overlayText);
        painter.drawText(box, Qt::AlignCenter, text);
    }
    paintScaleBar(painter);
    if (m_heatLayer) {
        // Above the scale bar (its box: a line of text, 14 px of padding and bar, 8 px from the edge).
        m_heatLayer->paintLegend(painter, QRectF(rect()), metrics.height() + 14 + 8 + 6, font(), *m_style);
    }

    QString status;
    if (!m_package)
        status = tr("No map package is open");
    else if (!m_roadLayer.roads() && m_loadInFlight)
        status = tr("Loading map…");
    if (!status.isEmpty()) {
        QFont f = font();
        f.setPixelSize(13);
        painter.setFont(f);
        const QFontMetricsF fm(f);
        const double w = fm.horizontalAdvance(status) + 24;
        const QRectF box((width() - w) / 2, 16, w, fm.height() + 12);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style->overlayBackground);
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(m_style->overlayText);
        painter.drawText(box, Qt::AlignCenter, status);
    }
    painter.restore();
}

void MapView::paintScaleBar(QPainter &painter)
{
    const double mpp = geo::metresPerPixel(center().lat, m_zoom);
    const double maxMetres = mpp * 120.0;
    // The longest round length (1, 2 or 5 × 10^n metres) that fits in 120 px.
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = magnitude;
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMetres) {
            metres = step * magnitude;
            break;
        }
    }
    const double px = metres / mpp;
    const QString label = metres >= 1000 ? tr("%1 km").arg(metres / 1000.0) : tr("%1 m").arg(metres);
    const QFontMetricsF metrics(painter.font());
    const double boxW = std::max(px, metrics.horizontalAdvance(label)) + 16;
    const double boxH = metrics.height() + 14;
    const QRectF box(8, height() - boxH - 8, boxW, boxH);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style->overlayBackground);
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(m_style->overlayText);
    painter.drawText(QRectF(box.left() + 8, box.top() + 2, boxW - 16, metrics.height()), Qt::AlignLeft, label);
    const double y = box.bottom() - 6;
    const double x0 = box.left() + 8;
    painter.setPen(QPen(m_style->overlayText, 2.0, Qt::SolidLine, Qt::FlatCap));
    painter.drawPolyline(QPolygonF({QPointF(x0, y - 5), QPointF(x0, y), QPointF(x0 + px, y), QPointF(x0 + px, y - 5)}));
}

// --- input ------------------------------------------------------------------------------------------------

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    viewChanged();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_drag = DragMode::Pending;
    m_pressPos = event->position();
    m_lastPos = m_pressPos;
    m_pressHit = hitTest(m_pressPos);
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    m_cursorInside = true;
    m_cursorPos = pos;
    if (m_drag == DragMode::Pending && (event->buttons() & Qt::LeftButton)) {
        if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_drag = m_pressHit.kind == Hit::Kind::Unit ? DragMode::Unit : DragMode::Pan;
            setCursor(m_drag == DragMode::Unit ? Qt::DragMoveCursor : Qt::ClosedHandCursor);
        }
    }
    if (m_drag == DragMode::Pan) {
        panBy(pos - m_lastPos);
    } else if (m_drag == DragMode::Unit) {
        m_dragPos = pos;
        const Hit target = hitIncidentAt(pos);
        m_dropTarget = target.kind == Hit::Kind::Incident ? target.id : QUuid();
        update();
    } else if (m_drag == DragMode::None) {
        const Hit hit = hitTest(pos);
        setCursor(hit.kind == Hit::Kind::None ? Qt::ArrowCursor : Qt::PointingHandCursor);
        // Only the corner with the coordinate changes.
        update(QRect(width() - 420, height() - 24, 420, 24));
    }
    m_lastPos = pos;
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const DragMode mode = m_drag;
    m_drag = DragMode::None;
    unsetCursor();
    if (mode == DragMode::Unit) {
        const Hit target = hitIncidentAt(event->position());
        m_dropTarget = QUuid();
        update();
        if (target.kind == Hit::Kind::Incident)
            Q_EMIT unitDroppedOnIncident(m_pressHit.id, target.id);
        return;
    }
    if (mode != DragMode::Pending)
        return;
    switch (m_pressHit.kind) {
    case Hit::Kind::Incident:
        setSelectedIncident(m_pressHit.id);
        Q_EMIT incidentClicked(m_pressHit.id);
        break;
    case Hit::Kind::Unit:
        setSelectedUnit(m_pressHit.id);
        Q_EMIT unitClicked(m_pressHit.id);
        break;
    case Hit::Kind::IncidentCluster:
    case Hit::Kind::UnitCluster:
        // Open the cluster up: zoom in about it.
        zoomTo(std::min(std::floor(m_zoom) + 2.0, kClusterBelowZoom), m_pressHit.screen, true);
        break;
    case Hit::Kind::None:
        break;
    }
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (hitTest(event->position()).kind != Hit::Kind::None)
        return; // a double click on a marker is two clicks on it, not a zoom
    zoomBy((event->modifiers() & Qt::ShiftModifier) ? -1.0 : 1.0, event->position());
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    zoomBy(notches * kWheelZoomPerNotch, event->position());
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const QPointF step(width() * kKeyPanFraction, height() * kKeyPanFraction);
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(QPointF(step.x(), 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step.x(), 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step.y()));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step.y()));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.0);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(-1.0);
        break;
    case Qt::Key_Escape:
        if (m_drag == DragMode::Unit) {
            m_drag = DragMode::None;
            m_dropTarget = QUuid();
            unsetCursor();
            update();
            break;
        }
        QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    m_contextPoint = screenToGeo(event->pos());
    m_newIncidentAction->setEnabled(true);
    // popup(), not exec(): the menu never blocks the event loop (nor a test).
    m_contextMenu->popup(event->globalPos());
    event->accept();
}

void MapView::leaveEvent(QEvent *event)
{
    m_cursorInside = false;
    update(QRect(width() - 420, height() - 24, 420, 24));
    QWidget::leaveEvent(event);
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitTest(help->pos());
        QString text = toolTipFor(hit);
        if (text.isEmpty() && m_placementLayer) {
            const int mark = m_placementLayer->markAt(help->pos(), viewport());
            if (mark >= 0) {
                const PlacementMark &placement = m_placementLayer->marks().at(mark);
                text = PlacementLayer::toolTipOf(placement);
                QToolTip::showText(help->globalPos(), text, this, QRect(help->pos() - QPoint(12, 12), QSize(24, 24)));
                return true;
            }
        }
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this,
                               QRect(hit.screen.toPoint() - QPoint(12, 12), QSize(24, 24)));
        }
        return true;
    }
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) {
        m_roadLayer.setFont(font());
        m_baseValid = false;
    }
    return QWidget::event(event);
}

QString MapView::toolTipFor(const Hit &hit) const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    switch (hit.kind) {
    case Hit::Kind::None:
        return {};
    case Hit::Kind::Incident: {
        const auto it = m_incidents.constFind(hit.id);
        if (it == m_incidents.constEnd())
            return {};
        const Incident &incident = it->incident;
        QString place = incident.road;
        if (!incident.landmark.isEmpty())
            place = place.isEmpty() ? incident.landmark : place + QStringLiteral(" · ") + incident.landmark;
        return tr("<b>%1</b> %2<br>%3 · %4 · %5<br>%6")
            .arg(labels::priority(incident.priority), labels::incidentType(incident.typeCode).toHtmlEscaped(),
                 labels::incidentStatus(incident.status), labels::age(incident.reportedAt, now),
                 incident.number.toHtmlEscaped(), place.toHtmlEscaped());
    }
    case Hit::Kind::Unit: {
        const auto it = m_units.constFind(hit.id);
        if (it == m_units.constEnd())
            return {};
        const Unit &unit = it->unit;
        return tr("<b>%1</b><br>%2 · %3<br>%4 km/h")
            .arg(unit.callsign.toHtmlEscaped(), labels::unitKind(unit.kind), labels::unitStatus(unit.status))
            .arg(qRound(unit.speedKmh));
    }
    case Hit::Kind::IncidentCluster:
    case Hit::Kind::UnitCluster: {
        ensureLayout();
        const bool incidents = hit.kind == Hit::Kind::IncidentCluster;
        const QList<MarkerGroup> &groups = incidents ? m_layout.incidentGroups : m_layout.unitGroups;
        for (const MarkerGroup &group : groups) {
            if (group.center != hit.screen || !group.isCluster())
                continue;
            QStringList lines;
            lines << (incidents ? tr("<b>%n incident(s)</b>", nullptr, hit.count)
                                : tr("<b>%n unit(s)</b>", nullptr, hit.count));
            for (int c = 0; c < MarkerGroup::kCategories; ++c) {
                const int n = group.countByCategory[c];
                if (n == 0)
                    continue;
                const QString what = incidents ? labels::priority(Priority(c + 1)) : labels::unitStatus(UnitStatus(c));
                lines << tr("%1: %2").arg(what).arg(n);
            }
            lines << tr("Click to zoom in");
            return lines.join(QStringLiteral("<br>"));
        }
        return {};
    }
    }
    return {};
}

void MapView::requestNewIncident(const geo::GeoPoint &at)
{
    QString road;
    QString kecamatan;
    if (m_package) {
        if (const auto nearest =
                m_package->nearestRoad(at.lat, at.lon, 250.0, geo::MapPackage::RoadFilter::NamedStreet))
            road = nearest->name;
        if (const auto sector = m_package->sectorAt(at.lat, at.lon))
            kecamatan = sector->name;
    }
    Q_EMIT newIncidentRequested(at.lat, at.lon, road, kecamatan);
}

void MapView::retranslate()
{
    m_newIncidentAction->setText(tr("New incident here"));
    m_centerHereAction->setText(tr("Centre map here"));
}

} // namespace lintas
