// The report on paper without a store: a hand-made DailyReport rendered in both languages — the header, every
// figure in its unit ("Rp 1.250.000" / "IDR 1,250,000", medians as minutes), the change in percent with "–" where
// there is no value, the charts, and the A4 PDF read back with pdftotext.

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include "analytics/dailyreport.h"
#include "report/reportchart.h"
#include "report/reportfiles.h"
#include "report/reportrenderer.h"
#include "report/reportwords.h"

using namespace lintas;
using analytics::ReportLanguage;

namespace {

analytics::ReportRow row(const char *key, const char *id, const char *en, std::optional<qint64> current,
                         std::optional<qint64> previous, std::optional<qint64> lastYear,
                         analytics::ReportUnit unit = analytics::ReportUnit::Count)
{
    analytics::ReportRow r;
    r.key = QLatin1String(key);
    r.label = analytics::ReportText{QString::fromUtf8(id), QString::fromUtf8(en)};
    r.unit = unit;
    r.figure = analytics::ReportFigure{current, previous, lastYear};
    return r;
}

// Polda Metro Jaya on 27 November 2026: five tickets (four the day before, none a year ago), fines of
// Rp 1.250.000, a response median of 12.5 minutes, and accidents in two time bands.
analytics::DailyReport handMade()
{
    analytics::DailyReport report;
    report.scope = analytics::ReportScope{QStringLiteral("PMJ")};
    report.period = analytics::ReportPeriod::day(QDate(2026, 11, 27));
    report.previousPeriod = report.period.previous();
    report.lastYearPeriod = report.period.sameLastYear();
    report.generatedAt = QDateTime(QDate(2026, 11, 28), QTime(0, 5), Qt::UTC); // 07:05 WIB

    analytics::ReportTable violations;
    violations.key = QLatin1String(analytics::reporttable::kViolations);
    violations.title = analytics::ReportText{QStringLiteral("Pelanggaran"), QStringLiteral("Violations")};
    violations.rows = {
        row("total", "Jumlah pelanggaran", "Violations", 5, 4, 0),
        row("r2", "Sepeda motor (R2)", "Motorcycles (R2)", 3, 4, std::nullopt),
        row("r4", "Mobil (R4)", "Cars (R4)", 2, 0, 0),
        row("fines_rupiah", "Denda", "Fines", 1250000, 1000000, std::nullopt, analytics::ReportUnit::Rupiah)};
    analytics::ReportTable timeband;
    timeband.key = QLatin1String(analytics::reporttable::kAccidentTimeband);
    timeband.title =
        analytics::ReportText{QStringLiteral("Kecelakaan per rentang waktu"), QStringLiteral("Accidents by time band")};
    const char *bands[] = {"00-03", "03-06", "06-09", "09-12", "12-15", "15-18", "18-21", "21-24"};
    for (int i = 0; i < 8; ++i)
        timeband.rows.append(row(bands[i], bands[i], bands[i], i == 3 ? 2 : i == 6 ? 1 : 0, i == 3 ? 1 : 0, 0));
    analytics::ReportTable response;
    response.key = QLatin1String(analytics::reporttable::kResponse);
    response.title = analytics::ReportText{QStringLiteral("Waktu tanggap"), QStringLiteral("Response times")};
    response.rows = {row("response_median_p1", "Median tanggap P1", "Response median P1", 750, 600, std::nullopt,
                         analytics::ReportUnit::Seconds)};
    analytics::ReportTable articles;
    articles.key = QLatin1String(analytics::reporttable::kViolationArticles);
    articles.title = analytics::ReportText{QStringLiteral("Pasal"), QStringLiteral("Articles")};
    report.tables = {violations, articles, timeband, response};
    return report;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
    // One space for every run of white space: a label wrapped in its cell still reads as one phrase.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class Tst_reportrenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void htmlInIndonesian();
    void htmlInEnglish();
    void pdfReadsBack_data();
    void pdfReadsBack();
    void chartsAreDrawn();
    void emptyChartSaysSo();
    void fileNames();
};

void Tst_reportrenderer::formats_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    const auto id = ReportLanguage::Indonesian;
    const auto en = ReportLanguage::English;
    QTest::newRow("rupiah id") << reportwords::rupiah(1250000, id) << QStringLiteral("Rp 1.250.000");
    QTest::newRow("rupiah en") << reportwords::rupiah(1250000, en) << QStringLiteral("IDR 1,250,000");
    QTest::newRow("count id") << reportwords::count(3400, id) << QStringLiteral("3.400");
    QTest::newRow("count en") << reportwords::count(3400, en) << QStringLiteral("3,400");
    QTest::newRow("minutes id") << reportwords::minutes(750, id) << QStringLiteral("12,5 mnt");
    QTest::newRow("minutes en") << reportwords::minutes(750, en) << QStringLiteral("12.5 min");
    QTest::newRow("no value") << reportwords::figure(std::nullopt, analytics::ReportUnit::Count, id)
                              << QStringLiteral("\u2013");
    QTest::newRow("rise id") << reportwords::percent(25.0, id) << QStringLiteral("+25,0%");
    QTest::newRow("fall en") << reportwords::percent(-12.34, en) << QStringLiteral("-12.3%");
    QTest::newRow("same") << reportwords::percent(0.0, en) << QStringLiteral("0.0%");
    QTest::newRow("no percent") << reportwords::percent(std::nullopt, en) << QStringLiteral("\u2013");
    QTest::newRow("date id") << reportwords::date(QDate(2026, 11, 27), id) << QStringLiteral("27-11-2026");
    QTest::newRow("date en") << reportwords::date(QDate(2026, 11, 27), en) << QStringLiteral("27 Nov 2026");
    QTest::newRow("time wib") << reportwords::wibDateTime(QDateTime(QDate(2026, 11, 28), QTime(0, 5), Qt::UTC), id)
                              << QStringLiteral("28-11-2026 07:05 WIB");
}

