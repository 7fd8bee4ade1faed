#pragma once

#include <chrono>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUuid>

#include "core/roles.h"
#include "store/storeservice.h"
#include "tlsconfig.h"
#include "wire.h"

namespace lintas::sync {

// Where and as whom a desk (or the field gateway) syncs.
struct SyncSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7443;
    TlsClientConfig tls;
    bool insecureLoopback = false; // plain TCP; refused unless host is a loopback address
    QString user;
    QString password;
    wire::ClientKind kind = wire::DESK;
    QString clientName; // "lintas 0.2.0"

    std::chrono::milliseconds connectTimeout{10'000};
    std::chrono::milliseconds handshakeTimeout{10'000};
    std::chrono::milliseconds heartbeat{10'000};    // PING after this much quiet
    std::chrono::milliseconds idleTimeout{30'000};  // nothing received for this long: the link is dead
    std::chrono::milliseconds backoffBase{500};     // reconnect delay: random in [0, min(cap, base·2^n)]
    std::chrono::milliseconds backoffCap{30'000};
    std::chrono::milliseconds shutdownBound{2'000}; // BYE + TLS shutdown never take longer
    std::chrono::milliseconds positionInterval{150}; // received positions are coalesced to this rate
    int pushBatch = 500;
    quint64 jitterSeed = 0; // 0: random; tests fix it
};

enum class LinkState {
    Stopped,    // not started, or stopped
    Connecting, // TCP, TLS, HELLO in progress
    Online,     // WELCOME received; pushing and pulling
    Offline,    // the link is down; retrying after a backoff
    Refused,    // the server refused for good (credentials, lockout, version, untrusted certificate): no retry
};
QString toString(LinkState state);

struct SyncStatus
{
    LinkState state = LinkState::Stopped;
    int outboxCount = 0;    // local changes the server has not acknowledged
    int attentionCount = 0; // changes the server rejected (the "Needs attention" list)
    QDateTime lastSync;     // last moment the desk was in step with the server (UTC); invalid when never
    quint64 cursor = 0;     // last server_seq committed locally
    quint64 headSeq = 0;    // the server's newest server_seq, as last heard; cursor < headSeq while catching up
    QString detail;         // the last error, translated, for the banner ("Connection refused by 10.0.0.5:7443")
    QString region;         // from WELCOME
    Actor actor;            // user, role and scope from WELCOME
    QDateTime nextAttempt;  // when Offline: the next reconnect (UTC)
};

// The desk's sync with its regional server (DESIGN.md section 5). Lives on the thread that creates it (the
// GUI thread of the desk, the main thread of lintas-field); runs the network on its own io_context thread;
// reaches the store only through StoreService::post, so neither the GUI nor the store ever waits on the
// network.
//
//   auto *session = new SyncSession(&storeService, settings, this);
//   connect(session, &SyncSession::statusChanged, this, &Desk::showSyncStatus);
//   session->start();          // connects, and reconnects forever with backoff until stop()
//   …
//   session->stop();           // flushes, says BYE, bounded TLS shutdown; emits stopped()
//
// The outbox is pushed without anyone asking: after WELCOME everything of this site after the server's
// high-water mark, then every new local commit. Pulled changes go through Store::applyPulled (the same
// reducer), their cursor in the same transaction, and only then is CHANGES_ACK sent.
class SyncSession : public QObject
{
    Q_OBJECT
public:
    SyncSession(StoreService *store, SyncSettings settings, QObject *parent = nullptr);
    ~SyncSession() override; // stops without waiting for BYE if still running

    void start();
    void stop();
    bool isRunning() const;
    const SyncStatus &status() const { return m_status; }
    const SyncSettings &settings() const { return m_settings; }

    // The field gateway's live positions (sent at once, lossy; dropped while offline).
    void sendPositions(const lintas::sync::UnitPositions &positions);

    // After certificateUntrusted: trust this fingerprint from now on and reconnect (the caller keeps it in
    // its settings for the next start).
    void trustFingerprint(const QByteArray &sha256);
    // Connect now instead of waiting for the backoff (the banner's "Retry now").
    void reconnectNow();
    // New server, account or trust settings: used from the next start() (stop() first, then start()).
    void setSettings(const SyncSettings &settings);

Q_SIGNALS:
    void statusChanged(const lintas::sync::SyncStatus &status);
    void positionsReceived(const lintas::sync::UnitPositions &positions); // coalesced, latest per unit
    void changeRejected(const lintas::QuarantinedChange &change);
    void certificateUntrusted(const QString &host, const QByteArray &sha256); // state becomes Refused
    void chainBroken(quint64 serverSeq, const QString &detail); // pulled entry whose hash does not verify
    void stopped();

private:
    class Link;    // the io_context side
    struct Bridge; // how other threads reach this object, and only while it lives
    void setStatus(const SyncStatus &status);

    // Runs job on the store thread, then done(result) on this object's thread.
    template <typename Job, typename Done> void inStore(Job job, Done done);
    // From the link, on this object's thread.
    void onConnecting();
    void onConnected();
    void onMessage(const wire::Envelope &envelope);
    void onDown(int kind, const QString &reason, qint64 retryInMs, const QByteArray &presented);
    void onLinkStopped();

    void sendHello();
    void handleWelcome(const wire::Envelope &envelope);
    void handlePushAck(const wire::Envelope &envelope);
    void handleChanges(const wire::Envelope &envelope);
    void handleResync(const wire::Envelope &envelope);
    void handlePositions(const wire::Envelope &envelope);
    void handleError(const wire::Envelope &envelope);
    void requestPush();
    void flushPositions();
    void refreshCounts();
    void send(wire::MessageType type, const google::protobuf::MessageLite &body, quint64 corrId = 0);
    QString serverName() const; // "10.0.0.5:7443"

    StoreService *m_storeService;
    SyncSettings m_settings;
    SyncStatus m_status;
    std::unique_ptr<Link> m_link;
    std::shared_ptr<Bridge> m_bridge;
    quint64 m_linkSerial = 0; // one per Link: events of a link that is gone are ignored
    quint64 m_connection = 0; // one per connection: store results for an older one send nothing
    bool m_stopping = false;
    bool m_restartWanted = false;
    bool m_welcomed = false;
    quint64 m_corr = 0;
    QString m_epoch;        // from WELCOME
    QString m_sessionToken; // from WELCOME, for the next HELLO when no password is kept
    QString m_serverError;  // the last retryable ERROR, shown when the server then closes
    // Push: one batch in flight; m_pushedThrough is the local sequence of the last change sent.
    quint64 m_pushedThrough = 0;
    bool m_pushBusy = false;  // a batch is being read or is waiting for its PUSH_ACK
    bool m_pushAgain = false; // a commit arrived meanwhile
    quint64 m_pushCorr = 0;
    QList<OutgoingChange> m_pushBatch;
    // Received positions, latest per unit, until the coalescing timer fires.
    QHash<QUuid, UnitPosition> m_positions;
    QList<QUuid> m_positionOrder;
    QTimer *m_positionTimer = nullptr;
};

void registerSyncMetaTypes();

} // namespace lintas::sync

Q_DECLARE_METATYPE(lintas::sync::SyncStatus)
Q_DECLARE_METATYPE(lintas::sync::UnitPositions)
