#include "dashboardrefresher.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "cases/casedesk.h"
#include "store/storeservice.h"

namespace lintas {

DashboardRefresher::DashboardRefresher(CaseDesk *desk, QObject *parent) : QObject(parent), m_desk(desk)
{
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &DashboardRefresher::startComputation);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &DashboardRefresher::storeChanged);
    if (desk) {
        const QString path = desk->storePath();
        m_compute = [path](const analytics::DashboardFilter &filter) { return computeWithQuery(path, filter); };
        // The desk shuts down before the main window's children go: nothing may start after that.
        connect(desk, &QObject::destroyed, this, &DashboardRefresher::stop);
    }
}

DashboardRefresher::~DashboardRefresher()
{
    stop();
}

DashboardRefresher::Result DashboardRefresher::computeWithQuery(const QString &storePath,
                                                                const analytics::DashboardFilter &filter)
{
    // Made here, in the worker thread: its read-only connection lives and dies with this call.
    Result result;
    const analytics::DashboardQuery query(storePath);
    if (!query.isOpen()) {
        result.error = query.openError();
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    result.ok = query.compute(filter, &result.snapshot, &result.error);
    if (result.ok && result.snapshot.computeMs == 0)
        result.snapshot.computeMs = clock.elapsed();
    return result;
}

void DashboardRefresher::setCompute(Compute compute)
{
    m_compute = std::move(compute);
}

void DashboardRefresher::setMinimumInterval(int ms)
{
    m_minimumIntervalMs = std::max(0, ms);
}

void DashboardRefresher::setSelection(const DashboardSelection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    ++m_generation;
    if (m_running)
        refreshNow();
}

analytics::DashboardFilter DashboardRefresher::currentFilter() const
{
    return m_selection.filterAt(m_desk ? m_desk->now() : QDateTime::currentDateTimeUtc());
}

void DashboardRefresher::start()
{
    if (m_running || !m_desk || !m_compute)
        return;
    m_running = true;
    if (StoreService *service = m_desk->service()) {
        const auto changed = [this] { storeChanged(); };
        m_connections << connect(service, &StoreService::incidentChanged, this, changed)
                      << connect(service, &StoreService::incidentRemoved, this, changed)
                      << connect(service, &StoreService::assignmentChanged, this, changed)
                      << connect(service, &StoreService::unitRemoved, this, changed)
                      << connect(service, &StoreService::caseChanged, this, changed)
                      << connect(service, &StoreService::caseRemoved, this, changed)
                      << connect(service, &StoreService::responseThresholdsChanged, this, changed)
                      << connect(service, &StoreService::unitChanged, this, &DashboardRefresher::unitChanged)
                      << connect(service, &QObject::destroyed, this, &DashboardRefresher::stop);
    }
    m_tick.start();
    refreshNow();
}

void DashboardRefresher::stop()
{
    m_running = false;
    m_pending = false;
    m_urgent = false;
    m_coalesce.stop();
    m_tick.stop();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_unitStatus.clear();
}

void DashboardRefresher::unitChanged(const Unit &unit)
{
    // Live positions arrive several times a second; only a new unit or a new status moves a chart.
    const auto known = m_unitStatus.constFind(unit.id);
    if (known != m_unitStatus.cend() && *known == unit.status)
        return;
    m_unitStatus.insert(unit.id, unit.status);
    storeChanged();
}

void DashboardRefresher::storeChanged()
{
    if (!m_running)
        return;
    if (m_inFlight) {
        m_pending = true;
        return;
    }
    schedule();
}

void DashboardRefresher::refreshNow()
{
    if (!m_running)
        return;
    m_coalesce.stop();
    if (m_inFlight) {
        // The result in flight is for the old filter: drop it and start again as soon as it ends.
        ++m_generation;
        m_pending = true;
        m_urgent = true;
        return;
    }
    startComputation();
}

void DashboardRefresher::schedule()
{
    if (m_coalesce.isActive())
        return;
    const qint64 since = m_lastStart.isValid() ? m_lastStart.elapsed() : m_minimumIntervalMs;
    m_coalesce.start(int(std::max<qint64>(0, m_minimumIntervalMs - since)));
}

void DashboardRefresher::startComputation()
{
    if (!m_running || m_inFlight || !m_compute)
        return;
    m_inFlight = true;
    ++m_started;
    m_lastStart.start();
    const quint64 generation = m_generation;
    const analytics::DashboardFilter filter = currentFilter();
    auto *watcher = new QFutureWatcher<Result>(this);
    // The watcher is this object's child: when the refresher goes first, the result is simply never delivered.
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        finished(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([compute = m_compute, filter] { return compute(filter); }));
    Q_EMIT computingChanged(true);
}

void DashboardRefresher::finished(quint64 generation, const Result &result)
{
    m_inFlight = false;
    Q_EMIT computingChanged(false);
    if (!m_running)
        return;
    if (generation == m_generation) {
        if (result.ok)
            Q_EMIT snapshotReady(result.snapshot);
        else
            Q_EMIT failed(result.error);
    }
    if (m_pending) {
        m_pending = false;
        if (m_urgent) {
            m_urgent = false;
            startComputation();
        } else {
            schedule();
        }
    }
}

} // namespace lintas
