#include "reducer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/statemachine.h"
#include "core/unit.h"
#include "records.h"
#include "searchtext.h"
#include "sqlconnection.h"
#include "storelog.h"

namespace lintas {
namespace {

enum class FieldType
{
    Text,
    Int,
    Real,
    Time,
    List
};

struct FieldSpec
{
    const char *field;
    const char *column;
    FieldType type;
};

constexpr FieldSpec kIncidentFields[] = {
    {"number", "number", FieldType::Text},
    {"type_code", "type_code", FieldType::Text},
    {"priority", "priority", FieldType::Int},
    {"latitude", "latitude", FieldType::Real},
    {"longitude", "longitude", FieldType::Real},
    {"road", "road", FieldType::Text},
    {"landmark", "landmark", FieldType::Text},
    {"kelurahan", "kelurahan", FieldType::Text},
    {"kecamatan", "kecamatan", FieldType::Text},
    {"station_code", "station_code", FieldType::Text},
    {"reporter_name", "reporter_name", FieldType::Text},
    {"reporter_phone", "reporter_phone", FieldType::Text},
    {"lanes_blocked", "lanes_blocked", FieldType::Int},
    {"lanes_total", "lanes_total", FieldType::Int},
    {"died", "died", FieldType::Int},
    {"seriously_hurt", "seriously_hurt", FieldType::Int},
    {"slightly_hurt", "slightly_hurt", FieldType::Int},
    {"summary", "summary", FieldType::Text},
    {"reported_at", "reported_at", FieldType::Time},
    {"verified_at", "verified_at", FieldType::Time},
    {"lanes_cleared_at", "lanes_cleared_at", FieldType::Time},
};

constexpr FieldSpec kUnitFields[] = {
    {"callsign", "callsign", FieldType::Text},         {"kind", "kind", FieldType::Text},
    {"station_code", "station_code", FieldType::Text}, {"crew", "crew", FieldType::List},
    {"latitude", "latitude", FieldType::Real},         {"longitude", "longitude", FieldType::Real},
    {"heading_deg", "heading_deg", FieldType::Real},   {"speed_kmh", "speed_kmh", FieldType::Real},
    {"position_at", "position_at", FieldType::Time},
};

// A unit's Create names the status the unit starts in; transitions move it from there.
constexpr FieldSpec kUnitInitialStatus{"status", "initial_status", FieldType::Text};

const FieldSpec *fieldSpec(EntityKind entity, ChangeKind kind, const QString &field)
{
    const auto find = [&](const auto &table) -> const FieldSpec * {
        for (const FieldSpec &spec : table)
            if (field == QLatin1String(spec.field))
                return &spec;
        return nullptr;
    };
    if (entity == EntityKind::Incident)
        return find(kIncidentFields);
    if (kind == ChangeKind::Create && field == QLatin1String(kUnitInitialStatus.field))
        return &kUnitInitialStatus;
    return find(kUnitFields);
}

QVariant columnValue(FieldType type, const QVariant &value)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty() &&
                           type != FieldType::Text && type != FieldType::List))
        return {};
    switch (type) {
    case FieldType::Text:
        return value.toString();
    case FieldType::Int:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Time: {
        if (value.typeId() == QMetaType::QDateTime)
            return Records::timeValue(value.toDateTime());
        if (value.typeId() != QMetaType::QString)
            return value.toLongLong();
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return Records::timeValue(at);
    }
    case FieldType::List:
        return value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList
                   ? value.toStringList().join(QLatin1Char(','))
                   : value.toString();
    }
    return {};
}

// The order that settles every conflict: (hlc, site, op). The clock is fixed-width hex so that the stamp,
// stored as JSON strings (JSON numbers would lose the low bits of a 64-bit clock), compares as a tuple.
struct Stamp
{
    QString hlc;
    QString site;
    QString op;

