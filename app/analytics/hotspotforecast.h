#pragma once

#include <QDateTime>
#include <QList>
#include <QVector>

#include "analytics/incidenthistory.h"
#include "geo/geobounds.h"

namespace lintas::analytics {

// A grid of square cells of about `cellMeters` over an area (local equirectangular: cells are equal in metres
// at the area's latitude). Cell index = row * columns + column, row 0 at the south edge.
class HotspotGrid
{
public:
    HotspotGrid() = default;
    HotspotGrid(const geo::GeoBounds &area, double cellMeters = 250.0);

    bool isValid() const { return m_columns > 0 && m_rows > 0; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    int cellCount() const { return m_columns * m_rows; }
    double cellMeters() const { return m_cellMeters; }
    const geo::GeoBounds &area() const { return m_area; }
    // -1 outside the area.
    int cellAt(double latitude, double longitude) const;
    geo::GeoPoint cellCenter(int cell) const;
    geo::GeoBounds cellBounds(int cell) const;
    // The cells whose centres lie within `meters` of the centre of `cell` (itself included).
    QList<int> cellsWithin(int cell, double meters) const;
    // The grid over the events' extent, padded by one cell (for a history file without a map).
    static HotspotGrid covering(const QList<HistoryEvent> &events, double cellMeters = 250.0);

private:
    geo::GeoBounds m_area;
    double m_cellMeters = 250.0;
    double m_cellLat = 0; // degrees per cell
    double m_cellLon = 0;
    int m_columns = 0;
    int m_rows = 0;
};

// Hour of the week in WIB: Monday 00:00–01:00 = 0 … Sunday 23:00–24:00 = 167.
int hourOfWeek(qint64 atMsUtc);
inline constexpr int kHoursPerWeek = 168;

struct ForecastOptions
{
    double halfLifeDays = 28.0;         // recency weighting: an event this old counts half (0: no weighting)
    double hourBandwidth = 1.0;         // neighbouring hours of the week share evidence (hours, Gaussian)
    double cellBandwidthMeters = 125.0; // neighbouring cells share their rhythm of the week (metres, Gaussian, 3σ)
    double priorWeight = 0.3;           // pseudo-events per hour of the week that pull a cell's rhythm toward the
                                        // region's: sparse cells take the region's rhythm, busy ones keep their own
};

// Expected events per cell and hour of the week, learned from the history before `trainedUntil` with recency
// weighting and smoothing over neighbouring hours and cells: a cell's own (recency-weighted) count times its share
// of the week, shrunk toward its daily rhythm and that toward the region's (see train()). Compact: only cells that
// ever saw an event carry numbers. Scores are expected counts in one hour (comparable across cells, summed over hours
// for a window).
class HotspotForecast
{
public:
    HotspotForecast() = default;
    static HotspotForecast train(const HotspotGrid &grid, const QList<HistoryEvent> &history, qint64 trainedUntilMs,
                                 const ForecastOptions &options = {});

    const HotspotGrid &grid() const { return m_grid; }
    bool isEmpty() const { return m_active.isEmpty(); }
    qint64 trainedUntilMs() const { return m_trainedUntilMs; }
    // Expected events in every cell (cellCount() values) during the hour of the week.
    QVector<float> expectedAtHour(int hourOfWeek) const;
    // Summed over `hours` consecutive hours starting with the hour containing `fromMs` ("now": 1, "next 3 h": 3).
    QVector<float> expectedOver(qint64 fromMs, int hours) const;

private:
    HotspotGrid m_grid;
    qint64 m_trainedUntilMs = 0;
    QVector<int> m_active;  // cells with any evidence
    QVector<float> m_rates; // m_active.size() × 168, row-major by active cell
};

} // namespace lintas::analytics
