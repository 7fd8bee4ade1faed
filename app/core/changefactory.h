#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include "change.h"
#include "hlc.h"
#include "incident.h"
#include "lanes.h"
#include "responsetimes.h"
#include "unit.h"

namespace lintas {

// What the intake form collects for a new incident.
struct IncidentDraft
{
    QString typeCode;
    Priority priority = Priority::P3;
    double latitude = std::nan("");
    double longitude = std::nan("");
    QString road;
    QString landmark;
    QString kelurahan;
    QString kecamatan;
    QString stationCode;
    QString reporterName;
    QString reporterPhone;
    int lanesBlocked = 0;
    int lanesTotal = 0;
    int died = 0;
    int seriouslyHurt = 0;
    int slightlyHurt = 0;
    QString narrative;
    QDateTime reportedAt; // defaults to the clock's reading
};

// What the recommender said when the dispatcher chose a unit: the unit it ranked first, the chosen unit's rank
// (1 = the top one, 0 = not ranked) and estimated travel time, and the dispatcher's reason when the chosen unit
// is not the recommended one (the store refuses such a dispatch without a reason).
struct DispatchAdvice
{
    QUuid recommendedUnitId;
    int rank = 0;
    double etaSeconds = -1; // -1: no estimate
    QString overrideReason;
};

// Turns a user's action into the changes that express it (STYLE.md: edits as commands). It checks
// nothing against the store; the store checks every local change again when it commits.
//
// The incident number is left out of a Create: the store numbers new incidents per Polres and day
// inside the commit, so two quick saves on one desk never share a number.
class ChangeFactory
{
public:
    ChangeFactory(QString siteId, QString actor, HybridClock *clock);

    const QString &siteId() const { return m_siteId; }
    const QString &actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    Change make(EntityKind entity, const QUuid &entityId, ChangeKind kind, const QVariantMap &fields);

    // Create (+ a Note holding the narrative, when there is one).
    ChangeList createIncident(const IncidentDraft &draft, QUuid *newId = nullptr);
    Change setIncidentFields(const QUuid &incidentId, const QVariantMap &fields);
    Change moveIncident(const Incident &incident, IncidentStatus to);
    Change addNote(const QUuid &incidentId, const QString &text);

    // The assignment record, the unit to "dispatched" and, for a fresh incident, the incident too. The
    // assignment carries the advice: recommended_unit_id, rank, eta_s and override_reason, when given.
    ChangeList dispatch(const Incident &incident, const Unit &unit, const DispatchAdvice &advice = {});
    // Set lanes (JSON), lanes_blocked and lanes_total; and lanes_cleared_at = now when the new impact is all
    // clear after blocked or affected lanes and the lanes were not cleared before.
    Change setLanes(const Incident &incident, const LaneImpact &impact);
    // Set verified_at = now.
    Change verifyIncident(const Incident &incident);
    // The unit on scene because its position came within reach of the incident: moveUnit(unit, OnScene,
    // &incident), the unit's transition carrying source = "position" and distance_m.
    ChangeList recordArrivalByPosition(const Unit &unit, const Incident &incident, double distanceM);
    // The region's response thresholds: a Create the first time (station_code = the Polda), a Set after.
    Change setResponseThresholds(const ResponseThresholds &thresholds, const QString &poldaCode, bool firstTime);
    // A unit's new status; a unit working an incident carries the incident along (en route, on
    // scene) when the incident is behind it.
    ChangeList moveUnit(const Unit &unit, UnitStatus to, const Incident *incident = nullptr);
    // The incident to "cleared" and every unit still on it back to available.
    ChangeList clearIncident(const Incident &incident, const QList<Unit> &unitsOnIt);

    Change createUnit(const Unit &unit);

private:
    QString m_siteId;
    QString m_actor;
    HybridClock *m_clock;
};

} // namespace lintas
