#include "responsetimes.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QSet>

namespace lintas {
namespace {

// Longer limits than a week are a typing error, not a policy (and keep millisecond sums far from overflow).
constexpr qint64 kLongestLimitS = ResponseThresholds::kLongestLimitS;

int indexOf(Priority priority)
{
    return std::clamp(int(priority), 1, 4) - 1;
}

QString dispatchKey(int index)
{
    return QStringLiteral("p%1_dispatch_s").arg(index + 1);
}
QString onSceneKey(int index)
{
    return QStringLiteral("p%1_on_scene_s").arg(index + 1);
}
const QString &amberKey()
{
    static const QString key = QStringLiteral("amber_share");
    return key;
}

// A whole, positive number of seconds: an integer, or a number or text holding one.
std::optional<qint64> wholeSeconds(const QVariant &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number) || number != std::floor(number) || number < 1 || number > kLongestLimitS)
        return std::nullopt;
    return qint64(number);
}

// Floor division, so that half a second past a limit already counts as one second over.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

ResponseThresholds ResponseThresholds::defaults()
{
    ResponseThresholds thresholds;
    thresholds.m_limits = {{{2 * 60, 10 * 60}, {5 * 60, 20 * 60}, {15 * 60, 45 * 60}, {30 * 60, 90 * 60}}};
    return thresholds;
}

ResponseThreshold ResponseThresholds::of(Priority priority) const
{
    return m_limits.at(size_t(indexOf(priority)));
}

void ResponseThresholds::set(Priority priority, ResponseThreshold threshold)
{
    m_limits.at(size_t(indexOf(priority))) = threshold;
}

QVariantMap ResponseThresholds::toFields() const
{
    QVariantMap fields;
    for (int i = 0; i < int(m_limits.size()); ++i) {
        fields.insert(dispatchKey(i), m_limits.at(size_t(i)).dispatchS);
        fields.insert(onSceneKey(i), m_limits.at(size_t(i)).onSceneS);
    }
    fields.insert(amberKey(), m_amberShare);
    return fields;
}

std::optional<ResponseThresholds> ResponseThresholds::fromFields(const QVariantMap &fields, QString *error)
{
    const auto refuse = [error](const QString &message) -> std::optional<ResponseThresholds> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ResponseThresholds thresholds = defaults();
    for (int i = 0; i < int(thresholds.m_limits.size()); ++i) {
        ResponseThreshold &limit = thresholds.m_limits.at(size_t(i));
        for (const auto &[key, target] :
             {std::pair{dispatchKey(i), &limit.dispatchS}, std::pair{onSceneKey(i), &limit.onSceneS}}) {
            if (!fields.contains(key))
                continue;
            const auto seconds = wholeSeconds(fields.value(key));
            if (!seconds)
                return refuse(QCoreApplication::translate(
                                  "ResponseTimes", "%1 must be a whole number of seconds from 1 to %2, not \"%3\"")
                                  .arg(key)
                                  .arg(kLongestLimitS)
                                  .arg(fields.value(key).toString()));
            *target = *seconds;
        }
        if (limit.onSceneS < limit.dispatchS)
            return refuse(QCoreApplication::translate("ResponseTimes", "%1 (%2 s) must not be shorter than %3 (%4 s)")
                              .arg(onSceneKey(i))
                              .arg(limit.onSceneS)
                              .arg(dispatchKey(i))
                              .arg(limit.dispatchS));
    }
    if (fields.contains(amberKey())) {
        bool ok = false;
        const double share = fields.value(amberKey()).toDouble(&ok);
        if (!ok || !(share > 0 && share < 1))
            return refuse(QCoreApplication::translate("ResponseTimes", "%1 must be a share between 0 and 1, not \"%2\"")
                              .arg(amberKey(), fields.value(amberKey()).toString()));
        thresholds.m_amberShare = share;
    }
    return thresholds;
}

QUuid responseThresholdsId()
{
    // The namespace is Lintas's own and never changes: every desk and server derives the same id.
    static const QUuid kNamespace(QStringLiteral("{6f1c0b5e-3a2d-4e7b-9c41-8d2f0a6b7e13}"));
    static const QUuid id = QUuid::createUuidV5(kNamespace, QStringLiteral("lintas:response_thresholds"));
    return id;
}

IncidentTimers timersFor(const Incident &incident, const ResponseThresholds &thresholds, const QDateTime &now)
{
    // Clock skew between desks may put a report a moment in the future: it counts as just reported.
    const auto elapsedMs = [&now](const QDateTime &since) {
        return since.isValid() ? std::max<qint64>(0, since.msecsTo(now)) : qint64(-1);
    };
    IncidentTimers timers;
    const qint64 reportedMs = std::max<qint64>(0, elapsedMs(incident.reportedAt));
    timers.sinceReportedS = reportedMs / 1000;
    const qint64 dispatchedMs = elapsedMs(incident.firstDispatchedAt);
    timers.sinceDispatchedS = dispatchedMs < 0 ? -1 : dispatchedMs / 1000;
    const qint64 arrivalMs = elapsedMs(incident.firstArrivalAt);
    timers.sinceArrivalS = arrivalMs < 0 ? -1 : arrivalMs / 1000;

    const bool settled = incident.status == IncidentStatus::Cleared || incident.status == IncidentStatus::Closed;
    if (settled || incident.firstArrivalAt.isValid()) {
        timers.stage = TimerStage::Done;
        return timers;
    }
    // Both limits count from the report: the caller waits for help, not for the dispatcher's paperwork.
    const ResponseThreshold limit = thresholds.of(incident.priority);
    timers.stage = incident.firstDispatchedAt.isValid() ? TimerStage::OnScene : TimerStage::Dispatch;
    timers.limitS = timers.stage == TimerStage::Dispatch ? limit.dispatchS : limit.onSceneS;
    const qint64 limitMs = timers.limitS * 1000;
    timers.remainingS = floorDiv(limitMs - reportedMs, 1000);
    if (reportedMs > limitMs)
        timers.level = TimerLevel::Red;
    else if (double(reportedMs) >= thresholds.amberShare() * double(limitMs))
        timers.level = TimerLevel::Amber;
    return timers;
}

QList<OverdueTracker::Crossing> OverdueTracker::update(const QList<Incident> &openIncidents,
                                                       const ResponseThresholds &thresholds, const QDateTime &now)
{
    QList<Crossing> crossings;
    QSet<QUuid> present;
    for (const Incident &incident : openIncidents) {
        present.insert(incident.id);
        const IncidentTimers timers = timersFor(incident, thresholds, now);
        Seen &seen = m_seen[incident.id];
        if (seen.stage != timers.stage) {
            seen.stage = timers.stage;
            seen.reported = TimerLevel::Normal;
        }
        seen.level = timers.level;
        // Only a rise past what was already reported for this stage is news: a relaxed threshold that lowers
        // the level and a later tightening do not ring twice.
        if (timers.level > seen.reported) {
            seen.reported = timers.level;
            crossings.append({incident.id, timers.stage, timers.level});
        }
    }
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = m_seen.erase(it);
    }
    return crossings;
}

int OverdueTracker::overdueCount() const
{
    return int(
        std::count_if(m_seen.cbegin(), m_seen.cend(), [](const Seen &seen) { return seen.level == TimerLevel::Red; }));
}

TimerLevel OverdueTracker::levelOf(const QUuid &incidentId) const
{
    return m_seen.value(incidentId).level;
}

void OverdueTracker::forget(const QUuid &incidentId)
{
    m_seen.remove(incidentId);
}

} // namespace lintas
