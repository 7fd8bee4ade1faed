#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace lintas::analytics {

struct DashboardFilter;

// The dashboard's instants in UTC milliseconds, as the store keeps them, and the WIB days and hours the charts
// are drawn in (UTC+7, no daylight saving time).
struct DashboardPeriod
{
    static constexpr qint64 kWibOffsetMs = 7 * 3600 * 1000;
    static constexpr qint64 kHourMs = 3600 * 1000;
    static constexpr qint64 kDayMs = 24 * kHourMs;
    static constexpr qint64 kShiftSampleMs = 15 * 60 * 1000;

    qint64 fromMs = 0; // the period, [fromMs, toMs)
    qint64 toMs = 0;
    qint64 nowMs = 0;
    // The WIB day of the period's last instant (toMs − 1): the "today" of the hourly chart and the last day of the
    // 30-day series. A period that ends at midnight is about the day before it, not the empty day it ends on.
    QDate today;

    // The filter's period checked: both ends valid and from ≤ to; an invalid `now` is the current time.
    static std::optional<DashboardPeriod> of(const DashboardFilter &filter, QString *error);

    static QDate wibDate(qint64 ms);
    static int wibHour(qint64 ms);
    static qint64 wibDayStartMs(const QDate &day);
    // The start of the shift `ms` falls in: shifts start at 07:00, 15:00 and 23:00 WIB.
    static qint64 shiftStartMs(qint64 ms);
    // Bounds on the cases table's rowid, which is the occurrence time in whole seconds (CaseReducer::sortKey):
    // every case that occurred at or after `ms` has a rowid ≥ caseRowidFloor(ms), every case before it a rowid <
    // caseRowidCeil(ms). The rowid narrows the read; occurred_at then decides to the millisecond.
    static qint64 caseRowidFloor(qint64 ms);
    static qint64 caseRowidCeil(qint64 ms);
};

} // namespace lintas::analytics
