// The desk's sync session against a scripted peer: a stand-in for the server built from FramedLink on
// loopback (plain TCP, and TLS with a certificate made by the openssl command), which plays the server's side
// of the protocol message by message. It checks the session's logic only; the real server is tested end to end
// elsewhere.

#include <atomic>
#include <mutex>
#include <thread>

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <boost/asio/io_context.hpp>
#include <boost/asio/write.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>

#include "core/uuidv7.h"
#include "store/store.h"
#include "store/storereader.h"
#include "store/storeservice.h"
#include "sync/chain.h"
#include "sync/frame.h"
#include "sync/framedlink.h"
#include "sync/syncsession.h"
#include "sync/tlsconfig.h"
#include "sync/wire.h"

using namespace lintas;
using namespace lintas::sync;
using namespace std::chrono_literals;

namespace {

constexpr int kWait = 10'000; // the bound of every wait; the steps themselves take milliseconds
const QString kSite = QStringLiteral("desk");
const QString kRegion = QStringLiteral("PMJ");

qint64 baseMs()
{
    return QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch();
}

Change makeChange(EntityKind entity, const QUuid &id, ChangeKind kind, const QVariantMap &fields, qint64 ms,
                  const QString &site)
{
    Change c;
    c.opId = uuidV7At(ms);
    c.siteId = site;
    c.hlc = Hlc::fromParts(ms, 0);
    c.actor = QStringLiteral("87050123");
    c.entity = entity;
    c.entityId = id;
    c.kind = kind;
    c.fields = fields;
    return c;
}

Change newIncident(const QUuid &id, qint64 ms, const QString &site = kSite)
{
    return makeChange(EntityKind::Incident, id, ChangeKind::Create,
                      {{QStringLiteral("type_code"), QStringLiteral("kecelakaan")},
                       {QStringLiteral("priority"), 2},
                       {QStringLiteral("road"), QStringLiteral("Jalan Gatot Subroto")},
                       {QStringLiteral("station_code"), QStringLiteral("JAKSEL")},
                       {QStringLiteral("reported_at"), QStringLiteral("2026-11-27T03:00:00.000Z")}},
                      ms, site);
}

Change note(const QUuid &incident, qint64 ms, const QString &text, const QString &site = kSite)
{
    return makeChange(EntityKind::Incident, incident, ChangeKind::Note, {{QStringLiteral("text"), text}}, ms, site);
}

// The server's log as the peer serves it: entries numbered and hash-chained like the real region log.
struct ServerLog
{
    QByteArray lastHash;
    quint64 seq = 0;

    wire::ChangeRecord append(const Change &change)
    {
        wire::ChangeRecord record;
        toWire(change, &record);
        record.set_server_seq(++seq);
        lastHash = chainHash(lastHash, chainBody(change, seq, kRegion));
        record.set_hash(lastHash.toStdString());
        return record;
    }
};

QVariant scalar(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// The scripted server. Runs its own io_context thread; the script sees every message the client sends, on that
// thread, and answers with reply(). Everything the client sent is kept for the test to look at.
class TestPeer
{
public:
    using Script = std::function<void(TestPeer &peer, const wire::Envelope &envelope)>;

    explicit TestPeer(Script script, asio::ssl::context *tls = nullptr)
        : m_script(std::move(script)), m_tls(tls),
          m_acceptor(m_io, asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0))
    {
        accept();
        m_thread = std::thread([this] { m_io.run(); });
    }
    ~TestPeer()
    {
        asio::post(m_io, [this] {
            boost::system::error_code ignored;
            m_acceptor.close(ignored);
            if (m_current)
                m_current->close("peer gone");
            m_current.reset();
        });
        m_work.reset();
        m_io.stop();
        m_thread.join();
    }

    quint16 port() const { return m_acceptor.local_endpoint().port(); }
    int connections() const { return m_connections; }

    // On the io thread (inside the script).
    void reply(wire::MessageType type, const google::protobuf::MessageLite &body, std::uint64_t corr = 0)
    {
        if (m_current)
            m_current->send(encodeFrame(type, corr, body));
    }
    void closeAfterSending()
    {
        if (m_current)
            m_current->shutdown(200ms, {});
    }
    void welcome(quint64 highWater = 0, quint64 head = 0, const std::string &epoch = "epoch-1")
    {
        wire::Welcome message;
        message.set_server_epoch(epoch);
        message.set_high_water(highWater);
        message.set_head_seq(head);
        message.set_session_token("token-1");
        message.set_role("dispatcher");
        message.set_scope("PMJ");
        message.set_display_name("Brigpol Test");
        message.set_region(kRegion.toStdString());
        reply(wire::WELCOME, message);
    }

    // From the test thread.
    void send(wire::MessageType type, const google::protobuf::MessageLite &body)
    {
        std::string frame = encodeFrame(type, 0, body);
        asio::post(m_io, [this, frame = std::move(frame)]() mutable {
            if (m_current)
                m_current->send(std::move(frame));
        });
    }
    void drop()
    {
        asio::post(m_io, [this] {
            if (m_current)
                m_current->close("dropped by the test");
        });
    }

    QList<wire::Envelope> received(wire::MessageType type) const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        QList<wire::Envelope> out;
        for (const wire::Envelope &envelope : m_received)
            if (envelope.type() == type)
                out.append(envelope);
        return out;
    }
    int count(wire::MessageType type) const { return int(received(type).size()); }
    template <typename T> T last(wire::MessageType type) const
    {
        T message;
        const auto all = received(type);
        if (!all.isEmpty())
            parseBody(all.last(), &message);
        return message;
    }

