#include "field/fieldcli.h"

#include <random>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <unistd.h>

#include "field/console.h"
#include "field/fieldoptions.h"
#include "field/historycommand.h"
#include "field/relaycommand.h"
#include "field/simulatecommand.h"
#include "field/stopsignals.h"

namespace lintas::field {

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// QCommandLineParser prints the program's full path in its usage line; show the command as typed.
QString helpWithUsage(const QCommandLineParser &parser, const QString &usage)
{
    QString help = parser.helpText();
    const qsizetype end = help.indexOf(u'\n');
    return help.replace(0, end, usage);
}

int usageError(const QString &command, const QString &message)
{
    err() << "lintas-field " << command << ": " << message << '\n'
          << FieldCli::tr("Try 'lintas-field %1 --help'.").arg(command) << Qt::endl;
    return kExitUsage;
}

// Runs a command object until it finishes; the first SIGTERM or SIGINT stops it cleanly, a second one ends the
// process at once (the store's WAL keeps every committed change).
template <typename Command> int runCommand(Command &command)
{
    StopSignals signals;
    int stops = 0;
    QObject::connect(&signals, &StopSignals::stopRequested, &command, [&command, &stops](int) {
        if (++stops == 1) {
            command.stop(0);
            return;
        }
        warn(FieldCli::tr("Second stop signal: ending now."));
        ::_exit(kExitFailure);
    });
    QObject::connect(&command, &Command::finished, QCoreApplication::instance(), &QCoreApplication::exit,
                     Qt::QueuedConnection);
    QTimer::singleShot(0, &command, &Command::start);
    return QCoreApplication::exec();
}

} // namespace

int FieldCli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The Lintas field gateway: simulates the patrol fleet and its incidents, or relays a real unit's GPS, "
           "to the regional server.\n"
           "\n"
           "Commands:\n"
           "  simulate   drive simulated units on the map and report incidents (lintas-field simulate --help)\n"
           "  relay      forward a GPS receiver's NMEA as one unit's positions (lintas-field relay --help)\n"
           "  history    write a synthetic incident history of Jakarta as CSV (lintas-field history --help)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("simulate, relay or history"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.parse(arguments);
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == u"simulate")
        return simulate(arguments.mid(0, 1) + positional.mid(1));
    if (command == u"relay")
        return relay(arguments.mid(0, 1) + positional.mid(1));
    if (command == u"history")
        return history(arguments.mid(0, 1) + positional.mid(1));
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("help")) || command.isEmpty()) {
        out() << helpWithUsage(parser, tr("Usage: lintas-field [options] command [command options]"));
        return command.isEmpty() && !parser.isSet(QStringLiteral("help")) ? kExitUsage : 0;
    }
    err() << tr("lintas-field: unknown command '%1' (simulate, relay or history).").arg(command) << Qt::endl;
    return kExitUsage;
}

