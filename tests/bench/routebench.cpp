// Suite "route" (issue 5): recommending units for an incident on the Jakarta demo package, against the Boost Graph
// Library's Dijkstra over the whole graph.
//
//   route.load_ms                 RoutingNetwork::load from the package (graph, road shapes, snapping grid), once
//   route.memory_mib              RoutingNetwork::memoryBytes, and route.load_rss_mib the resident growth over the load
//   500 units on random drivable positions (seeded, with GPS-like scatter of up to 15 m), then per incident
//   (1,000 random incidents on the network, 08:00 WIB peak speeds, cars):
//     route.rank_ms_median/_p99   snap the incident + snap the 500 units + TravelTimeSearch::toTarget(k = 500)
//                                 → baseline: BGL median/p99, ratio = BGL / ours
//     route.snap_units_ms_median  of which snapping the 500 units
//     route.settled_nodes_median  nodes the one-to-many search settled (of route.graph_nodes)
//     route.rank_top20_ms_median/_p99, route.settled_nodes_top20_median   the same with k = 20: the search stops
//                                 once the fastest 20 units are settled (what a dispatcher's list shows); with k =
//                                 500 and units spread over the whole city it has to cover nearly all of it
//     route.recommend_ms_median/_p99   what the desk runs per incident (analytics::recommendUnits): snap the
//                                 incident and the 500 units (every third an R2 motorcycle, so two searches), the
//                                 road search bounded to the nearest units, the ranking, and the top 3 routes
//     route.bgl_ms_median/_p99    boost::dijkstra_shortest_paths on a compressed_sparse_row_graph with the same
//                                 per-edge travel times, over the reversed graph from the incident's node (the same
//                                 question: every node's time to the incident), whole graph, no early stop
// Arguments (all optional): --units N, --incidents N, --hour H, --top K (default 20).

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <numbers>
#include <random>
#include <utility>
#include <vector>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>
#include <QUuid>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include "analytics/dispatchadvisor.h"
#include "bench.h"
#include "geo/geodesy.h"
#include "geo/mappackage.h"
#include "geo/routingnetwork.h"
#include "geo/traveltimesearch.h"

namespace lintas::bench {
namespace {

using geo::GeoPoint;
using geo::RouteOrigin;
using geo::RouteReach;
using geo::RoutingNetwork;
using geo::SnappedPoint;
using geo::TravelTimeSearch;
using geo::Vehicle;

constexpr double kSnapLimitM = 250.0;
constexpr double kScatterM = 15.0;
constexpr double kMetresPerDegree = geo::kEarthRadiusM * std::numbers::pi / 180.0;

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "route: %s\n", qPrintable(message));
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index =
        std::size_t(std::clamp(std::ceil(p * double(values.size())) - 1.0, 0.0, double(values.size() - 1)));
    return values[index];
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// A random point on the drivable network (an edge picked by length, a point along it), scattered like a GPS fix.
GeoPoint randomPosition(const RoutingNetwork &network, const std::vector<double> &cumulativeLength,
                        std::mt19937 &random, double scatterM)
{
    std::uniform_real_distribution<double> along(0.0, cumulativeLength.back());
    const auto e = int(std::upper_bound(cumulativeLength.begin(), cumulativeLength.end(), along(random)) -
                       cumulativeLength.begin());
    const int edge = std::min(e, network.edgeCount() - 1);
    std::uniform_real_distribution<double> fraction(0.0, 1.0);
    const GeoPoint p = network.edgeShapeBetween(edge, 0.0, fraction(random)).last();
    std::uniform_real_distribution<double> offset(-scatterM, scatterM);
    const double kx = std::cos(p.lat * std::numbers::pi / 180.0) * kMetresPerDegree;
    return GeoPoint{p.lat + offset(random) / kMetresPerDegree, p.lon + offset(random) / kx};
}

// The baseline: BGL's Dijkstra over the same per-edge travel times, reversed (edges a car may not drive left out).
struct EdgeWeight
{
    double seconds = 0.0;
};
using BglGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeWeight>;

BglGraph reversedBglGraph(const RoutingNetwork &network, Vehicle vehicle)
{
    std::vector<std::pair<int, int>> edges;
    std::vector<EdgeWeight> weights;
    const geo::RoadGraph &g = network.graph();
    for (int e = 0; e < g.edgeCount(); ++e) {
        const double seconds = network.edgeSeconds(e, vehicle);
        if (!std::isfinite(seconds))
            continue;
        edges.emplace_back(g.edgeTarget(e), g.edgeSource(e));
        weights.push_back(EdgeWeight{seconds});
    }
    return BglGraph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), weights.begin(),
                    std::size_t(network.nodeCount()));
}

