#include "sqlserverstore.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include "core/uuidv7.h"
#include "passwords.h"
#include "regionchainverifier.h"
#include "store/sqlconnection.h"
#include "sync/chain.h"

namespace lintas::server {
namespace {

Q_LOGGING_CATEGORY(lcServerStore, "lintas.server")

// Version 1: the tables below. A later version adds a migration step; a database newer than this build is
// refused rather than guessed at.
constexpr int kSchemaVersion = 1;
constexpr int kMaxFailedLogins = 5;
constexpr qint64 kLockoutMs = 15LL * 60 * 1000;
// The breadcrumb trail: one point per unit per 30 s or 100 m moved, kept for a day.
constexpr qint64 kTrailIntervalMs = 30 * 1000;
constexpr double kTrailDistanceM = 100.0;
constexpr qint64 kTrailRetentionMs = 24LL * 60 * 60 * 1000;
// verifyChain reads the log in pages, so a long log never sits in memory at once.
constexpr int kVerifyPage = 2000;
// PostgreSQL: an advisory lock key that serialises initialize() of several processes on one database.
constexpr qint64 kSchemaLockKey = 0x4c696e746173; // "Lintas"

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
qint64 toSql(quint64 value)
{
    return static_cast<qint64>(value);
}
quint64 fromSql(const QVariant &value)
{
    return static_cast<quint64>(std::max<qint64>(0, value.toLongLong()));
}

// Everything that differs between SQLite and PostgreSQL, in one place.
struct Dialect
{
    SqlBackend backend;

