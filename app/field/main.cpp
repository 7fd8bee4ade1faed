#include <QCoreApplication>

#include "field/fieldcli.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lintas-field"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINTAS_VERSION));
    return lintas::field::FieldCli::run(QCoreApplication::arguments());
}
