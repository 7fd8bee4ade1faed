#include "hotspotforecast.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QHash>

#include "geo/geodesy.h"

namespace lintas::analytics {
namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kWibOffsetMs = 7 * kHourMs;
// 1970-01-01 was a Thursday: day 0 of the epoch is weekday 3 when Monday is 0.
constexpr int kEpochWeekday = 3;
// A grid larger than this is a history with a stray point on the other side of the world, not a region.
constexpr qint64 kMaxCells = 50'000'000;

constexpr double metersPerDegreeLatitude()
{
    return geo::kEarthRadiusM * 3.14159265358979323846 / 180.0;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Normalised Gaussian weights for offsets -radius..radius.
QVector<double> gaussianTaps(double sigma, int radius)
{
    QVector<double> taps(2 * radius + 1);
    double sum = 0;
    for (int d = -radius; d <= radius; ++d) {
        const double w = std::exp(-0.5 * (d * d) / (sigma * sigma));
        taps[d + radius] = w;
        sum += w;
    }
    for (double &w : taps)
        w /= sum;
    return taps;
}

} // namespace

HotspotGrid::HotspotGrid(const geo::GeoBounds &area, double cellMeters) : m_area(area), m_cellMeters(cellMeters)
{
    if (!area.isValid() || !(cellMeters > 0) || !std::isfinite(cellMeters))
        return;
    const double latitude = area.center().lat;
    const double cosLat = std::cos(latitude * 3.14159265358979323846 / 180.0);
    if (!(cosLat > 1e-6))
        return;
    m_cellLat = cellMeters / metersPerDegreeLatitude();
    m_cellLon = cellMeters / (metersPerDegreeLatitude() * cosLat);
    // A point on the north or east edge belongs to the last cell, so a box of zero extent still has one.
    const qint64 columns = std::max<qint64>(1, qint64(std::ceil((area.east - area.west) / m_cellLon - 1e-9)));
    const qint64 rows = std::max<qint64>(1, qint64(std::ceil((area.north - area.south) / m_cellLat - 1e-9)));
    if (columns * rows > kMaxCells)
        return;
    m_columns = int(columns);
    m_rows = int(rows);
}

int HotspotGrid::cellAt(double latitude, double longitude) const
{
    if (!isValid() || !m_area.contains(latitude, longitude))
        return -1;
    const int column = std::min(m_columns - 1, int((longitude - m_area.west) / m_cellLon));
    const int row = std::min(m_rows - 1, int((latitude - m_area.south) / m_cellLat));
    return row * m_columns + column;
}

geo::GeoPoint HotspotGrid::cellCenter(int cell) const
{
    const int row = cell / m_columns;
    const int column = cell % m_columns;
    return geo::GeoPoint{m_area.south + (row + 0.5) * m_cellLat, m_area.west + (column + 0.5) * m_cellLon};
}

geo::GeoBounds HotspotGrid::cellBounds(int cell) const
{
    const int row = cell / m_columns;
    const int column = cell % m_columns;
    const double south = m_area.south + row * m_cellLat;
    const double west = m_area.west + column * m_cellLon;
    return geo::GeoBounds::fromCorners(south, west, south + m_cellLat, west + m_cellLon);
}

QList<int> HotspotGrid::cellsWithin(int cell, double meters) const
{
    QList<int> cells;
    if (!isValid() || cell < 0 || cell >= cellCount())
        return cells;
    const int row = cell / m_columns;
    const int column = cell % m_columns;
    // Cells are square in metres, so centre distances are whole-cell offsets times the cell size.
    const double reach = std::max(0.0, meters) / m_cellMeters + 1e-9;
    const int radius = int(std::floor(reach));
    for (int dr = -radius; dr <= radius; ++dr) {
        const int r = row + dr;
        if (r < 0 || r >= m_rows)
            continue;
        for (int dc = -radius; dc <= radius; ++dc) {
            const int c = column + dc;
            if (c < 0 || c >= m_columns)
                continue;
            if (std::sqrt(double(dr * dr + dc * dc)) <= reach)
                cells.append(r * m_columns + c);
        }
    }
    return cells;
}

HotspotGrid HotspotGrid::covering(const QList<HistoryEvent> &events, double cellMeters)
{
    geo::GeoBounds bounds;
    for (const HistoryEvent &event : events)
        bounds.extend(event.latitude, event.longitude);
    if (!bounds.isValid() || !(cellMeters > 0))
        return {};
    const double cosLat = std::cos(bounds.center().lat * 3.14159265358979323846 / 180.0);
    // A hair over one cell, so that rounding never puts an outermost event into the edge cell.
    const double padLat = cellMeters * (1 + 1e-6) / metersPerDegreeLatitude();
    const double padLon = cosLat > 1e-6 ? cellMeters * (1 + 1e-6) / (metersPerDegreeLatitude() * cosLat) : padLat;
    return HotspotGrid(geo::GeoBounds::fromCorners(bounds.south - padLat, bounds.west - padLon, bounds.north + padLat,
                                                   bounds.east + padLon),
                       cellMeters);
}

int hourOfWeek(qint64 atMsUtc)
{
    const qint64 hours = floorDiv(atMsUtc + kWibOffsetMs, kHourMs);
    const qint64 days = floorDiv(hours, 24);
    const int weekday = int(((days + kEpochWeekday) % 7 + 7) % 7);
    return weekday * 24 + int(hours - days * 24);
}

// The model, in four steps over only the cells that saw events:
//   1. weighted counts per (cell, hour of week), each event weighted 2^(-age / half-life);
//   2. the exposure of every hour of the week: how often it occurred in the training span, weighted the same way;
//   3. a cell's level (its weighted count) and its rhythm of the week, read from counts smoothed over neighbouring
//      hours (circular: Sunday 23:00 borders Monday 00:00) and pooled with neighbouring cells;
//   4. that rhythm shrunk toward its own daily rhythm and that toward the region's (a cell seen a few times is not
//      trusted to the hour, but keeps its own level); level × share of the hour / exposure: recency-weighted
//      expected events in one hour.
HotspotForecast HotspotForecast::train(const HotspotGrid &grid, const QList<HistoryEvent> &history,
                                       qint64 trainedUntilMs, const ForecastOptions &options)
{
    HotspotForecast forecast;
    forecast.m_grid = grid;
    forecast.m_trainedUntilMs = trainedUntilMs;
    if (!grid.isValid())
        return forecast;

    const bool recency = options.halfLifeDays > 0 && std::isfinite(options.halfLifeDays);
    const double decayPerDay = recency ? std::log(2.0) / options.halfLifeDays : 0.0;
    auto weightAt = [&](qint64 atMs) {
        return recency ? std::exp(-decayPerDay * double(trainedUntilMs - atMs) / kDayMs) : 1.0;
    };

    // 1. Weighted counts of the cells that saw events.
    QHash<int, int> rowOf; // cell → row in `counts`
    QVector<int> cells;
    QVector<double> counts;
    qint64 firstMs = std::numeric_limits<qint64>::max();
    for (const HistoryEvent &event : history) {
        if (event.atMs >= trainedUntilMs)
            continue;
        const int cell = grid.cellAt(event.latitude, event.longitude);
        if (cell < 0)
            continue;
        firstMs = std::min(firstMs, event.atMs);
        auto it = rowOf.constFind(cell);
        int row;
        if (it == rowOf.constEnd()) {
            row = int(cells.size());
            rowOf.insert(cell, row);
            cells.append(cell);
            counts.resize(counts.size() + kHoursPerWeek, 0.0);
        } else {
            row = it.value();
        }
        counts[qsizetype(row) * kHoursPerWeek + hourOfWeek(event.atMs)] += weightAt(event.atMs);
    }
    if (cells.isEmpty())
        return forecast;

    // 2. Exposure: every whole hour from the first event's hour to the end of training, weighted like an event.
    double exposure[kHoursPerWeek] = {};
    const qint64 startHour = floorDiv(firstMs, kHourMs) * kHourMs;
    for (qint64 t = startHour; t < trainedUntilMs; t += kHourMs)
        exposure[hourOfWeek(t)] += weightAt(t + kHourMs / 2);

    // A cell's level: its own weighted count (not smoothed in space: incidents keep to the roads, and a busy
    // junction's neighbour across the block is not busy).
    QVector<double> level(cells.size(), 0.0);
    for (int cellRow = 0; cellRow < cells.size(); ++cellRow)
        for (int h = 0; h < kHoursPerWeek; ++h)
            level[cellRow] += counts[qsizetype(cellRow) * kHoursPerWeek + h];

    // 3a. Over neighbouring hours of the week.
    if (options.hourBandwidth > 0) {
        const int radius = std::min(kHoursPerWeek / 2 - 1, int(std::ceil(3 * options.hourBandwidth)));
        const QVector<double> taps = gaussianTaps(options.hourBandwidth, radius);
        double smoothed[kHoursPerWeek];
        for (int cellRow = 0; cellRow < cells.size(); ++cellRow) {
            double *row = counts.data() + qsizetype(cellRow) * kHoursPerWeek;
            for (int h = 0; h < kHoursPerWeek; ++h) {
                double sum = 0;
                for (int d = -radius; d <= radius; ++d)
                    sum += taps[d + radius] * row[(h + d + kHoursPerWeek) % kHoursPerWeek];
                smoothed[h] = sum;
            }
            std::copy(smoothed, smoothed + kHoursPerWeek, row);
        }
    }

    // 3b. A cell's rhythm of the week is read from its neighbourhood too: its own counts plus its neighbours' within
    // 3σ, weighted by a Gaussian of the distance (1 for the cell itself), so that the cells of one black spot share
    // its hours.
    QVector<double> profile = counts;
    if (options.cellBandwidthMeters > 0) {
        const double sigma = options.cellBandwidthMeters;
        QList<int> neighbours;
        for (int cellRow = 0; cellRow < cells.size(); ++cellRow) {
            const int cell = cells[cellRow];
            neighbours = grid.cellsWithin(cell, 3 * sigma);
            double *destination = profile.data() + qsizetype(cellRow) * kHoursPerWeek;
            for (int neighbour : neighbours) {
                if (neighbour == cell)
                    continue;
                const auto it = rowOf.constFind(neighbour);
                if (it == rowOf.constEnd())
                    continue;
                // Cells are squares of cellMeters: the distance of centres is the offset in cells.
                const int dr = neighbour / grid.columns() - cell / grid.columns();
                const int dc = neighbour % grid.columns() - cell % grid.columns();
                const double squared = double(dr * dr + dc * dc) * grid.cellMeters() * grid.cellMeters();
                const double w = std::exp(-0.5 * squared / (sigma * sigma));
                const double *source = counts.constData() + qsizetype(it.value()) * kHoursPerWeek;
                for (int h = 0; h < kHoursPerWeek; ++h)
                    destination[h] += w * source[h];
            }
        }
    }

    // 4. The cell's split of its events over the week, shrunk in two steps (Dirichlet, priorWeight pseudo-events per
    // hour of the week at each step): its split over the hours of the day (every day of the week pooled: six weeks
    // hold forty-two 03:00s but only six Monday 03:00s) toward the region's, then its split over the week toward
    // that daily split spread over the days as the region's is. A cell seen a few times keeps its level but takes
    // the region's rhythm; a busy one keeps its own hours, and a rush-hour black spot is quiet at night.
    // Level × share / exposure: expected events in one hour.
    const double pseudoEvents = std::max(0.0, options.priorWeight) * kHoursPerWeek;
    double region[kHoursPerWeek] = {};
    for (int cellRow = 0; cellRow < cells.size(); ++cellRow)
        for (int h = 0; h < kHoursPerWeek; ++h)
            region[h] += counts[qsizetype(cellRow) * kHoursPerWeek + h];
    double regionTotal = 0;
    double regionDaily[24] = {};
    for (int h = 0; h < kHoursPerWeek; ++h) {
        regionTotal += region[h];
        regionDaily[h % 24] += region[h];
    }
    double regionShare[kHoursPerWeek];
    double regionDailyShare[24];
    double dayOfWeekSplit[kHoursPerWeek]; // of an hour of the day, the part on this day of the week
    for (int hod = 0; hod < 24; ++hod)
        regionDailyShare[hod] = regionTotal > 0 ? regionDaily[hod] / regionTotal : 1.0 / 24;
    for (int h = 0; h < kHoursPerWeek; ++h) {
        regionShare[h] = regionTotal > 0 ? region[h] / regionTotal : 1.0 / kHoursPerWeek;
        dayOfWeekSplit[h] = regionDaily[h % 24] > 0 ? region[h] / regionDaily[h % 24] : 1.0 / 7;
    }

    // Cells ordered by index, so that the model and its scores do not depend on the order of the history.
    QVector<int> order(cells.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return cells[a] < cells[b]; });

