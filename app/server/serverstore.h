#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "core/change.h"
#include "core/roles.h"
#include "sync/wire.h"

namespace lintas::server {

struct Account
{
    QString name;
    QString displayName;
    Role role = Role::Dispatcher;
    QString scope; // station code ("PMJ", "JAKPUS")
    bool disabled = false;
    int failedLogins = 0;
    qint64 lockedUntilMs = 0;
    Actor actor() const { return {name, role, scope}; }
};

struct LoginResult
{
    enum class Outcome
    {
        Ok,
        BadCredentials,
        Locked,
        Disabled
    };
    Outcome outcome = Outcome::BadCredentials;
    Account account;          // for Ok
    QString token;            // for Ok: a random session token
    qint64 expiresMs = 0;     // for Ok
    qint64 lockedUntilMs = 0; // for Locked
};

// A change as a client pushed it.
struct IncomingChange
{
    Change change;
    quint64 clientSeq = 0;
};

struct PushOutcome
{
    enum class Status
    {
        Accepted,
        Duplicate,
        Rejected
    };
    QUuid opId;
    Status status = Status::Rejected;
    quint64 serverSeq = 0; // Accepted, Duplicate
    QString reasonCode;    // Rejected
    QString reason;        // Rejected
};

// One entry of a region's log, as stored.
struct LogEntry
{
    QString region;
    quint64 serverSeq = 0;
    Change change;
    quint64 clientSeq = 0;
    QByteArray body; // chainBody(change, serverSeq, region): the stored bytes
    QByteArray hash; // chainHash(previous hash, body)
};

struct ChainReport
{
    bool ok = true;
    quint64 checked = 0;
    quint64 firstBadSeq = 0; // 0 when ok
    QString problem;         // "entry 1234 was altered: its hash does not match its bytes", "entry 88 is missing", …
};

struct AuditEvent
{
    qint64 atMs = 0;
    QString event; // "login", "login_failed", "lockout", "change_rejected", "privilege_use", "user_added", …
    QString actor; // account name, or "" for an unknown user
    QString peer;  // remote address
    QString detail;
};

// The server's storage, one interface over two backends chosen by URL (the issue's `sqlite:PATH` and
// `postgresql://user:password@host:port/database`), both through Qt Sql. Not thread-safe: one instance
// per thread (the server's database thread), one database connection each. Several server processes may
// share one PostgreSQL database: push() serialises seq assignment with a row lock on the region's head, so
// server_seq follows commit order with no gap ever visible to a reader.
class ServerStore
{
public:
    static std::unique_ptr<ServerStore> open(const QString &url, QString *error);
    virtual ~ServerStore() = default;

    // The URL as it may be shown or logged: the password left out.
    static QString displayUrl(const QString &url);
    // Loads a file written by backup() into targetUrl (a new or initialised database whose region log is
    // empty; its accounts, sessions and other tables are replaced by the backup's) and gives it a new epoch,
    // so that the desks re-send whatever the backup is missing. Call from a thread with no open store on
    // targetUrl.
    static bool restore(const QString &backupFile, const QString &targetUrl, QString *error);

    // Why the last call that could fail did (push() returning an empty list for a non-empty batch, a read
    // coming back empty because of a database error); empty after a success.
    virtual QString lastError() = 0;

    // Creates the schema when missing (and the epoch); idempotent. Refuses a database of a newer schema.
    virtual bool initialize(QString *error) = 0;
    virtual QString epoch() = 0;
    // Gives the log a new epoch: `backup` stamps the copy it writes, so a server restored from it tells the
    // desks to re-send what it lost.
    virtual bool renewEpoch(QString *error) = 0;

    // Accounts. Passwords are hashed with Argon2id (libsodium); never stored or logged in clear.
    virtual bool addUser(const Account &account, const QString &password, QString *error) = 0;
    virtual bool setPassword(const QString &name, const QString &password, QString *error) = 0;
    virtual bool setDisabled(const QString &name, bool disabled, QString *error) = 0;
    virtual QList<Account> users() = 0;
    virtual std::optional<Account> user(const QString &name) = 0;
    // Counts failures; the 5th failure in a row locks the account for 15 minutes (that attempt already answers
    // Locked, with lockedUntilMs) and restarts the count. While locked, the password is not even checked.
    // Writes the audit events ("login", "login_failed", "lockout").
    virtual LoginResult login(const QString &name, const QString &password, const QString &peer, qint64 nowMs) = 0;
    virtual std::optional<Account> accountForToken(const QString &token, qint64 nowMs) = 0;

    // The region log. Each change, in order: already logged → Duplicate; rejected before → Rejected again;
    // refused by the role policy (refusalFor) → Rejected, audited; otherwise appended with the next seq of
    // the actor's region and its chained hash. One transaction for the whole batch; the outcomes are valid
    // only once this returns (after COMMIT). An empty list for a non-empty batch means the transaction failed
    // and nothing was stored (lastError() says why): answer nothing, the client re-sends.
    virtual QList<PushOutcome> push(const Account &account, const QString &siteId, const QList<IncomingChange> &changes,
                                    qint64 nowMs) = 0;
    virtual QList<LogEntry> entriesAfter(const QString &region, quint64 afterSeq, int limit) = 0;
    virtual quint64 headSeq(const QString &region) = 0;
    virtual QByteArray hashAt(const QString &region, quint64 seq) = 0; // empty for seq 0
    // The highest client sequence of this site the server has answered (accepted or rejected).
    virtual quint64 highWater(const QString &siteId) = 0;
    virtual ChainReport verifyChain(const QString &region) = 0;
    virtual QStringList regions() = 0;

    virtual void audit(const AuditEvent &event) = 0;
    virtual QList<AuditEvent> auditEvents(qint64 sinceMs, int limit) = 0;

    // Live positions: the latest per unit, and a breadcrumb trail downsampled to one point per unit per
    // 30 s or 100 m moved, whichever comes first.
    virtual void storePositions(const QString &region, const sync::UnitPositions &positions) = 0;
    virtual sync::UnitPositions latestPositions(const QString &region) = 0;
    virtual sync::UnitPositions trail(const QUuid &unitId, qint64 sinceMs) = 0;

    // A consistent copy of the database, stamped with a new epoch (SQLite: a file; PostgreSQL: a SQLite file
    // holding the same tables, restorable with `lintas-server restore`).
    virtual bool backup(const QString &targetFile, QString *error) = 0;
};

} // namespace lintas::server
