#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QUuid>

#include "core/cases.h"

namespace lintas {

// The rows of the case list: what the last search found (CaseSummary, newest occurrence first), kept
// current row by row. A new search result is merged into the rows (removed, moved, updated, inserted one by
// one), so the view keeps its selection and scroll position when a query runs again.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        KindColumn,
        StateColumn,
        PlateColumn,
        TitleColumn,
        OccurredColumn, // Jakarta time (WIB)
        FineColumn,     // rupiah; violations and ETLE tickets only
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1, // QUuid
        KindRole,                      // int CaseKind
        StateRole,                     // int CaseState
        VoidPendingRole,               // bool
        OccurredAtRole,                // QDateTime
        FineRole,                      // qint64 rupiah
        SortRole                       // a value that sorts the column sensibly
    };
    Q_ENUM(Role)

    explicit CaseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A search's result, in its order: merged row by row into what is shown.
    void setCases(const QList<CaseSummary> &cases);
    // A case the store reports changed: updated in place when shown; false when it is not in the list.
    bool updateCase(const CaseSummary &summary);
    // The store dropped the case (its Create was refused).
    void removeCase(const QUuid &id);
    void clear();

    int rowOf(const QUuid &id) const { return m_rowOfId.value(id, -1); }
    const CaseSummary &caseAt(int row) const { return m_rows.at(row); }
    std::optional<CaseSummary> summary(const QUuid &id) const;
    const QList<CaseSummary> &cases() const { return m_rows; }

private:
    void reindexFrom(int row);
    // A language switch changes every text, not the rows.
    void refreshAll();

    QList<CaseSummary> m_rows;
    QHash<QUuid, int> m_rowOfId;
};

} // namespace lintas
