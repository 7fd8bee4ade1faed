#include "validators.h"

#include <cmath>

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include "csvtable.h"
#include "corelog.h"

namespace lintas {
namespace {

// Service area of the Jakarta deployment (Jabodetabek with a margin).
constexpr double kServiceLatMin = -6.80;
constexpr double kServiceLatMax = -5.90;
constexpr double kServiceLonMin = 106.35;
constexpr double kServiceLonMax = 107.20;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

// Index (0-based) of the first character that is not a digit, or -1.
qsizetype firstNonDigit(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!isAsciiDigit(text.at(i)))
            return i;
    return -1;
}

// Province codes of the Dukcapil numbering (the first two digits of a NIK).
bool isProvinceCode(int code)
{
    return (code >= 11 && code <= 19) || code == 21 || (code >= 31 && code <= 36) || (code >= 51 && code <= 53) ||
           (code >= 61 && code <= 65) || (code >= 71 && code <= 76) || (code >= 81 && code <= 82) ||
           (code >= 91 && code <= 97);
}

const QHash<QString, QString> &plateRegions()
{
    static const QHash<QString, QString> regions = [] {
        QHash<QString, QString> loaded;
        const QString path = QStringLiteral(":/catalogues/plate-regions.csv");
        QString error;
        const auto csv = CsvTable::readFile(path, &error);
        const auto table =
            csv ? CsvTable::parse(*csv, {QStringLiteral("prefix"), QStringLiteral("region")}, &error) : std::nullopt;
        if (!table) {
            qCCritical(lcCore) << "built-in plate region catalogue" << path << "is unusable:" << error;
            return loaded;
        }
        for (int row = 0; row < table->rowCount(); ++row)
            loaded.insert(table->value(row, QStringLiteral("prefix")).toUpper(),
                          table->value(row, QStringLiteral("region")));
        return loaded;
    }();
    return regions;
}

// A plate with its separators (spaces, dashes, dots) taken out and in upper case.
QString compactPlate(const QString &plate)
{
    QString compact;
    for (const QChar c : plate)
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('.'))
            compact += c.toUpper();
    return compact;
}

// The three parts of a compact plate when it reads letters, digits, letters (each part may be empty).
struct PlateParts
{
    QString prefix;
    QString number;
    QString suffix;
};

std::optional<PlateParts> splitPlate(const QString &compact)
{
    PlateParts parts;
    qsizetype i = 0;
    while (i < compact.size() && isAsciiUpper(compact.at(i)))
        parts.prefix += compact.at(i++);
    while (i < compact.size() && isAsciiDigit(compact.at(i)))
        parts.number += compact.at(i++);
    while (i < compact.size() && isAsciiUpper(compact.at(i)))
        parts.suffix += compact.at(i++);
    if (i != compact.size())
        return std::nullopt;
    return parts;
}

} // namespace

Validation validateNik(const QString &input)
{
    const QString nik = input.trimmed();
    if (nik.isEmpty())
        return Validation::error(QCoreApplication::translate("Validators", "NIK is empty"));
    if (const qsizetype bad = firstNonDigit(nik); bad >= 0)
        return Validation::error(QCoreApplication::translate(
                                     "Validators", "NIK must contain digits only; character %1 ('%2') is not a digit")
                                     .arg(bad + 1)
                                     .arg(nik.at(bad)));
    if (nik.size() != 16)
        return Validation::error(
            QCoreApplication::translate("Validators", "NIK must have 16 digits; it has %n", nullptr, int(nik.size())));

    const QString province = nik.left(2);
    if (!isProvinceCode(province.toInt()))
        return Validation::error(
            QCoreApplication::translate("Validators", "NIK province code %1 (first two digits) does not exist")
                .arg(province));

    // Digits 7–12 are the date of birth DDMMYY; women's days are written with 40 added.
    const int rawDay = nik.mid(6, 2).toInt();
    const int month = nik.mid(8, 2).toInt();
    const int year = nik.mid(10, 2).toInt();
    if (rawDay < 1 || (rawDay > 31 && rawDay < 41) || rawDay > 71)
        return Validation::error(QCoreApplication::translate(
                                     "Validators", "NIK day of birth %1 is not valid (01 to 31, or 41 to 71 for women)")
                                     .arg(nik.mid(6, 2)));
    if (month < 1 || month > 12)
        return Validation::error(
            QCoreApplication::translate("Validators", "NIK month of birth %1 is not valid (01 to 12)")
                .arg(nik.mid(8, 2)));
    const int day = rawDay > 40 ? rawDay - 40 : rawDay;
    // The century is not written; a date that exists in either is accepted (29-02-00 is 29 February 2000).
    if (!QDate::isValid(1900 + year, month, day) && !QDate::isValid(2000 + year, month, day))
        return Validation::error(QCoreApplication::translate("Validators", "NIK date of birth %1-%2-%3 does not exist")
                                     .arg(day, 2, 10, QLatin1Char('0'))
                                     .arg(nik.mid(8, 2), nik.mid(10, 2)));

    if (nik.right(4) == QLatin1String("0000"))
        return Validation::error(
            QCoreApplication::translate("Validators", "NIK serial number (last four digits) cannot be 0000"));
    return Validation::ok();
}

