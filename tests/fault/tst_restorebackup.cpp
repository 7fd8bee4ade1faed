// Restore from an older backup (issue 4): two desks sync with the server; `backup` is taken; both desks make
// more changes, which the server acknowledges; the server is stopped and `restore`d from the backup, so it has
// lost those changes and has a new epoch. The desks edit on offline meanwhile. When the server is back, the desks
// are told to resync, upload again what it lost, and everyone ends with the same, complete state.

#include <random>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "faultproxy.h"
#include "syncharness.h"

using namespace lintas;
using namespace lintas::fault;

namespace {

constexpr int kEditsPerPhase = 40;

} // namespace

class TestRestoreBackup : public QObject
{
    Q_OBJECT

private:
    // kEditsPerPhase edits on each desk, interleaved.
    static void edit(HeadlessClient &a, EditGenerator &ga, HeadlessClient &b, EditGenerator &gb)
    {
        for (int i = 0; i < kEditsPerPhase; ++i) {
            a.submit(ga.next());
            b.submit(gb.next());
            QTest::qWait(15);
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void desksReuploadWhatTheRestoredServerLost()
    {
        const quint64 seed = faultSeed("restorebackup");
        std::mt19937_64 rng(seed);
        QString error, output;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ServerAccount accountA{QStringLiteral("desk1"), QStringLiteral("supervisor"), kRegion,
                                     QStringLiteral("password-a-%1").arg(seed % 10000)};
        const ServerAccount accountB{QStringLiteral("desk2"), QStringLiteral("supervisor"), kRegion,
                                     QStringLiteral("password-b-%1").arg(seed % 10000)};
        const ServerAccount pullerAccount{QStringLiteral("puller"), QStringLiteral("supervisor"), kRegion,
                                          QStringLiteral("password-p-%1").arg(seed % 10000)};
        ServerProcess server;
        QVERIFY2(server.init({accountA, accountB, pullerAccount}, &error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        FaultProxy proxy(server.port(), seed); // one address for the desks across the restart

        HeadlessClient a(dir.filePath(QStringLiteral("a.db")), QStringLiteral("desk-a"),
                         server.clientSettings(proxy.port(), accountA, seed + 1));
        HeadlessClient b(dir.filePath(QStringLiteral("b.db")), QStringLiteral("desk-b"),
                         server.clientSettings(proxy.port(), accountB, seed + 2));
        QVERIFY2(a.open(&error), qPrintable(error));
        QVERIFY2(b.open(&error), qPrintable(error));
        a.startSync();
        b.startSync();
        EditGenerator ga(a, rng), gb(b, rng);

        // 1. Before the backup.
        edit(a, ga, b, gb);
        QVERIFY(a.waitDrained(60'000));
        QVERIFY(b.waitDrained(60'000));
        const quint64 headAtBackup = serverHead(server);
        QVERIFY(headAtBackup > 0);
        QVERIFY(a.waitSynced(headAtBackup, 60'000));
        QVERIFY(b.waitSynced(headAtBackup, 60'000));
        const QString epochBefore = a.progress().epoch;
        const QString backupFile = dir.filePath(QStringLiteral("backup.db"));
        QVERIFY2(server.backup(backupFile, &output), qPrintable(output));

        // 2. After the backup: acknowledged by the server, and about to be lost by it.
        edit(a, ga, b, gb);
        QVERIFY(a.waitDrained(60'000));
        QVERIFY(b.waitDrained(60'000));
        const quint64 headBeforeRestore = serverHead(server);
        QVERIFY(headBeforeRestore > headAtBackup);
        QVERIFY(a.waitSynced(headBeforeRestore, 60'000));
        QVERIFY(b.waitSynced(headBeforeRestore, 60'000));

        // 3. The server goes back to the backup; the desks keep working offline.
        QVERIFY2(server.terminate(), qPrintable(server.serveLog()));
        QVERIFY2(server.restore(backupFile, &output), qPrintable(output));
        {
            const ServerLog restored = readServerLog(server);
            QVERIFY2(restored.error.isEmpty(), qPrintable(restored.error));
            QCOMPARE(restored.head, headAtBackup);
        }
        edit(a, ga, b, gb);
        QVERIFY2(server.restart(&error), qPrintable(error));
        proxy.setTargetPort(server.port());

        // 4. The desks resync and upload again what the server lost.
        QVERIFY2(a.waitDrained(90'000), qPrintable(a.status().detail));
        QVERIFY2(b.waitDrained(90'000), qPrintable(b.status().detail));
        const ServerLog log = readServerLog(server);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QVERIFY(a.waitSynced(log.head, 90'000));
        QVERIFY(b.waitSynced(log.head, 90'000));
        QVERIFY2(a.progress().epoch != epochBefore, "the desk never saw the restored server's new epoch");

        HeadlessClient puller(dir.filePath(QStringLiteral("puller.db")), QStringLiteral("puller"),
                              server.clientSettings(server.port(), pullerAccount, seed + 3));
        QVERIFY2(puller.open(&error), qPrintable(error));
        puller.startSync();
        QVERIFY(puller.waitSynced(log.head, 90'000));

        const StoreDigest reference = digestStore(puller.storePath());
        QVERIFY2(reference.error.isEmpty(), qPrintable(reference.error));
        for (HeadlessClient *desk : {&a, &b}) {
            const StoreDigest digest = digestStore(desk->storePath());
            QVERIFY2(digest.sha256 == reference.sha256,
                     qPrintable(QStringLiteral("seed %1: %2 differs from a fresh pull at %3")
                                    .arg(seed)
                                    .arg(desk->siteId(), firstDifference(reference, digest))));
            QCOMPARE(desk->quarantined(), 0);
        }
        // Complete: every change either desk ever made is in the log, once.
        const SiteOps opsA = siteOps(a.storePath(), a.siteId());
        const SiteOps opsB = siteOps(b.storePath(), b.siteId());
        QCOMPARE(log.opSet(), opsA.all + opsB.all);
        QCOMPARE(log.duplicates(), 0);
        QVERIFY2(log.chainOk, qPrintable(log.chainProblem));
        QVERIFY(log.head > headBeforeRestore); // the lost changes came back, and the offline ones joined them
        QVERIFY2(server.auditVerify(&output), qPrintable(output));

        puller.stopSync();
        QVERIFY(a.stopSync());
        QVERIFY(b.stopSync());
        QVERIFY2(server.terminate(), qPrintable(server.serveLog()));
    }
};

QTEST_GUILESS_MAIN(TestRestoreBackup)
#include "tst_restorebackup.moc"
