#pragma once

#include <QString>

#include "analytics/dailyreport.h"

namespace lintas::analytics {

// The daily report's wording in both languages, written out here rather than through tr(): a report is written in
// the language asked for, whatever the desk's own, and reads the same on every desk.
namespace reportlabels {

ReportText tableTitle(const QString &tableKey);
// The label of a fixed-key row (violations, accidents, accident_timeband, response, activity); the key itself
// when the table has no such row.
ReportText fixedRow(const QString &tableKey, const QString &rowKey);
ReportText collisionType(const QString &code); // accidents.h codes; the code itself when unknown
ReportText cause(const QString &code);

} // namespace reportlabels
} // namespace lintas::analytics
