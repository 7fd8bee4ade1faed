#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "analytics/hotspotforecast.h"
#include "geo/geobounds.h"

namespace lintas::analytics {

// Replays a history: for each week after the first `trainWeeks`, trains on everything before the week and
// forecasts each hour of it; the cells flagged are the top `fraction` of the area by score. Summed over the
// test hours:
//   hit rate = events that fell in flagged cells / all events
//   PAI      = hit rate / fraction of the area flagged   (Predictive Accuracy Index, Chainey et al.)
// beside two baselines scored the same way in the same run: last week's same hour (counts in the same hour one
// week before), and the all-time density (every earlier event, no time of week, no recency).
//
// Every method sees only the events before the week it forecasts. At each fraction every method gets the same
// budget of ceil(fraction × cells) cells, ranked by score with ties going to the lower cell index; cells scoring
// zero are never flagged, so a method with fewer scored cells flags fewer and is still charged the whole budget:
// PAI's area is the budget, the same for every method.
struct EvaluationOptions
{
    double cellMeters = 250.0;
    int trainWeeks = 4; // the first weeks only train
    QList<double> fractions{0.01, 0.05, 0.10};
    ForecastOptions forecast;
    geo::GeoBounds area; // the area evaluated; invalid: the grid over the history's events
};

struct MethodScore
{
    QString method;        // "forecast", "last_week", "all_time"
    QList<double> hitRate; // per fraction
    QList<double> pai;     // per fraction
};

struct EvaluationResult
{
    Q_DECLARE_TR_FUNCTIONS(lintas::analytics::EvaluationResult)

public:
    QList<double> fractions;
    QList<MethodScore> methods; // forecast first, then the two baselines
    int events = 0;             // events in the history
    int testEvents = 0;         // events in the forecast weeks
    int testHours = 0;
    int cells = 0;
    int trainWeeks = 0;
    int testWeeks = 0;
    double cellMeters = 0;
    // The forecast's PAI is above both baselines' at every fraction.
    bool forecastBeatsBaselines() const;
    // A plain table and a verdict sentence ("The forecast beats both baselines at 1%, 5% and 10%." or which it
    // does not), for the command line.
    QString table() const;
};

// False with *error when the history is too short (fewer than trainWeeks + 1 weeks) or empty.
bool evaluateForecast(const QList<HistoryEvent> &history, const EvaluationOptions &options, EvaluationResult *result,
                      QString *error);

} // namespace lintas::analytics
