#pragma once

#include <memory>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "serverstore.h"

namespace lintas::server {

// The two SQL dialects the store speaks. Everything that differs between them (column types, locking, the
// snapshot for a backup, a few functions) sits in the small Dialect helper in sqlserverstore.cpp; the rest of
// the code is one implementation for both.
enum class SqlBackend
{
    Sqlite,
    Postgresql
};

// Where a store's database is, as ServerStore::open parsed it from the URL.
struct SqlTarget
{
    SqlBackend backend = SqlBackend::Sqlite;
    QString database; // SQLite: the file; PostgreSQL: the database name
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString displayUrl; // the URL without its password, for messages
    // A SQLite file written once and read later (a backup): rollback journal instead of WAL, so that the copy
    // is one self-contained file.
    bool standaloneFile = false;
};

// ServerStore over Qt Sql (QSQLITE or QPSQL), one connection per instance, opened in the constructing thread.
//
//   push(batch) ── BEGIN ─┬─ SQLite:     BEGIN IMMEDIATE (the file's one write lock, taken up front)
//                         └─ PostgreSQL: INSERT region_head … ON CONFLICT DO NOTHING;
//                                        SELECT … FROM region_head WHERE region = ? FOR UPDATE
//                  for each change: logged? → duplicate · rejected before? → rejected · refusalFor? → rejected
//                                   otherwise seq = head + 1, body = chainBody, hash = chainHash(head.hash, body)
//                  UPDATE region_head · site_state · audit ── COMMIT ── outcomes
//
// Holding the head row (or the SQLite write lock) from the seq read to COMMIT is what makes server_seq follow
// commit order with no gap a reader could see, also with several server processes on one PostgreSQL database.
class SqlServerStore final : public ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerStore)

public:
    static std::unique_ptr<SqlServerStore> connect(const SqlTarget &target, QString *error);
    ~SqlServerStore() override;
    SqlServerStore(const SqlServerStore &) = delete;
    SqlServerStore &operator=(const SqlServerStore &) = delete;

    // Replaces this (initialised, log-empty) database's contents with the backup's, in one transaction, with a
    // new epoch. The backup's chain is verified first.
    bool loadBackup(SqlServerStore &backup, QString *error);

    QString lastError() override { return m_lastError; }
    bool initialize(QString *error) override;
    QString epoch() override;
    bool renewEpoch(QString *error) override;

    bool addUser(const Account &account, const QString &password, QString *error) override;
    bool setPassword(const QString &name, const QString &password, QString *error) override;
    bool setDisabled(const QString &name, bool disabled, QString *error) override;
    QList<Account> users() override;
    std::optional<Account> user(const QString &name) override;
    LoginResult login(const QString &name, const QString &password, const QString &peer, qint64 nowMs) override;
    std::optional<Account> accountForToken(const QString &token, qint64 nowMs) override;

    QList<PushOutcome> push(const Account &account, const QString &siteId, const QList<IncomingChange> &changes,
                            qint64 nowMs) override;
    QList<LogEntry> entriesAfter(const QString &region, quint64 afterSeq, int limit) override;
    quint64 headSeq(const QString &region) override;
    QByteArray hashAt(const QString &region, quint64 seq) override;
    quint64 highWater(const QString &siteId) override;
    ChainReport verifyChain(const QString &region) override;
    QStringList regions() override;

    void audit(const AuditEvent &event) override;
    QList<AuditEvent> auditEvents(qint64 sinceMs, int limit) override;

    void storePositions(const QString &region, const sync::UnitPositions &positions) override;
    sync::UnitPositions latestPositions(const QString &region) override;
    sync::UnitPositions trail(const QUuid &unitId, qint64 sinceMs) override;

    bool backup(const QString &targetFile, QString *error) override;

private:
    SqlServerStore(const SqlTarget &target, QString connectionName);
    QSqlDatabase database() const;
    // The version recorded in meta, or -1 (with *error) when this is no store of ours.
    int storedSchemaVersion(QString *error);
    bool fail(const QString &message, QString *error);

    SqlTarget m_target;
    QString m_connectionName;
    QString m_lastError;
};

} // namespace lintas::server
