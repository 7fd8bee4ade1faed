#include "field/router.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

#include "field/trafficmodel.h"

namespace lintas::field {

Router::Router(const RoadNetwork &network)
    : m_network(network), m_cost(network.nodeCount(), std::numeric_limits<double>::infinity()),
      m_via(network.nodeCount(), -1)
{
}

std::optional<QList<int>> Router::route(int fromNode, int toNode, bool avoidMotorways)
{
    if (fromNode < 0 || toNode < 0)
        return std::nullopt;
    if (fromNode == toNode)
        return QList<int>();
    const geo::RoadGraph &graph = m_network.graph();
    for (int node : std::as_const(m_touched)) {
        m_cost[node] = std::numeric_limits<double>::infinity();
        m_via[node] = -1;
    }
    m_touched.clear();

    using Entry = std::pair<double, int>; // seconds from the start, node
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    m_cost[fromNode] = 0.0;
    m_touched.append(fromNode);
    open.push({0.0, fromNode});
    bool reached = false;
    while (!open.empty()) {
        const auto [cost, node] = open.top();
        open.pop();
        if (cost > m_cost[node])
            continue;
        if (node == toNode) {
            reached = true;
            break;
        }
        for (int e = graph.firstEdge(node); e < graph.edgeEnd(node); ++e) {
            const geo::RoadClass roadClass = graph.edgeClass(e);
            if (avoidMotorways && isTollRoad(roadClass))
                continue;
            const int target = graph.edgeTarget(e);
            const double next = cost + m_network.edgeLengthM(e) / (freeFlowKmh(roadClass) / 3.6);
            if (next < m_cost[target]) {
                if (std::isinf(m_cost[target]))
                    m_touched.append(target);
                m_cost[target] = next;
                m_via[target] = e;
                open.push({next, target});
            }
        }
    }
    if (!reached)
        return std::nullopt;
    QList<int> edges;
    for (int node = toNode; node != fromNode; node = graph.edgeSource(m_via[node]))
        edges.append(m_via[node]);
    std::reverse(edges.begin(), edges.end());
    return edges;
}

} // namespace lintas::field
