#pragma once

#include <QDateTime>
#include <QString>

#include "core/unit.h"

namespace lintas {

// How old a unit's last known position is, and whether it is too old to trust. The limit is the one the
// ranking uses (analytics::RankingRules::builtIn().staleAfterS), so the board, the map and the recommendations
// agree on which units are stale (context "PositionAge").
namespace positionage {

qint64 staleAfterS();
// Seconds since the position was taken; -1 when the unit has no position or its time is unknown.
qint64 ageSeconds(const Unit &unit, const QDateTime &now);
// A position older than the limit, or one whose time is unknown: shown greyed, never silently trusted.
// A unit without any position is not stale (it is simply not on the map).
bool isStale(const Unit &unit, const QDateTime &now);
// "3 min ago", "45 s ago", "2 h 10 min ago"; "time unknown" for -1.
QString ageText(qint64 ageS);
// The tooltip of a stale unit: when the position was taken and why it is greyed.
QString staleExplanation(const Unit &unit, const QDateTime &now);

} // namespace positionage
} // namespace lintas
