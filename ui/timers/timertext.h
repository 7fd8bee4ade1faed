#pragma once

#include <QColor>
#include <QString>

#include "core/incident.h"
#include "core/responsetimes.h"

namespace lintas {

// The words and colours of the response timers, shared by the queue, the alerts and the detail view so they
// all say the same thing (context "TimerText").
namespace timertext {

// A running clock for a table cell: "04:07", "1:04:07" past an hour; "" for a negative (not started) value.
QString clock(qint64 seconds);
// A span inside a sentence: "2:14", "1:02:14".
QString span(qint64 seconds);
// A limit as a supervisor sets it: "10 min", "1 h 30 min", "45 s".
QString limit(qint64 seconds);
// What the incident waits for, with its limit: "P1: dispatched within 2 min", "P1: on scene within 10 min".
QString stageLimit(Priority priority, TimerStage stage, qint64 limitS);
// The whole story for a tooltip or an alert: "P1: on scene within 10 min — 2:14 over", "… — 3:10 left";
// empty when nothing is being timed (done, cleared).
QString explanation(Priority priority, const IncidentTimers &timers);
// The badge of a level: the fill of the running clock's cell and of the row's marker (amber, red), strong enough
// to be seen across the room and the same in both themes; invalid for Normal.
QColor levelColor(TimerLevel level);
// The text on a level's badge (dark on amber, white on red); invalid for Normal.
QColor levelInk(TimerLevel level);

} // namespace timertext
} // namespace lintas
