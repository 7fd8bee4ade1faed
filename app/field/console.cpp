#include "field/console.h"

#include <QDateTime>
#include <QTextStream>

namespace lintas::field {

namespace {

void write(FILE *file, const QString &line)
{
    static QTextStream out(stdout);
    static QTextStream err(stderr);
    QTextStream &stream = file == stdout ? out : err;
    stream << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << ' ' << line << Qt::endl;
}

} // namespace

void say(const QString &line)
{
    write(stdout, line);
}
void warn(const QString &line)
{
    write(stderr, line);
}

} // namespace lintas::field
