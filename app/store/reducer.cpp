#include "reducer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/plates.h"
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
    {"lanes", "lanes", FieldType::Text},
};

constexpr FieldSpec kUnitFields[] = {
    {"callsign", "callsign", FieldType::Text},         {"kind", "kind", FieldType::Text},
    {"station_code", "station_code", FieldType::Text}, {"crew", "crew", FieldType::List},
    {"latitude", "latitude", FieldType::Real},         {"longitude", "longitude", FieldType::Real},
    {"heading_deg", "heading_deg", FieldType::Real},   {"speed_kmh", "speed_kmh", FieldType::Real},
    {"position_at", "position_at", FieldType::Time},
};

// The region-wide settings: today one record, the response thresholds.
constexpr FieldSpec kSettingFields[] = {
    {"station_code", "station_code", FieldType::Text},  {"p1_dispatch_s", "p1_dispatch_s", FieldType::Int},
    {"p1_on_scene_s", "p1_on_scene_s", FieldType::Int}, {"p2_dispatch_s", "p2_dispatch_s", FieldType::Int},
    {"p2_on_scene_s", "p2_on_scene_s", FieldType::Int}, {"p3_dispatch_s", "p3_dispatch_s", FieldType::Int},
    {"p3_on_scene_s", "p3_on_scene_s", FieldType::Int}, {"p4_dispatch_s", "p4_dispatch_s", FieldType::Int},
    {"p4_on_scene_s", "p4_on_scene_s", FieldType::Int}, {"amber_share", "amber_share", FieldType::Real},
};

// A unit's Create names the status the unit starts in; transitions move it from there.
constexpr FieldSpec kUnitInitialStatus{"status", "initial_status", FieldType::Text};

constexpr int kIncidentFieldCount = int(std::size(kIncidentFields));
constexpr int kUnitFieldCount = int(std::size(kUnitFields));
constexpr int kSettingFieldCount = int(std::size(kSettingFields));
constexpr int kUnitInitialStatusIndex = kUnitFieldCount; // after the plain unit fields
static_assert(kIncidentFieldCount <= 32 && kUnitFieldCount + 1 <= 32 && kSettingFieldCount <= 32,
              "written columns are a 32-bit mask");

// The position of a field in its table (kUnitInitialStatusIndex for a unit Create's status), or -1.
int fieldIndex(EntityKind entity, ChangeKind kind, const QString &field)
{
    static const QHash<QString, int> incidentIndex = [] {
        QHash<QString, int> index;
        for (int i = 0; i < kIncidentFieldCount; ++i)
            index.insert(QLatin1String(kIncidentFields[i].field), i);
        return index;
    }();
    static const QHash<QString, int> unitIndex = [] {
        QHash<QString, int> index;
        for (int i = 0; i < kUnitFieldCount; ++i)
            index.insert(QLatin1String(kUnitFields[i].field), i);
        return index;
    }();
    static const QHash<QString, int> settingIndex = [] {
        QHash<QString, int> index;
        for (int i = 0; i < kSettingFieldCount; ++i)
            index.insert(QLatin1String(kSettingFields[i].field), i);
        return index;
    }();
    if (entity == EntityKind::Incident)
        return incidentIndex.value(field, -1);
    if (entity == EntityKind::Setting)
        return settingIndex.value(field, -1);
    if (kind == ChangeKind::Create && field == QLatin1String(kUnitInitialStatus.field))
        return kUnitInitialStatusIndex;
    return unitIndex.value(field, -1);
}

const FieldSpec &fieldSpecAt(EntityKind entity, int index)
{
    if (entity == EntityKind::Incident)
        return kIncidentFields[index];
    if (entity == EntityKind::Setting)
        return kSettingFields[index];
    return index == kUnitInitialStatusIndex ? kUnitInitialStatus : kUnitFields[index];
}

