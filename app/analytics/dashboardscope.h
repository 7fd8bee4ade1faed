#pragma once

#include <optional>

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace lintas {
class StationDirectory;
}

namespace lintas::analytics {

// The stations a dashboard filter covers: a Polda with everything under it, a Polres with its Polsek, a Polsek
// alone; no station means every record the store holds, whatever its station.
class DashboardScope
{
public:
    // An unknown station is refused with *error naming it.
    static std::optional<DashboardScope> of(const QString &stationCode, const StationDirectory &stations,
                                            QString *error);

    bool isAll() const { return m_all; }
    bool contains(const QString &stationCode) const { return m_all || m_codes.contains(stationCode); }
    // "<column> IN (?, ?, …)" with its values appended to *binds, or "1" for everything.
    QString condition(const QString &column, QVariantList *binds) const;

private:
    bool m_all = true;
    QSet<QString> m_codes;
    QStringList m_sorted; // the same codes in a fixed order, for stable statements
};

} // namespace lintas::analytics
