#include "statemachine.h"

namespace lintas {

QList<IncidentStatus> legalMoves(IncidentStatus from)
{
    using S = IncidentStatus;
    switch (from) {
    case S::Reported:
        return {S::Dispatched, S::Closed};
    case S::Dispatched:
        return {S::EnRoute, S::OnScene, S::Reported};
    case S::EnRoute:
        return {S::OnScene, S::Reported};
    case S::OnScene:
        return {S::Cleared};
    case S::Cleared:
        return {S::Closed, S::OnScene};
    case S::Closed:
        return {};
    }
    return {};
}

bool isLegalMove(IncidentStatus from, IncidentStatus to) { return legalMoves(from).contains(to); }

QList<UnitStatus> legalMoves(UnitStatus from)
{
    using S = UnitStatus;
    switch (from) {
    case S::Available:
        return {S::OnPatrol, S::Dispatched, S::Busy, S::OutOfService};
    case S::OnPatrol:
        return {S::Available, S::Dispatched, S::Busy, S::OutOfService};
    case S::Dispatched:
        return {S::EnRoute, S::OnScene, S::Available, S::OnPatrol};
    case S::EnRoute:
        return {S::OnScene, S::Available, S::OnPatrol};
    case S::OnScene:
        return {S::Available, S::OnPatrol, S::Busy};
    case S::Busy:
        return {S::Available, S::OnPatrol, S::OutOfService};
    case S::OutOfService:
        return {S::Available};
    }
    return {};
}

bool isLegalMove(UnitStatus from, UnitStatus to) { return legalMoves(from).contains(to); }

bool needsIncident(UnitStatus status)
{
    return status == UnitStatus::Dispatched || status == UnitStatus::EnRoute || status == UnitStatus::OnScene;
}

bool isFree(UnitStatus status) { return status == UnitStatus::Available || status == UnitStatus::OnPatrol; }

} // namespace lintas
