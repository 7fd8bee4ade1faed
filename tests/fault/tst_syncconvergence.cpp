// Convergence under faults (issue 4): three headless desks edit the same incidents and units at random while a
// proxy in front of each one partitions, resets, black-holes, delays, throttles and slices its link. After the
// faults are healed, the three stores and a desk that pulls everything afresh hold identical tables, and the
// server holds every change exactly once in an intact chain.
//
// Seeded (LINTAS_FAULT_SEED repeats a run). LINTAS_FAULT_CHAOS_MS sets how long the faults last (default 20 s).
// With LINTAS_TEST_BACKEND=postgresql the server keeps its log in a fresh database on LINTAS_TEST_PG_URL.

#include <memory>
#include <random>

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "faultproxy.h"
#include "syncharness.h"
#include "testdatabase.h"

using namespace lintas;
using namespace lintas::fault;
using namespace std::chrono_literals;

namespace {

constexpr int kDesks = 3;

int chaosMs()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("LINTAS_FAULT_CHAOS_MS", &ok);
    return ok && value > 0 ? value : 20'000;
}

// The faults one proxy is under, and when the lasting ones end.
struct LinkChaos
{
    FaultProxy *proxy = nullptr;
    qint64 partitionedUntil = -1;
    qint64 blackHoledUntil = -1;
};

} // namespace

class TestSyncConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void desksConvergeAfterFaults()
    {
        const bool postgres = TestDatabase::backendFromEnvironment() == TestDatabase::Backend::Postgresql;
        QString error;
        // On PostgreSQL: a database of this run's own on the fixture's cluster, dropped at the end.
        std::unique_ptr<TestDatabase> database;
        if (postgres) {
            database = std::make_unique<TestDatabase>(TestDatabase::Backend::Postgresql);
            QVERIFY2(database->isValid(), qPrintable(database->error()));
        }
        const QString dbUrl = database ? database->url() : QString();

        const quint64 seed = faultSeed(postgres ? "syncconvergence.postgresql" : "syncconvergence");
        std::mt19937_64 rng(seed);
        const auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<ServerAccount> accounts;
        for (int i = 0; i < kDesks; ++i)
            accounts.append({QStringLiteral("desk%1").arg(i + 1), QStringLiteral("supervisor"), kRegion,
                             QStringLiteral("password-%1-%2").arg(i).arg(seed % 100000)});
        const ServerAccount pullerAccount{QStringLiteral("puller"), QStringLiteral("supervisor"), kRegion,
                                          QStringLiteral("pull-password-%1").arg(seed % 1000)};
        ServerProcess server(ServerProcess::Options{dbUrl, false});
        QVERIFY2(server.init(accounts + QList<ServerAccount>{pullerAccount}, &error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));

        std::vector<std::unique_ptr<FaultProxy>> proxies;
        std::vector<std::unique_ptr<HeadlessClient>> desks;
        std::vector<std::unique_ptr<EditGenerator>> generators;
        std::vector<LinkChaos> chaos;
        for (int i = 0; i < kDesks; ++i) {
            proxies.push_back(std::make_unique<FaultProxy>(server.port(), seed + quint64(i)));
            const QString site = QStringLiteral("desk-%1").arg(QChar(u'a' + i));
            desks.push_back(std::make_unique<HeadlessClient>(
                dir.filePath(site + QStringLiteral(".db")), site,
                server.clientSettings(proxies.back()->port(), accounts.at(i), seed + 100 + quint64(i))));
            QVERIFY2(desks.back()->open(&error), qPrintable(error));
            desks.back()->startSync();
            generators.push_back(std::make_unique<EditGenerator>(*desks.back(), rng));
            chaos.push_back({proxies.back().get()});
        }
        for (const auto &desk : desks)
            QVERIFY2(waitFor([&] { return desk->timesOnline() > 0; }, 30'000),
                     qPrintable(QStringLiteral("%1 never came online: %2\n%3")
                                    .arg(desk->siteId(), desk->status().detail, server.serveLog())));

        // Chaos: edits every few tens of milliseconds on a random desk, a new fault every second or so.
        QElapsedTimer clock;
        clock.start();
        const int duration = chaosMs();
        qint64 nextFault = pick(200, 800);
        int edits = 0, faults = 0;
        while (clock.elapsed() < duration) {
            const int desk = pick(0, kDesks - 1);
            desks[size_t(desk)]->submit(generators[size_t(desk)]->next());
            ++edits;
            const qint64 now = clock.elapsed();
            for (LinkChaos &link : chaos) {
                if (link.partitionedUntil >= 0 && now >= link.partitionedUntil) {
                    link.proxy->setPartitioned(false);
                    link.partitionedUntil = -1;
                }
                if (link.blackHoledUntil >= 0 && now >= link.blackHoledUntil) {
                    link.proxy->setBlackHole(false);
                    link.blackHoledUntil = -1;
                }
            }
            if (now >= nextFault) {
                LinkChaos &link = chaos[size_t(pick(0, kDesks - 1))];
                ++faults;
                switch (pick(0, 7)) {
                case 0:
                case 1:
                    link.proxy->setPartitioned(true);
                    link.partitionedUntil = now + pick(500, 3000);
                    break;
                case 2:
                    link.proxy->resetAll();
                    break;
                case 3: // longer than the idle timeout: only the desk's own watchdog can notice
                    link.proxy->setBlackHole(true);
                    link.blackHoledUntil = now + pick(3500, 5000);
                    break;
                case 4:
                    link.proxy->setLatency(std::chrono::milliseconds(pick(0, 250)));
                    break;
                case 5:
                    link.proxy->setSlicing(size_t(pick(0, 1) ? pick(1, 64) : 0));
                    break;
                case 6:
                    link.proxy->setBandwidth(size_t(pick(0, 1) ? pick(5'000, 60'000) : 0));
                    break;
                default:
                    link.proxy->heal();
                    link.partitionedUntil = link.blackHoledUntil = -1;
                    break;
                }
                nextFault = now + pick(300, 1500);
            }
            QTest::qWait(pick(5, 60));
        }
        for (const auto &proxy : proxies)
            proxy->heal();
        int drops = 0;
        for (const auto &desk : desks)
            drops += desk->timesDropped();
        qInfo("%d edits, %d faults over %d ms; the desks lost their link %d times", edits, faults, duration, drops);
        QVERIFY2(drops > 0, "the faults never cut a link: the test proved nothing");

        // Healed: every outbox drains, then every desk pulls up to the server's head.
        for (const auto &desk : desks)
            QVERIFY2(desk->waitDrained(120'000), qPrintable(QStringLiteral("%1 still has %2 changes waiting (%3)")
                                                                .arg(desk->siteId())
                                                                .arg(desk->progress().outbox)
                                                                .arg(desk->status().detail)));
        ServerLog log = readServerLog(server);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        for (const auto &desk : desks)
            QVERIFY2(desk->waitSynced(log.head, 120'000), qPrintable(QStringLiteral("%1 stopped at %2 of %3")
                                                                         .arg(desk->siteId())
                                                                         .arg(desk->progress().cursor)
                                                                         .arg(log.head)));

        HeadlessClient puller(dir.filePath(QStringLiteral("puller.db")), QStringLiteral("puller"),
                              server.clientSettings(server.port(), pullerAccount, seed + 200));
        QVERIFY2(puller.open(&error), qPrintable(error));
        puller.startSync();
        QVERIFY2(
            puller.waitSynced(log.head, 120'000),
            qPrintable(QStringLiteral("the fresh desk pulled %1 of %2").arg(puller.progress().cursor).arg(log.head)));

        // One state everywhere.
        const StoreDigest reference = digestStore(puller.storePath());
        QVERIFY2(reference.error.isEmpty(), qPrintable(reference.error));
        for (const auto &desk : desks) {
            const StoreDigest digest = digestStore(desk->storePath());
            QVERIFY2(digest.error.isEmpty(), qPrintable(digest.error));
            QVERIFY2(digest.sha256 == reference.sha256,
                     qPrintable(QStringLiteral("seed %1: %2 differs from a fresh pull at %3")
                                    .arg(seed)
                                    .arg(desk->siteId(), firstDifference(reference, digest))));
            QCOMPARE(desk->quarantined(), 0);
        }

        // Every change exactly once on the server, in an intact chain.
        log = readServerLog(server);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QVERIFY2(log.chainOk, qPrintable(log.chainProblem));
        QCOMPARE(log.duplicates(), 0);
        QCOMPARE(quint64(log.opIds.size()), log.head);
        QSet<QUuid> made;
        for (const auto &desk : desks) {
            const SiteOps ops = siteOps(desk->storePath(), desk->siteId());
            QVERIFY2(ops.error.isEmpty(), qPrintable(ops.error));
            made += ops.all;
        }
        QCOMPARE(log.opSet(), made);
        QCOMPARE(reference.changes, int(log.head));
        QString output;
        QVERIFY2(server.auditVerify(&output), qPrintable(output));
        qInfo("converged: %lld changes, digest %s", static_cast<long long>(log.head), reference.sha256.constData());

        puller.stopSync();
        for (const auto &desk : desks)
            QVERIFY(desk->stopSync());
        QVERIFY2(server.terminate(), qPrintable(server.serveLog()));
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_syncconvergence.moc"
