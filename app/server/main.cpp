#include <QCoreApplication>

#include "server/servercli.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lintas-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINTAS_VERSION));
    return lintas::server::ServerCli::run(QCoreApplication::arguments());
}
