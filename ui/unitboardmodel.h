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

#include "core/unit.h"

namespace lintas {

class StoreService;

// Every unit of the desk, by callsign. Loaded once, then kept current row by row from unitChanged.
// The "since" and "position" columns tick with the clock like the queue's timers. A unit whose last position
// is older than the ranking's limit (positionage::staleAfterS) is greyed, its age in the position column
// ("3 min ago") and the reason in a tooltip; a row is repainted whole when it turns stale or fresh.
class UnitBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CallsignColumn,
        KindColumn,
        StatusColumn,
        StationColumn,
        IncidentColumn,
        SinceColumn,
        PositionColumn, // how old the last position is: "current", "3 min ago" when stale, "no position"
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1, // QUuid
        StatusRole,                    // int UnitStatus
        KindRole,                      // int UnitKind
        IncidentIdRole,                // QUuid, null when free
        SortRole,
        SearchTextRole,
        PositionAgeRole, // qint64 seconds since the last position; -1 when unknown
        StaleRole,       // bool: the position is too old to trust
    };
    Q_ENUM(Role)

    // Turns an incident id into the number the board shows ("JAKPUS-20261127-0042").
    using IncidentLabeler = std::function<QString(const QUuid &)>;
    // The model's clock; tests inject one. Without it, the system clock (UTC).
    using Clock = std::function<QDateTime()>;

    explicit UnitBoardModel(QObject *parent = nullptr);

    void connectTo(StoreService *service);
    void setIncidentLabeler(IncidentLabeler labeler);
    // An incident's number became known or changed: repaint the units working it.
    void refreshIncident(const QUuid &incidentId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void beginLoading();
    void setUnits(const QList<Unit> &units);
    bool isLoaded() const { return m_loaded; }
    // A unit as the store has it. A live position the board holds that is newer than the stored one stays.
    void applyUnit(const lintas::Unit &unit);
    // The record is gone from the store (the server refused the change that created it).
    void removeUnit(const QUuid &id);

    // A live position from the regional server: lossy, kept in memory only (never in the store), applied when
    // newer than what the unit has. A row repaints only when what the board shows changes (a stale unit back in
    // touch, a first position): it shows the position's age, not the position. Returns the unit as it now
    // stands, or nothing when the unit is unknown or the position is not newer. While loading, the latest
    // position per unit waits for the load.
    std::optional<Unit> applyPosition(const QUuid &id, const QString &callsign, double latitude, double longitude,
                                      double headingDeg, double speedKmh, const QDateTime &at);
    int rowOfCallsign(const QString &callsign) const;

    int rowOf(const QUuid &id) const { return m_rowOfId.value(id, -1); }
    const Unit &unitAt(int row) const { return m_rows.at(row); }
    std::optional<Unit> unit(const QUuid &id) const;
    QList<Unit> unitsOn(const QUuid &incidentId) const;
    const QList<Unit> &units() const { return m_rows; }

    // Whether the unit's position is too old to trust at the model's clock.
    bool isStale(int row) const;

    // The clock the "since" and "position" columns read: setClock keeps reading the function, setNow pins one
    // instant (and ticks once). For tests; the desk uses the system clock.
    void setClock(Clock clock);
    void setNow(const QDateTime &now);
    QDateTime now() const;
    void setTicking(bool on);
    // One tick: a dataChanged over the "since" and "position" columns of every row, then a whole-row
    // dataChanged for each unit that turned stale or fresh.
    void tick();

Q_SIGNALS:
    void loaded();

private:
    void refreshAll();
    void rememberStale(const Unit &unit);
    int insertionRow(const QString &callsign) const;
    void reindexFrom(int row);

    QList<Unit> m_rows;
    QHash<QUuid, int> m_rowOfId;
    QList<Unit> m_pending;
    QSet<QUuid> m_removedWhileLoading;
    struct PendingPosition
    {
        QString callsign;
        double latitude = 0;
        double longitude = 0;
        double headingDeg = 0;
        double speedKmh = 0;
        QDateTime at;
    };
    QHash<QUuid, PendingPosition> m_pendingPositions; // while loading, by unit id
    bool m_loading = false;
    bool m_loaded = false;
    IncidentLabeler m_labeler;
    QDateTime m_fixedNow;
    Clock m_clock;
    QSet<QUuid> m_stale; // the units shown stale at the last tick
    QTimer m_ticker;
};

} // namespace lintas
