#pragma once

#include <QList>
#include <QString>
#include <QVariantList>
#include <QWidget>

#include "casedetailtext.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace lintas {

// The people or vehicles of an accident, one row each: a table the user adds rows to and removes rows from,
// whose value is a list of maps (the case's "vehicles" or "victims" field). A code column is a drop-down.
class PartyTable : public QWidget
{
    Q_OBJECT
public:
    struct Column
    {
        enum class Kind
        {
            Text,
            Number, // whole number (an age)
            Plate,  // written as normalizePlate writes it
            Choice  // one of `choices`, stored by code
        };
        QString key;
        Kind kind = Kind::Text;
        QList<casedetail::Choice> choices;
    };

    explicit PartyTable(const QList<Column> &columns, QWidget *parent = nullptr);

    QVariantList value() const; // the rows with anything in them
    void setValue(const QVariantList &rows);
    void setReadOnly(bool readOnly);
    // Headers and the drop-downs' words (they are translated by the owner of the columns).
    void setHeaderLabels(const QStringList &labels);
    void setChoices(const QString &key, const QList<casedetail::Choice> &choices);
    void setButtonTexts(const QString &add, const QString &remove);
    void setEmptyText(const QString &text);
    QTableWidget *table() const { return m_table; }

    int addRow(); // the new row's index
    void removeRow(int row);

Q_SIGNALS:
    void changed();

private:
    void fitHeight();
    QVariant cellValue(int row, int column) const;
    void setCellValue(int row, int column, const QVariant &value);

    QList<Column> m_columns;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_empty = nullptr;
    bool m_readOnly = false;
    bool m_filling = false;
};

} // namespace lintas
