#include "timers/positionage.h"

#include <QCoreApplication>

#include "analytics/recommender.h"
#include "labels.h"
#include "timers/timertext.h"

namespace lintas::positionage {

qint64 staleAfterS()
{
    return analytics::RankingRules::builtIn().staleAfterS;
}

qint64 ageSeconds(const Unit &unit, const QDateTime &now)
{
    if (!unit.hasPosition() || !unit.positionAt.isValid())
        return -1;
    return qMax<qint64>(0, unit.positionAt.secsTo(now));
}

bool isStale(const Unit &unit, const QDateTime &now)
{
    if (!unit.hasPosition())
        return false;
    const qint64 age = ageSeconds(unit, now);
    return age < 0 || age > staleAfterS();
}

QString ageText(qint64 ageS)
{
    if (ageS < 0)
        return QCoreApplication::translate("PositionAge", "time unknown");
    if (ageS < 60)
        return QCoreApplication::translate("PositionAge", "%1 s ago").arg(ageS);
    const qint64 minutes = ageS / 60;
    if (minutes < 60)
        return QCoreApplication::translate("PositionAge", "%1 min ago").arg(minutes);
    if (minutes < 24 * 60)
        return QCoreApplication::translate("PositionAge", "%1 h %2 min ago")
            .arg(minutes / 60)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("PositionAge", "%1 d ago").arg(minutes / (24 * 60));
}

QString staleExplanation(const Unit &unit, const QDateTime &now)
{
    const qint64 age = ageSeconds(unit, now);
    const QString limit = timertext::limit(staleAfterS());
    if (age < 0)
        return QCoreApplication::translate("PositionAge",
                                           "%1: the time of the last position is unknown; the unit may be elsewhere. "
                                           "Recommendations rank it with a penalty.")
            .arg(unit.callsign);
    return QCoreApplication::translate("PositionAge",
                                       "%1: last position %2, %3 — older than %4, the unit may have moved. "
                                       "Recommendations rank it with a penalty.")
        .arg(unit.callsign, labels::recentTime(unit.positionAt), ageText(age), limit);
}

} // namespace lintas::positionage
