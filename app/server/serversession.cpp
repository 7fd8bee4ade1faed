#include "server/serversession.h"

#include <algorithm>
#include <chrono>

#include <QDateTime>

#include "core/roles.h"
#include "server/dbworker.h"
#include "server/regionserver.h"
#include "sync/framedlink.h"

namespace lintas::server {

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr auto kHelloDeadline = 10s;
constexpr auto kIdleTimeout = 30s;
constexpr auto kPositionFlush = 100ms;
constexpr auto kShutdownBound = 2s;
// A batch is big enough that the per-batch work (one commit, one round trip) is small beside the entries, and
// its frame stays far below the 4 MiB limit: entries are added up to kBatchBytes (a single entry always goes).
constexpr int kChangesPerBatch = 2000;
constexpr std::size_t kBatchBytes = 1536 * 1024;
// The next batch travels while the client verifies and commits the one before, so neither side waits for
// the other; never more, so a slow client holds at most two batches of its server's memory.
constexpr std::size_t kBatchesInFlight = 2;
// A desk that reads slower than positions arrive gets them later, not more of them: live positions are lossy.
constexpr std::size_t kSlowReaderBytes = 1024 * 1024;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString fromStd(const std::string &text)
{
    return sync::fromStd(text);
}

wire::PushResult::Status toWire(PushOutcome::Status status)
{
    switch (status) {
    case PushOutcome::Status::Accepted:
        return wire::PushResult::ACCEPTED;
    case PushOutcome::Status::Duplicate:
        return wire::PushResult::DUPLICATE;
    case PushOutcome::Status::Rejected:
        break;
    }
    return wire::PushResult::REJECTED;
}

// Roles whose devices report unit positions (protocol: FIELD clients of field officers, supervisors, admins).
bool mayReportPositions(Role role)
{
    return role == Role::FieldOfficer || role == Role::Supervisor || role == Role::Admin;
}

} // namespace

struct ServerSession::LoginOutcome
{
    LoginResult login;
    bool byToken = false;
    bool tokenUnknown = false;
    QString region;
    QString epoch;
    quint64 highWater = 0;
    quint64 head = 0;
    sync::UnitPositions positions;
};

struct ServerSession::PushOutcomes
{
    QList<PushOutcome> results;
    quint64 highWater = 0;
    quint64 head = 0;
};

struct ServerSession::Batch
{
    quint64 after = 0; // the seq the batch follows
    QList<LogEntry> entries;
    QByteArray previousHash;
    quint64 head = 0;
};

ServerSession::ServerSession(RegionServer &server, std::shared_ptr<sync::FramedLink> link)
    : m_server(server), m_link(std::move(link)), m_peer(QString::fromStdString(m_link->remoteAddress())),
      m_helloTimer(m_link->executor()), m_idleTimer(m_link->executor()), m_positionTimer(m_link->executor())
{
}

ServerSession::~ServerSession() = default;

void ServerSession::start()
{
    const std::weak_ptr<ServerSession> weak = weak_from_this();
    sync::FramedLink::Handlers handlers;
    handlers.onMessage = [weak](wire::Envelope &&envelope) {
        if (auto self = weak.lock())
            self->onMessage(std::move(envelope));
    };
    handlers.onBadFrame = [weak](sync::FrameReader::Result problem, const std::string &reason) {
        if (auto self = weak.lock())
            self->onBadFrame(problem, reason);
    };
    handlers.onClosed = [weak](const std::string &reason) {
        if (auto self = weak.lock())
            self->onClosed(reason);
    };
    m_link->start(std::move(handlers));

    m_helloTimer.expires_after(kHelloDeadline);
    m_helloTimer.async_wait([weak](const boost::system::error_code &error) {
        auto self = weak.lock();
        if (error || !self || self->m_state != State::AwaitingHello)
            return;
        qCInfo(lcServer).noquote() << "no HELLO within 10 s from" << self->m_peer;
        self->m_link->close("no HELLO within 10 s");
    });
    armIdleCheck();
}

