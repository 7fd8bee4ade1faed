#include "storereader.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "records.h"
#include "schema.h"
#include "searchtext.h"
#include "sqlconnection.h"
#include "storelog.h"

namespace lintas {
namespace {

// lupdate files these strings under the enclosing class, so the context must say the same.
QString tr(const char *text)
{
    return QCoreApplication::translate("lintas::StoreReader", text);
}

// Runs a read and maps its rows; a failed read logs and yields nothing (readers never throw at the UI).
template <typename T, typename Map>
QList<T> readAll(const QString &connection, const QString &sql, const QVariantList &binds, Map map)
{
    QList<T> out;
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcStore) << "read failed:" << q.lastError().text() << sql;
        return out;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        qCWarning(lcStore) << "read failed:" << q.lastError().text() << sql;
        return out;
    }
    while (q.next())
        out.append(map(q));
    return out;
}

} // namespace

StoreReader::StoreReader(const QString &path)
    : m_connectionName(SqlConnection::uniqueName(QStringLiteral("lintas-reader")))
{
    QString error;
    SqlConnection::open(m_connectionName, path, SqlConnection::Mode::ReadOnly, &error);
    if (!error.isEmpty())
        qCWarning(lcStore) << "reader could not open" << path << error;
}

StoreReader::~StoreReader()
{
    SqlConnection::remove(m_connectionName);
}

bool StoreReader::isOpen() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == Schema::kCurrentVersion;
}

QString StoreReader::errorString() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return db.lastError().text();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return q.lastError().text();
    if (q.value(0).toInt() != Schema::kCurrentVersion)
        return tr("The store has schema version %1; this program reads version %2.")
            .arg(q.value(0).toInt())
            .arg(Schema::kCurrentVersion);
    return {};
}

QList<Incident> StoreReader::openIncidents() const
{
    return readAll<Incident>(m_connectionName,
                             // "status <> 'closed'" spelled as two ranges, and the sort key as an expression, so that
                             // SQLite reads the few open rows through incidents_open instead of walking every
                             // incident ever reported in date order (the start-up read; 100,000 rows in a year).
                             QStringLiteral("SELECT %1 FROM incidents WHERE has_create = 1 AND (status < 'closed' OR "
                                            "status > 'closed') ORDER BY +reported_at DESC, id")
                                 .arg(Records::incidentColumns()),
                             {}, &Records::incident);
}

QList<Incident> StoreReader::incidentsReportedSince(const QDateTime &since) const
{
    return readAll<Incident>(m_connectionName,
                             QStringLiteral("SELECT %1 FROM incidents WHERE has_create = 1 AND reported_at >= ? "
                                            "ORDER BY reported_at DESC, id")
                                 .arg(Records::incidentColumns()),
                             {since.toMSecsSinceEpoch()}, &Records::incident);
}

std::optional<Incident> StoreReader::incident(const QUuid &id) const
{
    const auto rows = readAll<Incident>(
        m_connectionName,
        QStringLiteral("SELECT %1 FROM incidents WHERE id = ? AND has_create = 1").arg(Records::incidentColumns()),
        {Records::idText(id)}, &Records::incident);
    return rows.isEmpty() ? std::nullopt : std::optional<Incident>(rows.first());
}

QList<Unit> StoreReader::units() const
{
    return readAll<Unit>(
        m_connectionName,
        QStringLiteral("SELECT %1 FROM units WHERE has_create = 1 ORDER BY callsign, id").arg(Records::unitColumns()),
        {}, &Records::unit);
}

std::optional<Unit> StoreReader::unit(const QUuid &id) const
{
    const auto rows = readAll<Unit>(
        m_connectionName,
        QStringLiteral("SELECT %1 FROM units WHERE id = ? AND has_create = 1").arg(Records::unitColumns()),
        {Records::idText(id)}, &Records::unit);
    return rows.isEmpty() ? std::nullopt : std::optional<Unit>(rows.first());
}

QList<IncidentNote> StoreReader::notes(const QUuid &incidentId) const
{
    return readAll<IncidentNote>(
        m_connectionName,
        QStringLiteral("SELECT op_id, incident_id, at, actor, text FROM notes WHERE incident_id = ? "
                       "ORDER BY hlc, site_id, op_id"),
        {Records::idText(incidentId)}, [](const QSqlQuery &q) {
            return IncidentNote{QUuid::fromString(q.value(0).toString()), QUuid::fromString(q.value(1).toString()),
                                Records::time(q.value(2)), q.value(3).toString(), q.value(4).toString()};
        });
}

