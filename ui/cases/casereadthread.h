#pragma once

#include <functional>
#include <utility>

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include "store/casereader.h"

namespace lintas {

class CaseReadWorker;

// Case reads off the GUI thread: one thread with one CaseReader (a CaseReader must stay on the thread that
// made it), shared by the case window's list and detail.
//
//   GUI thread                                   read thread (one per CaseReadThread)
//   read(receiver, job, done) ──── queued ────▶  job(reader) → result
//        done(result) if receiver still lives ◀── posted back to this object, then to the receiver's slot
//
// Jobs run one at a time in the order given; a job that knows it has been superseded returns early (the
// search does). The destructor waits for the job in hand and drops those still queued.
class CaseReadThread : public QObject
{
    Q_OBJECT
public:
    explicit CaseReadThread(QString storePath, QObject *parent = nullptr);
    ~CaseReadThread() override;

    const QString &storePath() const { return m_storePath; }

    // Runs job(reader) on the read thread; its result comes back to done on this object's (the GUI) thread,
    // unless receiver has gone meanwhile. The reader may not be open (isOpen) when the store cannot be read.
    template <typename Job, typename Done> void read(QObject *receiver, Job job, Done done)
    {
        QPointer<QObject> guard(receiver);
        post([this, guard, job = std::move(job), done = std::move(done)](const CaseReader &reader) {
            auto result = job(reader);
            QMetaObject::invokeMethod(
                this,
                [guard, done, result = std::move(result)]() {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

    // Runs job(reader) on the read thread, with no result.
    void post(std::function<void(const CaseReader &)> job);

private:
    QString m_storePath;
    QThread m_thread;
    CaseReadWorker *m_worker = nullptr; // lives on m_thread; deleted there when it finishes
};

} // namespace lintas
