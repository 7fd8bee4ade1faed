#include "cases/approvalsdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "cases/backgroundjob.h"
#include "cases/casedesk.h"
#include "cases/decisionreasondialog.h"
#include "cases/pendingvoidmodel.h"
#include "labels.h"
#include "theme.h"

namespace lintas {
namespace {

struct LoadedVoids
{
    QList<PendingVoid> voids;
    QString error;
};

// The change a decision would make, for asking the policy before offering the buttons.
Change decisionSample(const PendingVoid &pending)
{
    Change change;
    change.entity = EntityKind::Case;
    change.entityId = pending.summary.id;
    change.kind = ChangeKind::VoidDecision;
    change.fields = {{QStringLiteral("request_op"), pending.request.opId.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("approve"), true}};
    return change;
}

} // namespace

ApprovalsDialog::ApprovalsDialog(CaseDesk *desk, QWidget *parent) : QDialog(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("approvalsDialog"));
    m_model = new PendingVoidModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PendingVoidModel::SortRole);

    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("pendingVoids"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PendingVoidModel::RequestedAtColumn, Qt::AscendingOrder);
    // The queue is short: every column fits its words, the reason takes the rest of the width.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PendingVoidModel::ReasonColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("approvalsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_approve = new QPushButton(this);
    m_approve->setObjectName(QStringLiteral("approveVoid"));
    m_refuse = new QPushButton(this);
    m_refuse->setObjectName(QStringLiteral("refuseVoid"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openVoidCase"));
    m_close = new QPushButton(this);
    m_close->setAutoDefault(false);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsDialog::approveSelected);
    connect(m_refuse, &QPushButton::clicked, this, &ApprovalsDialog::refuseSelected);
    connect(m_open, &QPushButton::clicked, this, &ApprovalsDialog::openSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_view, &QTableView::activated, this, &ApprovalsDialog::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApprovalsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ApprovalsDialog::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_refuse);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 90, em * 28);

    // Any case the store reports may be a decided request or a new one: read the queue again.
    connect(m_desk, &CaseDesk::caseChanged, this, [this](const CaseSummary &) { reload(); });
    connect(m_desk, &CaseDesk::committed, this, [this] {
        if (m_awaiting.isEmpty())
            return;
        m_outcome = m_awaiting;
        m_outcomeError = false;
        m_awaiting.clear();
        setStatus(m_outcome);
        reload();
        Q_EMIT decided(true);
    });
    connect(m_desk, &CaseDesk::rejected, this, [this](const QString &message) {
        if (m_awaiting.isEmpty())
            return;
        m_awaiting.clear();
        m_outcome = tr("The decision was not recorded: %1").arg(message);
        m_outcomeError = true;
        setStatus(m_outcome, true);
        Q_EMIT decided(false);
    });
    retranslateUi();
    updateButtons();
    reload();
}

ApprovalsDialog::~ApprovalsDialog() = default;

void ApprovalsDialog::reload()
{
    if (m_loading) {
        m_reloadAgain = true; // one more read once this one is in, to see what changed meanwhile
        return;
    }
    m_loading = true;
    const QString path = m_desk->storePath();
    const QString scope = m_desk->actor() ? m_desk->actor()->scope : QString();
    runInBackground(
        this,
        [path, scope] {
            LoadedVoids loaded;
            CaseReader reader(path);
            if (!reader.isOpen())
                loaded.error = reader.errorString();
            else
                loaded.voids = reader.pendingVoids(scope);
            return loaded;
        },
        [this](const LoadedVoids &read) {
            m_loading = false;
            m_loadError = read.error;
            const QUuid selected = selectedVoid() ? selectedVoid()->request.opId : QUuid();
            if (read.error.isEmpty())
                m_model->setVoids(read.voids);
            // The selection stays on the request being read; the first one is offered when there was none.
            const int row = selected.isNull() ? -1 : m_model->rowOf(selected);
            if (row < 0 && m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            retranslateUi();
            updateButtons();
            Q_EMIT loaded(m_model->rowCount());
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
            }
        });
}

QString ApprovalsDialog::statusText() const
{
    return m_status->text();
}

bool ApprovalsDialog::selectCase(const QUuid &caseId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(PendingVoidModel::CaseIdRole).toUuid() == caseId) {
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

std::optional<PendingVoid> ApprovalsDialog::selectedVoid() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_model->rowOf(current.data(PendingVoidModel::RequestOpRole).toUuid());
    if (row < 0)
        return std::nullopt;
    return m_model->voidAt(row);
}

