#include <QCryptographicHash>
#include <QTest>

#include "core/auditchain.h"

using namespace lintas;

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodyIsCanonicalAndRoundTrips();
    void bodyRejectsOtherSpellings_data();
    void bodyRejectsOtherSpellings();
    void hashChainsThePreviousHash();
    void cleanChainIsOk();
    void emptyChainIsOk();
    void alteredByteIsNamed_data();
    void alteredByteIsNamed();
    void seqColumnDifferingFromBodyIsAltered();
    void removedEntryIsNamed_data();
    void removedEntryIsNamed();
    void swappedEntriesAreReordered_data();
    void swappedEntriesAreReordered();
    void duplicatedEntryIsAltered();
};

namespace {

constexpr qint64 kStartMs = 1'795'000'000'000;

AuditEntry entryAt(qint64 seq)
{
    AuditEntry entry;
    entry.seq = seq;
    entry.atMs = kStartMs + seq * 1'000;
    entry.actor = seq % 2 ? QStringLiteral("budi") : QStringLiteral("siti");
    entry.siteId = QStringLiteral("desk-jakpus-1");
    entry.action = seq % 3 ? QStringLiteral("set") : QStringLiteral("view");
    entry.entity = QStringLiteral("case");
    entry.entityId = QStringLiteral("0193f0a2-0000-7000-8000-%1").arg(seq, 12, 10, QLatin1Char('0'));
    entry.detail = QStringLiteral("TLG-JAKPUS-20261128-%1 · pelanggar \"Andi\"\n").arg(seq, 5, 10, QLatin1Char('0'));
    return entry;
}

// A chain as the store writes it: seq 1..count, each hash over the previous one.
QList<StoredAuditEntry> chainOf(int count)
{
    QList<StoredAuditEntry> chain;
    QByteArray previous;
    for (int seq = 1; seq <= count; ++seq) {
        StoredAuditEntry stored;
        stored.seq = seq;
        stored.body = auditBody(entryAt(seq));
        stored.hash = auditHash(previous, stored.body);
        previous = stored.hash;
        chain.append(stored);
    }
    return chain;
}

AuditVerdict verify(const QList<StoredAuditEntry> &chain)
{
    AuditChainVerifier verifier;
    for (const StoredAuditEntry &entry : chain)
        verifier.add(entry);
    return verifier.finish();
}

} // namespace

