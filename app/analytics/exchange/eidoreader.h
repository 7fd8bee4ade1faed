#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/incident.h"

namespace lintas {

// What one EIDO carries that Lintas takes in: the incident's own fields and its narrative notes. Timeline lines
// (urn:lintas:timeline:…) are not taken: the status and the times they tell are the incident's own fields here.
struct EidoIncident
{
    int index = 0;  // 1-based position in the file
    QString eidoId; // the EIDO's `$id`
    Incident incident;
    QList<IncidentNote> notes; // opId: the note's own id (eidoid::noteFrom, or a stable id for foreign notes)
};

struct EidoReadResult
{
    QList<EidoIncident> incidents;
    QString error; // empty when every EIDO was read; otherwise the first problem, naming EIDO and field

    bool ok() const { return error.isEmpty(); }
};

// Reads a file of NENA EIDO JSON: one EIDO object or an array of them. Every field Lintas needs is checked
// (type, status, priority, time, position and civic address, owning agency, notes); the first problem is
// reported as "EIDO 2 (urn:…): locationComponent[0].locationByValue: latitude 'abc' is not a number", and then
// nothing is returned at all, so that a caller imports either the whole file or nothing.
class EidoReader
{
public:
    static EidoReadResult read(const QByteArray &json);
};

} // namespace lintas
