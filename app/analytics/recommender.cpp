#include "analytics/recommender.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QLocale>

namespace lintas::analytics {
namespace {

using Fit = RankingRules::SuitabilityRow::Fit;

// The order groups are offered in; Excluded units are not offered at all.
enum class Group
{
    FreeToGo = 0,
    DispatchedElsewhere = 1,
    Excluded = 2
};

Group groupOf(const Unit &unit, const QUuid &incidentId)
{
    switch (unit.status) {
    case UnitStatus::Available:
    case UnitStatus::OnPatrol:
        return Group::FreeToGo;
    case UnitStatus::Dispatched:
    case UnitStatus::EnRoute:
        // Already sent to this very incident: it is on its way, there is nothing to recommend.
        if (!incidentId.isNull() && unit.incidentId == incidentId)
            return Group::Excluded;
        return Group::DispatchedElsewhere;
    case UnitStatus::OnScene:
    case UnitStatus::Busy:
    case UnitStatus::OutOfService:
        return Group::Excluded;
    }
    return Group::Excluded;
}

Fit fitOf(const IncidentContext &context, UnitKind kind, const RankingRules &rules)
{
    for (const RankingRules::SuitabilityRow &row : rules.suitability) {
        if (row.kind != kind)
            continue;
        if (row.incidentType != QLatin1String("*") && row.incidentType != context.incident.typeCode)
            continue;
        if ((row.tollOnly && !context.onTollRoad) || (row.denseOnly && !context.denseTraffic))
            continue;
        return row.fit;
    }
    return Fit::Suitable;
}

QString statusName(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Available:
        return QCoreApplication::translate("Recommender", "available");
    case UnitStatus::OnPatrol:
        return QCoreApplication::translate("Recommender", "on patrol");
    case UnitStatus::Dispatched:
        return QCoreApplication::translate("Recommender", "dispatched");
    case UnitStatus::EnRoute:
        return QCoreApplication::translate("Recommender", "en route");
    case UnitStatus::OnScene:
        return QCoreApplication::translate("Recommender", "on scene");
    case UnitStatus::Busy:
        return QCoreApplication::translate("Recommender", "busy");
    case UnitStatus::OutOfService:
        return QCoreApplication::translate("Recommender", "out of service");
    }
    return {};
}

QString kindName(UnitKind kind)
{
    switch (kind) {
    case UnitKind::R2Patrol:
        return QCoreApplication::translate("Recommender", "R2");
    case UnitKind::R4Patrol:
        return QCoreApplication::translate("Recommender", "R4");
    case UnitKind::HighwayPatrol:
        return QCoreApplication::translate("Recommender", "PJR");
    case UnitKind::TowTruck:
        return QCoreApplication::translate("Recommender", "tow truck");
    case UnitKind::Ambulance:
        return QCoreApplication::translate("Recommender", "ambulance");
    }
    return {};
}

QString etaText(double seconds)
{
    if (seconds < 60.0)
        return QCoreApplication::translate("Recommender", "<1 min");
    return QCoreApplication::translate("Recommender", "%1 min").arg(qRound(seconds / 60.0));
}

QString distanceText(double meters)
{
    const QLocale locale;
    const int tensOfMeters = qRound(meters / 10.0) * 10; // closer than that says nothing at a glance
    if (tensOfMeters < 1000)
        return QCoreApplication::translate("Recommender", "%1 m").arg(locale.toString(tensOfMeters));
    return QCoreApplication::translate("Recommender", "%1 km").arg(locale.toString(meters / 1000.0, 'f', 1));
}

// What the ranking sorts by, and the facts it sorts on.
struct Ranked
{
    Recommendation recommendation;
    Group group = Group::FreeToGo;
};

int fitOrder(Fit fit)
{
    switch (fit) {
    case Fit::Preferred:
        return 0;
    case Fit::Suitable:
        return 1;
    case Fit::Unsuitable:
        return 2;
    }
    return 1;
}

bool rankedBefore(const Ranked &a, const Ranked &b)
{
    const Recommendation &ra = a.recommendation;
    const Recommendation &rb = b.recommendation;
    // Units the roads reach first; those without a road ETA cannot be compared by time at all.
    if (ra.hasEta() != rb.hasEta())
        return ra.hasEta();
    if (a.group != b.group)
        return a.group < b.group;
    if (ra.hasEta()) {
        if (ra.rankSeconds != rb.rankSeconds)
            return ra.rankSeconds < rb.rankSeconds;
    } else if (ra.fit != rb.fit) {
        return fitOrder(ra.fit) < fitOrder(rb.fit);
    }
    if (ra.unit.callsign != rb.unit.callsign)
        return ra.unit.callsign < rb.unit.callsign;
    // Same callsign twice is a data error, but the order must still not depend on the input's.
    return ra.unit.id.toString() < rb.unit.id.toString();
}

} // namespace

bool isOffered(const Unit &unit, const QUuid &incidentId)
{
    return groupOf(unit, incidentId) != Group::Excluded;
}

