#pragma once

#include <algorithm>
#include <limits>

namespace lintas::geo {

// A WGS84 position in degrees.
struct GeoPoint
{
    double lat = 0.0;
    double lon = 0.0;

    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

// A latitude/longitude box. Default-constructed it is empty (invalid) and grows with extend(). Boxes that
// cross the antimeridian are not supported: the map packages cover one region.
struct GeoBounds
{
    double south = std::numeric_limits<double>::infinity();
    double west = std::numeric_limits<double>::infinity();
    double north = -std::numeric_limits<double>::infinity();
    double east = -std::numeric_limits<double>::infinity();

    static GeoBounds fromCorners(double south, double west, double north, double east)
    {
        return GeoBounds{south, west, north, east};
    }
    // A box of half-size `halfDeg` degrees around a point.
    static GeoBounds around(double lat, double lon, double halfDeg)
    {
        return GeoBounds{lat - halfDeg, lon - halfDeg, lat + halfDeg, lon + halfDeg};
    }

    bool isValid() const { return south <= north && west <= east; }
    bool contains(double lat, double lon) const { return lat >= south && lat <= north && lon >= west && lon <= east; }
    bool intersects(const GeoBounds &o) const
    {
        return isValid() && o.isValid() && o.west <= east && o.east >= west && o.south <= north && o.north >= south;
    }
    void extend(double lat, double lon)
    {
        south = std::min(south, lat);
        north = std::max(north, lat);
        west = std::min(west, lon);
        east = std::max(east, lon);
    }
    void extend(const GeoPoint &p) { extend(p.lat, p.lon); }
    void extend(const GeoBounds &o)
    {
        if (o.isValid()) {
            extend(o.south, o.west);
            extend(o.north, o.east);
        }
    }
    GeoPoint center() const { return GeoPoint{(south + north) / 2.0, (west + east) / 2.0}; }

    friend bool operator==(const GeoBounds &, const GeoBounds &) = default;
};

} // namespace lintas::geo
