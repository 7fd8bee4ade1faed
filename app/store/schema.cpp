#include "schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include "casereducer.h"
#include "core/csvtable.h"
#include "records.h"
#include "searchtext.h"
#include "sqlconnection.h"
#include "storelog.h"
#include "transaction.h"

namespace lintas {
namespace {

const char *const kVersion1[] = {
    // The append-only change log: every change this replica has seen, local or remote.
    R"(CREATE TABLE change_log (
        op_id TEXT PRIMARY KEY NOT NULL,
        site_id TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        fields TEXT NOT NULL,
        schema_version INTEGER NOT NULL))",
    "CREATE INDEX change_log_entity ON change_log (entity_id, hlc)",
    // Local changes waiting to be pushed, in commit order.
    R"(CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        op_id TEXT NOT NULL UNIQUE REFERENCES change_log (op_id)))",
    // field_clocks: the (hlc, site, op) of the change that wrote each plain field, for last-writer-wins per
    // field: {"w": [["<hlc hex>", "site", "op"], …], "f": {"road": 0, …}} (see Reducer).
    R"(CREATE TABLE incidents (
        id TEXT PRIMARY KEY NOT NULL,
        number TEXT,
        type_code TEXT,
        priority INTEGER NOT NULL DEFAULT 3,
        status TEXT NOT NULL DEFAULT 'reported',
        latitude REAL,
        longitude REAL,
        road TEXT,
        landmark TEXT,
        kelurahan TEXT,
        kecamatan TEXT,
        station_code TEXT,
        reporter_name TEXT,
        reporter_phone TEXT,
        lanes_blocked INTEGER NOT NULL DEFAULT 0,
        lanes_total INTEGER NOT NULL DEFAULT 0,
        died INTEGER NOT NULL DEFAULT 0,
        seriously_hurt INTEGER NOT NULL DEFAULT 0,
        slightly_hurt INTEGER NOT NULL DEFAULT 0,
        summary TEXT,
        reported_at INTEGER,
        verified_at INTEGER,
        lanes_cleared_at INTEGER,
        first_dispatched_at INTEGER,
        first_arrival_at INTEGER,
        cleared_at INTEGER,
        closed_at INTEGER,
        status_since INTEGER,
        has_create INTEGER NOT NULL DEFAULT 0,
        field_clocks TEXT NOT NULL DEFAULT '{}'))",
    "CREATE INDEX incidents_number ON incidents (number)",
    "CREATE INDEX incidents_open ON incidents (status, reported_at)",
    "CREATE INDEX incidents_reported ON incidents (reported_at)",
    R"(CREATE TABLE units (
        id TEXT PRIMARY KEY NOT NULL,
        callsign TEXT,
        kind TEXT,
        station_code TEXT,
        crew TEXT,
        latitude REAL,
        longitude REAL,
        heading_deg REAL,
        speed_kmh REAL,
        position_at INTEGER,
        initial_status TEXT,
        status TEXT NOT NULL DEFAULT 'available',
        status_since INTEGER,
        incident_id TEXT,
        created_at INTEGER,
        has_create INTEGER NOT NULL DEFAULT 0,
        field_clocks TEXT NOT NULL DEFAULT '{}'))",
    "CREATE INDEX units_callsign ON units (callsign)",
    R"(CREATE TABLE notes (
        op_id TEXT PRIMARY KEY NOT NULL,
        incident_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        hlc INTEGER NOT NULL,
        site_id TEXT NOT NULL,
        actor TEXT NOT NULL,
        text TEXT NOT NULL))",
    "CREATE INDEX notes_incident ON notes (incident_id, hlc)",
    // Assignment records are append-only; arrived_at and cleared_at are derived from the unit's transitions.
    R"(CREATE TABLE assignments (
        op_id TEXT PRIMARY KEY NOT NULL,
        incident_id TEXT NOT NULL,
        unit_id TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        site_id TEXT NOT NULL,
        actor TEXT NOT NULL,
        dispatched_at INTEGER NOT NULL,
        arrived_at INTEGER,
        cleared_at INTEGER))",
    "CREATE INDEX assignments_incident ON assignments (incident_id, hlc)",
    "CREATE INDEX assignments_unit ON assignments (unit_id, hlc)",
    // Every status change ever seen. The replay in (hlc, site, op) order decides which apply: applied = 1, or
    // 0 for a move that was illegal at its place in the order (a conflict); from_actual is the status the
    // record was in when the replay reached it.
    R"(CREATE TABLE transitions (
        op_id TEXT PRIMARY KEY NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        site_id TEXT NOT NULL,
        actor TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        incident_id TEXT,
        applied INTEGER NOT NULL DEFAULT 0,
        from_actual TEXT,
        result_incident_id TEXT))",
    "CREATE INDEX transitions_entity ON transitions (entity_id, hlc, site_id, op_id)",
    R"(CREATE VIEW conflicts AS
        SELECT op_id, entity, entity_id, hlc, site_id, actor, from_status, to_status, from_actual
        FROM transitions WHERE applied = 0)",
};

