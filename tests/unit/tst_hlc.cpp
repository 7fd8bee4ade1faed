#include <QRandomGenerator>
#include <QTest>

#include "core/hlc.h"

using namespace lintas;

class TestHlc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packsPartsInOrder();
    void nowFollowsTheWallClock();
    void monotonicWhenTheWallClockJumpsBack();
    void monotonicUnderRandomClockJumps();
    void mergeRemoteAhead();
    void mergeRemoteBehind();
    void mergeRemoteSameMillisecond();
    void counterOverflowBorrowsTheNextMillisecond();
    void restoreNeverGoesBack();
    void stringRoundTrip();
    void fromStringRejects_data();
    void fromStringRejects();
};

namespace {

// A wall clock the test sets by hand.
struct ManualClock
{
    qint64 ms = 1'000;
    HybridClock::WallClock reader()
    {
        return [this] { return ms; };
    }
};

} // namespace

void TestHlc::packsPartsInOrder()
{
    const Hlc a = Hlc::fromParts(1'732'700'000'000, 3);
    QCOMPARE(a.ms(), 1'732'700'000'000);
    QCOMPARE(a.counter(), quint16(3));
    QVERIFY(!a.isNull());
    QVERIFY(Hlc().isNull());
    // A later millisecond wins over any counter; within a millisecond the counter orders.
    QVERIFY(Hlc::fromParts(1001, 0) > Hlc::fromParts(1000, 0xffff));
    QVERIFY(Hlc::fromParts(1000, 2) > Hlc::fromParts(1000, 1));
    QCOMPARE(Hlc::fromPacked(a.packed()), a);
}

void TestHlc::nowFollowsTheWallClock()
{
    ManualClock wall;
    HybridClock clock(wall.reader());
    QCOMPARE(clock.now(), Hlc::fromParts(1000, 0));
    QCOMPARE(clock.now(), Hlc::fromParts(1000, 1));
    wall.ms = 1005;
    QCOMPARE(clock.now(), Hlc::fromParts(1005, 0));
    QCOMPARE(clock.last(), Hlc::fromParts(1005, 0));
}

void TestHlc::monotonicWhenTheWallClockJumpsBack()
{
    ManualClock wall;
    wall.ms = 50'000;
    HybridClock clock(wall.reader());
    const Hlc before = clock.now();
    wall.ms = 10'000; // NTP stepped the clock back 40 s
    const Hlc after1 = clock.now();
    const Hlc after2 = clock.now();
    QVERIFY(after1 > before);
    QVERIFY(after2 > after1);
    QCOMPARE(after1.ms(), 50'000); // keeps the highest time seen and counts
    QCOMPARE(after2.counter(), quint16(2));
    wall.ms = 50'001; // the wall clock catches up: back to counter 0
    QCOMPARE(clock.now(), Hlc::fromParts(50'001, 0));
}

void TestHlc::monotonicUnderRandomClockJumps()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    ManualClock wall;
    wall.ms = 1'700'000'000'000;
    HybridClock clock(wall.reader());
    Hlc previous = clock.now();
    for (int i = 0; i < 20'000; ++i) {
        wall.ms += random.bounded(-3000, 3000);
        const Hlc next = (i % 7 == 0) ? clock.merge(Hlc::fromParts(wall.ms + random.bounded(-5000, 5000),
                                                                   quint16(random.bounded(0, 0x10000))))
                                      : clock.now();
        QVERIFY2(next > previous, qPrintable(QStringLiteral("step %1 (seed %2): %3 after %4")
                                                 .arg(i)
                                                 .arg(seed)
                                                 .arg(next.toString(), previous.toString())));
        previous = next;
    }
}

void TestHlc::mergeRemoteAhead()
{
    ManualClock wall;
    HybridClock clock(wall.reader());
    clock.now(); // 1000:0
    const Hlc remote = Hlc::fromParts(5000, 7);
    const Hlc received = clock.merge(remote);
    QCOMPARE(received, Hlc::fromParts(5000, 8));
    // Later local readings stay ahead of the remote one although the wall clock is behind it.
    QCOMPARE(clock.now(), Hlc::fromParts(5000, 9));
    wall.ms = 6000;
    QCOMPARE(clock.now(), Hlc::fromParts(6000, 0));
}

void TestHlc::mergeRemoteBehind()
{
    ManualClock wall;
    wall.ms = 9000;
    HybridClock clock(wall.reader());
    clock.now();
    clock.now(); // 9000:1
    QCOMPARE(clock.merge(Hlc::fromParts(2000, 40)), Hlc::fromParts(9000, 2));
    wall.ms = 9500; // the wall clock is ahead of both
    QCOMPARE(clock.merge(Hlc::fromParts(2000, 40)), Hlc::fromParts(9500, 0));
}

void TestHlc::mergeRemoteSameMillisecond()
{
    ManualClock wall;
    HybridClock clock(wall.reader());
    clock.now(); // 1000:0
    QCOMPARE(clock.merge(Hlc::fromParts(1000, 12)), Hlc::fromParts(1000, 13));
    QCOMPARE(clock.merge(Hlc::fromParts(1000, 3)), Hlc::fromParts(1000, 14));
}

void TestHlc::counterOverflowBorrowsTheNextMillisecond()
{
    ManualClock wall;
    HybridClock clock(wall.reader());
    clock.restore(Hlc::fromParts(1000, 0xfffe));
    QCOMPARE(clock.now(), Hlc::fromParts(1000, 0xffff));
    QCOMPARE(clock.now(), Hlc::fromParts(1001, 0));

    HybridClock merging(wall.reader());
    merging.restore(Hlc::fromParts(1000, 5));
    QCOMPARE(merging.merge(Hlc::fromParts(1000, 0xffff)), Hlc::fromParts(1001, 0));
}

void TestHlc::restoreNeverGoesBack()
{
    ManualClock wall;
    HybridClock clock(wall.reader());
    clock.restore(Hlc::fromParts(80'000, 4)); // persisted before a restart, clock now behind
    QCOMPARE(clock.now(), Hlc::fromParts(80'000, 5));
    clock.restore(Hlc::fromParts(10, 0));
    QCOMPARE(clock.last(), Hlc::fromParts(80'000, 5));
}

void TestHlc::stringRoundTrip()
{
    const Hlc a = Hlc::fromParts(1'732'700'000'000, 3);
    QCOMPARE(a.toString(), QStringLiteral("1732700000000:0003"));
    QCOMPARE(Hlc::fromParts(5, 0xabcd).toString(), QStringLiteral("5:abcd"));
    bool ok = false;
    QCOMPARE(Hlc::fromString(a.toString(), &ok), a);
    QVERIFY(ok);
    const Hlc max = Hlc::fromParts((qint64(1) << 48) - 1, 0xffff);
    QCOMPARE(Hlc::fromString(max.toString(), &ok), max);
    QVERIFY(ok);
}

void TestHlc::fromStringRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no counter") << QStringLiteral("1000");
    QTest::newRow("empty counter") << QStringLiteral("1000:");
    QTest::newRow("letters") << QStringLiteral("abc:0001");
    QTest::newRow("negative ms") << QStringLiteral("-5:0001");
    QTest::newRow("counter too big") << QStringLiteral("1000:10000");
    QTest::newRow("three parts") << QStringLiteral("1:2:3");
}

void TestHlc::fromStringRejects()
{
    QFETCH(QString, text);
    bool ok = true;
    const Hlc parsed = Hlc::fromString(text, &ok);
    QVERIFY(!ok);
    QVERIFY(parsed.isNull());
}

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
