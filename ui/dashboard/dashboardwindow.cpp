#include "dashboardwindow.h"

namespace lintas {

DashboardWindow::DashboardWindow(const SupervisionContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context)
{
}

DashboardWindow::~DashboardWindow() = default;

} // namespace lintas
