#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QString>

#include "analytics/dailyreport.h"

namespace lintas::reportwords {

// The report's own fixed words and number formats in the report's language. A report is written in the language
// asked for, whatever the desk's language: these do not go through tr() (which follows the desk) but through
// this small bilingual table.
enum class Word
{
    Letterhead,     // KEPOLISIAN NEGARA REPUBLIK INDONESIA
    DailyTitle,     // ANEV HARIAN
    OperationTitle, // ANEV OPERASI
    Item,           // the label column
    PreviousDay,    // H-1
    PreviousPeriod, // the window before an operation
    LastYear,       // the same day (operation) last year
    Change,         // change %
    None,           // a table with no rows
    NoData,         // a chart with nothing to draw
    ChartTimeband,  // accidents by three-hour band
    ChartIncidentTypes,
    ChartVehicles,
    VehicleR2,
    VehicleR4,
    VehicleOther,
    Generated, // "generated %1" in the footer
    Page,      // "page %1 of %2"
    Minutes,   // unit of medians
    Period,    // the report's period
    Scope,
};

QString word(Word word, analytics::ReportLanguage language);

// "1.250" / "1,250"
QString count(qint64 value, analytics::ReportLanguage language);
// "Rp 1.250.000" / "IDR 1,250,000"
QString rupiah(qint64 value, analytics::ReportLanguage language);
// A duration in seconds as minutes with one decimal: "12,5 mnt" / "12.5 min"
QString minutes(qint64 seconds, analytics::ReportLanguage language);
// A figure in its unit; "–" when there is none.
QString figure(std::optional<qint64> value, analytics::ReportUnit unit, analytics::ReportLanguage language);
// "+12,5%" / "-8.0%"; "–" when there is none (a zero or missing denominator).
QString percent(std::optional<double> value, analytics::ReportLanguage language);
// "27-11-2026" / "27 Nov 2026"
QString date(const QDate &day, analytics::ReportLanguage language);
// The period as dates: one day, or "14-10-2024 – 27-10-2024" for an operation (its end is exclusive).
QString periodDates(const analytics::ReportPeriod &period, analytics::ReportLanguage language);
// "28-11-2026 07:05 WIB" / "28 Nov 2026 07:05 WIB"
QString wibDateTime(const QDateTime &at, analytics::ReportLanguage language);

inline constexpr int kWibOffsetSeconds = 7 * 60 * 60;
inline constexpr char16_t kNoValue[] = u"\u2013"; // "–"

} // namespace lintas::reportwords
