#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "geo/geobounds.h"
#include "geo/roadclass.h"

namespace lintas::geo {

// The directed road graph of a map package in compact arrays (compressed sparse rows): the out-edges of node
// n are the edge indices [firstEdge(n), firstEdge(n + 1)). One-way roads have an edge in their direction of
// travel only; two-way roads have one each way. Nodes are road ends and every vertex shared by two roads.
// About 30 bytes a directed edge; the Jakarta package loads in a few tens of milliseconds.
class RoadGraph
{
public:
    struct EdgeRecord
    {
        int source = 0;
        int target = 0;
        float lengthM = 0.0f;
        RoadClass roadClass = RoadClass::Other;
        qint64 roadId = 0;
        QString name;
        int firstVertex = 0; // the edge runs along its road's vertices firstVertex → lastVertex
        int lastVertex = 0;
    };

    RoadGraph() = default;
    // Builds the arrays; edges may come in any order.
    RoadGraph(QList<GeoPoint> nodes, const QList<EdgeRecord> &edges);

    bool isEmpty() const { return m_nodes.isEmpty(); }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_target.size()); }

    GeoPoint node(int n) const { return m_nodes[n]; }
    int firstEdge(int n) const { return m_firstEdge[n]; }
    int edgeEnd(int n) const { return m_firstEdge[n + 1]; }
    int outDegree(int n) const { return edgeEnd(n) - firstEdge(n); }
    // Distinct neighbours over in- and out-edges: 1 at a dead end, 2 along a road, 3+ at a junction.
    int junctionDegree(int n) const { return m_junctionDegree[n]; }

    int edgeSource(int e) const { return m_source[e]; }
    int edgeTarget(int e) const { return m_target[e]; }
    float edgeLengthM(int e) const { return m_length[e]; }
    RoadClass edgeClass(int e) const { return m_class[e]; }
    qint64 edgeRoadId(int e) const { return m_road[e]; }
    QString edgeName(int e) const { return m_names[m_nameIndex[e]]; }
    int edgeFirstVertex(int e) const { return m_firstVertex[e]; }
    int edgeLastVertex(int e) const { return m_lastVertex[e]; }

    // The node nearest to a point (linear scan; a few hundred microseconds for a city), or -1 when empty.
    int nearestNode(double lat, double lon) const;

private:
    QList<GeoPoint> m_nodes;
    QList<int> m_firstEdge;
    QList<quint16> m_junctionDegree;
    QList<int> m_source;
    QList<int> m_target;
    QList<float> m_length;
    QList<RoadClass> m_class;
    QList<qint64> m_road;
    QList<int> m_nameIndex;
    QList<int> m_firstVertex;
    QList<int> m_lastVertex;
    QStringList m_names;
};

} // namespace lintas::geo
