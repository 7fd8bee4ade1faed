#include "casewindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QKeySequence>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

#include "casedesk.h"
#include "casedetailwidget.h"
#include "caselistpanel.h"
#include "caseprint.h"
#include "casereadthread.h"

namespace lintas {
namespace {

const QString kGeometryKey = QStringLiteral("cases/window/geometry");
const QString kSplitterKey = QStringLiteral("cases/window/splitter");
constexpr int kReloadMs = 150;
constexpr int kMessageMs = 15000;

} // namespace

CaseWindow::CaseWindow(CaseDesk *desk, QWidget *parent) : QMainWindow(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("caseWindow"));
    m_reads = new CaseReadThread(desk->storePath(), this);
    m_list = new CaseListPanel(desk, m_reads, this);
    m_detail = new CaseDetailWidget(desk, this);
    m_detail->setObjectName(QStringLiteral("caseDetail"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("caseSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_reload.setSingleShot(true);
    m_reload.setInterval(kReloadMs);
    connect(&m_reload, &QTimer::timeout, this, [this] {
        if (!m_shownId.isNull())
            load(m_shownId, false);
    });

    connect(m_list, &CaseListPanel::openRequested, this, &CaseWindow::openCase);
    connect(m_list, &CaseListPanel::searchFailed, this, &CaseWindow::showMessage);
    connect(m_detail, &CaseDetailWidget::openCaseRequested, this, &CaseWindow::openCase);
    connect(m_detail, &CaseDetailWidget::caseSaved, this, &CaseWindow::onCaseSaved);
    connect(m_desk, &CaseDesk::caseChanged, this, &CaseWindow::onCaseChanged);
    connect(m_desk, &CaseDesk::caseRemoved, this, [this](const QUuid &id) {
        if (id != m_shownId)
            return;
        m_shownId = QUuid();
        m_detail->clear();
        showMessage(tr("The case shown was refused by the regional server and is gone from the records"));
    });
    connect(m_desk, &CaseDesk::refused, this, &CaseWindow::showMessage);
    connect(m_desk, &CaseDesk::rejected, this, &CaseWindow::showMessage);

    // Esc in the record goes back to the list (the list's own Esc goes on to the search).
    auto *backToList = new QShortcut(QKeySequence(Qt::Key_Escape), m_detail);
    backToList->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backToList, &QShortcut::activated, m_list, &CaseListPanel::focusList);

    buildActions();
    retranslateUi();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 760);
    // The list's columns need a little more room than the record's form, until the user moves the divider.
    if (!splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        splitter->setSizes({width() * 3 / 5, width() * 2 / 5});
    m_list->focusSearch();
}

CaseWindow::~CaseWindow() = default;

void CaseWindow::buildActions()
{
    m_caseMenu = menuBar()->addMenu(QString());
    m_caseMenu->setObjectName(QStringLiteral("caseMenu"));
    const auto add = [this](const QString &name, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newViolation = add(QStringLiteral("newViolation"), {QKeySequence(Qt::CTRL | Qt::Key_N)},
                         [this] { newCase(CaseKind::Violation); });
    m_newEtle = add(QStringLiteral("newEtle"), {}, [this] { newCase(CaseKind::Etle); });
    m_newAccident = add(QStringLiteral("newAccident"), {}, [this] { newCase(CaseKind::Accident); });
    m_newWatch = add(QStringLiteral("newWatch"), {}, [this] { newCase(CaseKind::Watch); });
    m_saveDraft =
        add(QStringLiteral("saveCaseDraft"), {QKeySequence(Qt::CTRL | Qt::Key_S)}, [this] { m_detail->saveDraft(); });
    m_submit = add(QStringLiteral("submitCase"),
                   {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                   [this] { m_detail->submit(); });
    m_print = add(QStringLiteral("printCase"), {QKeySequence(Qt::CTRL | Qt::Key_P)}, [this] { printWithDialog(); });
    m_find = add(QStringLiteral("findCase"), {QKeySequence(Qt::CTRL | Qt::Key_F)}, [this] { m_list->focusSearch(); });
    m_close = add(QStringLiteral("closeCaseWindow"), {QKeySequence(Qt::CTRL | Qt::Key_W)}, [this] { close(); });

    m_caseMenu->addAction(m_newViolation);
    m_caseMenu->addAction(m_newEtle);
    m_caseMenu->addAction(m_newAccident);
    m_caseMenu->addAction(m_newWatch);
    m_caseMenu->addSeparator();
    m_caseMenu->addAction(m_saveDraft);
    m_caseMenu->addAction(m_submit);
    m_caseMenu->addAction(m_print);
    m_caseMenu->addSeparator();
    m_caseMenu->addAction(m_find);
    m_caseMenu->addSeparator();
    m_caseMenu->addAction(m_close);

    updateActions();
    connect(m_desk, &CaseDesk::actorChanged, this, &CaseWindow::updateActions);
}

void CaseWindow::updateActions()
{
    // An auditor reads and changes nothing: the actions that make changes are shown but not offered.
    const bool mayChange = !m_desk->isAuditor();
    for (QAction *action : {m_newViolation, m_newEtle, m_newAccident, m_newWatch, m_saveDraft, m_submit})
        action->setEnabled(mayChange);
}

void CaseWindow::retranslateUi()
{
    setWindowTitle(tr("Cases — Lintas"));
    m_caseMenu->setTitle(tr("&Case"));
    m_newViolation->setText(tr("New &violation"));
    m_newViolation->setToolTip(tr("Write up a traffic violation (tilang)"));
    m_newEtle->setText(tr("New &ETLE capture"));
    m_newAccident->setText(tr("New &accident"));
    m_newWatch->setText(tr("New &watch-list entry"));
    m_newWatch->setToolTip(tr("Put a stolen or wanted vehicle on the region's watch list"));
    m_saveDraft->setText(tr("&Save draft"));
    m_submit->setText(tr("S&ubmit"));
    m_print->setText(tr("&Print to PDF…"));
    m_find->setText(tr("&Find"));
    m_close->setText(tr("&Close window"));
}

void CaseWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void CaseWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(kSplitterKey, splitter->saveState());
    QMainWindow::closeEvent(event);
}

void CaseWindow::openCase(const QUuid &id)
{
    if (id.isNull())
        return;
    m_list->selectCase(id);
    load(id, true);
}

void CaseWindow::newCase(CaseKind kind, const QUuid &incidentId)
{
    m_reload.stop();
    m_shownId = QUuid();
    ++m_loadGeneration; // a load still in flight must not replace the new draft
    m_detail->startNew(kind, incidentId);
    m_detail->setFocus(Qt::OtherFocusReason);
}

void CaseWindow::load(const QUuid &id, bool opening)
{
    m_shownId = id;
    const quint64 generation = ++m_loadGeneration;
    m_reads->read(
        this,
        [id](const CaseReader &reader) -> std::optional<CaseFile> {
            if (!reader.isOpen())
                return std::nullopt;
            return reader.caseFile(id);
        },
        [this, id, opening, generation](const std::optional<CaseFile> &file) {
            // Only the newest load shows; a newer opening or a new draft came meanwhile otherwise.
            if (generation != m_loadGeneration || id != m_shownId)
                return;
            if (!file) {
                showMessage(tr("Case %1 could not be read from the store").arg(id.toString(QUuid::WithoutBraces)));
                return;
            }
            m_detail->showCase(*file);
            // Every opening of a record is audited: one View change per opening, none for a refresh.
            if (opening)
                m_desk->submit({m_desk->factory().viewed(id)}, file->record.stationCode);
            Q_EMIT caseShown(id, opening);
        });
}

void CaseWindow::onCaseChanged(const CaseSummary &summary)
{
    if (summary.id == m_shownId && !m_reload.isActive())
        m_reload.start();
}

void CaseWindow::onCaseSaved(const QUuid &id)
{
    // The detail wrote the case: follow it, and show the stored record when the store reports it.
    m_shownId = id;
    ++m_loadGeneration;
    if (!m_list->selectCase(id))
        m_list->search();
}

bool CaseWindow::printToPdf(const QString &path)
{
    // Only a stored record prints: a new draft is not a case yet.
    const std::optional<CaseFile> file = m_shownId.isNull() ? std::nullopt : m_detail->shownCase();
    if (!file || file->record.id != m_shownId) {
        showMessage(tr("Open a stored case to print it"));
        return false;
    }
    CasePrintOptions options;
    options.user = m_desk->user();
    options.printedAt = m_desk->now();
    options.catalogue = m_desk->catalogue();
    QString error;
    if (!caseprint::toPdf(*file, path, options, &error)) {
        showMessage(error);
        return false;
    }
    showMessage(tr("Case %1 printed to %2").arg(file->record.number, QDir::toNativeSeparators(path)));
    return true;
}

void CaseWindow::printWithDialog()
{
    const std::optional<CaseFile> file = m_shownId.isNull() ? std::nullopt : m_detail->shownCase();
    if (!file || file->record.id != m_shownId) {
        showMessage(tr("Open a stored case to print it"));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        (file->record.number.isEmpty() ? file->record.id.toString(QUuid::WithoutBraces) : file->record.number) +
        QStringLiteral(".pdf"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Print case to PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        printToPdf(path);
}

void CaseWindow::showMessage(const QString &message)
{
    m_lastMessage = message;
    statusBar()->showMessage(message, kMessageMs);
}

} // namespace lintas
