#include "drilldowndialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "cases/backgroundjob.h"
#include "cases/casedesk.h"
#include "dashboard/drillrecordmodel.h"
#include "labels.h"

namespace lintas {

namespace {

struct Answer
{
    QList<analytics::DrillRecord> records;
    QString error;
};

} // namespace

DrillDownDialog::DrillDownDialog(const SupervisionContext &context, const analytics::DrillDown &drill,
                                 const QString &title, QWidget *parent)
    : QDialog(parent), m_context(context), m_drill(drill), m_title(title), m_model(new DrillRecordModel(this)),
      m_view(new QTableView(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(DrillRecordModel::TitleColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(DrillRecordModel::NumberColumn, 180);
    m_view->setColumnWidth(DrillRecordModel::TimeColumn, 170);
    m_view->setColumnWidth(DrillRecordModel::StatusColumn, 130);
    // Enter and a double-click both arrive as activated().
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openRecord(index.row()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 480);
    retranslateUi();
    load();
}

DrillDownDialog::~DrillDownDialog() = default;

void DrillDownDialog::load()
{
    if (!m_context.desk) {
        showResult({}, tr("No store is open."));
        return;
    }
    m_loading = true;
    updateStatus();
    const QString path = m_context.desk->storePath();
    const analytics::DrillDown drill = m_drill;
    runInBackground(
        this,
        [path, drill] {
            // Made in the worker thread: its read-only connection lives and dies here.
            Answer answer;
            const analytics::DashboardQuery query(path);
            if (!query.isOpen()) {
                answer.error = query.openError();
                return answer;
            }
            answer.records = query.records(drill, kRecordLimit, &answer.error);
            return answer;
        },
        [this](const Answer &answer) { showResult(answer.records, answer.error); });
}

void DrillDownDialog::showResult(const QList<analytics::DrillRecord> &records, const QString &error)
{
    m_loading = false;
    m_error = error;
    m_model->setRecords(records);
    if (!records.isEmpty()) {
        m_view->selectRow(0);
        m_view->setFocus();
    }
    updateStatus();
    Q_EMIT loaded(int(records.size()));
}

QString DrillDownDialog::statusText() const
{
    return m_status->text();
}

void DrillDownDialog::updateStatus()
{
    if (m_loading)
        m_status->setText(tr("Loading the records…"));
    else if (!m_error.isEmpty())
        m_status->setText(tr("The records could not be read: %1").arg(m_error));
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("No records behind this figure."));
    else if (m_model->rowCount() >= kRecordLimit)
        m_status->setText(tr("The newest %1 records. Enter opens the selected one.").arg(kRecordLimit));
    else
        m_status->setText(tr("%n record(s). Enter opens the selected one.", nullptr, m_model->rowCount()));
}

void DrillDownDialog::openRecord(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const analytics::DrillRecord record = m_model->record(row);
    switch (record.kind) {
    case analytics::DrillRecord::Kind::Incident:
        if (m_context.openIncident)
            m_context.openIncident(record.id);
        break;
    case analytics::DrillRecord::Kind::Case:
        if (m_context.openCase)
            m_context.openCase(record.id);
        break;
    case analytics::DrillRecord::Kind::Unit:
        // A unit is listed with its status and station; the unit board is where it is worked.
        break;
    }
}

void DrillDownDialog::retranslateUi()
{
    setWindowTitle(m_title);
    m_model->retranslate();
    updateStatus();
}

void DrillDownDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace lintas
