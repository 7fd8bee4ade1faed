#include "server/servercli.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextStream>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <termios.h>
#include <unistd.h>

#include "core/roles.h"
#include "core/stations.h"
#include "server/certificates.h"
#include "server/serverconfig.h"
#include "server/dbworker.h"
#include "server/regionserver.h"
#include "server/serverstore.h"
#include "sync/tlsconfig.h"

namespace lintas::server {

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kMinimumPasswordLength = 8;
const QString kSqlitePrefix = QStringLiteral("sqlite:");

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

int failure(const QString &message)
{
    err() << "lintas-server: " << message << Qt::endl;
    return kExitFailure;
}

int usage(const QString &command, const QString &message)
{
    err() << "lintas-server " << command << ": " << message << Qt::endl;
    return kExitUsage;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// QCommandLineParser prints the program's full path in its usage line; show the command as typed.
QString helpWithUsage(const QCommandLineParser &parser, const QString &usageLine)
{
    QString help = parser.helpText();
    const qsizetype end = help.indexOf(u'\n');
    return help.replace(0, end, usageLine);
}

// The options every command understands: which config, which database.
struct GlobalOptions
{
    QCommandLineOption config{QStringLiteral("config"),
                              ServerCli::tr("The config file (default: DIR/lintas-server.conf with --data)."),
                              ServerCli::tr("file")};
    QCommandLineOption data{QStringLiteral("data"),
                            ServerCli::tr("The server's data folder, holding lintas-server.conf."),
                            ServerCli::tr("dir")};
    QCommandLineOption db{QStringLiteral("db"),
                          ServerCli::tr("The database, overriding the config: sqlite:PATH or "
                                        "postgresql://USER:PASSWORD@HOST:PORT/DATABASE."),
                          ServerCli::tr("url")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({config, data, db}); }
};

// Parses a command's arguments; prints the error or the help. Returns -1 to go on, or the exit code.
int parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                 const QString &usageLine)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usage(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpWithUsage(parser, usageLine);
        return 0;
    }
    return -1;
}

QString configPathOf(const QCommandLineParser &parser, const GlobalOptions &global)
{
    if (parser.isSet(global.config))
        return parser.value(global.config);
    if (parser.isSet(global.data))
        return QDir(parser.value(global.data)).filePath(QString::fromLatin1(ServerConfig::kFileName));
    return {};
}

// The config the global options name. Returns -1 when loaded, or the exit code after printing the problem.
int loadConfig(const QCommandLineParser &parser, const GlobalOptions &global, const QString &command,
               ServerConfig *config)
{
    if (parser.isSet(global.config) && parser.isSet(global.data))
        return usage(command, ServerCli::tr("give either --config or --data, not both"));
    const QString path = configPathOf(parser, global);
    if (path.isEmpty())
        return usage(command, ServerCli::tr("which server? give --config FILE or --data DIR"));
    QString error;
    if (!ServerConfig::load(path, config, &error))
        return failure(error);
    return -1;
}

// The database the options name: --db, or the config's. Returns -1 with the url set, or the exit code.
int databaseUrl(const QCommandLineParser &parser, const GlobalOptions &global, const QString &command, QString *url)
{
    if (parser.isSet(global.db)) {
        *url = ServerConfig::resolveDatabaseUrl(parser.value(global.db), QDir::currentPath());
        return -1;
    }
    ServerConfig config;
    const int code = loadConfig(parser, global, command, &config);
    *url = config.db;
    return code;
}

// Opens an existing database (and brings its schema up to date). A SQLite file must exist already: a typo
// in a path must not quietly create an empty server.
std::unique_ptr<ServerStore> openStore(const QString &url, QString *error)
{
    if (url.startsWith(kSqlitePrefix)) {
        const QString path = url.mid(kSqlitePrefix.size());
        if (!QFileInfo::exists(path)) {
            *error = ServerCli::tr("no database at %1; run lintas-server init first, or check --db").arg(native(path));
            return {};
        }
    }
    std::unique_ptr<ServerStore> store = ServerStore::open(url, error);
    if (store && !store->initialize(error))
        return {};
    return store;
}

// Who ran a command on this machine, for the audit log.
QString localOperator()
{
    const QString name = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return name.isEmpty() ? QStringLiteral("local") : QStringLiteral("local:%1").arg(name);
}

