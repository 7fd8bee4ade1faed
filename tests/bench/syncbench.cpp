// Suite "sync" (issue 4), against the real lintas-server over TLS on loopback:
//   sync.catchup_100k      a fresh desk pulls 100,000 changes (verifies the chain, applies, commits), beside raw
//                          SQLite inserting the same rows in one transaction — target ≤ 5 s
//   sync.push              one desk's outbox pushed to the server, changes per second
//   sync.fanout_*          2,000 simulated units at 1 Hz fanned out to 20 desk connections: end-to-end latency
//                          (stamped at send, measured at receipt; the desk's own map coalescing not included),
//                          the server's CPU per 1,000 positions received and its resident memory
// Arguments (all optional): the parts to run (catchup, push, fanout; default all), --changes N, --push N,
// --units N, --desks N, --seconds N.

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <thread>
#include <unistd.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>

#include "bench.h"
#include "core/changefactory.h"
#include "core/uuidv7.h"
#include "server/serverstore.h"
#include "store/store.h"
#include "sync/frame.h"
#include "sync/framedlink.h"
#include "sync/tlsconfig.h"
#include "sync/wire.h"
#include "syncharness.h"

namespace lintas::bench {
namespace {

namespace asio = boost::asio;
using fault::ServerAccount;
using fault::ServerProcess;

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "sync: %s\n", qPrintable(message));
}

// Changes as desks make them: a new incident (its Create and narrative note), then two edits.
ChangeList makeChanges(int count, const QString &site)
{
    HybridClock clock;
    ChangeFactory factory(site, QStringLiteral("bench"), &clock);
    ChangeList changes;
    changes.reserve(count + 4);
    for (int i = 0; changes.size() < count; ++i) {
        IncidentDraft draft;
        draft.typeCode = QStringLiteral("kecelakaan");
        draft.stationCode = QStringLiteral("JAKPUS-GAMBIR");
        draft.road = QStringLiteral("Jalan Medan Merdeka Barat");
        draft.landmark = QStringLiteral("Monumen Nasional (Monas)");
        draft.latitude = -6.1754;
        draft.longitude = 106.8272;
        draft.reporterName = QStringLiteral("Budi Santoso");
        draft.lanesTotal = 3;
        draft.narrative =
            QStringLiteral("Tabrakan sepeda motor dan mobil pribadi, satu korban luka ringan (%1).").arg(i);
        QUuid id;
        changes += factory.createIncident(draft, &id);
        changes.append(factory.setIncidentFields(id, {{QStringLiteral("lanes_blocked"), 1}}));
        changes.append(factory.addNote(id, QStringLiteral("Unit tiba di lokasi, arus dialihkan (%1).").arg(i)));
    }
    changes.resize(count);
    return changes;
}

sync::SyncSettings benchSettings(const ServerProcess &server, const ServerAccount &account)
{
    sync::SyncSettings settings = server.clientSettings(server.port(), account, 1);
    // The production link upkeep; only the reconnect delay stays short.
    settings.heartbeat = std::chrono::milliseconds(10'000);
    settings.idleTimeout = std::chrono::milliseconds(30'000);
    settings.clientName = QStringLiteral("lintas-bench");
    return settings;
}

bool startServer(ServerProcess &server, const QList<ServerAccount> &accounts)
{
    QString error;
    if (!server.init(accounts, &error) || !server.start(&error)) {
        fail(error);
        return false;
    }
    return true;
}

// The baseline: the same rows into one plain table, one transaction, the store's pragmas.
double rawInsertMs(const QString &path, const ChangeList &changes)
{
    const QString name = QStringLiteral("bench-sync-raw");
    double ms = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return -1;
        QSqlQuery q(db);
        for (const char *sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                "CREATE TABLE changes (op_id TEXT PRIMARY KEY NOT NULL, site_id TEXT NOT NULL, hlc "
                                "INTEGER NOT NULL, actor TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
                                "kind TEXT NOT NULL, fields TEXT NOT NULL, schema_version INTEGER NOT NULL)"})
            q.exec(QString::fromLatin1(sql));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QElapsedTimer timer;
        timer.start();
        q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        for (const Change &c : changes) {
            insert.bindValue(0, c.opId.toString(QUuid::WithoutBraces));
            insert.bindValue(1, c.siteId);
            insert.bindValue(2, qint64(c.hlc.packed()));
            insert.bindValue(3, c.actor);
            insert.bindValue(4, toString(c.entity));
            insert.bindValue(5, c.entityId.toString(QUuid::WithoutBraces));
            insert.bindValue(6, toString(c.kind));
            insert.bindValue(7, QString::fromUtf8(c.fieldsJson()));
            insert.bindValue(8, c.schemaVersion);
            if (!insert.exec()) {
                fail(insert.lastError().text());
                return -1;
            }
        }
        q.exec(QStringLiteral("COMMIT"));
        ms = double(timer.nsecsElapsed()) / 1e6;
    }
    QSqlDatabase::removeDatabase(name);
    return ms;
}