// Either side treats 30 s without a received byte as a dead link (clients PING after 10 s of silence).
void ServerSession::armIdleCheck()
{
    const auto deadline = std::max(m_link->lastReceived(), Clock::now() - 1s) + kIdleTimeout;
    m_idleTimer.expires_at(deadline);
    m_idleTimer.async_wait([weak = weak_from_this()](const boost::system::error_code &error) {
        auto self = weak.lock();
        if (error || !self || self->m_state == State::Closed)
            return;
        if (Clock::now() - self->m_link->lastReceived() >= kIdleTimeout) {
            qCInfo(lcServer).noquote() << "closing the idle link of" << self->m_peer;
            self->m_link->close("idle for 30 s");
            return;
        }
        self->armIdleCheck();
    });
}

template <typename Message> void ServerSession::send(wire::MessageType type, quint64 corrId, const Message &message)
{
    if (m_state == State::Closed)
        return;
    m_link->send(sync::encodeFrame(type, corrId, message));
}

void ServerSession::sendError(wire::Error::Code code, const QString &message, bool retryable, quint64 corrId)
{
    wire::Error error;
    error.set_code(code);
    error.set_message(sync::toStd(message));
    error.set_retryable(retryable);
    send(wire::ERROR, corrId, error);
}

void ServerSession::audit(const QString &event, const QString &detail)
{
    m_server.audit(event, m_account.name, m_peer, detail);
}

void ServerSession::badInput(wire::Error::Code code, const QString &detail, quint64 corrId, bool fatal)
{
    qCInfo(lcServer).noquote() << "bad input from" << m_peer << ":" << detail;
    audit(QStringLiteral("bad_input"), detail);
    sendError(code, detail, false, corrId);
    if (fatal)
        closeAfterFlush();
}

void ServerSession::closeAfterFlush()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    m_state = State::Closing;
    m_link->shutdown(kShutdownBound, [] {});
}

void ServerSession::sayBye(const QString &reason)
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    wire::Bye bye;
    bye.set_reason(sync::toStd(reason));
    send(wire::BYE, 0, bye);
    closeAfterFlush();
}

bool ServerSession::receivesPositions() const
{
    return m_state == State::Active && m_desk;
}

void ServerSession::onBadFrame(sync::FrameReader::Result problem, const std::string &reason)
{
    // Nothing of the frame was allocated or read; answer, then close (the stream cannot be resynchronised).
    const bool tooLarge = problem == sync::FrameReader::Result::TooLarge;
    badInput(tooLarge ? wire::Error::FRAME_TOO_LARGE : wire::Error::MALFORMED, fromStd(reason), 0, true);
}

void ServerSession::onClosed(const std::string &reason)
{
    if (m_state == State::Closed)
        return;
    qCDebug(lcServer).noquote() << "link of" << m_peer << "closed:" << fromStd(reason);
    m_state = State::Closed;
    m_helloTimer.cancel();
    m_idleTimer.cancel();
    m_positionTimer.cancel();
    m_server.sessionClosed(this); // may drop the registry's reference; the caller's weak_ptr lock holds us
}

void ServerSession::onMessage(wire::Envelope &&envelope)
{
    switch (m_state) {
    case State::AwaitingHello:
        if (envelope.type() != wire::HELLO) {
            badInput(wire::Error::NOT_AUTHENTICATED,
                     QStringLiteral("%1 before HELLO").arg(QString::fromLatin1(sync::messageTypeName(envelope.type()))),
                     envelope.corr_id(), true);
            return;
        }
        handleHello(envelope);
        return;
    case State::LoggingIn:
        // A client may pipeline behind its HELLO; these wait for the answer.
        m_early.push_back(std::move(envelope));
        return;
    case State::Active:
        handleActive(envelope);
        return;
    case State::Closing:
    case State::Closed:
        return;
    }
}

