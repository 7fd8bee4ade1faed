#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace lintas {
class Store;
}

namespace lintas::field {

class RoadNetwork;

// What the history of a demo store holds, beside the demo's own last 24 hours (store/demoseeder.h).
struct HistorySeedOptions
{
    quint32 seed = 20261127;
    QDateTime now;             // the demo's "now": its 24 hours end here (default: the current time)
    int weeks = 8;             // incidents and accidents of the weeks before the demo's 24 hours
    int lastYearDays = 3;      // and of the days around the same date last year
    int incidentsPerDay = 30;  // a sample of the ~200 reports a day, each with its whole lifecycle
    int accidentsPerDay = 15;  // accident cases with vehicles and victims
    int violationsPerDay = 40; // tickets and warnings written at the roadside
    int capturesPerDay = 20;   // ETLE captures through the workflow
    int caseDays = 14;         // violations and captures: the days before today (and last year's days)
};

struct HistorySeedResult
{
    bool ok = false;
    bool seeded = false; // false when the store already held a history (nothing was done)
    int changes = 0;
    int units = 0;
    int incidents = 0;
    int accidents = 0;
    int violations = 0;
    int captures = 0;
    QString error;
};

// Seeds the history the supervisors' tools need into a demo store, after the demo seed: incidents (reported,
// dispatched, on scene, cleared and closed, so response and clearance times exist) and accident cases over the
// `weeks` before the demo's 24 hours and the days around the same date last year, violations and ETLE captures
// of the last `caseDays` days and last year's days; yesterday is complete. Places and times come from
// HistoryGenerator (the same seed and now give the same history), so the desk's forecast finds the black spots.
//
// The history's incidents are worked by a roster of its own (a patrol car, a motorcycle and a tow truck per
// Polres, units of the shifts before): each unit's moves must stay in time order, and the demo's units already
// hold the last 24 hours. About 20,000 changes in a few large commits; they leave the outbox at once like the
// demo's (the history stands for what the region already holds; the server gets them on the first connect).
// On a store that holds incidents reported before the demo's 24 hours, nothing is done.
class HistorySeeder
{
    Q_DECLARE_TR_FUNCTIONS(lintas::field::HistorySeeder)

public:
    static HistorySeedResult seed(Store &store, const RoadNetwork &network, const HistorySeedOptions &options);
};

} // namespace lintas::field
