#include <cmath>
#include <limits>

#include <QTest>

#include "core/validators.h"

using namespace lintas;

Q_DECLARE_METATYPE(lintas::Validation::Level)

class TestValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nik_data();
    void nik();
    void plate_data();
    void plate();
    void normalizePlate_data();
    void normalizePlate();
    void plateRegion();
    void nrp_data();
    void nrp();
    void coordinate_data();
    void coordinate();
};

namespace {

constexpr auto kOk = Validation::Level::Ok;
constexpr auto kWarning = Validation::Level::Warning;
constexpr auto kError = Validation::Level::Error;

void addColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Validation::Level>("level");
    QTest::addColumn<QString>("message");
}

void addRow(const char *name, const char *input, Validation::Level level, const char *message = "")
{
    QTest::newRow(name) << QString::fromUtf8(input) << level << QString::fromUtf8(message);
}

void check(const Validation &result)
{
    QFETCH(Validation::Level, level);
    QFETCH(QString, message);
    QCOMPARE(result.message, message);
    QCOMPARE(result.level, level);
    QCOMPARE(result.isOk(), level == kOk);
    QCOMPARE(result.isError(), level == kError);
}

} // namespace

void TestValidators::nik_data()
{
    addColumns();
    // 31 = DKI Jakarta, 74 = Jakarta Selatan, 01 = district; then DDMMYY and a serial.
    addRow("man, 17 Aug 1990", "3174011708900001", kOk);
    addRow("woman, 17 Aug 1990 (day + 40)", "3174015708900002", kOk);
    addRow("woman, day 71", "3174017101850001", kOk);
    addRow("leap day 2000", "3174012902000003", kOk);
    addRow("woman, leap day 1996", "3174016902960003", kOk);
    addRow("surrounding spaces", " 3174011708900001 ", kOk);
    addRow("province 11 (Aceh)", "1101011708900001", kOk);
    addRow("province 97", "9701011708900001", kOk);
    addRow("empty", "", kError, "NIK is empty");
    addRow("15 digits", "317401170890001", kError, "NIK must have 16 digits; it has 15");
    addRow("17 digits", "31740117089000011", kError, "NIK must have 16 digits; it has 17");
    addRow("letter O", "31740117089O0001", kError, "NIK must contain digits only; character 12 ('O') is not a digit");
    addRow("inner space", "3174 011708900001", kError,
           "NIK must contain digits only; character 5 (' ') is not a digit");
    addRow("province 10", "1074011708900001", kError, "NIK province code 10 (first two digits) does not exist");
    addRow("province 20", "2074011708900001", kError, "NIK province code 20 (first two digits) does not exist");
    addRow("province 37", "3774011708900001", kError, "NIK province code 37 (first two digits) does not exist");
    addRow("province 98", "9874011708900001", kError, "NIK province code 98 (first two digits) does not exist");
    addRow("day 00", "3174010008900001", kError, "NIK day of birth 00 is not valid (01 to 31, or 41 to 71 for women)");
    addRow("day 32", "3174013208900001", kError, "NIK day of birth 32 is not valid (01 to 31, or 41 to 71 for women)");
    addRow("day 40", "3174014008900001", kError, "NIK day of birth 40 is not valid (01 to 31, or 41 to 71 for women)");
    addRow("day 72", "3174017208900001", kError, "NIK day of birth 72 is not valid (01 to 31, or 41 to 71 for women)");
    addRow("month 00", "3174011700900001", kError, "NIK month of birth 00 is not valid (01 to 12)");
    addRow("month 13", "3174011713900001", kError, "NIK month of birth 13 is not valid (01 to 12)");
    addRow("31 February", "3174013102990001", kError, "NIK date of birth 31-02-99 does not exist");
    addRow("woman, 31 April", "3174017104990001", kError, "NIK date of birth 31-04-99 does not exist");
    addRow("29 February 2001", "3174012902010001", kError, "NIK date of birth 29-02-01 does not exist");
    addRow("serial 0000", "3174011708900000", kError, "NIK serial number (last four digits) cannot be 0000");
}

void TestValidators::nik()
{
    QFETCH(QString, input);
    check(validateNik(input));
}

void TestValidators::plate_data()
{
    addColumns();
    addRow("canonical", "B 1234 XYZ", kOk);
    addRow("lower case, no spaces", "b1234xyz", kOk);
    addRow("extra spaces", "  d   12  ab ", kOk);
    addRow("dashes", "B-1234-XYZ", kOk);
    addRow("two-letter prefix, one digit", "AB 1 C", kOk);
    addRow("no suffix", "DK 9999", kOk);
    addRow("Kalimantan Utara", "KU 123 AB", kOk);
    addRow("empty", "", kError, "Plate number is empty");
    addRow("only spaces", "   ", kError, "Plate number is empty");
    addRow("unknown prefix XX", "XX 1234 AB", kError, "Unknown region prefix 'XX'");
    addRow("unknown prefix Q", "q 12", kError, "Unknown region prefix 'Q'");
    addRow("three-letter prefix", "ABC 123", kError, "Unknown region prefix 'ABC'");
    addRow("no prefix", "1234 AB", kError, "Plate has no region prefix; it must start with letters, like 'B 1234 XYZ'");
    addRow("no number", "B", kError, "Plate has no number after the region prefix 'B'");
    addRow("five digits", "B 12345 XY", kError, "Plate number '12345' has more than 4 digits");
    addRow("leading zero", "B 0123 XY", kError, "Plate number '0123' cannot start with 0");
    addRow("zero", "B 0", kError, "Plate number '0' cannot start with 0");
    addRow("four-letter suffix", "B 1234 ABCD", kError, "Plate suffix 'ABCD' has more than 3 letters");
    addRow("digits after suffix", "B 12 A 3", kError,
           "Plate must be region prefix, number and suffix, like 'B 1234 XYZ'");
    addRow("symbol", "B 1234 X@", kError, "Plate contains '@'; only letters A to Z and digits are allowed");
}

