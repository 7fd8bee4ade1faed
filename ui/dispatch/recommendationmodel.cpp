#include "dispatch/recommendationmodel.h"

#include "dispatch/dispatchtext.h"
#include "labels.h"

namespace lintas {
namespace {

bool isDimmed(const analytics::Recommendation &recommendation)
{
    return recommendation.stale || !recommendation.warnings.isEmpty();
}

bool hasRoute(const analytics::Recommendation &recommendation)
{
    return recommendation.hasEta();
}

} // namespace

RecommendationModel::RecommendationModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecommendationModel::setRecommendations(const QList<analytics::Recommendation> &units,
                                             const QList<bool> &dispatchable, bool ranked)
{
    beginResetModel();
    m_rows = units;
    m_dispatchable = dispatchable;
    m_dispatchable.resize(m_rows.size(), false);
    m_topRow = ranked ? int(m_dispatchable.indexOf(true)) : -1;
    endResetModel();
}

void RecommendationModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_dispatchable.clear();
    m_topRow = -1;
    endResetModel();
}

int RecommendationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecommendationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RecommendationModel::rowOf(const QUuid &unitId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).unit.id == unitId)
            return row;
    return -1;
}

QVariant RecommendationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::Recommendation &r = m_rows.at(index.row());
    const bool routed = hasRoute(r);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return r.rank;
        case UnitColumn:
            return r.unit.callsign;
        case KindColumn:
            return labels::unitKind(r.unit.kind);
        case EtaColumn:
            return routed ? DispatchText::travelTime(r.etaSeconds) : tr("no route");
        case DistanceColumn:
            return routed ? DispatchText::distance(r.routeMeters) : QString();
        case ReasonColumn:
            return r.reason;
        }
        return {};
    case Qt::ToolTipRole: {
        // The reason names the warnings already.
        QStringList lines{r.reason};
        if (!m_dispatchable.value(index.row()))
            lines << tr("%1 is “%2” and cannot be dispatched now")
                         .arg(r.unit.callsign, labels::unitStatus(r.unit.status));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn || index.column() == EtaColumn || index.column() == DistanceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UnitIdRole:
        return r.unit.id;
    case RankRole:
        return r.rank;
    case EtaSecondsRole:
        return routed ? QVariant(r.etaSeconds) : QVariant();
    case MetersRole:
        return routed ? QVariant(r.routeMeters) : QVariant();
    case WarningsRole: {
        QStringList warnings;
        for (const auto warning : r.warnings)
            warnings << DispatchText::warning(warning, r.positionAgeS);
        return warnings;
    }
    case DimmedRole:
        return isDimmed(r) || !m_dispatchable.value(index.row());
    case TopRole:
        return index.row() == m_topRow;
    case DispatchableRole:
        return m_dispatchable.value(index.row());
    }
    return {};
}

QVariant RecommendationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("#");
    case UnitColumn:
        return tr("Unit");
    case KindColumn:
        return tr("Kind");
    case EtaColumn:
        return tr("ETA by road");
    case DistanceColumn:
        return tr("Route");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}

QHash<int, QByteArray> RecommendationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(UnitIdRole, "unitId");
    names.insert(RankRole, "rank");
    names.insert(EtaSecondsRole, "etaSeconds");
    names.insert(MetersRole, "meters");
    names.insert(WarningsRole, "warnings");
    names.insert(DimmedRole, "dimmed");
    names.insert(TopRole, "top");
    names.insert(DispatchableRole, "dispatchable");
    return names;
}

void RecommendationModel::retranslate()
{
    if (m_rows.isEmpty())
        return;
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows[row].reason = analytics::reasonText(m_rows.at(row), m_rows.at(row).rank == 1);
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace lintas
