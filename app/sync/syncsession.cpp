#include "syncsession.h"

#include <mutex>

#include <QCoreApplication>

#include "chain.h"
#include "frame.h"
#include "synclink.h"

namespace lintas::sync {

// The contract names the io side SyncSession::Link; it is the SyncLink of synclink.h.
class SyncSession::Link : public SyncLink
{
public:
    using SyncLink::SyncLink;
};

// Other threads (the io thread, the store thread) reach the session only through this: a queued call while
// the session lives, nothing once its destructor has begun. Posting under the lock means an event is either
// queued before the destructor starts (and then removed with the object) or not at all.
struct SyncSession::Bridge
{
    std::mutex mutex;
    SyncSession *session = nullptr;

    template <typename F> void deliver(F &&call)
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (session)
            QMetaObject::invokeMethod(session, std::forward<F>(call), Qt::QueuedConnection);
    }
};

namespace {

// What a pulled batch came to, computed on the store thread.
struct PullOutcome
{
    bool ok = false;
    bool broken = false; // the chain does not verify: nothing applied
    quint64 brokenSeq = 0;
    QString problem;   // translated: why broken, or why the store refused
    SyncCursor cursor; // as committed
};

// Verifies the batch against the chain (DESIGN.md section 5) and commits it with its cursor. On the store
// thread: the stored cursor is read in the same place the new one is written, in the order batches arrive.
PullOutcome verifyAndApply(Store &store, const wire::Changes &batch, const QString &region, const QString &epoch)
{
    PullOutcome outcome;
    const SyncCursor stored = store.syncCursor();
    const auto broken = [&](quint64 seq, const QString &why) {
        outcome.broken = true;
        outcome.brokenSeq = seq;
        outcome.problem = why;
        return outcome;
    };
    QByteArray previous = QByteArray::fromStdString(batch.prev_hash());
    ChangeList changes;
    changes.reserve(batch.changes_size());
    quint64 expected = 0;
    for (const wire::ChangeRecord &record : batch.changes()) {
        const quint64 seq = record.server_seq();
        if (changes.isEmpty()) {
            if (seq == stored.cursor + 1 && previous != stored.lastHash)
                return broken(seq,
                              QCoreApplication::translate("lintas::sync::SyncSession",
                                                          "it does not follow entry %1, the last one this desk holds")
                                  .arg(stored.cursor));
            if (seq > stored.cursor + 1)
                return broken(seq,
                              QCoreApplication::translate("lintas::sync::SyncSession", "entries %1 to %2 are missing")
                                  .arg(stored.cursor + 1)
                                  .arg(seq - 1));
            if (seq == 0)
                return broken(
                    seq, QCoreApplication::translate("lintas::sync::SyncSession", "an entry has no sequence number"));
        } else if (seq != expected) {
            return broken(seq, QCoreApplication::translate("lintas::sync::SyncSession", "entry %1 follows entry %2")
                                   .arg(seq)
                                   .arg(expected - 1));
        }
        Change change;
        QString error;
        if (!fromWire(record, &change, &error))
            return broken(seq, error);
        const QByteArray hash = chainHash(previous, chainBody(change, seq, region));
        if (hash != QByteArray::fromStdString(record.hash()))
            return broken(seq,
                          QCoreApplication::translate("lintas::sync::SyncSession",
                                                      "its hash does not match its content and the entry before it"));
        // An entry this desk already holds must be the very same one.
        if (seq == stored.cursor && hash != stored.lastHash)
            return broken(seq, QCoreApplication::translate("lintas::sync::SyncSession",
                                                           "it differs from the entry %1 this desk holds")
                                   .arg(seq));
        previous = hash;
        expected = seq + 1;
        changes.append(change);
    }

    SyncCursor next = stored;
    next.epoch = epoch;
    next.lastSyncMs = QDateTime::currentMSecsSinceEpoch();
    if (!changes.isEmpty() && expected - 1 > stored.cursor) {
        next.cursor = expected - 1;
        next.lastHash = previous;
    }
    const CommitResult result = store.applyPulled(changes, next);
    outcome.ok = result.ok;
    outcome.problem = result.error;
    outcome.cursor = result.ok ? next : stored;
    return outcome;
}

} // namespace

