#pragma once

#include <cmath>
#include <optional>

#include <QList>
#include <QString>
#include <QUuid>

#include "core/cases.h"
#include "core/incident.h"
#include "core/unit.h"
#include "exchangescope.h"

namespace lintas {

// One unit sent to an incident, with what the partner needs to know of the unit itself.
struct ExchangeResource
{
    Assignment assignment;
    QString callsign; // empty when this desk does not know the unit
    UnitKind kind = UnitKind::R4Patrol;
    bool known = false;
    QString stationCode;
};

// An incident with everything the exchange formats carry: its units, its narrative notes and its timeline
// (status changes, dispatches, arrivals … without the notes, which are listed once).
struct ExchangeIncident
{
    Incident incident;
    QList<ExchangeResource> resources; // by dispatch time
    QList<IncidentNote> notes;         // oldest first
    QList<IncidentNote> timeline;      // oldest first, notes left out
};

// A case with its position when its data names one.
struct ExchangeCase
{
    CaseSummary summary;
    double latitude = std::nan("");
    double longitude = std::nan("");
    QString place;

    bool hasPosition() const { return !std::isnan(latitude) && !std::isnan(longitude); }
};

// Reads what an export needs from a store, on read-only connections opened in the calling thread (a worker;
// never the GUI thread). One reader per thread, like StoreReader.
class ExchangeReader
{
public:
    explicit ExchangeReader(QString storePath);

    // Empty when the store can be read; otherwise why not.
    QString errorString() const;

    std::optional<ExchangeIncident> incident(const QUuid &id) const;
    // Incidents reported within the scope's days and station, oldest report first.
    QList<ExchangeIncident> incidents(const ExchangeScope &scope) const;
    // Cases that occurred within the scope's days and station, oldest first.
    QList<ExchangeCase> cases(const ExchangeScope &scope) const;

private:
    QString m_storePath;
};

} // namespace lintas