    forecast.m_active.resize(cells.size());
    forecast.m_rates.resize(cells.size() * kHoursPerWeek);
    for (int i = 0; i < order.size(); ++i) {
        const int cellRow = order[i];
        const double *row = profile.constData() + qsizetype(cellRow) * kHoursPerWeek;
        double profileTotal = 0;
        double daily[24] = {};
        for (int h = 0; h < kHoursPerWeek; ++h) {
            profileTotal += row[h];
            daily[h % 24] += row[h];
        }
        double dailyShare[24];
        for (int hod = 0; hod < 24; ++hod)
            dailyShare[hod] = (daily[hod] + pseudoEvents * regionDailyShare[hod]) / (profileTotal + pseudoEvents);
        forecast.m_active[i] = cells[cellRow];
        float *out = forecast.m_rates.data() + qsizetype(i) * kHoursPerWeek;
        for (int h = 0; h < kHoursPerWeek; ++h) {
            const double prior = pseudoEvents > 0 ? dailyShare[h % 24] * dayOfWeekSplit[h] : regionShare[h];
            const double share = (row[h] + pseudoEvents * prior) / (profileTotal + pseudoEvents);
            out[h] = exposure[h] > 0 ? float(level[cellRow] * share / exposure[h]) : 0.0f;
        }
    }
    return forecast;
}

QVector<float> HotspotForecast::expectedAtHour(int hour) const
{
    QVector<float> expected(m_grid.cellCount(), 0.0f);
    if (m_active.isEmpty() || hour < 0 || hour >= kHoursPerWeek)
        return expected;
    const float *rates = m_rates.constData();
    for (int i = 0; i < m_active.size(); ++i)
        expected[m_active[i]] = rates[qsizetype(i) * kHoursPerWeek + hour];
    return expected;
}

QVector<float> HotspotForecast::expectedOver(qint64 fromMs, int hours) const
{
    QVector<float> expected(m_grid.cellCount(), 0.0f);
    if (m_active.isEmpty())
        return expected;
    const float *rates = m_rates.constData();
    for (int k = 0; k < hours; ++k) {
        const int hour = hourOfWeek(fromMs + k * kHourMs);
        for (int i = 0; i < m_active.size(); ++i)
            expected[m_active[i]] += rates[qsizetype(i) * kHoursPerWeek + hour];
    }
    return expected;
}

} // namespace lintas::analytics
