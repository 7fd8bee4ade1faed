#include "field/historygenerator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTimeZone>

#include "field/incidentgenerator.h"
#include "field/roadnetwork.h"
#include "field/trafficmodel.h"
#include "geo/geodesy.h"

namespace lintas::field {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kWeekMs = 7 * kDayMs;
constexpr double kYearMs = 365.25 * kDayMs;
constexpr int kHoursPerWeek = 168;
constexpr double kSpotRadiusM = 350.0; // a black spot's events fall along its road within this of its anchor
constexpr double kPointStepM = 15.0;
constexpr double kWorkZoneRadiusM = 350.0;
constexpr double kSpillSigmaM = 500.0;  // the streets around that a queue and its detours spill into
constexpr double kSwing = 0.6;          // how much a spot's busy and quiet spells differ from its mean
constexpr double kBlockDegrees = 0.018; // about 2 km
constexpr double kBlockActivityMax = 3.0;
constexpr double kOnRoadWeight = 1.0;     // a point on the spot's own road against one at the anchor around it
constexpr double kWorkZonesPerWeek = 4.0; // road works starting each week; each lasts 1 to 4 weeks
constexpr double kWorkZonesActive = kWorkZonesPerWeek * 2.5; // so about this many at a time
constexpr qint64 kLongestWorkMs = 28 * kDayMs;
const QString kAccident = QStringLiteral("kecelakaan");

// Jakarta's accident black spots on the arterials: where the police's yearly reviews keep finding crashes.
// Two spots on each, fixed for a seed.
const char *const kAccidentArterials[] = {"Daan Mogot", "Bekasi Raya",  "Sudirman",
                                          "Kalimalang", "DI Panjaitan", "TB. Simatupang"};
constexpr int kSpotsPerArterial = 2;

// The weekly rhythm: Friday is the busiest day, Sunday the quietest (mean 1 over the week, Monday first).
constexpr double kWeekday[7] = {1.02, 1.00, 1.00, 1.02, 1.08, 0.98, 0.90};

// Hour of the week (WIB, Monday 00:00 = 0) and its parts.
int hourOfWeekWib(qint64 utcMs)
{
    // 1970-01-01 was a Thursday: day 0 is Thursday, so Monday-based days are shifted by 3.
    const qint64 wib = utcMs + kWibOffsetMs;
    const qint64 days = wib >= 0 ? wib / kDayMs : (wib - kDayMs + 1) / kDayMs;
    const int weekday = int(((days + 3) % 7 + 7) % 7);
    return weekday * 24 + hourWib(utcMs);
}

bool weekend(int weekday)
{
    return weekday >= 5;
}

// On weekend mornings the commuter peak is missing and the day's traffic comes later.
double weekendShape(int weekday, int hour)
{
    if (!weekend(weekday))
        return 1.0;
    if (hour >= 5 && hour <= 9)
        return 0.55;
    if (hour >= 10 && hour <= 21)
        return 1.2;
    return 1.0;
}

// A black spot's weight for an hour of the week, before normalising; `accidentHours` is the accident rhythm.
double patternWeight(const QString &pattern, int weekday, int hour, const std::array<double, 24> &accidentHours)
{
    const bool workday = !weekend(weekday);
    const bool saturday = weekday == 5;
    const bool sunday = weekday == 6;
    const bool night = hour >= 21 || hour <= 4;
    if (pattern == QLatin1String("bongkar_muat")) // goods loading: night-time, not on Sunday night
        return night ? (sunday || (weekday == 0 && hour <= 4) ? 0.8 : 3.0) : hour >= 5 && hour <= 7 ? 1.2 : 0.3;
    if (pattern == QLatin1String("material")) // building-material trucks may enter the city only at night
        return hour >= 22 || hour <= 3 ? (saturday || sunday ? 0.8 : 3.0) : 0.15;
    if (pattern == QLatin1String("pasar")) // market shoppers: mornings and late afternoons, more at weekends
        return (hour >= 6 && hour <= 11    ? 2.5
                : hour >= 15 && hour <= 17 ? 1.5
                : night                    ? 0.1
                                           : 0.4) *
               (workday ? 1.0 : 1.5);
    if (pattern == QLatin1String("pasar_induk")) // the wholesale market trades before dawn, every day
        return hour >= 1 && hour <= 6 ? 3.5 : hour >= 7 && hour <= 9 ? 1.0 : 0.3;
    if (pattern == QLatin1String("terminal")) { // an unofficial long-distance bus stop: evenings, weekend ends
        double w = hour >= 16 && hour <= 21 ? 2.5 : night ? 0.3 : 0.5;
        if (weekday == 4 && hour >= 15 && hour <= 22)
            w *= 1.8;
        if (sunday && hour >= 13 && hour <= 21)
            w *= 1.6;
        return w;
    }
    if (pattern == QLatin1String("sekolah")) // school runs: weekday mornings and midday, a little on Saturday
        return workday                              ? (hour >= 6 && hour <= 7     ? 4.0
                                                       : hour >= 12 && hour <= 14 ? 2.5
                                                       : night                    ? 0.05
                                                                                  : 0.2)
               : saturday && hour >= 6 && hour <= 7 ? 1.0
                                                    : 0.05;
    if (pattern == QLatin1String("kantor")) // office visitors: weekday office hours
        return workday ? (hour >= 8 && hour <= 11 ? 2.5 : hour >= 13 && hour <= 15 ? 1.5 : night ? 0.05 : 0.3) : 0.15;
    if (pattern == QLatin1String("parkir")) // shops and malls: afternoons and evenings, busier at weekends
        return (hour >= 18 && hour <= 20   ? 2.5
                : hour >= 10 && hour <= 21 ? 1.5
                : night                    ? 0.1
                                           : 0.4) *
               (workday ? 1.0 : 1.6);
    if (pattern == QLatin1String("laka")) // accident spots follow the accident rhythm, nights included
        return accidentHours[size_t(hour)] * kWeekday[weekday];
    // komuter: the commuter peaks of working days
    return workday ? (hour >= 6 && hour <= 9     ? 3.0
                      : hour >= 16 && hour <= 19 ? 3.0
                      : night                    ? 0.1
                                                 : 0.6)
                   : (night ? 0.1 : 0.8);
}

// What happens at a congestion black spot, by its cause.
QString spotIncidentType(const QString &pattern, double roll)
{
    const bool trucks = pattern == QLatin1String("bongkar_muat") || pattern == QLatin1String("material") ||
                        pattern == QLatin1String("pasar_induk");
    const bool parking =
        pattern == QLatin1String("parkir") || pattern == QLatin1String("pasar") || pattern == QLatin1String("terminal");
    if (roll < 0.55)
        return QStringLiteral("kemacetan");
    if (roll < (trucks ? 0.80 : 0.67))
        return QStringLiteral("kendaraan_mogok");
    if (roll < (parking ? 0.95 : 0.88))
        return QStringLiteral("pelanggaran");
    return QStringLiteral("lainnya");
}

double classWeight(int placement, geo::RoadClass roadClass)
{
    using geo::RoadClass;
    const bool toll = roadClass == RoadClass::Motorway || roadClass == RoadClass::MotorwayLink;
    const bool arterial = roadClass == RoadClass::Trunk || roadClass == RoadClass::Primary;
    const bool link = roadClass == RoadClass::TrunkLink || roadClass == RoadClass::PrimaryLink ||
                      roadClass == RoadClass::SecondaryLink || roadClass == RoadClass::TertiaryLink;
    const bool secondary = roadClass == RoadClass::Secondary;
    const bool tertiary = roadClass == RoadClass::Tertiary || roadClass == RoadClass::Unclassified;
    const bool local =
        roadClass == RoadClass::Residential || roadClass == RoadClass::LivingStreet || roadClass == RoadClass::Road;
    switch (placement) {
    case 0: // accidents
        return toll ? 1.5 : arterial ? 3.0 : secondary ? 2.5 : tertiary ? 1.5 : link ? 1.5 : local ? 0.25 : 0.1;
    case 1: // congestion and breakdowns
        return toll ? 2.0 : arterial ? 4.0 : secondary ? 3.0 : tertiary ? 1.0 : link ? 1.0 : local ? 0.05 : 0.0;
    default: // the rest happens on any street: a stalled car in a kampung lane, a fallen tree, a broken lamp
        return toll ? 0.3 : arterial ? 1.5 : secondary ? 1.5 : tertiary ? 1.2 : link ? 0.8 : local ? 1.0 : 0.2;
    }
}

// A CSV line split on commas outside double quotes (the open data's locations hold commas).
QStringList splitCsvLine(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'"') {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell.append(c);
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == u',' && !quoted) {
            cells.append(cell);
            cell.clear();
        } else {
            cell.append(c);
        }
    }
    cells.append(cell);
    return cells;
}

