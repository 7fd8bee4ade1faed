#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include <QString>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

#include "server/serverstore.h"

namespace lintas::server {

// The server's one database connection, on a thread of its own, so that a slow commit never stalls the
// network. Sessions hand it jobs; each result comes back as a handler on the io_context, where all the
// network state lives.
//
//   io_context thread                      database thread
//   ─────────────────                      ───────────────
//   session ── run(job, done) ──► queue ──► job(store)         (one job at a time, in order)
//   done(result) ◄── asio::post ◄──────────  result
//
// Jobs run in the order they were posted: a push and the head query after it see each other's effects.
// Not copyable; stop() (or the destructor) runs what is queued and joins the thread.
class DbWorker
{
public:
    using Job = std::function<void(ServerStore &)>;

    explicit DbWorker(boost::asio::io_context &io);
    ~DbWorker();
    DbWorker(const DbWorker &) = delete;
    DbWorker &operator=(const DbWorker &) = delete;

    // Opens (and initialises) the store on the worker thread and waits for that; false with the reason.
    bool start(const QString &url, QString *error);
    // Runs what is queued, then ends the thread. Results of those jobs are still posted to the io_context.
    void stop();

    // Fire and forget: audit entries, position batches.
    void post(Job job);
    // Runs job(store) on the database thread and done(result) on the io_context.
    template <typename JobFunction, typename DoneFunction> void run(JobFunction job, DoneFunction done)
    {
        post([&io = m_io, job = std::move(job), done = std::move(done)](ServerStore &store) mutable {
            auto result = job(store);
            boost::asio::post(
                io, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
        });
    }

    // Whether other processes may write the same database (PostgreSQL), so heads must be polled.
    bool isShared() const { return m_shared; }

private:
    void loop();

    boost::asio::io_context &m_io;
    std::unique_ptr<ServerStore> m_store;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    bool m_shared = false;
};

} // namespace lintas::server
