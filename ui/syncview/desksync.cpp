#include "syncview/desksync.h"

#include <cstdio>

#include <QDialog>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSettings>
#include <QStatusBar>

#include "core/changefactory.h"
#include "mainwindow.h"
#include "store/storeservice.h"
#include "sync/tlsconfig.h"
#include "syncview/certificatedialog.h"
#include "syncview/logindialog.h"

Q_LOGGING_CATEGORY(lcDeskSync, "lintas.ui.sync")

namespace lintas {
namespace {

const QString kServerKey = QStringLiteral("sync/server");
const QString kCaKey = QStringLiteral("sync/ca");
const QString kUserKey = QStringLiteral("sync/user");
const QString kFingerprintKey = QStringLiteral("sync/fingerprint");
const QString kActorKey = QStringLiteral("desk/actor");

// A refusal and the certificate signal that explains it arrive as separate queued calls.
constexpr int kRefusalSettleMs = 300;

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
    std::fflush(stream);
}

} // namespace

DeskSync::DeskSync(DeskSyncOptions options, StoreService *service, MainWindow *window, ChangeFactory *factory,
                   bool interactive, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_service(service), m_window(window), m_factory(factory),
      m_interactive(interactive)
{
    sync::registerSyncMetaTypes();
    m_refusalCheck.setSingleShot(true);
    m_refusalCheck.setInterval(kRefusalSettleMs);
    connect(&m_refusalCheck, &QTimer::timeout, this, &DeskSync::onRefusedLogin);
    connect(m_service, &StoreService::outboxCountChanged, this, &DeskSync::setOutboxCount);
    connect(m_window, &MainWindow::syncRetryRequested, this, &DeskSync::retryNow);
    connect(m_window, &MainWindow::loginRequested, this,
            [this] { askLogin(m_lastState == sync::LinkState::Refused ? m_refusalDetail : QString()); });
}

DeskSync::~DeskSync()
{
    // stop() is the orderly way; whatever is left goes without waiting for the BYE.
    dropSession();
}

bool DeskSync::parseServer(const QString &text, QString *host, quint16 *port, QString *error)
{
    const QString address = text.trimmed();
    const auto refuse = [&] {
        if (error)
            *error = tr("The server address “%1” is not HOST:PORT (for example 10.20.0.5:7443).").arg(text);
        return false;
    };
    QString name;
    QString portText;
    if (address.startsWith(QLatin1Char('['))) {
        const qsizetype close = address.indexOf(QLatin1Char(']'));
        if (close < 0)
            return refuse();
        name = address.mid(1, close - 1);
        const QString rest = address.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return refuse();
            portText = rest.mid(1);
            if (portText.isEmpty())
                return refuse();
        }
    } else if (address.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = address.indexOf(QLatin1Char(':'));
        name = address.left(colon);
        portText = address.mid(colon + 1);
        if (portText.isEmpty())
            return refuse();
    } else {
        name = address; // a host name, or an IPv6 address without brackets and so without a port
    }
    if (name.isEmpty() || name.contains(QLatin1Char(' ')))
        return refuse();
    quint16 number = kDefaultPort;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return refuse();
        number = quint16(value);
    }
    *host = name;
    *port = number;
    return true;
}

DeskSyncOptions DeskSync::remembered(DeskSyncOptions given)
{
    QSettings settings;
    const QString savedServer = settings.value(kServerKey).toString();
    if (given.server.isEmpty()) {
        given.server = savedServer;
        if (given.server.isEmpty())
            return given; // local only
    }
    QString host;
    quint16 port = 0;
    if (!parseServer(given.server, &host, &port, nullptr))
        return given; // start() says what is wrong; a bad address is never remembered
    const bool sameServer = given.server == savedServer;
    settings.setValue(kServerKey, given.server);
    if (!sameServer && given.fingerprint.isEmpty())
        settings.remove(kFingerprintKey); // the pin was for another server
    const auto keep = [&](QString &value, const QString &key) {
        if (!value.isEmpty())
            settings.setValue(key, value);
        else if (sameServer)
            value = settings.value(key).toString();
    };
    keep(given.caFile, kCaKey);
    keep(given.user, kUserKey);
    keep(given.fingerprint, kFingerprintKey);
    return given;
}

