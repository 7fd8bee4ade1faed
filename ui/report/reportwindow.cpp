#include "reportwindow.h"

namespace lintas {

ReportWindow::ReportWindow(const SupervisionContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context)
{
}

ReportWindow::~ReportWindow() = default;

void ReportWindow::showReport(const analytics::ReportScope &, const analytics::ReportPeriod &) {}

} // namespace lintas
