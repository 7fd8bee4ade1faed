#pragma once

#include <optional>

#include <QList>

#include "field/roadnetwork.h"

namespace lintas::field {

// Fastest routes over the road network by free-flow travel time (Dijkstra with a binary heap; it stops when
// the target is settled). Private to the field simulator: dispatch recommendation will bring the product's
// routing module, and this one only has to move simulated units plausibly.
class Router
{
public:
    explicit Router(const RoadNetwork &network);

    // The edges from one node to another, in order; an empty list when from == to, nothing when the target
    // cannot be reached. Motorcycles stay off the toll roads (they are barred from them in Indonesia).
    std::optional<QList<int>> route(int fromNode, int toNode, bool avoidMotorways);

private:
    const RoadNetwork &m_network;
    // Reused between queries; m_touched lists the entries to reset.
    QList<double> m_cost;
    QList<int> m_via;
    QList<int> m_touched;
};

} // namespace lintas::field
