#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <variant>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>

#include "frame.h"

namespace lintas::sync {

namespace asio = boost::asio;
using TcpSocket = asio::ip::tcp::socket;
using TlsStream = asio::ssl::stream<TcpSocket>;

// A connected, handshaken byte stream carrying frames — TLS, or plain TCP on loopback for development.
// Used by the desk's client, the server's sessions and the field gateway alike. Not thread-safe: every call
// is made on the stream's executor (one io_context thread).
//
//   auto link = FramedLink::create(std::move(tlsStream));
//   link->start({.onMessage = …, .onClosed = …});
//   link->send(encodeFrame(wire::PING, 1, ping));
//   link->shutdown(2s, [] { … });   // flush what is queued, TLS close_notify, bounded by the timer
class FramedLink : public std::enable_shared_from_this<FramedLink>
{
public:
    struct Handlers
    {
        std::function<void(wire::Envelope &&)> onMessage;
        // Called once, when the link is gone for any reason (peer closed, error, oversize or malformed frame,
        // close(), shutdown()). reason is for logs: "peer closed", "frame too large (5000000 bytes)", …
        std::function<void(const std::string &reason)> onClosed;
        // Optional. An oversize or undecodable frame stops the link from reading further frames; with this
        // handler set, the owner is told first so that it can answer (the server sends ERROR FRAME_TOO_LARGE
        // or MALFORMED) and must then call shutdown() or close(). Without it the link closes at once.
        // problem is FrameReader::Result::TooLarge or ::Malformed; reason as for onClosed.
        std::function<void(FrameReader::Result problem, const std::string &reason)> onBadFrame;
    };

    static std::shared_ptr<FramedLink> create(TlsStream &&stream, std::size_t maxFrameBytes = kMaxFrameBytes);
    static std::shared_ptr<FramedLink> create(TcpSocket &&socket, std::size_t maxFrameBytes = kMaxFrameBytes);
    ~FramedLink();

    void start(Handlers handlers);
    // Queues one encoded frame (see encodeFrame); frames go out in the order they were sent.
    void send(std::string frame);
    std::size_t queuedBytes() const { return m_queuedBytes; }
    // Time of the last byte received, for idle timeouts.
    std::chrono::steady_clock::time_point lastReceived() const { return m_lastReceived; }

    // Closes at once: pending writes are dropped, onClosed runs.
    void close(const std::string &reason);
    // Writes what is queued, then TLS shutdown (plain TCP: half-close, then wait for the peer's end); gives up
    // and closes when bound expires. done runs after onClosed in every case, also when the link was already
    // closed (then posted). Frames sent after shutdown() are dropped; frames that arrive meanwhile are still
    // delivered.
    void shutdown(std::chrono::milliseconds bound, std::function<void()> done);

    asio::any_io_executor executor();
    std::string remoteAddress() const; // "127.0.0.1:53122"
    bool isTls() const;
    bool isClosed() const;

private:
    class Impl;
    explicit FramedLink(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
    std::size_t m_queuedBytes = 0;
    std::chrono::steady_clock::time_point m_lastReceived;
    friend class Impl;
};

} // namespace lintas::sync
