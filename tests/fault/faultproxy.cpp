#include "faultproxy.h"

#include <algorithm>
#include <array>
#include <deque>
#include <random>
#include <set>
#include <string>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>

namespace lintas::fault {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

// A pump stops reading while this much is waiting to be written, so a bandwidth limit pushes back on the
// sender (through TCP) instead of growing the proxy's memory.
constexpr std::size_t kMaxQueued = 256 * 1024;
constexpr std::size_t kReadSize = 16 * 1024;

struct Settings
{
    std::uint16_t targetPort = 0;
    std::chrono::milliseconds latency[2]{};
    std::size_t bandwidth[2]{}; // bytes/s, 0 = unlimited
    std::size_t maxSlice = 0;   // 0 = no slicing
    bool blackHole = false;
    bool partitioned = false;
};

void resetAndClose(tcp::socket &socket)
{
    boost::system::error_code ignored;
    if (!socket.is_open())
        return;
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN: the peer sees a reset.
    socket.set_option(asio::socket_base::linger(true, 0), ignored);
    socket.close(ignored);
}

} // namespace

class Connection;

class FaultProxy::Impl : public std::enable_shared_from_this<FaultProxy::Impl>
{
public:
    Impl(asio::io_context &io, std::uint64_t seed, std::atomic<int> &accepted, std::atomic<int> &open,
         std::atomic<std::uint64_t> &forwarded)
        : m_io(io), m_acceptor(io), m_rng(seed), m_accepted(accepted), m_open(open), m_forwarded(forwarded)
    {
    }

    std::uint16_t listen()
    {
        const tcp::endpoint endpoint(asio::ip::address_v4::loopback(), 0);
        m_acceptor.open(endpoint.protocol());
        m_acceptor.set_option(tcp::acceptor::reuse_address(true));
        m_acceptor.bind(endpoint);
        m_acceptor.listen();
        return m_acceptor.local_endpoint().port();
    }

    void accept();
    void closeAll();
    void shutdown()
    {
        boost::system::error_code ignored;
        m_acceptor.close(ignored);
        closeAll();
    }
    void setBlackHole(bool on);
    void remove(const std::shared_ptr<Connection> &connection)
    {
        if (m_connections.erase(connection))
            --m_open;
    }

    asio::io_context &io() { return m_io; }
    Settings settings;
    std::mt19937_64 &rng() { return m_rng; }
    void countForwarded(std::size_t bytes) { m_forwarded += bytes; }

private:
    asio::io_context &m_io;
    tcp::acceptor m_acceptor;
    std::mt19937_64 m_rng;
    std::set<std::shared_ptr<Connection>> m_connections;
    std::atomic<int> &m_accepted;
    std::atomic<int> &m_open;
    std::atomic<std::uint64_t> &m_forwarded;
};

// One client connection and its upstream twin. Every member is touched on the io thread only.
class Connection : public std::enable_shared_from_this<Connection>
{
public:
    Connection(FaultProxy::Impl &proxy, tcp::socket &&client)
        : m_proxy(proxy), m_client(std::move(client)),
          m_server(proxy.io()), m_pumps{Pump(proxy.io(), 0), Pump(proxy.io(), 1)}
    {
    }

    void start(bool blackHoled)
    {
        boost::system::error_code ignored;
        m_client.set_option(tcp::no_delay(true), ignored);
        if (blackHoled) {
            // Accept and swallow: the client believes it is connected; nothing ever reaches the server.
            m_blackHoled = true;
            read(0);
            return;
        }
        const tcp::endpoint target(asio::ip::address_v4::loopback(), m_proxy.settings.targetPort);
        m_server.async_connect(target, [self = shared_from_this()](const boost::system::error_code &error) {
            if (self->m_closed)
                return;
            if (error) {
                // Nothing listens there (the server is down): the client sees its connection reset.
                self->close(true);
                return;
            }
            boost::system::error_code ignoredError;
            self->m_server.set_option(tcp::no_delay(true), ignoredError);
            self->read(0);
            self->read(1);
        });
    }

    void close(bool reset)
    {
        if (m_closed)
            return;
        m_closed = true;
        for (Pump &pump : m_pumps) {
            pump.timer.cancel();
            pump.queue.clear();
        }
        if (reset) {
            resetAndClose(m_client);
            resetAndClose(m_server);
        } else {
            boost::system::error_code ignored;
            m_client.close(ignored);
            m_server.close(ignored);
        }
        m_proxy.remove(shared_from_this());
    }

