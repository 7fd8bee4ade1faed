// lintas-analytics evaluate as a user runs it: a generated history gives the table and the verdict with exit 0; a
// broken file exits 1 naming the line and column; bad options exit 2.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "analytics/incidenthistory.h"
#include "forecasttestdata.h"

using namespace lintas;
using namespace lintas::analytics;
using namespace lintas::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run evaluate(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LINTAS_ANALYTICS_BIN), QStringList{QStringLiteral("evaluate")} + arguments);
    Run run;
    if (!process.waitForFinished(50000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestEvaluateCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_history;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const geo::GeoBounds area = squareArea(4000);
        const HotspotGrid grid(area, 250);
        HistoryGenerator generator(42);
        const QList<HistoryEvent> events = generator.generate(grid, area, 6, 1.5, latticeHotspots(grid, 2, 6, 0.3, 42));
        m_history = m_dir.filePath(QStringLiteral("history.csv"));
        QVERIFY(writeFile(m_history, writeHistoryCsv(events)));
    }

    void printsTheTableAndVerdict()
    {
        const Run run = evaluate({QStringLiteral("--history"), m_history});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        qInfo().noquote() << run.out;
        QVERIFY2(run.out.contains(QStringLiteral("Hit rate 1%")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("PAI 10%")));
        QVERIFY(run.out.contains(QStringLiteral("Forecast")));
        QVERIFY(run.out.contains(QStringLiteral("Last week's same hour")));
        QVERIFY(run.out.contains(QStringLiteral("All-time density")));
        QVERIFY(run.out.contains(QStringLiteral("Verdict: the forecast beats both baselines")));
        QVERIFY(run.out.contains(QStringLiteral("the first 4 weeks train, 2 weeks are forecast")));
        // The options change the run.
        const Run other = evaluate({QStringLiteral("--history"), m_history, QStringLiteral("--train-weeks"),
                                    QStringLiteral("3"), QStringLiteral("--cell-meters"), QStringLiteral("500")});
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        QVERIFY(other.out.contains(QStringLiteral("the first 3 weeks train, 3 weeks are forecast")));
        QVERIFY(other.out.contains(QStringLiteral("cells of 500 m")));
    }

    void brokenFileExitsOne()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.csv"));
        QVERIFY(writeFile(broken, "time,latitude,longitude\n2024-03-04T08:00:00+07:00,-6.2,106.8\n"
                                  "2024-03-04T09:00:00+07:00,-6.2,east\n"));
        Run run = evaluate({QStringLiteral("--history"), broken});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("line 3, column longitude: 'east' is not a number")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // Too short to evaluate: also the file's fault.
        QVERIFY(writeFile(broken, "time,latitude,longitude\n2024-03-04T08:00:00+07:00,-6.2,106.8\n"));
        run = evaluate({QStringLiteral("--history"), broken});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("at least 5 weeks")), qPrintable(run.err));
        run = evaluate({QStringLiteral("--history"), m_dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(run.exitCode, 1);
    }

    void badOptionsExitTwo()
    {
        QCOMPARE(evaluate({}).exitCode, 2);
        QCOMPARE(
            evaluate({QStringLiteral("--history"), m_history, QStringLiteral("--cell-meters"), QStringLiteral("wide")})
                .exitCode,
            2);
        QCOMPARE(
            evaluate({QStringLiteral("--history"), m_history, QStringLiteral("--train-weeks"), QStringLiteral("0")})
                .exitCode,
            2);
        QCOMPARE(evaluate({QStringLiteral("--history"), m_history, QStringLiteral("--bogus")}).exitCode, 2);
        const Run help = evaluate({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--train-weeks")));
    }
};

QTEST_GUILESS_MAIN(TestEvaluateCli)
#include "tst_evaluatecli.moc"
