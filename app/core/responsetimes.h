#pragma once

#include <array>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariantMap>

#include "incident.h"

namespace lintas {

// How soon an incident of each priority must have a unit dispatched and one on scene, both counted from the
// report. Defaults: P1 2/10 min, P2 5/20, P3 15/45, P4 30/90. A supervisor edits them for the whole region;
// they travel as a Setting change (entity "response_thresholds") like every other edit.
struct ResponseThreshold
{
    qint64 dispatchS = 0;
    qint64 onSceneS = 0;
    friend bool operator==(const ResponseThreshold &, const ResponseThreshold &) = default;
};

class ResponseThresholds
{
public:
    // No limit is longer than a week: beyond it a "limit" means nothing, and timers stay far from overflow.
    static constexpr qint64 kLongestLimitS = 7 * 24 * 3600;

    static ResponseThresholds defaults();

    ResponseThreshold of(Priority priority) const;
    void set(Priority priority, ResponseThreshold threshold);
    // The share of a limit after which the incident turns amber (default 0.75).
    double amberShare() const { return m_amberShare; }
    void setAmberShare(double share) { m_amberShare = share; }

    // As change fields: p1_dispatch_s, p1_on_scene_s, …, amber_share.
    QVariantMap toFields() const;
    // Missing keys keep the defaults; a value that is not a positive whole number of seconds, an on-scene limit
    // shorter than the dispatch limit, or an amber share outside (0, 1) is refused with *error naming the key.
    static std::optional<ResponseThresholds> fromFields(const QVariantMap &fields, QString *error = nullptr);

    friend bool operator==(const ResponseThresholds &, const ResponseThresholds &) = default;

private:
    std::array<ResponseThreshold, 4> m_limits{};
    double m_amberShare = 0.75;
};

// The fixed entity id of the region's response thresholds (a UUIDv5 of "lintas:response_thresholds").
QUuid responseThresholdsId();

enum class TimerLevel { Normal, Amber, Red };
enum class TimerStage { Dispatch, OnScene, Done }; // what the incident is waiting for

// An open incident's clocks at one instant.
struct IncidentTimers
{
    qint64 sinceReportedS = 0;
    qint64 sinceDispatchedS = -1; // -1: no unit dispatched yet
    qint64 sinceArrivalS = -1;    // -1: nobody on scene yet
    TimerStage stage = TimerStage::Dispatch;
    qint64 limitS = 0;            // the limit of the stage (0 when done)
    qint64 remainingS = 0;        // limit minus elapsed; negative when overdue
    TimerLevel level = TimerLevel::Normal;
    bool overdue() const { return level == TimerLevel::Red; }
};

// The clocks of an incident at `now`: elapsed times, the stage it waits for and its level. Closed and cleared
// incidents, and incidents whose last stage is met, are Done and Normal.
IncidentTimers timersFor(const Incident &incident, const ResponseThresholds &thresholds, const QDateTime &now);

// Remembers each open incident's level so that a crossing is reported once: feed it every incident on every
// tick (with the injected clock's reading) and it returns the incidents that just went amber or red.
class OverdueTracker
{
public:
    struct Crossing
    {
        QUuid incidentId;
        TimerStage stage = TimerStage::Dispatch;
        TimerLevel level = TimerLevel::Amber;
    };

    QList<Crossing> update(const QList<Incident> &openIncidents, const ResponseThresholds &thresholds,
                           const QDateTime &now);
    int overdueCount() const;
    TimerLevel levelOf(const QUuid &incidentId) const;
    void forget(const QUuid &incidentId);

private:
    struct Seen
    {
        TimerStage stage = TimerStage::Dispatch;
        TimerLevel level = TimerLevel::Normal;    // now
        TimerLevel reported = TimerLevel::Normal; // the highest crossing reported in this stage
    };
    QHash<QUuid, Seen> m_seen;
};

} // namespace lintas

Q_DECLARE_METATYPE(lintas::ResponseThresholds)
