#pragma once

// What the sync fault tests share: the real lintas-server as a child process, headless desks (the sync library
// without widgets), a generator of edits a dispatcher could make, and a canonical digest of a store's tables.
//
//   test thread (event loop)                    children / other threads
//   ServerProcess ── QProcess ──────────────►   lintas-server serve (its own data dir, port 0)
//   HeadlessClient
//     ├ StoreService ── post ───────────────►   store thread (Store)
//     └ SyncSession ── its io thread ───────►   FaultProxy ──► lintas-server
//
// Everything here runs on the test thread, which must keep its event loop turning (waitFor, QTest::qWait):
// the session and the store report back through queued calls.

#include <functional>
#include <memory>
#include <random>

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include "core/changefactory.h"
#include "core/hlc.h"
#include "store/storeservice.h"
#include "sync/syncsession.h"

class QProcess;

namespace lintas::server {
class ServerStore;
}

namespace lintas::fault {

// The run's seed: LINTAS_FAULT_SEED when set, random otherwise; printed either way so a failure can be repeated.
quint64 faultSeed(const char *testName);

// Runs the test thread's event loop until condition() holds or timeoutMs passes; returns condition().
bool waitFor(const std::function<bool()> &condition, int timeoutMs, int stepMs = 10);

// The region every fault test works in: Polda Metro Jaya, and incidents of Polres Jakarta Pusat.
inline const QString kRegion = QStringLiteral("PMJ");

struct ServerAccount
{
    QString name;
    QString role = QStringLiteral("supervisor"); // may do every change the generator makes
    QString scope = QStringLiteral("PMJ");
    QString password;
};

// lintas-server in a temporary data directory, driven through its command line like an operator would.
class ServerProcess
{
public:
    struct Options
    {
        QString dbUrl;    // empty: sqlite in the data directory
        bool tls = false; // false: --insecure-loopback (the clients connect in plain TCP)
    };
    ServerProcess(); // sqlite, plain TCP on loopback
    explicit ServerProcess(Options options);
    ~ServerProcess(); // SIGTERM, then SIGKILL if it does not end within 10 s

    // `init` and `user add`; call once before start().
    bool init(const QList<ServerAccount> &accounts, QString *error);
    bool addUser(const ServerAccount &account, QString *error);

    // `serve` on 127.0.0.1:port (0: any); waits until it prints where it listens.
    bool start(QString *error, quint16 port = 0, int timeoutMs = 30000);
    // Starts again on the port of the last run when that port is free again, else on any port.
    bool restart(QString *error, int timeoutMs = 30000);
    void kill();                           // SIGKILL, and reap
    bool terminate(int timeoutMs = 10000); // SIGTERM; true when it exited cleanly within the time
    bool isRunning() const;
    qint64 pid() const;
    quint16 port() const { return m_port; }

    // One-shot commands on the same data directory. output receives stdout and stderr.
    int run(const QStringList &arguments, QString *output, int timeoutMs = 120000) const;
    bool auditVerify(QString *output) const;
    bool backup(const QString &file, QString *output) const;
    bool restore(const QString &file, QString *output) const;

    const QString &dataDir() const { return m_dataDir; }
    const QString &dbUrl() const { return m_dbUrl; }
    QString caFile() const;   // the agency CA that init made (for TLS clients); empty when not found
    QString serveLog() const; // what the last `serve` printed, for failure messages
    bool tls() const { return m_options.tls; }

    // Client settings for this server (or for a proxy in front of it): short timeouts so that faults are
    // noticed within seconds; backoff base 50 ms, cap 1 s.
    sync::SyncSettings clientSettings(quint16 port, const ServerAccount &account, quint64 jitterSeed) const;

    // Read the region log straight from the database (the server may be running; nothing is written).
    std::unique_ptr<server::ServerStore> openStore(QString *error) const;

private:
    Options m_options;
    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_dbUrl;
    std::unique_ptr<QProcess> m_serve;
    quint16 m_port = 0;
    int m_runs = 0;
};

// A desk without widgets: its own store file, a StoreService and a SyncSession, and a mirror of the incidents
// and units the store reports — what a dispatcher would see on screen.
class HeadlessClient : public QObject
{
    Q_OBJECT
public:
    HeadlessClient(const QString &storePath, const QString &siteId, const sync::SyncSettings &settings,
                   QObject *parent = nullptr);
    ~HeadlessClient() override; // stops the session (bounded) and the store thread

    bool open(QString *error, int timeoutMs = 60000); // starts the store thread; waits for opened()
    void startSync();
    bool stopSync(int timeoutMs = 10000);                 // BYE and the bounded shutdown; waits for stopped()
    void setSettings(const sync::SyncSettings &settings); // before the next startSync()

    StoreService *store() { return &m_store; }
    sync::SyncSession *session() { return m_session.get(); }
    const QString &siteId() const { return m_siteId; }
    const QString &storePath() const { return m_storePath; }
    const QString &user() const { return m_settings.user; }
    ChangeFactory &factory() { return *m_factory; }

