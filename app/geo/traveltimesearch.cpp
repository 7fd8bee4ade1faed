#include "geo/traveltimesearch.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace lintas::geo {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// A binary min-heap on a vector the search keeps between queries (std::priority_queue cannot be cleared without
// giving up its memory). Written out for the node heap: the search's inner loop, compared on seconds only.
inline void pushNode(std::vector<std::pair<double, int>> &heap, double seconds, int node)
{
    std::size_t i = heap.size();
    heap.emplace_back(seconds, node);
    std::pair<double, int> *h = heap.data();
    while (i > 0) {
        const std::size_t parent = (i - 1) / 2;
        if (!(seconds < h[parent].first))
            break;
        h[i] = h[parent];
        i = parent;
    }
    h[i] = {seconds, node};
}

inline std::pair<double, int> popNode(std::vector<std::pair<double, int>> &heap)
{
    std::pair<double, int> *h = heap.data();
    const std::pair<double, int> top = h[0];
    const std::pair<double, int> last = h[heap.size() - 1];
    heap.pop_back();
    const std::size_t size = heap.size();
    if (size == 0)
        return top;
    std::size_t i = 0;
    for (;;) {
        std::size_t child = 2 * i + 1;
        if (child >= size)
            break;
        if (child + 1 < size && h[child + 1].first < h[child].first)
            ++child;
        if (!(h[child].first < last.first))
            break;
        h[i] = h[child];
        i = child;
    }
    h[i] = last;
    return top;
}

// The origins' heap is small (one entry per improvement of an origin): the standard algorithms do.
template <typename Entry> void heapPush(std::vector<Entry> &heap, Entry entry)
{
    heap.push_back(entry);
    std::push_heap(heap.begin(), heap.end(), std::greater<Entry>());
}

template <typename Entry> Entry heapPop(std::vector<Entry> &heap)
{
    std::pop_heap(heap.begin(), heap.end(), std::greater<Entry>());
    const Entry top = heap.back();
    heap.pop_back();
    return top;
}

} // namespace

TravelTimeSearch::TravelTimeSearch(const RoutingNetwork &network)
    : m_network(network), m_seconds(std::size_t(network.nodeCount()), kInfinity),
      m_meters(std::size_t(network.nodeCount()), 0.0), m_via(std::size_t(network.nodeCount()), -1),
      m_attachHead(std::size_t(network.nodeCount()), -1)
{
}

void TravelTimeSearch::reset()
{
    for (const int node : m_touched) {
        const auto n = std::size_t(node);
        m_seconds[n] = kInfinity;
        m_meters[n] = 0.0;
        m_via[n] = -1;
        m_attachHead[n] = -1;
    }
    m_touched.clear();
    m_heap.clear();
    m_pending.clear();
    m_seeds.clear();
    m_attachments.clear();
    m_origins.clear();
    m_lastSettled = 0;
}

void TravelTimeSearch::touch(int node)
{
    if (m_seconds[std::size_t(node)] == kInfinity && m_attachHead[std::size_t(node)] < 0)
        m_touched.push_back(node);
}

