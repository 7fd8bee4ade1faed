#include "casetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include "core/validators.h"
#include "labels.h"

namespace lintas::casetext {
namespace {

QTimeZone jakarta()
{
    static const QTimeZone zone = [] {
        QTimeZone tz(QByteArrayLiteral("Asia/Jakarta"));
        return tz.isValid() ? tz : QTimeZone(7 * 3600); // WIB has no daylight saving
    }();
    return zone;
}

} // namespace

QString rupiah(qint64 amount)
{
    // labels::number groups digits the way the interface language does; the currency sign sticks to the
    // amount in both languages.
    if (amount < 0)
        return QStringLiteral("-Rp") + labels::number(-amount);
    return QStringLiteral("Rp") + labels::number(amount);
}

QString wibTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return at.toTimeZone(jakarta()).toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

QString wibTimestamp(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return QCoreApplication::translate("CaseText", "%1 WIB").arg(wibTime(at));
}

QString plateList(const QStringList &keys)
{
    QStringList plates;
    plates.reserve(keys.size());
    for (const QString &key : keys)
        plates << normalizePlate(key);
    return plates.join(QStringLiteral(", "));
}

} // namespace lintas::casetext
