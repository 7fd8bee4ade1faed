#include "field/roadnetwork.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <utility>

#include "geo/geodesy.h"

namespace lintas::field {

namespace {

constexpr double kMetresPerDegree = geo::kEarthRadiusM * std::numbers::pi / 180.0;
constexpr double kNearRoadM = 250.0;

bool isMotorway(geo::RoadClass roadClass)
{
    return roadClass == geo::RoadClass::Motorway || roadClass == geo::RoadClass::MotorwayLink;
}

// Distance from p to the segment a–b in metres, on a local flat projection around p (exact enough for the
// few hundred metres this is asked about).
double segmentDistanceM(const geo::GeoPoint &p, const geo::GeoPoint &a, const geo::GeoPoint &b)
{
    const double k = std::cos(p.lat * std::numbers::pi / 180.0);
    const double ax = (a.lon - p.lon) * k * kMetresPerDegree;
    const double ay = (a.lat - p.lat) * kMetresPerDegree;
    const double bx = (b.lon - p.lon) * k * kMetresPerDegree;
    const double by = (b.lat - p.lat) * kMetresPerDegree;
    const double dx = bx - ax;
    const double dy = by - ay;
    const double lengthSquared = dx * dx + dy * dy;
    double t = lengthSquared > 0.0 ? -(ax * dx + ay * dy) / lengthSquared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double x = ax + t * dx;
    const double y = ay + t * dy;
    return std::sqrt(x * x + y * y);
}

} // namespace

RoadNetwork::RoadNetwork(geo::RoadGraph graph) : m_graph(std::move(graph))
{
    setShapes({});
    analyse();
    index();
}

RoadNetwork::~RoadNetwork() = default;

std::unique_ptr<RoadNetwork> RoadNetwork::load(const QString &mapFile, QString *error)
{
    auto package = std::make_unique<geo::MapPackage>();
    QString why;
    if (!package->open(mapFile, &why)) {
        if (error)
            *error = why;
        return nullptr;
    }
    geo::RoadGraph graph = package->loadGraph(&why);
    if (graph.isEmpty() || graph.edgeCount() == 0) {
        if (error)
            *error = why.isEmpty() ? tr("The map package %1 has no road graph to drive on.").arg(mapFile) : why;
        return nullptr;
    }

    // The shapes of the roads the graph runs along. Every road of the package, in one read.
    geo::GeoBounds bounds = package->metadata().bounds;
    if (!bounds.isValid())
        bounds = geo::GeoBounds::fromCorners(-90.0, -180.0, 90.0, 180.0);
    QHash<qint64, QList<geo::GeoPoint>> roadPoints;
    for (geo::RoadPolyline &road : package->roadsIn(bounds))
        roadPoints.insert(road.id, std::move(road.points));

    std::unique_ptr<RoadNetwork> network(new RoadNetwork);
    network->m_graph = std::move(graph);
    network->setShapes(roadPoints);
    network->analyse();
    network->index();
    network->m_package = std::move(package);
    if (network->m_drivableCount == 0) {
        if (error)
            *error = tr("The road graph of %1 has no connected roads to drive on.").arg(mapFile);
        return nullptr;
    }
    return network;
}

void RoadNetwork::setShapes(const QHash<qint64, QList<geo::GeoPoint>> &roadPoints)
{
    const int edges = m_graph.edgeCount();
    m_shapeStart.clear();
    m_points.clear();
    m_along.clear();
    m_shapeLength.clear();
    m_shapeStart.reserve(edges + 1);
    m_shapeLength.reserve(edges);
    for (int e = 0; e < edges; ++e) {
        m_shapeStart.append(int(m_points.size()));
        const geo::GeoPoint from = m_graph.node(m_graph.edgeSource(e));
        const geo::GeoPoint to = m_graph.node(m_graph.edgeTarget(e));
        QList<geo::GeoPoint> shape;
        const auto road = roadPoints.constFind(m_graph.edgeRoadId(e));
        const int first = m_graph.edgeFirstVertex(e);
        const int last = m_graph.edgeLastVertex(e);
        if (road != roadPoints.constEnd() && first >= 0 && last >= 0 && first < road->size() && last < road->size() &&
            first != last) {
            const int step = first < last ? 1 : -1;
            for (int i = first;; i += step) {
                shape.append(road->at(i));
                if (i == last)
                    break;
            }
            // The graph's nodes are the road's vertices snapped together: the shape must start and end on
            // them, or it belongs to some other road and the straight line is the honest answer.
            const bool fits = geo::distanceM(shape.first().lat, shape.first().lon, from.lat, from.lon) < 5.0 &&
                              geo::distanceM(shape.last().lat, shape.last().lon, to.lat, to.lon) < 5.0;
            if (!fits)
                shape.clear();
        }
        if (shape.size() < 2)
            shape = {from, to};
        shape.first() = from;
        shape.last() = to;
        double along = 0.0;
        for (qsizetype i = 0; i < shape.size(); ++i) {
            if (i > 0)
                along += geo::distanceM(shape[i - 1].lat, shape[i - 1].lon, shape[i].lat, shape[i].lon);
            m_points.append(shape[i]);
            m_along.append(along);
        }
        m_shapeLength.append(along);
    }
    m_shapeStart.append(int(m_points.size()));
}

void RoadNetwork::analyse()
{
    const int n = m_graph.nodeCount();
    const int edges = m_graph.edgeCount();

    // The reverse graph in CSR form, for the second pass of Kosaraju's algorithm.
    QList<int> reverseStart(n + 1, 0);
    for (int e = 0; e < edges; ++e)
        ++reverseStart[m_graph.edgeTarget(e) + 1];
    for (int i = 0; i < n; ++i)
        reverseStart[i + 1] += reverseStart[i];
    QList<int> reverseSource(edges);
    {
        QList<int> next(reverseStart.begin(), reverseStart.end() - 1);
        for (int e = 0; e < edges; ++e)
            reverseSource[next[m_graph.edgeTarget(e)]++] = m_graph.edgeSource(e);
    }

    // Pass 1: finishing order of an iterative depth-first search over the forward graph.
    QList<int> order;
    order.reserve(n);
    QList<bool> seen(n, false);
    QList<std::pair<int, int>> stack; // node, next out-edge to look at
    for (int root = 0; root < n; ++root) {
        if (seen[root])
            continue;
        seen[root] = true;
        stack.append({root, m_graph.firstEdge(root)});
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            if (next < m_graph.edgeEnd(node)) {
                const int target = m_graph.edgeTarget(next++);
                if (!seen[target]) {
                    seen[target] = true;
                    stack.append({target, m_graph.firstEdge(target)});
                }
            } else {
                order.append(node);
                stack.removeLast();
            }
        }
    }

