// FramedLink over loopback: TLS trust by CA file or pinned fingerprint (and refusal otherwise), plain TCP,
// frames in order both ways, bad frames, and a shutdown that never hangs on a silent peer.
//
// The certificates are made at run time with the openssl command, into a temporary folder. Everything runs
// on one io_context driven by the test thread, with every wait bounded.

#include <functional>
#include <optional>
#include <thread>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/write.hpp>

#include "sync/framedlink.h"
#include "sync/tlsconfig.h"

using namespace lintas;
using namespace lintas::sync;
namespace ssl = boost::asio::ssl;
using namespace std::chrono_literals;

namespace {

constexpr auto kWaitLimit = 20s;

bool runUntil(asio::io_context &io, const std::function<bool()> &condition,
              std::chrono::milliseconds limit = kWaitLimit)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!condition()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        if (io.stopped())
            io.restart();
        if (io.run_one_for(20ms) == 0)
            std::this_thread::sleep_for(1ms);
    }
    return true;
}

std::string pingFrame(std::uint64_t corrId)
{
    wire::Ping ping;
    ping.set_at_ms(qint64(corrId) * 10);
    return encodeFrame(wire::PING, corrId, ping);
}

// What one end of a link saw.
struct Observer
{
    std::vector<wire::Envelope> received;
    int closedCount = 0;
    std::string closedReason;
    std::vector<std::string> badFrames;

    FramedLink::Handlers handlers()
    {
        return {.onMessage = [this](wire::Envelope &&envelope) { received.push_back(std::move(envelope)); },
                .onClosed =
                    [this](const std::string &reason) {
                        ++closedCount;
                        closedReason = reason;
                    },
                .onBadFrame = nullptr};
    }
};

// Both ends of a handshaken TLS connection, or why it failed.
struct TlsPair
{
    std::optional<TlsStream> client;
    std::optional<TlsStream> server;
    boost::system::error_code clientError;
    boost::system::error_code serverError;
    std::shared_ptr<PeerCertificateCapture> capture = std::make_shared<PeerCertificateCapture>();
};

} // namespace

