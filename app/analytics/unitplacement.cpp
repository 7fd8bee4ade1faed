#include "unitplacement.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "geo/geodesy.h"
#include "geo/routingnetwork.h"
#include "geo/traveltimesearch.h"

namespace lintas::analytics {
namespace {

// Without a road network: straight-line distance at a city patrol's pace (30 km/h).
constexpr double kStraightLineMetersPerSecond = 30.0 / 3.6;
// A candidate place is where a unit can stop: the road nearest the cell's centre, if one is this close.
constexpr double kSnapLimitM = 300.0;

geo::Vehicle vehicleOf(UnitKind kind)
{
    return kind == UnitKind::R2Patrol ? geo::Vehicle::Motorcycle : geo::Vehicle::Car;
}

struct Candidate
{
    int cell = -1;
    geo::GeoPoint target;
    QList<int> covers; // cells with risk within coverMeters
};

// Travel seconds per (unit, candidate); empty when the unit cannot get there within the limit.
using Reach = QVector<std::optional<double>>;

// Road travel times: for each candidate, ONE search toward it over the reversed graph with every unit of a
// vehicle kind as an origin, bounded by the time limit (TravelTimeSearch settles origins as it meets them), so the
// whole table costs candidates × vehicle kinds bounded searches, whatever the number of units.
void roadReach(const geo::RoutingNetwork &network, const QList<PlacementUnit> &units, QVector<Candidate> &candidates,
               double maxSeconds, QVector<Reach> &reach)
{
    geo::TravelTimeSearch search(network);
    const geo::Vehicle vehicles[] = {geo::Vehicle::Car, geo::Vehicle::Motorcycle};
    for (const geo::Vehicle vehicle : vehicles) {
        QList<geo::RouteOrigin> origins;
        for (int u = 0; u < units.size(); ++u) {
            if (vehicleOf(units[u].kind) != vehicle)
                continue;
            const geo::GeoPoint &at = units[u].position;
            if (const auto snapped = network.snap(at.lat, at.lon, kSnapLimitM, vehicle))
                origins.append(geo::RouteOrigin{u, *snapped});
        }
        if (origins.isEmpty())
            continue;
        for (int c = 0; c < candidates.size(); ++c) {
            const geo::GeoPoint centre = candidates[c].target;
            const auto target = network.snap(centre.lat, centre.lon, kSnapLimitM, vehicle);
            if (!target)
                continue;
            const QList<geo::RouteReach> reached =
                search.toTarget(*target, origins, int(origins.size()), vehicle, maxSeconds);
            for (const geo::RouteReach &r : reached)
                if (r.seconds <= maxSeconds)
                    reach[r.id][c] = r.seconds;
        }
    }
}

} // namespace

PlacementResult placeUnits(const HotspotGrid &grid, const QVector<float> &risk, const QList<PlacementUnit> &units,
                           const geo::RoutingNetwork *network, const PlacementOptions &options)
{
    PlacementResult result;
    if (!grid.isValid() || risk.size() != grid.cellCount())
        return result;
    for (float r : risk)
        if (r > 0)
            result.totalRisk += double(r);
    if (units.isEmpty() || options.candidateCells <= 0 || !(result.totalRisk > 0))
        return result;

    // The riskiest cells are the places considered (ties by cell index).
    QVector<int> ranked;
    for (int c = 0; c < risk.size(); ++c)
        if (risk[c] > 0)
            ranked.append(c);
    const qsizetype keep = std::min<qsizetype>(ranked.size(), options.candidateCells);
    std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(),
                      [&](int a, int b) { return risk[a] != risk[b] ? risk[a] > risk[b] : a < b; });
    ranked.resize(keep);

    QVector<Candidate> candidates(ranked.size());
    for (int i = 0; i < ranked.size(); ++i) {
        Candidate &candidate = candidates[i];
        candidate.cell = ranked[i];
        candidate.target = grid.cellCenter(ranked[i]);
        for (int cell : grid.cellsWithin(ranked[i], options.coverMeters))
            if (risk[cell] > 0)
                candidate.covers.append(cell);
    }

