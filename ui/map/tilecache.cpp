#include "map/tilecache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#include "geo/mbtiles.h"
#include "map/maplog.h"

namespace lintas {

// Lives on the cache thread and owns the SQLite connection there.
class TileCacheWorker : public QObject
{
public:
    explicit TileCacheWorker(TileCache *cache) : m_cache(cache) {}

    void open(const QString &path, bool readOnly);
    void close();
    void load(const geo::TileId &tile);
    void store(const geo::TileId &tile, const QByteArray &data, bool decode);
    void flush();
    void setMaxBytes(qint64 maxBytes)
    {
        m_maxBytes = maxBytes;
        pruneIfNeeded();
        report();
    }
    void run(const std::function<void(geo::MBTiles &)> &job)
    {
        if (m_file.isOpen())
            job(m_file);
    }

private:
    static QImage decode(const QByteArray &data);
    void pruneIfNeeded();
    void report();
    void commitSoon();

    TileCache *m_cache; // only to post results back to its thread
    geo::MBTiles m_file;
    qint64 m_maxBytes = TileCache::kDefaultMaxBytes;
    bool m_commitPending = false;
};

namespace {

template <typename F> void postTo(QObject *context, F &&f)
{
    QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::QueuedConnection);
}

} // namespace

QImage TileCacheWorker::decode(const QByteArray &data)
{
    QImage image;
    if (!image.loadFromData(data))
        return {};
    // The format the raster paint engine draws fastest.
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

void TileCacheWorker::open(const QString &path, bool readOnly)
{
    QString error;
    const bool ok =
        m_file.open(path, readOnly ? geo::MBTiles::OpenMode::ReadOnly : geo::MBTiles::OpenMode::ReadWrite, &error);
    const geo::MBTiles::Metadata metadata = ok ? m_file.metadata() : geo::MBTiles::Metadata();
    if (ok && !readOnly) {
        pruneIfNeeded();
        if (metadata.name.isEmpty()) {
            geo::MBTiles::Metadata fresh;
            fresh.name = QStringLiteral("Lintas tile cache");
            fresh.description = QStringLiteral("Tiles fetched by Lintas");
            m_file.setMetadata(fresh);
        }
    }
    TileCache *cache = m_cache;
    postTo(cache, [cache, ok, error, metadata] {
        cache->m_open = ok;
        cache->m_attribution = metadata.attribution;
        cache->m_minZoom = metadata.minZoom;
        cache->m_maxZoom = metadata.maxZoom;
        Q_EMIT cache->opened(ok, error);
    });
    report();
}

void TileCacheWorker::close()
{
    if (m_file.isOpen() && !m_file.isReadOnly()) {
        m_file.commitBatch();
        m_file.updateExtentFromTiles();
    }
    m_file.close();
}

void TileCacheWorker::load(const geo::TileId &tile)
{
    TileCache *cache = m_cache;
    const std::optional<QByteArray> data = m_file.tile(tile, !m_file.isReadOnly());
    QImage image = data ? decode(*data) : QImage();
    if (data && image.isNull()) {
        // A damaged entry would never heal: drop it so the tile is fetched again.
        qCWarning(lcMap) << "tile" << tile.toString() << "in" << m_file.path() << "cannot be decoded";
        if (!m_file.isReadOnly())
            m_file.removeTile(tile);
    }
    if (image.isNull())
        postTo(cache, [cache, tile] { Q_EMIT cache->missing(tile); });
    else
        postTo(cache, [cache, tile, image] { Q_EMIT cache->loaded(tile, image); });
}

void TileCacheWorker::store(const geo::TileId &tile, const QByteArray &data, bool decodeIt)
{
    TileCache *cache = m_cache;
    // A server's error page or a truncated body is not a tile: keep it out of the cache.
    const QImage image = decode(data);
    if (image.isNull()) {
        qCWarning(lcMap) << "tile" << tile.toString() << "is not an image; not cached";
        postTo(cache, [cache, tile] { Q_EMIT cache->rejected(tile); });
        return;
    }
    if (m_file.isOpen() && !m_file.isReadOnly()) {
        // Writes that arrive together share one transaction, committed once the queue has drained.
        if (!m_commitPending && m_file.beginBatch()) {
            m_commitPending = true;
            commitSoon();
        }
        m_file.writeTile(tile, data);
    }
    postTo(cache, [cache, tile] { Q_EMIT cache->stored(tile); });
    if (decodeIt)
        postTo(cache, [cache, tile, image] { Q_EMIT cache->loaded(tile, image); });
}

void TileCacheWorker::commitSoon()
{
    // Queued behind the writes already posted to this thread.
    postTo(this, [this] {
        if (!m_commitPending)
            return;
        m_commitPending = false;
        m_file.commitBatch();
        pruneIfNeeded();
        report();
    });
}

void TileCacheWorker::flush()
{
    if (m_file.isOpen() && !m_file.isReadOnly()) {
        if (m_commitPending) {
            m_commitPending = false;
            m_file.commitBatch();
        }
        pruneIfNeeded();
        m_file.updateExtentFromTiles();
    }
    report();
    TileCache *cache = m_cache;
    postTo(cache, [cache] { Q_EMIT cache->flushed(); });
}

void TileCacheWorker::pruneIfNeeded()
{
    if (!m_file.isOpen() || m_file.isReadOnly() || m_maxBytes <= 0 || m_file.totalBytes() <= m_maxBytes)
        return;
    // Down to 90 % of the cap, so the next few tiles do not trigger another prune each.
    const qint64 removed = m_file.pruneTo(m_maxBytes / 10 * 9);
    qCInfo(lcMap) << "tile cache" << m_file.path() << "pruned" << removed << "least recently used tiles";
}

void TileCacheWorker::report()
{
    const qint64 tiles = m_file.isOpen() ? m_file.tileCount() : 0;
    const qint64 bytes = m_file.isOpen() ? m_file.totalBytes() : 0;
    TileCache *cache = m_cache;
    postTo(cache, [cache, tiles, bytes] { cache->setStatistics(tiles, bytes); });
}

// --- TileCache ---------------------------------------------------------------------------------------------

TileCache::TileCache(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("lintas-tile-cache"));
    m_worker = new TileCacheWorker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

TileCache::~TileCache()
{
    // Posted last, so every write already queued still reaches the file.
    TileCacheWorker *worker = m_worker;
    postTo(worker, [worker] {
        worker->close();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

QString TileCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
}

QString TileCache::cacheFileFor(const QString &urlTemplate)
{
    const QByteArray key = QCryptographicHash::hash(urlTemplate.trimmed().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(defaultDirectory()).filePath(QString::fromLatin1(key.left(16)) + QStringLiteral(".mbtiles"));
}

void TileCache::open(const QString &path, bool readOnly)
{
    m_path = path;
    m_readOnly = readOnly;
    m_open = false;
    TileCacheWorker *worker = m_worker;
    postTo(worker, [worker, path, readOnly] {
        worker->close();
        worker->open(path, readOnly);
    });
}

void TileCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = maxBytes;
    TileCacheWorker *worker = m_worker;
    postTo(worker, [worker, maxBytes] { worker->setMaxBytes(maxBytes); });
}

void TileCache::request(const geo::TileId &tile)
{
    TileCacheWorker *worker = m_worker;
    postTo(worker, [worker, tile] { worker->load(tile); });
}

void TileCache::store(const geo::TileId &tile, const QByteArray &data, bool decode)
{
    TileCacheWorker *worker = m_worker;
    postTo(worker, [worker, tile, data, decode] { worker->store(tile, data, decode); });
}

void TileCache::flush()
{
    TileCacheWorker *worker = m_worker;
    postTo(worker, [worker] { worker->flush(); });
}

void TileCache::run(std::function<void(geo::MBTiles &)> job)
{
    TileCacheWorker *worker = m_worker;
    postTo(worker, [worker, job = std::move(job)] { worker->run(job); });
}

void TileCache::setStatistics(qint64 tiles, qint64 bytes)
{
    if (tiles == m_tileCount && bytes == m_totalBytes)
        return;
    m_tileCount = tiles;
    m_totalBytes = bytes;
    Q_EMIT statisticsChanged();
}

} // namespace lintas