    std::atomic<int> value{0}; // for the script to note something on the io thread

private:
    void accept()
    {
        m_acceptor.async_accept([this](const boost::system::error_code &ec, asio::ip::tcp::socket socket) {
            if (ec)
                return;
            if (m_tls) {
                auto stream = std::make_shared<TlsStream>(std::move(socket), *m_tls);
                stream->async_handshake(asio::ssl::stream_base::server,
                                        [this, stream](const boost::system::error_code &handshakeError) {
                                            if (!handshakeError)
                                                serve(FramedLink::create(std::move(*stream)));
                                        });
            } else {
                serve(FramedLink::create(std::move(socket)));
            }
            accept();
        });
    }

    void serve(std::shared_ptr<FramedLink> link)
    {
        if (m_current)
            m_current->close("replaced by a new connection");
        m_current = link;
        ++m_connections;
        std::weak_ptr<FramedLink> weak = link;
        FramedLink::Handlers handlers;
        handlers.onMessage = [this, weak](wire::Envelope &&envelope) {
            // The script first: once the test sees a message, the peer has done all it does in answer.
            if (weak.lock() == m_current && m_script)
                m_script(*this, envelope);
            std::lock_guard<std::mutex> lock(m_mutex);
            m_received.append(envelope);
        };
        handlers.onClosed = [](const std::string &) {};
        link->start(std::move(handlers));
    }

    Script m_script;
    asio::ssl::context *m_tls;
    asio::io_context m_io;
    asio::executor_work_guard<asio::io_context::executor_type> m_work{asio::make_work_guard(m_io)};
    asio::ip::tcp::acceptor m_acceptor;
    std::shared_ptr<FramedLink> m_current;
    std::atomic<int> m_connections{0};
    mutable std::mutex m_mutex;
    QList<wire::Envelope> m_received;
    std::thread m_thread;
};

// Answers HELLO with WELCOME and nothing else.
void welcomeOnly(TestPeer &peer, const wire::Envelope &envelope)
{
    if (envelope.type() == wire::HELLO)
        peer.welcome();
}

// Answers HELLO with WELCOME and PING with PONG, and says nothing else.
void welcomeAndPong(TestPeer &peer, const wire::Envelope &envelope)
{
    if (envelope.type() == wire::HELLO)
        peer.welcome();
    if (envelope.type() == wire::PING) {
        wire::Ping ping;
        parseBody(envelope, &ping);
        wire::Pong pong;
        pong.set_at_ms(ping.at_ms());
        peer.reply(wire::PONG, pong, envelope.corr_id());
    }
}

} // namespace

class TestSyncSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("desk-%1.db").arg(++m_files)); }

    static SyncSettings settingsFor(quint16 port)
    {
        SyncSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = port;
        settings.insecureLoopback = true;
        settings.user = QStringLiteral("dispatcher1");
        settings.password = QStringLiteral("rahasia");
        settings.clientName = QStringLiteral("tst_syncsession");
        settings.connectTimeout = 2s;
        settings.handshakeTimeout = 2s;
        settings.backoffBase = 20ms;
        settings.backoffCap = 100ms;
        settings.shutdownBound = 300ms;
        settings.positionInterval = 100ms;
        settings.jitterSeed = 4;
        return settings;
    }

    // Local commits made before the desk connects, as a dispatcher working offline would have.
    static QList<Change> commitOffline(const QString &path, int count)
    {
        Store store(path, kSite);
        QString error;
        if (!store.open(&error))
            qFatal("%s", qPrintable(error));
        const QUuid incident = QUuid::createUuid();
        QList<Change> made{newIncident(incident, baseMs())};
        for (int i = 1; i < count; ++i)
            made.append(note(incident, baseMs() + i, QStringLiteral("Catatan %1").arg(i)));
        for (const Change &change : std::as_const(made))
            if (!store.commitLocal({change}).ok)
                qFatal("offline commit failed");
        return made;
    }

    static bool startService(StoreService &service)
    {
        QSignalSpy opened(&service, &StoreService::opened);
        service.start();
        return opened.wait(kWait);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        registerSyncMetaTypes();
        QVERIFY(m_dir.isValid());
    }

    void pulledChangesAreCommittedBeforeTheAck()
    {
        const QString path = freshPath();
        ServerLog log;
        const QUuid incident = QUuid::createUuid();
        const QList<wire::ChangeRecord> entries{
            log.append(newIncident(incident, baseMs(), QStringLiteral("srv"))),
            log.append(note(incident, baseMs() + 1, QStringLiteral("Satu"), QStringLiteral("srv"))),
            log.append(note(incident, baseMs() + 2, QStringLiteral("Dua"), QStringLiteral("srv")))};
        TestPeer peer([&, path](TestPeer &p, const wire::Envelope &envelope) {
            if (envelope.type() == wire::HELLO) {
                p.welcome(0, 3);
                if (p.connections() == 1) {
                    wire::Changes changes;
                    for (const auto &entry : entries)
                        *changes.add_changes() = entry;
                    changes.set_head_seq(3);
                    p.reply(wire::CHANGES, changes);
                }
            } else if (envelope.type() == wire::CHANGES_ACK) {
                // What the desk has committed at the moment its ack arrives.
                p.value = scalar(path, QStringLiteral("SELECT count(*) FROM change_log")).toInt();
            }
        });
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSession session(&service, settingsFor(peer.port()));
        session.start();

        QTRY_COMPARE_WITH_TIMEOUT(peer.count(wire::CHANGES_ACK), 1, kWait);
        QCOMPARE(peer.last<wire::ChangesAck>(wire::CHANGES_ACK).cursor(), quint64(3));
        QCOMPARE(peer.value.load(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(session.status().cursor, quint64(3), kWait);
        QCOMPARE(toString(session.status().state), toString(LinkState::Online));
        QCOMPARE(session.status().region, kRegion);
        QCOMPARE(toString(session.status().actor.role), toString(Role::Dispatcher));
        QVERIFY(session.status().lastSync.isValid());
        QCOMPARE(scalar(path, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_epoch'")).toString(),
                 QStringLiteral("epoch-1"));
        StoreReader reader(path);
        QVERIFY(reader.incident(incident));
        QCOMPARE(reader.notes(incident).size(), 2);

        const auto hello = peer.last<wire::Hello>(wire::HELLO);
        QCOMPARE(hello.protocol_version(), kProtocolVersion);
        QCOMPARE(hello.site_id(), std::string("desk"));
        QCOMPARE(hello.user(), std::string("dispatcher1"));
        QCOMPARE(hello.password(), std::string("rahasia"));
        QCOMPARE(hello.kind(), wire::DESK);
        QCOMPARE(hello.download_cursor(), quint64(0));
        QVERIFY(hello.server_epoch().empty());

        // The next connection resumes where the committed cursor stands.
        peer.drop();
        QTRY_COMPARE_WITH_TIMEOUT(peer.count(wire::HELLO), 2, kWait);
        const auto again = peer.last<wire::Hello>(wire::HELLO);
        QCOMPARE(again.download_cursor(), quint64(3));
        QCOMPARE(again.server_epoch(), std::string("epoch-1"));
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }

    void theOutboxIsPushedAndRefusalsQuarantined()
    {
        const QString path = freshPath();
        const QList<Change> offline = commitOffline(path, 3);
        TestPeer peer([](TestPeer &p, const wire::Envelope &envelope) {
            if (envelope.type() == wire::HELLO) {
                p.welcome(0, 0);
            } else if (envelope.type() == wire::PUSH) {
                wire::Push push;
                parseBody(envelope, &push);
                wire::PushAck ack;
                for (const auto &change : push.changes()) {
                    auto *result = ack.add_results();
                    result->set_op_id(change.op_id());
                    // The second change of the first batch is refused; everything else goes in.
                    if (p.value++ == 1) {
                        result->set_status(wire::PushResult::REJECTED);
                        result->set_reason_code("forbidden_role");
                        result->set_reason("A dispatcher may not add this note.");
                    } else {
                        result->set_status(wire::PushResult::ACCEPTED);
                    }
                }
                p.reply(wire::PUSH_ACK, ack, envelope.corr_id());
            }
        });
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSession session(&service, settingsFor(peer.port()));
        QSignalSpy rejected(&session, &SyncSession::changeRejected);
        session.start();

        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, kWait);
        const auto refused = rejected.first().first().value<QuarantinedChange>();
        QCOMPARE(refused.change.opId, offline.at(1).opId);
        QCOMPARE(refused.code, QStringLiteral("forbidden_role"));
        QCOMPARE(refused.reason, QStringLiteral("A dispatcher may not add this note."));
        QTRY_COMPARE_WITH_TIMEOUT(session.status().outboxCount, 0, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(session.status().attentionCount, 1, kWait);
        StoreReader reader(path);
        QCOMPARE(reader.outboxCount(), 0);
        QCOMPARE(reader.quarantined().size(), 1);
        QCOMPARE(reader.notes(offline.first().entityId).size(), 1); // the refused note is gone from the incident

        // One batch, in local order, with the local sequence of each change.
        QCOMPARE(peer.count(wire::PUSH), 1);
        const auto push = peer.last<wire::Push>(wire::PUSH);
        QCOMPARE(push.changes_size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(push.changes(i).op_id(), offline.at(i).opId.toString(QUuid::WithoutBraces).toStdString());
            QCOMPARE(push.changes(i).client_seq(), quint64(i + 1));
        }

        // A new local commit goes out by itself.
        const Change later = note(offline.first().entityId, baseMs() + 100, QStringLiteral("Lajur kiri dibuka"));
        service.submit({later});
        QTRY_COMPARE_WITH_TIMEOUT(peer.count(wire::PUSH), 2, kWait);
        const auto second = peer.last<wire::Push>(wire::PUSH);
        QCOMPARE(second.changes_size(), 1);
        QCOMPARE(second.changes(0).op_id(), later.opId.toString(QUuid::WithoutBraces).toStdString());
        QVERIFY(second.changes(0).client_seq() > 3); // the refused change's sequence is never used again
        QTRY_COMPARE_WITH_TIMEOUT(session.status().outboxCount, 0, kWait);
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }

    void pushResumesFromTheHighWaterMark()
    {
        // The server holds changes 1 and 2; the desk saw the ack for 1 only (the one for 2 was lost with the
        // link). The desk sends 2 again (the server answers duplicate) and 3, never 1.
        const QString path = freshPath();
        const QList<Change> offline = commitOffline(path, 3);
        {
            Store store(path, kSite);
            QString error;
            QVERIFY(store.open(&error));
            QVERIFY(store.acknowledgePushed({offline.first().opId}));
        }
        TestPeer peer([](TestPeer &p, const wire::Envelope &envelope) {
            if (envelope.type() == wire::HELLO)
                p.welcome(2, 0);
        });
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSession session(&service, settingsFor(peer.port()));
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(peer.count(wire::PUSH), 1, kWait);
        const auto push = peer.last<wire::Push>(wire::PUSH);
        QCOMPARE(push.changes_size(), 2);
        QCOMPARE(push.changes(0).client_seq(), quint64(2));
        QCOMPARE(push.changes(1).client_seq(), quint64(3));
        QCOMPARE(peer.last<wire::Hello>(wire::HELLO).outbox_head(), quint64(3));
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }

    void resyncRequiredResetsTheCursorAndKeepsTheOutbox()
    {
        const QString path = freshPath();
        commitOffline(path, 1);
        {
            Store store(path, kSite);
            QString error;
            QVERIFY(store.open(&error));
            QVERIFY(store.applyPulled({}, {5, QStringLiteral("epoch-old"), QByteArray(32, 'h'), baseMs()}).ok);
        }
        ServerLog log;
        const QUuid incident = QUuid::createUuid();
        const wire::ChangeRecord first = log.append(newIncident(incident, baseMs(), QStringLiteral("srv")));
        TestPeer peer([first](TestPeer &p, const wire::Envelope &envelope) {
            if (envelope.type() != wire::HELLO)
                return; // the PUSH stays unanswered: the outbox must survive the resync
            p.welcome(0, 1, "epoch-new");
            wire::ResyncRequired resync;
            resync.set_reason("restored from a backup");
            resync.set_server_epoch("epoch-new");
            p.reply(wire::RESYNC_REQUIRED, resync);
            wire::Changes changes;
            *changes.add_changes() = first;
            changes.set_head_seq(1);
            p.reply(wire::CHANGES, changes);
        });
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSession session(&service, settingsFor(peer.port()));
        session.start();

        QTRY_COMPARE_WITH_TIMEOUT(peer.count(wire::CHANGES_ACK), 1, kWait);
        QCOMPARE(peer.last<wire::ChangesAck>(wire::CHANGES_ACK).cursor(), quint64(1));
        const auto hello = peer.last<wire::Hello>(wire::HELLO);
        QCOMPARE(hello.download_cursor(), quint64(5));
        QCOMPARE(hello.server_epoch(), std::string("epoch-old"));
        QTRY_COMPARE_WITH_TIMEOUT(session.status().cursor, quint64(1), kWait);
        QCOMPARE(scalar(path, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_cursor'")).toInt(), 1);
        QCOMPARE(scalar(path, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_epoch'")).toString(),
                 QStringLiteral("epoch-new"));
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 1);
        QCOMPARE(session.status().outboxCount, 1);
        QTRY_COMPARE_WITH_TIMEOUT(peer.count(wire::PUSH), 1, kWait);
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }

    void badCredentialsAreRefusedWithoutRetry()
    {
        const QString path = freshPath();
        TestPeer peer([](TestPeer &p, const wire::Envelope &envelope) {
            if (envelope.type() != wire::HELLO)
                return;
            wire::Error error;
            error.set_code(wire::Error::BAD_CREDENTIALS);
            error.set_message("bad user or password");
            error.set_retryable(false);
            p.reply(wire::ERROR, error);
            p.closeAfterSending();
        });
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSession session(&service, settingsFor(peer.port()));
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(toString(session.status().state), toString(LinkState::Refused), kWait);
        QVERIFY2(session.status().detail.contains(QLatin1String("dispatcher1")), qPrintable(session.status().detail));
        // Many backoff periods later (the cap is 100 ms), still one attempt: a refusal is not retried.
        QTest::qWait(600);
        QCOMPARE(peer.connections(), 1);
        QCOMPARE(toString(session.status().state), toString(LinkState::Refused));

        // Until the user acts.
        session.reconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(peer.connections(), 2, kWait);
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }

    void aDroppedLinkGoesOfflineAndReconnects()
    {
        const QString path = freshPath();
        TestPeer peer(welcomeOnly);
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSession session(&service, settingsFor(peer.port()));
        QList<LinkState> states;
        QDateTime nextAttempt;
        QString offlineDetail;
        connect(&session, &SyncSession::statusChanged, this, [&](const SyncStatus &status) {
            if (states.isEmpty() || states.last() != status.state)
                states.append(status.state);
            if (status.state == LinkState::Offline) {
                nextAttempt = status.nextAttempt;
                offlineDetail = status.detail;
            }
        });
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(toString(session.status().state), toString(LinkState::Online), kWait);
        peer.drop();
        QTRY_COMPARE_WITH_TIMEOUT(peer.count(wire::HELLO), 2, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(toString(session.status().state), toString(LinkState::Online), kWait);
        const int offline = int(states.indexOf(LinkState::Offline));
        QVERIFY2(offline > 0 && states.indexOf(LinkState::Online, offline) > offline,
                 qPrintable(QStringLiteral("states: %1").arg(states.size())));
        QVERIFY(nextAttempt.isValid());
        QVERIFY2(offlineDetail.contains(QStringLiteral("127.0.0.1:%1").arg(peer.port())), qPrintable(offlineDetail));
        QVERIFY(session.status().detail.isEmpty()); // online again: nothing to explain
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }

    void anUnreachableServerIsNamed()
    {
        // A port nobody listens on: bind one, note it, close it.
        quint16 port = 0;
        {
            asio::io_context io;
            asio::ip::tcp::acceptor acceptor(io, asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
            port = acceptor.local_endpoint().port();
        }
        const QString path = freshPath();
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSession session(&service, settingsFor(port));
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(toString(session.status().state), toString(LinkState::Offline), kWait);
        QVERIFY2(session.status().detail.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(session.status().detail));
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }

    void aBrokenChainAppliesNothing()
    {
        const QString path = freshPath();
        ServerLog log;
        const QUuid incident = QUuid::createUuid();
        QList<wire::ChangeRecord> entries{
            log.append(newIncident(incident, baseMs(), QStringLiteral("srv"))),
            log.append(note(incident, baseMs() + 1, QStringLiteral("Satu"), QStringLiteral("srv"))),
            log.append(note(incident, baseMs() + 2, QStringLiteral("Dua"), QStringLiteral("srv")))};
        QList<wire::ChangeRecord> altered = entries;
        altered[1].set_fields_json(R"({"text":"Diubah"})"); // the stored hash no longer matches
        // The log is altered until the test has looked (value 0), intact afterwards.
        TestPeer peer([entries, altered](TestPeer &p, const wire::Envelope &envelope) {
            if (envelope.type() != wire::HELLO)
                return;
            p.welcome(0, 3);
            wire::Changes changes;
            for (const auto &entry : p.value == 0 ? altered : entries)
                *changes.add_changes() = entry;
            changes.set_head_seq(3);
            p.reply(wire::CHANGES, changes);
        });
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSession session(&service, settingsFor(peer.port()));
        QSignalSpy broken(&session, &SyncSession::chainBroken);
        QList<quint64> cursors; // the cursor reported at every step
        QStringList details;
        connect(&session, &SyncSession::statusChanged, this, [&](const SyncStatus &status) {
            cursors.append(status.cursor);
            details.append(status.detail);
        });
        session.start();

        // Every connection meets the same altered entry until the test lets the log be intact.
        QTRY_VERIFY_WITH_TIMEOUT(!broken.isEmpty(), kWait);
        QCOMPARE(broken.first().at(0).toULongLong(), quint64(2));
        // Nothing of the batch, not even the entry before the bad one, and no ack.
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 0);
        QCOMPARE(peer.count(wire::CHANGES_ACK), 0);
        QVERIFY(!details.filter(QStringLiteral("entry 2")).isEmpty()); // the banner named the entry
        // The session lets go of the link and connects again; this time the log is intact.
        peer.value = 1;
        QTRY_COMPARE_WITH_TIMEOUT(peer.count(wire::CHANGES_ACK), 1, kWait);
        QVERIFY(peer.connections() >= 2);
        QTRY_COMPARE_WITH_TIMEOUT(session.status().cursor, quint64(3), kWait);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 3);
        QCOMPARE(cursors.indexOf(quint64(1)), -1);
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }

    void positionsAreCoalesced()
    {
        const QString path = freshPath();
        TestPeer peer(welcomeOnly);
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSettings settings = settingsFor(peer.port());
        settings.positionInterval = 300ms; // wide enough that the burst below lands in one or two emissions
        SyncSession session(&service, settings);
        QSignalSpy received(&session, &SyncSession::positionsReceived);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(toString(session.status().state), toString(LinkState::Online), kWait);

        const QUuid units[] = {QUuid::createUuid(), QUuid::createUuid()};
        for (int i = 0; i < 5; ++i) {
            for (const QUuid &unit : units) {
                wire::Positions positions;
                UnitPosition position;
                position.unitId = unit;
                position.callsign = QStringLiteral("JAKSEL-R2-0%1").arg(unit == units[0] ? 1 : 2);
                position.latitude = -6.24 + i * 0.001;
                position.longitude = 106.80;
                position.atMs = baseMs() + i * 1000;
                toWire(position, positions.add_positions());
                peer.send(wire::POSITION, positions);
            }
        }
        QHash<QUuid, UnitPosition> latest;
        int delivered = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (; delivered < received.size(); ++delivered) {
                    const auto batch = received.at(delivered).first().value<UnitPositions>();
                    QSet<QUuid> seen;
                    for (const UnitPosition &position : batch) {
                        if (seen.contains(position.unitId))
                            qFatal("one unit twice in a coalesced batch");
                        seen.insert(position.unitId);
                        latest.insert(position.unitId, position);
                    }
                }
                return latest.size() == 2 && latest.value(units[0]).atMs == baseMs() + 4000 &&
                       latest.value(units[1]).atMs == baseMs() + 4000;
            }(),
            kWait);
        int total = 0;
        for (const auto &emission : std::as_const(received))
            total += int(emission.first().value<UnitPositions>().size());
        QVERIFY2(total < 10, qPrintable(QStringLiteral("%1 positions for 10 messages").arg(total)));
        QCOMPARE(latest.value(units[0]).latitude, -6.24 + 4 * 0.001);

        // The other way: the field gateway's positions go out as they are.
        UnitPosition own;
        own.unitId = units[0];
        own.callsign = QStringLiteral("JAKSEL-R2-01");
        own.atMs = baseMs() + 9000;
        session.sendPositions({own});
        QTRY_COMPARE_WITH_TIMEOUT(peer.count(wire::POSITION), 1, kWait);
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }

    void heartbeatAndIdleTimeout()
    {
        const QString path = freshPath();
        TestPeer peer(welcomeOnly); // welcomes, then never says another word (not even PONG)
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSettings settings = settingsFor(peer.port());
        settings.heartbeat = 100ms;
        settings.idleTimeout = 500ms;
        SyncSession session(&service, settings);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(peer.count(wire::PING) >= 1, kWait);
        // The silence counts as a dead link: the session lets go and connects again.
        QTRY_VERIFY_WITH_TIMEOUT(peer.count(wire::HELLO) >= 2, kWait);
        QVERIFY(peer.connections() >= 2);
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }

    // A field gateway sends positions without pause and the server has nothing to say back: the session must
    // still ask for a PONG, or its idle check would cut a healthy link every idle timeout.
    void aSenderThatHearsNothingStillPings()
    {
        const QString path = freshPath();
        TestPeer peer(welcomeAndPong);
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSettings settings = settingsFor(peer.port());
        settings.heartbeat = 100ms;
        settings.idleTimeout = 500ms;
        SyncSession session(&service, settings);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.status().state == LinkState::Online, kWait);
        UnitPosition position;
        position.unitId = QUuid::createUuid();
        position.callsign = QStringLiteral("PJR-07");
        QElapsedTimer sending;
        sending.start();
        while (sending.elapsed() < 1500) { // three idle timeouts
            position.atMs = QDateTime::currentMSecsSinceEpoch();
            session.sendPositions({position});
            QTest::qWait(20);
        }
        QVERIFY(peer.count(wire::PING) >= 1);
        QCOMPARE(peer.connections(), 1);
        QVERIFY(session.status().state == LinkState::Online);
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }

    void stopSaysBye()
    {
        const QString path = freshPath();
        TestPeer peer(welcomeOnly);
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSession session(&service, settingsFor(peer.port()));
        QSignalSpy stopped(&session, &SyncSession::stopped);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(toString(session.status().state), toString(LinkState::Online), kWait);
        session.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kWait);
        QCOMPARE(peer.count(wire::BYE), 1);
        QVERIFY(!session.isRunning());
        QCOMPARE(toString(session.status().state), toString(LinkState::Stopped));

        // A stopped session starts again.
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(toString(session.status().state), toString(LinkState::Online), kWait);
        QCOMPARE(peer.count(wire::HELLO), 2);
        session.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 2, kWait);
    }

    void stopEndsWithinTheBoundWhenThePeerNeverAnswers()
    {
        // A peer that sends its WELCOME and then neither reads nor closes: the BYE and the half-close go
        // unanswered, and the shutdown bound ends the wait.
        asio::io_context io;
        asio::ip::tcp::acceptor acceptor(io, asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
        asio::ip::tcp::socket held(io);
        wire::Welcome welcome;
        welcome.set_server_epoch("epoch-1");
        welcome.set_region(kRegion.toStdString());
        welcome.set_role("dispatcher");
        const std::string frame = encodeFrame(wire::WELCOME, 0, welcome);
        acceptor.async_accept(held, [&](const boost::system::error_code &ec) {
            if (!ec)
                asio::async_write(held, asio::buffer(frame), [](const boost::system::error_code &, std::size_t) {});
        });
        std::thread thread([&io] { io.run(); });

        const QString path = freshPath();
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSettings settings = settingsFor(acceptor.local_endpoint().port());
        settings.idleTimeout = 60s; // only the shutdown bound may end this
        SyncSession session(&service, settings);
        QSignalSpy stopped(&session, &SyncSession::stopped);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(toString(session.status().state), toString(LinkState::Online), kWait);
        session.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kWait);
        QCOMPARE(toString(session.status().state), toString(LinkState::Stopped));
        io.stop();
        thread.join();
    }

    void insecureModeRefusesOtherHosts()
    {
        const QString path = freshPath();
        StoreService service(path, kSite);
        QVERIFY(startService(service));
        SyncSettings settings = settingsFor(9);
        settings.host = QStringLiteral("192.0.2.10"); // TEST-NET-1: not loopback
        SyncSession session(&service, settings);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(toString(session.status().state), toString(LinkState::Refused), kWait);
        QVERIFY2(session.status().detail.contains(QLatin1String("192.0.2.10")), qPrintable(session.status().detail));
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }

    void tlsPinnedUntrustedAndTrusted()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed");
        QTemporaryDir certs;
        QVERIFY(certs.isValid());
        const QString cert = certs.filePath(QStringLiteral("server.pem"));
        const QString key = certs.filePath(QStringLiteral("server.key"));
        QProcess make;
        make.start(openssl,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=lintas test server"),
                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(make.waitForFinished(30'000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
        std::string error;
        const QByteArray fingerprint = certificateFingerprintOfFile(cert, &error);
        QVERIFY2(fingerprint.size() == 32, error.c_str());

        asio::ssl::context serverTls(asio::ssl::context::tls_server);
        QVERIFY2(configureServerContext(serverTls, cert, key, &error), error.c_str());
        TestPeer peer(welcomeOnly, &serverTls);
        const QString path = freshPath();
        StoreService service(path, kSite);
        QVERIFY(startService(service));

        SyncSettings settings = settingsFor(peer.port());
        settings.insecureLoopback = false;

        // Nothing trusted yet: the desk shows the fingerprint and waits for the operator.
        {
            SyncSession session(&service, settings);
            QSignalSpy untrusted(&session, &SyncSession::certificateUntrusted);
            session.start();
            QTRY_COMPARE_WITH_TIMEOUT(untrusted.size(), 1, kWait);
            QCOMPARE(untrusted.first().at(0).toString(), QStringLiteral("127.0.0.1"));
            QCOMPARE(untrusted.first().at(1).toByteArray(), fingerprint);
            QCOMPARE(toString(session.status().state), toString(LinkState::Refused));
            QVERIFY(session.status().detail.contains(formatFingerprint(fingerprint)));
            QCOMPARE(peer.count(wire::HELLO), 0);
            // The operator accepts it.
            session.trustFingerprint(fingerprint);
            QTRY_COMPARE_WITH_TIMEOUT(toString(session.status().state), toString(LinkState::Online), kWait);
            QCOMPARE(peer.count(wire::HELLO), 1);
            session.stop();
            QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
        }
        // Pinned from the start, and trusted through the CA file (the certificate is its own CA here).
        for (const bool pinned : {true, false}) {
            SyncSettings trusted = settings;
            if (pinned)
                trusted.tls.pinnedSha256 = fingerprint;
            else
                trusted.tls.caFile = cert;
            SyncSession session(&service, trusted);
            session.start();
            QTRY_COMPARE_WITH_TIMEOUT(toString(session.status().state), toString(LinkState::Online), kWait);
            session.stop();
            QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
        }
        // A pin of another certificate is not this one.
        SyncSettings wrong = settings;
        wrong.tls.pinnedSha256 = QByteArray(32, '\x5a');
        SyncSession session(&service, wrong);
        QSignalSpy untrusted(&session, &SyncSession::certificateUntrusted);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(untrusted.size(), 1, kWait);
        QCOMPARE(toString(session.status().state), toString(LinkState::Refused));
        session.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), kWait);
    }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "tst_syncsession.moc"