    // Pass 2: components of the reverse graph, taken in reverse finishing order.
    QList<int> component(n, -1);
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
            for (int r = reverseStart[node]; r < reverseStart[node + 1]; ++r) {
                const int source = reverseSource[r];
                if (component[source] < 0) {
                    component[source] = id;
                    pending.append(source);
                }
            }
        }
    }
    const int largest = sizes.isEmpty() ? -1 : int(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
    m_mainComponent.fill(false, n);
    m_drivableCount = 0;
    for (int i = 0; i < n; ++i) {
        if (component[i] == largest && sizes[largest] > 1) {
            m_mainComponent[i] = true;
            ++m_drivableCount;
        }
    }

    m_touchesMotorway.fill(false, n);
    m_onlyMotorway.fill(false, n);
    for (int node = 0; node < n; ++node) {
        bool any = false;
        bool all = m_graph.outDegree(node) > 0;
        for (int e = m_graph.firstEdge(node); e < m_graph.edgeEnd(node); ++e) {
            const bool motorway = isMotorway(m_graph.edgeClass(e));
            any = any || motorway;
            all = all && motorway;
        }
        m_onlyMotorway[node] = all;
        if (any)
            m_touchesMotorway[node] = true;
    }
    for (int e = 0; e < edges; ++e)
        if (isMotorway(m_graph.edgeClass(e)))
            m_touchesMotorway[m_graph.edgeTarget(e)] = true;
}

