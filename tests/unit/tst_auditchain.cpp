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
    void seqColumnChangedOverAnIntactBodyIsAltered_data();
    void seqColumnChangedOverAnIntactBodyIsAltered();
    void cleanChainMatchesItsHead();
    void removedTailIsNamed_data();
    void removedTailIsNamed();
    void rewrittenLastEntryIsNamed();
    void entryAfterTheHeadIsNamed();
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

// As the store verifies: with the head it keeps apart from the entries, told before or after streaming them.
AuditVerdict verify(const QList<StoredAuditEntry> &chain, qint64 headSeq, const QByteArray &headHash,
                    bool headFirst = true)
{
    AuditChainVerifier verifier;
    if (headFirst)
        verifier.expectHead(headSeq, headHash);
    for (const StoredAuditEntry &entry : chain)
        verifier.add(entry);
    if (!headFirst)
        verifier.expectHead(headSeq, headHash);
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

void TestAuditChain::seqColumnChangedOverAnIntactBodyIsAltered_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::newRow("moved forward, as if 5 and 6 were removed") << 5 << 7;
    QTest::newRow("moved back, as if 3 appeared twice") << 5 << 3;
    QTest::newRow("the first, as if the trail started later") << 1 << 2;
    QTest::newRow("the last") << 10 << 12;
}

void TestAuditChain::seqColumnChangedOverAnIntactBodyIsAltered()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QList<StoredAuditEntry> chain = chainOf(10);
    chain[row - 1].seq = column;
    // The body still says which entry it is, and every entry is there: the entry was altered, nothing removed.
    for (const bool withHead : {false, true}) {
        const AuditVerdict verdict = withHead ? verify(chain, 10, chainOf(10).last().hash) : verify(chain);
        QCOMPARE(verdict.problem, AuditVerdict::Problem::Altered);
        QCOMPARE(verdict.seq, qint64(row));
        QVERIFY2(verdict.message.contains(QStringLiteral("Entry %1 ").arg(row)), qPrintable(verdict.message));
        QVERIFY2(verdict.message.contains(QString::number(column)), qPrintable(verdict.message));
    }

    // Two rows' seq columns swapped over intact bodies: the first of them is named.
    chain = chainOf(10);
    chain[3].seq = 5;
    chain[4].seq = 4;
    const AuditVerdict swapped = verify(chain);
    QCOMPARE(swapped.problem, AuditVerdict::Problem::Altered);
    QCOMPARE(swapped.seq, qint64(4));
}

void TestAuditChain::cleanChainMatchesItsHead()
{
    const QList<StoredAuditEntry> chain = chainOf(50);
    for (const bool headFirst : {true, false}) {
        const AuditVerdict verdict = verify(chain, 50, chain.last().hash, headFirst);
        QVERIFY2(verdict.ok(), qPrintable(verdict.message));
        QCOMPARE(verdict.entries, qint64(50));
    }
    QVERIFY(verify({}, 0, {}).ok());
}

void TestAuditChain::removedTailIsNamed_data()
{
    QTest::addColumn<int>("kept");
    QTest::addColumn<QString>("message");
    QTest::newRow("the last entry") << 49
                                    << QStringLiteral("Entry 50 was removed: the trail ends at entry 49, but its "
                                                      "head is entry 50.");
    QTest::newRow("the last three") << 47
                                    << QStringLiteral("Entries 48 to 50 were removed: the trail ends at entry "
                                                      "47, but its head is entry 50.");
    QTest::newRow("every entry") << 0
                                 << QStringLiteral("Entries 1 to 50 were removed: the trail is empty, but its "
                                                   "head is entry 50.");
}

void TestAuditChain::removedTailIsNamed()
{
    QFETCH(int, kept);
    QFETCH(QString, message);
    const QList<StoredAuditEntry> whole = chainOf(50);
    const QList<StoredAuditEntry> chain = whole.first(kept);
    // Without the head the shorter trail is a trail that ends earlier; the head tells.
    QVERIFY(verify(chain).ok());
    for (const bool headFirst : {true, false}) {
        const AuditVerdict verdict = verify(chain, 50, whole.last().hash, headFirst);
        QCOMPARE(verdict.problem, AuditVerdict::Problem::Removed);
        QCOMPARE(verdict.seq, qint64(kept + 1));
        QCOMPARE(verdict.entries, qint64(kept));
        QCOMPARE(verdict.message, message);
    }
}

void TestAuditChain::rewrittenLastEntryIsNamed()
{
    // The last entry rewritten with a hash made to fit the chain: only the head knows the hash it had.
    const QList<StoredAuditEntry> original = chainOf(50);
    QList<StoredAuditEntry> chain = original;
    AuditEntry forged = entryAt(50);
    forged.detail = QStringLiteral("TLG-JAKPUS-20261128-00050 · dibuka");
    chain[49].body = auditBody(forged);
    chain[49].hash = auditHash(chain[48].hash, chain[49].body);
    QVERIFY(verify(chain).ok());
    const AuditVerdict verdict = verify(chain, 50, original.last().hash);
    QCOMPARE(verdict.problem, AuditVerdict::Problem::Altered);
    QCOMPARE(verdict.seq, qint64(50));
    QVERIFY2(verdict.message.contains(QStringLiteral("Entry 50 ")), qPrintable(verdict.message));

    // An earlier fault is still the one named.
    chain[8].body.replace("budi", "budI");
    QCOMPARE(verify(chain, 50, original.last().hash).seq, qint64(9));
}

void TestAuditChain::entryAfterTheHeadIsNamed()
{
    const QList<StoredAuditEntry> chain = chainOf(12);
    const AuditVerdict verdict = verify(chain, 10, chain.at(9).hash);
    QCOMPARE(verdict.problem, AuditVerdict::Problem::Altered);
    QCOMPARE(verdict.seq, qint64(11));
    QVERIFY2(verdict.message.contains(QStringLiteral("Entry 11 ")), qPrintable(verdict.message));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
