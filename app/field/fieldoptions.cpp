#include "field/fieldoptions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include "sync/tlsconfig.h"

namespace lintas::field {

void FieldOptions::addConnectionOptions(QCommandLineParser &parser, const QString &defaultSite, bool storeRequired)
{
    parser.addOption(
        {QStringLiteral("server"), tr("The regional server (lintas-server) to sync with."), tr("host:port")});
    parser.addOption({QStringLiteral("ca"),
                      tr("Trust the server's certificate when the agency CA in this PEM file "
                         "signed it."),
                      tr("file")});
    parser.addOption({QStringLiteral("fingerprint"),
                      tr("Trust the server's certificate with this SHA-256 fingerprint (as lintas-server init "
                         "printed it)."),
                      tr("AB:CD:…")});
    parser.addOption({QStringLiteral("insecure-loopback"),
                      tr("Sync without TLS, with a server on this machine only (for developers).")});
    parser.addOption(
        {QStringLiteral("user"), tr("Log in as this user (a supervisor or field officer account)."), tr("name")});
    parser.addOption({QStringLiteral("password-file"),
                      tr("Read the password from the first line of this file; without it, from the environment "
                         "variable LINTAS_PASSWORD."),
                      tr("file")});
    parser.addOption({QStringLiteral("store"),
                      storeRequired ? tr("The gateway's own store (SQLite); created on first use.")
                                    : tr("The gateway's own store (SQLite); default: one in the user's data folder."),
                      tr("file")});
    parser.addOption({QStringLiteral("site"),
                      tr("The site id of the store, unique per store (default: %1).").arg(defaultSite), tr("id"),
                      defaultSite});
}

bool FieldOptions::parseServer(const QString &text, QString *host, quint16 *port, QString *error)
{
    const auto refuse = [&] {
        if (error)
            *error = tr("--server '%1' is not host:port (for example 127.0.0.1:7443 or [::1]:7443).").arg(text);
        return false;
    };
    QString name;
    QString rest;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || text.mid(close + 1, 1) != QLatin1String(":"))
            return refuse();
        name = text.mid(1, close - 1);
        rest = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon <= 0 || text.indexOf(u':') != colon)
            return refuse();
        name = text.left(colon);
        rest = text.mid(colon + 1);
    }
    bool ok = false;
    const uint value = rest.toUInt(&ok);
    if (name.isEmpty() || !ok || value == 0 || value > 65535)
        return refuse();
    *host = name;
    *port = quint16(value);
    return true;
}

std::optional<ConnectionOptions> FieldOptions::readConnectionOptions(const QCommandLineParser &parser,
                                                                     const QString &defaultStore, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ConnectionOptions> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ConnectionOptions options;
    sync::SyncSettings &settings = options.settings;
    options.server = parser.value(QStringLiteral("server"));
    if (options.server.isEmpty())
        return fail(tr("--server host:port is needed: the regional server to sync with."));
    QString why;
    if (!parseServer(options.server, &settings.host, &settings.port, &why))
        return fail(why);

    // Exactly one way to trust the server.
    const bool ca = parser.isSet(QStringLiteral("ca"));
    const bool pinned = parser.isSet(QStringLiteral("fingerprint"));
    const bool insecure = parser.isSet(QStringLiteral("insecure-loopback"));
    if (int(ca) + int(pinned) + int(insecure) != 1)
        return fail(tr("Give exactly one of --ca FILE, --fingerprint AB:CD:… or --insecure-loopback."));
    if (ca) {
        const QFileInfo file(parser.value(QStringLiteral("ca")));
        if (!file.isReadable())
            return fail(tr("--ca: cannot read the CA file %1.").arg(QDir::toNativeSeparators(file.filePath())));
        settings.tls.caFile = file.absoluteFilePath();
    }
    if (pinned) {
        settings.tls.pinnedSha256 = sync::parseFingerprint(parser.value(QStringLiteral("fingerprint")));
        if (settings.tls.pinnedSha256.isEmpty())
            return fail(tr("--fingerprint '%1' is not a SHA-256 fingerprint (32 pairs of hex digits, AB:CD:…).")
                            .arg(parser.value(QStringLiteral("fingerprint"))));
    }
    if (insecure) {
        const QHostAddress address(settings.host);
        const bool loopback = address.isNull() ? settings.host == QLatin1String("localhost") : address.isLoopback();
        if (!loopback)
            return fail(tr("--insecure-loopback works only with a server on this machine (127.0.0.1, ::1), not "
                           "%1.")
                            .arg(settings.host));
        settings.insecureLoopback = true;
    }

    settings.user = parser.value(QStringLiteral("user"));
    if (settings.user.isEmpty())
        return fail(tr("--user NAME is needed: the account to log in with."));
    if (parser.isSet(QStringLiteral("password-file"))) {
        QFile file(parser.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(tr("Cannot read the password file %1: %2")
                            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        // The first line, without its line break; a password may hold spaces.
        settings.password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
        if (settings.password.isEmpty())
            return fail(tr("The password file %1 is empty.").arg(QDir::toNativeSeparators(file.fileName())));
    } else {
        settings.password = qEnvironmentVariable("LINTAS_PASSWORD");
        if (settings.password.isEmpty())
            return fail(tr("No password: give --password-file FILE or set LINTAS_PASSWORD."));
    }
    settings.kind = wire::FIELD;
    settings.clientName = QStringLiteral("lintas-field " LINTAS_VERSION);

    options.storePath = parser.value(QStringLiteral("store"));
    if (options.storePath.isEmpty())
        options.storePath = defaultStore;
    if (options.storePath.isEmpty())
        return fail(tr("--store FILE is needed: the gateway's own store."));
    options.storePath = QFileInfo(options.storePath).absoluteFilePath();
    options.siteId = parser.value(QStringLiteral("site")).trimmed();
    if (options.siteId.isEmpty())
        return fail(tr("--site must not be empty."));
    return options;
}

} // namespace lintas::field
