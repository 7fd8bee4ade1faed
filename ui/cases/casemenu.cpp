#include "cases/casemenu.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QSystemTrayIcon>

#include "actiontext.h"
#include "cases/approvalsdialog.h"
#include "cases/articlecataloguedialog.h"
#include "cases/auditverifydialog.h"
#include "cases/backgroundjob.h"
#include "cases/casedesk.h"
#include "cases/casewindow.h"
#include "cases/settlementimportdialog.h"
#include "cases/watchalertcard.h"
#include "cases/watchalertlistdialog.h"
#include "cases/watchhittext.h"
#include "labels.h"
#include "language.h"
#include "store/storeservice.h"

namespace lintas {
namespace {

// The store reports every case a batch touched; a burst (an import, a pull) is counted once.
constexpr int kCountDelayMs = 300;
constexpr int kTrayMessageMs = 15000;
const QString kAccidentType = QStringLiteral("kecelakaan");

struct PendingCount
{
    int count = 0;
    bool ok = false;
};

} // namespace

CaseMenu::CaseMenu(CaseDesk *desk, QMainWindow *window) : QObject(window), m_desk(desk), m_window(window)
{
    setObjectName(QStringLiteral("mainWindowCaseMenu"));
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("casesMenu"));
    createActions();
    m_card = new WatchAlertCard(window);
    connect(m_card, &WatchAlertCard::openRequested, this, &CaseMenu::openHit);

    connect(m_desk, &CaseDesk::watchHit, this, &CaseMenu::onWatchHit);
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(kCountDelayMs);
    connect(&m_countTimer, &QTimer::timeout, this, &CaseMenu::refreshPendingCount);
    connect(m_desk, &CaseDesk::caseChanged, this, [this](const CaseSummary &) { m_countTimer.start(); });
    connect(m_desk, &CaseDesk::caseRemoved, this, [this](const QUuid &) { m_countTimer.start(); });
    // The store may still be opening when the window is made: count once it is open.
    connect(m_desk->service(), &StoreService::opened, this, [this] { m_countTimer.start(); });
    connect(m_menu, &QMenu::aboutToShow, this, &CaseMenu::refreshPendingCount);
    connect(Language::instance(), &Language::changed, this, &CaseMenu::retranslateUi);
    retranslateUi();
    updateActions();
    m_countTimer.start();
}

CaseMenu::~CaseMenu()
{
    // They are the main window's children, but they use the desk: they go first, while it is there.
    delete m_alertList;
    delete m_audit;
    delete m_articles;
    delete m_settlement;
    delete m_approvals;
    delete m_caseWindow;
}

