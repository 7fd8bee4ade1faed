#pragma once

#include <QList>

#include "incident.h"
#include "unit.h"

namespace lintas {

// The legal moves of an incident:
//
//   reported ──► dispatched ──► en_route ──► on_scene ──► cleared ──► closed
//      │  ▲          │  ▲                        ▲            │
//      │  └──────────┘  └── (all units recalled) │            └─► on_scene (reopened)
//      └──► closed (false or duplicate report)   └── dispatched (unit on scene directly)
bool isLegalMove(IncidentStatus from, IncidentStatus to);
QList<IncidentStatus> legalMoves(IncidentStatus from);

// Units move freely between the "free" statuses; dispatched/en route/on scene need an incident and
// follow the work order; out of service returns only through available.
bool isLegalMove(UnitStatus from, UnitStatus to);
QList<UnitStatus> legalMoves(UnitStatus from);
bool needsIncident(UnitStatus status); // dispatched, en route, on scene
bool isFree(UnitStatus status);        // available, on patrol

} // namespace lintas
