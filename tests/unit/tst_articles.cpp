#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

#include "core/articles.h"
#include "core/csvtable.h"

using namespace lintas;

class TestArticles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCatalogueParses();
    void shippedEntriesAreWellFormed();
    void namedFines_data();
    void namedFines();
    void citations_data();
    void citations();
    void articleCitationWithJo();
    void textFollowsLanguage();
    void orderIsNumeric();
    void overlayRetiresAndChanges();
    void overlayTakesNewestVersion();
    void chargeKeepsSnapshot();
    void totalFine();
    void articleIdIsStable();
    void fieldsRoundTrip();
    void badCsvNamesLineAndColumn_data();
    void badCsvNamesLineAndColumn();
};

namespace {

const QString kFile = QStringLiteral("articles.csv");
const QByteArray kHeader = "code,jo,text_id,text_en,max_fine,max_jail_months\n";

} // namespace

void TestArticles::shippedCatalogueParses()
{
    QString error;
    const auto csv = CsvTable::readFile(QStringLiteral(":/catalogues/uu22-2009-articles.csv"), &error);
    QVERIFY2(csv, qPrintable(error));
    const auto catalogue = ArticleCatalogue::fromCsv(*csv, QStringLiteral("uu22-2009-articles.csv"), &error);
    QVERIFY2(catalogue, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(catalogue->all().size() >= 40);
    QCOMPARE(ArticleCatalogue::builtIn().all().size(), catalogue->all().size());
    QCOMPARE(ArticleCatalogue::builtIn().current().size(), catalogue->all().size()); // nothing retired as shipped
}

void TestArticles::shippedEntriesAreWellFormed()
{
    for (const Article &article : ArticleCatalogue::builtIn().all()) {
        QVERIFY2(isArticleCode(article.code), qPrintable(article.code));
        QVERIFY2(article.jo.isEmpty() || isArticleCode(article.jo), qPrintable(article.code));
        QVERIFY2(!citationOf(article.code).isEmpty(), qPrintable(article.code));
        QVERIFY2(!article.textId.isEmpty() && !article.textEn.isEmpty(), qPrintable(article.code));
        QVERIFY2(article.maxFine > 0, qPrintable(article.code));
        QVERIFY2(article.maxJailMonths > 0 || article.maxJailDays > 0, qPrintable(article.code));
        QCOMPARE(article.version, 1);
        QVERIFY(!article.retired);
        // Traffic offences are the criminal provisions of Bab XX.
        const int pasal = article.code.section(QLatin1Char('('), 0, 0).toInt();
        QVERIFY2(pasal >= 274 && pasal <= 313, qPrintable(article.code));
    }
}

void TestArticles::namedFines_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("jo");
    QTest::addColumn<qint64>("fine");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("days");

    const auto row = [](const char *code, const char *jo, qint64 fine, int months, int days = 0) {
        QTest::newRow(code) << QString::fromLatin1(code) << QString::fromLatin1(jo) << fine << months << days;
    };
    row("281", "77(1)", 1000000, 4);
    row("287(1)", "106(4)a", 500000, 2);
    row("287(2)", "106(4)c", 500000, 2);
    row("287(5)", "106(4)g", 500000, 2);
    row("291(1)", "106(8)", 250000, 1);
    row("291(2)", "106(8)", 250000, 1);
    row("283", "106(1)", 750000, 3);
    row("289", "106(6)", 250000, 1);
    row("288(1)", "106(5)a", 500000, 2);
    row("288(2)", "106(5)b", 250000, 1);
    row("280", "68(1)", 500000, 2);
    row("285(1)", "106(3)", 250000, 1);
    row("285(2)", "106(3)", 500000, 2);
    row("293(1)", "107(1)", 250000, 1);
    row("293(2)", "107(2)", 100000, 0, 15);
    row("307", "169(1)", 500000, 2);
    row("310(1)", "229(2)", 1000000, 6);
    row("310(2)", "229(3)", 2000000, 12);
    row("310(3)", "229(4)", 10000000, 60);
    row("310(4)", "", 12000000, 72);
    row("311(1)", "", 3000000, 12);
    row("312", "231(1)", 75000000, 36);
    row("297", "115b", 3000000, 12);
    row("294", "112(1)", 250000, 1);
    row("295", "112(2)", 250000, 1);
    row("278", "57(3)", 250000, 1);
    row("279", "58", 500000, 2);
    row("282", "104(3)", 250000, 1);
    row("284", "106(2)", 500000, 2);
    row("286", "106(3)", 500000, 2);
    row("292", "106(9)", 250000, 1);
    row("298", "121(1)", 500000, 2);
    row("300", "124(1)", 250000, 1);
    row("302", "126", 250000, 1);
    row("304", "153(1)", 250000, 1);
    row("305", "162(1)", 500000, 2);
    row("306", "168(1)", 250000, 1);
    row("308", "173(1)", 500000, 2);
}

