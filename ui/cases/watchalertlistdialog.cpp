#include "cases/watchalertlistdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "cases/watchhittext.h"
#include "labels.h"

namespace lintas {
namespace {

enum Column
{
    TimeColumn,
    PlateColumn,
    WatchColumn,
    SourceColumn,
    PlaceColumn,
    ColumnCount
};

} // namespace

WatchAlertListDialog::WatchAlertListDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("watchAlertListDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("watchAlerts"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_open = new QPushButton(this);
    m_close = new QPushButton(this);
    m_close->setAutoDefault(false);
    connect(m_open, &QPushButton::clicked, this, &WatchAlertListDialog::openCurrent);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemActivated, this, &WatchAlertListDialog::openCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this] { m_open->setEnabled(m_table->currentRow() >= 0); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 84, em * 24);
    retranslateUi();
}

void WatchAlertListDialog::setHits(const QList<WatchHit> &hits)
{
    m_hits = hits;
    render();
}

void WatchAlertListDialog::addHit(const WatchHit &hit)
{
    m_hits.append(hit);
    render();
}

void WatchAlertListDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WatchAlertListDialog::retranslateUi()
{
    setWindowTitle(tr("Watch-list alerts"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Plate"), tr("Watch entry"), tr("Seen in"), tr("Place")});
    m_open->setText(tr("&Open"));
    m_close->setText(tr("Close"));
    render();
}

void WatchAlertListDialog::render()
{
    m_intro->setText(m_hits.isEmpty() ? tr("No watch-listed plate has been seen since this desk started.")
                                      : tr("Watch-listed plates seen since this desk started, newest first."));
    const int current = m_table->currentRow();
    m_table->setRowCount(int(m_hits.size()));
    for (int row = 0; row < int(m_hits.size()); ++row) {
        const WatchHit &hit = m_hits.at(m_hits.size() - 1 - row); // newest first
        const QString source =
            hit.sourceNumber.isEmpty()
                ? watchhittext::sourceKind(hit.sourceKind)
                : QStringLiteral("%1 %2").arg(watchhittext::sourceKind(hit.sourceKind), hit.sourceNumber);
        const QStringList cells = {labels::recentTime(hit.at), hit.plate, hit.watchNumber, source, hit.place};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(watchhittext::watchHitSentence(hit));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, 0);
    m_open->setEnabled(m_table->currentRow() >= 0);
}

void WatchAlertListDialog::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_hits.size()))
        return;
    Q_EMIT openRequested(m_hits.at(m_hits.size() - 1 - row));
}

} // namespace lintas
