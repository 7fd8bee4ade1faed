#include <atomic>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <thread>
#include <utility>
#include <vector>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include "geo/geodesy.h"
#include "geo/mappackage.h"
#include "geo/routingnetwork.h"
#include "geo/traveltimesearch.h"
#include "graphmlreader.h"

using namespace lintas::geo;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kMetresPerDegree = kEarthRadiusM * std::numbers::pi / 180.0;
constexpr double kLat0 = -6.2;
constexpr double kLon0 = 106.8;

// Metres east and north of (kLat0, kLon0) as a point.
GeoPoint at(double eastM, double northM)
{
    return GeoPoint{kLat0 + northM / kMetresPerDegree,
                    kLon0 + eastM / (kMetresPerDegree * std::cos(kLat0 * std::numbers::pi / 180.0))};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Every road at 36 km/h (10 m/s), motorways at 72 km/h (20 m/s), all day, no urgent gain, no corridors: travel
// times that can be checked by hand.
std::optional<TravelSpeeds> uniformSpeeds(QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return std::nullopt;
    QByteArray ini = "[free_flow_kmh]\nmotorway = 72\nmotorway_link = 72\n";
    for (const char *c : {"trunk", "trunk_link", "primary", "primary_link", "secondary", "secondary_link", "tertiary",
                          "tertiary_link", "unclassified", "residential", "living_street", "service", "road"})
        ini += QByteArray(c) + " = 36\n";
    ini += "[hour_factor]\n";
    for (int h = 0; h < 24; ++h)
        ini += QByteArray::number(h) + " = 1\n";
    ini += "[motorcycle]\ncongestion_relief = 0.5\n[urgent]\nfactor = 1\n[corridors]\nfile =\npeak_hours = 7-9\n";
    const QString path = dir.filePath(QStringLiteral("uniform.ini"));
    if (!writeFile(path, ini))
        return std::nullopt;
    return TravelSpeeds::fromFile(path, error);
}

int edgeBetween(const RoadGraph &graph, int source, int target)
{
    for (int e = graph.firstEdge(source); e < graph.edgeEnd(source); ++e)
        if (graph.edgeTarget(e) == target)
            return e;
    return -1;
}

// A point on the network at a node, as a unit standing there: the start of an out-edge (or the end of an
// in-edge at a node nothing leaves).
SnappedPoint atNode(const RoutingNetwork &network, int node)
{
    SnappedPoint p;
    const RoadGraph &graph = network.graph();
    if (graph.outDegree(node) > 0) {
        p.edge = graph.firstEdge(node);
        p.fraction = 0.0;
    } else {
        for (int e = 0; e < graph.edgeCount(); ++e) {
            if (graph.edgeTarget(e) == node) {
                p.edge = e;
                p.fraction = 1.0;
                break;
            }
        }
    }
    if (p.edge >= 0)
        p.twin = network.twinEdge(p.edge);
    p.point = graph.node(node);
    return p;
}

SnappedPoint onEdge(const RoutingNetwork &network, int edge, double fraction)
{
    SnappedPoint p;
    p.edge = edge;
    p.twin = network.twinEdge(edge);
    p.fraction = fraction;
    return p;
}

// The independent implementation: the Boost Graph Library's Dijkstra over the same per-edge travel times (edges
// a vehicle may not drive are left out), on a compressed-sparse-row graph, forwards or reversed.
struct EdgeWeight
{
    double seconds = 0.0;
};
using BglGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeWeight>;

struct BglReference
{
    BglGraph graph;
    int nodes = 0;

    // Extra edges into one more vertex (index `nodes`) let a partial target edge be expressed in plain BGL.
    BglReference(const RoutingNetwork &network, Vehicle vehicle, bool reversed,
                 const std::vector<std::pair<std::pair<int, int>, double>> &extra = {})
        : nodes(network.nodeCount())
    {
        std::vector<std::pair<int, int>> edges;
        std::vector<EdgeWeight> weights;
        const RoadGraph &g = network.graph();
        for (int e = 0; e < g.edgeCount(); ++e) {
            const double seconds = network.edgeSeconds(e, vehicle);
            if (!std::isfinite(seconds))
                continue;
            const int s = g.edgeSource(e);
            const int t = g.edgeTarget(e);
            edges.emplace_back(reversed ? t : s, reversed ? s : t);
            weights.push_back(EdgeWeight{seconds});
        }
        for (const auto &[edge, seconds] : extra) {
            edges.emplace_back(reversed ? edge.second : edge.first, reversed ? edge.first : edge.second);
            weights.push_back(EdgeWeight{seconds});
        }
        graph = BglGraph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), weights.begin(),
                         std::size_t(nodes + (extra.empty() ? 0 : 1)));
    }

    // Seconds from `source` to every vertex; +infinity where unreachable.
    std::vector<double> from(int source) const
    {
        std::vector<double> distance(boost::num_vertices(graph));
        boost::dijkstra_shortest_paths(graph, std::size_t(source),
                                       boost::weight_map(boost::get(&EdgeWeight::seconds, graph))
                                           .distance_map(boost::make_iterator_property_map(
                                               distance.begin(), boost::get(boost::vertex_index, graph)))
                                           .distance_inf(kInf));
        return distance;
    }
};

bool sameSeconds(std::optional<double> ours, double reference)
{
    if (!ours)
        return std::isinf(reference);
    // Float edge times summed in double along paths that may differ among equally fast ones.
    return std::isfinite(reference) && std::abs(*ours - reference) <= 1e-4 * std::max(1.0, reference);
}

QString sharedDataDir()
{
    return QStringLiteral(LINTAS_SHARED_DATA_DIR);
}

