// Units by status over the shift, replayed from the applied unit transitions: each unit starts the shift in the
// status its last applied move before the shift left it in (or its initial status), and every applied move of
// the shift takes effect at its own time.

#include "dashboardreads.h"

#include <QHash>

#include "core/unit.h"

namespace lintas::analytics {
namespace {

struct UnitReplay
{
    std::optional<qint64> createdMs; // a unit is counted from its creation on
    int status = 0;                  // int(UnitStatus)
    QList<QPair<qint64, int>> moves; // the shift's applied moves: ms and the status they led to
};

std::optional<int> statusIndex(const QVariant &value)
{
    bool ok = false;
    const UnitStatus status = unitStatusFromString(value.toString(), &ok);
    return ok ? std::optional<int>(int(status)) : std::nullopt;
}

// The packed clock of the first reading after `ms` (readings of `ms` itself belong to it).
qint64 hlcAfter(qint64 ms)
{
    return (ms + 1) << 16;
}

} // namespace

QList<UnitStatusSample> DashboardReads::unitsOverShift() const
{
    const qint64 shiftStart = DashboardPeriod::shiftStartMs(m_window.nowMs);
    QList<qint64> times;
    for (qint64 at = shiftStart; at <= m_window.nowMs; at += DashboardPeriod::kShiftSampleMs)
        times.append(at);
    if (times.isEmpty() || times.last() != m_window.nowMs)
        times.append(m_window.nowMs);

    // The status before the shift: the last applied move at or before its start, else the initial status.
    QHash<QString, UnitReplay> units;
    QStringList order;
    QVariantList binds{hlcAfter(shiftStart)};
    const QString scope = m_scope.condition(QStringLiteral("u.station_code"), &binds);
    QSqlQuery before = run(QStringLiteral("SELECT u.id, u.initial_status, u.created_at, "
                                          "(SELECT t.to_status FROM transitions t WHERE t.entity_id = u.id "
                                          " AND t.entity = 'unit' AND t.applied = 1 AND t.hlc < ? "
                                          " ORDER BY t.hlc DESC, t.site_id DESC, t.op_id DESC LIMIT 1) "
                                          "FROM units u WHERE u.has_create = 1 AND %1")
                               .arg(scope),
                           binds);
    while (before.next()) {
        UnitReplay unit;
        if (!before.value(2).isNull())
            unit.createdMs = before.value(2).toLongLong();
        unit.status =
            statusIndex(before.value(3)).value_or(statusIndex(before.value(1)).value_or(int(UnitStatus::Available)));
        const QString id = before.value(0).toString();
        units.insert(id, unit);
        order.append(id);
    }
    before.finish();

    // The shift's moves, unit by unit through the transitions_entity index.
    binds = {hlcAfter(shiftStart), hlcAfter(m_window.nowMs)};
    const QString moveScope = m_scope.condition(QStringLiteral("u.station_code"), &binds);
    QSqlQuery moves = run(QStringLiteral("SELECT u.id, t.hlc, t.to_status FROM units u CROSS JOIN transitions t "
                                         "ON t.entity_id = u.id AND t.hlc >= ? AND t.hlc < ? "
                                         "WHERE u.has_create = 1 AND t.entity = 'unit' AND t.applied = 1 AND %1 "
                                         "ORDER BY u.id, t.hlc, t.site_id, t.op_id")
                              .arg(moveScope),
                          binds);
    while (moves.next()) {
        const auto it = units.find(moves.value(0).toString());
        const std::optional<int> to = statusIndex(moves.value(2));
        if (it != units.end() && to)
            it->moves.append({qint64(quint64(moves.value(1).toLongLong()) >> 16), *to});
    }
    moves.finish();

    const int statusCount = int(allUnitStatuses().size());
    QList<UnitStatusSample> samples;
    for (const qint64 at : std::as_const(times)) {
        UnitStatusSample sample;
        sample.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        sample.counts = QVector<int>(statusCount, 0);
        samples.append(sample);
    }
    for (const QString &id : std::as_const(order)) {
        const UnitReplay &unit = units[id];
        int status = unit.status;
        qsizetype next = 0;
        for (qsizetype i = 0; i < times.size(); ++i) {
            while (next < unit.moves.size() && unit.moves.at(next).first <= times.at(i))
                status = unit.moves.at(next++).second;
            if (unit.createdMs && *unit.createdMs > times.at(i))
                continue;
            ++samples[i].counts[status];
        }
    }
    return samples;
}

} // namespace lintas::analytics