const char *const kVersion2[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
    // `search` holds normalizeForSearch(name); the other columns ride along for the result.
    R"(CREATE VIRTUAL TABLE places USING fts5 (
        search, name UNINDEXED, kind UNINDEXED, latitude UNINDEXED, longitude UNINDEXED, kecamatan UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'))",
    // One row per incident, rowid = incidents.rowid; every column normalised with normalizeForSearch.
    R"(CREATE VIRTUAL TABLE incident_search USING fts5 (
        number, road, landmark, summary, notes,
        tokenize = 'unicode61 remove_diacritics 2'))",
};

// Sync with the regional server. A change's local sequence is its change_log rowid: commits append, so the rowid
// grows with commit order; the store keeps it growing when a refused change leaves the log (see
// Store::recordPushResults and the meta key local_seq_floor), and never VACUUMs the log.
const char *const kVersion3[] = {
    // This site's changes in local order: (site_id, rowid) is the index's own order.
    "CREATE INDEX change_log_site ON change_log (site_id)",
    // Local changes the server refused, whole, with the server's reason: out of the log and of the tables'
    // state, kept for the "Needs attention" list.
    R"(CREATE TABLE quarantine (
        op_id TEXT PRIMARY KEY NOT NULL,
        local_seq INTEGER NOT NULL,
        site_id TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        fields TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        at_ms INTEGER NOT NULL))",
    "CREATE INDEX quarantine_seq ON quarantine (local_seq)",
    // Where the store stands with its server; changed only in the transaction of the changes it describes.
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('sync_cursor', '0')",
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('sync_epoch', '')",
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('sync_last_hash', '')",
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('sync_last_ms', '0')",
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('local_seq_floor', '0')",
};

// Dispatch: lanes, milestones and the region's settings.
const char *const kVersion4[] = {
    // The lane impact (LaneImpact JSON, a plain field); when the last unit on the incident left (derived from
    // the assignments: set once every assignment has cleared_at, NULL while one is open).
    "ALTER TABLE incidents ADD COLUMN lanes TEXT",
    "ALTER TABLE incidents ADD COLUMN last_departed_at INTEGER",
    // What the recommender said when the unit was chosen, from the Dispatch change.
    "ALTER TABLE assignments ADD COLUMN recommended_unit_id TEXT",
    "ALTER TABLE assignments ADD COLUMN rank INTEGER",
    "ALTER TABLE assignments ADD COLUMN eta_s REAL",
    "ALTER TABLE assignments ADD COLUMN override_reason TEXT",
    // How a unit's move was recorded: "position" when it came within reach of the incident, NULL when a person
    // set it; the distance it was reported at.
    "ALTER TABLE transitions ADD COLUMN source TEXT",
    "ALTER TABLE transitions ADD COLUMN distance_m REAL",
    // Region-wide settings, one row per setting record (today the response thresholds), plain fields with last
    // writer wins per field like incidents.
    R"(CREATE TABLE settings (
        id TEXT PRIMARY KEY NOT NULL,
        station_code TEXT,
        p1_dispatch_s INTEGER,
        p1_on_scene_s INTEGER,
        p2_dispatch_s INTEGER,
        p2_on_scene_s INTEGER,
        p3_dispatch_s INTEGER,
        p3_on_scene_s INTEGER,
        p4_dispatch_s INTEGER,
        p4_on_scene_s INTEGER,
        amber_share REAL,
        has_create INTEGER NOT NULL DEFAULT 0,
        field_clocks TEXT NOT NULL DEFAULT '{}'))",
    // A version-3 program logged no such fields, but took them from a newer peer without reducing them: whatever
    // the log holds is carried over.
    R"(UPDATE assignments SET
        recommended_unit_id = (SELECT json_extract(c.fields, '$.recommended_unit_id') FROM change_log c
                               WHERE c.op_id = assignments.op_id),
        rank = (SELECT json_extract(c.fields, '$.rank') FROM change_log c WHERE c.op_id = assignments.op_id),
        eta_s = (SELECT json_extract(c.fields, '$.eta_s') FROM change_log c WHERE c.op_id = assignments.op_id),
        override_reason = (SELECT json_extract(c.fields, '$.override_reason') FROM change_log c
                           WHERE c.op_id = assignments.op_id))",
    R"(UPDATE transitions SET
        source = (SELECT json_extract(c.fields, '$.source') FROM change_log c WHERE c.op_id = transitions.op_id),
        distance_m = (SELECT json_extract(c.fields, '$.distance_m') FROM change_log c
                      WHERE c.op_id = transitions.op_id))",
    // Incidents whose every unit has left already did so under version 3.
    R"(UPDATE incidents SET last_departed_at =
        (SELECT CASE WHEN count(*) > 0 AND count(a.cleared_at) = count(*) THEN max(a.cleared_at) END
         FROM assignments a WHERE a.incident_id = incidents.id))",
};

