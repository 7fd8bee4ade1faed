#include "dashboardscope.h"

#include <QCoreApplication>

#include "core/stations.h"

namespace lintas::analytics {

std::optional<DashboardScope> DashboardScope::of(const QString &stationCode, const StationDirectory &stations,
                                                 QString *error)
{
    DashboardScope scope;
    const QString code = stationCode.trimmed();
    if (code.isEmpty())
        return scope;
    if (!stations.byCode(code)) {
        if (error)
            *error = QCoreApplication::translate("lintas::analytics::DashboardQuery",
                                                 "The dashboard filter names station '%1', which is not in the "
                                                 "station directory.")
                         .arg(code);
        return std::nullopt;
    }
    scope.m_all = false;
    QStringList pending{code};
    while (!pending.isEmpty()) {
        const QString next = pending.takeFirst();
        if (scope.m_codes.contains(next))
            continue;
        scope.m_codes.insert(next);
        for (const Station &child : stations.children(next))
            pending.append(child.code);
    }
    scope.m_sorted = QStringList(scope.m_codes.cbegin(), scope.m_codes.cend());
    scope.m_sorted.sort();
    return scope;
}

QString DashboardScope::condition(const QString &column, QVariantList *binds) const
{
    if (m_all)
        return QStringLiteral("1");
    QStringList marks;
    for (const QString &code : m_sorted) {
        marks << QStringLiteral("?");
        binds->append(code);
    }
    return QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
}

} // namespace lintas::analytics
