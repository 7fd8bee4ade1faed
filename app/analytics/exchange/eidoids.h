#pragma once

#include <QString>
#include <QUuid>

namespace lintas {

// The `$id` of every EIDO data component Lintas writes, derived from the ids of the records behind it, so
// that an import (here or at a partner) finds the same records again:
//
//   the EIDO (incident)   urn:emergency:uid:incidentid:<incident uuid>:<issuer>   (NENA-STA-010 form)
//   incident component    urn:lintas:incident:<incident uuid>
//   location              urn:lintas:location:<incident uuid>
//   agency                urn:lintas:agency:<station code>                         (Polres, Polda)
//   agent / resource      urn:lintas:agent:<unit uuid>, urn:lintas:unit:<unit uuid>
//   dispatch              urn:lintas:dispatch:<unit uuid>:<dispatch time, UTC ms>
//   note / timeline line  urn:lintas:note:<op uuid>, urn:lintas:timeline:<op uuid>[:<n>-th line of that op]
namespace eidoid {

inline constexpr char kIssuer[] = "lintas";

QString incident(const QUuid &id, const QString &issuer = QLatin1String(kIssuer));
QString incidentComponent(const QUuid &incidentId);
QString location(const QUuid &incidentId);
QString agency(const QString &stationCode);
QString agent(const QUuid &unitId);
QString unit(const QUuid &unitId);
QString dispatch(const QUuid &unitId, qint64 dispatchedMs);
QString note(const QUuid &opId);
QString timeline(const QUuid &opId);

// The record id inside a Lintas `$id` of that kind; null when the text is not one. For an EIDO from another
// system, stableId gives a UUID that is always the same for the same `$id` (name-based, SHA-1).
QUuid incidentFrom(const QString &id);
QUuid noteFrom(const QString &id);
QString agencyFrom(const QString &id); // the station code, or empty
bool isTimeline(const QString &id);
QUuid stableId(const QString &id);

} // namespace eidoid

} // namespace lintas