void TestArticles::namedFines()
{
    QFETCH(QString, code);
    QFETCH(QString, jo);
    QFETCH(qint64, fine);
    QFETCH(int, months);
    QFETCH(int, days);
    const std::optional<Article> article = ArticleCatalogue::builtIn().byCode(code);
    QVERIFY(article);
    QCOMPARE(article->code, code);
    QCOMPARE(article->jo, jo);
    QCOMPARE(article->maxFine, fine);
    QCOMPARE(article->maxJailMonths, months);
    QCOMPARE(article->maxJailDays, days);
}

void TestArticles::citations_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("citation");
    QTest::newRow("pasal") << "281"
                           << "Pasal 281";
    QTest::newRow("ayat") << "287(1)"
                          << "Pasal 287 ayat (1)";
    QTest::newRow("ayat huruf") << "106(4)a"
                                << "Pasal 106 ayat (4) huruf a";
    QTest::newRow("huruf") << "114a"
                           << "Pasal 114 huruf a";
    QTest::newRow("two-digit ayat") << "106(10)"
                                    << "Pasal 106 ayat (10)";
    QTest::newRow("spaces") << "287 (1)"
                            << "";
    QTest::newRow("upper-case huruf") << "106(4)A"
                                      << "";
    QTest::newRow("leading zero") << "0287"
                                  << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("unclosed") << "287(1"
                              << "";
    QTest::newRow("two letters") << "106(4)ab"
                                 << "";
}

void TestArticles::citations()
{
    QFETCH(QString, code);
    QFETCH(QString, citation);
    QCOMPARE(lintas::citationOf(code), citation);
    QCOMPARE(isArticleCode(code), !citation.isEmpty());
}

void TestArticles::articleCitationWithJo()
{
    const auto article = ArticleCatalogue::builtIn().byCode(QStringLiteral("287(1)"));
    QVERIFY(article);
    QCOMPARE(article->citation(), QStringLiteral("Pasal 287 ayat (1) jo Pasal 106 ayat (4) huruf a"));
    const auto death = ArticleCatalogue::builtIn().byCode(QStringLiteral("310(4)"));
    QVERIFY(death);
    QCOMPARE(death->citation(), QStringLiteral("Pasal 310 ayat (4)"));
}

void TestArticles::textFollowsLanguage()
{
    const QLocale previous;
    Article article;
    article.textId = QStringLiteral("Tanpa helm");
    article.textEn = QStringLiteral("No helmet");

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(article.text(), QStringLiteral("No helmet"));
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    QCOMPARE(article.text(), QStringLiteral("Tanpa helm"));
    // Any other language reads the law's own language.
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QCOMPARE(article.text(), QStringLiteral("Tanpa helm"));
    QLocale::setDefault(previous);
}

void TestArticles::orderIsNumeric()
{
    const QByteArray csv = kHeader + "287(10),,a,a,1,1\n"
                                     "287(9),,b,b,1,1\n"
                                     "99,,c,c,1,1\n"
                                     "287(9)a,,d,d,1,1\n"
                                     "287,,e,e,1,1\n";
    QString error;
    const auto catalogue = ArticleCatalogue::fromCsv(csv, kFile, &error);
    QVERIFY2(catalogue, qPrintable(error));
    QStringList codes;
    for (const Article &article : catalogue->all())
        codes.append(article.code);
    QCOMPARE(codes, (QStringList{"99", "287", "287(9)", "287(9)a", "287(10)"}));
}

