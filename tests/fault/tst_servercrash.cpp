// Server crashes (issue 4): a desk pushes without pause while lintas-server is killed with SIGKILL at random
// moments, 50 times, and restarted on the same data. After every kill, each change the desk saw acknowledged
// (gone from its outbox) is in the server's log; at the end the desk's every change is there exactly once, a
// replay of all of them comes back `duplicate`, and `audit verify` passes.
//
// Seeded (LINTAS_FAULT_SEED). LINTAS_FAULT_KILLS sets the number of kills (default 50); the run also ends when
// its time budget is spent, and says how many kills it made.

#include <random>

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "faultproxy.h"
#include "syncharness.h"

using namespace lintas;
using namespace lintas::fault;

namespace {

constexpr int kDefaultKills = 50;
constexpr qint64 kBudgetMs = 110'000; // the kills stop here, whatever their count
constexpr int kMaxOutbox = 1500;      // the desk stops editing while this much waits (a long outage)

int killCount()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("LINTAS_FAULT_KILLS", &ok);
    return ok && value > 0 ? value : kDefaultKills;
}

QString sample(const QSet<QUuid> &ids)
{
    QStringList names;
    for (const QUuid &id : ids) {
        names << id.toString(QUuid::WithoutBraces);
        if (names.size() == 5)
            break;
    }
    return names.join(QLatin1String(", "));
}

} // namespace

class TestServerCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void acknowledgedChangesSurviveKills()
    {
        const quint64 seed = faultSeed("servercrash");
        std::mt19937_64 rng(seed);
        const auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
        QString error;

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ServerAccount account{QStringLiteral("desk"), QStringLiteral("supervisor"), kRegion,
                                    QStringLiteral("crash-password-%1").arg(seed % 100000)};
        ServerProcess server;
        QVERIFY2(server.init({account}, &error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        // The desk keeps one address across restarts.
        FaultProxy proxy(server.port(), seed);

        const QString site = QStringLiteral("desk-crash");
        // The server is down for a moment each time: a short backoff cap keeps 50 rounds within the budget
        // (the desk still finds its way back by itself).
        sync::SyncSettings settings = server.clientSettings(proxy.port(), account, seed + 1);
        settings.backoffCap = std::chrono::milliseconds(250);
        HeadlessClient desk(dir.filePath(QStringLiteral("desk.db")), site, settings);
        QVERIFY2(desk.open(&error), qPrintable(error));
        desk.startSync();
        EditGenerator generator(desk, rng);

        // A dispatcher who never stops: an edit every few milliseconds, on the desk's own (GUI) thread.
        QTimer editor;
        editor.setInterval(4);
        connect(&editor, &QTimer::timeout, this, [&] {
            const auto progress = desk.progress();
            if (desk.pendingBatches() < 4 && (!progress.known || progress.outbox < kMaxOutbox))
                desk.submit(generator.next());
        });
        editor.start();

        const int kills = killCount();
        QElapsedTimer budget;
        budget.start();
        QSet<QUuid> acknowledged;
        qint64 reconnectMs = 0, checkMs = 0, restartMs = 0; // where the time goes, for the summary
        QElapsedTimer phase;
        int done = 0;
        for (; done < kills && budget.elapsed() < kBudgetMs; ++done) {
            const int onlineBefore = desk.timesOnline();
            phase.start();
            QVERIFY2(
                waitFor([&] { return desk.timesOnline() > onlineBefore || (done == 0 && onlineBefore > 0); }, 30'000),
                qPrintable(QStringLiteral("kill %1: the desk did not reconnect: %2\n%3")
                               .arg(done)
                               .arg(desk.status().detail, server.serveLog())));
            reconnectMs += phase.elapsed();
            // Somewhere in the middle of the pushes.
            QTest::qWait(pick(0, 400));
            server.kill();
            phase.start();

            // Whatever the desk holds as acknowledged now was acknowledged before the kill.
            const SiteOps ops = siteOps(desk.storePath(), site);
            QVERIFY2(ops.error.isEmpty(), qPrintable(ops.error));
            const QSet<QUuid> forgotten = acknowledged - ops.acknowledged;
            QVERIFY2(forgotten.isEmpty(), qPrintable(QStringLiteral("kill %1: the desk put %2 acknowledged changes "
                                                                    "back in its outbox: %3")
                                                         .arg(done)
                                                         .arg(forgotten.size())
                                                         .arg(sample(forgotten))));
            acknowledged = ops.acknowledged;
            // The chain is walked every tenth kill (it costs more as the log grows); the ids every time.
            const bool walkChain = done % 10 == 9;
            const ServerLog log = readServerLog(server, walkChain);
            QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
            if (walkChain)
                QVERIFY2(log.chainOk, qPrintable(QStringLiteral("kill %1: %2").arg(done).arg(log.chainProblem)));
            QCOMPARE(log.duplicates(), 0);
            const QSet<QUuid> lost = acknowledged - log.opSet();
            QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("seed %1, kill %2: %3 acknowledged changes are not in "
                                                               "the server's log: %4")
                                                    .arg(seed)
                                                    .arg(done)
                                                    .arg(lost.size())
                                                    .arg(sample(lost))));

            checkMs += phase.elapsed();
            phase.start();
            QVERIFY2(server.restart(&error), qPrintable(error));
            proxy.setTargetPort(server.port());
            restartMs += phase.restart();
        }
        editor.stop();
        qInfo("%d kills in %lld ms; %lld changes acknowledged; per kill: %lld ms to reconnect, %lld ms to check the "
              "log, %lld ms to restart",
              done, static_cast<long long>(budget.elapsed()), static_cast<long long>(acknowledged.size()),
              static_cast<long long>(reconnectMs / std::max(1, done)),
              static_cast<long long>(checkMs / std::max(1, done)),
              static_cast<long long>(restartMs / std::max(1, done)));
        if (done < kills)
            qWarning("the time budget allowed %d of %d kills", done, kills);
        QVERIFY(done >= std::min(kills, 10));
        QVERIFY2(!acknowledged.isEmpty(), "nothing was ever acknowledged: the kills proved nothing");

        // The desk catches up, and then the server holds each of its changes exactly once.
        QVERIFY2(
            desk.waitDrained(60'000),
            qPrintable(
                QStringLiteral("%1 changes still waiting: %2").arg(desk.progress().outbox).arg(desk.status().detail)));
        ServerLog log = readServerLog(server);
        QVERIFY2(desk.waitSynced(log.head, 60'000), "the desk did not pull up to the server's head");
        QVERIFY(desk.stopSync());
        const SiteOps ops = siteOps(desk.storePath(), site);
        QCOMPARE(ops.acknowledged, ops.all);
        QCOMPARE(log.opSet(), ops.all);
        QCOMPARE(log.duplicates(), 0);

        // A desk that lost every ack pushes everything again: all of it is a duplicate, nothing is logged twice.
        desk.store()->stop();
        const QList<OutgoingChange> changes = storedChanges(desk.storePath(), site, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(changes.size(), ops.all.size());
        const QStringList answers = pushRaw(server.port(), account, site, changes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(answers.size(), changes.size());
        QCOMPARE(answers.count(QStringLiteral("duplicate")), answers.size());
        const ServerLog after = readServerLog(server);
        QCOMPARE(after.head, log.head);
        QCOMPARE(after.duplicates(), 0);
        QVERIFY2(after.chainOk, qPrintable(after.chainProblem));

        QVERIFY2(server.terminate(), qPrintable(server.serveLog()));
        QString output;
        QVERIFY2(server.auditVerify(&output), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestServerCrash)
#include "tst_servercrash.moc"
