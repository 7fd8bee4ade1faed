#pragma once

#include <array>

#include <QList>
#include <QPointF>

namespace lintas {

// One marker on the screen, or several merged into a cluster.
struct MarkerGroup
{
    static constexpr int kCategories = 8; // priorities or unit statuses

    QPointF center;     // screen position: the marker's, or the mean of a cluster's members
    QList<int> members; // indices into the input
    std::array<int, kCategories> countByCategory{};

    bool isCluster() const { return members.size() > 1; }
};

// Grid clustering in screen space: markers whose screen positions fall into the same cell merge. The grid
// is anchored to the world (cell = floor((screen + worldOffset) / size)), so clusters do not reshuffle
// while the map pans; they only change when the zoom does.
class MarkerClusterer
{
public:
    struct Item
    {
        QPointF screen;
        int category = 0;    // 0 … kCategories - 1
        bool pinned = false; // never merged (the selected marker)
    };

    static QList<MarkerGroup> cluster(const QList<Item> &items, double cellSize, const QPointF &worldOffset);
    // Every item on its own, for zooms where clustering is off.
    static QList<MarkerGroup> singles(const QList<Item> &items);

private:
    // Groups closer than this fraction of a cell merge after the grid pass.
    static constexpr double kMergeFraction = 0.75;
    static QList<MarkerGroup> mergeNeighbours(const QList<Item> &items, QList<MarkerGroup> groups, double distance);
};

} // namespace lintas
