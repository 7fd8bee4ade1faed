// The server side of the sync protocol, against a real `lintas-server serve` process over TLS, with raw clients
// built from sync::FramedLink: every step, good and bad, is the test's to take.

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <thread>

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include "core/changefactory.h"
#include "server/certificates.h"
#include "serverprocess.h"
#include "sync/chain.h"
#include "sync/frame.h"
#include "sync/framedlink.h"
#include "sync/tlsconfig.h"
#include "sync/wire.h"
#include "testdatabase.h"

using namespace servertest;
using namespace std::chrono_literals;

// Inside the project's namespace, sync:: is lintas::sync (and not POSIX's sync()).
namespace lintas {

namespace asio = boost::asio;

namespace {

constexpr auto kWait = 20s;

// A client that speaks frames and nothing more: every step of the protocol is the test's to take.
class RawClient
{
public:
    RawClient() : m_tls(asio::ssl::context::tls_client) {}
    ~RawClient()
    {
        if (m_link)
            m_link->close("test over");
        m_io.restart();
        m_io.poll();
    }

    bool connect(quint16 port, const QString &caFile, QString *error)
    {
        sync::TlsClientConfig config;
        config.caFile = caFile;
        std::string tlsError;
        if (!sync::configureClientContext(m_tls, config, &tlsError)) {
            *error = QString::fromStdString(tlsError);
            return false;
        }
        asio::ip::tcp::socket socket(m_io);
        boost::system::error_code ec;
        socket.connect({asio::ip::make_address("127.0.0.1"), port}, ec);
        if (ec) {
            *error = QString::fromStdString("connect: " + ec.message());
            return false;
        }
        auto stream = std::make_unique<sync::TlsStream>(std::move(socket), m_tls);
        if (!sync::prepareClientStream(*stream, config, "127.0.0.1", nullptr, &tlsError)) {
            *error = QString::fromStdString(tlsError);
            return false;
        }
        bool done = false;
        stream->async_handshake(asio::ssl::stream_base::client, [&](const boost::system::error_code &result) {
            done = true;
            ec = result;
        });
        if (!runUntil([&] { return done; }, kWait) || ec) {
            *error = QString::fromStdString("TLS handshake: " + (done ? ec.message() : std::string("timed out")));
            return false;
        }
        m_link = sync::FramedLink::create(std::move(*stream));
        sync::FramedLink::Handlers handlers;
        handlers.onMessage = [this](wire::Envelope &&envelope) { m_received.push_back(std::move(envelope)); };
        handlers.onClosed = [this](const std::string &reason) {
            m_closed = true;
            m_closeReason = reason;
        };
        m_link->start(std::move(handlers));
        return true;
    }

    template <typename Message> void send(wire::MessageType type, const Message &message, quint64 corrId = 0)
    {
        m_link->send(sync::encodeFrame(type, corrId, message));
        m_io.poll(); // start the write
    }
    void sendRaw(std::string bytes)
    {
        m_link->send(std::move(bytes));
        m_io.poll();
    }

    void hello(const QString &user, const QString &password, wire::ClientKind kind = wire::DESK,
               const std::function<void(wire::Hello &)> &adjust = {})
    {
        wire::Hello hello;
        hello.set_protocol_version(sync::kProtocolVersion);
        hello.set_schema_version(lintas::kChangeSchemaVersion);
        hello.set_site_id(sync::toStd(siteId()));
        hello.set_user(sync::toStd(user));
        hello.set_password(sync::toStd(password));
        hello.set_client_name("tst_serverprotocol");
        hello.set_kind(kind);
        if (adjust)
            adjust(hello);
        send(wire::HELLO, hello);
    }

