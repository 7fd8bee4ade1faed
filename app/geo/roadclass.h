#pragma once

#include <cstdint>

#include <QString>

namespace lintas::geo {

// Road classes in order of importance (OpenStreetMap `highway` values). Lower is more important, so "every
// road down to a class" is `roadClass <= least`. Link roads sit right after their parent class. The numbers
// are stored in map packages: append, never renumber.
enum class RoadClass : std::uint8_t
{
    Motorway = 0,
    MotorwayLink = 1,
    Trunk = 2,
    TrunkLink = 3,
    Primary = 4,
    PrimaryLink = 5,
    Secondary = 6,
    SecondaryLink = 7,
    Tertiary = 8,
    TertiaryLink = 9,
    Unclassified = 10,
    Residential = 11,
    LivingStreet = 12,
    Service = 13,
    Road = 14, // OSM "road": class not yet known
    Track = 15,
    Pedestrian = 16,
    Footway = 17,
    Cycleway = 18,
    Path = 19,
    Steps = 20,
    Other = 21, // construction, proposed, anything unknown
};

inline constexpr int kRoadClassCount = 22;

// Direction of travel along a road's vertex order.
enum class OneWay : std::int8_t
{
    Backward = -1, // OSM oneway=-1: travel against the drawing direction
    Both = 0,
    Forward = 1,
};

// OSM `highway` value (case-insensitive; "motorway_link", "living_street", …) to a class; unknown → Other.
RoadClass roadClassFromOsm(const QString &highway);
// The OSM spelling of a class ("primary_link").
QString roadClassOsmName(RoadClass roadClass);
// Whether police cars and motorcycles may drive on it; only these roads enter the routing graph.
bool isDrivable(RoadClass roadClass);

// OSM `oneway` value: yes/1/true → Forward, -1/reverse → Backward, no/false/0/empty → Both. Values that do
// not name a fixed direction (reversible, alternating) are Both, so routing never strands a unit. A motorway
// with no value is Forward: OpenStreetMap implies oneway=yes on motorways.
OneWay oneWayFromOsm(const QString &value, RoadClass roadClass);

// The least important class worth drawing at a map zoom level (roads with roadClass <= it are drawn):
// motorways to secondaries for the whole city, every street from zoom 15.
RoadClass leastClassForZoom(double zoom);

} // namespace lintas::geo
