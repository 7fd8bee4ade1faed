#pragma once

#include <functional>
#include <optional>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include "core/incident.h"
#include "core/responsetimes.h"

namespace lintas {

class StoreService;

// The open incidents, newest report at the top. Loaded once (setIncidents), then kept current row by
// row from the store's notifications: a new incident is inserted where its report time puts it, a
// changed one is updated in place, a closed one is removed.
//
// Three clocks per incident (since reported, since the first dispatch, since the first arrival) tick once a
// second with one dataChanged over those columns only. Each row shows its TimerLevel against the region's
// response thresholds (amber, then red past the limit) as a badge on the "since reported" clock and a marker at
// the head of the row; a row whose level changes on a tick is repainted whole. A cleared incident's clocks stop
// at its clearance.
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
        AgeColumn,             // since reported: the clock both limits count from
        SinceDispatchedColumn, // since the first unit was dispatched
        SinceArrivalColumn,    // since the first unit arrived
        ColumnCount,
        SinceReportedColumn = AgeColumn,
        FirstTimerColumn = AgeColumn,
        LastTimerColumn = SinceArrivalColumn,
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
        TimerLevelRole,                    // int TimerLevel at the model's clock
        TimerStageRole,                    // int TimerStage: what the incident waits for
        RemainingSecondsRole,              // qint64: limit minus elapsed (negative when overdue; 0 when done)
    };
    Q_ENUM(Role)

    // The model's clock; tests inject one. Without it, the system clock (UTC).
    using Clock = std::function<QDateTime()>;

    explicit IncidentQueueModel(QObject *parent = nullptr);

    // Follows the service's incidentChanged and responseThresholdsChanged notifications.
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

    const QList<Incident> &incidents() const { return m_rows; }

    // The limits the rows are coloured against (StoreReader::responseThresholds() at start, then the
    // service's responseThresholdsChanged). Repaints every row.
    void setThresholds(const lintas::ResponseThresholds &thresholds);
    const ResponseThresholds &thresholds() const { return m_thresholds; }
    // The clocks of a row at the model's clock (stopped at the clearance for a cleared incident).
    IncidentTimers timersAt(int row) const;
    static bool isTimerColumn(int column) { return column >= FirstTimerColumn && column <= LastTimerColumn; }

    // The clock the timer columns read. setClock keeps reading the function; setNow pins one instant (and
    // ticks once). Both are for tests; the desk uses the system clock.
    void setClock(Clock clock);
    void setNow(const QDateTime &now);
    QDateTime now() const;
    void setTicking(bool on);
    // One tick: a dataChanged over the timer columns of every row, then a whole-row dataChanged for each row
    // whose level changed. The one-second timer calls it; tests call it after moving their clock.
    void tick();

Q_SIGNALS:
    void loaded();
    void openCountChanged(int count);

private:
    IncidentTimers timersOf(const Incident &incident) const;
    TimerLevel levelOf(const Incident &incident) const { return timersOf(incident).level; }
    void rememberLevel(const Incident &incident);
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
    Clock m_clock;
    ResponseThresholds m_thresholds = ResponseThresholds::defaults();
    QHash<QUuid, TimerLevel> m_levels; // each row's level at the last tick, to repaint only rows that change
    QTimer m_ticker;
};

} // namespace lintas