std::array<double, 24> accidentHours()
{
    std::array<double, 24> hours{};
    for (int h = 0; h < 24; ++h)
        hours[size_t(h)] = IncidentGenerator::hourlyRate(kAccident, h);
    const double mean = [&] {
        double sum = 0.0;
        for (double v : hours)
            sum += v;
        return sum / 24.0;
    }();
    for (double &v : hours)
        v = mean > 0.0 ? v / mean : 1.0;
    return hours;
}

} // namespace

QList<HistoryGenerator::HotspotRow> HistoryGenerator::hotspotList()
{
    QList<HotspotRow> rows;
    QFile file(QStringLiteral(":/traffic/jakarta-congestion-hotspots-2014.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first line is the header
        const QStringList cells = splitCsvLine(lines.at(i).trimmed());
        if (cells.size() < 4 || cells.at(2).trimmed().isEmpty())
            continue;
        rows.append({cells.at(0).trimmed(), cells.at(1).trimmed(), cells.at(2).trimmed(), cells.at(3).trimmed()});
    }
    return rows;
}

HistoryGenerator::HistoryGenerator(const RoadNetwork &network, HistoryGeneratorOptions options)
    : m_network(network), m_options(options)
{
    if (m_options.endMs == 0)
        m_options.endMs = QDateTime::currentMSecsSinceEpoch();
    m_options.blackSpotShare = std::clamp(m_options.blackSpotShare, 0.0, 0.95);
    m_options.accidentSpotShare = std::clamp(m_options.accidentSpotShare, 0.0, 0.95);
    buildPlacementTables();
    findBlackSpots();
}

void HistoryGenerator::buildPlacementTables()
{
    // Drivable edges (a unit can reach them), weighted by length and class; unnamed lanes get few reports.
    const geo::RoadGraph &graph = m_network.graph();
    m_edges.resize(PlacementCount);
    m_cumulative.resize(PlacementCount);
    for (int placement = 0; placement < PlacementCount; ++placement) {
        double sum = 0.0;
        for (int e = 0; e < graph.edgeCount(); ++e) {
            if (!m_network.isDrivableNode(graph.edgeSource(e)) || !m_network.isDrivableNode(graph.edgeTarget(e)))
                continue;
            const double named = graph.edgeName(e).isEmpty() ? (placement == GeneralPlacement ? 0.6 : 0.15) : 1.0;
            const double w = m_network.edgeLengthM(e) * classWeight(placement, graph.edgeClass(e)) * named;
            if (w <= 0.0)
                continue;
            sum += w;
            m_edges[placement].append(e);
            m_cumulative[placement].append(sum);
        }
    }
}

void HistoryGenerator::findBlackSpots()
{
    // The spots' places, weights and lives come from their own stream of the seed.
    std::mt19937_64 rng(m_options.seed ^ 0x424c41434b53504fULL); // "BLACKSPO"
    const geo::RoadGraph &graph = m_network.graph();
    for (int e = 0; e < graph.edgeCount(); ++e) {
        if (!m_network.isDrivableNode(graph.edgeSource(e)) || !m_network.isDrivableNode(graph.edgeTarget(e)))
            continue;
        const QString name = graph.edgeName(e);
        if (!name.isEmpty())
            m_edgesByName[name.toCaseFolded()].append(e);
    }
    const QHash<QString, QList<int>> &edgesByName = m_edgesByName;
    for (const HotspotRow &row : hotspotList()) {
        const QList<int> edges = edgesByName.value(row.road.toCaseFolded());
        if (edges.isEmpty())
            continue; // not on this map
        BlackSpot spot;
        spot.road = row.road;
        spot.location = row.location;
        spot.city = row.city;
        spot.pattern = row.pattern;
        addSpot(spot, edges, rng);
    }
    for (const char *arterial : kAccidentArterials) {
        const QList<int> edges = edgesByName.value(QString::fromUtf8(arterial).toCaseFolded());
        for (int i = 0; i < kSpotsPerArterial && !edges.isEmpty(); ++i) {
            BlackSpot spot;
            spot.road = QString::fromUtf8(arterial);
            spot.pattern = QStringLiteral("laka");
            addSpot(spot, edges, rng);
        }
    }

    const std::array<double, 24> accidentRhythm = accidentHours();
    for (const BlackSpot &spot : std::as_const(m_spots)) {
        QList<double> weights(kHoursPerWeek);
        double sum = 0.0;
        for (int how = 0; how < kHoursPerWeek; ++how) {
            // Squared: a spot's trouble comes with its cause (loading at night, the school run) and little else.
            weights[how] = std::pow(patternWeight(spot.pattern, how / 24, how % 24, accidentRhythm), 2.0);
            sum += weights[how];
        }
        for (double &w : weights)
            w = sum > 0.0 ? w * kHoursPerWeek / sum : 1.0;
        m_patterns.append(weights);
        (spot.accidents() ? m_accidentWeight : m_congestionWeight) += spot.weight;
    }
}

void HistoryGenerator::addSpot(BlackSpot spot, const QList<int> &edges, std::mt19937_64 &rng)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    // The anchor: a point along the road, edges chosen by length.
    double total = 0.0;
    for (int e : edges)
        total += m_network.edgeLengthM(e);
    double at = unit(rng) * total;
    int anchorEdge = edges.first();
    for (int e : edges) {
        anchorEdge = e;
        if (at <= m_network.edgeLengthM(e))
            break;
        at -= m_network.edgeLengthM(e);
    }
    at = std::min(at, double(m_network.edgeLengthM(anchorEdge)));
    spot.anchor = m_network.pointAlong(anchorEdge, at).point;
    collectPoints(edges, spot.anchor, kSpotRadiusM, kOnRoadWeight, kSpillSigmaM, spot.points, spot.edges,
                  spot.cumulative);
    if (spot.points.isEmpty()) {
        spot.points.append(spot.anchor);
        spot.edges.append(anchorEdge);
        spot.cumulative.append(1.0);
    }
    spot.weight = 0.5 + unit(rng);
    spot.yearlyGrowth = -0.3 + 0.6 * unit(rng);
    // Busier and quieter spells of a few weeks: an enforcement campaign, a market's season, a diversion nearby.
    spot.swingWeeks = 6.0 + 10.0 * unit(rng);
    spot.swingPhase = unit(rng);
    // Most congestion spots persist; one in five appeared a few weeks ago and one in five has gone (a market
    // moved, a loading bay got its own yard), so that recent weeks tell more than old ones. The arterials' accident
    // spots stay: their share of the accidents is stable.
    const double life = unit(rng);
    const double when = unit(rng);
    if (spot.accidents()) {
        spot.yearlyGrowth = 0.0;
        spot.swingWeeks = 0.0;
    } else if (life < 0.2) {
        spot.activeFromMs = m_options.endMs - qint64((3.0 + 9.0 * when) * kWeekMs);
    } else if (life < 0.4) {
        spot.activeUntilMs = m_options.endMs - qint64((2.0 + 8.0 * when) * kWeekMs);
    }
    m_spots.append(spot);
}

