// The demo store: the promised counts and mix, a believable state at `now`, and the same store for the same
// seed and time.

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/statemachine.h"
#include "core/validators.h"
#include "store/demoseeder.h"
#include "store/store.h"
#include "store/storereader.h"
#include "storetest.h"

using namespace lintas;
using namespace lintas::test;

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC); // 16:30 WIB

    QString seed(const QString &name, quint32 seedValue)
    {
        const QString path = m_dir.filePath(name);
        Store store(path, QStringLiteral("demo"));
        QString error;
        if (!store.open(&error))
            return error;
        DemoOptions options;
        options.seed = seedValue;
        options.now = m_now;
        if (!seedDemo(store, options, &error))
            return error;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // LINTAS_TEST_KEEP=1 keeps the seeded stores for a look with the sqlite3 shell.
        if (qEnvironmentVariableIsSet("LINTAS_TEST_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo("keeping %s", qPrintable(m_dir.path()));
        }
    }

    void countsAndMix()
    {
        QElapsedTimer timer;
        timer.start();
        const QString path = seed(QStringLiteral("demo.db"), 20261127);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        qInfo("seeded in %lld ms", timer.elapsed());
        StoreReader reader(path);
        QCOMPARE(reader.incidentCount(), 200);
        const QList<Unit> units = reader.units();
        QCOMPARE(units.size(), 40);

        QSet<QString> polres, kinds;
        for (const Unit &unit : units) {
            polres.insert(unit.stationCode);
            kinds.insert(toString(unit.kind));
            QVERIFY2(unit.callsign.startsWith(unit.stationCode + QLatin1Char('-')), qPrintable(unit.callsign));
            QVERIFY(unit.crew.size() >= 1 && unit.crew.size() <= 2);
            for (const QString &nrp : unit.crew)
                QVERIFY2(validateNrp(nrp).isOk(), qPrintable(nrp));
            QVERIFY(unit.hasPosition());
            QVERIFY(unit.latitude > -6.45 && unit.latitude < -6.05);
        }
        QCOMPARE(polres.size(), 5);
        QCOMPARE(kinds.size(), 5);

        const QList<Incident> day = reader.incidentsReportedSince(m_now.addDays(-1));
        QCOMPARE(day.size(), 200);
        int accidents = 0, died = 0, serious = 0, slight = 0;
        QHash<QString, int> statuses;
        for (const Incident &incident : day) {
            QVERIFY(incident.reportedAt <= m_now);
            QVERIFY2(QRegularExpression(QStringLiteral("^JAK(PUS|UT|BAR|SEL|TIM)-2026112[67]-\\d{4}$"))
                         .match(incident.number)
                         .hasMatch(),
                     qPrintable(incident.number));
            QVERIFY(incident.hasLocation());
            QVERIFY(!incident.road.isEmpty());
            QVERIFY(!incident.summary.isEmpty());
            statuses[toString(incident.status)] += 1;
            if (incident.typeCode == QLatin1String("kecelakaan")) {
                ++accidents;
                died += incident.died;
                serious += incident.seriouslyHurt;
                slight += incident.slightlyHurt;
            }
            if (incident.status == IncidentStatus::Closed && incident.firstArrivalAt.isValid()) {
                // A full lifecycle, in order, with plausible gaps.
                QVERIFY(incident.reportedAt < incident.firstDispatchedAt);
                QVERIFY(incident.firstDispatchedAt < incident.firstArrivalAt);
                QVERIFY(incident.firstArrivalAt < incident.clearedAt);
                QVERIFY(incident.clearedAt < incident.closedAt);
                QVERIFY(incident.reportedAt.secsTo(incident.firstArrivalAt) < 3 * 3600);
            }
        }
        QCOMPARE(accidents, 17);
        QVERIFY2(slight > serious && died <= serious,
                 qPrintable(QStringLiteral("MD %1 LB %2 LR %3").arg(died).arg(serious).arg(slight)));
        // Older incidents are done; recent ones are still being worked in various states.
        QVERIFY2(statuses.value(QStringLiteral("closed")) > 120, qPrintable(QString::number(statuses.value("closed"))));
        int openStates = 0;
        for (const char *status : {"reported", "dispatched", "en_route", "on_scene", "cleared"})
            openStates += statuses.value(QLatin1String(status)) > 0 ? 1 : 0;
        QVERIFY2(openStates >= 3, qPrintable(QStringList(statuses.keys()).join(',')));
        int working = 0;
        for (const Unit &unit : units)
            if (needsIncident(unit.status)) {
                ++working;
                QVERIFY(!unit.incidentId.isNull());
                QVERIFY(reader.incident(unit.incidentId)->isOpen());
            }
        QVERIFY(working >= 2);
        // Everything went through commitLocal (numbered, no conflicts), and the history counts as already known
        // to the region: nothing waits in the outbox.
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM conflicts")).toInt(), 0);
        QVERIFY(scalar(path, QStringLiteral("SELECT count(*) FROM change_log")).toInt() > 1000);
        QCOMPARE(reader.outboxCount(), 0);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(DISTINCT site_id) FROM change_log")).toString(),
                 QStringLiteral("1"));
        // Assignments carry their times, and the timeline reads as a story.
        const Incident closed = *std::find_if(day.cbegin(), day.cend(), [](const Incident &i) {
            return i.status == IncidentStatus::Closed && i.firstArrivalAt.isValid();
        });
        const auto assignments = reader.assignments(closed.id);
        QVERIFY(!assignments.isEmpty());
        QCOMPARE(assignments.first().arrivedAt, closed.firstArrivalAt);
        QVERIFY(assignments.first().clearedAt.isValid());
        QVERIFY(reader.timeline(closed.id).size() >= 8);
    }

    void deterministic()
    {
        const QString a = seed(QStringLiteral("a.db"), 7);
        const QString b = seed(QStringLiteral("b.db"), 7);
        const QString c = seed(QStringLiteral("c.db"), 8);
        const QString dumpA = dumpStore(a, true);
        QVERIFY(dumpA.size() > 100'000);
        QCOMPARE(dumpStore(b, true), dumpA);
        QVERIFY(dumpStore(c, true) != dumpA);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
