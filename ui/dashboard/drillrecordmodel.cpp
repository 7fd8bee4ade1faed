#include "drillrecordmodel.h"

#include "core/cases.h"
#include "core/incident.h"
#include "core/unit.h"
#include "labels.h"

namespace lintas {

DrillRecordModel::DrillRecordModel(QObject *parent) : QAbstractTableModel(parent) {}

void DrillRecordModel::setRecords(const QList<analytics::DrillRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int DrillRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int DrillRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DrillRecordModel::statusText(const analytics::DrillRecord &record)
{
    bool ok = false;
    switch (record.kind) {
    case analytics::DrillRecord::Kind::Incident: {
        const IncidentStatus status = incidentStatusFromString(record.status, &ok);
        return ok ? labels::incidentStatus(status) : record.status;
    }
    case analytics::DrillRecord::Kind::Case: {
        const CaseState state = caseStateFromString(record.status, &ok);
        return ok ? displayName(state) : record.status;
    }
    case analytics::DrillRecord::Kind::Unit: {
        const UnitStatus status = unitStatusFromString(record.status, &ok);
        return ok ? labels::unitStatus(status) : record.status;
    }
    }
    return record.status;
}

QVariant DrillRecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const analytics::DrillRecord &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return record.number;
        case TimeColumn:
            return labels::timestamp(record.at);
        case TitleColumn:
            return record.title;
        case StatusColumn:
            return statusText(record);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(record.title) : QVariant();
    case IdRole:
        return record.id;
    case KindRole:
        return int(record.kind);
    }
    return {};
}

QVariant DrillRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case TimeColumn:
        return tr("Time");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void DrillRecordModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_records.size()) - 1, ColumnCount - 1));
}

} // namespace lintas