void HistoryGenerator::collectPoints(const QList<int> &edges, const geo::GeoPoint &anchor, double radiusM,
                                     double roadWeight, double sigmaM, QList<geo::GeoPoint> &points,
                                     QList<int> &pointEdges, QList<double> &cumulative) const
{
    double sum = cumulative.isEmpty() ? 0.0 : cumulative.last();
    const auto add = [&](int e, double limitM, const auto &weightAt) {
        const geo::GeoPoint from = m_network.pointAlong(e, 0.0).point;
        const double length = m_network.edgeLengthM(e);
        if (geo::distanceM(from.lat, from.lon, anchor.lat, anchor.lon) > limitM + length)
            return; // too far for any of its points
        for (double offset = 0.0; offset <= length; offset += kPointStepM) {
            const geo::GeoPoint p = m_network.pointAlong(e, offset).point;
            const double d = geo::distanceM(p.lat, p.lon, anchor.lat, anchor.lon);
            if (d > limitM)
                continue;
            sum += weightAt(d);
            points.append(p);
            pointEdges.append(e);
            cumulative.append(sum);
        }
    };
    // The road itself (both directions of a two-way road).
    for (int e : edges)
        add(e, radiusM, [roadWeight](double) { return roadWeight; });
    if (sigmaM <= 0.0)
        return;
    // The streets around: every drivable edge leaving a junction near the anchor.
    const geo::RoadGraph &graph = m_network.graph();
    QSet<int> seen(edges.cbegin(), edges.cend());
    for (int node : m_network.drivableNodesWithin(anchor.lat, anchor.lon, 3.0 * sigmaM))
        for (int e = graph.firstEdge(node); e < graph.edgeEnd(node); ++e) {
            if (seen.contains(e) || !m_network.isDrivableNode(graph.edgeTarget(e)))
                continue;
            seen.insert(e);
            add(e, 3.0 * sigmaM, [sigmaM](double d) { return std::exp(-0.5 * d * d / (sigmaM * sigmaM)); });
        }
}

