#include "partytable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/validators.h"

namespace lintas {
namespace {

constexpr int kVisibleRows = 4;

} // namespace

PartyTable::PartyTable(const QList<Column> &columns, QWidget *parent) : QWidget(parent), m_columns(columns)
{
    m_table = new QTableWidget(0, int(m_columns.size()), this);
    m_table->setObjectName(QStringLiteral("partyTable"));
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The columns share the width: a table that scrolls sideways inside a form that scrolls down is lost.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setTabKeyNavigation(true);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        const Column &column = m_columns.at(item->column());
        if (column.kind == Column::Kind::Plate) {
            const QString plate = normalizePlate(item->text().trimmed());
            if (plate != item->text()) {
                const QSignalBlocker blocker(m_table);
                item->setText(plate);
            }
        }
        Q_EMIT changed();
    });

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addRowButton"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        m_table->setCurrentCell(row, 0);
        m_table->setFocus();
        Q_EMIT changed();
    });
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeRowButton"));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
        if (row < 0)
            return;
        removeRow(row);
        Q_EMIT changed();
    });
    m_empty = new QLabel(this);
    m_empty->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_empty);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    fitHeight();
}

void PartyTable::setHeaderLabels(const QStringList &labels)
{
    m_table->setHorizontalHeaderLabels(labels);
}

void PartyTable::setChoices(const QString &key, const QList<casedetail::Choice> &choices)
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).key != key)
            continue;
        m_columns[c].choices = choices;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, c));
            if (!combo)
                continue;
            for (int i = 0; i < combo->count(); ++i)
                combo->setItemText(i, casedetail::choiceText(choices, combo->itemData(i).toString()));
        }
    }
}

void PartyTable::setButtonTexts(const QString &add, const QString &remove)
{
    m_add->setText(add);
    m_remove->setText(remove);
}

void PartyTable::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

int PartyTable::addRow()
{
    const int row = m_table->rowCount();
    const bool wasFilling = std::exchange(m_filling, true);
    m_table->insertRow(row);
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        if (column.kind == Column::Kind::Choice) {
            auto *combo = new QComboBox(m_table);
            combo->addItem(tr("—"), QString());
            for (const casedetail::Choice &choice : column.choices)
                combo->addItem(choice.second, choice.first);
            combo->setEnabled(!m_readOnly);
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                if (!m_filling)
                    Q_EMIT changed();
            });
            m_table->setCellWidget(row, c, combo);
        } else {
            auto *item = new QTableWidgetItem;
            if (column.kind == Column::Kind::Number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (m_readOnly)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, c, item);
        }
    }
    m_filling = wasFilling;
    fitHeight();
    return row;
}

void PartyTable::removeRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    fitHeight();
}

QVariant PartyTable::cellValue(int row, int c) const
{
    const Column &column = m_columns.at(c);
    if (column.kind == Column::Kind::Choice) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, c));
        return combo ? combo->currentData().toString() : QString();
    }
    const QTableWidgetItem *item = m_table->item(row, c);
    const QString text = item ? item->text().trimmed() : QString();
    if (column.kind == Column::Kind::Number) {
        bool ok = false;
        const int number = text.toInt(&ok);
        return ok ? QVariant(number) : QVariant(text); // a wrong number stays as typed, for validation to name
    }
    if (column.kind == Column::Kind::Plate)
        return normalizePlate(text);
    return text;
}

void PartyTable::setCellValue(int row, int c, const QVariant &value)
{
    const Column &column = m_columns.at(c);
    if (column.kind == Column::Kind::Choice) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, c));
        if (!combo)
            return;
        int index = combo->findData(value.toString());
        if (index < 0 && !value.toString().isEmpty()) {
            combo->addItem(value.toString(), value.toString()); // a code this desk does not know: keep it
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(qMax(0, index));
        return;
    }
    if (QTableWidgetItem *item = m_table->item(row, c))
        item->setText(value.isValid() &&
                              !(column.kind == Column::Kind::Number && value.toString() == QLatin1String("0"))
                          ? value.toString()
                          : QString());
}

QVariantList PartyTable::value() const
{
    QVariantList rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QVariantMap map;
        bool any = false;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QVariant value = cellValue(row, c);
            if (!value.toString().isEmpty())
                any = true;
            if (!value.toString().isEmpty())
                map.insert(m_columns.at(c).key, value);
        }
        if (any)
            rows.append(map);
    }
    return rows;
}

void PartyTable::setValue(const QVariantList &rows)
{
    const bool wasFilling = std::exchange(m_filling, true);
    m_table->setRowCount(0);
    for (const QVariant &entry : rows) {
        const QVariantMap map = entry.toMap();
        const int row = addRow();
        for (int c = 0; c < m_columns.size(); ++c)
            setCellValue(row, c, map.value(m_columns.at(c).key));
    }
    m_filling = wasFilling;
    fitHeight();
}

void PartyTable::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int c = 0; c < m_columns.size(); ++c) {
            if (QWidget *cell = m_table->cellWidget(row, c))
                cell->setEnabled(!readOnly);
            if (QTableWidgetItem *item = m_table->item(row, c))
                item->setFlags(readOnly ? item->flags() & ~Qt::ItemIsEditable : item->flags() | Qt::ItemIsEditable);
        }
    }
}

void PartyTable::fitHeight()
{
    // Tall enough for the rows there are (up to a few), so the form does not scroll inside a scroll.
    const int rows = qBound(1, m_table->rowCount(), kVisibleRows);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                            2 * m_table->frameWidth() + 2);
    m_empty->setVisible(m_table->rowCount() == 0);
}

} // namespace lintas
