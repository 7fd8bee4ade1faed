#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QUuid>

#include "core/changefactory.h"
#include "core/incident.h"
#include "core/unit.h"
#include "field/fieldsink.h"
#include "field/roadnetwork.h"

namespace lintas::field {

struct SimulatorOptions
{
    quint64 seed = 1;
    // On-scene work and the pause before a unit resumes patrol pass this many times faster (demos); driving
    // and the crew's reaction to a dispatch do not.
    double speedup = 1.0;
    // Each unit reports its position at an interval of its own in [min, max] while it moves, and every max
    // while it stands still.
    int minReportIntervalMs = 1000;
    int maxReportIntervalMs = 5000;
    // The last unit leaving a scene also clears the incident (an account that may move incidents to
    // "cleared": supervisor or admin). Otherwise the unit only reports itself available again.
    bool clearsIncidents = true;
};

// The simulated patrol fleet of lintas-field: every unit drives the road graph, reports where it is, and works
// the incidents it is dispatched to, all through a FieldSink so that the core needs neither a store nor a
// network.
//
//   store signals ──updateUnit / updateIncident──► FleetSimulator ──commit(changes)──► FieldSink
//   clock (injected) ──────────advanceTo(now)────►     │         ──positions(fixes)──►
//
// Time is whatever the caller passes to advanceTo(): the wall clock in the gateway, a counter in tests. Units
// act at their own times (a queue of events ordered by time, then by the order they were made), so how often
// advanceTo() is called changes nothing, and the same seed, network, start time and inputs give the same
// routes, reports and changes. Each unit draws from a generator of its own, seeded from the seed and its id.
//
// What a unit does, by status:
//   available    parks at its station (drives back first); a few idle slowly around it
//   on_patrol    drives random routes within its patrol area (the toll roads for the highway patrol; never
//                the toll roads on a motorcycle)
//   dispatched   after 20–60 s the crew reports en_route and drives the fastest route to the incident
//   en_route     on arrival: on_scene (the incident follows the first unit there) and its position
//   on_scene     after 5–20 minutes (÷ speedup): available again, clearing the incident when it was the
//                last unit there; patrol units resume patrol a few minutes later
//   busy, out_of_service   stand still, or go back to the station
// Its own moves are applied to its view at once; the store echoes them later and the echo is recognised.
class FleetSimulator
{
public:
    FleetSimulator(const RoadNetwork &network, ChangeFactory &factory, FieldSink &sink, SimulatorOptions options,
                   qint64 startMs);
    ~FleetSimulator();
    FleetSimulator(const FleetSimulator &) = delete;
    FleetSimulator &operator=(const FleetSimulator &) = delete;

    // The store's view of a unit. A unit not seen before joins the fleet where the store last saw it (or at
    // its station); a status that changed elsewhere (a desk's dispatch) is reacted to.
    void updateUnit(const lintas::Unit &unit);
    void removeUnit(const QUuid &unitId);
    void updateIncident(const lintas::Incident &incident);
    void removeIncident(const QUuid &incidentId);

    // Runs the fleet up to nowMs. Changes reach the sink as they are made; the positions reported on the way
    // reach it as one batch at the end.
    void advanceTo(qint64 nowMs);
    qint64 now() const;

    void setClearsIncidents(bool clears);
    int unitCount() const;
    // The simulator's view of a unit, its own moves included; its last reported position in the position
    // fields.
    std::optional<lintas::Unit> unit(const QUuid &unitId) const;

    struct Counts
    {
        int driving = 0;
        int standing = 0;
        int toIncident = 0;
        int onScene = 0;
    };
    Counts counts() const;

private:
    class Engine;
    std::unique_ptr<Engine> d;
};

} // namespace lintas::field
