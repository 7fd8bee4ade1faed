#include <QTest>

#include "core/lanes.h"

using namespace lintas;

Q_DECLARE_METATYPE(lintas::LaneImpact)

// The lane impact of an incident as it travels in the "lanes" field: counts, the JSON round trip, and texts
// that are not a lane impact refused with the direction and lane named.
class TestLaneImpact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void roundTrip_data();
    void roundTrip();
    void emptyTextIsNoImpact();
    void stateNames();
    void refuses_data();
    void refuses();
};

namespace {

LaneImpact twoWays()
{
    return {{{QStringLiteral("arah Semanggi"), {LaneState::Blocked, LaneState::Blocked, LaneState::Clear}},
             {QStringLiteral("arah Blok M"), {LaneState::Affected, LaneState::Clear}}}};
}

} // namespace

void TestLaneImpact::counts()
{
    const LaneImpact impact = twoWays();
    QCOMPARE(impact.total(), 5);
    QCOMPARE(impact.count(LaneState::Blocked), 2);
    QCOMPARE(impact.count(LaneState::Affected), 1);
    QCOMPARE(impact.count(LaneState::Clear), 2);
    QVERIFY(!impact.allClear());
    QVERIFY(!impact.isEmpty());

    const LaneImpact clear{{{QString(), {LaneState::Clear, LaneState::Clear}}}};
    QVERIFY(clear.allClear());
    QCOMPARE(LaneImpact{}.total(), 0);
    QVERIFY(LaneImpact{}.isEmpty());
}

void TestLaneImpact::roundTrip_data()
{
    QTest::addColumn<LaneImpact>("impact");
    QTest::newRow("two directions") << twoWays();
    QTest::newRow("one-way road, unnamed") << LaneImpact{{{QString(), {LaneState::Affected}}}};
    QTest::newRow("direction without lanes") << LaneImpact{{{QStringLiteral("arah Kota"), {}}}};
    QTest::newRow("none") << LaneImpact{};
    QTest::newRow("names with quotes and accents")
        << LaneImpact{{{QStringLiteral("arah \"Cawang\" — Tol Dalam Kota"), {LaneState::Blocked}}}};
}

void TestLaneImpact::roundTrip()
{
    QFETCH(LaneImpact, impact);
    const QString json = impact.toJson();
    QString error;
    const auto back = LaneImpact::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, impact);
    QVERIFY(error.isEmpty());
    QVERIFY(!json.contains(QLatin1Char('\n'))); // compact: it is a field value
}

void TestLaneImpact::emptyTextIsNoImpact()
{
    // An incident stored before lanes were recorded holds no text.
    QCOMPARE(LaneImpact::fromJson(QString()).value(), LaneImpact{});
    QCOMPARE(LaneImpact::fromJson(QStringLiteral("  ")).value(), LaneImpact{});
    QCOMPARE(LaneImpact::fromJson(QStringLiteral(R"({"directions":[]})")).value(), LaneImpact{});
}

void TestLaneImpact::stateNames()
{
    QCOMPARE(toString(LaneState::Clear), QStringLiteral("clear"));
    QCOMPARE(toString(LaneState::Affected), QStringLiteral("affected"));
    QCOMPARE(toString(LaneState::Blocked), QStringLiteral("blocked"));
    for (const LaneState state : {LaneState::Clear, LaneState::Affected, LaneState::Blocked})
        QCOMPARE(laneStateFromString(toString(state)), std::optional<LaneState>(state));
    QVERIFY(!laneStateFromString(QStringLiteral("closed")));
    QVERIFY(!laneStateFromString(QStringLiteral("Blocked")));
}

void TestLaneImpact::refuses_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QStringList>("named"); // what the error must mention

    QTest::newRow("not JSON") << QStringLiteral("{\"directions\":[") << QStringList{QStringLiteral("JSON")};
    QTest::newRow("a list, not an object") << QStringLiteral("[]") << QStringList{QStringLiteral("directions")};
    QTest::newRow("no directions") << QStringLiteral(R"({"lanes":["clear"]})")
                                   << QStringList{QStringLiteral("directions")};
    QTest::newRow("direction not an object")
        << QStringLiteral(R"({"directions":[{"lanes":[]}, 3]})") << QStringList{QStringLiteral("direction 2")};
    QTest::newRow("name not text") << QStringLiteral(R"({"directions":[{"name":7,"lanes":[]}]})")
                                   << QStringList{QStringLiteral("direction 1"), QStringLiteral("name")};
    QTest::newRow("no lanes") << QStringLiteral(R"({"directions":[{"name":"arah Kota"}]})")
                              << QStringList{QStringLiteral("direction 1 (arah Kota)"), QStringLiteral("lanes")};
    QTest::newRow("unknown state") << QStringLiteral(R"({"directions":[{"name":"arah Kota","lanes":["clear"]},)"
                                                     R"({"name":"arah Cawang","lanes":["clear","closed"]}]})")
                                   << QStringList{QStringLiteral("direction 2 (arah Cawang)"), QStringLiteral("lane 2"),
                                                  QStringLiteral("closed")};
    QTest::newRow("state not text") << QStringLiteral(R"({"directions":[{"lanes":[1]}]})")
                                    << QStringList{QStringLiteral("direction 1"), QStringLiteral("lane 1")};
}

void TestLaneImpact::refuses()
{
    QFETCH(QString, json);
    QFETCH(QStringList, named);
    QString error;
    QVERIFY(!LaneImpact::fromJson(json, &error));
    for (const QString &part : std::as_const(named))
        QVERIFY2(error.contains(part), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLaneImpact)
#include "tst_laneimpact.moc"
