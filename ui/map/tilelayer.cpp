#include "map/tilelayer.h"

#include <algorithm>
#include <cmath>

#include <QFileInfo>
#include <QPainter>

#include "geo/mbtiles.h"
#include "geo/webmercator.h"
#include "map/maplog.h"
#include "map/maproadlayer.h"
#include "map/tilecache.h"
#include "map/tilefetcher.h"

namespace lintas {

TileLayer::TileLayer(QObject *parent)
    : QObject(parent), m_cacheMaxBytes(TileCache::kDefaultMaxBytes), m_images(kMemoryBudgetKiB)
{
    m_clock.start();
    m_changedTimer.setSingleShot(true);
    m_changedTimer.setInterval(kChangedIntervalMs);
    connect(&m_changedTimer, &QTimer::timeout, this, &TileLayer::changed);
}

TileLayer::~TileLayer() = default;

void TileLayer::reset()
{
    delete m_fetcher;
    m_fetcher = nullptr;
    delete m_cache;
    m_cache = nullptr;
    m_images.clear();
    m_pending.clear();
    m_failedAt.clear();
    m_visible.clear();
}

bool TileLayer::setSource(const TileSource &source, QString *error)
{
    if (source == m_source)
        return true;
    reset();
    m_source = {};
    if (source.isNone()) {
        Q_EMIT sourceChanged();
        Q_EMIT changed();
        return true;
    }
    QString why;
    if (!source.isValid(&why)) {
        if (error)
            *error = why;
        Q_EMIT sourceChanged();
        Q_EMIT changed();
        return false;
    }
    if (source.kind() == TileSource::Kind::File) {
        // Checked here, on the GUI thread, so the user hears at once about a file that is not MBTiles; the
        // cache thread then opens its own connection.
        geo::MBTiles probe;
        if (!probe.open(source.path(), geo::MBTiles::OpenMode::ReadOnly, &why)) {
            if (error)
                *error = why;
            Q_EMIT sourceChanged();
            Q_EMIT changed();
            return false;
        }
    }

    m_source = source;
    m_cache = new TileCache(this);
    connect(m_cache, &TileCache::loaded, this, &TileLayer::onLoaded);
    connect(m_cache, &TileCache::missing, this, &TileLayer::onMissing);
    connect(m_cache, &TileCache::rejected, this, &TileLayer::onFailed);
    connect(m_cache, &TileCache::opened, this, [this](bool ok, const QString &message) {
        if (!ok) {
            qCWarning(lcMap).noquote() << "tile source unavailable:" << message;
            return;
        }
        if (m_source.kind() == TileSource::Kind::File && m_cache->maxZoom() >= 0)
            m_source.setZoomRange(std::max(0, m_cache->minZoom()), m_cache->maxZoom());
        Q_EMIT sourceChanged(); // the attribution may have arrived
        scheduleChanged();
    });
    if (m_source.kind() == TileSource::Kind::File) {
        m_cache->open(m_source.path(), true);
    } else {
        m_cache->setMaxBytes(m_cacheMaxBytes);
        m_cache->open(TileCache::cacheFileFor(m_source.urlTemplate()), false);
        m_fetcher = new TileFetcher(this);
        m_fetcher->setSource(m_source);
        connect(m_fetcher, &TileFetcher::fetched, this,
                [this](const geo::TileId &tile, const QByteArray &data) { m_cache->store(tile, data, true); });
        connect(m_fetcher, &TileFetcher::failed, this,
                [this](const geo::TileId &tile, const QString &, bool) { onFailed(tile); });
    }
    Q_EMIT sourceChanged();
    Q_EMIT changed();
    return true;
}

QString TileLayer::attribution() const
{
    if (!m_source.attribution().isEmpty())
        return m_source.attribution();
    return m_cache && m_source.kind() == TileSource::Kind::File ? m_cache->attribution() : QString();
}

void TileLayer::setOpacity(qreal opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (qFuzzyCompare(opacity, m_opacity))
        return;
    m_opacity = opacity;
    Q_EMIT changed();
}

void TileLayer::setCacheMaxBytes(qint64 maxBytes)
{
    m_cacheMaxBytes = maxBytes;
    if (m_cache && m_source.kind() == TileSource::Kind::Url)
        m_cache->setMaxBytes(maxBytes);
}

int TileLayer::tileZoomFor(double viewZoom) const
{
    return std::clamp(int(std::lround(viewZoom)), m_source.minZoom(), m_source.maxZoom());
}

void TileLayer::paint(QPainter &painter, const MapViewport &view)
{
    if (!isActive() || !m_cache)
        return;
    const int z = tileZoomFor(view.zoom);
    // Far below the source's least zoom the screen would need hundreds of tiles: leave it to the roads.
    if (view.zoom < m_source.minZoom() - 2.0)
        return;
    const double tilePx = geo::kTileSize * std::exp2(view.zoom - z); // screen pixels per tile
    const QRectF world = view.worldRect();
    const int last = int(geo::tilesPerAxis(z) - 1);
    const auto index = [&](double pixels) { return std::clamp(int(std::floor(pixels / tilePx)), 0, last); };
    const int minX = index(world.left());
    const int maxX = index(world.right() - 0.5);
    const int minY = index(world.top());
    const int maxY = index(world.bottom() - 0.5);

    painter.save();
    painter.setOpacity(painter.opacity() * m_opacity);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(tilePx - geo::kTileSize) > 0.01);
    QSet<geo::TileId> visible;
    visible.reserve((maxX - minX + 1) * (maxY - minY + 1));
    const QPointF origin = view.topLeft;
    for (int y = minY; y <= maxY; ++y) {
        for (int x = minX; x <= maxX; ++x) {
            const geo::TileId tile{z, x, y};
            visible.insert(tile);
            // Edges rounded to whole pixels, so neighbouring tiles meet without a hairline seam.
            const QRectF target(
                QPointF(std::round(x * tilePx - origin.x()), std::round(y * tilePx - origin.y())),
                QPointF(std::round((x + 1) * tilePx - origin.x()), std::round((y + 1) * tilePx - origin.y())));
            if (const QImage *image = m_images.object(tile)) {
                painter.drawImage(target, *image);
            } else {
                drawFallback(painter, tile, target);
                request(tile);
            }
        }
    }
    painter.restore();
    m_visible = std::move(visible);
    // Tiles that scrolled away before their turn are not fetched; they are asked for again if they return.
    if (m_fetcher) {
        for (const geo::TileId &dropped : m_fetcher->retainOnly(m_visible))
            m_pending.remove(dropped);
    }
}