QVariant columnValue(FieldType type, const QVariant &value)
{
    // An empty text is stored as NULL, like a missing one: a null QString and "" are the same value to a
    // dispatcher, and they must be the same in the table too, or a replica that received the change as JSON
    // (where both are "") would differ from the desk that made it.
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
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
    case FieldType::List: {
        const QString joined = value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList
                                   ? value.toStringList().join(QLatin1Char(','))
                                   : value.toString();
        return joined.isEmpty() ? QVariant() : QVariant(joined);
    }
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

    static QString hex(quint64 value)
    {
        static constexpr char kDigits[] = "0123456789abcdef";
        QChar digits[16];
        for (int i = 15; i >= 0; --i, value >>= 4)
            digits[i] = QLatin1Char(kDigits[value & 0xf]);
        return QString(digits, 16);
    }
    static Stamp of(const Change &change)
    {
        return {hex(change.hlc.packed()), change.siteId, Records::idText(change.opId)};
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

// Text that JSON writes as it is: printable ASCII without quote or backslash. Anything else takes the
// general (QJsonDocument) path, so the bytes stay exactly what QJsonDocument writes.
bool isPlainJsonText(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            return false;
    return true;
}

// Reads the canonical form FieldClocks writes; nullopt for anything else (escapes, spaces, another shape),
// which then goes to QJsonDocument.
class ClockReader
{
public:
    explicit ClockReader(const QByteArray &json) : m_at(json.constData()), m_end(json.constData() + json.size()) {}

    bool literal(const char *text)
    {
        for (; *text; ++text, ++m_at)
            if (m_at == m_end || *m_at != *text)
                return false;
        return true;
    }
    bool peek(char c) const { return m_at != m_end && *m_at == c; }
    bool atEnd() const { return m_at == m_end; }
    // A quoted string without escapes.
    bool string(QString *out)
    {
        if (!literal("\""))
            return false;
        const char *start = m_at;
        while (m_at != m_end && *m_at != '"') {
            if (*m_at == '\\' || static_cast<unsigned char>(*m_at) < 0x20)
                return false;
            ++m_at;
        }
        if (m_at == m_end)
            return false;
        *out = QString::fromUtf8(start, m_at - start);
        ++m_at;
        return true;
    }
    bool index(int *out)
    {
        int value = 0;
        const char *start = m_at;
        while (m_at != m_end && *m_at >= '0' && *m_at <= '9' && m_at - start < 6)
            value = value * 10 + (*m_at++ - '0');
        *out = value;
        return m_at != start;
    }

private:
    const char *m_at;
    const char *m_end;
};

// The stamp of every plain field's writer, stored compactly: the distinct writers once ("w", sorted), and for each
// field the index of its writer ("f"). A Create writes a dozen fields with one stamp, so this stays small. The
// form is canonical (only writers still referenced, in stamp order), so it depends only on the set of changes.
// Every edit reads and writes it, so the canonical form has a direct reader and writer; QJsonDocument handles
// the rest and stays the reference (the direct writer produces the same bytes).
class FieldClocks
{
public:
    static FieldClocks fromJson(const QByteArray &json)
    {
        FieldClocks clocks;
        if (json.isEmpty() || json == "{}" || clocks.readCanonical(json))
            return clocks;
        clocks.m_fields.clear();
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
        bool plain = true;
        for (const Stamp &stamp : std::as_const(writers))
            plain = plain && isPlainJsonText(stamp.hlc) && isPlainJsonText(stamp.site) && isPlainJsonText(stamp.op);
        for (auto it = m_fields.cbegin(); plain && it != m_fields.cend(); ++it)
            plain = isPlainJsonText(it.key());
        if (!plain)
            return documentJson(writers);

        // What QJsonDocument writes for the same object: keys sorted ("f" before "w"), no spaces.
        QByteArray out;
        out.reserve(16 + 24 * m_fields.size() + 80 * writers.size());
        out.append("{\"f\":{");
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            if (it != m_fields.cbegin())
                out.append(',');
            out.append('"').append(it.key().toLatin1()).append("\":");
            out.append(QByteArray::number(writers.indexOf(it.value())));
        }
        out.append("},\"w\":[");
        for (qsizetype i = 0; i < writers.size(); ++i) {
            const Stamp &stamp = writers.at(i);
            if (i > 0)
                out.append(',');
            out.append("[\"").append(stamp.hlc.toLatin1()).append("\",\"").append(stamp.site.toLatin1());
            out.append("\",\"").append(stamp.op.toLatin1()).append("\"]");
        }
        out.append("]}");
        return out;
    }

private:
    QByteArray documentJson(const QList<Stamp> &writers) const
    {
        QJsonArray w;
        for (const Stamp &stamp : writers)
            w.append(stamp.toJson());
        QJsonObject f;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            f.insert(it.key(), int(writers.indexOf(it.value())));
        return QJsonDocument(QJsonObject{{QStringLiteral("w"), w}, {QStringLiteral("f"), f}})
            .toJson(QJsonDocument::Compact);
    }

    bool readCanonical(const QByteArray &json)
    {
        ClockReader in(json);
        if (!in.literal("{\"f\":{"))
            return false;
        QList<std::pair<QString, int>> fields;
        while (!in.peek('}')) {
            if (!fields.isEmpty() && !in.literal(","))
                return false;
            QString name;
            int index = 0;
            if (!in.string(&name) || !in.literal(":") || !in.index(&index))
                return false;
            fields.append({name, index});
        }
        if (!in.literal("},\"w\":["))
            return false;
        QList<Stamp> writers;
        while (!in.peek(']')) {
            if (!writers.isEmpty() && !in.literal(","))
                return false;
            Stamp stamp;
            if (!in.literal("[") || !in.string(&stamp.hlc) || !in.literal(",") || !in.string(&stamp.site) ||
                !in.literal(",") || !in.string(&stamp.op) || !in.literal("]"))
                return false;
            writers.append(stamp);
        }
        if (!in.literal("]}") || !in.atEnd())
            return false;
        for (const auto &[name, index] : std::as_const(fields))
            m_fields.insert(name, writers.value(index));
        return true;
    }

    QMap<QString, Stamp> m_fields;
};

bool sameTime(const QVariant &a, const QVariant &b)
{
    return a.isNull() || b.isNull() ? a.isNull() == b.isNull() : a.toLongLong() == b.toLongLong();
}

QString tableOf(EntityKind entity)
{
    switch (entity) {
    case EntityKind::Incident:
        return QStringLiteral("incidents");
    case EntityKind::Unit:
        return QStringLiteral("units");
    case EntityKind::Setting:
        return QStringLiteral("settings");
    case EntityKind::Case:
        return QStringLiteral("cases");
    case EntityKind::Article:
        return QStringLiteral("articles");
    }
    return QStringLiteral("units");
}

} // namespace

