#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include "geo/tilemath.h"
#include "map/tilesource.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace lintas {

// Fetches tiles from an XYZ tile server over HTTP(S), asynchronously on the GUI thread's event loop
// (QNetworkAccessManager does the I/O elsewhere). A few requests at a time, newest first (the tiles just
// scrolled into view), each with a descriptive User-Agent naming the program, its version and its purpose,
// as tile servers' usage policies ask. Queued requests for tiles that left the screen can be dropped.
class TileFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultMaxConcurrent = 4;
    static constexpr int kTimeoutMs = 20000;

    explicit TileFetcher(QObject *parent = nullptr);
    ~TileFetcher() override;

    // "Lintas/0.1.0 (traffic command center; +https://lintas.invalid)"
    static QByteArray userAgent();

    void setSource(const TileSource &source);
    const TileSource &source() const { return m_source; }
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }

    // Queues a tile (once: a tile already queued or in flight is not asked for again).
    void fetch(const geo::TileId &tile);
    // Drops queued tiles not in `wanted` and returns them; tiles in flight finish.
    QList<geo::TileId> retainOnly(const QSet<geo::TileId> &wanted);
    // Drops every queued tile and aborts those in flight.
    void cancelAll();
    int queuedCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    bool isIdle() const { return m_queue.isEmpty() && m_inFlight.isEmpty(); }

Q_SIGNALS:
    void fetched(const lintas::geo::TileId &tile, const QByteArray &data);
    // `notFound`: the server has no such tile (HTTP 404/204); not worth asking again soon.
    void failed(const lintas::geo::TileId &tile, const QString &error, bool notFound);
    void idle();

private:
    void startNext();
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_network = nullptr;
    TileSource m_source;
    int m_maxConcurrent = kDefaultMaxConcurrent;
    QList<geo::TileId> m_queue; // the last one goes first
    QSet<geo::TileId> m_queued;
    QHash<QNetworkReply *, geo::TileId> m_inFlight;
};

} // namespace lintas
