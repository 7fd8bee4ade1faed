#pragma once

#include <optional>

#include <QList>

#include "geo/routingnetwork.h"

namespace lintas::geo {

// One candidate start for a one-to-many search: a unit's snapped position.
struct RouteOrigin
{
    int id = -1; // the caller's index (position in its unit list)
    SnappedPoint at;
};

// A settled origin: the fastest way from it to the target.
struct RouteReach
{
    int id = -1;
    double seconds = 0.0; // travel time over the road network
    double meters = 0.0;  // length of that fastest route
};

// A route for drawing: its shape from the origin to the target, with time and length.
struct RouteGeometry
{
    QList<GeoPoint> points;
    double seconds = 0.0;
    double meters = 0.0;
};

// Travel-time searches on a RoutingNetwork. One instance per thread: it keeps its work arrays between queries
// (reset by a touched list, so a query costs what it visits, not the graph size).
//
// toTarget() is the dispatch question, "how long from each unit to the incident": ONE Dijkstra from the target
// over the reversed graph (so one-way streets are respected in the direction the units drive), settling
// origins as it meets them, stopping once `k` origins are settled or maxSeconds is passed. Partial edges at
// both ends count: a unit halfway along an edge has only the rest of it to drive, and a target mid-edge is
// reached from its edge's source (or from the twin's source on a two-way road).
class TravelTimeSearch
{
public:
    explicit TravelTimeSearch(const RoutingNetwork &network);

    // The best k origins by travel time to the target, fastest first (ties by id). Origins that cannot reach
    // the target (a motorcycle whose only way is a toll road) are left out.
    QList<RouteReach> toTarget(const SnappedPoint &target, const QList<RouteOrigin> &origins, int k,
                               Vehicle vehicle, double maxSeconds = 3600.0);

    // Plain node-to-node fastest travel time (tests compare it with an independent Dijkstra); nothing when
    // unreachable.
    std::optional<double> secondsBetween(int fromNode, int toNode, Vehicle vehicle);

    // The fastest route from an origin to the target with its shape, for drawing; nothing when unreachable.
    std::optional<RouteGeometry> route(const SnappedPoint &from, const SnappedPoint &to, Vehicle vehicle);

    // Nodes settled by the last search (the benchmark reports it).
    int lastSettledCount() const { return m_lastSettled; }

private:
    const RoutingNetwork &m_network;
    QList<double> m_cost;
    QList<double> m_meters;
    QList<int> m_via; // edge taken, for route()
    QList<int> m_touched;
    int m_lastSettled = 0;
};

} // namespace lintas::geo
