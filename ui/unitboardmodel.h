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
// The "since" column ticks with the clock like the queue's age.
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
    };
    Q_ENUM(Role)

    // Turns an incident id into the number the board shows ("JAKPUS-20261127-0042").
    using IncidentLabeler = std::function<QString(const QUuid &)>;

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
    // newer than what the unit has. No column shows the position, so no row repaints. Returns the unit as it
    // now stands, or nothing when the unit is unknown or the position is not newer. While loading, the latest
    // position per unit waits for the load.
    std::optional<Unit> applyPosition(const QUuid &id, const QString &callsign, double latitude, double longitude,
                                      double headingDeg, double speedKmh, const QDateTime &at);
    int rowOfCallsign(const QString &callsign) const;

    int rowOf(const QUuid &id) const { return m_rowOfId.value(id, -1); }
    const Unit &unitAt(int row) const { return m_rows.at(row); }
    std::optional<Unit> unit(const QUuid &id) const;
    QList<Unit> unitsOn(const QUuid &incidentId) const;
    const QList<Unit> &units() const { return m_rows; }

    void setNow(const QDateTime &now);
    QDateTime now() const;

Q_SIGNALS:
    void loaded();

private:
    void tick();
    void refreshAll();
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
    QTimer m_ticker;
};

} // namespace lintas
