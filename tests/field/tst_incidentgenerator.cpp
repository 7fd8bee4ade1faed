// The simulator's incidents over simulated weeks on the Jakarta map package: the daily rhythm (about 17
// accidents a day, motorcycles in most, congestion and breakdowns at the peaks), places on real roads with their
// names, kecamatan and Polsek, and the same incidents for the same seed.

#include <cmath>
#include <memory>

#include <QHash>
#include <QTest>

#include "core/incidenttypes.h"
#include "core/stations.h"
#include "field/incidentgenerator.h"
#include "field/roadnetwork.h"
#include "field/trafficmodel.h"

using namespace lintas;
using namespace lintas::field;

namespace {

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;

// Monday 00:00 in Jakarta (WIB, UTC+7), as Unix ms.
qint64 mondayMidnightWib()
{
    return QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - kWibOffsetMs;
}

QList<IncidentDraft> generate(const RoadNetwork &network, quint64 seed, qint64 start, qint64 span, qint64 step,
                              double speedup = 1.0)
{
    IncidentGeneratorOptions options;
    options.seed = seed;
    options.startMs = start;
    options.speedup = speedup;
    IncidentGenerator generator(network, options);
    QList<IncidentDraft> out;
    for (qint64 t = start + step; t <= start + span; t += step)
        out += generator.advanceTo(t);
    return out;
}

bool sameDrafts(const QList<IncidentDraft> &a, const QList<IncidentDraft> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].typeCode != b[i].typeCode || a[i].reportedAt != b[i].reportedAt || a[i].latitude != b[i].latitude ||
            a[i].longitude != b[i].longitude || a[i].narrative != b[i].narrative || a[i].road != b[i].road)
            return false;
    return true;
}

} // namespace

class TestIncidentGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogueRates();
    void weekFollowsTheDailyRhythm();
    void placedOnNamedRoads();
    void sameSeedSameIncidents();
    void speedupMultipliesTheRate();

private:
    std::unique_ptr<RoadNetwork> m_jakarta;
    QList<IncidentDraft> m_week;
};

void TestIncidentGenerator::initTestCase()
{
    QString error;
    m_jakarta = RoadNetwork::load(QStringLiteral(LINTAS_DEMO_MAP), &error);
    QVERIFY2(m_jakarta, qPrintable(error));
    m_week = generate(*m_jakarta, 17, mondayMidnightWib(), 7 * kDay, 10 * 60 * 1000);
}

void TestIncidentGenerator::catalogueRates()
{
    QCOMPARE(IncidentGenerator::dailyCount(QStringLiteral("kecelakaan")), 17.0);
    double perDay = 0.0;
    for (const QString &code : IncidentGenerator::typeCodes()) {
        QVERIFY2(IncidentTypeCatalogue::builtIn().byCode(code), qPrintable(code)); // only types the desks know
        double hours = 0.0;
        for (int hour = 0; hour < 24; ++hour)
            hours += IncidentGenerator::hourlyRate(code, hour);
        QVERIFY(std::abs(hours - IncidentGenerator::dailyCount(code)) < 1e-9);
        perDay += hours;
    }
    QVERIFY(perDay > 150.0 && perDay < 250.0);
    // Congestion peaks in the commute.
    QVERIFY(IncidentGenerator::hourlyRate(QStringLiteral("kemacetan"), 7) >
            3 * IncidentGenerator::hourlyRate(QStringLiteral("kemacetan"), 12));
}

