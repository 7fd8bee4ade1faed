// `lintas-field history`: the history file lintas-analytics evaluate reads, from the command line — its header, its
// rows inside the asked weeks, the same file for the same seed, and usage errors that name the option and write
// nothing.

#include <QDateTime>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "field/fieldcli.h"

using namespace lintas::field;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int run(const QStringList &arguments)
{
    return FieldCli::run(QStringList{QStringLiteral("lintas-field"), QStringLiteral("history")} + arguments);
}

} // namespace

class TestHistoryCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void writesTheHistory()
    {
        const QString out = m_dir.filePath(QStringLiteral("history.csv"));
        const QString map = QStringLiteral(LINTAS_DEMO_MAP);
        const QString end = QStringLiteral("2026-11-28T00:00:00+07:00");
        QCOMPARE(run({QStringLiteral("--weeks"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("42"),
                      QStringLiteral("--map"), map, QStringLiteral("--out"), out, QStringLiteral("--end"), end}),
                 0);
        const QByteArray csv = readAll(out);
        QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(), QByteArray("time,latitude,longitude,type"));
        QCOMPARE(lines.last(), QByteArray()); // ends with a newline
        lines = lines.mid(1, lines.size() - 2);
        // About 200 reports a day for 14 days.
        QVERIFY2(lines.size() > 14 * 170 && lines.size() < 14 * 230, qPrintable(QString::number(lines.size())));
        const QDateTime endTime = QDateTime::fromString(end, Qt::ISODate);
        for (const QByteArray &line : std::as_const(lines)) {
            const QList<QByteArray> cells = line.split(',');
            QCOMPARE(cells.size(), 4);
            const QDateTime at = QDateTime::fromString(QString::fromLatin1(cells.at(0)), Qt::ISODate);
            QVERIFY2(at.isValid() && cells.at(0).endsWith("+07:00"), line.constData());
            QVERIFY(at < endTime && at >= endTime.addDays(-14));
            bool ok = false;
            QVERIFY(cells.at(1).toDouble(&ok) < -6.0 && ok);
            QVERIFY(cells.at(2).toDouble(&ok) > 106.0 && ok);
            QVERIFY(!cells.at(3).isEmpty());
        }

        // The same seed, map and end: the same file; another seed: another history.
        const QString again = m_dir.filePath(QStringLiteral("again.csv"));
        QCOMPARE(run({QStringLiteral("--weeks"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("42"),
                      QStringLiteral("--map"), map, QStringLiteral("--out"), again, QStringLiteral("--end"),
                      QStringLiteral("2026-11-28T00:00:00")}), // no offset: WIB
                 0);
        QCOMPARE(readAll(again), csv);
        const QString other = m_dir.filePath(QStringLiteral("other.csv"));
        QCOMPARE(run({QStringLiteral("--weeks"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("43"),
                      QStringLiteral("--map"), map, QStringLiteral("--out"), other, QStringLiteral("--end"), end}),
                 0);
        QVERIFY(readAll(other) != csv);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString map = QStringLiteral(LINTAS_DEMO_MAP);
        const QString out = m_dir.filePath(QStringLiteral("bad.csv"));
        QTest::newRow("no map") << QStringList{QStringLiteral("--out"), out};
        QTest::newRow("unreadable map") << QStringList{QStringLiteral("--map"), m_dir.filePath(QStringLiteral("none")),
                                                       QStringLiteral("--out"), out};
        QTest::newRow("no out") << QStringList{QStringLiteral("--map"), map};
        QTest::newRow("no folder") << QStringList{QStringLiteral("--map"), map, QStringLiteral("--out"),
                                                  m_dir.filePath(QStringLiteral("missing/bad.csv"))};
        QTest::newRow("zero weeks") << QStringList{
            QStringLiteral("--map"), map, QStringLiteral("--out"), out, QStringLiteral("--weeks"), QStringLiteral("0")};
        QTest::newRow("bad seed") << QStringList{
            QStringLiteral("--map"), map, QStringLiteral("--out"), out, QStringLiteral("--seed"), QStringLiteral("x")};
        QTest::newRow("bad end") << QStringList{QStringLiteral("--map"), map,
                                                QStringLiteral("--out"), out,
                                                QStringLiteral("--end"), QStringLiteral("yesterday")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("--map"), map, QStringLiteral("--out"), out,
                                                       QStringLiteral("extra")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(run(arguments), 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.csv"))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHistoryCommand)
#include "tst_historycommand.moc"
