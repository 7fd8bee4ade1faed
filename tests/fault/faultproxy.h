#pragma once

// A TCP proxy for the fault tests: sits between a sync client and lintas-server on loopback and misbehaves
// on request, while the test runs. Written for the tests; it forwards bytes and understands nothing of TLS
// or the protocol.
//
//   test thread                         proxy io thread (its own io_context)
//   FaultProxy::setLatency() ──post──►  state it applies to bytes read from now on
//   FaultProxy::resetAll()   ──post──►  every connection closed with RST
//
//   client ──► [acceptor 127.0.0.1:0] ──► Connection ──► target 127.0.0.1:targetPort
//                                          ├ Pump client→server (upstream):   read → delay queue → slices → write
//                                          └ Pump server→client (downstream): read → delay queue → slices → write
//
// Every setter may be called from any thread; it is posted to the io thread and takes effect there, in order.
// Randomness (slice sizes) comes from one seeded generator on the io thread, so a run can be repeated.

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <thread>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

namespace lintas::fault {

class FaultProxy
{
public:
    enum class Direction
    {
        Upstream,
        Downstream,
        Both
    }; // upstream: client → server

    FaultProxy(std::uint16_t targetPort, std::uint64_t seed);
    ~FaultProxy(); // closes every connection and joins the io thread
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    // The port the proxy listens on (127.0.0.1), chosen by the system.
    std::uint16_t port() const { return m_port; }

    // Where new connections go (a restarted server may listen elsewhere). Current connections keep theirs.
    void setTargetPort(std::uint16_t port);
    // Added one-way delay for bytes read from now on.
    void setLatency(std::chrono::milliseconds latency, Direction direction = Direction::Both);
    // Bytes per second per connection and direction; 0 lifts the limit.
    void setBandwidth(std::size_t bytesPerSecond, Direction direction = Direction::Both);
    // Forwards in random slices of 1..maxSlice bytes, each its own write (so its own TCP segment); 0 turns off.
    void setSlicing(std::size_t maxSlice);
    // Closes every current connection with a TCP reset, now.
    void resetAll();
    // On: connections are accepted and read, but nothing is forwarded and nothing is closed by the proxy —
    // a link that is dead without saying so. Connections that were black-holed stay so (their streams are
    // cut mid-frame); off makes new connections forward again.
    void setBlackHole(bool on);
    // On: new connections are reset as soon as they are accepted and current ones are reset now.
    void setPartitioned(bool on);
    // Back to a clean link: no latency, no limit, no slicing, no black hole, no partition.
    void heal();

    // For test diagnostics; read from any thread.
    int connectionsAccepted() const { return m_accepted.load(); }
    int connectionsOpen() const { return m_open.load(); }
    std::uint64_t bytesForwarded() const { return m_forwarded.load(); }

    class Impl; // the io thread's side; public so the connection code in the .cpp can name it

private:
    boost::asio::io_context m_io;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> m_work;
    std::shared_ptr<Impl> m_impl;
    std::thread m_thread;
    std::uint16_t m_port = 0;
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_open{0};
    std::atomic<std::uint64_t> m_forwarded{0};
};

} // namespace lintas::fault
