#pragma once

#include <QObject>

class QSocketNotifier;

namespace lintas::field {

// SIGTERM and SIGINT as a Qt signal. A signal handler may do almost nothing, so it writes the signal's number
// to a pipe; a QSocketNotifier on the pipe's other end brings it to the event loop.
//
//   kill -TERM ──► handler ──write──► pipe ──► QSocketNotifier ──► stopRequested(signal)
//
// One instance per process.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override; // restores the default handlers

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested(int signal);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace lintas::field
