#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include "core/incident.h"
#include "core/roles.h"
#include "store/casereader.h"

class QAction;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;

namespace lintas {

class ApprovalsDialog;
class ArticleCatalogueDialog;
class AuditVerifyDialog;
class CaseDesk;
class CaseWindow;
class SettlementImportDialog;
class WatchAlertCard;
class WatchAlertListDialog;

// The main window's "Cases" menu and what hangs off it:
//
//   Cases ─ Case list…                Ctrl+Shift+C   the CaseWindow (made on first use, raised after)
//         ─ New violation             Ctrl+Shift+V   ┐
//         ─ New accident report       Ctrl+Shift+K   ├ a new draft in the CaseWindow (an accident is linked to
//         ─ New watch-list entry      Ctrl+Shift+W   ┘ the selected incident when that is an accident)
//         ─ Approvals (2)…            Ctrl+Shift+P   ApprovalsDialog (supervisors decide; an auditor reads)
//         ─ Import bank settlement…   Ctrl+Shift+B   SettlementImportDialog (supervisors)
//         ─ Article catalogue…        Ctrl+Shift+U   ArticleCatalogueDialog (everyone reads, supervisors edit)
//         ─ Verify audit trail…       Ctrl+Shift+A   AuditVerifyDialog
//         ─ Watch-list alerts (3)…    Ctrl+Alt+W     WatchAlertListDialog: this session's hits
//
// Every watch-list hit the store reports (CaseDesk::watchHit) raises the red WatchAlertCard over the main
// window, a tray message when the desktop has a tray, and a beep. Actions follow the account acting here
// (setActor): what it may not do is disabled, never hidden, so an auditor sees every action and can use only
// the reading ones. The dialogs are modeless, one of each, children of the main window.
class CaseMenu : public QObject
{
    Q_OBJECT
public:
    CaseMenu(CaseDesk *desk, QMainWindow *window);
    ~CaseMenu() override;

    QMenu *menu() const { return m_menu; }
    // In menu order, for the shortcut sheet.
    QList<QAction *> actions() const;
    QAction *action(const QString &objectName) const;
    CaseDesk *desk() const { return m_desk; }

    // Passes the account to the CaseDesk and enables the actions it may use.
    void setActor(const std::optional<lintas::Actor> &actor);
    // The main window's selected incident (for a new accident report) and how to show an incident (a watch hit
    // in an incident).
    void setSelectedIncident(std::function<std::optional<Incident>()> selected);
    void setIncidentOpener(std::function<void(const QUuid &)> open);

    // The case window, made on first use.
    CaseWindow *caseWindow();
    CaseWindow *existingCaseWindow() const;
    WatchAlertCard *alertCard() const { return m_card; }
    const QList<WatchHit> &watchHits() const { return m_hits; }
    int pendingApprovals() const { return m_pending; }

    // The dialogs while they are open.
    // (Defined out of line: a QPointer's conversion needs the complete types.)
    ApprovalsDialog *approvalsDialog() const;
    SettlementImportDialog *settlementDialog() const;
    ArticleCatalogueDialog *articleDialog() const;
    AuditVerifyDialog *auditDialog() const;
    WatchAlertListDialog *watchAlertDialog() const;

public Q_SLOTS:
    void showCaseList();
    void newViolation();
    void newAccident();
    void newWatchEntry();
    void showApprovals();
    void importSettlement();
    void showArticles();
    void verifyAuditTrail();
    void showWatchAlerts();
    // Reads the number of voids waiting (on the worker pool) for "Approvals (2)…".
    void refreshPendingCount();
    void updateActions();
    // Open case on an alert: the case (or incident) where the plate was seen.
    void openHit(const lintas::WatchHit &hit);

Q_SIGNALS:
    void pendingApprovalsChanged(int count);
    void watchHitRaised(const lintas::WatchHit &hit);

private:
    void createActions();
    void retranslateUi();
    void onWatchHit(const lintas::WatchHit &hit);
    void showCaseWindow();
    template <typename Dialog> Dialog *raiseDialog(QPointer<Dialog> &slot);
    std::optional<PolicyRefusal> refusal(ChangeKind kind, const QVariantMap &fields = {}) const;

    CaseDesk *m_desk;
    QMainWindow *m_window;
    QMenu *m_menu = nullptr;
    QPointer<CaseWindow> m_caseWindow;
    WatchAlertCard *m_card = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<ApprovalsDialog> m_approvals;
    QPointer<SettlementImportDialog> m_settlement;
    QPointer<ArticleCatalogueDialog> m_articles;
    QPointer<AuditVerifyDialog> m_audit;
    QPointer<WatchAlertListDialog> m_alertList;
    std::function<std::optional<Incident>()> m_selectedIncident;
    std::function<void(const QUuid &)> m_openIncident;

    QList<WatchHit> m_hits; // this session's, oldest first
    int m_pending = 0;
    bool m_counting = false;
    QTimer m_countTimer; // coalesces the store's case notifications into one count

    QAction *m_caseListAction = nullptr;
    QAction *m_newViolationAction = nullptr;
    QAction *m_newAccidentAction = nullptr;
    QAction *m_newWatchAction = nullptr;
    QAction *m_approvalsAction = nullptr;
    QAction *m_settlementAction = nullptr;
    QAction *m_articlesAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_alertsAction = nullptr;
};

} // namespace lintas
