#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "geo/geobounds.h"
#include "geo/mappackage.h"
#include "geo/roadgraph.h"

namespace lintas::field {

// A point on an edge's shape, with the direction of travel there.
struct EdgePoint
{
    geo::GeoPoint point;
    double headingDeg = 0.0;
};

// The road graph of a map package made drivable: every directed edge with its shape (the road's vertices from
// the source node to the target node), the strongly connected part of the graph that a unit can never get
// stuck in, and grids for "the node nearest here" and "how far is the nearest road".
//
// Built once on the thread that runs the simulation and used only there (it may hold an open MapPackage for
// street names and districts, and a MapPackage belongs to the thread that opened it).
class RoadNetwork
{
    Q_DECLARE_TR_FUNCTIONS(lintas::field::RoadNetwork)

public:
    // A hand-built network (tests): edges run straight from node to node.
    explicit RoadNetwork(geo::RoadGraph graph);
    ~RoadNetwork();
    RoadNetwork(const RoadNetwork &) = delete;
    RoadNetwork &operator=(const RoadNetwork &) = delete;

    // Opens the map package, reads its graph and the shapes of its roads, and keeps the package open for
    // street names and districts. Null with *error naming the file when it cannot be read or has no roads.
    static std::unique_ptr<RoadNetwork> load(const QString &mapFile, QString *error);

    const geo::RoadGraph &graph() const { return m_graph; }
    int nodeCount() const { return m_graph.nodeCount(); }
    int edgeCount() const { return m_graph.edgeCount(); }

    // The edge's length along its shape, in metres.
    double edgeLengthM(int edge) const { return m_shapeLength[edge]; }
    // The point `offsetM` metres along the edge (clamped to its ends), heading along the segment it is on.
    EdgePoint pointAlong(int edge, double offsetM) const;
    // The edge's shape, source node first.
    QList<geo::GeoPoint> edgeShape(int edge) const;

    // Nodes of the largest strongly connected component: from any of them every other is reachable, so a unit
    // placed on one never strands at a one-way dead end.
    bool isDrivableNode(int node) const { return m_mainComponent[node]; }
    int drivableNodeCount() const { return m_drivableCount; }
    // A node that carries a motorway (toll road) edge, or that can be left only by one.
    bool touchesMotorway(int node) const { return m_touchesMotorway[node]; }
    bool onlyMotorway(int node) const { return m_onlyMotorway[node]; }

    // The drivable node nearest to a point, or -1 when the network has none.
    int nearestDrivableNode(double lat, double lon) const;
    // Drivable nodes within `radiusM` of a point.
    QList<int> drivableNodesWithin(double lat, double lon, double radiusM) const;
    // The distance in metres from a point to the nearest edge shape within about 250 m (infinity beyond).
    double distanceToNearestEdgeM(double lat, double lon) const;
    // The edges whose shape passes within radiusM (at most about 250 m) of a point, nearest first.
    struct NearEdge
    {
        int edge = -1;
        double distanceM = 0.0;
    };
    QList<NearEdge> edgesNear(double lat, double lon, double radiusM) const;

    // From the map package, when there is one: the nearest named street (empty when none within 250 m) and
    // the district the point lies in.
    QString streetNameNear(double lat, double lon) const;
    std::optional<geo::Sector> sectorAt(double lat, double lon) const;
    bool hasPackage() const { return m_package != nullptr; }

private:
    RoadNetwork() = default;
    void setShapes(const QHash<qint64, QList<geo::GeoPoint>> &roadPoints);
    void analyse();
    void index();
    static qint64 cellKey(int x, int y) { return (qint64(x) << 32) ^ qint64(quint32(y)); }
    int cellX(double lon) const;
    int cellY(double lat) const;

    geo::RoadGraph m_graph;
    // Edge shapes in flat arrays: the points of edge e are m_points[m_shapeStart[e] .. m_shapeStart[e + 1]),
    // m_along holds each point's distance from the edge's start.
    QList<int> m_shapeStart;
    QList<geo::GeoPoint> m_points;
    QList<double> m_along;
    QList<double> m_shapeLength;

    QList<bool> m_mainComponent;
    QList<bool> m_touchesMotorway;
    QList<bool> m_onlyMotorway;
    int m_drivableCount = 0;

    // Grids of about 200 m cells: drivable nodes, and edge segments (edge, first point index) by the cells
    // their box covers.
    double m_cellDeg = 0.002;
    QHash<qint64, QList<int>> m_nodeCells;
    QHash<qint64, QList<QPair<int, int>>> m_segmentCells;

    std::unique_ptr<geo::MapPackage> m_package;
};

} // namespace lintas::field