    // The first received message of type (others stay queued), or nothing when the link closed or time ran out.
    std::optional<wire::Envelope> expect(wire::MessageType type, std::chrono::milliseconds timeout = kWait)
    {
        std::optional<wire::Envelope> found;
        runUntil(
            [&] {
                for (auto it = m_received.begin(); it != m_received.end(); ++it)
                    if (it->type() == type) {
                        found = std::move(*it);
                        m_received.erase(it);
                        return true;
                    }
                return m_closed;
            },
            timeout);
        return found;
    }
    template <typename Message>
    std::optional<Message> expectBody(wire::MessageType type, std::chrono::milliseconds timeout = kWait)
    {
        const auto envelope = expect(type, timeout);
        Message message;
        if (!envelope || !sync::parseBody(*envelope, &message))
            return std::nullopt;
        return message;
    }
    std::optional<wire::Error> expectError() { return expectBody<wire::Error>(wire::ERROR); }
    bool waitClosed(std::chrono::milliseconds timeout = kWait)
    {
        return runUntil([&] { return m_closed; }, timeout);
    }
    // Lets the io run for a while (to see that nothing of a kind arrives).
    void idle(std::chrono::milliseconds duration)
    {
        runUntil([] { return false; }, duration);
    }
    bool hasReceived(wire::MessageType type) const
    {
        return std::any_of(m_received.begin(), m_received.end(),
                           [type](const wire::Envelope &envelope) { return envelope.type() == type; });
    }
    bool closed() const { return m_closed; }
    QString siteId() const { return m_siteId; }
    void setSiteId(const QString &siteId) { m_siteId = siteId; }

private:
    bool runUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout)
    {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (!done()) {
            if (std::chrono::steady_clock::now() >= deadline)
                return false;
            if (m_io.stopped())
                m_io.restart();
            if (m_io.run_one_for(20ms) == 0)
                std::this_thread::sleep_for(5ms);
        }
        return true;
    }

    asio::io_context m_io;
    asio::ssl::context m_tls;
    std::shared_ptr<sync::FramedLink> m_link;
    std::deque<wire::Envelope> m_received;
    bool m_closed = false;
    std::string m_closeReason;
    QString m_siteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

wire::Push pushOf(const lintas::ChangeList &changes, quint64 firstClientSeq)
{
    wire::Push push;
    quint64 seq = firstClientSeq;
    for (const lintas::Change &change : changes) {
        wire::ChangeRecord *record = push.add_changes();
        sync::toWire(change, record);
        record->set_client_seq(seq++);
    }
    return push;
}

lintas::IncidentDraft incidentAt(const QString &station)
{
    lintas::IncidentDraft draft;
    draft.typeCode = QStringLiteral("kecelakaan");
    draft.stationCode = station;
    draft.road = QStringLiteral("Jl. M.H. Thamrin");
    return draft;
}

} // namespace

class TestServerProtocol : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_caFile;
    ServeProcess m_server;
    lintas::HybridClock m_clock;

    static QString passwordOf(const QString &user) { return QStringLiteral("rahasia-") + user; }

    bool addUser(const QString &name, const QString &role, const QString &scope)
    {
        const QString file = m_dir.filePath(name + QStringLiteral(".password"));
        writeFile(file, passwordOf(name).toUtf8() + "\n");
        const CommandResult result = run({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                                          role, QStringLiteral("--scope"), scope, QStringLiteral("--password-file"),
                                          file, QStringLiteral("--data"), m_data});
        if (result.exitCode != 0)
            qWarning().noquote() << result.describe();
        return result.exitCode == 0;
    }

    // Connected, said HELLO, got WELCOME (and, for a desk, its POSITION snapshot).
    std::unique_ptr<RawClient> loggedIn(const QString &user, wire::ClientKind kind = wire::DESK,
                                        wire::Welcome *welcome = nullptr)
    {
        auto client = std::make_unique<RawClient>();
        QString error;
        if (!client->connect(m_server.port(), m_caFile, &error)) {
            qWarning().noquote() << "connect:" << error;
            return {};
        }
        client->hello(user, passwordOf(user), kind);
        const auto answer = client->expectBody<wire::Welcome>(wire::WELCOME);
        if (!answer) {
            const auto problem = client->expectError();
            qWarning().noquote() << "no WELCOME for" << user << (problem ? problem->message().c_str() : "");
            return {};
        }
        if (welcome)
            *welcome = *answer;
        return client;
    }

    std::unique_ptr<RawClient> connected()
    {
        auto client = std::make_unique<RawClient>();
        QString error;
        if (!client->connect(m_server.port(), m_caFile, &error)) {
            qWarning().noquote() << "connect:" << error;
            return {};
        }
        return client;
    }

