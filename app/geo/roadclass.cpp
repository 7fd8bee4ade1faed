#include "geo/roadclass.h"

#include <array>

namespace lintas::geo {

namespace {

constexpr std::array<const char *, kRoadClassCount> kOsmNames = {
    "motorway",      "motorway_link",  "trunk",    "trunk_link",    "primary",      "primary_link",
    "secondary",     "secondary_link", "tertiary", "tertiary_link", "unclassified", "residential",
    "living_street", "service",        "road",     "track",         "pedestrian",   "footway",
    "cycleway",      "path",           "steps",    "other"};

} // namespace

RoadClass roadClassFromOsm(const QString &highway)
{
    const QString key = highway.trimmed().toLower();
    for (int i = 0; i < kRoadClassCount - 1; ++i) {
        if (key == QLatin1String(kOsmNames[std::size_t(i)]))
            return RoadClass(i);
    }
    // Common synonyms in third-party extracts (Geofabrik's fclass spells some classes differently).
    if (key == u"bridleway" || key == u"corridor")
        return RoadClass::Path;
    if (key == u"busway" || key == u"bus_guideway")
        return RoadClass::Service;
    return RoadClass::Other;
}

QString roadClassOsmName(RoadClass roadClass)
{
    const auto index = std::size_t(roadClass);
    return index < kOsmNames.size() ? QString::fromLatin1(kOsmNames[index]) : QStringLiteral("other");
}

bool isDrivable(RoadClass roadClass)
{
    return roadClass <= RoadClass::Road;
}

OneWay oneWayFromOsm(const QString &value, RoadClass roadClass)
{
    const QString v = value.trimmed().toLower();
    if (v == u"yes" || v == u"1" || v == u"true")
        return OneWay::Forward;
    if (v == u"-1" || v == u"reverse")
        return OneWay::Backward;
    if (v.isEmpty() && roadClass == RoadClass::Motorway)
        return OneWay::Forward;
    return OneWay::Both;
}

RoadClass leastClassForZoom(double zoom)
{
    if (zoom < 11.0)
        return RoadClass::TrunkLink;
    if (zoom < 12.5)
        return RoadClass::PrimaryLink;
    if (zoom < 13.5)
        return RoadClass::SecondaryLink;
    if (zoom < 14.5)
        return RoadClass::Unclassified;
    if (zoom < 16.0)
        return RoadClass::Road;
    return RoadClass::Other;
}

} // namespace lintas::geo