void TestArticles::overlayRetiresAndChanges()
{
    const ArticleCatalogue &shipped = ArticleCatalogue::builtIn();
    Article retired = *shipped.byCode(QStringLiteral("293(2)"));
    retired.retired = true;
    retired.version = 2;
    Article changed = *shipped.byCode(QStringLiteral("291(1)"));
    changed.maxFine = 300000;
    changed.textEn = QStringLiteral("Riding without an SNI helmet");
    changed.version = 2;
    Article added;
    added.code = QStringLiteral("287(7)");
    added.textId = QStringLiteral("Uji coba");
    added.textEn = QStringLiteral("Trial");
    added.maxFine = 1000;
    added.maxJailMonths = 1;

    const ArticleCatalogue overlay = shipped.overlaid({retired, changed, added});
    QCOMPARE(overlay.all().size(), shipped.all().size() + 1);
    QCOMPARE(overlay.current().size(), shipped.all().size()); // one retired, one added

    const auto nowRetired = overlay.byCode(QStringLiteral("293(2)"));
    QVERIFY(nowRetired);
    QVERIFY(nowRetired->retired);
    for (const Article &offered : overlay.current())
        QVERIFY(offered.code != QLatin1String("293(2)"));
    // A retired article is still known: old cases show it.
    QVERIFY(overlay.charge(QStringLiteral("293(2)")));

    const auto nowChanged = overlay.byCode(QStringLiteral("291(1)"));
    QVERIFY(nowChanged);
    QCOMPARE(nowChanged->maxFine, qint64(300000));
    QCOMPARE(nowChanged->version, 2);
    QCOMPARE(nowChanged->textEn, QStringLiteral("Riding without an SNI helmet"));
    QVERIFY(overlay.byCode(QStringLiteral("287(7)")));

    // The shipped catalogue itself is untouched.
    QCOMPARE(shipped.byCode(QStringLiteral("291(1)"))->maxFine, qint64(250000));
    QVERIFY(!shipped.byCode(QStringLiteral("293(2)"))->retired);

    // Still in code order after the addition: 287(7) sits between 287(6) and 288(1).
    const QList<Article> all = overlay.all();
    qsizetype at = -1;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (all.at(i).code == QLatin1String("287(7)"))
            at = i;
    QVERIFY(at > 0 && at + 1 < all.size());
    QCOMPARE(all.at(at - 1).code, QStringLiteral("287(6)"));
    QCOMPARE(all.at(at + 1).code, QStringLiteral("288(1)"));
}

void TestArticles::overlayTakesNewestVersion()
{
    Article v3 = *ArticleCatalogue::builtIn().byCode(QStringLiteral("281"));
    v3.version = 3;
    v3.maxFine = 3;
    Article v2 = v3;
    v2.version = 2;
    v2.maxFine = 2;
    const ArticleCatalogue overlay = ArticleCatalogue::builtIn().overlaid({v3, v2});
    QCOMPARE(overlay.byCode(QStringLiteral("281"))->maxFine, qint64(3));

    // Two desks saved version 3 each: every desk picks the same one, whatever order its store lists them in.
    Article other = v3;
    other.maxFine = 4;
    other.textEn = QStringLiteral("Driving without a licence (edited)");
    const Article forward = *ArticleCatalogue::builtIn().overlaid({v3, other, v2}).byCode(QStringLiteral("281"));
    const Article backward = *ArticleCatalogue::builtIn().overlaid({v2, other, v3}).byCode(QStringLiteral("281"));
    QCOMPARE(forward.version, 3);
    QCOMPARE(forward.toFields(), backward.toFields());
    // Also when they differ in one field only.
    Article retired = v3;
    retired.retired = true;
    QCOMPARE(ArticleCatalogue::builtIn().overlaid({v3, retired}).byCode(QStringLiteral("281"))->retired,
             ArticleCatalogue::builtIn().overlaid({retired, v3}).byCode(QStringLiteral("281"))->retired);
}

void TestArticles::chargeKeepsSnapshot()
{
    const auto charged = ArticleCatalogue::builtIn().charge(QStringLiteral("287(2)"));
    QVERIFY(charged);
    QCOMPARE(charged->code, QStringLiteral("287(2)"));
    QCOMPARE(charged->citation, QStringLiteral("Pasal 287 ayat (2) jo Pasal 106 ayat (4) huruf c"));
    QCOMPARE(charged->maxFine, qint64(500000));
    QCOMPARE(charged->catalogueVersion, 1);
    QVERIFY(!charged->textId.isEmpty());
    QVERIFY(!ArticleCatalogue::builtIn().charge(QStringLiteral("999")));

    const ChargedArticle back = ChargedArticle::fromMap(charged->toMap());
    QCOMPARE(back.code, charged->code);
    QCOMPARE(back.citation, charged->citation);
    QCOMPARE(back.textId, charged->textId);
    QCOMPARE(back.textEn, charged->textEn);
    QCOMPARE(back.maxFine, charged->maxFine);
    QCOMPARE(back.catalogueVersion, charged->catalogueVersion);
}

void TestArticles::totalFine()
{
    const ArticleCatalogue &catalogue = ArticleCatalogue::builtIn();
    QCOMPARE(catalogue.totalFine({}), qint64(0));
    QCOMPARE(catalogue.totalFine({QStringLiteral("287(1)"), QStringLiteral("291(1)")}), qint64(750000));
    QCOMPARE(catalogue.totalFine({QStringLiteral("281"), QStringLiteral("999"), QStringLiteral("288(1)")}),
             qint64(1500000));

    // As charged: the snapshots' fines, not today's catalogue; also from the JSON text a form may keep.
    ChargedArticle old = *catalogue.charge(QStringLiteral("287(1)"));
    old.maxFine = 400000;
    const QVariantList charged{old.toMap(), catalogue.charge(QStringLiteral("291(1)"))->toMap()};
    QCOMPARE(totalChargedFine(charged), qint64(650000));
    QCOMPARE(totalChargedFine(QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(charged)).toJson())),
             qint64(650000));
    QCOMPARE(totalChargedFine(QVariant()), qint64(0));
}

