#pragma once

#include <utility>

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

namespace lintas {

// Runs `job` on the worker pool and hands its result to `done` on `context`'s thread, unless `context` is gone
// by then. The job must own everything it touches (a store path, never a widget): it may outlive the dialog that
// started it, and it opens its own read-only connection (CaseReader) inside the worker thread.
//
//   GUI thread ── runInBackground(context, job, done) ──► worker pool: job() (CaseReader on its own connection)
//        ▲                                                                   │
//        └──────────── done(result) via the watcher, a child of context ◄────┘
template <typename Job, typename Done> void runInBackground(QObject *context, Job job, Done done)
{
    using Result = decltype(job());
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

} // namespace lintas
