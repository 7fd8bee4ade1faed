#pragma once

#include <optional>

#include <QDialog>
#include <QPointer>
#include <QUuid>

#include "cases/decisionreasondialog.h" // QPointer needs the complete type
#include "store/casereader.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lintas {

class CaseDesk;
class PendingVoidModel;

// The supervisors' queue of voids waiting for a second approver (Cases ▸ Approvals…):
//
//   ┌ Voids waiting for a decision ───────────────────────────────────────────────────────┐
//   │ case · kind · plate · fine · requested by · when · reason                            │
//   │ status: "2 voids wait for a decision" · the outcome of the last decision              │
//   └ [Approve…] [Refuse…] [Open case]                                           [Close] ┘
//
// The queue is read on a worker thread (CaseReader::pendingVoids within the account's scope) and again whenever
// the store reports a changed case. Approve… and Refuse… ask for a reason (DecisionReasonDialog) and submit one
// VoidDecision. Nobody decides on their own request: the buttons are disabled for the requester, and for any
// account the policy does not let decide (an auditor reads the queue and nothing more).
class ApprovalsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApprovalsDialog(CaseDesk *desk, QWidget *parent = nullptr);
    ~ApprovalsDialog() override;

    // Reads the queue again (on the worker pool); loaded() follows.
    void reload();
    bool isLoading() const { return m_loading; }

    PendingVoidModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *refuseButton() const { return m_refuse; }
    QPushButton *openButton() const { return m_open; }
    QString statusText() const;
    // Selects the request about this case; false when it is not waiting.
    bool selectCase(const QUuid &caseId);
    std::optional<PendingVoid> selectedVoid() const;
    // The reason dialog of a decision being made, while it is open.
    DecisionReasonDialog *reasonDialog() const { return m_reasonDialog; }

public Q_SLOTS:
    void approveSelected();
    void refuseSelected();
    void openSelected();

Q_SIGNALS:
    void loaded(int count);
    void openCaseRequested(const QUuid &caseId);
    // After a decision was committed (approve: the case is voided) or refused by the store or the policy.
    void decided(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void decide(bool approve);
    void setStatus(const QString &text, bool error = false);

    CaseDesk *m_desk;
    PendingVoidModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_heading = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_refuse = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<DecisionReasonDialog> m_reasonDialog;
    bool m_loading = false;
    bool m_reloadAgain = false;
    QString m_loadError;
    QString m_outcome; // the last decision's outcome, shown under the table
    bool m_outcomeError = false;
    QString m_awaiting; // what the decision in flight will have done once the store commits it
};

} // namespace lintas