    bool isSqlite() const { return backend == SqlBackend::Sqlite; }
    QString blob() const { return isSqlite() ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"); }
    QString autoId() const
    {
        return isSqlite() ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                          : QStringLiteral("BIGSERIAL PRIMARY KEY");
    }
    QString greatest(const QString &a, const QString &b) const
    {
        return QStringLiteral("%1(%2, %3)").arg(isSqlite() ? QStringLiteral("MAX") : QStringLiteral("GREATEST"), a, b);
    }
    // SQLite takes the database's single write lock at BEGIN IMMEDIATE, so a transaction never fails half-way
    // on SQLITE_BUSY; PostgreSQL locks rows as it goes (lockHead).
    QString beginWrite() const { return isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"); }
    // One consistent view over several statements, for a backup.
    QString beginSnapshot() const
    {
        return isSqlite() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
    QString lockHead() const
    {
        return isSqlite() ? QStringLiteral("SELECT seq, hash FROM region_head WHERE region = ?")
                          : QStringLiteral("SELECT seq, hash FROM region_head WHERE region = ? FOR UPDATE");
    }
    QString tableExists() const
    {
        return isSqlite() ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
                          : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                           "WHERE table_schema = current_schema() AND table_name = ?");
    }
    // INSERT … ON CONFLICT: both speak it (SQLite since 3.24); kept here so that a third dialect has one place
    // to differ.
    QString upsert(const QString &table, const QStringList &keys, const QStringList &columns, const QStringList &update,
                   const QString &onlyIf = QString()) const
    {
        QStringList sets;
        for (const QString &column : update)
            sets.append(QStringLiteral("%1 = excluded.%1").arg(column));
        QString sql =
            insertPrefix(table, columns) + QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
                                               .arg(keys.join(QLatin1String(", ")), sets.join(QLatin1String(", ")));
        if (!onlyIf.isEmpty())
            sql += QStringLiteral(" WHERE ") + onlyIf;
        return sql;
    }
    QString insertIgnore(const QString &table, const QStringList &keys, const QStringList &columns) const
    {
        return insertPrefix(table, columns) +
               QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(keys.join(QLatin1String(", ")));
    }
    static QString insertPrefix(const QString &table, const QStringList &columns)
    {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
    }
    // site_state(site_id) keeps the largest client seq ever answered; concurrent sessions only ever raise it.
    QString raiseHighWater() const
    {
        return insertPrefix(QStringLiteral("site_state"), {QStringLiteral("site_id"), QStringLiteral("high_water")}) +
               QStringLiteral(" ON CONFLICT (site_id) DO UPDATE SET high_water = ") +
               greatest(QStringLiteral("site_state.high_water"), QStringLiteral("excluded.high_water"));
    }
    // After rows were copied in with their ids, PostgreSQL's id sequence must move past them.
    QStringList afterCopy() const
    {
        if (isSqlite())
            return {};
        return {QStringLiteral("SELECT setval(pg_get_serial_sequence('audit', 'id'), "
                               "COALESCE((SELECT MAX(id) FROM audit), 0) + 1, false)")};
    }
};

// The schema, in creation order; {blob} and {id} stand for the dialect's binary column and auto-increment id.
const QStringList &schemaStatements()
{
    static const QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS accounts (name TEXT PRIMARY KEY, display_name TEXT NOT NULL, "
                       "role TEXT NOT NULL, scope TEXT NOT NULL, password_hash TEXT NOT NULL, "
                       "disabled INTEGER NOT NULL DEFAULT 0, failed_logins INTEGER NOT NULL DEFAULT 0, "
                       "locked_until_ms BIGINT NOT NULL DEFAULT 0, created_ms BIGINT NOT NULL)"),
        // Only a digest of each token: a copy of the database does not open anyone's session.
        QStringLiteral("CREATE TABLE IF NOT EXISTS sessions (token_digest TEXT PRIMARY KEY, account TEXT NOT NULL, "
                       "created_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS sessions_by_account ON sessions (account)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS region_head (region TEXT PRIMARY KEY, seq BIGINT NOT NULL, "
                       "hash {blob})"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS region_log (region TEXT NOT NULL, seq BIGINT NOT NULL, "
                       "op_id TEXT NOT NULL UNIQUE, site_id TEXT NOT NULL, client_seq BIGINT NOT NULL, "
                       "actor TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, kind TEXT NOT NULL, "
                       "body {blob} NOT NULL, hash {blob} NOT NULL, received_ms BIGINT NOT NULL, "
                       "PRIMARY KEY (region, seq))"),
        // A record's own entries (a case's Create, for its number in void messages), without a scan of the log.
        QStringLiteral("CREATE INDEX IF NOT EXISTS region_log_by_entity ON region_log (entity_id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS entity_scope (entity_id TEXT PRIMARY KEY, "
                       "station_code TEXT NOT NULL, region TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS site_state (site_id TEXT PRIMARY KEY, high_water BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rejections (op_id TEXT PRIMARY KEY, site_id TEXT NOT NULL, "
                       "client_seq BIGINT NOT NULL, code TEXT NOT NULL, reason TEXT NOT NULL, at_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit (id {id}, at_ms BIGINT NOT NULL, event TEXT NOT NULL, "
                       "actor TEXT NOT NULL, peer TEXT NOT NULL, detail TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_by_time ON audit (at_ms)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS positions_latest (unit_id TEXT PRIMARY KEY, region TEXT NOT NULL, "
                       "callsign TEXT NOT NULL, latitude DOUBLE PRECISION NOT NULL, "
                       "longitude DOUBLE PRECISION NOT NULL, heading_deg DOUBLE PRECISION NOT NULL, "
                       "speed_kmh DOUBLE PRECISION NOT NULL, accuracy_m DOUBLE PRECISION NOT NULL, "
                       "at_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS positions_latest_by_region ON positions_latest (region)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS positions_trail (unit_id TEXT NOT NULL, at_ms BIGINT NOT NULL, "
                       "region TEXT NOT NULL, latitude DOUBLE PRECISION NOT NULL, "
                       "longitude DOUBLE PRECISION NOT NULL, heading_deg DOUBLE PRECISION NOT NULL, "
                       "speed_kmh DOUBLE PRECISION NOT NULL, accuracy_m DOUBLE PRECISION NOT NULL, "
                       "PRIMARY KEY (unit_id, at_ms))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS positions_trail_by_time ON positions_trail (at_ms)"),
    };
    return statements;
}

// The tables a backup carries, with their columns and the order that makes a copy deterministic. The meta
// table is not among them: the copy gets its own version row and a new epoch.
struct TableSpec
{
    const char *name;
    const char *columns;
    const char *orderBy;
};
constexpr TableSpec kCopiedTables[] = {
    {"accounts", "name, display_name, role, scope, password_hash, disabled, failed_logins, locked_until_ms, created_ms",
     "name"},
    {"sessions", "token_digest, account, created_ms, expires_ms", "token_digest"},
    {"region_head", "region, seq, hash", "region"},
    {"region_log", "region, seq, op_id, site_id, client_seq, actor, entity, entity_id, kind, body, hash, received_ms",
     "region, seq"},
    {"entity_scope", "entity_id, station_code, region", "entity_id"},
    {"site_state", "site_id, high_water", "site_id"},
    {"rejections", "op_id, site_id, client_seq, code, reason, at_ms", "op_id"},
    {"audit", "id, at_ms, event, actor, peer, detail", "id"},
    {"positions_latest", "unit_id, region, callsign, latitude, longitude, heading_deg, speed_kmh, accuracy_m, at_ms",
     "unit_id"},
    {"positions_trail", "unit_id, at_ms, region, latitude, longitude, heading_deg, speed_kmh, accuracy_m",
     "unit_id, at_ms"},
};

// BEGIN on construction (in the dialect's flavour), ROLLBACK on scope exit unless commit() ran. Throws
// SqlFailure, as the store's helpers do; the public methods catch it.
class SqlTransaction
{
public:
    SqlTransaction(const QSqlDatabase &db, const QString &begin) : m_db(db)
    {
        SqlConnection::exec(m_db, begin);
        m_active = true;
    }
    ~SqlTransaction()
    {
        if (!m_active)
            return;
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcServerStore) << "rollback failed:" << query.lastError().text();
    }
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    void commit()
    {
        SqlConnection::exec(m_db, QStringLiteral("COMMIT"));
        m_active = false;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// Qt binds a null QString as SQL NULL; the store's text columns are NOT NULL and mean "" by an empty string.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = SqlConnection::prepare(db, sql);
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    SqlConnection::exec(query);
    return query;
}

void rebind(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, bindable(values.at(i)));
    SqlConnection::exec(query);
}

Account accountFrom(const QSqlQuery &query)
{
    // Columns: name, display_name, role, scope, disabled, failed_logins, locked_until_ms.
    Account account;
    account.name = query.value(0).toString();
    account.displayName = query.value(1).toString();
    account.role = roleFromString(query.value(2).toString());
    account.scope = query.value(3).toString();
    account.disabled = query.value(4).toLongLong() != 0;
    account.failedLogins = query.value(5).toInt();
    account.lockedUntilMs = query.value(6).toLongLong();
    return account;
}
const QString kAccountColumns =
    QStringLiteral("name, display_name, role, scope, disabled, failed_logins, locked_until_ms");

sync::UnitPosition positionFrom(const QSqlQuery &query, int first)
{
    // Columns from `first`: unit_id, callsign, latitude, longitude, heading_deg, speed_kmh, accuracy_m, at_ms.
    sync::UnitPosition position;
    position.unitId = QUuid::fromString(query.value(first).toString());
    position.callsign = query.value(first + 1).toString();
    position.latitude = query.value(first + 2).toDouble();
    position.longitude = query.value(first + 3).toDouble();
    position.headingDeg = query.value(first + 4).toDouble();
    position.speedKmh = query.value(first + 5).toDouble();
    position.accuracyM = query.value(first + 6).toDouble();
    position.atMs = query.value(first + 7).toLongLong();
    return position;
}

double distanceM(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthRadiusM = 6371008.8;
    constexpr double kRad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(a)));
}

QString describe(const Change &change)
{
    return QStringLiteral("%1 %2 %3").arg(toString(change.kind), toString(change.entity), uuidText(change.entityId));
}

void insertAudit(const QSqlDatabase &db, const AuditEvent &event)
{
    // A null QString binds as SQL NULL; the columns are NOT NULL, and "no actor" is the empty name.
    const auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    run(db, QStringLiteral("INSERT INTO audit (at_ms, event, actor, peer, detail) VALUES (?, ?, ?, ?, ?)"),
        {event.atMs, text(event.event), text(event.actor), text(event.peer), text(event.detail)});
}

// A case as void messages name it: its number (from its Create in the log) and its id.
QString caseLabel(QSqlQuery &findCreate, const QString &region, const QUuid &caseId)
{
    const QString id = uuidText(caseId);
    rebind(findCreate, {region, id, toString(ChangeKind::Create)});
    QString number;
    if (findCreate.next()) {
        Change create;
        if (sync::parseChainBody(findCreate.value(0).toByteArray(), &create, nullptr, nullptr, nullptr))
            number = create.fields.value(QStringLiteral("number")).toString();
    }
    findCreate.finish();
    return number.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(number, id);
}

// The two-person rule of a void, beyond the role policy (which keeps decisions to supervisors): a decision must
// name a void request of the same case in this region's log, and neither its actor nor the account sending it
// may be that request's actor. Changes carry their actor's name (a gateway relays other people's history), so
// the rule compares names as the desks' fold does. *requester receives the request's actor when it passes.
std::optional<PolicyRefusal> voidRefusal(QSqlQuery &findRequest, const QString &region, const Account &account,
                                         const Change &change, const QString &caseText, QString *requester)
{
    const QString opText = uuidText(change.opId);
    if (change.kind != ChangeKind::VoidDecision)
        return std::nullopt;

    const QString requestText = change.fields.value(QStringLiteral("request_op")).toString();
    const QUuid requestOp = QUuid::fromString(requestText);
    if (requestOp.isNull())
        return PolicyRefusal{QStringLiteral("void_unknown_request"),
                             QCoreApplication::translate(
                                 "ServerStore", "the void decision %1 on case %2 names no request (request_op '%3')")
                                 .arg(opText, caseText, requestText)};
    rebind(findRequest, {region, uuidText(requestOp)});
    if (!findRequest.next()) {
        findRequest.finish();
        return PolicyRefusal{QStringLiteral("void_unknown_request"),
                             QCoreApplication::translate(
                                 "ServerStore",
                                 "the void decision %1 on case %2 names request %3, which the log of region %4 does "
                                 "not hold")
                                 .arg(opText, caseText, uuidText(requestOp), region)};
    }
    const QString actor = findRequest.value(0).toString();
    const QString entity = findRequest.value(1).toString();
    const QString entityId = findRequest.value(2).toString();
    const QString kind = findRequest.value(3).toString();
    findRequest.finish();
    if (entity != toString(EntityKind::Case) || entityId != uuidText(change.entityId) ||
        kind != toString(ChangeKind::VoidRequest))
        return PolicyRefusal{QStringLiteral("void_unknown_request"),
                             QCoreApplication::translate(
                                 "ServerStore",
                                 "the void decision %1 on case %2 names op %3, which is no void request of that case "
                                 "(it is a %4 on %5 %6)")
                                 .arg(opText, caseText, uuidText(requestOp), kind, entity, entityId)};
    if (actor == change.actor || actor == account.name)
        return PolicyRefusal{
            QStringLiteral("void_self_approval"),
            QCoreApplication::translate("ServerStore",
                                        "%1 requested the void of case %2 (request %3) and may not decide it too: a "
                                        "supervisor other than the requester approves or refuses it (op %4)")
                .arg(actor, caseText, uuidText(requestOp), opText)};
    *requester = actor;
    return std::nullopt;
}

bool validUserName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
    });
}

} // namespace