QString graphMlPath(const QString &name)
{
    return QDir(sharedDataDir()).filePath(QStringLiteral("jakarta-osmnx-graphs-2023/") + name);
}

} // namespace

// Routing over the road network: snapping, travel times with partial edges at both ends, one-to-many searches
// and routes, checked by hand on a tiny network and against the Boost Graph Library on real Jakarta graphs.
class TestRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void partialEdges();
    void oneToMany();
    void motorcyclesStayOffTollRoads();
    void routeGeometry();
    void snapping();
    void graphMlMatchesBgl_data();
    void graphMlMatchesBgl();
    void snappingMatchesBruteForce();
    void oneWayStreet();
    void travelTimesFollowTheHour();
    void demoPackageMatchesBgl();
    void concurrentSearches();

private:
    std::unique_ptr<RoutingNetwork> tinyNetwork();
    std::optional<test::GraphMlGraph> loadGraphMl(const QString &name);

    std::optional<TravelSpeeds> m_uniform;
    // Nodes of the tiny network.
    enum
    {
        A,
        B,
        C,
        D,
        E,
        F
    };
};

void TestRouting::initTestCase()
{
    QString error;
    m_uniform = uniformSpeeds(&error);
    QVERIFY2(m_uniform, qPrintable(error));
}

// A square of 1 km residential streets, A ⇄ B (two-way, bending 100 m north in the middle), B → C → D → A
// (one-way), a motorway A → C across, and E ⇄ F off on its own:
//
//   D ←──── C
//   │     ↗ ↑
//   ↓   ↗   │
//   A ⇄ B   E ⇄ F (2 km east)
std::unique_ptr<RoutingNetwork> TestRouting::tinyNetwork()
{
    QList<GeoPoint> nodes{at(0, 0), at(1000, 0), at(1000, 1000), at(0, 1000), at(3000, 0), at(3000, 500)};
    const auto edge = [](int s, int t, double length, RoadClass c, qint64 road = 0, int first = 0, int last = 0) {
        RoadGraph::EdgeRecord r;
        r.source = s;
        r.target = t;
        r.lengthM = float(length);
        r.roadClass = c;
        r.roadId = road;
        r.firstVertex = first;
        r.lastVertex = last;
        r.name = QStringLiteral("road %1").arg(road);
        return r;
    };
    const QList<RoadGraph::EdgeRecord> edges{
        edge(A, B, 1000, RoadClass::Residential, 1, 0, 2), edge(B, A, 1000, RoadClass::Residential, 1, 2, 0),
        edge(B, C, 1000, RoadClass::Residential, 2, 0, 1), edge(C, D, 1000, RoadClass::Residential, 3, 0, 1),
        edge(D, A, 1000, RoadClass::Residential, 4, 0, 1), edge(A, C, 1414.2136, RoadClass::Motorway, 5, 0, 1),
        edge(E, F, 500, RoadClass::Residential, 6, 0, 1),  edge(F, E, 500, RoadClass::Residential, 6, 1, 0),
    };
    QHash<qint64, QList<GeoPoint>> shapes{
        {1, {at(0, 0), at(500, 100), at(1000, 0)}},
        {2, {at(1000, 0), at(1000, 1000)}},
        {3, {at(1000, 1000), at(0, 1000)}},
        {4, {at(0, 1000), at(0, 0)}},
        {5, {at(0, 0), at(1000, 1000)}},
        {6, {at(3000, 0), at(3000, 500)}},
    };
    auto network = std::make_unique<RoutingNetwork>(RoadGraph(nodes, edges), *m_uniform, shapes);
    network->setHour(12);
    return network;
}