// Text columns of the audit log are NOT NULL, and Qt binds a null QString as NULL: empty means "".
QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

void auditLocal(ServerStore &store, const QString &event, const QString &actor, const QString &detail)
{
    store.audit({QDateTime::currentMSecsSinceEpoch(), event, orEmpty(actor), localOperator(), orEmpty(detail)});
}

QString readLineFrom(FILE *stream)
{
    QTextStream input(stream);
    return input.readLine();
}

// Reads a line from the terminal without echoing it.
std::optional<QString> promptHidden(const QString &prompt)
{
    err() << prompt << Qt::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err() << Qt::endl;
    if (!read)
        return std::nullopt;
    QString line = QString::fromLocal8Bit(buffer);
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

// The new password: the first line of a file, of stdin ("-"), or typed twice at a prompt. Returns -1 with the
// password set, or the exit code after printing the problem.
int readPassword(const QCommandLineParser &parser, const QCommandLineOption &passwordFile, const QString &command,
                 const QString &userName, QString *password)
{
    if (parser.isSet(passwordFile)) {
        const QString path = parser.value(passwordFile);
        if (path == u"-") {
            *password = readLineFrom(stdin);
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                return failure(
                    ServerCli::tr("cannot read the password file %1: %2").arg(native(path), file.errorString()));
            *password = QString::fromUtf8(file.readLine());
            while (password->endsWith(u'\n') || password->endsWith(u'\r'))
                password->chop(1);
        }
    } else {
        if (!isatty(STDIN_FILENO))
            return usage(command, ServerCli::tr("no password given: use --password-file FILE, or --password-file - "
                                                "to read it from standard input"));
        const auto first = promptHidden(ServerCli::tr("New password for %1: ").arg(userName));
        const auto second = first ? promptHidden(ServerCli::tr("Repeat the password: ")) : std::nullopt;
        if (!first || !second)
            return failure(ServerCli::tr("no password read"));
        if (*first != *second)
            return failure(ServerCli::tr("the two passwords differ; nothing was changed"));
        *password = *first;
    }
    const qsizetype length = password->toUcs4().size();
    if (length < kMinimumPasswordLength)
        return failure(ServerCli::tr("the password for %1 is too short: %2 characters, at least %3 are needed")
                           .arg(userName)
                           .arg(length)
                           .arg(kMinimumPasswordLength));
    return -1;
}

QString rolesList()
{
    QStringList names;
    for (Role role : {Role::Dispatcher, Role::Supervisor, Role::FieldOfficer, Role::Auditor, Role::Admin})
        names << toString(role);
    return names.join(QStringLiteral(", "));
}

QString formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}

void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths << 0;
            widths[column] = std::max(widths[column], row[column].size());
        }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column + 1 < row.size() ? row[column].leftJustified(widths[column] + 2) : row[column];
        out() << line << '\n';
    }
    out() << Qt::flush;
}

const QStringList &sqliteSuffixes()
{
    static const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    return suffixes;
}

// Moves a SQLite database with its journal files to PATH.SUFFIX… (or back), as a restore replaces all of them.
bool moveSqliteFiles(const QString &from, const QString &to, QString *error)
{
    for (const QString &suffix : sqliteSuffixes())
        if (QFileInfo::exists(from + suffix) && !QFile::rename(from + suffix, to + suffix)) {
            *error = ServerCli::tr("cannot move %1 to %2").arg(native(from + suffix), native(to + suffix));
            return false;
        }
    return true;
}

// Restores a backup into the database at url. A SQLite database that exists is kept beside it as
// PATH.before-restore-TIME (the operator removes it once satisfied); PostgreSQL must have an empty log.
bool restoreDatabase(const QString &backupFile, const QString &url, QString *error)
{
    if (!url.startsWith(kSqlitePrefix))
        return ServerStore::restore(backupFile, url, error);
    const QString path = url.mid(kSqlitePrefix.size());
    if (!QFileInfo::exists(path))
        return ServerStore::restore(backupFile, url, error);
    const QString aside = path + QStringLiteral(".before-restore-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss"));
    if (!moveSqliteFiles(path, aside, error))
        return false;
    if (ServerStore::restore(backupFile, url, error)) {
        out() << ServerCli::tr("The previous database is kept as %1").arg(native(aside)) << Qt::endl;
        return true;
    }
    for (const QString &suffix : sqliteSuffixes())
        QFile::remove(path + suffix);
    QString moveError;
    if (!moveSqliteFiles(aside, path, &moveError))
        *error += QStringLiteral("; ") + moveError;
    return false;
}