QList<WorkZone> HistoryGenerator::zonesStartingInWeek(qint64 week) const
{
    // The week's own stream: the same road works whatever window asks for them.
    std::seed_seq seq{quint32(m_options.seed), quint32(m_options.seed >> 32), quint32(week), quint32(week >> 32),
                      0x574f524bu /* "WORK" */};
    std::mt19937_64 rng(seq);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    QList<WorkZone> zones;
    const qint64 weekStart = week * kWeekMs;
    for (int n = std::poisson_distribution<int>(kWorkZonesPerWeek)(rng); n > 0; --n) {
        const int edge = pickEdge(CongestionPlacement, rng);
        if (edge < 0)
            break;
        WorkZone zone;
        zone.fromMs = weekStart + qint64(unit(rng) * double(kWeekMs));
        zone.untilMs = zone.fromMs + qint64((7.0 + 21.0 * unit(rng)) * double(kDayMs));
        const geo::GeoPoint anchor = m_network.pointAlong(edge, unit(rng) * m_network.edgeLengthM(edge)).point;
        zone.road = m_network.graph().edgeName(edge);
        const QList<int> edges =
            zone.road.isEmpty() ? QList<int>{edge} : m_edgesByName.value(zone.road.toCaseFolded(), {edge});
        collectPoints(edges, anchor, kWorkZoneRadiusM, kOnRoadWeight, kSpillSigmaM, zone.points, zone.edges,
                      zone.cumulative);
        if (zone.points.isEmpty()) {
            zone.points.append(anchor);
            zone.edges.append(edge);
            zone.cumulative.append(1.0);
        }
        zones.append(zone);
    }
    return zones;
}

