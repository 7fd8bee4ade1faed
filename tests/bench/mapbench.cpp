// Suite "map": what a repaint of the live map costs over the whole Jakarta package with 5,000 units and
// 20,000 incidents, against a straightforward QGraphicsView/QGraphicsScene map of the same content
// (issue 3, "Rendering and performance").
//
//   for zoom 12 and zoom 16, at the same centre, 1920 × 1080:
//     MapView    every unit gets a new position (upsertUnit), then QWidget::render into a QImage   × frames
//     baseline   every unit item gets a new position (setPos), then QGraphicsView::render           × frames
//   → median frame (ms), median position update (ms), hit test (µs), resident memory (MiB)
//
// The baseline is what one would write first: one QGraphicsPathItem per road polyline (the road classes the
// map draws at that zoom, over the whole package, with the map's fill colours and widths as cosmetic pens;
// no casings, which favours it), and one item per marker with ItemIgnoresTransformations that paints the
// map's own marker sprites through MarkerPainter, with a callsign text item beside each unit at street zoom
// and a QGraphicsPathItem per unit for its trail. No clustering: a scene shows what it holds.
//
// The road load is excluded: the view's roads have arrived (MapView::roadsLoaded) before any frame is timed.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <numbers>
#include <random>

#include <malloc.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QTimer>

#include "bench.h"
#include "core/incidenttypes.h"
#include "geo/mappackage.h"
#include "geo/webmercator.h"
#include "map/mapstyle.h"
#include "map/mapview.h"
#include "map/markerpainter.h"