// serve: the network on this thread, the database on the DbWorker's.
//
// One io_context thread is enough: a session's work between two reads is framing, a protobuf parse and a
// hand-off to the database thread, which does every slow thing (password hashing, commits, reads). With
// one thread, sessions, regions and positions need no locks.
int runServer(const ServerConfig &config)
{
    using namespace std::chrono_literals;
    boost::asio::io_context io(1);
    DbWorker db(io);
    QString error;
    if (!db.start(config.db, &error))
        return failure(ServerCli::tr("cannot open the database %1: %2").arg(ServerStore::displayUrl(config.db), error));

    RegionServer::Options options;
    options.listen = config.listen;
    options.plain = config.insecureLoopback;
    options.certificate = config.certificate;
    options.privateKey = config.privateKey;
    options.defaultRegion = config.region;
    options.pollHeads = db.isShared();
    RegionServer server(io, db, options);
    if (!server.start(&error))
        return failure(error);

    boost::asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&server, &io](const boost::system::error_code &signalError, int signalNumber) {
        if (signalError)
            return;
        qCInfo(lcServer) << "stopping on signal" << signalNumber;
        // The 3 s promise of a bounded shutdown: 2.5 s for the sessions' BYE, the rest for the database thread.
        server.stop(2500ms, [&io] { io.stop(); });
    });

    ListenAddress actual = config.listen;
    actual.port = server.localEndpoint().port();
    //: Keep "listening on" untranslated: scripts and tests wait for this line.
    out() << ServerCli::tr("listening on %1").arg(actual.toString()) << Qt::endl;
    if (config.insecureLoopback)
        err() << ServerCli::tr("lintas-server: plain TCP without TLS (--insecure-loopback), for development only")
              << Qt::endl;
    io.run();
    db.stop();
    return 0;
}

} // namespace

int ServerCli::run(const QStringList &arguments)
{
    // A service's log shows what an operator acts on; QT_LOGGING_RULES can still turn the details on.
    QLoggingCategory::setFilterRules(QStringLiteral("lintas.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The Lintas regional server: accounts, the region's change log with its hash chain, live unit "
           "positions, over TLS.\n"
           "\n"
           "Commands:\n"
           "  init     create a server's data folder: config, database, agency CA and server certificate\n"
           "  serve    run the server\n"
           "  user     add, list, disable or enable accounts, set passwords\n"
           "  audit    verify the region log's hash chain, read the audit log\n"
           "  backup   write a consistent copy of the database\n"
           "  restore  replace the database with a backup\n"
           "Each command has its own --help (lintas-server init --help).\n"
           "\n"
           "Exit codes: 0 done, 1 the work failed, 2 usage error."));
    parser.addHelpOption();
    parser.addVersionOption();
    GlobalOptions global;
    global.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"), tr("init, serve, user, audit, backup or restore"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments)) {
        err() << "lintas-server: " << parser.errorText() << Qt::endl;
        return kExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command.isEmpty()) {
        if (parser.isSet(QStringLiteral("help"))) {
            out() << helpWithUsage(parser, tr("Usage: lintas-server [--config FILE | --data DIR] [--db URL] command "
                                              "[command options]"));
            return 0;
        }
        err() << tr("lintas-server: no command given; try --help") << Qt::endl;
        return kExitUsage;
    }
    // The command sees the global options given before it too: drop only the command word.
    QStringList commandArguments = arguments;
    commandArguments.removeAt(arguments.size() - positional.size());
    if (parser.isSet(QStringLiteral("help")))
        commandArguments << QStringLiteral("--help");
    if (command == u"init")
        return init(commandArguments);
    if (command == u"serve")
        return serve(commandArguments);
    if (command == u"user")
        return user(commandArguments);
    if (command == u"audit")
        return audit(commandArguments);
    if (command == u"backup")
        return backup(commandArguments);
    if (command == u"restore")
        return restore(commandArguments);
    err() << tr("lintas-server: unknown command \"%1\"; try --help").arg(command) << Qt::endl;
    return kExitUsage;
}

