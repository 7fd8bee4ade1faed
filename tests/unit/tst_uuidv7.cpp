#include <QDateTime>
#include <QSet>
#include <QTest>

#include "core/uuidv7.h"

using namespace lintas;

class TestUuidV7 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndVariantBits();
    void millisecondPrefix_data();
    void millisecondPrefix();
    void newIdCarriesTheCurrentTime();
    void strictlyIncreasingWithinAProcess();
    void strictlyIncreasingWithinOneMillisecond();
    void randomPartDiffers();
};

void TestUuidV7::versionAndVariantBits()
{
    for (int i = 0; i < 100; ++i) {
        const QUuid id = newUuidV7();
        const QByteArray bytes = id.toRfc4122();
        QCOMPARE(uchar(bytes[6]) >> 4, 7);    // version 7
        QCOMPARE(uchar(bytes[8]) >> 6, 0b10); // RFC 9562 variant
        // (QUuid::version() of Qt 6.4 predates version 7 and answers VerUnknown, so the bits are read directly.)
        QCOMPARE(id.variant(), QUuid::DCE);
        QCOMPARE(id.toString(QUuid::WithoutBraces).at(14), QLatin1Char('7'));
    }
}

void TestUuidV7::millisecondPrefix_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("hexPrefix"); // the first 48 bits as they appear in the text form
    QTest::newRow("epoch") << qint64(0) << QStringLiteral("00000000-0000");
    QTest::newRow("2024-11-27") << qint64(1'732'700'000'123) << QStringLiteral("01936cf7-cf7b");
    QTest::newRow("largest") << (qint64(1) << 48) - 1 << QStringLiteral("ffffffff-ffff");
}

void TestUuidV7::millisecondPrefix()
{
    QFETCH(qint64, ms);
    QFETCH(QString, hexPrefix);
    const QUuid id = uuidV7At(ms);
    QCOMPARE(uuidV7Millis(id), ms);
    QVERIFY2(id.toString(QUuid::WithoutBraces).startsWith(hexPrefix), qPrintable(id.toString()));
}

void TestUuidV7::newIdCarriesTheCurrentTime()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QUuid id = newUuidV7();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(uuidV7Millis(id) >= before);
    QVERIFY(uuidV7Millis(id) <= after);
}

void TestUuidV7::strictlyIncreasingWithinAProcess()
{
    // Many ids per millisecond in a tight loop: byte order (what a database index sorts by) must still rise.
    QByteArray previous = newUuidV7().toRfc4122();
    for (int i = 0; i < 200'000; ++i) {
        const QByteArray next = newUuidV7().toRfc4122();
        QVERIFY2(next > previous,
                 qPrintable(QStringLiteral("id %1: %2 after %3")
                                .arg(i)
                                .arg(QString::fromLatin1(next.toHex()), QString::fromLatin1(previous.toHex()))));
        previous = next;
    }
}

void TestUuidV7::strictlyIncreasingWithinOneMillisecond()
{
    const qint64 ms = 1'732'700'000'000;
    QByteArray previous = uuidV7At(ms).toRfc4122();
    // More ids than the 12-bit counter can count from a random start, as a bulk import or the seeder makes.
    for (int i = 0; i < 10'000; ++i) {
        const QUuid id = uuidV7At(ms);
        QCOMPARE(uuidV7Millis(id), ms);
        const QByteArray next = id.toRfc4122();
        QVERIFY2(next > previous, qPrintable(QStringLiteral("id %1").arg(i)));
        previous = next;
    }
}

void TestUuidV7::randomPartDiffers()
{
    QSet<QUuid> seen;
    for (int i = 0; i < 10'000; ++i)
        seen.insert(uuidV7At(42));
    QCOMPARE(seen.size(), 10'000);
}

QTEST_GUILESS_MAIN(TestUuidV7)
#include "tst_uuidv7.moc"