int FieldCli::simulate(const QStringList &arguments)
{
    const QString name = QStringLiteral("simulate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Simulates the patrol fleet of Polda Metro Jaya on a map package and syncs it with the regional server "
           "like any desk: units drive the road graph at the speeds of their roads and of the hour, report their "
           "positions every 1 to 5 seconds, set off when a desk dispatches them, work the incident and clear; "
           "incidents are reported with Jakarta's daily rhythm. On first start with an empty store, the demo "
           "history (40 units, 200 incidents over the last 24 hours, and the month's violations, ETLE tickets, "
           "accidents and watch list) is seeded, then the weeks before for the supervisors' reports, dashboard and "
           "forecast (8 weeks and the same days last year: incidents worked by the units of those shifts, accidents, "
           "violations and ETLE captures, placed at Jakarta's congestion black spots like lintas-field history), and "
           "the fleet grown to --units.\n"
           "\n"
           "ETLE captures: fixed cameras on Sudirman–Thamrin, Gatot Subroto and Rasuna Said record a vehicle over "
           "the speed limit or through a red light every 30 to 90 seconds (divided by --speedup); about one in 15 "
           "is the demo's watch-listed stolen car, so every desk raises the watch alert.\n"
           "\n"
           "The account needs the supervisor role to add units and push the demo history (a field officer's "
           "account can only move units and report incidents). SIGTERM or Ctrl-C stops it cleanly."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("units"), tr("Fleet size (1–5000)."), tr("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("map"), tr("The map package to drive on (*.lintasmap)."), tr("file")});
    parser.addOption({QStringLiteral("seed"),
                      tr("Seed of every random choice; the same seed, map and start time give the same fleet, "
                         "routes and incidents (default: a random one, printed)."),
                      tr("n")});
    parser.addOption({QStringLiteral("rate"),
                      tr("Every unit reports its position every this many seconds (1–5; default: each unit keeps "
                         "an interval of its own between 1 and 5 s, like a mixed fleet of trackers)."),
                      tr("seconds")});
    parser.addOption({QStringLiteral("speedup"),
                      tr("Demo speed: incidents come this many times as often and work on scene passes this many "
                         "times faster (0.1–1000; driving stays real)."),
                      tr("x"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("no-incidents"), tr("Report no new incidents; units only.")});
    parser.addOption({QStringLiteral("no-captures"), tr("Record no ETLE camera captures.")});
    parser.addOption({QStringLiteral("settlement-out"),
                      tr("At start, write a bank settlement file (CSV) paying about half of the demo's ETLE tickets "
                         "waiting for payment, for a supervisor to import."),
                      tr("file")});
    FieldOptions::addConnectionOptions(parser, QStringLiteral("demo"), true);

    if (!parser.parse(arguments))
        return usageError(name, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpWithUsage(parser, tr("Usage: lintas-field simulate --map FILE --store FILE --server HOST:PORT "
                                          "--user NAME [options]"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(name, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    SimulateCommand::Options options;
    bool ok = false;
    options.units = parser.value(QStringLiteral("units")).toInt(&ok);
    if (!ok || options.units < 1 || options.units > 5000)
        return usageError(
            name, tr("--units must be a number from 1 to 5000, not '%1'.").arg(parser.value(QStringLiteral("units"))));
    options.mapFile = parser.value(QStringLiteral("map"));
    if (options.mapFile.isEmpty())
        return usageError(name, tr("--map FILE.lintasmap is needed: the roads the fleet drives on."));
    if (!QFileInfo(options.mapFile).isReadable())
        return usageError(name, tr("--map: cannot read %1.").arg(QDir::toNativeSeparators(options.mapFile)));
    options.mapFile = QFileInfo(options.mapFile).absoluteFilePath();
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usageError(name,
                              tr("--seed must be a whole number, not '%1'.").arg(parser.value(QStringLiteral("seed"))));
    } else {
        options.seed = std::random_device()();
    }
    if (parser.isSet(QStringLiteral("rate"))) {
        options.reportSeconds = parser.value(QStringLiteral("rate")).toInt(&ok);
        if (!ok || options.reportSeconds < 1 || options.reportSeconds > 5)
            return usageError(name, tr("--rate must be a number of seconds from 1 to 5, not '%1'.")
                                        .arg(parser.value(QStringLiteral("rate"))));
    }
    options.speedup = parser.value(QStringLiteral("speedup")).toDouble(&ok);
    if (!ok || !(options.speedup >= 0.1 && options.speedup <= 1000.0))
        return usageError(
            name,
            tr("--speedup must be a number from 0.1 to 1000, not '%1'.").arg(parser.value(QStringLiteral("speedup"))));
    options.incidents = !parser.isSet(QStringLiteral("no-incidents"));
    options.captures = !parser.isSet(QStringLiteral("no-captures"));
    if (parser.isSet(QStringLiteral("settlement-out"))) {
        const QFileInfo settlement(parser.value(QStringLiteral("settlement-out")));
        if (settlement.fileName().isEmpty() || !settlement.dir().exists())
            return usageError(name, tr("--settlement-out: the folder of %1 does not exist.")
                                        .arg(QDir::toNativeSeparators(settlement.filePath())));
        options.settlementOut = settlement.absoluteFilePath();
    }
    QString error;
    const auto connection = FieldOptions::readConnectionOptions(parser, QString(), &error);
    if (!connection)
        return usageError(name, error);
    options.connection = *connection;

    SimulateCommand command(options);
    return runCommand(command);
}

int FieldCli::relay(const QStringList &arguments)
{
    const QString name = QStringLiteral("relay");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads a GPS receiver's NMEA 0183 through Qt Positioning and sends each fix as the live position of one "
           "unit. A file is replayed at the pace of its timestamps and ends the command at its last fix; a TCP "
           "stream or a serial device is read until it closes. Sentences that are not valid NMEA are reported with "
           "their line. The account needs a role that may send positions (field officer, supervisor or admin)."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("unit"), tr("The unit whose receiver this is: its callsign or its id."), tr("callsign|uuid")});
    parser.addOption({QStringLiteral("nmea"),
                      tr("Where the NMEA comes from: a file, tcp:HOST:PORT, or serial:DEVICE[@BAUD] (a tty such as "
                         "/dev/ttyACM0)."),
                      tr("source")});
    const QString host =
        QHostInfo::localHostName().isEmpty() ? QStringLiteral("localhost") : QHostInfo::localHostName();
    FieldOptions::addConnectionOptions(parser, QStringLiteral("relay-%1").arg(host), false);

    if (!parser.parse(arguments))
        return usageError(name, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpWithUsage(parser, tr("Usage: lintas-field relay --unit CALLSIGN --nmea SOURCE --server HOST:PORT "
                                          "--user NAME [options]"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(name, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    RelayCommand::Options options;
    options.unit = parser.value(QStringLiteral("unit")).trimmed();
    if (options.unit.isEmpty())
        return usageError(name, tr("--unit CALLSIGN|UUID is needed: the unit whose positions these are."));
    QString error;
    const auto source = parseNmeaSource(parser.value(QStringLiteral("nmea")), &error);
    if (!source)
        return usageError(name, error);
    options.source = *source;
    if (source->kind == NmeaSourceSpec::Kind::File && !QFileInfo(source->path).isReadable())
        return usageError(name, tr("--nmea: cannot read %1.").arg(QDir::toNativeSeparators(source->path)));

    // Without --store, a store of its own in the user's data folder.
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (!parser.isSet(QStringLiteral("store")) && !QDir().mkpath(dataDir)) {
        err() << tr("lintas-field relay: cannot create the data folder %1.").arg(QDir::toNativeSeparators(dataDir))
              << Qt::endl;
        return kExitFailure;
    }
    const auto connection =
        FieldOptions::readConnectionOptions(parser, QDir(dataDir).filePath(QStringLiteral("relay.sqlite")), &error);
    if (!connection)
        return usageError(name, error);
    options.connection = *connection;

    RelayCommand command(options);
    return runCommand(command);
}

int FieldCli::history(const QStringList &arguments)
{
    const QString name = QStringLiteral("history");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a synthetic incident history of Jakarta as CSV (time, latitude, longitude, type), the format "
           "lintas-analytics reads: about 200 reports a day with Jakarta's daily and weekly rhythm (17 of them "
           "accidents), 40 % of the other reports at the congestion black spots of DKI Jakarta's open data found on "
           "the map (each with the hour-of-week pattern of its cause; most persist, a few appear or disappear over "
           "the weeks), a share of the accidents at fixed spots of the arterials, the rest spread over the roads. "
           "The same seed, map and end give the same file.\n"
           "\n"
           "Check the hotspot forecast against it: lintas-analytics evaluate --history FILE.csv"));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("weeks"), tr("How many weeks before the end (1–260)."), tr("n"), QStringLiteral("26")});
    parser.addOption({QStringLiteral("seed"), tr("Seed of every random choice."), tr("n"), QStringLiteral("20261127")});
    parser.addOption(
        {QStringLiteral("map"), tr("The map package whose roads the incidents lie on (*.lintasmap)."), tr("file")});
    parser.addOption({QStringLiteral("out"), tr("The CSV file to write."), tr("file")});
    parser.addOption({QStringLiteral("end"),
                      tr("The end of the history, ISO 8601 (2026-11-28T00:00:00+07:00; without an offset: WIB) "
                         "(default: the start of today, WIB)."),
                      tr("time")});

    if (!parser.parse(arguments))
        return usageError(name, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpWithUsage(parser, tr("Usage: lintas-field history --map FILE --out FILE.csv [--weeks N] "
                                          "[--seed N] [--end TIME]"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(name, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    HistoryCommand::Options options;
    bool ok = false;
    options.weeks = parser.value(QStringLiteral("weeks")).toInt(&ok);
    if (!ok || options.weeks < 1 || options.weeks > 260)
        return usageError(
            name, tr("--weeks must be a number from 1 to 260, not '%1'.").arg(parser.value(QStringLiteral("weeks"))));
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(name,
                          tr("--seed must be a whole number, not '%1'.").arg(parser.value(QStringLiteral("seed"))));
    options.mapFile = parser.value(QStringLiteral("map"));
    if (options.mapFile.isEmpty())
        return usageError(name, tr("--map FILE.lintasmap is needed: the roads the incidents lie on."));
    if (!QFileInfo(options.mapFile).isReadable())
        return usageError(name, tr("--map: cannot read %1.").arg(QDir::toNativeSeparators(options.mapFile)));
    const QString outFile = parser.value(QStringLiteral("out"));
    if (outFile.isEmpty())
        return usageError(name, tr("--out FILE.csv is needed: where the history goes."));
    const QFileInfo outInfo(outFile);
    if (!outInfo.dir().exists())
        return usageError(
            name, tr("--out: the folder of %1 does not exist.").arg(QDir::toNativeSeparators(outInfo.filePath())));
    options.outFile = outInfo.absoluteFilePath();
    if (parser.isSet(QStringLiteral("end"))) {
        const QString text = parser.value(QStringLiteral("end")).trimmed();
        QDateTime end = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (end.isValid() && end.timeSpec() == Qt::LocalTime) // no offset given: WIB
            end = QDateTime(end.date(), end.time(), QTimeZone(7 * 3600));
        if (!end.isValid())
            return usageError(
                name, tr("--end must be an ISO 8601 time such as 2026-11-28T00:00:00+07:00, not '%1'.").arg(text));
        options.end = end;
    }

    QString summary, error;
    const int code = HistoryCommand::run(options, &summary, &error);
    if (code != 0) {
        err() << "lintas-field history: " << error << Qt::endl;
        return code;
    }
    out() << summary << Qt::endl;
    return 0;
}

} // namespace lintas::field
