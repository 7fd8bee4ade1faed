// lintas-analytics report, the real binary on a store this test writes: the text table in both languages, the
// CSV, an operation instead of a day, and bad options named in the message with exit code 2.

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/casefactory.h"
#include "core/changefactory.h"
#include "store/casereader.h"
#include "store/store.h"

using namespace lintas;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LINTAS_ANALYTICS_BINARY), QStringList{QStringLiteral("report")} + arguments);
    Run result;
    if (!process.waitForStarted(30'000) || !process.waitForFinished(60'000)) {
        result.err = process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString field(const char *name)
{
    return QLatin1String(name);
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    Run report(const QStringList &more) { return run(QStringList{QStringLiteral("--store"), m_path} + more); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cli.db"));
        qint64 nowMs = QDateTime(QDate(2026, 11, 28), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
        Store store(m_path, QStringLiteral("desk-a"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        HybridClock clock([&nowMs] { return nowMs; });
        ChangeFactory changes(QStringLiteral("desk-a"), QStringLiteral("87050123"), &clock);
        CaseFactory cases(&changes);
        // Two tickets on 27 November, one the day before; a Zebra 2026 day.
        for (const char *at : {"2026-11-27T09:00:00+07:00", "2026-11-27T15:00:00+07:00", "2026-11-26T09:00:00+07:00"}) {
            QVariantMap data{{field(casefield::kOffenderName), QStringLiteral("Budi Santoso")},
                             {field(casefield::kOffenderNik), QStringLiteral("3171011505800001")},
                             {field(casefield::kPlate), QStringLiteral("B 1234 XYZ")},
                             {field(casefield::kVehicleKind), QStringLiteral("r2")},
                             {field(casefield::kOfficerNrp), QStringLiteral("87050123")},
                             {field(casefield::kOccurredAt), QLatin1String(at)},
                             {field(casefield::kPlace), QStringLiteral("Jl. Medan Merdeka Barat")},
                             {field(casefield::kOutcome), QStringLiteral("tilang")}};
            data.insert(cases.chargeFields({QStringLiteral("287(1)")}, ArticleCatalogue::builtIn()));
            QUuid id;
            QVERIFY(store.commitLocal({cases.createCase(CaseKind::Violation, QStringLiteral("JAKPUS"), data, &id)}).ok);
            const auto file = CaseReader(m_path).caseFile(id);
            QVERIFY(file.has_value());
            const CommitResult submitted = store.commitLocal({cases.submitCase(file->record)});
            QVERIFY2(submitted.ok, qPrintable(submitted.error));
        }
        store.close();
    }

    void printsCsv()
    {
        const Run result = report({QStringLiteral("--scope"), QStringLiteral("JAKPUS"), QStringLiteral("--day"),
                                   QStringLiteral("2026-11-27"), QStringLiteral("--csv")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("table,row,label,unit,current,h_1,change_h_1_pct,last_year,"
                                                "change_last_year_pct"));
        QVERIFY2(lines.contains(QStringLiteral("violations,total,Jumlah pelanggaran,count,2,1,100.0,0,")),
                 qPrintable(result.out));
        QVERIFY(lines.contains(QStringLiteral("violations,tilang,Tilang,count,2,1,100.0,0,")));
        const Run english = report({QStringLiteral("--scope"), QStringLiteral("JAKPUS"), QStringLiteral("--day"),
                                    QStringLiteral("2026-11-27"), QStringLiteral("--csv"), QStringLiteral("--language"),
                                    QStringLiteral("en")});
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.contains(QStringLiteral("\nviolations,total,\"Violations, total\",count,2,1,100.0,0,\n")),
                 qPrintable(english.out));
    }

    void printsATextTableInEitherLanguage()
    {
        const Run id = report({QStringLiteral("--scope"), QStringLiteral("jakpus"), QStringLiteral("--day"),
                               QStringLiteral("2026-11-27")});
        QVERIFY2(id.exitCode == 0, qPrintable(id.err));
        QVERIFY2(id.out.contains(QStringLiteral("Polres Metro Jakarta Pusat")), qPrintable(id.out));
        QVERIFY(id.out.contains(QStringLiteral("Periode: Jumat, 27 November 2026")));
        QVERIFY(id.out.contains(QStringLiteral("H-1: Kamis, 26 November 2026")));
        QVERIFY(id.out.contains(QStringLiteral("Pelanggaran lalu lintas")));
        QVERIFY(id.out.contains(QStringLiteral("Tahun lalu")));
        // The row: label, current, H-1, change, last year, change ("–" where there is none).
        const QStringList lines = id.out.split(QLatin1Char('\n'));
        const auto line = std::find_if(lines.begin(), lines.end(), [](const QString &text) {
            return text.startsWith(QStringLiteral("Jumlah pelanggaran"));
        });
        QVERIFY(line != lines.end());
        QCOMPARE(line->simplified(), QStringLiteral("Jumlah pelanggaran 2 1 +100,0% 0 –"));

        const Run en = report({QStringLiteral("--scope"), QStringLiteral("JAKPUS"), QStringLiteral("--day"),
                               QStringLiteral("2026-11-27"), QStringLiteral("--language"), QStringLiteral("en")});
        QCOMPARE(en.exitCode, 0);
        QVERIFY(en.out.contains(QStringLiteral("Period: Friday, 27 November 2026")));
        QVERIFY(en.out.contains(QStringLiteral("Traffic violations")));
        QVERIFY(en.out.contains(QStringLiteral("Current")));
        QVERIFY2(en.out.contains(QStringLiteral("Fines (IDR)")), qPrintable(en.out));
    }

    void reportsAnOperation()
    {
        const Run result = report({QStringLiteral("--scope"), QStringLiteral("PMJ"), QStringLiteral("--operation"),
                                   QStringLiteral("zebra-2026"), QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("Operation Zebra 2026")));
        QVERIFY(result.out.contains(QStringLiteral("Polda Metro Jaya")));
        QVERIFY(result.out.contains(
            QStringLiteral("Last year: Operation Zebra 2025, 2025-11-17 00:00 – 2025-12-01 00:00 WIB")));
        QVERIFY2(result.out.contains(QStringLiteral("H-1: 2 November 2026 00:00 – 16 November 2026 00:00 WIB")),
                 qPrintable(result.out));
    }

    void namesTheBadOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected"); // parts of the message on stderr
        QTest::addRow("scope unknown") << QStringList{"--scope", "XYZ", "--day", "2026-11-27"}
                                       << QStringList{"--scope", "XYZ", "JAKPUS"};
        QTest::addRow("scope a Polsek") << QStringList{"--scope", "JAKPUS-GAMBIR"}
                                        << QStringList{"--scope", "JAKPUS-GAMBIR"};
        QTest::addRow("scope missing") << QStringList{"--day", "2026-11-27"} << QStringList{"--scope"};
        QTest::addRow("day") << QStringList{"--scope", "JAKPUS", "--day", "2026-13-01"}
                             << QStringList{"--day", "2026-13-01"};
        QTest::addRow("day and operation")
            << QStringList{"--scope", "JAKPUS", "--day", "2026-11-27", "--operation", "zebra-2026"}
            << QStringList{"--day", "--operation"};
        QTest::addRow("operation") << QStringList{"--scope", "JAKPUS", "--operation", "zebra-1999"}
                                   << QStringList{"--operation", "zebra-1999", "zebra-2026"};
        QTest::addRow("language") << QStringList{"--scope", "JAKPUS", "--language", "fr"}
                                  << QStringList{"--language", "fr"};
        QTest::addRow("unknown option") << QStringList{"--scope", "JAKPUS", "--bogus"} << QStringList{"bogus"};
    }

    void namesTheBadOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const Run result = report(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        for (const QString &part : expected)
            QVERIFY2(result.err.contains(part), qPrintable(result.err));
    }

    void namesAMissingStore()
    {
        const Run missing = run({QStringLiteral("--scope"), QStringLiteral("JAKPUS")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("--store")), qPrintable(missing.err));
        const QString nowhere = m_dir.filePath(QStringLiteral("nowhere.db"));
        const Run absent =
            run({QStringLiteral("--store"), nowhere, QStringLiteral("--scope"), QStringLiteral("JAKPUS")});
        QCOMPARE(absent.exitCode, 2);
        QVERIFY2(absent.err.contains(QStringLiteral("nowhere.db")), qPrintable(absent.err));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