void TestArticles::articleIdIsStable()
{
    const QUuid id = articleId(QStringLiteral("287(1)"));
    QCOMPARE(id.version(), QUuid::Sha1);
    QCOMPARE(id, articleId(QStringLiteral("287(1)")));
    QVERIFY(id != articleId(QStringLiteral("287(2)")));
    // Fixed forever: stores on other desks hold records under this id.
    QCOMPARE(id, QUuid::createUuidV5(QUuid(QStringLiteral("{930a478c-bbb6-4d48-bced-7b32d5a2d868}")),
                                     QStringLiteral("287(1)")));
}

void TestArticles::fieldsRoundTrip()
{
    Article article = *ArticleCatalogue::builtIn().byCode(QStringLiteral("293(2)"));
    article.retired = true;
    article.version = 4;
    const Article back = Article::fromFields(article.toFields());
    QCOMPARE(back.code, article.code);
    QCOMPARE(back.jo, article.jo);
    QCOMPARE(back.textId, article.textId);
    QCOMPARE(back.textEn, article.textEn);
    QCOMPARE(back.maxFine, article.maxFine);
    QCOMPARE(back.maxJailMonths, article.maxJailMonths);
    QCOMPARE(back.maxJailDays, 15);
    QCOMPARE(back.retired, true);
    QCOMPARE(back.version, 4);
    QCOMPARE(article.toFields().value(QStringLiteral("max_fine")).toLongLong(), qint64(100000));
}

void TestArticles::badCsvNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");

    QTest::newRow("missing column") << QByteArray("code,jo,text_id,text_en,max_fine\n281,,a,b,1\n")
                                    << "articles.csv: line 1: the header has no column 'max_jail_months'";
    QTest::newRow("bad code") << kHeader + "281,,a,b,1,1\n287 ayat 1,,a,b,1,1\n"
                              << "articles.csv: line 3: column 'code': '287 ayat 1' is not an article code like "
                                 "281, 287(1) or 106(4)a";
    QTest::newRow("duplicate") << kHeader + "281,,a,b,1,1\n282,,a,b,1,1\n281,,c,d,1,1\n"
                               << "articles.csv: line 4: column 'code': 281 is already on line 2";
    QTest::newRow("bad jo") << kHeader + "287(1),106-4-a,a,b,1,1\n"
                            << "articles.csv: line 2: column 'jo': '106-4-a' is not an article code like 77(1) or "
                               "106(4)a";
    QTest::newRow("no english") << kHeader + "281,,Tanpa SIM,,1,1\n"
                                << "articles.csv: line 2: column 'text_en': the English text is empty";
    QTest::newRow("fine with dots") << kHeader + "281,,a,b,1.000.000,4\n"
                                    << "articles.csv: line 2: column 'max_fine': '1.000.000' is not a whole number "
                                       "of rupiah above 0";
    QTest::newRow("zero fine") << kHeader + "281,,a,b,0,4\n"
                               << "articles.csv: line 2: column 'max_fine': '0' is not a whole number of rupiah "
                                  "above 0";
    QTest::newRow("months") << kHeader + "281,,a,b,1,four\n"
                            << "articles.csv: line 2: column 'max_jail_months': 'four' is not a whole number of "
                               "months";
    QTest::newRow("days")
        << QByteArray("code,jo,text_id,text_en,max_fine,max_jail_months,max_jail_days\n293(2),,a,b,1,0,45\n")
        << "articles.csv: line 2: column 'max_jail_days': '45' is not a whole number of days from 0 to 31";
    QTest::newRow("field count") << kHeader + "281,,a,b,1\n"
                                 << "articles.csv: line 2: 5 fields where the header has 6";
    QTest::newRow("quoted text spans lines, error after it")
        << kHeader + "283,106(1),\"Mengemudi\ntidak wajar\",Careless,750000,3\n284,,a,b,x,2\n"
        << "articles.csv: line 4: column 'max_fine': 'x' is not a whole number of rupiah above 0";
}

void TestArticles::badCsvNamesLineAndColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    QString actual = QStringLiteral("unchanged");
    QVERIFY(!ArticleCatalogue::fromCsv(csv, kFile, &actual));
    QCOMPARE(actual, error);
}

QTEST_GUILESS_MAIN(TestArticles)
#include "tst_articles.moc"
