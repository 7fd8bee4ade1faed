// The fault proxy does what the fault tests rely on: bytes arrive intact however they are delayed, throttled and
// sliced; a reset is a reset; a black hole swallows without closing; a partition refuses; a new target is used.

#include <random>
#include <string>
#include <thread>

#include <QElapsedTimer>
#include <QTest>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

#include "faultproxy.h"

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using lintas::fault::FaultProxy;

namespace {

// Echoes every byte back, on its own thread, until destroyed.
class EchoServer
{
public:
    EchoServer() : m_acceptor(m_io, tcp::endpoint(asio::ip::address_v4::loopback(), 0))
    {
        accept();
        m_thread = std::thread([this] { m_io.run(); });
    }
    ~EchoServer()
    {
        m_io.stop();
        m_thread.join();
    }
    std::uint16_t port() const { return m_acceptor.local_endpoint().port(); }
    int accepted() const { return m_accepted; }

private:
    struct Session : std::enable_shared_from_this<Session>
    {
        explicit Session(tcp::socket &&s) : socket(std::move(s)) {}
        void read()
        {
            socket.async_read_some(asio::buffer(buffer),
                                   [self = shared_from_this()](const boost::system::error_code &error, std::size_t n) {
                                       if (error)
                                           return;
                                       asio::async_write(self->socket, asio::buffer(self->buffer.data(), n),
                                                         [self](const boost::system::error_code &e, std::size_t) {
                                                             if (!e)
                                                                 self->read();
                                                         });
                                   });
        }
        tcp::socket socket;
        std::array<char, 4096> buffer{};
    };
    void accept()
    {
        m_acceptor.async_accept([this](const boost::system::error_code &error, tcp::socket socket) {
            if (error)
                return;
            ++m_accepted;
            std::make_shared<Session>(std::move(socket))->read();
            accept();
        });
    }
    asio::io_context m_io;
    tcp::acceptor m_acceptor;
    std::thread m_thread;
    std::atomic<int> m_accepted{0};
};

// A client on the test thread; every operation is bounded by running its io_context for a limited time.
class Client
{
public:
    explicit Client(std::uint16_t port)
    {
        boost::system::error_code error;
        m_socket.connect(tcp::endpoint(asio::ip::address_v4::loopback(), port), error);
        m_connectError = error;
    }
    bool connected() const { return !m_connectError; }

    // Sends bytes and reads until as many came back, the peer closed, or the time ran out.
    std::string exchange(const std::string &bytes, int timeoutMs, boost::system::error_code *readError = nullptr)
    {
        std::string received(bytes.size(), '\0');
        std::size_t got = 0;
        boost::system::error_code readResult = asio::error::timed_out;
        asio::async_write(m_socket, asio::buffer(bytes), [](const boost::system::error_code &, std::size_t) {});
        asio::async_read(m_socket, asio::buffer(received), [&](const boost::system::error_code &error, std::size_t n) {
            readResult = error;
            got = n;
        });
        m_io.restart();
        m_io.run_for(std::chrono::milliseconds(timeoutMs));
        if (readError)
            *readError = readResult;
        if (readResult == asio::error::timed_out) {
            // Still waiting: the connection is open and silent.
            m_socket.cancel();
            m_io.restart();
            m_io.run_for(std::chrono::milliseconds(100));
        }
        received.resize(got);
        return received;
    }

private:
    asio::io_context m_io;
    tcp::socket m_socket{m_io};
    boost::system::error_code m_connectError;
};

std::string randomBytes(std::size_t size, std::mt19937 &rng)
{
    std::string bytes(size, '\0');
    for (char &c : bytes)
        c = static_cast<char>(rng() & 0xff);
    return bytes;
}

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardsIntactThroughLatencyLimitAndSlices()
    {
        EchoServer echo;
        FaultProxy proxy(echo.port(), 7);
        proxy.setLatency(std::chrono::milliseconds(50));
        proxy.setBandwidth(200'000);
        proxy.setSlicing(5);
        std::mt19937 rng(7);
        const std::string bytes = randomBytes(20'000, rng);
        Client client(proxy.port());
        QVERIFY(client.connected());
        QElapsedTimer timer;
        timer.start();
        const std::string back = client.exchange(bytes, 20'000);
        QCOMPARE(back.size(), bytes.size());
        QVERIFY(back == bytes);
        // The delay is added in each direction: a round trip cannot come back sooner.
        QVERIFY2(timer.elapsed() >= 100, qPrintable(QString::number(timer.elapsed())));
    }

    void resetClosesEveryConnection()
    {
        EchoServer echo;
        FaultProxy proxy(echo.port(), 1);
        Client client(proxy.port());
        QCOMPARE(client.exchange("hello", 5000), std::string("hello"));
        QTRY_COMPARE_WITH_TIMEOUT(proxy.connectionsOpen(), 1, 5000);
        proxy.resetAll();
        QTRY_COMPARE_WITH_TIMEOUT(proxy.connectionsOpen(), 0, 5000);
        boost::system::error_code error;
        client.exchange("again", 5000, &error);
        QVERIFY(error && error != asio::error::timed_out);
    }

    void blackHoleSwallowsWithoutClosing()
    {
        EchoServer echo;
        FaultProxy proxy(echo.port(), 2);
        proxy.setBlackHole(true);
        Client client(proxy.port());
        QVERIFY(client.connected());
        boost::system::error_code error;
        QCOMPARE(client.exchange("anyone there?", 700, &error), std::string());
        QVERIFY(error == asio::error::timed_out);
        QCOMPARE(proxy.connectionsOpen(), 1);
        QCOMPARE(echo.accepted(), 0);
        // Lifted: a new connection works; the swallowed one stays dead.
        proxy.setBlackHole(false);
        Client fresh(proxy.port());
        QCOMPARE(fresh.exchange("now?", 5000), std::string("now?"));
    }

    void partitionRefusesUntilLifted()
    {
        EchoServer echo;
        FaultProxy proxy(echo.port(), 3);
        Client before(proxy.port());
        QCOMPARE(before.exchange("a", 5000), std::string("a"));
        proxy.setPartitioned(true);
        QTRY_COMPARE_WITH_TIMEOUT(proxy.connectionsOpen(), 0, 5000);
        Client during(proxy.port());
        boost::system::error_code error;
        during.exchange("b", 5000, &error);
        QVERIFY(error && error != asio::error::timed_out);
        proxy.setPartitioned(false);
        Client after(proxy.port());
        QCOMPARE(after.exchange("c", 5000), std::string("c"));
    }

    void newTargetForNewConnections()
    {
        EchoServer first, second;
        FaultProxy proxy(first.port(), 4);
        Client a(proxy.port());
        QCOMPARE(a.exchange("x", 5000), std::string("x"));
        proxy.setTargetPort(second.port());
        Client b(proxy.port());
        QCOMPARE(b.exchange("y", 5000), std::string("y"));
        QCOMPARE(first.accepted(), 1);
        QCOMPARE(second.accepted(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