int ServerCli::init(const QStringList &arguments)
{
    const QString command = QStringLiteral("init");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a server's data folder: DIR/lintas-server.conf, the database, and unless --cert and --key "
           "are given a private agency CA (DIR/ca.pem, ca.key; EC P-256, valid 10 years) and a server "
           "certificate it signs (DIR/server.pem, server.key; valid 5 years) for the listen host, localhost and "
           "127.0.0.1. Key files are readable by their owner only. An existing CA in DIR is reused.\n"
           "Desks trust DIR/ca.pem, or pin the fingerprint printed at the end.\n"
           "Refuses to overwrite an existing config.\n"
           "\n"
           "Example:\n"
           "  lintas-server init --data /var/lib/lintas-server --region PMJ --listen 0.0.0.0:7443"));
    GlobalOptions global;
    global.addTo(parser);
    const QCommandLineOption regionOption(QStringLiteral("region"),
                                          tr("The Polda this server keeps the log for (default PMJ)."), tr("code"),
                                          QStringLiteral("PMJ"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          tr("Where to accept desks (default 127.0.0.1:7443)."), tr("addr:port"),
                                          QStringLiteral("127.0.0.1:7443"));
    const QCommandLineOption certOption(QStringLiteral("cert"),
                                        tr("Use this server certificate (PEM) instead of "
                                           "making a CA; needs --key."),
                                        tr("file"));
    const QCommandLineOption keyOption(QStringLiteral("key"), tr("The private key (PEM) of --cert."), tr("file"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        tr("Another name or address desks use to reach the server, written into "
                                           "the certificate (repeatable; with a wildcard listen address the machine's "
                                           "host name is added too)."),
                                        tr("name"));
    parser.addOptions({regionOption, listenOption, certOption, keyOption, hostOption});
    if (const int code = parseCommand(parser, arguments, command, tr("Usage: lintas-server init --data DIR [options]"));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(command, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(global.data))
        return usage(command, tr("give the data folder with --data DIR"));
    if (parser.isSet(certOption) != parser.isSet(keyOption))
        return usage(command, tr("--cert and --key go together"));
    if (parser.isSet(certOption) && parser.isSet(hostOption))
        return usage(command, tr("--host names go into the certificate init makes; with --cert, it is yours"));
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9.:-]{1,253}$"));
    for (const QString &host : parser.values(hostOption))
        if (!hostName.match(host).hasMatch())
            return usage(command, tr("--host: \"%1\" is not a host name or IP address").arg(host));

    ServerConfig config;
    QString error;
    if (!ListenAddress::parse(parser.value(listenOption), &config.listen, &error))
        return usage(command, QStringLiteral("--listen: ") + error);
    config.region = parser.value(regionOption).trimmed().toUpper();
    const auto station = StationDirectory::builtIn().byCode(config.region);
    if (!station || station->level != StationLevel::Polda)
        return usage(command, tr("--region: \"%1\" is not a Polda of the station catalogue").arg(config.region));

    const QDir dataDir(QFileInfo(parser.value(global.data)).absoluteFilePath());
    config.file = dataDir.filePath(QString::fromLatin1(ServerConfig::kFileName));
    if (QFileInfo::exists(config.file))
        return failure(tr("%1 exists already; this folder holds a server. Remove the file to start over.")
                           .arg(native(config.file)));
    if (!dataDir.mkpath(QStringLiteral(".")))
        return failure(tr("cannot create the data folder %1").arg(native(dataDir.path())));
    // The folder holds the CA key and the database: the owner's alone.
    QFile::setPermissions(dataDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    config.db = parser.isSet(global.db) ? ServerConfig::resolveDatabaseUrl(parser.value(global.db), QDir::currentPath())
                                        : kSqlitePrefix + dataDir.filePath(QStringLiteral("lintas-server.db"));
    {
        std::unique_ptr<ServerStore> store = ServerStore::open(config.db, &error);
        if (!store || !store->initialize(&error))
            return failure(tr("cannot create the database %1: %2").arg(ServerStore::displayUrl(config.db), error));
    }

    if (parser.isSet(certOption)) {
        config.certificate = QFileInfo(parser.value(certOption)).absoluteFilePath();
        config.privateKey = QFileInfo(parser.value(keyOption)).absoluteFilePath();
        if (!Certificates::checkPair({config.certificate, config.privateKey}, false, &error))
            return failure(error);
    } else {
        const CertificateFiles authority{dataDir.filePath(QStringLiteral("ca.pem")),
                                         dataDir.filePath(QStringLiteral("ca.key"))};
        if (QFileInfo::exists(authority.certificate) && QFileInfo::exists(authority.privateKey)) {
            if (!Certificates::checkPair(authority, true, &error))
                return failure(error);
            out() << tr("Reusing the agency CA in %1").arg(native(authority.certificate)) << Qt::endl;
        } else {
            const QString name = tr("Lintas agency CA %1 (%2)").arg(station->name, config.region);
            if (!Certificates::createAuthority(name, authority, &error))
                return failure(error);
        }
        config.caCertificate = authority.certificate;
        config.certificate = dataDir.filePath(QStringLiteral("server.pem"));
        config.privateKey = dataDir.filePath(QStringLiteral("server.key"));
        QStringList hosts{config.listen.host};
        if (config.listen.host == u"0.0.0.0" || config.listen.host == u"::") {
            // The wildcard is no name a desk connects to; the machine's name is a likely one.
            hosts = QStringList{QSysInfo::machineHostName()};
        }
        hosts << parser.values(hostOption) << QStringLiteral("localhost") << QStringLiteral("127.0.0.1");
        hosts.removeAll(QString());
        hosts.removeDuplicates();
        if (!Certificates::createServerCertificate(authority, hosts, {config.certificate, config.privateKey}, &error))
            return failure(error);
    }
    if (!config.save(&error))
        return failure(error);

    std::string fingerprintError;
    const QByteArray fingerprint = sync::certificateFingerprintOfFile(config.certificate, &fingerprintError);
    out() << tr("Created the server in %1").arg(native(dataDir.path())) << '\n';
    out() << tr("Config: %1").arg(native(config.file)) << '\n';
    if (!config.caCertificate.isEmpty())
        out() << tr("Agency CA (give it to the desks): %1").arg(native(config.caCertificate)) << '\n';
    if (fingerprint.isEmpty())
        out() << tr("Server certificate fingerprint: unavailable (%1)").arg(QString::fromStdString(fingerprintError))
              << '\n';
    else
        out() << tr("Server certificate SHA-256 fingerprint: %1").arg(sync::formatFingerprint(fingerprint)) << '\n';
    out() << tr("Next: add an account (lintas-server user add NAME --role admin --scope %1 --data %2), then run "
                "lintas-server serve --data %2")
                 .arg(config.region, native(dataDir.path()))
          << Qt::endl;
    return 0;
}

int ServerCli::serve(const QStringList &arguments)
{
    const QString command = QStringLiteral("serve");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the server: accepts desks and field gateways over TLS, keeps the region's log and fans out live "
           "positions. Prints \"listening on ADDR:PORT\" once it accepts connections (the real port when port 0 "
           "was asked). SIGTERM or SIGINT stop it within a few seconds, telling connected clients BYE.\n"
           "\n"
           "Example:\n"
           "  lintas-server serve --data /var/lib/lintas-server"));
    GlobalOptions global;
    global.addTo(parser);
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          tr("Where to accept clients, overriding the "
                                             "config (port 0: any free port)."),
                                          tr("addr:port"));
    const QCommandLineOption insecureOption(QStringLiteral("insecure-loopback"),
                                            tr("Plain TCP without TLS, for development; refused on any address but "
                                               "loopback."));
    parser.addOptions({listenOption, insecureOption});
    if (const int code = parseCommand(parser, arguments, command, tr("Usage: lintas-server serve [options]"));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(command, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    ServerConfig config;
    if (const int code = loadConfig(parser, global, command, &config); code >= 0)
        return code;
    QString error;
    if (parser.isSet(listenOption) && !ListenAddress::parse(parser.value(listenOption), &config.listen, &error))
        return usage(command, QStringLiteral("--listen: ") + error);
    if (parser.isSet(global.db))
        config.db = ServerConfig::resolveDatabaseUrl(parser.value(global.db), QDir::currentPath());
    if (parser.isSet(insecureOption))
        config.insecureLoopback = true;
    if (config.insecureLoopback && !config.listen.isLoopback())
        return usage(command, tr("--insecure-loopback: refusing to serve plain TCP on %1, which is not a loopback "
                                 "address")
                                  .arg(config.listen.toString()));
    if (!config.insecureLoopback && (config.certificate.isEmpty() || config.privateKey.isEmpty()))
        return failure(tr("%1: no certificate configured (server/cert and server/key)").arg(native(config.file)));
    return runServer(config);
}

int ServerCli::user(const QStringList &arguments)
{
    const QString command = QStringLiteral("user");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manages accounts.\n"
           "\n"
           "  user add NAME --role ROLE --scope STATION [--display TEXT] [--password-file FILE|-]\n"
           "  user passwd NAME [--password-file FILE|-]\n"
           "  user disable NAME     refuse its logins from now on (its history stays)\n"
           "  user enable NAME      allow it again, and lift a lockout\n"
           "  user list             name, display name, role, scope, state, locked until\n"
           "\n"
           "Roles: %1. The scope is a station code of the catalogue (PMJ for all of Polda Metro Jaya, JAKPUS "
           "for Polres Metro Jakarta Pusat only). Passwords have at least %2 characters; without "
           "--password-file the command asks for it twice without echo. Five failed logins in a row lock an "
           "account for 15 minutes.")
            .arg(rolesList())
            .arg(kMinimumPasswordLength));
    GlobalOptions global;
    global.addTo(parser);
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("The account's role (add)."), tr("role"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"), tr("The station the account works for (add)."),
                                         tr("station"));
    const QCommandLineOption displayOption(QStringLiteral("display"), tr("The name shown to others (add)."),
                                           tr("text"));
    const QCommandLineOption passwordOption(QStringLiteral("password-file"),
                                            tr("Read the password from the first line of FILE, or of standard input "
                                               "with -."),
                                            tr("file"));
    parser.addOptions({roleOption, scopeOption, displayOption, passwordOption});
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, passwd, disable, enable or list"));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account's login name."), tr("[name]"));
    if (const int code =
            parseCommand(parser, arguments, command, tr("Usage: lintas-server user action [name] [options]"));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString name = positional.value(1);
    static const QStringList actions{QStringLiteral("add"), QStringLiteral("passwd"), QStringLiteral("disable"),
                                     QStringLiteral("enable"), QStringLiteral("list")};
    if (!actions.contains(action))
        return usage(command, action.isEmpty() ? tr("give an action: add, passwd, disable, enable or list")
                                               : tr("unknown action \"%1\"; try --help").arg(action));
    const qsizetype expected = action == u"list" ? 1 : 2;
    if (positional.size() != expected)
        return usage(command,
                     expected == 1 ? tr("user list takes no name") : tr("user %1 takes one account name").arg(action));
    if (action != u"add")
        for (const QCommandLineOption *option : {&roleOption, &scopeOption, &displayOption})
            if (parser.isSet(*option))
                return usage(command, tr("--%1 is only for user add").arg(option->names().first()));
    if (action != u"add" && action != u"passwd" && parser.isSet(passwordOption))
        return usage(command, tr("--password-file is only for user add and user passwd"));

    Account account;
    QString password;
    if (action == u"add") {
        if (!parser.isSet(roleOption) || !parser.isSet(scopeOption))
            return usage(command, tr("user add needs --role and --scope"));
        static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
        if (!validName.match(name).hasMatch())
            return usage(command,
                         tr("\"%1\" is not an account name: use 1 to 64 letters, digits, '.', '_' or '-'").arg(name));
        bool roleOk = false;
        account.role = roleFromString(parser.value(roleOption), &roleOk);
        if (!roleOk)
            return usage(command,
                         tr("--role: \"%1\" is not a role; use one of %2").arg(parser.value(roleOption), rolesList()));
        account.scope = parser.value(scopeOption).trimmed().toUpper();
        if (!StationDirectory::builtIn().byCode(account.scope))
            return usage(command,
                         tr("--scope: \"%1\" is not a station of the catalogue").arg(parser.value(scopeOption)));
        account.name = name;
        account.displayName = parser.isSet(displayOption) ? parser.value(displayOption) : name;
    }
    QString url;
    if (const int code = databaseUrl(parser, global, command, &url); code >= 0)
        return code;
    QString error;
    std::unique_ptr<ServerStore> store = openStore(url, &error);
    if (!store)
        return failure(error);

    if (action == u"list") {
        QList<QStringList> rows{{tr("NAME"), tr("DISPLAY"), tr("ROLE"), tr("SCOPE"), tr("STATE"), tr("LOCKED UNTIL")}};
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Account &each : store->users()) {
            const bool locked = each.lockedUntilMs > now;
            const QString state = each.disabled ? tr("disabled") : locked ? tr("locked") : tr("active");
            rows << QStringList{each.name,
                                each.displayName,
                                toString(each.role),
                                each.scope,
                                state,
                                locked ? formatTime(each.lockedUntilMs) : QStringLiteral("-")};
        }
        printTable(rows);
        return 0;
    }
    if (action == u"add") {
        if (store->user(name))
            return failure(tr("the account %1 exists already; use user passwd or user enable").arg(name));
        if (const int code = readPassword(parser, passwordOption, command, name, &password); code >= 0)
            return code;
        if (!store->addUser(account, password, &error))
            return failure(tr("cannot add %1: %2").arg(name, error));
        auditLocal(*store, QStringLiteral("user_added"), name,
                   QStringLiteral("role=%1 scope=%2").arg(toString(account.role), account.scope));
        out() << tr("Added %1 (%2, %3)").arg(name, displayName(account.role), account.scope) << Qt::endl;
        return 0;
    }
    if (!store->user(name))
        return failure(tr("no account named %1").arg(name));
    if (action == u"passwd") {
        if (const int code = readPassword(parser, passwordOption, command, name, &password); code >= 0)
            return code;
        if (!store->setPassword(name, password, &error))
            return failure(tr("cannot set the password of %1: %2").arg(name, error));
        auditLocal(*store, QStringLiteral("password_changed"), name, {});
        out() << tr("Changed the password of %1").arg(name) << Qt::endl;
        return 0;
    }
    const bool disable = action == u"disable";
    if (!store->setDisabled(name, disable, &error))
        return failure(tr("cannot %1 %2: %3").arg(action, name, error));
    auditLocal(*store, disable ? QStringLiteral("user_disabled") : QStringLiteral("user_enabled"), name, {});
    out() << (disable ? tr("Disabled %1").arg(name) : tr("Enabled %1").arg(name)) << Qt::endl;
    return 0;
}

