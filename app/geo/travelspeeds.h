#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "geo/roadclass.h"

namespace lintas::geo {

// Who drives: cars (patrol cars, PJR highway patrol, tow trucks, ambulances) or motorcycles. Motorcycles are
// barred from the toll roads in Indonesia and lose less to congestion (they filter through queues).
enum class Vehicle { Car, Motorcycle };

// How fast traffic moves, by road class, hour of day (WIB) and named corridor: the configuration behind every
// travel time (resources/routing/travel-speeds.ini, overridable with a file of the same form). Nothing here is
// a constant in code: the built-in file is the default.
//
//   [free_flow_kmh]      motorway=75 … residential=20     speed on an empty road, per class (OSM names)
//   [hour_factor]        0=1.0 … 7=0.5 … 23=0.95          share of free flow traffic allows at each hour
//   [motorcycle]         congestion_relief=0.5            motorcycles lose only this share of the slowdown
//   [urgent]             factor=1.25                      lights and siren gain on traffic
//   [corridors]          file=jakarta-corridor-peak-speed-2023.csv   peak_hours=6-9,16-19
//
// Corridors: DKI Jakarta's measured peak-hour speeds on named main roads (Dinas Perhubungan, 2023, averaged
// over the months). A road edge whose name matches a corridor (case, accents and the "Jl."/"Jalan" prefix
// ignored) drives at the corridor's measured speed in the peak hours; outside them at that speed scaled up by
// the class's off-peak/peak ratio, never above free flow.
class TravelSpeeds
{
    Q_DECLARE_TR_FUNCTIONS(lintas::geo::TravelSpeeds)

public:
    // The built-in configuration (resources, compiled in as Qt resources :/routing/…).
    static const TravelSpeeds &builtIn();
    // Reads an INI file of the form above; the corridor CSV is looked up beside it. Nothing, with *error
    // naming the file, line and key, when a value is missing or not a positive number.
    static std::optional<TravelSpeeds> fromFile(const QString &iniPath, QString *error = nullptr);
    // The corridor table (periode_data,bulan,nama_jalan,kecepatan with decimal commas): mean speed per name.
    static std::optional<QHash<QString, double>> readCorridorCsv(const QByteArray &csv, QString *error = nullptr);

    double freeFlowKmh(RoadClass roadClass) const;
    double hourFactor(int hourWib) const;
    bool isPeakHour(int hourWib) const;
    // Speed on an edge of this class and name at this hour for this vehicle (km/h, > 0 for drivable roads).
    double speedKmh(RoadClass roadClass, const QString &roadName, int hourWib, Vehicle vehicle, bool urgent) const;
    // The measured corridor speed a road name matches, if any.
    std::optional<double> corridorPeakKmh(const QString &roadName) const;
    int corridorCount() const;

    // The key corridor names are stored under: lower case, no accents, "Jl."/"Jalan" prefix dropped.
    static QString corridorKey(const QString &roadName);

private:
    std::array<double, kRoadClassCount> m_freeFlowKmh{};
    std::array<double, 24> m_hourFactor{};
    std::array<bool, 24> m_peak{};
    double m_motorcycleRelief = 0.5;
    double m_urgentFactor = 1.25;
    QHash<QString, double> m_corridorPeakKmh; // by corridorKey
};

// Jakarta keeps Western Indonesian Time (UTC+7) all year.
int hourWib(qint64 utcMs);

} // namespace lintas::geo