// Cases (violations, ETLE tickets, accidents, watch list), the article catalogue's edits, attachments and the
// desk's own audit trail.
const char *const kVersion5[] = {
    // One row per case: what foldCase makes of its changes (the CaseReducer rewrites it whenever one arrives).
    // The rowid is the list's order: the occurrence time in seconds, shifted, with a tie-breaker below it
    // (CaseReducer::sortKey), so that "newest first" is the table's and the search index's own order, and a
    // date filter is a rowid range. data is the current version's plain fields as JSON; search_hash is the
    // hash of the case's search row, to leave the index alone when a change (a view, a note) does not alter it.
    R"(CREATE TABLE cases (
        id TEXT PRIMARY KEY NOT NULL,
        number TEXT,
        kind TEXT,
        state TEXT,
        station_code TEXT,
        officer_nrp TEXT,
        occurred_at INTEGER,
        created_at INTEGER,
        created_by TEXT,
        submitted_at INTEGER,
        updated_at INTEGER,
        version INTEGER NOT NULL DEFAULT 0,
        void_pending INTEGER NOT NULL DEFAULT 0,
        fine INTEGER NOT NULL DEFAULT 0,
        title TEXT,
        first_plate TEXT,
        payment_code TEXT,
        data TEXT NOT NULL DEFAULT '{}',
        search_hash TEXT,
        has_create INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX cases_number ON cases (number)",
    // Equal keys are kept in rowid order, so "WHERE officer_nrp = ? ORDER BY rowid DESC" reads the index in order.
    "CREATE INDEX cases_kind_state ON cases (kind, state)",
    "CREATE INDEX cases_officer ON cases (officer_nrp)",
    "CREATE INDEX cases_station ON cases (station_code)",
    "CREATE INDEX cases_void_pending ON cases (void_pending) WHERE void_pending = 1",
    "CREATE INDEX cases_payment_code ON cases (payment_code) WHERE payment_code IS NOT NULL",
    "CREATE INDEX cases_watch ON cases (state) WHERE kind = 'watch'",
    // Every plate a case names, by its key ("B1234XYZ"): typo look-ups and the watch list.
    R"(CREATE TABLE case_plates (
        case_id TEXT NOT NULL,
        plate_key TEXT NOT NULL,
        PRIMARY KEY (case_id, plate_key)) WITHOUT ROWID)",
    "CREATE INDEX case_plates_key ON case_plates (plate_key)",
    // One row per created case, rowid = cases.rowid (so the index yields newest first); every column normalised
    // with normalizeForSearch. Plates are there as keys ("b1234xyz") and spaced ("b 1234 xyz"), articles as codes
    // and citations. The text is kept in the index's own table: a case's words come from its fold, and the old
    // ones must be at hand to take them out. Prefix indexes for two and three letters: the first letters typed
    // are the prefixes most terms share, which FTS5 would otherwise merge from every such term at each search.
    R"(CREATE VIRTUAL TABLE case_search USING fts5 (
        number, names, nik, plates, articles, narrative, other,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'))",
    // Attachment bytes, content-addressed: one row per content, whatever the number of cases naming it.
    R"(CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY NOT NULL,
        bytes BLOB NOT NULL))",
    // The store's side of the article catalogue: the newest version of each article a supervisor added, edited
    // or retired (fields: Article::toFields), and every version (the article's state after each change, in
    // replay order; a shipped article's first edit is version 2).
    R"(CREATE TABLE articles (
        code TEXT PRIMARY KEY NOT NULL,
        id TEXT NOT NULL,
        jo TEXT,
        text_id TEXT,
        text_en TEXT,
        max_fine INTEGER NOT NULL DEFAULT 0,
        max_jail_months INTEGER NOT NULL DEFAULT 0,
        retired INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        fields TEXT NOT NULL DEFAULT '{}'))",
    "CREATE INDEX articles_id ON articles (id)",
    R"(CREATE TABLE article_versions (
        op_id TEXT PRIMARY KEY NOT NULL,
        article_id TEXT NOT NULL,
        code TEXT NOT NULL,
        version INTEGER NOT NULL,
        hlc INTEGER NOT NULL,
        site_id TEXT NOT NULL,
        actor TEXT NOT NULL,
        fields TEXT NOT NULL))",
    "CREATE INDEX article_versions_code ON article_versions (code, version)",
    "CREATE INDEX article_versions_article ON article_versions (article_id)",
    // The desk's own audit trail (auditchain.h): every change this desk committed and every opening of a case,
    // hash-chained. body and hash are the record; the other columns repeat the body for listing.
    R"(CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        body BLOB NOT NULL,
        hash BLOB NOT NULL,
        at INTEGER,
        actor TEXT,
        site_id TEXT,
        action TEXT,
        entity TEXT,
        entity_id TEXT,
        detail TEXT))",
    "CREATE INDEX audit_log_entity ON audit_log (entity_id, seq)",
};

