#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include "analytics/dashboardstats.h"
#include "dashboard/chartadapter.h"

namespace lintas {

// The dashboard's charts, in the order the window lays them out.
enum class DashboardChart
{
    IncidentsPerHour, // today against the same weekday's 8-week average
    IncidentsByType,
    IncidentsBySector,    // by Polres
    ResponseDistribution, // minutes from report to first arrival, stacked by priority
    ResponseSummary,      // median and p90 per priority against the threshold
    OpenByAge,
    UnitsOverShift,      // units by status, stacked, every 15 minutes of the shift
    Accidents30Days,     // accidents and victims MD/LB/LR per day
    ViolationsByArticle, // top 10
    EtleFunnel           // captured → verified → notice sent → payment issued → paid
};
inline constexpr int kDashboardChartCount = 10;

// What one chart shows: the categories with the key each stands for (for the records behind a click) and the
// series, in words of the current language.
struct DashboardChartData
{
    QStringList categories;
    QStringList keys;
    QList<ChartSeries> series;
    QStringList seriesKeys; // when a series stands for a key of its own (a priority, a unit status)
    QVector<double> threshold;
    QString thresholdName;
};

// Turns a snapshot into the charts' data and a click into the records behind it; every word is translated when
// asked for (context "Dashboard"), so a language switch shows on the next redraw.
namespace dashboardcharts {

QString title(DashboardChart chart);
QString valueTitle(DashboardChart chart);    // the value axis: "Incidents", "Minutes", …
QString categoryTitle(DashboardChart chart); // the category axis, where the labels alone do not say it
ChartAdapter::Kind kindOf(DashboardChart chart);
DashboardChartData dataOf(DashboardChart chart, const analytics::DashboardSnapshot &snapshot);
// The records behind series `series` at category `category`; nothing when the point is not made of records
// (an average).
std::optional<analytics::DrillDown> drillDown(DashboardChart chart, const DashboardChartData &data,
                                              const analytics::DashboardFilter &filter, int series, int category);
// "Incidents by type: Accident" — the records dialog's title.
QString drillTitle(DashboardChart chart, const DashboardChartData &data, int series, int category);

QString ageBucket(const QString &key);         // "lt15m" → "< 15 min"
QString etleStage(const QString &key);         // "notice_sent" → "Notice sent"
QString sectorName(const QString &polresCode); // "JAKPUS" → "Jakarta Pusat"
QString minutes(double seconds);               // "8.5 min"

} // namespace dashboardcharts
} // namespace lintas
