#include "field/trafficmodel.h"

#include <algorithm>

namespace lintas::field {

int hourWib(qint64 utcMs)
{
    const qint64 dayMs = 24LL * 3600 * 1000;
    const qint64 local = ((utcMs + kWibOffsetMs) % dayMs + dayMs) % dayMs;
    return int(local / (3600 * 1000));
}

bool isTollRoad(geo::RoadClass roadClass)
{
    return roadClass == geo::RoadClass::Motorway || roadClass == geo::RoadClass::MotorwayLink;
}

double freeFlowKmh(geo::RoadClass roadClass)
{
    using geo::RoadClass;
    switch (roadClass) {
    case RoadClass::Motorway:
        return 75.0;
    case RoadClass::MotorwayLink:
        return 45.0;
    case RoadClass::Trunk:
        return 55.0;
    case RoadClass::TrunkLink:
        return 35.0;
    case RoadClass::Primary:
        return 45.0;
    case RoadClass::PrimaryLink:
        return 30.0;
    case RoadClass::Secondary:
        return 38.0;
    case RoadClass::SecondaryLink:
        return 28.0;
    case RoadClass::Tertiary:
        return 32.0;
    case RoadClass::TertiaryLink:
        return 25.0;
    case RoadClass::Unclassified:
    case RoadClass::Road:
        return 25.0;
    case RoadClass::Residential:
        return 20.0;
    case RoadClass::LivingStreet:
    case RoadClass::Service:
        return 12.0;
    case RoadClass::Track:
    case RoadClass::Pedestrian:
    case RoadClass::Footway:
    case RoadClass::Cycleway:
    case RoadClass::Path:
    case RoadClass::Steps:
    case RoadClass::Other:
        return 10.0;
    }
    return 10.0;
}

bool isPeakHour(int hourWib)
{
    return (hourWib >= 6 && hourWib < 9) || (hourWib >= 16 && hourWib < 19);
}

double trafficFactor(int hourWib)
{
    // By hour of the day, WIB: the night runs near free flow, the peaks at about half of it.
    static constexpr double kFactor[24] = {1.00, 1.00, 1.00, 1.00, 0.95, 0.85, 0.55, 0.50, 0.55, 0.70, 0.75, 0.75,
                                           0.70, 0.75, 0.75, 0.70, 0.55, 0.50, 0.55, 0.70, 0.80, 0.85, 0.90, 0.95};
    return kFactor[std::clamp(hourWib, 0, 23)];
}

double drivingKmh(geo::RoadClass roadClass, int hour, UnitKind kind, Driving driving)
{
    const double free = freeFlowKmh(roadClass);
    double factor = trafficFactor(hour);
    if (kind == UnitKind::R2Patrol)
        factor = std::min(1.0, factor + 0.2); // motorcycles slip through the queues
    switch (driving) {
    case Driving::Patrol:
        factor *= 0.8;
        break;
    case Driving::Transit:
        break;
    case Driving::Urgent:
        factor = std::min(1.15, factor * 1.35 + 0.1);
        break;
    case Driving::Drift:
        return std::min(free, 12.0);
    }
    if (kind == UnitKind::TowTruck)
        factor *= 0.85;
    return free * factor;
}

double maxPlausibleKmh(geo::RoadClass roadClass)
{
    // The fastest driving above (an urgent run at night) plus the simulator's spread of ±10 %.
    return freeFlowKmh(roadClass) * 1.15 * 1.1 + 0.5;
}

} // namespace lintas::field
