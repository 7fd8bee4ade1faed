#pragma once

#include <chrono>
#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "core/roles.h"
#include "sync/syncsession.h"
#include "syncview/certificatedialog.h" // QPointer needs the complete types
#include "syncview/desksyncoptions.h"
#include "syncview/logindialog.h"

namespace lintas {

class ChangeFactory;
class MainWindow;
class StoreService;

// The desk's side of sync: owns the SyncSession and wires it to the window.
//
//   start() ── no password ──► LoginDialog ── Log in ──► SyncSession::start()
//                                          └─ Work offline: "Not logged in", the banner offers "Log in…"
//   SyncSession ── statusChanged ──────► status bar, banner; the actor and role once WELCOME names them
//              ── positionsReceived ───► unit board (memory) and map markers
//              ── changeRejected ──────► "Needs attention"
//              ── certificateUntrusted ► CertificateDialog ── Trust ──► trustFingerprint, kept in the settings
//              ── Refused (login) ─────► LoginDialog again, with the server's reason
//
// stop() comes first on shutdown (DESIGN.md section 4): BYE and a bounded TLS shutdown, waited for with a
// local event loop bounded by a timer, never by blocking the GUI thread.
class DeskSync : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kStopBound{3000};
    static constexpr quint16 kDefaultPort = 7443;

    DeskSync(DeskSyncOptions options, StoreService *service, MainWindow *window, ChangeFactory *factory,
             bool interactive, QObject *parent = nullptr);
    ~DeskSync() override;

    // "host:port", "[::1]:7443" or "host" (the default port). False with a sentence naming the text.
    static bool parseServer(const QString &text, QString *host, quint16 *port, QString *error);
    // The options completed from the settings (server, CA, user, pinned fingerprint; never the password), and
    // what was given kept there for the next start. A pin belongs to its server: a new server forgets it.
    static DeskSyncOptions remembered(DeskSyncOptions given);

    void start();
    void stop(std::chrono::milliseconds bound = kStopBound);
    void setOutboxCount(int count);

    sync::SyncSession *session() const { return m_session.get(); }
    const DeskSyncOptions &options() const { return m_options; }
    // Online, caught up with the server's log, and the first live positions in (the screenshot waits for it).
    bool isSettled() const;
    // Refused for good (credentials, certificate, not logged in): waiting will not bring it in step.
    bool isRefused() const;
    LoginDialog *loginDialog() const { return m_login; }
    CertificateDialog *certificateDialog() const { return m_certificate; }

public Q_SLOTS:
    void retryNow();
    void askLogin(const QString &refusal = {});

Q_SIGNALS:
    // The sync cannot start at all (no password without a display, a server address that does not parse).
    void failed(const QString &message);
    void settled();

private:
    void startSession();
    void dropSession();
    void onStatus(const lintas::sync::SyncStatus &status);
    void onRefusedLogin();
    void onCertificateUntrusted(const QString &host, const QByteArray &sha256);
    void showLoggedOut();
    void checkSettled();

    DeskSyncOptions m_options;
    StoreService *m_service;
    MainWindow *m_window;
    ChangeFactory *m_factory;
    bool m_interactive;
    std::unique_ptr<sync::SyncSession> m_session;
    sync::LinkState m_lastState = sync::LinkState::Stopped;
    QString m_refusalDetail; // the detail of the last Refused status
    std::optional<Actor> m_actor;
    int m_outboxCount = 0;
    bool m_certificateRefused = false;
    bool m_positionsSeen = false;
    bool m_settled = false;
    QTimer m_refusalCheck; // a refusal is a login refusal unless the certificate signal follows at once
    QPointer<LoginDialog> m_login;
    QPointer<CertificateDialog> m_certificate;
};

} // namespace lintas
