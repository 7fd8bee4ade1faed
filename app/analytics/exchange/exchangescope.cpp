#include "exchangescope.h"

#include <QTimeZone>

#include "core/stations.h"

namespace lintas {

namespace {

QTimeZone wib()
{
    return QTimeZone(kExchangeWibOffsetSeconds);
}

} // namespace

QDateTime ExchangeScope::start() const
{
    return from.isValid() ? QDateTime(from, QTime(0, 0), wib()).toUTC() : QDateTime();
}

QDateTime ExchangeScope::end() const
{
    return to.isValid() ? QDateTime(to.addDays(1), QTime(0, 0), wib()).toUTC() : QDateTime();
}

bool ExchangeScope::contains(const QDateTime &at) const
{
    if (!at.isValid())
        return false;
    if (from.isValid() && at < start())
        return false;
    return !to.isValid() || at < end();
}

bool ExchangeScope::coversStation(const QString &code) const
{
    if (stationCode.isEmpty())
        return true;
    const StationDirectory &directory = StationDirectory::builtIn();
    // Walk up from the record's station; the hierarchy is a handful of levels deep.
    QString current = code;
    for (int depth = 0; depth < 8 && !current.isEmpty(); ++depth) {
        if (current.compare(stationCode, Qt::CaseInsensitive) == 0)
            return true;
        const auto station = directory.byCode(current);
        if (!station)
            return false;
        current = station->parentCode;
    }
    return false;
}

QString wibTimestamp(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(wib());
    // Qt writes the offset as "+07:00" for a fixed-offset zone; seconds are cut, never rounded up past them.
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+07:00");
}

} // namespace lintas
