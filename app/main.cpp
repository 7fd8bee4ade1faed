// lintas: the desktop command center. Parses the options, picks the platform and wires the desk.
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "desk.h"
#include "terminationsignals.h"

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], name) == 0 ||
            (qstrncmp(argv[i], name, qstrlen(name)) == 0 && argv[i][qstrlen(name)] == '='))
            return true;
    return false;
}

// Without a display there is nothing to show a window on: behave as --headless.
bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// Resident memory of this process in MiB (Linux), for the start-up benchmark.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // The platform must be chosen before QApplication exists, so look at the raw arguments first.
    const bool headless = hasArgument(argc, argv, "--headless") || !displayAvailable();
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lintas"));
    QApplication::setApplicationName(QStringLiteral("lintas"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lintas"));
    QApplication::setApplicationVersion(QStringLiteral(LINTAS_VERSION));
    lintas::Desk::applyPreferences();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Lintas, the traffic police command center desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start on a fresh deterministic demo store (Jakarta)."));
    const QCommandLineOption storeOption(
        QStringLiteral("store"), QCoreApplication::translate("main", "The store file to use."),
        QCoreApplication::translate("main", "path"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/lintas.sqlite"));
    const QCommandLineOption siteOption(
        QStringLiteral("site"),
        QCoreApplication::translate("main", "The site id of this desk (default: kept in the settings)."),
        QCoreApplication::translate("main", "id"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Write a PNG of the main window once loaded, then exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate(
            "main", "Run without a display and write a screenshot (implied when there is no display)."));
    const QCommandLineOption mapOption(
        QStringLiteral("map"),
        QCoreApplication::translate("main", "The map package to show (*.lintasmap; default: the Jakarta map that "
                                            "comes with Lintas)."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Sync with the regional server at this address (remembered; without "
                                            "one the desk works on its own)."),
        QCoreApplication::translate("main", "host:port"));
    const QCommandLineOption caOption(
        QStringLiteral("ca"),
        QCoreApplication::translate("main", "Trust the regional server's certificate when the agency CA in this "
                                            "PEM file signed it (remembered)."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption fingerprintOption(
        QStringLiteral("fingerprint"),
        QCoreApplication::translate("main", "Trust the regional server's certificate with this SHA-256 "
                                            "fingerprint (remembered)."),
        QCoreApplication::translate("main", "AB:CD:…"));
    const QCommandLineOption insecureOption(
        QStringLiteral("insecure-loopback"),
        QCoreApplication::translate("main", "Sync without TLS, with a server on this machine only (for "
                                            "developers)."));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QCoreApplication::translate("main",
                                                                    "Log in to the regional server as this user "
                                                                    "(remembered)."),
                                        QCoreApplication::translate("main", "name"));
    const QCommandLineOption passwordFileOption(
        QStringLiteral("password-file"),
        QCoreApplication::translate("main", "Read the password from the first line of this file (or set "
                                            "LINTAS_PASSWORD); never remembered. Without one the desk asks."),
        QCoreApplication::translate("main", "file"));
    parser.addOptions({demoOption, storeOption, siteOption, mapOption, screenshotOption, headlessOption, serverOption,
                       caOption, fingerprintOption, insecureOption, userOption, passwordFileOption});
    parser.process(app);

    lintas::DeskOptions options;
    options.storePath = QFileInfo(parser.value(storeOption)).absoluteFilePath();
    options.siteId = parser.isSet(siteOption) ? parser.value(siteOption) : lintas::Desk::siteIdFromSettings();
    options.actor = lintas::Desk::actorFromSettings();
    options.demo = parser.isSet(demoOption);
    options.interactive = !headless;
    if (parser.isSet(mapOption))
        options.mapFile = QFileInfo(parser.value(mapOption)).absoluteFilePath();
#ifdef LINTAS_BUILD_TREE_MAP
    // Run from the build tree: the demo package the build made, relative to this program.
    const QString buildTreeMap = QStringLiteral(LINTAS_BUILD_TREE_MAP);
#else
    const QString buildTreeMap;
#endif
    options.mapCandidates = lintas::Desk::mapCandidates(QCoreApplication::applicationDirPath(), buildTreeMap);
    options.screenshotPath = parser.value(screenshotOption);
    if (headless && options.screenshotPath.isEmpty())
        options.screenshotPath = QDir::current().absoluteFilePath(QStringLiteral("lintas-screenshot.png"));
    if (!options.screenshotPath.isEmpty())
        options.windowSize = QSize(1600, 900);

    options.sync.server = parser.value(serverOption);
    if (parser.isSet(caOption))
        options.sync.caFile = QFileInfo(parser.value(caOption)).absoluteFilePath();
    options.sync.fingerprint = parser.value(fingerprintOption);
    options.sync.insecureLoopback = parser.isSet(insecureOption);
    options.sync.user = parser.value(userOption);
    if (parser.isSet(passwordFileOption)) {
        QFile file(parser.value(passwordFileOption));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Cannot read the password file %1: %2")
                                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())));
            return 2;
        }
        // The first line, without its line break; a password may hold spaces.
        options.sync.password = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    } else {
        options.sync.password = qEnvironmentVariable("LINTAS_PASSWORD");
    }

    lintas::Desk desk(options);
    QObject::connect(&desk, &lintas::Desk::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    // lintas-bench measures start-up to a shown, loaded main window through this one line.
    if (qEnvironmentVariableIsSet("LINTAS_STARTUP_REPORT"))
        QObject::connect(&desk, &lintas::Desk::ready, &desk, [&sinceStart] {
            std::printf("{\"startup_ms\": %lld, \"rss_mib\": %.1f}\n", static_cast<long long>(sinceStart.elapsed()),
                        residentMiB());
            std::fflush(stdout);
        });
    // SIGTERM or Ctrl-C ends the desk as closing its window does: the shutdown below still runs.
    lintas::TerminationSignals termination;
    QObject::connect(&termination, &lintas::TerminationSignals::received, &app, &QCoreApplication::quit);
    desk.start();
    const int code = QApplication::exec();
    desk.shutDown();
    return code;
}
