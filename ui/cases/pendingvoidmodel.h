#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "store/casereader.h"

namespace lintas {

// The voids waiting for their second approver (CaseReader::pendingVoids), oldest request first: the case, its
// plate and fine, who asked, when and why. Reloads change it row by row (a decided request leaves, a new one
// arrives), so the selection stays on the request being read.
class PendingVoidModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        KindColumn,
        PlateColumn,
        FineColumn,
        RequesterColumn,
        RequestedAtColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1, // QUuid of the case
        RequestOpRole,                 // QUuid of the VoidRequest change
        RequesterRole,                 // the user who asked
        SortRole,
    };
    Q_ENUM(Role)

    explicit PendingVoidModel(QObject *parent = nullptr);

    void setVoids(const QList<PendingVoid> &voids);
    const PendingVoid &voidAt(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid &requestOp) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void refreshAll();

    QList<PendingVoid> m_rows;
};

} // namespace lintas