QList<int> TravelTimeSearch::search(const SnappedPoint &target, const QList<RouteOrigin> &origins, int k,
                                    Vehicle vehicle, double maxSeconds)
{
    reset();
    const RoadGraph &graph = m_network.graph();
    m_origins.assign(std::size_t(origins.size()), OriginState{kInfinity, 0.0});
    QList<int> finalised;
    if (!target.isValid() || k <= 0 || origins.isEmpty())
        return finalised;

    // The target's ends: on its edge at fraction g it is reached from the edge's source after g of the edge,
    // and on a two-way road from the twin's source after 1 - g of the twin.
    const auto addSeed = [&](const Seed &seed) {
        m_seeds.push_back(seed);
        const auto n = std::size_t(seed.node);
        if (seed.seconds < m_seconds[n]) {
            touch(seed.node);
            m_seconds[n] = seed.seconds;
            m_meters[n] = seed.meters;
            m_via[n] = -1 - int(m_seeds.size() - 1);
            pushNode(m_heap, seed.seconds, seed.node);
        }
    };
    const auto addEdgeSeed = [&](int edge, double fraction) {
        if (edge < 0)
            return;
        const double seconds = m_network.edgeSeconds(edge, vehicle);
        if (!std::isfinite(seconds))
            return; // a motorcycle may not drive this road
        addSeed(
            Seed{graph.edgeSource(edge), edge, fraction, fraction * seconds, fraction * m_network.edgeLengthM(edge)});
        // At the very end of a one-way edge the target is its end node, which other roads lead to as well.
        if (fraction >= 1.0)
            addSeed(Seed{graph.edgeTarget(edge), -1, 0.0, 0.0, 0.0});
    };
    addEdgeSeed(target.edge, target.fraction);
    addEdgeSeed(target.twin, 1.0 - target.fraction);

    // When the target is in the network's main part, an origin that cannot drive into that part can never
    // reach it: leave it out rather than search the whole network for it.
    bool prunable = !m_seeds.empty();
    for (const Seed &seed : m_seeds)
        prunable = prunable && m_network.isInMainComponent(seed.node, vehicle);

    const auto improve = [&](int o, double seconds, double meters, int edge, double fraction, bool fromSource,
                             int targetEdge, double targetFraction) {
        OriginState &state = m_origins[std::size_t(o)];
        if (seconds >= state.seconds)
            return;
        state.seconds = seconds;
        state.meters = meters;
        state.edge = edge;
        state.fraction = fraction;
        state.fromSource = fromSource;
        state.targetEdge = targetEdge;
        state.targetFraction = targetFraction;
        heapPush(m_pending, PendingEntry{seconds, origins.at(o).id, o});
    };

    int reachable = 0;
    bool possible = false;
    const auto attach = [&](int node, const Attachment &attachment) {
        if (prunable && !m_network.reachesMainComponent(node, vehicle))
            return; // it can never get there
        touch(node);
        m_attachments.push_back(attachment);
        m_attachments.back().next = m_attachHead[std::size_t(node)];
        m_attachHead[std::size_t(node)] = int(m_attachments.size() - 1);
        possible = true;
    };
    for (int o = 0; o < int(origins.size()); ++o) {
        const SnappedPoint &at = origins.at(o).at;
        if (!at.isValid())
            continue;
        possible = false;
        const std::pair<int, double> positions[2] = {{at.edge, at.fraction}, {at.twin, 1.0 - at.fraction}};
        for (const auto &[edge, fraction] : positions) {
            if (edge < 0)
                continue;
            const double seconds = m_network.edgeSeconds(edge, vehicle);
            if (!std::isfinite(seconds))
                continue;
            const double length = m_network.edgeLengthM(edge);
            // Already on the target's edge, before the target: straight there.
            for (const Seed &seed : m_seeds) {
                if (seed.edge == edge && fraction <= seed.fraction) {
                    improve(o, (seed.fraction - fraction) * seconds, (seed.fraction - fraction) * length, edge,
                            fraction, false, edge, seed.fraction);
                    possible = true;
                }
            }
            // Otherwise the rest of the edge, then on from its end node; a unit standing at the edge's start may
            // as well take any other road from there.
            attach(graph.edgeTarget(edge),
                   Attachment{o, -1, edge, fraction, false, (1.0 - fraction) * seconds, (1.0 - fraction) * length});
            if (fraction <= 0.0)
                attach(graph.edgeSource(edge), Attachment{o, -1, edge, 0.0, true, 0.0, 0.0});
        }
        if (possible)
            ++reachable;
    }
    const int limit = std::min(k, reachable);
    if (limit == 0)
        return finalised;

    // The inner loop reads the packed arrays directly.
    double *secondsTo = m_seconds.data();
    double *metersTo = m_meters.data();
    int *via = m_via.data();
    const int *attachHead = m_attachHead.data();
    const RoutingNetwork::InArc *arcs = m_network.inArcs();
    const int *inFirst = m_network.inFirst();
    const bool car = vehicle == Vehicle::Car;
    for (;;) {
        // Origins whose best is no slower than anything still to be settled are final (ties wait, so that
        // equal times are decided by id, not by discovery order).
        const double frontier = m_heap.empty() ? kInfinity : m_heap.front().first;
        while (!m_pending.empty() && (m_pending.front().seconds < frontier || m_heap.empty())) {
            const PendingEntry entry = heapPop(m_pending);
            OriginState &state = m_origins[std::size_t(entry.origin)];
            if (state.done || entry.seconds != state.seconds)
                continue; // superseded
            if (entry.seconds > maxSeconds)
                return finalised; // everything left is slower still
            state.done = true;
            finalised.append(entry.origin);
            if (finalised.size() >= limit)
                return finalised;
        }
        if (m_heap.empty())
            break;

        const auto [cost, node] = popNode(m_heap);
        if (cost > secondsTo[node])
            continue; // a stale entry
        if (cost > maxSeconds)
            break;
        ++m_lastSettled;
        const double meters = metersTo[node];
        for (int a = attachHead[node]; a >= 0; a = m_attachments[std::size_t(a)].next) {
            const Attachment &at = m_attachments[std::size_t(a)];
            improve(at.origin, cost + at.seconds, meters + at.meters, at.edge, at.fraction, at.fromSource, -1, 0.0);
        }
        for (int slot = inFirst[node], end = inFirst[node + 1]; slot < end; ++slot) {
            const RoutingNetwork::InArc &arc = arcs[slot];
            const double next = cost + double(car ? arc.carSeconds : arc.motorcycleSeconds); // +inf: may not drive
            const int source = arc.source;
            if (next < secondsTo[source]) {
                if (secondsTo[source] == kInfinity && attachHead[source] < 0)
                    m_touched.push_back(source);
                secondsTo[source] = next;
                metersTo[source] = meters + double(arc.lengthM);
                via[source] = slot;
                pushNode(m_heap, next, source);
            }
        }
    }
    return finalised;
}

