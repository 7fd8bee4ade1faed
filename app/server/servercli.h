#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lintas::server {

// The lintas-server command line:
//   lintas-server init --data DIR [--region PMJ] [--db URL] [--listen ADDR:PORT] [--cert FILE --key FILE]
//   lintas-server serve [--config FILE | --data DIR] [--listen ADDR:PORT] [--insecure-loopback]
//   lintas-server user add NAME --role ROLE --scope STATION [--display TEXT] [--password-file FILE|-]
//   lintas-server user passwd|disable|enable NAME, user list
//   lintas-server audit verify [--region R], audit log [--since ISO] [--limit N]
//   lintas-server backup FILE, restore FILE
// Global: --config FILE or --data DIR pick the config; --db URL overrides its database.
// Returns the exit code: 0 done, 1 the work failed, 2 usage error. Every failure prints one message naming
// the file, flag or value at fault to stderr.
class ServerCli
{
    Q_DECLARE_TR_FUNCTIONS(lintas::server::ServerCli)

public:
    static int run(const QStringList &arguments);

private:
    static int init(const QStringList &arguments);
    static int serve(const QStringList &arguments);
    static int user(const QStringList &arguments);
    static int audit(const QStringList &arguments);
    static int backup(const QStringList &arguments);
    static int restore(const QStringList &arguments);
};

} // namespace lintas::server