    // What is queued stays queued (a write may be using it) and is never sent.
    void blackHole() { m_blackHoled = true; }

private:
    struct Chunk
    {
        std::string bytes;
        std::size_t offset = 0;
        Clock::time_point releaseAt;
    };
    struct Pump
    {
        Pump(asio::io_context &io, int direction) : timer(io), index(direction) {}
        asio::steady_timer timer;
        int index; // 0 upstream (client → server), 1 downstream
        std::array<char, kReadSize> buffer{};
        std::deque<Chunk> queue;
        std::size_t queued = 0;
        bool reading = false;
        bool busy = false; // a write or a wait is in progress
        bool eof = false;
        bool shutDown = false;
        Clock::time_point nextFree{}; // bandwidth: the earliest moment the next byte may leave
    };

    tcp::socket &source(int index) { return index == 0 ? m_client : m_server; }
    tcp::socket &sink(int index) { return index == 0 ? m_server : m_client; }

    void read(int index)
    {
        Pump &pump = m_pumps[index];
        if (m_closed || pump.reading || pump.eof || (!m_blackHoled && pump.queued >= kMaxQueued))
            return;
        pump.reading = true;
        source(index).async_read_some(
            asio::buffer(pump.buffer),
            [self = shared_from_this(), index](const boost::system::error_code &error, std::size_t size) {
                self->onRead(index, error, size);
            });
    }

    void onRead(int index, const boost::system::error_code &error, std::size_t size)
    {
        Pump &pump = m_pumps[index];
        pump.reading = false;
        if (m_closed)
            return;
        if (error) {
            // The peer went away. A black hole propagates nothing — but the peer's own close ends it.
            if (error != asio::error::eof || m_blackHoled) {
                close(error != asio::error::eof);
                return;
            }
            pump.eof = true;
            write(index); // flushes what is queued, then passes the FIN on
            return;
        }
        if (!m_blackHoled) {
            Chunk chunk;
            chunk.bytes.assign(pump.buffer.data(), size);
            chunk.releaseAt = Clock::now() + m_proxy.settings.latency[index];
            pump.queued += size;
            pump.queue.push_back(std::move(chunk));
            write(index);
        }
        read(index);
    }

    void waitThen(int index, Clock::time_point until)
    {
        Pump &pump = m_pumps[index];
        pump.busy = true;
        pump.timer.expires_at(until);
        pump.timer.async_wait([self = shared_from_this(), index](const boost::system::error_code &) {
            self->m_pumps[index].busy = false;
            if (!self->m_closed)
                self->write(index);
        });
    }

    void write(int index)
    {
        Pump &pump = m_pumps[index];
        if (m_closed || pump.busy || m_blackHoled)
            return;
        if (pump.queue.empty()) {
            if (pump.eof && !pump.shutDown) {
                pump.shutDown = true;
                boost::system::error_code ignored;
                sink(index).shutdown(tcp::socket::shutdown_send, ignored);
                if (m_pumps[0].shutDown && m_pumps[1].shutDown)
                    close(false);
            }
            return;
        }
        const Clock::time_point now = Clock::now();
        Chunk &chunk = pump.queue.front();
        if (now < chunk.releaseAt) {
            waitThen(index, chunk.releaseAt);
            return;
        }
        const std::size_t bandwidth = m_proxy.settings.bandwidth[index];
        if (bandwidth > 0 && now < pump.nextFree) {
            waitThen(index, pump.nextFree);
            return;
        }
        std::size_t size = chunk.bytes.size() - chunk.offset;
        if (m_proxy.settings.maxSlice > 0)
            size =
                std::min(size, std::uniform_int_distribution<std::size_t>(1, m_proxy.settings.maxSlice)(m_proxy.rng()));
        if (bandwidth > 0)
            size = std::min(size, std::max<std::size_t>(1, bandwidth / 50)); // 20 ms worth at a time
        pump.busy = true;
        asio::async_write(
            sink(index), asio::buffer(chunk.bytes.data() + chunk.offset, size),
            [self = shared_from_this(), index](const boost::system::error_code &error, std::size_t written) {
                self->onWritten(index, error, written);
            });
    }

