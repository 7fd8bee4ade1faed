#include "dashboardcharts.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include "core/stations.h"
#include "core/unit.h"
#include "labels.h"
#include "theme.h"

namespace lintas::dashboardcharts {

namespace {

constexpr int kWibOffsetSeconds = 7 * 3600; // Jakarta time, no daylight saving
constexpr int kTopArticles = 10;

QString tr(const char *text)
{
    return QCoreApplication::translate("lintas::dashboardcharts", text);
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QList<analytics::LabelledCount> counted(const QList<analytics::LabelledCount> &list, int limit = -1)
{
    QList<analytics::LabelledCount> shown = list;
    // Most first, whatever order the snapshot came in; equal counts by key so the order is stable.
    std::stable_sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    if (limit >= 0 && shown.size() > limit)
        shown.resize(limit);
    return shown;
}

DashboardChartData fromCounts(const QList<analytics::LabelledCount> &counts, const QString &seriesName,
                              QString (*label)(const QString &))
{
    DashboardChartData data;
    ChartSeries series{seriesName, {}, {}};
    for (const analytics::LabelledCount &count : counts) {
        data.keys << count.key;
        data.categories << label(count.key);
        series.values << count.count;
    }
    data.series << series;
    return data;
}

QString typeName(const QString &code)
{
    const QString name = labels::incidentType(code);
    return name.isEmpty() ? code : name;
}

QString articleName(const QString &code)
{
    return tr("Art. %1").arg(code);
}

QString binLabel(int bin)
{
    if (bin >= analytics::kResponseBins - 1)
        return QStringLiteral("≥ %1").arg(bin * analytics::kResponseBinMinutes);
    return QStringLiteral("%1–%2")
        .arg(bin * analytics::kResponseBinMinutes)
        .arg((bin + 1) * analytics::kResponseBinMinutes);
}

const QStringList &ageKeys()
{
    static const QStringList keys{QStringLiteral("lt15m"), QStringLiteral("15-30m"), QStringLiteral("30-60m"),
                                  QStringLiteral("1-2h"),  QStringLiteral("2-4h"),   QStringLiteral("gt4h")};
    return keys;
}

const QStringList &etleKeys()
{
    static const QStringList keys{QStringLiteral("captured"), QStringLiteral("verified"), QStringLiteral("notice_sent"),
                                  QStringLiteral("payment_issued"), QStringLiteral("paid")};
    return keys;
}

QString priorityKey(int priorityNumber)
{
    return QStringLiteral("p%1").arg(priorityNumber);
}

} // namespace

QString title(DashboardChart chart)
{
    switch (chart) {
    case DashboardChart::IncidentsPerHour:
        return tr("Incidents per hour today");
    case DashboardChart::IncidentsByType:
        return tr("Incidents by type");
    case DashboardChart::IncidentsBySector:
        return tr("Incidents by sector (Polres)");
    case DashboardChart::ResponseDistribution:
        return tr("Response time (report to first arrival)");
    case DashboardChart::ResponseSummary:
        return tr("Median and p90 against the threshold");
    case DashboardChart::OpenByAge:
        return tr("Open incidents by age");
    case DashboardChart::UnitsOverShift:
        return tr("Units by status over the shift");
    case DashboardChart::Accidents30Days:
        return tr("Accidents and victims, last 30 days");
    case DashboardChart::ViolationsByArticle:
        return tr("Violations by article (top 10)");
    case DashboardChart::EtleFunnel:
        return tr("ETLE funnel");
    }
    return {};
}

QString valueTitle(DashboardChart chart)
{
    switch (chart) {
    case DashboardChart::ResponseSummary:
        return tr("Minutes");
    case DashboardChart::UnitsOverShift:
        return tr("Units");
    case DashboardChart::ViolationsByArticle:
    case DashboardChart::EtleFunnel:
        return tr("Cases");
    case DashboardChart::Accidents30Days:
        return tr("Count");
    default:
        return tr("Incidents");
    }
}

QString categoryTitle(DashboardChart chart)
{
    switch (chart) {
    case DashboardChart::IncidentsPerHour:
        return tr("Hour (WIB)");
    case DashboardChart::ResponseDistribution:
        return tr("Minutes to first arrival");
    default:
        return {};
    }
}

ChartAdapter::Kind kindOf(DashboardChart chart)
{
    switch (chart) {
    case DashboardChart::IncidentsPerHour:
    case DashboardChart::Accidents30Days:
        return ChartAdapter::Kind::Lines;
    case DashboardChart::IncidentsByType:
    case DashboardChart::IncidentsBySector:
    case DashboardChart::OpenByAge:
    case DashboardChart::ViolationsByArticle:
    case DashboardChart::EtleFunnel:
        return ChartAdapter::Kind::HorizontalBars;
    case DashboardChart::ResponseDistribution:
    case DashboardChart::UnitsOverShift:
        return ChartAdapter::Kind::StackedBars;
    default:
        return ChartAdapter::Kind::Bars;
    }
}

QString ageBucket(const QString &key)
{
    if (key == QLatin1String("lt15m"))
        return tr("Under 15 min");
    if (key == QLatin1String("15-30m"))
        return tr("15–30 min");
    if (key == QLatin1String("30-60m"))
        return tr("30–60 min");
    if (key == QLatin1String("1-2h"))
        return tr("1–2 h");
    if (key == QLatin1String("2-4h"))
        return tr("2–4 h");
    if (key == QLatin1String("gt4h"))
        return tr("Over 4 h");
    return key;
}

QString etleStage(const QString &key)
{
    if (key == QLatin1String("captured"))
        return tr("Captured");
    if (key == QLatin1String("verified"))
        return tr("Verified");
    if (key == QLatin1String("notice_sent"))
        return tr("Notice sent");
    if (key == QLatin1String("payment_issued"))
        return tr("Payment issued");
    if (key == QLatin1String("paid"))
        return tr("Paid");
    if (key == QLatin1String("rejected"))
        return tr("Rejected");
    return key;
}

QString sectorName(const QString &polresCode)
{
    if (polresCode.isEmpty())
        return tr("No sector");
    const auto station = StationDirectory::builtIn().byCode(polresCode);
    if (!station)
        return polresCode;
    // "Polres Metro Jakarta Pusat" → "Jakarta Pusat": the area is what tells the bars apart.
    static const QStringList prefixes{QStringLiteral("Polres Metro "), QStringLiteral("Polrestabes "),
                                      QStringLiteral("Polresta "), QStringLiteral("Polres ")};
    for (const QString &prefix : prefixes)
        if (station->name.startsWith(prefix))
            return station->name.mid(prefix.size());
    return station->name;
}

QString minutes(double seconds)
{
    return tr("%1 min").arg(QLocale().toString(seconds / 60.0, 'f', 1));
}

DashboardChartData dataOf(DashboardChart chart, const analytics::DashboardSnapshot &snapshot)
{
    Theme *theme = Theme::instance();
    DashboardChartData data;
    switch (chart) {
    case DashboardChart::IncidentsPerHour: {
        ChartSeries today{tr("Today"), {}, {}};
        ChartSeries average{tr("Same weekday, 8-week average"), {}, {}};
        for (int hour = 0; hour < 24; ++hour) {
            data.categories << twoDigits(hour);
            data.keys << QString::number(hour);
            today.values << snapshot.incidentsPerHourToday.value(hour);
            average.values << snapshot.sameWeekdayAverage.value(hour);
        }
        data.series << today << average;
        return data;
    }
    case DashboardChart::IncidentsByType:
        return fromCounts(counted(snapshot.incidentsByType), tr("Incidents"), &typeName);
    case DashboardChart::IncidentsBySector:
        return fromCounts(counted(snapshot.incidentsBySector), tr("Incidents"), &sectorName);
    case DashboardChart::ResponseDistribution: {
        for (int bin = 0; bin < analytics::kResponseBins; ++bin) {
            data.categories << binLabel(bin);
            data.keys << QString::number(bin);
        }
        for (const analytics::ResponseStats &stats : snapshot.response) {
            ChartSeries series{labels::priority(stats.priority), {}, theme->priorityColor(stats.priority)};
            for (int bin = 0; bin < analytics::kResponseBins; ++bin)
                series.values << stats.histogram.value(bin);
            data.series << series;
            data.seriesKeys << priorityKey(int(stats.priority));
        }
        return data;
    }
    case DashboardChart::ResponseSummary: {
        ChartSeries median{tr("Median"), {}, QColor(0x3b, 0x7d, 0xd8)};
        ChartSeries p90{tr("p90"), {}, QColor(0xe0, 0x8a, 0x1e)};
        for (const analytics::ResponseStats &stats : snapshot.response) {
            data.categories << labels::priority(stats.priority);
            data.keys << priorityKey(int(stats.priority));
            median.values << stats.medianS.value_or(0) / 60.0;
            p90.values << stats.p90S.value_or(0) / 60.0;
            data.threshold << stats.thresholdS / 60.0;
        }
        data.series << median << p90;
        data.thresholdName = tr("Threshold");
        return data;
    }
    case DashboardChart::OpenByAge: {
        ChartSeries open{tr("Open incidents"), {}, {}};
        for (const QString &key : ageKeys()) {
            int count = 0;
            for (const analytics::LabelledCount &bucket : snapshot.openByAge)
                if (bucket.key == key)
                    count = bucket.count;
            data.keys << key;
            data.categories << ageBucket(key);
            open.values << count;
        }
        data.series << open;
        return data;
    }
    case DashboardChart::UnitsOverShift: {
        const QList<UnitStatus> statuses = allUnitStatuses();
        for (const analytics::UnitStatusSample &sample : snapshot.unitsOverShift) {
            const QTime time = sample.at.toOffsetFromUtc(kWibOffsetSeconds).time();
            data.categories << QStringLiteral("%1:%2").arg(twoDigits(time.hour()), twoDigits(time.minute()));
            data.keys << sample.at.toUTC().toString(Qt::ISODate);
        }
        for (const UnitStatus status : statuses) {
            ChartSeries series{labels::unitStatus(status), {}, theme->unitStatusColor(status)};
            for (const analytics::UnitStatusSample &sample : snapshot.unitsOverShift)
                series.values << sample.counts.value(int(status));
            data.series << series;
            data.seriesKeys << toString(status);
        }
        return data;
    }
    case DashboardChart::Accidents30Days: {
        ChartSeries accidents{tr("Accidents"), {}, QColor(0x3b, 0x7d, 0xd8)};
        // The victims' usual short codes: the panel's note spells them out.
        ChartSeries md{tr("MD"), {}, QColor(0xd6, 0x45, 0x41)};
        ChartSeries lb{tr("LB"), {}, QColor(0xe0, 0x8a, 0x1e)};
        ChartSeries lr{tr("LR"), {}, QColor(0x3a, 0xa0, 0x5a)};
        for (const analytics::DayAccidents &day : snapshot.accidents30Days) {
            data.categories << day.day.toString(QStringLiteral("dd/MM"));
            data.keys << day.day.toString(Qt::ISODate);
            accidents.values << day.accidents;
            md.values << day.md;
            lb.values << day.lb;
            lr.values << day.lr;
        }
        data.series << accidents << md << lb << lr;
        return data;
    }
    case DashboardChart::ViolationsByArticle:
        return fromCounts(counted(snapshot.violationsByArticle, kTopArticles), tr("Violations"), &articleName);
    case DashboardChart::EtleFunnel: {
        const analytics::EtleFunnel &etle = snapshot.etle;
        const int counts[] = {etle.captured, etle.verified, etle.noticeSent, etle.paymentIssued, etle.paid};
        ChartSeries series{tr("ETLE cases"), {}, {}};
        for (int i = 0; i < etleKeys().size(); ++i) {
            data.keys << etleKeys().at(i);
            data.categories << etleStage(etleKeys().at(i));
            series.values << counts[i];
        }
        data.series << series;
        return data;
    }
    }
    return data;
}

std::optional<analytics::DrillDown> drillDown(DashboardChart chart, const DashboardChartData &data,
                                              const analytics::DashboardFilter &filter, int series, int category)
{
    if (category < 0 || category >= data.keys.size() || series < 0 || series >= data.series.size())
        return std::nullopt;
    using Chart = analytics::DrillDown::Chart;
    analytics::DrillDown drill;
    drill.filter = filter;
    drill.key = data.keys.at(category);
    switch (chart) {
    case DashboardChart::IncidentsPerHour:
        if (series != 0)
            return std::nullopt; // the average is not made of today's records
        drill.chart = Chart::IncidentsPerHour;
        break;
    case DashboardChart::IncidentsByType:
        drill.chart = Chart::IncidentsByType;
        break;
    case DashboardChart::IncidentsBySector:
        drill.chart = Chart::IncidentsBySector;
        break;
    case DashboardChart::ResponseDistribution:
        drill.chart = Chart::ResponseTimes;
        drill.key = data.seriesKeys.value(series);
        drill.bin = category;
        break;
    case DashboardChart::ResponseSummary:
        drill.chart = Chart::ResponseTimes;
        drill.bin = -1;
        break;
    case DashboardChart::OpenByAge:
        drill.chart = Chart::OpenByAge;
        break;
    case DashboardChart::UnitsOverShift:
        // The units in that status now: the past samples are counts, not records.
        drill.chart = Chart::UnitsByStatus;
        drill.key = data.seriesKeys.value(series);
        break;
    case DashboardChart::Accidents30Days:
        drill.chart = Chart::Accidents;
        break;
    case DashboardChart::ViolationsByArticle:
        drill.chart = Chart::ViolationsByArticle;
        break;
    case DashboardChart::EtleFunnel:
        drill.chart = Chart::EtleFunnel;
        break;
    }
    return drill;
}

QString drillTitle(DashboardChart chart, const DashboardChartData &data, int series, int category)
{
    const QString what = data.categories.value(category);
    switch (chart) {
    case DashboardChart::IncidentsPerHour:
        return tr("Incidents today, %1:00–%1:59").arg(what);
    case DashboardChart::ResponseDistribution:
        return tr("Response time %1 min, %2").arg(what, data.series.value(series).name);
    case DashboardChart::ResponseSummary:
        return tr("Response times, %1").arg(what);
    case DashboardChart::UnitsOverShift:
        return tr("Units now: %1").arg(data.series.value(series).name);
    case DashboardChart::Accidents30Days:
        return tr("Accidents on %1").arg(data.keys.value(category));
    default:
        return QStringLiteral("%1: %2").arg(title(chart), what);
    }
}

} // namespace lintas::dashboardcharts