// Keeps the compiler from dropping a search's result.
double checksumOf(const QList<RouteReach> &reaches)
{
    double sum = 0;
    for (const RouteReach &r : reaches)
        sum += r.seconds;
    return sum;
}

} // namespace

int runRouteSuite(const QStringList &arguments)
{
    const int unitCount = option(arguments, QStringLiteral("--units"), 500);
    const int incidentCount = option(arguments, QStringLiteral("--incidents"), 1000);
    const int hour = option(arguments, QStringLiteral("--hour"), 8);
    const int top = option(arguments, QStringLiteral("--top"), 20);

    // Load, once: time and memory.
    geo::MapPackage package;
    QString error;
    if (!package.open(QStringLiteral(LINTAS_DEMO_MAP), &error)) {
        fail(error);
        return 1;
    }
    const double rssBefore = residentMiB();
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<RoutingNetwork> network = RoutingNetwork::load(package, geo::TravelSpeeds::builtIn(), &error);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    if (!network) {
        fail(error);
        return 1;
    }
    const double rssAfter = residentMiB();
    network->setHour(hour);
    report({QStringLiteral("route.load_ms"), rounded(loadMs, 1), QStringLiteral("ms")});
    report({QStringLiteral("route.memory_mib"), rounded(double(network->memoryBytes()) / (1024.0 * 1024.0), 1),
            QStringLiteral("MiB")});
    report({QStringLiteral("route.load_rss_mib"), rounded(rssAfter - rssBefore, 1), QStringLiteral("MiB")});
    report({QStringLiteral("route.graph_nodes"), double(network->nodeCount()), QStringLiteral("nodes")});
    report({QStringLiteral("route.graph_edges"), double(network->edgeCount()), QStringLiteral("edges")});

    // Where units and incidents are: on the roads, in proportion to their length.
    std::vector<double> cumulativeLength;
    cumulativeLength.reserve(std::size_t(network->edgeCount()));
    double total = 0;
    for (int e = 0; e < network->edgeCount(); ++e) {
        total += network->edgeLengthM(e);
        cumulativeLength.push_back(total);
    }
    std::mt19937 random(20230500u);
    QList<GeoPoint> units;
    for (int i = 0; i < unitCount; ++i)
        units.append(randomPosition(*network, cumulativeLength, random, kScatterM));
    QList<GeoPoint> incidents;
    for (int i = 0; i < incidentCount; ++i)
        incidents.append(randomPosition(*network, cumulativeLength, random, kScatterM));

    const BglGraph bgl = reversedBglGraph(*network, Vehicle::Car);
    std::vector<double> bglDistance(std::size_t(network->nodeCount()));
    const auto bglDistanceMap =
        boost::make_iterator_property_map(bglDistance.begin(), boost::get(boost::vertex_index, bgl));

    TravelTimeSearch search(*network);
    std::vector<double> rankMs;
    std::vector<double> snapMs;
    std::vector<double> bglMs;
    std::vector<double> settled;
    std::vector<double> topMs;
    std::vector<double> topSettled;
    std::vector<double> recommendMs;
    // The fleet as the desk knows it: fresh positions, free, a mix of patrol cars and motorcycles.
    const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(hour, 0), QTimeZone(7 * 3600)).toUTC();
    QList<Unit> fleet;
    for (int i = 0; i < unitCount; ++i) {
        Unit unit;
        unit.id = QUuid::createUuid();
        unit.callsign = QStringLiteral("BENCH-%1").arg(i, 3, 10, QLatin1Char('0'));
        unit.kind = i % 3 == 2 ? UnitKind::R2Patrol : UnitKind::R4Patrol;
        unit.status = i % 2 ? UnitStatus::OnPatrol : UnitStatus::Available;
        unit.latitude = units[i].lat;
        unit.longitude = units[i].lon;
        unit.positionAt = now.addSecs(-30);
        fleet.append(unit);
    }
    const analytics::RankingRules &rules = analytics::RankingRules::builtIn();
    double checksum = 0;
    int unsnapped = 0;
    int reachedTotal = 0;
    QList<RouteOrigin> origins;
    origins.reserve(unitCount);
    for (const GeoPoint &incident : std::as_const(incidents)) {
        // Ours: snap the incident and every unit, then one search from the incident over the reversed graph.
        timer.start();
        const std::optional<SnappedPoint> target = network->snap(incident.lat, incident.lon, kSnapLimitM);
        if (!target) {
            ++unsnapped;
            continue;
        }
        origins.clear();
        for (int i = 0; i < unitCount; ++i)
            if (const std::optional<SnappedPoint> at = network->snap(units[i].lat, units[i].lon, kSnapLimitM))
                origins.append(RouteOrigin{i, *at});
        const double snappedMs = double(timer.nsecsElapsed()) / 1e6;
        const QList<RouteReach> reaches = search.toTarget(*target, origins, unitCount, Vehicle::Car);
        checksum += checksumOf(reaches);
        rankMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        snapMs.push_back(snappedMs);
        settled.push_back(search.lastSettledCount());
        reachedTotal += int(reaches.size());

        // The same, for the fastest `top` units only.
        timer.start();
        const std::optional<SnappedPoint> topTarget = network->snap(incident.lat, incident.lon, kSnapLimitM);
        origins.clear();
        for (int i = 0; i < unitCount; ++i)
            if (const std::optional<SnappedPoint> at = network->snap(units[i].lat, units[i].lon, kSnapLimitM))
                origins.append(RouteOrigin{i, *at});
        checksum += checksumOf(search.toTarget(*topTarget, origins, top, Vehicle::Car));
        topMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        topSettled.push_back(search.lastSettledCount());

        // The desk's whole recommendation.
        Incident call;
        call.id = QUuid::createUuid();
        call.typeCode = QStringLiteral("kecelakaan");
        call.priority = Priority::P1;
        call.latitude = incident.lat;
        call.longitude = incident.lon;
        call.reportedAt = now;
        timer.start();
        const analytics::RecommendationSet set =
            analytics::recommendUnits(*network, search, call, fleet, now, rules, /*routeCount=*/3);
        recommendMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        checksum += double(set.units.size());

        // The baseline: a full Dijkstra from the incident's node.
        const int node = network->graph().edgeSource(target->edge);
        timer.start();
        boost::dijkstra_shortest_paths(bgl, std::size_t(node),
                                       boost::weight_map(boost::get(&EdgeWeight::seconds, bgl))
                                           .distance_map(bglDistanceMap)
                                           .distance_inf(std::numeric_limits<double>::infinity()));
        bglMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (rankMs.empty()) {
        fail(QStringLiteral("no incident could be placed on the network"));
        return 1;
    }
    const double bglMedian = percentile(bglMs, 0.5);
    const double bglP99 = percentile(bglMs, 0.99);
    report({QStringLiteral("route.rank_ms_median"), rounded(percentile(rankMs, 0.5), 3), QStringLiteral("ms"),
            rounded(bglMedian, 3), false});
    report({QStringLiteral("route.rank_ms_p99"), rounded(percentile(rankMs, 0.99), 3), QStringLiteral("ms"),
            rounded(bglP99, 3), false});
    report({QStringLiteral("route.recommend_ms_median"), rounded(percentile(recommendMs, 0.5), 3), QStringLiteral("ms"),
            rounded(bglMedian, 3), false});
    report({QStringLiteral("route.recommend_ms_p99"), rounded(percentile(recommendMs, 0.99), 3), QStringLiteral("ms"),
            rounded(bglP99, 3), false});
    const QString topName = QStringLiteral("route.rank_top%1_ms_").arg(top);
    report({topName + QStringLiteral("median"), rounded(percentile(topMs, 0.5), 3), QStringLiteral("ms"),
            rounded(bglMedian, 3), false});
    report({topName + QStringLiteral("p99"), rounded(percentile(topMs, 0.99), 3), QStringLiteral("ms"),
            rounded(bglP99, 3), false});
    report({QStringLiteral("route.settled_nodes_top%1_median").arg(top), percentile(topSettled, 0.5),
            QStringLiteral("nodes")});
    report({QStringLiteral("route.snap_units_ms_median"), rounded(percentile(snapMs, 0.5), 3), QStringLiteral("ms")});
    report({QStringLiteral("route.settled_nodes_median"), percentile(settled, 0.5), QStringLiteral("nodes")});
    report({QStringLiteral("route.bgl_ms_median"), rounded(bglMedian, 3), QStringLiteral("ms")});
    report({QStringLiteral("route.bgl_ms_p99"), rounded(bglP99, 3), QStringLiteral("ms")});
    std::fprintf(stderr,
                 "route: %d units, %zu incidents (%d off the network), %.1f units reached on average "
                 "(checksum %.0f)\n",
                 unitCount, rankMs.size(), unsnapped, double(reachedTotal) / double(rankMs.size()), checksum);
    return 0;
}

} // namespace lintas::bench