int ServerCli::audit(const QStringList &arguments)
{
    const QString command = QStringLiteral("audit");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks and reads the records that make the server accountable.\n"
           "\n"
           "  audit verify [--region R]          walk every region's hash chain (or R's); exit 0 when intact,\n"
           "                                     1 naming the first entry altered, removed or reordered\n"
           "  audit log [--since ISO] [--limit N] print audit events: logins, failures, lockouts, refusals,\n"
           "                                     bad input, account changes"));
    GlobalOptions global;
    global.addTo(parser);
    const QCommandLineOption regionOption(QStringLiteral("region"), tr("Verify only this region's log (verify)."),
                                          tr("code"));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
                                         tr("Events from this time on, e.g. 2024-05-01T08:00 (log; default: the last "
                                            "24 hours)."),
                                         tr("iso"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("At most N events, oldest first (log; default "
                                            "1000)."),
                                         tr("n"), QStringLiteral("1000"));
    parser.addOptions({regionOption, sinceOption, limitOption});
    parser.addPositionalArgument(QStringLiteral("action"), tr("verify or log"));
    if (const int code =
            parseCommand(parser, arguments, command, tr("Usage: lintas-server audit verify|log [options]"));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != u"verify" && action != u"log"))
        return usage(command, tr("give one action: verify or log"));
    if (action == u"verify" && (parser.isSet(sinceOption) || parser.isSet(limitOption)))
        return usage(command, tr("--since and --limit are for audit log"));
    if (action == u"log" && parser.isSet(regionOption))
        return usage(command, tr("--region is for audit verify"));

    qint64 sinceMs = QDateTime::currentMSecsSinceEpoch() - qint64(24) * 60 * 60 * 1000;
    if (parser.isSet(sinceOption)) {
        const QDateTime since = QDateTime::fromString(parser.value(sinceOption), Qt::ISODate);
        if (!since.isValid())
            return usage(
                command,
                tr("--since: \"%1\" is not an ISO 8601 time such as 2024-05-01T08:00").arg(parser.value(sinceOption)));
        sinceMs = since.toMSecsSinceEpoch();
    }
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return usage(command, tr("--limit: \"%1\" is not a positive number").arg(parser.value(limitOption)));

    QString url;
    if (const int code = databaseUrl(parser, global, command, &url); code >= 0)
        return code;
    QString error;
    std::unique_ptr<ServerStore> store = openStore(url, &error);
    if (!store)
        return failure(error);

    if (action == u"log") {
        QList<QStringList> rows{{tr("TIME"), tr("EVENT"), tr("ACCOUNT"), tr("PEER"), tr("DETAIL")}};
        for (const AuditEvent &event : store->auditEvents(sinceMs, limit))
            rows << QStringList{formatTime(event.atMs), event.event,
                                event.actor.isEmpty() ? QStringLiteral("-") : event.actor,
                                event.peer.isEmpty() ? QStringLiteral("-") : event.peer, event.detail};
        printTable(rows);
        return 0;
    }

    QStringList regions = store->regions();
    if (parser.isSet(regionOption)) {
        const QString region = parser.value(regionOption).trimmed().toUpper();
        if (!regions.contains(region) && !StationDirectory::builtIn().byCode(region))
            return usage(command, tr("--region: \"%1\" is not a station of the catalogue").arg(region));
        regions = {region};
    }
    quint64 checked = 0;
    for (const QString &region : std::as_const(regions)) {
        const ChainReport report = store->verifyChain(region);
        checked += report.checked;
        if (!report.ok) {
            out() << tr("chain broken in region %1 at entry %2: %3")
                         .arg(region)
                         .arg(report.firstBadSeq)
                         .arg(report.problem)
                  << Qt::endl;
            auditLocal(*store, QStringLiteral("chain_broken"), {},
                       QStringLiteral("region=%1 seq=%2 %3").arg(region).arg(report.firstBadSeq).arg(report.problem));
            return kExitFailure;
        }
    }
    out() << tr("chain intact: %1 entries").arg(checked) << Qt::endl;
    return 0;
}