template <size_t N> void execAll(const QSqlDatabase &db, const char *const (&statements)[N])
{
    for (const char *sql : statements)
        SqlConnection::exec(db, QString::fromUtf8(sql));
}

void migrateTo1(const QSqlDatabase &db)
{
    execAll(db, kVersion1);
}

void migrateTo2(const QSqlDatabase &db)
{
    execAll(db, kVersion2);
    // Incidents written by a version-1 program become searchable too.
    QSqlQuery rows = SqlConnection::prepare(db, QStringLiteral("SELECT rowid FROM incidents ORDER BY rowid"));
    SqlConnection::exec(rows);
    QList<qint64> rowids;
    while (rows.next())
        rowids.append(rows.value(0).toLongLong());
    rows.finish();
    for (const qint64 rowid : rowids)
        Schema::writeIncidentSearchRow(db, rowid);
    // places is filled by refreshGazetteer(), which also runs whenever the program's gazetteer changes.
}

void migrateTo3(const QSqlDatabase &db)
{
    execAll(db, kVersion3);
}

void migrateTo4(const QSqlDatabase &db)
{
    execAll(db, kVersion4);
}

void migrateTo5(const QSqlDatabase &db)
{
    execAll(db, kVersion5);
    // A version-4 program took case and article changes from newer peers into its log without reducing them:
    // they become cases and catalogue entries now.
    CaseReducer reducer(db.connectionName());
    QSqlQuery rows = SqlConnection::prepare(db, QStringLiteral("SELECT %1 FROM change_log WHERE entity IN "
                                                               "('case', 'article') ORDER BY rowid")
                                                    .arg(Records::changeColumns()));
    SqlConnection::exec(rows);
    while (rows.next())
        reducer.apply(Records::change(rows));
    rows.finish();
    reducer.finish();
}

using Step = void (*)(const QSqlDatabase &);
constexpr Step kSteps[] = {migrateTo1, migrateTo2, migrateTo3, migrateTo4, migrateTo5};
static_assert(std::size(kSteps) == Schema::kCurrentVersion);

QByteArray gazetteerFile(const QString &name, QString *error)
{
    const auto bytes = CsvTable::readFile(QStringLiteral(":/gazetteer/") + name, error);
    return bytes.value_or(QByteArray());
}

} // namespace

bool Schema::migrate(const QSqlDatabase &db, int target, QString *error)
{
    target = std::min(target, kCurrentVersion);
    try {
        const int from = SqlConnection::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
        for (int version = from + 1; version <= target; ++version) {
            Transaction transaction(db);
            if (!transaction.isActive())
                throw SqlFailure{transaction.errorString()};
            kSteps[version - 1](db);
            SqlConnection::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
            if (!transaction.commit())
                throw SqlFailure{transaction.errorString()};
            qCInfo(lcStore) << "migrated" << db.databaseName() << "to schema version" << version;
        }
    } catch (const SqlFailure &failure) {
        if (error)
            *error = failure.message;
        return false;
    }
    return true;
}

