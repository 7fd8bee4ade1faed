#pragma once

#include <cmath>

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "lanes.h"

namespace lintas {

enum class Priority { P1 = 1, P2 = 2, P3 = 3, P4 = 4 };

enum class IncidentStatus { Reported, Dispatched, EnRoute, OnScene, Cleared, Closed };

QString toString(IncidentStatus status); // "reported", "en_route", … as stored
IncidentStatus incidentStatusFromString(const QString &text, bool *ok = nullptr);
QList<IncidentStatus> allIncidentStatuses();

// The incident as the tables hold it once every change seen has been applied.
struct Incident
{
    QUuid id;
    QString number;   // JAKPUS-20261127-0042
    QString typeCode; // from the incident type catalogue: "kecelakaan", "kemacetan", …
    Priority priority = Priority::P3;
    IncidentStatus status = IncidentStatus::Reported;

    double latitude = std::nan("");
    double longitude = std::nan("");
    QString road;
    QString landmark;
    QString kelurahan;
    QString kecamatan;
    QString stationCode; // the Polres the incident belongs to

    QString reporterName;
    QString reporterPhone;
    int lanesBlocked = 0; // kept filled from lanes when lanes is set
    int lanesTotal = 0;
    LaneImpact lanes;      // lane by lane and direction (plain field "lanes", JSON)
    int died = 0;          // MD, meninggal dunia
    int seriouslyHurt = 0; // LB, luka berat
    int slightlyHurt = 0;  // LR, luka ringan
    QString summary;       // the first line of the narrative, for lists

    QDateTime reportedAt;
    QDateTime verifiedAt;
    QDateTime firstDispatchedAt;
    QDateTime firstArrivalAt;
    QDateTime lanesClearedAt;
    QDateTime lastUnitDepartedAt; // when the last of its assignments was cleared; null while a unit is on it
    QDateTime clearedAt;
    QDateTime closedAt;

    bool hasLocation() const { return !std::isnan(latitude) && !std::isnan(longitude); }
    bool isOpen() const { return status != IncidentStatus::Closed; }
};

// One narrative note or timeline line; notes are append-only.
struct IncidentNote
{
    QUuid opId;
    QUuid incidentId;
    QDateTime at;
    QString actor;
    QString text;
};

// A unit sent to an incident, with its own times.
struct Assignment
{
    QUuid incidentId;
    QUuid unitId;
    QDateTime dispatchedAt;
    QDateTime arrivedAt;
    QDateTime clearedAt;
    QString siteId; // the desk that made the dispatch
};

// The plain fields a Create or Set change may carry for an incident (column names).
const QStringList &incidentPlainFields();

} // namespace lintas

Q_DECLARE_METATYPE(lintas::Incident)
Q_DECLARE_METATYPE(lintas::IncidentNote)
