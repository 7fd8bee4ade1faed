#pragma once

#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "analytics/dailyreport.h"
#include "report/reportrenderer.h"

namespace lintas::reportjobs {

// The report's work off the GUI thread: each function runs on a worker thread and owns everything it touches
// (a store path and plain values, never a widget). The builder opens its own read-only connection there.

struct Built
{
    std::optional<analytics::DailyReport> report;
    std::optional<ReportRenderer> rendered;
    QString error;
};
// Builds the report from the store and renders it in `language`.
Built build(const QString &storePath, const analytics::ReportRequest &request, analytics::ReportLanguage language);

struct Written
{
    QString path;
    QByteArray sha256; // of exactly the bytes written
    QString error;
    bool ok() const { return error.isEmpty(); }
};
// Renders the PDF and writes it.
Written writePdf(const ReportRenderer &rendered, const QString &path);
// Writes the report's CSV (analytics::reportCsv).
Written writeCsv(const analytics::DailyReport &report, analytics::ReportLanguage language, const QString &path);
// The PDF a sign-off is about: the file as it is when it still holds exactly `writtenSha256` (the PDF this window
// wrote there), or else a PDF written now.
Written pdfForSignOff(const ReportRenderer &rendered, const QString &path, const QByteArray &writtenSha256);

// The automatic report of one day: the PDF in both languages and the CSV in `folder` (made when missing); a
// file that exists already is kept as it is.
struct DayFiles
{
    QStringList written; // paths, in the order written
    QStringList kept;    // present already
    QString error;
};
DayFiles writeDayFiles(const QString &storePath, const analytics::ReportRequest &request, const QString &folder);

} // namespace lintas::reportjobs
