// The region log's hash chain: the canonical body is exactly the documented bytes, the hash is SHA-256 over
// the previous hash and the body, and any alteration, removal or reordering breaks the chain from there on.

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

#include "sync/chain.h"

using namespace lintas;
using namespace lintas::sync;

namespace {

Change knownChange()
{
    Change change;
    change.opId = QUuid::fromString(QStringLiteral("01936b2e-1c00-7abc-8def-0123456789ab"));
    change.siteId = QStringLiteral("desk-1");
    change.hlc = Hlc::fromParts(1732700000000, 2);
    change.actor = QStringLiteral("budi");
    change.entity = EntityKind::Incident;
    change.entityId = QUuid::fromString(QStringLiteral("01936b2d-0000-7000-8000-000000000001"));
    change.kind = ChangeKind::Set;
    change.fields = {{QStringLiteral("road"), QStringLiteral("Jl. \"Thamrin\"\n")},
                     {QStringLiteral("priority"), 1},
                     {QStringLiteral("lanes"), QVariantList{true, QVariant::fromValue(nullptr), 2.5, 3.0}},
                     {QStringLiteral("Zone"), QVariantMap{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QString()}}}};
    return change;
}

// Written by hand from chain.h's rule, not produced by the code under test.
const QByteArray kKnownBody =
    "{\"seq\":7,\"region\":\"PMJ\",\"op_id\":\"01936b2e-1c00-7abc-8def-0123456789ab\",\"site_id\":\"desk-1\","
    "\"hlc\":113554227200000002,\"actor\":\"budi\",\"entity\":\"incident\","
    "\"entity_id\":\"01936b2d-0000-7000-8000-000000000001\",\"kind\":\"set\",\"schema_version\":1,"
    "\"fields\":{\"Zone\":{\"a\":\"\",\"b\":1},\"lanes\":[true,null,2.5,3],\"priority\":1,\"road\":\"Jl. "
    "\\\"Thamrin\\\"\\n\"}}";

Change numbered(int i)
{
    Change change = knownChange();
    change.opId = QUuid::fromString(QStringLiteral("01936b2e-1c00-7abc-8def-%1").arg(i, 12, 10, QLatin1Char('0')));
    change.hlc = Hlc::fromParts(1732700000000 + i, 0);
    change.fields = {{QStringLiteral("n"), i}};
    return change;
}

struct Entry
{
    Change change;
    quint64 seq;
    QByteArray body;
    QByteArray hash;
};

QList<Entry> buildChain(int count)
{
    QList<Entry> entries;
    QByteArray previous;
    for (int i = 1; i <= count; ++i) {
        Entry entry{numbered(i), quint64(i), {}, {}};
        entry.body = chainBody(entry.change, entry.seq, QStringLiteral("PMJ"));
        entry.hash = chainHash(previous, entry.body);
        previous = entry.hash;
        entries.append(entry);
    }
    return entries;
}

// Walks the chain as `audit verify` and a desk do; returns the first seq whose hash does not verify, 0 if none.
quint64 firstBroken(const QList<Entry> &entries)
{
    QByteArray previous;
    for (const Entry &entry : entries) {
        if (chainHash(previous, chainBody(entry.change, entry.seq, QStringLiteral("PMJ"))) != entry.hash)
            return entry.seq;
        previous = entry.hash;
    }
    return 0;
}

} // namespace