bool TileLayer::drawFallback(QPainter &painter, const geo::TileId &tile, const QRectF &target)
{
    for (int level = 1; level <= kFallbackLevels && level <= tile.z; ++level) {
        const geo::TileId ancestor{tile.z - level, tile.x >> level, tile.y >> level};
        const QImage *image = m_images.object(ancestor);
        if (!image)
            continue;
        const double part = double(image->width()) / double(1 << level);
        const QRectF source((tile.x - (ancestor.x << level)) * part, (tile.y - (ancestor.y << level)) * part, part,
                            part);
        painter.drawImage(target, *image, source);
        return true;
    }
    return false;
}

void TileLayer::request(const geo::TileId &tile)
{
    if (m_pending.contains(tile))
        return;
    const auto failed = m_failedAt.constFind(tile);
    if (failed != m_failedAt.cend()) {
        if (m_clock.elapsed() - failed.value() < kRetryAfterMs)
            return;
        m_failedAt.erase(failed);
    }
    m_pending.insert(tile);
    m_cache->request(tile);
}

void TileLayer::onLoaded(const geo::TileId &tile, const QImage &image)
{
    m_pending.remove(tile);
    m_failedAt.remove(tile);
    m_images.insert(tile, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    if (m_visible.contains(tile))
        scheduleChanged();
}

void TileLayer::onMissing(const geo::TileId &tile)
{
    // Not on disk: fetch it if it is still wanted and there is a server to ask.
    if (m_fetcher && m_visible.contains(tile)) {
        m_fetcher->fetch(tile);
        return;
    }
    m_pending.remove(tile);
    if (!m_fetcher)
        m_failedAt.insert(tile, m_clock.elapsed());
}

void TileLayer::onFailed(const geo::TileId &tile)
{
    m_pending.remove(tile);
    m_failedAt.insert(tile, m_clock.elapsed());
}

void TileLayer::scheduleChanged()
{
    if (!m_changedTimer.isActive())
        m_changedTimer.start();
}

} // namespace lintas
