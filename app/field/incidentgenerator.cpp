#include "field/incidentgenerator.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>

#include "core/incidenttypes.h"
#include "core/stations.h"
#include "field/roadnetwork.h"
#include "field/trafficmodel.h"
#include "geo/geodesy.h"

namespace lintas::field {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;

// Where incidents of a kind happen: weights per road class.
enum Profile
{
    Accident,
    Congestion,
    Breakdown,
    Flood,
    Demonstration,
    General,
    ProfileCount
};

struct TypeRhythm
{
    const char *code;
    double perDay;
    Profile profile;
    // Relative weight of each hour of the day (WIB), 00:00 first.
    double hours[24];
};

// About 200 reports a day, the mix the demo history uses: 17 accidents (Polda Metro Jaya's published daily
// average), the rest congestion, breakdowns and the other calls a TMC takes. Congestion and breakdowns follow
// the commuter peaks; accidents too, with the night's share higher than its traffic (speed, fatigue).
const TypeRhythm kRhythm[] = {
    {"kecelakaan", 17, Accident, {4, 3, 3, 3, 4, 6, 9, 10, 8, 6, 5, 5, 5, 5, 6, 7, 9, 10, 8, 7, 6, 5, 5, 4}},
    {"kemacetan", 68, Congestion, {0, 0, 0, 0, 1, 3, 12, 16, 14, 6, 3, 3, 3, 3, 4, 7, 14, 16, 13, 6, 3, 1, 1, 0}},
    {"kendaraan_mogok", 44, Breakdown, {1, 1, 1, 1, 1, 3, 9, 11, 10, 6, 4, 4, 4, 4, 5, 7, 10, 11, 9, 5, 3, 2, 1, 1}},
    {"pelanggaran", 20, General, {1, 0, 0, 0, 1, 2, 6, 8, 8, 7, 6, 6, 6, 6, 6, 7, 8, 8, 6, 4, 3, 2, 1, 1}},
    {"jalan_rusak", 10, General, {1, 1, 1, 1, 1, 2, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 3, 2, 2, 1, 1}},
    {"banjir", 8, Flood, {2, 2, 2, 2, 2, 3, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 4, 4, 3, 3, 2, 2}},
    {"unjuk_rasa", 5, Demonstration, {0, 0, 0, 0, 0, 0, 0, 1, 4, 8, 10, 10, 9, 9, 8, 6, 3, 1, 0, 0, 0, 0, 0, 0}},
    {"pengawalan", 12, General, {1, 1, 1, 1, 1, 2, 4, 5, 5, 6, 6, 6, 6, 6, 6, 6, 5, 5, 4, 3, 2, 2, 1, 1}},
    {"lainnya", 16, General, {1, 1, 1, 1, 1, 2, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 3, 3, 2, 2, 1}},
};

const TypeRhythm *rhythmOf(const QString &code)
{
    for (const TypeRhythm &rhythm : kRhythm)
        if (code == QLatin1String(rhythm.code))
            return &rhythm;
    return nullptr;
}

double rateOf(const TypeRhythm &rhythm, int hour)
{
    double total = 0.0;
    for (double w : rhythm.hours)
        total += w;
    return total > 0.0 ? rhythm.perDay * rhythm.hours[std::clamp(hour, 0, 23)] / total : 0.0;
}

double classWeight(Profile profile, geo::RoadClass roadClass)
{
    using geo::RoadClass;
    const bool toll = roadClass == RoadClass::Motorway || roadClass == RoadClass::MotorwayLink;
    const bool arterial = roadClass == RoadClass::Trunk || roadClass == RoadClass::Primary;
    const bool link = roadClass == RoadClass::TrunkLink || roadClass == RoadClass::PrimaryLink ||
                      roadClass == RoadClass::SecondaryLink || roadClass == RoadClass::TertiaryLink;
    const bool secondary = roadClass == RoadClass::Secondary;
    const bool tertiary = roadClass == RoadClass::Tertiary || roadClass == RoadClass::Unclassified;
    const bool local =
        roadClass == RoadClass::Residential || roadClass == RoadClass::LivingStreet || roadClass == RoadClass::Road;
    switch (profile) {
    case Accident:
        return toll ? 1.5 : arterial ? 3.0 : secondary ? 2.5 : tertiary ? 1.5 : link ? 1.5 : local ? 0.25 : 0.1;
    case Congestion:
        return toll ? 2.0 : arterial ? 4.0 : secondary ? 3.0 : tertiary ? 1.0 : link ? 1.0 : local ? 0.03 : 0.0;
    case Breakdown:
        return toll ? 3.0 : arterial ? 2.5 : secondary ? 1.5 : tertiary ? 1.0 : link ? 1.0 : local ? 0.15 : 0.05;
    case Flood:
        return toll ? 0.3 : arterial ? 1.0 : secondary ? 1.0 : tertiary ? 1.0 : link ? 0.5 : local ? 0.8 : 0.2;
    case Demonstration:
        return toll ? 0.0 : arterial ? 4.0 : secondary ? 1.0 : tertiary ? 0.2 : 0.0;
    case General:
    case ProfileCount:
        break;
    }
    return toll ? 0.3 : arterial ? 2.0 : secondary ? 2.0 : tertiary ? 1.5 : link ? 0.8 : local ? 0.4 : 0.1;
}

const char *const kDirections[] = {"Blok M",      "Kota",        "Semanggi",       "Cawang",   "Tanjung Priok",
                                   "Grogol",      "Bekasi",      "Tangerang",      "Kuningan", "Senayan",
                                   "Pulo Gadung", "Lebak Bulus", "Kampung Melayu", "Harmoni",  "Pasar Minggu"};
const char *const kReporters[] = {"Ahmad Fauzi",   "Sri Wahyuni",  "Dedi Kurniawan", "Lestari Ningsih",
                                  "Irfan Maulana", "Ratna Sari",   "Yusuf Hakim",    "Maya Anggraini",
                                  "Rizky Pratama", "Dian Puspita", "Andi Saputra",   "Nurul Hidayah"};
const char *const kChannels[] = {"Operator CCTV TMC", "Pos Polisi", "Patroli", "Laporan warga (110)"};
const char *const kOtherVehicles[] = {"mobil pribadi", "angkot",         "bus TransJakarta",  "truk boks",   "taksi",
                                      "minibus",       "truk kontainer", "mobil bak terbuka", "sepeda motor"};
const char *const kStalled[] = {"Truk boks", "Bus kota", "Mobil pribadi",  "Truk tangki",
                                "Angkot",    "Taksi",    "Truk kontainer", "Minibus"};
const char *const kStalledWhy[] = {"mogok", "pecah ban", "kehabisan bahan bakar", "mengalami patah as roda",
                                   "mesinnya terbakar ringan"};
const char *const kLaneNames[] = {"kiri", "tengah", "kanan"};

} // namespace

