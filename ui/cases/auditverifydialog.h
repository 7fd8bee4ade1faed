#pragma once

#include <optional>

#include <QDialog>

#include "core/auditchain.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace lintas {

class CaseDesk;

// Cases ▸ Verify audit trail…: reads the desk's whole hash-chained audit trail on a worker thread
// (CaseReader::verifyAuditTrail) behind a busy indicator, then says either
//   "Audit trail intact: 1,204 entries verified"
// or, in red, the first entry that was altered, removed or reordered, with that entry as it is stored now when
// it can still be read (time, user, desk, action, record). Everyone may run it, an auditor above all.
class AuditVerifyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditVerifyDialog(CaseDesk *desk, QWidget *parent = nullptr);
    ~AuditVerifyDialog() override;

    // Starts a verification (again); verified() follows. The dialog starts one when it is made.
    void verify();
    bool isRunning() const { return m_running; }

    const std::optional<AuditVerdict> &verdict() const { return m_verdict; }
    // The verdict's line, and the faulty entry's details (empty when intact or unreadable).
    QString resultText() const;
    QString detailText() const;

Q_SIGNALS:
    void verified(bool intact);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void showResult();

    CaseDesk *m_desk;
    QLabel *m_intro = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_close = nullptr;
    bool m_running = false;
    std::optional<AuditVerdict> m_verdict;
    std::optional<AuditEntry> m_entry; // the entry at fault, as stored now
    QString m_error;                   // the store could not be read
};

} // namespace lintas
