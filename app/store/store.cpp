#include "store.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include "casechecks.h"
#include "casereducer.h"
#include "core/articles.h"
#include "core/auditchain.h"
#include "core/lanes.h"
#include "core/responsetimes.h"
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

const QString kChangeColumns = Records::changeColumns();

Change changeFromRow(const QSqlQuery &row, int first)
{
    return Records::change(row, first);
}

// The meta keys of the sync cursor (schema v3).
const QString kCursorKey = QStringLiteral("sync_cursor");
const QString kEpochKey = QStringLiteral("sync_epoch");
const QString kLastHashKey = QStringLiteral("sync_last_hash");
const QString kLastSyncKey = QStringLiteral("sync_last_ms");
// The highest local sequence that ever left the log for the quarantine: new rows number above it, so that a
// local sequence is never used twice (the server's high-water mark counts refused changes too).
const QString kSeqFloorKey = QStringLiteral("local_seq_floor");
// The desk's audit trail head, "<seq>:<hex hash>", written with every entry (CaseReader::verifyAuditTrail).
const QString kAuditHeadKey = QStringLiteral("audit_head");

// A push carries at most this much change data (attachments travel inside their changes, up to 2 MiB each, and a
// frame holds 4 MiB); a single larger change still goes alone.
constexpr qint64 kPushBatchBytes = 3 * 512 * 1024;

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
    CommitResult commit(const ChangeList &changes, bool local, const SyncCursor *cursor = nullptr);
    bool log(const Change &change);
    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);
    void writeCursor(const SyncCursor &cursor);
    void clearDerivedRows(EntityKind entity, const QUuid &id);
    void reduceAgain(EntityKind entity, const QUuid &id);
    bool hasCreate(EntityKind entity, const QUuid &id);
    void validate(const Change &change);
    void validateSetting(const Change &change);
    void validateCaseChange(const Change &change);
    void validateArticle(const Change &change);
    ChangeList loggedCaseChanges(const QUuid &id);
    const ArticleCatalogue &catalogue();
    void audit(const Change &change);
    void appendAudit(AuditEntry entry);
    QString auditSummary(const Change &change);
    void fillLaneCounts(Change &change);
    void number(Change &change);
    void numberCase(Change &change);
    void checkTransition(const Change &change, bool after);
    QString recordName(EntityKind entity, const QUuid &id);
    void notify(const Reducer::Effects &effects, bool outboxChanged, bool withNotes = true);
    QString fail(const QString &what) const;

    Store *q;
    QString connectionName;
    std::unique_ptr<Reducer> reducer;
    QHash<QString, QSqlQuery> queries;
    quint64 seqFloor = 0; // kSeqFloorKey, read at open
    // The audit trail's head: the last entry's seq and hash, read at open and moved by each committed entry.
    qint64 auditSeq = 0;
    QByteArray auditHead;
    // The catalogue local submissions are checked against (shipped + the store's articles), read when needed.
    std::optional<ArticleCatalogue> articleCatalogue;
    // Numbers given in the batch being committed (cases get their rows only at the end of a batch).
    QHash<QString, int> batchCaseSequences; // prefix → last sequence given
    QHash<QUuid, QString> batchCaseNumbers;
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
    try {
        seqFloor = quint64(meta(kSeqFloorKey).toLongLong());
        // The head is kept apart from the entries, so that entries removed from the end are missed by the
        // verification instead of silently starting the chain again from the shortened log.
        const QString keptHead = meta(kAuditHeadKey);
        if (!keptHead.isEmpty()) {
            auditSeq = keptHead.section(QLatin1Char(':'), 0, 0).toLongLong();
            auditHead = QByteArray::fromHex(keptHead.section(QLatin1Char(':'), 1, 1).toLatin1());
        } else {
            QSqlQuery &head = query(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
            SqlConnection::exec(head);
            if (head.next()) {
                auditSeq = head.value(0).toLongLong();
                auditHead = head.value(1).toByteArray();
            }
            head.finish();
        }
    } catch (const SqlFailure &failure) {
        return failWith(Store::tr("The store %1 cannot be read: %2").arg(shown, failure.message));
    }
    reducer = std::make_unique<Reducer>(connectionName);
    qCDebug(lcStore) << "opened" << path << "schema version" << Schema::kCurrentVersion;
    return true;
}

bool Store::Private::log(const Change &change)
{
    // The rowid is the change's local sequence: one past the newest row, and past every sequence that left the
    // log for the quarantine (SQLite alone would reuse the rowid of a removed last row).
    QSqlQuery &insert = query(QStringLiteral(
        "INSERT OR IGNORE INTO change_log (rowid, op_id, site_id, hlc, actor, entity, entity_id, kind, fields, "
        "schema_version) VALUES (max(?, (SELECT coalesce(max(rowid), 0) FROM change_log)) + 1, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)"));
    insert.bindValue(0, qint64(seqFloor));
    insert.bindValue(1, Records::idText(change.opId));
    insert.bindValue(2, change.siteId);
    insert.bindValue(3, qint64(change.hlc.packed()));
    insert.bindValue(4, change.actor);
    insert.bindValue(5, toString(change.entity));
    insert.bindValue(6, Records::idText(change.entityId));
    insert.bindValue(7, toString(change.kind));
    insert.bindValue(8, QString::fromUtf8(change.fieldsJson()));
    insert.bindValue(9, change.schemaVersion);
    SqlConnection::exec(insert);
    return insert.numRowsAffected() > 0;
}

