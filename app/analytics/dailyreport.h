#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "analytics/operations.h"

namespace lintas::analytics {

// The daily report ("Anev harian", analisa dan evaluasi): the figures a Polres or a Polda reports for one WIB day
// or one operation window, each beside the previous period (H-1) and the same period last year.
//
//   DailyReportBuilder (worker thread, its own read-only connection)
//        └ build(request) ─► DailyReport (plain values, both languages) ─► preview, PDF, CSV (ui/report)
//
// Labels carry both languages: a report is written in the language asked for, whatever the desk's own.

enum class ReportLanguage { Indonesian, English };
QString languageCode(ReportLanguage language); // "id", "en"

struct ReportText
{
    QString id; // Bahasa Indonesia
    QString en;
    const QString &in(ReportLanguage language) const { return language == ReportLanguage::English ? en : id; }
};

// Who reports: a Polda ("PMJ": every station under it) or a Polres ("JAKPUS": itself and its Polsek).
struct ReportScope
{
    QString stationCode;
    bool isPolda() const;
    ReportText name() const; // "Polda Metro Jaya" from the station directory
    // Whether a record's station (a Polres or Polsek code, or the Polda's own) lies within the scope.
    bool contains(const QString &recordStation) const;
};

// [start, end) in time; a day runs 00:00–24:00 WIB.
struct ReportPeriod
{
    QDateTime start;
    QDateTime end;
    QString operationCode; // empty for a day

    static ReportPeriod day(const QDate &dayWib);
    static ReportPeriod operation(const PoliceOperation &operation);
    bool isDay() const { return operationCode.isEmpty(); }
    QDate dayWib() const; // the day a day period covers (start's WIB date)
    // H-1: the day before; for an operation, the window of the same length just before it.
    ReportPeriod previous() const;
    // The same day last year (the same date; 28 February for 29 February); for an operation, the same kind's
    // operation of last year from the calendar, or the same dates one year back when the calendar has none.
    ReportPeriod sameLastYear(const OperationCalendar &calendar = OperationCalendar::builtIn()) const;
    ReportText title() const; // "Sabtu, 28 November 2026" / "Saturday, 28 November 2026", or the operation name
};

// One figure in the three periods. Counts, rupiah or seconds (medians) as the row's unit says; a median over no
// records is nothing.
struct ReportFigure
{
    std::optional<qint64> current;
    std::optional<qint64> previous; // H-1
    std::optional<qint64> lastYear;
};

// The change from `before` to `now` in percent; nothing when before is 0 or either is missing (shown "–").
std::optional<double> percentChange(std::optional<qint64> before, std::optional<qint64> now);

enum class ReportUnit { Count, Rupiah, Seconds };

struct ReportRow
{
    QString key; // stable, for tests and CSV: "r2", "md", "kecelakaan", "00-03" …
    ReportText label;
    ReportUnit unit = ReportUnit::Count;
    ReportFigure figure;
};

// Table keys, in the report's order. Rows marked * have these fixed keys; the others have one row per code that
// occurs in any of the three periods (catalogue codes: incident types, collision types, causes, articles), in the
// catalogue's order, and a "total" row first where one is meaningful.
//   violations       * total, r2, r4, other_vehicle, tilang, teguran, seized_sim, seized_stnk, seized_vehicle,
//                      etle_captures, etle_verified, etle_paid, fines_rupiah
//   violation_articles one row per article code charged
//   accidents        * total, md, lb, lr, material_loss
//   accident_collision one row per collision type
//   accident_cause     one row per cause
//   accident_timeband * 00-03, 03-06, 06-09, 09-12, 12-15, 15-18, 18-21, 21-24 (WIB, by occurrence)
//   incidents          total, then one row per incident type
//   response         * count_p1 … count_p4, response_median_p1 … _p4, clearance_median_p1 … _p4 (Seconds;
//                      response: reported → first arrival; clearance: reported → cleared)
//   activity         * patrol_units, patrol_hours, escorts, dispatches
namespace reporttable {
inline constexpr char kViolations[] = "violations";
inline constexpr char kViolationArticles[] = "violation_articles";
inline constexpr char kAccidents[] = "accidents";
inline constexpr char kAccidentCollision[] = "accident_collision";
inline constexpr char kAccidentCause[] = "accident_cause";
inline constexpr char kAccidentTimeband[] = "accident_timeband";
inline constexpr char kIncidents[] = "incidents";
inline constexpr char kResponse[] = "response";
inline constexpr char kActivity[] = "activity";
} // namespace reporttable

struct ReportTable
{
    QString key;
    ReportText title;
    QList<ReportRow> rows;

    const ReportRow *row(const QString &rowKey) const;
};

struct DailyReport
{
    ReportScope scope;
    ReportPeriod period;
    ReportPeriod previousPeriod;
    ReportPeriod lastYearPeriod;
    QDateTime generatedAt;
    QList<ReportTable> tables;

    QString reportId() const; // "PMJ/2026-11-27", "JAKPUS/2026-11-27", "PMJ/ops/ketupat-2026"
    const ReportTable *table(const QString &key) const;
    const ReportRow *row(const QString &tableKey, const QString &rowKey) const;
};

struct ReportRequest
{
    ReportScope scope;
    ReportPeriod period;
    QDateTime now; // generatedAt; invalid: the current time
};

// Builds reports from a desk store (or any store file of the same schema) on a read-only connection of its own,
// opened in the thread that constructs it: make one per worker thread.
class DailyReportBuilder
{
public:
    explicit DailyReportBuilder(const QString &storePath);
    ~DailyReportBuilder();
    DailyReportBuilder(const DailyReportBuilder &) = delete;
    DailyReportBuilder &operator=(const DailyReportBuilder &) = delete;

    bool isOpen() const;
    QString openError() const;
    // False with *error (translated, naming the store or the scope) when the scope is not a Polda or Polres of
    // the station directory, the period is empty, or the store cannot be read.
    bool build(const ReportRequest &request, DailyReport *report, QString *error) const;

private:
    QString m_connectionName;
    QString m_openError;
};

// The report as CSV (UTF-8, comma, quoted where needed): table,row,label,unit,current,h_1,change_h_1_pct,
// last_year,change_last_year_pct — one line per row, labels in the language asked for.
QByteArray reportCsv(const DailyReport &report, ReportLanguage language);

} // namespace lintas::analytics
