#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <QByteArray>
#include <QLoggingCategory>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>

#include "backoff.h"
#include "framedlink.h"
#include "syncsession.h"
#include "tlsconfig.h"

namespace lintas::sync {

// The one logging category of the sync layer ("lintas.sync").
Q_DECLARE_LOGGING_CATEGORY(lcSync)

// Why the link is down, as the owner is told.
struct LinkDown
{
    enum class Kind
    {
        Unreachable,     // resolve or TCP connect failed or timed out
        Handshake,       // the TLS handshake failed or timed out (not a trust problem)
        Lost,            // an established link ended: peer closed, reset, idle timeout
        Dropped,         // the owner asked for it (dropAndRetry)
        Untrusted,       // the server's certificate is not trusted: no retry
        InsecureRefused, // plain TCP to an address that is not loopback: no retry
        Setup,           // the TLS settings cannot be used (CA file missing, …): no retry
    };
    Kind kind = Kind::Lost;
    std::string reason; // English, for logs and as the detail's last part
    // The delay before the next attempt; negative when none is scheduled (refused until the user acts).
    std::chrono::milliseconds retryIn{-1};
    QByteArray presentedSha256; // Untrusted: the leaf the server presented
};

// An ERROR after which the client must not knock again until the user acts (a wrong password, a locked or
// disabled account, another protocol version): not retryable, and not one of the per-message refusals
// (FORBIDDEN, UNEXPECTED_MESSAGE) that leave the session running.
bool isFinalRefusal(const wire::Error &error);

// The io_context side of a SyncSession: one connection to the server at a time, kept up. Owns a thread that
// runs its io_context; every public call may be made from any thread and is posted there. The callbacks run on
// the io thread (the session forwards them to its own thread).
//
//   start() ─▶ resolve ─▶ TCP connect ─▶ TLS handshake ─▶ onConnected ──▶ frames both ways (onMessage, send)
//                ╰─ deadline ─╯         ╰─ deadline ─╯        │ PING after `heartbeat` quiet, PONG to PINGs
//                      │ failure                               │ nothing received for `idleTimeout`: lost
//                      ▼                                       ▼
//                 onDown(retryIn) ◀──────────────────── link ends ──▶ wait backoff.next() ──▶ connect again
//   stop(bye) ─▶ BYE, flush, TLS shutdown bounded by `shutdownBound` ─▶ onStopped
class SyncLink
{
public:
    struct Callbacks
    {
        std::function<void(int attempt)> onConnecting;
        std::function<void(const std::string &remote)> onConnected; // the owner sends HELLO now
        std::function<void(wire::Envelope &&)> onMessage;           // PING and PONG are answered here
        std::function<void(const LinkDown &down)> onDown;
        std::function<void()> onStopped; // after stop(); the io thread is about to end
    };

    SyncLink(SyncSettings settings, Callbacks callbacks);
    ~SyncLink(); // stops at once (no BYE) and joins the io thread
    SyncLink(const SyncLink &) = delete;
    SyncLink &operator=(const SyncLink &) = delete;

    void start();
    // Queues one encoded frame; dropped unless connected.
    void send(std::string frame);
    // After a WELCOME: the next loss waits the shortest delay again.
    void resetBackoff();
    // The server refused for good: close, and no retry until reconnectNow() or trust().
    void refuse(const std::string &reason);
    // Close now and reconnect after the backoff (a chain that does not verify, a store that cannot commit).
    void dropAndRetry(const std::string &reason);
    // Connect now when waiting for a retry or refused.
    void reconnectNow();
    // New trust settings (a fingerprint the user accepted); take effect on the next connection.
    void setTls(TlsClientConfig config);
    // Sends `bye` (an encoded BYE frame), flushes, shuts down bounded by settings.shutdownBound; onStopped.
    void stop(std::string bye);

private:
    enum class Phase
    {
        Idle,
        Connecting,
        Connected,
        Waiting,
        Refused,
        Stopping,
        Stopped
    };

    void buildTlsContext();
    void connect();
    void onResolved(std::uint64_t generation, const boost::system::error_code &ec,
                    const asio::ip::tcp::resolver::results_type &results);
    void onTcpConnected(std::uint64_t generation, const boost::system::error_code &ec);
    void onHandshake(std::uint64_t generation, const boost::system::error_code &ec);
    void established(std::shared_ptr<FramedLink> link);
    void onLinkClosed(std::uint64_t generation, const std::string &reason);
    void armDeadline(std::uint64_t generation, std::chrono::milliseconds timeout);
    void armUpkeep(std::uint64_t generation);
    void upkeep(std::uint64_t generation);
    void sendNow(std::string frame);
    void failed(LinkDown::Kind kind, const std::string &reason, QByteArray presented = {});
    void abandonAttempt();
    void finishStop();
    bool retries(LinkDown::Kind kind) const;

    // Declared first, destroyed last: every socket and timer below belongs to it.
    asio::io_context m_io;
    asio::executor_work_guard<asio::io_context::executor_type> m_work;
    SyncSettings m_settings;
    Callbacks m_callbacks;
    std::unique_ptr<asio::ssl::context> m_tls;
    std::vector<std::unique_ptr<asio::ssl::context>> m_retiredTls;
    std::string m_tlsError;
    asio::ip::tcp::resolver m_resolver;
    std::shared_ptr<TcpSocket> m_socket;               // while connecting
    std::shared_ptr<TlsStream> m_handshaking;          // while the TLS handshake runs
    std::shared_ptr<PeerCertificateCapture> m_capture; // what the server presented in that handshake
    std::shared_ptr<FramedLink> m_link;                // while connected
    asio::steady_timer m_deadline;                     // bounds resolve + connect, then the handshake
    asio::steady_timer m_retry;
    asio::steady_timer m_upkeep; // heartbeat and idle checks
    Backoff m_backoff;
    Phase m_phase = Phase::Idle;
    std::uint64_t m_generation = 0; // one per attempt; completions of an older one are ignored
    bool m_timedOut = false;
    bool m_dropRequested = false;
    std::chrono::steady_clock::time_point m_lastSent;
    std::chrono::steady_clock::time_point m_lastPing; // the last PING, so a silent peer gets one per heartbeat
    std::uint64_t m_pingCorr = 0;
    std::atomic<bool> m_started{false};
    std::thread m_thread;
};

} // namespace lintas::sync
