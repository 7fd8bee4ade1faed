#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QUuid>

#include "core/incident.h"
#include "core/responsetimes.h"
#include "core/unit.h"
#include "syncstate.h"

namespace lintas {

// A place from the offline gazetteer: a landmark or a named road, with a point to put on the map.
struct Place
{
    enum class Kind { Landmark, Road };
    QString name;      // "Monumen Nasional (Monas)", "Jalan Jenderal Sudirman"
    Kind kind = Kind::Landmark;
    double latitude = 0;
    double longitude = 0;
    QString kecamatan; // where known
};

// Read-only access on a connection of its own. Make one per thread and use it only there (the
// connection is opened in the constructor's thread and closed in the destructor).
class StoreReader
{
public:
    explicit StoreReader(const QString &path);
    ~StoreReader();
    StoreReader(const StoreReader &) = delete;
    StoreReader &operator=(const StoreReader &) = delete;

    bool isOpen() const;
    QString errorString() const;

    QList<Incident> openIncidents() const;         // not closed, newest report first
    QList<Incident> incidentsReportedSince(const QDateTime &since) const;
    std::optional<Incident> incident(const QUuid &id) const;
    QList<Unit> units() const;                      // by callsign
    std::optional<Unit> unit(const QUuid &id) const;
    QList<IncidentNote> notes(const QUuid &incidentId) const;       // oldest first
    QList<Assignment> assignments(const QUuid &incidentId) const;   // by dispatch time
    // The incident's timeline: notes, status changes, dispatches (with the recommendation, its ETA and an
    // override's reason), arrivals (by status or by position), verification, lane changes, lanes cleared and
    // the last unit's departure, oldest first, with who.
    QList<IncidentNote> timeline(const QUuid &incidentId) const;
    // The region's response thresholds; the defaults when none were set.
    ResponseThresholds responseThresholds() const;

    // Offline search, tolerant of case and of the "Jl."/"Jalan" prefix. Prefix match on each word.
    QList<Place> searchPlaces(const QString &text, int limit = 20) const;
    QList<Incident> searchIncidents(const QString &text, int limit = 50) const; // narratives, roads, numbers

    int outboxCount() const;
    int incidentCount() const;
    // The local changes the server refused (the "Needs attention" list), in local order.
    QList<QuarantinedChange> quarantined() const;

private:
    QString m_connectionName;
};

} // namespace lintas
