#pragma once

#include <optional>
#include <utility>
#include <vector>

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
    // the target (a motorcycle whose only way is a toll road) are left out. An origin exactly at the start of
    // its edge (fraction 0) stands on that node and may leave along any road from it; a target exactly at the
    // end of its edge (fraction 1) is that node, whichever road arrives there.
    QList<RouteReach> toTarget(const SnappedPoint &target, const QList<RouteOrigin> &origins, int k, Vehicle vehicle,
                               double maxSeconds = 3600.0);

    // Plain node-to-node fastest travel time (tests compare it with an independent Dijkstra); nothing when
    // unreachable.
    std::optional<double> secondsBetween(int fromNode, int toNode, Vehicle vehicle);

    // The fastest route from an origin to the target with its shape, for drawing; nothing when unreachable.
    std::optional<RouteGeometry> route(const SnappedPoint &from, const SnappedPoint &to, Vehicle vehicle);

    // Nodes settled by the last search (the benchmark reports it).
    int lastSettledCount() const { return m_lastSettled; }

private:
    // Where one origin stands and how it best reaches the target so far.
    struct OriginState
    {
        double seconds;
        double meters;
        int edge = -1;           // the origin's edge the best way leaves along (its own or the twin)
        double fraction = 0.0;   // where on that edge it starts
        bool fromSource = false; // standing at the edge's source node (fraction 0): leaves along any road from it
        int targetEdge = -1;     // >= 0: the best way stays on this one edge to the target (same-edge case)
        double targetFraction = 0.0;
        bool done = false;
    };
    // A target end: the search starts from `node` having `seconds` (of edge, up to fraction) still to drive;
    // edge -1 when the target stands on the node itself.
    struct Seed
    {
        int node;
        int edge;
        double fraction;
        double seconds;
        double meters;
    };
    // One origin position attached to the node its edge leads to.
    struct Attachment
    {
        int origin;
        int next; // next attachment of the same node, -1 at the end
        int edge;
        double fraction;
        bool fromSource;
        double seconds; // the rest of the edge
        double meters;
    };
    using HeapEntry = std::pair<double, int>; // seconds, node
    // Origins by best known seconds, equal times by the caller's id.
    struct PendingEntry
    {
        double seconds;
        int id;
        int origin;
        friend bool operator>(const PendingEntry &a, const PendingEntry &b)
        {
            return a.seconds != b.seconds ? a.seconds > b.seconds : (a.id != b.id ? a.id > b.id : a.origin > b.origin);
        }
    };

    void reset();
    void touch(int node);
    // The reversed search behind toTarget() and route(): fills m_origins and returns the finalised origins
    // (index into `origins`) in order of travel time.
    QList<int> search(const SnappedPoint &target, const QList<RouteOrigin> &origins, int k, Vehicle vehicle,
                      double maxSeconds);

    const RoutingNetwork &m_network;
    // Per node. The seconds are what the inner loop reads for every edge it relaxes, so they have an array of
    // their own (a quarter of a megabyte for a city): the rest is written only when a node's time improves.
    std::vector<double> m_seconds; // best seconds to the target so far
    std::vector<double> m_meters;  // the metres of that way
    std::vector<int> m_via;        // the in-edge slot it leaves by; -1 - seed index at a target end
    std::vector<int> m_attachHead; // the first origin attached here, -1 for none
    std::vector<int> m_touched;    // nodes whose state is not the initial one
    int m_lastSettled = 0;
    std::vector<Attachment> m_attachments;
    std::vector<OriginState> m_origins;
    std::vector<Seed> m_seeds;
    std::vector<HeapEntry> m_heap;
    std::vector<PendingEntry> m_pending;
};

} // namespace lintas::geo
