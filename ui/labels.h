#pragma once

#include <QDateTime>
#include <QString>

#include "core/incident.h"
#include "core/unit.h"

namespace lintas {

// The words the screens use for domain values, translated at the moment they are asked for, so a
// language switch shows up on the next repaint (context "Labels").
namespace labels {

QString incidentStatus(IncidentStatus status);
QString unitStatus(UnitStatus status);
QString unitKind(UnitKind kind);
QString priority(Priority priority);           // "P1"
QString priorityMeaning(Priority priority);    // "Emergency"
QString incidentType(const QString &typeCode); // from the catalogue, in the current language
// "12 min", "3 h 05 min", "2 d 4 h"; empty for an invalid time.
QString age(const QDateTime &since, const QDateTime &now);
// "27 Nov 14:05:09 WIB": a full local time for timestamps in Jakarta time.
QString timestamp(const QDateTime &at);
QString clockTime(const QDateTime &at); // "14:05:09 WIB"
// "14:05" today, "26-11 14:05" another day, in Jakarta time, for "synced 14:05"; empty for an invalid time.
QString shortTime(const QDateTime &at);
// clockTime() today, timestamp() another day.
QString recentTime(const QDateTime &at);
// A count in the interface language's digits grouping: "3,400" in English, "3.400" in Indonesian.
QString number(qint64 value);
// The language the user interface shows, "id" or "en".
QString currentLanguage();

} // namespace labels
} // namespace lintas