struct Reducer::Cache
{
    struct Entry
    {
        bool exists = false;
        FieldClocks clocks;
    };
    // By record id, one table each; only rows this batch has read or written with applyFields().
    QHash<QString, Entry> incidents;
    QHash<QString, Entry> units;
    QHash<QString, Entry> settings;

    QHash<QString, Entry> &of(EntityKind entity)
    {
        return entity == EntityKind::Incident ? incidents : entity == EntityKind::Setting ? settings : units;
    }
};

Reducer::Reducer(QString connectionName)
    : m_connectionName(std::move(connectionName)), m_db(QSqlDatabase::database(m_connectionName, false)),
      m_cache(std::make_unique<Cache>()), m_cases(std::make_unique<CaseReducer>(m_connectionName))
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

// The INSERT or UPDATE of a Create/Set, one statement per set of written columns: a desk writes a handful of
// shapes (a Create, a move, a casualty count), each prepared once. Columns appear in table order.
QSqlQuery &Reducer::fieldQuery(EntityKind entity, quint32 columns, bool insert, bool create)
{
    const bool isUnit = entity == EntityKind::Unit;
    const quint64 key = quint64(columns) | quint64(entity) << 32 | quint64(insert) << 35 | quint64(create) << 36;
    auto it = m_fieldQueries.find(key);
    if (it != m_fieldQueries.end())
        return it.value();

    QStringList names;
    for (int i = 0; i < 32; ++i)
        if (columns & (1u << i))
            names.append(QLatin1String(fieldSpecAt(entity, i).column));
    QString sql;
    if (insert) {
        names.prepend(QStringLiteral("id"));
        names << QStringLiteral("field_clocks") << QStringLiteral("has_create");
        if (isUnit)
            names << QStringLiteral("created_at");
        QStringList marks;
        for (int i = 0; i < names.size(); ++i)
            marks << QStringLiteral("?");
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(tableOf(entity), names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    } else {
        QStringList sets;
        for (const QString &column : std::as_const(names))
            sets << column + QStringLiteral(" = ?");
        sets << QStringLiteral("field_clocks = ?");
        if (create) {
            sets << QStringLiteral("has_create = 1");
            // The earliest Create wins the creation time, whatever order they arrive in.
            if (isUnit)
                sets << QStringLiteral("created_at = min(coalesce(created_at, ?), ?)");
        }
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(tableOf(entity), sets.join(QStringLiteral(", ")));
    }
    return m_fieldQueries.insert(key, SqlConnection::prepare(m_db, sql)).value();
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
    if (change.entity == EntityKind::Case || change.entity == EntityKind::Article) {
        m_cases->apply(change);
        return;
    }
    if (change.entity == EntityKind::Incident)
        notePlatesOfIncident(change);
    if (change.entity == EntityKind::Setting) {
        // A setting is plain fields only; anything else on one is a newer peer's idea this program ignores.
        if (change.kind == ChangeKind::Create || change.kind == ChangeKind::Set)
            applyFields(change);
        else
            qCDebug(lcStore) << "ignoring" << toString(change.kind) << "on setting" << change.entityId;
        return;
    }
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
    case ChangeKind::Revise:
    case ChangeKind::Attach:
    case ChangeKind::VoidRequest:
    case ChangeKind::VoidDecision:
    case ChangeKind::View:
        // Case changes only; on an incident or a unit they are a newer peer's idea this program ignores.
        qCDebug(lcStore) << "ignoring" << toString(change.kind) << "on" << toString(change.entity) << change.entityId;
        return;
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
    const QString id = Records::idText(change.entityId);
    const bool isCreate = change.kind == ChangeKind::Create;
    const bool isUnit = change.entity == EntityKind::Unit;

    QHash<QString, Cache::Entry> &cached = m_cache->of(change.entity);
    auto entry = cached.find(id);
    if (entry == cached.end()) {
        QSqlQuery &select =
            query(QStringLiteral("SELECT field_clocks FROM %1 WHERE id = ?").arg(tableOf(change.entity)));
        select.bindValue(0, id);
        SqlConnection::exec(select);
        Cache::Entry read;
        read.exists = select.next();
        if (read.exists)
            read.clocks = FieldClocks::fromJson(select.value(0).toByteArray());
        select.finish();
        entry = cached.insert(id, read);
    }
    const bool exists = entry->exists;
    FieldClocks &clocks = entry->clocks;

    const Stamp stamp = Stamp::of(change);
    quint32 columns = 0;
    QVariant values[32];
    bool searchable = false;
    bool initialStatus = false;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const int index = fieldIndex(change.entity, change.kind, it.key());
        if (index < 0) {
            qCDebug(lcStore) << "ignoring unknown field" << it.key() << "of" << change.opId;
            continue;
        }
        const Stamp current = clocks.stamp(it.key());
        if (!current.isNull() && !(current < stamp))
            continue; // an equal or later writer already set this field
        clocks.set(it.key(), stamp);
        columns |= 1u << index;
        values[index] = columnValue(fieldSpecAt(change.entity, index).type, it.value());
        const QString &field = it.key();
        searchable = searchable || field == QLatin1String("number") || field == QLatin1String("road") ||
                     field == QLatin1String("landmark") || field == QLatin1String("summary");
        initialStatus = initialStatus || (isUnit && index == kUnitInitialStatusIndex);
    }
    if (!isCreate && columns == 0 && exists)
        return;

    const QString clocksJson = QString::fromUtf8(clocks.toJson());
    QSqlQuery &write = fieldQuery(change.entity, columns, !exists, isCreate);
    int i = 0;
    if (!exists)
        write.bindValue(i++, id);
    for (int column = 0; column < 32; ++column)
        if (columns & (1u << column))
            write.bindValue(i++, values[column]);
    write.bindValue(i++, clocksJson);
    if (!exists) {
        write.bindValue(i++, isCreate ? 1 : 0);
        if (isUnit)
            write.bindValue(i++, isCreate ? QVariant(change.hlc.ms()) : QVariant());
    } else {
        if (isCreate && isUnit) {
            write.bindValue(i++, change.hlc.ms());
            write.bindValue(i++, change.hlc.ms());
        }
        write.bindValue(i++, id);
    }
    SqlConnection::exec(write);
    entry->exists = true;

    if (change.entity == EntityKind::Setting) {
        if (!m_effects.settings.contains(change.entityId))
            m_effects.settings.append(change.entityId);
        return;
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
        "incident_id, source, distance_m) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    insert.bindValue(9, columnValue(FieldType::Text, change.fields.value(QStringLiteral("source"))));
    insert.bindValue(10, columnValue(FieldType::Real, change.fields.value(QStringLiteral("distance_m"))));
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
        "INSERT OR IGNORE INTO assignments (op_id, incident_id, unit_id, hlc, site_id, actor, dispatched_at, "
        "recommended_unit_id, rank, eta_s, override_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, Records::idText(change.opId));
    insert.bindValue(1, Records::idText(change.entityId));
    insert.bindValue(2, unit);
    insert.bindValue(3, qint64(change.hlc.packed()));
    insert.bindValue(4, change.siteId);
    insert.bindValue(5, change.actor);
    insert.bindValue(6, change.hlc.ms());
    const QUuid recommended = QUuid::fromString(change.fields.value(QStringLiteral("recommended_unit_id")).toString());
    insert.bindValue(7, Records::idValue(recommended));
    insert.bindValue(8, columnValue(FieldType::Int, change.fields.value(QStringLiteral("rank"))));
    insert.bindValue(9, columnValue(FieldType::Real, change.fields.value(QStringLiteral("eta_s"))));
    insert.bindValue(10, columnValue(FieldType::Text, change.fields.value(QStringLiteral("override_reason"))));
    SqlConnection::exec(insert);
    if (insert.numRowsAffected() > 0)
        m_effects.assignments.append(change.opId);
    m_assignmentUnits.insert(unit);
    // A new assignment is an open one: the incident has a unit on it again.
    m_departureDirty.insert(Records::idText(change.entityId));
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
        m_departureDirty.insert(row.incident);
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
    Incident record;
    record.number = incident.value(1).toString();
    record.road = incident.value(2).toString();
    record.landmark = incident.value(3).toString();
    record.summary = incident.value(4).toString();
    incident.finish();

    QSqlQuery &notes =
        query(QStringLiteral("SELECT text FROM notes WHERE incident_id = ? ORDER BY hlc, site_id, op_id"));
    notes.bindValue(0, incidentId);
    SqlConnection::exec(notes);
    QStringList texts;
    while (notes.next())
        texts.append(normalizeForSearch(notes.value(0).toString()));
    notes.finish();
    writeSearchRow(rowid, record, texts.join(QLatin1Char(' ')));
}

namespace {

// Ids as a JSON array, for "id IN (SELECT value FROM json_each(?))": one statement reads the rows of a whole batch.
QString jsonIdList(const QStringList &ids)
{
    QString json;
    json.reserve(ids.size() * 39 + 2);
    json.append(QLatin1Char('['));
    for (const QString &id : ids) {
        if (json.size() > 1)
            json.append(QLatin1Char(','));
        json.append(QLatin1Char('"')).append(id).append(QLatin1Char('"')); // UUID text needs no escaping
    }
    json.append(QLatin1Char(']'));
    return json;
}

} // namespace

void Reducer::writeSearchRow(qint64 rowid, const Incident &incident, const QString &notes)
{
    // FTS5 honours OR REPLACE on the rowid: the old row's terms are removed from the index with it.
    QSqlQuery &insert = query(QStringLiteral("INSERT OR REPLACE INTO incident_search (rowid, number, road, landmark, "
                                             "summary, notes) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, rowid);
    insert.bindValue(1, normalizeForSearch(incident.number));
    insert.bindValue(2, normalizeForSearch(incident.road));
    insert.bindValue(3, normalizeForSearch(incident.landmark));
    insert.bindValue(4, normalizeForSearch(incident.summary));
    insert.bindValue(5, notes);
    SqlConnection::exec(insert);
}

// Every touched record is read once, after the last write of the batch and in one statement per table: the
// notifications carry the records, and an incident whose searchable text changed gets its search row from the
// same read. (The Qt driver sets up the result columns on every exec; per record that cost more than the read.)
void Reducer::readRecords()
{
    QStringList incidentIds;
    incidentIds.reserve(m_effects.incidents.size());
    for (const QUuid &id : std::as_const(m_effects.incidents))
        incidentIds.append(Records::idText(id));

    struct Row
    {
        Incident record;
        qint64 rowid = 0;
        bool created = false;
    };
    QHash<QString, Row> rows;
    if (!incidentIds.isEmpty()) {
        QSqlQuery &select = query(QStringLiteral("SELECT %1, rowid, has_create FROM incidents WHERE id IN "
                                                 "(SELECT value FROM json_each(?))")
                                      .arg(Records::incidentColumns()));
        constexpr int kRowid = 29;
        constexpr int kHasCreate = 30;
        select.bindValue(0, jsonIdList(incidentIds));
        SqlConnection::exec(select);
        while (select.next()) {
            Row row{Records::incident(select), select.value(kRowid).toLongLong(),
                    select.value(kHasCreate).toInt() == 1};
            rows.insert(Records::idText(row.record.id), row);
        }
        select.finish();
    }

    // The notes of every incident whose search row is stale, normalised and joined in (hlc, site, op) order.
    QStringList stale;
    for (const QString &id : std::as_const(incidentIds))
        if (m_searchDirty.contains(id) && rows.contains(id))
            stale.append(id);
    QHash<QString, QStringList> notes;
    if (!stale.isEmpty()) {
        QSqlQuery &select = query(QStringLiteral("SELECT incident_id, text FROM notes WHERE incident_id IN (SELECT "
                                                 "value FROM json_each(?)) ORDER BY incident_id, hlc, site_id, op_id"));
        select.bindValue(0, jsonIdList(stale));
        SqlConnection::exec(select);
        while (select.next())
            notes[select.value(0).toString()].append(normalizeForSearch(select.value(1).toString()));
        select.finish();
    }
    for (const QString &id : std::as_const(stale)) {
        const Row &row = rows[id];
        writeSearchRow(row.rowid, row.record, notes.value(id).join(QLatin1Char(' ')));
        m_searchDirty.remove(id);
    }

    for (const QString &id : std::as_const(incidentIds)) {
        const auto row = rows.constFind(id);
        if (row != rows.cend() && row->created)
            m_effects.incidentRecords.append(row->record);
    }

    QSqlQuery &unit =
        query(QStringLiteral("SELECT %1 FROM units WHERE id = ? AND has_create = 1").arg(Records::unitColumns()));
    for (const QUuid &id : std::as_const(m_effects.units)) {
        unit.bindValue(0, Records::idText(id));
        SqlConnection::exec(unit);
        if (unit.next())
            m_effects.unitRecords.append(Records::unit(unit));
        unit.finish();
    }
}

// When the last unit left: the latest cleared_at once every assignment of the incident has one; NULL while a
// unit is still on it (or none was ever sent). Recomputed whenever an incident's assignments change.
void Reducer::deriveDepartures()
{
    QStringList incidents(m_departureDirty.cbegin(), m_departureDirty.cend());
    incidents.sort();
    m_departureDirty.clear();
    QSqlQuery &update = query(QStringLiteral(
        "UPDATE incidents SET last_departed_at = (SELECT CASE WHEN count(*) > 0 AND count(a.cleared_at) = count(*) "
        "THEN max(a.cleared_at) END FROM assignments a WHERE a.incident_id = incidents.id) WHERE id = ? AND "
        "last_departed_at IS NOT (SELECT CASE WHEN count(*) > 0 AND count(a.cleared_at) = count(*) THEN "
        "max(a.cleared_at) END FROM assignments a WHERE a.incident_id = incidents.id)"));
    for (const QString &incident : std::as_const(incidents)) {
        update.bindValue(0, incident);
        SqlConnection::exec(update);
        if (update.numRowsAffected() > 0)
            touchIncident(QUuid::fromString(incident));
    }
}

void Reducer::finish()
{
    QStringList units(m_assignmentUnits.cbegin(), m_assignmentUnits.cend());
    units.sort();
    for (const QString &unit : std::as_const(units))
        deriveAssignments(unit);
    m_assignmentUnits.clear();
    deriveDepartures();
    m_effects.incidentRecords.clear();
    m_effects.unitRecords.clear();
    readRecords();
    // Only a note filed on something that is not an incident is left; its row, if any, is indexed as before.
    QStringList incidents(m_searchDirty.cbegin(), m_searchDirty.cend());
    incidents.sort();
    for (const QString &incident : std::as_const(incidents))
        writeSearchRow(incident);
    m_searchDirty.clear();
    addIncidentWatchCandidates();
    m_cases->finish();
}

Reducer::Effects Reducer::takeEffects()
{
    Effects effects = std::move(m_effects);
    m_effects = {};
    CaseReducer::Effects cases = m_cases->takeEffects();
    effects.cases = std::move(cases.cases);
    effects.removedCases = std::move(cases.removedCases);
    effects.articlesChanged = cases.articlesChanged;
    effects.watchHits = std::move(cases.watchHits);
    m_incidentPlatesBefore.clear();
    m_incidentPlatesAdded.clear();
    m_touchedIncidents.clear();
    m_touchedUnits.clear();
    m_assignmentUnits.clear();
    m_departureDirty.clear();
    m_searchDirty.clear();
    m_cache->incidents.clear();
    m_cache->units.clear();
    m_cache->settings.clear();
    return effects;
}

// Plates named by the text an incident change adds (road, landmark, summary, a note). The first time the batch
// adds a plate to an incident, the plates its text named before are read, so that only new appearances count.
void Reducer::notePlatesOfIncident(const Change &change)
{
    QStringList found;
    const auto scan = [&found](const QVariant &value) {
        const QString text = value.toString();
        if (text.isEmpty())
            return;
        for (const QString &key : findPlateKeys(text))
            if (!found.contains(key))
                found.append(key);
    };
    if (change.kind == ChangeKind::Note) {
        scan(change.fields.value(QStringLiteral("text")));
    } else if (change.kind == ChangeKind::Create || change.kind == ChangeKind::Set) {
        for (const char *field : {"road", "landmark", "summary"})
            scan(change.fields.value(QLatin1String(field)));
    }
    if (found.isEmpty())
        return;

    if (!m_incidentPlatesBefore.contains(change.entityId)) {
        const QString id = Records::idText(change.entityId);
        QStringList before;
        const auto scanBefore = [&before](const QString &text) {
            for (const QString &key : findPlateKeys(text))
                if (!before.contains(key))
                    before.append(key);
        };
        QSqlQuery &incident = query(QStringLiteral("SELECT road, landmark, summary FROM incidents WHERE id = ?"));
        incident.bindValue(0, id);
        SqlConnection::exec(incident);
        if (incident.next())
            for (int i = 0; i < 3; ++i)
                scanBefore(incident.value(i).toString());
        incident.finish();
        QSqlQuery &notes = query(QStringLiteral("SELECT text FROM notes WHERE incident_id = ?"));
        notes.bindValue(0, id);
        SqlConnection::exec(notes);
        while (notes.next())
            scanBefore(notes.value(0).toString());
        notes.finish();
        m_incidentPlatesBefore.insert(change.entityId, before);
    }
    QStringList &added = m_incidentPlatesAdded[change.entityId];
    for (const QString &key : std::as_const(found))
        if (!added.contains(key))
            added.append(key);
}

// The incidents' new plates go to the case reducer, which checks them against the watch list after the batch.
void Reducer::addIncidentWatchCandidates()
{
    if (m_incidentPlatesAdded.isEmpty())
        return;
    for (const Incident &incident : std::as_const(m_effects.incidentRecords)) {
        const auto added = m_incidentPlatesAdded.constFind(incident.id);
        if (added == m_incidentPlatesAdded.cend())
            continue;
        const QStringList before = m_incidentPlatesBefore.value(incident.id);
        QStringList fresh;
        for (const QString &key : *added)
            if (!before.contains(key))
                fresh.append(key);
        WatchHit source;
        source.sourceEntity = QStringLiteral("incident");
        source.sourceId = incident.id;
        source.sourceNumber = incident.number;
        source.sourceKind = QStringLiteral("incident");
        source.place = incident.landmark.isEmpty() ? incident.road : incident.landmark;
        source.at = incident.reportedAt;
        m_cases->addCandidate(fresh, source);
    }
}

} // namespace lintas