// --- (a) catch-up -------------------------------------------------------------------------------------------

int catchUp(const QTemporaryDir &dir, int count)
{
    const ServerAccount account{QStringLiteral("bench"), QStringLiteral("supervisor"), QStringLiteral("PMJ"),
                                QStringLiteral("bench-password")};
    ServerProcess server(ServerProcess::Options{QString(), true});
    QString error;
    if (!server.init({account}, &error)) {
        fail(error);
        return 1;
    }
    const ChangeList changes = makeChanges(count, QStringLiteral("bench-source"));
    {
        // The log is filled before anything is timed, straight through the server's storage.
        QElapsedTimer prepare;
        prepare.start();
        std::unique_ptr<server::ServerStore> store = server.openStore(&error);
        if (!store) {
            fail(error);
            return 1;
        }
        server::Account pusher;
        pusher.name = account.name;
        pusher.role = Role::Supervisor;
        pusher.scope = account.scope;
        for (qsizetype at = 0; at < changes.size(); at += 500) {
            QList<server::IncomingChange> batch;
            for (qsizetype i = at; i < std::min<qsizetype>(at + 500, changes.size()); ++i)
                batch.append({changes.at(i), quint64(i + 1)});
            const QList<server::PushOutcome> outcomes =
                store->push(pusher, QStringLiteral("bench-source"), batch, QDateTime::currentMSecsSinceEpoch());
            for (const server::PushOutcome &outcome : outcomes)
                if (outcome.status != server::PushOutcome::Status::Accepted) {
                    fail(QStringLiteral("preparing the log: %1 was not accepted: %2")
                             .arg(outcome.opId.toString(), outcome.reason));
                    return 1;
                }
        }
        std::fprintf(stderr, "sync: %d changes logged in %.1f s (not timed)\n", count,
                     double(prepare.elapsed()) / 1000);
    }
    if (!server.start(&error)) {
        fail(error);
        return 1;
    }

    fault::HeadlessClient desk(dir.filePath(QStringLiteral("catchup.db")), QStringLiteral("bench-desk"),
                               benchSettings(server, account));
    if (!desk.open(&error)) {
        fail(error);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    desk.startSync();
    const bool done = fault::waitFor(
        [&] {
            const auto progress = desk.progress();
            return progress.known && progress.cursor >= quint64(count);
        },
        600'000, 5);
    const double lintasMs = double(timer.nsecsElapsed()) / 1e6;
    desk.stopSync();
    if (!done) {
        fail(QStringLiteral("the desk pulled %1 of %2 changes: %3")
                 .arg(desk.progress().cursor)
                 .arg(count)
                 .arg(desk.status().detail));
        return 1;
    }
    const double rawMs = rawInsertMs(dir.filePath(QStringLiteral("catchup-raw.db")), changes);
    if (rawMs < 0)
        return 1;
    report({QStringLiteral("sync.catchup_%1k").arg(count / 1000), std::round(lintasMs), QStringLiteral("ms"),
            std::round(rawMs), false});
    return 0;
}

// --- (b) push -----------------------------------------------------------------------------------------------

int pushThroughput(const QTemporaryDir &dir, int count)
{
    const ServerAccount account{QStringLiteral("bench"), QStringLiteral("supervisor"), QStringLiteral("PMJ"),
                                QStringLiteral("bench-password")};
    ServerProcess server(ServerProcess::Options{QString(), true});
    if (!startServer(server, {account}))
        return 1;
    const QString path = dir.filePath(QStringLiteral("push.db"));
    const QString site = QStringLiteral("bench-pusher");
    {
        // The outbox fills while the desk is offline (not timed).
        Store store(path, site);
        QString error;
        if (!store.open(&error)) {
            fail(error);
            return 1;
        }
        const ChangeList changes = makeChanges(count, site);
        for (qsizetype at = 0; at < changes.size(); at += 1000) {
            const CommitResult result = store.commitLocal(changes.mid(at, 1000));
            if (!result.ok) {
                fail(result.error);
                return 1;
            }
        }
    }
    fault::HeadlessClient desk(path, site, benchSettings(server, account));
    QString error;
    if (!desk.open(&error)) {
        fail(error);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    desk.startSync();
    const bool done = fault::waitFor(
        [&] {
            const auto progress = desk.progress();
            return progress.known && progress.outbox == 0;
        },
        600'000, 5);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    desk.stopSync();
    if (!done) {
        fail(
            QStringLiteral("%1 changes still in the outbox: %2").arg(desk.progress().outbox).arg(desk.status().detail));
        return 1;
    }
    report({QStringLiteral("sync.push"), std::round(count / seconds), QStringLiteral("ops/s")});
    return 0;
}

// --- (c) fan-out --------------------------------------------------------------------------------------------

struct ProcessSample
{
    double cpuMs = 0;
    double rssMiB = 0;
};

ProcessSample sampleProcess(qint64 pid)
{
    ProcessSample sample;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12) {
            const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
            sample.cpuMs = ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
        }
    }
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                sample.rssMiB = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return sample;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// One TLS connection speaking the protocol directly: a desk that only listens, or the field gateway that sends.
// Lives on the bench's io thread.
class Peer : public std::enable_shared_from_this<Peer>
{
public:
    using OnMessage = std::function<void(Peer &, wire::Envelope &&)>;
    Peer(asio::io_context &io, asio::ssl::context &tls) : m_stream(io, tls) {}

    void connect(quint16 port, const ServerAccount &account, wire::ClientKind kind, OnMessage onMessage)
    {
        m_onMessage = std::move(onMessage);
        auto self = shared_from_this();
        m_stream.next_layer().async_connect(asio::ip::tcp::endpoint(asio::ip::address_v4::loopback(), port),
                                            [self, account, kind](const boost::system::error_code &error) {
                                                if (error)
                                                    return self->failed("connect: " + error.message());
                                                self->m_stream.async_handshake(
                                                    asio::ssl::stream_base::client,
                                                    [self, account, kind](const boost::system::error_code &e) {
                                                        if (e)
                                                            return self->failed("TLS handshake: " + e.message());
                                                        self->started(account, kind);
                                                    });
                                            });
    }
    void send(wire::MessageType type, const google::protobuf::MessageLite &body)
    {
        if (m_link)
            m_link->send(sync::encodeFrame(type, ++m_corr, body));
    }
    void close()
    {
        if (m_link)
            m_link->close("bench done");
    }
    bool welcomed() const { return m_welcomed; }
    const std::string &error() const { return m_error; }

private:
    void failed(const std::string &what) { m_error = what; }
    void started(const ServerAccount &account, wire::ClientKind kind)
    {
        m_link = sync::FramedLink::create(std::move(m_stream));
        auto self = shared_from_this();
        sync::FramedLink::Handlers handlers;
        handlers.onMessage = [self](wire::Envelope &&envelope) {
            if (envelope.type() == wire::WELCOME)
                self->m_welcomed = true;
            else if (envelope.type() == wire::ERROR)
                self->m_error = "ERROR from the server";
            self->m_onMessage(*self, std::move(envelope));
        };
        handlers.onClosed = [self](const std::string &reason) {
            if (self->m_error.empty())
                self->m_error = "closed: " + reason;
        };
        m_link->start(std::move(handlers));
        wire::Hello hello;
        hello.set_protocol_version(sync::kProtocolVersion);
        hello.set_schema_version(kChangeSchemaVersion);
        hello.set_site_id(sync::toStd(QStringLiteral("bench-%1").arg(reinterpret_cast<quintptr>(this))));
        hello.set_user(sync::toStd(account.name));
        hello.set_password(sync::toStd(account.password));
        hello.set_client_name("lintas-bench");
        hello.set_kind(kind);
        send(wire::HELLO, hello);
    }

    sync::TlsStream m_stream;
    std::shared_ptr<sync::FramedLink> m_link;
    OnMessage m_onMessage;
    std::uint64_t m_corr = 0;
    bool m_welcomed = false;
    std::string m_error;
};

double percentile(std::vector<qint64> &values, double p)
{
    if (values.empty())
        return -1;
    const size_t at = std::min(values.size() - 1, size_t(std::ceil(p * double(values.size()))) - 1);
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(at), values.end());
    return double(values[at]);
}

int fanOut(int units, int desks, int seconds)
{
    const ServerAccount deskAccount{QStringLiteral("bench"), QStringLiteral("dispatcher"), QStringLiteral("PMJ"),
                                    QStringLiteral("bench-password")};
    const ServerAccount fieldAccount{QStringLiteral("gateway"), QStringLiteral("field_officer"), QStringLiteral("PMJ"),
                                     QStringLiteral("gateway-password")};
    ServerProcess server(ServerProcess::Options{QString(), true});
    if (!startServer(server, {deskAccount, fieldAccount}))
        return 1;
    asio::ssl::context tls(asio::ssl::context::tls_client);
    std::string tlsError;
    if (!sync::configureClientContext(tls, {server.caFile(), {}, {}}, &tlsError)) {
        fail(QString::fromStdString(tlsError));
        return 1;
    }

    // Everything below runs on one io thread; the main thread only watches the clock.
    asio::io_context io;
    auto work = asio::make_work_guard(io);
    std::atomic<bool> measuring{false};
    std::atomic<qint64> windowStart{0};
    std::vector<qint64> latencies; // io thread only until joined
    latencies.reserve(size_t(units) * size_t(desks) * size_t(seconds + 2));
    std::uint64_t positionsSent = 0;
    std::uint64_t sentAtStart = 0, sentAtEnd = 0;

    std::vector<std::shared_ptr<Peer>> deskPeers;
    for (int i = 0; i < desks; ++i) {
        auto peer = std::make_shared<Peer>(io, tls);
        deskPeers.push_back(peer);
        asio::post(io, [&, peer] {
            peer->connect(server.port(), deskAccount, wire::DESK, [&](Peer &self, wire::Envelope &&envelope) {
                if (envelope.type() == wire::POSITION && measuring.load()) {
                    wire::Positions positions;
                    if (!sync::parseBody(envelope, &positions))
                        return;
                    const qint64 now = nowMs();
                    const qint64 from = windowStart.load();
                    for (const wire::Position &position : positions.positions())
                        if (position.at_ms() >= from)
                            latencies.push_back(now - position.at_ms());
                } else if (envelope.type() == wire::CHANGES) {
                    wire::Changes changes;
                    sync::parseBody(envelope, &changes);
                    wire::ChangesAck ack;
                    ack.set_cursor(changes.changes_size() > 0 ? changes.changes(changes.changes_size() - 1).server_seq()
                                                              : 0);
                    if (changes.changes_size() > 0)
                        self.send(wire::CHANGES_ACK, ack);
                } else if (envelope.type() == wire::PING) {
                    wire::Ping ping;
                    sync::parseBody(envelope, &ping);
                    wire::Pong pong;
                    pong.set_at_ms(ping.at_ms());
                    self.send(wire::PONG, pong);
                }
            });
        });
    }
    auto field = std::make_shared<Peer>(io, tls);
    asio::post(io, [&] { field->connect(server.port(), fieldAccount, wire::FIELD, [](Peer &, wire::Envelope &&) {}); });

    // The fleet: every unit once a second, a tenth of them every 100 ms.
    std::vector<std::string> unitIds, callsigns;
    for (int i = 0; i < units; ++i) {
        unitIds.push_back(newUuidV7().toString(QUuid::WithoutBraces).toStdString());
        callsigns.push_back(QStringLiteral("PMJ-R2-%1").arg(i, 4, 10, QLatin1Char('0')).toStdString());
    }
    asio::steady_timer tick(io);
    int round = 0;
    std::function<void()> sendRound = [&] {
        if (field->welcomed()) {
            wire::Positions batch;
            const qint64 at = nowMs();
            for (int i = round % 10; i < units; i += 10) {
                wire::Position *p = batch.add_positions();
                p->set_unit_id(unitIds[size_t(i)]);
                p->set_callsign(callsigns[size_t(i)]);
                p->set_latitude(-6.2 + 0.0001 * (i % 500) + 0.00001 * round);
                p->set_longitude(106.8 + 0.0001 * (i / 500));
                p->set_speed_kmh(30);
                p->set_at_ms(at);
                p->set_accuracy_m(5);
            }
            field->send(wire::POSITION, batch);
            positionsSent += std::uint64_t(batch.positions_size());
        }
        ++round;
        tick.expires_after(std::chrono::milliseconds(100));
        tick.async_wait([&](const boost::system::error_code &error) {
            if (!error)
                sendRound();
        });
    };
    asio::post(io, sendRound);
    std::thread thread([&] { io.run(); });

    // Warm up until every peer is in, then measure.
    QElapsedTimer warmup;
    warmup.start();
    const auto allIn = [&] {
        if (!field->welcomed())
            return false;
        return std::all_of(deskPeers.cbegin(), deskPeers.cend(), [](const auto &peer) { return peer->welcomed(); });
    };
    while (!allIn() && warmup.elapsed() < 20'000)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const bool ready = allIn();
    std::this_thread::sleep_for(std::chrono::seconds(2));
    ProcessSample before, after;
    if (ready) {
        asio::post(io, [&] { sentAtStart = positionsSent; });
        windowStart = nowMs();
        measuring = true;
        before = sampleProcess(server.pid());
        std::this_thread::sleep_for(std::chrono::seconds(seconds));
        after = sampleProcess(server.pid());
        measuring = false;
        asio::post(io, [&] { sentAtEnd = positionsSent; });
    }
    asio::post(io, [&] {
        tick.cancel();
        field->close();
        for (const auto &peer : deskPeers)
            peer->close();
    });
    work.reset();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    io.stop();
    thread.join();
    if (!ready) {
        std::string why = field->error();
        for (const auto &peer : deskPeers)
            if (why.empty())
                why = peer->error();
        fail(QStringLiteral("not every connection was welcomed within 20 s: %1\n%2")
                 .arg(QString::fromStdString(why), server.serveLog()));
        return 1;
    }
    const double received = double(sentAtEnd - sentAtStart);
    const double delivered = double(latencies.size());
    const double p50 = percentile(latencies, 0.50);
    const double p99 = percentile(latencies, 0.99);
    report({QStringLiteral("sync.fanout_latency_p50"), p50, QStringLiteral("ms")});
    report({QStringLiteral("sync.fanout_latency_p99"), p99, QStringLiteral("ms")});
    report({QStringLiteral("sync.fanout_delivered"), std::round(delivered / seconds), QStringLiteral("positions/s")});
    if (received > 0)
        report({QStringLiteral("sync.fanout_server_cpu_per_1000_positions"),
                std::round((after.cpuMs - before.cpuMs) / (received / 1000.0) * 100) / 100, QStringLiteral("ms")});
    report({QStringLiteral("sync.fanout_server_rss"), std::round(after.rssMiB * 10) / 10, QStringLiteral("MiB")});
    return 0;
}

} // namespace

int runSyncSuite(const QStringList &arguments)
{
    // `lintas-bench sync [catchup] [push] [fanout] [--changes N] …`: the parts named, or all of them.
    const auto wanted = [&](const char *part) {
        const bool any = arguments.contains(QLatin1String("catchup")) || arguments.contains(QLatin1String("push")) ||
                         arguments.contains(QLatin1String("fanout"));
        return !any || arguments.contains(QLatin1String(part));
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    int status = 0;
    if (wanted("catchup"))
        status |= catchUp(dir, option(arguments, QStringLiteral("--changes"), 100'000));
    if (wanted("push"))
        status |= pushThroughput(dir, option(arguments, QStringLiteral("--push"), 20'000));
    if (wanted("fanout"))
        status |=
            fanOut(option(arguments, QStringLiteral("--units"), 2000), option(arguments, QStringLiteral("--desks"), 20),
                   option(arguments, QStringLiteral("--seconds"), 10));
    return status;
}

} // namespace lintas::bench
