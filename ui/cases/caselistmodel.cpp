#include "caselistmodel.h"

#include <QColor>
#include <QFont>
#include <QSet>

#include "casetext.h"
#include "language.h"
#include "theme.h"

namespace lintas {
namespace {

bool sameRow(const CaseSummary &a, const CaseSummary &b)
{
    return a.id == b.id && a.number == b.number && a.kind == b.kind && a.state == b.state &&
           a.stationCode == b.stationCode && a.officerNrp == b.officerNrp && a.title == b.title && a.plate == b.plate &&
           a.occurredAt == b.occurredAt && a.updatedAt == b.updatedAt && a.voidPending == b.voidPending &&
           a.fine == b.fine;
}

bool carriesFine(CaseKind kind)
{
    return isVoidable(kind); // violations and ETLE tickets: the kinds that charge articles
}

} // namespace

CaseListModel::CaseListModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(Language::instance(), &Language::changed, this, &CaseListModel::refreshAll);
    connect(Theme::instance(), &Theme::changed, this, &CaseListModel::refreshAll);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return row.number.isEmpty() ? tr("(numbering)") : row.number;
        case KindColumn:
            return displayName(row.kind);
        case StateColumn:
            return row.voidPending ? tr("%1 · void requested").arg(displayName(row.state)) : displayName(row.state);
        case PlateColumn:
            return row.plate;
        case TitleColumn:
            return row.title;
        case OccurredColumn:
            return casetext::wibTime(row.occurredAt);
        case FineColumn:
            return carriesFine(row.kind) && row.fine > 0 ? casetext::rupiah(row.fine) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (column == StateColumn && row.voidPending)
            return tr("A void of this case was requested and waits for a supervisor's decision");
        if (column == TitleColumn && !row.title.isEmpty())
            return row.title;
        if (column == OccurredColumn && row.occurredAt.isValid())
            return casetext::wibTimestamp(row.occurredAt);
        break;
    case Qt::ForegroundRole:
        if (column == StateColumn && row.voidPending)
            return Theme::instance()->warningColor();
        if (row.state == CaseState::Voided || row.state == CaseState::Rejected)
            return QColor(Qt::gray);
        break;
    case Qt::FontRole: {
        const bool voided = row.state == CaseState::Voided;
        const bool flagged = column == StateColumn && row.voidPending;
        if (voided || flagged) {
            QFont font;
            font.setBold(flagged);
            // A voided case stays in the records; striking it out says it no longer counts.
            font.setStrikeOut(voided);
            return font;
        }
        break;
    }
    case Qt::TextAlignmentRole:
        if (column == FineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CaseIdRole:
        return row.id;
    case KindRole:
        return int(row.kind);
    case StateRole:
        return int(row.state);
    case VoidPendingRole:
        return row.voidPending;
    case OccurredAtRole:
        return row.occurredAt;
    case FineRole:
        return row.fine;
    case SortRole:
        switch (column) {
        case KindColumn:
            return int(row.kind);
        case StateColumn:
            return int(row.state);
        case OccurredColumn:
            return row.occurredAt;
        case FineColumn:
            return row.fine;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn:
            return tr("Number");
        case KindColumn:
            return tr("Kind");
        case StateColumn:
            return tr("State");
        case PlateColumn:
            return tr("Plate");
        case TitleColumn:
            return tr("Subject");
        case OccurredColumn:
            return tr("Occurred (WIB)");
        case FineColumn:
            return tr("Fine");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TitleColumn:
            return tr("The offender, owner or plate, and the place");
        case FineColumn:
            return tr("The sum of the charged articles' maximum fines");
        }
    }
    if (role == Qt::TextAlignmentRole && section == FineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(KindRole, "kind");
    names.insert(StateRole, "state");
    names.insert(VoidPendingRole, "voidPending");
    names.insert(OccurredAtRole, "occurredAt");
    names.insert(FineRole, "fine");
    names.insert(SortRole, "sort");
    return names;
}

void CaseListModel::setCases(const QList<CaseSummary> &cases)
{
    QSet<QUuid> wanted;
    wanted.reserve(cases.size());
    bool overlaps = false;
    for (const CaseSummary &summary : cases) {
        wanted.insert(summary.id);
        overlaps = overlaps || m_rowOfId.contains(summary.id);
    }
    if (!overlaps) {
        // Nothing to keep (the first search, or a different one): one reset is cheaper than row by row.
        beginResetModel();
        m_rows = cases;
        m_rowOfId.clear();
        reindexFrom(0);
        endResetModel();
        return;
    }

    // Rows the new result no longer holds go first, in contiguous runs from the bottom.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).id))
            continue;
        const int last = row;
        while (row > 0 && !wanted.contains(m_rows.at(row - 1).id))
            --row;
        beginRemoveRows({}, row, last);
        for (int r = row; r <= last; ++r)
            m_rowOfId.remove(m_rows.at(r).id);
        m_rows.remove(row, last - row + 1);
        reindexFrom(row);
        endRemoveRows();
    }

    // Then, position by position: keep, move up from further down, or insert; update what differs.
    for (int at = 0; at < cases.size(); ++at) {
        const CaseSummary &summary = cases.at(at);
        const int row = rowOf(summary.id);
        if (row < 0) {
            beginInsertRows({}, at, at);
            m_rows.insert(at, summary);
            reindexFrom(at);
            endInsertRows();
            continue;
        }
        if (row != at) {
            // Rows above `at` are final, so the row is further down.
            beginMoveRows({}, row, row, {}, at);
            m_rows.move(row, at);
            reindexFrom(at);
            endMoveRows();
        }
        if (!sameRow(m_rows.at(at), summary)) {
            m_rows[at] = summary;
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
    }
}

bool CaseListModel::updateCase(const CaseSummary &summary)
{
    const int row = rowOf(summary.id);
    if (row < 0)
        return false;
    if (!sameRow(m_rows.at(row), summary)) {
        m_rows[row] = summary;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return true;
}

void CaseListModel::removeCase(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rowOfId.remove(id);
    m_rows.removeAt(row);
    reindexFrom(row);
    endRemoveRows();
}

void CaseListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    endResetModel();
}

std::optional<CaseSummary> CaseListModel::summary(const QUuid &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row);
}

void CaseListModel::reindexFrom(int row)
{
    for (int r = row; r < m_rows.size(); ++r)
        m_rowOfId.insert(m_rows.at(r).id, r);
}

void CaseListModel::refreshAll()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace lintas
