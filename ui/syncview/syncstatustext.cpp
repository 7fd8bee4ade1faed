#include "syncstatustext.h"

#include "core/roles.h"
#include "labels.h"
#include "sync/syncsession.h"

namespace lintas {
namespace {

// "12" in the interface language's digits; the plural form is chosen by the count itself.
QString count(int n)
{
    return labels::number(n);
}

} // namespace

QString SyncStatusText::localOnly()
{
    return tr("Local only");
}

QString SyncStatusText::localOnlyToolTip()
{
    return tr("Not connected to a regional server: every change is kept on this desk");
}

bool SyncStatusText::isCatchingUp(const sync::SyncStatus &status)
{
    return status.state == sync::LinkState::Online && status.cursor < status.headSeq;
}

QString SyncStatusText::statusLine(const sync::SyncStatus &status, Refusal refusal)
{
    const QString lastSync = labels::shortTime(status.lastSync);
    switch (status.state) {
    case sync::LinkState::Stopped:
        return tr("Not connected");
    case sync::LinkState::Connecting:
        return tr("Connecting…");
    case sync::LinkState::Online:
        if (isCatchingUp(status))
            return tr("Catching up %1 / %2")
                .arg(labels::number(qint64(status.cursor)), labels::number(qint64(status.headSeq)));
        return lastSync.isEmpty() ? tr("Online") : tr("Online · synced %1").arg(lastSync);
    case sync::LinkState::Offline:
        if (status.outboxCount > 0)
            return lastSync.isEmpty() ? tr("Offline — %1 change(s) waiting · never synced", nullptr, status.outboxCount)
                                            .arg(count(status.outboxCount))
                                      : tr("Offline — %1 change(s) waiting · last sync %2", nullptr, status.outboxCount)
                                            .arg(count(status.outboxCount), lastSync);
        return lastSync.isEmpty() ? tr("Offline · never synced") : tr("Offline · last sync %1").arg(lastSync);
    case sync::LinkState::Refused:
        if (refusal == Refusal::Certificate)
            return tr("Server certificate not trusted");
        if (refusal == Refusal::LoggedOut)
            return tr("Not logged in");
        return status.detail.isEmpty() ? tr("Login refused") : tr("Login refused: %1").arg(status.detail);
    }
    return {};
}

QString SyncStatusText::statusToolTip(const sync::SyncStatus &status, Refusal refusal)
{
    QStringList lines;
    switch (status.state) {
    case sync::LinkState::Online:
        if (!status.actor.user.isEmpty())
            lines << tr("Connected to the regional server%1 as %2 (%3)")
                         .arg(status.region.isEmpty() ? QString() : QStringLiteral(" ") + status.region,
                              status.actor.user, displayName(status.actor.role));
        else
            lines << tr("Connected to the regional server");
        if (isCatchingUp(status))
            lines << tr("Receiving the region's changes: %1 of %2")
                         .arg(labels::number(qint64(status.cursor)), labels::number(qint64(status.headSeq)));
        break;
    case sync::LinkState::Offline:
        lines << tr("No connection to the regional server; changes are kept on this desk");
        if (!status.detail.isEmpty())
            lines << status.detail;
        if (status.nextAttempt.isValid())
            lines << tr("Next attempt at %1").arg(labels::recentTime(status.nextAttempt));
        break;
    case sync::LinkState::Refused:
        if (refusal == Refusal::Certificate)
            lines << tr("The server's certificate was not confirmed: this desk does not connect to it");
        else if (refusal == Refusal::LoggedOut)
            lines << tr("This desk is not logged in to the regional server");
        else
            lines << tr("The regional server refused the login");
        if (!status.detail.isEmpty())
            lines << status.detail;
        break;
    case sync::LinkState::Connecting:
        lines << tr("Connecting to the regional server");
        break;
    case sync::LinkState::Stopped:
        lines << tr("Sync with the regional server is stopped");
        break;
    }
    if (status.lastSync.isValid())
        lines << tr("Last in step with the server: %1").arg(labels::timestamp(status.lastSync));
    return lines.join(QLatin1Char('\n'));
}

QString SyncStatusText::attention(int n)
{
    if (n <= 0)
        return {};
    return tr("%1 change(s) need attention", nullptr, n).arg(count(n));
}

QString SyncStatusText::bannerText(const sync::SyncStatus &status, Refusal refusal)
{
    const int waiting = status.outboxCount;
    if (status.state == sync::LinkState::Refused) {
        QString what;
        if (refusal == Refusal::Certificate)
            what = tr("The regional server's certificate was not confirmed, so this desk does not connect to it.");
        else if (refusal == Refusal::LoggedOut)
            what = tr("This desk is not logged in to the regional server.");
        else
            what = tr("The regional server refused the login.");
        if (waiting == 0)
            return what + QLatin1Char(' ') + tr("You can keep working: changes are kept on this desk.");
        return what + QLatin1Char(' ') +
               tr("You can keep working: %1 change(s) are kept on this desk and will be sent once it is connected.",
                  nullptr, waiting)
                   .arg(count(waiting));
    }
    if (waiting == 0)
        return tr("No connection to the regional server. You can keep working: changes are kept on this desk "
                  "and will be sent automatically.");
    return tr("No connection to the regional server. You can keep working: %1 change(s) are kept on this desk "
              "and will be sent automatically.",
              nullptr, waiting)
        .arg(count(waiting));
}

QString SyncStatusText::bannerDetail(const sync::SyncStatus &status, Refusal refusal)
{
    QStringList parts;
    if (!status.detail.isEmpty())
        parts << status.detail;
    if (status.state == sync::LinkState::Refused && refusal == Refusal::Certificate)
        parts << tr("Compare the fingerprint with the one the server administrator gives before trusting it.");
    if (status.state == sync::LinkState::Offline && status.nextAttempt.isValid())
        parts << tr("Next attempt at %1").arg(labels::recentTime(status.nextAttempt));
    if (status.state == sync::LinkState::Connecting)
        parts << tr("Connecting…");
    if (status.lastSync.isValid())
        parts << tr("Last sync %1").arg(labels::recentTime(status.lastSync));
    return parts.join(QStringLiteral(" · "));
}

QString SyncStatusText::bannerButton(const sync::SyncStatus &status, Refusal refusal)
{
    if (status.state == sync::LinkState::Refused)
        return refusal == Refusal::Certificate ? tr("Check the certificate…") : tr("Log in…");
    // Offline or connecting: the button asks for an attempt now.
    return tr("Retry now");
}

} // namespace lintas
