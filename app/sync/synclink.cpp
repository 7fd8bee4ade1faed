#include "synclink.h"

#include <algorithm>

#include <QDateTime>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/stream.hpp>

#include "frame.h"
#include "wire.h"

namespace lintas::sync {

Q_LOGGING_CATEGORY(lcSync, "lintas.sync")

namespace {

std::string millis(std::chrono::milliseconds value)
{
    return std::to_string(value.count()) + " ms";
}

} // namespace

bool isFinalRefusal(const wire::Error &error)
{
    return !error.retryable() && error.code() != wire::Error::FORBIDDEN &&
           error.code() != wire::Error::UNEXPECTED_MESSAGE;
}

SyncLink::SyncLink(SyncSettings settings, Callbacks callbacks)
    : m_work(asio::make_work_guard(m_io)), m_settings(std::move(settings)), m_callbacks(std::move(callbacks)),
      m_resolver(m_io), m_deadline(m_io), m_retry(m_io), m_upkeep(m_io),
      m_backoff(m_settings.backoffBase, m_settings.backoffCap, m_settings.jitterSeed)
{
}

SyncLink::~SyncLink()
{
    m_io.stop();
    if (m_thread.joinable())
        m_thread.join();
}

void SyncLink::start()
{
    if (m_started.exchange(true))
        return;
    asio::post(m_io, [this] {
        buildTlsContext();
        connect();
    });
    m_thread = std::thread([this] {
        try {
            m_io.run();
        } catch (const std::exception &error) {
            qCCritical(lcSync) << "sync io thread ended:" << error.what();
        }
    });
}

void SyncLink::send(std::string frame)
{
    asio::post(m_io, [this, frame = std::move(frame)]() mutable {
        if (m_phase == Phase::Connected && m_link)
            sendNow(std::move(frame));
    });
}

void SyncLink::resetBackoff()
{
    asio::post(m_io, [this] { m_backoff.reset(); });
}

void SyncLink::refuse(const std::string &reason)
{
    asio::post(m_io, [this, reason] {
        if (m_phase == Phase::Stopping || m_phase == Phase::Stopped)
            return;
        qCInfo(lcSync).noquote() << "refused by" << m_settings.host << "-" << QString::fromStdString(reason);
        abandonAttempt();
        m_retry.cancel();
        m_phase = Phase::Refused;
        if (m_link) {
            auto link = m_link; // close() runs onLinkClosed, which lets go of m_link
            link->close(reason);
        }
    });
}

void SyncLink::dropAndRetry(const std::string &reason)
{
    asio::post(m_io, [this, reason] {
        if (m_phase != Phase::Connected || !m_link)
            return;
        m_dropRequested = true;
        auto link = m_link;
        link->close(reason);
    });
}

void SyncLink::reconnectNow()
{
    asio::post(m_io, [this] {
        if (m_phase != Phase::Waiting && m_phase != Phase::Refused)
            return;
        m_retry.cancel();
        connect();
    });
}

void SyncLink::setTls(TlsClientConfig config)
{
    asio::post(m_io, [this, config = std::move(config)]() mutable {
        m_settings.tls = std::move(config);
        buildTlsContext();
    });
}

void SyncLink::stop(std::string bye)
{
    asio::post(m_io, [this, bye = std::move(bye)]() mutable {
        if (m_phase == Phase::Stopping || m_phase == Phase::Stopped)
            return;
        m_phase = Phase::Stopping;
        m_retry.cancel();
        m_upkeep.cancel();
        abandonAttempt();
        if (m_link && !m_link->isClosed()) {
            auto link = m_link;
            link->send(std::move(bye));
            link->shutdown(m_settings.shutdownBound, [this] { finishStop(); });
            return;
        }
        finishStop();
    });
}

void SyncLink::buildTlsContext()
{
    if (m_settings.insecureLoopback)
        return;
    // A stream still using the old context keeps its own reference in OpenSSL; the asio object, which owns
    // the context's verify callback, is kept until the link goes.
    if (m_tls)
        m_retiredTls.push_back(std::move(m_tls));
    m_tls = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_client);
    m_tlsError.clear();
    if (!configureClientContext(*m_tls, m_settings.tls, &m_tlsError))
        m_tls.reset();
}