void TestAuditChain::bodyIsCanonicalAndRoundTrips()
{
    const AuditEntry entry = entryAt(7);
    const QByteArray body = auditBody(entry);
    QVERIFY(body.startsWith(R"({"seq":7,"at_ms":1795000007000,"actor":"budi","site_id":"desk-jakpus-1",)"));
    QVERIFY(body.contains(R"(\"Andi\"\n")"));

    AuditEntry parsed;
    QVERIFY(parseAuditBody(body, &parsed));
    QCOMPARE(parsed.seq, entry.seq);
    QCOMPARE(parsed.atMs, entry.atMs);
    QCOMPARE(parsed.actor, entry.actor);
    QCOMPARE(parsed.siteId, entry.siteId);
    QCOMPARE(parsed.action, entry.action);
    QCOMPARE(parsed.entity, entry.entity);
    QCOMPARE(parsed.entityId, entry.entityId);
    QCOMPARE(parsed.detail, entry.detail);
    QCOMPARE(auditBody(parsed), body);
}

void TestAuditChain::bodyRejectsOtherSpellings_data()
{
    const QByteArray body = auditBody(entryAt(3));
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("space added") << QByteArray(body).replace("\"seq\":3", "\"seq\": 3");
    QTest::newRow("keys reordered") << QByteArray(body).replace("\"seq\":3,\"at_ms\":1795000003000",
                                                                "\"at_ms\":1795000003000,\"seq\":3");
    QTest::newRow("seq as text") << QByteArray(body).replace("\"seq\":3", "\"seq\":\"3\"");
    QTest::newRow("seq as a fraction") << QByteArray(body).replace("\"seq\":3", "\"seq\":3.5");
    QTest::newRow("truncated") << body.left(body.size() - 1);
    QTest::newRow("not JSON") << QByteArray("seq=3");
}

void TestAuditChain::bodyRejectsOtherSpellings()
{
    QFETCH(QByteArray, body);
    AuditEntry parsed;
    QVERIFY(!parseAuditBody(body, &parsed));
}

void TestAuditChain::hashChainsThePreviousHash()
{
    const QByteArray body = auditBody(entryAt(1));
    const QByteArray first = auditHash({}, body);
    QCOMPARE(first.size(), 32);
    QCOMPARE(first, QCryptographicHash::hash(body, QCryptographicHash::Sha256));
    QVERIFY(auditHash(first, body) != first);
    QCOMPARE(auditHash(first, body), QCryptographicHash::hash(first + body, QCryptographicHash::Sha256));
}

void TestAuditChain::cleanChainIsOk()
{
    const AuditVerdict verdict = verify(chainOf(50));
    QVERIFY2(verdict.ok(), qPrintable(verdict.message));
    QCOMPARE(verdict.problem, AuditVerdict::Problem::None);
    QCOMPARE(verdict.entries, qint64(50));
    QVERIFY(verdict.message.contains(QStringLiteral("50")));
}

void TestAuditChain::emptyChainIsOk()
{
    const AuditVerdict verdict = verify({});
    QVERIFY(verdict.ok());
    QCOMPARE(verdict.entries, qint64(0));
}

void TestAuditChain::alteredByteIsNamed_data()
{
    QTest::addColumn<int>("seq");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("the actor of entry 1") << 1 << QByteArray("budi") << QByteArray("budI");
    QTest::newRow("the detail of entry 23") << 23 << QByteArray("Andi") << QByteArray("Andy");
    QTest::newRow("the time of entry 41") << 41 << QByteArray("1795000041000") << QByteArray("1795000041001");
    QTest::newRow("the action of the last entry") << 50 << QByteArray("set") << QByteArray("sex");
    QTest::newRow("a byte that breaks the JSON of entry 12") << 12 << QByteArray("{") << QByteArray("[");
}

void TestAuditChain::alteredByteIsNamed()
{
    QFETCH(int, seq);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QList<StoredAuditEntry> chain = chainOf(50);
    QByteArray &body = chain[seq - 1].body;
    const qsizetype at = body.indexOf(from);
    QVERIFY(at >= 0);
    body.replace(at, from.size(), to);

    const AuditVerdict verdict = verify(chain);
    QCOMPARE(verdict.problem, AuditVerdict::Problem::Altered);
    QCOMPARE(verdict.seq, qint64(seq));
    QCOMPARE(verdict.entries, qint64(50));
    QVERIFY2(verdict.message.contains(QStringLiteral("Entry %1 ").arg(seq)), qPrintable(verdict.message));
}

void TestAuditChain::seqColumnDifferingFromBodyIsAltered()
{
    // A body moved under another seq, with a hash made to fit the chain: the body still names its own seq.
    QList<StoredAuditEntry> chain = chainOf(10);
    chain[4].body = auditBody(entryAt(9));
    chain[4].hash = auditHash(chain[3].hash, chain[4].body);
    const AuditVerdict verdict = verify(chain);
    QCOMPARE(verdict.problem, AuditVerdict::Problem::Altered);
    QCOMPARE(verdict.seq, qint64(5));
}

void TestAuditChain::removedEntryIsNamed_data()
{
    QTest::addColumn<QList<int>>("removed");
    QTest::addColumn<int>("named");
    QTest::newRow("the first") << QList<int>{1} << 1;
    QTest::newRow("one in the middle") << QList<int>{17} << 17;
    QTest::newRow("the one before the last") << QList<int>{49} << 49;
    QTest::newRow("a run of three") << QList<int>{30, 31, 32} << 30;
}

void TestAuditChain::removedEntryIsNamed()
{
    QFETCH(QList<int>, removed);
    QFETCH(int, named);
    QList<StoredAuditEntry> chain = chainOf(50);
    for (qsizetype i = removed.size() - 1; i >= 0; --i)
        chain.removeAt(removed.at(i) - 1);

    const AuditVerdict verdict = verify(chain);
    QCOMPARE(verdict.problem, AuditVerdict::Problem::Removed);
    QCOMPARE(verdict.seq, qint64(named));
    QCOMPARE(verdict.entries, qint64(50 - removed.size()));
    QVERIFY2(verdict.message.contains(QString::number(named)), qPrintable(verdict.message));
}

void TestAuditChain::swappedEntriesAreReordered_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::newRow("neighbours") << 20 << 21;
    QTest::newRow("far apart") << 10 << 40;
    QTest::newRow("the first two") << 1 << 2;
    QTest::newRow("the last two") << 49 << 50;
}

void TestAuditChain::swappedEntriesAreReordered()
{
    QFETCH(int, first);
    QFETCH(int, second);
    QList<StoredAuditEntry> chain = chainOf(50);
    chain.swapItemsAt(first - 1, second - 1);

    // The earlier entry is the one that turns up after a later one.
    const AuditVerdict verdict = verify(chain);
    QCOMPARE(verdict.problem, AuditVerdict::Problem::Reordered);
    QCOMPARE(verdict.seq, qint64(first));
    QCOMPARE(verdict.entries, qint64(50));
    QVERIFY2(verdict.message.contains(QStringLiteral("Entry %1 ").arg(first)), qPrintable(verdict.message));
}

void TestAuditChain::duplicatedEntryIsAltered()
{
    QList<StoredAuditEntry> chain = chainOf(10);
    chain.insert(6, chain.at(2)); // entry 3 again after entry 6
    const AuditVerdict verdict = verify(chain);
    QCOMPARE(verdict.problem, AuditVerdict::Problem::Altered);
    QCOMPARE(verdict.seq, qint64(3));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
