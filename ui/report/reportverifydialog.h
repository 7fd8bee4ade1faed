#pragma once

#include <QDialog>

#include "supervision/supervisioncontext.h"

namespace lintas {

// "Verify a signed report": picks a PDF, hashes it on a worker thread and looks the hash up among the desk's
// report sign-offs: who signed which report when, or that these bytes were never signed (a modified file).
class ReportVerifyDialog : public QDialog
{
    Q_OBJECT
public:
    ReportVerifyDialog(const SupervisionContext &context, QWidget *parent = nullptr);
    ~ReportVerifyDialog() override;

    // Checks this file now (tests; the dialog's own button asks for a file).
    void verifyFile(const QString &path);

private:
    SupervisionContext m_context;
};

} // namespace lintas