int RoadNetwork::cellX(double lon) const
{
    return int(std::floor(lon / m_cellDeg));
}
int RoadNetwork::cellY(double lat) const
{
    return int(std::floor(lat / m_cellDeg));
}

void RoadNetwork::index()
{
    m_nodeCells.clear();
    m_segmentCells.clear();
    for (int node = 0; node < m_graph.nodeCount(); ++node) {
        if (!m_mainComponent[node])
            continue;
        const geo::GeoPoint p = m_graph.node(node);
        m_nodeCells[cellKey(cellX(p.lon), cellY(p.lat))].append(node);
    }
    for (int e = 0; e < m_graph.edgeCount(); ++e) {
        for (int i = m_shapeStart[e]; i + 1 < m_shapeStart[e + 1]; ++i) {
            const geo::GeoPoint &a = m_points[i];
            const geo::GeoPoint &b = m_points[i + 1];
            const int x0 = cellX(std::min(a.lon, b.lon));
            const int x1 = cellX(std::max(a.lon, b.lon));
            const int y0 = cellY(std::min(a.lat, b.lat));
            const int y1 = cellY(std::max(a.lat, b.lat));
            for (int x = x0; x <= x1; ++x)
                for (int y = y0; y <= y1; ++y)
                    m_segmentCells[cellKey(x, y)].append({e, i});
        }
    }
}

EdgePoint RoadNetwork::pointAlong(int edge, double offsetM) const
{
    const int begin = m_shapeStart[edge];
    const int end = m_shapeStart[edge + 1];
    const double length = m_shapeLength[edge];
    const double at = std::clamp(offsetM, 0.0, length);
    // The segment [i, i + 1] holding `at`: the last point whose distance along is <= at.
    int i = int(std::upper_bound(m_along.begin() + begin, m_along.begin() + end, at) - m_along.begin()) - 1;
    i = std::clamp(i, begin, end - 2);
    const geo::GeoPoint &a = m_points[i];
    const geo::GeoPoint &b = m_points[i + 1];
    const double span = m_along[i + 1] - m_along[i];
    const double t = span > 0.0 ? std::clamp((at - m_along[i]) / span, 0.0, 1.0) : 0.0;
    EdgePoint out;
    out.point = geo::GeoPoint{a.lat + (b.lat - a.lat) * t, a.lon + (b.lon - a.lon) * t};
    out.headingDeg = span > 0.0 ? geo::bearingDeg(a.lat, a.lon, b.lat, b.lon) : 0.0;
    return out;
}

QList<geo::GeoPoint> RoadNetwork::edgeShape(int edge) const
{
    return m_points.mid(m_shapeStart[edge], m_shapeStart[edge + 1] - m_shapeStart[edge]);
}

int RoadNetwork::nearestDrivableNode(double lat, double lon) const
{
    if (m_drivableCount == 0)
        return -1;
    const int cx = cellX(lon);
    const int cy = cellY(lat);
    const double cellM = m_cellDeg * kMetresPerDegree * std::cos(lat * std::numbers::pi / 180.0);
    int best = -1;
    double bestM = std::numeric_limits<double>::infinity();
    // Rings of cells outwards; a node in ring r is at least (r - 1) cells away, so stop once that is farther
    // than the best found.
    for (int r = 0; r <= 250; ++r) {
        if (best >= 0 && (r - 1) * cellM > bestM)
            return best;
        for (int x = cx - r; x <= cx + r; ++x) {
            for (int y = cy - r; y <= cy + r; ++y) {
                if (std::max(std::abs(x - cx), std::abs(y - cy)) != r)
                    continue;
                const auto cell = m_nodeCells.constFind(cellKey(x, y));
                if (cell == m_nodeCells.constEnd())
                    continue;
                for (int node : *cell) {
                    const geo::GeoPoint p = m_graph.node(node);
                    const double d = geo::distanceM(lat, lon, p.lat, p.lon);
                    if (d < bestM) {
                        bestM = d;
                        best = node;
                    }
                }
            }
        }
    }
    if (best >= 0)
        return best;
    // Far outside the map: the nearest of all.
    for (int node = 0; node < m_graph.nodeCount(); ++node) {
        if (!m_mainComponent[node])
            continue;
        const geo::GeoPoint p = m_graph.node(node);
        const double d = geo::distanceM(lat, lon, p.lat, p.lon);
        if (d < bestM) {
            bestM = d;
            best = node;
        }
    }
    return best;
}