QList<WorkZone> HistoryGenerator::workZones(qint64 fromMs, qint64 toMs) const
{
    QList<WorkZone> zones;
    const qint64 firstWeek = (fromMs - kLongestWorkMs) / kWeekMs - 1;
    for (qint64 week = firstWeek; week * kWeekMs < toMs; ++week)
        for (const WorkZone &zone : zonesStartingInWeek(week))
            if (zone.untilMs > fromMs && zone.fromMs < toMs)
                zones.append(zone);
    return zones;
}

double HistoryGenerator::blockActivity(double lat, double lon, qint64 atMs) const
{
    // Blocks of about 2 km and periods of four weeks, each with its own level (log-normal, capped), from the seed.
    const qint64 row = qint64(std::floor(lat / kBlockDegrees));
    const qint64 column = qint64(std::floor(lon / kBlockDegrees));
    const qint64 period = atMs / (4 * kWeekMs);
    std::seed_seq seq{quint32(m_options.seed), quint32(row), quint32(column), quint32(period),
                      0x424c4f43u /* "BLOC" */};
    std::mt19937_64 rng(seq);
    return std::min(kBlockActivityMax, std::exp(std::normal_distribution<double>(-0.4, 0.9)(rng)));
}

int HistoryGenerator::pickInBusyBlock(Placement placement, qint64 atMs, std::mt19937_64 &rng) const
{
    // An edge kept in proportion to its block's activity this month (rejection sampling, bounded).
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int edge = pickEdge(placement, rng);
    for (int tries = 0; tries < 20 && edge >= 0; ++tries) {
        const geo::GeoPoint p = m_network.pointAlong(edge, 0.0).point;
        if (unit(rng) * kBlockActivityMax < blockActivity(p.lat, p.lon, atMs))
            break;
        edge = pickEdge(placement, rng);
    }
    return edge;
}