QList<RouteReach> TravelTimeSearch::toTarget(const SnappedPoint &target, const QList<RouteOrigin> &origins, int k,
                                             Vehicle vehicle, double maxSeconds)
{
    const QList<int> finalised = search(target, origins, k, vehicle, maxSeconds);
    QList<RouteReach> reaches;
    reaches.reserve(finalised.size());
    for (const int o : finalised) {
        const OriginState &state = m_origins[std::size_t(o)];
        reaches.append(RouteReach{origins.at(o).id, state.seconds, state.meters});
    }
    std::stable_sort(reaches.begin(), reaches.end(), [](const RouteReach &a, const RouteReach &b) {
        return a.seconds != b.seconds ? a.seconds < b.seconds : a.id < b.id;
    });
    return reaches;
}

std::optional<double> TravelTimeSearch::secondsBetween(int fromNode, int toNode, Vehicle vehicle)
{
    reset();
    const RoadGraph &graph = m_network.graph();
    if (fromNode < 0 || toNode < 0 || fromNode >= graph.nodeCount() || toNode >= graph.nodeCount())
        return std::nullopt;
    // A plain forward Dijkstra over the out-edges: the other direction from toTarget(), so the two check each
    // other as well as being checked against an independent implementation.
    double *secondsFrom = m_seconds.data();
    touch(fromNode);
    secondsFrom[fromNode] = 0.0;
    pushNode(m_heap, 0.0, fromNode);
    while (!m_heap.empty()) {
        const auto [cost, node] = popNode(m_heap);
        if (cost > secondsFrom[node])
            continue;
        if (node == toNode)
            return cost;
        ++m_lastSettled;
        for (int e = graph.firstEdge(node), end = graph.edgeEnd(node); e < end; ++e) {
            const double seconds = m_network.edgeSeconds(e, vehicle);
            if (seconds == kInfinity)
                continue;
            const int target = graph.edgeTarget(e);
            const double next = cost + seconds;
            if (next < secondsFrom[target]) {
                touch(target);
                secondsFrom[target] = next;
                pushNode(m_heap, next, target);
            }
        }
    }
    return std::nullopt;
}

std::optional<RouteGeometry> TravelTimeSearch::route(const SnappedPoint &from, const SnappedPoint &to, Vehicle vehicle)
{
    const QList<RouteOrigin> origin{RouteOrigin{0, from}};
    if (search(to, origin, 1, vehicle, kInfinity).isEmpty())
        return std::nullopt;
    const OriginState &state = m_origins.front();
    RouteGeometry geometry;
    geometry.seconds = state.seconds;
    geometry.meters = state.meters;
    if (state.targetEdge >= 0) {
        geometry.points = m_network.edgeShapeBetween(state.edge, state.fraction, state.targetFraction);
        return geometry;
    }
    const auto append = [&geometry](const QList<GeoPoint> &points) {
        // Consecutive pieces share their joining point.
        for (const GeoPoint &p : points)
            if (geometry.points.isEmpty() || !(geometry.points.last() == p))
                geometry.points.append(p);
    };
    const RoadGraph &graph = m_network.graph();
    int node = 0;
    if (state.fromSource) {
        node = graph.edgeSource(state.edge);
        append({graph.node(node)});
    } else {
        append(m_network.edgeShapeBetween(state.edge, state.fraction, 1.0));
        node = graph.edgeTarget(state.edge);
    }
    for (int steps = 0; m_via[std::size_t(node)] >= 0 && steps < graph.nodeCount(); ++steps) {
        const int edge = m_network.inEdge(m_via[std::size_t(node)]);
        append(m_network.edgeShape(edge));
        node = graph.edgeTarget(edge);
    }
    const int seedIndex = -1 - m_via[std::size_t(node)];
    if (seedIndex < 0 || seedIndex >= int(m_seeds.size()))
        return std::nullopt; // cannot happen for a settled origin; never draw a broken route
    const Seed &seed = m_seeds[std::size_t(seedIndex)];
    if (seed.edge >= 0)
        append(m_network.edgeShapeBetween(seed.edge, 0.0, seed.fraction));
    if (geometry.points.size() == 1)
        geometry.points.append(geometry.points.first()); // already there: a route of one point, drawn as two
    return geometry;
}

} // namespace lintas::geo
