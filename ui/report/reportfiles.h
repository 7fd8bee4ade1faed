#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include "analytics/dailyreport.h"

namespace lintas::reportfiles {

// The report's files: their names, writing them whole or not at all, and the fingerprint a sign-off records.

// "anev-harian-PMJ-2026-11-27-id.pdf"; for an operation "anev-operasi-PMJ-zebra-2026-en.csv".
QString fileName(const analytics::ReportScope &scope, const analytics::ReportPeriod &period,
                 analytics::ReportLanguage language, const QString &suffix);
// Writes the bytes through a temporary file renamed into place (a reader never sees half a report); false with
// *error (translated) naming the file and what went wrong.
bool write(const QString &path, const QByteArray &bytes, QString *error);
// Reads a whole file; false with *error naming it.
bool read(const QString &path, QByteArray *bytes, QString *error);
QByteArray sha256(const QByteArray &bytes);
// The first hex digits of a hash, for a line of text: "3f2a9c1e…".
QString shortHash(const QByteArray &sha256);

} // namespace lintas::reportfiles