void ServerSession::handleActive(const wire::Envelope &envelope)
{
    switch (envelope.type()) {
    case wire::PUSH:
        handlePush(envelope);
        return;
    case wire::CHANGES_ACK:
        handleChangesAck(envelope);
        return;
    case wire::POSITION:
        handlePositions(envelope);
        return;
    case wire::PING: {
        wire::Ping ping;
        if (!sync::parseBody(envelope, &ping)) {
            badInput(wire::Error::MALFORMED, QStringLiteral("PING body does not decode"), envelope.corr_id(), true);
            return;
        }
        wire::Pong pong;
        pong.set_at_ms(ping.at_ms());
        send(wire::PONG, envelope.corr_id(), pong);
        return;
    }
    case wire::PONG:
        return; // an answer to nothing we asked; harmless, the bytes kept the link alive
    case wire::BYE: {
        wire::Bye bye;
        sync::parseBody(envelope, &bye);
        qCDebug(lcServer).noquote() << m_peer << "said BYE:" << fromStd(bye.reason());
        closeAfterFlush();
        return;
    }
    default:
        badInput(wire::Error::UNEXPECTED_MESSAGE,
                 QStringLiteral("unexpected %1 (type %2) after WELCOME")
                     .arg(QString::fromLatin1(sync::messageTypeName(envelope.type())))
                     .arg(int(envelope.type())),
                 envelope.corr_id(), false);
        return;
    }
}

void ServerSession::handleHello(const wire::Envelope &envelope)
{
    m_helloTimer.cancel();
    wire::Hello hello;
    if (!sync::parseBody(envelope, &hello)) {
        badInput(wire::Error::MALFORMED, QStringLiteral("HELLO body does not decode"), envelope.corr_id(), true);
        return;
    }
    if (hello.protocol_version() != sync::kProtocolVersion) {
        const QString detail = QStringLiteral("protocol version %1 (this server speaks %2), client %3")
                                   .arg(hello.protocol_version())
                                   .arg(sync::kProtocolVersion)
                                   .arg(fromStd(hello.client_name()));
        m_server.audit(QStringLiteral("protocol_refused"), fromStd(hello.user()), m_peer, detail);
        sendError(wire::Error::UNSUPPORTED_VERSION,
                  QStringLiteral("unsupported protocol version %1; this server speaks version %2")
                      .arg(hello.protocol_version())
                      .arg(sync::kProtocolVersion),
                  false, envelope.corr_id());
        closeAfterFlush();
        return;
    }
    if (hello.site_id().empty() || (hello.user().empty() && hello.session_token().empty())) {
        badInput(wire::Error::MALFORMED, QStringLiteral("HELLO without a site id or a user"), envelope.corr_id(), true);
        return;
    }

    m_state = State::LoggingIn;
    const QString user = fromStd(hello.user());
    const QString password = fromStd(hello.password());
    const QString token = fromStd(hello.session_token());
    const QString siteId = fromStd(hello.site_id());
    const QString defaultRegion = m_server.defaultRegion();
    const QString peer = m_peer;
    // Everything the WELCOME needs, read in one job so that the head and the high-water mark belong together.
    m_server.db().run(
        [user, password, token, siteId, defaultRegion, peer](ServerStore &store) {
            LoginOutcome outcome;
            const qint64 now = nowMs();
            if (password.isEmpty() && !token.isEmpty()) {
                outcome.byToken = true;
                const std::optional<Account> account = store.accountForToken(token, now);
                if (!account || (!user.isEmpty() && account->name != user)) {
                    outcome.tokenUnknown = true;
                    store.audit({now, QStringLiteral("login_failed"), user, peer,
                                 QStringLiteral("unknown or expired session token")});
                    return outcome;
                }
                outcome.login.account = *account;
                outcome.login.token = token;
                if (account->disabled)
                    outcome.login.outcome = LoginResult::Outcome::Disabled;
                else if (account->lockedUntilMs > now)
                    outcome.login.outcome = LoginResult::Outcome::Locked;
                else
                    outcome.login.outcome = LoginResult::Outcome::Ok;
            } else {
                outcome.login = store.login(user, password, peer, now);
            }
            if (outcome.login.outcome != LoginResult::Outcome::Ok)
                return outcome;
            const QString polda = poldaOf(outcome.login.account.scope);
            outcome.region = polda.isEmpty() ? defaultRegion : polda;
            outcome.epoch = store.epoch();
            outcome.highWater = store.highWater(siteId);
            outcome.head = store.headSeq(outcome.region);
            outcome.positions = store.latestPositions(outcome.region);
            if (outcome.byToken)
                store.audit(
                    {now, QStringLiteral("login"), outcome.login.account.name, peer, QStringLiteral("session token")});
            return outcome;
        },
        [weak = weak_from_this(), hello](LoginOutcome outcome) {
            if (auto self = weak.lock())
                self->loggedIn(hello, std::move(outcome));
        });
}

