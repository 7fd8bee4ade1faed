#include "map/tilefetcher.h"

#include <algorithm>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "map/maplog.h"

namespace lintas {

TileFetcher::TileFetcher(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Tiles are kept in the MBTiles cache; Qt's own HTTP cache would hold them twice.
    m_network->setCache(nullptr);
}

TileFetcher::~TileFetcher()
{
    cancelAll();
}

QByteArray TileFetcher::userAgent()
{
    return QByteArrayLiteral("Lintas/" LINTAS_VERSION " (traffic command center; +https://lintas.invalid)");
}

void TileFetcher::setSource(const TileSource &source)
{
    if (source == m_source)
        return;
    cancelAll();
    m_source = source;
}

void TileFetcher::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::clamp(count, 1, 8);
    startNext();
}

void TileFetcher::fetch(const geo::TileId &tile)
{
    if (m_source.kind() != TileSource::Kind::Url || !tile.isValid())
        return;
    if (m_queued.contains(tile)) {
        // Asked again: move it to the front of the line.
        m_queue.removeOne(tile);
        m_queue.append(tile);
        return;
    }
    for (const geo::TileId &busy : std::as_const(m_inFlight)) {
        if (busy == tile)
            return;
    }
    m_queue.append(tile);
    m_queued.insert(tile);
    startNext();
}

QList<geo::TileId> TileFetcher::retainOnly(const QSet<geo::TileId> &wanted)
{
    QList<geo::TileId> dropped;
    const auto unwanted = [&](const geo::TileId &tile) {
        if (wanted.contains(tile))
            return false;
        dropped.append(tile);
        m_queued.remove(tile);
        return true;
    };
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(), unwanted), m_queue.end());
    return dropped;
}

void TileFetcher::cancelAll()
{
    m_queue.clear();
    m_queued.clear();
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void TileFetcher::startNext()
{
    while (m_inFlight.size() < m_maxConcurrent && !m_queue.isEmpty()) {
        const geo::TileId tile = m_queue.takeLast();
        m_queued.remove(tile);
        QNetworkRequest request(m_source.tileUrl(tile));
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setTransferTimeout(kTimeoutMs);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        QNetworkReply *reply = m_network->get(request);
        m_inFlight.insert(reply, tile);
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    }
}

void TileFetcher::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.constFind(reply);
    if (it == m_inFlight.cend())
        return;
    const geo::TileId tile = it.value();
    m_inFlight.erase(it);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status == 200) {
        Q_EMIT fetched(tile, reply->readAll());
    } else {
        const bool notFound = status == 404 || status == 204 || reply->error() == QNetworkReply::ContentNotFoundError;
        const QString error =
            reply->error() != QNetworkReply::NoError ? reply->errorString() : QStringLiteral("HTTP %1").arg(status);
        qCDebug(lcMap) << "tile" << tile.toString() << "not fetched:" << error;
        Q_EMIT failed(tile, error, notFound);
    }
    startNext();
    if (isIdle())
        Q_EMIT idle();
}

} // namespace lintas
