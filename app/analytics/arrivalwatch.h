#pragma once

#include <QList>
#include <QUuid>

#include "core/incident.h"
#include "core/unit.h"

namespace lintas::analytics {

// A unit that reached its incident by position: dispatched or en route to it and now within the arrival
// radius. The desk that made the dispatch records it as the unit arriving on scene (source "position").
struct PositionArrival
{
    QUuid unitId;
    QUuid incidentId;
    double distanceM = 0.0;
};

inline constexpr double kDefaultArrivalRadiusM = 75.0;

// The arrivals among `units` (with their live positions) at `incidents`: pure, no state.
QList<PositionArrival> arrivalsByPosition(const QList<Incident> &incidents, const QList<Unit> &units,
                                          double radiusM = kDefaultArrivalRadiusM);

} // namespace lintas::analytics
