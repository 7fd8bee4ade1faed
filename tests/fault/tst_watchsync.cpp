// The stolen-vehicle watch list across desks (issue 6): desk A puts a plate on the watch list; desk B records an
// ETLE capture of that plate; the capture reaches desk A through the real lintas-server and A's store raises the
// watch hit — once, and only for the watched plate. B, which had pulled the watch list before, raises it too.

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/casefactory.h"
#include "store/casereader.h"
#include "syncharness.h"

using namespace lintas;
using namespace lintas::fault;

namespace {

const QString kWatchedPlate = QStringLiteral("B 1234 XYZ");

// An ETLE camera capture as the field gateway records it.
QVariantMap capture(const QString &plate, const QString &camera)
{
    return {{QLatin1String(casefield::kCameraId), camera},
            {QLatin1String(casefield::kPlateRead), QString(plate).remove(QLatin1Char(' '))},
            {QLatin1String(casefield::kPlate), plate},
            {QLatin1String(casefield::kOccurredAt), QStringLiteral("2026-11-28T08:15:00+07:00")},
            {QLatin1String(casefield::kPlace), QStringLiteral("Jl. M.H. Thamrin, Bundaran HI")},
            {QLatin1String(casefield::kSpeedKmh), 92},
            {QLatin1String(casefield::kSpeedLimitKmh), 60}};
}

QString describe(const QList<QVariant> &arguments)
{
    if (arguments.isEmpty())
        return QStringLiteral("(no hit)");
    const auto hit = arguments.first().value<WatchHit>();
    return QStringLiteral("%1 watch %2 (%3) seen in %4 %5 (%6)")
        .arg(hit.plate, hit.watchNumber, hit.watchCaseId.toString(QUuid::WithoutBraces), hit.sourceKind,
             hit.sourceNumber, hit.sourceId.toString(QUuid::WithoutBraces));
}

} // namespace

class TestWatchSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        registerStoreMetaTypes(); // before the spies: they read the signal's argument types
    }

    void watchedPlateRaisesTheAlertOnEveryDesk()
    {
        const quint64 seed = faultSeed("watchsync");
        QString error;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ServerAccount dispatcher{QStringLiteral("dispatcher1"), QStringLiteral("dispatcher"), kRegion,
                                       QStringLiteral("password-a-%1").arg(seed % 10000)};
        const ServerAccount officer{QStringLiteral("officer1"), QStringLiteral("field_officer"), kRegion,
                                    QStringLiteral("password-b-%1").arg(seed % 10000)};
        ServerProcess server;
        QVERIFY2(server.init({dispatcher, officer}, &error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));

        HeadlessClient a(dir.filePath(QStringLiteral("a.db")), QStringLiteral("desk-a"),
                         server.clientSettings(server.port(), dispatcher, seed + 1));
        HeadlessClient b(dir.filePath(QStringLiteral("b.db")), QStringLiteral("desk-b"),
                         server.clientSettings(server.port(), officer, seed + 2));
        QVERIFY2(a.open(&error), qPrintable(error));
        QVERIFY2(b.open(&error), qPrintable(error));
        QSignalSpy hitsOnA(a.store(), &StoreService::watchHit);
        QSignalSpy hitsOnB(b.store(), &StoreService::watchHit);
        QVERIFY(hitsOnA.isValid() && hitsOnB.isValid());
        // What B's case list learns, to know when A's watch entry has reached it.
        QHash<QUuid, CaseSummary> casesOnB;
        QObject listening; // goes before casesOnB does, and the connection with it
        connect(b.store(), &StoreService::caseChanged, &listening,
                [&casesOnB](const CaseSummary &summary) { casesOnB.insert(summary.id, summary); });

        a.startSync();
        b.startSync();
        QVERIFY2(waitFor([&] { return a.timesOnline() > 0 && b.timesOnline() > 0; }, 30'000),
                 qPrintable(QStringLiteral("desks offline: %1 / %2\n%3")
                                .arg(a.status().detail, b.status().detail, server.serveLog())));

        // 1. Desk A: a stolen car reported, on the watch list once submitted.
        CaseFactory casesA(&a.factory());
        QUuid watchId;
        const Change watch =
            casesA.createCase(CaseKind::Watch, QStringLiteral("JAKPUS"),
                              {{QLatin1String(casefield::kPlate), kWatchedPlate},
                               {QLatin1String(casefield::kVehicleKind), QStringLiteral("r4")},
                               {QLatin1String(casefield::kVehicleMake), QStringLiteral("Toyota Avanza")},
                               {QLatin1String(casefield::kVehicleColour), QStringLiteral("hitam")},
                               {QLatin1String(casefield::kReporterName), QStringLiteral("Rina")},
                               {QLatin1String(casefield::kPoliceReport), QStringLiteral("LP/B/1234/XI/2026/PMJ")}},
                              &watchId);
        CaseRecord draft;
        draft.id = watchId;
        draft.kind = CaseKind::Watch;
        draft.state = initialState(CaseKind::Watch);
        draft.stationCode = QStringLiteral("JAKPUS");
        a.submit({watch, casesA.submitCase(draft)});
        QVERIFY2(a.waitDrained(60'000), qPrintable(a.lastRejection()));
        QCOMPARE(a.rejectedBatches(), 0);
        QCOMPARE(a.quarantined(), 0);

        // B has the watch list before it records anything.
        QVERIFY2(waitFor(
                     [&] {
                         const auto it = casesOnB.constFind(watchId);
                         return it != casesOnB.cend() && it->state == CaseState::Submitted;
                     },
                     60'000),
                 "desk B never pulled the watch entry as submitted");

        // 2. Desk B: a capture of another plate, then one of the watched plate.
        CaseFactory casesB(&b.factory());
        QUuid otherId;
        QUuid captureId;
        b.submit({casesB.createCase(CaseKind::Etle, QStringLiteral("JAKPUS"),
                                    capture(QStringLiteral("B 9876 ZZ"), QStringLiteral("ETLE-HI-01")), &otherId)});
        b.submit({casesB.createCase(CaseKind::Etle, QStringLiteral("JAKPUS"),
                                    capture(kWatchedPlate, QStringLiteral("ETLE-HI-02")), &captureId)});
        QVERIFY2(b.waitDrained(60'000), qPrintable(b.lastRejection()));
        QCOMPARE(b.rejectedBatches(), 0);
        QCOMPARE(b.quarantined(), 0);

        // 3. The alert on desk A once the capture reaches it.
        QVERIFY2(waitFor([&] { return !hitsOnA.isEmpty(); }, 60'000), "desk A raised no watch hit");
        const quint64 head = serverHead(server);
        QVERIFY(a.waitSynced(head, 60'000));
        QVERIFY(b.waitSynced(head, 60'000));
        QVERIFY2(hitsOnA.size() == 1, qPrintable(describe(hitsOnA.last())));
        const auto hit = hitsOnA.first().first().value<WatchHit>();
        QCOMPARE(hit.plate, kWatchedPlate);
        QCOMPARE(hit.watchCaseId, watchId);
        QCOMPARE(hit.sourceEntity, QStringLiteral("case"));
        QCOMPARE(hit.sourceId, captureId);
        QCOMPARE(hit.sourceKind, QStringLiteral("etle"));
        QVERIFY2(hit.watchNumber.startsWith(QStringLiteral("BOLO-")), qPrintable(describe(hitsOnA.first())));
        QVERIFY2(hit.sourceNumber.startsWith(QStringLiteral("ETLE-")), qPrintable(describe(hitsOnA.first())));

        // Desk B, which recorded it, raised it too, for the same capture.
        QVERIFY2(waitFor([&] { return !hitsOnB.isEmpty(); }, 30'000), "desk B raised no watch hit");
        QCOMPARE(hitsOnB.size(), 1);
        QCOMPARE(hitsOnB.first().first().value<WatchHit>().sourceId, captureId);

        QString output;
        QVERIFY2(server.auditVerify(&output), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestWatchSync)
#include "tst_watchsync.moc"
