#pragma once

#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "geo/tilemath.h"
#include "map/tilesource.h"

class QPainter;

namespace lintas {

struct MapViewport;
class TileCache;
class TileFetcher;

// The raster tile layer the map paints between roads and sectors (DESIGN.md section 6). It never waits:
//
//   paint(view) ── tiles at the nearest integer zoom ──▶ held in memory? draw it, scaled to the view's zoom
//        │                                               otherwise draw a held lower-zoom tile's quarter,
//        │                                               and ask:
//        └──▶ TileCache (its own thread: read, decode) ── loaded ──▶ memory ──▶ changed() (≤ 15 Hz)
//                 │ missing (URL source)
//                 └──▶ TileFetcher (HTTP, 4 at a time) ── fetched ──▶ TileCache::store (write, decode) ─┘
//
// A URL source goes through the on-disk cache for its server (TileCache::cacheFileFor, LRU under a cap);
// an MBTiles file is read as it is. The view connects changed() to a repaint.
class TileLayer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMemoryBudgetKiB = 96 * 1024; // decoded tiles kept for painting
    static constexpr int kRetryAfterMs = 60 * 1000;    // a failed tile is asked for again after this
    static constexpr int kChangedIntervalMs = 66;      // arrivals coalesced into ~15 repaints a second
    static constexpr int kFallbackLevels = 4;          // how far out to look for a stand-in tile

    explicit TileLayer(QObject *parent = nullptr);
    ~TileLayer() override;

    // Shows tiles from `source`; a None source turns the layer off. False, with a sentence for the user,
    // when the source is not usable (the layer is then off).
    bool setSource(const TileSource &source, QString *error = nullptr);
    const TileSource &source() const { return m_source; }
    bool isActive() const { return !m_source.isNone(); }
    // The source's attribution (configured, or from the MBTiles metadata once open).
    QString attribution() const;

    void setOpacity(qreal opacity);
    qreal opacity() const { return m_opacity; }
    // The cap of the on-disk cache of a URL source (TileCache::kDefaultMaxBytes unless set).
    void setCacheMaxBytes(qint64 maxBytes);
    qint64 cacheMaxBytes() const { return m_cacheMaxBytes; }

    // The cache (file source: the file itself) and the fetcher (URL source only); null when off.
    TileCache *cache() const { return m_cache; }
    TileFetcher *fetcher() const { return m_fetcher; }

    // The integer zoom whose tiles are drawn for a view zoom.
    int tileZoomFor(double viewZoom) const;
    // Draws what is held for `view` (world pixels at view.zoom) and asks for what is not.
    void paint(QPainter &painter, const MapViewport &view);
    // Tiles asked for and not yet answered.
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    // New tiles are ready to draw (coalesced): repaint.
    void changed();
    void sourceChanged();

private:
    void reset();
    void request(const geo::TileId &tile);
    void onLoaded(const geo::TileId &tile, const QImage &image);
    void onMissing(const geo::TileId &tile);
    void onFailed(const geo::TileId &tile);
    void scheduleChanged();
    bool drawFallback(QPainter &painter, const geo::TileId &tile, const QRectF &target);

    TileSource m_source;
    TileCache *m_cache = nullptr;
    TileFetcher *m_fetcher = nullptr;
    qreal m_opacity = 1.0;
    qint64 m_cacheMaxBytes;

    QCache<geo::TileId, QImage> m_images;  // cost in KiB
    QSet<geo::TileId> m_pending;           // asked of the cache or the fetcher
    QHash<geo::TileId, qint64> m_failedAt; // tiles the source lacks or could not serve, and when
    QSet<geo::TileId> m_visible;           // of the last paint
    QElapsedTimer m_clock;
    QTimer m_changedTimer;
};

} // namespace lintas