// ---- connection -------------------------------------------------------------------------------------------

SqlServerStore::SqlServerStore(const SqlTarget &target, QString connectionName)
    : m_target(target), m_connectionName(std::move(connectionName))
{
}

SqlServerStore::~SqlServerStore()
{
    SqlConnection::remove(m_connectionName);
}

QSqlDatabase SqlServerStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SqlServerStore::fail(const QString &message, QString *error)
{
    m_lastError = message;
    if (error)
        *error = message;
    return false;
}

std::unique_ptr<SqlServerStore> SqlServerStore::connect(const SqlTarget &target, QString *error)
{
    const bool sqlite = target.backend == SqlBackend::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = tr("cannot open %1: %2").arg(target.displayUrl, why);
        return nullptr;
    };
    if (!QSqlDatabase::isDriverAvailable(driver))
        return refuse(tr("the Qt SQL driver %1 is not installed").arg(driver));

    const QString name = SqlConnection::uniqueName(QStringLiteral("lintas-serverstore"));
    std::unique_ptr<SqlServerStore> store(new SqlServerStore(target, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(target.database);
        if (!sqlite) {
            db.setHostName(target.host);
            db.setPort(target.port);
            db.setUserName(target.user);
            db.setPassword(target.password);
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        }
        if (!db.open())
            return refuse(db.lastError().text());
        try {
            if (sqlite) {
                // Writers queue on the lock instead of failing at once; FULL makes an acknowledged push survive a
                // power cut, which is what the desks rely on when they drop their outbox rows.
                SqlConnection::exec(db, QStringLiteral("PRAGMA busy_timeout = 30000"));
                const QString journal = target.standaloneFile ? QStringLiteral("DELETE") : QStringLiteral("WAL");
                const QString mode =
                    SqlConnection::scalar(db, QStringLiteral("PRAGMA journal_mode = ") + journal).toString();
                if (mode.compare(journal, Qt::CaseInsensitive) != 0)
                    return refuse(tr("the file cannot use journal mode %1 (it reports %2)").arg(journal, mode));
                SqlConnection::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
            } else {
                // CREATE … IF NOT EXISTS reports every existing table as a notice; only warnings matter.
                SqlConnection::exec(db, QStringLiteral("SET client_min_messages TO warning"));
            }
        } catch (const SqlFailure &failure) {
            return refuse(failure.message);
        }
    }
    return store;
}

// ---- schema and epoch -------------------------------------------------------------------------------------

bool SqlServerStore::initialize(QString *error)
{
    m_lastError.clear();
    const Dialect dialect{m_target.backend};
    try {
        const QSqlDatabase db = database();
        SqlTransaction transaction(db, dialect.beginWrite());
        if (!dialect.isSqlite()) // several processes may start at once on one fresh database
            run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kSchemaLockKey});
        QSqlQuery exists = run(db, dialect.tableExists(), {QStringLiteral("meta")});
        if (exists.next() && exists.value(0).toInt() > 0) {
            QSqlQuery version =
                run(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {QStringLiteral("schema_version")});
            if (version.next() && version.value(0).toInt() > kSchemaVersion)
                return fail(tr("%1 holds schema version %2, newer than this lintas-server understands (%3); "
                               "use a newer lintas-server")
                                .arg(m_target.displayUrl)
                                .arg(version.value(0).toInt())
                                .arg(kSchemaVersion),
                            error);
        }
        for (QString statement : schemaStatements())
            SqlConnection::exec(db, statement.replace(QLatin1String("{blob}"), dialect.blob())
                                        .replace(QLatin1String("{id}"), dialect.autoId()));
        const QString insertMeta = dialect.insertIgnore(QStringLiteral("meta"), {QStringLiteral("key")},
                                                        {QStringLiteral("key"), QStringLiteral("value")});
        run(db, insertMeta, {QStringLiteral("schema_version"), QString::number(kSchemaVersion)});
        run(db, insertMeta, {QStringLiteral("epoch"), uuidText(newUuidV7())});
        transaction.commit();
        return true;
    } catch (const SqlFailure &failure) {
        return fail(tr("cannot initialise %1: %2").arg(m_target.displayUrl, failure.message), error);
    }
}

int SqlServerStore::storedSchemaVersion(QString *error)
{
    const Dialect dialect{m_target.backend};
    try {
        const QSqlDatabase db = database();
        QSqlQuery exists = run(db, dialect.tableExists(), {QStringLiteral("meta")});
        if (!exists.next() || exists.value(0).toInt() == 0) {
            fail(tr("it is not a lintas-server database (it has no meta table)"), error);
            return -1;
        }
        exists.finish();
        QSqlQuery version =
            run(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {QStringLiteral("schema_version")});
        bool ok = false;
        const int value = version.next() ? version.value(0).toString().toInt(&ok) : 0;
        if (!ok) {
            fail(tr("it records no schema version"), error);
            return -1;
        }
        return value;
    } catch (const SqlFailure &failure) {
        fail(failure.message, error);
        return -1;
    }
}

QString SqlServerStore::epoch()
{
    m_lastError.clear();
    try {
        QSqlQuery query =
            run(database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {QStringLiteral("epoch")});
        return query.next() ? query.value(0).toString() : QString();
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
        return {};
    }
}

bool SqlServerStore::renewEpoch(QString *error)
{
    m_lastError.clear();
    const Dialect dialect{m_target.backend};
    try {
        const QSqlDatabase db = database();
        SqlTransaction transaction(db, dialect.beginWrite());
        const QString epoch = uuidText(newUuidV7());
        run(db,
            dialect.upsert(QStringLiteral("meta"), {QStringLiteral("key")},
                           {QStringLiteral("key"), QStringLiteral("value")}, {QStringLiteral("value")}),
            {QStringLiteral("epoch"), epoch});
        insertAudit(db, {nowMs(), QStringLiteral("epoch_renewed"), QString(), QString(),
                         tr("the log's epoch is now %1").arg(epoch)});
        transaction.commit();
        return true;
    } catch (const SqlFailure &failure) {
        return fail(tr("cannot renew the epoch of %1: %2").arg(m_target.displayUrl, failure.message), error);
    }
}

// ---- accounts ---------------------------------------------------------------------------------------------

