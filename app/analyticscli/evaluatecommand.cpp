#include "evaluatecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "analytics/forecastevaluation.h"
#include "analytics/incidenthistory.h"

namespace lintas::analyticscli {
namespace {

constexpr int kExitEvaluated = 0;
constexpr int kExitBadFile = 1;
constexpr int kExitUsage = 2;

// lupdate files these strings under the enclosing namespace, so the context must say the same.
QString tr(const char *text)
{
    return QCoreApplication::translate("lintas::analyticscli", text);
}

// QCommandLineParser prints the program's full path in its usage line; show the command as typed.
QString helpWithUsage(const QCommandLineParser &parser)
{
    QString help = parser.helpText();
    const qsizetype end = help.indexOf(u'\n');
    return help.replace(0, end, tr("Usage: lintas-analytics evaluate --history FILE.csv [options]"));
}

} // namespace

int runEvaluate(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replays an incident history: trains the hotspot forecast on the earlier weeks, forecasts each later week "
           "hour by hour, and prints the hit rate and the Predictive Accuracy Index (PAI) at 1%, 5% and 10% of the "
           "area beside two baselines (last week's same hour; all-time density).\n"
           "The file is CSV with a header naming the columns time (ISO 8601 or Unix seconds), latitude, longitude "
           "and optionally type."));
    parser.addHelpOption();
    const QCommandLineOption historyOption(QStringLiteral("history"), tr("The history file (CSV)."),
                                           QStringLiteral("FILE.csv"));
    const QCommandLineOption cellOption(QStringLiteral("cell-meters"),
                                        tr("Size of a grid cell in metres (default 250)."), QStringLiteral("N"),
                                        QStringLiteral("250"));
    const QCommandLineOption trainOption(QStringLiteral("train-weeks"),
                                         tr("Weeks at the start that only train (default 4)."), QStringLiteral("N"),
                                         QStringLiteral("4"));
    parser.addOptions({historyOption, cellOption, trainOption});
    if (!parser.parse(arguments)) {
        err << "lintas-analytics evaluate: " << parser.errorText() << "\n\n" << helpWithUsage(parser);
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpWithUsage(parser);
        return kExitEvaluated;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "lintas-analytics evaluate: " << tr("unexpected argument '%1'").arg(parser.positionalArguments().first())
            << "\n\n"
            << helpWithUsage(parser);
        return kExitUsage;
    }
    if (!parser.isSet(historyOption) || parser.value(historyOption).isEmpty()) {
        err << "lintas-analytics evaluate: " << tr("--history FILE.csv is required") << "\n\n" << helpWithUsage(parser);
        return kExitUsage;
    }
    analytics::EvaluationOptions options;
    bool ok = false;
    options.cellMeters = parser.value(cellOption).toDouble(&ok);
    if (!ok || options.cellMeters < 10 || options.cellMeters > 10000) {
        err << "lintas-analytics evaluate: "
            << tr("--cell-meters must be a number of metres from 10 to 10000, not '%1'").arg(parser.value(cellOption))
            << '\n';
        return kExitUsage;
    }
    options.trainWeeks = parser.value(trainOption).toInt(&ok);
    if (!ok || options.trainWeeks < 1 || options.trainWeeks > 520) {
        err << "lintas-analytics evaluate: "
            << tr("--train-weeks must be a whole number of weeks from 1 to 520, not '%1'")
                   .arg(parser.value(trainOption))
            << '\n';
        return kExitUsage;
    }

    QString error;
    const QList<analytics::HistoryEvent> events = analytics::readHistoryFile(parser.value(historyOption), &error);
    if (!error.isEmpty()) {
        err << "lintas-analytics evaluate: " << error << '\n';
        return kExitBadFile;
    }
    analytics::EvaluationResult result;
    if (!analytics::evaluateForecast(events, options, &result, &error)) {
        err << "lintas-analytics evaluate: " << parser.value(historyOption) << ": " << error << '\n';
        return kExitBadFile;
    }
    out << result.table();
    return kExitEvaluated;
}

} // namespace lintas::analyticscli
