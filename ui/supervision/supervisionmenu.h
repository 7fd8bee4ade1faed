#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "supervisioncontext.h"

class QAction;
class QMenu;

namespace lintas {

class DashboardWindow;
class ExchangeMenu;
class ForecastController;
class ReportScheduler;
class ReportVerifyDialog;
class ReportWindow;

// The main window's "Analysis" menu, for supervisors and analysts:
//
//   Analysis ─ Dashboard…                 Ctrl+Alt+D   DashboardWindow (made on first use, raised after)
//            ─ Daily report (Anev)…       Ctrl+Alt+R   ReportWindow
//            ─ Verify a signed report…    Ctrl+Alt+V   ReportVerifyDialog
//            ─ Hotspot forecast ▸                      ForecastController's menu (off / now / next 3 hours)
//            ─ Data exchange ▸                         ExchangeMenu (EIDO, CAP, GeoJSON, CSV)
//
// It also owns the ReportScheduler that writes yesterday's report at the configured hour.
class SupervisionMenu : public QObject
{
    Q_OBJECT
public:
    SupervisionMenu(const SupervisionContext &context, QObject *parent = nullptr);
    ~SupervisionMenu() override;

    QMenu *menu() const { return m_menu; }
    QList<QAction *> actions() const; // menu order, for the shortcut sheet
    QAction *action(const QString &objectName) const;

    DashboardWindow *dashboard();     // made on first use
    ReportWindow *reportWindow();     // made on first use
    ForecastController *forecast() const { return m_forecast; }
    ExchangeMenu *exchange() const { return m_exchange; }
    ReportScheduler *scheduler() const { return m_scheduler; }

    void showDashboard();
    void showReportWindow();
    void verifySignedReport();

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    SupervisionContext m_context;
    QMenu *m_menu = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_verifyAction = nullptr;
    ForecastController *m_forecast = nullptr;
    ExchangeMenu *m_exchange = nullptr;
    ReportScheduler *m_scheduler = nullptr;
    QPointer<DashboardWindow> m_dashboard;
    QPointer<ReportWindow> m_report;
    QPointer<ReportVerifyDialog> m_verify;
};

} // namespace lintas
