#include "eidowriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>

#include "core/incidenttypes.h"
#include "core/stations.h"
#include "eidoids.h"
#include "eidovocabulary.h"

namespace lintas {

namespace {

QJsonObject ref(const QString &id)
{
    return QJsonObject{{QStringLiteral("$ref"), id}};
}

QJsonArray refs(const QStringList &ids)
{
    QJsonArray out;
    for (const QString &id : ids)
        out.append(ref(id));
    return out;
}

// The prologue every data component starts with.
QJsonObject prologue(const QString &id, const QDateTime &updated, const QString &agencyId)
{
    return QJsonObject{{QStringLiteral("$id"), id},
                       {QStringLiteral("lastUpdateTimeStamp"), wibTimestamp(updated)},
                       {QStringLiteral("updatedByAgencyReference"), ref(agencyId)}};
}

void putTime(QJsonObject &object, const char *name, const QDateTime &at)
{
    if (at.isValid())
        object.insert(QLatin1String(name), wibTimestamp(at));
}

QDateTime latest(const ExchangeIncident &record)
{
    const Incident &incident = record.incident;
    QDateTime out = incident.reportedAt;
    for (const QDateTime &at :
         {incident.verifiedAt, incident.firstDispatchedAt, incident.firstArrivalAt, incident.lanesClearedAt,
          incident.lastUnitDepartedAt, incident.clearedAt, incident.closedAt})
        if (at.isValid() && (!out.isValid() || at > out))
            out = at;
    for (const QList<IncidentNote> *list : {&record.notes, &record.timeline})
        for (const IncidentNote &note : *list)
            if (note.at.isValid() && (!out.isValid() || note.at > out))
                out = note.at;
    return out.isValid() ? out : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
}

QJsonObject agencyComponent(const QString &code, const QDateTime &updated, bool owner)
{
    QJsonObject agency = prologue(eidoid::agency(code), updated, eidoid::agency(code));
    agency.insert(QStringLiteral("agencyRoleDescriptionRegistryText"),
                  QJsonArray{owner ? QStringLiteral("Dispatching") : QStringLiteral("Supervising")});
    agency.insert(QStringLiteral("agencyType"), QJsonArray{QStringLiteral("police")});
    agency.insert(QStringLiteral("incidentOwningAgencyIndicator"), owner);
    if (const auto station = StationDirectory::builtIn().byCode(code))
        agency.insert(QStringLiteral("agencyJcard"),
                      QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:%1\r\n"
                                     "END:VCARD\r\n")
                          .arg(station->name));
    return agency;
}

} // namespace

QString pidfLocation(const QString &entity, const Incident &incident)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("urn:ietf:params:xml:ns:pidf"));
    const QString gp = QStringLiteral("urn:ietf:params:xml:ns:pidf:geopriv10");
    const QString dm = QStringLiteral("urn:ietf:params:xml:ns:pidf:data-model");
    const QString gml = QStringLiteral("http://www.opengis.net/gml");
    const QString ca = QStringLiteral("urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr");
    xml.writeNamespace(gp, QStringLiteral("gp"));
    xml.writeNamespace(dm, QStringLiteral("dm"));
    xml.writeNamespace(gml, QStringLiteral("gml"));
    xml.writeNamespace(ca, QStringLiteral("ca"));
    xml.writeStartElement(QStringLiteral("urn:ietf:params:xml:ns:pidf"), QStringLiteral("presence"));
    xml.writeAttribute(QStringLiteral("entity"), entity);
    xml.writeStartElement(dm, QStringLiteral("device"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("incident"));
    xml.writeStartElement(gp, QStringLiteral("geopriv"));
    xml.writeStartElement(gp, QStringLiteral("location-info"));
    if (incident.hasLocation()) {
        xml.writeStartElement(gml, QStringLiteral("Point"));
        xml.writeAttribute(QStringLiteral("srsName"), QStringLiteral("urn:ogc:def:crs:EPSG::4326"));
        // GML in EPSG::4326 order: latitude, then longitude.
        xml.writeTextElement(
            gml, QStringLiteral("pos"),
            QStringLiteral("%1 %2").arg(incident.latitude, 0, 'f', 7).arg(incident.longitude, 0, 'f', 7));
        xml.writeEndElement();
    }
    xml.writeStartElement(ca, QStringLiteral("civicAddress"));
    xml.writeTextElement(ca, QStringLiteral("country"), QStringLiteral("ID"));
    xml.writeTextElement(ca, QStringLiteral("A1"), QStringLiteral("DKI Jakarta"));
    // RFC 5139: A3 city division (kecamatan), A4 neighbourhood (kelurahan), RD road, LMK landmark.
    if (!incident.kecamatan.isEmpty())
        xml.writeTextElement(ca, QStringLiteral("A3"), incident.kecamatan);
    if (!incident.kelurahan.isEmpty())
        xml.writeTextElement(ca, QStringLiteral("A4"), incident.kelurahan);
    if (!incident.road.isEmpty())
        xml.writeTextElement(ca, QStringLiteral("RD"), incident.road);
    if (!incident.landmark.isEmpty())
        xml.writeTextElement(ca, QStringLiteral("LMK"), incident.landmark);
    xml.writeEndElement(); // civicAddress
    xml.writeEndElement(); // location-info
    xml.writeStartElement(gp, QStringLiteral("usage-rules"));
    xml.writeEndElement();
    xml.writeTextElement(gp, QStringLiteral("method"), QStringLiteral("Manual"));
    xml.writeEndElement(); // geopriv
    xml.writeEndElement(); // device
    xml.writeEndElement(); // presence
    xml.writeEndDocument();
    return out;
}