void CaseMenu::createActions()
{
    const auto make = [this](const QString &name, const QKeySequence &keys, void (CaseMenu::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        m_menu->addAction(action);
        return action;
    };
    m_caseListAction =
        make(QStringLiteral("casesCaseList"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &CaseMenu::showCaseList);
    m_menu->addSeparator();
    m_newViolationAction = make(QStringLiteral("casesNewViolation"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                                &CaseMenu::newViolation);
    m_newAccidentAction = make(QStringLiteral("casesNewAccidentReport"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                               &CaseMenu::newAccident);
    m_newWatchAction = make(QStringLiteral("casesNewWatchEntry"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                            &CaseMenu::newWatchEntry);
    m_menu->addSeparator();
    m_approvalsAction = make(QStringLiteral("casesApprovals"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                             &CaseMenu::showApprovals);
    m_settlementAction = make(QStringLiteral("casesImportSettlement"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                              &CaseMenu::importSettlement);
    m_articlesAction = make(QStringLiteral("casesArticleCatalogue"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                            &CaseMenu::showArticles);
    m_menu->addSeparator();
    m_auditAction = make(QStringLiteral("casesVerifyAuditTrail"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                         &CaseMenu::verifyAuditTrail);
    m_alertsAction = make(QStringLiteral("casesWatchAlerts"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W),
                          &CaseMenu::showWatchAlerts);
}

QList<QAction *> CaseMenu::actions() const
{
    return {m_caseListAction,   m_newViolationAction, m_newAccidentAction, m_newWatchAction, m_approvalsAction,
            m_settlementAction, m_articlesAction,     m_auditAction,       m_alertsAction};
}

QAction *CaseMenu::action(const QString &objectName) const
{
    for (QAction *action : actions())
        if (action->objectName() == objectName)
            return action;
    return nullptr;
}

CaseWindow *CaseMenu::existingCaseWindow() const
{
    return m_caseWindow;
}

ApprovalsDialog *CaseMenu::approvalsDialog() const
{
    return m_approvals;
}

SettlementImportDialog *CaseMenu::settlementDialog() const
{
    return m_settlement;
}

ArticleCatalogueDialog *CaseMenu::articleDialog() const
{
    return m_articles;
}

AuditVerifyDialog *CaseMenu::auditDialog() const
{
    return m_audit;
}

WatchAlertListDialog *CaseMenu::watchAlertDialog() const
{
    return m_alertList;
}

void CaseMenu::setActor(const std::optional<Actor> &actor)
{
    m_desk->setActor(actor);
    updateActions();
    // The queue counted is the account's scope.
    m_countTimer.start();
}

void CaseMenu::setSelectedIncident(std::function<std::optional<Incident>()> selected)
{
    m_selectedIncident = std::move(selected);
}

void CaseMenu::setIncidentOpener(std::function<void(const QUuid &)> open)
{
    m_openIncident = std::move(open);
}

CaseWindow *CaseMenu::caseWindow()
{
    if (!m_caseWindow) {
        // A window of its own (QMainWindow always is one), owned by the main window so it goes with it.
        m_caseWindow = new CaseWindow(m_desk, m_window);
    }
    return m_caseWindow;
}

void CaseMenu::showCaseWindow()
{
    CaseWindow *window = caseWindow();
    window->show();
    window->raise();
    window->activateWindow();
}

void CaseMenu::showCaseList()
{
    showCaseWindow();
}

void CaseMenu::newViolation()
{
    if (!m_newViolationAction->isEnabled())
        return;
    showCaseWindow();
    m_caseWindow->newCase(CaseKind::Violation);
}

void CaseMenu::newAccident()
{
    if (!m_newAccidentAction->isEnabled())
        return;
    // The report of the accident the desk is looking at: linked to it, so its time and place carry over.
    QUuid incidentId;
    if (m_selectedIncident)
        if (const auto incident = m_selectedIncident(); incident && incident->typeCode == kAccidentType)
            incidentId = incident->id;
    showCaseWindow();
    m_caseWindow->newCase(CaseKind::Accident, incidentId);
}

void CaseMenu::newWatchEntry()
{
    if (!m_newWatchAction->isEnabled())
        return;
    showCaseWindow();
    m_caseWindow->newCase(CaseKind::Watch);
}

template <typename Dialog> Dialog *CaseMenu::raiseDialog(QPointer<Dialog> &slot)
{
    if (!slot) {
        slot = new Dialog(m_desk, m_window);
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
    return slot;
}

void CaseMenu::showApprovals()
{
    if (!m_approvalsAction->isEnabled())
        return;
    const bool made = !m_approvals;
    ApprovalsDialog *dialog = raiseDialog(m_approvals);
    if (made) {
        connect(dialog, &ApprovalsDialog::openCaseRequested, this, [this](const QUuid &id) {
            showCaseWindow();
            m_caseWindow->openCase(id);
        });
        connect(dialog, &ApprovalsDialog::loaded, this, [this](int count) {
            if (count != m_pending) {
                m_pending = count;
                retranslateUi();
                Q_EMIT pendingApprovalsChanged(count);
            }
        });
    } else {
        dialog->reload();
    }
}

void CaseMenu::importSettlement()
{
    if (!m_settlementAction->isEnabled())
        return;
    raiseDialog(m_settlement);
}

void CaseMenu::showArticles()
{
    raiseDialog(m_articles);
}

void CaseMenu::verifyAuditTrail()
{
    const bool made = !m_audit;
    AuditVerifyDialog *dialog = raiseDialog(m_audit);
    if (!made)
        dialog->verify(); // asked again: read the trail as it is now
}

void CaseMenu::showWatchAlerts()
{
    if (!m_alertList) {
        m_alertList = new WatchAlertListDialog(m_window);
        m_alertList->setAttribute(Qt::WA_DeleteOnClose);
        m_alertList->setHits(m_hits);
        connect(m_alertList, &WatchAlertListDialog::openRequested, this, &CaseMenu::openHit);
    }
    m_alertList->show();
    m_alertList->raise();
    m_alertList->activateWindow();
}

void CaseMenu::refreshPendingCount()
{
    if (m_counting) {
        m_countTimer.start(); // once more when this count is in
        return;
    }
    m_counting = true;
    const QString path = m_desk->storePath();
    const QString scope = m_desk->actor() ? m_desk->actor()->scope : QString();
    runInBackground(
        this,
        [path, scope] {
            PendingCount counted;
            CaseReader reader(path);
            if (reader.isOpen()) {
                counted.count = int(reader.pendingVoids(scope).size());
                counted.ok = true;
            }
            return counted;
        },
        [this](const PendingCount &counted) {
            m_counting = false;
            if (!counted.ok || counted.count == m_pending)
                return;
            m_pending = counted.count;
            retranslateUi();
            Q_EMIT pendingApprovalsChanged(m_pending);
        });
}

std::optional<PolicyRefusal> CaseMenu::refusal(ChangeKind kind, const QVariantMap &fields) const
{
    // A sample of the change the action would lead to, asked of the same rules the server applies.
    Change sample;
    sample.entity = EntityKind::Case;
    sample.kind = kind;
    sample.fields = fields;
    const QString station = m_desk->actor() ? m_desk->actor()->scope : QString();
    return m_desk->refusalFor(sample, station);
}

void CaseMenu::updateActions()
{
    const auto create = [this](CaseKind kind) {
        const QString station = m_desk->actor() ? m_desk->actor()->scope : QString();
        return refusal(ChangeKind::Create,
                       {{QStringLiteral("kind"), toString(kind)}, {QString::fromLatin1(casefield::kStation), station}});
    };
    const auto enable = [](QAction *action, const std::optional<PolicyRefusal> &refusal) {
        action->setEnabled(!refusal.has_value());
    };
    enable(m_newViolationAction, create(CaseKind::Violation));
    enable(m_newAccidentAction, create(CaseKind::Accident));
    enable(m_newWatchAction, create(CaseKind::Watch));
    // Deciding voids and recording payments are a supervisor's; an auditor may still read the queue.
    const auto decide = refusal(ChangeKind::VoidDecision);
    m_approvalsAction->setEnabled(!decide || m_desk->isAuditor());
    const auto pay = refusal(ChangeKind::Transition, {{QStringLiteral("from"), toString(CaseState::PaymentIssued)},
                                                      {QStringLiteral("to"), toString(CaseState::Paid)}});
    m_settlementAction->setEnabled(!pay && m_desk->isSupervisor());
    // Reading: the case list, the catalogue, the audit trail and the alerts are everyone's.
    m_caseListAction->setEnabled(true);
    m_articlesAction->setEnabled(true);
    m_auditAction->setEnabled(true);
    m_alertsAction->setEnabled(true);
    if (m_approvals && !m_approvalsAction->isEnabled())
        m_approvals->close();
    if (m_settlement && !m_settlementAction->isEnabled())
        m_settlement->close();
}

void CaseMenu::onWatchHit(const WatchHit &hit)
{
    m_hits.append(hit);
    m_card->addHit(hit);
    if (m_alertList)
        m_alertList->addHit(hit);
    // Heard and seen even when the desk is behind another window: a beep, and the tray's message.
    QApplication::beep();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            m_tray->setToolTip(tr("Lintas"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                m_window->show();
                m_window->raise();
                m_window->activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(tr("Watch list: %1").arg(hit.plate), watchhittext::watchHitSentence(hit),
                            QSystemTrayIcon::Critical, kTrayMessageMs);
    }
    retranslateUi();
    Q_EMIT watchHitRaised(hit);
}

void CaseMenu::openHit(const WatchHit &hit)
{
    if (hit.sourceId.isNull())
        return;
    if (hit.sourceEntity == QLatin1String("incident")) {
        if (m_openIncident)
            m_openIncident(hit.sourceId);
        m_window->raise();
        m_window->activateWindow();
        return;
    }
    showCaseWindow();
    m_caseWindow->openCase(hit.sourceId);
}

void CaseMenu::retranslateUi()
{
    m_menu->setTitle(tr("&Cases"));
    describeAction(m_caseListAction, tr("Case &list…"),
                   tr("Open the case window: search violations, ETLE tickets, accidents and the watch list"));
    describeAction(m_newViolationAction, tr("New &violation"), tr("Write a new violation (tilang) in the case window"));
    describeAction(m_newAccidentAction, tr("New &accident report"),
                   tr("Write a new accident report, linked to the selected incident when it is an accident"));
    describeAction(m_newWatchAction, tr("New &watch-list entry"),
                   tr("Put a stolen vehicle on the watch list of every desk in the region"));
    describeAction(m_approvalsAction,
                   m_pending > 0 ? tr("A&pprovals (%1)…").arg(labels::number(m_pending)) : tr("A&pprovals…"),
                   tr("Voids waiting for a second approver: approve or refuse them, with a reason"));
    describeAction(m_settlementAction, tr("Import &bank settlement…"),
                   tr("Pay ETLE tickets from the bank's settlement file; nothing is paid unless every row matches"));
    describeAction(m_articlesAction, tr("Article &catalogue…"),
                   tr("The articles of UU 22/2009 with their fines; supervisors add, edit and retire them"));
    describeAction(m_auditAction, tr("Verify audit &trail…"),
                   tr("Check that no entry of this desk's audit trail was altered, removed or reordered"));
    describeAction(m_alertsAction,
                   m_hits.isEmpty() ? tr("Watch-list &alerts…")
                                    : tr("Watch-list &alerts (%1)…").arg(labels::number(m_hits.size())),
                   tr("Every watch-listed plate seen since this desk started"));
}

} // namespace lintas