void DeskSync::start()
{
    QString host;
    quint16 port = 0;
    QString error;
    if (!parseServer(m_options.server, &host, &port, &error)) {
        Q_EMIT failed(error);
        return;
    }
    if (!m_options.fingerprint.isEmpty() && sync::parseFingerprint(m_options.fingerprint).isEmpty()) {
        Q_EMIT failed(tr("The fingerprint “%1” is not a SHA-256 fingerprint (32 pairs of hex digits, AB:CD:…).")
                          .arg(m_options.fingerprint));
        return;
    }
    if (m_options.user.isEmpty() || m_options.password.isEmpty()) {
        if (m_interactive) {
            askLogin();
            return;
        }
        Q_EMIT failed(tr("No user name and password to log in to %1: give --user NAME and --password-file FILE "
                         "(or set LINTAS_PASSWORD).")
                          .arg(m_options.server));
        return;
    }
    startSession();
}

void DeskSync::startSession()
{
    dropSession();
    sync::SyncSettings settings;
    QString error;
    if (!parseServer(m_options.server, &settings.host, &settings.port, &error)) {
        Q_EMIT failed(error);
        return;
    }
    settings.tls.caFile = m_options.caFile;
    settings.tls.pinnedSha256 = sync::parseFingerprint(m_options.fingerprint);
    settings.insecureLoopback = m_options.insecureLoopback;
    settings.user = m_options.user;
    settings.password = m_options.password;
    settings.kind = wire::DESK;
    settings.clientName = QStringLiteral("lintas " LINTAS_VERSION);

    m_certificateRefused = false;
    m_positionsSeen = false;
    m_settled = false;
    m_lastState = sync::LinkState::Stopped;
    m_window->setSyncRefusal(SyncStatusText::Refusal::Login);
    m_session = std::make_unique<sync::SyncSession>(m_service, settings);
    sync::SyncSession *session = m_session.get();
    connect(session, &sync::SyncSession::statusChanged, this, &DeskSync::onStatus);
    connect(session, &sync::SyncSession::positionsReceived, this, [this](const sync::UnitPositions &positions) {
        m_window->applyPositions(positions);
        m_positionsSeen = true;
        checkSettled();
    });
    connect(session, &sync::SyncSession::changeRejected, m_window, &MainWindow::addRejectedChange);
    connect(session, &sync::SyncSession::certificateUntrusted, this, &DeskSync::onCertificateUntrusted);
    connect(session, &sync::SyncSession::chainBroken, this, [this](quint64 serverSeq, const QString &detail) {
        qCWarning(lcDeskSync) << "pulled entry" << serverSeq << "does not verify:" << detail;
        m_window->statusBar()->showMessage(
            tr("The server's log did not verify at entry %1 (%2). Nothing of it was applied; the desk tries again.")
                .arg(serverSeq)
                .arg(detail),
            15000);
    });
    qCInfo(lcDeskSync) << "syncing with" << m_options.server << "as" << m_options.user;
    session->start();
}

void DeskSync::dropSession()
{
    m_refusalCheck.stop();
    if (!m_session)
        return;
    disconnect(m_session.get(), nullptr, this, nullptr);
    disconnect(m_session.get(), nullptr, m_window, nullptr);
    m_session.reset();
}

void DeskSync::stop(std::chrono::milliseconds bound)
{
    for (QDialog *dialog : {static_cast<QDialog *>(m_login.data()), static_cast<QDialog *>(m_certificate.data())}) {
        if (dialog) {
            disconnect(dialog, nullptr, this, nullptr);
            dialog->close();
        }
    }
    if (!m_session)
        return;
    std::unique_ptr<sync::SyncSession> session = std::move(m_session);
    m_refusalCheck.stop();
    disconnect(session.get(), nullptr, this, nullptr);
    disconnect(session.get(), nullptr, m_window, nullptr);
    if (session->isRunning()) {
        // The session bounds its own BYE and TLS shutdown; this bound only keeps a broken one from holding
        // the desk open. The loop runs timers and queued calls, not the dispatcher's clicks.
        QEventLoop loop;
        bool stopped = false;
        connect(session.get(), &sync::SyncSession::stopped, &loop, [&loop, &stopped] {
            stopped = true;
            loop.quit();
        });
        QTimer::singleShot(bound, &loop, &QEventLoop::quit);
        session->stop();
        if (!stopped)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        if (!stopped)
            qCWarning(lcDeskSync) << "the sync session did not stop within" << bound.count() << "ms";
    }
    session.reset();
}

void DeskSync::setOutboxCount(int count)
{
    m_outboxCount = count;
    if (!m_session && m_lastState == sync::LinkState::Refused)
        showLoggedOut(); // the banner counts the changes kept
}