void ServerSession::loggedIn(const wire::Hello &hello, LoginOutcome outcome)
{
    if (m_state != State::LoggingIn)
        return;
    const QString user = fromStd(hello.user());
    const auto refuse = [this](wire::Error::Code code, const QString &message) {
        sendError(code, message, false);
        m_early.clear();
        closeAfterFlush();
    };
    if (outcome.tokenUnknown) {
        refuse(wire::Error::SESSION_EXPIRED, QStringLiteral("the session has expired; log in with the password"));
        return;
    }
    switch (outcome.login.outcome) {
    case LoginResult::Outcome::Ok:
        break;
    case LoginResult::Outcome::BadCredentials:
        refuse(wire::Error::BAD_CREDENTIALS, QStringLiteral("wrong user name or password"));
        return;
    case LoginResult::Outcome::Locked:
        refuse(wire::Error::ACCOUNT_LOCKED,
               QStringLiteral("the account %1 is locked after repeated failed logins until %2")
                   .arg(user, QDateTime::fromMSecsSinceEpoch(outcome.login.lockedUntilMs).toString(Qt::ISODate)));
        return;
    case LoginResult::Outcome::Disabled:
        refuse(wire::Error::ACCOUNT_DISABLED, QStringLiteral("the account %1 is disabled").arg(user));
        return;
    }

    m_state = State::Active;
    m_account = outcome.login.account;
    m_siteId = fromStd(hello.site_id());
    m_region = outcome.region;
    m_desk = hello.kind() != wire::FIELD;
    m_knownHead = outcome.head;
    qCInfo(lcServer).noquote() << m_account.name << "logged in from" << m_peer << "site" << m_siteId << "region"
                               << m_region << (m_desk ? "(desk)" : "(field)");

    wire::Welcome welcome;
    welcome.set_server_epoch(sync::toStd(outcome.epoch));
    welcome.set_high_water(outcome.highWater);
    welcome.set_head_seq(outcome.head);
    welcome.set_session_token(sync::toStd(outcome.login.token));
    welcome.set_token_expires_ms(outcome.login.expiresMs);
    welcome.set_role(sync::toStd(toString(m_account.role)));
    welcome.set_scope(sync::toStd(m_account.scope));
    welcome.set_display_name(sync::toStd(m_account.displayName));
    welcome.set_server_time_ms(nowMs());
    welcome.set_region(sync::toStd(m_region));
    send(wire::WELCOME, 0, welcome);

    // A cursor from another epoch (the server was restored) or beyond the head means nothing here.
    const bool otherEpoch = !hello.server_epoch().empty() && fromStd(hello.server_epoch()) != outcome.epoch;
    if (otherEpoch || hello.download_cursor() > outcome.head) {
        wire::ResyncRequired resync;
        resync.set_reason(otherEpoch ? "the server's log has another epoch (restored from a backup)"
                                     : "the download cursor is beyond the server's head");
        resync.set_server_epoch(sync::toStd(outcome.epoch));
        send(wire::RESYNC_REQUIRED, 0, resync);
        m_cursor = 0;
    } else {
        m_cursor = hello.download_cursor();
    }

    m_server.joinRegion(this, m_region, outcome.head, outcome.positions);
    if (m_desk) {
        wire::Positions positions;
        for (const sync::UnitPosition &position : m_server.latestPositions(m_region))
            sync::toWire(position, positions.add_positions());
        send(wire::POSITION, 0, positions);
    }
    streamChanges();

    while (!m_early.empty() && m_state == State::Active) {
        const wire::Envelope envelope = std::move(m_early.front());
        m_early.pop_front();
        handleActive(envelope);
    }
}