int HistoryGenerator::congestionSpotCount() const
{
    return int(std::count_if(m_spots.cbegin(), m_spots.cend(), [](const BlackSpot &s) { return !s.accidents(); }));
}

double HistoryGenerator::trend(qint64 atMs) const
{
    return 1.0 + m_options.yearlyTrend * double(atMs - m_options.endMs) / kYearMs;
}

double HistoryGenerator::expectedInHour(const QString &typeCode, qint64 atMs) const
{
    // The weekend's shape is normalised over the day, so that it moves traffic within the day, not adds to it.
    static const std::array<double, 2> weekendNorm = [] {
        double all = 0.0, shaped = 0.0;
        for (int h = 0; h < 24; ++h) {
            double rate = 0.0;
            for (const QString &code : IncidentGenerator::typeCodes())
                rate += IncidentGenerator::hourlyRate(code, h);
            all += rate;
            shaped += rate * weekendShape(5, h);
        }
        return std::array<double, 2>{1.0, shaped > 0.0 ? all / shaped : 1.0};
    }();
    const int how = hourOfWeekWib(atMs);
    const int weekday = how / 24, hour = how % 24;
    return IncidentGenerator::hourlyRate(typeCode, hour) * kWeekday[weekday] * weekendShape(weekday, hour) *
           weekendNorm[weekend(weekday) ? 1 : 0];
}

int HistoryGenerator::pickEdge(Placement placement, std::mt19937_64 &rng) const
{
    const QList<double> &cumulative = m_cumulative[placement];
    if (cumulative.isEmpty())
        return placement == GeneralPlacement ? -1 : pickEdge(GeneralPlacement, rng);
    const double at = std::uniform_real_distribution<double>(0.0, cumulative.last())(rng);
    const qsizetype i = std::upper_bound(cumulative.begin(), cumulative.end(), at) - cumulative.begin();
    return m_edges[placement][std::min(i, cumulative.size() - 1)];
}