    static Stamp of(const Change &change)
    {
        return {QStringLiteral("%1").arg(change.hlc.packed(), 16, 16, QLatin1Char('0')), change.siteId,
                Records::idText(change.opId)};
    }
    static Stamp fromJson(const QJsonValue &value)
    {
        const QJsonArray a = value.toArray();
        return {a.at(0).toString(), a.at(1).toString(), a.at(2).toString()};
    }
    QJsonArray toJson() const { return {hlc, site, op}; }
    bool isNull() const { return hlc.isEmpty(); }
    bool operator<(const Stamp &o) const { return std::tie(hlc, site, op) < std::tie(o.hlc, o.site, o.op); }
    bool operator==(const Stamp &o) const { return hlc == o.hlc && site == o.site && op == o.op; }
};

// The stamp of every plain field's writer, stored compactly: the distinct writers once ("w", sorted), and for each
// field the index of its writer ("f"). A Create writes a dozen fields with one stamp, so this stays small. The
// form is canonical (only writers still referenced, in stamp order), so it depends only on the set of changes.
class FieldClocks
{
public:
    static FieldClocks fromJson(const QByteArray &json)
    {
        FieldClocks clocks;
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QList<Stamp> writers;
        for (const QJsonValue &writer : object.value(QLatin1String("w")).toArray())
            writers.append(Stamp::fromJson(writer));
        const QJsonObject fields = object.value(QLatin1String("f")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            clocks.m_fields.insert(it.key(), writers.value(it.value().toInt()));
        return clocks;
    }
    Stamp stamp(const QString &field) const { return m_fields.value(field); }
    void set(const QString &field, const Stamp &stamp) { m_fields.insert(field, stamp); }
    QByteArray toJson() const
    {
        QList<Stamp> writers;
        for (const Stamp &stamp : m_fields)
            if (!writers.contains(stamp))
                writers.append(stamp);
        std::sort(writers.begin(), writers.end());
        QJsonArray w;
        for (const Stamp &stamp : std::as_const(writers))
            w.append(stamp.toJson());
        QJsonObject f;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            f.insert(it.key(), int(writers.indexOf(it.value())));
        return QJsonDocument(QJsonObject{{QStringLiteral("w"), w}, {QStringLiteral("f"), f}})
            .toJson(QJsonDocument::Compact);
    }

private:
    QMap<QString, Stamp> m_fields;
};

bool sameTime(const QVariant &a, const QVariant &b)
{
    return a.isNull() || b.isNull() ? a.isNull() == b.isNull() : a.toLongLong() == b.toLongLong();
}

QString tableOf(EntityKind entity)
{
    return entity == EntityKind::Incident ? QStringLiteral("incidents") : QStringLiteral("units");
}

} // namespace

Reducer::Reducer(QString connectionName)
    : m_connectionName(std::move(connectionName)), m_db(QSqlDatabase::database(m_connectionName, false))
{
}

Reducer::~Reducer() = default;

QSqlQuery &Reducer::query(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end())
        it = m_queries.insert(sql, SqlConnection::prepare(m_db, sql));
    return it.value();
}

void Reducer::touchIncident(const QUuid &id)
{
    if (!m_touchedIncidents.contains(id)) {
        m_touchedIncidents.insert(id);
        m_effects.incidents.append(id);
    }
}

void Reducer::touchUnit(const QUuid &id)
{
    if (!m_touchedUnits.contains(id)) {
        m_touchedUnits.insert(id);
        m_effects.units.append(id);
    }
}

void Reducer::apply(const Change &change)
{
    switch (change.kind) {
    case ChangeKind::Create:
    case ChangeKind::Set:
        applyFields(change);
        break;
    case ChangeKind::Transition:
        applyTransition(change);
        break;
    case ChangeKind::Note:
        applyNote(change);
        break;
    case ChangeKind::Dispatch:
        applyDispatch(change);
        break;
    }
    if (change.entity == EntityKind::Incident)
        touchIncident(change.entityId);
    else
        touchUnit(change.entityId);
}

void Reducer::ensureRow(EntityKind entity, const QString &id)
{
    QSqlQuery &insert = query(QStringLiteral("INSERT OR IGNORE INTO %1 (id) VALUES (?)").arg(tableOf(entity)));
    insert.bindValue(0, id);
    SqlConnection::exec(insert);
}

