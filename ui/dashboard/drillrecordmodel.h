#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "analytics/dashboardstats.h"

namespace lintas {

// The records behind a chart's bar, as the records dialog lists them: number, time, title, status.
class DrillRecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TimeColumn,
        TitleColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QUuid
        KindRole                   // int(DrillRecord::Kind)
    };

    explicit DrillRecordModel(QObject *parent = nullptr);

    // A new answer replaces the old one as a whole (one query, one result).
    void setRecords(const QList<analytics::DrillRecord> &records);
    const QList<analytics::DrillRecord> &records() const { return m_records; }
    analytics::DrillRecord record(int row) const { return m_records.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The stored status or state code in words of the current language.
    static QString statusText(const analytics::DrillRecord &record);

    // Headers follow the language: the view asks again after this.
    void retranslate();

private:
    QList<analytics::DrillRecord> m_records;
};

} // namespace lintas
