#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/incident.h"
#include "core/unit.h"

namespace lintas::analytics {

// Where and when the incident is, as far as the ranking cares.
struct IncidentContext
{
    Incident incident;
    bool onTollRoad = false;   // it snapped to a motorway (jalan tol) edge
    bool denseTraffic = false; // peak hour, or a congestion incident: motorcycles get through
    QDateTime now;
};

// One unit with what routing found for it. travelSeconds is empty when the road network could not reach it
// (no position, too far, or a motorcycle with only toll roads between).
struct UnitCandidate
{
    Unit unit;
    std::optional<double> travelSeconds; // over the road network, never straight-line
    double routeMeters = 0.0;
    // The search stopped (the nearest RankingRules::searchUnits were settled) before it reached this unit: it
    // is farther than this many seconds by road, and has no ETA of its own.
    std::optional<double> beyondSeconds;
};

// The rules of the ranking: configuration (resources/catalogues/dispatch-rules.ini), defaults from the issue.
struct RankingRules
{
    qint64 staleAfterS = 120;        // a position older than this is stale
    double stalePenaltyS = 180;      // added to a stale unit's ETA for ranking (and shown as a warning)
    double busyPenaltyS = 600;       // a unit already dispatched elsewhere, offered last with a warning
    double preferredBonusS = 120;    // a unit well suited to the incident type gains this much
    double unsuitablePenaltyS = 900; // a unit not suited (a motorcycle for a tow job) sinks
    // The road search stops once this many units are settled (DispatchAdvisor): the rest are "farther than".
    int searchUnits = 20;
    // Suitability by incident type, road and traffic: rows of (incident type or "*", road "toll"|"any",
    // traffic "dense"|"any", unit kind, "preferred"|"suitable"|"unsuitable"); the first matching row wins.
    struct SuitabilityRow
    {
        QString incidentType;
        bool tollOnly = false;
        bool denseOnly = false;
        UnitKind kind = UnitKind::R4Patrol;
        enum class Fit
        {
            Preferred,
            Suitable,
            Unsuitable
        } fit = Fit::Suitable;
    };
    QList<SuitabilityRow> suitability;

    static const RankingRules &builtIn();
    static std::optional<RankingRules> fromIni(const QByteArray &ini, QString *error = nullptr);
};

// Why a unit sits where it does: the facts a dispatcher reads in one line.
enum class RecommendationWarning
{
    StalePosition,
    AlreadyDispatched,
    NotSuited,
    NoRoute,
    BeyondSearch, // farther by road than the units the search settled; no ETA of its own
};

struct Recommendation
{
    Unit unit;
    int rank = 0;             // 1 = the top recommendation
    double etaSeconds = 0.0;  // travel time by road (without penalties)
    double rankSeconds = 0.0; // what the ranking sorted by (ETA plus penalties minus bonus)
    double routeMeters = 0.0;
    qint64 positionAgeS = -1; // -1: no position time known
    bool stale = false;
    RankingRules::SuitabilityRow::Fit fit = RankingRules::SuitabilityRow::Fit::Suitable;
    QList<RecommendationWarning> warnings;
    bool nearest = false; // its road ETA is the lowest of all units offered (ties included)
    // "4 min · 1.8 km · available · R2 · nearest by road" (translated, context "Recommender"); a stale unit
    // says "position 3 min old"; the top one says "nearest by road", others what puts them lower.
    QString reason;

    // Whether routing reached the unit: without it etaSeconds and routeMeters mean nothing and are not shown.
    bool hasEta() const
    {
        return !warnings.contains(RecommendationWarning::NoRoute) &&
               !warnings.contains(RecommendationWarning::BeyondSearch);
    }
    double beyondSeconds = 0.0; // with BeyondSearch: farther than this by road
};

// Ranks units for an incident: units free to go (available, on patrol) first, then units already dispatched
// elsewhere (with a warning); busy, on scene and out-of-service units are left out. Within a group by ETA
// plus penalties (stale, unsuited) minus the suitability bonus; ties by callsign. Units routing could not
// reach come last, marked NoRoute and never given an ETA. Pure: same input, same order.
// Whether rankUnits offers the unit for the incident at all (the advisor routes only these): available and
// on-patrol units, and units dispatched or en route to another incident.
bool isOffered(const Unit &unit, const QUuid &incidentId);

QList<Recommendation> rankUnits(const IncidentContext &context, const QList<UnitCandidate> &candidates,
                                const RankingRules &rules = RankingRules::builtIn());

// The one-line reason of a recommendation (used by rankUnits; exposed for tests and the language switch):
// ETA and distance by road (when routed), status, kind, then the warnings; the top recommendation adds
// "nearest by road" when it is also the nearest, and a preferred unit that is not says "suited to this
// incident". Numbers follow the default QLocale.
QString reasonText(const Recommendation &recommendation, bool isTop);

} // namespace lintas::analytics
