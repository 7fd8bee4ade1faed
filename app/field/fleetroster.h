#pragma once

#include <QList>
#include <QString>

#include "core/unit.h"

namespace lintas::field {

class RoadNetwork;

struct RosterOptions
{
    int target = 200; // units the fleet should have
    quint64 seed = 1;
    qint64 nowMs = 0; // when they join (their first position's time, their ids' time)
    QString polda = QStringLiteral("PMJ");
};

// The units to add so that a fleet of `existing` units reaches `target`, spread over the Polsek of the
// Polda's Polres in turn: motorcycles (R2) and cars (R4) most, then the highway patrol (PJR), tow trucks and
// ambulances, about 4 : 3 : 1 : 1 : 1. Callsigns in the demo's style, numbered per Polres and kind after the
// ones already taken ("JAKPUS-R2-07"); each unit stands at its station (on the nearest drivable node when a
// network is given), patrol units half of them on patrol. Nothing when the fleet is already big enough. The
// same seed, time and existing fleet give the same units, ids included.
QList<Unit> planFleetGrowth(const QList<Unit> &existing, const RosterOptions &options,
                            const RoadNetwork *network = nullptr);

// "R2", "R4", "PJR", "DEREK", "AMB": the kind's part of a callsign.
QString callsignKindCode(UnitKind kind);

} // namespace lintas::field