const QStringList &IncidentGenerator::typeCodes()
{
    static const QStringList codes = [] {
        QStringList out;
        for (const TypeRhythm &rhythm : kRhythm)
            out.append(QString::fromLatin1(rhythm.code));
        return out;
    }();
    return codes;
}

double IncidentGenerator::dailyCount(const QString &typeCode)
{
    const TypeRhythm *rhythm = rhythmOf(typeCode);
    return rhythm ? rhythm->perDay : 0.0;
}

double IncidentGenerator::hourlyRate(const QString &typeCode, int hour)
{
    const TypeRhythm *rhythm = rhythmOf(typeCode);
    return rhythm ? rateOf(*rhythm, hour) : 0.0;
}

IncidentGenerator::IncidentGenerator(const RoadNetwork &network, IncidentGeneratorOptions options)
    : m_network(network), m_options(std::move(options)), m_rng(m_options.seed ^ 0x494e434944454e54ULL) // "INCIDENT"
{
    if (!(m_options.speedup > 0.0))
        m_options.speedup = 1.0;
    double peakPerHour = 0.0;
    for (int hour = 0; hour < 24; ++hour) {
        double total = 0.0;
        for (const TypeRhythm &rhythm : kRhythm)
            total += rateOf(rhythm, hour);
        peakPerHour = std::max(peakPerHour, total);
    }
    m_peakPerMs = peakPerHour * m_options.speedup / double(kHourMs);

    // Placement tables: the drivable edges (a unit can reach them), weighted by length and class.
    const geo::RoadGraph &graph = m_network.graph();
    m_edges.resize(ProfileCount);
    m_cumulative.resize(ProfileCount);
    for (int profile = 0; profile < ProfileCount; ++profile) {
        double sum = 0.0;
        for (int e = 0; e < graph.edgeCount(); ++e) {
            if (!m_network.isDrivableNode(graph.edgeSource(e)) || !m_network.isDrivableNode(graph.edgeTarget(e)))
                continue;
            // Named roads: a report names its road; unnamed lanes get few.
            const double named = graph.edgeName(e).isEmpty() ? 0.15 : 1.0;
            const double w = m_network.edgeLengthM(e) * classWeight(Profile(profile), graph.edgeClass(e)) * named;
            if (w <= 0.0)
                continue;
            sum += w;
            m_edges[profile].append(e);
            m_cumulative[profile].append(sum);
        }
    }
    m_nextMs = m_options.startMs;
    drawNext();
}

