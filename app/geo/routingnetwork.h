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
    double fraction = 0.0;   // 0 at the edge's source node, 1 at its target
    double distanceM = 0.0;  // from the original point to the road
    GeoPoint point;          // the snapped point on the edge's shape
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

    // The edge's shape from its source node to its target node (at least two points).
    QList<GeoPoint> edgeShape(int edge) const;
    // The part of an edge's shape between two fractions (from < to or from > to), for drawing route ends.
    QList<GeoPoint> edgeShapeBetween(int edge, double fromFraction, double toFraction) const;

    // Memory held by the arrays, for the benchmark.
    qint64 memoryBytes() const;

private:
    RoutingNetwork() = default;
    void build(const TravelSpeeds &speeds, const QHash<qint64, QList<GeoPoint>> &shapes);

    RoadGraph m_graph;
    const TravelSpeeds *m_speeds = nullptr; // for setHour; builtIn() or a caller-owned configuration that outlives this
    int m_hour = -1;
    QList<int> m_inFirst;
    QList<int> m_inEdges;
    QList<float> m_carSeconds;
    QList<float> m_motorcycleSeconds;
    QList<int> m_shapeStart; // points of edge e: m_points[m_shapeStart[e] .. m_shapeStart[e + 1])
    QList<GeoPoint> m_points;
    QList<float> m_shapeLengthM;
    double m_cellDeg = 0.002;
    QHash<qint64, QList<QPair<int, int>>> m_segmentCells; // (edge, segment index) by grid cell
};

} // namespace lintas::geo
