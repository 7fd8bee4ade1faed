#include "forecast/placementplanner.h"

#include <QCoreApplication>
#include <QTimeZone>

#include "geo/mappackage.h"
#include "geo/routingnetwork.h"
#include "geo/travelspeeds.h"

namespace lintas {
namespace {

constexpr int kWibOffsetSeconds = 7 * 60 * 60;

} // namespace

QList<analytics::PlacementUnit> placeableUnits(const QList<Unit> &units)
{
    QList<analytics::PlacementUnit> result;
    for (const Unit &unit : units) {
        if (unit.status != UnitStatus::Available && unit.status != UnitStatus::OnPatrol)
            continue;
        if (!unit.hasPosition())
            continue;
        result.append({unit.id, unit.callsign, unit.kind, geo::GeoPoint{unit.latitude, unit.longitude}});
    }
    return result;
}

PlacementRun planPlacement(const PlacementRequest &request)
{
    PlacementRun run;
    run.network = request.network;
    run.networkPath = request.networkPath;
    // A map that failed once is not tried again every run; another map is.
    if (!request.mapPath.isEmpty() && run.networkPath != request.mapPath) {
        run.network.reset();
        run.networkPath = request.mapPath;
        // The package's connection belongs to this thread: opened and closed here, before the job ends.
        geo::MapPackage package;
        QString why;
        if (!package.open(request.mapPath, &why)) {
            run.networkError =
                QCoreApplication::translate("ForecastController", "Cannot open the map %1 for routing: %2")
                    .arg(request.mapPath, why);
        } else if (std::unique_ptr<geo::RoutingNetwork> network =
                       geo::RoutingNetwork::load(package, geo::TravelSpeeds::builtIn(), &why)) {
            run.network = std::move(network);
        } else {
            run.networkError =
                QCoreApplication::translate("ForecastController", "The map %1 has no road network to route on: %2")
                    .arg(request.mapPath, why);
        }
    }
    if (run.network && request.at.isValid()) {
        const int hour = request.at.toTimeZone(QTimeZone(kWibOffsetSeconds)).time().hour();
        if (run.network->hour() != hour)
            run.network->setHour(hour);
    }
    run.result = analytics::placeUnits(request.grid, request.risk, request.units, run.network.get());
    return run;
}

} // namespace lintas
