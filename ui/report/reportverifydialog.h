#pragma once

#include <QDialog>
#include <QList>

#include "core/auditchain.h"
#include "supervision/supervisioncontext.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace lintas {

// "Verify a signed report": picks a PDF, hashes it on a worker thread and looks the hash up among the desk's
// report sign-offs: who signed which report when, or that these bytes were never signed (a modified file).
//
//   GUI: verifyFile(path) ──► worker: SHA-256 of the file, CaseReader (own connection): reportSignOffs(hash)
//                                     and verifyAuditTrail()  ──► GUI: the verdict, and the trail's own verdict
//
// The trail is verified with every lookup: a sign-off found in a trail that was tampered with is not trusted
// silently.
class ReportVerifyDialog : public QDialog
{
    Q_OBJECT
public:
    ReportVerifyDialog(const SupervisionContext &context, QWidget *parent = nullptr);
    ~ReportVerifyDialog() override;

    // Checks this file now (tests; the dialog's own button asks for a file).
    void verifyFile(const QString &path);

    bool isRunning() const { return m_running; }
    QString resultText() const;
    QString detailText() const;
    QString auditText() const;
    const QList<AuditEntry> &signOffs() const { return m_signOffs; }

Q_SIGNALS:
    // The file's bytes match a sign-off (signedOff) and the trail is intact (trailIntact).
    void verified(bool signedOff, bool trailIntact);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseFile();
    void showResult();
    void render();

    SupervisionContext m_context;
    QLabel *m_intro = nullptr;
    QLabel *m_file = nullptr;
    QPushButton *m_choose = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_audit = nullptr;
    QPushButton *m_close = nullptr;

    bool m_running = false;
    int m_generation = 0;
    QString m_path;
    QString m_error;
    QByteArray m_sha256;
    QList<AuditEntry> m_signOffs;
    bool m_checked = false;
    AuditVerdict m_trail;
};

} // namespace lintas
