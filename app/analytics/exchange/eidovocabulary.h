#pragma once

#include <optional>

#include <QString>

#include "core/incident.h"
#include "core/unit.h"

namespace lintas::eidovocab {

// How Lintas's codes read in the EIDO's registry fields, both ways. The internal fields
// (incidentTypeInternalCode, incidentStatusInternalText, emergencyResourceTypeInternalText) carry Lintas's own
// codes exactly; the registry fields carry the nearest common term for partners that do not know them.

QString incidentType(const QString &typeCode);                                 // "kecelakaan" → "TrafficCollision"
QString incidentTypeCode(const QString &registryText);                         // back; empty when unknown
QString incidentStatus(IncidentStatus status);                                 // "Pending", "Active", "Closed"
std::optional<IncidentStatus> incidentStatusFrom(const QString &registryText); // Pending, Active, Closed
QString resourceType(UnitKind kind);                                           // "LawEnforcement", "Tow", "EMS"
QString resourceAttribute(UnitKind kind);                                      // "Motorcycle", "PatrolCar", …
QString resourceStatus(const Assignment &assignment);                          // "Dispatched", "OnScene", "Cleared"

} // namespace lintas::eidovocab
