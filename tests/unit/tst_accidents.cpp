#include <QTest>

#include "core/accidents.h"
#include "core/articles.h"

using namespace lintas;

Q_DECLARE_METATYPE(lintas::AccidentSeverity)
Q_DECLARE_METATYPE(lintas::CollisionType)

class TestAccidents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pasal229_data();
    void pasal229();
    void suggestions_data();
    void suggestions();
    void suggestedArticlesAreInTheCatalogue();
    void countVictims();
    void collisionNames();
    void severityNames();
    void causes();
};

namespace {

QVariantList victimsOf(const QStringList &conditions)
{
    QVariantList victims;
    for (const QString &condition : conditions)
        victims.append(
            QVariantMap{{QStringLiteral("name"), QStringLiteral("Korban")}, {QStringLiteral("condition"), condition}});
    return victims;
}

} // namespace

// Every combination of MD, LB and LR present or absent, with and without damage.
void TestAccidents::pasal229_data()
{
    QTest::addColumn<int>("died");
    QTest::addColumn<int>("serious");
    QTest::addColumn<int>("slight");
    QTest::addColumn<qint64>("loss");
    QTest::addColumn<AccidentSeverity>("severity");

    for (int md = 0; md <= 1; ++md) {
        for (int lb = 0; lb <= 1; ++lb) {
            for (int lr = 0; lr <= 1; ++lr) {
                for (int damage = 0; damage <= 1; ++damage) {
                    AccidentSeverity expected = AccidentSeverity::Unclassified;
                    if (md || lb)
                        expected = AccidentSeverity::Berat; // ayat (4)
                    else if (lr)
                        expected = AccidentSeverity::Sedang; // ayat (3)
                    else if (damage)
                        expected = AccidentSeverity::Ringan; // ayat (2)
                    const QByteArray name = QByteArray("MD ") + (md ? "yes" : "no") + ", LB " + (lb ? "yes" : "no") +
                                            ", LR " + (lr ? "yes" : "no") + ", damage " + (damage ? "yes" : "no");
                    // Counts above one on purpose: the class depends on presence, not on how many.
                    QTest::newRow(name.constData())
                        << md * 2 << lb * 3 << lr << qint64(damage ? 4500000 : 0) << expected;
                }
            }
        }
    }
}

void TestAccidents::pasal229()
{
    QFETCH(int, died);
    QFETCH(int, serious);
    QFETCH(int, slight);
    QFETCH(qint64, loss);
    QFETCH(AccidentSeverity, severity);
    QCOMPARE(toString(classifyAccident({died, serious, slight}, loss)), toString(severity));
}

void TestAccidents::suggestions_data()
{
    QTest::addColumn<int>("died");
    QTest::addColumn<int>("serious");
    QTest::addColumn<int>("slight");
    QTest::addColumn<qint64>("loss");
    QTest::addColumn<CollisionType>("collision");
    QTest::addColumn<QStringList>("articles");

    QTest::newRow("nothing") << 0 << 0 << 0 << qint64(0) << CollisionType::Single << QStringList();
    QTest::newRow("damage only") << 0 << 0 << 0 << qint64(1) << CollisionType::RearEnd << QStringList{"310(1)"};
    QTest::newRow("minor injury") << 0 << 0 << 1 << qint64(2000000) << CollisionType::Side << QStringList{"310(2)"};
    QTest::newRow("minor injury without loss")
        << 0 << 0 << 2 << qint64(0) << CollisionType::Pedestrian << QStringList{"310(2)"};
    QTest::newRow("serious injury") << 0 << 1 << 3 << qint64(2000000) << CollisionType::HeadOn << QStringList{"310(3)"};
    QTest::newRow("death, the gravest only")
        << 1 << 1 << 1 << qint64(9000000) << CollisionType::Chain << QStringList{"310(4)"};
    QTest::newRow("hit-and-run with death")
        << 1 << 0 << 0 << qint64(0) << CollisionType::HitAndRun << QStringList{"310(4)", "312"};
    QTest::newRow("hit-and-run with minor injury")
        << 0 << 0 << 1 << qint64(500000) << CollisionType::HitAndRun << QStringList{"310(2)", "312"};
    QTest::newRow("hit-and-run, damage") << 0 << 0 << 0 << qint64(500000) << CollisionType::HitAndRun
                                         << QStringList{"310(1)", "312"};
    QTest::newRow("hit-and-run, nothing recorded yet")
        << 0 << 0 << 0 << qint64(0) << CollisionType::HitAndRun << QStringList{"312"};
    QTest::newRow("animal, damage") << 0 << 0 << 0 << qint64(300000) << CollisionType::Animal << QStringList{"310(1)"};
}

