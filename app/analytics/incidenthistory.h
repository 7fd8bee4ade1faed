#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lintas::analytics {

// One past event for the hotspot forecast: an incident or an accident, where and when.
struct HistoryEvent
{
    qint64 atMs = 0; // UTC milliseconds
    double latitude = 0;
    double longitude = 0;
    QString type; // incident type code, "accident" for an accident case, or the file's type column (may be empty)
};

// Reads a history file: CSV with a header naming at least the columns time, latitude, longitude, and optionally
// type (any order, other columns ignored; "lat"/"lon"/"lng" and "timestamp" are accepted too). time is ISO 8601
// (with an offset or Z; without one it is read as WIB) or Unix seconds. On any bad line nothing is returned and
// *error names the line and the column: "line 17, column latitude: 'abc' is not a number". Events come sorted by
// time.
QList<HistoryEvent> readHistoryCsv(const QByteArray &csv, QString *error);
QList<HistoryEvent> readHistoryFile(const QString &path, QString *error);
QByteArray writeHistoryCsv(const QList<HistoryEvent> &events); // time (ISO, +07:00), latitude, longitude, type

// Reads the events of a store (incidents with a position, by reported_at; accident cases with a position, by
// occurred_at) between two times, on a read-only connection opened and closed inside the call.
QList<HistoryEvent> readStoreHistory(const QString &storePath, const QDateTime &from, const QDateTime &to,
                                     QString *error);

} // namespace lintas::analytics
