#include "forecastevaluation.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace lintas::analytics {
namespace {

// Namespace-level strings: lupdate files them under the namespace, so the context must say the same.
QString tr(const char *text)
{
    return QCoreApplication::translate("lintas::analytics", text);
}

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kWeekMs = 7 * 24 * kHourMs;

const QString kForecast = QStringLiteral("forecast");
const QString kLastWeek = QStringLiteral("last_week");
const QString kAllTime = QStringLiteral("all_time");

QString methodName(const QString &method)
{
    if (method == kForecast)
        return tr("Forecast");
    if (method == kLastWeek)
        return tr("Last week's same hour");
    if (method == kAllTime)
        return tr("All-time density");
    return method;
}

// "the last week's same hour" inside a sentence.
QString methodInSentence(const QString &method)
{
    if (method == kLastWeek)
        return tr("last week's same hour");
    if (method == kAllTime)
        return tr("the all-time density");
    return method;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'g', 3) + QLatin1Char('%');
}

QString joinAnd(const QStringList &items)
{
    if (items.size() <= 1)
        return items.join(QString());
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

struct Scored
{
    double score;
    int cell;
};

// Higher score first; equal scores by the lower cell index, so that ties break the same way in every run.
bool better(const Scored &a, const Scored &b)
{
    return a.score != b.score ? a.score > b.score : a.cell < b.cell;
}

// The cells one method flags for one hour at every budget: the worst entry still flagged per budget, found with
// nested partial selections (largest budget first), or none when every scored cell fits the budget.
class Flags
{
public:
    // `scored` holds only cells with a positive score; it is reordered.
    Flags(QVector<Scored> &scored, const QVector<int> &budgets) : m_cutoffs(budgets.size()), m_budgets(budgets)
    {
        QVector<int> order(budgets.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](int a, int b) { return budgets[a] > budgets[b]; });
        qsizetype end = scored.size(); // the best `end` entries are in front
        int previous = -1;
        for (int i : order) {
            const int budget = budgets[i];
            if (budget <= 0 || budget >= scored.size())
                continue; // nothing flagged, or every scored cell flagged: no cutoff
            if (budget == end && previous >= 0) {
                m_cutoffs[i] = m_cutoffs[previous];
                continue;
            }
            std::nth_element(scored.begin(), scored.begin() + (budget - 1), scored.begin() + end, better);
            m_cutoffs[i] = scored[budget - 1];
            previous = i;
            end = budget;
        }
    }
    bool flagged(int budgetIndex, int cell, double score) const
    {
        if (!(score > 0) || m_budgets[budgetIndex] <= 0)
            return false;
        const std::optional<Scored> &cutoff = m_cutoffs[budgetIndex];
        return !cutoff || !better(*cutoff, Scored{score, cell});
    }

private:
    QVector<std::optional<Scored>> m_cutoffs;
    QVector<int> m_budgets;
};

} // namespace

bool EvaluationResult::forecastBeatsBaselines() const
{
    if (methods.isEmpty() || methods.first().method != kForecast || fractions.isEmpty())
        return false;
    const MethodScore &forecast = methods.first();
    for (int m = 1; m < methods.size(); ++m)
        for (int f = 0; f < fractions.size(); ++f)
            if (!(forecast.pai.value(f) > methods[m].pai.value(f)))
                return false;
    return methods.size() > 1;
}

