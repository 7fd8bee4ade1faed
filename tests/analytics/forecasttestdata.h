#pragma once

// Synthetic incident histories for the forecast tests: a uniform background over a square of central Jakarta and
// hotspot cells that are busy only in their own hours of the week. Seeded, so every run sees the same history.

#include <algorithm>
#include <cmath>
#include <random>

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include "analytics/hotspotforecast.h"
#include "analytics/incidenthistory.h"

namespace lintas::test {

inline constexpr double kMetersPerDegree = 6371008.8 * 3.14159265358979323846 / 180.0;
inline constexpr qint64 kHourMs = 3600 * 1000;
inline constexpr qint64 kWeekMs = 7 * 24 * kHourMs;

// Monday 4 March 2024, 00:00 WIB.
inline qint64 mondayMs()
{
    return QDateTime(QDate(2024, 3, 4), QTime(0, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
}

// A square area of `sideMeters` whose south-west corner is near Monas.
inline geo::GeoBounds squareArea(double sideMeters, double south = -6.20, double west = 106.81)
{
    const double dLat = sideMeters / kMetersPerDegree;
    const double dLon = sideMeters / (kMetersPerDegree * std::cos((south + dLat / 2) * 3.14159265358979323846 / 180.0));
    return geo::GeoBounds::fromCorners(south, west, south + dLat, west + dLon);
}

// A hotspot: one cell of `grid`, busy in the hours of the week [firstHour, firstHour + hours) every day.
struct PlantedHotspot
{
    int cell = -1;
    int firstHourOfDay = 0;
    int hours = 1;
    double perHour = 0.3; // expected events per busy hour
};

class HistoryGenerator
{
public:
    explicit HistoryGenerator(quint32 seed) : m_random(seed) {}

    // A Poisson count with the given mean.
    int poisson(double mean) { return std::poisson_distribution<int>(mean)(m_random); }
    double uniform(double from, double to) { return std::uniform_real_distribution<double>(from, to)(m_random); }

    // A random point inside a box.
    analytics::HistoryEvent eventIn(const geo::GeoBounds &box, qint64 hourStartMs, const QString &type = {})
    {
        analytics::HistoryEvent event;
        event.atMs = hourStartMs + qint64(uniform(0, double(kHourMs - 1)));
        event.latitude = uniform(box.south, box.north);
        event.longitude = uniform(box.west, box.east);
        event.type = type;
        return event;
    }

    // `weeks` weeks from Monday 00:00 WIB: `backgroundPerHour` events spread over `area` every hour, and the
    // hotspots' events inside their cells in their busy hours. Sorted by time.
    QList<analytics::HistoryEvent> generate(const analytics::HotspotGrid &grid, const geo::GeoBounds &area, int weeks,
                                            double backgroundPerHour, const QList<PlantedHotspot> &hotspots)
    {
        QList<analytics::HistoryEvent> events;
        const qint64 start = mondayMs();
        for (qint64 hour = 0; hour < qint64(weeks) * 168; ++hour) {
            const qint64 at = start + hour * kHourMs;
            const int hourOfDay = int(hour % 24);
            for (int n = poisson(backgroundPerHour); n > 0; --n)
                events.append(eventIn(area, at, QStringLiteral("background")));
            for (const PlantedHotspot &hotspot : hotspots) {
                const int offset = (hourOfDay - hotspot.firstHourOfDay + 24) % 24;
                if (offset >= hotspot.hours)
                    continue;
                // Inside the cell, away from its edges.
                const geo::GeoBounds cell = grid.cellBounds(hotspot.cell);
                const double shrinkLat = (cell.north - cell.south) * 0.1;
                const double shrinkLon = (cell.east - cell.west) * 0.1;
                const geo::GeoBounds inner = geo::GeoBounds::fromCorners(cell.south + shrinkLat, cell.west + shrinkLon,
                                                                         cell.north - shrinkLat, cell.east - shrinkLon);
                for (int n = poisson(hotspot.perHour); n > 0; --n)
                    events.append(eventIn(inner, at, QStringLiteral("hotspot")));
            }
        }
        std::stable_sort(
            events.begin(), events.end(),
            [](const analytics::HistoryEvent &a, const analytics::HistoryEvent &b) { return a.atMs < b.atMs; });
        return events;
    }

private:
    std::mt19937 m_random;
};

// Hotspots on a lattice every `spacing` cells of the grid's interior, each busy in one of `windows` equal windows
// of the day (assigned at random), so that at any hour only some of them are: a time-of-week question that the
// all-time density cannot answer and last week's same hour answers only from one week of evidence.
inline QList<PlantedHotspot> latticeHotspots(const analytics::HotspotGrid &grid, int spacing, int windows,
                                             double perHour, quint32 seed)
{
    std::mt19937 random(seed);
    QList<PlantedHotspot> hotspots;
    const int hoursPerWindow = 24 / windows;
    for (int row = 1; row < grid.rows() - 1; row += spacing) {
        for (int column = 1; column < grid.columns() - 1; column += spacing) {
            PlantedHotspot hotspot;
            hotspot.cell = row * grid.columns() + column;
            hotspot.firstHourOfDay = int(std::uniform_int_distribution<int>(0, windows - 1)(random)) * hoursPerWindow;
            hotspot.hours = hoursPerWindow;
            hotspot.perHour = perHour;
            hotspots.append(hotspot);
        }
    }
    return hotspots;
}

} // namespace lintas::test
