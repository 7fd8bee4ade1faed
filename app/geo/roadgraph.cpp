#include "geo/roadgraph.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include <QHash>

namespace lintas::geo {

RoadGraph::RoadGraph(QList<GeoPoint> nodes, const QList<EdgeRecord> &edges) : m_nodes(std::move(nodes))
{
    const int n = int(m_nodes.size());
    // Counting sort by source: the CSR layout without sorting the records themselves.
    m_firstEdge.fill(0, n + 1);
    for (const EdgeRecord &e : edges)
        ++m_firstEdge[e.source + 1];
    for (int i = 0; i < n; ++i)
        m_firstEdge[i + 1] += m_firstEdge[i];

    const qsizetype count = edges.size();
    m_source.resize(count);
    m_target.resize(count);
    m_length.resize(count);
    m_class.resize(count);
    m_road.resize(count);
    m_nameIndex.resize(count);
    m_firstVertex.resize(count);
    m_lastVertex.resize(count);
    QHash<QString, int> nameIndex;
    QList<int> next(m_firstEdge.begin(), m_firstEdge.end() - 1);
    for (const EdgeRecord &e : edges) {
        const int at = next[e.source]++;
        m_source[at] = e.source;
        m_target[at] = e.target;
        m_length[at] = e.lengthM;
        m_class[at] = e.roadClass;
        m_road[at] = e.roadId;
        auto found = nameIndex.constFind(e.name);
        if (found == nameIndex.constEnd()) {
            found = nameIndex.insert(e.name, int(m_names.size()));
            m_names.append(e.name);
        }
        m_nameIndex[at] = *found;
        m_firstVertex[at] = e.firstVertex;
        m_lastVertex[at] = e.lastVertex;
    }

    // Neighbours regardless of direction, counted once each.
    QList<QList<int>> neighbours(n);
    for (const EdgeRecord &e : edges) {
        neighbours[e.source].append(e.target);
        neighbours[e.target].append(e.source);
    }
    m_junctionDegree.resize(n);
    for (int i = 0; i < n; ++i) {
        QList<int> &list = neighbours[i];
        std::sort(list.begin(), list.end());
        m_junctionDegree[i] = quint16(std::unique(list.begin(), list.end()) - list.begin());
    }
}

int RoadGraph::nearestNode(double lat, double lon) const
{
    // Compare squared equirectangular distances; exact enough to rank points a city apart.
    const double k = std::cos(lat * 3.14159265358979323846 / 180.0);
    int best = -1;
    double bestD = std::numeric_limits<double>::infinity();
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const double dy = m_nodes[i].lat - lat;
        const double dx = (m_nodes[i].lon - lon) * k;
        const double d = dx * dx + dy * dy;
        if (d < bestD) {
            bestD = d;
            best = i;
        }
    }
    return best;
}

} // namespace lintas::geo
