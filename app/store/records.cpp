#include "records.h"

#include <algorithm>

#include <QCoreApplication>

#include "sqlconnection.h"

namespace lintas {
namespace {

double realOrNan(const QVariant &value)
{
    return value.isNull() ? std::nan("") : value.toDouble();
}

} // namespace

QDateTime Records::time(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QVariant Records::timeValue(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
}

QString Records::incidentColumns()
{
    return QStringLiteral("id, number, type_code, priority, status, latitude, longitude, road, landmark, kelurahan, "
                          "kecamatan, station_code, reporter_name, reporter_phone, lanes_blocked, lanes_total, died, "
                          "seriously_hurt, slightly_hurt, summary, reported_at, verified_at, first_dispatched_at, "
                          "first_arrival_at, lanes_cleared_at, cleared_at, closed_at, lanes, last_departed_at");
}

Incident Records::incident(const QSqlQuery &q)
{
    Incident i;
    i.id = QUuid::fromString(q.value(0).toString());
    i.number = q.value(1).toString();
    i.typeCode = q.value(2).toString();
    i.priority = Priority(std::clamp(q.value(3).toInt(), 1, 4));
    i.status = incidentStatusFromString(q.value(4).toString());
    i.latitude = realOrNan(q.value(5));
    i.longitude = realOrNan(q.value(6));
    i.road = q.value(7).toString();
    i.landmark = q.value(8).toString();
    i.kelurahan = q.value(9).toString();
    i.kecamatan = q.value(10).toString();
    i.stationCode = q.value(11).toString();
    i.reporterName = q.value(12).toString();
    i.reporterPhone = q.value(13).toString();
    i.lanesBlocked = q.value(14).toInt();
    i.lanesTotal = q.value(15).toInt();
    i.died = q.value(16).toInt();
    i.seriouslyHurt = q.value(17).toInt();
    i.slightlyHurt = q.value(18).toInt();
    i.summary = q.value(19).toString();
    i.reportedAt = time(q.value(20));
    i.verifiedAt = time(q.value(21));
    i.firstDispatchedAt = time(q.value(22));
    i.firstArrivalAt = time(q.value(23));
    i.lanesClearedAt = time(q.value(24));
    i.clearedAt = time(q.value(25));
    i.closedAt = time(q.value(26));
    // The table holds what the change carried; a text that is not a lane impact (from a newer or broken peer)
    // shows as none rather than failing the read.
    i.lanes = LaneImpact::fromJson(q.value(27).toString()).value_or(LaneImpact{});
    i.lastUnitDepartedAt = time(q.value(28));
    return i;
}

QString Records::unitColumns()
{
    return QStringLiteral("id, callsign, kind, station_code, status, crew, incident_id, latitude, longitude, "
                          "heading_deg, speed_kmh, position_at, coalesce(status_since, created_at)");
}

Unit Records::unit(const QSqlQuery &q)
{
    Unit u;
    u.id = QUuid::fromString(q.value(0).toString());
    u.callsign = q.value(1).toString();
    u.kind = unitKindFromString(q.value(2).toString());
    u.stationCode = q.value(3).toString();
    u.status = unitStatusFromString(q.value(4).toString());
    u.crew = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    u.incidentId = QUuid::fromString(q.value(6).toString());
    u.latitude = realOrNan(q.value(7));
    u.longitude = realOrNan(q.value(8));
    u.headingDeg = q.value(9).toDouble();
    u.speedKmh = q.value(10).toDouble();
    u.positionAt = time(q.value(11));
    u.statusSince = time(q.value(12));
    return u;
}

QString Records::changeColumns()
{
    return QStringLiteral("op_id, site_id, hlc, actor, entity, entity_id, kind, fields, schema_version");
}

Change Records::change(const QSqlQuery &query, int first)
{
    Change change;
    change.opId = QUuid::fromString(query.value(first).toString());
    change.siteId = query.value(first + 1).toString();
    change.hlc = Hlc::fromPacked(quint64(query.value(first + 2).toLongLong()));
    change.actor = query.value(first + 3).toString();
    change.entity = entityKindFromString(query.value(first + 4).toString());
    change.entityId = QUuid::fromString(query.value(first + 5).toString());
    change.kind = changeKindFromString(query.value(first + 6).toString());
    change.fields = Change::fieldsFromJson(query.value(first + 7).toString().toUtf8());
    change.schemaVersion = query.value(first + 8).toInt();
    return change;
}

QString Records::assignmentColumns()
{
    return QStringLiteral("incident_id, unit_id, dispatched_at, arrived_at, cleared_at, site_id");
}

Assignment Records::assignment(const QSqlQuery &q)
{
    Assignment a;
    a.incidentId = QUuid::fromString(q.value(0).toString());
    a.unitId = QUuid::fromString(q.value(1).toString());
    a.dispatchedAt = time(q.value(2));
    a.arrivedAt = time(q.value(3));
    a.clearedAt = time(q.value(4));
    a.siteId = q.value(5).toString();
    return a;
}

ResponseThresholds Records::responseThresholds(const QSqlDatabase &db)
{
    QSqlQuery q = SqlConnection::prepare(
        db, QStringLiteral("SELECT %1 FROM settings WHERE id = ?")
                .arg(ResponseThresholds::defaults().toFields().keys().join(QStringLiteral(", "))));
    q.bindValue(0, idText(responseThresholdsId()));
    SqlConnection::exec(q);
    ResponseThresholds thresholds = ResponseThresholds::defaults();
    if (!q.next())
        return thresholds;
    const QStringList keys = thresholds.toFields().keys();
    QVariantMap fields;
    for (int i = 0; i < keys.size(); ++i)
        if (!q.value(i).isNull())
            fields.insert(keys.at(i), q.value(i));
    if (const auto parsed = ResponseThresholds::fromFields(fields))
        return *parsed;
    // Each field is the last writer's, so two valid edits made apart can merge into a pair that is not (an
    // on-scene limit below the dispatch limit). Take what each field says where it can stand.
    for (const Priority priority : {Priority::P1, Priority::P2, Priority::P3, Priority::P4}) {
        const int n = int(priority);
        ResponseThreshold limit = thresholds.of(priority);
        const auto seconds = [&fields](const QString &key, qint64 fallback) {
            const qint64 value = fields.value(key, fallback).toLongLong();
            return value > 0 ? std::min(value, ResponseThresholds::kLongestLimitS) : fallback;
        };
        limit.dispatchS = seconds(QStringLiteral("p%1_dispatch_s").arg(n), limit.dispatchS);
        limit.onSceneS = std::max(limit.dispatchS, seconds(QStringLiteral("p%1_on_scene_s").arg(n), limit.onSceneS));
        thresholds.set(priority, limit);
    }
    const double share = fields.value(QStringLiteral("amber_share"), thresholds.amberShare()).toDouble();
    if (share > 0 && share < 1)
        thresholds.setAmberShare(share);
    return thresholds;
}

std::optional<Incident> Records::loadIncident(const QSqlDatabase &db, const QUuid &id)
{
    QSqlQuery q = SqlConnection::prepare(
        db, QStringLiteral("SELECT %1 FROM incidents WHERE id = ? AND has_create = 1").arg(incidentColumns()));
    q.bindValue(0, idText(id));
    SqlConnection::exec(q);
    if (!q.next())
        return std::nullopt;
    return incident(q);
}

std::optional<Unit> Records::loadUnit(const QSqlDatabase &db, const QUuid &id)
{
    QSqlQuery q = SqlConnection::prepare(
        db, QStringLiteral("SELECT %1 FROM units WHERE id = ? AND has_create = 1").arg(unitColumns()));
    q.bindValue(0, idText(id));
    SqlConnection::exec(q);
    if (!q.next())
        return std::nullopt;
    return unit(q);
}

std::optional<Assignment> Records::loadAssignment(const QSqlDatabase &db, const QUuid &opId)
{
    QSqlQuery q = SqlConnection::prepare(
        db, QStringLiteral("SELECT %1 FROM assignments WHERE op_id = ?").arg(assignmentColumns()));
    q.bindValue(0, idText(opId));
    SqlConnection::exec(q);
    if (!q.next())
        return std::nullopt;
    return assignment(q);
}

QString Records::statusText(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Reported:
        return QCoreApplication::translate("Store", "reported");
    case IncidentStatus::Dispatched:
        return QCoreApplication::translate("Store", "dispatched");
    case IncidentStatus::EnRoute:
        return QCoreApplication::translate("Store", "en route");
    case IncidentStatus::OnScene:
        return QCoreApplication::translate("Store", "on scene");
    case IncidentStatus::Cleared:
        return QCoreApplication::translate("Store", "cleared");
    case IncidentStatus::Closed:
        return QCoreApplication::translate("Store", "closed");
    }
    return {};
}

QString Records::statusText(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Available:
        return QCoreApplication::translate("Store", "available");
    case UnitStatus::OnPatrol:
        return QCoreApplication::translate("Store", "on patrol");
    case UnitStatus::Dispatched:
        return QCoreApplication::translate("Store", "dispatched");
    case UnitStatus::EnRoute:
        return QCoreApplication::translate("Store", "en route");
    case UnitStatus::OnScene:
        return QCoreApplication::translate("Store", "on scene");
    case UnitStatus::Busy:
        return QCoreApplication::translate("Store", "busy");
    case UnitStatus::OutOfService:
        return QCoreApplication::translate("Store", "out of service");
    }
    return {};
}

} // namespace lintas
