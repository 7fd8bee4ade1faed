#pragma once

#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include "sync/syncsession.h"

namespace lintas::field {

// The options both commands share: which server, how to trust it, as whom, and the local store.
struct ConnectionOptions
{
    sync::SyncSettings settings; // FIELD kind, TLS or loopback, user and password
    QString server;              // as given, "host:port", for messages
    QString storePath;
    QString siteId;
};

class FieldOptions
{
    Q_DECLARE_TR_FUNCTIONS(lintas::field::FieldOptions)

public:
    // Adds --server, --ca, --fingerprint, --insecure-loopback, --user, --password-file, --store and --site.
    static void addConnectionOptions(QCommandLineParser &parser, const QString &defaultSite, bool storeRequired);
    // Reads them; nothing, with *error naming the option at fault, when they are incomplete or wrong.
    // The password comes from the first line of --password-file, or from LINTAS_PASSWORD.
    static std::optional<ConnectionOptions> readConnectionOptions(const QCommandLineParser &parser,
                                                                  const QString &defaultStore, QString *error);
    // "host:port" or "[v6]:port".
    static bool parseServer(const QString &text, QString *host, quint16 *port, QString *error);
};

} // namespace lintas::field
