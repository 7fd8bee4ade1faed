#include "changefactory.h"

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

ChangeList ChangeFactory::dispatch(const Incident &incident, const Unit &unit)
{
    const QString incidentId = incident.id.toString(QUuid::WithoutBraces);
    ChangeList changes{
        make(EntityKind::Incident, incident.id, ChangeKind::Dispatch,
             {{QStringLiteral("unit_id"), unit.id.toString(QUuid::WithoutBraces)}}),
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