bool SyncLink::retries(LinkDown::Kind kind) const
{
    return kind != LinkDown::Kind::Untrusted && kind != LinkDown::Kind::InsecureRefused &&
           kind != LinkDown::Kind::Setup;
}

void SyncLink::connect()
{
    abandonAttempt();
    if (m_link) {
        // Still open after a final refusal the server has not closed yet: not in the Connected phase, so its
        // end is not reported as a loss.
        auto link = m_link;
        link->close("reconnecting");
        m_link.reset();
    }
    const std::uint64_t generation = ++m_generation;
    m_phase = Phase::Connecting;
    m_timedOut = false;
    m_dropRequested = false;
    if (m_callbacks.onConnecting)
        m_callbacks.onConnecting(m_backoff.attempt());

    const std::string host = toStd(m_settings.host);
    if (m_settings.insecureLoopback) {
        boost::system::error_code ec;
        const auto address = asio::ip::make_address(host, ec);
        if (!ec && !address.is_loopback()) {
            failed(LinkDown::Kind::InsecureRefused, host + " is not a loopback address");
            return;
        }
    } else if (!m_tls) {
        failed(LinkDown::Kind::Setup, m_tlsError);
        return;
    }
    armDeadline(generation, m_settings.connectTimeout);
    m_resolver.async_resolve(
        host, std::to_string(m_settings.port),
        [this, generation](const boost::system::error_code &ec, const asio::ip::tcp::resolver::results_type &results) {
            onResolved(generation, ec, results);
        });
}

void SyncLink::armDeadline(std::uint64_t generation, std::chrono::milliseconds timeout)
{
    m_deadline.expires_after(timeout);
    m_deadline.async_wait([this, generation](const boost::system::error_code &ec) {
        if (ec || generation != m_generation || m_phase != Phase::Connecting)
            return;
        // Cancelling every pending step makes it complete with an error; m_timedOut names the cause.
        m_timedOut = true;
        boost::system::error_code ignored;
        m_resolver.cancel();
        if (m_socket)
            m_socket->close(ignored);
        if (m_handshaking)
            m_handshaking->lowest_layer().close(ignored);
    });
}

void SyncLink::onResolved(std::uint64_t generation, const boost::system::error_code &ec,
                          const asio::ip::tcp::resolver::results_type &results)
{
    if (generation != m_generation || m_phase != Phase::Connecting)
        return;
    if (ec) {
        failed(LinkDown::Kind::Unreachable,
               m_timedOut ? "no answer within " + millis(m_settings.connectTimeout) : ec.message());
        return;
    }
    if (m_settings.insecureLoopback) {
        for (const auto &entry : results) {
            if (!entry.endpoint().address().is_loopback()) {
                failed(LinkDown::Kind::InsecureRefused, entry.host_name() + " resolves to " +
                                                            entry.endpoint().address().to_string() +
                                                            ", which is not a loopback address");
                return;
            }
        }
    }
    auto socket = std::make_shared<TcpSocket>(m_io);
    m_socket = socket;
    asio::async_connect(
        *socket, results,
        [this, generation](const boost::system::error_code &, const asio::ip::tcp::endpoint &) {
            return generation == m_generation && !m_timedOut; // no next address once given up
        },
        [this, generation, socket](const boost::system::error_code &connectError, const asio::ip::tcp::endpoint &) {
            onTcpConnected(generation, connectError);
        });
}

