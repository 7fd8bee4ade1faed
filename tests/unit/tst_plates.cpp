#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "core/plates.h"

using namespace lintas;

class TestPlates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data();
    void keys();
    void shapes_data();
    void shapes();
    void findInText_data();
    void findInText();
    void typoVariantsCoverEverySlip_data();
    void typoVariantsCoverEverySlip();
    void typoVariantsArePlateShapedAndUnique();
    void typoVariantsPutLookAlikesBeforeOtherReplacements();
};

void TestPlates::keys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("display form") << QStringLiteral("B 1234 XYZ") << QStringLiteral("B1234XYZ");
    QTest::newRow("lower case, dash") << QStringLiteral("b 1234-xyz") << QStringLiteral("B1234XYZ");
    QTest::newRow("dots") << QStringLiteral("D.1.AB") << QStringLiteral("D1AB");
    QTest::newRow("no suffix") << QStringLiteral(" ab 12 ") << QStringLiteral("AB12");
    QTest::newRow("only separators") << QStringLiteral(" - . ") << QString();
    QTest::newRow("non-ASCII letters dropped") << QStringLiteral("B 12é3") << QStringLiteral("B123");
    QTest::newRow("empty") << QString() << QString();
}

void TestPlates::keys()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(plateKey(text), key);
}

void TestPlates::shapes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("plate");
    QTest::newRow("full") << QStringLiteral("B1234XYZ") << true;
    QTest::newRow("two-letter prefix") << QStringLiteral("AB1C") << true;
    QTest::newRow("no suffix") << QStringLiteral("B1") << true;
    QTest::newRow("no number") << QStringLiteral("BXYZ") << false;
    QTest::newRow("five digits") << QStringLiteral("B12345") << false;
    QTest::newRow("three-letter prefix") << QStringLiteral("ABC12") << false;
    QTest::newRow("four-letter suffix") << QStringLiteral("B12ABCD") << false;
    QTest::newRow("digits first") << QStringLiteral("1234XYZ") << false;
    QTest::newRow("letters between digits") << QStringLiteral("B12A3") << false;
    QTest::newRow("lower case is not a key") << QStringLiteral("b1234xyz") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPlates::shapes()
{
    QFETCH(QString, key);
    QFETCH(bool, plate);
    QCOMPARE(looksLikePlateKey(key), plate);
}

void TestPlates::findInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("contract example") << QStringLiteral("mobil B 1234 XYZ menabrak pembatas jalan")
                                      << QStringList{QStringLiteral("B1234XYZ")};
    QTest::newRow("two plates, dots and dashes")
        << QStringLiteral("Tabrakan antara sepeda motor B-4521-KJT dan truk D.8812.AB di Jl. Gatot Subroto.")
        << QStringList{QStringLiteral("B4521KJT"), QStringLiteral("D8812AB")};
    QTest::newRow("written compact and in lower case")
        << QStringLiteral("pelapor melihat b1234xyz melaju kencang") << QStringList{QStringLiteral("B1234XYZ")};
    QTest::newRow("the same plate twice, listed once")
        << QStringLiteral("B 1234 XYZ terekam kamera; kendaraan B1234XYZ kabur")
        << QStringList{QStringLiteral("B1234XYZ")};
    QTest::newRow("plate without suffix at the end")
        << QStringLiteral("kendaraan dinas B 1234") << QStringList{QStringLiteral("B1234")};
    QTest::newRow("two-letter prefix") << QStringLiteral("bus AB 7 CD mogok di tol")
                                       << QStringList{QStringLiteral("AB7CD")};
    QTest::newRow("Indonesian words before numbers are not plates")
        << QStringLiteral("di km 12 arah Cawang, no. 5, jam 10.30 WIB, RT 03 RW 05, Rp 500.000") << QStringList{};
    QTest::newRow("numbers too long for a plate")
        << QStringLiteral("NIK 3171234567890001, telepon B 081234") << QStringList{};
    QTest::newRow("inside a longer word") << QStringLiteral("kodeB1234XYZ123") << QStringList{};
    QTest::newRow("in order of appearance") << QStringLiteral("F 12 A, lalu B 99 ZZ, lalu F 12 A lagi")
                                            << QStringList{QStringLiteral("F12A"), QStringLiteral("B99ZZ")};
    QTest::newRow("empty") << QString() << QStringList{};
    // A short word after a space is the sentence going on, not the plate's suffix.
    QTest::newRow("di after the number") << QStringLiteral("B 1234 di jalan") << QStringList{QStringLiteral("B1234")};
    QTest::newRow("every common short word")
        << QStringLiteral("B 11 ke, B 12 dan, B 13 yg, B 14 ini, B 15 itu, B 16 jl, B 17 km, B 18 no, B 19 Di")
        << QStringList{QStringLiteral("B11"), QStringLiteral("B12"), QStringLiteral("B13"),
                       QStringLiteral("B14"), QStringLiteral("B15"), QStringLiteral("B16"),
                       QStringLiteral("B17"), QStringLiteral("B18"), QStringLiteral("B19")};
    QTest::newRow("dari and pada are longer than a suffix")
        << QStringLiteral("motor B 1234 dari arah Cawang, mobil D 55 pada pukul 7")
        << QStringList{QStringLiteral("B1234"), QStringLiteral("D55")};
    QTest::newRow("a suffix that is no common word")
        << QStringLiteral("B 1234 kjt di jalan") << QStringList{QStringLiteral("B1234KJT")};
    QTest::newRow("written together, it is the suffix")
        << QStringLiteral("mobil B1234DI menepi") << QStringList{QStringLiteral("B1234DI")};
    QTest::newRow("after a dash, it is the suffix")
        << QStringLiteral("mobil B-1234-DAN menepi") << QStringList{QStringLiteral("B1234DAN")};
    QTest::newRow("in capitals in ordinary text, it is the suffix")
        << QStringLiteral("mobil B 1234 DAN menabrak pagar") << QStringList{QStringLiteral("B1234DAN")};
    QTest::newRow("in a text all in capitals, it is the word")
        << QStringLiteral("MOBIL B 1234 DI JALAN THAMRIN") << QStringList{QStringLiteral("B1234")};
}