void TestRouting::partialEdges()
{
    const auto network = tinyNetwork();
    const RoadGraph &g = network->graph();
    const int ab = edgeBetween(g, A, B);
    const int ba = edgeBetween(g, B, A);
    const int bc = edgeBetween(g, B, C);
    QCOMPARE(network->twinEdge(ab), ba);
    QCOMPARE(network->twinEdge(ba), ab);
    QCOMPARE(network->twinEdge(bc), -1);
    QCOMPARE(network->edgeSeconds(ab, Vehicle::Car), 100.0);
    TravelTimeSearch search(*network);

    const auto secondsFrom = [&](const SnappedPoint &from, const SnappedPoint &to) {
        const QList<RouteReach> r = search.toTarget(to, {RouteOrigin{7, from}}, 1, Vehicle::Car);
        return r.isEmpty() ? -1.0 : r.first().seconds;
    };
    // Same edge, origin before the target: straight along it.
    QCOMPARE(secondsFrom(onEdge(*network, ab, 0.2), onEdge(*network, ab, 0.7)), 50.0);
    // Same two-way edge, origin past the target: turn round onto the twin (0.2 → 0.7 of B → A).
    QCOMPARE(secondsFrom(onEdge(*network, ab, 0.8), onEdge(*network, ab, 0.3)), 50.0);
    // The same, given on the twin.
    QCOMPARE(secondsFrom(onEdge(*network, ba, 0.2), onEdge(*network, ab, 0.3)), 50.0);
    // Same one-way edge, origin past the target: all the way round the square, 0.2 + 3 + 0.3 edges.
    QCOMPARE(secondsFrom(onEdge(*network, bc, 0.8), onEdge(*network, bc, 0.3)), 350.0);
    {
        const QList<RouteReach> r =
            search.toTarget(onEdge(*network, bc, 0.3), {RouteOrigin{7, onEdge(*network, bc, 0.8)}}, 1, Vehicle::Car);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().meters, 3500.0);
    }
    // Origin exactly at the target.
    QCOMPARE(secondsFrom(onEdge(*network, bc, 0.4), onEdge(*network, bc, 0.4)), 0.0);
    // A target mid two-way edge is reached from either end: from B through the twin (0.4 of B → A) …
    QCOMPARE(secondsFrom(onEdge(*network, bc, 0.0), onEdge(*network, ab, 0.6)), 40.0);
    // … and from D through A (D → A, then 0.6 of A → B).
    QCOMPARE(secondsFrom(onEdge(*network, edgeBetween(g, D, A), 0.0), onEdge(*network, ab, 0.6)), 160.0);
    // The rest of the origin's edge counts: 0.75 of C → D left, then D → A, then 0.5 of A → B.
    QCOMPARE(secondsFrom(onEdge(*network, edgeBetween(g, C, D), 0.25), onEdge(*network, ab, 0.5)), 225.0);
    // A target given without its twin is only reached in its own direction: 0.9 of B → C, C → D → A, 0.6 of A → B.
    SnappedPoint oneDirection = onEdge(*network, ab, 0.6);
    oneDirection.twin = -1;
    QCOMPARE(secondsFrom(onEdge(*network, bc, 0.1), oneDirection), 350.0);
    // A unit standing at a node (fraction 0) may leave along any road from it, not only the edge it was given on:
    // from B back to A, then 0.6 of A → B.
    QCOMPARE(secondsFrom(onEdge(*network, bc, 0.0), oneDirection), 160.0);
    // A target at the very end of a one-way edge is its end node, reached by any road into it: from D (C → D at 1).
    QCOMPARE(secondsFrom(onEdge(*network, edgeBetween(g, B, C), 0.0), onEdge(*network, edgeBetween(g, C, D), 1.0)),
             200.0);
    QCOMPARE(secondsFrom(onEdge(*network, edgeBetween(g, D, A), 0.0), onEdge(*network, edgeBetween(g, C, D), 1.0)),
             0.0);

    // Node to node.
    QCOMPARE(search.secondsBetween(A, B, Vehicle::Car).value_or(-1), 100.0);
    QCOMPARE(search.secondsBetween(B, A, Vehicle::Car).value_or(-1), 100.0);
    QCOMPARE(search.secondsBetween(C, B, Vehicle::Car).value_or(-1), 300.0);
    QVERIFY(search.lastSettledCount() >= 3); // C, D and A before B
    QCOMPARE(search.secondsBetween(A, A, Vehicle::Car).value_or(-1), 0.0);
    QVERIFY(!search.secondsBetween(A, E, Vehicle::Car));
    QVERIFY(!search.secondsBetween(E, A, Vehicle::Car));
    QVERIFY(!search.secondsBetween(A, 99, Vehicle::Car));
}

void TestRouting::oneToMany()
{
    const auto network = tinyNetwork();
    const RoadGraph &g = network->graph();
    const int ab = edgeBetween(g, A, B);
    const int bc = edgeBetween(g, B, C);
    const int ef = edgeBetween(g, E, F);
    TravelTimeSearch search(*network);
    const SnappedPoint target = onEdge(*network, edgeBetween(g, C, D), 0.0); // at C
    const QList<RouteOrigin> origins{
        RouteOrigin{5, onEdge(*network, bc, 0.5)}, // 50 s
        RouteOrigin{3, onEdge(*network, ab, 0.5)}, // back to A (50 s) and the motorway (70.7 s)
        RouteOrigin{1, onEdge(*network, bc, 0.5)}, // 50 s, a tie with 5
        RouteOrigin{2, onEdge(*network, ef, 0.5)}, // cannot reach C
        RouteOrigin{4, SnappedPoint{}},            // no position
    };
    const QList<RouteReach> all = search.toTarget(target, origins, 10, Vehicle::Car);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].id, 1);
    QCOMPARE(all[0].seconds, 50.0);
    QCOMPARE(all[1].id, 5);
    QCOMPARE(all[1].seconds, 50.0);
    QCOMPARE(all[2].id, 3);
    QVERIFY(std::abs(all[2].seconds - (50.0 + 1414.2136 / 20.0)) < 1e-3);
    QVERIFY(std::abs(all[2].meters - (500.0 + 1414.2136)) < 1e-3);

    // The best k only, ties by id.
    const QList<RouteReach> two = search.toTarget(target, origins, 2, Vehicle::Car);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[0].id, 1);
    QCOMPARE(two[1].id, 5);
    const QList<RouteReach> one = search.toTarget(target, origins, 1, Vehicle::Car);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one[0].id, 1);
    // A time limit leaves out the slower ones.
    const QList<RouteReach> quick = search.toTarget(target, origins, 10, Vehicle::Car, 100.0);
    QCOMPARE(quick.size(), 2);
    QVERIFY(search.toTarget(target, origins, 10, Vehicle::Car, 10.0).isEmpty());
    QVERIFY(search.toTarget(target, origins, 0, Vehicle::Car).isEmpty());
    QVERIFY(search.toTarget(SnappedPoint{}, origins, 10, Vehicle::Car).isEmpty());
    QVERIFY(search.toTarget(target, {}, 10, Vehicle::Car).isEmpty());

    // The lone island's unit reaches a target on its own island, and nobody else does.
    const QList<RouteReach> island = search.toTarget(onEdge(*network, ef, 0.9), origins, 10, Vehicle::Car);
    QCOMPARE(island.size(), 1);
    QCOMPARE(island[0].id, 2);
    QCOMPARE(island[0].seconds, 20.0);
}

