#include "server/dbworker.h"

#include <future>

namespace lintas::server {

DbWorker::DbWorker(boost::asio::io_context &io) : m_io(io) {}

DbWorker::~DbWorker()
{
    stop();
}

bool DbWorker::start(const QString &url, QString *error)
{
    m_shared = url.startsWith(QStringLiteral("postgres"));
    std::promise<QString> opened;
    std::future<QString> result = opened.get_future();
    // The Qt Sql connection is opened, used and closed on this thread only.
    m_thread = std::thread([this, url, &opened] {
        QString openError;
        m_store = ServerStore::open(url, &openError);
        if (m_store && !m_store->initialize(&openError))
            m_store.reset();
        const bool ok = m_store != nullptr;
        opened.set_value(ok ? QString()
                            : (openError.isEmpty() ? QStringLiteral("cannot open %1").arg(url) : openError));
        if (ok)
            loop();
    });
    const QString openError = result.get();
    if (!openError.isEmpty()) {
        m_thread.join();
        if (error)
            *error = openError;
        return false;
    }
    return true;
}

void DbWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DbWorker::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void DbWorker::loop()
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                break; // stopping, and everything queued has run
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(*m_store);
    }
    m_store.reset(); // closes the connection on the thread that opened it
}

} // namespace lintas::server