void TestValidators::plate()
{
    QFETCH(QString, input);
    check(validatePlate(input));
}

void TestValidators::normalizePlate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("compact lower case") << QStringLiteral("b1234xyz") << QStringLiteral("B 1234 XYZ");
    QTest::newRow("spaces") << QStringLiteral("  B   1234   XYZ ") << QStringLiteral("B 1234 XYZ");
    QTest::newRow("dashes") << QStringLiteral("ab-12-c") << QStringLiteral("AB 12 C");
    QTest::newRow("no suffix") << QStringLiteral("dk9") << QStringLiteral("DK 9");
    QTest::newRow("already normal") << QStringLiteral("B 1 A") << QStringLiteral("B 1 A");
    QTest::newRow("unparseable kept") << QStringLiteral("not a plate") << QStringLiteral("not a plate");
    QTest::newRow("digits after suffix kept") << QStringLiteral("B 12 A 3") << QStringLiteral("B 12 A 3");
    QTest::newRow("five digits kept") << QStringLiteral("b 12345") << QStringLiteral("b 12345");
}

void TestValidators::normalizePlate()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(lintas::normalizePlate(input), expected);
}

void TestValidators::plateRegion()
{
    QVERIFY(lintas::plateRegion(QStringLiteral("B")).contains(QLatin1String("Jakarta")));
    QVERIFY(lintas::plateRegion(QStringLiteral("dk")).contains(QLatin1String("Bali")));
    QVERIFY(lintas::plateRegion(QStringLiteral("XX")).isEmpty());
    // Every prefix of the TNKB system the brief lists must be known.
    const QStringList prefixes =
        QStringLiteral("A AA AB AD AE AG B BA BB BD BE BG BH BK BL BM BN BP D DA DB DC DD DE DG "
                       "DH DK DL DM DN DR DS DT E EA EB ED F G H K KB KH KT KU L M N P PA PB "
                       "R S T W Z")
            .split(QLatin1Char(' '));
    for (const QString &prefix : prefixes)
        QVERIFY2(!lintas::plateRegion(prefix).isEmpty(), qPrintable(prefix));
}

void TestValidators::nrp_data()
{
    addColumns();
    addRow("8 digits", "85061234", kOk);
    addRow("surrounding spaces", " 85061234 ", kOk);
    addRow("empty", "", kError, "NRP is empty");
    addRow("7 digits", "8506123", kError, "NRP must have 8 digits; it has 7");
    addRow("9 digits", "850612345", kError, "NRP must have 8 digits; it has 9");
    addRow("letter", "8506A234", kError, "NRP must contain digits only; character 5 ('A') is not a digit");
    addRow("dash", "8506-1234", kError, "NRP must contain digits only; character 5 ('-') is not a digit");
}

void TestValidators::nrp()
{
    QFETCH(QString, input);
    check(validateNrp(input));
}

void TestValidators::coordinate_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<Validation::Level>("level");
    QTest::addColumn<QString>("message");
    const double nan = std::nan("");
    const double inf = std::numeric_limits<double>::infinity();
    const auto row = [](const char *name, double lat, double lon, Validation::Level level, const char *message) {
        QTest::newRow(name) << lat << lon << level << QString::fromUtf8(message);
    };
    row("Monas", -6.1754, 106.8272, kOk, "");
    row("service area corner", -5.90, 107.20, kOk, "");
    row("service area other corner", -6.80, 106.35, kOk, "");
    row("latitude missing", nan, 106.8, kError, "Latitude is missing");
    row("longitude missing", -6.2, nan, kError, "Longitude is missing");
    row("latitude 91", 91, 106.8, kError, "Latitude 91 is outside the range -90 to 90");
    row("latitude -90.5", -90.5, 106.8, kError, "Latitude -90.5 is outside the range -90 to 90");
    row("latitude infinite", inf, 106.8, kError, "Latitude inf is outside the range -90 to 90");
    row("longitude 181", -6.2, 181, kError, "Longitude 181 is outside the range -180 to 180");
    row("longitude -200", -6.2, -200, kError, "Longitude -200 is outside the range -180 to 180");
    row("Bandung", -6.9147, 107.6098, kWarning,
        "Location -6.91470, 107.60980 is outside the Greater Jakarta service area");
    row("just north", -5.89, 106.8, kWarning,
        "Location -5.89000, 106.80000 is outside the Greater Jakarta service area");
    row("lat/lon swapped", 106.8, -6.2, kError, "Latitude 106.8 is outside the range -90 to 90");
}

void TestValidators::coordinate()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    check(validateCoordinate(latitude, longitude));
}

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
