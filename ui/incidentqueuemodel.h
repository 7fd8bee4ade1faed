#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include "core/incident.h"

namespace lintas {

class StoreService;

// The open incidents, newest report at the top. Loaded once (setIncidents), then kept current row by
// row from the store's notifications: a new incident is inserted where its report time puts it, a
// changed one is updated in place, a closed one is removed. The age column ticks once a second with a
// dataChanged on that column only.
class IncidentQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        PriorityColumn,
        TypeColumn,
        StatusColumn,
        LocationColumn,
        AgeColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IncidentIdRole = Qt::UserRole + 1, // QUuid
        PriorityRole,                      // int 1–4
        StatusRole,                        // int IncidentStatus
        ReportedAtRole,                    // QDateTime
        SortRole,                          // a value that sorts the column sensibly
        SearchTextRole,                    // every text a dispatcher might search for
    };
    Q_ENUM(Role)

    explicit IncidentQueueModel(QObject *parent = nullptr);

    // Follows the service's incidentChanged notifications.
    void connectTo(StoreService *service);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The initial load: one reset. Notifications that arrive while a load is pending are kept and
    // replayed after it, so nothing committed in between is lost.
    void beginLoading();
    void setIncidents(const QList<Incident> &incidents);
    bool isLoaded() const { return m_loaded; }

    // Inserts, updates or (when closed) removes one incident.
    void applyIncident(const lintas::Incident &incident);
    // The record is gone from the store (the server refused the change that created it).
    void removeIncident(const QUuid &id);

    int rowOf(const QUuid &id) const;
    const Incident &incidentAt(int row) const { return m_rows.at(row); }
    std::optional<Incident> incident(const QUuid &id) const;

    // The clock the age column reads; tests pin it.
    void setNow(const QDateTime &now);
    QDateTime now() const;
    void setTicking(bool on);

Q_SIGNALS:
    void loaded();
    void openCountChanged(int count);

private:
    void tick();
    int insertionRow(const QDateTime &reportedAt, const QUuid &id) const;
    // A language or theme switch changes every text and colour, not the rows.
    void refreshAll();

    QList<Incident> m_rows;
    QHash<QUuid, int> m_rowOfId; // rebuilt after inserts and removals (rare next to updates)
    QList<Incident> m_pending;
    QSet<QUuid> m_removedWhileLoading;
    bool m_loading = false;
    bool m_loaded = false;
    QDateTime m_fixedNow;
    QTimer m_ticker;
};

} // namespace lintas
