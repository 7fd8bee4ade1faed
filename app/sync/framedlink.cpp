#include "framedlink.h"

#include <array>
#include <type_traits>
#include <vector>

#include <boost/asio/post.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/write.hpp>

namespace lintas::sync {
namespace {

using Stream = std::variant<TlsStream, TcpSocket>;

// Small frames queued together go out in one write (one TLS record where they fit): a desk receiving
// hundreds of positions a second should not pay a system call and a record per frame.
constexpr std::size_t kCoalesceBytes = 64 * 1024;
// A write buffer that once held a large frame is not kept around at that size.
constexpr std::size_t kKeepWriteCapacity = 256 * 1024;

TcpSocket &lowestLayer(Stream &stream)
{
    return std::visit(
        [](auto &s) -> TcpSocket & {
            if constexpr (std::is_same_v<std::decay_t<decltype(s)>, TlsStream>)
                return s.next_layer();
            else
                return s;
        },
        stream);
}

std::string describe(const boost::system::error_code &ec)
{
    if (ec == asio::error::eof)
        return "peer closed";
    if (ec == asio::ssl::error::stream_truncated)
        return "peer closed without TLS close_notify";
    if (ec == asio::error::connection_reset)
        return "connection reset by peer";
    return ec.message();
}

std::string addressOf(TcpSocket &socket)
{
    boost::system::error_code ec;
    const auto endpoint = socket.remote_endpoint(ec);
    if (ec)
        return "(unknown peer)";
    const auto address = endpoint.address();
    const std::string text = address.is_v6() ? "[" + address.to_string() + "]" : address.to_string();
    return text + ":" + std::to_string(endpoint.port());
}

} // namespace

// The state of one link; everything runs on the stream's executor. Every completion handler holds a
// shared_ptr to the FramedLink, so the Impl outlives each operation it started.
//
//   send() ─▶ queue ─▶ one write in flight ─▶ (queue empty && shutting down) ─▶ TLS shutdown / TCP half-close
//   read loop ─▶ FrameReader ─▶ onMessage…         any error, bad frame, close(), shutdown's end ─▶ finish()
//   finish(): close the socket, onClosed once, then shutdown's done callbacks
class FramedLink::Impl
{
public:
    Impl(Stream &&stream, std::size_t maxFrameBytes)
        : m_stream(std::move(stream)), m_timer(lowestLayer(m_stream).get_executor()), m_reader(maxFrameBytes),
          m_remote(addressOf(lowestLayer(m_stream)))
    {
    }

    FramedLink *m_owner = nullptr;
    Stream m_stream;
    asio::steady_timer m_timer; // bounds shutdown()
    FrameReader m_reader;
    Handlers m_handlers;
    std::array<char, 32 * 1024> m_readBuffer{};
    std::deque<std::string> m_queue;
    std::string m_writing;
    std::vector<std::function<void()>> m_done;
    std::string m_remote;
    bool m_started = false;
    bool m_closed = false;
    bool m_readInFlight = false;
    bool m_writeInFlight = false;
    bool m_shuttingDown = false;
    bool m_closingHandshakeBegun = false;
    bool m_discardInput = false; // after a bad frame: nothing more is parsed, the bytes are only drained

    bool isTls() const { return std::holds_alternative<TlsStream>(m_stream); }
    std::shared_ptr<FramedLink> keepAlive() { return m_owner->shared_from_this(); }

    void startRead()
    {
        if (m_readInFlight || m_closed)
            return;
        m_readInFlight = true;
        std::visit(
            [this](auto &s) {
                s.async_read_some(asio::buffer(m_readBuffer),
                                  [this, self = keepAlive()](const boost::system::error_code &ec, std::size_t bytes) {
                                      onRead(ec, bytes);
                                  });
            },
            m_stream);
    }

    void onRead(const boost::system::error_code &ec, std::size_t bytes)
    {
        m_readInFlight = false;
        if (m_closed)
            return;
        if (ec) {
            // While shutting down, the peer's end of the stream is the answer we were waiting for.
            finish(m_shuttingDown ? "shut down" : describe(ec));
            return;
        }
        m_owner->m_lastReceived = std::chrono::steady_clock::now();
        if (!m_discardInput) {
            m_reader.append(std::string_view(m_readBuffer.data(), bytes));
            deliverFrames();
            if (m_closed)
                return;
        }
        startRead();
    }

    void deliverFrames()
    {
        for (;;) {
            wire::Envelope envelope;
            const FrameReader::Result result = m_reader.next(&envelope);
            switch (result) {
            case FrameReader::Result::NeedMore:
                return;
            case FrameReader::Result::Frame:
                if (m_handlers.onMessage)
                    m_handlers.onMessage(std::move(envelope));
                if (m_closed)
                    return;
                continue;
            case FrameReader::Result::TooLarge:
            case FrameReader::Result::Malformed:
                break;
            }
            m_discardInput = true;
            const std::string reason =
                result == FrameReader::Result::TooLarge
                    ? "frame too large (" + std::to_string(m_reader.announcedLength()) + " bytes)"
                    : "malformed frame";
            if (m_handlers.onBadFrame)
                m_handlers.onBadFrame(result, reason);
            else
                finish(reason);
            return;
        }
    }

    void send(std::string &&frame)
    {
        if (m_closed || m_shuttingDown || frame.empty())
            return;
        m_owner->m_queuedBytes += frame.size();
        m_queue.push_back(std::move(frame));
        startWrite();
    }