bool SqlServerStore::addUser(const Account &account, const QString &password, QString *error)
{
    m_lastError.clear();
    if (!validUserName(account.name))
        return fail(tr("user name '%1' is not valid: use 1 to 64 letters, digits, '.', '_' or '-'").arg(account.name),
                    error);
    if (!StationDirectory::builtIn().byCode(account.scope))
        return fail(tr("scope '%1' of user %2 is not a station code from the catalogue (such as PMJ or JAKPUS)")
                        .arg(account.scope, account.name),
                    error);
    if (password.isEmpty())
        return fail(tr("the password of user %1 is empty").arg(account.name), error);
    QString hashError;
    const QString hash = Passwords::hash(password, &hashError);
    if (hash.isEmpty())
        return fail(tr("cannot hash the password of user %1: %2").arg(account.name, hashError), error);

    const Dialect dialect{m_target.backend};
    try {
        const QSqlDatabase db = database();
        SqlTransaction transaction(db, dialect.beginWrite());
        QSqlQuery existing = run(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE name = ?"), {account.name});
        if (existing.next() && existing.value(0).toInt() > 0)
            return fail(tr("user %1 already exists").arg(account.name), error);
        const qint64 now = nowMs();
        run(db,
            QStringLiteral("INSERT INTO accounts (name, display_name, role, scope, password_hash, disabled, "
                           "failed_logins, locked_until_ms, created_ms) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?)"),
            {account.name, account.displayName, toString(account.role), account.scope, hash, account.disabled ? 1 : 0,
             now});
        insertAudit(db, {now, QStringLiteral("user_added"), QString(), QString(),
                         tr("user %1 (%2, %3) added").arg(account.name, toString(account.role), account.scope)});
        transaction.commit();
        return true;
    } catch (const SqlFailure &failure) {
        return fail(tr("cannot add user %1: %2").arg(account.name, failure.message), error);
    }
}

bool SqlServerStore::setPassword(const QString &name, const QString &password, QString *error)
{
    m_lastError.clear();
    if (password.isEmpty())
        return fail(tr("the password of user %1 is empty").arg(name), error);
    QString hashError;
    const QString hash = Passwords::hash(password, &hashError);
    if (hash.isEmpty())
        return fail(tr("cannot hash the password of user %1: %2").arg(name, hashError), error);
    const Dialect dialect{m_target.backend};
    try {
        const QSqlDatabase db = database();
        SqlTransaction transaction(db, dialect.beginWrite());
        // A new password also lifts a lockout and ends the sessions opened with the old one.
        QSqlQuery update = run(db,
                               QStringLiteral("UPDATE accounts SET password_hash = ?, failed_logins = 0, "
                                              "locked_until_ms = 0 WHERE name = ?"),
                               {hash, name});
        if (update.numRowsAffected() < 1)
            return fail(tr("there is no user %1").arg(name), error);
        run(db, QStringLiteral("DELETE FROM sessions WHERE account = ?"), {name});
        insertAudit(db, {nowMs(), QStringLiteral("password_changed"), QString(), QString(),
                         tr("password of user %1 changed").arg(name)});
        transaction.commit();
        return true;
    } catch (const SqlFailure &failure) {
        return fail(tr("cannot change the password of user %1: %2").arg(name, failure.message), error);
    }
}

bool SqlServerStore::setDisabled(const QString &name, bool disabled, QString *error)
{
    m_lastError.clear();
    const Dialect dialect{m_target.backend};
    try {
        const QSqlDatabase db = database();
        SqlTransaction transaction(db, dialect.beginWrite());
        QSqlQuery update =
            run(db, QStringLiteral("UPDATE accounts SET disabled = ? WHERE name = ?"), {disabled ? 1 : 0, name});
        if (update.numRowsAffected() < 1)
            return fail(tr("there is no user %1").arg(name), error);
        if (disabled)
            run(db, QStringLiteral("DELETE FROM sessions WHERE account = ?"), {name});
        insertAudit(db,
                    {nowMs(), disabled ? QStringLiteral("user_disabled") : QStringLiteral("user_enabled"), QString(),
                     QString(), disabled ? tr("user %1 disabled").arg(name) : tr("user %1 enabled").arg(name)});
        transaction.commit();
        return true;
    } catch (const SqlFailure &failure) {
        return fail(tr("cannot change user %1: %2").arg(name, failure.message), error);
    }
}

QList<Account> SqlServerStore::users()
{
    m_lastError.clear();
    QList<Account> accounts;
    try {
        QSqlQuery query = run(database(), QStringLiteral("SELECT %1 FROM accounts ORDER BY name").arg(kAccountColumns));
        while (query.next())
            accounts.append(accountFrom(query));
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
    }
    return accounts;
}

std::optional<Account> SqlServerStore::user(const QString &name)
{
    m_lastError.clear();
    try {
        QSqlQuery query =
            run(database(), QStringLiteral("SELECT %1 FROM accounts WHERE name = ?").arg(kAccountColumns), {name});
        if (query.next())
            return accountFrom(query);
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
    }
    return std::nullopt;
}

LoginResult SqlServerStore::login(const QString &name, const QString &password, const QString &peer, qint64 now)
{
    m_lastError.clear();
    const Dialect dialect{m_target.backend};
    LoginResult result;
    try {
        const QSqlDatabase db = database();
        std::optional<Account> account;
        QString storedHash;
        {
            QSqlQuery query =
                run(db, QStringLiteral("SELECT %1, password_hash FROM accounts WHERE name = ?").arg(kAccountColumns),
                    {name});
            if (query.next()) {
                account = accountFrom(query);
                storedHash = query.value(7).toString();
            }
        }
        if (!account) {
            Passwords::verifyDummy(password); // as slow as a wrong password: names cannot be probed by timing
            insertAudit(db, {now, QStringLiteral("login_failed"), QString(), peer,
                             tr("login as unknown user '%1' refused").arg(name)});
            result.outcome = LoginResult::Outcome::BadCredentials;
            return result;
        }
        if (account->lockedUntilMs > now) {
            // Not even checked: guesses made during the lockout count for nothing.
            insertAudit(
                db, {now, QStringLiteral("login_failed"), name, peer,
                     tr("login refused: the account is locked until %1")
                         .arg(QDateTime::fromMSecsSinceEpoch(account->lockedUntilMs, Qt::UTC).toString(Qt::ISODate))});
            result.outcome = LoginResult::Outcome::Locked;
            result.lockedUntilMs = account->lockedUntilMs;
            return result;
        }

        // The slow hash runs outside any transaction, so that logins never hold up pushes.
        const bool passwordOk = Passwords::verify(storedHash, password);

        SqlTransaction transaction(db, dialect.beginWrite());
        if (!passwordOk) {
            run(db, QStringLiteral("UPDATE accounts SET failed_logins = failed_logins + 1 WHERE name = ?"), {name});
            QSqlQuery count = run(db, QStringLiteral("SELECT failed_logins FROM accounts WHERE name = ?"), {name});
            const int failures = count.next() ? count.value(0).toInt() : 1;
            insertAudit(db, {now, QStringLiteral("login_failed"), name, peer,
                             tr("wrong password for user %1 (failure %2 in a row)").arg(name).arg(failures)});
            result.outcome = LoginResult::Outcome::BadCredentials;
            if (failures >= kMaxFailedLogins) {
                const qint64 until = now + kLockoutMs;
                run(db, QStringLiteral("UPDATE accounts SET failed_logins = 0, locked_until_ms = ? WHERE name = ?"),
                    {until, name});
                insertAudit(db, {now, QStringLiteral("lockout"), name, peer,
                                 tr("user %1 locked until %2 after %3 failed logins")
                                     .arg(name, QDateTime::fromMSecsSinceEpoch(until, Qt::UTC).toString(Qt::ISODate))
                                     .arg(failures)});
                result.outcome = LoginResult::Outcome::Locked;
                result.lockedUntilMs = until;
            }
            transaction.commit();
            return result;
        }
        if (account->disabled) {
            insertAudit(db, {now, QStringLiteral("login_failed"), name, peer,
                             tr("login refused: user %1 is disabled").arg(name)});
            transaction.commit();
            result.outcome = LoginResult::Outcome::Disabled;
            return result;
        }

        const QString token = Passwords::newToken();
        if (token.isEmpty())
            throw SqlFailure{tr("no random session token could be made")};
        run(db, QStringLiteral("UPDATE accounts SET failed_logins = 0, locked_until_ms = 0 WHERE name = ?"), {name});
        run(db, QStringLiteral("DELETE FROM sessions WHERE expires_ms <= ?"), {now});
        const qint64 expires = now + Passwords::kSessionLifetimeMs;
        run(db,
            QStringLiteral("INSERT INTO sessions (token_digest, account, created_ms, expires_ms) VALUES (?, ?, ?, ?)"),
            {Passwords::tokenDigest(token), name, now, expires});
        insertAudit(db, {now, QStringLiteral("login"), name, peer,
                         tr("user %1 logged in as %2 for %3").arg(name, toString(account->role), account->scope)});
        transaction.commit();

        account->failedLogins = 0;
        account->lockedUntilMs = 0;
        result.outcome = LoginResult::Outcome::Ok;
        result.account = *account;
        result.token = token;
        result.expiresMs = expires;
        return result;
    } catch (const SqlFailure &failure) {
        fail(tr("login of %1 failed on the database: %2").arg(name, failure.message), nullptr);
        qCWarning(lcServerStore) << m_lastError;
        return LoginResult{};
    }
}

std::optional<Account> SqlServerStore::accountForToken(const QString &token, qint64 now)
{
    m_lastError.clear();
    if (token.isEmpty())
        return std::nullopt;
    try {
        QSqlQuery query = run(database(),
                              QStringLiteral("SELECT a.name, a.display_name, a.role, a.scope, a.disabled, "
                                             "a.failed_logins, a.locked_until_ms FROM sessions s "
                                             "JOIN accounts a ON a.name = s.account "
                                             "WHERE s.token_digest = ? AND s.expires_ms > ?"),
                              {Passwords::tokenDigest(token), now});
        if (query.next()) {
            Account account = accountFrom(query);
            if (!account.disabled)
                return account;
        }
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
    }
    return std::nullopt;
}

// ---- the region log ---------------------------------------------------------------------------------------

QList<PushOutcome> SqlServerStore::push(const Account &account, const QString &siteId,
                                        const QList<IncomingChange> &changes, qint64 now)
{
    m_lastError.clear();
    if (changes.isEmpty())
        return {};
    const Dialect dialect{m_target.backend};
    const QString region = poldaOf(account.scope);
    const Actor actor = account.actor();
    QList<PushOutcome> outcomes;
    outcomes.reserve(changes.size());
    try {
        const QSqlDatabase db = database();
        SqlTransaction transaction(db, dialect.beginWrite());

        quint64 headSeq = 0;
        QByteArray headHash;
        if (!region.isEmpty()) {
            // The head row is the lock: created once (racing creators all succeed), then held to COMMIT.
            run(db,
                dialect.insertIgnore(QStringLiteral("region_head"), {QStringLiteral("region")},
                                     {QStringLiteral("region"), QStringLiteral("seq")}),
                {region, 0});
            QSqlQuery head = run(db, dialect.lockHead(), {region});
            if (head.next()) {
                headSeq = fromSql(head.value(0));
                headHash = head.value(1).toByteArray();
            }
        }
        const quint64 firstSeq = headSeq;

        QSqlQuery findLogged = SqlConnection::prepare(db, QStringLiteral("SELECT seq FROM region_log WHERE op_id = ?"));
        QSqlQuery findRejected =
            SqlConnection::prepare(db, QStringLiteral("SELECT code, reason FROM rejections WHERE op_id = ?"));
        QSqlQuery findScope = SqlConnection::prepare(
            db, QStringLiteral("SELECT station_code, region FROM entity_scope WHERE entity_id = ?"));
        QSqlQuery findRequest = SqlConnection::prepare(
            db, QStringLiteral("SELECT actor, entity, entity_id, kind FROM region_log WHERE region = ? AND op_id = ?"));
        QSqlQuery findCreate = SqlConnection::prepare(
            db, QStringLiteral("SELECT body FROM region_log WHERE region = ? AND entity_id = ? AND kind = ? "
                               "ORDER BY seq LIMIT 1"));
        QSqlQuery insertLog = SqlConnection::prepare(
            db,
            QStringLiteral("INSERT INTO region_log (region, seq, op_id, site_id, client_seq, actor, entity, "
                           "entity_id, kind, body, hash, received_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery insertRejection = SqlConnection::prepare(
            db, dialect.insertIgnore(QStringLiteral("rejections"), {QStringLiteral("op_id")},
                                     {QStringLiteral("op_id"), QStringLiteral("site_id"), QStringLiteral("client_seq"),
                                      QStringLiteral("code"), QStringLiteral("reason"), QStringLiteral("at_ms")}));
        const QStringList scopeColumns{QStringLiteral("entity_id"), QStringLiteral("station_code"),
                                       QStringLiteral("region")};
        QSqlQuery setScope = SqlConnection::prepare(
            db, dialect.upsert(QStringLiteral("entity_scope"), {QStringLiteral("entity_id")}, scopeColumns,
                               {QStringLiteral("station_code"), QStringLiteral("region")}));
        QSqlQuery pinScope = SqlConnection::prepare(
            db, dialect.insertIgnore(QStringLiteral("entity_scope"), {QStringLiteral("entity_id")}, scopeColumns));

        quint64 highWater = 0;
        QList<AuditEvent> audits;
        for (const IncomingChange &incoming : changes) {
            const Change &change = incoming.change;
            PushOutcome outcome;
            outcome.opId = change.opId;
            highWater = std::max(highWater, incoming.clientSeq);
            const QString opText = uuidText(change.opId);

            if (change.opId.isNull()) {
                outcome.status = PushOutcome::Status::Rejected;
                outcome.reasonCode = QStringLiteral("malformed");
                outcome.reason = tr("the change (client seq %1) has no op id").arg(incoming.clientSeq);
                audits.append({now, QStringLiteral("change_rejected"), account.name, QString(), outcome.reason});
                outcomes.append(outcome);
                continue;
            }

            rebind(findLogged, {opText});
            if (findLogged.next()) {
                outcome.status = PushOutcome::Status::Duplicate;
                outcome.serverSeq = fromSql(findLogged.value(0));
                findLogged.finish();
                outcomes.append(outcome);
                continue;
            }
            findLogged.finish();

            rebind(findRejected, {opText});
            if (findRejected.next()) {
                outcome.status = PushOutcome::Status::Rejected;
                outcome.reasonCode = findRejected.value(0).toString();
                outcome.reason = findRejected.value(1).toString();
                findRejected.finish();
                outcomes.append(outcome);
                continue;
            }
            findRejected.finish();

            // The station the entity belongs to: a create names it; otherwise what the log has recorded.
            QString knownStation;
            QString knownRegion;
            rebind(findScope, {uuidText(change.entityId)});
            if (findScope.next()) {
                knownStation = findScope.value(0).toString();
                knownRegion = findScope.value(1).toString();
            }
            findScope.finish();
            const QString createdAt = change.kind == ChangeKind::Create
                                          ? change.fields.value(QStringLiteral("station_code")).toString()
                                          : QString();
            // An entity of another region without a recorded station still belongs to that region's Polda. A
            // setting is region-wide and every region has its own under the same id: it belongs to the pushing
            // account's Polda, so only a Polda-wide scope may change it. So does an article of the catalogue
            // (its id follows from its code, the same in every region).
            const bool isRegionWide = change.entity == EntityKind::Setting || change.entity == EntityKind::Article;
            const QString entityStation = isRegionWide              ? region
                                          : !createdAt.isEmpty()    ? createdAt
                                          : !knownStation.isEmpty() ? knownStation
                                                                    : knownRegion;

            std::optional<PolicyRefusal> refusal;
            if (region.isEmpty())
                refusal = PolicyRefusal{QStringLiteral("out_of_scope"),
                                        tr("the account %1 is scoped to %2, which belongs to no Polda's log")
                                            .arg(account.name, account.scope)};
            else
                refusal = refusalFor(actor, change, entityStation);
            const bool isVoid = change.entity == EntityKind::Case &&
                                (change.kind == ChangeKind::VoidRequest || change.kind == ChangeKind::VoidDecision);
            QString caseText;
            QString requester;
            if (!refusal && isVoid) {
                caseText = caseLabel(findCreate, region, change.entityId);
                refusal = voidRefusal(findRequest, region, account, change, caseText, &requester);
            }
            if (refusal) {
                outcome.status = PushOutcome::Status::Rejected;
                outcome.reasonCode = refusal->code;
                outcome.reason = refusal->reason;
                rebind(insertRejection,
                       {opText, siteId, toSql(incoming.clientSeq), refusal->code, refusal->reason, now});
                audits.append({now, QStringLiteral("change_rejected"), account.name, QString(),
                               tr("op %1 (%2) from site %3, client seq %4: %5: %6")
                                   .arg(opText, describe(change), siteId)
                                   .arg(incoming.clientSeq)
                                   .arg(refusal->code, refusal->reason)});
                outcomes.append(outcome);
                continue;
            }

            const quint64 seq = headSeq + 1;
            const QByteArray body = sync::chainBody(change, seq, region);
            const QByteArray hash = sync::chainHash(headHash, body);
            rebind(insertLog,
                   {region, toSql(seq), opText, siteId, toSql(incoming.clientSeq), change.actor,
                    toString(change.entity), uuidText(change.entityId), toString(change.kind), body, hash, now});
            headSeq = seq;
            headHash = hash;

            const QString movedTo = change.fields.value(QStringLiteral("station_code")).toString();
            // A setting's or article's id is shared by every region, so it is never pinned to one. A case's
            // correction (Revise) may move it like a Set.
            const bool mayMove = change.kind == ChangeKind::Create || change.kind == ChangeKind::Set ||
                                 change.kind == ChangeKind::Revise;
            if (!isRegionWide && mayMove && !movedTo.isEmpty())
                rebind(setScope, {uuidText(change.entityId), movedTo, region});
            else if (!isRegionWide) // pins a new entity to this region, so that another Polda cannot claim it later
                rebind(pinScope, {uuidText(change.entityId), QString(), region});

            if (isSupervisorOnly(change))
                audits.append({now, QStringLiteral("privilege_use"), account.name, QString(),
                               tr("%1 %2 used a supervisor's right: op %3 (%4), seq %5")
                                   .arg(toString(account.role), account.name, opText, describe(change))
                                   .arg(seq)});
            if (isVoid) {
                const QString reason = change.fields.value(QStringLiteral("reason")).toString().trimmed();
                if (change.kind == ChangeKind::VoidRequest)
                    audits.append({now, QStringLiteral("void_requested"), account.name, QString(),
                                   tr("%1 requested the void of case %2: %3 (op %4, seq %5)")
                                       .arg(change.actor, caseText, reason, opText)
                                       .arg(seq)});
                else
                    audits.append(
                        {now, QStringLiteral("void_decided"), account.name, QString(),
                         (change.fields.value(QStringLiteral("approve")).toBool()
                              ? tr("%1 approved the void of case %2 requested by %3: %4 (request %5, op %6, seq %7)")
                              : tr("%1 refused the void of case %2 requested by %3: %4 (request %5, op %6, seq %7)"))
                             .arg(change.actor, caseText, requester, reason,
                                  change.fields.value(QStringLiteral("request_op")).toString(), opText)
                             .arg(seq)});
            }
            const QString overrideReason = change.fields.value(QStringLiteral("override_reason")).toString();
            if (change.kind == ChangeKind::Dispatch && !overrideReason.trimmed().isEmpty())
                audits.append({now, QStringLiteral("dispatch_override"), account.name, QString(),
                               tr("%1 dispatched unit %2 to incident %3 instead of the recommended unit %4: %5 "
                                  "(op %6, seq %7)")
                                   .arg(account.name, change.fields.value(QStringLiteral("unit_id")).toString(),
                                        uuidText(change.entityId),
                                        change.fields.value(QStringLiteral("recommended_unit_id")).toString(),
                                        overrideReason.trimmed(), opText)
                                   .arg(seq)});
            outcome.status = PushOutcome::Status::Accepted;
            outcome.serverSeq = seq;
            outcomes.append(outcome);
        }

        if (headSeq != firstSeq)
            run(db, QStringLiteral("UPDATE region_head SET seq = ?, hash = ? WHERE region = ?"),
                {toSql(headSeq), headHash, region});
        run(db, dialect.raiseHighWater(), {siteId, toSql(highWater)});
        for (const AuditEvent &event : std::as_const(audits))
            insertAudit(db, event);
        transaction.commit();
    } catch (const SqlFailure &failure) {
        fail(tr("push of %1 changes from site %2 (user %3) was not stored: %4")
                 .arg(changes.size())
                 .arg(siteId, account.name, failure.message),
             nullptr);
        qCWarning(lcServerStore) << m_lastError;
        return {};
    }
    return outcomes;
}

QList<LogEntry> SqlServerStore::entriesAfter(const QString &region, quint64 afterSeq, int limit)
{
    m_lastError.clear();
    QList<LogEntry> entries;
    try {
        QSqlQuery query = run(database(),
                              QStringLiteral("SELECT seq, client_seq, body, hash FROM region_log "
                                             "WHERE region = ? AND seq > ? ORDER BY seq LIMIT ?"),
                              {region, toSql(afterSeq), std::max(0, limit)});
        while (query.next()) {
            LogEntry entry;
            entry.region = region;
            entry.serverSeq = fromSql(query.value(0));
            entry.clientSeq = fromSql(query.value(1));
            entry.body = query.value(2).toByteArray();
            entry.hash = query.value(3).toByteArray();
            QString error;
            // An unreadable body is still handed out: the desk's chain check then names the entry.
            if (!sync::parseChainBody(entry.body, &entry.change, nullptr, nullptr, &error)) {
                m_lastError = tr("entry %1 of region %2 cannot be read: %3").arg(entry.serverSeq).arg(region, error);
                qCWarning(lcServerStore) << m_lastError;
            }
            entries.append(entry);
        }
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
    }
    return entries;
}

quint64 SqlServerStore::headSeq(const QString &region)
{
    m_lastError.clear();
    try {
        QSqlQuery query = run(database(), QStringLiteral("SELECT seq FROM region_head WHERE region = ?"), {region});
        return query.next() ? fromSql(query.value(0)) : 0;
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
        return 0;
    }
}

QByteArray SqlServerStore::hashAt(const QString &region, quint64 seq)
{
    m_lastError.clear();
    if (seq == 0)
        return {};
    try {
        QSqlQuery query = run(database(), QStringLiteral("SELECT hash FROM region_log WHERE region = ? AND seq = ?"),
                              {region, toSql(seq)});
        return query.next() ? query.value(0).toByteArray() : QByteArray();
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
        return {};
    }
}

quint64 SqlServerStore::highWater(const QString &siteId)
{
    m_lastError.clear();
    try {
        QSqlQuery query =
            run(database(), QStringLiteral("SELECT high_water FROM site_state WHERE site_id = ?"), {siteId});
        return query.next() ? fromSql(query.value(0)) : 0;
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
        return 0;
    }
}

ChainReport SqlServerStore::verifyChain(const QString &region)
{
    m_lastError.clear();
    RegionChainVerifier verifier(region);
    quint64 lastRow = 0;
    try {
        const QSqlDatabase db = database();
        const Dialect dialect{m_target.backend};
        // One snapshot for the whole walk, so that pushes arriving meanwhile do not look like damage.
        SqlTransaction snapshot(db, dialect.beginSnapshot());
        quint64 headSeq = 0;
        QByteArray headHash;
        {
            QSqlQuery head = run(db, QStringLiteral("SELECT seq, hash FROM region_head WHERE region = ?"), {region});
            if (head.next()) {
                headSeq = fromSql(head.value(0));
                headHash = head.value(1).toByteArray();
            }
        }

        // Pages in seq order, each after the last row read (not after the last entry verified: a gap or a row
        // out of place sends the verifier searching the rest of the log).
        QSqlQuery page = SqlConnection::prepare(
            db, QStringLiteral("SELECT seq, op_id, body, hash FROM region_log WHERE region = ? AND seq > ? "
                               "ORDER BY seq LIMIT ?"));
        bool more = true;
        while (more) {
            rebind(page, {region, toSql(lastRow), kVerifyPage});
            int rows = 0;
            while (more && page.next()) {
                ++rows;
                StoredLogRow row;
                row.seq = fromSql(page.value(0));
                row.opId = page.value(1).toString();
                row.body = page.value(2).toByteArray();
                row.hash = page.value(3).toByteArray();
                lastRow = row.seq;
                more = verifier.add(row);
            }
            page.finish();
            if (rows < kVerifyPage)
                break;
        }
        snapshot.commit();
        return verifier.finish(headSeq, headHash);
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
        ChainReport report;
        report.ok = false;
        report.firstBadSeq = lastRow + 1;
        report.problem = tr("the log could not be read after entry %1: %2").arg(lastRow).arg(failure.message);
        return report;
    }
}

QStringList SqlServerStore::regions()
{
    m_lastError.clear();
    QStringList result;
    try {
        QSqlQuery query = run(database(), QStringLiteral("SELECT region FROM region_head ORDER BY region"));
        while (query.next())
            result.append(query.value(0).toString());
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
    }
    return result;
}

// ---- audit ------------------------------------------------------------------------------------------------

void SqlServerStore::audit(const AuditEvent &event)
{
    m_lastError.clear();
    try {
        insertAudit(database(), event);
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
        qCWarning(lcServerStore) << "audit event" << event.event << "not stored:" << failure.message;
    }
}

QList<AuditEvent> SqlServerStore::auditEvents(qint64 sinceMs, int limit)
{
    m_lastError.clear();
    QList<AuditEvent> events;
    try {
        QSqlQuery query = run(database(),
                              QStringLiteral("SELECT at_ms, event, actor, peer, detail FROM audit WHERE at_ms >= ? "
                                             "ORDER BY id LIMIT ?"),
                              {sinceMs, std::max(0, limit)});
        while (query.next())
            events.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString()});
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
    }
    return events;
}

