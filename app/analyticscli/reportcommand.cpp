#include "reportcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

#include "analytics/dailyreport.h"
#include "analytics/operations.h"
#include "core/stations.h"

namespace lintas::analyticscli {
namespace {

using analytics::DailyReport;
using analytics::ReportLanguage;
using analytics::ReportUnit;

constexpr int kWibOffsetSeconds = 7 * 3600;

// The report's own words, in the language asked for (not the desk's: see ReportText).
QString say(ReportLanguage language, const char *id, const char *en)
{
    return QString::fromUtf8(language == ReportLanguage::English ? en : id);
}

QString grouped(qint64 value, ReportLanguage language)
{
    const QChar separator = language == ReportLanguage::English ? QLatin1Char(',') : QLatin1Char('.');
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, separator);
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

// Seconds as h:mm:ss or m:ss, the way response times are read out on the radio.
QString duration(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

QString valueText(std::optional<qint64> value, ReportUnit unit, ReportLanguage language)
{
    if (!value)
        return QStringLiteral("–");
    switch (unit) {
    case ReportUnit::Count:
        return grouped(*value, language);
    case ReportUnit::Rupiah:
        return (language == ReportLanguage::English ? QStringLiteral("IDR ") : QStringLiteral("Rp ")) +
               grouped(*value, language);
    case ReportUnit::Seconds:
        return duration(*value);
    }
    return {};
}

QString percentText(std::optional<double> percent, ReportLanguage language)
{
    if (!percent)
        return QStringLiteral("–");
    QString text = QString::number(*percent, 'f', 1);
    if (language == ReportLanguage::Indonesian)
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return (*percent > 0 ? QStringLiteral("+") : QString()) + text + QLatin1Char('%');
}

// A day by its date, an operation by its name and window, the window before an operation by its bounds.
QString periodText(const analytics::ReportPeriod &period, ReportLanguage language)
{
    if (period.operationCode.isEmpty())
        return period.title().in(language);
    const auto wib = [](const QDateTime &at) {
        return at.toOffsetFromUtc(kWibOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    return period.title().in(language) + QStringLiteral(", ") + wib(period.start) + QStringLiteral(" – ") +
           wib(period.end) + QStringLiteral(" WIB");
}

QString textReport(const DailyReport &report, ReportLanguage language)
{
    QString out;
    QTextStream stream(&out);
    stream << say(language, "Analisa dan evaluasi harian (Anev)", "Daily analysis and evaluation (Anev)") << " — "
           << report.scope.name().in(language) << '\n'
           << say(language, "Periode", "Period") << ": " << periodText(report.period, language) << '\n'
           << "H-1: " << periodText(report.previousPeriod, language) << '\n'
           << say(language, "Tahun lalu", "Last year") << ": " << periodText(report.lastYearPeriod, language) << '\n'
           << say(language, "Dibuat", "Generated") << ": "
           << report.generatedAt.toOffsetFromUtc(kWibOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
           << " WIB\n";

    const QStringList headers{
        say(language, "Uraian", "Item"), say(language, "Periode ini", "Current"),  QStringLiteral("H-1"),
        say(language, "Ubah", "Change"), say(language, "Tahun lalu", "Last year"), say(language, "Ubah", "Change")};
    for (const analytics::ReportTable &table : report.tables) {
        QList<QStringList> lines{headers};
        for (const analytics::ReportRow &row : table.rows) {
            const analytics::ReportFigure &figure = row.figure;
            lines.append({row.label.in(language), valueText(figure.current, row.unit, language),
                          valueText(figure.previous, row.unit, language),
                          percentText(analytics::percentChange(figure.previous, figure.current), language),
                          valueText(figure.lastYear, row.unit, language),
                          percentText(analytics::percentChange(figure.lastYear, figure.current), language)});
        }
        QList<qsizetype> widths(headers.size(), 0);
        for (const QStringList &line : std::as_const(lines))
            for (qsizetype column = 0; column < line.size(); ++column)
                widths[column] = std::max(widths[column], line.at(column).size());
        stream << '\n' << table.title.in(language) << '\n';
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList &line = lines.at(i);
            QString text = line.at(0).leftJustified(widths[0]);
            for (qsizetype column = 1; column < line.size(); ++column)
                text += QStringLiteral("  ") + line.at(column).rightJustified(widths[column]);
            stream << text << '\n';
            if (i == 0) {
                qsizetype total = widths[0];
                for (qsizetype column = 1; column < widths.size(); ++column)
                    total += 2 + widths[column];
                stream << QString(total, QLatin1Char('-')) << '\n';
            }
        }
        if (table.rows.isEmpty())
            stream << say(language, "(tidak ada)", "(none)") << '\n';
    }
    return out;
}

int optionError(QTextStream &err, const QString &message)
{
    err << "lintas-analytics report: " << message << '\n'
        << QCoreApplication::translate("ReportCommand", "Run \"lintas-analytics report --help\" for the options.")
        << '\n';
    return 2;
}

} // namespace

int runReport(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ReportCommand",
        "The daily report (Anev harian) of a Polda or Polres for a day or a police operation, each figure beside "
        "the previous period (H-1) and the same period last year."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("ReportCommand", "Shows these options."));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QCoreApplication::translate("ReportCommand", "The desk's store file."),
                                   QCoreApplication::translate("ReportCommand", "FILE"));
    const QCommandLineOption scope(
        QStringLiteral("scope"),
        QCoreApplication::translate("ReportCommand", "The Polda (PMJ) or Polres (JAKPUS, …) reporting."),
        QCoreApplication::translate("ReportCommand", "CODE"));
    const QCommandLineOption day(
        QStringLiteral("day"),
        QCoreApplication::translate("ReportCommand", "The day (WIB) to report; default yesterday."),
        QStringLiteral("yyyy-MM-dd"));
    const QCommandLineOption operation(
        QStringLiteral("operation"),
        QCoreApplication::translate("ReportCommand",
                                    "An operation of the calendar instead of a day (ketupat-2026, …)."),
        QCoreApplication::translate("ReportCommand", "CODE"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("ReportCommand", "The report's language: id (default) or en."),
        QStringLiteral("id|en"), QStringLiteral("id"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QCoreApplication::translate("ReportCommand", "Writes CSV instead of a text table."));
    parser.addOptions({help, store, scope, day, operation, language, csv});
    if (!parser.parse(arguments))
        return optionError(err, parser.errorText());
    if (parser.isSet(help)) {
        // The parser names the program by its path; the command is what a user types.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QStringLiteral(" [options]"));
        if (text.startsWith(QStringLiteral("Usage: ")) && options > 0)
            text.replace(7, options - 7, QStringLiteral("lintas-analytics report"));
        out << text;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return optionError(err, QCoreApplication::translate("ReportCommand", "unexpected argument \"%1\".")
                                    .arg(parser.positionalArguments().constFirst()));

    if (!parser.isSet(store) || parser.value(store).isEmpty())
        return optionError(err, QCoreApplication::translate("ReportCommand", "--store FILE is required."));
    const QString storePath = parser.value(store);
    if (!QFileInfo(storePath).isFile())
        return optionError(err, QCoreApplication::translate("ReportCommand", "--store: the file %1 does not exist.")
                                    .arg(QDir::toNativeSeparators(storePath)));

    if (!parser.isSet(scope))
        return optionError(err,
                           QCoreApplication::translate("ReportCommand", "--scope CODE is required (PMJ, JAKPUS, …)."));
    analytics::ReportScope reportScope{parser.value(scope).trimmed().toUpper()};
    const auto station = StationDirectory::builtIn().byCode(reportScope.stationCode);
    if (!station || (station->level != StationLevel::Polda && station->level != StationLevel::Polres)) {
        QStringList known;
        for (const StationLevel level : {StationLevel::Polda, StationLevel::Polres})
            for (const Station &candidate : StationDirectory::builtIn().atLevel(level))
                known << candidate.code;
        return optionError(
            err, QCoreApplication::translate("ReportCommand", "--scope: \"%1\" is not a Polda or Polres (%2).")
                     .arg(parser.value(scope), known.join(QStringLiteral(", "))));
    }

    const QString languageText = parser.value(language).trimmed().toLower();
    if (languageText != QLatin1String("id") && languageText != QLatin1String("en"))
        return optionError(err, QCoreApplication::translate("ReportCommand", "--language: \"%1\" is neither id nor en.")
                                    .arg(parser.value(language)));
    const ReportLanguage reportLanguage =
        languageText == QLatin1String("en") ? ReportLanguage::English : ReportLanguage::Indonesian;

    if (parser.isSet(day) && parser.isSet(operation))
        return optionError(
            err, QCoreApplication::translate("ReportCommand", "--day and --operation cannot be given together."));
    analytics::ReportPeriod period;
    if (parser.isSet(operation)) {
        const auto found = analytics::OperationCalendar::builtIn().byCode(parser.value(operation).trimmed());
        if (!found) {
            QStringList known;
            for (const analytics::PoliceOperation &candidate : analytics::OperationCalendar::builtIn().all())
                known << candidate.code;
            return optionError(err, QCoreApplication::translate(
                                        "ReportCommand", "--operation: the calendar has no operation \"%1\" (%2).")
                                        .arg(parser.value(operation), known.join(QStringLiteral(", "))));
        }
        period = analytics::ReportPeriod::operation(*found);
    } else if (parser.isSet(day)) {
        const QDate date = QDate::fromString(parser.value(day).trimmed(), QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            return optionError(err,
                               QCoreApplication::translate("ReportCommand", "--day: \"%1\" is not a date (yyyy-MM-dd).")
                                   .arg(parser.value(day)));
        period = analytics::ReportPeriod::day(date);
    } else {
        period = analytics::ReportPeriod::day(
            QDateTime::currentDateTimeUtc().toOffsetFromUtc(kWibOffsetSeconds).date().addDays(-1));
    }

    analytics::DailyReportBuilder builder(storePath);
    if (!builder.isOpen()) {
        err << "lintas-analytics report: " << builder.openError() << '\n';
        return 1;
    }
    DailyReport report;
    QString error;
    if (!builder.build({reportScope, period, {}}, &report, &error)) {
        err << "lintas-analytics report: " << error << '\n';
        return 1;
    }
    out << (parser.isSet(csv) ? QString::fromUtf8(analytics::reportCsv(report, reportLanguage))
                              : textReport(report, reportLanguage));
    return 0;
}

} // namespace lintas::analyticscli