void SyncLink::onTcpConnected(std::uint64_t generation, const boost::system::error_code &ec)
{
    if (generation != m_generation || m_phase != Phase::Connecting)
        return;
    if (ec) {
        failed(LinkDown::Kind::Unreachable,
               m_timedOut ? "no answer within " + millis(m_settings.connectTimeout) : ec.message());
        return;
    }
    auto socket = std::move(m_socket);
    boost::system::error_code ignored;
    socket->set_option(asio::ip::tcp::no_delay(true), ignored); // small frames: latency over packing
    if (m_settings.insecureLoopback) {
        m_deadline.cancel();
        established(FramedLink::create(std::move(*socket)));
        return;
    }

    auto stream = std::make_shared<TlsStream>(std::move(*socket), *m_tls);
    m_handshaking = stream;
    m_capture = std::make_shared<PeerCertificateCapture>();
    std::string error;
    if (!prepareClientStream(*stream, m_settings.tls, toStd(m_settings.host), m_capture, &error)) {
        failed(LinkDown::Kind::Setup, error);
        return;
    }
    m_timedOut = false;
    armDeadline(generation, m_settings.handshakeTimeout);
    // The stream travels with the handler: an abandoned handshake completes on a live object.
    stream->async_handshake(asio::ssl::stream_base::client,
                            [this, generation, stream](const boost::system::error_code &handshakeError) {
                                onHandshake(generation, handshakeError);
                            });
}

void SyncLink::onHandshake(std::uint64_t generation, const boost::system::error_code &ec)
{
    if (generation != m_generation || m_phase != Phase::Connecting)
        return;
    m_deadline.cancel();
    if (ec) {
        const auto capture = m_capture;
        if (capture && !capture->pinMatched && !capture->failure.empty() && !capture->leafSha256.isEmpty()) {
            failed(LinkDown::Kind::Untrusted, capture->failure, capture->leafSha256);
            return;
        }
        failed(LinkDown::Kind::Handshake,
               m_timedOut ? "no TLS handshake within " + millis(m_settings.handshakeTimeout) : ec.message());
        return;
    }
    auto stream = std::move(m_handshaking);
    established(FramedLink::create(std::move(*stream)));
}

void SyncLink::established(std::shared_ptr<FramedLink> link)
{
    const std::uint64_t generation = m_generation;
    m_phase = Phase::Connected;
    m_link = link;
    m_lastSent = std::chrono::steady_clock::now();
    qCInfo(lcSync).noquote() << "connected to" << QString::fromStdString(link->remoteAddress())
                             << (link->isTls() ? "over TLS" : "over plain TCP (insecure loopback)");
    FramedLink::Handlers handlers;
    handlers.onMessage = [this, generation](wire::Envelope &&envelope) {
        if (generation != m_generation)
            return;
        if (envelope.type() == wire::PING) {
            wire::Ping ping;
            wire::Pong pong;
            if (parseBody(envelope, &ping))
                pong.set_at_ms(ping.at_ms());
            sendNow(encodeFrame(wire::PONG, envelope.corr_id(), pong));
            return;
        }
        if (envelope.type() == wire::PONG)
            return; // its arrival already counts as traffic for the idle check
        if (envelope.type() == wire::ERROR) {
            // The server closes right after a final refusal; that close must not schedule a retry, even before
            // the owner has read the ERROR and called refuse().
            wire::Error error;
            if (parseBody(envelope, &error) && isFinalRefusal(error)) {
                m_phase = Phase::Refused;
                m_retry.cancel();
            }
        }
        if (m_callbacks.onMessage)
            m_callbacks.onMessage(std::move(envelope));
    };
    handlers.onClosed = [this, generation](const std::string &reason) { onLinkClosed(generation, reason); };
    link->start(std::move(handlers));
    armUpkeep(generation);
    if (m_callbacks.onConnected)
        m_callbacks.onConnected(link->remoteAddress());
}

void SyncLink::onLinkClosed(std::uint64_t generation, const std::string &reason)
{
    if (generation != m_generation)
        return;
    m_link.reset();
    m_upkeep.cancel();
    const bool dropped = m_dropRequested;
    m_dropRequested = false;
    if (m_phase != Phase::Connected)
        return; // stopping (finishStop follows) or refused (already reported)
    failed(dropped ? LinkDown::Kind::Dropped : LinkDown::Kind::Lost, reason);
}