void ApprovalsDialog::approveSelected()
{
    decide(true);
}

void ApprovalsDialog::refuseSelected()
{
    decide(false);
}

void ApprovalsDialog::openSelected()
{
    if (const auto pending = selectedVoid())
        Q_EMIT openCaseRequested(pending->summary.id);
}

void ApprovalsDialog::decide(bool approve)
{
    const auto pending = selectedVoid();
    if (!pending || !(approve ? m_approve : m_refuse)->isEnabled())
        return;
    if (m_reasonDialog)
        m_reasonDialog->close();
    const QString number = pending->summary.number;
    const QString question =
        approve ? tr("Approve the void of %1 requested by %2? The case becomes void for good; say why.")
                      .arg(number, pending->request.requester)
                : tr("Refuse the void of %1 requested by %2? The case stays as it is; say why.")
                      .arg(number, pending->request.requester);
    m_reasonDialog = new DecisionReasonDialog(approve ? tr("Approve the void") : tr("Refuse the void"), question,
                                              approve ? tr("Approve") : tr("Refuse"), this);
    m_reasonDialog->setAttribute(Qt::WA_DeleteOnClose);
    DecisionReasonDialog *dialog = m_reasonDialog;
    const PendingVoid decided = *pending;
    connect(dialog, &QDialog::accepted, this, [this, dialog, decided, approve] {
        const Change change =
            m_desk->factory().decideVoid(decided.summary.id, decided.request.opId, approve, dialog->reason());
        m_awaiting = approve ? tr("The void of %1 was approved: the case is void.").arg(decided.summary.number)
                             : tr("The void of %1 was refused: the case stands.").arg(decided.summary.number);
        if (!m_desk->submit({change}, decided.summary.stationCode)) {
            // The policy said no (refused carries the reason to whoever listens); say it here too.
            m_awaiting.clear();
            m_outcome = tr("You may not decide on this void.");
            m_outcomeError = true;
            setStatus(m_outcome, true);
            Q_EMIT this->decided(false);
        }
    });
    dialog->open();
}

void ApprovalsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Theme::instance()->errorColor().name())
                                  : QString());
}

void ApprovalsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ApprovalsDialog::retranslateUi()
{
    setWindowTitle(tr("Approvals"));
    m_heading->setText(tr("Voids of violations and ETLE tickets wait here for a second approver: a supervisor "
                          "other than the one who asked."));
    m_approve->setText(tr("&Approve…"));
    m_refuse->setText(tr("&Refuse…"));
    m_open->setText(tr("&Open case"));
    m_close->setText(tr("Close"));
    QString status;
    bool error = false;
    if (!m_loadError.isEmpty()) {
        status = tr("The queue could not be read: %1").arg(m_loadError);
        error = true;
    } else if (m_loading && m_model->rowCount() == 0) {
        status = tr("Reading the queue…");
    } else if (m_model->rowCount() == 0) {
        status = tr("No void waits for a decision.");
    } else {
        status = tr("%n void(s) wait for a decision.", nullptr, m_model->rowCount());
    }
    if (!m_outcome.isEmpty()) {
        status = m_outcome + QLatin1Char(' ') + status;
        error = error || m_outcomeError;
    }
    setStatus(status, error);
}

void ApprovalsDialog::updateButtons()
{
    const auto pending = selectedVoid();
    bool allowed = pending.has_value();
    QString why;
    if (pending && pending->request.requester == m_desk->user()) {
        allowed = false;
        why = tr("You requested this void; another supervisor must decide");
    } else if (pending) {
        if (const auto refusal = m_desk->refusalFor(decisionSample(*pending), pending->summary.stationCode)) {
            allowed = false;
            why = refusal->reason;
        }
    }
    for (QPushButton *button : {m_approve, m_refuse}) {
        button->setEnabled(allowed);
        button->setToolTip(why);
    }
    m_approve->setToolTip(
        why.isEmpty() && pending ? tr("Approve the void of %1, with a reason").arg(pending->summary.number) : why);
    m_refuse->setToolTip(
        why.isEmpty() && pending ? tr("Refuse the void of %1, with a reason").arg(pending->summary.number) : why);
    m_open->setEnabled(pending.has_value());
}

} // namespace lintas