class TestFramedLink : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_caFile;
    QString m_otherCaFile;
    QString m_serverCert;
    QString m_serverKey;
    bool m_haveOpenssl = false;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' ')) << "failed:" << process.readAll();
            return false;
        }
        return true;
    }

    bool makeCa(const QString &name)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                        QStringLiteral("-out"), path(name + QStringLiteral(".pem")), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Lintas test ") + name,
                        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                        QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    }

    // The client's side: a context with the given trust, and a stream prepared for host.
    std::unique_ptr<ssl::context> clientContext(const TlsClientConfig &config)
    {
        auto context = std::make_unique<ssl::context>(ssl::context::tls_client);
        std::string error;
        if (!configureClientContext(*context, config, &error))
            qFatal("configureClientContext: %s", error.c_str());
        return context;
    }

    std::unique_ptr<ssl::context> serverContext()
    {
        auto context = std::make_unique<ssl::context>(ssl::context::tls_server);
        std::string error;
        if (!configureServerContext(*context, m_serverCert, m_serverKey, &error))
            qFatal("configureServerContext: %s", error.c_str());
        return context;
    }

    // Connects two sockets over loopback (port 0: the system picks).
    static bool connectPair(asio::io_context &io, TcpSocket &client, TcpSocket &server)
    {
        asio::ip::tcp::acceptor acceptor(io, {asio::ip::make_address("127.0.0.1"), 0});
        bool accepted = false;
        bool connected = false;
        boost::system::error_code acceptError;
        boost::system::error_code connectError;
        acceptor.async_accept(server, [&](const boost::system::error_code &ec) {
            accepted = true;
            acceptError = ec;
        });
        client.async_connect(acceptor.local_endpoint(), [&](const boost::system::error_code &ec) {
            connected = true;
            connectError = ec;
        });
        return runUntil(io, [&] { return accepted && connected; }) && !acceptError && !connectError;
    }

    static void handshake(asio::io_context &io, ssl::context &client, ssl::context &server, TlsPair &pair,
                          const TlsClientConfig &config, const std::string &host = "127.0.0.1")
    {
        TcpSocket clientSocket(io);
        TcpSocket serverSocket(io);
        QVERIFY(connectPair(io, clientSocket, serverSocket));
        pair.client.emplace(std::move(clientSocket), client);
        pair.server.emplace(std::move(serverSocket), server);
        std::string error;
        QVERIFY2(prepareClientStream(*pair.client, config, host, pair.capture, &error), error.c_str());
        bool clientDone = false;
        bool serverDone = false;
        pair.client->async_handshake(ssl::stream_base::client, [&](const boost::system::error_code &ec) {
            clientDone = true;
            pair.clientError = ec;
        });
        pair.server->async_handshake(ssl::stream_base::server, [&](const boost::system::error_code &ec) {
            serverDone = true;
            pair.serverError = ec;
        });
        QVERIFY(runUntil(io, [&] { return clientDone && serverDone; }));
    }

    // Frames both ways, in order, including one large enough to span many reads and TLS records.
    static void exchangeFrames(asio::io_context &io, FramedLink &client, Observer &clientSeen, FramedLink &server,
                               Observer &serverSeen)
    {
        constexpr int kCount = 200;
        wire::Bye big;
        big.set_reason(std::string(1536 * 1024, 'z'));
        for (int i = 1; i <= kCount; ++i) {
            client.send(pingFrame(std::uint64_t(i)));
            if (i == kCount / 2)
                client.send(encodeFrame(wire::BYE, 100000, big));
            server.send(pingFrame(std::uint64_t(1000 + i)));
        }
        QVERIFY(runUntil(
            io, [&] { return serverSeen.received.size() == kCount + 1 && clientSeen.received.size() == kCount; }));
        std::uint64_t expected = 1;
        for (const wire::Envelope &envelope : serverSeen.received) {
            if (envelope.type() == wire::BYE) {
                QCOMPARE(expected, std::uint64_t(kCount / 2 + 1));
                wire::Bye bye;
                QVERIFY(parseBody(envelope, &bye));
                QCOMPARE(bye.reason(), big.reason());
                continue;
            }
            QCOMPARE(envelope.corr_id(), expected++);
            wire::Ping ping;
            QVERIFY(parseBody(envelope, &ping));
            QCOMPARE(ping.at_ms(), qint64(envelope.corr_id()) * 10);
        }
        for (int i = 0; i < kCount; ++i)
            QCOMPARE(clientSeen.received[std::size_t(i)].corr_id(), std::uint64_t(1001 + i));
        QVERIFY(runUntil(io, [&] { return client.queuedBytes() == 0 && server.queuedBytes() == 0; }));
        QCOMPARE(clientSeen.closedCount, 0);
        QCOMPARE(serverSeen.closedCount, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess probe;
        probe.start(QStringLiteral("openssl"), {QStringLiteral("version")});
        m_haveOpenssl = probe.waitForFinished(30'000) && probe.exitCode() == 0;
        if (!m_haveOpenssl)
            QSKIP("the openssl command is needed to make the test certificates");

        QVERIFY(makeCa(QStringLiteral("ca")));
        QVERIFY(makeCa(QStringLiteral("other-ca")));
        m_caFile = path(QStringLiteral("ca.pem"));
        m_otherCaFile = path(QStringLiteral("other-ca.pem"));
        m_serverCert = path(QStringLiteral("server.pem"));
        m_serverKey = path(QStringLiteral("server.key"));
        QFile extensions(path(QStringLiteral("server.ext")));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("basicConstraints=CA:FALSE\n"
                         "keyUsage=critical,digitalSignature\n"
                         "extendedKeyUsage=serverAuth\n"
                         "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        extensions.close();
        QVERIFY(
            openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), m_serverKey, QStringLiteral("-out"), path(QStringLiteral("server.csr")),
                     QStringLiteral("-subj"), QStringLiteral("/CN=lintas-server")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         path(QStringLiteral("server.csr")), QStringLiteral("-CA"), m_caFile, QStringLiteral("-CAkey"),
                         path(QStringLiteral("ca.key")), QStringLiteral("-set_serial"), QStringLiteral("4242"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                         path(QStringLiteral("server.ext")), QStringLiteral("-out"), m_serverCert}));
    }

    void fingerprints()
    {
        std::string error;
        const QByteArray fingerprint = certificateFingerprintOfFile(m_serverCert, &error);
        QVERIFY2(fingerprint.size() == 32, error.c_str());
        const QString text = formatFingerprint(fingerprint);
        QCOMPARE(text.size(), 32 * 3 - 1);
        QCOMPARE(parseFingerprint(text), fingerprint);
        QCOMPARE(parseFingerprint(text.toLower().remove(QLatin1Char(':'))), fingerprint);
        QCOMPARE(parseFingerprint(QStringLiteral("sha256 Fingerprint=") + text), fingerprint);
        QVERIFY(parseFingerprint(text.left(20)).isEmpty());
        QVERIFY(parseFingerprint(QString(text).replace(0, 1, QLatin1Char('G'))).isEmpty());

        // Against openssl's own reckoning.
        QProcess process;
        process.start(QStringLiteral("openssl"),
                      {QStringLiteral("x509"), QStringLiteral("-in"), m_serverCert, QStringLiteral("-noout"),
                       QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(parseFingerprint(QString::fromLatin1(process.readAll())), fingerprint);

        QVERIFY(certificateFingerprintOfFile(path(QStringLiteral("missing.pem")), &error).isEmpty());
        QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("missing.pem")), error.c_str());
        QVERIFY(certificateFingerprintOfFile(m_serverKey, &error).isEmpty());
    }

    void contextErrorsNameTheFile()
    {
        ssl::context client(ssl::context::tls_client);
        std::string error;
        QVERIFY(!configureClientContext(
            client, {.caFile = path(QStringLiteral("nowhere.pem")), .pinnedSha256 = {}, .serverName = {}}, &error));
        QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("nowhere.pem")), error.c_str());
        QVERIFY(!configureClientContext(client, {.caFile = {}, .pinnedSha256 = QByteArray(5, 'x'), .serverName = {}},
                                        &error));

        ssl::context server(ssl::context::tls_server);
        QVERIFY(!configureServerContext(server, m_serverCert, path(QStringLiteral("ca.key")), &error));
        QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("ca.key")), error.c_str());
        QVERIFY(!configureServerContext(server, path(QStringLiteral("none.pem")), m_serverKey, &error));
        QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("none.pem")), error.c_str());
    }

    void tlsTrustedByCaFile()
    {
        const TlsClientConfig config{.caFile = m_caFile, .pinnedSha256 = {}, .serverName = {}};
        auto clientCtx = clientContext(config);
        auto serverCtx = serverContext();
        asio::io_context io;
        TlsPair pair;
        handshake(io, *clientCtx, *serverCtx, pair, config);
        QVERIFY2(!pair.clientError, pair.clientError.message().c_str());
        QVERIFY2(!pair.serverError, pair.serverError.message().c_str());
        QVERIFY(pair.capture->failure.empty());
        QVERIFY(!pair.capture->pinMatched);
        QCOMPARE(pair.capture->leafSha256, certificateFingerprintOfFile(m_serverCert, nullptr));
        QVERIFY(SSL_version(pair.client->native_handle()) >= TLS1_2_VERSION);

        auto client = FramedLink::create(std::move(*pair.client));
        auto server = FramedLink::create(std::move(*pair.server));
        QVERIFY(client->isTls());
        QVERIFY(QByteArray::fromStdString(client->remoteAddress()).startsWith("127.0.0.1:"));
        Observer clientSeen;
        Observer serverSeen;
        client->start(clientSeen.handlers());
        server->start(serverSeen.handlers());
        const auto before = server->lastReceived();
        exchangeFrames(io, *client, clientSeen, *server, serverSeen);
        QVERIFY(server->lastReceived() > before);

        // An orderly end: the client flushes and says close_notify; the server sees the end of the stream.
        bool done = false;
        client->send(pingFrame(7777));
        client->shutdown(5s, [&] {
            QCOMPARE(clientSeen.closedCount, 1); // done runs after onClosed
            done = true;
        });
        client->send(pingFrame(8888)); // after shutdown(): dropped
        QVERIFY(runUntil(io, [&] { return done && serverSeen.closedCount == 1; }));
        QCOMPARE(serverSeen.received.back().corr_id(), std::uint64_t(7777));
        QCOMPARE(clientSeen.closedCount, 1);
        QVERIFY(client->isClosed());
    }

    void tlsHostNameChecked()
    {
        // On the CA path the name must match the certificate (it names 127.0.0.1 and localhost).
        const TlsClientConfig good{.caFile = m_caFile, .pinnedSha256 = {}, .serverName = QStringLiteral("localhost")};
        const TlsClientConfig bad{.caFile = m_caFile, .pinnedSha256 = {}, .serverName = QStringLiteral("evil.example")};
        auto serverCtx = serverContext();
        {
            auto clientCtx = clientContext(good);
            asio::io_context io;
            TlsPair pair;
            handshake(io, *clientCtx, *serverCtx, pair, good);
            QVERIFY2(!pair.clientError, pair.clientError.message().c_str());
        }
        {
            auto clientCtx = clientContext(bad);
            asio::io_context io;
            TlsPair pair;
            handshake(io, *clientCtx, *serverCtx, pair, bad);
            QVERIFY(pair.clientError);
            QVERIFY2(QByteArray::fromStdString(pair.capture->failure).contains("mismatch"),
                     pair.capture->failure.c_str());
        }
        {
            // Connected by IP, the certificate's IP entry is what counts.
            auto clientCtx = clientContext(good);
            asio::io_context io;
            TlsPair pair;
            const TlsClientConfig byIp{.caFile = m_caFile, .pinnedSha256 = {}, .serverName = {}};
            handshake(io, *clientCtx, *serverCtx, pair, byIp, "127.0.0.2");
            QVERIFY(pair.clientError);
        }
    }

    void pinnedFingerprintAccepted()
    {
        // No CA at all, and a name the certificate does not carry: the operator accepted this very certificate.
        const TlsClientConfig config{.caFile = {},
                                     .pinnedSha256 = certificateFingerprintOfFile(m_serverCert, nullptr),
                                     .serverName = QStringLiteral("desk-visible-name.example")};
        auto clientCtx = clientContext(config);
        auto serverCtx = serverContext();
        asio::io_context io;
        TlsPair pair;
        handshake(io, *clientCtx, *serverCtx, pair, config);
        QVERIFY2(!pair.clientError, pair.clientError.message().c_str());
        QVERIFY(pair.capture->pinMatched);
        QVERIFY(pair.capture->failure.empty());

        auto client = FramedLink::create(std::move(*pair.client));
        auto server = FramedLink::create(std::move(*pair.server));
        Observer clientSeen;
        Observer serverSeen;
        client->start(clientSeen.handlers());
        server->start(serverSeen.handlers());
        client->send(pingFrame(1));
        QVERIFY(runUntil(io, [&] { return serverSeen.received.size() == 1; }));
    }

    void wrongPinRefused()
    {
        const TlsClientConfig config{.caFile = {}, .pinnedSha256 = QByteArray(32, '\x11'), .serverName = {}};
        auto clientCtx = clientContext(config);
        auto serverCtx = serverContext();
        asio::io_context io;
        TlsPair pair;
        handshake(io, *clientCtx, *serverCtx, pair, config);
        QVERIFY(pair.clientError);
        QVERIFY(!pair.capture->pinMatched);
        QVERIFY(!pair.capture->failure.empty());
        // What the desk shows the operator to decide on.
        QCOMPARE(pair.capture->leafSha256, certificateFingerprintOfFile(m_serverCert, nullptr));
    }

    void untrustedCaRefused()
    {
        const TlsClientConfig config{.caFile = m_otherCaFile, .pinnedSha256 = {}, .serverName = {}};
        auto clientCtx = clientContext(config);
        auto serverCtx = serverContext();
        asio::io_context io;
        TlsPair pair;
        handshake(io, *clientCtx, *serverCtx, pair, config);
        QVERIFY(pair.clientError);
        QVERIFY(!pair.capture->failure.empty());
        QCOMPARE(pair.capture->leafSha256, certificateFingerprintOfFile(m_serverCert, nullptr));
    }

    void nothingTrustedWithoutCaOrPin()
    {
        const TlsClientConfig config;
        auto clientCtx = clientContext(config);
        auto serverCtx = serverContext();
        asio::io_context io;
        TlsPair pair;
        handshake(io, *clientCtx, *serverCtx, pair, config);
        QVERIFY(pair.clientError);
        QCOMPARE(pair.capture->leafSha256.size(), 32);
    }

    void plainTcp()
    {
        asio::io_context io;
        TcpSocket clientSocket(io);
        TcpSocket serverSocket(io);
        QVERIFY(connectPair(io, clientSocket, serverSocket));
        auto client = FramedLink::create(std::move(clientSocket));
        auto server = FramedLink::create(std::move(serverSocket));
        QVERIFY(!client->isTls());
        Observer clientSeen;
        Observer serverSeen;
        client->start(clientSeen.handlers());
        server->start(serverSeen.handlers());
        exchangeFrames(io, *client, clientSeen, *server, serverSeen);

        // The server ends it this time; the client sees the end once.
        bool done = false;
        server->shutdown(5s, [&] { done = true; });
        QVERIFY(runUntil(io, [&] { return done && clientSeen.closedCount == 1; }));
        QCOMPARE(serverSeen.closedCount, 1);
        QCOMPARE(clientSeen.closedReason, std::string("peer closed"));
    }

    void shutdownBoundedWhenPeerSilent_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("tls") << true;
        QTest::newRow("tcp") << false;
    }

    void shutdownBoundedWhenPeerSilent()
    {
        QFETCH(bool, tls);
        const TlsClientConfig config{.caFile = m_caFile, .pinnedSha256 = {}, .serverName = {}};
        auto clientCtx = clientContext(config);
        auto serverCtx = serverContext();
        asio::io_context io;
        std::shared_ptr<FramedLink> client;
        TlsPair pair;                       // the silent peer's TLS end, kept open and never read
        std::optional<TcpSocket> silentTcp; // or its plain end
        if (tls) {
            handshake(io, *clientCtx, *serverCtx, pair, config);
            QVERIFY(!pair.clientError);
            client = FramedLink::create(std::move(*pair.client));
        } else {
            TcpSocket clientSocket(io);
            silentTcp.emplace(io);
            QVERIFY(connectPair(io, clientSocket, *silentTcp));
            client = FramedLink::create(std::move(clientSocket));
        }
        Observer seen;
        client->start(seen.handlers());
        client->send(pingFrame(1));
        bool done = false;
        int doneCount = 0;
        client->shutdown(300ms, [&] {
            done = true;
            ++doneCount;
        });
        QVERIFY(runUntil(io, [&] { return done; }));
        QCOMPARE(seen.closedCount, 1);
        QVERIFY2(seen.closedReason.find("timed out") != std::string::npos, seen.closedReason.c_str());
        // Nothing more happens afterwards.
        client->close("again");
        QVERIFY(!runUntil(
            io, [&] { return seen.closedCount > 1 || doneCount > 1; }, 300ms));
    }

    void onClosedOnce()
    {
        asio::io_context io;
        TcpSocket clientSocket(io);
        TcpSocket serverSocket(io);
        QVERIFY(connectPair(io, clientSocket, serverSocket));
        auto client = FramedLink::create(std::move(clientSocket));
        auto server = FramedLink::create(std::move(serverSocket));
        Observer clientSeen;
        Observer serverSeen;
        client->start(clientSeen.handlers());
        server->start(serverSeen.handlers());
        for (int i = 0; i < 50; ++i)
            client->send(pingFrame(std::uint64_t(i)));

        // Everything at once: close, close again, shutdown after close, and the peer closing too.
        client->close("first");
        client->close("second");
        bool done = false;
        client->shutdown(1s, [&] { done = true; });
        server->close("server gone");
        QVERIFY(runUntil(io, [&] { return done; }));
        QVERIFY(!runUntil(
            io, [&] { return clientSeen.closedCount > 1 || serverSeen.closedCount > 1; }, 300ms));
        QCOMPARE(clientSeen.closedCount, 1);
        QCOMPARE(clientSeen.closedReason, std::string("first"));
        QCOMPARE(serverSeen.closedCount, 1);
        QCOMPARE(client->queuedBytes(), std::size_t(0));
        client->send(pingFrame(99)); // ignored once closed
        QCOMPARE(client->queuedBytes(), std::size_t(0));
    }

    void closedFromInsideOnMessage()
    {
        asio::io_context io;
        TcpSocket clientSocket(io);
        TcpSocket serverSocket(io);
        QVERIFY(connectPair(io, clientSocket, serverSocket));
        auto client = FramedLink::create(std::move(clientSocket));
        auto server = FramedLink::create(std::move(serverSocket));
        int messages = 0;
        int closed = 0;
        std::weak_ptr<FramedLink> weakServer = server;
        server->start({.onMessage =
                           [&messages, weakServer](wire::Envelope &&) {
                               ++messages;
                               if (auto link = weakServer.lock())
                                   link->close("enough");
                           },
                       .onClosed = [&closed](const std::string &) { ++closed; },
                       .onBadFrame = nullptr});
        Observer clientSeen;
        client->start(clientSeen.handlers());
        std::string burst;
        for (int i = 0; i < 20; ++i)
            burst += pingFrame(std::uint64_t(i));
        client->send(burst); // many frames in one read: none is delivered after close()
        QVERIFY(runUntil(io, [&] { return closed == 1 && clientSeen.closedCount == 1; }));
        QCOMPARE(messages, 1);
    }

    void oversizeFrameClosesWithoutReading()
    {
        asio::io_context io;
        TcpSocket clientSocket(io);
        TcpSocket serverSocket(io);
        QVERIFY(connectPair(io, clientSocket, serverSocket));
        auto client = FramedLink::create(std::move(clientSocket));
        auto server = FramedLink::create(std::move(serverSocket));
        Observer clientSeen;
        Observer serverSeen;
        client->start(clientSeen.handlers());
        server->start(serverSeen.handlers());
        client->send(pingFrame(1));
        client->send(std::string("\x00\x50\x00\x00", 4) + std::string(1000, 'x')); // announces 5 MiB
        QVERIFY(runUntil(io, [&] { return serverSeen.closedCount == 1; }));
        QCOMPARE(serverSeen.received.size(), std::size_t(1));
        QCOMPARE(serverSeen.closedReason, std::string("frame too large (5242880 bytes)"));
        QVERIFY(runUntil(io, [&] { return clientSeen.closedCount == 1; }));
    }

    void badFrameAnsweredBeforeClosing_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QByteArray>("junk");
        QTest::addColumn<int>("expected");
        const QByteArray tooLarge = QByteArray("\x7f\x00\x00\x00", 4) + QByteArray(64 * 1024, 'y');
        const QByteArray malformed("\x00\x00\x00\x03\xff\xff\xff", 7);
        QTest::newRow("tcp too large") << false << tooLarge << int(FrameReader::Result::TooLarge);
        QTest::newRow("tls too large") << true << tooLarge << int(FrameReader::Result::TooLarge);
        QTest::newRow("tcp malformed") << false << malformed << int(FrameReader::Result::Malformed);
        QTest::newRow("tls malformed") << true << malformed << int(FrameReader::Result::Malformed);
    }

    void badFrameAnsweredBeforeClosing()
    {
        // As the server does: tell the peer why (ERROR), then close in an orderly way.
        QFETCH(bool, tls);
        QFETCH(QByteArray, junk);
        QFETCH(int, expected);
        const TlsClientConfig config{.caFile = m_caFile, .pinnedSha256 = {}, .serverName = {}};
        auto clientCtx = clientContext(config);
        auto serverCtx = serverContext();
        asio::io_context io;
        std::shared_ptr<FramedLink> client;
        std::shared_ptr<FramedLink> server;
        if (tls) {
            TlsPair pair;
            handshake(io, *clientCtx, *serverCtx, pair, config);
            QVERIFY(!pair.clientError);
            client = FramedLink::create(std::move(*pair.client));
            server = FramedLink::create(std::move(*pair.server));
        } else {
            TcpSocket clientSocket(io);
            TcpSocket serverSocket(io);
            QVERIFY(connectPair(io, clientSocket, serverSocket));
            client = FramedLink::create(std::move(clientSocket));
            server = FramedLink::create(std::move(serverSocket));
        }
        Observer clientSeen;
        int serverClosed = 0;
        int problem = -1;
        std::weak_ptr<FramedLink> weakServer = server;
        server->start({.onMessage = nullptr,
                       .onClosed = [&serverClosed](const std::string &) { ++serverClosed; },
                       .onBadFrame =
                           [&problem, weakServer](FrameReader::Result result, const std::string &) {
                               problem = int(result);
                               auto link = weakServer.lock();
                               wire::Error error;
                               error.set_code(result == FrameReader::Result::TooLarge ? wire::Error::FRAME_TOO_LARGE
                                                                                      : wire::Error::MALFORMED);
                               link->send(encodeFrame(wire::ERROR, 0, error));
                               link->shutdown(5s, nullptr);
                           }});
        client->start(clientSeen.handlers());
        client->send(junk.toStdString());
        QVERIFY(runUntil(io, [&] { return serverClosed == 1 && clientSeen.closedCount == 1; }));
        QCOMPARE(problem, expected);
        QCOMPARE(clientSeen.received.size(), std::size_t(1));
        QCOMPARE(clientSeen.received.front().type(), wire::ERROR);
    }
};

QTEST_GUILESS_MAIN(TestFramedLink)
#include "tst_framedlink.moc"
