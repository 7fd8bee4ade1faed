// lintas-field relay's reader: NMEA from a file (replayed at its own pace), a TCP stream and a serial device (a
// pseudo-terminal here) through Qt Positioning, turned into positions of one unit; bad sentences named with
// their line.

#include <cmath>

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "field/nmearelay.h"

using namespace lintas::field;

namespace {

// A sentence with its checksum: "$" + body + "*hh".
QByteArray sentence(const QByteArray &body)
{
    return "$" + body + "*" + QByteArray::number(nmeaChecksum(body), 16).toUpper().rightJustified(2, '0');
}

// Four fixes a second apart, heading east at 20 knots along 6°11.1234' S, with the noise a receiver log has:
// a sentence with a wrong checksum (line 3), a line that is not NMEA (line 6) and a satellite sentence that
// carries no position (line 5).
QByteArray recording()
{
    QList<QByteArray> lines;
    const auto rmc = [](int second, double minutesEast) {
        return sentence(QStringLiteral("GPRMC,0100%1.00,A,0611.1234,S,106%2,E,20.0,90.0,251126,,,A")
                            .arg(second, 2, 10, QLatin1Char('0'))
                            .arg(minutesEast, 7, 'f', 4, QLatin1Char('0'))
                            .toLatin1());
    };
    lines.append(rmc(0, 49.4567));
    lines.append(sentence("GPGGA,010000.00,0611.1234,S,10649.4567,E,1,08,0.9,12.0,M,0.0,M,,"));
    QByteArray broken = rmc(1, 49.4667);
    broken.chop(2);
    broken += "00"; // line 3: the checksum no longer fits
    lines.append(broken);
    lines.append(rmc(1, 49.4667));
    lines.append(sentence("GPGSV,1,1,01,05,45,120,40"));
    lines.append("hello from the receiver's debug port");
    lines.append(rmc(2, 49.4767));
    lines.append(rmc(3, 49.4867));
    return lines.join("\r\n") + "\r\n";
}

struct Collected
{
    QList<UnitFix> fixes;
    QList<QPair<qint64, QString>> problems;
    bool finished = false;
    QString failure;
};

void collect(NmeaRelay &relay, Collected &out)
{
    QObject::connect(&relay, &NmeaRelay::fix, &relay, [&out](const UnitFix &fix) { out.fixes.append(fix); });
    QObject::connect(&relay, &NmeaRelay::problem, &relay, [&out](qint64 line, const QString &, const QString &what) {
        out.problems.append({line, what});
    });
    QObject::connect(&relay, &NmeaRelay::finished, &relay, [&out] { out.finished = true; });
    QObject::connect(&relay, &NmeaRelay::failed, &relay, [&out](const QString &why) { out.failure = why; });
}

void verifyFixes(const Collected &got, const QUuid &unit)
{
    QCOMPARE(got.fixes.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const UnitFix &fix = got.fixes[i];
        QCOMPARE(fix.unitId, unit);
        QCOMPARE(fix.callsign, QStringLiteral("JAKPUS-PJR-07"));
        QVERIFY(std::abs(fix.latitude - -(6.0 + 11.1234 / 60.0)) < 1e-7);
        QVERIFY(std::abs(fix.longitude - (106.0 + (49.4567 + 0.01 * i) / 60.0)) < 1e-7);
        QVERIFY2(std::abs(fix.speedKmh - 20.0 * 1.852) < 0.01, qPrintable(QString::number(fix.speedKmh)));
        QVERIFY(std::abs(fix.headingDeg - 90.0) < 1e-9);
        if (i > 0)
            QCOMPARE(fix.atMs - got.fixes[i - 1].atMs, 1000);
    }
    // From the GGA's HDOP and a typical receiver's range error; Qt gives the 95 % radius, twice HDOP × UERE.
    QVERIFY2(std::abs(got.fixes[0].accuracyM - 2 * 0.9 * 5.1) < 0.01,
             qPrintable(QString::number(got.fixes[0].accuracyM)));
}

void verifyProblems(const Collected &got)
{
    QCOMPARE(got.problems.size(), 2);
    QCOMPARE(got.problems[0].first, 3);
    QVERIFY2(got.problems[0].second.contains(QLatin1String("checksum")), qPrintable(got.problems[0].second));
    QCOMPARE(got.problems[1].first, 6);
    QVERIFY2(got.problems[1].second.contains(QLatin1String("'$'")), qPrintable(got.problems[1].second));
}

} // namespace

class TestNmeaRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksum();
    void sentenceChecks_data();
    void sentenceChecks();
    void sources_data();
    void sources();
    void replaysAFile();
    void missingFile();
    void readsTcp();
    void readsSerial();
};

void TestNmeaRelay::checksum()
{
    // The example every NMEA reference gives.
    QCOMPARE(nmeaChecksum("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"), quint8(0x47));
}

void TestNmeaRelay::sentenceChecks_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("problem"); // a word the message must contain; empty: no problem
    QTest::newRow("good") << sentence("GPRMC,010000.00,A,0611.1234,S,10649.4567,E,0.0,0.0,251126,,,A") << QString();
    QTest::newRow("lowercase hex") << sentence("GPGSV,1,1,00").toLower().replace("$gpgsv", "$GPGSV") << QString();
    QTest::newRow("blank") << QByteArray("  \r\n") << QString();
    QTest::newRow("no dollar") << QByteArray("GPRMC,1*00") << QStringLiteral("'$'");
    QTest::newRow("no checksum") << QByteArray("$GPRMC,010000.00,A") << QStringLiteral("no checksum");
    QTest::newRow("bad checksum") << QByteArray("$GPRMC,010000.00,A*7F") << QStringLiteral("mismatch");
    QTest::newRow("malformed checksum") << QByteArray("$GPRMC,010000.00,A*G") << QStringLiteral("malformed");
    QTest::newRow("no type") << QByteArray("$,1,2*00") << QStringLiteral("sentence type");
    QTest::newRow("binary") << QByteArray("$GPRMC,\x01\x02*00") << QStringLiteral("column 8");
}

