// The hotspot grid and forecast: cells and their centres, neighbourhoods, the WIB hour of the week, recency
// weighting, expected counts that add up to the events per hour, and a planted hotspot that comes out on top in
// its own hours only.

#include <algorithm>
#include <numeric>

#include <QTest>

#include "analytics/hotspotforecast.h"
#include "forecasttestdata.h"

using namespace lintas;
using namespace lintas::analytics;
using namespace lintas::test;

namespace {

QDateTime wib(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(7 * 3600));
}

int argmax(const QVector<float> &values)
{
    return int(std::max_element(values.begin(), values.end()) - values.begin());
}

HistoryEvent eventAt(const HotspotGrid &grid, int cell, qint64 atMs)
{
    const geo::GeoPoint centre = grid.cellCenter(cell);
    return HistoryEvent{atMs, centre.lat, centre.lon, QString()};
}

} // namespace

class TestHotspotForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gridCellsRoundTrip()
    {
        const HotspotGrid grid(squareArea(2500), 250);
        QVERIFY(grid.isValid());
        QCOMPARE(grid.columns(), 10);
        QCOMPARE(grid.rows(), 10);
        QCOMPARE(grid.cellCount(), 100);
        for (int cell = 0; cell < grid.cellCount(); ++cell) {
            const geo::GeoPoint centre = grid.cellCenter(cell);
            QCOMPARE(grid.cellAt(centre.lat, centre.lon), cell);
            const geo::GeoBounds bounds = grid.cellBounds(cell);
            QVERIFY(bounds.contains(centre.lat, centre.lon));
            // A corner just inside the cell belongs to it.
            QCOMPARE(grid.cellAt(bounds.south + 1e-7, bounds.west + 1e-7), cell);
        }
        // Row 0 is the south edge, cell = row * columns + column.
        const geo::GeoBounds area = grid.area();
        QCOMPARE(grid.cellAt(area.south + 1e-6, area.west + 1e-6), 0);
        QCOMPARE(grid.cellAt(area.north - 1e-6, area.west + 1e-6), 90);
        QCOMPARE(grid.cellAt(area.south + 1e-6, area.east - 1e-6), 9);
        QCOMPARE(grid.cellAt(area.north, area.east), 99); // the edges belong to the last cells
        QCOMPARE(grid.cellAt(area.south - 1e-5, area.west + 1e-4), -1);
        QCOMPARE(grid.cellAt(area.south + 1e-4, area.east + 1e-5), -1);
        // Cells are about 250 m on each side.
        const geo::GeoPoint a = grid.cellCenter(44);
        const geo::GeoPoint b = grid.cellCenter(45);
        const geo::GeoPoint c = grid.cellCenter(54);
        QVERIFY(std::abs((b.lon - a.lon) * kMetersPerDegree * std::cos(a.lat * M_PI / 180) - 250) < 1);
        QVERIFY(std::abs((c.lat - a.lat) * kMetersPerDegree - 250) < 1);
    }

    void cellsWithin()
    {
        const HotspotGrid grid(squareArea(2500), 250);
        auto sorted = [](QList<int> cells) {
            std::sort(cells.begin(), cells.end());
            return cells;
        };
        QCOMPARE(grid.cellsWithin(44, 0), QList<int>{44});
        QCOMPARE(sorted(grid.cellsWithin(44, 250)), (QList<int>{34, 43, 44, 45, 54}));
        QCOMPARE(sorted(grid.cellsWithin(44, 360)), (QList<int>{33, 34, 35, 43, 44, 45, 53, 54, 55}));
        QCOMPARE(grid.cellsWithin(44, 500).size(), 13);
        // At the corner only the cells inside the grid.
        QCOMPARE(sorted(grid.cellsWithin(0, 250)), (QList<int>{0, 1, 10}));
        QVERIFY(grid.cellsWithin(-1, 250).isEmpty());
    }

    void coveringPadsByOneCell()
    {
        const QList<HistoryEvent> events{{0, -6.20, 106.81, {}}, {0, -6.18, 106.84, {}}, {0, -6.19, 106.82, {}}};
        const HotspotGrid grid = HotspotGrid::covering(events, 250);
        QVERIFY(grid.isValid());
        for (const HistoryEvent &event : events) {
            const int cell = grid.cellAt(event.latitude, event.longitude);
            QVERIFY(cell >= 0);
            const int row = cell / grid.columns();
            const int column = cell % grid.columns();
            QVERIFY(row > 0 && row < grid.rows() - 1);
            QVERIFY(column > 0 && column < grid.columns() - 1);
        }
        // 2.2 km north–south and 3.3 km east–west, plus a cell each side.
        QVERIFY(grid.rows() >= 10 && grid.rows() <= 12);
        QVERIFY(grid.columns() >= 15 && grid.columns() <= 17);
        QVERIFY(!HotspotGrid::covering({}, 250).isValid());
    }

    void hourOfWeekIsWib_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<int>("expected");
        QTest::newRow("Monday 00:00 WIB") << wib(2024, 3, 11, 0) << 0;
        QTest::newRow("Monday 00:00 WIB is Sunday 17:00 UTC")
            << QDateTime(QDate(2024, 3, 10), QTime(17, 0), Qt::UTC) << 0;
        QTest::newRow("Sunday 16:59 UTC is Sunday 23:59 WIB")
            << QDateTime(QDate(2024, 3, 10), QTime(16, 59), Qt::UTC) << 167;
        QTest::newRow("Monday 07:30") << wib(2024, 3, 11, 7, 30) << 7;
        QTest::newRow("Tuesday 10:30") << wib(2024, 3, 12, 10, 30) << 34;
        QTest::newRow("Friday 17:00") << wib(2026, 11, 27, 17) << 4 * 24 + 17;
        QTest::newRow("Sunday 23:00") << wib(2024, 3, 17, 23) << 167;
        QTest::newRow("1 January 1970 (a Thursday) 07:00 WIB")
            << QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC) << 3 * 24 + 7;
        QTest::newRow("before 1970: Wednesday 31 December 1969 23:00 WIB")
            << QDateTime(QDate(1969, 12, 31), QTime(16, 0), Qt::UTC) << 2 * 24 + 23;
    }
    void hourOfWeekIsWib()
    {
        QFETCH(QDateTime, at);
        QFETCH(int, expected);
        QCOMPARE(hourOfWeek(at.toMSecsSinceEpoch()), expected);
    }

    void recentEventOutweighsOldOne()
    {
        const HotspotGrid grid(squareArea(5000), 250);
        const qint64 until = mondayMs() + 10 * kWeekMs;
        const int recentCell = 5 * grid.columns() + 5;
        const int oldCell = 15 * grid.columns() + 15; // far apart: smoothing does not mix them
        // Both on a Tuesday at 10:00 WIB: one a week before the end of training, one nine weeks before.
        const qint64 tuesday10 = 24 * kHourMs + 10 * kHourMs + 15 * 60 * 1000;
        const QList<HistoryEvent> history{eventAt(grid, oldCell, mondayMs() + kWeekMs + tuesday10),
                                          eventAt(grid, recentCell, mondayMs() + 9 * kWeekMs + tuesday10)};
        ForecastOptions options;
        options.halfLifeDays = 14;
        const QVector<float> weighted = HotspotForecast::train(grid, history, until, options).expectedAtHour(34);
        QVERIFY(weighted[recentCell] > 0);
        QVERIFY(weighted[oldCell] > 0);
        // Eight weeks apart with a half-life of two weeks: the recent one counts sixteen times as much.
        QVERIFY2(weighted[recentCell] > 10 * weighted[oldCell],
                 qPrintable(QStringLiteral("%1 vs %2").arg(weighted[recentCell]).arg(weighted[oldCell])));
        // Without recency weighting they count the same.
        options.halfLifeDays = 0;
        const QVector<float> flat = HotspotForecast::train(grid, history, until, options).expectedAtHour(34);
        QVERIFY2(qFuzzyCompare(flat[recentCell], flat[oldCell]),
                 qPrintable(QStringLiteral("%1 vs %2").arg(flat[recentCell]).arg(flat[oldCell])));
    }

    void eventsAfterTrainingAreIgnored()
    {
        const HotspotGrid grid(squareArea(2500), 250);
        const qint64 until = mondayMs() + kWeekMs;
        const QList<HistoryEvent> history{eventAt(grid, 12, mondayMs() + kHourMs), eventAt(grid, 77, until + kHourMs)};
        const HotspotForecast forecast = HotspotForecast::train(grid, history, until);
        QVERIFY(!forecast.isEmpty());
        QCOMPARE(forecast.trainedUntilMs(), until);
        const QVector<float> expected = forecast.expectedOver(mondayMs(), kHoursPerWeek);
        QVERIFY(expected[12] > 0);
        QCOMPARE(expected[77], 0.0f);
        QVERIFY(HotspotForecast::train(grid, {}, until).isEmpty());
        QCOMPARE(HotspotForecast::train(grid, {}, until).expectedAtHour(3).size(), grid.cellCount());
    }

    void expectedCountsAddUpToTheRate()
    {
        // A steady 6 events an hour over the whole area for four weeks: whatever the smoothing and shrinking, the
        // expected counts of all cells in an hour add up to about 6.
        const geo::GeoBounds area = squareArea(3000);
        const HotspotGrid grid(area, 250);
        HistoryGenerator generator(7);
        const QList<HistoryEvent> history = generator.generate(grid, area, 4, 6.0, {});
        const HotspotForecast forecast = HotspotForecast::train(grid, history, mondayMs() + 4 * kWeekMs);
        for (int hour : {0, 9, 50, 100, 167}) {
            const QVector<float> expected = forecast.expectedAtHour(hour);
            const double total = std::accumulate(expected.begin(), expected.end(), 0.0);
            QVERIFY2(total > 4.5 && total < 7.5, qPrintable(QStringLiteral("hour %1: %2").arg(hour).arg(total)));
        }
        // Three hours are the sum of their hours.
        const qint64 from = mondayMs() + 4 * kWeekMs + 8 * kHourMs + 1234;
        const QVector<float> three = forecast.expectedOver(from, 3);
        const QVector<float> h8 = forecast.expectedAtHour(8);
        const QVector<float> h9 = forecast.expectedAtHour(9);
        const QVector<float> h10 = forecast.expectedAtHour(10);
        for (int cell = 0; cell < grid.cellCount(); ++cell)
            QVERIFY(std::abs(three[cell] - (h8[cell] + h9[cell] + h10[cell])) < 1e-5f);
    }

    void plantedHotspotScoresHighestAtItsHours()
    {
        // A uniform background of 3 events an hour, and one cell that is busy on weekdays from 07:00 to 09:00 WIB.
        const geo::GeoBounds area = squareArea(4000);
        const HotspotGrid grid(area, 250);
        const int hot = 7 * grid.columns() + 9;
        HistoryGenerator generator(11);
        QList<HistoryEvent> history = generator.generate(grid, area, 6, 3.0, {});
        for (int day = 0; day < 6 * 7; ++day) {
            if (day % 7 >= 5)
                continue;
            for (int hour : {7, 8})
                for (int n = 0; n < 2; ++n)
                    history.append(eventAt(grid, hot, mondayMs() + day * 24 * kHourMs + hour * kHourMs + n * 60000));
        }
        const HotspotForecast forecast = HotspotForecast::train(grid, history, mondayMs() + 6 * kWeekMs);
        for (int day = 0; day < 5; ++day) {
            for (int hour : {7, 8}) {
                const QVector<float> expected = forecast.expectedAtHour(day * 24 + hour);
                QCOMPARE(argmax(expected), hot);
            }
        }
        // At night, in the afternoon and late on Sunday the hot cell is no longer the top: it is among the
        // background. On Saturday at 08:00 (six quiet Saturdays against thirty busy weekdays at that hour of the
        // day) it is well below its weekday hours.
        const float peak = forecast.expectedAtHour(8)[hot];
        for (int hourOfWeek : {2, 24 + 14, 6 * 24 + 20}) {
            const QVector<float> expected = forecast.expectedAtHour(hourOfWeek);
            QVERIFY2(argmax(expected) != hot, qPrintable(QString::number(hourOfWeek)));
            QVERIFY(expected[hot] < peak / 10);
        }
        QVERIFY(forecast.expectedAtHour(5 * 24 + 8)[hot] < peak / 3);
    }

    void onlyCellsWithEvidenceCarryNumbers()
    {
        // Two events in a 50 km square of 40,000 cells: only their neighbourhoods are scored.
        const HotspotGrid grid(squareArea(50000), 250);
        QCOMPARE(grid.cellCount(), 40000);
        const QList<HistoryEvent> history{eventAt(grid, 1234, mondayMs() + kHourMs),
                                          eventAt(grid, 30000, mondayMs() + 2 * kHourMs)};
        const HotspotForecast forecast = HotspotForecast::train(grid, history, mondayMs() + kWeekMs);
        const QVector<float> expected = forecast.expectedOver(mondayMs(), kHoursPerWeek);
        const auto scored = std::count_if(expected.begin(), expected.end(), [](float v) { return v > 0; });
        QVERIFY2(scored >= 2 && scored <= 2 * 29, qPrintable(QString::number(scored)));
    }
};

QTEST_GUILESS_MAIN(TestHotspotForecast)
#include "tst_hotspotforecast.moc"
