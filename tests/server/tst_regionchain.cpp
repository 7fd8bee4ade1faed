// The region log's verifier (RegionChainVerifier) on a hand-made log of eight entries, tampered with as
// someone with write access to the database could: every kind of damage is named by the first entry at fault,
// and only that entry.

#include <algorithm>
#include <functional>

#include <QTest>

#include "core/uuidv7.h"
#include "server/regionchainverifier.h"
#include "sync/chain.h"

using namespace lintas;
using namespace lintas::server;

Q_DECLARE_METATYPE(lintas::server::RegionChainVerifier::Problem)

namespace {

const QString kRegion = QStringLiteral("PMJ");
constexpr int kEntries = 8;

struct Log
{
    QList<StoredLogRow> rows;
    quint64 headSeq = 0;
    QByteArray headHash;
};

Log makeLog(const QString &region = kRegion)
{
    Log log;
    const QUuid incident = newUuidV7();
    for (int i = 1; i <= kEntries; ++i) {
        Change change;
        change.opId = newUuidV7();
        change.siteId = QStringLiteral("desk-01");
        change.hlc = Hlc::fromParts(1764200000000 + i, 0);
        change.actor = QStringLiteral("dina");
        change.entity = EntityKind::Incident;
        change.entityId = incident;
        change.kind = ChangeKind::Note;
        change.fields = {{QStringLiteral("text"), QStringLiteral("Catatan %1").arg(i)}};
        StoredLogRow row;
        row.seq = quint64(i);
        row.opId = change.opId.toString(QUuid::WithoutBraces);
        row.body = sync::chainBody(change, row.seq, region);
        row.hash = sync::chainHash(log.headHash, row.body);
        log.rows.append(row);
        log.headSeq = row.seq;
        log.headHash = row.hash;
    }
    return log;
}

StoredLogRow &at(Log &log, quint64 seq)
{
    return log.rows[qsizetype(seq - 1)];
}

// Swaps everything but the seq column between two rows.
void swapRows(Log &log, quint64 a, quint64 b)
{
    std::swap(at(log, a).opId, at(log, b).opId);
    std::swap(at(log, a).body, at(log, b).body);
    std::swap(at(log, a).hash, at(log, b).hash);
}

// Deletes rows (highest first, so that positions hold).
void removeRows(Log &log, QList<quint64> seqs)
{
    std::sort(seqs.begin(), seqs.end(), std::greater<>());
    for (const quint64 seq : seqs)
        log.rows.removeAt(qsizetype(seq - 1));
}

ChainReport verify(const Log &log, RegionChainVerifier::Problem *problem = nullptr)
{
    RegionChainVerifier verifier(kRegion);
    for (const StoredLogRow &row : log.rows)
        if (!verifier.add(row))
            break;
    const ChainReport report = verifier.finish(log.headSeq, log.headHash);
    if (problem)
        *problem = verifier.problem();
    return report;
}

} // namespace

class TestRegionChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intact()
    {
        const ChainReport report = verify(makeLog());
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.checked, quint64(kEntries));
        QCOMPARE(report.firstBadSeq, quint64(0));

        Log empty;
        QVERIFY(verify(empty).ok);
    }

    void tampering_data()
    {
        using Problem = RegionChainVerifier::Problem;
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<quint64>("firstBad");
        QTest::addColumn<QString>("named");

        QTest::newRow("a byte of a note") << "text 3" << Problem::Altered << quint64(3) << "entry 3 was altered";
        QTest::newRow("a byte of the first") << "text 1" << Problem::Altered << quint64(1) << "entry 1 was altered";
        QTest::newRow("a byte of the last") << "text 8" << Problem::Altered << quint64(8) << "entry 8 was altered";
        QTest::newRow("the stored hash") << "hash 3" << Problem::Altered << quint64(3) << "entry 3 was altered";
        QTest::newRow("the seq inside the bytes") << "seq 3" << Problem::Altered << quint64(3) << "entry 3 was altered";
        QTest::newRow("unreadable bytes") << "garble 2" << Problem::Altered << quint64(2) << "entry 2 was altered";
        QTest::newRow("op id column") << "opid 2" << Problem::Altered << quint64(2) << "op id";
        QTest::newRow("another region's bytes") << "region 4" << Problem::Altered << quint64(4) << "region JABAR";

        QTest::newRow("one removed") << "remove 4" << Problem::Removed << quint64(4) << "entry 4 was removed";
        QTest::newRow("the first removed") << "remove 1" << Problem::Removed << quint64(1) << "entry 1 was removed";
        QTest::newRow("two removed") << "remove 4 5" << Problem::Removed << quint64(4) << "entries 4 to 5 were removed";
        QTest::newRow("the last removed") << "remove 8" << Problem::Removed << quint64(8) << "entry 8 was removed";
        QTest::newRow("removed, the rest moved down")
            << "renumber 4" << Problem::Removed << quint64(4) << "entry 4 was removed";

        QTest::newRow("two swapped") << "swap 3 6" << Problem::Reordered << quint64(3)
                                     << "entries 3 and 6 are out of order";
        QTest::newRow("neighbours swapped")
            << "swap 3 4" << Problem::Reordered << quint64(3) << "entries 3 and 4 are out of order";
        QTest::newRow("first and last swapped")
            << "swap 1 8" << Problem::Reordered << quint64(1) << "entries 1 and 8 are out of order";
        QTest::newRow("only the bytes swapped")
            << "bodies 2 5" << Problem::Reordered << quint64(2) << "entries 2 and 5 are out of order";

        QTest::newRow("head hash") << "head" << Problem::Altered << quint64(8) << "head hash";
        QTest::newRow("a row beyond the head") << "behind" << Problem::Altered << quint64(8) << "head is at 7";
    }

    void tampering()
    {
        QFETCH(QString, tamper);
        QFETCH(RegionChainVerifier::Problem, problem);
        QFETCH(quint64, firstBad);
        QFETCH(QString, named);

        Log log = makeLog();
        const QStringList words = tamper.split(QLatin1Char(' '));
        const QString what = words.first();
        const quint64 a = words.value(1).toULongLong();
        const quint64 b = words.value(2).toULongLong();
        if (what == u"text") {
            at(log, a).body.replace(QStringLiteral("Catatan %1").arg(a).toUtf8(), "Catatan X");
        } else if (what == u"hash") {
            at(log, a).hash[0] = char(at(log, a).hash.at(0) ^ 0x01);
        } else if (what == u"seq") {
            at(log, a).body.replace(QByteArray("\"seq\":") + QByteArray::number(a),
                                    QByteArray("\"seq\":") + QByteArray::number(a + 2));
        } else if (what == u"garble") {
            at(log, a).body.chop(3);
        } else if (what == u"opid") {
            at(log, a).opId = newUuidV7().toString(QUuid::WithoutBraces);
        } else if (what == u"region") {
            at(log, a).body = makeLog(QStringLiteral("JABAR")).rows.at(qsizetype(a - 1)).body;
        } else if (what == u"remove") {
            removeRows(log, b ? QList<quint64>{a, b} : QList<quint64>{a});
        } else if (what == u"renumber") {
            removeRows(log, {a});
            for (StoredLogRow &row : log.rows)
                if (row.seq > a)
                    --row.seq;
        } else if (what == u"swap") {
            swapRows(log, a, b);
        } else if (what == u"bodies") {
            std::swap(at(log, a).body, at(log, b).body);
            std::swap(at(log, a).opId, at(log, b).opId);
        } else if (what == u"head") {
            log.headHash = sync::chainHash(log.headHash, "x");
        } else if (what == u"behind") {
            log.headSeq = kEntries - 1;
            log.headHash = at(log, kEntries - 1).hash;
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown tampering ") + tamper));
        }
        // The tampering took effect.
        QVERIFY(what != u"text" || !at(log, a).body.contains(QStringLiteral("Catatan %1").arg(a).toUtf8()));
        QVERIFY(what != u"seq" || !at(log, a).body.contains(QByteArray("\"seq\":") + QByteArray::number(a) + ','));

        RegionChainVerifier::Problem found = RegionChainVerifier::Problem::None;
        const ChainReport report = verify(log, &found);
        QVERIFY(!report.ok);
        QVERIFY2(found == problem, qPrintable(report.problem));
        QCOMPARE(report.firstBadSeq, firstBad);
        QVERIFY2(report.problem.contains(named), qPrintable(report.problem));
        // Everything before the first fault was checked (the head's faults come after every entry).
        if (what != u"head" && what != u"behind")
            QCOMPARE(report.checked, firstBad - 1);
    }

    void stopsOnceSettled()
    {
        // An altered entry needs no more rows; a row out of place needs the rest of the log.
        Log log = makeLog();
        at(log, 2).body.replace("Catatan 2", "Catatan X");
        RegionChainVerifier altered(kRegion);
        QVERIFY(altered.add(log.rows.at(0)));
        QVERIFY(!altered.add(log.rows.at(1)));

        Log swapped = makeLog();
        swapRows(swapped, 2, 7);
        RegionChainVerifier reordered(kRegion);
        QVERIFY(reordered.add(swapped.rows.at(0)));
        for (int i = 1; i < 6; ++i)
            QVERIFY2(reordered.add(swapped.rows.at(i)), "still searching for entry 2");
        QVERIFY(!reordered.add(swapped.rows.at(6)));
        QVERIFY(reordered.problem() == RegionChainVerifier::Problem::Reordered);
    }
};

QTEST_GUILESS_MAIN(TestRegionChain)
#include "tst_regionchain.moc"
