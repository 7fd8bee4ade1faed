#include "supervisionmenu.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>

#include "actiontext.h"
#include "dashboard/dashboardwindow.h"
#include "exchange/exchangemenu.h"
#include "forecast/forecastcontroller.h"
#include "report/reportscheduler.h"
#include "report/reportverifydialog.h"
#include "report/reportwindow.h"

namespace lintas {

SupervisionMenu::SupervisionMenu(const SupervisionContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_menu(new QMenu(context.window))
{
    m_menu->setObjectName(QStringLiteral("analysisMenu"));
    auto add = [this](const char *name, const QKeySequence &keys, void (SupervisionMenu::*slot)()) {
        auto *action = m_menu->addAction(QString());
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::ApplicationShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_dashboardAction =
        add("dashboardAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), &SupervisionMenu::showDashboard);
    m_reportAction =
        add("dailyReportAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R), &SupervisionMenu::showReportWindow);
    m_verifyAction =
        add("verifyReportAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V), &SupervisionMenu::verifySignedReport);
    m_menu->addSeparator();
    m_forecast = new ForecastController(m_context, this);
    m_menu->addMenu(m_forecast->menu());
    m_exchange = new ExchangeMenu(m_context, this);
    m_menu->addMenu(m_exchange->menu());
    m_scheduler = new ReportScheduler(m_context, this);
    // "Open" on the notice of yesterday's report shows it in the report window.
    connect(m_scheduler, &ReportScheduler::openRequested, this,
            [this](const analytics::ReportScope &scope, const analytics::ReportPeriod &period) {
                reportWindow()->showReport(scope, period);
                showReportWindow();
            });
    m_menu->installEventFilter(this);
    retranslate();
}

SupervisionMenu::~SupervisionMenu()
{
    // The windows are children of the main window; the dashboard and report windows are top-level widgets with
    // it as parent, so they go with it. The menu is the main window's child too.
}

QList<QAction *> SupervisionMenu::actions() const
{
    QList<QAction *> list{m_dashboardAction, m_reportAction, m_verifyAction};
    return list;
}

QAction *SupervisionMenu::action(const QString &objectName) const
{
    for (QAction *action : actions())
        if (action->objectName() == objectName)
            return action;
    return nullptr;
}

DashboardWindow *SupervisionMenu::dashboard()
{
    if (!m_dashboard)
        m_dashboard = new DashboardWindow(m_context, m_context.window);
    return m_dashboard;
}

ReportWindow *SupervisionMenu::reportWindow()
{
    if (!m_report)
        m_report = new ReportWindow(m_context, m_context.window);
    return m_report;
}

void SupervisionMenu::showDashboard()
{
    DashboardWindow *window = dashboard();
    window->show();
    window->raise();
    window->activateWindow();
}

void SupervisionMenu::showReportWindow()
{
    ReportWindow *window = reportWindow();
    window->show();
    window->raise();
    window->activateWindow();
}

void SupervisionMenu::verifySignedReport()
{
    if (!m_verify) {
        m_verify = new ReportVerifyDialog(m_context, m_context.window);
        m_verify->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_verify->show();
    m_verify->raise();
    m_verify->activateWindow();
}

bool SupervisionMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void SupervisionMenu::retranslate()
{
    m_menu->setTitle(tr("&Analysis"));
    describeAction(m_dashboardAction, tr("&Dashboard…"),
                   tr("Live charts of incidents, response times, units, accidents and tickets"));
    describeAction(m_reportAction, tr("Daily &report (Anev)…"),
                   tr("The daily report of a Polda or Polres: preview, PDF, CSV and sign-off"));
    describeAction(m_verifyAction, tr("&Verify a signed report…"),
                   tr("Check a report PDF against the sign-offs in the audit trail"));
}

} // namespace lintas
