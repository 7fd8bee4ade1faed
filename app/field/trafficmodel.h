#pragma once

#include <QtGlobal>

#include "core/unit.h"
#include "geo/roadclass.h"

namespace lintas::field {

// How fast traffic moves in Jakarta, by road class and hour, for the simulated fleet. The figures are
// plausible rather than measured: free flow on the toll roads around 70–80 km/h, arterials around 40, the
// kampung streets 15–20; the morning (06:00–09:00) and evening (16:00–19:00) peaks roughly halve them.

// Jakarta keeps Western Indonesian Time (UTC+7) all year.
inline constexpr qint64 kWibOffsetMs = 7LL * 3600 * 1000;
int hourWib(qint64 utcMs);

// The toll roads: barred to motorcycles.
bool isTollRoad(geo::RoadClass roadClass);

// Speed on an empty road.
double freeFlowKmh(geo::RoadClass roadClass);
// The share of free-flow speed traffic allows at an hour of the day (WIB).
double trafficFactor(int hourWib);
bool isPeakHour(int hourWib); // 06:00–09:00 and 16:00–19:00

enum class Driving
{
    Patrol,  // cruising, looking around
    Transit, // going somewhere without hurry (back to the station)
    Urgent,  // lights and siren, to an incident
    Drift,   // idling along near the station
};

// The speed a unit of this kind drives at on this road at this hour, before the per-unit spread the simulator
// adds. Motorcycles filter through queues and lose less to congestion; an urgent run gains on traffic.
double drivingKmh(geo::RoadClass roadClass, int hourWib, UnitKind kind, Driving driving);
// The most any simulated unit reports on this class of road (tests hold the simulator to it).
double maxPlausibleKmh(geo::RoadClass roadClass);

} // namespace lintas::field