QString plateRegion(const QString &prefix)
{
    return plateRegions().value(prefix.trimmed().toUpper());
}

QString normalizePlate(const QString &plate)
{
    const auto parts = splitPlate(compactPlate(plate));
    if (!parts || parts->prefix.isEmpty() || parts->prefix.size() > 2 || parts->number.isEmpty() ||
        parts->number.size() > 4 || parts->suffix.size() > 3)
        return plate;
    QString normal = parts->prefix + QLatin1Char(' ') + parts->number;
    if (!parts->suffix.isEmpty())
        normal += QLatin1Char(' ') + parts->suffix;
    return normal;
}

Validation validatePlate(const QString &plate)
{
    const QString compact = compactPlate(plate);
    if (compact.isEmpty())
        return Validation::error(QCoreApplication::translate("Validators", "Plate number is empty"));
    for (const QChar c : compact)
        if (!isAsciiUpper(c) && !isAsciiDigit(c))
            return Validation::error(
                QCoreApplication::translate("Validators",
                                            "Plate contains '%1'; only letters A to Z and digits are allowed")
                    .arg(c));

    const auto parts = splitPlate(compact);
    if (!parts)
        return Validation::error(QCoreApplication::translate(
            "Validators", "Plate must be region prefix, number and suffix, like 'B 1234 XYZ'"));
    if (parts->prefix.isEmpty())
        return Validation::error(QCoreApplication::translate(
            "Validators", "Plate has no region prefix; it must start with letters, like 'B 1234 XYZ'"));
    if (!plateRegions().contains(parts->prefix))
        return Validation::error(
            QCoreApplication::translate("Validators", "Unknown region prefix '%1'").arg(parts->prefix));
    if (parts->number.isEmpty())
        return Validation::error(
            QCoreApplication::translate("Validators", "Plate has no number after the region prefix '%1'")
                .arg(parts->prefix));
    if (parts->number.size() > 4)
        return Validation::error(
            QCoreApplication::translate("Validators", "Plate number '%1' has more than 4 digits").arg(parts->number));
    if (parts->number.startsWith(QLatin1Char('0')))
        return Validation::error(
            QCoreApplication::translate("Validators", "Plate number '%1' cannot start with 0").arg(parts->number));
    if (parts->suffix.size() > 3)
        return Validation::error(
            QCoreApplication::translate("Validators", "Plate suffix '%1' has more than 3 letters").arg(parts->suffix));
    return Validation::ok();
}

Validation validateNrp(const QString &input)
{
    const QString nrp = input.trimmed();
    if (nrp.isEmpty())
        return Validation::error(QCoreApplication::translate("Validators", "NRP is empty"));
    if (const qsizetype bad = firstNonDigit(nrp); bad >= 0)
        return Validation::error(QCoreApplication::translate(
                                     "Validators", "NRP must contain digits only; character %1 ('%2') is not a digit")
                                     .arg(bad + 1)
                                     .arg(nrp.at(bad)));
    if (nrp.size() != 8)
        return Validation::error(
            QCoreApplication::translate("Validators", "NRP must have 8 digits; it has %n", nullptr, int(nrp.size())));
    return Validation::ok();
}

Validation validateCoordinate(double latitude, double longitude)
{
    if (std::isnan(latitude))
        return Validation::error(QCoreApplication::translate("Validators", "Latitude is missing"));
    if (std::isnan(longitude))
        return Validation::error(QCoreApplication::translate("Validators", "Longitude is missing"));
    if (latitude < -90 || latitude > 90)
        return Validation::error(
            QCoreApplication::translate("Validators", "Latitude %1 is outside the range -90 to 90").arg(latitude));
    if (longitude < -180 || longitude > 180)
        return Validation::error(
            QCoreApplication::translate("Validators", "Longitude %1 is outside the range -180 to 180").arg(longitude));
    if (latitude < kServiceLatMin || latitude > kServiceLatMax || longitude < kServiceLonMin ||
        longitude > kServiceLonMax)
        return Validation::warning(
            QCoreApplication::translate("Validators", "Location %1, %2 is outside the Greater Jakarta service area")
                .arg(latitude, 0, 'f', 5)
                .arg(longitude, 0, 'f', 5));
    return Validation::ok();
}

} // namespace lintas
