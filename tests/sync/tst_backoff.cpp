// Reconnect delays: full jitter within an exponentially growing bound, capped at 30 s, back to the shortest
// after a reset, and the same sequence for the same seed.

#include <QTest>

#include "sync/backoff.h"

using namespace lintas::sync;
using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delaysStayWithinTheGrowingBound()
    {
        Backoff backoff(500ms, 30s, 42);
        const std::chrono::milliseconds bounds[] = {500ms,   1000ms,  2000ms,  4000ms, 8000ms,
                                                    16000ms, 30000ms, 30000ms, 30000ms};
        for (const auto bound : bounds) {
            QCOMPARE(backoff.ceiling().count(), bound.count());
            const auto delay = backoff.next();
            QVERIFY2(delay >= 0ms && delay <= bound,
                     qPrintable(QStringLiteral("%1 ms outside [0, %2]").arg(delay.count()).arg(bound.count())));
        }
    }

    void theCapHoldsForEver()
    {
        Backoff backoff(500ms, 30s, 7);
        for (int i = 0; i < 10'000; ++i)
            QVERIFY(backoff.next() <= 30s);
        QCOMPARE(backoff.ceiling().count(), 30'000);
    }

    void fullJitterUsesTheWholeRange()
    {
        // At the cap, many draws land both in the lowest and in the highest tenth: the jitter is full, not a
        // small wobble around the bound.
        Backoff backoff(30s, 30s, 1234);
        bool low = false, high = false;
        for (int i = 0; i < 1000; ++i) {
            const auto delay = backoff.next();
            low = low || delay < 3s;
            high = high || delay > 27s;
        }
        QVERIFY(low);
        QVERIFY(high);
    }

    void resetStartsOver()
    {
        Backoff backoff(500ms, 30s, 99);
        for (int i = 0; i < 8; ++i)
            backoff.next();
        QVERIFY(backoff.attempt() > 0);
        QCOMPARE(backoff.ceiling().count(), 30'000);
        backoff.reset();
        QCOMPARE(backoff.attempt(), 0);
        QCOMPARE(backoff.ceiling().count(), 500);
        QVERIFY(backoff.next() <= 500ms);
    }

    void sameSeedSameDelays()
    {
        Backoff a(500ms, 30s, 2026);
        Backoff b(500ms, 30s, 2026);
        Backoff c(500ms, 30s, 2027);
        QList<qint64> first, second, third;
        for (int i = 0; i < 20; ++i) {
            first.append(a.next().count());
            second.append(b.next().count());
            third.append(c.next().count());
        }
        QCOMPARE(first, second);
        QVERIFY(first != third);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