void IncidentGenerator::drawNext()
{
    // Thinning: candidates at the peak rate, each kept with the probability rate(now) / peak rate.
    std::exponential_distribution<double> gap(m_peakPerMs);
    for (int guard = 0; guard < 1'000'000; ++guard) {
        m_nextMs += std::max<qint64>(1, qint64(gap(m_rng)));
        const int hour = hourWib(m_nextMs);
        double rate = 0.0;
        for (const TypeRhythm &rhythm : kRhythm)
            rate += rateOf(rhythm, hour);
        const double perMs = rate * m_options.speedup / double(kHourMs);
        if (real(0.0, 1.0) * m_peakPerMs < perMs)
            return;
    }
}

QList<IncidentDraft> IncidentGenerator::advanceTo(qint64 nowMs)
{
    QList<IncidentDraft> out;
    while (m_nextMs <= nowMs) {
        out.append(make(m_nextMs));
        drawNext();
    }
    return out;
}

int IncidentGenerator::pickEdge(int profile)
{
    const QList<double> &cumulative = m_cumulative[profile];
    if (cumulative.isEmpty()) {
        if (profile != General)
            return pickEdge(General);
        return -1;
    }
    const double at = real(0.0, cumulative.last());
    const qsizetype i = std::upper_bound(cumulative.begin(), cumulative.end(), at) - cumulative.begin();
    return m_edges[profile][std::min(i, cumulative.size() - 1)];
}

QString IncidentGenerator::stationFor(double lat, double lon, const QString &kota) const
{
    // The Polres of the city the point lies in ("Polres Metro Jakarta Pusat" for Jakarta Pusat), then its
    // nearest Polsek; without a city, the nearest Polsek of the Polda.
    const StationDirectory &stations = StationDirectory::builtIn();
    QList<Station> candidates;
    for (const Station &polres : stations.children(m_options.polda)) {
        if (polres.level != StationLevel::Polres)
            continue;
        if (!kota.isEmpty() && !polres.name.endsWith(kota, Qt::CaseInsensitive))
            continue;
        const QList<Station> polsek = stations.children(polres.code);
        candidates += polsek.isEmpty() ? QList<Station>{polres} : polsek;
    }
    if (candidates.isEmpty() && !kota.isEmpty())
        return stationFor(lat, lon, QString());
    QString best;
    double bestM = 1e12;
    for (const Station &station : std::as_const(candidates)) {
        const double d = geo::distanceM(lat, lon, station.latitude, station.longitude);
        if (d < bestM) {
            bestM = d;
            best = station.code;
        }
    }
    return best.isEmpty() ? m_options.polda : best;
}

