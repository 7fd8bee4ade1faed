#include "casereadthread.h"

#include <memory>

#include <QCoreApplication>

namespace lintas {

// Lives on the read thread. The reader is opened there on first use, and again after a failed open (the
// store file may not have been created yet when the window opened).
class CaseReadWorker : public QObject
{
public:
    explicit CaseReadWorker(QString storePath) : m_storePath(std::move(storePath)) {}

    const CaseReader &reader()
    {
        if (!m_reader || !m_reader->isOpen())
            m_reader = std::make_unique<CaseReader>(m_storePath);
        return *m_reader;
    }
    // The connection is closed on the thread that opened it.
    void close() { m_reader.reset(); }

private:
    QString m_storePath;
    std::unique_ptr<CaseReader> m_reader;
};

CaseReadThread::CaseReadThread(QString storePath, QObject *parent) : QObject(parent), m_storePath(std::move(storePath))
{
    m_thread.setObjectName(QStringLiteral("lintas-case-reads"));
    m_worker = new CaseReadWorker(m_storePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

CaseReadThread::~CaseReadThread()
{
    // Jobs still queued are of no use to a window that is closing: drop them, finish the one in hand, close
    // the connection on its own thread and stop.
    QCoreApplication::removePostedEvents(m_worker, QEvent::MetaCall);
    CaseReadWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void CaseReadThread::post(std::function<void(const CaseReader &)> job)
{
    CaseReadWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job = std::move(job)] { job(worker->reader()); }, Qt::QueuedConnection);
}

} // namespace lintas
