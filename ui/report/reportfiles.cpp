#include "reportfiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace lintas::reportfiles {

QString fileName(const analytics::ReportScope &scope, const analytics::ReportPeriod &period,
                 analytics::ReportLanguage language, const QString &suffix)
{
    const QString what =
        period.isDay()
            ? QStringLiteral("anev-harian-%1-%2").arg(scope.stationCode, period.dayWib().toString(Qt::ISODate))
            : QStringLiteral("anev-operasi-%1-%2").arg(scope.stationCode, period.operationCode);
    return QStringLiteral("%1-%2.%3").arg(what, analytics::languageCode(language), suffix);
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("ReportFiles", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (!QFileInfo(path).absoluteDir().exists())
        return fail(QCoreApplication::translate("ReportFiles", "its folder does not exist"));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool read(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ReportFiles", "Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QString shortHash(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.left(4).toHex()) + QStringLiteral("\u2026");
}

} // namespace lintas::reportfiles
