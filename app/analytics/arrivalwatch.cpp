#include "analytics/arrivalwatch.h"

#include <QHash>

#include "geo/geodesy.h"

namespace lintas::analytics {

QList<PositionArrival> arrivalsByPosition(const QList<Incident> &incidents, const QList<Unit> &units, double radiusM)
{
    QHash<QUuid, const Incident *> byId;
    for (const Incident &incident : incidents)
        // A closed incident is finished: a unit passing its place is not arriving there.
        if (!incident.id.isNull() && incident.hasLocation() && incident.isOpen())
            byId.insert(incident.id, &incident);

    QList<PositionArrival> arrivals;
    for (const Unit &unit : units) {
        if (unit.status != UnitStatus::Dispatched && unit.status != UnitStatus::EnRoute)
            continue;
        if (unit.incidentId.isNull() || !unit.hasPosition())
            continue;
        const Incident *incident = byId.value(unit.incidentId, nullptr);
        if (!incident)
            continue;
        const double distance = geo::distanceM(unit.latitude, unit.longitude, incident->latitude, incident->longitude);
        if (distance <= radiusM)
            arrivals.append(PositionArrival{unit.id, incident->id, distance});
    }
    return arrivals;
}

} // namespace lintas::analytics
