#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>

#include "geo/roadgraph.h"

namespace lintas::geo::test {

// An OSMnx street graph (GraphML) as a RoadGraph, for the routing tests only: the product reads map packages.
//
// Each GraphML edge is already one direction of travel. `highway` goes through roadClassFromOsm (a Python list
// literal "['living_street', 'residential']", left where OSMnx merged ways, counts as its first value),
// `length` is metres, and the optional `geometry` WKT LINESTRING becomes the edge's shape: every edge is its
// own "road" (road id = GraphML edge index + 1) whose points run from its source to its target.
struct GraphMlGraph
{
    RoadGraph graph;
    QHash<qint64, QList<GeoPoint>> shapes; // by road id
    QList<qint64> osmNodeIds;              // node index → OSM node id
    QHash<qint64, int> nodeIndex;          // OSM node id → node index
};

// Nothing, with *error naming the file and what is wrong, when the file cannot be read as such a graph.
std::optional<GraphMlGraph> readGraphMl(const QString &path, QString *error = nullptr);

// "['a', 'b']" → "a"; anything else unchanged.
QString firstOfPythonList(const QString &value);

} // namespace lintas::geo::test