QString EvaluationResult::table() const
{
    QStringList lines;
    lines << tr("Hotspot forecast evaluation");
    lines << tr("  History: %1 events; the first %2 weeks train, %3 weeks are forecast hour by hour (%4 hours, %5 "
                "events)")
                 .arg(events)
                 .arg(trainWeeks)
                 .arg(testWeeks)
                 .arg(testHours)
                 .arg(testEvents);
    lines << tr("  Area: %1 cells of %2 m").arg(cells).arg(cellMeters);
    lines << QString();

    // Columns: method, then hit rate and PAI per fraction; numbers right-aligned.
    QList<QStringList> rows;
    QStringList header{tr("Method")};
    for (double fraction : fractions)
        header << tr("Hit rate %1").arg(percent(fraction)) << tr("PAI %1").arg(percent(fraction));
    rows << header;
    for (const MethodScore &method : methods) {
        QStringList row{methodName(method.method)};
        for (int f = 0; f < fractions.size(); ++f)
            row << QString::number(method.hitRate.value(f) * 100.0, 'f', 1) + QLatin1Char('%')
                << QString::number(method.pai.value(f), 'f', 2);
        rows << row;
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    for (const QStringList &row : rows) {
        QString line = row[0].leftJustified(widths[0]);
        for (int c = 1; c < row.size(); ++c)
            line += QStringLiteral("  ") + row[c].rightJustified(widths[c]);
        lines << line;
    }
    lines << QString();

    // The verdict: plain about every baseline and fraction the forecast does not beat.
    QStringList allFractions;
    for (double fraction : fractions)
        allFractions << percent(fraction);
    QStringList failures;
    QStringList beaten;
    for (int m = 1; m < methods.size(); ++m) {
        QStringList misses;
        for (int f = 0; f < fractions.size(); ++f) {
            const double mine = methods.first().pai.value(f);
            const double theirs = methods[m].pai.value(f);
            if (!(mine > theirs))
                misses << tr("%1 (PAI %2 against %3)")
                              .arg(percent(fractions[f]), QString::number(mine, 'f', 2),
                                   QString::number(theirs, 'f', 2));
        }
        if (misses.isEmpty())
            beaten << methodInSentence(methods[m].method);
        else
            failures << tr("%1 at %2").arg(methodInSentence(methods[m].method), joinAnd(misses));
    }
    if (failures.isEmpty()) {
        lines << tr("Verdict: the forecast beats both baselines (%1) at %2 of the area.")
                     .arg(joinAnd(beaten), joinAnd(allFractions));
    } else {
        QString verdict =
            tr("Verdict: the forecast does NOT beat %1 on this history.").arg(failures.join(tr("; nor ")));
        if (!beaten.isEmpty())
            verdict += QLatin1Char(' ') + tr("It does beat %1 at %2.").arg(joinAnd(beaten), joinAnd(allFractions));
        lines << verdict;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool evaluateForecast(const QList<HistoryEvent> &history, const EvaluationOptions &options, EvaluationResult *result,
                      QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    why.clear();
    if (!(options.cellMeters > 0)) {
        why = tr("the cell size must be positive, not %1 m").arg(options.cellMeters);
        return false;
    }
    if (options.trainWeeks < 1) {
        why = tr("at least one week must train, not %1").arg(options.trainWeeks);
        return false;
    }
    if (options.fractions.isEmpty()) {
        why = tr("no area fractions to evaluate at");
        return false;
    }
    for (double fraction : options.fractions) {
        if (!(fraction > 0 && fraction <= 1)) {
            why = tr("an area fraction must lie between 0 and 1, not %1").arg(fraction);
            return false;
        }
    }
    if (history.isEmpty()) {
        why = tr("the history holds no events");
        return false;
    }
    QList<HistoryEvent> events = history;
    std::stable_sort(events.begin(), events.end(),
                     [](const HistoryEvent &a, const HistoryEvent &b) { return a.atMs < b.atMs; });
    const HotspotGrid grid = options.area.isValid() ? HotspotGrid(options.area, options.cellMeters)
                                                    : HotspotGrid::covering(events, options.cellMeters);
    if (!grid.isValid()) {
        why = tr("the events spread over too large an area for cells of %1 m").arg(options.cellMeters);
        return false;
    }

    // Weeks count from the hour of the first event; the last (maybe partial) week ends with the last event's hour.
    const qint64 start = events.first().atMs - ((events.first().atMs % kHourMs) + kHourMs) % kHourMs;
    const qint64 lastHour = events.last().atMs - ((events.last().atMs % kHourMs) + kHourMs) % kHourMs;
    const qint64 end = lastHour + kHourMs;
    const qint64 fullWeeks = (end - start) / kWeekMs;
    if (fullWeeks < options.trainWeeks + 1) {
        why = tr("the history covers %1 days; the evaluation needs at least %2 weeks (%3 to train, one to forecast)")
                  .arg(QString::number(double(end - start) / (24 * kHourMs), 'f', 1))
                  .arg(options.trainWeeks + 1)
                  .arg(options.trainWeeks);
        return false;
    }
    const qint64 testStart = start + options.trainWeeks * kWeekMs;
    const int hourCount = int((end - start) / kHourMs);

    // The events of every hour (the list is sorted, so each hour is a run) with their cells.
    QVector<int> cellOf(events.size());
    QVector<int> hourFirst(hourCount + 1, 0);
    for (int i = 0; i < events.size(); ++i) {
        cellOf[i] = grid.cellAt(events[i].latitude, events[i].longitude);
        ++hourFirst[int((events[i].atMs - start) / kHourMs) + 1];
    }
    for (int h = 0; h < hourCount; ++h)
        hourFirst[h + 1] += hourFirst[h];

    const int cells = grid.cellCount();
    QVector<int> budgets;
    for (double fraction : options.fractions)
        budgets << int(std::min<double>(cells, std::ceil(fraction * cells - 1e-9)));
    const int fractionCount = int(options.fractions.size());
    enum Method
    {
        kForecastMethod,
        kLastWeekMethod,
        kAllTimeMethod,
        kMethodCount
    };
    QVector<QVector<qint64>> hits(kMethodCount, QVector<qint64>(fractionCount, 0));

    QVector<double> allTimeCounts(cells, 0.0);
    int allTimeUpTo = 0; // events[0, allTimeUpTo) are counted
    int testEvents = 0;
    int testHours = 0;
    QVector<Scored> scored;
    for (qint64 weekStart = testStart; weekStart < end; weekStart += kWeekMs) {
        const HotspotForecast forecast = HotspotForecast::train(grid, events, weekStart, options.forecast);
        while (allTimeUpTo < events.size() && events[allTimeUpTo].atMs < weekStart) {
            if (cellOf[allTimeUpTo] >= 0)
                allTimeCounts[cellOf[allTimeUpTo]] += 1;
            ++allTimeUpTo;
        }
        scored.clear();
        for (int c = 0; c < cells; ++c)
            if (allTimeCounts[c] > 0)
                scored.append(Scored{allTimeCounts[c], c});
        const Flags allTimeFlags(scored, budgets);

        const qint64 weekEnd = std::min(end, weekStart + kWeekMs);
        for (qint64 t = weekStart; t < weekEnd; t += kHourMs) {
            ++testHours;
            const int hour = int((t - start) / kHourMs);
            bool anyEvent = false;
            for (int i = hourFirst[hour]; i < hourFirst[hour + 1]; ++i)
                anyEvent = anyEvent || cellOf[i] >= 0;
            if (!anyEvent)
                continue; // nothing to hit: the hour adds to neither side of the hit rate

            const QVector<float> expected = forecast.expectedAtHour(hourOfWeek(t));
            scored.clear();
            for (int c = 0; c < cells; ++c)
                if (expected[c] > 0)
                    scored.append(Scored{expected[c], c});
            const Flags forecastFlags(scored, budgets);

            QHash<int, double> lastWeek;
            const int before = hour - kHoursPerWeek;
            if (before >= 0)
                for (int i = hourFirst[before]; i < hourFirst[before + 1]; ++i)
                    if (cellOf[i] >= 0)
                        lastWeek[cellOf[i]] += 1;
            scored.clear();
            for (auto it = lastWeek.constBegin(); it != lastWeek.constEnd(); ++it)
                scored.append(Scored{it.value(), it.key()});
            const Flags lastWeekFlags(scored, budgets);

            for (int i = hourFirst[hour]; i < hourFirst[hour + 1]; ++i) {
                const int cell = cellOf[i];
                if (cell < 0)
                    continue;
                ++testEvents;
                for (int f = 0; f < fractionCount; ++f) {
                    hits[kForecastMethod][f] += forecastFlags.flagged(f, cell, expected[cell]);
                    hits[kLastWeekMethod][f] += lastWeekFlags.flagged(f, cell, lastWeek.value(cell));
                    hits[kAllTimeMethod][f] += allTimeFlags.flagged(f, cell, allTimeCounts[cell]);
                }
            }
        }
    }

    EvaluationResult evaluation;
    evaluation.fractions = options.fractions;
    evaluation.events = int(events.size());
    evaluation.testEvents = testEvents;
    evaluation.testHours = testHours;
    evaluation.cells = cells;
    evaluation.cellMeters = grid.cellMeters();
    evaluation.trainWeeks = options.trainWeeks;
    evaluation.testWeeks = int((end - testStart + kWeekMs - 1) / kWeekMs);
    const QString names[kMethodCount] = {kForecast, kLastWeek, kAllTime};
    for (int m = 0; m < kMethodCount; ++m) {
        MethodScore score;
        score.method = names[m];
        for (int f = 0; f < fractionCount; ++f) {
            const double hitRate = testEvents > 0 ? double(hits[m][f]) / testEvents : 0.0;
            const double area = double(budgets[f]) / cells;
            score.hitRate << hitRate;
            score.pai << (area > 0 ? hitRate / area : 0.0);
        }
        evaluation.methods << score;
    }
    if (testEvents == 0) {
        why = tr("no event of the forecast weeks lies inside the area");
        return false;
    }
    if (result)
        *result = evaluation;
    return true;
}

} // namespace lintas::analytics
