#include "terminationsignals.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <csignal>

#include <QSocketNotifier>

#include <fcntl.h>
#include <unistd.h>
#endif

namespace lintas {

#if defined(Q_OS_UNIX)
namespace {

int g_wakeFds[2] = {-1, -1};

extern "C" void writeSignalNumber(int signalNumber)
{
    const auto byte = static_cast<unsigned char>(signalNumber);
    // A full pipe already holds a request; losing this one changes nothing.
    [[maybe_unused]] const ssize_t ignored = ::write(g_wakeFds[1], &byte, 1);
}

void handle(int signalNumber, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signalNumber, &action, nullptr);
}

} // namespace
#endif

TerminationSignals::TerminationSignals(QObject *parent) : QObject(parent)
{
#if defined(Q_OS_UNIX)
    if (g_wakeFds[0] >= 0 || ::pipe2(g_wakeFds, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = new QSocketNotifier(qintptr(g_wakeFds[0]), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::drain);
    handle(SIGTERM, writeSignalNumber);
    handle(SIGINT, writeSignalNumber);
#endif
}

TerminationSignals::~TerminationSignals()
{
#if defined(Q_OS_UNIX)
    if (!m_notifier)
        return;
    handle(SIGTERM, SIG_DFL);
    handle(SIGINT, SIG_DFL);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(g_wakeFds[0]);
    ::close(g_wakeFds[1]);
    g_wakeFds[0] = g_wakeFds[1] = -1;
#endif
}

void TerminationSignals::drain()
{
#if defined(Q_OS_UNIX)
    unsigned char byte = 0;
    while (::read(g_wakeFds[0], &byte, 1) == 1)
        Q_EMIT received(int(byte));
#endif
}

} // namespace lintas
