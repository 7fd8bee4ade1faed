#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include <QHash>
#include <QLoggingCategory>
#include <QString>
#include <QUuid>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>

#include "server/serverconfig.h"
#include "sync/wire.h"

namespace lintas::sync {
class FramedLink;
}

namespace lintas::server {

Q_DECLARE_LOGGING_CATEGORY(lcServer)

class DbWorker;
class ServerSession;

// The network side of the server: the acceptor, the sessions of every region, and what regions share —
// the head of their log and the latest position of each unit.
//
//   acceptor ── TLS handshake (10 s) ──► ServerSession ─┐  login, push, pull via the DbWorker
//                                                       ├── region "PMJ": sessions, head, latest positions
//   FIELD session ── positions ──► RegionServer ────────┴──► every DESK session of the region (coalesced)
//   every 2 s: unsaved positions ──► DbWorker storePositions
//   every 500 ms (PostgreSQL, other processes may write): head of each active region ──► caught-up sessions
//
// Everything here runs on the one io_context thread; nothing is locked. Sessions are owned by the registry
// and leave it when their link closes.
class RegionServer
{
public:
    struct Options
    {
        ListenAddress listen;
        bool plain = false;    // --insecure-loopback: plain TCP, loopback only
        QString certificate;   // PEM, for TLS
        QString privateKey;    // PEM, for TLS
        QString defaultRegion; // the region of accounts scoped above any Polda
        bool pollHeads = false;
    };

    RegionServer(boost::asio::io_context &io, DbWorker &db, Options options);
    ~RegionServer();
    RegionServer(const RegionServer &) = delete;
    RegionServer &operator=(const RegionServer &) = delete;

    // Binds and starts accepting; false with a message naming the address or file.
    bool start(QString *error);
    boost::asio::ip::tcp::endpoint localEndpoint() const;
    // Stops accepting, says BYE to every session and waits for them to close, at most bound; then done().
    void stop(std::chrono::milliseconds bound, std::function<void()> done);

    // For sessions.
    DbWorker &db() { return m_db; }
    const QString &defaultRegion() const { return m_options.defaultRegion; }
    void joinRegion(ServerSession *session, const QString &region, quint64 head,
                    const sync::UnitPositions &storedPositions);
    void sessionClosed(ServerSession *session);
    // Entries up to head are committed in region (by this process or, polled, by another).
    void headAdvanced(const QString &region, quint64 head);
    void positionsReceived(const QString &region, const sync::UnitPositions &positions);
    sync::UnitPositions latestPositions(const QString &region) const;
    void audit(const QString &event, const QString &actor, const QString &peer, const QString &detail);

private:
    struct Region
    {
        std::set<ServerSession *> sessions;
        quint64 head = 0;
        QHash<QUuid, sync::UnitPosition> latest;
        QHash<QUuid, sync::UnitPosition> unsaved;
        bool pollInFlight = false;
    };

    void accept();
    void handshake(boost::asio::ip::tcp::socket socket);
    void startSession(std::shared_ptr<sync::FramedLink> link);
    void saveTick();
    void pollTick();
    void savePositions();
    bool keepPosition(Region &region, const sync::UnitPosition &position);
    void finishStop();

    boost::asio::io_context &m_io;
    DbWorker &m_db;
    Options m_options;
    std::optional<boost::asio::ssl::context> m_tls;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::steady_timer m_saveTimer;
    boost::asio::steady_timer m_pollTimer;
    boost::asio::steady_timer m_stopTimer;
    std::map<ServerSession *, std::shared_ptr<ServerSession>> m_sessions;
    QHash<QString, Region> m_regions;
    std::function<void()> m_stopped;
    bool m_stopping = false;
};

} // namespace lintas::server
