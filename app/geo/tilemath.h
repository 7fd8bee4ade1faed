#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>

#include "geo/geobounds.h"

namespace lintas::geo {

// One 256 px raster tile in the XYZ ("slippy map") scheme: x grows east, y grows south, both from 0 to
// 2^z − 1. MBTiles files store TMS rows instead, counted from the south: row = 2^z − 1 − y.
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;

    bool isValid() const;
    // The TMS row MBTiles stores for this tile.
    int tmsRow() const { return tmsFlip(z, y); }
    // The tile one zoom level out that contains this one (itself at zoom 0).
    TileId parent() const { return z > 0 ? TileId{z - 1, x / 2, y / 2} : *this; }
    QString toString() const; // "14/13053/8473"

    // XYZ y ↔ TMS row; the flip is its own inverse.
    static int tmsFlip(int z, int yOrRow) { return (1 << z) - 1 - yOrRow; }

    friend bool operator==(const TileId &, const TileId &) = default;
};

inline size_t qHash(const TileId &tile, size_t seed = 0) noexcept
{
    return qHashMulti(seed, tile.z, tile.x, tile.y);
}

// The rectangle of tiles at one zoom, inclusive on both ends.
struct TileRange
{
    int z = 0;
    int minX = 0;
    int minY = 0;
    int maxX = -1;
    int maxY = -1;

    bool isEmpty() const { return maxX < minX || maxY < minY; }
    qint64 count() const { return isEmpty() ? 0 : qint64(maxX - minX + 1) * qint64(maxY - minY + 1); }
    bool contains(const TileId &tile) const
    {
        return tile.z == z && tile.x >= minX && tile.x <= maxX && tile.y >= minY && tile.y <= maxY;
    }
    QList<TileId> tiles() const; // row by row, north-west first
};

inline constexpr int kMaxTileZoom = 22;

// Number of tiles along one axis at a zoom: 2^z.
inline qint64 tilesPerAxis(int z)
{
    return qint64(1) << z;
}
// The tile containing a position; latitudes are clamped to ±85.0511° (the Web-Mercator square) and
// longitudes to ±180°, so the answer is always a real tile.
TileId tileAt(double latitude, double longitude, int z);
// The latitude/longitude box a tile covers.
GeoBounds tileBounds(const TileId &tile);
// The tiles at zoom `z` that a box covers (empty for an invalid box). Its east and south edges are exclusive,
// so a tile's own bounds give that one tile; a point gives the tile it lies in.
TileRange tileRange(const GeoBounds &bounds, int z);
// The tiles a box touches at every zoom from minZoom to maxZoom (inclusive), one range per zoom.
QList<TileRange> tileRanges(const GeoBounds &bounds, int minZoom, int maxZoom);
// How many tiles tileRanges() covers in total.
qint64 tileCount(const GeoBounds &bounds, int minZoom, int maxZoom);

} // namespace lintas::geo