void TestRouting::motorcyclesStayOffTollRoads()
{
    const auto network = tinyNetwork();
    const RoadGraph &g = network->graph();
    const int ac = edgeBetween(g, A, C);
    QCOMPARE(network->edgeSeconds(ac, Vehicle::Motorcycle), kInf);
    QVERIFY(std::abs(network->edgeSeconds(ac, Vehicle::Car) - 1414.2136 / 20.0) < 1e-3);
    TravelTimeSearch search(*network);
    QVERIFY(std::abs(*search.secondsBetween(A, C, Vehicle::Car) - 70.71068) < 1e-3);
    QCOMPARE(search.secondsBetween(A, C, Vehicle::Motorcycle).value_or(-1), 200.0);

    const SnappedPoint atC = onEdge(*network, edgeBetween(g, C, D), 0.0);
    const QList<RouteOrigin> fromA{RouteOrigin{0, onEdge(*network, edgeBetween(g, A, B), 0.0)}};
    QCOMPARE(search.toTarget(atC, fromA, 1, Vehicle::Motorcycle).value(0).seconds, 200.0);
    // A unit on the toll road itself, or an incident there, is out of a motorcycle's reach.
    const QList<RouteOrigin> onTollRoad{RouteOrigin{0, onEdge(*network, ac, 0.5)}};
    QVERIFY(search.toTarget(atC, onTollRoad, 1, Vehicle::Motorcycle).isEmpty());
    QCOMPARE(search.toTarget(atC, onTollRoad, 1, Vehicle::Car).size(), 1);
    QVERIFY(search.toTarget(onEdge(*network, ac, 0.5), fromA, 1, Vehicle::Motorcycle).isEmpty());
    QVERIFY(!search.route(fromA.first().at, onEdge(*network, ac, 0.5), Vehicle::Motorcycle));
}

void TestRouting::routeGeometry()
{
    const auto network = tinyNetwork();
    const RoadGraph &g = network->graph();
    const int ab = edgeBetween(g, A, B);
    const int cd = edgeBetween(g, C, D);
    TravelTimeSearch search(*network);
    const auto near = [](const GeoPoint &p, const GeoPoint &q) { return distanceM(p.lat, p.lon, q.lat, q.lon) < 0.5; };

    // From the middle of A ⇄ B (at its bend) to the middle of C → D: back to A, the motorway, half of C → D.
    const SnappedPoint from = onEdge(*network, ab, 0.5);
    const SnappedPoint to = onEdge(*network, cd, 0.5);
    const std::optional<RouteGeometry> route = search.route(from, to, Vehicle::Car);
    QVERIFY(route);
    QVERIFY(std::abs(route->seconds - (50.0 + 70.71068 + 50.0)) < 1e-3);
    QVERIFY(std::abs(route->meters - (500.0 + 1414.2136 + 500.0)) < 1e-3);
    QVERIFY2(route->points.size() == 4, qPrintable(QString::number(route->points.size())));
    QVERIFY(near(route->points[0], at(500, 100)));
    QVERIFY(near(route->points[1], at(0, 0)));
    QVERIFY(near(route->points[2], at(1000, 1000)));
    QVERIFY(near(route->points[3], at(500, 1000)));
    // The same time as the one-to-many search gives.
    const QList<RouteReach> reach = search.toTarget(to, {RouteOrigin{0, from}}, 1, Vehicle::Car);
    QCOMPARE(reach.value(0).seconds, route->seconds);

    // Within one edge: a quarter of the way to three quarters, through the bend.
    const std::optional<RouteGeometry> inside =
        search.route(onEdge(*network, ab, 0.25), onEdge(*network, ab, 0.75), Vehicle::Car);
    QVERIFY(inside);
    QCOMPARE(inside->seconds, 50.0);
    QCOMPARE(inside->points.size(), 3);
    QVERIFY(near(inside->points[0], at(250, 50)));
    QVERIFY(near(inside->points[1], at(500, 100)));
    QVERIFY(near(inside->points[2], at(750, 50)));
    // Backwards on the same two-way edge: along the twin.
    const std::optional<RouteGeometry> back =
        search.route(onEdge(*network, ab, 0.75), onEdge(*network, ab, 0.25), Vehicle::Car);
    QVERIFY(back);
    QVERIFY(near(back->points.first(), at(750, 50)));
    QVERIFY(near(back->points.last(), at(250, 50)));

    QVERIFY(!search.route(onEdge(*network, edgeBetween(g, E, F), 0.5), to, Vehicle::Car));

    // Edge shapes: the twin reads its road's points backwards.
    const QList<GeoPoint> shape = network->edgeShape(ab);
    QCOMPARE(shape.size(), 3);
    QVERIFY(near(shape.first(), at(0, 0)));
    const QList<GeoPoint> twinShape = network->edgeShape(edgeBetween(g, B, A));
    QVERIFY(near(twinShape.first(), at(1000, 0)));
    QVERIFY(near(twinShape[1], at(500, 100)));
    const QList<GeoPoint> piece = network->edgeShapeBetween(ab, 0.75, 0.25);
    QVERIFY(near(piece.first(), at(750, 50)));
    QVERIFY(near(piece.last(), at(250, 50)));
}