// ---- live positions ---------------------------------------------------------------------------------------

void SqlServerStore::storePositions(const QString &region, const sync::UnitPositions &positions)
{
    m_lastError.clear();
    if (positions.isEmpty())
        return;
    const Dialect dialect{m_target.backend};
    try {
        const QSqlDatabase db = database();
        SqlTransaction transaction(db, dialect.beginWrite());
        const QStringList latestColumns{
            QStringLiteral("unit_id"),   QStringLiteral("region"),     QStringLiteral("callsign"),
            QStringLiteral("latitude"),  QStringLiteral("longitude"),  QStringLiteral("heading_deg"),
            QStringLiteral("speed_kmh"), QStringLiteral("accuracy_m"), QStringLiteral("at_ms")};
        // Latest wins by fix time: a late, older fix never replaces a newer one.
        QSqlQuery upsertLatest = SqlConnection::prepare(
            db, dialect.upsert(QStringLiteral("positions_latest"), {QStringLiteral("unit_id")}, latestColumns,
                               latestColumns.mid(1), QStringLiteral("positions_latest.at_ms <= excluded.at_ms")));
        QSqlQuery lastPoint = SqlConnection::prepare(
            db, QStringLiteral("SELECT at_ms, latitude, longitude FROM positions_trail WHERE unit_id = ? "
                               "ORDER BY at_ms DESC LIMIT 1"));
        QSqlQuery insertPoint = SqlConnection::prepare(
            db, dialect.insertIgnore(
                    QStringLiteral("positions_trail"), {QStringLiteral("unit_id"), QStringLiteral("at_ms")},
                    {QStringLiteral("unit_id"), QStringLiteral("at_ms"), QStringLiteral("region"),
                     QStringLiteral("latitude"), QStringLiteral("longitude"), QStringLiteral("heading_deg"),
                     QStringLiteral("speed_kmh"), QStringLiteral("accuracy_m")}));
        qint64 newest = 0;
        for (const sync::UnitPosition &p : positions) {
            if (p.unitId.isNull())
                continue;
            const QString unit = uuidText(p.unitId);
            newest = std::max(newest, p.atMs);
            rebind(upsertLatest,
                   {unit, region, p.callsign, p.latitude, p.longitude, p.headingDeg, p.speedKmh, p.accuracyM, p.atMs});

            bool keep = true;
            rebind(lastPoint, {unit});
            if (lastPoint.next()) {
                const qint64 lastAt = lastPoint.value(0).toLongLong();
                const double moved =
                    distanceM(lastPoint.value(1).toDouble(), lastPoint.value(2).toDouble(), p.latitude, p.longitude);
                keep = p.atMs > lastAt && (p.atMs - lastAt >= kTrailIntervalMs || moved >= kTrailDistanceM);
            }
            lastPoint.finish();
            if (keep)
                rebind(insertPoint,
                       {unit, p.atMs, region, p.latitude, p.longitude, p.headingDeg, p.speedKmh, p.accuracyM});
        }
        run(db, QStringLiteral("DELETE FROM positions_trail WHERE at_ms < ?"), {newest - kTrailRetentionMs});
        transaction.commit();
    } catch (const SqlFailure &failure) {
        fail(tr("%1 positions of region %2 were not stored: %3").arg(positions.size()).arg(region, failure.message),
             nullptr);
        qCWarning(lcServerStore) << m_lastError;
    }
}

