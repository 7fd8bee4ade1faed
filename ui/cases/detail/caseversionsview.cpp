#include "caseversionsview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "casedetailtext.h"
#include "core/casevalidation.h"

namespace lintas {
namespace {

// The charges are told by their articles and the fine; the snapshots behind them only repeat them.
bool isShownField(const QString &field, const QList<FieldDifference> &all)
{
    if (field != QLatin1String(casefield::kCharged))
        return true;
    for (const FieldDifference &difference : all)
        if (difference.field == QLatin1String(casefield::kArticles))
            return false;
    return true;
}

} // namespace

CaseVersionsView::CaseVersionsView(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    connect(m_list, &QListWidget::currentRowChanged, this, &CaseVersionsView::showDifferences);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("detailSection"));
    m_heading->setWordWrap(true);
    m_differences = new QTreeWidget(this);
    m_differences->setObjectName(QStringLiteral("versionDifferences"));
    m_differences->setColumnCount(3);
    m_differences->setRootIsDecorated(false);
    m_differences->setWordWrap(true);
    m_differences->setUniformRowHeights(false);
    m_differences->setAlternatingRowColors(true);
    m_differences->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_differences->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_differences->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_differences->header()->setStretchLastSection(false);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_differences, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    retranslateUi();
}

void CaseVersionsView::retranslateUi()
{
    m_differences->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    fillList();
}

void CaseVersionsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseVersionsView::setFile(const CaseFile &file)
{
    // An older version the user is reading stays selected; the newest one follows a new correction.
    const bool same = file.record.id == m_caseId;
    const int keep = same ? selectedVersion() : 0;
    const bool wasNewest = keep == m_file.versions.size();
    m_file = file;
    m_caseId = file.record.id;
    fillList();
    if (same && keep > 0 && !wasNewest)
        selectVersion(keep);
}

void CaseVersionsView::clear()
{
    m_file = {};
    m_caseId = {};
    fillList();
}

void CaseVersionsView::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const CaseVersion &version : std::as_const(m_file.versions)) {
        QString line = tr("v%1 · %2 · %3").arg(version.number).arg(casedetail::wibTime(version.at), version.actor);
        line += QStringLiteral("\n") + (version.reason.isEmpty()
                                            ? (version.number == 1 ? tr("As submitted") : tr("No reason given"))
                                            : tr("Reason: %1").arg(version.reason));
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, version.number);
        item->setToolTip(line);
    }
    if (m_list->count())
        m_list->setCurrentRow(m_list->count() - 1);
    showDifferences();
}

void CaseVersionsView::selectVersion(int number)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toInt() == number)
            m_list->setCurrentRow(row);
}

int CaseVersionsView::selectedVersion() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toInt() : 0;
}

void CaseVersionsView::showDifferences()
{
    m_differences->clear();
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_file.versions.size()) {
        m_heading->setText(m_file.versions.isEmpty() ? tr("No version yet: the case is a draft until it is submitted.")
                                                     : QString());
        return;
    }
    const CaseVersion &version = m_file.versions.at(row);
    const QVariantMap before = row > 0 ? m_file.versions.at(row - 1).data : QVariantMap();
    const QList<FieldDifference> all = differences(before, version.data);
    m_heading->setText(row > 0 ? tr("Changes from v%1 to v%2").arg(row).arg(version.number)
                               : tr("v%1: the record as first submitted").arg(version.number));
    QList<QTreeWidgetItem *> items;
    for (const FieldDifference &difference : all) {
        if (!isShownField(difference.field, all))
            continue;
        auto *item =
            new QTreeWidgetItem({caseFieldLabel(difference.field),
                                 row > 0 ? casedetail::valueText(difference.field, difference.before) : QString(),
                                 casedetail::valueText(difference.field, difference.after)});
        item->setData(0, Qt::UserRole, difference.field);
        item->setToolTip(1, item->text(1));
        item->setToolTip(2, item->text(2));
        items.append(item);
    }
    m_differences->addTopLevelItems(items);
}

} // namespace lintas