void TestRouting::snapping()
{
    const auto network = tinyNetwork();
    const RoadGraph &g = network->graph();
    const int ab = edgeBetween(g, A, B);
    const int ba = edgeBetween(g, B, A);

    // 10 m north of a quarter of the way along A ⇄ B's first leg (A → (500, 100)): the pair's lower edge, with
    // the other as twin.
    const GeoPoint p = at(250, 60);
    const std::optional<SnappedPoint> s = network->snap(p.lat, p.lon);
    QVERIFY(s);
    QCOMPARE(s->edge, std::min(ab, ba));
    QCOMPARE(s->twin, std::max(ab, ba));
    const double leg = std::hypot(500.0, 100.0);
    const double cosine = 500.0 / leg;
    QVERIFY2(std::abs(s->distanceM - 10.0 * cosine) < 0.05, qPrintable(QString::number(s->distanceM)));
    const double alongFromA = 0.5 * leg + 10.0 * (100.0 / leg);
    const double expected = s->edge == ab ? alongFromA / (2 * leg) : 1.0 - alongFromA / (2 * leg);
    QVERIFY2(std::abs(s->fraction - expected) < 1e-3, qPrintable(QString::number(s->fraction)));
    const GeoPoint foot = at(250 + 10.0 * (100.0 / leg) * cosine, 50 + 10.0 * (100.0 / leg) * (100.0 / leg));
    QVERIFY(distanceM(s->point.lat, s->point.lon, foot.lat, foot.lon) < 0.1);

    // Beyond the limit: nothing.
    const GeoPoint far = at(2000, 3000);
    QVERIFY(!network->snap(far.lat, far.lon, 500.0));
    QVERIFY(network->snap(far.lat, far.lon, 5000.0));
    QVERIFY(!network->snap(qQNaN(), kLon0));

    // Right on the motorway: a car snaps to it, a motorcycle to the nearest street it may ride (the bend of
    // A ⇄ B, 400 m south).
    const GeoPoint onMotorway = at(500, 500);
    const std::optional<SnappedPoint> car = network->snap(onMotorway.lat, onMotorway.lon, 600.0);
    QVERIFY(car);
    QCOMPARE(car->edge, edgeBetween(g, A, C));
    QCOMPARE(car->twin, -1);
    QVERIFY(car->distanceM < 0.01);
    QVERIFY(std::abs(car->fraction - 0.5) < 1e-6);
    const std::optional<SnappedPoint> motorcycle =
        network->snap(onMotorway.lat, onMotorway.lon, 600.0, Vehicle::Motorcycle);
    QVERIFY(motorcycle);
    QCOMPARE(motorcycle->edge, std::min(ab, ba));
    QVERIFY2(std::abs(motorcycle->distanceM - 400.0) < 0.5, qPrintable(QString::number(motorcycle->distanceM)));
    QVERIFY(network->memoryBytes() > 0);
}

void TestRouting::graphMlMatchesBgl_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("vehicle");
    QTest::addColumn<int>("hour");
    QTest::newRow("jatinegara car 08:00") << "jatinegara.graphml" << int(Vehicle::Car) << 8;
    QTest::newRow("jatinegara motorcycle 02:00") << "jatinegara.graphml" << int(Vehicle::Motorcycle) << 2;
    QTest::newRow("kelapa gading car 17:00") << "kelapa_gading.graphml" << int(Vehicle::Car) << 17;
    QTest::newRow("kelapa gading motorcycle 12:00") << "kelapa_gading.graphml" << int(Vehicle::Motorcycle) << 12;
}

std::optional<test::GraphMlGraph> TestRouting::loadGraphMl(const QString &name)
{
    QString error;
    std::optional<test::GraphMlGraph> graph = test::readGraphMl(graphMlPath(name), &error);
    if (!graph)
        qWarning("%s", qPrintable(error));
    return graph;
}

void TestRouting::graphMlMatchesBgl()
{
    if (!QDir(sharedDataDir()).exists())
        QSKIP("The shared Jakarta data folder is not there.");
    QFETCH(QString, file);
    QFETCH(int, vehicle);
    QFETCH(int, hour);
    const Vehicle v = Vehicle(vehicle);
    std::optional<test::GraphMlGraph> graphMl = loadGraphMl(file);
    QVERIFY(graphMl);
    RoutingNetwork network(graphMl->graph, TravelSpeeds::builtIn(), graphMl->shapes);
    network.setHour(hour);
    QVERIFY(network.nodeCount() > 600);
    TravelTimeSearch search(network);
    const BglReference forward(network, v, false);

    // 1,000 random pairs: 50 sources × 20 targets, seeded.
    std::mt19937 random(20230411u + uint(hour));
    std::uniform_int_distribution<int> anyNode(0, network.nodeCount() - 1);
    int reachable = 0;
    int unreachable = 0;
    for (int i = 0; i < 50; ++i) {
        const int source = anyNode(random);
        const std::vector<double> reference = forward.from(source);
        for (int j = 0; j < 20; ++j) {
            const int target = anyNode(random);
            const std::optional<double> ours = search.secondsBetween(source, target, v);
            QVERIFY2(sameSeconds(ours, reference[std::size_t(target)]),
                     qPrintable(QStringLiteral("%1 → %2: %3 s, BGL %4 s")
                                    .arg(graphMl->osmNodeIds[source])
                                    .arg(graphMl->osmNodeIds[target])
                                    .arg(ours.value_or(-1))
                                    .arg(reference[std::size_t(target)])));
            ours ? ++reachable : ++unreachable;
        }
    }
    qInfo("%s: %d pairs reachable, %d unreachable (both agree)", qPrintable(file), reachable, unreachable);
    QVERIFY(reachable > 500);

    // One-to-many from node origins: 10 targets × 100 origins, each origin checked with BGL from that origin.
    for (int i = 0; i < 10; ++i) {
        const int target = anyNode(random);
        QList<RouteOrigin> origins;
        QList<int> originNodes;
        for (int j = 0; j < 100; ++j) {
            const int node = anyNode(random);
            originNodes.append(node);
            origins.append(RouteOrigin{j, atNode(network, node)});
        }
        const QList<RouteReach> reaches = search.toTarget(atNode(network, target), origins, 100, v, kInf);
        QHash<int, double> byId;
        for (int r = 0; r < reaches.size(); ++r) {
            byId.insert(reaches[r].id, reaches[r].seconds);
            if (r > 0)
                QVERIFY(reaches[r - 1].seconds <= reaches[r].seconds);
        }
        for (int j = 0; j < 100; ++j) {
            const double reference = forward.from(originNodes[j])[std::size_t(target)];
            const std::optional<double> ours = byId.contains(j) ? std::optional<double>(byId.value(j)) : std::nullopt;
            QVERIFY2(sameSeconds(ours, reference), qPrintable(QStringLiteral("origin %1 → %2: %3 s, BGL %4 s")
                                                                  .arg(graphMl->osmNodeIds[originNodes[j]])
                                                                  .arg(graphMl->osmNodeIds[target])
                                                                  .arg(ours.value_or(-1))
                                                                  .arg(reference)));
        }
    }
}

