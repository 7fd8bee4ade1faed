// The synthetic incident history (HistoryGenerator) on the Jakarta demo map: the same events for the same seed,
// whatever window is asked; Jakarta's published accident rate; the congestion black spots of DKI Jakarta's open data
// found on the map and carrying their share, each with its own hour-of-week pattern and some appearing or going;
// every event on the map's roads; and the CSV lintas-analytics reads.

#include <cmath>

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include "field/historygenerator.h"
#include "field/roadnetwork.h"

using namespace lintas::field;

namespace {

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;

// A fixed end, midnight WIB, so that every run sees the same history.
qint64 endMs()
{
    return QDateTime(QDate(2026, 11, 28), QTime(0, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
}

HistoryGeneratorOptions options(quint64 seed)
{
    HistoryGeneratorOptions o;
    o.seed = seed;
    o.endMs = endMs();
    return o;
}

bool sameEvents(const QList<HistoryIncident> &a, const QList<HistoryIncident> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].atMs != b[i].atMs || a[i].latitude != b[i].latitude || a[i].longitude != b[i].longitude ||
            a[i].typeCode != b[i].typeCode || a[i].blackSpot != b[i].blackSpot)
            return false;
    return true;
}

int hourWibOf(qint64 ms)
{
    return int(((ms + 7 * kHour) / kHour) % 24);
}

} // namespace

class TestHistoryGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_network = RoadNetwork::load(QStringLiteral(LINTAS_DEMO_MAP), &error);
        QVERIFY2(m_network, qPrintable(error));
        const HistoryGenerator generator(*m_network, options(20261127));
        m_fourWeeks = generator.generate(endMs() - 4 * kWeek, endMs());
        QVERIFY(!m_fourWeeks.isEmpty());
    }

    void hotspotListIsShipped()
    {
        const QList<HistoryGenerator::HotspotRow> rows = HistoryGenerator::hotspotList();
        QVERIFY(rows.size() >= 25);
        for (const HistoryGenerator::HotspotRow &row : rows) {
            QVERIFY2(row.city.startsWith(QLatin1String("JAKARTA ")), qPrintable(row.city));
            QVERIFY(!row.location.isEmpty());
            QVERIFY(!row.road.isEmpty());
            QVERIFY(!row.pattern.isEmpty());
        }
    }

    void deterministicForASeed()
    {
        const HistoryGenerator a(*m_network, options(20261127));
        const HistoryGenerator b(*m_network, options(20261127));
        const QList<HistoryIncident> week = a.generate(endMs() - kWeek, endMs());
        QVERIFY(sameEvents(week, b.generate(endMs() - kWeek, endMs())));
        // The same hours give the same events whatever the window: a day inside the week.
        QList<HistoryIncident> day;
        for (const HistoryIncident &event : week)
            if (event.atMs >= endMs() - 3 * kDay && event.atMs < endMs() - 2 * kDay)
                day.append(event);
        QVERIFY(!day.isEmpty());
        QVERIFY(sameEvents(day, b.generate(endMs() - 3 * kDay, endMs() - 2 * kDay)));
        // Another seed: another history, other black spots' places.
        const HistoryGenerator c(*m_network, options(7));
        QVERIFY(!sameEvents(week, c.generate(endMs() - kWeek, endMs())));
        // In time order, inside the window.
        for (qsizetype i = 0; i < week.size(); ++i) {
            QVERIFY(week[i].atMs >= endMs() - kWeek && week[i].atMs < endMs());
            if (i > 0)
                QVERIFY(week[i - 1].atMs <= week[i].atMs);
        }
    }

    void jakartaRates()
    {
        // About 17 police-recorded accidents and about 200 reports a day, over four weeks.
        int accidents = 0;
        for (const HistoryIncident &event : std::as_const(m_fourWeeks))
            accidents += event.typeCode == QLatin1String("kecelakaan") ? 1 : 0;
        const double perDay = accidents / 28.0;
        QVERIFY2(perDay > 15.0 && perDay < 19.0, qPrintable(QString::number(perDay)));
        const double all = m_fourWeeks.size() / 28.0;
        QVERIFY2(all > 175.0 && all < 225.0, qPrintable(QString::number(all)));
    }

    void weeklyRhythm()
    {
        // Fridays are busier than Sundays, and weekday mornings busier than weekend mornings.
        int friday = 0, sunday = 0, weekdayMorning = 0, weekendMorning = 0;
        for (const HistoryIncident &event : std::as_const(m_fourWeeks)) {
            const QDateTime wib = QDateTime::fromMSecsSinceEpoch(event.atMs, Qt::UTC).toTimeZone(QTimeZone(7 * 3600));
            const int day = wib.date().dayOfWeek();
            friday += day == Qt::Friday ? 1 : 0;
            sunday += day == Qt::Sunday ? 1 : 0;
            if (wib.time().hour() >= 6 && wib.time().hour() <= 8)
                (day >= Qt::Saturday ? weekendMorning : weekdayMorning) += 1;
        }
        QVERIFY2(friday > sunday * 1.1, qPrintable(QStringLiteral("%1 %2").arg(friday).arg(sunday)));
        QVERIFY(weekdayMorning / 5.0 > weekendMorning / 2.0 * 1.3);
    }

    void blackSpotsCarryTheirShare()
    {
        const HistoryGenerator generator(*m_network, options(20261127));
        // At least twenty of the open data's hotspots lie on the demo map, beside the arterials' accident spots.
        QVERIFY2(generator.congestionSpotCount() >= 20, qPrintable(QString::number(generator.congestionSpotCount())));
        QVERIFY(generator.blackSpots().size() > generator.congestionSpotCount());
        int others = 0, othersAtSpots = 0, accidents = 0, accidentsAtSpots = 0;
        QList<int> perSpot(generator.blackSpots().size());
        for (const HistoryIncident &event : std::as_const(m_fourWeeks)) {
            const bool accident = event.typeCode == QLatin1String("kecelakaan");
            (accident ? accidents : others) += 1;
            if (event.blackSpot >= 0) {
                QVERIFY(event.blackSpot < generator.blackSpots().size());
                QCOMPARE(generator.blackSpots().at(event.blackSpot).accidents(), accident);
                (accident ? accidentsAtSpots : othersAtSpots) += 1;
                perSpot[event.blackSpot] += 1;
            }
        }
        const double share = double(othersAtSpots) / others;
        QVERIFY2(share > 0.28 && share < 0.46, qPrintable(QString::number(share)));
        const double accidentShare = double(accidentsAtSpots) / accidents;
        QVERIFY2(accidentShare > 0.38 && accidentShare < 0.62, qPrintable(QString::number(accidentShare)));
        // A spot's events stay around its anchor: on its road, and the streets around it that the queue spills into.
        for (const HistoryIncident &event : std::as_const(m_fourWeeks))
            if (event.blackSpot >= 0) {
                const BlackSpot &spot = generator.blackSpots().at(event.blackSpot);
                const double dLat = (event.latitude - spot.anchor.lat) * 111'320.0;
                const double dLon = (event.longitude - spot.anchor.lon) * 110'400.0;
                QVERIFY(std::sqrt(dLat * dLat + dLon * dLon) < 1600.0);
            }
    }

    void spotsHaveTheirOwnPatternsAndLives()
    {
        const HistoryGenerator generator(*m_network, options(20261127));
        // Goods loading is a night-time business; school runs are weekday mornings and middays.
        int loading = 0, loadingAtNight = 0, school = 0, schoolOnWeekdays = 0;
        const qint64 start = endMs() - 26 * kWeek;
        const QList<HistoryIncident> history = generator.generate(start, endMs());
        for (const HistoryIncident &event : history) {
            if (event.blackSpot < 0)
                continue;
            const BlackSpot &spot = generator.blackSpots().at(event.blackSpot);
            QVERIFY2(spot.activeAt(event.atMs), qPrintable(spot.road)); // never outside its life
            const int hour = hourWibOf(event.atMs);
            if (spot.pattern == QLatin1String("bongkar_muat")) {
                ++loading;
                loadingAtNight += hour >= 21 || hour <= 4 ? 1 : 0;
            }
            if (spot.pattern == QLatin1String("sekolah")) {
                ++school;
                const int day = QDateTime::fromMSecsSinceEpoch(event.atMs, Qt::UTC)
                                    .toTimeZone(QTimeZone(7 * 3600))
                                    .date()
                                    .dayOfWeek();
                schoolOnWeekdays += day <= Qt::Friday ? 1 : 0;
            }
        }
        QVERIFY(loading > 0 && school > 0);
        QVERIFY2(loadingAtNight > loading * 0.6, qPrintable(QStringLiteral("%1/%2").arg(loadingAtNight).arg(loading)));
        QVERIFY2(schoolOnWeekdays > school * 0.9,
                 qPrintable(QStringLiteral("%1/%2").arg(schoolOnWeekdays).arg(school)));
        // Most spots persist; a few appeared or went during the 26 weeks.
        int changing = 0;
        for (const BlackSpot &spot : generator.blackSpots())
            changing += (spot.activeFromMs > start || (spot.activeUntilMs > 0 && spot.activeUntilMs < endMs())) ? 1 : 0;
        QVERIFY(changing >= 1);
        QVERIFY(changing * 2 < generator.blackSpots().size());
    }

    void everyEventLiesOnTheMap()
    {
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        const lintas::geo::RoadGraph &graph = m_network->graph();
        for (int n = 0; n < graph.nodeCount(); ++n) {
            minLat = std::min(minLat, graph.node(n).lat);
            maxLat = std::max(maxLat, graph.node(n).lat);
            minLon = std::min(minLon, graph.node(n).lon);
            maxLon = std::max(maxLon, graph.node(n).lon);
        }
        for (qsizetype i = 0; i < m_fourWeeks.size(); ++i) {
            const HistoryIncident &event = m_fourWeeks.at(i);
            QVERIFY(event.latitude >= minLat && event.latitude <= maxLat);
            QVERIFY(event.longitude >= minLon && event.longitude <= maxLon);
            if (i % 10 == 0) // on a road, within a few metres
                QVERIFY2(m_network->distanceToNearestEdgeM(event.latitude, event.longitude) < 5.0,
                         qPrintable(QStringLiteral("%1,%2").arg(event.latitude).arg(event.longitude)));
        }
    }

    void csvFormat()
    {
        // Whatever the user's locale, dots in numbers and the WIB offset in times.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        QList<HistoryIncident> events{m_fourWeeks.first(), m_fourWeeks.last()};
        events[0].latitude = -6.1754;
        events[0].longitude = 106.8272;
        events[0].atMs = QDateTime(QDate(2026, 11, 27), QTime(8, 15, 30), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
        events[0].typeCode = QStringLiteral("kemacetan");
        const QByteArray csv = historyCsv(events);
        QLocale::setDefault(before);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the final newline
        QCOMPARE(lines.at(0), QByteArray("time,latitude,longitude,type"));
        QCOMPARE(lines.at(1), QByteArray("2026-11-27T08:15:30+07:00,-6.175400,106.827200,kemacetan"));
        QVERIFY(lines.at(2).contains("+07:00,-6."));
        QCOMPARE(lines.at(3), QByteArray());
        QCOMPARE(historyCsv({}), QByteArray("time,latitude,longitude,type\n"));
    }

private:
    std::unique_ptr<RoadNetwork> m_network;
    QList<HistoryIncident> m_fourWeeks;
};

QTEST_GUILESS_MAIN(TestHistoryGenerator)
#include "tst_historygenerator.moc"
