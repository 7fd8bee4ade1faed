#include "reportwindow.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaObject>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "cases/backgroundjob.h"
#include "cases/casedesk.h"
#include "core/roles.h"
#include "core/stations.h"
#include "labels.h"
#include "language.h"
#include "report/reportfiles.h"
#include "report/reportjobs.h"
#include "report/reportsettingsdialog.h"
#include "report/reportwords.h"
#include "store/store.h"
#include "store/storeservice.h"
#include "theme.h"

namespace lintas {
namespace {

using analytics::ReportLanguage;

const QString kExportFolderKey = QStringLiteral("report/exportFolder");
constexpr int kDebounceMs = 300; // a date typed digit by digit builds once

QDate yesterdayWib(const QDateTime &now)
{
    return now.toOffsetFromUtc(reportwords::kWibOffsetSeconds).date().addDays(-1);
}

// The Polda the account belongs to (its scope or the Polda above it); Polda Metro Jaya when none is known.
QString accountPolda(const QString &scope)
{
    const QString polda = poldaOf(scope);
    return polda.isEmpty() ? QStringLiteral("PMJ") : polda;
}

} // namespace

ReportWindow::ReportWindow(const SupervisionContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context)
{
    setObjectName(QStringLiteral("reportWindow"));
    m_scopeLabel = new QLabel(this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("reportScope"));
    m_scopeLabel->setBuddy(m_scope);
    m_dayChoice = new QRadioButton(this);
    m_dayChoice->setObjectName(QStringLiteral("reportDayChoice"));
    m_operationChoice = new QRadioButton(this);
    m_operationChoice->setObjectName(QStringLiteral("reportOperationChoice"));
    m_periodGroup = new QButtonGroup(this);
    m_periodGroup->addButton(m_dayChoice);
    m_periodGroup->addButton(m_operationChoice);
    m_dayChoice->setChecked(true);
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("reportDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_operation = new QComboBox(this);
    m_operation->setObjectName(QStringLiteral("reportOperation"));
    m_operation->setEnabled(false);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_languageLabel->setBuddy(m_language);
    // Each language under its own name: the one asked for is read by whoever receives the report.
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), int(ReportLanguage::Indonesian));
    m_language->addItem(QStringLiteral("English"), int(ReportLanguage::English));
    m_language->setCurrentIndex(labels::currentLanguage() == QLatin1String("en") ? 1 : 0);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("reportRefresh"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenLinks(false);
    m_signature = new QLabel(this);
    m_signature->setObjectName(QStringLiteral("reportSignature"));
    m_signature->setWordWrap(true);
    m_signature->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportPdf = new QPushButton(this);
    m_exportPdf->setObjectName(QStringLiteral("reportExportPdf"));
    m_exportCsv = new QPushButton(this);
    m_exportCsv->setObjectName(QStringLiteral("reportExportCsv"));
    m_signOff = new QPushButton(this);
    m_signOff->setObjectName(QStringLiteral("reportSignOff"));
    m_settings = new QPushButton(this);
    m_settings->setObjectName(QStringLiteral("reportAutoSettings"));
    m_close = new QPushButton(this);
    for (QPushButton *button : {m_refresh, m_exportPdf, m_exportCsv, m_signOff, m_settings, m_close})
        button->setAutoDefault(false);

    auto *choices = new QGridLayout;
    choices->addWidget(m_scopeLabel, 0, 0);
    choices->addWidget(m_scope, 0, 1);
    choices->addWidget(m_languageLabel, 0, 3);
    choices->addWidget(m_language, 0, 4);
    choices->addWidget(m_dayChoice, 1, 0);
    choices->addWidget(m_day, 1, 1);
    choices->addWidget(m_operationChoice, 1, 2);
    choices->addWidget(m_operation, 1, 3, 1, 2);
    choices->addWidget(m_refresh, 1, 5);
    choices->setColumnStretch(1, 1);
    choices->setColumnStretch(3, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_signOff);
    buttons->addStretch(1);
    buttons->addWidget(m_settings);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_signature);
    layout->addLayout(buttons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ReportWindow::build);
    const auto changed = [this] {
        if (!m_filling)
            scheduleBuild();
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, changed);
    connect(m_operation, &QComboBox::currentIndexChanged, this, changed);
    connect(m_day, &QDateEdit::dateChanged, this, changed);
    connect(m_dayChoice, &QRadioButton::toggled, this, [this, changed](bool day) {
        m_day->setEnabled(day);
        m_operation->setEnabled(!day);
        changed();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportWindow::render);
    connect(m_refresh, &QPushButton::clicked, this, &ReportWindow::build);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportWindow::exportPdfClicked);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportWindow::exportCsvClicked);
    connect(m_signOff, &QPushButton::clicked, this, &ReportWindow::signOffClicked);
    connect(m_settings, &QPushButton::clicked, this, &ReportWindow::openSettings);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    if (m_context.desk)
        connect(m_context.desk, &CaseDesk::actorChanged, this, &ReportWindow::updateActions);

    m_filling = true;
    fillScopes();
    fillOperations();
    const QDate yesterday = yesterdayWib(m_context.desk ? m_context.desk->now() : QDateTime::currentDateTimeUtc());
    refreshLatestDay();
    m_day->setDate(yesterday);
    m_filling = false;

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 72, em * 54);
    retranslateUi();
    updateActions();
    scheduleBuild();
}

