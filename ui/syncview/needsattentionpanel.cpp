#include "syncview/needsattentionpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "syncview/needsattentionmodel.h"

namespace lintas {

NeedsAttentionPanel::NeedsAttentionPanel(NeedsAttentionModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("needsAttentionPanel"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("needsAttentionIntro"));
    m_intro->setWordWrap(true);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NeedsAttentionModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("needsAttentionList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    // What changed and why are sentences: they wrap in the narrow dock under the map rather than hide.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(NeedsAttentionModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(NeedsAttentionModel::ChangeColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(NeedsAttentionModel::ReasonColumn, QHeaderView::Stretch);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NeedsAttentionModel::TimeColumn, Qt::DescendingOrder);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &NeedsAttentionPanel::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NeedsAttentionPanel::updateState);

    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openAttentionIncident"));
    connect(m_open, &QPushButton::clicked, this, &NeedsAttentionPanel::openSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NeedsAttentionPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NeedsAttentionPanel::updateState);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    retranslateUi();
    updateState();
}

void NeedsAttentionPanel::setIncidentExists(std::function<bool(const QUuid &)> exists)
{
    m_exists = std::move(exists);
    updateState();
}

QUuid NeedsAttentionPanel::selectedIncident() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(NeedsAttentionModel::IncidentIdRole).toUuid() : QUuid();
}

void NeedsAttentionPanel::focusList()
{
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_view->setFocus(Qt::OtherFocusReason);
}

void NeedsAttentionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool NeedsAttentionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NeedsAttentionPanel::retranslateUi()
{
    m_open->setText(tr("Open incident"));
    m_open->setToolTip(tr("Show the incident this change was about (Enter)"));
    updateState();
}

void NeedsAttentionPanel::updateState()
{
    const int count = m_model->rowCount();
    m_intro->setText(count == 0 ? tr("Nothing needs attention: the regional server accepted every change made "
                                     "at this desk.")
                                : tr("The regional server did not accept these changes, so they are not in the "
                                     "records. Make them again if they are still needed, or ask a supervisor."));
    const QUuid incident = selectedIncident();
    m_open->setEnabled(!incident.isNull() && (!m_exists || m_exists(incident)));
}

void NeedsAttentionPanel::openSelected()
{
    const QUuid incident = selectedIncident();
    if (!incident.isNull() && (!m_exists || m_exists(incident)))
        Q_EMIT openIncidentRequested(incident);
}

} // namespace lintas
