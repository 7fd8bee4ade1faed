#pragma once

#include <QCoreApplication>
#include <QString>

namespace lintas {

namespace sync {
struct SyncStatus;
}

// The words the desk uses for its link with the regional server, made from one SyncStatus value so the
// status bar, the banner and the tests agree. Numbers and times in the interface language (times in WIB).
class SyncStatusText
{
    Q_DECLARE_TR_FUNCTIONS(lintas::SyncStatusText)
public:
    // Why the desk is not connected while the state is Refused, as far as the desk knows: the session reports
    // a login refusal (or a version mismatch) in its detail; an untrusted certificate the desk learns from its
    // own signal; LoggedOut is the operator choosing "Work offline" at the login.
    enum class Refusal
    {
        Login,
        Certificate,
        LoggedOut,
    };

    // "Local only" when the desk has no server.
    static QString localOnly();
    static QString localOnlyToolTip();

    // The status bar's line: "Online · synced 20:41", "Offline — 12 changes waiting · last sync 20:01",
    // "Connecting…", "Catching up 3,400 / 100,000", "Login refused: …".
    static QString statusLine(const sync::SyncStatus &status, Refusal refusal = Refusal::Login);
    static QString statusToolTip(const sync::SyncStatus &status, Refusal refusal = Refusal::Login);
    // True while the desk is behind the server's log (Online and cursor < headSeq).
    static bool isCatchingUp(const sync::SyncStatus &status);

    // "2 changes need attention"; empty for none.
    static QString attention(int count);

    // The banner: what happened and what the dispatcher can do, the last error in smaller type, the button.
    static QString bannerText(const sync::SyncStatus &status, Refusal refusal = Refusal::Login);
    static QString bannerDetail(const sync::SyncStatus &status, Refusal refusal = Refusal::Login);
    static QString bannerButton(const sync::SyncStatus &status, Refusal refusal = Refusal::Login);
};

} // namespace lintas
