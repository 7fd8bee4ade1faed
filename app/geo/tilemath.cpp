#include "geo/tilemath.h"

#include <algorithm>
#include <cmath>

#include "geo/webmercator.h"

namespace lintas::geo {

bool TileId::isValid() const
{
    return z >= 0 && z <= kMaxTileZoom && x >= 0 && y >= 0 && x < tilesPerAxis(z) && y < tilesPerAxis(z);
}

QString TileId::toString() const
{
    return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y);
}

QList<TileId> TileRange::tiles() const
{
    QList<TileId> result;
    if (isEmpty())
        return result;
    result.reserve(qsizetype(count()));
    for (int y = minY; y <= maxY; ++y) {
        for (int x = minX; x <= maxX; ++x)
            result.append(TileId{z, x, y});
    }
    return result;
}

TileId tileAt(double latitude, double longitude, int z)
{
    z = std::clamp(z, 0, kMaxTileZoom);
    const QPointF world = toWorldPixels(latitude, std::clamp(longitude, -180.0, 180.0), z);
    // The east edge (180°) and the clamped south edge fall on the next tile's boundary: keep them inside.
    const qint64 last = tilesPerAxis(z) - 1;
    const auto index = [last](double pixels) {
        return int(std::clamp<qint64>(qint64(std::floor(pixels / kTileSize)), 0, last));
    };
    return TileId{z, index(world.x()), index(world.y())};
}

GeoBounds tileBounds(const TileId &tile)
{
    GeoBounds bounds;
    double lat = 0;
    double lon = 0;
    fromWorldPixels(QPointF(tile.x * kTileSize, tile.y * kTileSize), tile.z, &lat, &lon);
    bounds.north = lat;
    bounds.west = lon;
    fromWorldPixels(QPointF((tile.x + 1) * kTileSize, (tile.y + 1) * kTileSize), tile.z, &lat, &lon);
    bounds.south = lat;
    bounds.east = lon;
    return bounds;
}

TileRange tileRange(const GeoBounds &bounds, int z)
{
    if (!bounds.isValid())
        return TileRange{z, 0, 0, -1, -1};
    const TileId nw = tileAt(bounds.north, bounds.west, z);
    // The east and south edges are exclusive: a box that ends on a tile boundary (a tile's own bounds, say)
    // does not reach into the next tile. A hair of tolerance absorbs the rounding of the projection.
    const QPointF se = toWorldPixels(bounds.south, std::clamp(bounds.east, -180.0, 180.0), z);
    const qint64 last = tilesPerAxis(nw.z) - 1;
    const auto lastIndex = [last](double pixels, int first) {
        const qint64 index = qint64(std::ceil(pixels / kTileSize - 1e-6)) - 1;
        return int(std::clamp<qint64>(index, first, last));
    };
    return TileRange{nw.z, nw.x, nw.y, lastIndex(se.x(), nw.x), lastIndex(se.y(), nw.y)};
}

QList<TileRange> tileRanges(const GeoBounds &bounds, int minZoom, int maxZoom)
{
    QList<TileRange> ranges;
    minZoom = std::clamp(minZoom, 0, kMaxTileZoom);
    maxZoom = std::clamp(maxZoom, 0, kMaxTileZoom);
    for (int z = minZoom; z <= maxZoom; ++z) {
        const TileRange range = tileRange(bounds, z);
        if (!range.isEmpty())
            ranges.append(range);
    }
    return ranges;
}

qint64 tileCount(const GeoBounds &bounds, int minZoom, int maxZoom)
{
    qint64 total = 0;
    for (const TileRange &range : tileRanges(bounds, minZoom, maxZoom))
        total += range.count();
    return total;
}

} // namespace lintas::geo
