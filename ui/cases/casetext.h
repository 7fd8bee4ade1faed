#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lintas::casetext {

// Money and times as the case screens and the printed record show them, in the interface language at the
// moment they are asked for.

// Whole rupiah with the language's digit grouping: "Rp500.000" in Indonesian, "Rp500,000" in English.
QString rupiah(qint64 amount);
// "28-11-2026 14:05" in Jakarta time (the column or the label says WIB); empty for an invalid time.
QString wibTime(const QDateTime &at);
// "28-11-2026 14:05 WIB"; empty for an invalid time.
QString wibTimestamp(const QDateTime &at);
// Plate keys ("B1234XYZ") as people write them ("B 1234 XYZ"), joined with ", ".
QString plateList(const QStringList &keys);

} // namespace lintas::casetext