sync::UnitPositions SqlServerStore::latestPositions(const QString &region)
{
    m_lastError.clear();
    sync::UnitPositions positions;
    try {
        QSqlQuery query =
            run(database(),
                QStringLiteral("SELECT unit_id, callsign, latitude, longitude, heading_deg, speed_kmh, "
                               "accuracy_m, at_ms FROM positions_latest WHERE region = ? ORDER BY unit_id"),
                {region});
        while (query.next())
            positions.append(positionFrom(query, 0));
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
    }
    return positions;
}

sync::UnitPositions SqlServerStore::trail(const QUuid &unitId, qint64 sinceMs)
{
    m_lastError.clear();
    sync::UnitPositions positions;
    try {
        QSqlQuery query = run(database(),
                              QStringLiteral("SELECT t.unit_id, COALESCE(l.callsign, ''), t.latitude, t.longitude, "
                                             "t.heading_deg, t.speed_kmh, t.accuracy_m, t.at_ms FROM positions_trail t "
                                             "LEFT JOIN positions_latest l ON l.unit_id = t.unit_id "
                                             "WHERE t.unit_id = ? AND t.at_ms >= ? ORDER BY t.at_ms"),
                              {uuidText(unitId), sinceMs});
        while (query.next())
            positions.append(positionFrom(query, 0));
    } catch (const SqlFailure &failure) {
        fail(failure.message, nullptr);
    }
    return positions;
}

