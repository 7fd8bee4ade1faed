#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "analytics/recommender.h"

namespace lintas {

// The words of the dispatch flow that the panel, the map and the picker share, so a unit's ETA reads the same
// everywhere. Translated when asked for (context "DispatchText").
class DispatchText
{
    Q_DECLARE_TR_FUNCTIONS(lintas::DispatchText)

public:
    // "3:12", "1:02:05": a duration in minutes and seconds (hours past an hour).
    static QString clock(qint64 seconds);
    // "ETA 3:12" while `arriveBy` is ahead; "overdue by 0:40" once it has passed.
    static QString countdown(const QDateTime &arriveBy, const QDateTime &now);
    // A road travel time: "4 min", "<1 min". Empty without one: straight-line distance is never a time.
    static QString travelTime(double seconds);
    // "1.8 km", "350 m".
    static QString distance(double meters);
    // What a warning means for the dispatcher: "position 3 min old", "already dispatched elsewhere", …
    static QString warning(analytics::RecommendationWarning warning, qint64 positionAgeS);
};

} // namespace lintas
