#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "exchangereader.h"

namespace lintas {

// Writes incidents as NENA EIDO JSON (NENA-STA-021, root type EmergencyIncidentDataObjectType), one EIDO per
// incident:
//
//   EIDO ─ incidentComponent ── locationReference ─► locationComponent (PIDF-LO: gml:Point, civic address)
//        │                    └ notesReference ────► notesComponent (notes, then timeline lines)
//        ├ agencyComponent   (the Polres that owns the incident, its Polda)
//        ├ agentComponent    (each unit's crew, of its Polres)
//        ├ emergencyResourceComponent (each unit: call sign, kind, status) ─► agentReference
//        └ dispatchComponent (each assignment) ─► emergencyResourceReference, agencyReference
//
// Every `$id` comes from a record id (eidoids.h). The registry fields carry common terms, the internal fields
// Lintas's own codes; the times the schema has no field for (reported, first arrival, cleared, closed; a
// dispatch's arrival and clearing) are extra properties, which the schema lets through, and are also told in
// the timeline notes. Reporter names and telephone numbers are left out: partners get the incident, not the
// caller.
class EidoWriter
{
public:
    explicit EidoWriter(QString issuer = QStringLiteral("lintas")) : m_issuer(std::move(issuer)) {}

    QJsonObject eido(const ExchangeIncident &record) const;
    // One incident: the EIDO object; several (or none): a JSON array of them. Indented UTF-8.
    QByteArray document(const QList<ExchangeIncident> &records) const;

private:
    QString m_issuer;
};

// The PIDF-LO presence document of a position and civic address (RFC 4119/5139/5491).
QString pidfLocation(const QString &entity, const Incident &incident);

} // namespace lintas