void ServerSession::handlePush(const wire::Envelope &envelope)
{
    m_pushes.push_back(envelope);
    pushNext();
}

// One batch in the database at a time, so that acks go out in the order the batches came.
void ServerSession::pushNext()
{
    if (m_pushing || m_pushes.empty() || m_state != State::Active)
        return;
    const wire::Envelope envelope = std::move(m_pushes.front());
    m_pushes.pop_front();
    wire::Push push;
    if (!sync::parseBody(envelope, &push)) {
        badInput(wire::Error::MALFORMED, QStringLiteral("PUSH body does not decode"), envelope.corr_id(), true);
        return;
    }
    // Records that do not make a change are answered here; the rest go to the store, results merged in order.
    QList<PushOutcome> results(push.changes_size());
    QList<int> storedIndexes;
    QList<IncomingChange> incoming;
    for (int index = 0; index < push.changes_size(); ++index) {
        const wire::ChangeRecord &record = push.changes(index);
        IncomingChange change;
        change.clientSeq = record.client_seq();
        QString error;
        PushOutcome &result = results[index];
        result.opId = QUuid::fromString(fromStd(record.op_id()));
        if (!sync::fromWire(record, &change.change, &error)) {
            result.reasonCode = QStringLiteral("invalid");
            result.reason = QStringLiteral("change %1 is invalid: %2").arg(fromStd(record.op_id()), error);
        } else if (change.change.siteId != m_siteId) {
            result.reasonCode = QStringLiteral("invalid");
            result.reason = QStringLiteral("change %1 belongs to site %2, not to this session's site %3")
                                .arg(fromStd(record.op_id()), change.change.siteId, m_siteId);
        } else if (change.change.schemaVersion > kChangeSchemaVersion) {
            result.reasonCode = QStringLiteral("schema");
            result.reason = QStringLiteral("change %1 has schema version %2; this server reads up to %3")
                                .arg(fromStd(record.op_id()))
                                .arg(change.change.schemaVersion)
                                .arg(kChangeSchemaVersion);
        } else {
            storedIndexes << index;
            incoming << change;
            continue;
        }
        audit(QStringLiteral("change_rejected"), result.reason);
    }
    m_pushing = true;
    const quint64 corrId = envelope.corr_id();
    m_server.db().run(
        [account = m_account, siteId = m_siteId, region = m_region, incoming](ServerStore &store) {
            PushOutcomes outcomes;
            if (!incoming.isEmpty())
                outcomes.results = store.push(account, siteId, incoming, nowMs());
            outcomes.highWater = store.highWater(siteId);
            outcomes.head = store.headSeq(region);
            return outcomes;
        },
        [weak = weak_from_this(), corrId, storedIndexes, results](PushOutcomes outcomes) mutable {
            if (auto self = weak.lock())
                self->pushed(corrId, storedIndexes, std::move(results), std::move(outcomes));
        });
}