ReportWindow::~ReportWindow() = default;

void ReportWindow::fillScopes()
{
    const StationDirectory &directory = StationDirectory::builtIn();
    const QString accountScope = m_context.desk && m_context.desk->actor() ? m_context.desk->actor()->scope : QString();
    const QString polda = accountPolda(accountScope);
    m_scope->clear();
    if (const auto station = directory.byCode(polda))
        m_scope->addItem(station->name, station->code);
    for (const Station &station : directory.children(polda))
        if (station.level == StationLevel::Polres)
            m_scope->addItem(station.name, station.code);
    // The account's own command by default: a Polsek reports within its Polres.
    QString preferred = polda;
    if (const auto polres = directory.polresOf(accountScope); polres && polres->level == StationLevel::Polres)
        preferred = polres->code;
    const int index = m_scope->findData(preferred);
    m_scope->setCurrentIndex(index >= 0 ? index : 0);
}

void ReportWindow::fillOperations()
{
    const QString chosen = m_operation->currentData().toString();
    const bool english = labels::currentLanguage() == QLatin1String("en");
    const QDateTime now = m_context.desk ? m_context.desk->now() : QDateTime::currentDateTimeUtc();
    QList<analytics::PoliceOperation> operations = analytics::OperationCalendar::builtIn().all();
    // Newest first: the operation running or just ended is the one asked for.
    std::sort(
        operations.begin(), operations.end(),
        [](const analytics::PoliceOperation &a, const analytics::PoliceOperation &b) { return a.start > b.start; });
    m_operation->clear();
    int latestStarted = -1;
    for (const analytics::PoliceOperation &operation : operations) {
        m_operation->addItem(english ? operation.nameEn : operation.nameId, operation.code);
        if (latestStarted < 0 && operation.start <= now)
            latestStarted = m_operation->count() - 1;
    }
    const int index = m_operation->findData(chosen);
    m_operation->setCurrentIndex(index >= 0 ? index : std::max(0, latestStarted));
}

void ReportWindow::showReport(const analytics::ReportScope &scope, const analytics::ReportPeriod &period)
{
    m_filling = true;
    int index = m_scope->findData(scope.stationCode);
    if (index < 0) {
        m_scope->addItem(scope.name().in(language()), scope.stationCode);
        index = m_scope->count() - 1;
    }
    m_scope->setCurrentIndex(index);
    if (period.isDay()) {
        m_dayChoice->setChecked(true);
        refreshLatestDay();
        m_day->setDate(period.dayWib());
    } else {
        m_operationChoice->setChecked(true);
        const int operation = m_operation->findData(period.operationCode);
        if (operation >= 0)
            m_operation->setCurrentIndex(operation);
    }
    m_filling = false;
    build();
}