QList<Assignment> StoreReader::assignments(const QUuid &incidentId) const
{
    return readAll<Assignment>(m_connectionName,
                               QStringLiteral("SELECT %1 FROM assignments WHERE incident_id = ? "
                                              "ORDER BY hlc, site_id, op_id")
                                   .arg(Records::assignmentColumns()),
                               {Records::idText(incidentId)}, &Records::assignment);
}

QList<IncidentNote> StoreReader::timeline(const QUuid &incidentId) const
{
    struct Entry
    {
        qint64 hlc = 0;
        int order = 0; // keeps a dispatch before the arrival it leads to when both share a millisecond
        IncidentNote note;
    };
    const QString id = Records::idText(incidentId);
    QList<Entry> entries;
    const auto makeNote = [&](const QVariant &opId, qint64 ms, const QString &actor, const QString &text) {
        return IncidentNote{QUuid::fromString(opId.toString()), incidentId, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                            actor, text};
    };

    for (const auto &entry : readAll<Entry>(
             m_connectionName, QStringLiteral("SELECT op_id, hlc, at, actor, text FROM notes WHERE incident_id = ?"),
             {id}, [&](const QSqlQuery &q) {
                 return Entry{
                     q.value(1).toLongLong(), 0,
                     makeNote(q.value(0), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString())};
             }))
        entries.append(entry);

    for (const auto &entry : readAll<Entry>(
             m_connectionName,
             QStringLiteral("SELECT op_id, hlc, actor, from_actual, to_status, applied FROM transitions "
                            "WHERE entity_id = ?"),
             {id}, [&](const QSqlQuery &q) {
                 const QString from = Records::statusText(incidentStatusFromString(q.value(3).toString()));
                 const QString to = Records::statusText(incidentStatusFromString(q.value(4).toString()));
                 const QString text =
                     q.value(5).toInt() == 1
                         ? tr("Status changed from %1 to %2").arg(from, to)
                         : tr("Status change to %1 not applied: the incident was %2 (conflict)").arg(to, from);
                 const qint64 hlc = q.value(1).toLongLong();
                 return Entry{hlc, 1, makeNote(q.value(0), qint64(quint64(hlc) >> 16), q.value(2).toString(), text)};
             }))
        entries.append(entry);

    // Dispatches with what the recommender said, arrivals (with the move that made them: a person, or the unit's
    // position) and departures with the move that ended them.
    struct Departure
    {
        qint64 ms = 0;
        QString actor;
        QUuid opId;
    };
    QList<Departure> departures;
    // The unit's move that made the arrival (to on scene, at this incident) and the one that ended the assignment,
    // found by the times deriveAssignments took from them.
    const QString arrivalMove = QStringLiteral(
        "SELECT t.op_id FROM transitions t WHERE t.entity = 'unit' AND t.entity_id = a.unit_id AND t.applied = 1 AND "
        "t.hlc >= a.hlc AND (t.hlc >> 16) = a.arrived_at AND t.to_status = 'on_scene' AND "
        "t.result_incident_id = a.incident_id ORDER BY t.hlc, t.site_id, t.op_id LIMIT 1");
    const QString leavingMove = QStringLiteral(
        "SELECT t.op_id FROM transitions t WHERE t.entity = 'unit' AND t.entity_id = a.unit_id AND t.applied = 1 AND "
        "t.hlc >= a.hlc AND (t.hlc >> 16) = a.cleared_at ORDER BY t.hlc, t.site_id, t.op_id LIMIT 1");
    for (const auto &row : readAll<QList<Entry>>(
             m_connectionName,
             QStringLiteral("SELECT a.op_id, a.hlc, a.actor, coalesce(u.callsign, a.unit_id), a.arrived_at, "
                            "a.cleared_at, a.unit_id, a.recommended_unit_id, coalesce(r.callsign, "
                            "a.recommended_unit_id), a.eta_s, a.override_reason, ta.actor, ta.source, ta.distance_m, "
                            "tc.actor FROM assignments a LEFT JOIN units u ON u.id = a.unit_id "
                            "LEFT JOIN units r ON r.id = a.recommended_unit_id "
                            "LEFT JOIN transitions ta ON ta.op_id = (%1) "
                            "LEFT JOIN transitions tc ON tc.op_id = (%2) "
                            "WHERE a.incident_id = ?")
                 .arg(arrivalMove, leavingMove),
             {id}, [&](const QSqlQuery &q) {
                 const QString callsign = q.value(3).toString();
                 const qint64 hlc = q.value(1).toLongLong();
                 const bool recommended = !q.value(7).isNull();
                 const bool asRecommended = recommended && q.value(7).toString() == q.value(6).toString();
                 const QString reason = q.value(10).toString();
                 const int etaMin =
                     q.value(9).isNull() ? -1 : std::max(1, int(std::lround(q.value(9).toDouble() / 60)));
                 QString text;
                 if (recommended && !asRecommended && !reason.isEmpty())
                     text = tr("Unit %1 dispatched instead of the recommended %2: %3")
                                .arg(callsign, q.value(8).toString(), reason);
                 else if (!reason.isEmpty())
                     text = tr("Unit %1 dispatched: %2").arg(callsign, reason);
                 else if (asRecommended && etaMin > 0)
                     text = tr("Unit %1 dispatched as recommended, ETA %2 min").arg(callsign).arg(etaMin);
                 else if (asRecommended)
                     text = tr("Unit %1 dispatched as recommended").arg(callsign);
                 else if (etaMin > 0)
                     text = tr("Unit %1 dispatched, ETA %2 min").arg(callsign).arg(etaMin);
                 else
                     text = tr("Unit %1 dispatched").arg(callsign);
                 QList<Entry> out{
                     {hlc, 2, makeNote(q.value(0), qint64(quint64(hlc) >> 16), q.value(2).toString(), text)}};
                 if (!q.value(4).isNull()) {
                     const qint64 ms = q.value(4).toLongLong();
                     const QString arrived = q.value(12).toString() == QLatin1String("position")
                                                 ? tr("Unit %1 arrived on scene (position %2 m from the incident)")
                                                       .arg(callsign)
                                                       .arg(std::lround(q.value(13).toDouble()))
                                                 : tr("Unit %1 arrived on scene").arg(callsign);
                     out.append(
                         {qint64(quint64(ms) << 16), 3, makeNote(q.value(0), ms, q.value(11).toString(), arrived)});
                 }
                 if (!q.value(5).isNull()) {
                     const qint64 ms = q.value(5).toLongLong();
                     out.append({qint64(quint64(ms) << 16), 4,
                                 makeNote(q.value(0), ms, q.value(14).toString(),
                                          tr("Unit %1 left the scene").arg(callsign))});
                     departures.append({ms, q.value(14).toString(), QUuid::fromString(q.value(0).toString())});
                 }
                 return out;
             }))
        entries += row;

    // The milestone after the last unit's departure, with whoever moved that unit.
    for (const qint64 ms : readAll<qint64>(
             m_connectionName,
             QStringLiteral("SELECT last_departed_at FROM incidents WHERE id = ? AND last_departed_at IS NOT NULL"),
             {id}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); })) {
        Departure last{ms, QString(), QUuid()};
        for (const Departure &departure : std::as_const(departures))
            if (departure.ms == ms)
                last = departure;
        entries.append({qint64(quint64(ms) << 16), 5,
                        IncidentNote{last.opId, incidentId, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), last.actor,
                                     tr("Last unit left the scene")}});
    }

    // Verification and lane changes, from the edits that made them (every one, not only the latest).
    const auto lanesText = [](const LaneImpact &impact) {
        if (impact.isEmpty())
            return tr("Lanes: not recorded");
        if (impact.allClear())
            return tr("Lanes: all clear");
        QStringList parts;
        for (const LaneDirection &direction : impact.directions) {
            LaneImpact one{{direction}};
            const int blocked = one.count(LaneState::Blocked);
            const int affected = one.count(LaneState::Affected);
            const int total = one.total();
            QString part;
            if (blocked > 0 && affected > 0)
                part = tr("%1 of %2 blocked, %3 affected").arg(blocked).arg(total).arg(affected);
            else if (blocked > 0)
                part = tr("%1 of %2 blocked").arg(blocked).arg(total);
            else if (affected > 0)
                part = tr("%1 of %2 affected").arg(affected).arg(total);
            else
                part = tr("all clear");
            if (!direction.name.isEmpty())
                part += QLatin1Char(' ') + direction.name;
            parts.append(part);
        }
        return tr("Lanes: %1").arg(parts.join(QStringLiteral("; ")));
    };
    for (const auto &row : readAll<QList<Entry>>(
             m_connectionName,
             QStringLiteral("SELECT op_id, hlc, actor, fields FROM change_log WHERE entity_id = ? AND "
                            "entity = 'incident' AND kind IN ('create', 'set') AND (json_extract(fields, '$.lanes') "
                            "IS NOT NULL OR json_extract(fields, '$.verified_at') IS NOT NULL OR "
                            "json_extract(fields, '$.lanes_cleared_at') IS NOT NULL)"),
             {id}, [&](const QSqlQuery &q) {
                 const qint64 hlc = q.value(1).toLongLong();
                 const qint64 ms = qint64(quint64(hlc) >> 16);
                 const QString actor = q.value(2).toString();
                 const QVariantMap fields = Change::fieldsFromJson(q.value(3).toString().toUtf8());
                 QList<Entry> out;
                 if (!fields.value(QStringLiteral("verified_at")).toString().isEmpty())
                     out.append({hlc, 5, makeNote(q.value(0), ms, actor, tr("Incident verified"))});
                 if (fields.contains(QStringLiteral("lanes"))) {
                     const auto impact = LaneImpact::fromJson(fields.value(QStringLiteral("lanes")).toString());
                     if (impact)
                         out.append({hlc, 6, makeNote(q.value(0), ms, actor, lanesText(*impact))});
                 }
                 if (!fields.value(QStringLiteral("lanes_cleared_at")).toString().isEmpty())
                     out.append({hlc, 7, makeNote(q.value(0), ms, actor, tr("Lanes cleared"))});
                 return out;
             }))
        entries += row;

    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.note.at != b.note.at ? a.note.at < b.note.at : (a.hlc != b.hlc ? a.hlc < b.hlc : a.order < b.order);
    });
    QList<IncidentNote> out;
    out.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries))
        out.append(entry.note);
    return out;
}