    void onWritten(int index, const boost::system::error_code &error, std::size_t written)
    {
        Pump &pump = m_pumps[index];
        pump.busy = false;
        if (m_closed || m_blackHoled)
            return;
        if (error) {
            close(true);
            return;
        }
        m_proxy.countForwarded(written);
        Chunk &chunk = pump.queue.front();
        chunk.offset += written;
        pump.queued -= written;
        if (chunk.offset == chunk.bytes.size())
            pump.queue.pop_front();
        if (const std::size_t bandwidth = m_proxy.settings.bandwidth[index]; bandwidth > 0) {
            const auto cost = std::chrono::duration_cast<Clock::duration>(
                std::chrono::duration<double>(static_cast<double>(written) / static_cast<double>(bandwidth)));
            pump.nextFree = std::max(pump.nextFree, Clock::now()) + cost;
        }
        read(index); // resumes a pump paused on a full queue
        write(index);
    }

    FaultProxy::Impl &m_proxy;
    tcp::socket m_client;
    tcp::socket m_server;
    Pump m_pumps[2];
    bool m_blackHoled = false;
    bool m_closed = false;
};

void FaultProxy::Impl::accept()
{
    m_acceptor.async_accept([self = shared_from_this()](const boost::system::error_code &error, tcp::socket socket) {
        if (error == asio::error::operation_aborted || !self->m_acceptor.is_open())
            return;
        if (!error) {
            ++self->m_accepted;
            if (self->settings.partitioned) {
                resetAndClose(socket);
            } else {
                auto connection = std::make_shared<Connection>(*self, std::move(socket));
                self->m_connections.insert(connection);
                ++self->m_open;
                connection->start(self->settings.blackHole);
            }
        }
        self->accept();
    });
}

void FaultProxy::Impl::closeAll()
{
    // close() removes from the set: iterate over a copy.
    const auto connections = m_connections;
    for (const auto &connection : connections)
        connection->close(true);
}

void FaultProxy::Impl::setBlackHole(bool on)
{
    settings.blackHole = on;
    if (on)
        for (const auto &connection : m_connections)
            connection->blackHole();
}

FaultProxy::FaultProxy(std::uint16_t targetPort, std::uint64_t seed)
    : m_work(asio::make_work_guard(m_io)), m_impl(std::make_shared<Impl>(m_io, seed, m_accepted, m_open, m_forwarded))
{
    m_impl->settings.targetPort = targetPort;
    m_port = m_impl->listen();
    m_impl->accept();
    m_thread = std::thread([this] { m_io.run(); });
}

FaultProxy::~FaultProxy()
{
    asio::post(m_io, [impl = m_impl] { impl->shutdown(); });
    m_work.reset();
    m_thread.join();
}

void FaultProxy::setTargetPort(std::uint16_t port)
{
    asio::post(m_io, [impl = m_impl, port] { impl->settings.targetPort = port; });
}

void FaultProxy::setLatency(std::chrono::milliseconds latency, Direction direction)
{
    asio::post(m_io, [impl = m_impl, latency, direction] {
        if (direction != Direction::Downstream)
            impl->settings.latency[0] = latency;
        if (direction != Direction::Upstream)
            impl->settings.latency[1] = latency;
    });
}

void FaultProxy::setBandwidth(std::size_t bytesPerSecond, Direction direction)
{
    asio::post(m_io, [impl = m_impl, bytesPerSecond, direction] {
        if (direction != Direction::Downstream)
            impl->settings.bandwidth[0] = bytesPerSecond;
        if (direction != Direction::Upstream)
            impl->settings.bandwidth[1] = bytesPerSecond;
    });
}

void FaultProxy::setSlicing(std::size_t maxSlice)
{
    asio::post(m_io, [impl = m_impl, maxSlice] { impl->settings.maxSlice = maxSlice; });
}

void FaultProxy::resetAll()
{
    asio::post(m_io, [impl = m_impl] { impl->closeAll(); });
}

void FaultProxy::setBlackHole(bool on)
{
    asio::post(m_io, [impl = m_impl, on] { impl->setBlackHole(on); });
}

void FaultProxy::setPartitioned(bool on)
{
    asio::post(m_io, [impl = m_impl, on] {
        impl->settings.partitioned = on;
        if (on)
            impl->closeAll();
    });
}

void FaultProxy::heal()
{
    asio::post(m_io, [impl = m_impl] {
        const std::uint16_t target = impl->settings.targetPort;
        impl->settings = Settings{};
        impl->settings.targetPort = target;
    });
}

} // namespace lintas::fault