void ServerSession::pushed(quint64 corrId, const QList<int> &storedIndexes, QList<PushOutcome> results,
                           PushOutcomes outcomes)
{
    m_pushing = false;
    if (m_state != State::Active)
        return;
    if (outcomes.results.size() != storedIndexes.size()) {
        // The transaction failed: nothing of the batch counts; the client sends it again after reconnecting.
        qCWarning(lcServer).noquote() << "push from" << m_peer << "failed in the database";
        sendError(wire::Error::INTERNAL, QStringLiteral("the server could not store the changes; try again later"),
                  true, corrId);
        closeAfterFlush();
        return;
    }
    bool accepted = false;
    for (qsizetype index = 0; index < storedIndexes.size(); ++index) {
        results[storedIndexes[index]] = outcomes.results[index];
        accepted = accepted || outcomes.results[index].status == PushOutcome::Status::Accepted;
    }
    wire::PushAck ack;
    for (const PushOutcome &result : std::as_const(results)) {
        wire::PushResult *out = ack.add_results();
        out->set_op_id(sync::toStd(result.opId.toString(QUuid::WithoutBraces)));
        out->set_status(toWire(result.status));
        out->set_server_seq(result.serverSeq);
        out->set_reason_code(sync::toStd(result.reasonCode));
        out->set_reason(sync::toStd(result.reason));
    }
    ack.set_high_water(outcomes.highWater);
    send(wire::PUSH_ACK, corrId, ack);
    if (accepted)
        m_server.headAdvanced(m_region, outcomes.head);
    pushNext();
}

void ServerSession::handleChangesAck(const wire::Envelope &envelope)
{
    wire::ChangesAck ack;
    if (!sync::parseBody(envelope, &ack)) {
        badInput(wire::Error::MALFORMED, QStringLiteral("CHANGES_ACK body does not decode"), envelope.corr_id(), true);
        return;
    }
    if (m_inFlightEnds.empty()) {
        badInput(wire::Error::UNEXPECTED_MESSAGE, QStringLiteral("CHANGES_ACK without a CHANGES batch in flight"),
                 envelope.corr_id(), false);
        return;
    }
    // Acknowledgements come in the order the batches went out.
    const quint64 batchEnd = m_inFlightEnds.front();
    m_inFlightEnds.pop_front();
    m_cursor = std::max(m_cursor, std::min<quint64>(ack.cursor(), batchEnd));
    if (m_cursor < batchEnd) {
        // A client that committed less than it was sent gets the rest again, after the batches still on their
        // way (it drops those: they do not follow what it holds).
        m_sentUpTo = m_cursor;
    }
    streamChanges();
}

void ServerSession::headAdvanced(quint64 head)
{
    m_knownHead = std::max(m_knownHead, head);
    streamChanges();
}

// Sends the next batch after what was sent, unless two are unacknowledged or one is being read.
void ServerSession::streamChanges()
{
    if (m_state != State::Active || m_fetching || m_inFlightEnds.size() >= kBatchesInFlight)
        return;
    const quint64 after = m_inFlightEnds.empty() ? m_cursor : m_sentUpTo;
    if (after >= m_knownHead)
        return;
    m_fetching = true;
    m_server.db().run(
        [region = m_region, after](ServerStore &store) {
            Batch batch;
            batch.after = after;
            batch.entries = store.entriesAfter(region, after, kChangesPerBatch);
            batch.previousHash = after == 0 ? QByteArray() : store.hashAt(region, after);
            batch.head = store.headSeq(region);
            return batch;
        },
        [weak = weak_from_this()](Batch batch) {
            if (auto self = weak.lock())
                self->sendBatch(std::move(batch));
        });
}