QList<Recommendation> rankUnits(const IncidentContext &context, const QList<UnitCandidate> &candidates,
                                const RankingRules &rules)
{
    QList<Ranked> ranked;
    ranked.reserve(candidates.size());
    for (const UnitCandidate &candidate : candidates) {
        const Group group = groupOf(candidate.unit, context.incident.id);
        if (group == Group::Excluded)
            continue;
        Ranked entry;
        entry.group = group;
        Recommendation &r = entry.recommendation;
        r.unit = candidate.unit;
        r.fit = fitOf(context, candidate.unit.kind, rules);

        if (candidate.unit.hasPosition()) {
            if (candidate.unit.positionAt.isValid() && context.now.isValid()) {
                // A clock a little ahead on the unit's side must not make a position younger than zero.
                r.positionAgeS = std::max<qint64>(0, candidate.unit.positionAt.secsTo(context.now));
                r.stale = r.positionAgeS > rules.staleAfterS;
            } else {
                // A position without a time cannot be trusted to be current.
                r.stale = true;
            }
        }
        if (r.stale)
            r.warnings.append(RecommendationWarning::StalePosition);
        if (group == Group::DispatchedElsewhere)
            r.warnings.append(RecommendationWarning::AlreadyDispatched);
        if (r.fit == Fit::Unsuitable)
            r.warnings.append(RecommendationWarning::NotSuited);

        if (candidate.travelSeconds && std::isfinite(*candidate.travelSeconds)) {
            r.etaSeconds = *candidate.travelSeconds;
            r.routeMeters = candidate.routeMeters;
            double rankSeconds = r.etaSeconds;
            if (r.stale)
                rankSeconds += rules.stalePenaltyS;
            if (group == Group::DispatchedElsewhere)
                rankSeconds += rules.busyPenaltyS;
            if (r.fit == Fit::Unsuitable)
                rankSeconds += rules.unsuitablePenaltyS;
            else if (r.fit == Fit::Preferred)
                rankSeconds -= rules.preferredBonusS;
            r.rankSeconds = rankSeconds;
        } else if (candidate.beyondSeconds) {
            r.warnings.append(RecommendationWarning::BeyondSearch);
            r.beyondSeconds = *candidate.beyondSeconds;
            r.rankSeconds = std::numeric_limits<double>::infinity();
        } else {
            r.warnings.append(RecommendationWarning::NoRoute);
            r.rankSeconds = std::numeric_limits<double>::infinity();
        }
        ranked.append(entry);
    }

    std::sort(ranked.begin(), ranked.end(), rankedBefore);

    double fastest = std::numeric_limits<double>::infinity();
    for (const Ranked &entry : std::as_const(ranked))
        if (entry.recommendation.hasEta())
            fastest = std::min(fastest, entry.recommendation.etaSeconds);

    QList<Recommendation> result;
    result.reserve(ranked.size());
    for (Ranked &entry : ranked) {
        Recommendation &r = entry.recommendation;
        r.rank = int(result.size()) + 1;
        r.nearest = r.hasEta() && r.etaSeconds <= fastest;
        r.reason = reasonText(r, r.rank == 1);
        result.append(r);
    }
    return result;
}

QString reasonText(const Recommendation &recommendation, bool isTop)
{
    const Recommendation &r = recommendation;
    QStringList parts;
    if (r.hasEta()) {
        parts << etaText(r.etaSeconds) << distanceText(r.routeMeters);
    }
    parts << statusName(r.unit.status) << kindName(r.unit.kind);

    for (const RecommendationWarning warning : r.warnings) {
        switch (warning) {
        case RecommendationWarning::StalePosition:
            if (r.positionAgeS >= 0)
                parts << QCoreApplication::translate("Recommender", "position %1 min old")
                             .arg(std::max<qint64>(1, r.positionAgeS / 60));
            else
                parts << QCoreApplication::translate("Recommender", "position time unknown");
            break;
        case RecommendationWarning::AlreadyDispatched:
            parts << QCoreApplication::translate("Recommender", "already dispatched to another incident");
            break;
        case RecommendationWarning::NotSuited:
            parts << QCoreApplication::translate("Recommender", "not suited to this incident");
            break;
        case RecommendationWarning::NoRoute:
            parts << (r.unit.hasPosition() ? QCoreApplication::translate("Recommender", "no road route")
                                           : QCoreApplication::translate("Recommender", "no position"));
            break;
        case RecommendationWarning::BeyondSearch:
            parts << QCoreApplication::translate("Recommender", "more than %1 by road").arg(etaText(r.beyondSeconds));
            break;
        }
    }

    if (isTop && r.nearest)
        parts << QCoreApplication::translate("Recommender", "nearest by road");
    else if (r.fit == Fit::Preferred && r.hasEta())
        parts << QCoreApplication::translate("Recommender", "suited to this incident");
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace lintas::analytics