QString toString(LinkState state)
{
    switch (state) {
    case LinkState::Stopped:
        return QStringLiteral("stopped");
    case LinkState::Connecting:
        return QStringLiteral("connecting");
    case LinkState::Online:
        return QStringLiteral("online");
    case LinkState::Offline:
        return QStringLiteral("offline");
    case LinkState::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

void registerSyncMetaTypes()
{
    registerStoreMetaTypes();
    qRegisterMetaType<lintas::sync::SyncStatus>();
    qRegisterMetaType<lintas::sync::UnitPosition>();
    qRegisterMetaType<lintas::sync::UnitPositions>();
}

SyncSession::SyncSession(StoreService *store, SyncSettings settings, QObject *parent)
    : QObject(parent), m_storeService(store), m_settings(std::move(settings)), m_bridge(std::make_shared<Bridge>())
{
    registerSyncMetaTypes();
    m_bridge->session = this;
    m_positionTimer = new QTimer(this);
    m_positionTimer->setSingleShot(true);
    connect(m_positionTimer, &QTimer::timeout, this, &SyncSession::flushPositions);
    connect(m_storeService, &StoreService::outboxCountChanged, this, [this](int count) {
        SyncStatus status = m_status;
        status.outboxCount = count;
        setStatus(status);
        requestPush(); // a new local commit goes out at once
    });
    connect(m_storeService, &StoreService::quarantineChanged, this, [this](int count) {
        SyncStatus status = m_status;
        status.attentionCount = count;
        setStatus(status);
    });
}

SyncSession::~SyncSession()
{
    {
        std::lock_guard<std::mutex> lock(m_bridge->mutex);
        m_bridge->session = nullptr;
    }
    m_link.reset(); // stops the io thread at once
}

void SyncSession::setStatus(const SyncStatus &status)
{
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

QString SyncSession::serverName() const
{
    return QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
}

template <typename Job, typename Done> void SyncSession::inStore(Job job, Done done)
{
    std::shared_ptr<Bridge> bridge = m_bridge;
    m_storeService->post([bridge, job = std::move(job), done = std::move(done)](Store &store) mutable {
        auto result = job(store);
        bridge->deliver([done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
    });
}

bool SyncSession::isRunning() const
{
    return m_link != nullptr;
}

void SyncSession::setSettings(const SyncSettings &settings)
{
    m_settings = settings;
}

void SyncSession::start()
{
    if (m_link) {
        if (m_stopping)
            m_restartWanted = true; // once the stopping link is gone
        return;
    }
    m_stopping = false;
    m_restartWanted = false;
    m_welcomed = false;
    SyncStatus status = m_status;
    status.state = LinkState::Connecting;
    status.detail.clear();
    status.nextAttempt = QDateTime();
    setStatus(status);
    refreshCounts();

    const quint64 serial = ++m_linkSerial;
    std::shared_ptr<Bridge> bridge = m_bridge;
    SyncLink::Callbacks callbacks;
    // Every event hops to this object's thread, tagged with the link it came from.
    callbacks.onConnecting = [this, bridge, serial](int) {
        bridge->deliver([this, serial] {
            if (serial == m_linkSerial)
                onConnecting();
        });
    };
    callbacks.onConnected = [this, bridge, serial](const std::string &) {
        bridge->deliver([this, serial] {
            if (serial == m_linkSerial)
                onConnected();
        });
    };
    callbacks.onMessage = [this, bridge, serial](wire::Envelope &&envelope) {
        bridge->deliver([this, serial, envelope = std::move(envelope)] {
            if (serial == m_linkSerial)
                onMessage(envelope);
        });
    };
    callbacks.onDown = [this, bridge, serial](const LinkDown &down) {
        const int kind = int(down.kind);
        const QString reason = QString::fromStdString(down.reason);
        const qint64 retryIn = qint64(down.retryIn.count());
        const QByteArray presented = down.presentedSha256;
        bridge->deliver([this, serial, kind, reason, retryIn, presented] {
            if (serial == m_linkSerial)
                onDown(kind, reason, retryIn, presented);
        });
    };
    callbacks.onStopped = [this, bridge, serial] {
        bridge->deliver([this, serial] {
            if (serial == m_linkSerial)
                onLinkStopped();
        });
    };
    m_link = std::make_unique<Link>(m_settings, std::move(callbacks));
    m_link->start();
}

void SyncSession::stop()
{
    if (!m_link) {
        SyncStatus status = m_status;
        status.state = LinkState::Stopped;
        status.nextAttempt = QDateTime();
        setStatus(status);
        Q_EMIT stopped();
        return;
    }
    m_restartWanted = false;
    if (m_stopping)
        return;
    m_stopping = true;
    flushPositions();
    wire::Bye bye;
    bye.set_reason("client stopping");
    // Whatever is queued (a CHANGES_ACK, a PUSH) goes out before the BYE; the shutdown is bounded.
    m_link->stop(encodeFrame(wire::BYE, ++m_corr, bye));
}

void SyncSession::onLinkStopped()
{
    m_link.reset(); // joins the io thread, which is ending
    m_stopping = false;
    m_welcomed = false;
    m_pushBusy = false;
    m_pushBatch.clear();
    SyncStatus status = m_status;
    status.state = LinkState::Stopped;
    status.nextAttempt = QDateTime();
    setStatus(status);
    Q_EMIT stopped();
    if (m_restartWanted)
        start();
}

void SyncSession::sendPositions(const UnitPositions &positions)
{
    if (!m_link || !m_welcomed || positions.isEmpty())
        return; // lossy by design: a position is worth nothing once stale
    wire::Positions message;
    for (const UnitPosition &position : positions)
        toWire(position, message.add_positions());
    send(wire::POSITION, message);
}

void SyncSession::trustFingerprint(const QByteArray &sha256)
{
    m_settings.tls.pinnedSha256 = sha256;
    if (!m_link)
        return;
    m_link->setTls(m_settings.tls);
    m_link->reconnectNow();
}

void SyncSession::reconnectNow()
{
    if (m_link && !m_stopping)
        m_link->reconnectNow();
}

void SyncSession::send(wire::MessageType type, const google::protobuf::MessageLite &body, quint64 corrId)
{
    if (m_link)
        m_link->send(encodeFrame(type, corrId != 0 ? corrId : ++m_corr, body));
}

void SyncSession::refreshCounts()
{
    struct Counts
    {
        int outbox = 0;
        int attention = 0;
        SyncCursor cursor;
    };
    inStore(
        [](Store &store) {
            return Counts{store.outboxCount(), int(store.quarantined().size()), store.syncCursor()};
        },
        [this](Counts counts) {
            SyncStatus status = m_status;
            status.outboxCount = counts.outbox;
            status.attentionCount = counts.attention;
            status.cursor = counts.cursor.cursor;
            if (counts.cursor.lastSyncMs > 0)
                status.lastSync = QDateTime::fromMSecsSinceEpoch(counts.cursor.lastSyncMs, Qt::UTC);
            setStatus(status);
        });
}

// ── the link's events ────────────────────────────────────────────────────────────────────────────────────────

void SyncSession::onConnecting()
{
    if (m_status.state == LinkState::Connecting && !m_status.nextAttempt.isValid())
        return;
    SyncStatus status = m_status;
    status.state = LinkState::Connecting;
    status.nextAttempt = QDateTime();
    setStatus(status);
}

void SyncSession::onConnected()
{
    ++m_connection;
    m_welcomed = false;
    sendHello();
}

void SyncSession::sendHello()
{
    struct Standing
    {
        QString siteId;
        SyncCursor cursor;
        quint64 localHead = 0;
        Hlc hlc;
    };
    const quint64 connection = m_connection;
    inStore(
        [](Store &store) {
            return Standing{store.siteId(), store.syncCursor(), store.localHead(), store.lastHlc()};
        },
        [this, connection](Standing standing) {
            if (connection != m_connection || !m_link)
                return;
            wire::Hello hello;
            hello.set_protocol_version(kProtocolVersion);
            hello.set_schema_version(std::uint32_t(kChangeSchemaVersion));
            hello.set_site_id(toStd(standing.siteId));
            hello.set_user(toStd(m_settings.user));
            hello.set_password(toStd(m_settings.password));
            if (m_settings.password.isEmpty())
                hello.set_session_token(toStd(m_sessionToken));
            hello.set_download_cursor(standing.cursor.cursor);
            hello.set_outbox_head(standing.localHead);
            hello.set_hlc(standing.hlc.packed());
            hello.set_client_name(toStd(m_settings.clientName));
            hello.set_server_epoch(toStd(standing.cursor.epoch));
            hello.set_kind(m_settings.kind);
            send(wire::HELLO, hello);
        });
}

void SyncSession::onDown(int kind, const QString &reason, qint64 retryInMs, const QByteArray &presented)
{
    m_welcomed = false;
    m_pushBusy = false;
    m_pushAgain = false;
    m_pushBatch.clear();
    SyncStatus status = m_status;
    status.state = retryInMs >= 0 ? LinkState::Offline : LinkState::Refused;
    status.nextAttempt = retryInMs >= 0 ? QDateTime::currentDateTimeUtc().addMSecs(retryInMs) : QDateTime();
    const QString why = m_serverError.isEmpty() ? reason : m_serverError;
    m_serverError.clear();
    switch (LinkDown::Kind(kind)) {
    case LinkDown::Kind::Unreachable:
        status.detail = tr("Cannot reach %1:%2 — %3").arg(m_settings.host).arg(m_settings.port).arg(why);
        break;
    case LinkDown::Kind::Handshake:
        status.detail =
            tr("The secure connection to %1:%2 failed — %3").arg(m_settings.host).arg(m_settings.port).arg(why);
        break;
    case LinkDown::Kind::Lost:
        status.detail = tr("The connection to %1:%2 was lost — %3").arg(m_settings.host).arg(m_settings.port).arg(why);
        break;
    case LinkDown::Kind::Dropped:
        break; // the detail says already why the session let go
    case LinkDown::Kind::Untrusted:
        status.detail = tr("The certificate of %1:%2 is not trusted (%3). Its SHA-256 fingerprint is %4.")
                            .arg(m_settings.host)
                            .arg(m_settings.port)
                            .arg(reason, formatFingerprint(presented));
        break;
    case LinkDown::Kind::InsecureRefused:
        status.detail = tr("An unencrypted connection to %1 is refused: without TLS only a loopback address "
                           "(127.0.0.1, ::1, localhost) may be used — %2")
                            .arg(m_settings.host, reason);
        break;
    case LinkDown::Kind::Setup:
        status.detail = tr("The secure connection to %1:%2 cannot be set up — %3")
                            .arg(m_settings.host)
                            .arg(m_settings.port)
                            .arg(reason);
        break;
    }
    setStatus(status);
    if (LinkDown::Kind(kind) == LinkDown::Kind::Untrusted)
        Q_EMIT certificateUntrusted(m_settings.host, presented);
}

void SyncSession::onMessage(const wire::Envelope &envelope)
{
    switch (envelope.type()) {
    case wire::WELCOME:
        handleWelcome(envelope);
        return;
    case wire::ERROR:
        handleError(envelope);
        return;
    default:
        break;
    }
    if (!m_welcomed) {
        qCWarning(lcSync) << "ignoring" << messageTypeName(envelope.type()) << "from" << serverName()
                          << "before WELCOME";
        return;
    }
    switch (envelope.type()) {
    case wire::PUSH_ACK:
        handlePushAck(envelope);
        break;
    case wire::CHANGES:
        handleChanges(envelope);
        break;
    case wire::RESYNC_REQUIRED:
        handleResync(envelope);
        break;
    case wire::POSITION:
        handlePositions(envelope);
        break;
    case wire::BYE:
        qCInfo(lcSync) << "the server" << serverName() << "says BYE";
        break;
    default:
        qCWarning(lcSync) << "ignoring unexpected" << messageTypeName(envelope.type()) << "from" << serverName();
    }
}

// ── protocol ─────────────────────────────────────────────────────────────────────────────────────────────────

void SyncSession::handleWelcome(const wire::Envelope &envelope)
{
    wire::Welcome welcome;
    if (!parseBody(envelope, &welcome)) {
        m_status.detail = tr("The server %1 sent a WELCOME that cannot be read.").arg(serverName());
        m_link->dropAndRetry("malformed WELCOME");
        return;
    }
    m_welcomed = true;
    m_epoch = fromStd(welcome.server_epoch());
    m_sessionToken = fromStd(welcome.session_token());
    m_link->resetBackoff();

    SyncStatus status = m_status;
    status.state = LinkState::Online;
    status.detail.clear();
    status.nextAttempt = QDateTime();
    status.headSeq = welcome.head_seq();
    status.region = fromStd(welcome.region());
    status.actor.user = m_settings.user;
    bool known = false;
    const Role role = roleFromString(fromStd(welcome.role()), &known);
    status.actor.role = known ? role : Role::Auditor; // an unknown role gets the least
    status.actor.scope = fromStd(welcome.scope());
    setStatus(status);
    qCInfo(lcSync) << "welcomed by" << serverName() << "epoch" << m_epoch << "region" << status.region << "head"
                   << welcome.head_seq() << "high water" << welcome.high_water();

    // Push from the server's high-water mark, or from the oldest change still in the outbox when that is older:
    // a PUSH_ACK lost with the link leaves such changes, and the server answers them duplicate (or refuses again).
    const quint64 highWater = welcome.high_water();
    const quint64 head = welcome.head_seq();
    const quint64 connection = m_connection;
    m_pushBusy = true;
    struct Start
    {
        quint64 pushFrom = 0;
        qint64 inStepMs = 0; // when the desk was already in step with the server's log (0: catching up)
    };
    inStore(
        [highWater, head, epoch = fromStd(welcome.server_epoch())](Store &store) {
            Start start;
            const quint64 oldest = store.oldestOutboxSeq();
            start.pushFrom = oldest > 0 ? std::min(highWater, oldest - 1) : highWater;
            // A cursor of another epoch says nothing about this log (RESYNC_REQUIRED follows and resets it).
            const SyncCursor cursor = store.syncCursor();
            if ((cursor.epoch.isEmpty() || cursor.epoch == epoch) && cursor.cursor >= head) {
                start.inStepMs = QDateTime::currentMSecsSinceEpoch();
                store.setLastSync(start.inStepMs);
            }
            return start;
        },
        [this, connection](Start start) {
            if (start.inStepMs > 0) {
                SyncStatus inStep = m_status;
                inStep.lastSync = QDateTime::fromMSecsSinceEpoch(start.inStepMs, Qt::UTC);
                setStatus(inStep);
            }
            if (connection != m_connection || !m_welcomed)
                return;
            m_pushedThrough = start.pushFrom;
            m_pushBusy = false;
            requestPush();
        });
}

void SyncSession::requestPush()
{
    if (!m_link || !m_welcomed || m_stopping)
        return;
    if (m_pushBusy) {
        m_pushAgain = true;
        return;
    }
    m_pushBusy = true;
    m_pushAgain = false;
    const quint64 after = m_pushedThrough;
    const int limit = std::max(1, m_settings.pushBatch);
    const quint64 connection = m_connection;
    inStore([after, limit](Store &store) { return store.changesToPush(after, limit); },
            [this, connection](QList<OutgoingChange> batch) {
                if (connection != m_connection || !m_welcomed)
                    return;
                if (batch.isEmpty()) {
                    m_pushBusy = false;
                    if (m_pushAgain)
                        requestPush();
                    return;
                }
                wire::Push push;
                for (const OutgoingChange &outgoing : std::as_const(batch)) {
                    wire::ChangeRecord *record = push.add_changes();
                    toWire(outgoing.change, record);
                    record->set_client_seq(outgoing.localSeq);
                }
                m_pushedThrough = batch.last().localSeq;
                m_pushBatch = std::move(batch);
                m_pushCorr = ++m_corr;
                send(wire::PUSH, push, m_pushCorr);
            });
}

void SyncSession::handlePushAck(const wire::Envelope &envelope)
{
    wire::PushAck ack;
    if (m_pushBatch.isEmpty() || envelope.corr_id() != m_pushCorr || !parseBody(envelope, &ack)) {
        qCWarning(lcSync) << "ignoring a PUSH_ACK from" << serverName() << "that answers no batch in flight (corr"
                          << envelope.corr_id() << ")";
        return;
    }
    QHash<QUuid, OutgoingChange> sent;
    for (const OutgoingChange &outgoing : std::as_const(m_pushBatch))
        sent.insert(outgoing.change.opId, outgoing);
    m_pushBatch.clear();

    QList<QUuid> accepted;
    QList<QuarantinedChange> rejected;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const wire::PushResult &result : ack.results()) {
        const QUuid opId = QUuid::fromString(fromStd(result.op_id()));
        const auto it = sent.constFind(opId);
        if (it == sent.cend())
            continue;
        if (result.status() == wire::PushResult::REJECTED) {
            QuarantinedChange refused;
            refused.change = it->change;
            refused.localSeq = it->localSeq;
            refused.code = fromStd(result.reason_code());
            refused.reason = fromStd(result.reason());
            refused.atMs = now;
            rejected.append(refused);
        } else {
            accepted.append(opId);
        }
    }
    const quint64 connection = m_connection;
    inStore([accepted, rejected](Store &store) { return store.recordPushResults(accepted, rejected); },
            [this, connection, rejected](bool recorded) {
                if (!recorded)
                    qCWarning(lcSync) << "push results from" << serverName()
                                      << "not recorded; the outbox keeps them for the next connection";
                for (const QuarantinedChange &refused : rejected)
                    Q_EMIT changeRejected(refused);
                if (connection != m_connection || !m_welcomed)
                    return;
                m_pushBusy = false;
                requestPush(); // the next batch, or the commits made meanwhile
            });
}

void SyncSession::handleChanges(const wire::Envelope &envelope)
{
    wire::Changes batch;
    if (!parseBody(envelope, &batch)) {
        m_status.detail = tr("The server %1 sent changes that cannot be read.").arg(serverName());
        m_link->dropAndRetry("malformed CHANGES");
        return;
    }
    SyncStatus status = m_status;
    status.headSeq = std::max(status.headSeq, quint64(batch.head_seq()));
    setStatus(status);
    const QString region = m_status.region;
    const QString epoch = m_epoch;
    const quint64 connection = m_connection;
    inStore(
        [batch = std::move(batch), region, epoch](Store &store) { return verifyAndApply(store, batch, region, epoch); },
        [this, connection](PullOutcome outcome) {
            // The server sends the next batch while this desk commits one, so a batch may follow one that was
            // refused on this connection: it cannot apply either (it does not follow the cursor), and the link
            // is already being dropped.
            if ((outcome.broken || !outcome.ok) && (connection != m_connection || !m_welcomed))
                return; // a batch of a link already given up: the healthy link after it is not to blame
            if (outcome.broken) {
                const QString detail = tr("The server's change log does not verify at entry %1: %2. Nothing of "
                                          "that batch was applied.")
                                           .arg(outcome.brokenSeq)
                                           .arg(outcome.problem);
                qCWarning(lcSync).noquote()
                    << "chain broken at" << outcome.brokenSeq << "from" << serverName() << "-" << outcome.problem;
                Q_EMIT chainBroken(outcome.brokenSeq, outcome.problem);
                SyncStatus broken = m_status;
                broken.detail = detail;
                setStatus(broken);
                if (connection == m_connection && m_link) {
                    m_link->dropAndRetry("hash chain broken at " + std::to_string(outcome.brokenSeq));
                    m_welcomed = false;
                }
                return;
            }
            if (!outcome.ok) {
                SyncStatus failed = m_status;
                failed.detail =
                    tr("Changes received from %1 could not be saved: %2").arg(serverName(), outcome.problem);
                setStatus(failed);
                if (connection == m_connection && m_link) {
                    m_link->dropAndRetry("store refused the pulled batch");
                    m_welcomed = false;
                }
                return;
            }
            SyncStatus applied = m_status;
            applied.cursor = outcome.cursor.cursor;
            applied.headSeq = std::max(applied.headSeq, applied.cursor);
            applied.lastSync = QDateTime::fromMSecsSinceEpoch(outcome.cursor.lastSyncMs, Qt::UTC);
            setStatus(applied);
            // Only now, with the batch and its cursor committed, may the server send the next one.
            if (connection != m_connection || !m_welcomed)
                return;
            wire::ChangesAck ack;
            ack.set_cursor(outcome.cursor.cursor);
            send(wire::CHANGES_ACK, ack);
        });
}

void SyncSession::handleResync(const wire::Envelope &envelope)
{
    wire::ResyncRequired resync;
    parseBody(envelope, &resync);
    const QString epoch = resync.server_epoch().empty() ? m_epoch : fromStd(resync.server_epoch());
    m_epoch = epoch;
    qCInfo(lcSync).noquote() << "the server" << serverName() << "asks for a full download:" << fromStd(resync.reason())
                             << "- epoch" << epoch;
    // Posted before any CHANGES that follow, so the store forgets its cursor before the first of them.
    inStore([epoch](Store &store) { return store.resetSyncCursor(epoch); },
            [this](bool reset) {
                if (!reset) {
                    qCWarning(lcSync) << "the sync cursor could not be reset";
                    return;
                }
                SyncStatus status = m_status;
                status.cursor = 0;
                setStatus(status);
            });
}

void SyncSession::handlePositions(const wire::Envelope &envelope)
{
    wire::Positions message;
    if (!parseBody(envelope, &message))
        return; // lossy: a bad one is simply not shown
    for (const wire::Position &position : message.positions()) {
        UnitPosition value;
        QString error;
        if (!fromWire(position, &value, &error))
            continue;
        const auto it = m_positions.find(value.unitId);
        if (it == m_positions.end()) {
            m_positions.insert(value.unitId, value);
            m_positionOrder.append(value.unitId);
        } else if (value.atMs >= it->atMs) {
            *it = value; // the latest wins
        }
    }
    if (!m_positions.isEmpty() && !m_positionTimer->isActive())
        m_positionTimer->start(int(std::max<qint64>(0, m_settings.positionInterval.count())));
}

void SyncSession::flushPositions()
{
    m_positionTimer->stop();
    if (m_positions.isEmpty())
        return;
    UnitPositions positions;
    positions.reserve(m_positionOrder.size());
    for (const QUuid &id : std::as_const(m_positionOrder))
        positions.append(m_positions.value(id));
    m_positions.clear();
    m_positionOrder.clear();
    Q_EMIT positionsReceived(positions);
}

void SyncSession::handleError(const wire::Envelope &envelope)
{
    wire::Error error;
    parseBody(envelope, &error);
    const QString server = serverName();
    const QString message = fromStd(error.message());
    if (error.code() == wire::Error::FORBIDDEN || error.code() == wire::Error::UNEXPECTED_MESSAGE) {
        // Not fatal: one message was refused, the session goes on.
        qCWarning(lcSync).noquote() << server << "refused a message:" << wire::Error::Code_Name(error.code()).c_str()
                                    << message;
        return;
    }
    QString detail;
    switch (error.code()) {
    case wire::Error::UNSUPPORTED_VERSION:
        detail =
            tr("The server %1 speaks another version of the sync protocol; this program needs an update.").arg(server);
        break;
    case wire::Error::BAD_CREDENTIALS:
        detail = tr("The server %1 refused the user name or password of “%2”.").arg(server, m_settings.user);
        break;
    case wire::Error::ACCOUNT_LOCKED:
        detail = tr("The account “%2” is locked on %1 after repeated failed logins; try again later or ask an "
                    "administrator.")
                     .arg(server, m_settings.user);
        break;
    case wire::Error::ACCOUNT_DISABLED:
        detail = tr("The account “%2” is disabled on %1.").arg(server, m_settings.user);
        break;
    case wire::Error::SESSION_EXPIRED:
        detail = tr("The session on %1 has expired; log in again.").arg(server);
        break;
    default:
        detail = tr("The server %1 reported an error: %2").arg(server, message);
        break;
    }
    if (isFinalRefusal(error)) {
        // Knocking again would only repeat the refusal (and count towards a lockout): wait for the user.
        qCWarning(lcSync).noquote() << "refused by" << server << "-" << messageTypeName(envelope.type())
                                    << wire::Error::Code_Name(error.code()).c_str() << message;
        m_welcomed = false;
        m_pushBusy = false;
        m_pushBatch.clear();
        SyncStatus status = m_status;
        status.state = LinkState::Refused;
        status.detail = detail;
        status.nextAttempt = QDateTime();
        setStatus(status);
        m_link->refuse(wire::Error::Code_Name(error.code()));
        return;
    }
    // Retryable: not fatal by itself (FORBIDDEN, UNEXPECTED_MESSAGE); when the server then closes the link, the
    // banner shows this instead of a bare "peer closed".
    qCWarning(lcSync).noquote() << "error from" << server << "-" << wire::Error::Code_Name(error.code()).c_str()
                                << message;
    m_serverError = message.isEmpty() ? QString::fromStdString(wire::Error::Code_Name(error.code())) : message;
}

} // namespace lintas::sync
