#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include "geo/roadclass.h"

namespace lintas::geo {

// Who drives: cars (patrol cars, PJR highway patrol, tow trucks, ambulances) or motorcycles. Motorcycles are
// barred from the toll roads in Indonesia and lose less to congestion (they filter through queues).
enum class Vehicle
{
    Car,
    Motorcycle
};

// How fast traffic moves, by road class, hour of day (WIB) and named corridor: the configuration behind every
// travel time (resources/routing/travel-speeds.ini, compiled in; fromFile reads another of the same form).
// Nothing here is a constant in code: the built-in file is the default.
//
//   [free_flow_kmh]      motorway=75 … residential=20     speed on an empty road, per class (OSM names)
//   [hour_factor]        0=1.0 … 7=0.5 … 23=0.95          share of free flow traffic allows at each hour
//   [motorcycle]         congestion_relief=0.5            motorcycles lose only this share of the slowdown
//   [urgent]             factor=1.25                      lights and siren gain on traffic
//   [corridors]          file=jakarta-corridor-peak-speed-2023.csv   peak_hours=6-9,16-19
//                        road_classes=trunk,…,secondary_link   qualifiers=raya,jenderal,…,barat,…
//   [corridor_aliases]   Soekanto=RS Soekanto                 a road name a corridor also goes by
//
// Corridors: DKI Jakarta's measured peak-hour speeds on named main roads (Dinas Perhubungan, 2023, averaged
// over the months). A road edge whose name matches a corridor (case, accents and the "Jl."/"Jalan" prefix
// ignored) drives at the corridor's measured speed in the peak hours; outside them at that speed scaled up by
// the class's off-peak/peak ratio, never above free flow.
//
// Matching rule: both names are reduced to their significant words — corridorKey(), then without the
// configured qualifiers (titles such as "jenderal" or "mh", the generic "raya", carriageway directions such as
// "barat") — and match when those word sets are equal. So "Thamrin" matches "Jl. M.H. Thamrin", "Lenteng
// Agung" both carriageways "Lenteng Agung Barat/Timur", "Pasar Minggu" "Jl. Raya Pasar Minggu"; "Tebet" does not
// match "Tebet Barat 10" (the number is significant), nor "Cempaka Putih" "Cempaka Putih Tengah". Only edges of
// the configured road classes (the arterials the corridors were measured on) take corridor speeds.
//
// Speeds: the car speed is free flow × hour factor (the corridor speed on a corridor); a motorcycle loses only
// congestion_relief of the car's slowdown from free flow; urgent driving multiplies by the urgent factor.
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
    // The same with the corridor already looked up (corridorPeakKmh of the edge's name, or nothing): what a
    // RoutingNetwork calls for each edge on every setHour, having matched each distinct name once. 0 where the
    // vehicle may not drive.
    double speedKmh(RoadClass roadClass, std::optional<double> corridorPeakKmh, int hourWib, Vehicle vehicle,
                    bool urgent) const;
    // The measured corridor speed a road name matches, if any (whatever the road's class).
    std::optional<double> corridorPeakKmh(const QString &roadName) const;
    // The corridorKey of the corridor a road name matches, if any.
    std::optional<QString> matchingCorridor(const QString &roadName) const;
    // Whether edges of this class take corridor speeds when their name matches ([corridors] road_classes).
    bool corridorAppliesTo(RoadClass roadClass) const;
    int corridorCount() const;
    // Every corridor's key, sorted.
    QStringList corridorKeys() const;

    // The key corridor names are stored under: lower case, no accents, "Jl."/"Jalan" prefix dropped (the place
    // search's normalisation, PlaceNames::normalise, so abbreviations such as "Jend." are spelled out too).
    static QString corridorKey(const QString &roadName);
    // Whether the vehicle may drive on roads of this class at all: not on footways, and motorcycles not on the
    // toll roads (Motorway, MotorwayLink).
    static bool mayDrive(RoadClass roadClass, Vehicle vehicle);

private:
    std::array<double, kRoadClassCount> m_freeFlowKmh{};
    std::array<double, 24> m_hourFactor{};
    std::array<bool, 24> m_peak{};
    double m_motorcycleRelief = 0.5;
    double m_urgentFactor = 1.25;
    QHash<QString, double> m_corridorPeakKmh; // by corridorKey
    std::array<bool, kRoadClassCount> m_corridorClasses{};
    QSet<QString> m_qualifiers;                      // words left out when matching names to corridors
    QHash<QString, QString> m_corridorBySignificant; // significant-word key → corridorKey (names and aliases)
    double m_peakMeanFactor = 1.0;                   // mean hour factor over the peak hours

    QString significantKey(const QString &roadName) const;
    void indexCorridors(const QHash<QString, QStringList> &aliasesByCorridorKey);
};

// Jakarta keeps Western Indonesian Time (UTC+7) all year.
int hourWib(qint64 utcMs);

} // namespace lintas::geo