bool DeskSync::isSettled() const
{
    if (!m_session)
        return false;
    const sync::SyncStatus &status = m_session->status();
    return status.state == sync::LinkState::Online && status.cursor >= status.headSeq && m_positionsSeen;
}

bool DeskSync::isRefused() const
{
    return !m_session || m_session->status().state == sync::LinkState::Refused;
}

void DeskSync::checkSettled()
{
    if (!m_settled && isSettled()) {
        m_settled = true;
        Q_EMIT settled();
    }
}

void DeskSync::retryNow()
{
    if (m_session)
        m_session->reconnectNow();
    else
        askLogin();
}

void DeskSync::onStatus(const sync::SyncStatus &status)
{
    const sync::LinkState previous = m_lastState;
    m_lastState = status.state;
    m_window->setSyncStatus(status);
    // From WELCOME on, local changes are made in the logged-in user's name and the actions follow the role.
    if (status.state == sync::LinkState::Online && !status.actor.user.isEmpty()) {
        const Actor &actor = status.actor;
        if (!m_actor || m_actor->user != actor.user || m_actor->role != actor.role || m_actor->scope != actor.scope) {
            m_actor = actor;
            m_factory->setActor(actor.user);
            QSettings().setValue(kActorKey, actor.user);
            m_window->setActor(actor);
        }
    }
    if (status.state == sync::LinkState::Refused) {
        m_refusalDetail = status.detail;
        if (previous != sync::LinkState::Refused && !m_certificateRefused)
            m_refusalCheck.start();
    } else {
        m_refusalCheck.stop();
        if (m_certificateRefused) {
            m_certificateRefused = false;
            m_window->setSyncRefusal(SyncStatusText::Refusal::Login);
        }
    }
    checkSettled();
}

void DeskSync::onRefusedLogin()
{
    if (m_certificateRefused || !m_session)
        return;
    const QString detail = m_refusalDetail;
    m_window->setSyncRefusal(SyncStatusText::Refusal::Login);
    if (m_interactive)
        askLogin(detail);
    else
        printLine(
            stderr,
            tr("The regional server %1 refused the login of %2: %3").arg(m_options.server, m_options.user, detail));
}

void DeskSync::askLogin(const QString &refusal)
{
    if (!m_interactive)
        return;
    if (m_login) {
        m_login->setRefusal(refusal);
        m_login->raise();
        m_login->activateWindow();
        return;
    }
    auto *dialog = new LoginDialog(m_options.server, m_options.user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRefusal(refusal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_options.user = dialog->user();
        m_options.password = dialog->password();
        QSettings().setValue(kUserKey, m_options.user);
        startSession();
    });
    connect(dialog, &QDialog::rejected, this, &DeskSync::showLoggedOut);
    m_login = dialog;
    dialog->open();
}

void DeskSync::showLoggedOut()
{
    m_window->setSyncRefusal(SyncStatusText::Refusal::LoggedOut);
    if (m_session)
        return; // it stays Refused; the status it last reported still holds
    sync::SyncStatus status;
    status.state = sync::LinkState::Refused;
    status.outboxCount = m_outboxCount;
    m_lastState = status.state;
    m_window->setSyncStatus(status);
}

void DeskSync::onCertificateUntrusted(const QString &host, const QByteArray &sha256)
{
    m_certificateRefused = true;
    m_refusalCheck.stop();
    if (m_login) { // asked for on the refusal before the reason was known
        disconnect(m_login, nullptr, this, nullptr);
        m_login->close();
    }
    m_window->setSyncRefusal(SyncStatusText::Refusal::Certificate);
    const QString fingerprint = sync::formatFingerprint(sha256);
    qCWarning(lcDeskSync) << "untrusted certificate from" << host << fingerprint;
    if (!m_interactive) {
        printLine(stderr, tr("The server %1 presented a certificate this desk does not trust. Its SHA-256 "
                             "fingerprint is %2. Compare it with the one the server administrator gives, then start "
                             "with --fingerprint %2 (or --ca with the agency CA file).")
                              .arg(m_options.server, fingerprint));
        return;
    }
    if (m_certificate)
        return; // already asking about it
    auto *dialog = new CertificateDialog(m_options.server, sha256, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, sha256, fingerprint] {
        m_options.fingerprint = fingerprint;
        QSettings().setValue(kFingerprintKey, fingerprint);
        if (m_session)
            m_session->trustFingerprint(sha256);
    });
    // Cancel: the state stays Refused and the banner says the certificate was not confirmed.
    m_certificate = dialog;
    dialog->open();
}

} // namespace lintas
