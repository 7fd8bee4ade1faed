// CSV export of incidents and cases (RFC 4180): it parses back with the catalogues' CSV reader, one row per
// record, and fields with commas, quotes and markup survive the round trip.

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "analytics/exchange/csvexport.h"
#include "analytics/exchange/exchangereader.h"
#include "core/csvtable.h"
#include "exchangefixture.h"

using namespace lintas;
using namespace lintas::test;

class TestCsvExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ExchangeFixture m_source;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_source.build(m_dir));
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("Jl. Sudirman") << QStringLiteral("Jl. Sudirman");
        QTest::newRow("comma") << QStringLiteral("Gambir, Jakarta") << QStringLiteral("\"Gambir, Jakarta\"");
        QTest::newRow("quote") << QStringLiteral("Siti \"Ami\"") << QStringLiteral("\"Siti \"\"Ami\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("empty") << QString() << QString();
    }

    void quoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvExport::field(value), written);
    }

    void incidents()
    {
        const QByteArray csv = CsvExport::incidents(
            ExchangeReader(m_source.path).incidents({QDate(2026, 11, 26), QDate(2026, 11, 27), {}}));
        QVERIFY(csv.endsWith("\r\n"));
        QString error;
        const auto table = CsvTable::parse(csv, CsvExport::incidentColumns(), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rowCount(), 3);
        // Oldest report first: the jam, the accident, the flood.
        QCOMPARE(table->value(0, QStringLiteral("status")), QStringLiteral("closed"));
        QCOMPARE(table->value(1, QStringLiteral("number")), m_source.incident(m_source.accident).number);
        QCOMPARE(table->value(1, QStringLiteral("summary")), ExchangeFixture::noteWithSpecials());
        QCOMPARE(table->value(1, QStringLiteral("latitude")), QStringLiteral("-6.1754000"));
        QCOMPARE(table->value(1, QStringLiteral("longitude")), QStringLiteral("106.8222000"));
        QCOMPARE(table->value(1, QStringLiteral("priority")), QStringLiteral("P1"));
        QCOMPARE(table->value(1, QStringLiteral("units")), QStringLiteral("JAKPUS-R2-03 JAKPUS-R4-01"));
        QCOMPARE(table->value(1, QStringLiteral("lanes_blocked")), QStringLiteral("2"));
        QCOMPARE(table->value(1, QStringLiteral("reported_at")), QStringLiteral("2026-11-27T09:02:00+07:00"));
        QCOMPARE(table->value(2, QStringLiteral("type")), QStringLiteral("banjir"));
        QCOMPARE(table->value(2, QStringLiteral("cleared_at")), QString());
    }

    void cases()
    {
        const QByteArray csv =
            CsvExport::cases(ExchangeReader(m_source.path).cases({QDate(2026, 11, 27), QDate(2026, 11, 27), {}}));
        QString error;
        const auto table = CsvTable::parse(csv, CsvExport::caseColumns(), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->value(0, QStringLiteral("plate")), QStringLiteral("B 9876 AB"));
        QCOMPARE(table->value(0, QStringLiteral("latitude")), QString());
        QCOMPARE(table->value(0, QStringLiteral("place")), QStringLiteral("Jl. Daan Mogot, Cengkareng"));
        QCOMPARE(table->value(1, QStringLiteral("kind")), QStringLiteral("violation"));
        QCOMPARE(table->value(1, QStringLiteral("station")), QStringLiteral("JAKPUS-GAMBIR"));
        QCOMPARE(table->value(1, QStringLiteral("latitude")), QStringLiteral("-6.1760000"));
        QCOMPARE(table->value(1, QStringLiteral("occurred_at")), QStringLiteral("2026-11-27T08:00:00+07:00"));
        QVERIFY(table->value(1, QStringLiteral("fine")).toLongLong() > 0);
        QVERIFY(csv.contains("\"Jl. Medan Merdeka Barat, Gambir\""));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
