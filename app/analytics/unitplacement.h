#pragma once

#include <QList>
#include <QString>
#include <QUuid>
#include <QVector>

#include "analytics/hotspotforecast.h"
#include "core/unit.h"

namespace lintas::geo {
class RoutingNetwork;
}

namespace lintas::analytics {

struct PlacementUnit
{
    QUuid id;
    QString callsign;
    UnitKind kind = UnitKind::R4Patrol;
    geo::GeoPoint position;
};

struct PlacementOptions
{
    double maxTravelSeconds = 600; // a unit may be placed only where it gets within this time by road
    double coverMeters = 500;      // a placed unit covers the cells whose centres lie this close
    int candidateCells = 60;       // consider only the riskiest cells as places
};

struct Placement
{
    QUuid unitId;
    QString callsign;
    int cell = -1;
    geo::GeoPoint target;     // the cell's centre (snapped to the road where the network allows)
    double travelSeconds = 0; // from the unit's position, by road
    double coveredRisk = 0;   // the risk this placement newly covers (greedy gain)
};

struct PlacementResult
{
    QList<Placement> placements; // in the order chosen (largest gain first)
    double coveredRisk = 0;      // total risk covered
    double totalRisk = 0;        // risk of every cell
};

// Greedy maximum coverage: repeatedly picks the (unit, place) pair that covers the most risk not yet covered,
// among places the unit reaches within maxTravelSeconds by road (travel times from TravelTimeSearch; without a
// network, straight-line distance at 30 km/h), until every unit is placed or nothing more is gained. Of the units
// that reach the chosen place, the one the next round misses least goes, then the nearest: a unit that alone
// reaches another cluster is kept for it. Road times come from one bounded search per candidate place with every
// unit of a vehicle kind as an origin (TravelTimeSearch::toTarget), so one-way streets count in the direction units
// drive and the cost does not grow with units × places.
//
// Runs on the caller's thread; a const RoutingNetwork may be shared with other threads' searches.
PlacementResult placeUnits(const HotspotGrid &grid, const QVector<float> &risk, const QList<PlacementUnit> &units,
                           const geo::RoutingNetwork *network, const PlacementOptions &options = {});

} // namespace lintas::analytics
