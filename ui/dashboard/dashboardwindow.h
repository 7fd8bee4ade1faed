#pragma once

#include <QWidget>

#include "supervision/supervisioncontext.h"

namespace lintas {

// The supervisors' dashboard: live charts over the store (ui/dashboard, Qt Charts behind ChartAdapter), computed
// off the GUI thread and refreshed coalesced; filters for station, period and operation; every chart clickable
// through to its records. A top-level window, made on first use by the Analysis menu.
class DashboardWindow : public QWidget
{
    Q_OBJECT
public:
    DashboardWindow(const SupervisionContext &context, QWidget *parent = nullptr);
    ~DashboardWindow() override;

private:
    SupervisionContext m_context;
};

} // namespace lintas
