#include <QTest>

#include "geo/placenames.h"

using namespace lintas::geo;

// The normalisation shared by the place index and the search box.
class TestPlaceNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void ftsQuery();
};

void TestPlaceNames::normalise_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << "Sudirman"
                          << "sudirman";
    QTest::newRow("Jl. prefix") << "Jl. Sudirman"
                                << "sudirman";
    QTest::newRow("Jl without dot") << "jl sudirman"
                                    << "sudirman";
    QTest::newRow("Jln.") << "Jln. Sudirman"
                          << "sudirman";
    QTest::newRow("JALAN upper case") << "JALAN SUDIRMAN"
                                      << "sudirman";
    QTest::newRow("glued prefix") << "Jl.Sudirman"
                                  << "sudirman";
    QTest::newRow("Jend. abbreviation") << "Jl. Jend. Sudirman"
                                        << "jenderal sudirman";
    QTest::newRow("Jendral spelling") << "Jendral Sudirman"
                                      << "jenderal sudirman";
    QTest::newRow("initials with dots") << "Jl. M.H. Thamrin"
                                        << "mh thamrin";
    QTest::newRow("initials without dots") << "MH Thamrin"
                                           << "mh thamrin";
    QTest::newRow("old spelling oe") << "Gatot Soebroto"
                                     << "gatot subroto";
    QTest::newRow("old spelling dj") << "Djuanda"
                                     << "juanda";
    QTest::newRow("old spelling tj") << "Tjikini Raya"
                                     << "cikini raya";
    QTest::newRow("accents") << "Café Batavia"
                             << "cafe batavia";
    QTest::newRow("gang") << "Gg. Kelinci"
                          << "gang kelinci";
    QTest::newRow("punctuation") << "Monumen Nasional (Monas)"
                                 << "monumen nasional monas";
    QTest::newRow("only a prefix") << "Jalan"
                                   << "";
    QTest::newRow("numbers kept") << "Tebet Barat Dalam 2"
                                  << "tebet barat dalam 2";
}

void TestPlaceNames::normalise()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PlaceNames::normalise(text), expected);
}

void TestPlaceNames::ftsQuery()
{
    QCOMPARE(PlaceNames::ftsQuery(QStringLiteral("Jl. Gatot Subroto")), QStringLiteral("\"gatot\"* \"subroto\"*"));
    // Quotes and FTS operators typed by a user cannot reach the MATCH syntax.
    QCOMPARE(PlaceNames::ftsQuery(QStringLiteral("\"monas\" OR *")), QStringLiteral("\"monas\"* \"or\"*"));
    QVERIFY(PlaceNames::ftsQuery(QStringLiteral("jl.")).isEmpty());
    QVERIFY(PlaceNames::ftsQuery(QStringLiteral("  ")).isEmpty());
}

QTEST_APPLESS_MAIN(TestPlaceNames)
#include "tst_placenames.moc"
