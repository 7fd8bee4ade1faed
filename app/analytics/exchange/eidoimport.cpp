#include "eidoimport.h"

#include <QCoreApplication>
#include <QMap>
#include <QQueue>
#include <QSet>

#include "core/changefactory.h"
#include "core/statemachine.h"
#include "store/storereader.h"

namespace lintas {

namespace {

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QVariantMap createFields(const Incident &incident)
{
    QVariantMap fields{
        {QStringLiteral("type_code"), incident.typeCode},
        {QStringLiteral("priority"), int(incident.priority)},
        {QStringLiteral("road"), incident.road},
        {QStringLiteral("landmark"), incident.landmark},
        {QStringLiteral("kelurahan"), incident.kelurahan},
        {QStringLiteral("kecamatan"), incident.kecamatan},
        {QStringLiteral("station_code"), incident.stationCode},
        {QStringLiteral("summary"), incident.summary},
        {QStringLiteral("reported_at"), isoUtc(incident.reportedAt)},
    };
    if (!incident.number.isEmpty())
        fields.insert(QStringLiteral("number"), incident.number);
    if (incident.hasLocation()) {
        fields.insert(QStringLiteral("latitude"), incident.latitude);
        fields.insert(QStringLiteral("longitude"), incident.longitude);
    }
    if (incident.lanesTotal > 0) {
        fields.insert(QStringLiteral("lanes_blocked"), incident.lanesBlocked);
        fields.insert(QStringLiteral("lanes_total"), incident.lanesTotal);
    }
    if (incident.verifiedAt.isValid())
        fields.insert(QStringLiteral("verified_at"), isoUtc(incident.verifiedAt));
    return fields;
}

} // namespace

QString EidoImportPlan::summary() const
{
    QString text =
        QCoreApplication::translate("lintas::EidoImport", "%n incident(s) imported", nullptr, incidentsAdded);
    text += QCoreApplication::translate("lintas::EidoImport", ", %n note(s) added", nullptr, notesAdded);
    if (!alreadyPresent.isEmpty())
        text += QCoreApplication::translate("lintas::EidoImport", "; already present: %1")
                    .arg(alreadyPresent.join(QStringLiteral(", ")));
    return text + QLatin1Char('.');
}

QList<IncidentStatus> EidoImport::pathTo(IncidentStatus to)
{
    // Breadth-first over the state machine; it has six states.
    QMap<IncidentStatus, IncidentStatus> cameFrom;
    QQueue<IncidentStatus> queue;
    queue.enqueue(IncidentStatus::Reported);
    cameFrom.insert(IncidentStatus::Reported, IncidentStatus::Reported);
    while (!queue.isEmpty()) {
        const IncidentStatus at = queue.dequeue();
        if (at == to)
            break;
        for (IncidentStatus next : legalMoves(at)) {
            if (cameFrom.contains(next))
                continue;
            cameFrom.insert(next, at);
            queue.enqueue(next);
        }
    }
    QList<IncidentStatus> path;
    if (!cameFrom.contains(to))
        return path;
    for (IncidentStatus at = to; at != IncidentStatus::Reported; at = cameFrom.value(at))
        path.prepend(at);
    return path;
}

EidoStoreState EidoImport::lookUp(const QList<EidoIncident> &incidents, const StoreReader &reader)
{
    EidoStoreState state;
    for (const EidoIncident &eido : incidents) {
        if (state.incidents.contains(eido.incident.id))
            continue;
        const auto existing = reader.incident(eido.incident.id);
        if (!existing)
            continue;
        state.incidents.insert(existing->id, existing->number);
        for (const IncidentNote &note : reader.notes(existing->id))
            state.notes.insert(note.opId);
    }
    return state;
}

EidoImportPlan EidoImport::plan(const QList<EidoIncident> &incidents, const EidoStoreState &state,
                                ChangeFactory &factory)
{
    EidoImportPlan plan;
    QSet<QUuid> planned; // the same incident twice in one file: the second is already present
    QSet<QUuid> notes = state.notes;
    for (const EidoIncident &eido : incidents) {
        const Incident &incident = eido.incident;
        const bool held = state.incidents.contains(incident.id);
        if (held || planned.contains(incident.id)) {
            const QString number = state.incidents.value(incident.id);
            plan.alreadyPresent << (!number.isEmpty()           ? number
                                    : incident.number.isEmpty() ? eido.eidoId
                                                                : incident.number);
        } else {
            planned.insert(incident.id);
            ++plan.incidentsAdded;
            plan.changes.append(
                factory.make(EntityKind::Incident, incident.id, ChangeKind::Create, createFields(incident)));
            Incident moving = incident;
            moving.status = IncidentStatus::Reported;
            for (IncidentStatus next : pathTo(incident.status)) {
                plan.changes.append(factory.moveIncident(moving, next));
                moving.status = next;
            }
        }
        for (const IncidentNote &note : eido.notes) {
            if (notes.contains(note.opId) || note.text.isEmpty())
                continue;
            notes.insert(note.opId);
            Change change = factory.addNote(incident.id, note.text);
            change.opId = note.opId; // the note's own id: a second import finds it in the change log
            plan.changes.append(change);
            ++plan.notesAdded;
        }
    }
    return plan;
}

} // namespace lintas
