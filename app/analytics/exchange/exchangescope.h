#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace lintas {

// Which records an export covers: the WIB days from–to (inclusive) and a station with everything below it
// (a Polda takes its Polres and Polsek; empty takes every station).
struct ExchangeScope
{
    QDate from;
    QDate to;
    QString stationCode;

    // The first instant of `from` and the first instant after `to`, in UTC.
    QDateTime start() const;
    QDateTime end() const;
    bool contains(const QDateTime &at) const;
    // Whether `code` is the scope's station or one below it.
    bool coversStation(const QString &code) const;
};

// Western Indonesia Time: the day, the hours and every file a partner reads (UTC+7, no daylight saving).
inline constexpr int kExchangeWibOffsetSeconds = 7 * 60 * 60;

// "2026-11-27T10:15:00+07:00": RFC 3339 in WIB, whole seconds (what CAP requires and EIDO accepts).
QString wibTimestamp(const QDateTime &at);

} // namespace lintas