    void startWrite()
    {
        if (m_writeInFlight || m_closed || m_queue.empty())
            return;
        if (m_writing.capacity() > kKeepWriteCapacity)
            m_writing = std::string();
        if (m_queue.front().size() >= kCoalesceBytes) {
            m_writing = std::move(m_queue.front());
            m_queue.pop_front();
        } else {
            m_writing.clear();
            while (!m_queue.empty() && m_writing.size() + m_queue.front().size() <= kCoalesceBytes) {
                m_writing += m_queue.front();
                m_queue.pop_front();
            }
        }
        m_writeInFlight = true;
        std::visit(
            [this](auto &s) {
                asio::async_write(
                    s, asio::buffer(m_writing),
                    [this, self = keepAlive()](const boost::system::error_code &ec, std::size_t) { onWritten(ec); });
            },
            m_stream);
    }

    void onWritten(const boost::system::error_code &ec)
    {
        m_writeInFlight = false;
        if (m_closed)
            return;
        if (ec) {
            finish("write failed: " + describe(ec));
            return;
        }
        m_owner->m_queuedBytes -= std::min(m_owner->m_queuedBytes, m_writing.size());
        if (!m_queue.empty())
            startWrite();
        else if (m_shuttingDown)
            beginClosingHandshake();
    }

    void shutdown(std::chrono::milliseconds bound, std::function<void()> &&done)
    {
        if (m_closed) {
            if (done)
                asio::post(lowestLayer(m_stream).get_executor(), std::move(done));
            return;
        }
        if (done)
            m_done.push_back(std::move(done));
        if (m_shuttingDown)
            return; // the first call's bound holds
        m_shuttingDown = true;
        m_timer.expires_after(bound);
        m_timer.async_wait([this, self = keepAlive(), bound](const boost::system::error_code &ec) {
            if (!ec && !m_closed)
                finish("shutdown timed out after " + std::to_string(bound.count()) + " ms");
        });
        if (!m_writeInFlight)
            beginClosingHandshake();
    }

    void beginClosingHandshake()
    {
        if (m_closingHandshakeBegun || m_closed)
            return;
        m_closingHandshakeBegun = true;
        if (auto *tls = std::get_if<TlsStream>(&m_stream)) {
            // close_notify, then wait for the peer's; a peer that never answers is cut off by the timer.
            tls->async_shutdown([this, self = keepAlive()](const boost::system::error_code &) {
                if (!m_closed)
                    finish("shut down");
            });
            return;
        }
        boost::system::error_code ec;
        lowestLayer(m_stream).shutdown(TcpSocket::shutdown_send, ec);
        // The read loop sees the peer's end; closing before it would reset what the peer has not read yet.
        if (ec || !m_readInFlight)
            finish("shut down");
    }

    void finish(const std::string &reason)
    {
        if (m_closed)
            return;
        m_closed = true;
        m_timer.cancel();
        boost::system::error_code ignored;
        lowestLayer(m_stream).close(ignored);
        m_queue.clear();
        m_owner->m_queuedBytes = 0;

        auto onClosed = std::move(m_handlers.onClosed);
        m_handlers.onClosed = nullptr;
        auto done = std::move(m_done);
        m_done.clear();
        if (onClosed)
            onClosed(reason);
        for (auto &callback : done)
            callback();
        // The handlers may hold whatever holds this link: release them, though not from inside one of them.
        asio::post(lowestLayer(m_stream).get_executor(),
                   [self = keepAlive()] { self->m_impl->m_handlers = Handlers(); });
    }
};

FramedLink::FramedLink(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

FramedLink::~FramedLink() = default;

std::shared_ptr<FramedLink> FramedLink::create(TlsStream &&stream, std::size_t maxFrameBytes)
{
    auto impl = std::make_unique<Impl>(Stream(std::in_place_type<TlsStream>, std::move(stream)), maxFrameBytes);
    std::shared_ptr<FramedLink> link(new FramedLink(std::move(impl)));
    link->m_impl->m_owner = link.get();
    link->m_lastReceived = std::chrono::steady_clock::now();
    return link;
}

std::shared_ptr<FramedLink> FramedLink::create(TcpSocket &&socket, std::size_t maxFrameBytes)
{
    auto impl = std::make_unique<Impl>(Stream(std::in_place_type<TcpSocket>, std::move(socket)), maxFrameBytes);
    std::shared_ptr<FramedLink> link(new FramedLink(std::move(impl)));
    link->m_impl->m_owner = link.get();
    link->m_lastReceived = std::chrono::steady_clock::now();
    return link;
}

void FramedLink::start(Handlers handlers)
{
    if (m_impl->m_started || m_impl->m_closed)
        return;
    m_impl->m_started = true;
    m_impl->m_handlers = std::move(handlers);
    m_lastReceived = std::chrono::steady_clock::now();
    m_impl->startRead();
}

void FramedLink::send(std::string frame)
{
    m_impl->send(std::move(frame));
}

void FramedLink::close(const std::string &reason)
{
    m_impl->finish(reason);
}

void FramedLink::shutdown(std::chrono::milliseconds bound, std::function<void()> done)
{
    m_impl->shutdown(bound, std::move(done));
}

asio::any_io_executor FramedLink::executor()
{
    return lowestLayer(m_impl->m_stream).get_executor();
}

std::string FramedLink::remoteAddress() const
{
    return m_impl->m_remote;
}

bool FramedLink::isTls() const
{
    return m_impl->isTls();
}

bool FramedLink::isClosed() const
{
    return m_impl->m_closed;
}

} // namespace lintas::sync
