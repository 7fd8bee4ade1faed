#include "cases/pendingvoidmodel.h"

#include <QSet>

#include "cases/casetext.h"
#include "labels.h"
#include "language.h"

namespace lintas {
namespace {

bool sameRow(const PendingVoid &a, const PendingVoid &b)
{
    return a.request.opId == b.request.opId && a.summary.number == b.summary.number &&
           a.summary.plate == b.summary.plate && a.summary.fine == b.summary.fine && a.summary.kind == b.summary.kind &&
           a.request.reason == b.request.reason && a.request.requester == b.request.requester &&
           a.request.at == b.request.at;
}

} // namespace

PendingVoidModel::PendingVoidModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(Language::instance(), &Language::changed, this, &PendingVoidModel::refreshAll);
}

int PendingVoidModel::rowOf(const QUuid &requestOp) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).request.opId == requestOp)
            return int(row);
    return -1;
}

void PendingVoidModel::setVoids(const QList<PendingVoid> &voids)
{
    QSet<QUuid> wanted;
    for (const PendingVoid &pending : voids)
        wanted.insert(pending.request.opId);
    // Decided requests leave first, from the bottom up.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).request.opId))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // What remains keeps the reader's order (oldest first), so new requests slot in where they belong.
    for (int row = 0; row < int(voids.size()); ++row) {
        const PendingVoid &pending = voids.at(row);
        if (row < m_rows.size() && m_rows.at(row).request.opId == pending.request.opId) {
            if (!sameRow(m_rows.at(row), pending)) {
                m_rows[row] = pending;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        const int elsewhere = rowOf(pending.request.opId);
        if (elsewhere >= 0) {
            // The order itself changed (it should not: requests keep their times); start over.
            beginResetModel();
            m_rows = voids;
            endResetModel();
            return;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, pending);
        endInsertRows();
    }
}

int PendingVoidModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PendingVoidModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingVoidModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PendingVoid &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.summary.number;
        case KindColumn:
            return displayName(row.summary.kind);
        case PlateColumn:
            return row.summary.plate;
        case FineColumn:
            return row.summary.fine > 0 ? casetext::rupiah(row.summary.fine) : QString();
        case RequesterColumn:
            return row.request.requester;
        case RequestedAtColumn:
            return labels::recentTime(row.request.at);
        case ReasonColumn:
            return row.request.reason.simplified();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RequestedAtColumn:
            return labels::timestamp(row.request.at);
        case ReasonColumn:
            return row.request.reason;
        case NumberColumn:
            return row.summary.title;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == FineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CaseIdRole:
        return row.summary.id;
    case RequestOpRole:
        return row.request.opId;
    case RequesterRole:
        return row.request.requester;
    case SortRole:
        switch (index.column()) {
        case FineColumn:
            return row.summary.fine;
        case RequestedAtColumn:
            return row.request.at;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant PendingVoidModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Case");
    case KindColumn:
        return tr("Kind");
    case PlateColumn:
        return tr("Plate");
    case FineColumn:
        return tr("Fine");
    case RequesterColumn:
        return tr("Requested by");
    case RequestedAtColumn:
        return tr("When");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

QHash<int, QByteArray> PendingVoidModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(RequestOpRole, "requestOp");
    names.insert(RequesterRole, "requester");
    names.insert(SortRole, "sort");
    return names;
}

void PendingVoidModel::refreshAll()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace lintas
