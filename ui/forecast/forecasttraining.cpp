#include "forecast/forecasttraining.h"

#include <QCoreApplication>

#include "analytics/incidenthistory.h"

namespace lintas {

ForecastTraining trainForecast(const QString &storePath, const geo::GeoBounds &area, const QDateTime &now,
                               int historyDays)
{
    ForecastTraining result;
    if (storePath.isEmpty()) {
        result.error = QCoreApplication::translate("ForecastController", "No store is open to learn from.");
        return result;
    }
    QString error;
    const QList<analytics::HistoryEvent> events =
        analytics::readStoreHistory(storePath, now.addDays(-historyDays), now, &error);
    if (!error.isEmpty()) {
        result.error =
            QCoreApplication::translate("ForecastController", "Cannot read the incident history: %1").arg(error);
        return result;
    }
    result.events = int(events.size());
    if (events.isEmpty())
        return result; // an empty forecast: nothing to show, and the controller says so
    const analytics::HotspotGrid grid =
        area.isValid() ? analytics::HotspotGrid(area) : analytics::HotspotGrid::covering(events);
    result.forecast = analytics::HotspotForecast::train(grid, events, now.toMSecsSinceEpoch());
    return result;
}

} // namespace lintas