void Tst_reportrenderer::formats()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void Tst_reportrenderer::htmlInIndonesian()
{
    const ReportRenderer renderer(handMade(), ReportLanguage::Indonesian);
    QTextDocument document;
    document.setHtml(renderer.html());
    const QString text = document.toPlainText();
    QVERIFY(text.contains(QStringLiteral("KEPOLISIAN NEGARA REPUBLIK INDONESIA")));
    QVERIFY(text.contains(QStringLiteral("POLDA METRO JAYA")));
    QVERIFY(text.contains(QStringLiteral("ANEV HARIAN")));
    QVERIFY(text.contains(QStringLiteral("Pelanggaran")));
    QVERIFY(text.contains(QStringLiteral("Jumlah pelanggaran")));
    QVERIFY(text.contains(QStringLiteral("Rp 1.250.000")));
    QVERIFY(text.contains(QStringLiteral("Rp 1.000.000")));
    QVERIFY(text.contains(QStringLiteral("+25,0%")));     // 5 against 4 the day before
    QVERIFY(text.contains(QStringLiteral("12,5 mnt")));   // 750 s
    QVERIFY(text.contains(QStringLiteral("26-11-2026"))); // H-1
    QVERIFY(text.contains(QStringLiteral("27-11-2025"))); // the same day last year
    QVERIFY(text.contains(QStringLiteral("Nihil")));      // the article table has no rows
    QVERIFY(text.contains(QStringLiteral("\u2013")));     // no value a year ago, no change against zero
    QVERIFY(!text.contains(QStringLiteral("IDR")));
    // Two charts here: the vehicles after the violations and the time bands after theirs.
    QCOMPARE(renderer.images().size(), 2);
    QVERIFY(renderer.html().contains(QStringLiteral("chart-vehicles.png")));
    QVERIFY(renderer.html().contains(QStringLiteral("chart-timeband.png")));
}

void Tst_reportrenderer::htmlInEnglish()
{
    const ReportRenderer renderer(handMade(), ReportLanguage::English);
    QTextDocument document;
    document.setHtml(renderer.html());
    const QString text = document.toPlainText();
    QVERIFY(text.contains(QStringLiteral("DAILY REPORT")));
    QVERIFY(text.contains(QStringLiteral("Violations")));
    QVERIFY(text.contains(QStringLiteral("IDR 1,250,000")));
    QVERIFY(text.contains(QStringLiteral("+25.0%")));
    QVERIFY(text.contains(QStringLiteral("12.5 min")));
    QVERIFY(text.contains(QStringLiteral("26 Nov 2026")));
    QVERIFY(text.contains(QStringLiteral("None")));
    QVERIFY(!text.contains(QStringLiteral("Rp ")));
    QVERIFY(!text.contains(QStringLiteral("Jumlah pelanggaran")));
}

