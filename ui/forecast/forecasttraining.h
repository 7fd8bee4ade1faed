#pragma once

#include <QDateTime>
#include <QString>

#include "analytics/hotspotforecast.h"
#include "geo/geobounds.h"

namespace lintas {

// What one training run produced: the forecast, how many past events it learned from, or why it could not.
struct ForecastTraining
{
    analytics::HotspotForecast forecast;
    int events = 0;
    QString error;
};

// For a worker thread: reads the store's incidents and accidents of the `historyDays` days before `now` (on a
// read-only connection opened and closed in the call) and trains the forecast over `area`, or over the history's
// extent when `area` is not valid (no map open). Touches nothing but the store file.
ForecastTraining trainForecast(const QString &storePath, const geo::GeoBounds &area, const QDateTime &now,
                               int historyDays = 365);

} // namespace lintas
