#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include "geo/geobounds.h"
#include "geo/roadgraph.h"
#include "geo/travelspeeds.h"

namespace lintas::geo {

class MapPackage;

// A point on the road network: the directed edge it lies on and how far along it. Snapping looks at both
// directions of a two-way road; `edge` is the one whose direction the snapped point was reached in, and
// `twin` the opposite edge of a two-way road (-1 on a one-way road).
struct SnappedPoint
{
    int edge = -1;
    int twin = -1;
    double fraction = 0.0;  // 0 at the edge's source node, 1 at its target
    double distanceM = 0.0; // from the original point to the road
    GeoPoint point;         // the snapped point on the edge's shape
    bool isValid() const { return edge >= 0; }
};

// The routing graph of a map package made ready for travel-time searches: the directed edges with their shapes,
// forward and reversed adjacency in compressed rows, per-edge travel times for a vehicle and hour, and a grid
// index over edge segments for snapping positions to the nearest road.
//
// Immutable after load() and setHour(); a const RoutingNetwork may be searched from several threads at once, each
// with its own TravelTimeSearch. Loading reads the package on the calling thread.
class RoutingNetwork
{
    Q_DECLARE_TR_FUNCTIONS(lintas::geo::RoutingNetwork)

public:
    // From a map package's graph and road shapes. Null with *error when it has no routable roads.
    static std::unique_ptr<RoutingNetwork> load(const MapPackage &package, const TravelSpeeds &speeds,
                                                QString *error = nullptr);
    // A hand-built or test network (GraphML): edges run straight from node to node unless shapes are given by
    // road id (the road's points; an edge uses its firstVertex..lastVertex slice, reversed when the slice
    // runs backwards).
    RoutingNetwork(RoadGraph graph, const TravelSpeeds &speeds, const QHash<qint64, QList<GeoPoint>> &shapes = {});

    const RoadGraph &graph() const { return m_graph; }
    int nodeCount() const { return m_graph.nodeCount(); }
    int edgeCount() const { return m_graph.edgeCount(); }

    // Recomputes every edge's travel time for an hour of day (WIB). Not thread-safe against running searches:
    // the owner calls it between searches (the dispatch advisor does so when the hour changes).
    void setHour(int hourWib);
    int hour() const { return m_hour; }

    // Travel time of a whole edge in seconds for a vehicle (urgent driving); +infinity where the vehicle may
    // not drive (motorcycles on toll roads).
    double edgeSeconds(int edge, Vehicle vehicle) const;
    double edgeLengthM(int edge) const;

    // Reversed adjacency: the edges entering node n are inEdge(i) for i in [firstInEdge(n), inEdgeEnd(n)).
    int firstInEdge(int n) const { return m_inFirst[n]; }
    int inEdgeEnd(int n) const { return m_inFirst[n + 1]; }
    int inEdge(int i) const { return m_inEdges[i]; }

    // The nearest point on a drivable edge within maxDistanceM, using the segment grid; nothing when no road is
    // that close. Deterministic: ties go to the lower edge index.
    std::optional<SnappedPoint> snap(double lat, double lon, double maxDistanceM = 500.0) const;
    // The same, among the edges this vehicle may drive on: a motorcycle beside an elevated toll road snaps to
    // the street below it, not to the toll road it may not use.
    std::optional<SnappedPoint> snap(double lat, double lon, double maxDistanceM, Vehicle vehicle) const;

    // The opposite direction of a two-way road's edge (same road, swapped ends), or -1.
    int twinEdge(int edge) const { return m_twin[edge]; }
    // The reversed adjacency packed for the search's inner loop: in-edge slot i's source node, travel times and
    // length side by side (the same values as edgeSource(inEdge(i)), edgeSeconds(inEdge(i), …) and
    // edgeLengthM(inEdge(i))), so that relaxing a node's in-edges reads one contiguous run of memory.
    struct InArc
    {
        int source;
        float carSeconds;
        float motorcycleSeconds;
        float lengthM;
    };
    const InArc *inArcs() const { return m_inArcs.constData(); }
    const int *inFirst() const { return m_inFirst.constData(); } // firstInEdge(n) for every n, and the end
    int inEdgeSource(int i) const { return m_inArcs[i].source; }
    float inEdgeSeconds(int i, Vehicle vehicle) const
    {
        return vehicle == Vehicle::Car ? m_inArcs[i].carSeconds : m_inArcs[i].motorcycleSeconds;
    }
    // Connectivity for a vehicle, fixed at load: the largest strongly connected part of the network (where a
    // city's units and incidents almost all are) and whether a node can drive into it. A search whose target
    // lies in the main part can tell at once that an origin which cannot reach it never will.
    bool isInMainComponent(int node, Vehicle vehicle) const;
    bool reachesMainComponent(int node, Vehicle vehicle) const;
    // The corridor speed matched to an edge's road name (0 when none or not of a corridor class), for display.
    double edgeCorridorKmh(int edge) const { return m_corridorKmh[edge]; }

    // The edge's shape from its source node to its target node (at least two points).
    QList<GeoPoint> edgeShape(int edge) const;
    // The part of an edge's shape between two fractions (from < to or from > to), for drawing route ends.
    QList<GeoPoint> edgeShapeBetween(int edge, double fromFraction, double toFraction) const;

    // Memory held by the arrays, for the benchmark.
    qint64 memoryBytes() const;

private:
    RoutingNetwork() = default;
    void build(const TravelSpeeds &speeds, const QHash<qint64, QList<GeoPoint>> &shapes);

    void buildShapes(const QHash<qint64, QList<GeoPoint>> &shapes);
    void findTwins();
    void buildComponents();
    void buildGrid();
    // The edge whose stored points make e's shape: e itself, or its twin (then read backwards).
    int shapeOwner(int edge) const;
    std::optional<SnappedPoint> snapAmong(double lat, double lon, double maxDistanceM, int vehicleFilter) const;

    RoadGraph m_graph;
    const TravelSpeeds *m_speeds = nullptr; // for setHour; builtIn() or a caller-owned configuration that outlives this
    int m_hour = -1;
    QList<int> m_inFirst;
    QList<int> m_inEdges;
    QList<InArc> m_inArcs; // per in-edge slot
    QList<float> m_carSeconds;
    QList<float> m_motorcycleSeconds;
    QList<float> m_corridorKmh; // per edge, 0: no corridor
    QList<int> m_twin;
    // Points of edge e: m_points[m_shapeStart[e] .. m_shapeStart[e + 1]). A two-way road stores its points once,
    // with the lower edge of the pair: the other's range is empty and it reads its twin's backwards.
    QList<int> m_shapeStart;
    QList<GeoPoint> m_points;
    QList<float> m_shapeLengthM;
    QList<quint8> m_component; // per node: kCarMain, kCarReaches, kMotorcycleMain, kMotorcycleReaches bits
    // The snapping grid: dense cells of m_cellDeg over the network's extent, each listing (shape owner edge,
    // index of the segment's first point in m_points) in compressed rows.
    double m_cellDeg = 0.0005;
    double m_gridSouth = 0.0;
    double m_gridWest = 0.0;
    int m_gridColumns = 0;
    int m_gridRows = 0;
    QList<int> m_cellFirst;
    QList<QPair<int, int>> m_cellSegments;
    qint64 m_graphBytes = 0; // the RoadGraph's arrays, estimated once at build
};

} // namespace lintas::geo
