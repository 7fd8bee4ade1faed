#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "geo/geobounds.h"
#include "geo/tilemath.h"
#include "map/tilesource.h"

namespace lintas {

class TileCache;
class TileFetcher;

// Downloads every tile of an area over a zoom range from the agency's tile server, for use offline: into
// the map's tile cache, or into an MBTiles file of its own (no size cap). Tiles already held are skipped.
// Public tile servers are refused (TileSource::bulkDownloadRefusal) before a single request goes out.
//
//   start ─▶ tile list ─▶ cache thread: which are held? ─▶ fetcher (4 at a time, fed 32 ahead)
//                                                           └─ fetched ─▶ TileCache::store (no decode)
//   all answered / cancel ─▶ TileCache::flush (extent into the metadata) ─▶ finished
class TileAreaDownload : public QObject
{
    Q_OBJECT
public:
    // Used for the estimate until the cache has tiles of its own to measure.
    static constexpr qint64 kAssumedTileBytes = 15 * 1024;
    // An area beyond this many tiles is refused: it is not a patrol area but a scrape.
    static constexpr qint64 kMaxTiles = 100000;
    // This many failures in a row (server down, wrong address) end the download.
    static constexpr int kMaxConsecutiveFailures = 16;

    struct Plan
    {
        qint64 tiles = 0;
        qint64 bytesPerTile = 0;
        qint64 estimatedBytes = 0;
    };
    // The count and the estimated size of an area: `averageTileBytes` measured from a cache, or 0 for the
    // assumed size.
    static Plan plan(const geo::GeoBounds &area, int minZoom, int maxZoom, qint64 averageTileBytes = 0);

    explicit TileAreaDownload(const TileSource &source, QObject *parent = nullptr);
    ~TileAreaDownload() override;

    // Into `cache` (the map's: shared, it keeps its size cap). False, with a sentence, when refused.
    bool start(const geo::GeoBounds &area, int minZoom, int maxZoom, TileCache *cache, QString *error = nullptr);
    // Into an MBTiles file (created when missing), with the source's attribution in its metadata.
    bool start(const geo::GeoBounds &area, int minZoom, int maxZoom, const QString &mbtilesPath,
               QString *error = nullptr);
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 total() const { return m_total; }
    qint64 done() const { return m_done; }
    qint64 skipped() const { return m_skipped; } // already held
    qint64 failedCount() const { return m_failed; }
    TileFetcher *fetcher() const { return m_fetcher; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // `completed`: every tile was answered (some may have failed; see failedCount()).
    void finished(bool completed, const QString &message);

private:
    bool prepare(const geo::GeoBounds &area, int minZoom, int maxZoom, QString *error);
    void begin();
    void onHeldKnown(const QList<geo::TileId> &missing);
    void feed();
    void onAnswered(bool ok);
    void finish(bool completed, const QString &message);

    TileSource m_source;
    TileFetcher *m_fetcher = nullptr;
    QPointer<TileCache> m_cache;
    TileCache *m_ownCache = nullptr;
    QList<geo::TileId> m_tiles; // to ask for, lowest zoom first
    qsizetype m_next = 0;
    bool m_running = false;
    bool m_finishing = false;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_skipped = 0;
    qint64 m_failed = 0;
    int m_failuresInRow = 0;
};

} // namespace lintas
