#include "map/tileareadownload.h"

#include <QFileInfo>

#include "geo/mbtiles.h"
#include "map/maplog.h"
#include "map/tilecache.h"
#include "map/tilefetcher.h"

namespace lintas {

namespace {

constexpr int kFeedAhead = 32; // tiles handed to the fetcher ahead of its answers

} // namespace

TileAreaDownload::Plan TileAreaDownload::plan(const geo::GeoBounds &area, int minZoom, int maxZoom,
                                              qint64 averageTileBytes)
{
    Plan p;
    p.tiles = geo::tileCount(area, minZoom, maxZoom);
    p.bytesPerTile = averageTileBytes > 0 ? averageTileBytes : kAssumedTileBytes;
    p.estimatedBytes = p.tiles * p.bytesPerTile;
    return p;
}

TileAreaDownload::TileAreaDownload(const TileSource &source, QObject *parent) : QObject(parent), m_source(source) {}

TileAreaDownload::~TileAreaDownload()
{
    if (m_running && m_fetcher)
        m_fetcher->cancelAll();
    m_running = false;
}

bool TileAreaDownload::prepare(const geo::GeoBounds &area, int minZoom, int maxZoom, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_running)
        return fail(tr("A download is already running."));
    // The policy check comes first: nothing at all is requested from a public server.
    const QString refusal = m_source.bulkDownloadRefusal();
    if (!refusal.isEmpty())
        return fail(refusal);
    if (!area.isValid())
        return fail(tr("The area to download is empty."));
    if (minZoom > maxZoom || minZoom < 0 || maxZoom > geo::kMaxTileZoom)
        return fail(tr("The zoom range %1 to %2 is not valid.").arg(minZoom).arg(maxZoom));
    const qint64 count = geo::tileCount(area, minZoom, maxZoom);
    if (count > kMaxTiles)
        return fail(tr("The area holds %L1 tiles, more than the %L2 one download may take. Choose a smaller "
                       "area or fewer zoom levels.")
                        .arg(count)
                        .arg(kMaxTiles));
    m_tiles.clear();
    m_tiles.reserve(qsizetype(count));
    for (const geo::TileRange &range : geo::tileRanges(area, minZoom, maxZoom))
        m_tiles.append(range.tiles());
    m_next = 0;
    m_total = count;
    m_done = m_skipped = m_failed = 0;
    m_failuresInRow = 0;
    m_finishing = false;
    return true;
}

bool TileAreaDownload::start(const geo::GeoBounds &area, int minZoom, int maxZoom, TileCache *cache, QString *error)
{
    if (!cache) {
        if (error)
            *error = tr("There is no tile cache to download into.");
        return false;
    }
    if (!prepare(area, minZoom, maxZoom, error))
        return false;
    m_cache = cache;
    begin();
    return true;
}

bool TileAreaDownload::start(const geo::GeoBounds &area, int minZoom, int maxZoom, const QString &mbtilesPath,
                             QString *error)
{
    if (!prepare(area, minZoom, maxZoom, error))
        return false;
    delete m_ownCache;
    m_ownCache = new TileCache(this);
    m_ownCache->setMaxBytes(0); // the user's file: no cap
    m_ownCache->open(mbtilesPath, false);
    geo::MBTiles::Metadata metadata;
    metadata.name = QFileInfo(mbtilesPath).completeBaseName();
    metadata.attribution = m_source.attribution();
    metadata.description = QStringLiteral("Offline area from %1").arg(m_source.host());
    const QString lowerTemplate = m_source.urlTemplate().toLower();
    if (lowerTemplate.contains(QLatin1String(".jpg")) || lowerTemplate.contains(QLatin1String(".jpeg")))
        metadata.format = QStringLiteral("jpg");
    m_ownCache->run([metadata](geo::MBTiles &file) { file.setMetadata(metadata); });
    m_cache = m_ownCache;
    begin();
    return true;
}

void TileAreaDownload::begin()
{
    m_running = true;
    if (!m_fetcher) {
        m_fetcher = new TileFetcher(this);
        connect(m_fetcher, &TileFetcher::fetched, this, [this](const geo::TileId &tile, const QByteArray &data) {
            if (m_cache)
                m_cache->store(tile, data, false);
            onAnswered(true);
        });
        connect(m_fetcher, &TileFetcher::failed, this,
                [this](const geo::TileId &, const QString &, bool) { onAnswered(false); });
    }
    m_fetcher->setSource(m_source);
    Q_EMIT progress(0, m_total);

    // Which tiles the target holds already, asked on the cache thread; the answer comes back through the
    // cache (which outlives the job) to this object if it still exists.
    TileCache *cache = m_cache;
    const QPointer<TileAreaDownload> self(this);
    const QList<geo::TileId> tiles = m_tiles;
    cache->run([cache, self, tiles](geo::MBTiles &file) {
        QList<geo::TileId> missing;
        for (const geo::TileId &tile : tiles) {
            if (!file.hasTile(tile))
                missing.append(tile);
        }
        QMetaObject::invokeMethod(
            cache,
            [self, missing] {
                if (self)
                    self->onHeldKnown(missing);
            },
            Qt::QueuedConnection);
    });
}

void TileAreaDownload::onHeldKnown(const QList<geo::TileId> &missing)
{
    if (!m_running)
        return;
    m_skipped = m_total - missing.size();
    m_done = m_skipped;
    m_tiles = missing;
    m_next = 0;
    Q_EMIT progress(m_done, m_total);
    if (m_tiles.isEmpty())
        finish(true, tr("Every tile of the area was already held."));
    else
        feed();
}

void TileAreaDownload::feed()
{
    while (m_running && m_next < m_tiles.size() && m_fetcher->queuedCount() + m_fetcher->inFlightCount() < kFeedAhead)
        m_fetcher->fetch(m_tiles.at(m_next++));
}

void TileAreaDownload::onAnswered(bool ok)
{
    if (!m_running)
        return;
    ++m_done;
    if (ok) {
        m_failuresInRow = 0;
    } else {
        ++m_failed;
        if (++m_failuresInRow >= kMaxConsecutiveFailures) {
            finish(false, tr("The tile server did not answer %1 requests in a row; the download stopped. "
                             "Check the server address and the network.")
                              .arg(m_failuresInRow));
            return;
        }
    }
    Q_EMIT progress(m_done, m_total);
    feed();
    if (m_next >= m_tiles.size() && m_fetcher->isIdle())
        finish(true, m_failed > 0 ? tr("Downloaded the area; %L1 tiles could not be fetched.").arg(m_failed)
                                  : tr("Downloaded the area: %L1 tiles.").arg(m_total));
}

void TileAreaDownload::cancel()
{
    if (m_running)
        finish(false, tr("The download was cancelled."));
}

void TileAreaDownload::finish(bool completed, const QString &message)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_running = false;
    if (m_fetcher)
        m_fetcher->cancelAll();
    qCInfo(lcMap).noquote() << "offline area:" << message;
    if (!m_cache) {
        Q_EMIT finished(completed, message);
        return;
    }
    // Finished once what was fetched is on disk with its extent in the metadata.
    connect(
        m_cache, &TileCache::flushed, this,
        [this, completed, message] {
            m_finishing = false;
            Q_EMIT finished(completed, message);
        },
        Qt::SingleShotConnection);
    m_cache->flush();
}

} // namespace lintas