void Reducer::applyFields(const Change &change)
{
    const QString table = tableOf(change.entity);
    const QString id = Records::idText(change.entityId);
    const bool isCreate = change.kind == ChangeKind::Create;
    const bool isUnit = change.entity == EntityKind::Unit;

    QSqlQuery &select = query(QStringLiteral("SELECT field_clocks FROM %1 WHERE id = ?").arg(table));
    select.bindValue(0, id);
    SqlConnection::exec(select);
    const bool exists = select.next();
    FieldClocks clocks = exists ? FieldClocks::fromJson(select.value(0).toByteArray()) : FieldClocks();
    select.finish();

    const Stamp stamp = Stamp::of(change);
    QStringList columns;
    QVariantList values;
    bool searchable = false;
    bool initialStatus = false;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const FieldSpec *spec = fieldSpec(change.entity, change.kind, it.key());
        if (!spec) {
            qCDebug(lcStore) << "ignoring unknown field" << it.key() << "of" << change.opId;
            continue;
        }
        const Stamp current = clocks.stamp(it.key());
        if (!current.isNull() && !(current < stamp))
            continue; // an equal or later writer already set this field
        clocks.set(it.key(), stamp);
        columns.append(QLatin1String(spec->column));
        values.append(columnValue(spec->type, it.value()));
        const QString field = it.key();
        searchable = searchable || field == QLatin1String("number") || field == QLatin1String("road") ||
                     field == QLatin1String("landmark") || field == QLatin1String("summary");
        initialStatus = initialStatus || spec == &kUnitInitialStatus;
    }
    if (!isCreate && columns.isEmpty() && exists)
        return;

    const QByteArray clocksJson = clocks.toJson();
    if (!exists) {
        QStringList names{QStringLiteral("id")};
        names += columns;
        names << QStringLiteral("field_clocks") << QStringLiteral("has_create");
        if (isUnit)
            names << QStringLiteral("created_at");
        QStringList marks;
        for (int i = 0; i < names.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery &insert = query(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        int i = 0;
        insert.bindValue(i++, id);
        for (const QVariant &value : std::as_const(values))
            insert.bindValue(i++, value);
        insert.bindValue(i++, QString::fromUtf8(clocksJson));
        insert.bindValue(i++, isCreate ? 1 : 0);
        if (isUnit)
            insert.bindValue(i++, isCreate ? QVariant(change.hlc.ms()) : QVariant());
        SqlConnection::exec(insert);
    } else {
        QStringList sets;
        for (const QString &column : std::as_const(columns))
            sets << column + QStringLiteral(" = ?");
        sets << QStringLiteral("field_clocks = ?");
        if (isCreate) {
            sets << QStringLiteral("has_create = 1");
            // The earliest Create wins the creation time, whatever order they arrive in.
            if (isUnit)
                sets << QStringLiteral("created_at = min(coalesce(created_at, ?), ?)");
        }
        QSqlQuery &update =
            query(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
        int i = 0;
        for (const QVariant &value : std::as_const(values))
            update.bindValue(i++, value);
        update.bindValue(i++, QString::fromUtf8(clocksJson));
        if (isCreate && isUnit) {
            update.bindValue(i++, change.hlc.ms());
            update.bindValue(i++, change.hlc.ms());
        }
        update.bindValue(i++, id);
        SqlConnection::exec(update);
    }

    if (isUnit && initialStatus)
        replay(EntityKind::Unit, id);
    if (!isUnit && (searchable || isCreate))
        m_searchDirty.insert(id);
}

void Reducer::applyTransition(const Change &change)
{
    const QString id = Records::idText(change.entityId);
    QSqlQuery &insert = query(QStringLiteral(
        "INSERT OR IGNORE INTO transitions (op_id, entity, entity_id, hlc, site_id, actor, from_status, to_status, "
        "incident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, Records::idText(change.opId));
    insert.bindValue(1, toString(change.entity));
    insert.bindValue(2, id);
    insert.bindValue(3, qint64(change.hlc.packed()));
    insert.bindValue(4, change.siteId);
    insert.bindValue(5, change.actor);
    insert.bindValue(6, change.fields.value(QStringLiteral("from")).toString());
    insert.bindValue(7, change.fields.value(QStringLiteral("to")).toString());
    const QString incidentId = change.fields.value(QStringLiteral("incident_id")).toString();
    insert.bindValue(8, incidentId.isEmpty() ? QVariant() : QVariant(Records::idText(QUuid::fromString(incidentId))));
    SqlConnection::exec(insert);
    ensureRow(change.entity, id);
    replay(change.entity, id);
}

void Reducer::applyNote(const Change &change)
{
    const QString id = Records::idText(change.entityId);
    QSqlQuery &insert = query(QStringLiteral("INSERT OR IGNORE INTO notes (op_id, incident_id, at, hlc, site_id, "
                                             "actor, text) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    IncidentNote note;
    note.opId = change.opId;
    note.incidentId = change.entityId;
    note.at = QDateTime::fromMSecsSinceEpoch(change.hlc.ms(), Qt::UTC);
    note.actor = change.actor;
    note.text = change.fields.value(QStringLiteral("text")).toString();
    insert.bindValue(0, Records::idText(change.opId));
    insert.bindValue(1, id);
    insert.bindValue(2, change.hlc.ms());
    insert.bindValue(3, qint64(change.hlc.packed()));
    insert.bindValue(4, change.siteId);
    insert.bindValue(5, change.actor);
    insert.bindValue(6, note.text);
    SqlConnection::exec(insert);
    if (insert.numRowsAffected() > 0)
        m_effects.notes.append(note);
    m_searchDirty.insert(id);
}

void Reducer::applyDispatch(const Change &change)
{
    const QUuid unitId = QUuid::fromString(change.fields.value(QStringLiteral("unit_id")).toString());
    const QString unit = Records::idText(unitId);
    QSqlQuery &insert = query(QStringLiteral(
        "INSERT OR IGNORE INTO assignments (op_id, incident_id, unit_id, hlc, site_id, actor, dispatched_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, Records::idText(change.opId));
    insert.bindValue(1, Records::idText(change.entityId));
    insert.bindValue(2, unit);
    insert.bindValue(3, qint64(change.hlc.packed()));
    insert.bindValue(4, change.siteId);
    insert.bindValue(5, change.actor);
    insert.bindValue(6, change.hlc.ms());
    SqlConnection::exec(insert);
    if (insert.numRowsAffected() > 0)
        m_effects.assignments.append(change.opId);
    m_assignmentUnits.insert(unit);
}

void Reducer::replay(EntityKind entity, const QString &id)
{
    const bool isUnit = entity == EntityKind::Unit;
    struct Row
    {
        QString opId;
        qint64 ms = 0;
        QString to;
        QString incidentId;
        int applied = 0;
        QString fromActual;
        QString resultIncident;
    };
    QList<Row> rows;
    QSqlQuery &select = query(QStringLiteral(
        "SELECT op_id, hlc, to_status, incident_id, applied, from_actual, result_incident_id FROM transitions "
        "WHERE entity_id = ? ORDER BY hlc, site_id, op_id"));
    select.bindValue(0, id);
    SqlConnection::exec(select);
    while (select.next()) {
        rows.append({select.value(0).toString(), qint64(quint64(select.value(1).toLongLong()) >> 16),
                     select.value(2).toString(), select.value(3).toString(), select.value(4).toInt(),
                     select.value(5).toString(), select.value(6).toString()});
    }
    select.finish();

    QSqlQuery &mark = query(
        QStringLiteral("UPDATE transitions SET applied = ?, from_actual = ?, result_incident_id = ? WHERE op_id = ?"));
    const auto store = [&](const Row &row, int applied, const QString &fromActual, const QString &resultIncident) {
        if (row.applied == applied && row.fromActual == fromActual && row.resultIncident == resultIncident)
            return;
        mark.bindValue(0, applied);
        mark.bindValue(1, fromActual);
        mark.bindValue(2, resultIncident.isEmpty() ? QVariant() : QVariant(resultIncident));
        mark.bindValue(3, row.opId);
        SqlConnection::exec(mark);
    };

    QVariant since;
    if (!isUnit) {
        IncidentStatus status = IncidentStatus::Reported;
        QVariant firstDispatched, firstArrival, cleared, closed;
        for (const Row &row : std::as_const(rows)) {
            bool ok = false;
            const IncidentStatus to = incidentStatusFromString(row.to, &ok);
            const QString from = toString(status);
            if (!ok || !isLegalMove(status, to)) {
                store(row, 0, from, {});
                continue;
            }
            status = to;
            since = row.ms;
            if (to == IncidentStatus::Dispatched && firstDispatched.isNull())
                firstDispatched = row.ms;
            if (to == IncidentStatus::OnScene && firstArrival.isNull())
                firstArrival = row.ms;
            if (to == IncidentStatus::Cleared)
                cleared = row.ms; // a reopened incident is cleared again later
            if (to == IncidentStatus::Closed)
                closed = row.ms;
            store(row, 1, from, {});
        }
        if (status != IncidentStatus::Cleared && status != IncidentStatus::Closed)
            cleared = QVariant();
        QSqlQuery &update = query(QStringLiteral(
            "UPDATE incidents SET status = ?, status_since = ?, first_dispatched_at = ?, first_arrival_at = ?, "
            "cleared_at = ?, closed_at = ? WHERE id = ?"));
        update.bindValue(0, toString(status));
        update.bindValue(1, since);
        update.bindValue(2, firstDispatched);
        update.bindValue(3, firstArrival);
        update.bindValue(4, cleared);
        update.bindValue(5, closed);
        update.bindValue(6, id);
        SqlConnection::exec(update);
        return;
    }

    QSqlQuery &initial = query(QStringLiteral("SELECT initial_status FROM units WHERE id = ?"));
    initial.bindValue(0, id);
    SqlConnection::exec(initial);
    bool ok = false;
    UnitStatus status = initial.next() ? unitStatusFromString(initial.value(0).toString(), &ok) : UnitStatus::Available;
    initial.finish();
    if (!ok)
        status = UnitStatus::Available;
    QString incident;
    for (const Row &row : std::as_const(rows)) {
        const UnitStatus to = unitStatusFromString(row.to, &ok);
        const QString from = toString(status);
        if (!ok || !isLegalMove(status, to)) {
            store(row, 0, from, {});
            continue;
        }
        status = to;
        since = row.ms;
        // The unit carries the incident it works; a free or out-of-service unit works none.
        if (!row.incidentId.isEmpty())
            incident = row.incidentId;
        else if (isFree(to) || to == UnitStatus::OutOfService)
            incident.clear();
        store(row, 1, from, incident);
    }
    QSqlQuery &update =
        query(QStringLiteral("UPDATE units SET status = ?, status_since = ?, incident_id = ? WHERE id = ?"));
    update.bindValue(0, toString(status));
    update.bindValue(1, since);
    update.bindValue(2, incident.isEmpty() ? QVariant() : QVariant(incident));
    update.bindValue(3, id);
    SqlConnection::exec(update);
    m_assignmentUnits.insert(id);
}

void Reducer::deriveAssignments(const QString &unitId)
{
    struct Move
    {
        qint64 hlc = 0;
        QString to;
        QString incident;
    };
    QList<Move> moves;
    QSqlQuery &transitions = query(
        QStringLiteral("SELECT hlc, to_status, result_incident_id FROM transitions WHERE entity_id = ? AND applied = 1 "
                       "ORDER BY hlc, site_id, op_id"));
    transitions.bindValue(0, unitId);
    SqlConnection::exec(transitions);
    while (transitions.next())
        moves.append(
            {transitions.value(0).toLongLong(), transitions.value(1).toString(), transitions.value(2).toString()});
    transitions.finish();

    struct Row
    {
        QString opId;
        QString incident;
        qint64 hlc = 0;
        QVariant arrived;
        QVariant cleared;
    };
    QList<Row> rows;
    QSqlQuery &select = query(
        QStringLiteral("SELECT op_id, incident_id, hlc, arrived_at, cleared_at FROM assignments WHERE unit_id = ?"));
    select.bindValue(0, unitId);
    SqlConnection::exec(select);
    while (select.next())
        rows.append({select.value(0).toString(), select.value(1).toString(), select.value(2).toLongLong(),
                     select.value(3), select.value(4)});
    select.finish();

    QSqlQuery &update = query(QStringLiteral("UPDATE assignments SET arrived_at = ?, cleared_at = ? WHERE op_id = ?"));
    const QString onScene = toString(UnitStatus::OnScene);
    for (const Row &row : std::as_const(rows)) {
        // From the dispatch on: the unit joins the incident, arrives (first on scene there) and leaves (the first
        // move that takes it to no incident or another one).
        QVariant arrived, cleared;
        bool joined = false;
        for (const Move &move : std::as_const(moves)) {
            if (move.hlc < row.hlc)
                continue;
            const qint64 ms = qint64(quint64(move.hlc) >> 16);
            if (move.incident == row.incident) {
                joined = true;
                if (move.to == onScene && arrived.isNull())
                    arrived = ms;
            } else if (joined) {
                cleared = ms;
                break;
            }
        }
        if (sameTime(arrived, row.arrived) && sameTime(cleared, row.cleared))
            continue;
        update.bindValue(0, arrived);
        update.bindValue(1, cleared);
        update.bindValue(2, row.opId);
        SqlConnection::exec(update);
        const QUuid opId = QUuid::fromString(row.opId);
        if (!m_effects.assignments.contains(opId))
            m_effects.assignments.append(opId);
        touchIncident(QUuid::fromString(row.incident));
    }
}

void Reducer::writeSearchRow(const QString &incidentId)
{
    QSqlQuery &incident =
        query(QStringLiteral("SELECT rowid, number, road, landmark, summary FROM incidents WHERE id = ?"));
    incident.bindValue(0, incidentId);
    SqlConnection::exec(incident);
    if (!incident.next()) {
        incident.finish();
        return;
    }
    const qint64 rowid = incident.value(0).toLongLong();
    QStringList columns;
    for (int i = 1; i <= 4; ++i)
        columns.append(normalizeForSearch(incident.value(i).toString()));
    incident.finish();

    QSqlQuery &notes =
        query(QStringLiteral("SELECT text FROM notes WHERE incident_id = ? ORDER BY hlc, site_id, op_id"));
    notes.bindValue(0, incidentId);
    SqlConnection::exec(notes);
    QStringList texts;
    while (notes.next())
        texts.append(normalizeForSearch(notes.value(0).toString()));
    notes.finish();
    columns.append(texts.join(QLatin1Char(' ')));

    // FTS5 honours OR REPLACE on the rowid: the old row's terms are removed from the index with it.
    QSqlQuery &insert = query(QStringLiteral("INSERT OR REPLACE INTO incident_search (rowid, number, road, landmark, "
                                             "summary, notes) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, rowid);
    for (int i = 0; i < columns.size(); ++i)
        insert.bindValue(i + 1, columns.at(i));
    SqlConnection::exec(insert);
}

void Reducer::finish()
{
    QStringList units(m_assignmentUnits.cbegin(), m_assignmentUnits.cend());
    units.sort();
    for (const QString &unit : std::as_const(units))
        deriveAssignments(unit);
    m_assignmentUnits.clear();
    QStringList incidents(m_searchDirty.cbegin(), m_searchDirty.cend());
    incidents.sort();
    for (const QString &incident : std::as_const(incidents))
        writeSearchRow(incident);
    m_searchDirty.clear();
}

Reducer::Effects Reducer::takeEffects()
{
    Effects effects = std::move(m_effects);
    m_effects = {};
    m_touchedIncidents.clear();
    m_touchedUnits.clear();
    m_assignmentUnits.clear();
    m_searchDirty.clear();
    return effects;
}

} // namespace lintas
