#include "reportscheduler.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMetaMethod>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

#include "cases/backgroundjob.h"
#include "cases/casedesk.h"
#include "core/roles.h"
#include "report/reportautosettings.h"
#include "report/reportjobs.h"
#include "report/reportwords.h"

Q_LOGGING_CATEGORY(lcReport, "lintas.ui.report")

namespace lintas {
namespace {

constexpr int kCheckIntervalMs = 60 * 1000; // the hour is kept to the minute
constexpr int kRetryMinutes = 15;           // after a failed run (store busy, folder unwritable)

} // namespace

ReportScheduler::ReportScheduler(const SupervisionContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ReportScheduler::check);
}

ReportScheduler::~ReportScheduler()
{
    // The main window may be half gone by now (this is its grandchild): touch only the notice, which the status
    // bar drops from its items when it is deleted.
    delete m_notice.data();
}

void ReportScheduler::start()
{
    m_timer.start();
    check(); // catch up: a desk started after the hour still writes yesterday's report
}

void ReportScheduler::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDateTime ReportScheduler::now() const
{
    if (m_now)
        return m_now();
    return m_context.desk ? m_context.desk->now() : QDateTime::currentDateTimeUtc();
}

QString ReportScheduler::scopeCode() const
{
    const QString scope = m_context.desk && m_context.desk->actor() ? m_context.desk->actor()->scope : QString();
    const QString polda = poldaOf(scope);
    return polda.isEmpty() ? QStringLiteral("PMJ") : polda;
}

void ReportScheduler::check()
{
    if (m_running || !m_context.desk)
        return;
    const QDateTime at = now();
    const QDateTime wib = at.toOffsetFromUtc(reportwords::kWibOffsetSeconds);
    const QDate today = wib.date();
    if (m_doneDay == today)
        return;
    if (m_retryAt.isValid() && at < m_retryAt)
        return;
    const ReportAutoSettings settings = ReportAutoSettings::load();
    if (wib.time().hour() < settings.hour)
        return;

    m_running = true;
    m_retryAt = QDateTime();
    const QDate day = today.addDays(-1);
    analytics::ReportRequest request;
    request.scope = analytics::ReportScope{scopeCode()};
    request.period = analytics::ReportPeriod::day(day);
    request.now = at;
    const QString storePath = m_context.desk->storePath();
    const QString folder = settings.folder;
    runInBackground(
        this, [storePath, request, folder] { return reportjobs::writeDayFiles(storePath, request, folder); },
        [this, day, today, at](const reportjobs::DayFiles &files) {
            m_running = false;
            if (files.error.isEmpty()) {
                m_doneDay = today;
            } else {
                m_retryAt = at.addSecs(60 * kRetryMinutes);
                qCWarning(lcReport) << "automatic report of" << day << "failed:" << files.error;
            }
            notify(day, files.written, files.error);
            Q_EMIT finished(day, files.written, files.error);
        });
}

void ReportScheduler::notify(const QDate &day, const QStringList &written, const QString &error)
{
    QStatusBar *bar = m_context.window ? m_context.window->statusBar() : nullptr;
    if (!bar)
        return;
    if (!error.isEmpty()) {
        bar->showMessage(tr("Yesterday's daily report could not be written: %1").arg(error));
        return;
    }
    if (written.isEmpty())
        return; // it was there already: nothing new to tell
    clearNotice();
    const QString first = written.first();
    auto *notice = new QWidget(bar);
    notice->setObjectName(QStringLiteral("reportReadyNotice"));
    auto *label = new QLabel(tr("Yesterday's daily report is ready: %1").arg(QFileInfo(first).fileName()), notice);
    label->setToolTip(QDir::toNativeSeparators(QFileInfo(first).absolutePath()));
    auto *open = new QPushButton(tr("Open"), notice);
    open->setObjectName(QStringLiteral("reportReadyOpen"));
    open->setFlat(true);
    auto *dismiss = new QToolButton(notice);
    dismiss->setText(QStringLiteral("\u00d7"));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    auto *layout = new QHBoxLayout(notice);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(open);
    layout->addWidget(dismiss);
    bar->addWidget(notice);
    m_notice = notice;

    const analytics::ReportScope scope{scopeCode()};
    connect(open, &QPushButton::clicked, this, [this, scope, day, first] {
        const auto signal = QMetaMethod::fromSignal(&ReportScheduler::openRequested);
        if (isSignalConnected(signal))
            Q_EMIT openRequested(scope, analytics::ReportPeriod::day(day));
        else
            QDesktopServices::openUrl(QUrl::fromLocalFile(first));
        clearNotice();
    });
    connect(dismiss, &QToolButton::clicked, this, &ReportScheduler::clearNotice);
}

void ReportScheduler::clearNotice()
{
    if (m_notice)
        m_notice->deleteLater();
    m_notice = nullptr;
}

} // namespace lintas
