#pragma once

#include <memory>

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include "casereader.h"
#include "casereducer.h"
#include "core/cases.h"
#include "core/change.h"
#include "core/incident.h"
#include "core/unit.h"

namespace lintas {

// The one reducer (DESIGN.md section 3): applies a change to the tables the UI reads. Local and remote
// changes take the same path, and the tables depend only on the set of changes applied, never on their order:
//
//   Create/Set   plain fields, last writer wins per field by (hlc, site, op); each row keeps the stamp of
//                every field's writer in field_clocks
//   Note         append-only row keyed by op_id
//   Dispatch     append-only assignment row keyed by op_id (with the recommendation it followed or overrode);
//                arrived_at/cleared_at derived from the unit's transitions, and the incident's last_departed_at
//                from its assignments
//   Setting      Create/Set only: plain fields of the settings table, last writer wins per field
//   Transition   kept as a row; the record's status is the replay of all its transitions in (hlc, site, op)
//                order from the initial status, each applied only when legal there, the rest marked conflicts
//   Case         every change of the case folded again (CaseReducer, casefold.h); Article likewise replayed
//
// A plate on the watch list that turns up in a case or an incident the batch touched, where that record did not
// name it before, is a watch hit (cases: their plates; incidents: plates in the road, landmark, summary and
// notes text the batch added).
//
// Runs inside the caller's transaction; statements are prepared once per connection. Failures throw
// SqlFailure. No state survives between batches except the prepared statements, so the reducer may share its
// file with other connections. Within a batch it remembers the field clocks it wrote (it is the only writer
// while the transaction is open), so a record edited twice in one batch is read once.
class Reducer
{
public:
    // What a batch changed, for the notifications after COMMIT.
    struct Effects
    {
        QList<QUuid> incidents; // in the order first touched
        QList<QUuid> units;
        QList<IncidentNote> notes;
        QList<QUuid> assignments; // assignment op ids whose row is new or changed
        QList<QUuid> settings;    // setting records a field of which changed
        // The touched records that have their Create, as finish() read them (the batch's final state): the
        // notifications need no second read of the rows.
        QList<Incident> incidentRecords;
        QList<Unit> unitRecords;
        QList<CaseSummary> cases;  // created cases the batch touched, after the batch
        QList<QUuid> removedCases; // cases that lost their Create (none of their changes creates them any more)
        bool articlesChanged = false;
        QList<WatchHit> watchHits;
    };

    explicit Reducer(QString connectionName);
    ~Reducer();
    Reducer(const Reducer &) = delete;
    Reducer &operator=(const Reducer &) = delete;

    // The change must not be in the log yet (the caller logs it in the same transaction).
    void apply(const Change &change);
    // Derived assignment times, search rows and the records of everything the batch touched. Call before COMMIT.
    void finish();
    Effects takeEffects();

private:
    struct Cache;

    QSqlQuery &query(const QString &sql);
    QSqlQuery &fieldQuery(EntityKind entity, quint32 columns, bool insert, bool create);
    void applyFields(const Change &change);
    void applyTransition(const Change &change);
    void applyNote(const Change &change);
    void applyDispatch(const Change &change);
    void ensureRow(EntityKind entity, const QString &id);
    void replay(EntityKind entity, const QString &id);
    void deriveAssignments(const QString &unitId);
    void deriveDepartures();
    void writeSearchRow(const QString &incidentId);
    void writeSearchRow(qint64 rowid, const Incident &incident, const QString &notes);
    void readRecords();
    void touchIncident(const QUuid &id);
    void touchUnit(const QUuid &id);
    void notePlatesOfIncident(const Change &change);
    void addIncidentWatchCandidates();

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
    QHash<quint64, QSqlQuery> m_fieldQueries; // by entity, written columns and statement shape
    std::unique_ptr<Cache> m_cache;           // the batch's field clocks; cleared by takeEffects()
    Effects m_effects;
    QSet<QUuid> m_touchedIncidents;
    QSet<QUuid> m_touchedUnits;
    QSet<QString> m_assignmentUnits; // units whose assignments need their times derived again
    QSet<QString> m_searchDirty;     // incidents whose search row is stale
    QSet<QString> m_departureDirty;  // incidents whose assignments changed: last_departed_at to derive again
    std::unique_ptr<CaseReducer> m_cases;
    // Incidents whose added text names plates: the plates their text named before the batch, and the new ones.
    QHash<QUuid, QStringList> m_incidentPlatesBefore;
    QHash<QUuid, QStringList> m_incidentPlatesAdded;
};

} // namespace lintas