void TestNmeaRelay::sentenceChecks()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, problem);
    const QString found = checkNmeaSentence(line);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestNmeaRelay::sources_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("described");
    QTest::newRow("file") << QStringLiteral("/tmp/track.nmea") << true << QStringLiteral("/tmp/track.nmea");
    QTest::newRow("tcp") << QStringLiteral("tcp:127.0.0.1:10110") << true << QStringLiteral("tcp:127.0.0.1:10110");
    QTest::newRow("tcp v6") << QStringLiteral("tcp:[::1]:2947") << true << QStringLiteral("tcp:::1:2947");
    QTest::newRow("tcp no port") << QStringLiteral("tcp:gps.local") << false << QString();
    QTest::newRow("tcp bad port") << QStringLiteral("tcp:host:70000") << false << QString();
    QTest::newRow("serial") << QStringLiteral("serial:/dev/ttyACM0") << true << QStringLiteral("serial:/dev/ttyACM0");
    QTest::newRow("serial baud") << QStringLiteral("serial:/dev/ttyUSB0@4800") << true
                                 << QStringLiteral("serial:/dev/ttyUSB0@4800");
    QTest::newRow("serial odd baud") << QStringLiteral("serial:/dev/ttyUSB0@1234") << false << QString();
    QTest::newRow("serial no device") << QStringLiteral("serial:") << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestNmeaRelay::sources()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, described);
    QString error;
    const auto spec = parseNmeaSource(text, &error);
    QCOMPARE(bool(spec), valid);
    if (valid)
        QCOMPARE(spec->describe(), described);
    else
        QVERIFY(!error.isEmpty());
}

void TestNmeaRelay::replaysAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pjr07.nmea"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(recording());
    file.close();

    const QUuid unit = QUuid::createUuid();
    NmeaRelay relay(unit, QStringLiteral("JAKPUS-PJR-07"));
    Collected got;
    collect(relay, got);
    QString error;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(relay.start(*parseNmeaSource(path, &error), &error), qPrintable(error));
    // The file's four fixes a second apart take about three seconds to replay.
    QTRY_VERIFY_WITH_TIMEOUT(got.finished, 30'000);
    QVERIFY2(got.failure.isEmpty(), qPrintable(got.failure));
    verifyFixes(got, unit);
    verifyProblems(got);
    // Replayed as if now: the first fix carries the moment of the replay, not the file's date.
    QVERIFY(std::abs(got.fixes[0].atMs - before) < 10'000);
    QCOMPARE(relay.fixCount(), 4);
    QCOMPARE(relay.problemCount(), 2);
}

void TestNmeaRelay::missingFile()
{
    NmeaRelay relay(QUuid::createUuid(), QStringLiteral("X"));
    QString error;
    QVERIFY(!relay.start(*parseNmeaSource(QStringLiteral("/nonexistent/track.nmea"), &error), &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent/track.nmea")), qPrintable(error));
}

void TestNmeaRelay::readsTcp()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket *client = server.nextPendingConnection();
        client->write(recording());
        client->disconnectFromHost();
    });
    const QUuid unit = QUuid::createUuid();
    NmeaRelay relay(unit, QStringLiteral("JAKPUS-PJR-07"));
    Collected got;
    collect(relay, got);
    QString error;
    const auto spec = parseNmeaSource(QStringLiteral("tcp:127.0.0.1:%1").arg(server.serverPort()), &error);
    QVERIFY(spec);
    QVERIFY2(relay.start(*spec, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(got.finished, 15'000);
    QVERIFY2(got.failure.isEmpty(), qPrintable(got.failure));
    verifyFixes(got, unit);
    verifyProblems(got);
    // Live: the receiver's own clock.
    QCOMPARE(got.fixes[0].atMs, QDateTime(QDate(2026, 11, 25), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch());
}

void TestNmeaRelay::readsSerial()
{
    // A pseudo-terminal stands in for a USB receiver's tty.
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
    const QString device = QString::fromLocal8Bit(ptsname(master));
    const QUuid unit = QUuid::createUuid();
    NmeaRelay relay(unit, QStringLiteral("JAKPUS-PJR-07"));
    Collected got;
    collect(relay, got);
    QString error;
    QVERIFY2(relay.start(*parseNmeaSource(QStringLiteral("serial:%1@9600").arg(device), &error), &error),
             qPrintable(error));
    const QByteArray bytes = recording();
    QCOMPARE(::write(master, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    QTRY_COMPARE_WITH_TIMEOUT(got.fixes.size(), 4, 15'000);
    ::close(master); // the receiver unplugged: the relay ends
    QTRY_VERIFY_WITH_TIMEOUT(got.finished, 15'000);
    QVERIFY2(got.failure.isEmpty(), qPrintable(got.failure));
    verifyFixes(got, unit);
    verifyProblems(got);
}

QTEST_GUILESS_MAIN(TestNmeaRelay)
#include "tst_nmearelay.moc"
