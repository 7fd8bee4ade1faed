// History files for the forecast: columns in any order and under their short names, ISO times with an offset, Z or
// none (WIB) and Unix seconds, every bad value named by line and column with nothing returned, the round trip
// through writeHistoryCsv, and the events of a store (incidents and accident cases, by their own times).

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "analytics/incidenthistory.h"
#include "core/casefactory.h"
#include "core/changefactory.h"
#include "store/store.h"

using namespace lintas;
using namespace lintas::analytics;

namespace {

qint64 utcMs(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestIncidentHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsColumnsInAnyOrder()
    {
        const QByteArray csv = "id,type,lon,note,lat,timestamp\r\n"
                               "7,kecelakaan,106.8230,\"Sarinah, Thamrin\",-6.1872,2024-03-12T10:30:00+07:00\r\n"
                               "8,,106.80,\"a \"\"quoted\"\" note\",-6.20,2024-03-12T01:00:00Z\r\n"
                               "\r\n"
                               "9,kemacetan,106.9,,-6.3,1710208800\r\n";
        QString error;
        const QList<HistoryEvent> events = readHistoryCsv(csv, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(events.size(), 3);
        // Sorted by time: 01:00 UTC, 02:00 UTC (the Unix seconds), 03:30 UTC.
        QCOMPARE(events[0].atMs, utcMs(2024, 3, 12, 1, 0));
        QCOMPARE(events[0].type, QString());
        QCOMPARE(events[1].atMs, qint64(1710208800) * 1000);
        QCOMPARE(events[1].type, QStringLiteral("kemacetan"));
        QCOMPARE(events[2].atMs, utcMs(2024, 3, 12, 3, 30));
        QCOMPARE(events[2].latitude, -6.1872);
        QCOMPARE(events[2].longitude, 106.8230);
        QCOMPARE(events[2].type, QStringLiteral("kecelakaan"));
    }

    void timesWithoutOffsetAreWib_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("no offset: WIB") << "2024-03-12T10:30:00" << utcMs(2024, 3, 12, 3, 30);
        QTest::newRow("space for T") << "2024-03-12 10:30:00" << utcMs(2024, 3, 12, 3, 30);
        QTest::newRow("Z") << "2024-03-12T10:30:00Z" << utcMs(2024, 3, 12, 10, 30);
        QTest::newRow("+07:00") << "2024-03-12T10:30:00+07:00" << utcMs(2024, 3, 12, 3, 30);
        QTest::newRow("+08:00 (WITA)") << "2024-03-12T10:30:00+08:00" << utcMs(2024, 3, 12, 2, 30);
        QTest::newRow("milliseconds") << "2024-03-12T10:30:00.250Z" << utcMs(2024, 3, 12, 10, 30) + 250;
        QTest::newRow("Unix seconds") << "1710239400" << qint64(1710239400) * 1000;
        QTest::newRow("Unix seconds with a fraction") << "1710239400.5" << qint64(1710239400) * 1000 + 500;
    }
    void timesWithoutOffsetAreWib()
    {
        QFETCH(QString, time);
        QFETCH(qint64, expected);
        QString error;
        const QList<HistoryEvent> events =
            readHistoryCsv("time,latitude,longitude\n\"" + time.toUtf8() + "\",-6.2,106.8\n", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].atMs, expected);
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad latitude") << QByteArray("time,latitude,longitude\n"
                                                    "2024-03-12T10:30:00+07:00,-6.2,106.8\n"
                                                    "2024-03-12T10:31:00+07:00,abc,106.8\n")
                                      << "line 3, column latitude: 'abc' is not a number";
        QTest::newRow("bad longitude under its short name")
            << QByteArray("lat,lng,time\n-6.2,106.8x,1710239400\n") << "line 2, column lng: '106.8x' is not a number";
        QTest::newRow("latitude out of range") << QByteArray("time,latitude,longitude\n1710239400,95,106.8\n")
                                               << "line 2, column latitude: 95 is not a latitude";
        QTest::newRow("bad time") << QByteArray("time,latitude,longitude\n\n\n12 March 2024,-6.2,106.8\n")
                                  << "line 4, column time: '12 March 2024' is not a time";
        QTest::newRow("milliseconds are not seconds")
            << QByteArray("time,latitude,longitude\n1710239400000,-6.2,106.8\n") << "line 2, column time:";
        QTest::newRow("missing value") << QByteArray("time,latitude,longitude\n1710239400,-6.2\n")
                                       << "line 2, column longitude: the value is missing";
        QTest::newRow("missing column") << QByteArray("time,latitude,type\n1710239400,-6.2,x\n")
                                        << "line 1: the header has no column longitude";
        QTest::newRow("no header") << QByteArray("2024-03-12T10:30:00+07:00,-6.2,106.8\n") << "line 1: no header";
        QTest::newRow("empty") << QByteArray("\n\n") << "the file is empty";
        QTest::newRow("open quote") << QByteArray(
                                           "time,latitude,longitude,type\n1710239400,-6.2,106.8,\"never closed\n")
                                    << "line 2: a quoted field is never closed";
    }
    void badInputIsNamed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QString error;
        const QList<HistoryEvent> events = readHistoryCsv(csv, &error);
        QVERIFY(events.isEmpty());
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void roundTrip()
    {
        const QList<HistoryEvent> events{
            {utcMs(2024, 3, 12, 3, 30), -6.1872001, 106.8230456, QStringLiteral("kecelakaan")},
            {utcMs(2024, 3, 12, 3, 30, 1) + 125, -6.2, 106.8, QStringLiteral("with, a comma and \"quotes\"")},
            {utcMs(2024, 3, 13, 17, 0), -6.123456789012, 106.987654321098, QString()},
        };
        const QByteArray csv = writeHistoryCsv(events);
        QVERIFY(csv.startsWith("time,latitude,longitude,type\n"));
        QVERIFY2(csv.contains("2024-03-12T10:30:00+07:00,"), csv.constData());
        QString error;
        const QList<HistoryEvent> back = readHistoryCsv(csv, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), events.size());
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(back[i].atMs, events[i].atMs);
            QCOMPARE(back[i].latitude, events[i].latitude);
            QCOMPARE(back[i].longitude, events[i].longitude);
            QCOMPARE(back[i].type, events[i].type);
        }
    }

    void readsAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFtime;latitude;longitude\n1710239400;-6.2;106.8\n"); // BOM, semicolons
        file.close();
        QString error;
        QCOMPARE(readHistoryFile(path, &error).size(), 1);
        QVERIFY(error.isEmpty());
        QVERIFY(readHistoryFile(dir.filePath(QStringLiteral("missing.csv")), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("missing.csv")), qPrintable(error));
    }

    void readsAStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        qint64 nowMs = utcMs(2026, 11, 27, 6, 0);
        {
            Store store(path, QStringLiteral("desk-a"));
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            HybridClock clock([&nowMs] { return nowMs; });
            ChangeFactory changes(QStringLiteral("desk-a"), QStringLiteral("87050123"), &clock);
            CaseFactory cases(&changes);
            auto commit = [&](const ChangeList &list) {
                nowMs += 60'000;
                const CommitResult result = store.commitLocal(list);
                if (!result.ok)
                    qWarning() << result.error;
                return result.ok;
            };
            auto incident = [&](const QString &type, double lat, double lon, qint64 reportedMs, QUuid *id) {
                IncidentDraft draft;
                draft.typeCode = type;
                draft.latitude = lat;
                draft.longitude = lon;
                draft.stationCode = QStringLiteral("JAKPUS");
                draft.reportedAt = QDateTime::fromMSecsSinceEpoch(reportedMs, Qt::UTC);
                return commit(changes.createIncident(draft, id));
            };
            QUuid first, second, third, noPosition;
            QVERIFY(incident(QStringLiteral("kecelakaan"), -6.1872, 106.8230, utcMs(2026, 11, 20, 1, 0), &first));
            QVERIFY(incident(QStringLiteral("kemacetan"), -6.2000, 106.8450, utcMs(2026, 11, 22, 9, 0), &second));
            QVERIFY(incident(QStringLiteral("kemacetan"), -6.1500, 106.8000, utcMs(2026, 10, 1, 9, 0), &third));
            QVERIFY(incident(QStringLiteral("lainnya"), std::nan(""), std::nan(""), utcMs(2026, 11, 21, 9, 0),
                             &noPosition));
            auto accident = [&](const QString &occurredAt, double lat, double lon, const QUuid &linked) {
                QVariantMap data{{QLatin1String(casefield::kOccurredAt), occurredAt},
                                 {QLatin1String(casefield::kLatitude), lat},
                                 {QLatin1String(casefield::kLongitude), lon},
                                 {QLatin1String(casefield::kPlace), QStringLiteral("Jl. Gatot Subroto")}};
                if (!linked.isNull())
                    data.insert(QLatin1String(casefield::kLinkedIncidents),
                                QVariantList{linked.toString(QUuid::WithoutBraces)});
                return commit({cases.createCase(CaseKind::Accident, QStringLiteral("JAKSEL"), data)});
            };
            // An accident on its own, and one whose case links the first incident (the same event: counted once).
            QVERIFY(accident(QStringLiteral("2026-11-21T15:00:00+07:00"), -6.2300, 106.8200, {}));
            QVERIFY(accident(QStringLiteral("2026-11-20T08:00:00+07:00"), -6.1872, 106.8230, first));
        }
        QString error;
        const QList<HistoryEvent> events =
            readStoreHistory(path, QDateTime::fromMSecsSinceEpoch(utcMs(2026, 11, 1, 0, 0), Qt::UTC),
                             QDateTime::fromMSecsSinceEpoch(utcMs(2026, 11, 27, 0, 0), Qt::UTC), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(events.size(), 3); // the October incident is outside the window, one has no position
        QCOMPARE(events[0].atMs, utcMs(2026, 11, 20, 1, 0));
        QCOMPARE(events[0].type, QStringLiteral("kecelakaan"));
        QCOMPARE(events[1].atMs, utcMs(2026, 11, 21, 8, 0));
        QCOMPARE(events[1].type, QStringLiteral("accident"));
        QCOMPARE(events[1].latitude, -6.2300);
        QCOMPARE(events[1].longitude, 106.8200);
        QCOMPARE(events[2].atMs, utcMs(2026, 11, 22, 9, 0));
        QCOMPARE(events[2].type, QStringLiteral("kemacetan"));
        // Without bounds: every event.
        QCOMPARE(readStoreHistory(path, {}, {}, &error).size(), 4);
        // A store that is not there: an error, and no connection left behind.
        const QStringList before = QSqlDatabase::connectionNames();
        QVERIFY(readStoreHistory(dir.filePath(QStringLiteral("none.db")), {}, {}, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("none.db")));
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }
};

QTEST_GUILESS_MAIN(TestIncidentHistory)
#include "tst_incidenthistory.moc"
