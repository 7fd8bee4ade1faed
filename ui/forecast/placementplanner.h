#pragma once

#include <memory>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVector>

#include "analytics/unitplacement.h"
#include "core/unit.h"

namespace lintas {

namespace geo {
class RoutingNetwork;
}

// The units a placement may move: available or on patrol, with a position on the map.
QList<analytics::PlacementUnit> placeableUnits(const QList<Unit> &units);

// One placement run for a worker thread, and what it leaves for the next run.
//
//   GUI thread ── PlacementRequest (grid, risk, units, map path, the network of the last run) ──► worker:
//        ▲           load the network once per map (open the package, load, close it in this thread),
//        │           set the hour's speeds, greedy placement
//        └──────── PlacementRun (result, the network to keep) ◄──────────────────────────────────┘
//
// The network is shared with the next run rather than reloaded every five minutes; the controller runs one
// placement at a time, so setHour never races a search.
struct PlacementRequest
{
    analytics::HotspotGrid grid;
    QVector<float> risk;
    QList<analytics::PlacementUnit> units;
    QString mapPath;
    std::shared_ptr<geo::RoutingNetwork> network; // loaded for networkPath by an earlier run, or null
    QString networkPath;
    QDateTime at; // the hour whose road speeds count
};

struct PlacementRun
{
    analytics::PlacementResult result;
    std::shared_ptr<geo::RoutingNetwork> network;
    QString networkPath;
    QString networkError; // the map has no network: travel times are straight-line estimates
};

PlacementRun planPlacement(const PlacementRequest &request);

} // namespace lintas