void Tst_reportrenderer::pdfReadsBack_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("id") << int(ReportLanguage::Indonesian)
                        << QStringList{QStringLiteral("KEPOLISIAN NEGARA REPUBLIK INDONESIA"),
                                       QStringLiteral("ANEV HARIAN"),
                                       QStringLiteral("Jumlah pelanggaran"),
                                       QStringLiteral("Rp 1.250.000"),
                                       QStringLiteral("+25,0%"),
                                       QStringLiteral("12,5 mnt"),
                                       QStringLiteral("Halaman 1 dari"),
                                       QStringLiteral("Dibuat 28-11-2026 07:05 WIB"),
                                       QStringLiteral("Lintas"),
                                       QStringLiteral("Kecelakaan per rentang tiga jam (WIB)")};
    QTest::newRow("en") << int(ReportLanguage::English)
                        << QStringList{QStringLiteral("DAILY REPORT"),
                                       QStringLiteral("Violations"),
                                       QStringLiteral("IDR 1,250,000"),
                                       QStringLiteral("+25.0%"),
                                       QStringLiteral("12.5 min"),
                                       QStringLiteral("Page 1 of"),
                                       QStringLiteral("Generated 28 Nov 2026 07:05 WIB"),
                                       QStringLiteral("Accidents by three-hour band (WIB)")};
}

void Tst_reportrenderer::pdfReadsBack()
{
    QFETCH(int, language);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ReportRenderer renderer(handMade(), ReportLanguage(language));
    QString error;
    const QByteArray pdf = renderer.pdf(&error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(reportfiles::write(path, pdf, &error), qPrintable(error));
    const QString text = pdfText(path);
    for (const QString &phrase : expected)
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in:\n") + text));
}

void Tst_reportrenderer::chartsAreDrawn()
{
    const ReportRenderer renderer(handMade(), ReportLanguage::Indonesian);
    for (const ReportRenderer::Image &image : renderer.images()) {
        QVERIFY(!image.image.isNull());
        QCOMPARE(image.image.width(), ReportRenderer::kChartWidth * 3);
        // The current period's bars are drawn in their colour somewhere in the picture.
        bool found = false;
        for (int y = 0; y < image.image.height() && !found; y += 2)
            for (int x = 0; x < image.image.width() && !found; x += 2)
                found = image.image.pixelColor(x, y) == QColor(0x1f, 0x4e, 0x79);
        QVERIFY2(found, qPrintable(image.name));
        const QString dir = qEnvironmentVariable("LINTAS_GUI_SCREENSHOTS");
        if (!dir.isEmpty())
            image.image.save(QDir(dir).filePath(image.name));
    }
}

void Tst_reportrenderer::emptyChartSaysSo()
{
    ReportChart chart(QStringLiteral("Kejadian"), {QStringLiteral("a")}, {{QStringLiteral("x"), Qt::blue, {0}}},
                      ReportChart::Orientation::Bars);
    chart.setNoDataText(QStringLiteral("Tidak ada data"));
    QVERIFY(!chart.hasData());
    const QImage image = chart.render(QSize(300, 120), 1.0);
    // No bar: nothing blue in it.
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            QVERIFY(image.pixelColor(x, y) != QColor(Qt::blue));
}

void Tst_reportrenderer::fileNames()
{
    const analytics::ReportScope pmj{QStringLiteral("PMJ")};
    QCOMPARE(reportfiles::fileName(pmj, analytics::ReportPeriod::day(QDate(2026, 11, 27)), ReportLanguage::Indonesian,
                                   QStringLiteral("pdf")),
             QStringLiteral("anev-harian-PMJ-2026-11-27-id.pdf"));
    const auto zebra = analytics::OperationCalendar::builtIn().byCode(QStringLiteral("zebra-2025"));
    QVERIFY(zebra);
    QCOMPARE(reportfiles::fileName(analytics::ReportScope{QStringLiteral("JAKPUS")},
                                   analytics::ReportPeriod::operation(*zebra), ReportLanguage::English,
                                   QStringLiteral("csv")),
             QStringLiteral("anev-operasi-JAKPUS-zebra-2025-en.csv"));
    QCOMPARE(reportfiles::shortHash(QByteArray::fromHex("3f2a9c1e00")), QStringLiteral("3f2a9c1e\u2026"));
}

QTEST_MAIN(Tst_reportrenderer)
#include "tst_reportrenderer.moc"
