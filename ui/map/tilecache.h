#pragma once

#include <functional>

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QString>
#include <QThread>

#include "geo/tilemath.h"

namespace lintas {

namespace geo {
class MBTiles;
}

class TileCacheWorker;

// Raster tiles on disk in MBTiles layout (geo::MBTiles), read, written, decoded and pruned on a thread of
// its own so the GUI never waits for SQLite or an image decoder:
//
//   GUI thread                                   cache thread (one per TileCache)
//   TileCache::request(tile) ───── queued ────▶  read the tile (recording its use), decode it
//            loaded(tile, image) | missing ◀───  (QImage, premultiplied ARGB: cheap to draw)
//   TileCache::store(tile, bytes) ──────────▶  write it, decode it, prune to the cap past 105 %
//            stored(tile), loaded(tile, image) ◀─
//   TileCache::run(job) ────────────────────▶  job(MBTiles &) for anything else (counts, presence)
//
// A cache of fetched tiles is writable and held under a size cap by dropping the least recently used tiles.
// A user's own MBTiles file opens read-only and is never changed.
class TileCache : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxBytes = qint64(512) * 1024 * 1024;

    explicit TileCache(QObject *parent = nullptr);
    ~TileCache() override;

    // The folder of the tile caches (the application's cache location) and the cache file for a tile
    // server: one file per URL template, so tiles of different servers never mix.
    static QString defaultDirectory();
    static QString cacheFileFor(const QString &urlTemplate);

    // Opens (creating when writable) on the cache thread; `opened` tells how it went. Requests made before
    // it finishes are served after it.
    void open(const QString &path, bool readOnly = false);
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool isOpen() const { return m_open; }

    // The cap on tile bytes; 0 or less: none (a file the user downloads an area into).
    void setMaxBytes(qint64 maxBytes);
    qint64 maxBytes() const { return m_maxBytes; }

    // Figures as of the last open, store or prune (the cache thread reports them).
    qint64 tileCount() const { return m_tileCount; }
    qint64 totalBytes() const { return m_totalBytes; }
    qint64 averageTileBytes() const { return m_tileCount > 0 ? m_totalBytes / m_tileCount : 0; }
    // From the file's metadata once open (−1 when it does not say).
    QString attribution() const { return m_attribution; }
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }

    // Answers with loaded() or missing().
    void request(const geo::TileId &tile);
    // Writes a fetched tile; answers with stored(), and with loaded() too when `decode` (a tile the map
    // shows, rather than one an offline download only keeps).
    void store(const geo::TileId &tile, const QByteArray &data, bool decode = true);
    // Writes the extent into the metadata and commits; answers with flushed().
    void flush();
    // Runs `job` on the cache thread with the open file (skipped when it is not open). Results go back with
    // QMetaObject::invokeMethod(context, …, Qt::QueuedConnection).
    void run(std::function<void(geo::MBTiles &)> job);

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void loaded(const lintas::geo::TileId &tile, const QImage &image);
    void missing(const lintas::geo::TileId &tile);
    void stored(const lintas::geo::TileId &tile);
    // What store() was given is not an image (a server's error page, a truncated body): not kept.
    void rejected(const lintas::geo::TileId &tile);
    void flushed();
    void statisticsChanged();

private:
    friend class TileCacheWorker;
    void setStatistics(qint64 tiles, qint64 bytes);

    QThread m_thread;
    TileCacheWorker *m_worker = nullptr;
    QString m_path;
    bool m_readOnly = false;
    bool m_open = false;
    qint64 m_maxBytes = kDefaultMaxBytes;
    qint64 m_tileCount = 0;
    qint64 m_totalBytes = 0;
    QString m_attribution;
    int m_minZoom = -1;
    int m_maxZoom = -1;
};

} // namespace lintas
