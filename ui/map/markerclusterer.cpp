#include "map/markerclusterer.h"

#include <algorithm>
#include <cmath>

#include <QHash>
#include <QMultiHash>

namespace lintas {

QList<MarkerGroup> MarkerClusterer::cluster(const QList<Item> &items, double cellSize, const QPointF &worldOffset)
{
    QList<MarkerGroup> groups;
    QHash<quint64, int> groupByCell;
    groupByCell.reserve(items.size());
    for (int i = 0; i < int(items.size()); ++i) {
        const Item &item = items[i];
        const int category = std::clamp(item.category, 0, MarkerGroup::kCategories - 1);
        if (item.pinned) {
            MarkerGroup single;
            single.center = item.screen;
            single.members.append(i);
            single.countByCategory[category] = 1;
            groups.append(single);
            continue;
        }
        const auto cx = qint64(std::floor((item.screen.x() + worldOffset.x()) / cellSize));
        const auto cy = qint64(std::floor((item.screen.y() + worldOffset.y()) / cellSize));
        const quint64 key = (quint64(cx) << 32) ^ quint64(quint32(cy));
        auto it = groupByCell.constFind(key);
        if (it == groupByCell.constEnd()) {
            it = groupByCell.insert(key, int(groups.size()));
            groups.append(MarkerGroup{});
        }
        MarkerGroup &group = groups[it.value()];
        group.members.append(i);
        group.center += item.screen; // the sum until the end
        ++group.countByCategory[category];
    }
    for (MarkerGroup &group : groups) {
        if (group.members.size() > 1 || !items[group.members.first()].pinned)
            group.center /= double(group.members.size());
    }
    return mergeNeighbours(items, std::move(groups), cellSize * kMergeFraction);
}

QList<MarkerGroup> MarkerClusterer::mergeNeighbours(const QList<Item> &items, QList<MarkerGroup> groups,
                                                    double distance)
{
    // Groups in neighbouring cells can sit a few pixels apart across a cell border; the biggest absorbs
    // whatever is closer than `distance` to it, so no two markers or clusters end up on top of each other.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const MarkerGroup &a, const MarkerGroup &b) { return a.members.size() > b.members.size(); });
    const auto cellOf = [distance](const QPointF &p) {
        return std::pair<qint64, qint64>(qint64(std::floor(p.x() / distance)), qint64(std::floor(p.y() / distance)));
    };
    const auto keyOf = [](qint64 x, qint64 y) { return (quint64(x) << 32) ^ quint64(quint32(y)); };
    QMultiHash<quint64, int> byCell;
    byCell.reserve(groups.size());
    for (int i = 0; i < int(groups.size()); ++i) {
        const auto [x, y] = cellOf(groups[i].center);
        byCell.insert(keyOf(x, y), i);
    }
    const auto isPinned = [&items](const MarkerGroup &g) {
        return g.members.size() == 1 && items[g.members.first()].pinned;
    };
    QList<bool> absorbed(groups.size(), false);
    const double limit = distance * distance;
    for (int i = 0; i < int(groups.size()); ++i) {
        if (absorbed[i] || isPinned(groups[i]))
            continue;
        MarkerGroup &group = groups[i];
        const QPointF origin = group.center;
        const auto [cx, cy] = cellOf(origin);
        QPointF sum = group.center * double(group.members.size());
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                for (auto it = byCell.constFind(keyOf(cx + dx, cy + dy));
                     it != byCell.constEnd() && it.key() == keyOf(cx + dx, cy + dy); ++it) {
                    const int j = it.value();
                    if (j == i || absorbed[j] || isPinned(groups[j]))
                        continue;
                    const QPointF d = groups[j].center - origin;
                    if (d.x() * d.x() + d.y() * d.y() > limit)
                        continue;
                    absorbed[j] = true;
                    sum += groups[j].center * double(groups[j].members.size());
                    group.members.append(groups[j].members);
                    for (int c = 0; c < MarkerGroup::kCategories; ++c)
                        group.countByCategory[c] += groups[j].countByCategory[c];
                }
            }
        }
        group.center = sum / double(group.members.size());
    }
    QList<MarkerGroup> merged;
    merged.reserve(groups.size());
    for (int i = 0; i < int(groups.size()); ++i) {
        if (!absorbed[i])
            merged.append(std::move(groups[i]));
    }
    return merged;
}

QList<MarkerGroup> MarkerClusterer::singles(const QList<Item> &items)
{
    QList<MarkerGroup> groups;
    groups.reserve(items.size());
    for (int i = 0; i < int(items.size()); ++i) {
        MarkerGroup single;
        single.center = items[i].screen;
        single.members.append(i);
        single.countByCategory[std::clamp(items[i].category, 0, MarkerGroup::kCategories - 1)] = 1;
        groups.append(single);
    }
    return groups;
}

} // namespace lintas