void TestRouting::snappingMatchesBruteForce()
{
    if (!QDir(sharedDataDir()).exists())
        QSKIP("The shared Jakarta data folder is not there.");
    std::optional<test::GraphMlGraph> graphMl = loadGraphMl(QStringLiteral("kelapa_gading.graphml"));
    QVERIFY(graphMl);
    const RoutingNetwork network(graphMl->graph, TravelSpeeds::builtIn(), graphMl->shapes);
    GeoBounds bounds;
    for (int n = 0; n < network.nodeCount(); ++n)
        bounds.extend(network.graph().node(n));
    std::mt19937 random(7u);
    std::uniform_real_distribution<double> lat(bounds.south - 0.002, bounds.north + 0.002);
    std::uniform_real_distribution<double> lon(bounds.west - 0.002, bounds.east + 0.002);
    int snapped = 0;
    for (int i = 0; i < 500; ++i) {
        const double la = lat(random);
        const double lo = lon(random);
        // Brute force over every edge's shape, on the same local plane.
        const double kx = std::cos(la * std::numbers::pi / 180.0) * kMetresPerDegree;
        double best = kInf;
        for (int e = 0; e < network.edgeCount(); ++e) {
            const QList<GeoPoint> shape = network.edgeShape(e);
            for (qsizetype k = 0; k + 1 < shape.size(); ++k) {
                const double ax = (shape[k].lon - lo) * kx;
                const double ay = (shape[k].lat - la) * kMetresPerDegree;
                const double dx = (shape[k + 1].lon - shape[k].lon) * kx;
                const double dy = (shape[k + 1].lat - shape[k].lat) * kMetresPerDegree;
                const double l2 = dx * dx + dy * dy;
                const double t = l2 > 0 ? std::clamp(-(ax * dx + ay * dy) / l2, 0.0, 1.0) : 0.0;
                best = std::min(best, std::hypot(ax + t * dx, ay + t * dy));
            }
        }
        const std::optional<SnappedPoint> s = network.snap(la, lo, 150.0);
        if (best > 150.0) {
            QVERIFY(!s);
            continue;
        }
        QVERIFY(s);
        ++snapped;
        QVERIFY2(std::abs(s->distanceM - best) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(s->distanceM).arg(best)));
        // The snapped point lies on the edge at its fraction.
        const QList<GeoPoint> piece = network.edgeShapeBetween(s->edge, 0.0, s->fraction);
        QVERIFY(distanceM(piece.last().lat, piece.last().lon, s->point.lat, s->point.lon) < 0.5);
        QCOMPARE(s->twin, network.twinEdge(s->edge));
    }
    qInfo("%d of 500 random points within 150 m of a road", snapped);
    QVERIFY(snapped > 150);
}

void TestRouting::oneWayStreet()
{
    if (!QDir(sharedDataDir()).exists())
        QSKIP("The shared Jakarta data folder is not there.");
    std::optional<test::GraphMlGraph> graphMl = loadGraphMl(QStringLiteral("jatinegara.graphml"));
    QVERIFY(graphMl);
    RoutingNetwork network(graphMl->graph, TravelSpeeds::builtIn(), graphMl->shapes);
    TravelTimeSearch search(network);
    // Jalan Bekasi Timur is one-way westwards here (primary, 2 lanes): OSM node 8560410030 → 5495208308 is one
    // edge of 137.8 m. There is no edge back; the shortest way back, by length, leaves along Gang Kampung Jawa
    // and the residential alleys south of it (5495208308 → 5495208307 → 8560289220 → 8560289221 → 9691455761 →
    // 8560362016 → 8560394207 → 8560410030), 446.6 m — more than three times as far, on slower streets.
    const int u = graphMl->nodeIndex.value(8560410030LL, -1);
    const int v = graphMl->nodeIndex.value(5495208308LL, -1);
    QVERIFY(u >= 0 && v >= 0);
    const int forwardEdge = edgeBetween(network.graph(), u, v);
    QVERIFY(forwardEdge >= 0);
    QCOMPARE(edgeBetween(network.graph(), v, u), -1);
    QCOMPARE(network.graph().edgeName(forwardEdge), QStringLiteral("Jalan Bekasi Timur"));
    QVERIFY(std::abs(network.edgeLengthM(forwardEdge) - 137.796) < 0.01);

    for (const int hour : {3, 8, 17}) {
        network.setHour(hour);
        const double there = *search.secondsBetween(u, v, Vehicle::Car);
        QCOMPARE(there, network.edgeSeconds(forwardEdge, Vehicle::Car));
        const std::optional<double> back = search.secondsBetween(v, u, Vehicle::Car);
        QVERIFY(back);
        QVERIFY2(*back > 2.0 * there, qPrintable(QStringLiteral("%1 s there, %2 s back").arg(there).arg(*back)));
        // The route back is at least the 446.6 m of the shortest way back.
        const std::optional<RouteGeometry> route = search.route(atNode(network, v), atNode(network, u), Vehicle::Car);
        QVERIFY(route);
        QVERIFY(std::abs(route->seconds - *back) < 1e-6);
        QVERIFY2(route->meters >= 446.5, qPrintable(QString::number(route->meters)));
    }
}