namespace lintas::bench {
namespace {

constexpr int kUnits = 5'000;
constexpr int kIncidents = 20'000;
constexpr QSize kFrameSize(1920, 1080);
constexpr int kWarmupFrames = 3;
constexpr int kFrames = 40;
constexpr int kBaselineFrames = 10;
constexpr int kHitTests = 20'000;
constexpr double kSceneZoom = 12.0; // the baseline's scene unit: a world pixel at zoom 12
// Central Jakarta, between Monas and Bundaran HI: the busiest part of the package at street zoom.
constexpr double kCenterLat = -6.1860;
constexpr double kCenterLon = 106.8250;

// Resident memory, after handing freed heap back to the system so that what an earlier run freed does not
// hide what the next one allocates.
double residentMiB()
{
    malloc_trim(0);
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

QString zoomName(double zoom)
{
    return QStringLiteral("z%1").arg(int(zoom));
}

// The records: incidents and units spread uniformly over the package bounds, fixed seed.
struct Content
{
    QList<Incident> incidents;
    QList<Unit> units;
};

Content makeContent(const geo::GeoBounds &bounds, const QDateTime &now)
{
    std::mt19937 rng(20261127);
    std::uniform_real_distribution<double> lat(bounds.south, bounds.north);
    std::uniform_real_distribution<double> lon(bounds.west, bounds.east);
    const QList<IncidentType> &types = IncidentTypeCatalogue::builtIn().all();
    const QList<IncidentStatus> open{IncidentStatus::Reported, IncidentStatus::Reported, IncidentStatus::Dispatched,
                                     IncidentStatus::EnRoute,  IncidentStatus::OnScene,  IncidentStatus::Cleared};
    Content content;
    content.incidents.reserve(kIncidents);
    for (int i = 0; i < kIncidents; ++i) {
        Incident incident;
        incident.id = QUuid::createUuid();
        incident.number = QStringLiteral("JAKPUS-20261127-%1").arg(i, 5, 10, QLatin1Char('0'));
        incident.typeCode = types[int(rng() % types.size())].code;
        incident.priority = Priority(1 + int(rng() % 4));
        incident.status = open[int(rng() % open.size())];
        incident.latitude = lat(rng);
        incident.longitude = lon(rng);
        incident.reportedAt = now.addSecs(-qint64(rng() % 3600));
        content.incidents.append(incident);
    }
    content.units.reserve(kUnits);
    const QList<UnitKind> kinds = allUnitKinds();
    const QList<UnitStatus> statuses = allUnitStatuses();
    for (int i = 0; i < kUnits; ++i) {
        Unit unit;
        unit.id = QUuid::createUuid();
        unit.callsign = QStringLiteral("JAK-%1").arg(i, 4, 10, QLatin1Char('0'));
        unit.kind = kinds[int(rng() % kinds.size())];
        unit.status = statuses[int(rng() % statuses.size())];
        unit.latitude = lat(rng);
        unit.longitude = lon(rng);
        unit.headingDeg = double(rng() % 360);
        unit.speedKmh = 20 + double(rng() % 40);
        unit.positionAt = now;
        content.units.append(unit);
    }
    return content;
}

// One second of driving at each unit's speed along its heading, turning a little, as a position report
// would bring it.
void moveUnits(QList<Unit> &units, const QDateTime &at, std::mt19937 &rng)
{
    std::uniform_real_distribution<double> turn(-20.0, 20.0);
    for (Unit &unit : units) {
        unit.headingDeg = std::fmod(unit.headingDeg + turn(rng) + 360.0, 360.0);
        const double metres = unit.speedKmh / 3.6;
        const double rad = unit.headingDeg * std::numbers::pi / 180.0;
        unit.latitude += metres * std::cos(rad) / 111320.0;
        unit.longitude += metres * std::sin(rad) / (111320.0 * std::cos(unit.latitude * std::numbers::pi / 180.0));
        unit.positionAt = at;
    }
}

// --- the baseline -------------------------------------------------------------------------------------------

class MarkerItem : public QGraphicsItem
{
public:
    MarkerItem(MarkerPainter *painter, const Incident &incident, qint64 nowMs)
        : m_painter(painter), m_radius(MarkerPainter::kIncidentHitRadius)
    {
        m_incident.typeIndex = MarkerPainter::typeIndex(incident.typeCode);
        m_incident.priority = incident.priority;
        if (incident.status == IncidentStatus::Reported)
            m_incident.waitFraction = double(nowMs - incident.reportedAt.toMSecsSinceEpoch()) / 600'000.0;
        m_incident.opacity = incident.status == IncidentStatus::Cleared ? 0.55 : 1.0;
        setFlag(ItemIgnoresTransformations);
        setZValue(10 + int(incident.priority == Priority::P1));
    }
    MarkerItem(MarkerPainter *painter, const Unit &unit) : m_painter(painter), m_isUnit(true)
    {
        m_radius = MarkerPainter::kUnitHitRadius;
        m_unit.kind = unit.kind;
        m_unit.status = unit.status;
        m_unit.moving = true;
        setFlag(ItemIgnoresTransformations);
        setZValue(20);
    }
    static constexpr int kType = UserType + 1;
    int type() const override { return kType; }
    void setHeading(double deg) { m_unit.headingDeg = deg; }
    bool isUnit() const { return m_isUnit; }
    double hitRadius() const { return m_radius; }

    QRectF boundingRect() const override
    {
        const double r = m_isUnit ? 20.0 : 24.0;
        return QRectF(-r, -r, 2 * r, 2 * r);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_isUnit)
            m_painter->drawUnit(*painter, QPointF(0, 0), m_unit);
        else
            m_painter->drawIncident(*painter, QPointF(0, 0), m_incident);
    }

private:
    MarkerPainter *m_painter;
    bool m_isUnit = false;
    double m_radius;
    MarkerPainter::IncidentLook m_incident;
    MarkerPainter::UnitLook m_unit;
};

class Baseline
{
public:
    Baseline(const geo::MapPackage &package, double zoom, const Content &content, qint64 nowMs)
    {
        const MapStyle &style = MapStyle::light();
        m_markers.setStyle(&style);
        const double s = std::exp2(kSceneZoom);
        const QList<geo::RoadPolyline> roads = package.roadsIn(package.metadata().bounds, geo::leastClassForZoom(zoom));
        for (const geo::RoadPolyline &road : roads) {
            if (road.points.size() < 2)
                continue;
            QPainterPath path;
            path.moveTo(geo::toWorldPixels(road.points.first().lat, road.points.first().lon, 0.0) * s);
            for (qsizetype i = 1; i < road.points.size(); ++i)
                path.lineTo(geo::toWorldPixels(road.points[i].lat, road.points[i].lon, 0.0) * s);
            const MapStyle::RoadGroup group = MapStyle::groupOf(road.roadClass);
            const MapStyle::RoadStyle &rs = style.roads[group];
            QPen pen(rs.fill.isValid() ? rs.fill : rs.casing, std::max(style.roadWidth(group, zoom), 0.6),
                     rs.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            if (style.roadWidth(group, zoom) < 1.5 && rs.casing.isValid())
                pen.setColor(rs.casing);
            pen.setCosmetic(true);
            auto *item = m_scene.addPath(path, pen);
            item->setZValue(int(group) * 0.01);
            ++m_roadItems;
        }
        for (const Incident &incident : content.incidents) {
            auto *item = new MarkerItem(&m_markers, incident, nowMs);
            item->setPos(geo::toWorldPixels(incident.latitude, incident.longitude, 0.0) * s);
            m_scene.addItem(item);
        }
        m_units.reserve(content.units.size());
        QFont labelFont;
        labelFont.setPixelSize(10);
        labelFont.setWeight(QFont::DemiBold);
        for (const Unit &unit : content.units) {
            auto *item = new MarkerItem(&m_markers, unit);
            item->setPos(geo::toWorldPixels(unit.latitude, unit.longitude, 0.0) * s);
            m_scene.addItem(item);
            m_units.append(item);
            // Its callsign beside it (street zooms only, as the map does) and its trail below the markers.
            if (zoom >= 13.0) {
                auto *label = new QGraphicsSimpleTextItem(unit.callsign, item);
                label->setFont(labelFont);
                label->setPos(MarkerPainter::kUnitRadius + 5, -7);
            }
            QPen trailPen(style.unitStatusColor(unit.status), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            trailPen.setCosmetic(true);
            QColor trailColor = trailPen.color();
            trailColor.setAlpha(150);
            trailPen.setColor(trailColor);
            QGraphicsPathItem *trail = m_scene.addPath(QPainterPath(), trailPen);
            trail->setZValue(5);
            m_trails.append({trail, {item->pos()}});
        }
        // Room to centre anywhere near the package.
        m_scene.setSceneRect(m_scene.itemsBoundingRect().adjusted(-1e5, -1e5, 1e5, 1e5));
        m_view.setScene(&m_scene);
        m_view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view.setFrameShape(QFrame::NoFrame);
        m_view.setRenderHint(QPainter::Antialiasing, true);
        m_view.setBackgroundBrush(style.background);
        m_view.resize(kFrameSize);
        // Shown (nowhere) so that the viewport takes the view's size before centring.
        m_view.setAttribute(Qt::WA_DontShowOnScreen);
        m_view.show();
        const double k = std::exp2(zoom - kSceneZoom);
        m_view.setTransform(QTransform::fromScale(k, k));
        m_view.centerOn(geo::toWorldPixels(kCenterLat, kCenterLon, 0.0) * s);
    }

    int roadItems() const { return m_roadItems; }

    void moveUnits(const QList<Unit> &units)
    {
        const double s = std::exp2(kSceneZoom);
        for (qsizetype i = 0; i < units.size(); ++i) {
            const QPointF at = geo::toWorldPixels(units[i].latitude, units[i].longitude, 0.0) * s;
            m_units[i]->setHeading(units[i].headingDeg);
            m_units[i]->setPos(at);
            Trail &trail = m_trails[i];
            trail.points.append(at);
            if (trail.points.size() > kTrailPoints)
                trail.points.removeFirst();
            QPainterPath path(trail.points.first());
            for (qsizetype p = 1; p < trail.points.size(); ++p)
                path.lineTo(trail.points[p]);
            trail.item->setPath(path);
        }
    }

    void render(QImage &target)
    {
        QPainter painter(&target);
        m_view.render(&painter, QRectF(QPointF(0, 0), kFrameSize), QRect(QPoint(0, 0), kFrameSize));
    }

    // What a click at `pos` would hit: the nearest marker item under it, units above incidents.
    bool hitTest(const QPoint &pos)
    {
        const QPointF scenePos = m_view.mapToScene(pos);
        const QList<QGraphicsItem *> items =
            m_scene.items(scenePos, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder, m_view.viewportTransform());
        for (QGraphicsItem *item : items) {
            if (item->type() == MarkerItem::kType) {
                const auto *marker = static_cast<const MarkerItem *>(item);
                const QPointF d = m_view.mapFromScene(marker->pos()) - QPointF(pos);
                if (std::hypot(d.x(), d.y()) <= marker->hitRadius())
                    return true;
            }
        }
        return false;
    }

private:
    MarkerPainter m_markers;
    QGraphicsScene m_scene;
    QGraphicsView m_view;
    struct Trail
    {
        QGraphicsPathItem *item = nullptr;
        QList<QPointF> points;
    };
    static constexpr qsizetype kTrailPoints = 240; // as many as the map keeps
    QList<MarkerItem *> m_units;
    QList<Trail> m_trails;
    int m_roadItems = 0;
};

// --- the runs -----------------------------------------------------------------------------------------------

struct Timings
{
    double frameMs = 0;
    double updateMs = 0;
    double hitUs = 0;
};

// Where to write the last frame of every run (--save DIR), to check by eye that both draw the same map.
QString g_saveDir;

void saveFrame(const QImage &frame, const QString &name)
{
    if (!g_saveDir.isEmpty())
        frame.save(g_saveDir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

Timings timeMapView(MapView &view, double zoom, Content &content, QDateTime &clock, std::mt19937 &rng)
{
    view.centerOn(kCenterLat, kCenterLon, zoom);
    if (view.isLoading()) {
        QEventLoop loop;
        QObject::connect(&view, &MapView::roadsLoaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
        if (view.isLoading())
            std::fprintf(stderr, "map: roads for zoom %g did not load\n", zoom);
    }
    QImage target(kFrameSize, QImage::Format_ARGB32_Premultiplied);
    QList<double> frames;
    QList<double> updates;
    QElapsedTimer timer;
    for (int frame = 0; frame < kWarmupFrames + kFrames; ++frame) {
        clock = clock.addSecs(1);
        moveUnits(content.units, clock, rng);
        timer.start();
        for (const Unit &unit : std::as_const(content.units))
            view.upsertUnit(unit);
        const double update = double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        view.render(&target);
        const double paint = double(timer.nsecsElapsed()) / 1e6;
        if (frame >= kWarmupFrames) {
            frames.append(paint);
            updates.append(update);
        }
    }
    saveFrame(target, QStringLiteral("mapview-") + zoomName(zoom));
    // Hit tests at random points of a settled frame.
    std::uniform_real_distribution<double> x(0, kFrameSize.width());
    std::uniform_real_distribution<double> y(0, kFrameSize.height());
    int hits = 0;
    timer.start();
    for (int i = 0; i < kHitTests; ++i)
        hits += view.hitTest(QPointF(x(rng), y(rng))).kind != MapView::Hit::Kind::None ? 1 : 0;
    const double hitUs = double(timer.nsecsElapsed()) / 1e3 / kHitTests;
    std::fprintf(stderr, "map: MapView %s: %lld frames, %d of %d random points hit a marker\n",
                 qPrintable(zoomName(zoom)), static_cast<long long>(frames.size()), hits, kHitTests);
    return {median(frames), median(updates), hitUs};
}

Timings timeBaseline(Baseline &baseline, double zoom, Content &content, QDateTime &clock, std::mt19937 &rng)
{
    QImage target(kFrameSize, QImage::Format_ARGB32_Premultiplied);
    QList<double> frames;
    QList<double> updates;
    QElapsedTimer timer;
    for (int frame = 0; frame < 1 + kBaselineFrames; ++frame) {
        clock = clock.addSecs(1);
        moveUnits(content.units, clock, rng);
        timer.start();
        baseline.moveUnits(content.units);
        const double update = double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        baseline.render(target);
        const double paint = double(timer.nsecsElapsed()) / 1e6;
        if (frame >= 1) {
            frames.append(paint);
            updates.append(update);
        }
    }
    saveFrame(target, QStringLiteral("baseline-") + zoomName(zoom));
    std::uniform_real_distribution<double> x(0, kFrameSize.width());
    std::uniform_real_distribution<double> y(0, kFrameSize.height());
    const int tests = kHitTests / 10;
    int hits = 0;
    timer.start();
    for (int i = 0; i < tests; ++i)
        hits += baseline.hitTest(QPoint(int(x(rng)), int(y(rng)))) ? 1 : 0;
    const double hitUs = double(timer.nsecsElapsed()) / 1e3 / tests;
    std::fprintf(stderr, "map: baseline %s: %d road items, %lld frames, %d of %d random points hit a marker\n",
                 qPrintable(zoomName(zoom)), baseline.roadItems(), static_cast<long long>(frames.size()), hits, tests);
    return {median(frames), median(updates), hitUs};
}

} // namespace

// lintas-bench map [--no-baseline] [--save DIR] [PACKAGE.lintasmap]
int runMapSuite(const QStringList &arguments)
{
    QStringList rest = arguments;
    // For profiling the map view alone: the baseline takes most of the run.
    const bool withBaseline = !rest.removeAll(QStringLiteral("--no-baseline"));
    const qsizetype save = rest.indexOf(QStringLiteral("--save"));
    if (save >= 0) {
        g_saveDir = rest.value(save + 1);
        rest.remove(save, std::min<qsizetype>(2, rest.size() - save));
    }
    const QString path = rest.value(0, QStringLiteral(LINTAS_DEMO_MAP));
    geo::MapPackage package;
    QString error;
    if (!package.open(path, &error)) {
        std::fprintf(stderr,
                     "map: cannot open the map package %s: %s\n(build the lintas_demo_map target, or pass "
                     "a package: lintas-bench map FILE.lintasmap)\n",
                     qPrintable(path), qPrintable(error));
        return 1;
    }
    const geo::GeoBounds bounds = package.metadata().bounds;
    QDateTime clock = QDateTime::currentDateTimeUtc();
    Content content = makeContent(bounds, clock);
    std::mt19937 rng(7);
    const QList<double> zooms{12.0, 16.0};

    // Lintas's map view.
    std::map<double, Timings> ours;
    double oursMiB = 0;
    {
        const double before = residentMiB();
        MapView view;
        view.resize(kFrameSize);
        view.setAttribute(Qt::WA_DontShowOnScreen);
        if (!view.setMapPackage(path, &error)) {
            std::fprintf(stderr, "map: %s\n", qPrintable(error));
            return 1;
        }
        view.setIncidents(content.incidents);
        view.setUnits(content.units);
        for (const double zoom : zooms)
            ours[zoom] = timeMapView(view, zoom, content, clock, rng);
        oursMiB = residentMiB() - before;
    }

    // The QGraphicsScene baseline, one scene per zoom with the road classes the map draws there.
    std::map<double, Timings> theirs;
    double theirsMiB = 0;
    for (const double zoom : withBaseline ? zooms : QList<double>()) {
        const double before = residentMiB();
        auto baseline = std::make_unique<Baseline>(package, zoom, content, clock.toMSecsSinceEpoch());
        theirs[zoom] = timeBaseline(*baseline, zoom, content, clock, rng);
        theirsMiB = std::max(theirsMiB, residentMiB() - before);
    }

    const auto baseline = [withBaseline](double value) { return withBaseline ? value : -1.0; };
    for (const double zoom : zooms) {
        const QString z = zoomName(zoom);
        report({QStringLiteral("map.frame.") + z, ours[zoom].frameMs, QStringLiteral("ms"),
                baseline(theirs[zoom].frameMs), false});
        report({QStringLiteral("map.update.") + z, ours[zoom].updateMs, QStringLiteral("ms"),
                baseline(theirs[zoom].updateMs), false});
    }
    report(
        {QStringLiteral("map.hittest"), ours[16.0].hitUs, QStringLiteral("us"), baseline(theirs[16.0].hitUs), false});
    report({QStringLiteral("map.hittest.z12"), ours[12.0].hitUs, QStringLiteral("us"), baseline(theirs[12.0].hitUs),
            false});
    report({QStringLiteral("map.memory"), oursMiB, QStringLiteral("MiB"), baseline(theirsMiB), false});
    return 0;
}

} // namespace lintas::bench