void HistoryGenerator::generateHour(qint64 hourStartMs, const QList<WorkZone> &zones, QList<HistoryIncident> &out) const
{
    // The hour's own stream: the same events whatever window the hour is asked in.
    const quint64 hourIndex = quint64(hourStartMs / kHourMs);
    std::seed_seq seq{quint32(m_options.seed), quint32(m_options.seed >> 32), quint32(hourIndex),
                      quint32(hourIndex >> 32), 0x48495354u /* "HIST" */};
    std::mt19937_64 rng(seq);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double growth = trend(hourStartMs);
    const int how = hourOfWeekWib(hourStartMs);
    QList<HistoryIncident> hour;

    const auto place = [&](HistoryIncident &event, int edge) {
        event.edge = edge;
        if (edge >= 0) {
            const EdgePoint p = m_network.pointAlong(edge, unit(rng) * m_network.edgeLengthM(edge));
            event.latitude = p.point.lat;
            event.longitude = p.point.lon;
        }
    };
    const auto atSpot = [&](HistoryIncident &event, int spot) {
        const BlackSpot &s = m_spots.at(spot);
        const double at = unit(rng) * s.cumulative.last();
        const int i = int(std::min(
            qsizetype(std::upper_bound(s.cumulative.cbegin(), s.cumulative.cend(), at) - s.cumulative.cbegin()),
            s.points.size() - 1));
        event.latitude = s.points.at(i).lat;
        event.longitude = s.points.at(i).lon;
        event.edge = s.edges.at(i);
        event.blackSpot = spot;
    };
    // A spot's expected events in this hour, given the spots' total for an average hour.
    const auto spotRate = [&](int spot, double perHourAll, double weightSum) {
        const BlackSpot &s = m_spots.at(spot);
        if (!s.activeAt(hourStartMs) || !s.activeAt(hourStartMs + kHourMs - 1) || weightSum <= 0.0) // whole hours
            return 0.0;
        const double ownTrend = std::max(0.1, 1.0 + s.yearlyGrowth * double(hourStartMs - m_options.endMs) / kYearMs);
        const double swing =
            s.swingWeeks > 0.0
                ? 1.0 + kSwing * std::sin(2.0 * std::numbers::pi *
                                          (double(hourStartMs) / double(kWeekMs) / s.swingWeeks + s.swingPhase))
                : 1.0;
        return perHourAll * s.weight / weightSum * m_patterns.at(spot).at(how) * ownTrend * swing * growth;
    };

    // Accidents: a share at the accident black spots, the rest spread over the roads where crashes happen.
    const double accidentsPerDay = IncidentGenerator::dailyCount(kAccident);
    const double spreadAccidents =
        expectedInHour(kAccident, hourStartMs) * (1.0 - m_options.accidentSpotShare) * growth;
    for (int n = std::poisson_distribution<int>(spreadAccidents)(rng); n > 0; --n) {
        HistoryIncident event;
        event.typeCode = kAccident;
        place(event, pickInBusyBlock(AccidentPlacement, hourStartMs, rng));
        hour.append(event);
    }
    for (int spot = 0; spot < m_spots.size(); ++spot) {
        if (!m_spots.at(spot).accidents())
            continue;
        const double rate = spotRate(spot, accidentsPerDay / 24.0 * m_options.accidentSpotShare, m_accidentWeight);
        for (int n = rate > 0.0 ? std::poisson_distribution<int>(rate)(rng) : 0; n > 0; --n) {
            HistoryIncident event;
            event.typeCode = kAccident;
            atSpot(event, spot);
            hour.append(event);
        }
    }

    // The other reports: a share at the congestion black spots, the rest by type over the network.
    double othersPerDay = 0.0;
    for (const QString &code : IncidentGenerator::typeCodes()) {
        if (code == kAccident)
            continue;
        othersPerDay += IncidentGenerator::dailyCount(code);
        const double rate =
            expectedInHour(code, hourStartMs) * (1.0 - m_options.blackSpotShare - m_options.workZoneShare) * growth;
        // By night the trouble is on the main roads (trucks may enter the city, speeds are high); by day anywhere.
        const int hourOfDay = how % 24;
        const Placement placement = hourOfDay >= 22 || hourOfDay <= 4 ? CongestionPlacement : GeneralPlacement;
        for (int n = rate > 0.0 ? std::poisson_distribution<int>(rate)(rng) : 0; n > 0; --n) {
            HistoryIncident event;
            event.typeCode = code;
            // Neighbourhoods have their busy months and quiet ones (building sites, a festival season, a closed
            // bridge next door): the place is kept in proportion to its block's activity this month.
            place(event, pickInBusyBlock(placement, hourStartMs, rng));
            hour.append(event);
        }
    }
    for (int spot = 0; spot < m_spots.size(); ++spot) {
        if (m_spots.at(spot).accidents())
            continue;
        const double rate = spotRate(spot, othersPerDay / 24.0 * m_options.blackSpotShare, m_congestionWeight);
        for (int n = rate > 0.0 ? std::poisson_distribution<int>(rate)(rng) : 0; n > 0; --n) {
            HistoryIncident event;
            event.typeCode = spotIncidentType(m_spots.at(spot).pattern, unit(rng));
            atSpot(event, spot);
            hour.append(event);
        }
    }

    // Road works: queues at the peaks and through the day, broken-down and damaged lanes beside the works.
    static const double kCommuterMean = [] {
        double sum = 0.0;
        for (int h = 0; h < kHoursPerWeek; ++h)
            sum += std::pow(patternWeight(QStringLiteral("komuter"), h / 24, h % 24, {}), 2.0);
        return sum / kHoursPerWeek;
    }();
    const double perZone = othersPerDay / 24.0 * m_options.workZoneShare / kWorkZonesActive * growth *
                           std::pow(patternWeight(QStringLiteral("komuter"), how / 24, how % 24, {}), 2.0) /
                           kCommuterMean;
    for (const WorkZone &zone : zones) {
        if (hourStartMs < zone.fromMs || hourStartMs >= zone.untilMs)
            continue;
        for (int n = std::poisson_distribution<int>(perZone)(rng); n > 0; --n) {
            HistoryIncident event;
            const double roll = unit(rng);
            event.typeCode = roll < 0.5   ? QStringLiteral("kemacetan")
                             : roll < 0.7 ? QStringLiteral("kendaraan_mogok")
                             : roll < 0.9 ? QStringLiteral("jalan_rusak")
                                          : QStringLiteral("lainnya");
            const double at = unit(rng) * zone.cumulative.last();
            const int i =
                int(std::min(qsizetype(std::upper_bound(zone.cumulative.cbegin(), zone.cumulative.cend(), at) -
                                       zone.cumulative.cbegin()),
                             zone.points.size() - 1));
            event.latitude = zone.points.at(i).lat;
            event.longitude = zone.points.at(i).lon;
            event.edge = zone.edges.at(i);
            hour.append(event);
        }
    }

    for (HistoryIncident &event : hour)
        event.atMs = hourStartMs + qint64(unit(rng) * double(kHourMs - 1));
    std::sort(hour.begin(), hour.end(),
              [](const HistoryIncident &a, const HistoryIncident &b) { return a.atMs < b.atMs; });
    out.append(hour);
}