QString Store::Private::recordName(EntityKind entity, const QUuid &id)
{
    if (entity == EntityKind::Setting)
        return id == responseThresholdsId() ? Store::tr("the response thresholds") : Records::idText(id);
    if (entity == EntityKind::Case && batchCaseNumbers.contains(id))
        return batchCaseNumbers.value(id);
    QSqlQuery &select =
        query(entity == EntityKind::Incident  ? QStringLiteral("SELECT number FROM incidents WHERE id = ?")
              : entity == EntityKind::Case    ? QStringLiteral("SELECT number FROM cases WHERE id = ?")
              : entity == EntityKind::Article ? QStringLiteral("SELECT code FROM articles WHERE id = ?")
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
    if (change.entity == EntityKind::Setting) {
        validateSetting(change);
        return;
    }
    if (change.entity == EntityKind::Case) {
        validateCaseChange(change);
        return;
    }
    if (change.entity == EntityKind::Article) {
        validateArticle(change);
        return;
    }
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
        if (change.entity == EntityKind::Unit) {
            // An arrival recorded from the unit's position says so, and how far from the incident it was.
            allowed << QStringLiteral("source") << QStringLiteral("distance_m");
            const QVariant source = change.fields.value(QStringLiteral("source"));
            if (!source.isNull() && source.toString() != QLatin1String("position"))
                reject(Store::tr("The move of unit %1 names an unknown source “%2”.")
                           .arg(recordName(change.entity, change.entityId), source.toString()));
            bool ok = true;
            const QVariant distance = change.fields.value(QStringLiteral("distance_m"));
            const double metres = distance.isNull() ? 0 : distance.toDouble(&ok);
            if (!ok || metres < 0 || !std::isfinite(metres))
                reject(Store::tr("The move of unit %1 has a distance that is not a length in metres (“%2”).")
                           .arg(recordName(change.entity, change.entityId), distance.toString()));
        }
        break;
    case ChangeKind::Note:
        allowed = {QStringLiteral("text")};
        if (change.entity != EntityKind::Incident)
            reject(Store::tr("Notes can only be added to incidents."));
        if (change.fields.value(QStringLiteral("text")).toString().trimmed().isEmpty())
            reject(Store::tr("A note on %1 is empty.").arg(recordName(change.entity, change.entityId)));
        break;
    case ChangeKind::Dispatch: {
        allowed = {QStringLiteral("unit_id"), QStringLiteral("recommended_unit_id"), QStringLiteral("rank"),
                   QStringLiteral("eta_s"), QStringLiteral("override_reason")};
        const QUuid unitId = QUuid::fromString(change.fields.value(QStringLiteral("unit_id")).toString());
        if (change.entity != EntityKind::Incident || unitId.isNull())
            reject(Store::tr("A dispatch must name an incident and a unit."));
        // Passing over the recommended unit is the dispatcher's call, and the record says why.
        const QUuid recommended =
            QUuid::fromString(change.fields.value(QStringLiteral("recommended_unit_id")).toString());
        if (!recommended.isNull() && recommended != unitId &&
            change.fields.value(QStringLiteral("override_reason")).toString().trimmed().isEmpty())
            reject(Store::tr("Dispatching %1 to %2 instead of the recommended %3: the override of the recommended "
                             "unit needs a reason.")
                       .arg(recordName(EntityKind::Unit, unitId), recordName(EntityKind::Incident, change.entityId),
                            recordName(EntityKind::Unit, recommended)));
        break;
    }
    case ChangeKind::Revise:
    case ChangeKind::Attach:
    case ChangeKind::VoidRequest:
    case ChangeKind::VoidDecision:
    case ChangeKind::View:
        reject(Store::tr("A %1 change applies to cases only, not to %2.")
                   .arg(what, recordName(change.entity, change.entityId)));
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
    if (change.fields.contains(QStringLiteral("lanes"))) {
        QString laneError;
        if (!LaneImpact::fromJson(change.fields.value(QStringLiteral("lanes")).toString(), &laneError))
            reject(Store::tr("The lanes of incident %1 cannot be read: %2")
                       .arg(recordName(change.entity, change.entityId), laneError));
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

// A setting: the response thresholds record only, by its fixed id, as a Create or a Set whose values, over the
// ones the store holds, still make a sound set of thresholds.
void Store::Private::validateSetting(const Change &change)
{
    const auto reject = [&](const QString &message) { throw Rejection{message}; };
    if (change.entityId != responseThresholdsId())
        reject(Store::tr("The setting %1 is not one this program knows.").arg(Records::idText(change.entityId)));
    if (change.kind != ChangeKind::Create && change.kind != ChangeKind::Set)
        reject(
            Store::tr("The response thresholds take create and set changes only, not %1.").arg(toString(change.kind)));
    QVariantMap merged = Records::responseThresholds(db()).toFields();
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        if (it.key() == QLatin1String("station_code"))
            continue;
        if (!merged.contains(it.key()))
            reject(Store::tr("The change of the response thresholds has an unknown field “%1”.").arg(it.key()));
        merged.insert(it.key(), it.value());
    }
    if (change.kind == ChangeKind::Create && change.fields.value(QStringLiteral("station_code")).toString().isEmpty())
        reject(Store::tr("The response thresholds must name the Polda they apply to (station_code)."));
    QString error;
    if (!ResponseThresholds::fromFields(merged, &error))
        reject(Store::tr("The response thresholds cannot be saved: %1").arg(error));
}

// A case change made on this desk (CaseChecks), against what the log holds of the case.
void Store::Private::validateCaseChange(const Change &change)
{
    const QString refusal =
        CaseChecks::checkCase(change, loggedCaseChanges(change.entityId), recordName(EntityKind::Case, change.entityId),
                              [this]() -> const ArticleCatalogue & { return catalogue(); });
    if (!refusal.isEmpty())
        throw Rejection{refusal};
}

void Store::Private::validateArticle(const Change &change)
{
    const QString refusal = CaseChecks::checkArticle(change, recordName(EntityKind::Article, change.entityId));
    if (!refusal.isEmpty())
        throw Rejection{refusal};
}

ChangeList Store::Private::loggedCaseChanges(const QUuid &id)
{
    return loadCaseChanges(query(caseChangesSql()), Records::idText(id));
}

const ArticleCatalogue &Store::Private::catalogue()
{
    if (!articleCatalogue) {
        QList<Article> stored;
        QSqlQuery &select = query(QStringLiteral("SELECT fields, version FROM articles"));
        SqlConnection::exec(select);
        while (select.next()) {
            Article article = Article::fromFields(Change::fieldsFromJson(select.value(0).toString().toUtf8()));
            article.version = select.value(1).toInt();
            stored.append(article);
        }
        select.finish();
        articleCatalogue = ArticleCatalogue::builtIn().overlaid(stored);
    }
    return *articleCatalogue;
}

// What the audit trail says a change did, after the record's number: stored codes and the user's own words,
// so that the entry reads the same in any language.
QString Store::Private::auditSummary(const Change &change)
{
    const QString action = toString(change.kind);
    const auto field = [&change](const QString &name) { return change.fields.value(name).toString().trimmed(); };
    switch (change.kind) {
    case ChangeKind::Create:
        return change.entity == EntityKind::Case ? action + QLatin1Char(' ') + field(QStringLiteral("kind")) : action;
    case ChangeKind::Set: {
        QStringList names = change.fields.keys();
        names.sort();
        return action + QLatin1Char(' ') + names.join(QStringLiteral(", "));
    }
    case ChangeKind::Transition:
        return QStringLiteral("%1 %2 → %3").arg(action, field(QStringLiteral("from")), field(QStringLiteral("to")));
    case ChangeKind::Note:
    case ChangeKind::View:
        return action;
    case ChangeKind::Dispatch:
        return action + QLatin1Char(' ') +
               recordName(EntityKind::Unit, QUuid::fromString(field(QStringLiteral("unit_id"))));
    case ChangeKind::Revise:
    case ChangeKind::VoidRequest:
        return QStringLiteral("%1: %2").arg(action, field(QLatin1String(casefield::kReason)));
    case ChangeKind::Attach:
        return QStringLiteral("%1 %2 (%3)").arg(action, field(QStringLiteral("name")), field(QStringLiteral("sha256")));
    case ChangeKind::VoidDecision: {
        const QString decision = change.fields.value(QStringLiteral("approve")).toBool() ? QStringLiteral("approved")
                                                                                         : QStringLiteral("refused");
        const QString reason = field(QLatin1String(casefield::kReason));
        return reason.isEmpty() ? action + QLatin1Char(' ') + decision
                                : QStringLiteral("%1 %2: %3").arg(action, decision, reason);
    }
    }
    return action;
}

// One entry of the desk's hash-chained trail for a change this desk commits, in the change's transaction.
void Store::Private::audit(const Change &change)
{
    AuditEntry entry;
    entry.atMs = change.hlc.ms();
    entry.actor = change.actor;
    entry.siteId = change.siteId;
    entry.action = toString(change.kind);
    entry.entity = toString(change.entity);
    entry.entityId = Records::idText(change.entityId);
    entry.detail = recordName(change.entity, change.entityId) + QLatin1Char(' ') + auditSummary(change);
    appendAudit(entry);
}

// The one way an entry joins the chain (a change's audit and a report's sign-off alike): the next seq, the hash
// over the previous head, and the head moved, all inside the caller's transaction. The caller puts auditSeq and
// auditHead back when that transaction rolls back.
void Store::Private::appendAudit(AuditEntry entry)
{
    entry.seq = auditSeq + 1;
    const QByteArray body = auditBody(entry);
    const QByteArray hash = auditHash(auditHead, body);
    QSqlQuery &insert = query(QStringLiteral("INSERT INTO audit_log (seq, body, hash, at, actor, site_id, action, "
                                             "entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, entry.seq);
    insert.bindValue(1, body);
    insert.bindValue(2, hash);
    insert.bindValue(3, entry.atMs);
    insert.bindValue(4, entry.actor);
    insert.bindValue(5, entry.siteId);
    insert.bindValue(6, entry.action);
    insert.bindValue(7, entry.entity);
    insert.bindValue(8, entry.entityId);
    insert.bindValue(9, entry.detail);
    SqlConnection::exec(insert);
    auditSeq = entry.seq;
    auditHead = hash;
    setMeta(kAuditHeadKey, QString::number(auditSeq) + QLatin1Char(':') + QString::fromLatin1(auditHead.toHex()));
}

// The lane counts follow the lane impact, so that lists and reports that read them agree with it.
void Store::Private::fillLaneCounts(Change &change)
{
    if (change.entity != EntityKind::Incident || !change.fields.contains(QStringLiteral("lanes")))
        return;
    const auto impact = LaneImpact::fromJson(change.fields.value(QStringLiteral("lanes")).toString());
    if (!impact)
        return;
    change.fields.insert(QStringLiteral("lanes_blocked"), impact->count(LaneState::Blocked));
    change.fields.insert(QStringLiteral("lanes_total"), impact->total());
}

void Store::Private::number(Change &change)
{
    if (change.entity == EntityKind::Case && change.kind == ChangeKind::Create) {
        numberCase(change);
        return;
    }
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

// "ETLE-JAKPUS-20261128-00007": the kind, the Polres, the WIB day it happened and a sequence per all three.
void Store::Private::numberCase(Change &change)
{
    const QString given = change.fields.value(QStringLiteral("number")).toString();
    if (!given.isEmpty()) {
        batchCaseNumbers.insert(change.entityId, given);
        return;
    }
    const CaseKind kind = caseKindFromString(change.fields.value(QStringLiteral("kind")).toString());
    const QString station = change.fields.value(QLatin1String(casefield::kStation)).toString();
    const auto polres = StationDirectory::builtIn().polresOf(station);
    QString place = polres ? polres->code : station.toUpper();
    if (place.isEmpty())
        place = QStringLiteral("PMJ");
    QDateTime occurred =
        QDateTime::fromString(change.fields.value(QLatin1String(casefield::kOccurredAt)).toString(), Qt::ISODateWithMs);
    if (!occurred.isValid())
        occurred = QDateTime::fromMSecsSinceEpoch(change.hlc.ms(), Qt::UTC);
    const QDate day = occurred.toTimeZone(QTimeZone(kWibOffsetSeconds)).date();
    const QString prefix = CaseChecks::numberPrefix(kind) + QLatin1Char('-') + place + QLatin1Char('-') +
                           day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-');

    QSqlQuery &select =
        query(QStringLiteral("SELECT number FROM cases WHERE number >= ? AND number < ? ORDER BY number DESC LIMIT 1"));
    select.bindValue(0, prefix);
    select.bindValue(1, prefix.chopped(1) + QLatin1Char('.'));
    SqlConnection::exec(select);
    int last = select.next() ? select.value(0).toString().mid(prefix.size()).toInt() : 0;
    select.finish();
    last = std::max(last, batchCaseSequences.value(prefix)) + 1;
    batchCaseSequences.insert(prefix, last);
    const QString number = prefix + QStringLiteral("%1").arg(last, 5, 10, QLatin1Char('0'));
    change.fields.insert(QStringLiteral("number"), number);
    batchCaseNumbers.insert(change.entityId, number);
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

CommitResult Store::Private::commit(const ChangeList &changes, bool local, const SyncCursor *cursor)
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
        // The audit trail's head moves with the entries this batch writes; a rollback takes it back.
        const qint64 auditSeqBefore = auditSeq;
        const QByteArray auditHeadBefore = auditHead;
        batchCaseSequences.clear();
        batchCaseNumbers.clear();
        const auto undoBatchState = [&] {
            auditSeq = auditSeqBefore;
            auditHead = auditHeadBefore;
            articleCatalogue.reset();
        };
        try {
            for (Change change : changes) {
                // Incidents and units keep their status in the transitions table; a case's state is its fold.
                const bool statusRecord = change.entity == EntityKind::Incident || change.entity == EntityKind::Unit;
                if (local) {
                    validate(change);
                    number(change);
                    fillLaneCounts(change);
                    if (statusRecord && change.kind == ChangeKind::Transition)
                        checkTransition(change, false);
                }
                if (!log(change)) {
                    // Seen before: the reducer already holds its effect. Pulled back from the server, one of
                    // this site's changes is held there, whatever became of its PUSH_ACK.
                    if (cursor && change.siteId == q->m_siteId) {
                        QSqlQuery &acknowledged = query(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"));
                        acknowledged.bindValue(0, Records::idText(change.opId));
                        SqlConnection::exec(acknowledged);
                        outboxChanged = outboxChanged || acknowledged.numRowsAffected() > 0;
                    }
                    continue;
                }
                if (local) {
                    QSqlQuery &outbox = query(QStringLiteral("INSERT INTO outbox (op_id) VALUES (?)"));
                    outbox.bindValue(0, Records::idText(change.opId));
                    SqlConnection::exec(outbox);
                    outboxChanged = true;
                }
                reducer->apply(change);
                if (local && statusRecord && change.kind == ChangeKind::Transition)
                    checkTransition(change, true);
                if (local)
                    audit(change);
            }
            reducer->finish();
            if (cursor)
                writeCursor(*cursor);
            if (!transaction.commit())
                throw SqlFailure{transaction.errorString()};
        } catch (const Rejection &rejection) {
            reducer->takeEffects();
            undoBatchState();
            result.error = rejection.message;
            qCInfo(lcStore).noquote() << "batch rejected:" << rejection.message;
            return result;
        } catch (const SqlFailure &failure) {
            reducer->takeEffects();
            undoBatchState();
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

void Store::Private::notify(const Reducer::Effects &effects, bool outboxChanged, bool withNotes)
{
    try {
        // The reducer read the records at the end of the batch, inside the transaction.
        for (const Incident &incident : effects.incidentRecords)
            Q_EMIT q->incidentChanged(incident);
        for (const Unit &unit : effects.unitRecords)
            Q_EMIT q->unitChanged(unit);
        if (withNotes)
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
        if (effects.settings.contains(responseThresholdsId()))
            Q_EMIT q->responseThresholdsChanged(Records::responseThresholds(db()));
    } catch (const SqlFailure &failure) {
        qCWarning(lcStore).noquote() << "notification after commit failed:" << failure.message;
    }
    for (const CaseSummary &summary : effects.cases)
        Q_EMIT q->caseChanged(summary);
    for (const QUuid &id : effects.removedCases)
        Q_EMIT q->caseRemoved(id);
    if (effects.articlesChanged) {
        articleCatalogue.reset();
        Q_EMIT q->articlesChanged();
    }
    for (const WatchHit &hit : effects.watchHits)
        Q_EMIT q->watchHit(hit);
    if (outboxChanged)
        Q_EMIT q->outboxCountChanged(q->outboxCount());
}

QString Store::Private::meta(const QString &key)
{
    QSqlQuery &select = query(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    select.bindValue(0, key);
    SqlConnection::exec(select);
    const QString value = select.next() ? select.value(0).toString() : QString();
    select.finish();
    return value;
}

void Store::Private::setMeta(const QString &key, const QString &value)
{
    QSqlQuery &write = query(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    write.bindValue(0, key);
    write.bindValue(1, value);
    SqlConnection::exec(write);
}

void Store::Private::writeCursor(const SyncCursor &cursor)
{
    setMeta(kCursorKey, QString::number(cursor.cursor));
    setMeta(kEpochKey, cursor.epoch);
    setMeta(kLastHashKey, QString::fromLatin1(cursor.lastHash.toHex()));
    setMeta(kLastSyncKey, QString::number(cursor.lastSyncMs));
}

// The rows an entity's own changes produced: its record (and search row), and for an incident its notes and the
// assignments its dispatches made, and its status moves. The assignments of a unit belong to the incidents
// that dispatched it and stay; their times are derived again from the unit's moves.
void Store::Private::clearDerivedRows(EntityKind entity, const QUuid &id)
{
    const QString key = Records::idText(id);
    const auto run = [&](const QString &sql) {
        QSqlQuery &statement = query(sql);
        statement.bindValue(0, key);
        SqlConnection::exec(statement);
    };
    if (entity == EntityKind::Setting) {
        run(QStringLiteral("DELETE FROM settings WHERE id = ?"));
    } else if (entity == EntityKind::Case) {
        // The bytes of its attachments stay: content-addressed, other cases may name them too.
        run(QStringLiteral("DELETE FROM case_search WHERE rowid = (SELECT rowid FROM cases WHERE id = ?)"));
        run(QStringLiteral("DELETE FROM cases WHERE id = ?"));
        run(QStringLiteral("DELETE FROM case_plates WHERE case_id = ?"));
    } else if (entity == EntityKind::Article) {
        run(QStringLiteral("DELETE FROM articles WHERE id = ?"));
        run(QStringLiteral("DELETE FROM article_versions WHERE article_id = ?"));
    } else if (entity == EntityKind::Incident) {
        run(QStringLiteral("DELETE FROM incident_search WHERE rowid = (SELECT rowid FROM incidents WHERE id = ?)"));
        run(QStringLiteral("DELETE FROM incidents WHERE id = ?"));
        run(QStringLiteral("DELETE FROM notes WHERE incident_id = ?"));
        run(QStringLiteral("DELETE FROM assignments WHERE incident_id = ?"));
        run(QStringLiteral("DELETE FROM transitions WHERE entity = 'incident' AND entity_id = ?"));
    } else {
        run(QStringLiteral("DELETE FROM units WHERE id = ?"));
        run(QStringLiteral("DELETE FROM transitions WHERE entity = 'unit' AND entity_id = ?"));
    }
}

// The reducer's result depends only on the set of changes, so reducing what remains of the entity's log gives
// exactly the rows of a replica that never saw the removed changes (up to rowids, which record arrival).
void Store::Private::reduceAgain(EntityKind entity, const QUuid &id)
{
    QSqlQuery &select = query(QStringLiteral("SELECT %1 FROM change_log WHERE entity_id = ? AND entity = ? "
                                             "ORDER BY hlc, site_id, op_id")
                                  .arg(kChangeColumns));
    select.bindValue(0, Records::idText(id));
    select.bindValue(1, toString(entity));
    SqlConnection::exec(select);
    ChangeList changes;
    while (select.next())
        changes.append(changeFromRow(select, 0));
    select.finish();
    for (const Change &change : std::as_const(changes))
        reducer->apply(change);
}

bool Store::Private::hasCreate(EntityKind entity, const QUuid &id)
{
    QSqlQuery &select =
        query(entity == EntityKind::Incident  ? QStringLiteral("SELECT has_create FROM incidents WHERE id = ?")
              : entity == EntityKind::Setting ? QStringLiteral("SELECT has_create FROM settings WHERE id = ?")
              : entity == EntityKind::Case    ? QStringLiteral("SELECT has_create FROM cases WHERE id = ?")
              : entity == EntityKind::Article ? QStringLiteral("SELECT 1 FROM articles WHERE id = ?")
                                              : QStringLiteral("SELECT has_create FROM units WHERE id = ?"));
    select.bindValue(0, Records::idText(id));
    SqlConnection::exec(select);
    const bool created = select.next() && select.value(0).toInt() == 1;
    select.finish();
    return created;
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

SyncCursor Store::syncCursor() const
{
    SyncCursor cursor;
    if (!d || !d->reducer)
        return cursor;
    try {
        cursor.cursor = d->meta(kCursorKey).toULongLong();
        cursor.epoch = d->meta(kEpochKey);
        cursor.lastHash = QByteArray::fromHex(d->meta(kLastHashKey).toLatin1());
        cursor.lastSyncMs = d->meta(kLastSyncKey).toLongLong();
    } catch (const SqlFailure &failure) {
        qCWarning(lcStore).noquote() << "sync cursor not read:" << failure.message;
    }
    return cursor;
}

quint64 Store::localHead() const
{
    if (!d || !d->reducer)
        return 0;
    try {
        QSqlQuery &select = d->query(QStringLiteral("SELECT max(coalesce((SELECT max(rowid) FROM change_log WHERE "
                                                    "site_id = ?), 0), coalesce((SELECT max(local_seq) FROM "
                                                    "quarantine), 0))"));
        select.bindValue(0, m_siteId);
        SqlConnection::exec(select);
        const quint64 head = select.next() ? quint64(select.value(0).toLongLong()) : 0;
        select.finish();
        return head;
    } catch (const SqlFailure &failure) {
        qCWarning(lcStore).noquote() << "local head not read:" << failure.message;
        return 0;
    }
}

quint64 Store::oldestOutboxSeq() const
{
    if (!d || !d->reducer)
        return 0;
    try {
        QSqlQuery &select =
            d->query(QStringLiteral("SELECT min(c.rowid) FROM outbox o JOIN change_log c ON c.op_id = o.op_id"));
        SqlConnection::exec(select);
        const quint64 oldest = select.next() ? quint64(select.value(0).toLongLong()) : 0;
        select.finish();
        return oldest;
    } catch (const SqlFailure &failure) {
        qCWarning(lcStore).noquote() << "outbox not read:" << failure.message;
        return 0;
    }
}

QList<OutgoingChange> Store::changesToPush(quint64 afterLocalSeq, int limit) const
{
    QList<OutgoingChange> out;
    if (!d || !d->reducer || limit <= 0)
        return out;
    try {
        QSqlQuery &select =
            d->query(QStringLiteral("SELECT length(fields), rowid, %1 FROM change_log WHERE site_id = ? "
                                    "AND rowid > ? ORDER BY rowid LIMIT ?")
                         .arg(kChangeColumns));
        select.bindValue(0, m_siteId);
        select.bindValue(1, qint64(afterLocalSeq));
        select.bindValue(2, limit);
        SqlConnection::exec(select);
        qint64 bytes = 0;
        while (select.next()) {
            // Bounded by size as well as by count: a few attachments fill a frame.
            const qint64 size = select.value(0).toLongLong();
            if (!out.isEmpty() && bytes + size > kPushBatchBytes)
                break;
            bytes += size;
            out.append({changeFromRow(select, 2), quint64(select.value(1).toLongLong())});
        }
        select.finish();
    } catch (const SqlFailure &failure) {
        qCWarning(lcStore).noquote() << "changes to push not read:" << failure.message;
        out.clear();
    }
    return out;
}

CommitResult Store::applyPulled(const ChangeList &changes, const SyncCursor &cursor)
{
    if (!d)
        return {false, tr("The store is not open."), {}};
    return d->commit(changes, false, &cursor);
}

bool Store::recordPushResults(const QList<QUuid> &accepted, const QList<QuarantinedChange> &rejected)
{
    if (!d || !d->reducer)
        return false;
    struct Entity
    {
        EntityKind kind;
        QUuid id;
        bool operator==(const Entity &other) const { return kind == other.kind && id == other.id; }
    };
    QList<Entity> touched;
    QList<QUuid> effectsSettings;
    Reducer::Effects effects;
    int quarantinedNow = 0;
    {
        Transaction transaction(d->db());
        if (!transaction.isActive()) {
            qCWarning(lcStore).noquote() << "push results not recorded:" << transaction.errorString();
            return false;
        }
        try {
            QSqlQuery &leave = d->query(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"));
            for (const QUuid &opId : accepted) {
                leave.bindValue(0, Records::idText(opId));
                SqlConnection::exec(leave);
            }

            quint64 floor = d->seqFloor;
            for (const QuarantinedChange &refused : rejected) {
                const QString opId = Records::idText(refused.change.opId);
                QSqlQuery &select =
                    d->query(QStringLiteral("SELECT rowid, %1 FROM change_log WHERE op_id = ?").arg(kChangeColumns));
                select.bindValue(0, opId);
                SqlConnection::exec(select);
                if (!select.next()) {
                    select.finish();
                    continue; // quarantined already (a repeated answer), or never logged here
                }
                const quint64 localSeq = quint64(select.value(0).toLongLong());
                const Change change = changeFromRow(select, 1);
                select.finish();

                QSqlQuery &keep = d->query(QStringLiteral(
                    "INSERT OR REPLACE INTO quarantine (op_id, local_seq, site_id, hlc, actor, entity, entity_id, "
                    "kind, fields, schema_version, code, reason, at_ms) SELECT op_id, rowid, site_id, hlc, actor, "
                    "entity, entity_id, kind, fields, schema_version, ?, ?, ? FROM change_log WHERE op_id = ?"));
                keep.bindValue(0, refused.code);
                keep.bindValue(1, refused.reason);
                keep.bindValue(2, refused.atMs > 0 ? refused.atMs : QDateTime::currentMSecsSinceEpoch());
                keep.bindValue(3, opId);
                SqlConnection::exec(keep);
                leave.bindValue(0, opId);
                SqlConnection::exec(leave);
                QSqlQuery &remove = d->query(QStringLiteral("DELETE FROM change_log WHERE op_id = ?"));
                remove.bindValue(0, opId);
                SqlConnection::exec(remove);

                floor = std::max(floor, localSeq);
                const Entity entity{change.entity, change.entityId};
                if (!touched.contains(entity))
                    touched.append(entity);
                // Rebuilt from what remains, perhaps nothing: the thresholds are announced whatever they became.
                if (change.entity == EntityKind::Setting && !effectsSettings.contains(change.entityId))
                    effectsSettings.append(change.entityId);
                ++quarantinedNow;
            }
            if (floor != d->seqFloor)
                d->setMeta(kSeqFloorKey, QString::number(floor));

            // Every record a refused change touched is rebuilt from the changes that remain: first all rows go,
            // then the reducer runs again (a record's rows depend only on its own changes).
            for (const Entity &entity : std::as_const(touched))
                d->clearDerivedRows(entity.kind, entity.id);
            for (const Entity &entity : std::as_const(touched))
                d->reduceAgain(entity.kind, entity.id);
            d->reducer->finish();
            if (!transaction.commit())
                throw SqlFailure{transaction.errorString()};
            d->seqFloor = floor;
        } catch (const SqlFailure &failure) {
            d->reducer->takeEffects();
            qCWarning(lcStore).noquote() << "push results not recorded:" << failure.message;
            return false;
        }
        effects = d->reducer->takeEffects();
    }
    for (const QUuid &setting : std::as_const(effectsSettings))
        if (!effects.settings.contains(setting))
            effects.settings.append(setting);
    // The rebuilt records' plates are not new sightings: they were announced when the changes first came in.
    effects.watchHits.clear();
    // A case whose Create was refused is announced below, with the other removed records.
    effects.removedCases.clear();
    for (const Entity &entity : std::as_const(touched))
        if (entity.kind == EntityKind::Article)
            effects.articlesChanged = true;

    // The notes that came back are the ones the record had already; only what changed is announced.
    d->notify(effects, true, false);
    QList<Entity> removed;
    try {
        for (const Entity &entity : std::as_const(touched))
            if (!d->hasCreate(entity.kind, entity.id))
                removed.append(entity);
    } catch (const SqlFailure &failure) {
        qCWarning(lcStore).noquote() << "notification after commit failed:" << failure.message;
    }
    for (const Entity &entity : std::as_const(removed)) {
        if (entity.kind == EntityKind::Incident)
            Q_EMIT incidentRemoved(entity.id);
        else if (entity.kind == EntityKind::Unit)
            Q_EMIT unitRemoved(entity.id);
        else if (entity.kind == EntityKind::Case)
            Q_EMIT caseRemoved(entity.id);
    }
    if (quarantinedNow > 0) {
        qCInfo(lcStore) << quarantinedNow << "refused changes moved to the quarantine";
        QSqlQuery count(d->db());
        const bool counted = count.exec(QStringLiteral("SELECT count(*) FROM quarantine")) && count.next();
        Q_EMIT quarantineChanged(counted ? count.value(0).toInt() : 0);
    }
    return true;
}

bool Store::resetSyncCursor(const QString &epoch)
{
    if (!d || !d->reducer)
        return false;
    Transaction transaction(d->db());
    if (!transaction.isActive())
        return false;
    try {
        SyncCursor cursor = syncCursor();
        cursor.cursor = 0;
        cursor.epoch = epoch;
        cursor.lastHash.clear();
        d->writeCursor(cursor);
        if (!transaction.commit())
            throw SqlFailure{transaction.errorString()};
    } catch (const SqlFailure &failure) {
        qCWarning(lcStore).noquote() << "sync cursor not reset:" << failure.message;
        return false;
    }
    qCInfo(lcStore) << "sync cursor reset for server epoch" << epoch;
    return true;
}

bool Store::setLastSync(qint64 ms)
{
    if (!d || !d->reducer)
        return false;
    Transaction transaction(d->db());
    if (!transaction.isActive())
        return false;
    try {
        d->setMeta(kLastSyncKey, QString::number(ms));
        if (!transaction.commit())
            throw SqlFailure{transaction.errorString()};
    } catch (const SqlFailure &failure) {
        qCWarning(lcStore).noquote() << "last sync time not written:" << failure.message;
        return false;
    }
    return true;
}

bool Store::recordReportSignOff(const ReportSignOff &signOff, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        qCInfo(lcStore).noquote() << "report sign-off refused:" << message;
        return false;
    };
    const QString reportId = signOff.reportId.trimmed();
    if (reportId.isEmpty())
        return refuse(tr("The report sign-off names no report."));
    if (signOff.sha256.size() != 32)
        return refuse(tr("The sign-off of report %1 carries a SHA-256 of %2 bytes; it must be 32.")
                          .arg(reportId)
                          .arg(signOff.sha256.size()));
    if (signOff.actor.trimmed().isEmpty())
        return refuse(tr("The sign-off of report %1 names no supervisor.").arg(reportId));
    // The report and the language are codes: words of the detail before the hash. A space or "=" in them could
    // make them read as a "sha256=" word of their own, vouching for bytes that were never signed.
    const auto isCode = [](const QString &text) {
        return !text.contains(QLatin1Char('=')) &&
               std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
    };
    if (!isCode(reportId))
        return refuse(
            tr("The sign-off names the report \"%1\"; a report id has no spaces and no \"=\".").arg(reportId));
    if (!isCode(signOff.language.trimmed()))
        return refuse(tr("The sign-off of report %1 gives the language \"%2\"; a language code has no spaces and no "
                         "\"=\".")
                          .arg(reportId, signOff.language));
    if (!d || !d->reducer)
        return refuse(tr("The store is not open."));

    AuditEntry entry;
    entry.atMs = signOff.atMs > 0 ? signOff.atMs : QDateTime::currentMSecsSinceEpoch();
    entry.actor = signOff.actor.trimmed();
    entry.siteId = m_siteId;
    entry.action = QStringLiteral("report_signed");
    entry.entity = QStringLiteral("report");
    entry.entityId = reportId;
    // Stored codes only, so that the entry reads the same in any language; CaseReader::reportSignOffs finds the
    // entry by the "sha256=" word.
    QStringList detail{reportId, signOff.language.trimmed(),
                       QStringLiteral("sha256=") + QString::fromLatin1(signOff.sha256.toHex()),
                       signOff.fileName.trimmed()};
    detail.removeAll(QString());
    entry.detail = detail.join(QLatin1Char(' '));

    const qint64 auditSeqBefore = d->auditSeq;
    const QByteArray auditHeadBefore = d->auditHead;
    Transaction transaction(d->db());
    if (!transaction.isActive())
        return refuse(d->fail(transaction.errorString()));
    try {
        d->appendAudit(entry);
        if (!transaction.commit())
            throw SqlFailure{transaction.errorString()};
    } catch (const SqlFailure &failure) {
        d->auditSeq = auditSeqBefore;
        d->auditHead = auditHeadBefore;
        qCWarning(lcStore).noquote() << "report sign-off not written:" << failure.message;
        if (error)
            *error = d->fail(failure.message);
        return false;
    }
    qCInfo(lcStore).noquote() << "report" << reportId << "signed off by" << entry.actor;
    return true;
}

QList<QuarantinedChange> Store::quarantined() const
{
    QList<QuarantinedChange> out;
    if (!d || !d->reducer)
        return out;
    try {
        QSqlQuery &select =
            d->query(QStringLiteral("SELECT local_seq, code, reason, at_ms, %1 FROM quarantine ORDER BY local_seq")
                         .arg(kChangeColumns));
        SqlConnection::exec(select);
        while (select.next()) {
            QuarantinedChange entry;
            entry.localSeq = quint64(select.value(0).toLongLong());
            entry.code = select.value(1).toString();
            entry.reason = select.value(2).toString();
            entry.atMs = select.value(3).toLongLong();
            entry.change = changeFromRow(select, 4);
            out.append(entry);
        }
        select.finish();
    } catch (const SqlFailure &failure) {
        qCWarning(lcStore).noquote() << "quarantine not read:" << failure.message;
        out.clear();
    }
    return out;
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