// ---- backup and restore -----------------------------------------------------------------------------------

namespace {

// Copies every table of kCopiedTables from one connection to another, row by row with prepared inserts. The
// caller holds a snapshot on `from` and a write transaction on `to`.
void copyTables(const QSqlDatabase &from, const QSqlDatabase &to)
{
    for (const TableSpec &table : kCopiedTables) {
        const QString name = QString::fromLatin1(table.name);
        const QStringList columns = QString::fromLatin1(table.columns).split(QStringLiteral(", "));
        QSqlQuery read = run(from, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                       .arg(QLatin1String(table.columns), name, QLatin1String(table.orderBy)));
        QSqlQuery write = SqlConnection::prepare(to, Dialect::insertPrefix(name, columns));
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.bindValue(i, read.value(i));
            SqlConnection::exec(write);
        }
    }
}

} // namespace

bool SqlServerStore::backup(const QString &targetFile, QString *error)
{
    m_lastError.clear();
    if (targetFile.isEmpty())
        return fail(tr("no backup file was named"), error);
    if (QFileInfo::exists(targetFile))
        return fail(tr("backup file %1 already exists; name a new file").arg(targetFile), error);
    const QString absolute = QFileInfo(targetFile).absoluteFilePath();
    const Dialect dialect{m_target.backend};
    try {
        if (dialect.isSqlite()) {
            // A consistent snapshot of the live file, written by SQLite itself while pushes go on.
            run(database(), QStringLiteral("VACUUM INTO ?"), {absolute});
        }
    } catch (const SqlFailure &failure) {
        return fail(tr("cannot write backup %1: %2").arg(targetFile, failure.message), error);
    }

    SqlTarget copyTarget;
    copyTarget.backend = SqlBackend::Sqlite;
    copyTarget.database = absolute;
    copyTarget.displayUrl = QStringLiteral("sqlite:") + absolute;
    copyTarget.standaloneFile = true;
    QString openError;
    std::unique_ptr<SqlServerStore> copy = connect(copyTarget, &openError);
    if (!copy)
        return fail(openError, error);
    if (!copy->initialize(&openError))
        return fail(openError, error);

    if (!dialect.isSqlite()) {
        try {
            const QSqlDatabase db = database();
            const QSqlDatabase copyDb = copy->database();
            // Every table as of one moment: REPEATABLE READ holds one snapshot for the whole transaction.
            SqlTransaction snapshot(db, dialect.beginSnapshot());
            SqlTransaction write(copyDb, QStringLiteral("BEGIN IMMEDIATE"));
            copyTables(db, copyDb);
            write.commit();
            snapshot.commit();
        } catch (const SqlFailure &failure) {
            copy.reset();
            QFile::remove(absolute);
            return fail(tr("cannot write backup %1: %2").arg(targetFile, failure.message), error);
        }
    }
    if (!copy->renewEpoch(&openError))
        return fail(openError, error);
    copy.reset();
    audit({nowMs(), QStringLiteral("backup"), QString(), QString(), tr("backup written to %1").arg(absolute)});
    return true;
}

