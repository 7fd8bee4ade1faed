#include "cases/watchhittext.h"

#include <QCoreApplication>

#include "labels.h"

namespace lintas::watchhittext {

QString sourceKind(const QString &kind)
{
    if (kind == QLatin1String("etle"))
        return QCoreApplication::translate("WatchHitText", "ETLE capture");
    if (kind == QLatin1String("violation"))
        return QCoreApplication::translate("WatchHitText", "violation");
    if (kind == QLatin1String("accident"))
        return QCoreApplication::translate("WatchHitText", "accident report");
    if (kind == QLatin1String("incident"))
        return QCoreApplication::translate("WatchHitText", "incident");
    return kind;
}

QString watchHitSentence(const WatchHit &hit)
{
    // The source named by its number when it has one yet ("ETLE capture ETLE-PMJ-…").
    const QString source = hit.sourceNumber.isEmpty()
                               ? sourceKind(hit.sourceKind)
                               : QStringLiteral("%1 %2").arg(sourceKind(hit.sourceKind), hit.sourceNumber);
    const QString when = labels::timestamp(hit.at);
    // Whole sentences per case, so a translation can order its words freely.
    if (!hit.place.isEmpty() && !when.isEmpty())
        return QCoreApplication::translate("WatchHitText", "Watch list: %1 (%2, reported stolen) seen in %3 at %4, %5")
            .arg(hit.plate, hit.watchNumber, source, hit.place, when);
    if (!hit.place.isEmpty())
        return QCoreApplication::translate("WatchHitText", "Watch list: %1 (%2, reported stolen) seen in %3 at %4")
            .arg(hit.plate, hit.watchNumber, source, hit.place);
    if (!when.isEmpty())
        return QCoreApplication::translate("WatchHitText", "Watch list: %1 (%2, reported stolen) seen in %3, %4")
            .arg(hit.plate, hit.watchNumber, source, when);
    return QCoreApplication::translate("WatchHitText", "Watch list: %1 (%2, reported stolen) seen in %3")
        .arg(hit.plate, hit.watchNumber, source);
}

} // namespace lintas::watchhittext
