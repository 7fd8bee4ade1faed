#include "webmercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lintas::geo {

QPointF toWorldPixels(double latitude, double longitude, double zoom)
{
    const double size = kTileSize * std::exp2(zoom);
    const double lat = std::clamp(latitude, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180.0;
    const double x = (longitude + 180.0) / 360.0 * size;
    const double y = (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / std::numbers::pi) / 2.0 * size;
    return {x, y};
}

void fromWorldPixels(const QPointF &pixels, double zoom, double *latitude, double *longitude)
{
    const double size = kTileSize * std::exp2(zoom);
    *longitude = pixels.x() / size * 360.0 - 180.0;
    const double n = std::numbers::pi * (1.0 - 2.0 * pixels.y() / size);
    *latitude = std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
}

double metresPerPixel(double latitude, double zoom)
{
    const double circumference = 2 * std::numbers::pi * kWebMercatorRadiusM;
    return circumference * std::cos(latitude * std::numbers::pi / 180.0) / (kTileSize * std::exp2(zoom));
}

} // namespace lintas::geo
