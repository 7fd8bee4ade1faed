#include "server/regionserver.h"

#include <vector>

#include <QDateTime>
#include <QDir>

#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>

#include "server/dbworker.h"
#include "server/serversession.h"
#include "sync/framedlink.h"
#include "sync/tlsconfig.h"

namespace lintas::server {

Q_LOGGING_CATEGORY(lcServer, "lintas.server")

namespace {

using namespace std::chrono_literals;
namespace asio = boost::asio;
using asio::ip::tcp;

constexpr auto kHandshakeDeadline = 10s;
constexpr auto kSaveInterval = 2s;
constexpr auto kHeadPollInterval = 500ms;
constexpr auto kAcceptRetry = 100ms;

QString endpointText(const tcp::endpoint &endpoint)
{
    const auto address = endpoint.address();
    const std::string host = address.is_v6() ? "[" + address.to_string() + "]" : address.to_string();
    return QString::fromStdString(host + ":" + std::to_string(endpoint.port()));
}

} // namespace

RegionServer::RegionServer(asio::io_context &io, DbWorker &db, Options options)
    : m_io(io), m_db(db), m_options(std::move(options)), m_acceptor(io), m_saveTimer(io), m_pollTimer(io),
      m_stopTimer(io)
{
}

RegionServer::~RegionServer() = default;

bool RegionServer::start(QString *error)
{
    if (!m_options.plain) {
        m_tls.emplace(asio::ssl::context::tls_server);
        std::string tlsError;
        if (!sync::configureServerContext(*m_tls, m_options.certificate, m_options.privateKey, &tlsError)) {
            *error = QStringLiteral("TLS: %1").arg(QString::fromStdString(tlsError));
            return false;
        }
    }
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(m_options.listen.host.toStdString(), ec);
    if (ec) {
        *error = QStringLiteral("cannot listen on %1: %2")
                     .arg(m_options.listen.toString(), QString::fromStdString(ec.message()));
        return false;
    }
    const tcp::endpoint endpoint(address, m_options.listen.port);
    m_acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        m_acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec)
        m_acceptor.bind(endpoint, ec);
    if (!ec)
        m_acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = QStringLiteral("cannot listen on %1: %2")
                     .arg(m_options.listen.toString(), QString::fromStdString(ec.message()));
        return false;
    }
    qCInfo(lcServer).noquote() << "accepting on" << endpointText(m_acceptor.local_endpoint())
                               << (m_options.plain ? "(plain TCP)" : "(TLS)");
    accept();
    saveTick();
    if (m_options.pollHeads)
        pollTick();
    return true;
}

tcp::endpoint RegionServer::localEndpoint() const
{
    boost::system::error_code ec;
    return m_acceptor.local_endpoint(ec);
}

void RegionServer::accept()
{
    m_acceptor.async_accept([this](const boost::system::error_code &ec, tcp::socket socket) {
        if (m_stopping || ec == asio::error::operation_aborted)
            return;
        if (ec) {
            // Out of descriptors, say: wait a moment rather than spin.
            qCWarning(lcServer).noquote() << "accept failed:" << QString::fromStdString(ec.message());
            auto timer = std::make_shared<asio::steady_timer>(m_io, kAcceptRetry);
            timer->async_wait([this, timer](const boost::system::error_code &) {
                if (!m_stopping)
                    accept();
            });
            return;
        }
        boost::system::error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored); // frames are small and latency matters
        handshake(std::move(socket));
        accept();
    });
}

void RegionServer::handshake(tcp::socket socket)
{
    boost::system::error_code ec;
    const QString peer = endpointText(socket.remote_endpoint(ec));
    if (!m_tls) {
        startSession(sync::FramedLink::create(std::move(socket)));
        return;
    }
    auto stream = std::make_shared<sync::TlsStream>(std::move(socket), *m_tls);
    auto deadline = std::make_shared<asio::steady_timer>(m_io, kHandshakeDeadline);
    deadline->async_wait([stream](const boost::system::error_code &error) {
        if (error)
            return;
        boost::system::error_code ignored;
        stream->lowest_layer().close(ignored);
    });
    stream->async_handshake(
        asio::ssl::stream_base::server, [this, stream, deadline, peer](const boost::system::error_code &error) {
            deadline->cancel();
            if (error) {
                const QString reason = QString::fromStdString(error.message());
                qCInfo(lcServer).noquote() << "TLS handshake with" << peer << "failed:" << reason;
                audit(QStringLiteral("tls_failed"), {}, peer, QStringLiteral("TLS handshake failed: %1").arg(reason));
                return;
            }
            startSession(sync::FramedLink::create(std::move(*stream)));
        });
}

void RegionServer::startSession(std::shared_ptr<sync::FramedLink> link)
{
    auto session = std::make_shared<ServerSession>(*this, std::move(link));
    m_sessions.emplace(session.get(), session);
    session->start();
    if (m_stopping)
        session->sayBye(QStringLiteral("server shutting down"));
}

void RegionServer::sessionClosed(ServerSession *session)
{
    for (Region &region : m_regions)
        region.sessions.erase(session);
    m_sessions.erase(session);
    if (m_stopping && m_sessions.empty())
        asio::post(m_io, [this] { finishStop(); });
}

