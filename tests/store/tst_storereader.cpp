// Read-only access: lists, the timeline, and the offline searches of the intake form and the incident queue.

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/changefactory.h"
#include "store/store.h"
#include "store/storereader.h"
#include "storetest.h"

using namespace lintas;
using namespace lintas::test;

class TestStoreReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    qint64 m_now = baseMs();
    HybridClock m_clock{[this] { return m_now; }};
    ChangeFactory m_factory{QStringLiteral("desk-1"), QStringLiteral("87050123"), &m_clock};
    QUuid m_thamrin, m_tol;

    QUuid addIncident(const QString &road, const QString &landmark, const QString &narrative, const QString &station)
    {
        IncidentDraft draft;
        draft.typeCode = QStringLiteral("kecelakaan");
        draft.road = road;
        draft.landmark = landmark;
        draft.stationCode = station;
        draft.narrative = narrative;
        QUuid id;
        const CommitResult result = m_store->commitLocal(m_factory.createIncident(draft, &id));
        if (!result.ok)
            qWarning() << result.error;
        m_now += 60'000;
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store.db"));
        m_store = std::make_unique<Store>(m_path, QStringLiteral("desk-1"));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        m_thamrin = addIncident(QStringLiteral("Jl. MH Thamrin"), QStringLiteral("Bundaran HI"),
                                QStringLiteral("Tabrakan beruntun tiga mobil\nSatu korban luka ringan"),
                                QStringLiteral("JAKPUS-MENTENG"));
        m_tol = addIncident(QStringLiteral("Jalan Tol Dalam Kota"), QStringLiteral("Simpang Susun Semanggi"),
                            QStringLiteral("Truk mogok di lajur kanan"), QStringLiteral("JAKSEL"));
        QVERIFY(m_store->commitLocal({m_factory.addNote(m_tol, QStringLiteral("Derek sudah dihubungi"))}).ok);
    }

    void searchPlaces_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // a part of the first result's name
        QTest::newRow("plain") << QStringLiteral("sudirman") << QStringLiteral("Sudirman");
        QTest::newRow("Jl. prefix") << QStringLiteral("Jl. Sudirman") << QStringLiteral("Sudirman");
        QTest::newRow("Jl prefix, no dot") << QStringLiteral("jl sudirman") << QStringLiteral("Sudirman");
        QTest::newRow("JALAN in capitals") << QStringLiteral("JALAN sudirman") << QStringLiteral("Sudirman");
        QTest::newRow("landmark short name") << QStringLiteral("monas") << QStringLiteral("Monumen Nasional (Monas)");
        QTest::newRow("prefix of a word") << QStringLiteral("Bundaran H") << QStringLiteral("Bundaran H");
        QTest::newRow("two words") << QStringLiteral("simpang semang") << QStringLiteral("Simpang Susun Semanggi");
    }

    void searchPlaces()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        StoreReader reader(m_path);
        QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
        const QList<Place> places = reader.searchPlaces(query, 10);
        QVERIFY2(!places.isEmpty(), qPrintable(query));
        QVERIFY2(places.first().name.contains(expected), qPrintable(places.first().name));
        QVERIFY(places.size() <= 10);
        QVERIFY(places.first().latitude < -5.9 && places.first().latitude > -6.5);
        QVERIFY(places.first().longitude > 106.5 && places.first().longitude < 107.2);
    }

    void searchPlacesIgnoresTheRoadPrefix()
    {
        StoreReader reader(m_path);
        const auto names = [&](const QString &query) {
            QStringList out;
            for (const Place &place : reader.searchPlaces(query, 20))
                out << place.name;
            return out;
        };
        const QStringList plain = names(QStringLiteral("sudirman"));
        QVERIFY(plain.size() >= 2);
        QCOMPARE(names(QStringLiteral("Jl. Sudirman")), plain);
        QCOMPARE(names(QStringLiteral("JALAN SUDIRMAN")), plain);
        QCOMPARE(names(QStringLiteral("Jln. sudirman")), plain);
        QVERIFY(reader.searchPlaces(QStringLiteral("Jalan")).isEmpty()); // nothing searchable left
        QVERIFY(reader.searchPlaces(QStringLiteral("  .,")).isEmpty());
        // FTS5 syntax in what a user types is taken as words, never as operators.
        QCOMPARE(reader.searchPlaces(QStringLiteral("monas\" OR")).size(), 0);
        QVERIFY(!reader.searchPlaces(QStringLiteral("(monas)")).isEmpty());
        QVERIFY(reader.searchPlaces(QStringLiteral("xyzzyqq")).isEmpty());
    }

    void searchIncidents_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("which"); // 0: Thamrin, 1: toll road, -1: none
        QTest::newRow("road with Jl.") << QStringLiteral("Jl. Thamrin") << 0;
        QTest::newRow("road with Jalan") << QStringLiteral("jalan thamrin") << 0;
        QTest::newRow("landmark") << QStringLiteral("semanggi") << 1;
        QTest::newRow("summary") << QStringLiteral("beruntun") << 0;
        QTest::newRow("narrative note") << QStringLiteral("luka ringan") << 0;
        QTest::newRow("later note") << QStringLiteral("derek") << 1;
        QTest::newRow("number") << QStringLiteral("JAKSEL-20261127-0001") << 1;
        QTest::newRow("number prefix") << QStringLiteral("JAKPUS-2026") << 0;
        QTest::newRow("no match") << QStringLiteral("banjir") << -1;
    }

    void searchIncidents()
    {
        QFETCH(QString, query);
        QFETCH(int, which);
        StoreReader reader(m_path);
        const QList<Incident> found = reader.searchIncidents(query);
        if (which < 0) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, which == 0 ? m_thamrin : m_tol);
    }

    void listsAndCounts()
    {
        StoreReader reader(m_path);
        QCOMPARE(reader.incidentCount(), 2);
        QCOMPARE(reader.outboxCount(), 5); // two creates, two narrative notes, one note
        const QList<Incident> open = reader.openIncidents();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.first().id, m_tol); // newest report first
        QCOMPARE(open.first().number, QStringLiteral("JAKSEL-20261127-0001"));
        QCOMPARE(open.first().summary, QStringLiteral("Truk mogok di lajur kanan"));
        QCOMPARE(reader.incidentsReportedSince(open.first().reportedAt).size(), 1);
        QCOMPARE(reader.notes(m_tol).size(), 2);
        QVERIFY(!reader.incident(QUuid::createUuid()));
    }

    void timelineMergesEverything()
    {
        Unit unit;
        unit.id = QUuid::createUuid();
        unit.callsign = QStringLiteral("JAKPUS-R4-01");
        unit.stationCode = QStringLiteral("JAKPUS");
        QVERIFY(m_store->commitLocal({m_factory.createUnit(unit)}).ok);
        StoreReader reader(m_path);
        m_now += 60'000;
        QVERIFY(m_store->commitLocal(m_factory.dispatch(*reader.incident(m_thamrin), *reader.unit(unit.id))).ok);
        m_now += 300'000;
        const Incident dispatched = *reader.incident(m_thamrin);
        QVERIFY(m_store->commitLocal(m_factory.moveUnit(*reader.unit(unit.id), UnitStatus::OnScene, &dispatched)).ok);
        m_now += 60'000;
        QVERIFY(m_store->commitLocal({m_factory.addNote(m_thamrin, QStringLiteral("Lajur kiri dibuka"))}).ok);

        const QList<IncidentNote> timeline = reader.timeline(m_thamrin);
        QStringList texts;
        for (const IncidentNote &entry : timeline)
            texts << entry.text;
        const QStringList expected{
            QStringLiteral("Tabrakan beruntun tiga mobil\nSatu korban luka ringan"),
            QStringLiteral("Unit JAKPUS-R4-01 dispatched"),
            QStringLiteral("Status changed from reported to dispatched"),
            // The unit's arrival is what moves the incident, so it comes first.
            QStringLiteral("Unit JAKPUS-R4-01 arrived on scene"),
            QStringLiteral("Status changed from dispatched to on scene"),
            QStringLiteral("Lajur kiri dibuka"),
        };
        QCOMPARE(texts, expected);
        for (int i = 1; i < timeline.size(); ++i)
            QVERIFY(timeline.at(i - 1).at <= timeline.at(i).at);
        QCOMPARE(timeline.first().actor, QStringLiteral("87050123"));
        const auto incident = reader.incident(m_thamrin);
        QCOMPARE(incident->firstArrivalAt, timeline.at(3).at);
    }

    void readerPerThread()
    {
        // A reader is made and used on its own thread (a worker pool's), beside the writer.
        int count = -1;
        QThread *thread = QThread::create([&] {
            StoreReader reader(m_path);
            count = reader.incidentCount();
        });
        thread->start();
        QVERIFY(thread->wait(10'000));
        delete thread;
        QCOMPARE(count, 2);
    }

    void missingFileIsNotOpen()
    {
        StoreReader reader(m_dir.filePath(QStringLiteral("missing/none.db")));
        QVERIFY(!reader.isOpen());
        QVERIFY(!reader.errorString().isEmpty());
        QVERIFY(reader.openIncidents().isEmpty());
    }

    void cleanupTestCase() { m_store.reset(); }
};

QTEST_GUILESS_MAIN(TestStoreReader)
#include "tst_storereader.moc"