int ServerCli::backup(const QStringList &arguments)
{
    const QString command = QStringLiteral("backup");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a consistent copy of the database to FILE (a SQLite file, also for a PostgreSQL server), while "
           "the server runs or not. The copy carries a new epoch: a server restored from it tells every desk to "
           "send again what the backup lacks."));
    GlobalOptions global;
    global.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The backup file to write."));
    if (const int code = parseCommand(parser, arguments, command, tr("Usage: lintas-server backup FILE [options]"));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(command, tr("give the backup file to write"));
    const QString target = QFileInfo(positional.first()).absoluteFilePath();
    if (QFileInfo::exists(target))
        return failure(tr("%1 exists already; choose another file").arg(native(target)));
    QString url;
    if (const int code = databaseUrl(parser, global, command, &url); code >= 0)
        return code;
    QString error;
    std::unique_ptr<ServerStore> store = openStore(url, &error);
    if (!store)
        return failure(error);
    if (!store->backup(target, &error))
        return failure(tr("cannot write the backup %1: %2").arg(native(target), error));
    out() << tr("Wrote the backup %1").arg(native(target)) << Qt::endl;
    return 0;
}

int ServerCli::restore(const QStringList &arguments)
{
    const QString command = QStringLiteral("restore");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replaces the server's database with a backup written by lintas-server backup. Stop the server first. "
           "Desks notice the backup's new epoch when they reconnect and send again what it lacks."));
    GlobalOptions global;
    global.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The backup file to restore."));
    if (const int code = parseCommand(parser, arguments, command, tr("Usage: lintas-server restore FILE [options]"));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(command, tr("give the backup file to restore"));
    const QString source = QFileInfo(positional.first()).absoluteFilePath();
    if (!QFileInfo(source).isFile())
        return failure(tr("no backup file at %1").arg(native(source)));
    QString url;
    if (const int code = databaseUrl(parser, global, command, &url); code >= 0)
        return code;
    QString error;
    if (!restoreDatabase(source, url, &error))
        return failure(tr("cannot restore %1: %2").arg(native(source), error));
    out() << tr("Restored %1").arg(native(source)) << Qt::endl;
    return 0;
}

} // namespace lintas::server
