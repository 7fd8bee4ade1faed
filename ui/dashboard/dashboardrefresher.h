#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include "analytics/dashboardstats.h"
#include "core/unit.h"
#include "dashboard/dashboardselection.h"

namespace lintas {

class CaseDesk;

// Keeps the dashboard's snapshot current without ever computing on the GUI thread or once per change.
//
//   StoreService ── incidentChanged / unitChanged (status) / assignmentChanged / caseChanged / … ──┐
//   60 s tick (ages, "now") ──────────────────────────────────────────────────────────────────────┤
//                                                                                                  ▼
//   storeChanged(): in flight? ── yes ─► remember one more (however many changes arrive)
//                   └─ no ─► start when the last start is at least minimumInterval (3 s) old
//   worker pool: compute(filter) (a DashboardQuery made in the worker thread) ─► queued back ─► snapshotReady
//
//   setSelection / refreshNow: at once (or right after the computation in flight, whose result is dropped).
//   stop(): no more computations; the one in flight finishes on the pool and its result is dropped. The job owns
//   copies of everything it reads (store path, filter), so the refresher may go away before it ends.
class DashboardRefresher : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        analytics::DashboardSnapshot snapshot;
        QString error;
    };
    // Runs on a worker thread: must not touch widgets or the refresher.
    using Compute = std::function<Result(const analytics::DashboardFilter &filter)>;

    static constexpr int kMinimumIntervalMs = 3000;
    static constexpr int kTickMs = 60 * 1000;

    // desk may be null: the refresher then never computes (a window that only shows given snapshots).
    explicit DashboardRefresher(CaseDesk *desk, QObject *parent = nullptr);
    ~DashboardRefresher() override;

    // The computation on the worker (default: DashboardQuery::compute on the desk's store).
    void setCompute(Compute compute);
    void setMinimumInterval(int ms);
    int minimumInterval() const { return m_minimumIntervalMs; }

    void setSelection(const DashboardSelection &selection); // refreshes at once when running
    const DashboardSelection &selection() const { return m_selection; }
    // The filter the next computation uses (the selection at the desk's "now").
    analytics::DashboardFilter currentFilter() const;

    // Listens to the store and computes a first snapshot at once.
    void start();
    // Stops listening and ticking; a computation in flight still ends on the pool but delivers nothing.
    void stop();
    bool isRunning() const { return m_running; }
    bool isComputing() const { return m_inFlight; }
    // How many computations were started since construction (tests count refreshes through it).
    int computationsStarted() const { return m_started; }

public Q_SLOTS:
    // Something in the store changed: refresh soon, coalesced.
    void storeChanged();
    // Refresh at once (the filters changed, or the user asked).
    void refreshNow();

Q_SIGNALS:
    void snapshotReady(const lintas::analytics::DashboardSnapshot &snapshot);
    void failed(const QString &message);
    void computingChanged(bool computing);

private:
    void schedule();
    void startComputation();
    void finished(quint64 generation, const Result &result);
    void unitChanged(const Unit &unit);
    static Result computeWithQuery(const QString &storePath, const analytics::DashboardFilter &filter);

    QPointer<CaseDesk> m_desk;
    Compute m_compute;
    DashboardSelection m_selection;
    QTimer m_coalesce; // single shot: the next start, no sooner than minimumInterval after the last
    QTimer m_tick;
    QElapsedTimer m_lastStart;
    QList<QMetaObject::Connection> m_connections;
    QHash<QUuid, UnitStatus> m_unitStatus; // a unit's move is not a change of the figures; its status is
    int m_minimumIntervalMs = kMinimumIntervalMs;
    int m_started = 0;
    quint64 m_generation = 0; // bumped when the filter changes: an older result is dropped
    bool m_running = false;
    bool m_inFlight = false;
    bool m_pending = false; // a change arrived during the computation: exactly one more
    bool m_urgent = false;  // ... and it should start as soon as the one in flight ends
};

} // namespace lintas