class TestChain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownVector()
    {
        QCOMPARE(knownChange().hlc.packed(), quint64(113554227200000002));
        const QByteArray body = chainBody(knownChange(), 7, QStringLiteral("PMJ"));
        QCOMPARE(body, kKnownBody);

        const QByteArray previous = QCryptographicHash::hash("previous entry", QCryptographicHash::Sha256);
        const QByteArray expected = QCryptographicHash::hash(previous + kKnownBody, QCryptographicHash::Sha256);
        QCOMPARE(chainHash(previous, body), expected);
        QCOMPARE(chainHash(previous, body).size(), 32);
        // The first entry chains from nothing.
        QCOMPARE(chainHash(QByteArray(), body), QCryptographicHash::hash(kKnownBody, QCryptographicHash::Sha256));
    }

    void bodyIsValidJson()
    {
        QJsonParseError error;
        QJsonDocument::fromJson(kKnownBody, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void sameAfterJsonRoundTrip()
    {
        // A desk computes the body from the change it pulled (fields parsed from fields_json); the server from
        // the change it was pushed. Both must get the same bytes.
        Change change = knownChange();
        change.fields.insert(QStringLiteral("ratio"), 0.1);
        change.fields.insert(QStringLiteral("big"), qint64(1) << 60);
        change.fields.insert(QStringLiteral("huge"), 1e300);
        change.fields.insert(QStringLiteral("tiny"), -2.5e-7);
        change.fields.insert(QStringLiteral("control"), QStringLiteral("tab\there\x01 end"));
        change.fields.insert(QStringLiteral("unicode"), QStringLiteral("Bhayangkara — ✓ 𝄞"));
        Change pulled = change;
        pulled.fields = Change::fieldsFromJson(change.fieldsJson());
        QCOMPARE(chainBody(pulled, 9, QStringLiteral("PMJ")), chainBody(change, 9, QStringLiteral("PMJ")));
    }

    void parseBack()
    {
        Change change;
        quint64 seq = 0;
        QString region;
        QString error;
        QVERIFY2(parseChainBody(kKnownBody, &change, &seq, &region, &error), qPrintable(error));
        QCOMPARE(seq, quint64(7));
        QCOMPARE(region, QStringLiteral("PMJ"));
        QCOMPARE(change.opId, knownChange().opId);
        QCOMPARE(change.hlc, knownChange().hlc);
        QVERIFY(change.entity == EntityKind::Incident);
        QVERIFY(change.kind == ChangeKind::Set);
        QCOMPARE(chainBody(change, seq, region), kKnownBody);
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QByteArray spaced = kKnownBody;
        spaced.replace(",\"region\"", ", \"region\"");
        QByteArray missing = kKnownBody;
        missing.replace("\"actor\":\"budi\",", "");
        QByteArray badSeq = kKnownBody;
        badSeq.replace("\"seq\":7", "\"seq\":\"7\"");
        QByteArray badKind = kKnownBody;
        badKind.replace("\"kind\":\"set\"", "\"kind\":\"erase\"");
        QTest::newRow("not json") << QByteArray("{\"seq\":") << QStringLiteral("not JSON");
        QTest::newRow("not canonical") << spaced << QStringLiteral("canonical");
        QTest::newRow("missing key") << missing << QStringLiteral("actor");
        QTest::newRow("seq as text") << badSeq << QStringLiteral("seq");
        QTest::newRow("unknown kind") << badKind << QStringLiteral("kind");
    }

    void parseRefuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parseChainBody(body, nullptr, nullptr, nullptr, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void intactChainVerifies() { QCOMPARE(firstBroken(buildChain(20)), quint64(0)); }

    void alterationDetected()
    {
        QList<Entry> entries = buildChain(20);
        entries[11].change.fields.insert(QStringLiteral("n"), 999); // seq 12 rewritten in place
        QCOMPARE(firstBroken(entries), quint64(12));

        entries = buildChain(20);
        entries[4].change.actor = QStringLiteral("someone else");
        QCOMPARE(firstBroken(entries), quint64(5));
    }

    void removalAndReorderDetected()
    {
        QList<Entry> entries = buildChain(20);
        entries.removeAt(6); // seq 7 gone: seq 8 no longer chains from its predecessor
        QCOMPARE(firstBroken(entries), quint64(8));

        entries = buildChain(20);
        entries.swapItemsAt(2, 3);
        QCOMPARE(firstBroken(entries), quint64(4));
    }

    void seqAndRegionAreHashed()
    {
        const Change change = knownChange();
        QVERIFY(chainBody(change, 1, QStringLiteral("PMJ")) != chainBody(change, 2, QStringLiteral("PMJ")));
        QVERIFY(chainBody(change, 1, QStringLiteral("PMJ")) != chainBody(change, 1, QStringLiteral("JABAR")));
    }
};

QTEST_GUILESS_MAIN(TestChain)
#include "tst_chain.moc"