void ReportWindow::refreshLatestDay()
{
    const QDate today =
        yesterdayWib(m_context.desk ? m_context.desk->now() : QDateTime::currentDateTimeUtc()).addDays(1);
    if (m_day->maximumDate() != today)
        m_day->setMaximumDate(today);
}

void ReportWindow::showEvent(QShowEvent *event)
{
    refreshLatestDay();
    QWidget::showEvent(event);
}

void ReportWindow::showDay(const QDate &dayWib)
{
    showReport(chosenScope(), analytics::ReportPeriod::day(dayWib));
}

void ReportWindow::setLanguage(ReportLanguage language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

ReportLanguage ReportWindow::language() const
{
    return ReportLanguage(m_language->currentData().toInt());
}

QString ReportWindow::previewText() const
{
    return m_preview->toPlainText();
}

QString ReportWindow::statusText() const
{
    return m_status->text();
}

QString ReportWindow::signOffText() const
{
    return m_signature->text();
}

analytics::ReportScope ReportWindow::chosenScope() const
{
    return analytics::ReportScope{m_scope->currentData().toString()};
}

std::optional<analytics::ReportPeriod> ReportWindow::chosenPeriod() const
{
    if (m_dayChoice->isChecked())
        return analytics::ReportPeriod::day(m_day->date());
    const auto operation = analytics::OperationCalendar::builtIn().byCode(m_operation->currentData().toString());
    if (!operation)
        return std::nullopt;
    return analytics::ReportPeriod::operation(*operation);
}

void ReportWindow::scheduleBuild()
{
    m_debounce.start();
}

void ReportWindow::build()
{
    m_debounce.stop();
    const std::optional<analytics::ReportPeriod> period = chosenPeriod();
    if (!period) {
        setStatus(tr("Choose an operation."), true);
        return;
    }
    analytics::ReportRequest request;
    request.scope = chosenScope();
    request.period = *period;
    request.now = m_context.desk ? m_context.desk->now() : QDateTime::currentDateTimeUtc();
    const int generation = ++m_generation;
    m_building = true;
    m_error.clear();
    setStatus(tr("Building…"));
    updateActions();
    const QString path = m_context.desk ? m_context.desk->storePath() : QString();
    runInBackground(
        this, [path, request, language = language()] { return reportjobs::build(path, request, language); },
        [this, generation](const reportjobs::Built &result) {
            if (generation != m_generation)
                return; // superseded by a later choice
            m_building = false;
            if (!result.error.isEmpty() || !result.report) {
                m_error = result.error;
                m_report.reset();
                m_rendered.reset();
                m_preview->clear();
                setStatus(tr("The report could not be built: %1").arg(m_error), true);
                updateActions();
                Q_EMIT failed(m_error);
                return;
            }
            const bool sameReport = m_report && m_report->reportId() == result.report->reportId();
            m_report = result.report;
            m_rendered = result.rendered;
            if (!sameReport) {
                m_lastSignOff.reset();
                m_signature->clear();
            }
            showRendered();
            Q_EMIT built();
        });
}

void ReportWindow::render()
{
    if (!m_report || m_building)
        return; // the build in progress renders in the language chosen when it finishes
    const int generation = ++m_generation;
    m_building = true;
    setStatus(tr("Building…"));
    updateActions();
    runInBackground(
        this,
        [report = *m_report, language = language()] {
            return std::optional<ReportRenderer>(std::in_place, report, language);
        },
        [this, generation](const std::optional<ReportRenderer> &rendered) {
            if (generation != m_generation)
                return;
            m_building = false;
            m_rendered = rendered;
            showRendered();
            Q_EMIT built();
        });
}

void ReportWindow::showRendered()
{
    if (!m_rendered || !m_report)
        return;
    if (m_rendered->language() != language()) {
        // The language changed while the report was being built: render it again in the one chosen now.
        render();
        return;
    }
    // A PDF written before shows another report or language: a sign-off must write this one.
    m_writtenPdfPath.clear();
    m_writtenPdfSha256.clear();
    m_preview->clear();
    m_rendered->addResources(m_preview->document());
    m_preview->setHtml(m_rendered->html());
    setStatus(tr("%1 — built %2").arg(m_report->reportId(), labels::timestamp(m_report->generatedAt)));
    updateActions();
}

void ReportWindow::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Theme::instance()->errorColor().name())
                                  : QString());
}