ResponseThresholds StoreReader::responseThresholds() const
{
    try {
        return Records::responseThresholds(QSqlDatabase::database(m_connectionName, false));
    } catch (const SqlFailure &failure) {
        qCWarning(lcStore) << "response thresholds not read, using the defaults:" << failure.message;
        return ResponseThresholds::defaults();
    }
}

QList<Place> StoreReader::searchPlaces(const QString &text, int limit) const
{
    const QString match = ftsPrefixQuery(text);
    if (match.isEmpty())
        return {};
    // Best match first; among equals the shorter name (the road itself before "… Central Business District").
    return readAll<Place>(m_connectionName,
                          QStringLiteral("SELECT name, kind, latitude, longitude, kecamatan FROM places "
                                         "WHERE places MATCH ? ORDER BY rank, length(name), name LIMIT ?"),
                          {match, limit}, [](const QSqlQuery &q) {
                              Place place;
                              place.name = q.value(0).toString();
                              place.kind = q.value(1).toString() == QLatin1String("road") ? Place::Kind::Road
                                                                                          : Place::Kind::Landmark;
                              place.latitude = q.value(2).toDouble();
                              place.longitude = q.value(3).toDouble();
                              place.kecamatan = q.value(4).toString();
                              return place;
                          });
}

QList<Incident> StoreReader::searchIncidents(const QString &text, int limit) const
{
    const QString match = ftsPrefixQuery(text);
    if (match.isEmpty())
        return {};
    QStringList columns = Records::incidentColumns().split(QStringLiteral(", "));
    for (QString &column : columns)
        column.prepend(QStringLiteral("i."));
    return readAll<Incident>(
        m_connectionName,
        QStringLiteral("SELECT %1 FROM (SELECT rowid, rank FROM incident_search WHERE incident_search MATCH ? "
                       "ORDER BY rank LIMIT ?) s JOIN incidents i ON i.rowid = s.rowid WHERE i.has_create = 1 "
                       "ORDER BY s.rank, i.reported_at DESC")
            .arg(columns.join(QStringLiteral(", "))),
        {match, limit}, &Records::incident);
}

int StoreReader::outboxCount() const
{
    const auto rows = readAll<int>(m_connectionName, QStringLiteral("SELECT count(*) FROM outbox"), {},
                                   [](const QSqlQuery &q) { return q.value(0).toInt(); });
    return rows.value(0);
}

QList<QuarantinedChange> StoreReader::quarantined() const
{
    return readAll<QuarantinedChange>(
        m_connectionName,
        QStringLiteral("SELECT local_seq, code, reason, at_ms, %1 FROM quarantine ORDER BY local_seq")
            .arg(Records::changeColumns()),
        {}, [](const QSqlQuery &q) {
            QuarantinedChange entry;
            entry.localSeq = quint64(q.value(0).toLongLong());
            entry.code = q.value(1).toString();
            entry.reason = q.value(2).toString();
            entry.atMs = q.value(3).toLongLong();
            entry.change = Records::change(q, 4);
            return entry;
        });
}

int StoreReader::incidentCount() const
{
    const auto rows =
        readAll<int>(m_connectionName, QStringLiteral("SELECT count(*) FROM incidents WHERE has_create = 1"), {},
                     [](const QSqlQuery &q) { return q.value(0).toInt(); });
    return rows.value(0);
}

} // namespace lintas
