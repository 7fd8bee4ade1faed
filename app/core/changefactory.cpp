#include "changefactory.h"

#include <cmath>

#include "statemachine.h"
#include "uuidv7.h"

namespace lintas {
namespace {

QString isoUtc(const QDateTime &at) { return at.toUTC().toString(Qt::ISODateWithMs); }

Change transition(ChangeFactory &factory, EntityKind entity, const QUuid &id, const QString &from, const QString &to,
                  QVariantMap extra = {})
{
    extra.insert(QStringLiteral("from"), from);
    extra.insert(QStringLiteral("to"), to);
    return factory.make(entity, id, ChangeKind::Transition, extra);
}

} // namespace

ChangeFactory::ChangeFactory(QString siteId, QString actor, HybridClock *clock)
    : m_siteId(std::move(siteId)), m_actor(std::move(actor)), m_clock(clock)
{
}

Change ChangeFactory::make(EntityKind entity, const QUuid &entityId, ChangeKind kind, const QVariantMap &fields)
{
    Change change;
    change.hlc = m_clock->now();
    change.opId = uuidV7At(change.hlc.ms());
    change.siteId = m_siteId;
    change.actor = m_actor;
    change.entity = entity;
    change.entityId = entityId;
    change.kind = kind;
    change.fields = fields;
    return change;
}

ChangeList ChangeFactory::createIncident(const IncidentDraft &draft, QUuid *newId)
{
    const Hlc stamp = m_clock->now();
    const QUuid id = uuidV7At(stamp.ms());
    if (newId)
        *newId = id;
    const QDateTime reportedAt =
        draft.reportedAt.isValid() ? draft.reportedAt : QDateTime::fromMSecsSinceEpoch(stamp.ms(), Qt::UTC);

    QVariantMap fields{
        {QStringLiteral("type_code"), draft.typeCode},
        {QStringLiteral("priority"), int(draft.priority)},
        {QStringLiteral("road"), draft.road},
        {QStringLiteral("landmark"), draft.landmark},
        {QStringLiteral("kelurahan"), draft.kelurahan},
        {QStringLiteral("kecamatan"), draft.kecamatan},
        {QStringLiteral("station_code"), draft.stationCode},
        {QStringLiteral("reporter_name"), draft.reporterName},
        {QStringLiteral("reporter_phone"), draft.reporterPhone},
        {QStringLiteral("lanes_blocked"), draft.lanesBlocked},
        {QStringLiteral("lanes_total"), draft.lanesTotal},
        {QStringLiteral("died"), draft.died},
        {QStringLiteral("seriously_hurt"), draft.seriouslyHurt},
        {QStringLiteral("slightly_hurt"), draft.slightlyHurt},
        {QStringLiteral("summary"), draft.narrative.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed().left(160)},
        {QStringLiteral("reported_at"), isoUtc(reportedAt)},
    };
    if (!std::isnan(draft.latitude) && !std::isnan(draft.longitude)) {
        fields.insert(QStringLiteral("latitude"), draft.latitude);
        fields.insert(QStringLiteral("longitude"), draft.longitude);
    }
    ChangeList changes{make(EntityKind::Incident, id, ChangeKind::Create, fields)};
    if (!draft.narrative.trimmed().isEmpty())
        changes.append(addNote(id, draft.narrative.trimmed()));
    return changes;
}

Change ChangeFactory::setIncidentFields(const QUuid &incidentId, const QVariantMap &fields)
{
    return make(EntityKind::Incident, incidentId, ChangeKind::Set, fields);
}

Change ChangeFactory::moveIncident(const Incident &incident, IncidentStatus to)
{
    return transition(*this, EntityKind::Incident, incident.id, toString(incident.status), toString(to));
}

Change ChangeFactory::addNote(const QUuid &incidentId, const QString &text)
{
    return make(EntityKind::Incident, incidentId, ChangeKind::Note, {{QStringLiteral("text"), text}});
}

ChangeList ChangeFactory::dispatch(const Incident &incident, const Unit &unit, const DispatchAdvice &advice)
{
    const QString incidentId = incident.id.toString(QUuid::WithoutBraces);
    QVariantMap assignment{{QStringLiteral("unit_id"), unit.id.toString(QUuid::WithoutBraces)}};
    if (!advice.recommendedUnitId.isNull())
        assignment.insert(QStringLiteral("recommended_unit_id"),
                          advice.recommendedUnitId.toString(QUuid::WithoutBraces));
    if (advice.rank > 0)
        assignment.insert(QStringLiteral("rank"), advice.rank);
    if (advice.etaSeconds >= 0)
        assignment.insert(QStringLiteral("eta_s"), advice.etaSeconds);
    if (!advice.overrideReason.trimmed().isEmpty())
        assignment.insert(QStringLiteral("override_reason"), advice.overrideReason.trimmed());
    ChangeList changes{
        make(EntityKind::Incident, incident.id, ChangeKind::Dispatch, assignment),
        transition(*this, EntityKind::Unit, unit.id, toString(unit.status), toString(UnitStatus::Dispatched),
                   {{QStringLiteral("incident_id"), incidentId}}),
    };
    if (incident.status == IncidentStatus::Reported)
        changes.append(moveIncident(incident, IncidentStatus::Dispatched));
    return changes;
}

ChangeList ChangeFactory::moveUnit(const Unit &unit, UnitStatus to, const Incident *incident)
{
    QVariantMap extra;
    if (needsIncident(to) && !unit.incidentId.isNull())
        extra.insert(QStringLiteral("incident_id"), unit.incidentId.toString(QUuid::WithoutBraces));
    ChangeList changes{
        transition(*this, EntityKind::Unit, unit.id, toString(unit.status), toString(to), extra)};
    if (!incident || incident->id != unit.incidentId)
        return changes;
    // The incident follows the first unit that gets there.
    const auto follow = [&](IncidentStatus next) {
        if (isLegalMove(incident->status, next))
            changes.append(moveIncident(*incident, next));
    };
    if (to == UnitStatus::EnRoute && incident->status == IncidentStatus::Dispatched)
        follow(IncidentStatus::EnRoute);
    else if (to == UnitStatus::OnScene && incident->status != IncidentStatus::OnScene)
        follow(IncidentStatus::OnScene);
    return changes;
}

ChangeList ChangeFactory::clearIncident(const Incident &incident, const QList<Unit> &unitsOnIt)
{
    ChangeList changes{moveIncident(incident, IncidentStatus::Cleared)};
    for (const Unit &unit : unitsOnIt)
        if (unit.incidentId == incident.id && isLegalMove(unit.status, UnitStatus::Available))
            changes.append(transition(*this, EntityKind::Unit, unit.id, toString(unit.status),
                                      toString(UnitStatus::Available)));
    return changes;
}

Change ChangeFactory::setLanes(const Incident &incident, const LaneImpact &impact)
{
    Change change = make(EntityKind::Incident, incident.id, ChangeKind::Set,
                         {{QStringLiteral("lanes"), impact.toJson()},
                          {QStringLiteral("lanes_blocked"), impact.count(LaneState::Blocked)},
                          {QStringLiteral("lanes_total"), impact.total()}});
    // The clearance milestone is the moment the road is whole again, recorded once: a later re-blocking
    // and clearing is a lane change in the timeline, not a second milestone.
    const bool hadImpact = incident.lanes.count(LaneState::Blocked) + incident.lanes.count(LaneState::Affected) > 0 ||
                           incident.lanesBlocked > 0;
    if (!impact.isEmpty() && impact.allClear() && hadImpact && !incident.lanesClearedAt.isValid())
        change.fields.insert(QStringLiteral("lanes_cleared_at"),
                             isoUtc(QDateTime::fromMSecsSinceEpoch(change.hlc.ms(), Qt::UTC)));
    return change;
}

Change ChangeFactory::verifyIncident(const Incident &incident)
{
    Change change = make(EntityKind::Incident, incident.id, ChangeKind::Set, {});
    change.fields.insert(QStringLiteral("verified_at"),
                         isoUtc(QDateTime::fromMSecsSinceEpoch(change.hlc.ms(), Qt::UTC)));
    return change;
}

ChangeList ChangeFactory::recordArrivalByPosition(const Unit &unit, const Incident &incident, double distanceM)
{
    ChangeList changes = moveUnit(unit, UnitStatus::OnScene, &incident);
    for (Change &change : changes) {
        if (change.entity == EntityKind::Unit && change.entityId == unit.id) {
            change.fields.insert(QStringLiteral("source"), QStringLiteral("position"));
            change.fields.insert(QStringLiteral("distance_m"), std::round(distanceM * 10) / 10);
        }
    }
    return changes;
}

Change ChangeFactory::setResponseThresholds(const ResponseThresholds &thresholds, const QString &poldaCode,
                                            bool firstTime)
{
    QVariantMap fields = thresholds.toFields();
    if (firstTime)
        fields.insert(QStringLiteral("station_code"), poldaCode);
    return make(EntityKind::Setting, responseThresholdsId(), firstTime ? ChangeKind::Create : ChangeKind::Set, fields);
}

Change ChangeFactory::createUnit(const Unit &unit)
{
    QVariantMap fields{
        {QStringLiteral("callsign"), unit.callsign},
        {QStringLiteral("kind"), toString(unit.kind)},
        {QStringLiteral("station_code"), unit.stationCode},
        {QStringLiteral("crew"), unit.crew.join(QLatin1Char(','))},
        {QStringLiteral("status"), toString(unit.status)},
    };
    if (unit.hasPosition()) {
        fields.insert(QStringLiteral("latitude"), unit.latitude);
        fields.insert(QStringLiteral("longitude"), unit.longitude);
        fields.insert(QStringLiteral("heading_deg"), unit.headingDeg);
        fields.insert(QStringLiteral("speed_kmh"), unit.speedKmh);
        fields.insert(QStringLiteral("position_at"), isoUtc(unit.positionAt));
    }
    return make(EntityKind::Unit, unit.id, ChangeKind::Create, fields);
}

} // namespace lintas
