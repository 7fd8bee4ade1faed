#include "store.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include "core/statemachine.h"
#include "core/stations.h"
#include "records.h"
#include "reducer.h"
#include "schema.h"
#include "sqlconnection.h"
#include "storelog.h"
#include "transaction.h"

namespace lintas {

Q_LOGGING_CATEGORY(lcStore, "lintas.store")

namespace {

// A local batch refused before COMMIT; the message is translated and names the change.
struct Rejection
{
    QString message;
};

// Checking every page is linear in the file size; above this a quick check (no index cross-check) keeps
// start-up fast on a large store.

// Incident numbers count per Polres and day in Western Indonesia Time.
constexpr int kWibOffsetSeconds = 7 * 3600;

bool isNotADatabase(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("26") || error.text().contains(QLatin1String("not a database"));
}

bool isCorrupt(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("11") || error.text().contains(QLatin1String("malformed"));
}

} // namespace

class Store::Private
{
public:
    explicit Private(Store *owner) : q(owner) {}

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
    QSqlQuery &query(const QString &sql)
    {
        auto it = queries.find(sql);
        if (it == queries.end())
            it = queries.insert(sql, SqlConnection::prepare(db(), sql));
        return it.value();
    }

    bool open(QString *error);
    qint64 fullCheckLimit = 0;
    CommitResult commit(const ChangeList &changes, bool local);
    bool log(const Change &change);
    void validate(const Change &change);
    void number(Change &change);
    void checkTransition(const Change &change, bool after);
    QString recordName(EntityKind entity, const QUuid &id);
    void notify(const Reducer::Effects &effects, bool outboxChanged);
    QString fail(const QString &what) const;