QList<int> RoadNetwork::drivableNodesWithin(double lat, double lon, double radiusM) const
{
    QList<int> out;
    const double dLat = radiusM / kMetresPerDegree;
    const double dLon = dLat / std::max(0.01, std::cos(lat * std::numbers::pi / 180.0));
    for (int x = cellX(lon - dLon); x <= cellX(lon + dLon); ++x) {
        for (int y = cellY(lat - dLat); y <= cellY(lat + dLat); ++y) {
            const auto cell = m_nodeCells.constFind(cellKey(x, y));
            if (cell == m_nodeCells.constEnd())
                continue;
            for (int node : *cell) {
                const geo::GeoPoint p = m_graph.node(node);
                if (geo::distanceM(lat, lon, p.lat, p.lon) <= radiusM)
                    out.append(node);
            }
        }
    }
    std::sort(out.begin(), out.end()); // independent of the hash's order, for determinism
    return out;
}

double RoadNetwork::distanceToNearestEdgeM(double lat, double lon) const
{
    const QList<NearEdge> near = edgesNear(lat, lon, kNearRoadM);
    return near.isEmpty() ? std::numeric_limits<double>::infinity() : near.first().distanceM;
}

QList<RoadNetwork::NearEdge> RoadNetwork::edgesNear(double lat, double lon, double radiusM) const
{
    const double radius = std::min(radiusM, kNearRoadM);
    const double cellM = m_cellDeg * kMetresPerDegree * std::cos(lat * std::numbers::pi / 180.0);
    const int reach = int(std::ceil(radius / cellM));
    const int cx = cellX(lon);
    const int cy = cellY(lat);
    const geo::GeoPoint p{lat, lon};
    QHash<int, double> best;
    for (int x = cx - reach; x <= cx + reach; ++x) {
        for (int y = cy - reach; y <= cy + reach; ++y) {
            const auto cell = m_segmentCells.constFind(cellKey(x, y));
            if (cell == m_segmentCells.constEnd())
                continue;
            for (const auto &[edge, i] : *cell) {
                const double d = segmentDistanceM(p, m_points[i], m_points[i + 1]);
                if (d > radius)
                    continue;
                const auto known = best.find(edge);
                if (known == best.end())
                    best.insert(edge, d);
                else if (d < *known)
                    *known = d;
            }
        }
    }
    QList<NearEdge> out;
    out.reserve(best.size());
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const NearEdge &a, const NearEdge &b) {
        return a.distanceM != b.distanceM ? a.distanceM < b.distanceM : a.edge < b.edge;
    });
    return out;
}

QString RoadNetwork::streetNameNear(double lat, double lon) const
{
    if (!m_package)
        return {};
    const auto road = m_package->nearestRoad(lat, lon, kNearRoadM, geo::MapPackage::RoadFilter::NamedStreet);
    return road ? road->name : QString();
}

std::optional<geo::Sector> RoadNetwork::sectorAt(double lat, double lon) const
{
    if (!m_package)
        return std::nullopt;
    return m_package->sectorAt(lat, lon);
}

} // namespace lintas::field