void SyncLink::armUpkeep(std::uint64_t generation)
{
    // Checked a few times per heartbeat, so that neither the PING nor the idle cut comes much late.
    const auto period = std::min(m_settings.heartbeat, m_settings.idleTimeout) / 4;
    m_upkeep.expires_after(std::clamp(period, std::chrono::milliseconds(10), std::chrono::milliseconds(1000)));
    m_upkeep.async_wait([this, generation](const boost::system::error_code &ec) {
        if (!ec)
            upkeep(generation);
    });
}

void SyncLink::upkeep(std::uint64_t generation)
{
    if (generation != m_generation || m_phase != Phase::Connected || !m_link)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (now - m_link->lastReceived() >= m_settings.idleTimeout) {
        auto link = m_link;
        link->close("nothing received for " + millis(m_settings.idleTimeout));
        return;
    }
    // A PING after a quiet spell in either direction: a field gateway sends positions all the time and
    // hears nothing back, so its link stays alive only if it asks for a PONG now and then.
    const bool quietOut = now - m_lastSent >= m_settings.heartbeat;
    const bool quietIn = now - m_link->lastReceived() >= m_settings.heartbeat && now - m_lastPing >= m_settings.heartbeat;
    if (quietOut || quietIn) {
        wire::Ping ping;
        ping.set_at_ms(QDateTime::currentMSecsSinceEpoch());
        sendNow(encodeFrame(wire::PING, ++m_pingCorr, ping));
        m_lastPing = now;
    }
    armUpkeep(generation);
}

void SyncLink::sendNow(std::string frame)
{
    if (!m_link)
        return;
    m_link->send(std::move(frame));
    m_lastSent = std::chrono::steady_clock::now();
}

void SyncLink::failed(LinkDown::Kind kind, const std::string &reason, QByteArray presented)
{
    abandonAttempt();
    LinkDown down;
    down.kind = kind;
    down.reason = reason;
    down.presentedSha256 = std::move(presented);
    if (retries(kind)) {
        m_phase = Phase::Waiting;
        down.retryIn = m_backoff.next();
        const std::uint64_t generation = m_generation;
        m_retry.expires_after(down.retryIn);
        m_retry.async_wait([this, generation](const boost::system::error_code &ec) {
            if (!ec && generation == m_generation && m_phase == Phase::Waiting)
                connect();
        });
        qCInfo(lcSync).noquote() << "link to" << m_settings.host << "down:" << QString::fromStdString(reason)
                                 << "- next attempt in" << down.retryIn.count() << "ms";
    } else {
        m_phase = Phase::Refused;
        qCWarning(lcSync).noquote() << "link to" << m_settings.host << "refused:" << QString::fromStdString(reason);
    }
    if (m_callbacks.onDown)
        m_callbacks.onDown(down);
}

void SyncLink::abandonAttempt()
{
    m_deadline.cancel();
    m_resolver.cancel();
    boost::system::error_code ignored;
    // Closing completes whatever is pending with an error; the handlers hold the objects until then.
    if (m_socket)
        m_socket->close(ignored);
    if (m_handshaking)
        m_handshaking->lowest_layer().close(ignored);
    m_socket.reset();
    m_handshaking.reset();
}

void SyncLink::finishStop()
{
    if (m_phase == Phase::Stopped)
        return;
    m_phase = Phase::Stopped;
    ++m_generation;
    m_link.reset();
    m_deadline.cancel();
    m_retry.cancel();
    m_upkeep.cancel();
    m_work.reset();
    qCInfo(lcSync) << "link to" << m_settings.host << "stopped";
    if (m_callbacks.onStopped)
        m_callbacks.onStopped();
}

} // namespace lintas::sync
