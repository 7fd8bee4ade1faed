#pragma once

#include <deque>
#include <memory>
#include <string>

#include <QHash>
#include <QString>
#include <QUuid>

#include <boost/asio/steady_timer.hpp>

#include "server/serverstore.h"
#include "sync/frame.h"
#include "sync/wire.h"

namespace lintas::sync {
class FramedLink;
}

namespace lintas::server {

class RegionServer;

// One client's connection, the server side of the protocol (HELLO → WELCOME → push, pull, positions):
//
//   AwaitingHello ──HELLO──► LoggingIn ──login ok──► Active ──BYE / error / idle──► Closing ──► Closed
//        │ 10 s, or anything else: NOT_AUTHENTICATED   │ bad credentials, locked, disabled: ERROR, close
//
// In Active: PUSH batches go to ServerStore::push one at a time and are answered after the commit; the log
// is streamed after the client's cursor one CHANGES batch at a time (the next after CHANGES_ACK, new
// entries as soon as they are committed); FIELD clients send positions, DESK clients receive them coalesced
// every 100 ms. Every bad input gets its ERROR and an audit entry naming the peer.
// Lives on the io_context thread; owned by the RegionServer's registry; asynchronous results hold a
// weak_ptr, so a session that closed meanwhile simply ignores them.
class ServerSession : public std::enable_shared_from_this<ServerSession>
{
public:
    ServerSession(RegionServer &server, std::shared_ptr<sync::FramedLink> link);
    ~ServerSession();

    void start();
    // From the RegionServer.
    void headAdvanced(quint64 head);
    void queuePositions(const sync::UnitPositions &positions);
    void sayBye(const QString &reason);
    bool receivesPositions() const;
    const QString &peer() const { return m_peer; }

private:
    enum class State
    {
        AwaitingHello,
        LoggingIn,
        Active,
        Closing,
        Closed
    };
    struct LoginOutcome;
    struct PushOutcomes;
    struct Batch;

    void onMessage(wire::Envelope &&envelope);
    void onBadFrame(sync::FrameReader::Result problem, const std::string &reason);
    void onClosed(const std::string &reason);
    void handleActive(const wire::Envelope &envelope);
    void handleHello(const wire::Envelope &envelope);
    void loggedIn(const wire::Hello &hello, LoginOutcome outcome);
    void handlePush(const wire::Envelope &envelope);
    void pushNext();
    void pushed(quint64 corrId, const QList<int> &storedIndexes, QList<PushOutcome> results, PushOutcomes outcomes);
    void handleChangesAck(const wire::Envelope &envelope);
    void handlePositions(const wire::Envelope &envelope);
    void streamChanges();
    void sendBatch(Batch batch);
    void armPositionFlush();
    void flushPositions();
    void armIdleCheck();

    template <typename Message> void send(wire::MessageType type, quint64 corrId, const Message &message);
    void sendError(wire::Error::Code code, const QString &message, bool retryable, quint64 corrId = 0);
    // Answers with the error, audits it as bad input, and (fatal) closes after the error is written.
    void badInput(wire::Error::Code code, const QString &detail, quint64 corrId, bool fatal);
    void closeAfterFlush();
    void audit(const QString &event, const QString &detail);

    RegionServer &m_server;
    std::shared_ptr<sync::FramedLink> m_link;
    QString m_peer;
    State m_state = State::AwaitingHello;
    boost::asio::steady_timer m_helloTimer;
    boost::asio::steady_timer m_idleTimer;
    boost::asio::steady_timer m_positionTimer;

    // After WELCOME.
    Account m_account;
    QString m_siteId;
    QString m_region;
    bool m_desk = true;
    std::deque<wire::Envelope> m_early;  // arrived while the login was being checked
    std::deque<wire::Envelope> m_pushes; // waiting for the one in the database
    bool m_pushing = false;

    // The pull stream.
    quint64 m_cursor = 0;    // the client holds every entry up to here (acknowledged, or its HELLO cursor)
    quint64 m_knownHead = 0; // the newest committed seq of the region we know of
    quint64 m_sentUpTo = 0;  // the last seq of the batch in flight
    bool m_fetching = false;
    // The last seq of every unacknowledged CHANGES batch, oldest first: the next batch is read and sent while
    // the client commits the one before (at most two in flight).
    std::deque<quint64> m_inFlightEnds;

    QHash<QUuid, sync::UnitPosition> m_pendingPositions;
    bool m_positionFlushArmed = false;
};

} // namespace lintas::server
