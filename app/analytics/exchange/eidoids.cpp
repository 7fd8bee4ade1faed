#include "eidoids.h"

#include <QStringList>

namespace lintas::eidoid {

namespace {

QString bare(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// The uuid after `prefix`, up to the next ':' (or the end).
QUuid uuidAfter(const QString &id, QLatin1String prefix)
{
    if (!id.startsWith(prefix))
        return {};
    return QUuid::fromString(id.mid(prefix.size()).section(QLatin1Char(':'), 0, 0));
}

constexpr QLatin1String kIncidentPrefix("urn:emergency:uid:incidentid:");
constexpr QLatin1String kNotePrefix("urn:lintas:note:");
constexpr QLatin1String kTimelinePrefix("urn:lintas:timeline:");
constexpr QLatin1String kAgencyPrefix("urn:lintas:agency:");

// The namespace of name-based ids for foreign EIDO components (a fixed random UUID; never change it, or a
// second import of the same foreign file would no longer find the first).
const QUuid kForeignNamespace = QUuid::fromString(QLatin1String("6f3b0c52-8d1e-4a57-9b0e-2c4f7e1d9a35"));

} // namespace

QString incident(const QUuid &id, const QString &issuer)
{
    return kIncidentPrefix + bare(id) + QLatin1Char(':') + issuer;
}

QString incidentComponent(const QUuid &incidentId)
{
    return QStringLiteral("urn:lintas:incident:") + bare(incidentId);
}

QString location(const QUuid &incidentId)
{
    return QStringLiteral("urn:lintas:location:") + bare(incidentId);
}

QString agency(const QString &stationCode)
{
    return kAgencyPrefix + stationCode;
}

QString agent(const QUuid &unitId)
{
    return QStringLiteral("urn:lintas:agent:") + bare(unitId);
}

QString unit(const QUuid &unitId)
{
    return QStringLiteral("urn:lintas:unit:") + bare(unitId);
}

QString dispatch(const QUuid &unitId, qint64 dispatchedMs)
{
    return QStringLiteral("urn:lintas:dispatch:") + bare(unitId) + QLatin1Char(':') + QString::number(dispatchedMs);
}

QString note(const QUuid &opId)
{
    return kNotePrefix + bare(opId);
}

QString timeline(const QUuid &opId)
{
    return kTimelinePrefix + bare(opId);
}

QUuid incidentFrom(const QString &id)
{
    return uuidAfter(id, kIncidentPrefix);
}

QUuid noteFrom(const QString &id)
{
    return uuidAfter(id, kNotePrefix);
}

QString agencyFrom(const QString &id)
{
    return id.startsWith(kAgencyPrefix) ? id.mid(kAgencyPrefix.size()) : QString();
}

bool isTimeline(const QString &id)
{
    return id.startsWith(kTimelinePrefix);
}

QUuid stableId(const QString &id)
{
    return QUuid::createUuidV5(kForeignNamespace, id);
}

} // namespace lintas::eidoid
