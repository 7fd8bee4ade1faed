#pragma once

#include <QList>

#include "analytics/dashboardreads.h"
#include "analytics/dashboardstats.h"

namespace lintas::analytics {

// The records behind one bar, slice or point of a dashboard chart, newest first: the same conditions as the
// figure it was counted by (DashboardReads), narrowed to the clicked key.
class DashboardDrill
{
public:
    explicit DashboardDrill(const DashboardReads &reads) : m_reads(reads) {}

    // Throws DashboardInputError for a key the chart has no such bar for, SqlFailure when a read fails.
    QList<DrillRecord> records(const DrillDown &drill, int limit) const;

private:
    // `index`: an index the read must take ("INDEXED BY …"), where the planner would guess wrong.
    QList<DrillRecord> incidents(const QString &condition, QVariantList binds, int limit,
                                 const QString &index = {}) const;
    QList<DrillRecord> cases(const QString &condition, QVariantList binds, int limit) const;
    QList<DrillRecord> units(const QString &status, int limit) const;
    [[noreturn]] static void refuse(const DrillDown &drill);

    const DashboardReads &m_reads;
};

} // namespace lintas::analytics
