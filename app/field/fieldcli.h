#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lintas::field {

// The lintas-field command line:
//   lintas-field simulate --units N --map FILE.lintasmap [--seed N] [--rate 1..5] [--speedup X] [--no-incidents]
//                         --store FILE CONNECTION
//   lintas-field relay --unit CALLSIGN|UUID --nmea FILE|tcp:HOST:PORT|serial:DEVICE[@BAUD] [--store FILE]
//                      CONNECTION
//   lintas-field history --map FILE.lintasmap --out FILE.csv [--weeks N] [--seed N] [--end ISO]
//   CONNECTION: --server HOST:PORT (--ca FILE | --fingerprint AB:CD:… | --insecure-loopback) --user NAME
//               (--password-file FILE | environment LINTAS_PASSWORD) [--site ID]
// run() parses, then runs the command's event loop until it ends; SIGTERM and SIGINT stop it cleanly (BYE to the
// server, bounded; the store closed). Returns the exit code: 0 done, 1 the work failed, 2 usage error. Every
// failure prints one message naming the option, file or server at fault to stderr.
class FieldCli
{
    Q_DECLARE_TR_FUNCTIONS(lintas::field::FieldCli)

public:
    static int run(const QStringList &arguments);

private:
    static int simulate(const QStringList &arguments);
    static int relay(const QStringList &arguments);
    static int history(const QStringList &arguments);
};

} // namespace lintas::field