void ReportWindow::updateActions()
{
    const bool ready = m_rendered && m_report && !m_building && !m_writing;
    m_exportPdf->setEnabled(ready);
    m_exportCsv->setEnabled(ready);
    const bool maySign = m_context.desk && m_context.desk->isSupervisor();
    m_signOff->setEnabled(ready && maySign);
    m_signOff->setToolTip(maySign ? tr("Write the PDF, record its SHA-256 in the audit trail as signed by you")
                                  : tr("Only a supervisor or an administrator can sign a report off"));
}

QString ReportWindow::defaultPath(const QString &suffix) const
{
    const QString folder =
        QSettings()
            .value(kExportFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    if (!m_report)
        return folder;
    return QDir(folder).filePath(reportfiles::fileName(m_report->scope, m_report->period, language(), suffix));
}

QString ReportWindow::askSavePath(const QString &title, const QString &suffix, const QString &filter)
{
    const QString path = QFileDialog::getSaveFileName(this, title, defaultPath(suffix), filter);
    if (!path.isEmpty())
        QSettings().setValue(kExportFolderKey, QFileInfo(path).absolutePath());
    return path;
}

void ReportWindow::exportPdfClicked()
{
    const QString path = askSavePath(tr("Export the report as PDF"), QStringLiteral("pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportWindow::exportCsvClicked()
{
    const QString path = askSavePath(tr("Export the report as CSV"), QStringLiteral("csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReportWindow::signOffClicked()
{
    const QString wanted =
        m_report ? reportfiles::fileName(m_report->scope, m_report->period, language(), QStringLiteral("pdf"))
                 : QString();
    QString path;
    if (!m_writtenPdfPath.isEmpty() && QFileInfo(m_writtenPdfPath).fileName() == wanted)
        path = QFileDialog::getSaveFileName(this, tr("Sign off the report: the PDF"), m_writtenPdfPath,
                                            tr("PDF (*.pdf)"), nullptr, QFileDialog::DontConfirmOverwrite);
    else
        path = askSavePath(tr("Sign off the report: the PDF"), QStringLiteral("pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        signOff(path);
}

void ReportWindow::exportPdf(const QString &path)
{
    if (!m_rendered || m_writing)
        return;
    m_writing = true;
    updateActions();
    setStatus(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    runInBackground(
        this, [rendered = *m_rendered, path] { return reportjobs::writePdf(rendered, path); },
        [this](const reportjobs::Written &written) {
            m_writing = false;
            updateActions();
            if (!written.ok()) {
                setStatus(written.error, true);
                Q_EMIT failed(written.error);
                return;
            }
            m_writtenPdfPath = written.path;
            m_writtenPdfSha256 = written.sha256;
            setStatus(tr("PDF written: %1").arg(QDir::toNativeSeparators(written.path)));
            Q_EMIT exported(written.path);
        });
}

void ReportWindow::exportCsv(const QString &path)
{
    if (!m_report || m_writing)
        return;
    m_writing = true;
    updateActions();
    setStatus(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    runInBackground(
        this,
        [report = *m_report, language = language(), path] { return reportjobs::writeCsv(report, language, path); },
        [this](const reportjobs::Written &written) {
            m_writing = false;
            updateActions();
            if (!written.ok()) {
                setStatus(written.error, true);
                Q_EMIT failed(written.error);
                return;
            }
            setStatus(tr("CSV written: %1").arg(QDir::toNativeSeparators(written.path)));
            Q_EMIT exported(written.path);
        });
}

void ReportWindow::signOff(const QString &path)
{
    if (!m_rendered || !m_report || m_writing)
        return;
    if (!m_context.desk || !m_context.desk->isSupervisor()) {
        const QString message = tr("Only a supervisor or an administrator can sign a report off");
        setStatus(message, true);
        Q_EMIT failed(message);
        return;
    }
    m_writing = true;
    updateActions();
    setStatus(tr("Signing off %1…").arg(m_report->reportId()));
    ReportSignOff signOff;
    signOff.reportId = m_report->reportId();
    signOff.language = analytics::languageCode(m_rendered->language());
    signOff.actor = m_context.desk->user();
    const QByteArray known = path == m_writtenPdfPath ? m_writtenPdfSha256 : QByteArray();
    runInBackground(
        this, [rendered = *m_rendered, path, known] { return reportjobs::pdfForSignOff(rendered, path, known); },
        [this, signOff](const reportjobs::Written &written) mutable {
            if (!written.ok()) {
                m_writing = false;
                updateActions();
                setStatus(written.error, true);
                Q_EMIT failed(written.error);
                return;
            }
            m_writtenPdfPath = written.path;
            m_writtenPdfSha256 = written.sha256;
            signOff.sha256 = written.sha256;
            signOff.fileName = QFileInfo(written.path).fileName();
            signOff.atMs = m_context.desk->now().toMSecsSinceEpoch();
            recordSignOff(signOff);
        });
}

void ReportWindow::recordSignOff(const ReportSignOff &signOff)
{
    // The store is written on its own thread; the answer comes back to the GUI thread through the service
    // (which outlives this window) and reaches the window only while it still exists.
    StoreService *service = m_context.desk->service();
    const QPointer<ReportWindow> guard(this);
    service->post([service, guard, signOff](Store &store) {
        QString error;
        const bool ok = store.recordReportSignOff(signOff, &error);
        QMetaObject::invokeMethod(
            service,
            [guard, signOff, ok, error] {
                if (!guard)
                    return;
                ReportWindow *window = guard.data();
                window->m_writing = false;
                window->updateActions();
                if (!ok) {
                    const QString message = ReportWindow::tr("The sign-off could not be recorded: %1").arg(error);
                    window->setStatus(message, true);
                    Q_EMIT window->failed(message);
                    return;
                }
                const QDateTime at = QDateTime::fromMSecsSinceEpoch(signOff.atMs, Qt::UTC)
                                         .toOffsetFromUtc(reportwords::kWibOffsetSeconds);
                window->m_lastSignOff = signOff;
                window->m_signature->setText(ReportWindow::tr("Signed off by %1 at %2 WIB — SHA-256 %3")
                                                 .arg(signOff.actor, at.toString(QStringLiteral("HH:mm")),
                                                      reportfiles::shortHash(signOff.sha256)));
                window->m_signature->setToolTip(QString::fromLatin1(signOff.sha256.toHex()));
                window->setStatus(ReportWindow::tr("Signed off: %1").arg(signOff.fileName));
                Q_EMIT window->signedOff(signOff);
            },
            Qt::QueuedConnection);
    });
}

void ReportWindow::openSettings()
{
    ReportSettingsDialog dialog(this);
    dialog.exec();
}

void ReportWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportWindow::retranslateUi()
{
    setWindowTitle(tr("Daily report (Anev)"));
    m_scopeLabel->setText(tr("&Scope:"));
    m_dayChoice->setText(tr("&Day:"));
    m_operationChoice->setText(tr("&Operation:"));
    m_languageLabel->setText(tr("&Language:"));
    m_refresh->setText(tr("&Refresh"));
    m_exportPdf->setText(tr("Export &PDF…"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_signOff->setText(tr("Si&gn off…"));
    m_settings->setText(tr("&Automatic report…"));
    m_close->setText(tr("Close"));
    m_filling = true;
    fillOperations();
    m_filling = false;
    updateActions();
}

} // namespace lintas