QJsonObject EidoWriter::eido(const ExchangeIncident &record) const
{
    const Incident &incident = record.incident;
    const QDateTime updated = latest(record);
    const StationDirectory &stations = StationDirectory::builtIn();
    const auto polres = stations.polresOf(incident.stationCode);
    const QString ownerCode =
        polres ? polres->code : (incident.stationCode.isEmpty() ? QStringLiteral("PMJ") : incident.stationCode);
    const QString owner = eidoid::agency(ownerCode);
    const QString eidoId = eidoid::incident(incident.id, m_issuer);

    QJsonObject eido = prologue(eidoId, updated, owner);
    eido.insert(QStringLiteral("eidoVersion"), QStringLiteral("1.0"));
    eido.insert(QStringLiteral("issuingElementIdentification"), m_issuer);

    // Agencies: the owning Polres and, above it, its Polda.
    QJsonArray agencies{agencyComponent(ownerCode, updated, true)};
    const auto ownerStation = stations.byCode(ownerCode);
    if (ownerStation && !ownerStation->parentCode.isEmpty() && ownerStation->level != StationLevel::Polda) {
        QJsonObject polda = agencyComponent(ownerStation->parentCode, updated, false);
        agencies.append(polda);
    }
    eido.insert(QStringLiteral("agencyComponent"), agencies);

    // Notes and timeline lines, each a notes component; the incident refers to all of them.
    QJsonArray notes;
    QStringList noteIds;
    for (const IncidentNote &note : record.notes) {
        QJsonObject component = prologue(eidoid::note(note.opId), note.at, owner);
        component.insert(QStringLiteral("notesActionComments"), note.text.toHtmlEscaped());
        component.insert(QStringLiteral("noteAuthor"), note.actor);
        notes.append(component);
        noteIds << eidoid::note(note.opId);
    }
    // One change can make two timeline lines (a dispatch, and later the arrival it leads to): the second of an
    // op gets ":2", so every id stays unique and the same on every export.
    QHash<QUuid, int> seenOps;
    for (const IncidentNote &line : record.timeline) {
        const int occurrence = ++seenOps[line.opId];
        const QString lineId = occurrence == 1
                                   ? eidoid::timeline(line.opId)
                                   : eidoid::timeline(line.opId) + QLatin1Char(':') + QString::number(occurrence);
        QJsonObject component = prologue(lineId, line.at, owner);
        component.insert(QStringLiteral("notesActionComments"), line.text.toHtmlEscaped());
        component.insert(QStringLiteral("noteAuthor"), line.actor);
        notes.append(component);
        noteIds << lineId;
    }

    // Location.
    QJsonObject location =
        prologue(eidoid::location(incident.id), incident.reportedAt.isValid() ? incident.reportedAt : updated, owner);
    location.insert(QStringLiteral("locationTypeDescriptionRegistryText"), QStringLiteral("Incident"));
    location.insert(QStringLiteral("locationByValue"), pidfLocation(eidoId, incident));
    QStringList description;
    for (const QString &part : {incident.road, incident.landmark, incident.kelurahan, incident.kecamatan})
        if (!part.isEmpty())
            description << part;
    if (!description.isEmpty())
        location.insert(QStringLiteral("locationDescriptionText"), description.join(QStringLiteral(", ")));
    eido.insert(QStringLiteral("locationComponent"), QJsonArray{location});

    // Incident.
    QJsonObject component = prologue(eidoid::incidentComponent(incident.id), updated, owner);
    component.insert(QStringLiteral("incidentTypeCommonRegistryText"), eidovocab::incidentType(incident.typeCode));
    component.insert(QStringLiteral("incidentTypeInternalCode"), incident.typeCode);
    if (const auto type = IncidentTypeCatalogue::builtIn().byCode(incident.typeCode))
        component.insert(QStringLiteral("incidentTypeInternalText"), type->nameId);
    component.insert(QStringLiteral("incidentStatusCommonRegistryText"),
                     QJsonArray{eidovocab::incidentStatus(incident.status)});
    component.insert(QStringLiteral("incidentStatusInternalText"), QJsonArray{toString(incident.status)});
    component.insert(QStringLiteral("internalIncidentId"), incident.number);
    component.insert(QStringLiteral("incidentCommonPriorityNumber"), int(incident.priority));
    component.insert(QStringLiteral("incidentPriorityInternalText"), QStringLiteral("P%1").arg(int(incident.priority)));
    component.insert(QStringLiteral("beatOrDispatchGroupText"), incident.stationCode);
    component.insert(QStringLiteral("locationReference"), refs({eidoid::location(incident.id)}));
    if (!noteIds.isEmpty())
        component.insert(QStringLiteral("notesReference"), refs(noteIds));
    if (!incident.summary.isEmpty())
        component.insert(QStringLiteral("incidentSummaryText"), incident.summary);
    putTime(component, "reportedTimestamp", incident.reportedAt);
    putTime(component, "verifiedTimestamp", incident.verifiedAt);
    putTime(component, "firstDispatchTimestamp", incident.firstDispatchedAt);
    putTime(component, "firstArrivalTimestamp", incident.firstArrivalAt);
    putTime(component, "lanesClearedTimestamp", incident.lanesClearedAt);
    putTime(component, "clearedTimestamp", incident.clearedAt);
    putTime(component, "closedTimestamp", incident.closedAt);
    if (incident.lanesTotal > 0) {
        component.insert(QStringLiteral("lanesBlocked"), incident.lanesBlocked);
        component.insert(QStringLiteral("lanesTotal"), incident.lanesTotal);
    }
    eido.insert(QStringLiteral("incidentComponent"), component);

    // Units: an agent (the crew) and a resource per unit, a dispatch per assignment.
    QJsonArray agents;
    QJsonArray resources;
    QJsonArray dispatches;
    QStringList seenUnits;
    for (const ExchangeResource &resource : record.resources) {
        const Assignment &assignment = resource.assignment;
        const QString unitId = eidoid::unit(assignment.unitId);
        const QString unitAgency =
            resource.stationCode.isEmpty()
                ? owner
                : eidoid::agency(stations.polresOf(resource.stationCode) ? stations.polresOf(resource.stationCode)->code
                                                                         : resource.stationCode);
        const QDateTime unitUpdated = assignment.clearedAt.isValid()   ? assignment.clearedAt
                                      : assignment.arrivedAt.isValid() ? assignment.arrivedAt
                                                                       : assignment.dispatchedAt;
        if (!seenUnits.contains(unitId)) {
            seenUnits << unitId;
            QJsonObject agent = prologue(eidoid::agent(assignment.unitId), unitUpdated, unitAgency);
            agent.insert(QStringLiteral("agentRoleRegistryText"), QJsonArray{QStringLiteral("Responder")});
            agent.insert(QStringLiteral("agencyReference"), ref(unitAgency));
            agents.append(agent);

            QJsonObject unit = prologue(unitId, unitUpdated, unitAgency);
            unit.insert(QStringLiteral("agentReference"), refs({eidoid::agent(assignment.unitId)}));
            unit.insert(QStringLiteral("emergencyResourceTypeCommonRegistryText"),
                        eidovocab::resourceType(resource.kind));
            unit.insert(QStringLiteral("emergencyResourceTypeInternalText"),
                        resource.known ? toString(resource.kind) : QStringLiteral("unknown"));
            unit.insert(QStringLiteral("resourceAttributeRegistryText"),
                        QJsonArray{eidovocab::resourceAttribute(resource.kind)});
            unit.insert(QStringLiteral("primaryUnitStatusRegistryText"), eidovocab::resourceStatus(assignment));
            unit.insert(QStringLiteral("secondaryUnitStatusRegistryText"), QJsonArray());
            if (!resource.callsign.isEmpty())
                unit.insert(QStringLiteral("emergencyResourceName"), resource.callsign);
            unit.insert(QStringLiteral("activeOnIncidentId"), eidoId);
            resources.append(unit);
        }
        QJsonObject dispatch = prologue(
            eidoid::dispatch(assignment.unitId, assignment.dispatchedAt.toMSecsSinceEpoch()), unitUpdated, owner);
        dispatch.insert(QStringLiteral("agencyReference"), ref(owner));
        dispatch.insert(QStringLiteral("emergencyResourceReference"), refs({unitId}));
        putTime(dispatch, "dispatchTimestamp", assignment.dispatchedAt);
        putTime(dispatch, "arrivalTimestamp", assignment.arrivedAt);
        putTime(dispatch, "clearedTimestamp", assignment.clearedAt);
        dispatches.append(dispatch);
    }
    if (!agents.isEmpty())
        eido.insert(QStringLiteral("agentComponent"), agents);
    if (!resources.isEmpty())
        eido.insert(QStringLiteral("emergencyResourceComponent"), resources);
    if (!dispatches.isEmpty())
        eido.insert(QStringLiteral("dispatchComponent"), dispatches);
    if (!notes.isEmpty())
        eido.insert(QStringLiteral("notesComponent"), notes);
    return eido;
}

QByteArray EidoWriter::document(const QList<ExchangeIncident> &records) const
{
    if (records.size() == 1)
        return QJsonDocument(eido(records.first())).toJson(QJsonDocument::Indented);
    QJsonArray all;
    for (const ExchangeIncident &record : records)
        all.append(eido(record));
    return QJsonDocument(all).toJson(QJsonDocument::Indented);
}

} // namespace lintas
