#pragma once

#include <QDateTime>
#include <QString>

#include "analytics/dashboardstats.h"

namespace lintas {

// The periods the dashboard offers. The "today" and "last n days" periods move with the clock, so the filter is
// made again from the selection at every refresh.
enum class DashboardPeriod
{
    Today,
    Yesterday,
    Last7Days,
    Last30Days,
    Operation // an operation of analytics::OperationCalendar::builtIn(), by code
};

// What the user picked in the dashboard's filter bar.
struct DashboardSelection
{
    QString stationCode; // empty: every station
    DashboardPeriod period = DashboardPeriod::Today;
    QString operationCode; // with DashboardPeriod::Operation

    // The filter at `now` (UTC): days start at 00:00 WIB; an operation's window ends at `now` while it runs.
    analytics::DashboardFilter filterAt(const QDateTime &now) const;

    friend bool operator==(const DashboardSelection &, const DashboardSelection &) = default;
};

} // namespace lintas
