#pragma once

#include <QObject>

class QSocketNotifier;

namespace lintas {

// SIGTERM and SIGINT become a Qt signal on the thread that made this object, so a desk stopped by its
// session manager or a script ends like a closed window: layout saved, sync stopped with a BYE, the store
// closed. The handler only writes a byte to a pipe (the one thing safe to do there); the event loop reads it.
// One instance per process; POSIX only (elsewhere it never fires).
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    void drain();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace lintas
