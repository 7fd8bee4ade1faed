#pragma once

#include <functional>

#include <QObject>
#include <QString>
#include <QThread>

#include "core/change.h"
#include "core/incident.h"
#include "core/responsetimes.h"
#include "core/unit.h"
#include "store.h"

namespace lintas {

// The GUI thread's handle on the store thread (DESIGN.md section 4).
//
//   GUI thread                     store thread
//   StoreService::submit() ──post──► Store::commitLocal()
//        ▲                                 │
//        └──────── queued signals ◄────────┘  incidentChanged / unitChanged / noteAdded / …
//
// Nothing here blocks the caller: results come back as signals.
class StoreService : public QObject
{
    Q_OBJECT
public:
    explicit StoreService(QString path, QString siteId, QObject *parent = nullptr);
    ~StoreService() override; // stops the thread after the store has closed

    // Starts the thread and opens the store there; emits opened() or openFailed(message).
    void start();
    void stop();
    const QString &path() const { return m_path; }

    // Commits the batch in one transaction on the store thread; emits committed() or rejected().
    void submit(const lintas::ChangeList &changes);
    // Runs job on the store thread with the open store (for the sync session); dropped when the store is
    // not open. The job must not block on anything but the store.
    void post(std::function<void(lintas::Store &)> job);

Q_SIGNALS:
    void opened(lintas::Hlc lastHlc, int outboxCount);
    void openFailed(const QString &message);
    void committed(const QList<QUuid> &incidentIds);
    void rejected(const QString &message);

    // Forwarded from the store, on the GUI thread.
    void incidentChanged(const lintas::Incident &incident);
    void unitChanged(const lintas::Unit &unit);
    void noteAdded(const lintas::IncidentNote &note);
    void assignmentChanged(const lintas::Assignment &assignment);
    void outboxCountChanged(int count);
    void quarantineChanged(int count);
    void incidentRemoved(const QUuid &id);
    void unitRemoved(const QUuid &id);
    // After a commit (local or pulled) that changed the region's response thresholds.
    void responseThresholdsChanged(const lintas::ResponseThresholds &thresholds);
    void caseChanged(const lintas::CaseSummary &summary);
    void caseRemoved(const QUuid &id);
    void articlesChanged();
    void watchHit(const lintas::WatchHit &hit);

private:
    QString m_path;
    QString m_siteId;
    QThread m_thread;
    QObject *m_anchor = nullptr; // lives on m_thread: the context every posted call runs in
    Store *m_store = nullptr;    // lives on m_thread, touched only there
};

// The value types the store's signals carry across threads; StoreService registers them, call it when
// connecting to a Store on another thread by other means.
void registerStoreMetaTypes();

} // namespace lintas