void TestIncidentGenerator::weekFollowsTheDailyRhythm()
{
    QHash<QString, int> byType;
    int peakCongestion = 0;
    int middayCongestion = 0;
    QList<int> accidentsPerDay(7, 0);
    const qint64 start = mondayMidnightWib();
    for (const IncidentDraft &draft : std::as_const(m_week)) {
        ++byType[draft.typeCode];
        const qint64 at = draft.reportedAt.toMSecsSinceEpoch();
        QVERIFY(at > start && at <= start + 7 * kDay);
        const int hour = hourWib(at);
        const bool trafficType =
            draft.typeCode == QLatin1String("kemacetan") || draft.typeCode == QLatin1String("kendaraan_mogok");
        if (trafficType && isPeakHour(hour))
            ++peakCongestion;
        if (trafficType && hour >= 10 && hour < 16)
            ++middayCongestion;
        if (draft.typeCode == QLatin1String("kecelakaan"))
            ++accidentsPerDay[int((at - start) / kDay)];
    }
    const double accidentsADay = byType.value(QStringLiteral("kecelakaan")) / 7.0;
    qInfo("a simulated week: %lld reports, %.1f accidents a day (%d %d %d %d %d %d %d)", qlonglong(m_week.size()),
          accidentsADay, accidentsPerDay[0], accidentsPerDay[1], accidentsPerDay[2], accidentsPerDay[3],
          accidentsPerDay[4], accidentsPerDay[5], accidentsPerDay[6]);
    QVERIFY2(accidentsADay >= 13.0 && accidentsADay <= 21.0, qPrintable(QString::number(accidentsADay)));
    QVERIFY(m_week.size() >= 7 * 170 && m_week.size() <= 7 * 230);
    for (const QString &code : IncidentGenerator::typeCodes())
        QVERIFY2(byType.value(code) > 0, qPrintable(code));
    // The six peak hours bring far more congestion and breakdowns per hour than the six hours at midday.
    QVERIFY2(peakCongestion > 2 * middayCongestion,
             qPrintable(QStringLiteral("%1 in the peaks, %2 at midday").arg(peakCongestion).arg(middayCongestion)));

    // Motorcycles are in most accidents; accidents with victims are P1.
    int accidents = 0;
    int withMotorcycle = 0;
    for (const IncidentDraft &draft : std::as_const(m_week)) {
        if (draft.typeCode != QLatin1String("kecelakaan"))
            continue;
        ++accidents;
        if (draft.narrative.contains(QLatin1String("sepeda motor"), Qt::CaseInsensitive))
            ++withMotorcycle;
        if (draft.died + draft.seriouslyHurt > 0)
            QCOMPARE(draft.priority, Priority::P1);
    }
    QVERIFY2(withMotorcycle * 2 > accidents, qPrintable(QStringLiteral("%1 of %2").arg(withMotorcycle).arg(accidents)));
}

void TestIncidentGenerator::placedOnNamedRoads()
{
    int withKecamatan = 0;
    const StationDirectory &stations = StationDirectory::builtIn();
    for (const IncidentDraft &draft : std::as_const(m_week)) {
        QVERIFY(!std::isnan(draft.latitude));
        QVERIFY2(m_jakarta->distanceToNearestEdgeM(draft.latitude, draft.longitude) < 0.5, qPrintable(draft.narrative));
        QVERIFY(!draft.road.isEmpty());
        QVERIFY(!draft.narrative.isEmpty());
        QVERIFY(draft.narrative.section(QLatin1Char('\n'), 0, 0).size() <= 160); // the summary, whole
        if (!draft.kecamatan.isEmpty())
            ++withKecamatan;
        const auto polres = stations.polresOf(draft.stationCode);
        QVERIFY2(polres && polres->parentCode == QLatin1String("PMJ"), qPrintable(draft.stationCode));
        QVERIFY(draft.lanesBlocked <= draft.lanesTotal);
        QVERIFY(draft.reportedAt.isValid());
    }
    QVERIFY(withKecamatan > m_week.size() * 9 / 10);
}

void TestIncidentGenerator::sameSeedSameIncidents()
{
    const qint64 start = mondayMidnightWib() + 5 * kHour;
    const QList<IncidentDraft> first = generate(*m_jakarta, 99, start, kDay, 60 * 1000);
    QVERIFY(first.size() > 100);
    QVERIFY(sameDrafts(first, generate(*m_jakarta, 99, start, kDay, 60 * 1000)));
    QVERIFY2(sameDrafts(first, generate(*m_jakarta, 99, start, kDay, 37 * 60 * 1000 + 11)),
             "how often the clock is read must not change the incidents");
    QVERIFY(!sameDrafts(first, generate(*m_jakarta, 100, start, kDay, 60 * 1000)));
}

void TestIncidentGenerator::speedupMultipliesTheRate()
{
    const qint64 start = mondayMidnightWib();
    const qsizetype normal = generate(*m_jakarta, 5, start, kDay, kHour).size();
    const qsizetype fast = generate(*m_jakarta, 5, start, kDay, kHour, 5.0).size();
    QVERIFY2(fast > 4 * normal && fast < 6 * normal, qPrintable(QStringLiteral("%1 vs %2").arg(fast).arg(normal)));
}

QTEST_GUILESS_MAIN(TestIncidentGenerator)
#include "tst_incidentgenerator.moc"
