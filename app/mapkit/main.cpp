#include <QCoreApplication>

#include "mapkit/mapkit.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lintas-mapkit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINTAS_VERSION));
    return lintas::Mapkit::run(QCoreApplication::arguments());
}
