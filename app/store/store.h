#pragma once

#include <QObject>
#include <QString>
#include <QUuid>

#include "casereader.h"
#include "core/cases.h"
#include "core/change.h"
#include "core/incident.h"
#include "core/responsetimes.h"
#include "core/unit.h"
#include "syncstate.h"

namespace lintas {

struct CommitResult
{
    bool ok = false;
    QString error;            // why the whole batch was refused (translated, names the change)
    QList<QUuid> incidentIds; // incidents the batch created or touched, for the caller to select
};

// The one writer. Lives on the store thread (see StoreService); every mutation goes through
// commitLocal() or applyRemote(), both of which append to the change log and run the one reducer.
//
//   commitLocal(changes)                       applyRemote(changes)
//     └ BEGIN IMMEDIATE                          └ BEGIN IMMEDIATE
//       number new incidents and cases             skip changes already in the log
//       check every transition is legal            log + reduce (illegal → conflict row; a case change that
//       (a case change: the fold's rules)            breaks the fold's rules → a conflict of the case)
//       log + reduce + outbox + audit entry        COMMIT
//       COMMIT                                   └ notify
//     └ notify (value structs, queued to the GUI)
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(QString path, QString siteId, QObject *parent = nullptr);
    ~Store() override;

    // Opens or creates the file, migrates it to the current schema and checks it. On failure the
    // message names the file and what failed; nothing is created over a damaged file.
    bool open(QString *error);
    void close();
    // Stores up to this size get SQLite's full integrity check at open (default 64 MiB). A larger store that
    // was closed cleanly gets a truncation check only, and the quick check after a crash.
    void setFullCheckLimit(qint64 bytes);
    const QString &path() const { return m_path; }
    const QString &siteId() const { return m_siteId; }

    CommitResult commitLocal(const lintas::ChangeList &changes);
    CommitResult applyRemote(const lintas::ChangeList &changes);

    // The server holds these changes now: they leave the outbox (the change log keeps them).
    bool acknowledgePushed(const QList<QUuid> &opIds);
    int outboxCount() const;
    Hlc lastHlc() const; // the newest clock reading in the log, to restore the desk's clock

    // Sync with the regional server (app/sync drives these on the store thread).
    SyncCursor syncCursor() const;
    quint64 localHead() const; // the newest local sequence of this site's changes (0 when none)
    // The local sequence of the oldest change still in the outbox (0 when empty): a push whose PUSH_ACK was
    // lost leaves changes at or below the server's high-water mark in the outbox, so pushing resumes from here
    // when that is lower (the server answers them duplicate, or refuses them again).
    quint64 oldestOutboxSeq() const;
    // This site's changes after a local sequence, in order, whether or not already acknowledged: after a
    // WELCOME, everything after the server's high-water mark is pushed again. At most `limit` changes and about
    // 1.5 MiB of change data (attachments ride in their changes); the first change goes whatever its size.
    QList<OutgoingChange> changesToPush(quint64 afterLocalSeq, int limit) const;
    // Changes pulled from the server: skipped when already in the log, otherwise logged and reduced like
    // applyRemote; the new cursor is written in the same transaction. The echo of one of this site's changes
    // that is still in the outbox takes it out of the outbox (the server holds it).
    CommitResult applyPulled(const lintas::ChangeList &changes, const lintas::SyncCursor &cursor);
    // The server answered a push: accepted (and duplicate) changes leave the outbox; rejected ones leave the
    // outbox and the change log for the quarantine, and the entities they touched are rebuilt from the
    // changes that remain. One transaction.
    bool recordPushResults(const QList<QUuid> &accepted, const QList<lintas::QuarantinedChange> &rejected);
    // RESYNC_REQUIRED or a new server epoch: forget the cursor (the outbox stays) so everything is pulled again.
    bool resetSyncCursor(const QString &epoch);
    bool setLastSync(qint64 ms);
    QList<QuarantinedChange> quarantined() const;

    // A supervisor signed a report off (the daily report's PDF): one entry of the desk's hash-chained audit trail,
    // action "report_signed", entity "report", entity_id = signOff.reportId, detail "<reportId> <language>
    // sha256=<64 hex> <file name>", in its own transaction (no change, nothing to push). False with *error set
    // (translated) when the sign-off is incomplete (no report id, a hash that is not 32 bytes, no actor) or the
    // write failed.
    bool recordReportSignOff(const lintas::ReportSignOff &signOff, QString *error);

Q_SIGNALS:
    void incidentChanged(const lintas::Incident &incident);
    void unitChanged(const lintas::Unit &unit);
    void noteAdded(const lintas::IncidentNote &note);
    void assignmentChanged(const lintas::Assignment &assignment);
    void outboxCountChanged(int count);
    void quarantineChanged(int count);
    // A record whose Create the server refused is gone again (recordPushResults rebuilt it from the changes
    // that remain, and none creates it): views drop it.
    void incidentRemoved(const QUuid &id);
    void unitRemoved(const QUuid &id);
    // After a commit (local or pulled) that changed the region's response thresholds.
    void responseThresholdsChanged(const lintas::ResponseThresholds &thresholds);
    // Cases: a case the batch touched (its summary after the batch), and a case whose Create was refused.
    void caseChanged(const lintas::CaseSummary &summary);
    void caseRemoved(const QUuid &id);
    // The article catalogue changed (a supervisor's edit, local or pulled).
    void articlesChanged();
    // A watch-listed plate appeared in a case or incident this batch created or whose plates it changed (local
    // or pulled: every desk of the region raises it once, when the change reaches it).
    void watchHit(const lintas::WatchHit &hit);

private:
    class Private;
    QString m_path;
    QString m_siteId;
    qint64 m_fullCheckLimit = 64 * 1024 * 1024;
    Private *d = nullptr;
};

// For the "start on a fresh file" offer after open() failed: renames the file, and its -wal and -shm beside it,
// to "<name>.damaged-<yyyyMMdd-HHmmss>" (the damaged data stays for whoever investigates). Returns the new
// path of the store file, or an empty string with *error set (translated) when it could not be moved.
QString moveDamagedStoreAside(const QString &path, QString *error = nullptr);

} // namespace lintas