void TestRouting::travelTimesFollowTheHour()
{
    // A corridor road: the built-in configuration's Hayam Wuruk at peak, class default at night.
    QList<GeoPoint> nodes{at(0, 0), at(1000, 0)};
    RoadGraph::EdgeRecord corridor;
    corridor.source = 0;
    corridor.target = 1;
    corridor.lengthM = 1000.0f;
    corridor.roadClass = RoadClass::Primary;
    corridor.name = QStringLiteral("Hayam Wuruk");
    RoadGraph::EdgeRecord plain = corridor;
    plain.source = 1;
    plain.target = 0;
    plain.name = QStringLiteral("Kampung Melayu");
    RoutingNetwork city(RoadGraph(nodes, {corridor, plain}), TravelSpeeds::builtIn());
    const TravelSpeeds &speeds = TravelSpeeds::builtIn();
    const double measured = *speeds.corridorPeakKmh(corridor.name);
    const int corridorEdge = edgeBetween(city.graph(), 0, 1);
    const int plainEdge = edgeBetween(city.graph(), 1, 0);
    QCOMPARE(city.edgeCorridorKmh(corridorEdge), double(float(measured)));
    QCOMPARE(city.edgeCorridorKmh(plainEdge), 0.0);
    for (const int hour : {2, 7, 12, 17}) {
        city.setHour(hour);
        QCOMPARE(city.hour(), hour);
        for (const Vehicle v : {Vehicle::Car, Vehicle::Motorcycle}) {
            // Urgent driving, what dispatch estimates.
            const double corridorKmh = speeds.speedKmh(RoadClass::Primary, corridor.name, hour, v, true);
            const double plainKmh = speeds.speedKmh(RoadClass::Primary, plain.name, hour, v, true);
            QVERIFY(std::abs(city.edgeSeconds(corridorEdge, v) - 1000.0 / (corridorKmh / 3.6)) < 1e-3);
            QVERIFY(std::abs(city.edgeSeconds(plainEdge, v) - 1000.0 / (plainKmh / 3.6)) < 1e-3);
        }
    }
    city.setHour(7);
    QVERIFY(std::abs(city.edgeSeconds(corridorEdge, Vehicle::Car) - 1000.0 / (measured * 1.25 / 3.6)) < 1e-3);
    const double peak = city.edgeSeconds(plainEdge, Vehicle::Car);
    city.setHour(2);
    QVERIFY(city.edgeSeconds(plainEdge, Vehicle::Car) < peak);
    // Motorcycles lose less to congestion, on a corridor too.
    QVERIFY(city.edgeSeconds(corridorEdge, Vehicle::Motorcycle) < city.edgeSeconds(corridorEdge, Vehicle::Car));
    city.setHour(31); // wraps to 07:00
    QCOMPARE(city.hour(), 7);
}

