#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace lintas {

// The traffic impact of an incident, lane by lane: for each direction of the road ("arah Blok M"), each lane
// from the left is clear, affected (narrowed, slowed) or blocked. Stored on the incident as one plain field
// ("lanes", JSON), last writer wins like any other field.
enum class LaneState { Clear, Affected, Blocked };

struct LaneDirection
{
    QString name;             // "arah Semanggi"; may be empty for a one-way road
    QList<LaneState> lanes;   // from the left
    friend bool operator==(const LaneDirection &, const LaneDirection &) = default;
};

struct LaneImpact
{
    QList<LaneDirection> directions;

    int total() const;
    int count(LaneState state) const;
    bool allClear() const { return count(LaneState::Clear) == total(); }
    bool isEmpty() const { return directions.isEmpty(); }

    QString toJson() const;
    // Nothing, with *error naming the direction and lane, when the text is not a lane impact.
    static std::optional<LaneImpact> fromJson(const QString &json, QString *error = nullptr);
    friend bool operator==(const LaneImpact &, const LaneImpact &) = default;
};

QString toString(LaneState state); // "clear", "affected", "blocked"
std::optional<LaneState> laneStateFromString(const QString &text);

} // namespace lintas
