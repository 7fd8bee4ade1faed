#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "storereader.h"

namespace lintas {

// The store's tables and their history. The file's PRAGMA user_version is the number of the last migration
// applied; each migration runs in its own transaction together with the bump of user_version, so a crash
// leaves the file at one version or the next, never in between.
//
//   v1  change_log, outbox, incidents, units, notes, assignments, transitions, conflicts (view)
//   v2  meta, places (FTS5 gazetteer), incident_search (FTS5 over number, road, landmark, summary, notes),
//       filled from the rows v1 already holds
//   v3  sync with the server: change_log index by site (a change's local sequence is its rowid), quarantine of
//       refused changes, the sync cursor in meta
//   v4  dispatch: incidents.lanes and last_departed_at, the recommendation on assignments, how a unit move was
//       recorded (source, distance_m on transitions), the settings table (region-wide response thresholds)
//   v5  cases: cases, case_plates, case_search (FTS5), blobs (attachments), articles and article_versions (the
//       catalogue's edits), audit_log (the desk's hash-chained trail); the case and article changes the log
//       already holds are reduced
class Schema
{
public:
    static constexpr int kCurrentVersion = 5;

    // Migrates from the file's version up to `target` (at most kCurrentVersion), one step at a time.
    static bool migrate(const QSqlDatabase &db, int target, QString *error);
    // Loads the built-in gazetteer into `places` when the index holds another edition of it (or none).
    static bool refreshGazetteer(const QSqlDatabase &db, QString *error);
    // The gazetteer compiled into the program (":/gazetteer/landmarks.csv" and "roads.csv").
    static QList<Place> builtInGazetteer(QString *error = nullptr);

    // Writes the search row of one incident (by the incidents table's rowid); throws SqlFailure.
    static void writeIncidentSearchRow(const QSqlDatabase &db, qint64 rowid);
};

} // namespace lintas