IncidentDraft IncidentGenerator::make(qint64 atMs)
{
    // The type, in proportion to the rates at this hour.
    const int hour = hourWib(atMs);
    double total = 0.0;
    for (const TypeRhythm &rhythm : kRhythm)
        total += rateOf(rhythm, hour);
    double roll = real(0.0, total);
    const TypeRhythm *rhythm = &kRhythm[0];
    for (const TypeRhythm &candidate : kRhythm) {
        rhythm = &candidate;
        roll -= rateOf(candidate, hour);
        if (roll < 0.0)
            break;
    }

    IncidentDraft d;
    d.typeCode = QString::fromLatin1(rhythm->code);
    const auto type = IncidentTypeCatalogue::builtIn().byCode(d.typeCode);
    d.priority = type ? type->defaultPriority : Priority::P3;
    d.reportedAt = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);

    // The place: a point on a real road.
    const int edge = pickEdge(rhythm->profile);
    geo::RoadClass roadClass = geo::RoadClass::Residential;
    if (edge >= 0) {
        const EdgePoint p = m_network.pointAlong(edge, real(0.0, m_network.edgeLengthM(edge)));
        d.latitude = p.point.lat;
        d.longitude = p.point.lon;
        d.road = m_network.graph().edgeName(edge);
        roadClass = m_network.graph().edgeClass(edge);
    }
    QString kota;
    if (!std::isnan(d.latitude)) {
        if (d.road.isEmpty())
            d.road = m_network.streetNameNear(d.latitude, d.longitude);
        if (const auto sector = m_network.sectorAt(d.latitude, d.longitude)) {
            d.kecamatan = sector->name;
            kota = sector->kota;
        }
        d.stationCode = stationFor(d.latitude, d.longitude, kota);
    }
    if (d.road.isEmpty())
        d.road = d.kecamatan.isEmpty() ? QStringLiteral("Jalan lingkungan")
                                       : QStringLiteral("Jalan lingkungan, %1").arg(d.kecamatan);

    const bool toll = isTollRoad(roadClass);
    const bool arterial = roadClass <= geo::RoadClass::PrimaryLink;
    d.lanesTotal = toll                                         ? uniform(3, 4)
                   : arterial                                   ? uniform(2, 4)
                   : roadClass <= geo::RoadClass::SecondaryLink ? uniform(2, 3)
                                                                : uniform(1, 2);

    if (chance(0.3)) {
        d.reporterName = any(kChannels);
    } else {
        d.reporterName = any(kReporters);
        d.reporterPhone =
            QStringLiteral("08%1-%2-%3").arg(uniform(11, 59)).arg(uniform(1000, 9999)).arg(uniform(1000, 9999));
    }

    const QString where = QStringLiteral("%1 arah %2").arg(d.road, any(kDirections));
    QString text;
    const QString code = d.typeCode;
    if (code == QLatin1String("kecelakaan")) {
        // Motorcycles are in about three of four recorded crashes in Jakarta (never on the toll roads).
        const bool motorcycle = !toll && chance(0.75);
        QString what;
        if (motorcycle && chance(0.3))
            what = QStringLiteral("Sepeda motor tergelincir dan menabrak pembatas jalan");
        else if (motorcycle)
            what = QStringLiteral("Kecelakaan antara sepeda motor dan %1").arg(any(kOtherVehicles));
        else
            what = QStringLiteral("Tabrakan beruntun %1 kendaraan").arg(uniform(2, 4));
        const int victims = uniform(0, 3);
        for (int v = 0; v < victims; ++v) {
            // Each victim's severity in the published ratio: 8 % killed, 29 % seriously, 63 % slightly hurt.
            const int r = uniform(1, 100);
            (r <= 8 ? d.died : r <= 37 ? d.seriouslyHurt : d.slightlyHurt) += 1;
        }
        d.priority = d.died + d.seriouslyHurt > 0 ? Priority::P1 : Priority::P2;
        d.lanesBlocked = uniform(0, std::max(1, d.lanesTotal - 1));
        const QString victimsText = victims == 0
                                        ? QStringLiteral("Tidak ada korban jiwa, kerugian materiil.")
                                        : QStringLiteral("Korban: %1 meninggal dunia, %2 luka berat, %3 luka ringan.")
                                              .arg(d.died)
                                              .arg(d.seriouslyHurt)
                                              .arg(d.slightlyHurt);
        text = QStringLiteral("%1 di %2.\n%3").arg(what, where, victimsText);
        if (d.lanesBlocked > 0)
            text += QStringLiteral("\n%1 lajur tertutup.").arg(d.lanesBlocked);
    } else if (code == QLatin1String("kemacetan")) {
        static const char *const causes[] = {"volume kendaraan tinggi",        "lampu lalu lintas padam",
                                             "kendaraan berhenti sembarangan", "penyempitan jalan",
                                             "antrean masuk gerbang tol",      "pasar tumpah"};
        text = QStringLiteral("Kemacetan di %1, antrean sekitar %2 meter.\nPenyebab: %3.")
                   .arg(where)
                   .arg(uniform(3, 30) * 100)
                   .arg(any(causes));
    } else if (code == QLatin1String("kendaraan_mogok")) {
        d.lanesBlocked = 1;
        text = QStringLiteral("%1 %2 di lajur %3 %4.\nPerlu derek.")
                   .arg(any(kStalled), any(kStalledWhy), any(kLaneNames), where);
    } else if (code == QLatin1String("pelanggaran")) {
        static const char *const kinds[] = {"Pengendara sepeda motor melawan arus", "Parkir liar di bahu jalan",
                                            "Kendaraan menerobos jalur TransJakarta",
                                            "Pengendara sepeda motor tanpa helm berombongan",
                                            "Truk melintas di luar jam operasional"};
        text = QStringLiteral("%1 di %2.").arg(any(kinds), where);
    } else if (code == QLatin1String("jalan_rusak")) {
        static const char *const kinds[] = {"Lubang besar", "Aspal mengelupas", "Tutup saluran hilang", "Jalan amblas"};
        text = QStringLiteral("%1 di lajur %2 %3, membahayakan pengendara sepeda motor.")
                   .arg(any(kinds), any(kLaneNames), d.road);
    } else if (code == QLatin1String("banjir")) {
        d.lanesBlocked = uniform(0, d.lanesTotal);
        text =
            QStringLiteral("Genangan air setinggi %1 cm di %2.\nKendaraan kecil disarankan mencari jalur alternatif.")
                .arg(uniform(1, 6) * 10)
                .arg(d.road);
    } else if (code == QLatin1String("unjuk_rasa")) {
        d.lanesBlocked = uniform(1, std::max(1, d.lanesTotal - 1));
        text = QStringLiteral("Aksi unjuk rasa sekitar %1 orang di %2.\nArus lalu lintas dialihkan.")
                   .arg(uniform(5, 50) * 10)
                   .arg(d.road);
    } else if (code == QLatin1String("pengawalan")) {
        static const char *const what[] = {"ambulans pasien rujukan", "rombongan tamu negara",
                                           "kendaraan pengangkut uang", "iring-iringan jenazah"};
        text = QStringLiteral("Permintaan pengawalan %1 melintasi %2.").arg(any(what), where);
    } else {
        static const char *const what[] = {"Pohon tumbang menutup sebagian", "Kabel listrik menjuntai rendah di",
                                           "Tumpahan oli di", "Lampu penerangan jalan padam di",
                                           "Material bangunan berserakan di"};
        text = QStringLiteral("%1 %2.").arg(any(what), d.road);
    }
    d.narrative = text;
    return d;
}

} // namespace lintas::field
