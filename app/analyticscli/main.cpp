#include <QCoreApplication>
#include <QTextStream>

#include "evaluatecommand.h"
#include "reportcommand.h"

namespace {

int usage(QTextStream &out, int code)
{
    out << "Usage: lintas-analytics COMMAND [options]\n"
           "\n"
           "Commands:\n"
           "  evaluate --history FILE.csv   replay an incident history: the hotspot forecast's hit rate and PAI\n"
           "                                at 1%, 5% and 10% of the area beside two baselines\n"
           "  report --store FILE           the daily report (Anev harian) of a Polda or Polres as text or CSV\n"
           "\n"
           "  lintas-analytics COMMAND --help   the command's options\n"
           "  lintas-analytics --version\n";
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lintas-analytics"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINTAS_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() < 2)
        return usage(err, 2);
    const QString command = arguments.at(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "lintas-analytics " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h"))
        return usage(out, 0);
    // The command's own arguments, with the program's name in front as QCommandLineParser expects.
    arguments.removeAt(1);
    if (command == QLatin1String("evaluate"))
        return lintas::analyticscli::runEvaluate(arguments);
    if (command == QLatin1String("report"))
        return lintas::analyticscli::runReport(arguments);
    err << "lintas-analytics: unknown command '" << command << "'\n\n";
    return usage(err, 2);
}
