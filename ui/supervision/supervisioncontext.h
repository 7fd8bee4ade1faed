#pragma once

#include <functional>

#include <QList>
#include <QUuid>

#include "core/unit.h"

class QMainWindow;

namespace lintas {

class CaseDesk;
class MapView;

// What the supervisors' tools (dashboard, daily report, hotspot forecast, data exchange) share with the main
// window: the desk (store service and path for worker-thread readers, the account acting here, the clock,
// submit), the map, the live units, and how to show a record. Plain pointers owned by the main window, which
// outlives every tool.
struct SupervisionContext
{
    CaseDesk *desk = nullptr;
    QMainWindow *window = nullptr;
    MapView *map = nullptr;
    std::function<QList<Unit>()> units;                 // the unit board's units now
    std::function<void(const QUuid &)> openIncident;    // select it on the main window
    std::function<void(const QUuid &)> openCase;        // open it in the case window
};

} // namespace lintas
