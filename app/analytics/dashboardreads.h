#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <QVector>

#include "analytics/dashboardscope.h"
#include "analytics/dashboardstats.h"
#include "analytics/dashboardperiod.h"

namespace lintas::analytics {

// The dashboard's reads, one per figure, over an open read-only connection. Each reads only what its figure
// needs, through the indexes: incidents by reported_at (incidents_reported) or by open status (incidents_open),
// cases by rowid, which is the occurrence time (CaseReducer::sortKey), units and their transitions by unit.
// Every read throws SqlFailure when a statement fails.
class DashboardReads
{
public:
    DashboardReads(QSqlDatabase db, DashboardScope scope, DashboardPeriod window);

    // Incidents (dashboardincidents.cpp).
    QVector<int> incidentsPerHour(const QDate &day) const; // 24, by WIB hour of report
    QVector<double> sameWeekdayAverage() const;            // 24, over the 8 same weekdays before `today`
    // Type, sector, the period's count and the response times, from the period's incidents.
    void readPeriodIncidents(DashboardSnapshot *snapshot) const;
    // openByAge and openIncidents.
    void readOpenIncidents(DashboardSnapshot *snapshot) const;

    // Units (dashboardunits.cpp): one sample every 15 min from the shift's start, and one at now.
    QList<UnitStatusSample> unitsOverShift() const;

    // Cases (dashboardcases.cpp).
    QList<DayAccidents> accidents30Days() const;
    QList<LabelledCount> violationsByArticle() const;
    EtleFunnel etleFunnel() const;

    // Helpers shared by the reads and the drill-down.
    const DashboardScope &scope() const { return m_scope; }
    const DashboardPeriod &window() const { return m_window; }
    QSqlQuery run(const QString &sql, const QVariantList &binds) const;

    // Cases (alias c) that occurred in [fromMs, toMs): a rowid range, then occurred_at to the millisecond.
    static QString casePeriod(qint64 fromMs, qint64 toMs, QVariantList *binds);
    // The incidents' open statuses, as SQL text ("'reported', 'dispatched', …") for the incidents_open index.
    static QString openStatusList();
    // The case states that count, as SQL conditions on c.kind and c.state.
    static QString violationCondition();
    static QString accidentCondition();
    static QString etleCondition(); // ETLE tickets, leaving the period's rowid range to pick the index
    // The ETLE funnel's stage by key ("captured", "verified", …) as an SQL condition on the cases row, empty for
    // an unknown key.
    static QString etleStageCondition(const QString &stage);
    static const QStringList &etleStages();
    // The age buckets of open incidents: key and [lowMs, highMs) of age, highMs < 0 for no upper bound.
    struct AgeBucket
    {
        const char *key;
        qint64 lowMs;
        qint64 highMs;
    };
    static const QList<AgeBucket> &ageBuckets();
    // The Polres a station belongs to (the code itself when it has none).
    static QString sectorOf(const QString &stationCode);

private:
    QSqlDatabase m_db;
    DashboardScope m_scope;
    DashboardPeriod m_window;
};

// A drill-down or filter the dashboard cannot answer (an unknown key), with the message that says why.
struct DashboardInputError
{
    QString message;
};

// Sorts most first, then by key, so that equal counts keep one order.
void sortMostFirst(QList<LabelledCount> *counts);

} // namespace lintas::analytics
