#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace lintas::field {

// lintas-field history: writes the synthetic incident history (HistoryGenerator) of the weeks before an end time
// as the CSV lintas-analytics reads (time, latitude, longitude, type), for `lintas-analytics evaluate --history`.
// No event loop, no store, no server: it loads the map, generates and writes (atomically), then says what it
// wrote.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(lintas::field::HistoryCommand)

public:
    struct Options
    {
        int weeks = 26;
        quint64 seed = 20261127;
        QString mapFile;
        QString outFile;
        QDateTime end; // invalid: the start of today (WIB), so that every day of the file is complete
    };

    // Returns 0 when the file is written, 1 with *error naming the map or the file otherwise. *summary says what
    // was written (events, days, black spots).
    static int run(const Options &options, QString *summary, QString *error);

    // The default end: midnight WIB at the start of the day that holds `now`.
    static QDateTime startOfDayWib(const QDateTime &now);
};

} // namespace lintas::field
