#pragma once

#include <QPointF>

namespace lintas::geo {

// Web Mercator (EPSG:3857) in "world pixels": the whole world is 256 · 2^zoom pixels wide, with
// fractional zoom allowed. The map view works in these units; tiles are 256 px at integer zooms.
inline constexpr double kTileSize = 256.0;
inline constexpr double kMaxLatitude = 85.05112878;
// EPSG:3857 projects onto a sphere of the WGS84 semi-major axis, not the mean radius used for distances.
inline constexpr double kWebMercatorRadiusM = 6378137.0;

QPointF toWorldPixels(double latitude, double longitude, double zoom);
void fromWorldPixels(const QPointF &pixels, double zoom, double *latitude, double *longitude);
// Ground metres covered by one screen pixel at a latitude and zoom (for the scale bar).
double metresPerPixel(double latitude, double zoom);

} // namespace lintas::geo