void TestPlates::findInText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QCOMPARE(findPlateKeys(text), keys);
}

void TestPlates::typoVariantsCoverEverySlip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("slip");
    QTest::newRow("left out a digit") << QStringLiteral("B1234XYZ") << QStringLiteral("B124XYZ");
    QTest::newRow("left out a letter") << QStringLiteral("B1234XYZ") << QStringLiteral("B1234XZ");
    QTest::newRow("added a digit") << QStringLiteral("B123XYZ") << QStringLiteral("B1273XYZ");
    QTest::newRow("added a letter") << QStringLiteral("B1234XY") << QStringLiteral("B1234XKY");
    QTest::newRow("added a prefix letter") << QStringLiteral("B1234XYZ") << QStringLiteral("AB1234XYZ");
    QTest::newRow("swapped digits") << QStringLiteral("B1234XYZ") << QStringLiteral("B1324XYZ");
    QTest::newRow("swapped letters") << QStringLiteral("B1234XYZ") << QStringLiteral("B1234YXZ");
    QTest::newRow("zero typed for O") << QStringLiteral("B123OZ") << QStringLiteral("B1230Z");
    QTest::newRow("O typed for zero") << QStringLiteral("B1230XY") << QStringLiteral("B123OXY");
    QTest::newRow("B typed for 8") << QStringLiteral("B1238") << QStringLiteral("B123B");
    QTest::newRow("8 typed for B") << QStringLiteral("BB123") << QStringLiteral("B8123");
    QTest::newRow("S typed for 5") << QStringLiteral("B1235") << QStringLiteral("B123S");
    QTest::newRow("I typed for 1") << QStringLiteral("B1234") << QStringLiteral("BI234");
    QTest::newRow("another digit") << QStringLiteral("B1234XYZ") << QStringLiteral("B1734XYZ");
    QTest::newRow("another letter") << QStringLiteral("B1234XYZ") << QStringLiteral("D1234XYZ");
}

void TestPlates::typoVariantsCoverEverySlip()
{
    QFETCH(QString, key);
    QFETCH(QString, slip);
    QVERIFY2(plateTypoVariants(key).contains(slip), qPrintable(slip));
}

void TestPlates::typoVariantsArePlateShapedAndUnique()
{
    for (const QString &key : {QStringLiteral("B1234XYZ"), QStringLiteral("AB1C"), QStringLiteral("B1")}) {
        const QStringList variants = plateTypoVariants(key);
        QVERIFY(!variants.isEmpty());
        QVERIFY(!variants.contains(key));
        QCOMPARE(QSet<QString>(variants.cbegin(), variants.cend()).size(), variants.size());
        for (const QString &variant : variants)
            QVERIFY2(looksLikePlateKey(variant), qPrintable(key + QStringLiteral(" → ") + variant));
    }
    // Slips that break the shape are not offered: a fifth digit, a third prefix letter, a fourth suffix letter,
    // and a plate without its number.
    const QStringList variants = plateTypoVariants(QStringLiteral("AB1234XYZ"));
    QVERIFY(!variants.contains(QStringLiteral("AB12345XYZ")));
    QVERIFY(!variants.contains(QStringLiteral("ABC1234XYZ")));
    QVERIFY(!variants.contains(QStringLiteral("AB1234XYZA")));
    QVERIFY(plateTypoVariants(QStringLiteral("B1")).filter(QRegularExpression(QStringLiteral("^[A-Z]+$"))).isEmpty());
}

void TestPlates::typoVariantsPutLookAlikesBeforeOtherReplacements()
{
    // The 0 of "B 1230 XY" misread as O is offered before the 0 replaced by any other digit.
    const QStringList variants = plateTypoVariants(QStringLiteral("B1230XY"));
    const qsizetype lookAlike = variants.indexOf(QStringLiteral("B123OXY"));
    const qsizetype anyDigit = variants.indexOf(QStringLiteral("B1231XY"));
    QVERIFY(lookAlike >= 0);
    QVERIFY(anyDigit >= 0);
    QVERIFY(lookAlike < anyDigit);
}

QTEST_GUILESS_MAIN(TestPlates)
#include "tst_plates.moc"