QList<Place> Schema::builtInGazetteer(QString *error)
{
    QList<Place> places;
    for (const QString &name : {QStringLiteral("landmarks.csv"), QStringLiteral("roads.csv")}) {
        const QByteArray bytes = gazetteerFile(name, error);
        const auto table = CsvTable::parse(bytes,
                                           {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("latitude"),
                                            QStringLiteral("longitude"), QStringLiteral("kecamatan")},
                                           error);
        if (!table)
            return {};
        for (int row = 0; row < table->rowCount(); ++row) {
            Place place;
            place.name = table->value(row, QStringLiteral("name"));
            place.kind = table->value(row, QStringLiteral("kind")) == QLatin1String("road") ? Place::Kind::Road
                                                                                            : Place::Kind::Landmark;
            place.latitude = table->value(row, QStringLiteral("latitude")).toDouble();
            place.longitude = table->value(row, QStringLiteral("longitude")).toDouble();
            place.kecamatan = table->value(row, QStringLiteral("kecamatan"));
            if (!place.name.isEmpty())
                places.append(place);
        }
    }
    return places;
}

bool Schema::refreshGazetteer(const QSqlDatabase &db, QString *error)
{
    QString readError;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(gazetteerFile(QStringLiteral("landmarks.csv"), &readError));
    hash.addData(gazetteerFile(QStringLiteral("roads.csv"), &readError));
    const QString edition = QString::fromLatin1(hash.result().toHex());
    try {
        const QString current =
            SqlConnection::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'gazetteer'")).toString();
        if (current == edition)
            return true;
        const QList<Place> places = builtInGazetteer(&readError);
        if (places.isEmpty()) {
            // Not fatal: the store works without place search. Keep whatever the index held.
            qCWarning(lcStore) << "the built-in gazetteer could not be read:" << readError;
            return true;
        }
        Transaction transaction(db);
        if (!transaction.isActive())
            throw SqlFailure{transaction.errorString()};
        SqlConnection::exec(db, QStringLiteral("DELETE FROM places"));
        QSqlQuery insert = SqlConnection::prepare(
            db, QStringLiteral("INSERT INTO places (search, name, kind, latitude, longitude, kecamatan) "
                               "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const Place &place : places) {
            insert.bindValue(0, normalizeForSearch(place.name));
            insert.bindValue(1, place.name);
            insert.bindValue(2, place.kind == Place::Kind::Road ? QStringLiteral("road") : QStringLiteral("landmark"));
            insert.bindValue(3, place.latitude);
            insert.bindValue(4, place.longitude);
            insert.bindValue(5, place.kecamatan);
            SqlConnection::exec(insert);
        }
        QSqlQuery meta = SqlConnection::prepare(
            db, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('gazetteer', ?)"));
        meta.bindValue(0, edition);
        SqlConnection::exec(meta);
        if (!transaction.commit())
            throw SqlFailure{transaction.errorString()};
        qCInfo(lcStore) << "loaded" << places.size() << "places into the gazetteer index";
    } catch (const SqlFailure &failure) {
        if (error)
            *error = failure.message;
        return false;
    }
    return true;
}

void Schema::writeIncidentSearchRow(const QSqlDatabase &db, qint64 rowid)
{
    QSqlQuery incident = SqlConnection::prepare(
        db, QStringLiteral("SELECT id, number, road, landmark, summary FROM incidents WHERE rowid = ?"));
    incident.bindValue(0, rowid);
    SqlConnection::exec(incident);
    if (!incident.next())
        return;
    const QString id = incident.value(0).toString();
    QStringList columns;
    for (int i = 1; i <= 4; ++i)
        columns.append(normalizeForSearch(incident.value(i).toString()));
    incident.finish();

    QSqlQuery notes = SqlConnection::prepare(
        db, QStringLiteral("SELECT text FROM notes WHERE incident_id = ? ORDER BY hlc, site_id, op_id"));
    notes.bindValue(0, id);
    SqlConnection::exec(notes);
    QStringList texts;
    while (notes.next())
        texts.append(normalizeForSearch(notes.value(0).toString()));
    notes.finish();
    columns.append(texts.join(QLatin1Char(' ')));

    QSqlQuery remove = SqlConnection::prepare(db, QStringLiteral("DELETE FROM incident_search WHERE rowid = ?"));
    remove.bindValue(0, rowid);
    SqlConnection::exec(remove);
    QSqlQuery insert = SqlConnection::prepare(
        db, QStringLiteral("INSERT INTO incident_search (rowid, number, road, landmark, summary, notes) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, rowid);
    for (int i = 0; i < columns.size(); ++i)
        insert.bindValue(i + 1, columns.at(i));
    SqlConnection::exec(insert);
}

} // namespace lintas