    void submit(const ChangeList &changes);
    int committedBatches() const { return m_committed; }
    int pendingBatches() const { return m_submitted - m_committed - m_rejected; } // submitted, not yet answered
    int rejectedBatches() const { return m_rejected; }
    const QString &lastRejection() const { return m_lastRejection; }
    int quarantined() const { return m_quarantined; }

    const QHash<QUuid, Incident> &incidents() const { return m_incidents; }
    const QHash<QUuid, Unit> &units() const { return m_units; }

    // The session's view.
    const sync::SyncStatus &status() const { return m_status; }
    int timesOnline() const { return m_timesOnline; }   // WELCOMEs seen
    int timesDropped() const { return m_timesDropped; } // Online → anything else

    // The store's own view, asked on the store thread (not the session's belief): cursor and outbox.
    struct Progress
    {
        bool known = false;
        quint64 question = 0; // which question this answers; later questions see every earlier commit
        quint64 cursor = 0;
        int outbox = -1;
        QString epoch;
    };
    // Posts a question to the store thread unless one is on its way; returns the latest answer.
    Progress progress();
    // Waits until an answer to a question asked after this call satisfies condition.
    bool waitUntil(const std::function<bool(const Progress &)> &condition, int timeoutMs);
    // Every submitted batch answered and the outbox empty.
    bool waitDrained(int timeoutMs);
    // Drained, and the cursor at least head.
    bool waitSynced(quint64 head, int timeoutMs);

private:
    QString m_storePath;
    QString m_siteId;
    sync::SyncSettings m_settings;
    StoreService m_store;
    std::unique_ptr<sync::SyncSession> m_session;
    HybridClock m_clock;
    std::unique_ptr<ChangeFactory> m_factory;
    bool m_opened = false;
    QString m_openError;
    int m_submitted = 0;
    int m_committed = 0;
    int m_rejected = 0;
    int m_quarantined = 0;
    QString m_lastRejection;
    QHash<QUuid, Incident> m_incidents;
    QHash<QUuid, Unit> m_units;
    sync::SyncStatus m_status;
    int m_timesOnline = 0;
    int m_timesDropped = 0;
    bool m_stopped = false;
    Progress m_progress;
    bool m_asking = false;
    quint64 m_questions = 0;
    QElapsedTimer m_askedAt;
};

// Random actions a dispatcher could take, legal in the state the desk sees when it takes them: new incidents
// and units, field edits, notes, dispatches, unit and incident status moves. Another desk may have moved the
// record meanwhile, so the store (or a replica) may still find a move illegal — that is the point.
class EditGenerator
{
public:
    EditGenerator(HeadlessClient &client, std::mt19937_64 &rng);
    ChangeList next();

private:
    int pick(int n);
    ChangeList newIncident();
    ChangeList newUnit();
    HeadlessClient &m_client;
    std::mt19937_64 &m_rng;
    int m_unitsMade = 0;
};

// A store's tables in a canonical order (change log, incidents, units, notes, assignments, transitions), as
// text and its SHA-256. Local bookkeeping — the outbox, the sync cursor, row ids — is left out: two replicas
// that saw the same changes hold the same digest.
struct StoreDigest
{
    QByteArray sha256;
    QString text;
    int changes = 0; // rows in the change log
    QString error;
};
StoreDigest digestStore(const QString &storePath);
// The first line where two digests differ, for a failure message.
QString firstDifference(const StoreDigest &a, const StoreDigest &b);

// The op ids of one site's changes in a store: all of them, and those the server acknowledged (gone from the
// outbox).
struct SiteOps
{
    QSet<QUuid> all;
    QSet<QUuid> acknowledged;
    QString error;
};
SiteOps siteOps(const QString &storePath, const QString &siteId);

// The region log as the server stores it.
struct ServerLog
{
    QList<QUuid> opIds; // in server_seq order
    quint64 head = 0;
    bool chainOk = false;
    QString chainProblem;
    QString error;
    int duplicates() const; // op ids that occur more than once
    QSet<QUuid> opSet() const { return {opIds.cbegin(), opIds.cend()}; }
};
// The region's newest server_seq (0 when the database cannot be read).
quint64 serverHead(const ServerProcess &server, const QString &region = kRegion);
// verifyChain: also walk the hash chain (chainOk, chainProblem); otherwise chainOk stays false.
ServerLog readServerLog(const ServerProcess &server, bool verifyChain = true, const QString &region = kRegion);

// Pushes changes again over a plain connection of its own, as a desk that lost its acks would, and returns the
// server's answer per change ("accepted", "duplicate", "rejected"). Plain TCP: the server must run with
// --insecure-loopback.
QStringList pushRaw(quint16 port, const ServerAccount &account, const QString &siteId,
                    const QList<OutgoingChange> &changes, QString *error, int timeoutMs = 30000);
// This site's changes from a store file, with their local sequences, for pushRaw.
QList<OutgoingChange> storedChanges(const QString &storePath, const QString &siteId, QString *error);

} // namespace lintas::fault