void RegionServer::joinRegion(ServerSession *session, const QString &name, quint64 head,
                              const sync::UnitPositions &storedPositions)
{
    Region &region = m_regions[name];
    region.sessions.insert(session);
    region.head = std::max(region.head, head);
    // What the database holds fills the gaps; what arrived since the server started is newer.
    for (const sync::UnitPosition &position : storedPositions) {
        const auto known = region.latest.constFind(position.unitId);
        if (known == region.latest.cend() || known->atMs < position.atMs)
            region.latest.insert(position.unitId, position);
    }
}

void RegionServer::headAdvanced(const QString &name, quint64 head)
{
    const auto found = m_regions.find(name);
    if (found == m_regions.end() || head <= found->head)
        return;
    found->head = head;
    // A session may close while told (a failed write): notify a copy, holding each one.
    std::vector<std::shared_ptr<ServerSession>> sessions;
    for (ServerSession *session : found->sessions)
        sessions.push_back(m_sessions.at(session));
    for (const auto &session : sessions)
        session->headAdvanced(head);
}

bool RegionServer::keepPosition(Region &region, const sync::UnitPosition &position)
{
    const auto known = region.latest.constFind(position.unitId);
    if (known != region.latest.cend() && known->atMs > position.atMs)
        return false; // late: a newer fix is out already
    region.latest.insert(position.unitId, position);
    region.unsaved.insert(position.unitId, position);
    return true;
}

void RegionServer::positionsReceived(const QString &name, const sync::UnitPositions &positions)
{
    Region &region = m_regions[name];
    sync::UnitPositions fresh;
    fresh.reserve(positions.size());
    for (const sync::UnitPosition &position : positions)
        if (keepPosition(region, position))
            fresh << position;
    if (fresh.isEmpty())
        return;
    std::vector<std::shared_ptr<ServerSession>> desks;
    for (ServerSession *session : region.sessions)
        if (session->receivesPositions())
            desks.push_back(m_sessions.at(session));
    for (const auto &desk : desks)
        desk->queuePositions(fresh);
}

sync::UnitPositions RegionServer::latestPositions(const QString &name) const
{
    const auto found = m_regions.constFind(name);
    return found == m_regions.cend() ? sync::UnitPositions() : found->latest.values();
}

void RegionServer::audit(const QString &event, const QString &actor, const QString &peer, const QString &detail)
{
    // Text columns of the audit log are NOT NULL, and Qt binds a null QString as NULL: empty means "".
    const auto orEmpty = [](const QString &text) { return text.isNull() ? QStringLiteral("") : text; };
    m_db.post([entry = AuditEvent{QDateTime::currentMSecsSinceEpoch(), event, orEmpty(actor), orEmpty(peer),
                                  orEmpty(detail)}](ServerStore &store) { store.audit(entry); });
}

// Positions reach the database in batches: a fleet reporting every few seconds would otherwise mean a
// commit per message.
void RegionServer::saveTick()
{
    m_saveTimer.expires_after(kSaveInterval);
    m_saveTimer.async_wait([this](const boost::system::error_code &error) {
        if (error || m_stopping)
            return;
        savePositions();
        saveTick();
    });
}

void RegionServer::savePositions()
{
    for (auto it = m_regions.begin(); it != m_regions.end(); ++it) {
        if (it->unsaved.isEmpty())
            continue;
        m_db.post([region = it.key(), positions = it->unsaved.values()](ServerStore &store) {
            store.storePositions(region, positions);
        });
        it->unsaved.clear();
    }
}

// With PostgreSQL, other server processes may append to a region's log: look at the heads of the regions
// that have sessions here.
void RegionServer::pollTick()
{
    m_pollTimer.expires_after(kHeadPollInterval);
    m_pollTimer.async_wait([this](const boost::system::error_code &error) {
        if (error || m_stopping)
            return;
        for (auto it = m_regions.begin(); it != m_regions.end(); ++it) {
            if (it->sessions.empty() || it->pollInFlight)
                continue;
            it->pollInFlight = true;
            m_db.run([region = it.key()](ServerStore &store) { return store.headSeq(region); },
                     [this, region = it.key()](quint64 head) {
                         const auto found = m_regions.find(region);
                         if (found == m_regions.end())
                             return;
                         found->pollInFlight = false;
                         headAdvanced(region, head);
                     });
        }
        pollTick();
    });
}

void RegionServer::stop(std::chrono::milliseconds bound, std::function<void()> done)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_stopped = std::move(done);
    boost::system::error_code ignored;
    m_acceptor.close(ignored);
    m_saveTimer.cancel();
    m_pollTimer.cancel();
    savePositions();
    qCInfo(lcServer) << "stopping:" << m_sessions.size() << "sessions to close";
    if (m_sessions.empty()) {
        asio::post(m_io, [this] { finishStop(); });
        return;
    }
    m_stopTimer.expires_after(bound);
    m_stopTimer.async_wait([this](const boost::system::error_code &error) {
        if (!error)
            finishStop();
    });
    std::vector<std::shared_ptr<ServerSession>> sessions;
    for (const auto &entry : m_sessions)
        sessions.push_back(entry.second);
    for (const auto &session : sessions)
        session->sayBye(QStringLiteral("server shutting down"));
}

void RegionServer::finishStop()
{
    if (!m_stopped)
        return;
    m_stopTimer.cancel();
    const std::function<void()> done = std::move(m_stopped);
    m_stopped = nullptr;
    done();
}

} // namespace lintas::server
