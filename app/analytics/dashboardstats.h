#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVector>

#include "core/incident.h"
#include "core/unit.h"

namespace lintas::analytics {

// The supervisors' dashboard figures, computed in one pass over a read-only connection on a worker thread
// (never on the GUI thread), and handed to the GUI as one plain value.
//
//   store notifications ─► DashboardRefresher (ui, coalesces: at most one refresh per few seconds)
//                              └ worker: DashboardQuery::compute(filter) ─► DashboardSnapshot ─► charts
//   a click on a chart ─► DrillDown ─► worker: DashboardQuery::records(drill) ─► the records behind it

// What the dashboard looks at.
struct DashboardFilter
{
    QString stationCode;   // a Polda, Polres or Polsek code; empty: everything the store holds
    QDateTime from;        // the period, [from, to); the day charts use it, "today" charts use the day of `to`
    QDateTime to;
    QString operationCode; // set when the period is an operation's window (informational; from/to rule)
    QDateTime now;         // "now" for ages, today and the shift; invalid: the current time

    // Today 00:00 WIB to now.
    static DashboardFilter today(const QDateTime &now = {});
};

struct LabelledCount
{
    QString key;   // a code: incident type, station, article, bucket key
    int count = 0;
};

struct ResponseStats
{
    Priority priority = Priority::P3;
    int count = 0;                 // incidents of the period with a first arrival
    std::optional<double> medianS; // reported → first arrival
    std::optional<double> p90S;
    double thresholdS = 0;          // the region's response threshold for the priority (ResponseThresholds)
    QVector<int> histogram;         // counts per bin of kResponseBinMinutes, the last bin open-ended
};
inline constexpr int kResponseBinMinutes = 5;
inline constexpr int kResponseBins = 13; // 0–5, 5–10, … 55–60, ≥ 60 min

struct UnitStatusSample
{
    QDateTime at;
    QVector<int> counts; // indexed by int(UnitStatus), allUnitStatuses() order
};

struct DayAccidents
{
    QDate day; // WIB
    int accidents = 0;
    int md = 0; // died (meninggal dunia)
    int lb = 0; // seriously hurt (luka berat)
    int lr = 0; // slightly hurt (luka ringan)
};

struct EtleFunnel
{
    int captured = 0; // every ETLE case of the period (whatever its state now)
    int verified = 0; // got past verification (any state after captured except rejected)
    int noticeSent = 0;
    int paymentIssued = 0;
    int paid = 0;
    int rejected = 0;
};

struct DashboardSnapshot
{
    DashboardFilter filter;
    QDateTime computedAt;
    qint64 computeMs = 0;

    QVector<int> incidentsPerHourToday;       // 24, by WIB hour of report, the day of filter.to
    QVector<double> sameWeekdayAverage;       // 24, the same weekday over the 8 weeks before
    QList<LabelledCount> incidentsByType;     // the period, most first
    QList<LabelledCount> incidentsBySector;   // the period, by Polres code, most first
    QList<ResponseStats> response;            // P1..P4
    QList<LabelledCount> openByAge;           // keys "lt15m", "15-30m", "30-60m", "1-2h", "2-4h", "gt4h"
    QList<UnitStatusSample> unitsOverShift;   // every 15 min from the shift's start (07, 15, 23 WIB) to now
    QList<DayAccidents> accidents30Days;      // 30 days ending with the day of filter.to, oldest first
    QList<LabelledCount> violationsByArticle; // the period, article codes, most first
    EtleFunnel etle;                          // the period
    int openIncidents = 0;
    int incidentsInPeriod = 0;
};

// The records behind a chart's bar, slice or point.
struct DrillDown
{
    enum class Chart
    {
        IncidentsPerHour,    // key: hour "0".."23" (today)
        IncidentsByType,     // key: type code
        IncidentsBySector,   // key: Polres code
        ResponseTimes,       // key: "p1".."p4"; bin: histogram bin, or -1 for all
        OpenByAge,           // key: age bucket
        UnitsByStatus,       // key: unit status ("available", …): the units in that status now
        Accidents,           // key: WIB day "yyyy-MM-dd"
        ViolationsByArticle, // key: article code
        EtleFunnel           // key: "captured", "verified", "notice_sent", "payment_issued", "paid", "rejected"
    };
    Chart chart = Chart::IncidentsByType;
    DashboardFilter filter;
    QString key;
    int bin = -1;
};

struct DrillRecord
{
    enum class Kind { Incident, Case, Unit };
    Kind kind = Kind::Incident;
    QUuid id;
    QString number;  // incident or case number, or the unit's call sign
    QDateTime at;    // reported, occurred, or the unit's status time
    QString title;   // type and road, case title, or the unit's station
    QString status;  // stored status or state code
};

// On a read-only connection of its own, opened in the thread that constructs it: make one per worker thread.
class DashboardQuery
{
public:
    explicit DashboardQuery(const QString &storePath);
    ~DashboardQuery();
    DashboardQuery(const DashboardQuery &) = delete;
    DashboardQuery &operator=(const DashboardQuery &) = delete;

    bool isOpen() const;
    QString openError() const;
    bool compute(const DashboardFilter &filter, DashboardSnapshot *snapshot, QString *error) const;
    // Newest first, at most `limit`.
    QList<DrillRecord> records(const DrillDown &drill, int limit, QString *error) const;

private:
    QString m_connectionName;
    QString m_openError;
};

} // namespace lintas::analytics
