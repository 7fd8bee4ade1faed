#include "reportjobs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "report/reportfiles.h"

namespace lintas::reportjobs {

using analytics::ReportLanguage;

Built build(const QString &storePath, const analytics::ReportRequest &request, ReportLanguage language)
{
    Built built;
    const analytics::DailyReportBuilder builder(storePath);
    if (!builder.isOpen()) {
        built.error = builder.openError();
        return built;
    }
    analytics::DailyReport report;
    if (!builder.build(request, &report, &built.error))
        return built;
    built.rendered.emplace(report, language);
    built.report = std::move(report);
    return built;
}

Written writePdf(const ReportRenderer &rendered, const QString &path)
{
    Written written;
    written.path = path;
    const QByteArray bytes = rendered.pdf(&written.error);
    if (bytes.isEmpty()) {
        if (written.error.isEmpty())
            written.error = QCoreApplication::translate("ReportFiles", "The PDF of the report came out empty.");
        return written;
    }
    if (!reportfiles::write(path, bytes, &written.error))
        return written;
    written.sha256 = reportfiles::sha256(bytes);
    return written;
}

Written writeCsv(const analytics::DailyReport &report, ReportLanguage language, const QString &path)
{
    Written written;
    written.path = path;
    const QByteArray bytes = analytics::reportCsv(report, language);
    if (reportfiles::write(path, bytes, &written.error))
        written.sha256 = reportfiles::sha256(bytes);
    return written;
}

Written pdfForSignOff(const ReportRenderer &rendered, const QString &path, const QByteArray &writtenSha256)
{
    if (!writtenSha256.isEmpty() && QFileInfo::exists(path)) {
        QByteArray bytes;
        QString error;
        if (reportfiles::read(path, &bytes, &error) && reportfiles::sha256(bytes) == writtenSha256) {
            Written same;
            same.path = path;
            same.sha256 = writtenSha256;
            return same;
        }
    }
    return writePdf(rendered, path);
}

DayFiles writeDayFiles(const QString &storePath, const analytics::ReportRequest &request, const QString &folder)
{
    DayFiles files;
    if (!QDir().mkpath(folder)) {
        files.error = QCoreApplication::translate("ReportFiles", "Cannot make the report folder %1")
                          .arg(QDir::toNativeSeparators(folder));
        return files;
    }
    const QDir dir(folder);
    struct Output
    {
        ReportLanguage language;
        QString suffix;
        QString path;
    };
    QList<Output> missing;
    for (const auto &[language, suffix] : {std::pair{ReportLanguage::Indonesian, QStringLiteral("pdf")},
                                           std::pair{ReportLanguage::English, QStringLiteral("pdf")},
                                           std::pair{ReportLanguage::Indonesian, QStringLiteral("csv")}}) {
        const QString path = dir.filePath(reportfiles::fileName(request.scope, request.period, language, suffix));
        if (QFileInfo::exists(path))
            files.kept.append(path);
        else
            missing.append(Output{language, suffix, path});
    }
    if (missing.isEmpty())
        return files;

    const analytics::DailyReportBuilder builder(storePath);
    if (!builder.isOpen()) {
        files.error = builder.openError();
        return files;
    }
    analytics::DailyReport report;
    if (!builder.build(request, &report, &files.error))
        return files;
    for (const Output &output : missing) {
        const Written written = output.suffix == QLatin1String("csv")
                                    ? writeCsv(report, output.language, output.path)
                                    : writePdf(ReportRenderer(report, output.language), output.path);
        if (!written.ok()) {
            files.error = written.error;
            return files;
        }
        files.written.append(output.path);
    }
    return files;
}

} // namespace lintas::reportjobs
