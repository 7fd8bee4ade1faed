#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "geo/geobounds.h"
#include "geo/tilemath.h"

namespace lintas::geo {

// An MBTiles 1.3 file (one SQLite database): the `metadata` name/value table and the
// `tiles(zoom_level, tile_column, tile_row, tile_data)` table with its unique index, rows counted from the
// south (TMS). Callers speak XYZ (TileId); the row flip happens here and nowhere else. What this class
// writes is a plain MBTiles file that GDAL, QGIS or MapLibre can open; a map package (`*.lintasmap`) with a
// `tiles` table opens read-only the same way.
//
// For a tile cache, a writable file also keeps a side table `lintas_tile_access` (tile, last access, size)
// so the cache can hold a size cap by dropping the least recently used tiles; readers of the standard
// layout ignore it. Access stamps come from a clock that never repeats, so "least recently used" has no ties.
//
// Threading: the SQLite connection is opened in the thread that calls open(); use and destroy the object in
// that thread only (one MBTiles per thread, like MapPackage).
class MBTiles
{
    Q_DECLARE_TR_FUNCTIONS(lintas::geo::MBTiles)

public:
    enum class OpenMode
    {
        ReadOnly,
        ReadWrite, // creates the file with the standard schema when it does not exist
    };

    // The standard metadata rows (https://github.com/mapbox/mbtiles-spec, 1.3).
    struct Metadata
    {
        QString name;
        QString format = QStringLiteral("png"); // "png", "jpg", "webp", "pbf"
        GeoBounds bounds;                       // stored as "west,south,east,north"
        int minZoom = -1;                       // −1: not given
        int maxZoom = -1;
        QString attribution;
        QString description;
        QString type = QStringLiteral("baselayer");
    };

    static constexpr const char *kFileSuffix = "mbtiles";

    MBTiles();
    ~MBTiles();
    MBTiles(const MBTiles &) = delete;
    MBTiles &operator=(const MBTiles &) = delete;

    // False, with a sentence for the user, when the file cannot be opened or has no `tiles` table.
    bool open(const QString &path, OpenMode mode, QString *error = nullptr);
    void close();
    bool isOpen() const { return !m_connectionName.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    Metadata metadata() const;
    QHash<QString, QString> metadataValues() const;
    QString metadataValue(const QString &name) const;
    bool setMetadata(const Metadata &metadata);
    bool setMetadataValue(const QString &name, const QString &value);
    // Sets minzoom, maxzoom and bounds from the tiles present (for a cache that grows tile by tile).
    bool updateExtentFromTiles();

    // The stored bytes of a tile, or nothing when absent. With `touch`, a writable file records the access
    // for the least-recently-used order.
    std::optional<QByteArray> tile(const TileId &tile, bool touch = false);
    bool hasTile(const TileId &tile) const;
    bool writeTile(const TileId &tile, const QByteArray &data);
    bool removeTile(const TileId &tile);

    qint64 tileCount() const;
    // Bytes of tile data held (the sum of the tiles' sizes, not the file size).
    qint64 totalBytes() const;
    // Mean tile size in bytes, 0 when empty: the offline-area dialog estimates downloads with it.
    qint64 averageTileBytes() const;
    // Drops least recently used tiles until at most `maxBytes` of tile data remain, and gives the freed pages
    // back to the file system. Returns how many tiles were removed (−1 on error).
    qint64 pruneTo(qint64 maxBytes);

    // Groups many writes into one transaction (an offline download writes thousands of tiles).
    bool beginBatch();
    bool commitBatch();

private:
    bool fail(const QString &message, QString *error);
    bool exec(const QString &sql);
    bool ensureAccessTable();
    qint64 nextAccessStamp();

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = true;
    bool m_tracksAccess = false;
    bool m_inBatch = false;
    qint64 m_lastAccess = 0;
    mutable qint64 m_totalBytes = -1; // −1: not counted yet
    QString m_lastError;
};

} // namespace lintas::geo