void TestRouting::demoPackageMatchesBgl()
{
#ifndef LINTAS_DEMO_MAP
    QSKIP("The demo map package is not built in this configuration.");
#else
    MapPackage package;
    QString error;
    QVERIFY2(package.open(QStringLiteral(LINTAS_DEMO_MAP), &error), qPrintable(error));
    const std::unique_ptr<RoutingNetwork> network = RoutingNetwork::load(package, TravelSpeeds::builtIn(), &error);
    QVERIFY2(network, qPrintable(error));
    QVERIFY(network->nodeCount() > 10000);
    const RoadGraph &g = network->graph();

    // Which corridors of the DKI table name roads of the package (on the classes corridors apply to).
    const TravelSpeeds &speeds = TravelSpeeds::builtIn();
    QSet<QString> matched;
    int corridorEdges = 0;
    for (int e = 0; e < g.edgeCount(); ++e) {
        if (network->edgeCorridorKmh(e) > 0.0) {
            ++corridorEdges;
            matched.insert(*speeds.matchingCorridor(g.edgeName(e)));
        }
    }
    QStringList unmatched;
    for (const QString &key : speeds.corridorKeys())
        if (!matched.contains(key))
            unmatched.append(key);
    qInfo("corridors matched on the demo package: %lld of %d over %d edges; not found: %s", qlonglong(matched.size()),
          speeds.corridorCount(), corridorEdges, qPrintable(unmatched.join(QStringLiteral(", "))));
    QVERIFY(matched.size() >= 30);

    std::mt19937 random(20231114u);
    std::uniform_int_distribution<int> anyNode(0, network->nodeCount() - 1);
    TravelTimeSearch search(*network);
    for (const auto &[vehicleToTest, hour] : {std::pair{Vehicle::Car, 8}, std::pair{Vehicle::Motorcycle, 17}}) {
        const Vehicle vehicle = vehicleToTest;
        network->setHour(hour);
        const BglReference forward(*network, vehicle, false);
        // 1,000 random pairs for cars (50 sources × 20 targets), 400 more for motorcycles (the toll roads left out).
        const int sources = vehicle == Vehicle::Car ? 50 : 20;
        int reachable = 0;
        for (int i = 0; i < sources; ++i) {
            const int source = anyNode(random);
            const std::vector<double> reference = forward.from(source);
            for (int j = 0; j < 20; ++j) {
                const int target = anyNode(random);
                const std::optional<double> ours = search.secondsBetween(source, target, vehicle);
                QVERIFY2(sameSeconds(ours, reference[std::size_t(target)]),
                         qPrintable(QStringLiteral("node %1 → %2: %3 s, BGL %4 s")
                                        .arg(source)
                                        .arg(target)
                                        .arg(ours.value_or(-1))
                                        .arg(reference[std::size_t(target)])));
                if (ours)
                    ++reachable;
            }
        }
        qInfo("demo package, %s at %02d:00: %d of %d pairs reachable (both agree)",
              vehicle == Vehicle::Car ? "car" : "motorcycle", hour, reachable, sources * 20);
        QVERIFY(reachable > sources * 10);

        // One-to-many from snapped positions (partial edges at both ends) against BGL on the reversed graph from
        // an extra vertex standing for the target: the ways into it are the target's partial edges.
        GeoBounds bounds;
        for (int n = 0; n < network->nodeCount(); ++n)
            bounds.extend(g.node(n));
        std::uniform_real_distribution<double> lat(bounds.south, bounds.north);
        std::uniform_real_distribution<double> lon(bounds.west, bounds.east);
        const auto randomSnap = [&] {
            for (;;) {
                const double la = lat(random);
                const double lo = lon(random);
                if (std::optional<SnappedPoint> s = network->snap(la, lo, 200.0, vehicle))
                    return *s;
            }
        };
        for (int i = 0; i < 5; ++i) {
            const SnappedPoint target = randomSnap();
            std::vector<std::pair<std::pair<int, int>, double>> into;
            const int virtualTarget = network->nodeCount();
            for (const auto &[edge, fraction] :
                 {std::pair{target.edge, target.fraction}, std::pair{target.twin, 1.0 - target.fraction}}) {
                if (edge < 0 || !std::isfinite(network->edgeSeconds(edge, vehicle)))
                    continue;
                into.push_back({{g.edgeSource(edge), virtualTarget}, fraction * network->edgeSeconds(edge, vehicle)});
                if (fraction >= 1.0)
                    into.push_back({{g.edgeTarget(edge), virtualTarget}, 0.0});
            }
            const BglReference reversed(*network, vehicle, true, into);
            const std::vector<double> toTarget = reversed.from(virtualTarget);
            QList<RouteOrigin> origins;
            for (int j = 0; j < 200; ++j)
                origins.append(RouteOrigin{j, randomSnap()});
            const QList<RouteReach> reaches = search.toTarget(target, origins, int(origins.size()), vehicle, kInf);
            QHash<int, double> byId;
            for (const RouteReach &r : reaches)
                byId.insert(r.id, r.seconds);
            for (const RouteOrigin &o : std::as_const(origins)) {
                double expected = kInf;
                for (const auto &[edge, fraction] :
                     {std::pair{o.at.edge, o.at.fraction}, std::pair{o.at.twin, 1.0 - o.at.fraction}}) {
                    if (edge < 0 || !std::isfinite(network->edgeSeconds(edge, vehicle)))
                        continue;
                    const double t = network->edgeSeconds(edge, vehicle);
                    expected = std::min(expected, (1.0 - fraction) * t + toTarget[std::size_t(g.edgeTarget(edge))]);
                    if (fraction <= 0.0) // standing at the edge's source: any road from there
                        expected = std::min(expected, toTarget[std::size_t(g.edgeSource(edge))]);
                    for (const auto &[targetEdge, targetFraction] :
                         {std::pair{target.edge, target.fraction}, std::pair{target.twin, 1.0 - target.fraction}})
                        if (targetEdge == edge && fraction <= targetFraction)
                            expected = std::min(expected, (targetFraction - fraction) * t);
                }
                const std::optional<double> ours =
                    byId.contains(o.id) ? std::optional<double>(byId.value(o.id)) : std::nullopt;
                QVERIFY2(sameSeconds(ours, expected),
                         qPrintable(QStringLiteral("origin %1 (edge %2 at %3): %4 s, BGL %5 s")
                                        .arg(o.id)
                                        .arg(o.at.edge)
                                        .arg(o.at.fraction)
                                        .arg(ours.value_or(-1))
                                        .arg(expected)));
            }
            // The fastest one's route has its time and runs from the origin's snapped point to the target's.
            if (!reaches.isEmpty()) {
                const RouteOrigin &best = origins[reaches.first().id];
                const std::optional<RouteGeometry> route = search.route(best.at, target, vehicle);
                QVERIFY(route);
                QVERIFY(std::abs(route->seconds - reaches.first().seconds) < 1e-6);
                QVERIFY(std::abs(route->meters - reaches.first().meters) < 1e-3);
                QVERIFY(route->points.size() >= 2);
            }
        }
    }
#endif
}

void TestRouting::concurrentSearches()
{
    const auto network = tinyNetwork();
    const RoadGraph &g = network->graph();
    const SnappedPoint target = onEdge(*network, edgeBetween(g, C, D), 0.5);
    QList<RouteOrigin> origins;
    for (int i = 0; i < 20; ++i)
        origins.append(RouteOrigin{i, onEdge(*network, i % 2 ? edgeBetween(g, A, B) : edgeBetween(g, D, A), i / 20.0)});
    TravelTimeSearch reference(*network);
    const QList<RouteReach> expected = reference.toTarget(target, origins, 20, Vehicle::Car);
    QCOMPARE(expected.size(), 20);
    // A const network, one search per thread.
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            TravelTimeSearch search(*network);
            for (int i = 0; i < 200; ++i) {
                const QList<RouteReach> got = search.toTarget(target, origins, 20, Vehicle::Car);
                for (int j = 0; j < got.size(); ++j)
                    if (got.size() != expected.size() || got[j].id != expected[j].id ||
                        got[j].seconds != expected[j].seconds)
                        ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