    QVector<Reach> reach(units.size(), Reach(candidates.size()));
    if (network) {
        roadReach(*network, units, candidates, options.maxTravelSeconds, reach);
        // Where the road is near enough, the place to drive to is on it.
        for (Candidate &candidate : candidates)
            if (const auto snapped = network->snap(candidate.target.lat, candidate.target.lon, kSnapLimitM))
                candidate.target = snapped->point;
    } else {
        for (int u = 0; u < units.size(); ++u) {
            for (int c = 0; c < candidates.size(); ++c) {
                const geo::GeoPoint &from = units[u].position;
                const geo::GeoPoint &to = candidates[c].target;
                const double seconds =
                    geo::distanceM(from.lat, from.lon, to.lat, to.lon) / kStraightLineMetersPerSecond;
                if (seconds <= options.maxTravelSeconds)
                    reach[u][c] = seconds;
            }
        }
    }

    // Greedy maximum coverage: the gain of a place does not depend on who goes there, so each round takes the
    // place with the largest uncovered risk that some unplaced unit reaches. Of the units that reach it, the one
    // whose absence costs the next round least goes (a unit that alone reaches another cluster is kept for it),
    // then the nearest, then the first listed.
    QVector<char> covered(grid.cellCount(), 0);
    QVector<char> placed(units.size(), 0);
    QVector<char> taken(candidates.size(), 0);
    auto gainOf = [&](int c) {
        double gain = 0;
        for (int cell : candidates[c].covers)
            if (!covered[cell])
                gain += double(risk[cell]);
        return gain;
    };
    // The largest gain of the next round if `without` stays where it is.
    auto nextGain = [&](int without) {
        double best = 0;
        for (int c = 0; c < candidates.size(); ++c) {
            if (taken[c])
                continue;
            const double gain = gainOf(c);
            if (!(gain > best))
                continue;
            for (int u = 0; u < units.size(); ++u) {
                if (u != without && !placed[u] && reach[u][c]) {
                    best = gain;
                    break;
                }
            }
        }
        return best;
    };
    for (int round = 0; round < units.size(); ++round) {
        int bestCandidate = -1;
        double bestGain = 0;
        for (int c = 0; c < candidates.size(); ++c) {
            if (taken[c])
                continue;
            const double gain = gainOf(c);
            // Equal gains keep the earlier place in risk order, so that a unit waits where incidents are likeliest.
            if (!(gain > bestGain))
                continue;
            bool reachable = false;
            for (int u = 0; u < units.size() && !reachable; ++u)
                reachable = !placed[u] && reach[u][c];
            if (!reachable)
                continue;
            bestCandidate = c;
            bestGain = gain;
        }
        if (bestCandidate < 0)
            break; // nothing more to gain
        for (int cell : candidates[bestCandidate].covers)
            covered[cell] = 1;
        taken[bestCandidate] = 1;
        int bestUnit = -1;
        double bestNext = 0;
        double bestSeconds = 0;
        for (int u = 0; u < units.size(); ++u) {
            if (placed[u] || !reach[u][bestCandidate])
                continue;
            const double seconds = *reach[u][bestCandidate];
            const double next = nextGain(u);
            if (bestUnit < 0 || next > bestNext || (next == bestNext && seconds < bestSeconds)) {
                bestUnit = u;
                bestNext = next;
                bestSeconds = seconds;
            }
        }
        placed[bestUnit] = 1;
        Placement placement;
        placement.unitId = units[bestUnit].id;
        placement.callsign = units[bestUnit].callsign;
        placement.cell = candidates[bestCandidate].cell;
        placement.target = candidates[bestCandidate].target;
        placement.travelSeconds = bestSeconds;
        placement.coveredRisk = bestGain;
        result.placements.append(placement);
        result.coveredRisk += bestGain;
    }
    return result;
}

} // namespace lintas::analytics