    // Reads and acknowledges CHANGES until the client holds everything up to head; returns the entries seen.
    QList<wire::ChangeRecord> catchUp(RawClient &client, quint64 head)
    {
        QList<wire::ChangeRecord> records;
        quint64 cursor = 0;
        while (cursor < head) {
            const auto changes = client.expectBody<wire::Changes>(wire::CHANGES);
            if (!changes)
                break;
            for (const auto &record : changes->changes())
                records << record;
            cursor = changes->changes().empty() ? cursor : changes->changes(changes->changes_size() - 1).server_seq();
            wire::ChangesAck ack;
            ack.set_cursor(cursor);
            client.send(wire::CHANGES_ACK, ack);
        }
        return records;
    }

    // The audit log as `lintas-server audit log` prints it, waited for until it holds text (entries are
    // written by the server's database thread, a moment after the answer went out).
    bool auditShows(const QString &pattern)
    {
        const QRegularExpression expression(pattern);
        QString last;
        for (int attempt = 0; attempt < 40; ++attempt) {
            const CommandResult log = run({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--limit"),
                                           QStringLiteral("100000"), QStringLiteral("--data"), m_data});
            last = log.out + log.err;
            if (log.out.contains(expression))
                return true;
            QTest::qWait(250);
        }
        qWarning().noquote() << "audit log without" << pattern << ":\n" << last;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<TestDatabase>(TestDatabase::backendFromEnvironment());
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        qInfo().noquote() << "backend:" << TestDatabase::backendName(m_database->backend());
        m_data = m_dir.filePath(QStringLiteral("server"));
        const CommandResult init =
            run({QStringLiteral("init"), QStringLiteral("--data"), m_data, QStringLiteral("--db"), m_database->url(),
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
        m_caFile = QDir(m_data).filePath(QStringLiteral("ca.pem"));
        QVERIFY(addUser(QStringLiteral("ani"), QStringLiteral("dispatcher"), QStringLiteral("PMJ")));
        QVERIFY(addUser(QStringLiteral("sari"), QStringLiteral("supervisor"), QStringLiteral("PMJ")));
        QVERIFY(addUser(QStringLiteral("bima"), QStringLiteral("dispatcher"), QStringLiteral("PMJ")));
        QVERIFY(addUser(QStringLiteral("fajar"), QStringLiteral("field_officer"), QStringLiteral("PMJ")));
        QVERIFY(addUser(QStringLiteral("jaja"), QStringLiteral("dispatcher"), QStringLiteral("JABAR")));
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--data"), m_data}, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_server.process().state() != QProcess::NotRunning)
            QCOMPARE(m_server.stop(), 0);
    }

    void helloGetsWelcome()
    {
        auto client = connected();
        QVERIFY(client);
        client->hello(QStringLiteral("ani"), passwordOf(QStringLiteral("ani")));
        const auto welcome = client->expectBody<wire::Welcome>(wire::WELCOME);
        QVERIFY(welcome);
        QCOMPARE(welcome->role(), "dispatcher");
        QCOMPARE(welcome->scope(), "PMJ");
        QCOMPARE(welcome->region(), "PMJ");
        QVERIFY(!welcome->server_epoch().empty());
        QVERIFY(!welcome->session_token().empty());
        QVERIFY(welcome->token_expires_ms() > QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(welcome->high_water(), 0u);
        // A desk gets the region's latest positions right after.
        QVERIFY(client->expect(wire::POSITION));

        wire::Ping ping;
        ping.set_at_ms(1234);
        client->send(wire::PING, ping, 77);
        const auto pong = client->expect(wire::PONG);
        QVERIFY(pong);
        QCOMPARE(pong->corr_id(), 77u);
        wire::Pong body;
        QVERIFY(sync::parseBody(*pong, &body));
        QCOMPARE(body.at_ms(), 1234);

        wire::Bye bye;
        bye.set_reason("done");
        client->send(wire::BYE, bye);
        QVERIFY(client->waitClosed());
        QVERIFY(auditShows(QStringLiteral("login\\s+ani\\s+127\\.0\\.0\\.1")));

        // The session token logs in without the password; a made-up one does not.
        auto again = connected();
        QVERIFY(again);
        again->hello(QStringLiteral("ani"), QString(), wire::DESK,
                     [&](wire::Hello &hello) { hello.set_session_token(welcome->session_token()); });
        const auto resumed = again->expectBody<wire::Welcome>(wire::WELCOME);
        QVERIFY(resumed);
        QCOMPARE(resumed->role(), "dispatcher");
        auto forged = connected();
        QVERIFY(forged);
        forged->hello(QStringLiteral("ani"), QString(), wire::DESK,
                      [](wire::Hello &hello) { hello.set_session_token("not a token"); });
        const auto error = forged->expectError();
        QVERIFY(error);
        QCOMPARE(error->code(), wire::Error::SESSION_EXPIRED);
        QVERIFY(forged->waitClosed());
    }

    void wrongPasswordIsRefusedAndAudited()
    {
        auto client = connected();
        QVERIFY(client);
        client->hello(QStringLiteral("ani"), QStringLiteral("not her password"));
        const auto error = client->expectError();
        QVERIFY(error);
        QCOMPARE(error->code(), wire::Error::BAD_CREDENTIALS);
        QVERIFY(!error->retryable());
        QVERIFY(client->waitClosed());
        QVERIFY(auditShows(QStringLiteral("login_failed\\s+ani\\s+127\\.0\\.0\\.1")));
    }

    void fiveFailuresLockTheAccount()
    {
        for (int attempt = 1; attempt <= 5; ++attempt) {
            auto client = connected();
            QVERIFY(client);
            client->hello(QStringLiteral("bima"), QStringLiteral("guess %1").arg(attempt));
            const auto error = client->expectError();
            QVERIFY(error);
            if (attempt < 5)
                QCOMPARE(error->code(), wire::Error::BAD_CREDENTIALS);
            else
                QVERIFY(error->code() == wire::Error::ACCOUNT_LOCKED || error->code() == wire::Error::BAD_CREDENTIALS);
            QVERIFY(client->waitClosed());
        }
        // Now even the right password is refused.
        auto client = connected();
        QVERIFY(client);
        client->hello(QStringLiteral("bima"), passwordOf(QStringLiteral("bima")));
        const auto error = client->expectError();
        QVERIFY(error);
        QCOMPARE(error->code(), wire::Error::ACCOUNT_LOCKED);
        QVERIFY(!error->retryable());
        QVERIFY(client->waitClosed());
        QVERIFY(auditShows(QStringLiteral("lockout\\s+bima")));
    }

    void wrongProtocolVersionIsRefused()
    {
        auto client = connected();
        QVERIFY(client);
        client->hello(QStringLiteral("ani"), passwordOf(QStringLiteral("ani")), wire::DESK,
                      [](wire::Hello &hello) { hello.set_protocol_version(sync::kProtocolVersion + 1); });
        const auto error = client->expectError();
        QVERIFY(error);
        QCOMPARE(error->code(), wire::Error::UNSUPPORTED_VERSION);
        QVERIFY(!error->retryable());
        QVERIFY(client->waitClosed());
        QVERIFY(auditShows(QStringLiteral("protocol_refused\\s+ani\\s+127\\.0\\.0\\.1")));
    }

    void messageBeforeHelloIsRefused()
    {
        auto client = connected();
        QVERIFY(client);
        wire::Ping ping;
        client->send(wire::PING, ping);
        const auto error = client->expectError();
        QVERIFY(error);
        QCOMPARE(error->code(), wire::Error::NOT_AUTHENTICATED);
        QVERIFY(client->waitClosed());
        QVERIFY(auditShows(QStringLiteral("bad_input\\s+-\\s+127\\.0\\.0\\.1:\\d+\\s+PING before HELLO")));
    }

    void oversizeFrameIsRefusedAndClosed()
    {
        auto client = connected();
        QVERIFY(client);
        // A length prefix of 5 MiB, then a little of the promised body: the server must not wait for (or
        // allocate) the rest.
        std::string bytes{'\x00', '\x50', '\x00', '\x00'};
        bytes += std::string(64, 'x');
        client->sendRaw(bytes);
        const auto error = client->expectError();
        QVERIFY(error);
        QCOMPARE(error->code(), wire::Error::FRAME_TOO_LARGE);
        QVERIFY(client->waitClosed());
        QVERIFY(auditShows(QStringLiteral("bad_input\\s+-\\s+127\\.0\\.0\\.1:\\d+\\s+frame too large")));
    }

    void garbageFrameIsMalformed()
    {
        const auto seed = std::random_device{}();
        qInfo() << "garbage seed" << seed;
        std::mt19937 random(seed);
        std::string body(200, '\0');
        for (char &byte : body)
            byte = char(random() & 0xff);
        body[0] = '\x0f'; // field 1 with wire type 7, which does not exist: never a valid Envelope
        const auto length = quint32(body.size());
        std::string frame{char(length >> 24), char(length >> 16), char(length >> 8), char(length)};
        auto client = connected();
        QVERIFY(client);
        client->sendRaw(frame + body);
        const auto error = client->expectError();
        QVERIFY(error);
        QCOMPARE(error->code(), wire::Error::MALFORMED);
        QVERIFY(client->waitClosed());
    }

    void undecodableHelloIsMalformed()
    {
        auto client = connected();
        QVERIFY(client);
        wire::Envelope envelope;
        envelope.set_type(wire::HELLO);
        envelope.set_body(std::string("\x0f\xff\xff", 3));
        const std::string bytes = envelope.SerializeAsString();
        const auto length = quint32(bytes.size());
        client->sendRaw(std::string{char(length >> 24), char(length >> 16), char(length >> 8), char(length)} + bytes);
        const auto error = client->expectError();
        QVERIFY(error);
        QCOMPARE(error->code(), wire::Error::MALFORMED);
        QVERIFY(client->waitClosed());
    }

    void untrustedCertificateFailsTheHandshake()
    {
        QTemporaryDir other;
        QString error;
        const lintas::server::CertificateFiles otherCa{other.filePath(QStringLiteral("other-ca.pem")),
                                                       other.filePath(QStringLiteral("other-ca.key"))};
        QVERIFY2(lintas::server::Certificates::createAuthority(QStringLiteral("Some other CA"), otherCa, &error),
                 qPrintable(error));
        RawClient client;
        QVERIFY(!client.connect(m_server.port(), otherCa.certificate, &error));
        QVERIFY2(error.contains(QStringLiteral("handshake")), qPrintable(error));
        QVERIFY(auditShows(QStringLiteral("tls_failed\\s+-\\s+127\\.0\\.0\\.1")));
    }

    void goodClientIsStillServed()
    {
        wire::Welcome welcome;
        auto client = loggedIn(QStringLiteral("sari"), wire::DESK, &welcome);
        QVERIFY(client);
        QCOMPARE(welcome.role(), "supervisor");
    }

    void resyncWhenTheEpochDiffers()
    {
        auto client = connected();
        QVERIFY(client);
        client->hello(QStringLiteral("sari"), passwordOf(QStringLiteral("sari")), wire::DESK,
                      [](wire::Hello &hello) { hello.set_server_epoch("an epoch of some other server"); });
        const auto welcome = client->expectBody<wire::Welcome>(wire::WELCOME);
        QVERIFY(welcome);
        const auto resync = client->expectBody<wire::ResyncRequired>(wire::RESYNC_REQUIRED);
        QVERIFY(resync);
        QCOMPARE(resync->server_epoch(), welcome->server_epoch());
    }

    void pushIsAcknowledgedThenDuplicate()
    {
        auto client = loggedIn(QStringLiteral("ani"));
        QVERIFY(client);
        lintas::ChangeFactory factory(client->siteId(), QStringLiteral("ani"), &m_clock);
        const wire::Push push = pushOf(factory.createIncident(incidentAt(QStringLiteral("JAKPUS"))), 1);
        client->send(wire::PUSH, push, 501);
        auto ack = client->expect(wire::PUSH_ACK);
        QVERIFY(ack);
        QCOMPARE(ack->corr_id(), 501u);
        wire::PushAck body;
        QVERIFY(sync::parseBody(*ack, &body));
        QCOMPARE(body.results_size(), 1);
        QCOMPARE(body.results(0).status(), wire::PushResult::ACCEPTED);
        QCOMPARE(body.results(0).op_id(), push.changes(0).op_id());
        const quint64 seq = body.results(0).server_seq();
        QVERIFY(seq > 0);
        QCOMPARE(body.high_water(), 1u);

        client->send(wire::PUSH, push, 502);
        ack = client->expect(wire::PUSH_ACK);
        QVERIFY(ack);
        QCOMPARE(ack->corr_id(), 502u);
        QVERIFY(sync::parseBody(*ack, &body));
        QCOMPARE(body.results(0).status(), wire::PushResult::DUPLICATE);
        QCOMPARE(body.results(0).server_seq(), seq);

        // The server remembers what this site sent: a reconnect learns where to go on from.
        const QString siteId = client->siteId();
        client.reset();
        auto again = connected();
        QVERIFY(again);
        again->setSiteId(siteId);
        again->hello(QStringLiteral("ani"), passwordOf(QStringLiteral("ani")));
        const auto welcome = again->expectBody<wire::Welcome>(wire::WELCOME);
        QVERIFY(welcome);
        QCOMPARE(welcome->high_water(), 1u);
    }

    void dispatcherCannotChangeTheRoster()
    {
        auto client = loggedIn(QStringLiteral("ani"));
        QVERIFY(client);
        lintas::ChangeFactory factory(client->siteId(), QStringLiteral("ani"), &m_clock);
        lintas::Unit unit;
        unit.id = QUuid::createUuid();
        unit.callsign = QStringLiteral("JAKPUS-R4-99");
        unit.stationCode = QStringLiteral("JAKPUS");
        client->send(wire::PUSH, pushOf({factory.createUnit(unit)}, 1), 9);
        const auto ack = client->expectBody<wire::PushAck>(wire::PUSH_ACK);
        QVERIFY(ack);
        QCOMPARE(ack->results_size(), 1);
        QCOMPARE(ack->results(0).status(), wire::PushResult::REJECTED);
        QCOMPARE(ack->results(0).reason_code(), "forbidden_role");
        QVERIFY(!ack->results(0).reason().empty());
        QCOMPARE(ack->high_water(), 1u); // answered, so not to be sent again
    }

    void anotherDeskReceivesThePush()
    {
        wire::Welcome welcome;
        auto watcher = loggedIn(QStringLiteral("sari"), wire::DESK, &welcome);
        QVERIFY(watcher);
        const auto before = catchUp(*watcher, welcome.head_seq());
        QCOMPARE(quint64(before.size()), welcome.head_seq());

        auto writer = loggedIn(QStringLiteral("ani"));
        QVERIFY(writer);
        lintas::ChangeFactory factory(writer->siteId(), QStringLiteral("ani"), &m_clock);
        const wire::Push push = pushOf(factory.createIncident(incidentAt(QStringLiteral("JAKUT"))), 1);
        writer->send(wire::PUSH, push, 1);
        QVERIFY(writer->expect(wire::PUSH_ACK));

        const auto changes = watcher->expectBody<wire::Changes>(wire::CHANGES);
        QVERIFY(changes);
        QCOMPARE(changes->changes_size(), 1);
        const wire::ChangeRecord &record = changes->changes(0);
        QCOMPARE(record.op_id(), push.changes(0).op_id());
        QCOMPARE(record.server_seq(), welcome.head_seq() + 1);
        // The entry chains to the one before it.
        lintas::Change change;
        QString error;
        QVERIFY2(sync::fromWire(record, &change, &error), qPrintable(error));
        const QByteArray previous = QByteArray::fromStdString(changes->prev_hash());
        QCOMPARE(previous, before.isEmpty() ? QByteArray() : QByteArray::fromStdString(before.last().hash()));
        QCOMPARE(QByteArray::fromStdString(record.hash()),
                 sync::chainHash(previous, sync::chainBody(change, record.server_seq(), QStringLiteral("PMJ"))));
    }

    void anotherPoldaNeitherSeesNorWrites()
    {
        wire::Welcome welcome;
        auto outsider = loggedIn(QStringLiteral("jaja"), wire::DESK, &welcome);
        QVERIFY(outsider);
        QCOMPARE(welcome.region(), "JABAR");
        QCOMPARE(welcome.head_seq(), 0u);

        // PMJ grows; JABAR's desk hears nothing of it.
        auto writer = loggedIn(QStringLiteral("sari"));
        QVERIFY(writer);
        lintas::ChangeFactory factory(writer->siteId(), QStringLiteral("sari"), &m_clock);
        writer->send(wire::PUSH, pushOf(factory.createIncident(incidentAt(QStringLiteral("JAKSEL"))), 1), 1);
        QVERIFY(writer->expect(wire::PUSH_ACK));
        outsider->idle(1000ms);
        QVERIFY(!outsider->hasReceived(wire::CHANGES));

        // Nor may it write a PMJ record; its own Polda's is fine, numbered in its own log.
        lintas::ChangeFactory outsiderFactory(outsider->siteId(), QStringLiteral("jaja"), &m_clock);
        outsider->send(wire::PUSH, pushOf(outsiderFactory.createIncident(incidentAt(QStringLiteral("JAKPUS"))), 1), 2);
        auto ack = outsider->expectBody<wire::PushAck>(wire::PUSH_ACK);
        QVERIFY(ack);
        QCOMPARE(ack->results(0).status(), wire::PushResult::REJECTED);
        QCOMPARE(ack->results(0).reason_code(), "out_of_scope");
        outsider->send(wire::PUSH, pushOf(outsiderFactory.createIncident(incidentAt(QStringLiteral("BANDUNG"))), 2), 3);
        ack = outsider->expectBody<wire::PushAck>(wire::PUSH_ACK);
        QVERIFY(ack);
        QCOMPARE(ack->results(0).status(), wire::PushResult::ACCEPTED);
        QCOMPARE(ack->results(0).server_seq(), 1u);
        const auto own = outsider->expectBody<wire::Changes>(wire::CHANGES);
        QVERIFY(own);
        QCOMPARE(own->changes_size(), 1);
        QCOMPARE(own->changes(0).op_id(), ack->results(0).op_id());
    }

    void fieldPositionsReachDesks()
    {
        auto desk = loggedIn(QStringLiteral("sari"));
        QVERIFY(desk);
        QVERIFY(desk->expect(wire::POSITION)); // the snapshot after WELCOME
        auto field = loggedIn(QStringLiteral("fajar"), wire::FIELD);
        QVERIFY(field);

        const QUuid unitId = QUuid::createUuid();
        wire::Positions positions;
        wire::Position *position = positions.add_positions();
        position->set_unit_id(sync::toStd(unitId.toString(QUuid::WithoutBraces)));
        position->set_callsign("JAKPUS-R2-07");
        position->set_latitude(-6.1754);
        position->set_longitude(106.8272);
        position->set_at_ms(QDateTime::currentMSecsSinceEpoch());
        field->send(wire::POSITION, positions);

        bool seen = false;
        for (int message = 0; message < 20 && !seen; ++message) {
            const auto received = desk->expectBody<wire::Positions>(wire::POSITION);
            QVERIFY(received);
            for (const wire::Position &each : received->positions())
                seen = seen || QUuid::fromString(sync::fromStd(each.unit_id())) == unitId;
        }
        QVERIFY(seen);

        // A dispatcher's desk may not report positions; the link stays up.
        auto dispatcher = loggedIn(QStringLiteral("ani"));
        QVERIFY(dispatcher);
        dispatcher->send(wire::POSITION, positions, 44);
        const auto error = dispatcher->expectError();
        QVERIFY(error);
        QCOMPARE(error->code(), wire::Error::FORBIDDEN);
        wire::Ping ping;
        dispatcher->send(wire::PING, ping, 45);
        QVERIFY(dispatcher->expect(wire::PONG));
        QVERIFY(!dispatcher->closed());
    }

    // Last: SIGTERM while clients are connected. They are told BYE, and the server still ends promptly.
    void shutdownSaysByeToClients()
    {
        auto desk = loggedIn(QStringLiteral("sari"));
        QVERIFY(desk);
        auto field = loggedIn(QStringLiteral("fajar"), wire::FIELD);
        QVERIFY(field);
        QCOMPARE(m_server.stop(), 0);
        QVERIFY(desk->expect(wire::BYE));
        QVERIFY(field->expect(wire::BYE));
    }
};

} // namespace lintas

QTEST_GUILESS_MAIN(lintas::TestServerProtocol)
#include "tst_serverprotocol.moc"
