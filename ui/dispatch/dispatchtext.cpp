#include "dispatch/dispatchtext.h"

#include <cmath>

namespace lintas {

QString DispatchText::clock(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

QString DispatchText::countdown(const QDateTime &arriveBy, const QDateTime &now)
{
    if (!arriveBy.isValid() || !now.isValid())
        return {};
    const qint64 left = now.secsTo(arriveBy);
    if (left >= 0)
        return tr("ETA %1").arg(clock(left));
    return tr("overdue by %1").arg(clock(-left));
}

QString DispatchText::travelTime(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return {};
    if (seconds < 60)
        return tr("<1 min");
    return tr("%1 min").arg(qRound(seconds / 60.0));
}

QString DispatchText::distance(double meters)
{
    if (!std::isfinite(meters) || meters <= 0)
        return {};
    if (meters < 1000)
        return tr("%1 m").arg(qRound(meters / 10.0) * 10);
    return tr("%1 km").arg(meters / 1000.0, 0, 'f', 1);
}

QString DispatchText::warning(analytics::RecommendationWarning warning, qint64 positionAgeS)
{
    switch (warning) {
    case analytics::RecommendationWarning::StalePosition:
        if (positionAgeS >= 0)
            return tr("position %1 min old").arg(std::max<qint64>(1, positionAgeS / 60));
        return tr("position age unknown");
    case analytics::RecommendationWarning::AlreadyDispatched:
        return tr("already dispatched elsewhere");
    case analytics::RecommendationWarning::NotSuited:
        return tr("not suited to this incident");
    case analytics::RecommendationWarning::NoRoute:
        return tr("no road route");
    case analytics::RecommendationWarning::BeyondSearch:
        return tr("farther by road than the nearest units");
    }
    return {};
}

} // namespace lintas
