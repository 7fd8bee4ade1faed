#include "field/relaycommand.h"

#include <algorithm>

#include <QTimer>

#include "field/console.h"
#include "store/storereader.h"
#include "store/storeservice.h"
#include "sync/syncsession.h"

namespace lintas::field {

namespace {
constexpr int kStopBoundMs = 5'000;
}

RelayCommand::RelayCommand(Options options, QObject *parent) : QObject(parent), m_options(std::move(options)) {}

RelayCommand::~RelayCommand()
{
    delete m_relay;
    m_relay = nullptr;
    delete m_session;
    m_session = nullptr;
    if (m_store)
        m_store->stop();
}

void RelayCommand::start()
{
    m_store = new StoreService(m_options.connection.storePath, m_options.connection.siteId, this);
    connect(m_store, &StoreService::openFailed, this, [this](const QString &message) {
        warn(tr("Cannot open the store %1: %2").arg(m_options.connection.storePath, message));
        stop(1);
    });
    connect(m_store, &StoreService::opened, this, [this] {
        m_session = new sync::SyncSession(m_store, m_options.connection.settings, this);
        connect(m_session, &sync::SyncSession::statusChanged, this, &RelayCommand::onStatus);
        connect(m_session, &sync::SyncSession::certificateUntrusted, this,
                [](const QString &host, const QByteArray &sha256) {
                    warn(tr("The server %1 presented a certificate this gateway does not trust (SHA-256 %2). Check "
                            "the fingerprint with the server's operator, then pass --fingerprint or --ca.")
                             .arg(host, sync::formatFingerprint(sha256)));
                });
        say(tr("Syncing with %1 as %2; relaying %3 for %4 once caught up.")
                .arg(m_options.connection.server, m_options.connection.settings.user, m_options.source.describe(),
                     m_options.unit));
        m_session->start();
    });
    m_store->start();
}

void RelayCommand::onStatus(const sync::SyncStatus &status)
{
    if (status.state != m_lastState) {
        m_lastState = status.state;
        switch (status.state) {
        case sync::LinkState::Online:
            say(tr("Online with %1 as %2 (%3), region %4.")
                    .arg(m_options.connection.server, status.actor.user, toString(status.actor.role), status.region));
            m_offlineWarned = false;
            break;
        case sync::LinkState::Offline:
            say(tr("Offline: %1. Next attempt at %2.")
                    .arg(status.detail.isEmpty() ? tr("no connection") : status.detail,
                         status.nextAttempt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
            break;
        case sync::LinkState::Refused:
            warn(tr("The server refused the gateway: %1").arg(status.detail));
            stop(1);
            return;
        case sync::LinkState::Connecting:
        case sync::LinkState::Stopped:
            break;
        }
    }
    // The unit is looked up once the store holds what the server holds.
    if (!m_relay && !m_resolving && !m_stopping && status.state == sync::LinkState::Online &&
        status.cursor >= status.headSeq)
        resolveUnit();
}

void RelayCommand::resolveUnit()
{
    m_resolving = true;
    const QString wanted = m_options.unit;
    m_store->post([this, wanted](Store &store) {
        const QUuid id = QUuid::fromString(wanted);
        QUuid found;
        QString callsign;
        QString error;
        {
            StoreReader reader(store.path());
            if (!reader.isOpen())
                error = reader.errorString();
            for (const Unit &unit : reader.units()) {
                if ((!id.isNull() && unit.id == id) || unit.callsign.compare(wanted, Qt::CaseInsensitive) == 0) {
                    found = unit.id;
                    callsign = unit.callsign;
                    break;
                }
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, found, callsign, error, wanted] {
                m_resolving = false;
                if (m_stopping)
                    return;
                if (found.isNull()) {
                    warn(error.isEmpty() ? tr("No unit %1 in the region's roster (give its callsign, as JAKPUS-PJR-07, "
                                              "or its id).")
                                               .arg(wanted)
                                         : tr("Cannot read the store: %1").arg(error));
                    stop(1);
                    return;
                }
                startReading(found, callsign);
            },
            Qt::QueuedConnection);
    });
}

void RelayCommand::startReading(const QUuid &unitId, const QString &callsign)
{
    m_relay = new NmeaRelay(unitId, callsign, this);
    connect(m_relay, &NmeaRelay::fix, this, &RelayCommand::send);
    connect(m_relay, &NmeaRelay::problem, this, [this](qint64 line, const QString &sentence, const QString &what) {
        warn(tr("%1:%2: %3: %4").arg(m_options.source.describe()).arg(line).arg(what, sentence));
    });
    connect(m_relay, &NmeaRelay::failed, this, [this](const QString &message) {
        warn(message);
        stop(1);
    });
    connect(m_relay, &NmeaRelay::finished, this, [this] {
        say(tr("End of %1: %2 positions relayed, %3 dropped while offline, %4 bad sentences.")
                .arg(m_options.source.describe())
                .arg(m_sent)
                .arg(m_dropped)
                .arg(m_relay->problemCount()));
        if (m_relay->fixCount() == 0)
            warn(tr("%1 held no position fix (RMC or GGA sentences with a valid fix).")
                     .arg(m_options.source.describe()));
        stop(m_relay->fixCount() > 0 ? 0 : 1);
    });
    say(tr("Relaying %1 as %2 (%3).")
            .arg(m_options.source.describe(), callsign, unitId.toString(QUuid::WithoutBraces)));
    QString error;
    if (!m_relay->start(m_options.source, &error)) {
        warn(error);
        stop(1);
    }
}

void RelayCommand::send(const UnitFix &fix)
{
    if (!m_session || m_session->status().state != sync::LinkState::Online) {
        ++m_dropped;
        if (!m_offlineWarned)
            warn(tr("Offline: positions are dropped until the link is back (a late position is worth nothing)."));
        m_offlineWarned = true;
        return;
    }
    sync::UnitPosition position;
    position.unitId = fix.unitId;
    position.callsign = fix.callsign;
    position.latitude = fix.latitude;
    position.longitude = fix.longitude;
    position.headingDeg = fix.headingDeg;
    position.speedKmh = fix.speedKmh;
    position.atMs = fix.atMs;
    position.accuracyM = fix.accuracyM;
    m_session->sendPositions({position});
    ++m_sent;
}

void RelayCommand::stop(int exitCode)
{
    m_exitCode = std::max(m_exitCode, exitCode);
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_relay)
        m_relay->stop();
    if (m_session && m_session->isRunning()) {
        connect(m_session, &sync::SyncSession::stopped, this, &RelayCommand::afterSession);
        QTimer::singleShot(kStopBoundMs, this, &RelayCommand::afterSession);
        m_session->stop(); // the positions already sent go out before the BYE
        return;
    }
    QTimer::singleShot(0, this, &RelayCommand::afterSession);
}

void RelayCommand::afterSession()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_store)
        m_store->stop();
    Q_EMIT finished(m_exitCode);
}

} // namespace lintas::field
