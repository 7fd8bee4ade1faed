#pragma once

namespace lintas::geo {

inline constexpr double kEarthRadiusM = 6371008.8; // mean radius (IUGG)

// Great-circle distance in metres between two WGS84 points (haversine). Straight-line distance: never
// to be presented as travel time.
double distanceM(double lat1, double lon1, double lat2, double lon2);
// Initial bearing from the first point to the second, degrees clockwise from north in [0, 360).
double bearingDeg(double lat1, double lon1, double lat2, double lon2);

} // namespace lintas::geo