bool SqlServerStore::loadBackup(SqlServerStore &backup, QString *error)
{
    m_lastError.clear();
    QString problem;
    const int version = backup.storedSchemaVersion(&problem);
    if (version < 0)
        return fail(tr("cannot read backup %1: %2").arg(backup.m_target.displayUrl, problem), error);
    if (version != kSchemaVersion)
        return fail(tr("backup %1 has schema version %2; this lintas-server restores version %3")
                        .arg(backup.m_target.displayUrl)
                        .arg(version)
                        .arg(kSchemaVersion),
                    error);
    for (const QString &region : backup.regions()) {
        const ChainReport report = backup.verifyChain(region);
        if (!report.ok)
            return fail(
                tr("backup %1 is damaged in region %2: %3").arg(backup.m_target.displayUrl, region, report.problem),
                error);
    }
    const Dialect dialect{m_target.backend};
    try {
        const QSqlDatabase db = database();
        SqlTransaction transaction(db, dialect.beginWrite());
        QSqlQuery entries = run(db, QStringLiteral("SELECT COUNT(*) FROM region_log"));
        const qint64 count = entries.next() ? entries.value(0).toLongLong() : 0;
        entries.finish();
        if (count > 0)
            return fail(tr("%1 already holds %2 log entries; restore only into a new database")
                            .arg(m_target.displayUrl)
                            .arg(count),
                        error);
        for (const TableSpec &table : kCopiedTables)
            run(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table.name)));
        {
            const QSqlDatabase source = backup.database();
            SqlTransaction snapshot(source, Dialect{backup.m_target.backend}.beginSnapshot());
            copyTables(source, db);
            snapshot.commit();
        }
        for (const QString &statement : dialect.afterCopy())
            run(db, statement);
        const QString epoch = uuidText(newUuidV7());
        run(db, QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"), {epoch, QStringLiteral("epoch")});
        insertAudit(db, {nowMs(), QStringLiteral("restored"), QString(), QString(),
                         tr("restored from %1; the log's epoch is now %2").arg(backup.m_target.displayUrl, epoch)});
        transaction.commit();
        return true;
    } catch (const SqlFailure &failure) {
        return fail(
            tr("cannot restore %1 into %2: %3").arg(backup.m_target.displayUrl, m_target.displayUrl, failure.message),
            error);
    }
}

} // namespace lintas::server