void TestAccidents::suggestions()
{
    QFETCH(int, died);
    QFETCH(int, serious);
    QFETCH(int, slight);
    QFETCH(qint64, loss);
    QFETCH(CollisionType, collision);
    QFETCH(QStringList, articles);
    QCOMPARE(suggestedAccidentArticles({died, serious, slight}, loss, collision), articles);
}

void TestAccidents::suggestedArticlesAreInTheCatalogue()
{
    for (const char *code : {"310(1)", "310(2)", "310(3)", "310(4)", "312"}) {
        const auto article = ArticleCatalogue::builtIn().byCode(QString::fromLatin1(code));
        QVERIFY2(article, code);
    }
}

void TestAccidents::countVictims()
{
    const VictimCounts counts = lintas::countVictims(victimsOf({"md", "lr", "LB", "lr", " lr ", "unknown", ""}));
    QCOMPARE(counts.died, 1);
    QCOMPARE(counts.seriouslyHurt, 1);
    QCOMPARE(counts.slightlyHurt, 3);

    const VictimCounts none = lintas::countVictims({});
    QCOMPARE(none.died + none.seriouslyHurt + none.slightlyHurt, 0);
    QCOMPARE(toString(classifyAccident(lintas::countVictims(victimsOf({"lb"})), 0)), QStringLiteral("berat"));
}

void TestAccidents::collisionNames()
{
    const QList<CollisionType> all = allCollisionTypes();
    QCOMPARE(all.size(), 8);
    QStringList names;
    for (const CollisionType type : all) {
        names.append(toString(type));
        bool ok = false;
        QCOMPARE(toString(collisionTypeFromString(toString(type), &ok)), toString(type));
        QVERIFY(ok);
        QVERIFY(!displayName(type).isEmpty());
    }
    QCOMPARE(names,
             (QStringList{"single", "head_on", "rear_end", "side", "chain", "pedestrian", "hit_and_run", "animal"}));
    bool ok = true;
    collisionTypeFromString(QStringLiteral("Head-on"), &ok);
    QVERIFY(!ok);
    QCOMPARE(displayName(CollisionType::HitAndRun), QStringLiteral("Hit-and-run"));
}

void TestAccidents::severityNames()
{
    QCOMPARE(toString(AccidentSeverity::Unclassified), QString());
    QCOMPARE(toString(AccidentSeverity::Ringan), QStringLiteral("ringan"));
    QCOMPARE(toString(AccidentSeverity::Sedang), QStringLiteral("sedang"));
    QCOMPARE(toString(AccidentSeverity::Berat), QStringLiteral("berat"));
    QCOMPARE(displayName(AccidentSeverity::Ringan), QStringLiteral("Light (ringan)"));
    QCOMPARE(displayName(AccidentSeverity::Berat), QStringLiteral("Severe (berat)"));
}

void TestAccidents::causes()
{
    const QStringList codes = accidentCauseCodes();
    QCOMPARE(codes.size(), 12);
    QVERIFY(codes.contains(QStringLiteral("human_phone")));
    QVERIFY(codes.contains(QStringLiteral("weather")));
    for (const QString &code : codes)
        QVERIFY2(causeDisplayName(code) != code, qPrintable(code));
    QCOMPARE(causeDisplayName(QStringLiteral("human_phone")), QStringLiteral("Driver: using a phone"));
    QCOMPARE(causeDisplayName(QStringLiteral("meteor")), QStringLiteral("meteor"));
}

QTEST_GUILESS_MAIN(TestAccidents)
#include "tst_accidents.moc"
