// The history the field simulator seeds after the demo (HistorySeeder), on a fresh store with the Jakarta demo map:
// yesterday complete, with response and clearance times, accidents with victims, violations and ETLE captures; the
// 8 weeks before and the same days last year there; no unit or incident move out of order; the change count within
// the bound the sync can take at start; and a second seeding that does nothing.

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "field/historygenerator.h"
#include "field/historyseeder.h"
#include "field/roadnetwork.h"
#include "geo/geodesy.h"
#include "store/demoseeder.h"
#include "store/store.h"

using namespace lintas;
using namespace lintas::field;

namespace {

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;
constexpr int kChangeBound = 25'000;

qint64 wibMs(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
}

} // namespace

class TestHistorySeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        m_network = RoadNetwork::load(QStringLiteral(LINTAS_DEMO_MAP), &error);
        QVERIFY2(m_network, qPrintable(error));
        m_store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("demo"));
        QVERIFY2(m_store->open(&error), qPrintable(error));
        // The demo's afternoon: its 24 hours began yesterday at 14:30 WIB.
        const DemoOptions demo{20261127, QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC), 40, 200};
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(seedDemo(*m_store, demo, &error), qPrintable(error));
        qInfo("demo seeded in %lld ms", timer.restart());
        m_demoChanges = scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt();

        HistorySeedOptions options;
        options.seed = 20261127;
        options.now = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC);
        m_result = HistorySeeder::seed(*m_store, *m_network, options);
        qInfo("history seeded in %lld ms: %d changes", timer.elapsed(), m_result.changes);
        QVERIFY2(m_result.ok, qPrintable(m_result.error));
        QVERIFY(m_result.seeded);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        if (QSqlDatabase::contains(kConnection))
            QSqlDatabase::removeDatabase(kConnection);
    }

    void changesWithinTheBound()
    {
        const int logged = scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt() - m_demoChanges;
        QCOMPARE(logged, m_result.changes);
        QVERIFY2(m_result.changes > 10'000 && m_result.changes <= kChangeBound,
                 qPrintable(QString::number(m_result.changes)));
        // The history stands for what the region holds: nothing waits in the outbox, nothing is a conflict.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conflicts")).toInt(), 0);
        QCOMPARE(m_result.units, 15); // a car, a motorcycle and a tow truck per Polres
        // Nothing in the future.
        QVERIFY2(count(QStringLiteral("change_log WHERE (hlc >> 16) >= %1").arg(m_nowMs)) == 0,
                 qPrintable(scalar(QStringLiteral("SELECT entity || ' ' || kind || ' ' || actor || ' ' || "
                                                  "((hlc >> 16) - %1) FROM change_log ORDER BY hlc DESC LIMIT 1")
                                       .arg(m_nowMs))
                                .toString()));
    }

    void yesterdayIsComplete()
    {
        const qint64 from = wibMs(2026, 11, 26), to = wibMs(2026, 11, 27);
        const QString day = QStringLiteral("BETWEEN %1 AND %2").arg(from).arg(to - 1);
        // Incidents all day long: the history's before the demo's 24 hours, the demo's after.
        const qint64 demoStart = m_nowMs - kDay;
        QVERIFY(count(QStringLiteral("incidents WHERE reported_at BETWEEN %1 AND %2").arg(from).arg(demoStart - 1)) >=
                10);
        QVERIFY(count(QStringLiteral("incidents WHERE reported_at %1").arg(day)) >= 60);
        for (int hour = 0; hour < 24; hour += 6) // no empty quarter of the day
            QVERIFY2(count(QStringLiteral("incidents WHERE reported_at BETWEEN %1 AND %2")
                               .arg(from + hour * kHour)
                               .arg(from + (hour + 6) * kHour - 1)) > 0,
                     qPrintable(QString::number(hour)));
        // Response and clearance times: reported → first arrival → cleared → closed.
        const int worked = count(QStringLiteral("incidents WHERE reported_at BETWEEN %1 AND %2 AND first_dispatched_at "
                                                "> reported_at AND first_arrival_at > first_dispatched_at AND "
                                                "cleared_at > first_arrival_at AND status = 'closed'")
                                     .arg(from)
                                     .arg(demoStart - 1));
        QVERIFY2(worked >= 8, qPrintable(QString::number(worked)));
        // Every worked incident has its unit's assignment with arrival and clearance.
        QVERIFY(count(QStringLiteral("assignments a JOIN incidents i ON i.id = a.incident_id WHERE i.reported_at "
                                     "BETWEEN %1 AND %2 AND a.arrived_at IS NOT NULL AND a.cleared_at IS NOT NULL")
                          .arg(from)
                          .arg(demoStart - 1)) >= worked);

        // Accidents with victims, violations (tickets and warnings), ETLE captures.
        QVERIFY(count(QStringLiteral("cases WHERE kind = 'accident' AND occurred_at %1").arg(day)) >= 8);
        QVERIFY(count(QStringLiteral("cases WHERE kind = 'accident' AND occurred_at %1 AND "
                                     "json_array_length(json_extract(data, '$.victims')) > 0")
                          .arg(day)) >= 4);
        QVERIFY(count(QStringLiteral("cases WHERE kind = 'violation' AND occurred_at %1").arg(day)) >= 25);
        QVERIFY(count(QStringLiteral("cases WHERE kind = 'violation' AND occurred_at %1 AND "
                                     "json_extract(data, '$.outcome') = 'teguran'")
                          .arg(day)) >= 1);
        QVERIFY(count(QStringLiteral("cases WHERE kind = 'etle' AND occurred_at %1").arg(day)) >= 12);
    }

    void weeksBeforeAndLastYear()
    {
        const qint64 demoStart = m_nowMs - kDay;
        // The eighth week back: incidents and accidents.
        const QString eighth =
            QStringLiteral("BETWEEN %1 AND %2").arg(demoStart - 56 * kDay).arg(demoStart - 49 * kDay);
        QVERIFY(count(QStringLiteral("incidents WHERE reported_at %1").arg(eighth)) >= 120);
        QVERIFY(count(QStringLiteral("cases WHERE kind = 'accident' AND occurred_at %1").arg(eighth)) >= 70);
        // Every day of the 8 weeks has incidents (the same weekday's average needs each of them).
        for (qint64 day = demoStart - 56 * kDay; day < demoStart - kDay; day += kDay) {
            const int n =
                count(QStringLiteral("incidents WHERE reported_at BETWEEN %1 AND %2").arg(day).arg(day + kDay));
            QVERIFY2(n >= 10, qPrintable(QStringLiteral("%1: %2").arg(day).arg(n)));
        }
        // The same date last year and the days around it; nothing in between.
        const qint64 lastYear = wibMs(2025, 11, 26);
        for (qint64 day = lastYear - kDay; day <= lastYear + kDay; day += kDay) {
            const QString range = QStringLiteral("BETWEEN %1 AND %2").arg(day).arg(day + kDay - 1);
            QVERIFY(count(QStringLiteral("incidents WHERE reported_at %1").arg(range)) >= 15);
            QVERIFY(count(QStringLiteral("cases WHERE kind = 'accident' AND occurred_at %1").arg(range)) >= 8);
            QVERIFY(count(QStringLiteral("cases WHERE kind = 'violation' AND occurred_at %1").arg(range)) >= 20);
            QVERIFY(count(QStringLiteral("cases WHERE kind = 'etle' AND occurred_at %1").arg(range)) >= 10);
        }
        QCOMPARE(count(QStringLiteral("incidents WHERE reported_at BETWEEN %1 AND %2")
                           .arg(lastYear + 2 * kDay)
                           .arg(demoStart - 57 * kDay)),
                 0);
        // Old tickets got through the workflow: most are paid.
        const QString old = QStringLiteral("cases WHERE kind = 'etle' AND occurred_at < %1").arg(m_nowMs - 9 * kDay);
        QVERIFY(count(old + QStringLiteral(" AND state = 'paid'")) * 2 > count(old));
    }

    void historyHasHotspots()
    {
        // The forecast's input: the 8 weeks' incidents crowd around the black spots the generator placed (the same
        // seed and now give the same spots), far beyond the share of the map those neighbourhoods cover.
        HistoryGeneratorOptions options;
        options.seed = 20261127;
        options.endMs = m_nowMs;
        const HistoryGenerator generator(*m_network, options);
        QList<lintas::geo::GeoPoint> anchors;
        for (const BlackSpot &spot : generator.blackSpots())
            anchors.append(spot.anchor);
        QVERIFY(anchors.size() >= 20);
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("SELECT latitude, longitude FROM incidents WHERE reported_at < %1 AND "
                                          "latitude IS NOT NULL")
                               .arg(m_nowMs - kDay)));
        int total = 0, near = 0;
        while (query.next()) {
            ++total;
            const double lat = query.value(0).toDouble(), lon = query.value(1).toDouble();
            for (const lintas::geo::GeoPoint &anchor : std::as_const(anchors))
                if (lintas::geo::distanceM(lat, lon, anchor.lat, anchor.lon) < 750.0) {
                    ++near;
                    break;
                }
        }
        QVERIFY(total > 1000);
        // Circles of 750 m around 42 spots are under a tenth of the map's 900 km²; they hold over a third.
        QVERIFY2(near * 3 > total, qPrintable(QStringLiteral("%1 of %2").arg(near).arg(total)));
    }

    void seedingTwiceDoesNothing()
    {
        const int before = scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt();
        HistorySeedOptions options;
        options.seed = 20261127;
        options.now = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC);
        const HistorySeedResult again = HistorySeeder::seed(*m_store, *m_network, options);
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(!again.seeded);
        QCOMPARE(again.changes, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), before);
    }

private:
    static inline const QString kConnection = QStringLiteral("tst_historyseeder");

    QSqlDatabase db()
    {
        if (!QSqlDatabase::contains(kConnection)) {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
            database.setDatabaseName(m_dir.filePath(QStringLiteral("demo.sqlite")));
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            database.open();
        }
        return QSqlDatabase::database(kConnection);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            qWarning() << sql << query.lastError().text();
            return {};
        }
        return query.value(0);
    }
    int count(const QString &fromWhere) { return scalar(QStringLiteral("SELECT count(*) FROM ") + fromWhere).toInt(); }

    QTemporaryDir m_dir;
    std::unique_ptr<RoadNetwork> m_network;
    std::unique_ptr<Store> m_store;
    const qint64 m_nowMs = wibMs(2026, 11, 27, 14, 30);
    int m_demoChanges = 0;
    HistorySeedResult m_result;
};

QTEST_GUILESS_MAIN(TestHistorySeeder)
#include "tst_historyseeder.moc"
