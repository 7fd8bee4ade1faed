#pragma once

#include <random>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include "geo/geobounds.h"

namespace lintas::field {

class RoadNetwork;

// One past event of the synthetic history: an incident report (or an accident, type "kecelakaan"), where and
// when. blackSpot is the index into HistoryGenerator::blackSpots() of the spot it happened at, or -1 for an event
// elsewhere on the network; edge is the road graph edge it lies on (-1 when not known).
struct HistoryIncident
{
    qint64 atMs = 0; // UTC milliseconds
    double latitude = 0.0;
    double longitude = 0.0;
    QString typeCode;
    int blackSpot = -1;
    int edge = -1;
};

// A black spot of the history: a congestion hotspot of DKI Jakarta's open data found on the map by its road's
// name, or one of the accident black spots on the arterials. Each has its own hour-of-week pattern and weight,
// and most persist while a few appear or disappear during the history (congestion spots only; the accident spots
// of the arterials stay).
struct BlackSpot
{
    QString road;     // the map's road name ("Kebon Jati")
    QString location; // the open data's location text; empty for an accident black spot
    QString city;     // the open data's wilayah ("JAKARTA PUSAT"); empty for an accident black spot
    QString pattern;  // bongkar_muat, material, pasar, pasar_induk, terminal, sekolah, kantor, parkir, komuter, laka
    geo::GeoPoint anchor;
    QList<geo::GeoPoint> points; // where its events fall: along its road near the anchor, and the streets around
    QList<int> edges;            // the edge of each point
    QList<double> cumulative;    // the points' cumulative weights (the road itself most, fading with distance)
    double weight = 1.0;
    qint64 activeFromMs = 0;   // 0: from the start of time
    qint64 activeUntilMs = 0;  // 0: to the end of time
    double yearlyGrowth = 0.0; // its own slow trend (+0.2: a fifth busier a year later)
    double swingWeeks = 10.0;  // the period of its busier and quieter spells
    double swingPhase = 0.0;   // where in the period it starts (0–1)
    bool accidents() const { return location.isEmpty(); }
    bool activeAt(qint64 atMs) const
    {
        return (activeFromMs == 0 || atMs >= activeFromMs) && (activeUntilMs == 0 || atMs < activeUntilMs);
    }
};

struct HistoryGeneratorOptions
{
    quint64 seed = 20261127;
    qint64 endMs = 0;               // "now" of the history: the black spots' lives and the trend count back from here
    double blackSpotShare = 0.4;    // of the incidents (accidents aside) that happen at the congestion black spots
    double accidentSpotShare = 0.5; // of the accidents that happen at the accident black spots of the arterials
    double yearlyTrend = 0.06;      // the region's traffic grows this much a year
    double workZoneShare = 0.45;    // of the incidents (accidents aside) at passing trouble spots (road works)
};

// A passing trouble spot: road works (galian, a flyover or MRT site) on a main road for one to four weeks, with its
// congestion, breakdowns and damaged lanes; new ones start every week somewhere else.
struct WorkZone
{
    QString road;
    qint64 fromMs = 0;
    qint64 untilMs = 0;
    QList<geo::GeoPoint> points;
    QList<int> edges;
    QList<double> cumulative;
};

// A deterministic synthetic incident history of Jakarta for demos, the desk's forecast and
// `lintas-analytics evaluate`:
//   * rate: IncidentGenerator's daily mix (about 200 reports a day, 17 of them police-recorded accidents) and
//     hourly rhythm, a weekly rhythm (Friday busiest, Sunday quietest, weekend mornings without the commuter
//     peak) and a slow upward trend;
//   * places: blackSpotShare of the incidents at the congestion black spots (resources/traffic/
//     jakarta-congestion-hotspots-2014.csv, DKI Jakarta open data, matched to the map's roads by name), each
//     with the hour-of-week pattern of its cause (night-time goods loading, market mornings, school runs, …),
//     busier and quieter spells, and a life (most persist, a few appear or go); accidentSpotShare of the
//     accidents at fixed spots of the arterials; workZoneShare at road works that last one to four weeks (about
//     four start every week); the rest spread over the road network by road class and length, like
//     IncidentGenerator, more in the neighbourhoods that are busy that month. A spot's or a work's trouble lies on
//     its road and spills into the streets around it (queues and detours, fading over about half a kilometre).
// Every hour is drawn from its own generator seeded from (seed, hour), so the same seed and end give the same
// events in an hour whatever window is asked for: the seeded store and the history file agree.
class HistoryGenerator
{
public:
    // Finds the black spots on the network (the congestion list from the resource, the arterials by name).
    HistoryGenerator(const RoadNetwork &network, HistoryGeneratorOptions options);

    // The events between two times (UTC ms, from inclusive, to exclusive), in time order.
    QList<HistoryIncident> generate(qint64 fromMs, qint64 toMs) const;

    const QList<BlackSpot> &blackSpots() const { return m_spots; }
    // The road works active at some time between two times.
    QList<WorkZone> workZones(qint64 fromMs, qint64 toMs) const;
    int congestionSpotCount() const;
    const HistoryGeneratorOptions &options() const { return m_options; }

    // Expected events of a type in the hour starting at atMs (before black spots, life and trend): the rhythm.
    double expectedInHour(const QString &typeCode, qint64 atMs) const;

    // The congestion hotspot list shipped with Lintas: rows of (city, location, road, pattern).
    struct HotspotRow
    {
        QString city;
        QString location;
        QString road;
        QString pattern;
    };
    static QList<HotspotRow> hotspotList();

private:
    enum Placement
    {
        AccidentPlacement,
        CongestionPlacement,
        GeneralPlacement,
        PlacementCount
    };
    void findBlackSpots();
    void addSpot(BlackSpot spot, const QList<int> &edges, std::mt19937_64 &rng);
    void buildPlacementTables();
    void generateHour(qint64 hourStartMs, const QList<WorkZone> &zones, QList<HistoryIncident> &out) const;
    QList<WorkZone> zonesStartingInWeek(qint64 week) const;
    // Points every 15 m of the road's edges within radiusM of the anchor (weight `roadWeight` each), then of every
    // street around within 3 σ (weight fading as a Gaussian of σ metres): where a queue and its detours are.
    void collectPoints(const QList<int> &edges, const geo::GeoPoint &anchor, double radiusM, double roadWeight,
                       double sigmaM, QList<geo::GeoPoint> &points, QList<int> &pointEdges,
                       QList<double> &cumulative) const;
    int pickEdge(Placement placement, std::mt19937_64 &rng) const;
    int pickInBusyBlock(Placement placement, qint64 atMs, std::mt19937_64 &rng) const;
    double trend(qint64 atMs) const;
    double blockActivity(double lat, double lon, qint64 atMs) const;

    const RoadNetwork &m_network;
    HistoryGeneratorOptions m_options;
    QList<BlackSpot> m_spots;
    QList<QList<double>> m_patterns; // per spot: 168 weights of the hour of the week (WIB), mean 1
    double m_congestionWeight = 0.0; // sum of the congestion spots' weights
    double m_accidentWeight = 0.0;   // sum of the accident spots' weights
    QList<QList<int>> m_edges;       // per placement: candidate edges and cumulative weights
    QList<QList<double>> m_cumulative;
    QHash<QString, QList<int>> m_edgesByName; // drivable edges by case-folded road name
};

// The history as CSV, the format lintas-analytics reads: header "time,latitude,longitude,type", time ISO 8601
// with the WIB offset (+07:00), coordinates with a dot and six decimals, the incident type code.
QByteArray historyCsv(const QList<HistoryIncident> &events);

} // namespace lintas::field