    Store *q;
    QString connectionName;
    std::unique_ptr<Reducer> reducer;
    QHash<QString, QSqlQuery> queries;
};

QString Store::Private::fail(const QString &what) const
{
    return Store::tr("The store %1 cannot be used: %2").arg(QDir::toNativeSeparators(q->m_path), what);
}

bool Store::Private::open(QString *error)
{
    const QString path = q->m_path;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcStore).noquote() << message;
        return false;
    };
    if (info.exists()) {
        if (!info.isFile())
            return failWith(Store::tr("The store %1 is not a file.").arg(shown));
        if (!info.isReadable())
            return failWith(Store::tr("The store %1 cannot be read: permission denied.").arg(shown));
        if (!info.isWritable())
            return failWith(Store::tr("The store %1 cannot be written: permission denied.").arg(shown));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return failWith(Store::tr("The folder %1 for the store cannot be created.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    // Checked before SQLite sees the file: given a file that is not a database, SQLite may discard the -wal
    // beside it, and that journal may be all that is left of the latest commits.
    if (info.exists() && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failWith(Store::tr("The store %1 cannot be read: %2").arg(shown, file.errorString()));
        if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
            return failWith(Store::tr("The file %1 is not a Lintas store: it is not an SQLite database.").arg(shown));
    }

    connectionName = SqlConnection::uniqueName(QStringLiteral("lintas-store"));
    QString openError;
    SqlConnection::open(connectionName, path, SqlConnection::Mode::ReadWrite, &openError);
    if (!openError.isEmpty())
        return failWith(Store::tr("The store %1 cannot be opened: %2").arg(shown, openError));

    // Read-only checks first: nothing is written to a file until it is known to be a sound Lintas store.
    QSqlDatabase database = db();
    QSqlQuery check(database);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        if (isNotADatabase(check.lastError()))
            return failWith(Store::tr("The file %1 is not a Lintas store: it is not an SQLite database.").arg(shown));
        if (isCorrupt(check.lastError()))
            return failWith(Store::tr("The store %1 is damaged: %2").arg(shown, check.lastError().databaseText()));
        return failWith(Store::tr("The store %1 cannot be read: %2").arg(shown, check.lastError().text()));
    }
    check.next();
    const int objects = check.value(0).toInt();
    check.finish();
    if (!check.exec(QStringLiteral("PRAGMA user_version")) || !check.next())
        return failWith(Store::tr("The store %1 cannot be read: %2").arg(shown, check.lastError().text()));
    const int version = check.value(0).toInt();
    check.finish();
    if (version > Schema::kCurrentVersion)
        return failWith(Store::tr("The store %1 was written by a newer version of Lintas (schema version %2; this "
                                  "program knows versions up to %3).")
                            .arg(shown)
                            .arg(version)
                            .arg(Schema::kCurrentVersion));
    if (version == 0 && objects > 0)
        return failWith(Store::tr("The file %1 is an SQLite database but not a Lintas store.").arg(shown));

    // How hard to look. A small store gets the full check. A large one that was closed cleanly (SQLite removes
    // the -wal on a clean close) only gets its size checked against its page count, which catches truncation
    // without reading hundreds of MiB at every start; after a crash it gets the page-reading quick check.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool cleanlyClosed = !wal.exists() || wal.size() == 0;
    if (info.exists() && info.size() > fullCheckLimit && cleanlyClosed) {
        if (!check.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size")) ||
            !check.next())
            return failWith(Store::tr("The store %1 cannot be read: %2").arg(shown, check.lastError().text()));
        const qint64 expected = check.value(0).toLongLong();
        check.finish();
        if (expected != info.size())
            return failWith(Store::tr("The store %1 is damaged: it holds %2 bytes where its pages need %3.")
                                .arg(shown)
                                .arg(info.size())
                                .arg(expected));
    } else {
        if (!check.exec(info.size() <= fullCheckLimit ? QStringLiteral("PRAGMA integrity_check(20)")
                                                       : QStringLiteral("PRAGMA quick_check(20)")))
            return failWith(Store::tr("The store %1 is damaged: the integrity check could not run (%2).")
                                .arg(shown, check.lastError().text()));
        QStringList problems;
        while (check.next())
            problems.append(check.value(0).toString());
        check.finish();
        if (problems != QStringList{QStringLiteral("ok")})
            return failWith(Store::tr("The store %1 is damaged: the integrity check found %2.")
                                .arg(shown, problems.join(QStringLiteral("; "))));
    }

    if (!check.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !check.next() ||
        check.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return failWith(Store::tr("The store %1 cannot be written: %2")
                            .arg(shown, check.lastError().text().isEmpty() ? Store::tr("WAL journal refused")
                                                                           : check.lastError().text()));
    check.finish();
    // FULL: a commit is on disk when COMMIT returns, so what the UI shows survives a power cut.
    check.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    // The writer's working set (recent incidents, their indexes, the FTS segments) stays in memory.
    check.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    {
        Transaction probe(database);
        if (!probe.isActive())
            return failWith(Store::tr("The store %1 cannot be written: %2").arg(shown, probe.errorString()));
    }

    QString migrateError;
    if (!Schema::migrate(database, Schema::kCurrentVersion, &migrateError))
        return failWith(Store::tr("The store %1 could not be upgraded to schema version %2: %3")
                            .arg(shown)
                            .arg(Schema::kCurrentVersion)
                            .arg(migrateError));
    QString gazetteerError;
    if (!Schema::refreshGazetteer(database, &gazetteerError))
        qCWarning(lcStore) << "place search index not refreshed:" << gazetteerError;
    reducer = std::make_unique<Reducer>(connectionName);
    qCDebug(lcStore) << "opened" << path << "schema version" << Schema::kCurrentVersion;
    return true;
}

bool Store::Private::log(const Change &change)
{
    QSqlQuery &insert = query(
        QStringLiteral("INSERT OR IGNORE INTO change_log (op_id, site_id, hlc, actor, entity, entity_id, kind, fields, "
                       "schema_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, Records::idText(change.opId));
    insert.bindValue(1, change.siteId);
    insert.bindValue(2, qint64(change.hlc.packed()));
    insert.bindValue(3, change.actor);
    insert.bindValue(4, toString(change.entity));
    insert.bindValue(5, Records::idText(change.entityId));
    insert.bindValue(6, toString(change.kind));
    insert.bindValue(7, QString::fromUtf8(change.fieldsJson()));
    insert.bindValue(8, change.schemaVersion);
    SqlConnection::exec(insert);
    return insert.numRowsAffected() > 0;
}

QString Store::Private::recordName(EntityKind entity, const QUuid &id)
{
    QSqlQuery &select =
        query(entity == EntityKind::Incident ? QStringLiteral("SELECT number FROM incidents WHERE id = ?")
                                             : QStringLiteral("SELECT callsign FROM units WHERE id = ?"));
    select.bindValue(0, Records::idText(id));
    SqlConnection::exec(select);
    QString name = select.next() ? select.value(0).toString() : QString();
    select.finish();
    return name.isEmpty() ? Records::idText(id) : name;
}

void Store::Private::validate(const Change &change)
{
    const QString what = toString(change.kind);
    const auto reject = [&](const QString &message) { throw Rejection{message}; };
    if (change.opId.isNull() || change.entityId.isNull() || change.hlc.isNull())
        reject(Store::tr("A %1 change lacks its id, its record or its clock.").arg(what));
    QStringList allowed;
    switch (change.kind) {
    case ChangeKind::Create:
    case ChangeKind::Set:
        allowed = change.entity == EntityKind::Incident ? incidentPlainFields() : unitPlainFields();
        if (change.entity == EntityKind::Unit && change.kind == ChangeKind::Create)
            allowed.append(QStringLiteral("status"));
        break;
    case ChangeKind::Transition:
        allowed = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("incident_id")};
        break;
    case ChangeKind::Note:
        allowed = {QStringLiteral("text")};
        if (change.entity != EntityKind::Incident)
            reject(Store::tr("Notes can only be added to incidents."));
        if (change.fields.value(QStringLiteral("text")).toString().trimmed().isEmpty())
            reject(Store::tr("A note on %1 is empty.").arg(recordName(change.entity, change.entityId)));
        break;
    case ChangeKind::Dispatch:
        allowed = {QStringLiteral("unit_id")};
        if (change.entity != EntityKind::Incident ||
            QUuid::fromString(change.fields.value(QStringLiteral("unit_id")).toString()).isNull())
            reject(Store::tr("A dispatch must name an incident and a unit."));
        break;
    }
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
        if (!allowed.contains(it.key()))
            reject(Store::tr("The %1 change on %2 has an unknown field “%3”.")
                       .arg(what, recordName(change.entity, change.entityId), it.key()));
    if (change.fields.contains(QStringLiteral("priority"))) {
        const int priority = change.fields.value(QStringLiteral("priority")).toInt();
        if (priority < 1 || priority > 4)
            reject(Store::tr("Priority must be P1 to P4; %1 is not.").arg(priority));
    }
    if (change.entity == EntityKind::Unit && change.kind == ChangeKind::Create) {
        bool ok = true;
        const QString status = change.fields.value(QStringLiteral("status")).toString();
        if (!status.isEmpty())
            unitStatusFromString(status, &ok);
        if (!ok)
            reject(Store::tr("Unknown unit status “%1”.").arg(status));
    }
}

void Store::Private::number(Change &change)
{
    if (change.entity != EntityKind::Incident || change.kind != ChangeKind::Create ||
        !change.fields.value(QStringLiteral("number")).toString().isEmpty())
        return;
    const QString station = change.fields.value(QStringLiteral("station_code")).toString();
    const auto polres = StationDirectory::builtIn().polresOf(station);
    QString prefix = polres ? polres->code : station.toUpper();
    if (prefix.isEmpty())
        prefix = QStringLiteral("PMJ");
    QDateTime reported =
        QDateTime::fromString(change.fields.value(QStringLiteral("reported_at")).toString(), Qt::ISODateWithMs);
    if (!reported.isValid())
        reported = QDateTime::fromMSecsSinceEpoch(change.hlc.ms(), Qt::UTC);
    const QDate day = reported.toTimeZone(QTimeZone(kWibOffsetSeconds)).date();
    prefix += QLatin1Char('-') + day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-');

    // The highest number of that Polres and day so far; '.' sorts right after '-', bounding the range.
    QSqlQuery &select = query(
        QStringLiteral("SELECT number FROM incidents WHERE number >= ? AND number < ? ORDER BY number DESC LIMIT 1"));
    select.bindValue(0, prefix);
    select.bindValue(1, prefix.chopped(1) + QLatin1Char('.'));
    SqlConnection::exec(select);
    const int last = select.next() ? select.value(0).toString().mid(prefix.size()).toInt() : 0;
    select.finish();
    change.fields.insert(QStringLiteral("number"),
                         prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0')));
}

void Store::Private::checkTransition(const Change &change, bool after)
{
    const QString to = change.fields.value(QStringLiteral("to")).toString();
    const QString name = recordName(change.entity, change.entityId);
    const bool isIncident = change.entity == EntityKind::Incident;
    QSqlQuery &select = query(isIncident ? QStringLiteral("SELECT status, has_create FROM incidents WHERE id = ?")
                                         : QStringLiteral("SELECT status, has_create FROM units WHERE id = ?"));
    select.bindValue(0, Records::idText(change.entityId));
    SqlConnection::exec(select);
    const bool exists = select.next() && select.value(1).toInt() == 1;
    const QString current = exists ? select.value(0).toString() : QString();
    select.finish();
    if (!exists)
        throw Rejection{isIncident ? Store::tr("Incident %1 does not exist.").arg(name)
                                   : Store::tr("Unit %1 does not exist.").arg(name)};

    bool known = false;
    QString fromText, toText;
    bool legal = false;
    if (isIncident) {
        const IncidentStatus target = incidentStatusFromString(to, &known);
        const IncidentStatus from = incidentStatusFromString(current);
        legal = known && isLegalMove(from, target);
        fromText = Records::statusText(from);
        toText = known ? Records::statusText(target) : to;
    } else {
        const UnitStatus target = unitStatusFromString(to, &known);
        const UnitStatus from = unitStatusFromString(current);
        legal = known && isLegalMove(from, target);
        fromText = Records::statusText(from);
        toText = known ? Records::statusText(target) : to;
        if (legal && needsIncident(target) && target == UnitStatus::Dispatched &&
            change.fields.value(QStringLiteral("incident_id")).toString().isEmpty())
            throw Rejection{Store::tr("Unit %1 cannot be dispatched without an incident.").arg(name)};
    }
    if (!after && legal)
        return;
    if (after) {
        // The move was legal where the dispatcher made it, but the replay (hlc order) placed it where it is not.
        QSqlQuery &applied = query(QStringLiteral("SELECT applied, from_actual FROM transitions WHERE op_id = ?"));
        applied.bindValue(0, Records::idText(change.opId));
        SqlConnection::exec(applied);
        const bool ok = applied.next() && applied.value(0).toInt() == 1;
        const QString fromActual = applied.value(1).toString();
        applied.finish();
        if (ok)
            return;
        fromText = isIncident ? Records::statusText(incidentStatusFromString(fromActual))
                              : Records::statusText(unitStatusFromString(fromActual));
    }
    throw Rejection{isIncident ? Store::tr("Incident %1 cannot go from %2 to %3.").arg(name, fromText, toText)
                               : Store::tr("Unit %1 cannot go from %2 to %3.").arg(name, fromText, toText)};
}

CommitResult Store::Private::commit(const ChangeList &changes, bool local)
{
    CommitResult result;
    if (!reducer) {
        result.error = Store::tr("The store is not open.");
        return result;
    }
    Reducer::Effects effects;
    bool outboxChanged = false;
    {
        Transaction transaction(db());
        if (!transaction.isActive()) {
            result.error = fail(transaction.errorString());
            return result;
        }
        try {
            for (Change change : changes) {
                if (local) {
                    validate(change);
                    number(change);
                    if (change.kind == ChangeKind::Transition)
                        checkTransition(change, false);
                }
                if (!log(change))
                    continue; // seen before: the reducer already holds its effect
                if (local) {
                    QSqlQuery &outbox = query(QStringLiteral("INSERT INTO outbox (op_id) VALUES (?)"));
                    outbox.bindValue(0, Records::idText(change.opId));
                    SqlConnection::exec(outbox);
                    outboxChanged = true;
                }
                reducer->apply(change);
                if (local && change.kind == ChangeKind::Transition)
                    checkTransition(change, true);
            }
            reducer->finish();
            if (!transaction.commit())
                throw SqlFailure{transaction.errorString()};
        } catch (const Rejection &rejection) {
            reducer->takeEffects();
            result.error = rejection.message;
            qCInfo(lcStore).noquote() << "batch rejected:" << rejection.message;
            return result;
        } catch (const SqlFailure &failure) {
            reducer->takeEffects();
            result.error = fail(failure.message);
            qCWarning(lcStore).noquote() << "batch failed:" << failure.message;
            return result;
        }
        effects = reducer->takeEffects();
    }
    result.ok = true;
    result.incidentIds = effects.incidents;
    notify(effects, outboxChanged);
    return result;
}

void Store::Private::notify(const Reducer::Effects &effects, bool outboxChanged)
{
    try {
        // The reducer read the records at the end of the batch, inside the transaction.
        for (const Incident &incident : effects.incidentRecords)
            Q_EMIT q->incidentChanged(incident);
        for (const Unit &unit : effects.unitRecords)
            Q_EMIT q->unitChanged(unit);
        for (const IncidentNote &note : effects.notes)
            Q_EMIT q->noteAdded(note);
        QSqlQuery &assignment =
            query(QStringLiteral("SELECT %1 FROM assignments WHERE op_id = ?").arg(Records::assignmentColumns()));
        for (const QUuid &opId : effects.assignments) {
            assignment.bindValue(0, Records::idText(opId));
            SqlConnection::exec(assignment);
            if (assignment.next())
                Q_EMIT q->assignmentChanged(Records::assignment(assignment));
            assignment.finish();
        }
    } catch (const SqlFailure &failure) {
        qCWarning(lcStore).noquote() << "notification after commit failed:" << failure.message;
    }
    if (outboxChanged)
        Q_EMIT q->outboxCountChanged(q->outboxCount());
}

Store::Store(QString path, QString siteId, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_siteId(std::move(siteId))
{
}

Store::~Store()
{
    close();
}

bool Store::open(QString *error)
{
    close();
    d = new Private(this);
    d->fullCheckLimit = m_fullCheckLimit;
    if (d->open(error))
        return true;
    close();
    return false;
}

void Store::setFullCheckLimit(qint64 bytes)
{
    m_fullCheckLimit = bytes;
}

void Store::close()
{
    if (!d)
        return;
    d->reducer.reset();
    d->queries.clear();
    const QString name = d->connectionName;
    delete d;
    d = nullptr;
    if (!name.isEmpty())
        SqlConnection::remove(name);
}

CommitResult Store::commitLocal(const ChangeList &changes)
{
    if (!d)
        return {false, tr("The store is not open."), {}};
    return d->commit(changes, true);
}

CommitResult Store::applyRemote(const ChangeList &changes)
{
    if (!d)
        return {false, tr("The store is not open."), {}};
    return d->commit(changes, false);
}

bool Store::acknowledgePushed(const QList<QUuid> &opIds)
{
    if (!d || !d->reducer)
        return false;
    Transaction transaction(d->db());
    if (!transaction.isActive())
        return false;
    QSqlQuery &remove = d->query(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"));
    for (const QUuid &opId : opIds) {
        remove.bindValue(0, Records::idText(opId));
        if (!remove.exec())
            return false;
    }
    if (!transaction.commit())
        return false;
    Q_EMIT outboxCountChanged(outboxCount());
    return true;
}

int Store::outboxCount() const
{
    if (!d || !d->reducer)
        return 0;
    QSqlQuery q(d->db());
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next() ? q.value(0).toInt() : 0;
}

Hlc Store::lastHlc() const
{
    if (!d || !d->reducer)
        return {};
    QSqlQuery q(d->db());
    return q.exec(QStringLiteral("SELECT max(hlc) FROM change_log")) && q.next()
               ? Hlc::fromPacked(quint64(q.value(0).toLongLong()))
               : Hlc();
}

QString moveDamagedStoreAside(const QString &path, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-") + stamp + QStringLiteral("-%1").arg(n);
    if (!QFile::rename(path, target)) {
        if (error)
            *error = QCoreApplication::translate("Store", "The store %1 could not be moved aside to %2.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target));
        return {};
    }
    // The journal files belong to the damaged file; left behind, SQLite would apply them to a new one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix);
    qCWarning(lcStore) << "moved damaged store" << path << "to" << target;
    return target;
}

} // namespace lintas
