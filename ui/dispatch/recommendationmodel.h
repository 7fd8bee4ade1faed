#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

#include "analytics/recommender.h"

namespace lintas {

// The ranked units for one incident, top first, as the recommendation panel lists them. The advisor answers with
// a whole new ranking each time, so a new answer replaces the rows; between answers the rows stay as they are.
class RecommendationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RankColumn,
        UnitColumn,
        KindColumn,
        EtaColumn,
        DistanceColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1, // QUuid
        RankRole,                      // int, 1 = top
        EtaSecondsRole,                // double, or an invalid QVariant without a road ETA
        MetersRole,                    // double, or invalid without a route
        WarningsRole,                  // QStringList: the warnings in words
        DimmedRole,                    // bool: stale, unsuited, dispatched elsewhere or without a route
        TopRole,                       // bool: the unit D sends
        DispatchableRole,              // bool: the unit may be dispatched now
    };
    Q_ENUM(Role)

    explicit RecommendationModel(QObject *parent = nullptr);

    // A new list; `dispatchable` says which units may be sent now. `ranked`: by road travel time, and the first
    // dispatchable unit is the top recommendation; otherwise (no road network) nothing is recommended.
    void setRecommendations(const QList<analytics::Recommendation> &units, const QList<bool> &dispatchable,
                            bool ranked = true);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const analytics::Recommendation &recommendationAt(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid &unitId) const;
    // The row D acts on by default: the first unit that may be dispatched; -1 when none may or nothing is ranked.
    int topRow() const { return m_topRow; }
    // The first unit that may be dispatched, ranked or not; -1 when none may.
    int firstDispatchableRow() const { return int(m_dispatchable.indexOf(true)); }
    // The reason lines again, in the language now chosen.
    void retranslate();

private:
    QList<analytics::Recommendation> m_rows;
    QList<bool> m_dispatchable;
    int m_topRow = -1;
};

} // namespace lintas
