#include "geo/routingnetwork.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <utility>

#include <QDateTime>
#include <QSet>

#include "geo/geodesy.h"
#include "geo/geolog.h"
#include "geo/mappackage.h"

namespace lintas::geo {

namespace {

constexpr double kMetresPerDegree = kEarthRadiusM * std::numbers::pi / 180.0;
constexpr double kInfinity = std::numeric_limits<double>::infinity();
// A road's stored shape must start and end on the graph's nodes (the builder snaps vertices together): if it
// does not, it belongs to some other road and the straight line is the honest answer.
constexpr double kShapeFitM = 5.0;
// The snapping grid: fine enough that a snap looks at a handful of segments, capped so that a country-sized
// package does not get a giant grid (cells grow instead).
constexpr double kFinestCellDeg = 0.0005; // about 55 m
constexpr double kMaxCells = 4.0e6;

enum ComponentBits : quint8
{
    kCarMain = 1,
    kCarReaches = 2,
    kMotorcycleMain = 4,
    kMotorcycleReaches = 8,
};

double segmentLengthM(const GeoPoint &a, const GeoPoint &b)
{
    return distanceM(a.lat, a.lon, b.lat, b.lon);
}

template <typename T> qint64 bytesOf(const QList<T> &list)
{
    return qint64(list.capacity()) * qint64(sizeof(T));
}

} // namespace

std::unique_ptr<RoutingNetwork> RoutingNetwork::load(const MapPackage &package, const TravelSpeeds &speeds,
                                                     QString *error)
{
    QString why;
    RoadGraph graph = package.loadGraph(&why);
    if (graph.isEmpty() || graph.edgeCount() == 0) {
        if (error)
            *error = why.isEmpty() ? tr("The map package %1 has no routable roads.").arg(package.path()) : why;
        return nullptr;
    }
    // The shapes of the roads the graph runs along: every drivable road of the package, in one read.
    GeoBounds bounds;
    for (int n = 0; n < graph.nodeCount(); ++n)
        bounds.extend(graph.node(n));
    bounds.extend(
        GeoBounds::fromCorners(bounds.south - 0.01, bounds.west - 0.01, bounds.north + 0.01, bounds.east + 0.01));
    QHash<qint64, QList<GeoPoint>> shapes;
    for (RoadPolyline &road : package.roadsIn(bounds, RoadClass::Road))
        shapes.insert(road.id, std::move(road.points));
    return std::unique_ptr<RoutingNetwork>(new RoutingNetwork(std::move(graph), speeds, shapes));
}

RoutingNetwork::RoutingNetwork(RoadGraph graph, const TravelSpeeds &speeds,
                               const QHash<qint64, QList<GeoPoint>> &shapes)
    : m_graph(std::move(graph))
{
    build(speeds, shapes);
}

void RoutingNetwork::build(const TravelSpeeds &speeds, const QHash<qint64, QList<GeoPoint>> &shapes)
{
    m_speeds = &speeds;
    const int nodes = m_graph.nodeCount();
    const int edges = m_graph.edgeCount();

    findTwins();
    buildShapes(shapes);

    // Reversed adjacency in compressed rows (counting sort by target), with each slot's source and travel times
    // beside it so that the search's inner loop reads one contiguous row.
    m_inFirst.fill(0, nodes + 1);
    for (int e = 0; e < edges; ++e)
        ++m_inFirst[m_graph.edgeTarget(e) + 1];
    for (int n = 0; n < nodes; ++n)
        m_inFirst[n + 1] += m_inFirst[n];
    m_inEdges.resize(edges);
    m_inArcs.resize(edges);
    {
        QList<int> next(m_inFirst.begin(), m_inFirst.end() - 1);
        for (int e = 0; e < edges; ++e) {
            const int slot = next[m_graph.edgeTarget(e)]++;
            m_inEdges[slot] = e;
            m_inArcs[slot] = InArc{m_graph.edgeSource(e), 0.0f, 0.0f, m_graph.edgeLengthM(e)};
        }
    }

    // Corridor speeds by edge, each distinct name matched once.
    m_corridorKmh.fill(0.0f, edges);
    QHash<QString, float> corridorByName;
    qint64 nameBytes = 0;
    for (int e = 0; e < edges; ++e) {
        const QString name = m_graph.edgeName(e);
        const auto found = corridorByName.constFind(name);
        float kmh = 0.0f;
        if (found == corridorByName.cend()) {
            const std::optional<double> corridor = speeds.corridorPeakKmh(name);
            kmh = corridor ? float(*corridor) : 0.0f;
            corridorByName.insert(name, kmh);
            nameBytes += qint64(name.size()) * 2 + 32;
        } else {
            kmh = *found;
        }
        if (speeds.corridorAppliesTo(m_graph.edgeClass(e)))
            m_corridorKmh[e] = kmh;
    }
    // RoadGraph's arrays: node point, first edge and degree; per edge source, target, length, class, road id,
    // name index, first and last vertex; and the names.
    m_graphBytes = qint64(nodes) * qint64(sizeof(GeoPoint) + sizeof(int) + sizeof(quint16)) +
                   qint64(edges) * qint64(6 * sizeof(int) + sizeof(float) + sizeof(RoadClass) + sizeof(qint64)) +
                   nameBytes;

    buildComponents();
    buildGrid();
    setHour(hourWib(QDateTime::currentMSecsSinceEpoch()));
}

void RoutingNetwork::findTwins()
{
    const int edges = m_graph.edgeCount();
    m_twin.fill(-1, edges);
    for (int e = 0; e < edges; ++e) {
        if (m_twin[e] >= 0)
            continue;
        const int u = m_graph.edgeSource(e);
        const int v = m_graph.edgeTarget(e);
        const float length = m_graph.edgeLengthM(e);
        int sameRoad = -1;
        int lookAlike = -1;
        for (int f = m_graph.firstEdge(v); f < m_graph.edgeEnd(v); ++f) {
            if (f == e || m_twin[f] >= 0 || m_graph.edgeTarget(f) != u)
                continue;
            if (m_graph.edgeRoadId(f) == m_graph.edgeRoadId(e) &&
                m_graph.edgeFirstVertex(f) == m_graph.edgeLastVertex(e) &&
                m_graph.edgeLastVertex(f) == m_graph.edgeFirstVertex(e) && m_graph.edgeRoadId(e) != 0) {
                sameRoad = f;
                break;
            }
            // Graphs without road ids (GraphML): the way back along the same street, by class, name and length.
            if (lookAlike < 0 && m_graph.edgeClass(f) == m_graph.edgeClass(e) &&
                m_graph.edgeName(f) == m_graph.edgeName(e) &&
                std::abs(m_graph.edgeLengthM(f) - length) <= std::max(0.5f, 0.005f * length))
                lookAlike = f;
        }
        const int twin = sameRoad >= 0 ? sameRoad : lookAlike;
        if (twin >= 0) {
            m_twin[e] = twin;
            m_twin[twin] = e;
        }
    }
}

int RoutingNetwork::shapeOwner(int edge) const
{
    const int twin = m_twin[edge];
    return (twin >= 0 && twin < edge) ? twin : edge;
}

void RoutingNetwork::buildShapes(const QHash<qint64, QList<GeoPoint>> &shapes)
{
    const int edges = m_graph.edgeCount();
    m_shapeStart.clear();
    m_points.clear();
    m_shapeLengthM.fill(0.0f, edges);
    m_shapeStart.reserve(edges + 1);
    int straight = 0;
    for (int e = 0; e < edges; ++e) {
        m_shapeStart.append(int(m_points.size()));
        if (shapeOwner(e) != e)
            continue; // read from the twin
        const GeoPoint from = m_graph.node(m_graph.edgeSource(e));
        const GeoPoint to = m_graph.node(m_graph.edgeTarget(e));
        QList<GeoPoint> shape;
        const auto road = shapes.constFind(m_graph.edgeRoadId(e));
        const int first = m_graph.edgeFirstVertex(e);
        const int last = m_graph.edgeLastVertex(e);
        if (road != shapes.cend() && first >= 0 && last >= 0 && first < road->size() && last < road->size() &&
            first != last) {
            const int step = first < last ? 1 : -1;
            for (int i = first;; i += step) {
                shape.append(road->at(i));
                if (i == last)
                    break;
            }
            const auto near = [](const GeoPoint &a, const GeoPoint &b) { return segmentLengthM(a, b) < kShapeFitM; };
            if (near(shape.first(), to) && near(shape.last(), from) && !near(shape.first(), from))
                std::reverse(shape.begin(), shape.end());
            if (!near(shape.first(), from) || !near(shape.last(), to))
                shape.clear();
        }
        if (shape.size() < 2) {
            shape = {from, to};
            if (road != shapes.cend())
                ++straight;
        }
        // Exactly on the nodes, so that consecutive edges of a route join without a gap.
        shape.first() = from;
        shape.last() = to;
        double length = 0.0;
        for (qsizetype i = 1; i < shape.size(); ++i)
            length += segmentLengthM(shape[i - 1], shape[i]);
        m_points.append(shape);
        m_shapeLengthM[e] = float(length);
    }
    m_shapeStart.append(int(m_points.size()));
    for (int e = 0; e < edges; ++e)
        if (shapeOwner(e) != e)
            m_shapeLengthM[e] = m_shapeLengthM[shapeOwner(e)];
    if (straight > 0)
        qCDebug(lcGeo) << straight << "edges drawn straight: their road's shape does not end on their nodes";
}

void RoutingNetwork::buildComponents()
{
    const int nodes = m_graph.nodeCount();
    const int edges = m_graph.edgeCount();
    m_component.fill(0, nodes);
    for (const Vehicle vehicle : {Vehicle::Car, Vehicle::Motorcycle}) {
        QList<bool> allowed(edges);
        for (int e = 0; e < edges; ++e)
            allowed[e] = TravelSpeeds::mayDrive(m_graph.edgeClass(e), vehicle);

        // Kosaraju. Pass 1: finishing order of an iterative depth-first search over the forward graph.
        QList<int> order;
        order.reserve(nodes);
        QList<bool> seen(nodes, false);
        QList<std::pair<int, int>> stack; // node, next out-edge to look at
        for (int root = 0; root < nodes; ++root) {
            if (seen[root])
                continue;
            seen[root] = true;
            stack.append({root, m_graph.firstEdge(root)});
            while (!stack.isEmpty()) {
                auto &[node, next] = stack.last();
                if (next < m_graph.edgeEnd(node)) {
                    const int e = next++;
                    const int target = m_graph.edgeTarget(e);
                    if (allowed[e] && !seen[target]) {
                        seen[target] = true;
                        stack.append({target, m_graph.firstEdge(target)});
                    }
                } else {
                    order.append(node);
                    stack.removeLast();
                }
            }
        }
        // Pass 2: components over the reversed graph in reverse finishing order.
        QList<int> component(nodes, -1);
        QList<int> sizes;
        QList<int> pending;
        for (qsizetype i = order.size() - 1; i >= 0; --i) {
            const int root = order[i];
            if (component[root] >= 0)
                continue;
            const int id = int(sizes.size());
            sizes.append(0);
            component[root] = id;
            pending.append(root);
            while (!pending.isEmpty()) {
                const int node = pending.takeLast();
                ++sizes[id];
                for (int s = m_inFirst[node]; s < m_inFirst[node + 1]; ++s) {
                    const int source = m_inArcs[s].source;
                    if (allowed[m_inEdges[s]] && component[source] < 0) {
                        component[source] = id;
                        pending.append(source);
                    }
                }
            }
        }
        if (sizes.isEmpty())
            continue;
        const int main = int(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
        const quint8 mainBit = vehicle == Vehicle::Car ? kCarMain : kMotorcycleMain;
        const quint8 reachesBit = vehicle == Vehicle::Car ? kCarReaches : kMotorcycleReaches;
        // Every node that can drive into the main component: backwards from it.
        pending.clear();
        for (int n = 0; n < nodes; ++n) {
            if (component[n] == main) {
                m_component[n] |= quint8(mainBit | reachesBit);
                pending.append(n);
            }
        }
        while (!pending.isEmpty()) {
            const int node = pending.takeLast();
            for (int s = m_inFirst[node]; s < m_inFirst[node + 1]; ++s) {
                const int source = m_inArcs[s].source;
                if (allowed[m_inEdges[s]] && !(m_component[source] & reachesBit)) {
                    m_component[source] |= reachesBit;
                    pending.append(source);
                }
            }
        }
    }
}

bool RoutingNetwork::isInMainComponent(int node, Vehicle vehicle) const
{
    return m_component[node] & (vehicle == Vehicle::Car ? kCarMain : kMotorcycleMain);
}

bool RoutingNetwork::reachesMainComponent(int node, Vehicle vehicle) const
{
    return m_component[node] & (vehicle == Vehicle::Car ? kCarReaches : kMotorcycleReaches);
}

void RoutingNetwork::buildGrid()
{
    m_cellFirst.clear();
    m_cellSegments.clear();
    m_gridColumns = 0;
    m_gridRows = 0;
    GeoBounds extent;
    for (const GeoPoint &p : std::as_const(m_points))
        extent.extend(p);
    if (!extent.isValid())
        return;
    m_cellDeg = kFinestCellDeg;
    const double width = extent.east - extent.west;
    const double height = extent.north - extent.south;
    if ((width / m_cellDeg + 1.0) * (height / m_cellDeg + 1.0) > kMaxCells)
        m_cellDeg = std::sqrt((width + m_cellDeg) * (height + m_cellDeg) / kMaxCells);
    m_gridWest = extent.west;
    m_gridSouth = extent.south;
    m_gridColumns = int(width / m_cellDeg) + 1;
    m_gridRows = int(height / m_cellDeg) + 1;

    const auto column = [this](double lon) {
        return std::clamp(int((lon - m_gridWest) / m_cellDeg), 0, m_gridColumns - 1);
    };
    const auto row = [this](double lat) { return std::clamp(int((lat - m_gridSouth) / m_cellDeg), 0, m_gridRows - 1); };
    // Every cell a segment's bounding box covers (segments are short: a few cells at most). Two passes, counting
    // then filling, give compressed rows without a per-cell list.
    const auto forEachCell = [&](const auto &visit) {
        for (int e = 0; e < m_graph.edgeCount(); ++e) {
            if (shapeOwner(e) != e || !isDrivable(m_graph.edgeClass(e)))
                continue;
            for (int i = m_shapeStart[e]; i + 1 < m_shapeStart[e + 1]; ++i) {
                const GeoPoint &a = m_points[i];
                const GeoPoint &b = m_points[i + 1];
                const int x0 = column(std::min(a.lon, b.lon));
                const int x1 = column(std::max(a.lon, b.lon));
                const int y0 = row(std::min(a.lat, b.lat));
                const int y1 = row(std::max(a.lat, b.lat));
                for (int y = y0; y <= y1; ++y)
                    for (int x = x0; x <= x1; ++x)
                        visit(y * m_gridColumns + x, e, i);
            }
        }
    };
    const qsizetype cells = qsizetype(m_gridColumns) * m_gridRows;
    m_cellFirst.fill(0, cells + 1);
    forEachCell([this](qsizetype cell, int, int) { ++m_cellFirst[cell + 1]; });
    for (qsizetype c = 0; c < cells; ++c)
        m_cellFirst[c + 1] += m_cellFirst[c];
    m_cellSegments.resize(m_cellFirst[cells]);
    QList<int> next(m_cellFirst.begin(), m_cellFirst.end() - 1);
    forEachCell([&](qsizetype cell, int e, int i) { m_cellSegments[next[cell]++] = {e, i}; });
}

void RoutingNetwork::setHour(int hourWib)
{
    m_hour = ((hourWib % 24) + 24) % 24;
    const int edges = m_graph.edgeCount();
    m_carSeconds.resize(edges);
    m_motorcycleSeconds.resize(edges);
    const auto seconds = [](double lengthM, double kmh) {
        return kmh > 0.0 ? float(lengthM / (kmh / 3.6)) : std::numeric_limits<float>::infinity();
    };
    for (int e = 0; e < edges; ++e) {
        const RoadClass roadClass = m_graph.edgeClass(e);
        const std::optional<double> corridor =
            m_corridorKmh[e] > 0.0f ? std::optional<double>(m_corridorKmh[e]) : std::nullopt;
        const double length = m_graph.edgeLengthM(e);
        // Dispatch estimates urgent driving: lights and siren.
        m_carSeconds[e] = seconds(length, m_speeds->speedKmh(roadClass, corridor, m_hour, Vehicle::Car, true));
        m_motorcycleSeconds[e] =
            seconds(length, m_speeds->speedKmh(roadClass, corridor, m_hour, Vehicle::Motorcycle, true));
    }
    for (int s = 0; s < edges; ++s) {
        m_inArcs[s].carSeconds = m_carSeconds[m_inEdges[s]];
        m_inArcs[s].motorcycleSeconds = m_motorcycleSeconds[m_inEdges[s]];
    }
}

double RoutingNetwork::edgeSeconds(int edge, Vehicle vehicle) const
{
    return vehicle == Vehicle::Car ? m_carSeconds[edge] : m_motorcycleSeconds[edge];
}

double RoutingNetwork::edgeLengthM(int edge) const
{
    return m_graph.edgeLengthM(edge);
}

std::optional<SnappedPoint> RoutingNetwork::snap(double lat, double lon, double maxDistanceM) const
{
    return snapAmong(lat, lon, maxDistanceM, -1);
}

std::optional<SnappedPoint> RoutingNetwork::snap(double lat, double lon, double maxDistanceM, Vehicle vehicle) const
{
    return snapAmong(lat, lon, maxDistanceM, int(vehicle));
}

std::optional<SnappedPoint> RoutingNetwork::snapAmong(double lat, double lon, double maxDistanceM,
                                                      int vehicleFilter) const
{
    if (m_gridColumns == 0 || !std::isfinite(lat) || !std::isfinite(lon))
        return std::nullopt;
    // Metres on a local plane around the query point: exact to well under a metre over a snapping radius.
    const double kx = std::cos(lat * std::numbers::pi / 180.0) * kMetresPerDegree;
    const double ky = kMetresPerDegree;
    const double cellM = m_cellDeg * std::min(kx, ky);
    const int cx = int(std::floor((lon - m_gridWest) / m_cellDeg));
    const int cy = int(std::floor((lat - m_gridSouth) / m_cellDeg));

    double best = kInfinity;
    int bestEdge = -1;
    int bestPoint = -1;
    double bestT = 0.0;
    const auto visitCell = [&](int x, int y) {
        if (x < 0 || y < 0 || x >= m_gridColumns || y >= m_gridRows)
            return;
        const qsizetype cell = qsizetype(y) * m_gridColumns + x;
        for (int s = m_cellFirst[cell]; s < m_cellFirst[cell + 1]; ++s) {
            const auto [edge, i] = m_cellSegments[s];
            if (vehicleFilter >= 0 && !TravelSpeeds::mayDrive(m_graph.edgeClass(edge), Vehicle(vehicleFilter)))
                continue;
            const GeoPoint &a = m_points[i];
            const GeoPoint &b = m_points[i + 1];
            const double ax = (a.lon - lon) * kx;
            const double ay = (a.lat - lat) * ky;
            const double dx = (b.lon - a.lon) * kx;
            const double dy = (b.lat - a.lat) * ky;
            const double lengthSquared = dx * dx + dy * dy;
            const double t = lengthSquared > 0.0 ? std::clamp(-(ax * dx + ay * dy) / lengthSquared, 0.0, 1.0) : 0.0;
            const double px = ax + t * dx;
            const double py = ay + t * dy;
            const double d = std::sqrt(px * px + py * py);
            if (d < best || (d == best && (edge < bestEdge || (edge == bestEdge && i < bestPoint)))) {
                best = d;
                bestEdge = edge;
                bestPoint = i;
                bestT = t;
            }
        }
    };
    // Rings of cells outwards. Anything in ring r is at least (r - 1) cells away, so once the best found is no
    // farther than that, nothing outside can beat it.
    const int maxRing = std::max(m_gridColumns, m_gridRows) + std::max(std::abs(cx), std::abs(cy)) + 1;
    for (int r = 0; r <= maxRing; ++r) {
        const double ringM = (r - 1) * cellM;
        if (ringM > maxDistanceM || best <= ringM)
            break;
        if (r == 0) {
            visitCell(cx, cy);
            continue;
        }
        for (int x = cx - r; x <= cx + r; ++x) {
            visitCell(x, cy - r);
            visitCell(x, cy + r);
        }
        for (int y = cy - r + 1; y <= cy + r - 1; ++y) {
            visitCell(cx - r, y);
            visitCell(cx + r, y);
        }
    }
    if (bestEdge < 0 || best > maxDistanceM)
        return std::nullopt;

    double along = 0.0;
    for (int i = m_shapeStart[bestEdge]; i < bestPoint; ++i)
        along += segmentLengthM(m_points[i], m_points[i + 1]);
    const GeoPoint &a = m_points[bestPoint];
    const GeoPoint &b = m_points[bestPoint + 1];
    along += bestT * segmentLengthM(a, b);
    const double length = m_shapeLengthM[bestEdge];
    SnappedPoint snapped;
    snapped.edge = bestEdge;
    snapped.twin = m_twin[bestEdge];
    snapped.fraction = length > 0.0 ? std::clamp(along / length, 0.0, 1.0) : 0.0;
    snapped.distanceM = best;
    snapped.point = GeoPoint{a.lat + (b.lat - a.lat) * bestT, a.lon + (b.lon - a.lon) * bestT};
    return snapped;
}

QList<GeoPoint> RoutingNetwork::edgeShape(int edge) const
{
    const int owner = shapeOwner(edge);
    QList<GeoPoint> points = m_points.mid(m_shapeStart[owner], m_shapeStart[owner + 1] - m_shapeStart[owner]);
    if (owner != edge)
        std::reverse(points.begin(), points.end());
    return points;
}

QList<GeoPoint> RoutingNetwork::edgeShapeBetween(int edge, double fromFraction, double toFraction) const
{
    if (fromFraction > toFraction) {
        QList<GeoPoint> points = edgeShapeBetween(edge, toFraction, fromFraction);
        std::reverse(points.begin(), points.end());
        return points;
    }
    const QList<GeoPoint> shape = edgeShape(edge);
    QList<double> along(shape.size(), 0.0);
    for (qsizetype i = 1; i < shape.size(); ++i)
        along[i] = along[i - 1] + segmentLengthM(shape[i - 1], shape[i]);
    const double length = along.last();
    const double from = std::clamp(fromFraction, 0.0, 1.0) * length;
    const double to = std::clamp(toFraction, 0.0, 1.0) * length;
    const auto pointAt = [&](double d) {
        qsizetype i = 0;
        while (i + 2 < shape.size() && along[i + 1] < d)
            ++i;
        const double span = along[i + 1] - along[i];
        const double t = span > 0.0 ? std::clamp((d - along[i]) / span, 0.0, 1.0) : 0.0;
        return GeoPoint{shape[i].lat + (shape[i + 1].lat - shape[i].lat) * t,
                        shape[i].lon + (shape[i + 1].lon - shape[i].lon) * t};
    };
    // The two ends and the vertices strictly between them (a vertex within a millimetre of an end is that end).
    constexpr double kSameM = 1e-3;
    QList<GeoPoint> out{pointAt(from)};
    for (qsizetype i = 1; i + 1 < shape.size(); ++i)
        if (along[i] > from + kSameM && along[i] < to - kSameM)
            out.append(shape[i]);
    out.append(pointAt(to));
    return out;
}

qint64 RoutingNetwork::memoryBytes() const
{
    return m_graphBytes + bytesOf(m_inFirst) + bytesOf(m_inEdges) + bytesOf(m_inArcs) + bytesOf(m_carSeconds) +
           bytesOf(m_motorcycleSeconds) + bytesOf(m_corridorKmh) + bytesOf(m_twin) + bytesOf(m_shapeStart) +
           bytesOf(m_points) + bytesOf(m_shapeLengthM) + bytesOf(m_component) + bytesOf(m_cellFirst) +
           bytesOf(m_cellSegments) + qint64(sizeof(RoutingNetwork));
}

} // namespace lintas::geo