void ServerSession::sendBatch(Batch batch)
{
    m_fetching = false;
    if (m_state != State::Active)
        return;
    m_knownHead = std::max(m_knownHead, batch.head);
    if (batch.entries.isEmpty())
        return; // the head moved in another process but its rows are not visible yet; the next poll retries
    if (batch.after != (m_inFlightEnds.empty() ? m_cursor : m_sentUpTo)) {
        streamChanges(); // the client asked for an earlier point meanwhile
        return;
    }
    wire::Changes changes;
    std::size_t bytes = 0;
    quint64 last = 0;
    for (const LogEntry &entry : std::as_const(batch.entries)) {
        wire::ChangeRecord record;
        sync::toWire(entry.change, &record);
        record.set_client_seq(entry.clientSeq);
        record.set_server_seq(entry.serverSeq);
        record.set_hash(entry.hash.toStdString());
        bytes += record.ByteSizeLong() + 8; // with its tag and length
        if (changes.changes_size() > 0 && bytes > kBatchBytes)
            break; // the rest comes in the next batch
        *changes.add_changes() = std::move(record);
        last = entry.serverSeq;
    }
    changes.set_head_seq(m_knownHead);
    changes.set_prev_hash(batch.previousHash.toStdString());
    m_sentUpTo = last;
    m_inFlightEnds.push_back(last);
    send(wire::CHANGES, 0, changes);
    streamChanges(); // the next one, while the client works on this one
}

void ServerSession::handlePositions(const wire::Envelope &envelope)
{
    if (m_desk || !mayReportPositions(m_account.role)) {
        const QString detail = QStringLiteral("POSITION from %1 (%2, %3 client) refused")
                                   .arg(m_account.name, toString(m_account.role),
                                        m_desk ? QStringLiteral("desk") : QStringLiteral("field"));
        audit(QStringLiteral("forbidden"), detail);
        sendError(wire::Error::FORBIDDEN,
                  QStringLiteral("only field clients of field officers, supervisors and admins report positions"),
                  false, envelope.corr_id());
        return;
    }
    wire::Positions message;
    if (!sync::parseBody(envelope, &message)) {
        badInput(wire::Error::MALFORMED, QStringLiteral("POSITION body does not decode"), envelope.corr_id(), true);
        return;
    }
    sync::UnitPositions positions;
    positions.reserve(message.positions_size());
    for (const wire::Position &record : message.positions()) {
        sync::UnitPosition position;
        QString error;
        if (sync::fromWire(record, &position, &error))
            positions << position;
        else
            qCDebug(lcServer).noquote() << "skipping a position from" << m_peer << ":" << error;
    }
    if (!positions.isEmpty())
        m_server.positionsReceived(m_region, positions);
}

void ServerSession::queuePositions(const sync::UnitPositions &positions)
{
    if (!receivesPositions())
        return;
    for (const sync::UnitPosition &position : positions)
        m_pendingPositions.insert(position.unitId, position);
    armPositionFlush();
}

// Coalesces a desk's positions: whatever arrives within 100 ms goes out as one message, the latest per unit.
void ServerSession::armPositionFlush()
{
    if (m_positionFlushArmed || m_pendingPositions.isEmpty())
        return;
    m_positionFlushArmed = true;
    m_positionTimer.expires_after(kPositionFlush);
    m_positionTimer.async_wait([weak = weak_from_this()](const boost::system::error_code &error) {
        auto self = weak.lock();
        if (!self)
            return;
        self->m_positionFlushArmed = false;
        if (!error)
            self->flushPositions();
    });
}

void ServerSession::flushPositions()
{
    if (!receivesPositions()) {
        m_pendingPositions.clear();
        return;
    }
    if (m_link->queuedBytes() > kSlowReaderBytes) {
        armPositionFlush(); // a slow reader: keep only the latest and try again
        return;
    }
    wire::Positions message;
    message.mutable_positions()->Reserve(int(m_pendingPositions.size()));
    for (const sync::UnitPosition &position : std::as_const(m_pendingPositions))
        sync::toWire(position, message.add_positions());
    m_pendingPositions.clear();
    send(wire::POSITION, 0, message);
}

} // namespace lintas::server