QList<HistoryIncident> HistoryGenerator::generate(qint64 fromMs, qint64 toMs) const
{
    QList<HistoryIncident> out;
    if (toMs <= fromMs)
        return out;
    const qint64 first = fromMs >= 0 ? fromMs / kHourMs * kHourMs : (fromMs - kHourMs + 1) / kHourMs * kHourMs;
    const QList<WorkZone> zones = workZones(first, toMs);
    for (qint64 hour = first; hour < toMs; hour += kHourMs)
        generateHour(hour, zones, out);
    // The window cuts the first and last hours.
    out.removeIf([&](const HistoryIncident &e) { return e.atMs < fromMs || e.atMs >= toMs; });
    return out;
}

QByteArray historyCsv(const QList<HistoryIncident> &events)
{
    QByteArray csv("time,latitude,longitude,type\n");
    csv.reserve(qsizetype(events.size()) * 56 + 32);
    const QTimeZone wib(7 * 3600);
    for (const HistoryIncident &event : events) {
        csv += QDateTime::fromMSecsSinceEpoch(event.atMs, Qt::UTC).toTimeZone(wib).toString(Qt::ISODate).toLatin1();
        csv += ',';
        csv += QByteArray::number(event.latitude, 'f', 6);
        csv += ',';
        csv += QByteArray::number(event.longitude, 'f', 6);
        csv += ',';
        csv += event.typeCode.toUtf8();
        csv += '\n';
    }
    return csv;
}

} // namespace lintas::field
