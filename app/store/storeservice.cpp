#include "storeservice.h"

#include "storelog.h"

namespace lintas {

void registerStoreMetaTypes()
{
    qRegisterMetaType<lintas::Change>();
    qRegisterMetaType<lintas::ChangeList>();
    qRegisterMetaType<lintas::Incident>();
    qRegisterMetaType<lintas::Unit>();
    qRegisterMetaType<lintas::IncidentNote>();
    qRegisterMetaType<lintas::Assignment>();
    qRegisterMetaType<lintas::Hlc>();
    qRegisterMetaType<QList<QUuid>>();
    qRegisterMetaType<lintas::QuarantinedChange>();
    qRegisterMetaType<QList<lintas::QuarantinedChange>>();
    qRegisterMetaType<lintas::ResponseThresholds>();
    qRegisterMetaType<lintas::CaseSummary>();
    qRegisterMetaType<lintas::WatchHit>();
}

StoreService::StoreService(QString path, QString siteId, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_siteId(std::move(siteId))
{
    registerStoreMetaTypes();
    m_thread.setObjectName(QStringLiteral("lintas-store"));
}

StoreService::~StoreService()
{
    stop();
}

void StoreService::start()
{
    if (m_thread.isRunning())
        return;
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            // Created here so that the store's connection is opened in, and belongs to, the store thread.
            m_store = new Store(m_path, m_siteId);
            // Store signals are emitted on the store thread; queued to `this`, they arrive on the GUI thread.
            connect(m_store, &Store::incidentChanged, this, &StoreService::incidentChanged, Qt::QueuedConnection);
            connect(m_store, &Store::unitChanged, this, &StoreService::unitChanged, Qt::QueuedConnection);
            connect(m_store, &Store::noteAdded, this, &StoreService::noteAdded, Qt::QueuedConnection);
            connect(m_store, &Store::assignmentChanged, this, &StoreService::assignmentChanged, Qt::QueuedConnection);
            connect(m_store, &Store::outboxCountChanged, this, &StoreService::outboxCountChanged, Qt::QueuedConnection);
            connect(m_store, &Store::quarantineChanged, this, &StoreService::quarantineChanged, Qt::QueuedConnection);
            connect(m_store, &Store::incidentRemoved, this, &StoreService::incidentRemoved, Qt::QueuedConnection);
            connect(m_store, &Store::unitRemoved, this, &StoreService::unitRemoved, Qt::QueuedConnection);
            connect(m_store, &Store::responseThresholdsChanged, this, &StoreService::responseThresholdsChanged,
                    Qt::QueuedConnection);
            connect(m_store, &Store::caseChanged, this, &StoreService::caseChanged, Qt::QueuedConnection);
            connect(m_store, &Store::caseRemoved, this, &StoreService::caseRemoved, Qt::QueuedConnection);
            connect(m_store, &Store::articlesChanged, this, &StoreService::articlesChanged, Qt::QueuedConnection);
            connect(m_store, &Store::watchHit, this, &StoreService::watchHit, Qt::QueuedConnection);
            QString error;
            if (!m_store->open(&error)) {
                delete m_store;
                m_store = nullptr;
                QMetaObject::invokeMethod(
                    this, [this, error] { Q_EMIT openFailed(error); }, Qt::QueuedConnection);
                return;
            }
            const Hlc last = m_store->lastHlc();
            const int outbox = m_store->outboxCount();
            QMetaObject::invokeMethod(
                this, [this, last, outbox] { Q_EMIT opened(last, outbox); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StoreService::stop()
{
    if (!m_thread.isRunning())
        return;
    // Runs after every submit posted before it; the thread ends its own loop once the store is closed.
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            if (m_store) {
                m_store->close();
                delete m_store;
                m_store = nullptr;
            }
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_anchor;
    m_anchor = nullptr;
}

void StoreService::submit(const ChangeList &changes)
{
    if (!m_anchor) {
        qCWarning(lcStore) << "submit before start: dropped" << changes.size() << "changes";
        Q_EMIT rejected(tr("The store is not open."));
        return;
    }
    QMetaObject::invokeMethod(
        m_anchor,
        [this, changes] {
            if (!m_store) {
                QMetaObject::invokeMethod(
                    this, [this] { Q_EMIT rejected(tr("The store is not open.")); }, Qt::QueuedConnection);
                return;
            }
            const CommitResult result = m_store->commitLocal(changes);
            QMetaObject::invokeMethod(
                this,
                [this, result] {
                    if (result.ok)
                        Q_EMIT committed(result.incidentIds);
                    else
                        Q_EMIT rejected(result.error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StoreService::post(std::function<void(Store &)> job)
{
    if (!m_anchor) {
        qCWarning(lcStore) << "job posted before start: dropped";
        return;
    }
    QMetaObject::invokeMethod(
        m_anchor,
        [this, job = std::move(job)] {
            if (m_store)
                job(*m_store);
        },
        Qt::QueuedConnection);
}

} // namespace lintas
