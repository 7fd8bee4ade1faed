#include "cases/settlementimportdialog.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include "cases/casetext.h"
#include "cases/backgroundjob.h"
#include "cases/casedesk.h"
#include "labels.h"
#include "store/casereader.h"
#include "theme.h"

namespace lintas {
namespace {

const QString kLastFolderKey = QStringLiteral("cases/settlementFolder");

struct MatchedFile
{
    bool readFailed = false;
    QString osError;    // why the file could not be read
    QString storeError; // why the store could not be read
    SettlementReport report;
};

qint64 totalOf(const SettlementReport &report)
{
    qint64 total = 0;
    for (const SettlementMatch &match : report.matches)
        total += match.row.amount;
    return total;
}

} // namespace

SettlementImportDialog::SettlementImportDialog(CaseDesk *desk, QWidget *parent) : QDialog(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("settlementImportDialog"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("settlementFile"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setWordWrap(true);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseSettlementFile"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("settlementSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_problems = new QTableWidget(0, 2, this);
    m_problems->setObjectName(QStringLiteral("settlementProblems"));
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(false);
    m_problems->setShowGrid(false);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->horizontalHeader()->setHighlightSections(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("settlementResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importSettlement"));
    m_close = new QPushButton(this);
    m_close->setAutoDefault(false);
    connect(m_choose, &QPushButton::clicked, this, &SettlementImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &SettlementImportDialog::importReport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_choose);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 10);
    layout->addWidget(m_result);
    layout->addStretch(1); // without a problem table the lines stay together at the top
    layout->addLayout(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 72, em * 30);

    // The outcome of the batch: the store commits one submission at a time, so the first answer after Import is
    // the batch's.
    connect(m_desk, &CaseDesk::committed, this, [this] {
        if (!m_importing)
            return;
        m_importing = false;
        m_imported = true;
        m_paid = m_report ? int(m_report->matches.size()) : 0;
        render();
        Q_EMIT imported(m_paid);
    });
    connect(m_desk, &CaseDesk::rejected, this, [this](const QString &message) {
        if (!m_importing)
            return;
        m_importing = false;
        m_importError = message;
        render();
        Q_EMIT importFailed(message);
    });
    retranslateUi();
}

SettlementImportDialog::~SettlementImportDialog() = default;

void SettlementImportDialog::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Bank settlement file"),
                                                      settings.value(kLastFolderKey, QDir::homePath()).toString(),
                                                      tr("Settlement files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    loadFile(path);
}

void SettlementImportDialog::loadFile(const QString &path)
{
    if (m_loading || m_importing)
        return;
    m_path = path;
    m_readError.clear();
    m_report.reset();
    m_imported = false;
    m_importError.clear();
    m_paid = 0;
    m_loading = true;
    render();
    const QString storePath = m_desk->storePath();
    runInBackground(
        this,
        [path, storePath] {
            MatchedFile matched;
            // The whole file first: a file that cannot be read is named with the system's reason.
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                matched.readFailed = true;
                matched.osError = file.errorString();
                return matched;
            }
            const QByteArray csv = file.readAll();
            if (file.error() != QFileDevice::NoError) {
                matched.readFailed = true;
                matched.osError = file.errorString();
                return matched;
            }
            CaseReader reader(storePath);
            if (!reader.isOpen()) {
                matched.storeError = reader.errorString();
                return matched;
            }
            matched.report = matchSettlement(csv, reader.payableTickets());
            return matched;
        },
        [this](const MatchedFile &matched) {
            m_loading = false;
            const QString name = QDir::toNativeSeparators(m_path);
            if (matched.readFailed)
                m_readError = tr("Cannot read %1: %2").arg(name, matched.osError);
            else if (!matched.storeError.isEmpty())
                m_readError = tr("The tickets could not be read from the store: %1").arg(matched.storeError);
            else
                m_report = matched.report;
            render();
            Q_EMIT loaded();
        });
}

QString SettlementImportDialog::summaryText() const
{
    return m_summary->text();
}

QString SettlementImportDialog::resultText() const
{
    return m_result->text();
}

bool SettlementImportDialog::importReport()
{
    if (!m_report || !m_report->isClean() || m_report->matches.isEmpty() || m_imported || m_importing)
        return false;
    m_importError.clear();
    const ChangeList changes = m_desk->factory().settle(*m_report);
    // The tickets' own stations decide the policy's scope (the desk reads each from its record).
    m_importing = true;
    if (!m_desk->submit(changes, QString())) {
        m_importing = false;
        m_importError = tr("your account may not record payments");
        render();
        Q_EMIT importFailed(m_importError);
        return false;
    }
    render();
    return true;
}

void SettlementImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettlementImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import bank settlement"));
    m_choose->setText(tr("&Choose file…"));
    m_close->setText(tr("Close"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    render();
}

void SettlementImportDialog::render()
{
    const QString error = Theme::instance()->errorColor().name();
    m_fileLabel->setText(m_path.isEmpty() ? tr("Choose the settlement file (CSV) the bank sent.")
                                          : tr("File: %1").arg(QDir::toNativeSeparators(m_path)));
    m_summary->setStyleSheet(QString());
    m_result->setStyleSheet(QString());
    m_problems->setRowCount(0);
    m_problems->setVisible(false);
    QString summary;
    QString result;
    bool summaryError = false;
    bool resultError = false;
    const qsizetype rows = m_report ? m_report->rows : 0;
    if (m_loading) {
        summary = tr("Reading and matching the file…");
    } else if (!m_readError.isEmpty()) {
        summary = m_readError;
        summaryError = true;
        result = tr("Nothing was imported.");
    } else if (m_report && m_report->isClean() && rows > 0) {
        summary = tr("%n row(s). All %n row(s) match: %1 total.", nullptr, int(rows))
                      .arg(casetext::rupiah(totalOf(*m_report)));
        if (m_imported)
            result = tr("%n ticket(s) were paid.", nullptr, m_paid);
        else if (m_importing)
            result = tr("Recording the payments…");
        else if (!m_importError.isEmpty()) {
            result = tr("Nothing was imported: %1").arg(m_importError);
            resultError = true;
        }
    } else if (m_report && m_report->isClean()) {
        summary = tr("The file holds no payments.");
        result = tr("Nothing was imported.");
    } else if (m_report) {
        // "12 rows, 4 problems": each count with its own plural, joined by one translatable pattern.
        summary =
            tr("%1, %2. Every row must match before anything is paid.")
                .arg(tr("%n row(s)", nullptr, int(rows)), tr("%n problem(s)", nullptr, int(m_report->problems.size())));
        summaryError = true;
        result = tr("Nothing was imported.");
        m_problems->setVisible(true);
        m_problems->setRowCount(int(m_report->problems.size()));
        for (int row = 0; row < int(m_report->problems.size()); ++row) {
            const SettlementProblem &problem = m_report->problems.at(row);
            auto *line = new QTableWidgetItem;
            line->setData(Qt::DisplayRole, problem.line);
            line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_problems->setItem(row, 0, line);
            auto *reason = new QTableWidgetItem(problem.reason);
            reason->setToolTip(problem.reason);
            m_problems->setItem(row, 1, reason);
        }
        m_problems->resizeColumnToContents(0);
    }
    m_summary->setText(summary);
    m_summary->setStyleSheet(summaryError ? QStringLiteral("color: %1;").arg(error) : QString());
    m_result->setText(result);
    m_result->setStyleSheet(resultError ? QStringLiteral("color: %1;").arg(error) : QString());
    const bool importable =
        m_report && m_report->isClean() && !m_report->matches.isEmpty() && !m_imported && !m_importing && !m_loading;
    m_import->setEnabled(importable);
    m_import->setText(m_report && m_report->isClean() && !m_report->matches.isEmpty()
                          ? tr("&Import %n payment(s)", nullptr, int(m_report->matches.size()))
                          : tr("&Import"));
    m_choose->setEnabled(!m_loading && !m_importing);
}

} // namespace lintas
