#include "dashboardselection.h"

#include <QTimeZone>

#include "analytics/operations.h"

namespace lintas {

namespace {

// Jakarta time: UTC+7 all year (no daylight saving).
constexpr int kWibOffsetSeconds = 7 * 3600;

// 00:00 WIB of the WIB day `at` falls on, as a UTC time.
QDateTime startOfWibDay(const QDateTime &at)
{
    const QDateTime wib = at.toOffsetFromUtc(kWibOffsetSeconds);
    return QDateTime(wib.date(), QTime(0, 0), QTimeZone(kWibOffsetSeconds)).toUTC();
}

} // namespace

analytics::DashboardFilter DashboardSelection::filterAt(const QDateTime &nowIn) const
{
    const QDateTime now = (nowIn.isValid() ? nowIn : QDateTime::currentDateTimeUtc()).toUTC();
    const QDateTime today = startOfWibDay(now);
    analytics::DashboardFilter filter;
    filter.stationCode = stationCode;
    filter.now = now;
    switch (period) {
    case DashboardPeriod::Today:
        filter.from = today;
        filter.to = now;
        break;
    case DashboardPeriod::Yesterday:
        filter.from = today.addDays(-1);
        filter.to = today;
        break;
    case DashboardPeriod::Last7Days:
        filter.from = today.addDays(-6);
        filter.to = now;
        break;
    case DashboardPeriod::Last30Days:
        filter.from = today.addDays(-29);
        filter.to = now;
        break;
    case DashboardPeriod::Operation: {
        const auto operation = analytics::OperationCalendar::builtIn().byCode(operationCode);
        if (!operation) {
            // An operation the calendar no longer holds: today rather than nothing.
            filter.from = today;
            filter.to = now;
            break;
        }
        filter.operationCode = operation->code;
        filter.from = operation->start.toUTC();
        filter.to = operation->start <= now && now < operation->end ? now : operation->end.toUTC();
        break;
    }
    }
    return filter;
}

} // namespace lintas
