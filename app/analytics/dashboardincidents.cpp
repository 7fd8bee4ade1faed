// The dashboard's incident figures: the hourly chart with its same-weekday average, the period's incidents by
// type and sector with their response times, and the open incidents by age.

#include "dashboardreads.h"

#include <algorithm>
#include <cmath>

#include <QHash>

#include "core/incident.h"
#include "core/responsetimes.h"
#include "core/stations.h"
#include "store/records.h"
#include "store/sqlconnection.h"

namespace lintas::analytics {
namespace {

constexpr int kSameWeekdays = 8;

// Linear interpolation between the closest ranks, so that p = 0.5 is the usual median.
double percentile(const QVector<double> &sorted, double p)
{
    const double position = p * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(position));
    const auto above = std::min(below + 1, sorted.size() - 1);
    return sorted.at(below) + (sorted.at(above) - sorted.at(below)) * (position - double(below));
}

} // namespace

DashboardReads::DashboardReads(QSqlDatabase db, DashboardScope scope, DashboardPeriod window)
    : m_db(std::move(db)), m_scope(std::move(scope)), m_window(window)
{
}

QSqlQuery DashboardReads::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query = SqlConnection::prepare(m_db, sql);
    query.setForwardOnly(true);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    SqlConnection::exec(query);
    return query;
}

QString DashboardReads::openStatusList()
{
    QStringList statuses;
    for (const IncidentStatus status : allIncidentStatuses())
        if (status != IncidentStatus::Cleared && status != IncidentStatus::Closed)
            statuses << QStringLiteral("'%1'").arg(toString(status));
    return statuses.join(QStringLiteral(", "));
}

