#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "core/incident.h"

namespace lintas {

// An OASIS CAP 1.2 alert for a road closure or hazard, for partners and public warning channels:
//
//   alert ─ identifier, sender, sent (WIB, "+07:00", no fraction), Actual, Alert, Public, incidents
//         ├ info id-ID ─ Transport, event, Avoid, urgency/severity/certainty (from the priority and whether
//         │              the incident was verified), headline, description, instruction, web, area
//         └ info en-US ─ the same in English
//   area ─ areaDesc "road, kecamatan" and circle "lat,lon radius-km"
//
// Both languages are written whatever the desk's language, so their texts are fixed here, not translated.
class CapAlert
{
public:
    struct Options
    {
        QString sender;            // empty: "lintas.<polda>" of the incident's station, lower case
        QDateTime sent;            // empty: now
        QString web;               // optional: a page about the closure
        int expiresAfterHours = 3; // 0: no expiry
    };

    // Road closures and hazards: lanes blocked (any type), flooding, demonstrations, road damage.
    static bool isAlertable(const Incident &incident);
    // Why an incident is not alertable, translated; empty when it is.
    static QString refusal(const Incident &incident);
    // The alert document (UTF-8). The incident must be alertable and have a position.
    static QByteArray xml(const Incident &incident, const Options &options);
    // The radius of the area, km: wider for a flood or a demonstration than for a closed lane.
    static double radiusKm(const Incident &incident);
};

} // namespace lintas
