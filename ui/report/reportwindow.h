#pragma once

#include <QWidget>

#include "analytics/dailyreport.h"
#include "supervision/supervisioncontext.h"

namespace lintas {

// The daily report (Anev harian): choose the Polda or Polres and the day or operation, preview it, export PDF
// (A4, Bahasa Indonesia or English) and CSV, and sign it off (supervisors: the PDF's SHA-256 into the audit log).
// A top-level window, made on first use by the Analysis menu.
class ReportWindow : public QWidget
{
    Q_OBJECT
public:
    ReportWindow(const SupervisionContext &context, QWidget *parent = nullptr);
    ~ReportWindow() override;

    // Shows (building on a worker thread) the report of a scope and period.
    void showReport(const analytics::ReportScope &scope, const analytics::ReportPeriod &period);

private:
    SupervisionContext m_context;
};

} // namespace lintas
