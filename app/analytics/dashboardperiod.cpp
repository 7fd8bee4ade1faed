#include "dashboardperiod.h"

#include <QCoreApplication>
#include <QDateTime>

#include "analytics/dashboardstats.h"
#include "store/casereducer.h"

namespace lintas::analytics {
namespace {

constexpr int kShiftStartHours[] = {7, 15, 23};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

std::optional<DashboardPeriod> DashboardPeriod::of(const DashboardFilter &filter, QString *error)
{
    const auto fail = [error](const char *text) {
        if (error)
            *error = QCoreApplication::translate("lintas::analytics::DashboardQuery", text);
        return std::nullopt;
    };
    if (!filter.from.isValid())
        return fail("The dashboard filter has no valid start of the period (from).");
    if (!filter.to.isValid())
        return fail("The dashboard filter has no valid end of the period (to).");
    if (filter.from > filter.to)
        return fail("The dashboard filter's period starts (from) after it ends (to).");
    DashboardPeriod window;
    window.fromMs = filter.from.toMSecsSinceEpoch();
    window.toMs = filter.to.toMSecsSinceEpoch();
    window.nowMs = (filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    window.today = wibDate(window.toMs > window.fromMs ? window.toMs - 1 : window.toMs);
    return window;
}

QDate DashboardPeriod::wibDate(qint64 ms)
{
    return QDate(1970, 1, 1).addDays(floorDiv(ms + kWibOffsetMs, kDayMs));
}

int DashboardPeriod::wibHour(qint64 ms)
{
    return int(floorDiv(ms + kWibOffsetMs, kHourMs) - floorDiv(ms + kWibOffsetMs, kDayMs) * 24);
}

qint64 DashboardPeriod::wibDayStartMs(const QDate &day)
{
    return QDate(1970, 1, 1).daysTo(day) * kDayMs - kWibOffsetMs;
}

qint64 DashboardPeriod::shiftStartMs(qint64 ms)
{
    const qint64 dayStart = wibDayStartMs(wibDate(ms));
    const int hour = wibHour(ms);
    if (hour < kShiftStartHours[0])
        return dayStart - kDayMs + kShiftStartHours[2] * kHourMs; // the night shift began yesterday at 23:00
    int start = kShiftStartHours[0];
    for (const int h : kShiftStartHours)
        if (hour >= h)
            start = h;
    return dayStart + start * kHourMs;
}

qint64 DashboardPeriod::caseRowidFloor(qint64 ms)
{
    return std::max<qint64>(0, floorDiv(ms, 1000)) << CaseReducer::kSortShift;
}

qint64 DashboardPeriod::caseRowidCeil(qint64 ms)
{
    return std::max<qint64>(0, -floorDiv(-ms, 1000)) << CaseReducer::kSortShift;
}

} // namespace lintas::analytics