const QList<DashboardReads::AgeBucket> &DashboardReads::ageBuckets()
{
    static const QList<AgeBucket> buckets{
        {"lt15m", 0, 15 * 60'000},
        {"15-30m", 15 * 60'000, 30 * 60'000},
        {"30-60m", 30 * 60'000, DashboardPeriod::kHourMs},
        {"1-2h", DashboardPeriod::kHourMs, 2 * DashboardPeriod::kHourMs},
        {"2-4h", 2 * DashboardPeriod::kHourMs, 4 * DashboardPeriod::kHourMs},
        {"gt4h", 4 * DashboardPeriod::kHourMs, -1},
    };
    return buckets;
}

QString DashboardReads::sectorOf(const QString &stationCode)
{
    const std::optional<Station> polres = StationDirectory::builtIn().polresOf(stationCode);
    return polres ? polres->code : stationCode;
}

void sortMostFirst(QList<LabelledCount> *counts)
{
    std::sort(counts->begin(), counts->end(), [](const LabelledCount &a, const LabelledCount &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
}

QVector<int> DashboardReads::incidentsPerHour(const QDate &day) const
{
    // Without a scope, incidents_reported alone answers (a covering index read), so 8 weeks of same weekdays cost
    // no table reads; has_create is left out for that. A row still waiting for its Create (a Set that overtook it
    // in sync) has a report time only if that Set carried one, and then it is an incident reported at that time.
    QVector<int> hours(24, 0);
    const qint64 start = DashboardPeriod::wibDayStartMs(day);
    QVariantList binds{start, start + DashboardPeriod::kDayMs};
    const QString scope = m_scope.condition(QStringLiteral("station_code"), &binds);
    QSqlQuery query = run(QStringLiteral("SELECT (reported_at - ?) / %1, count(*) FROM incidents "
                                         "WHERE reported_at >= ? AND reported_at < ? AND %2 GROUP BY 1")
                              .arg(DashboardPeriod::kHourMs)
                              .arg(scope),
                          QVariantList{start} + binds);
    while (query.next()) {
        const int hour = query.value(0).toInt();
        if (hour >= 0 && hour < 24)
            hours[hour] = query.value(1).toInt();
    }
    return hours;
}

QVector<double> DashboardReads::sameWeekdayAverage() const
{
    QVector<double> average(24, 0.0);
    for (int week = 1; week <= kSameWeekdays; ++week) {
        const QVector<int> day = incidentsPerHour(m_window.today.addDays(-7 * week));
        for (int hour = 0; hour < 24; ++hour)
            average[hour] += day.at(hour);
    }
    for (double &value : average)
        value /= kSameWeekdays;
    return average;
}

void DashboardReads::readPeriodIncidents(DashboardSnapshot *snapshot) const
{
    QVariantList binds{m_window.fromMs, m_window.toMs};
    const QString scope = m_scope.condition(QStringLiteral("station_code"), &binds);

    QHash<QString, int> byType, bySector;
    int total = 0;
    QSqlQuery groups =
        run(QStringLiteral("SELECT coalesce(type_code, ''), coalesce(station_code, ''), count(*) "
                           "FROM incidents WHERE reported_at >= ? AND reported_at < ? AND has_create = 1 "
                           "AND %1 GROUP BY 1, 2")
                .arg(scope),
            binds);
    while (groups.next()) {
        const int count = groups.value(2).toInt();
        byType[groups.value(0).toString()] += count;
        bySector[sectorOf(groups.value(1).toString())] += count;
        total += count;
    }
    snapshot->incidentsInPeriod = total;
    snapshot->incidentsByType.clear();
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        snapshot->incidentsByType.append({it.key(), it.value()});
    sortMostFirst(&snapshot->incidentsByType);
    snapshot->incidentsBySector.clear();
    for (auto it = bySector.cbegin(); it != bySector.cend(); ++it)
        snapshot->incidentsBySector.append({it.key(), it.value()});
    sortMostFirst(&snapshot->incidentsBySector);

    // Response: reported → first arrival, per priority.
    QVector<double> seconds[4];
    QSqlQuery times = run(QStringLiteral("SELECT priority, first_arrival_at - reported_at FROM incidents "
                                         "WHERE reported_at >= ? AND reported_at < ? AND has_create = 1 "
                                         "AND first_arrival_at IS NOT NULL AND %1")
                              .arg(scope),
                          binds);
    while (times.next()) {
        const int priority = std::clamp(times.value(0).toInt(), 1, 4);
        // An arrival stamped before the report (clocks of two desks apart) counts as immediate.
        seconds[priority - 1].append(std::max<qint64>(0, times.value(1).toLongLong()) / 1000.0);
    }
    const ResponseThresholds thresholds = Records::responseThresholds(m_db);
    snapshot->response.clear();
    for (int p = 1; p <= 4; ++p) {
        ResponseStats stats;
        stats.priority = Priority(p);
        QVector<double> &values = seconds[p - 1];
        std::sort(values.begin(), values.end());
        stats.count = int(values.size());
        stats.thresholdS = double(thresholds.of(stats.priority).onSceneS);
        stats.histogram = QVector<int>(kResponseBins, 0);
        for (const double s : std::as_const(values))
            ++stats.histogram[std::min(int(s / (kResponseBinMinutes * 60)), kResponseBins - 1)];
        if (!values.isEmpty()) {
            stats.medianS = percentile(values, 0.5);
            stats.p90S = percentile(values, 0.9);
        }
        snapshot->response.append(stats);
    }
}

void DashboardReads::readOpenIncidents(DashboardSnapshot *snapshot) const
{
    QVariantList binds;
    const QString scope = m_scope.condition(QStringLiteral("station_code"), &binds);
    const QList<AgeBucket> &buckets = ageBuckets();
    QVector<int> counts(buckets.size(), 0);
    int open = 0;
    // Named, because with the table's statistics the planner takes four of five statuses for most rows and scans
    // the table, while nearly every incident is closed.
    QSqlQuery query = run(QStringLiteral("SELECT reported_at FROM incidents INDEXED BY incidents_open "
                                         "WHERE status IN (%1) AND has_create = 1 AND %2")
                              .arg(openStatusList(), scope),
                          binds);
    while (query.next()) {
        ++open;
        // An incident with no report time has no age; it is open all the same.
        if (query.value(0).isNull())
            continue;
        const qint64 age = std::max<qint64>(0, m_window.nowMs - query.value(0).toLongLong());
        for (int i = 0; i < buckets.size(); ++i)
            if (age >= buckets.at(i).lowMs && (buckets.at(i).highMs < 0 || age < buckets.at(i).highMs)) {
                ++counts[i];
                break;
            }
    }
    snapshot->openIncidents = open;
    snapshot->openByAge.clear();
    for (int i = 0; i < buckets.size(); ++i)
        snapshot->openByAge.append({QString::fromLatin1(buckets.at(i).key), counts.at(i)});
}

} // namespace lintas::analytics
