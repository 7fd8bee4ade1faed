// The store thread: submit() returns at once, the commit happens on the store thread, results and
// notifications arrive on the GUI thread, and stop() finishes pending work, closes the store and joins.

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/casefactory.h"
#include "core/changefactory.h"
#include "store/store.h"
#include "store/storereader.h"
#include "store/storeservice.h"
#include "storetest.h"

using namespace lintas;
using namespace lintas::test;

class TestStoreService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HybridClock m_clock;
    ChangeFactory m_factory{QStringLiteral("desk-1"), QStringLiteral("87050123"), &m_clock};

    ChangeList newIncident(QUuid *id = nullptr)
    {
        IncidentDraft draft;
        draft.typeCode = QStringLiteral("kemacetan");
        draft.stationCode = QStringLiteral("JAKTIM");
        draft.road = QStringLiteral("Jalan DI Panjaitan");
        draft.narrative = QStringLiteral("Antrean kendaraan sepanjang 2 km");
        return m_factory.createIncident(draft, id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void submitOnTheStoreThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("service.db"));
        StoreService service(path, QStringLiteral("desk-1"));
        QSignalSpy opened(&service, &StoreService::opened);
        QSignalSpy committed(&service, &StoreService::committed);
        QSignalSpy outbox(&service, &StoreService::outboxCountChanged);
        QSignalSpy notes(&service, &StoreService::noteAdded);
        QThread *const gui = QThread::currentThread();
        QList<QThread *> deliveredOn;
        Incident notified;
        connect(&service, &StoreService::incidentChanged, this, [&](const Incident &incident) {
            deliveredOn.append(QThread::currentThread());
            notified = incident;
        });

        service.start();
        QVERIFY(opened.wait(10'000));
        QCOMPARE(opened.first().at(1).toInt(), 0);

        QUuid id;
        service.submit(newIncident(&id));
        QVERIFY(committed.wait(10'000));
        QCOMPARE(committed.first().first().value<QList<QUuid>>(), QList<QUuid>{id});
        // Notifications come before the commit's answer, on the GUI thread, as value structs.
        QCOMPARE(deliveredOn, QList<QThread *>{gui});
        QCOMPARE(notified.id, id);
        QCOMPARE(notified.number.left(7), QStringLiteral("JAKTIM-"));
        QCOMPARE(notes.count(), 1);
        QCOMPARE(outbox.last().first().toInt(), 2);

        // The store thread holds the write transaction; a reader here sees the commit.
        StoreReader reader(path);
        QCOMPARE(reader.incidentCount(), 1);
        service.stop();
        QCOMPARE(reader.outboxCount(), 2);
    }

    void rejectedBatch()
    {
        const QString path = m_dir.filePath(QStringLiteral("rejected.db"));
        StoreService service(path, QStringLiteral("desk-1"));
        QSignalSpy opened(&service, &StoreService::opened);
        QSignalSpy rejected(&service, &StoreService::rejected);
        QSignalSpy committed(&service, &StoreService::committed);
        service.start();
        QVERIFY(opened.wait(10'000));
        QUuid id;
        service.submit(newIncident(&id));
        Incident incident;
        incident.id = id;
        service.submit({m_factory.moveIncident(incident, IncidentStatus::Cleared)});
        QVERIFY(rejected.wait(10'000));
        QCOMPARE(committed.count(), 1);
        QVERIFY2(rejected.first().first().toString().contains(QLatin1String("cannot go from reported to cleared")),
                 qPrintable(rejected.first().first().toString()));
    }

    void stopFinishesPendingWorkAndJoins()
    {
        const QString path = m_dir.filePath(QStringLiteral("pending.db"));
        {
            StoreService service(path, QStringLiteral("desk-1"));
            service.start();
            for (int i = 0; i < 25; ++i)
                service.submit(newIncident());
            service.stop(); // without waiting for opened(): everything posted before stop still happens
        }
        // Closed and released: another writer can open the file at once.
        Store store(path, QStringLiteral("desk-1"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.outboxCount(), 50);
        QCOMPARE(StoreReader(path).incidentCount(), 25);
    }

    void caseNotificationsReachTheGuiThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("cases.db"));
        StoreService service(path, QStringLiteral("desk-1"));
        QSignalSpy opened(&service, &StoreService::opened);
        QSignalSpy committed(&service, &StoreService::committed);
        QSignalSpy articles(&service, &StoreService::articlesChanged);
        QThread *const gui = QThread::currentThread();
        QList<QThread *> deliveredOn;
        QList<CaseSummary> cases;
        QList<WatchHit> hits;
        connect(&service, &StoreService::caseChanged, this, [&](const CaseSummary &summary) {
            deliveredOn.append(QThread::currentThread());
            cases.append(summary);
        });
        connect(&service, &StoreService::watchHit, this, [&](const WatchHit &hit) {
            deliveredOn.append(QThread::currentThread());
            hits.append(hit);
        });
        service.start();
        QVERIFY(opened.wait(10'000));

        CaseFactory factory(&m_factory);
        QUuid watch;
        Change create = factory.createCase(CaseKind::Watch, QStringLiteral("JAKTIM"),
                                           {{QStringLiteral("plate"), QStringLiteral("B 1 RI")},
                                            {QStringLiteral("vehicle_kind"), QStringLiteral("r4")},
                                            {QStringLiteral("police_report"), QStringLiteral("LP/1/2026")}},
                                           &watch);
        CaseRecord record;
        record.id = watch;
        record.kind = CaseKind::Watch;
        record.state = CaseState::Draft;
        service.submit({create, factory.submitCase(record)});
        QVERIFY(committed.wait(10'000));
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases.first().number.left(12), QStringLiteral("BOLO-JAKTIM-"));
        QCOMPARE(toString(cases.first().state), QStringLiteral("submitted"));

        IncidentDraft draft;
        draft.typeCode = QStringLiteral("kecelakaan");
        draft.stationCode = QStringLiteral("JAKTIM");
        draft.road = QStringLiteral("Jalan Raya Bogor");
        draft.narrative = QStringLiteral("Pelaku kabur dengan mobil B 1 RI ke arah Cibubur");
        service.submit(m_factory.createIncident(draft));
        QVERIFY(committed.wait(10'000));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().watchCaseId, watch);
        QCOMPARE(hits.first().plate, QStringLiteral("B 1 RI"));
        QCOMPARE(hits.first().sourceEntity, QStringLiteral("incident"));

        Article article = *ArticleCatalogue::builtIn().byCode(QStringLiteral("283"));
        article.maxFine = 800000;
        service.submit({factory.setArticle(article, true)});
        QVERIFY(articles.wait(10'000));
        QVERIFY(!deliveredOn.isEmpty());
        for (QThread *thread : std::as_const(deliveredOn))
            QCOMPARE(thread, gui);
        service.stop();
    }

    void openFailureIsReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'g'));
        file.close();
        StoreService service(path, QStringLiteral("desk-1"));
        QSignalSpy failed(&service, &StoreService::openFailed);
        QSignalSpy rejected(&service, &StoreService::rejected);
        service.start();
        QVERIFY(failed.wait(10'000));
        QVERIFY(failed.first().first().toString().contains(path));
        service.submit(newIncident());
        QVERIFY(rejected.wait(10'000));
        service.stop();
        service.stop(); // twice is harmless
    }
};

QTEST_GUILESS_MAIN(TestStoreService)
#include "tst_storeservice.moc"
