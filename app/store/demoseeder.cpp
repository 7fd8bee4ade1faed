#include "demoseeder.h"

#include <array>
#include <cmath>
#include <map>
#include <random>

#include <QCoreApplication>
#include <QHash>

#include "casedemoseeder.h"
#include "core/changefactory.h"
#include "core/incidenttypes.h"
#include "core/stations.h"
#include "core/statemachine.h"
#include "schema.h"
#include "storelog.h"

namespace lintas {
namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr int kWibOffsetHours = 7;
constexpr int kChangesPerBatch = 600;

const QString kSite = QStringLiteral("demo");
const QString kDispatcherNrp = QStringLiteral("85061234"); // the demo desk's dispatcher

// Kecamatan of DKI Jakarta by Polres (the five city Polres cover the five administrative cities).
constexpr std::pair<const char *, const char *> kKecamatan[] = {
    {"gambir", "JAKPUS"},          {"sawahbesar", "JAKPUS"},
    {"kemayoran", "JAKPUS"},       {"senen", "JAKPUS"},
    {"cempakaputih", "JAKPUS"},    {"menteng", "JAKPUS"},
    {"tanahabang", "JAKPUS"},      {"joharbaru", "JAKPUS"},
    {"penjaringan", "JAKUT"},      {"pademangan", "JAKUT"},
    {"tanjungpriok", "JAKUT"},     {"koja", "JAKUT"},
    {"kelapagading", "JAKUT"},     {"cilincing", "JAKUT"},
    {"cengkareng", "JAKBAR"},      {"grogolpetamburan", "JAKBAR"},
    {"tamansari", "JAKBAR"},       {"tambora", "JAKBAR"},
    {"kebonjeruk", "JAKBAR"},      {"kalideres", "JAKBAR"},
    {"palmerah", "JAKBAR"},        {"kembangan", "JAKBAR"},
    {"tebet", "JAKSEL"},           {"setiabudi", "JAKSEL"},
    {"mampangprapatan", "JAKSEL"}, {"pasarminggu", "JAKSEL"},
    {"kebayoranlama", "JAKSEL"},   {"cilandak", "JAKSEL"},
    {"kebayoranbaru", "JAKSEL"},   {"pancoran", "JAKSEL"},
    {"jagakarsa", "JAKSEL"},       {"pesanggrahan", "JAKSEL"},
    {"matraman", "JAKTIM"},        {"pulogadung", "JAKTIM"},
    {"jatinegara", "JAKTIM"},      {"kramatjati", "JAKTIM"},
    {"pasarrebo", "JAKTIM"},       {"cakung", "JAKTIM"},
    {"durensawit", "JAKTIM"},      {"makasar", "JAKTIM"},
    {"ciracas", "JAKTIM"},         {"cipayung", "JAKTIM"},
};

// The day's mix, per 200 incidents: about 17 accidents a day (Polda Metro Jaya's published average), the rest
// congestion, breakdowns and the other calls a TMC takes.
struct TypeShare
{
    const char *code;
    int per200;
};
constexpr TypeShare kMix[] = {
    {"kecelakaan", 17}, {"kemacetan", 68}, {"kendaraan_mogok", 44}, {"pelanggaran", 20}, {"jalan_rusak", 10},
    {"banjir", 8},      {"unjuk_rasa", 5}, {"pengawalan", 12},      {"lainnya", 16},
};

// Reports per hour of the day (WIB), for the morning and evening peaks.
constexpr int kHourWeight[24] = {2, 1, 1, 1, 2, 4, 8, 12, 12, 9, 6, 6, 6, 6, 7, 8, 11, 12, 10, 7, 5, 4, 3, 2};

const char *const kReporters[] = {"Budi Santoso", "Siti Rahmawati",  "Agus Wijaya",      "Dewi Lestari",
                                  "Rudi Hartono", "Rina Marlina",    "Hendra Gunawan",   "Yuni Astuti",
                                  "Joko Susilo",  "Fitri Handayani", "Bambang Setiawan", "Nur Aisyah",
                                  "Eko Prasetyo", "Wulan Sari",      "Taufik Hidayat",   "Indah Permata"};
const char *const kChannels[] = {"Operator CCTV TMC", "Pos Polisi", "Patroli", "Kamera ETLE"};
const char *const kVehicles[] = {"sepeda motor", "mobil pribadi",    "angkot",  "bus TransJakarta",
                                 "truk boks",    "taksi online",     "minibus", "truk kontainer",
                                 "ojek online",  "mobil bak terbuka"};
const char *const kDirections[] = {"Blok M", "Kota",      "Semanggi", "Cawang",  "Tanjung Priok", "Grogol",
                                   "Bekasi", "Tangerang", "Kuningan", "Senayan", "Pulo Gadung",   "Lebak Bulus"};
const char *const kLanes[] = {"kiri", "tengah", "kanan"};

struct Polres
{
    QString code;
    double latitude = 0;
    double longitude = 0;
};

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kPi = 3.14159265358979323846;
    const double x = (lon2 - lon1) * std::cos((lat1 + lat2) / 2 * kPi / 180);
    const double y = lat2 - lat1;
    return std::sqrt(x * x + y * y) * 111.32;
}

QString squash(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isLetter())
            out.append(c.toLower());
    return out;
}

class Seeder
{
public:
    Seeder(Store &store, const DemoOptions &options)
        : m_store(store), m_options(options), m_rng(options.seed),
          m_nowMs(options.now.isValid() ? options.now.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch()),
          m_clock([this] { return m_simMs; }), m_factory(kSite, kDispatcherNrp, &m_clock)
    {
    }

    bool run(QString *error);

private:
    enum class Step
    {
        Report,
        Verify,
        Dispatch,
        EnRoute,
        OnScene,
        Backup,
        Clear,
        Close,
        FalseReport,
        Patrol
    };
    struct Event
    {
        Step step;
        int incident;
        int unit = -1; // the unit moving; for Backup, the index into the story's needs instead
    };
    struct Story
    {
        Incident incident;
        IncidentDraft draft;
        bool toll = false;
        QList<UnitKind> needs; // the first is the lead unit
        qint64 workMinutes = 30;
    };

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    bool chance(double p) { return real(0, 1) < p; }
    template <typename T, size_t N> QString any(const T (&list)[N])
    {
        return QString::fromUtf8(list[size_t(uniform(0, int(N) - 1))]);
    }
    QUuid makeId(qint64 ms);
    QString nrp();
    QString polresForPlace(const Place &place) const;
    QString polsekNear(const QString &polres, double lat, double lon) const;

    void loadCatalogues();
    void createUnits();
    void planIncidents();
    void schedule(qint64 at, Event event);
    void run(const Event &event);
    void emit(ChangeList changes);
    void track(const Change &change);
    int nearestFreeUnit(const Story &story, UnitKind kind) const;
    QString narrative(Story &story, const Place &place, const QString &road, const QString &landmark);
    bool flush(QString *error);
    bool seedCases(QString *error);

    Store &m_store;
    DemoOptions m_options;
    std::mt19937 m_rng;
    qint64 m_nowMs;
    qint64 m_simMs = 0;
    HybridClock m_clock;
    ChangeFactory m_factory;

    QList<Polres> m_polres;
    QList<Station> m_polsek;
    QList<Place> m_landmarks, m_roads, m_tollRoads;
    QList<Unit> m_units;
    QList<Story> m_stories;
    std::multimap<std::pair<qint64, int>, Event> m_events;
    int m_eventSeq = 0;
    ChangeList m_pending;
    QHash<QUuid, QUuid> m_remap; // factory-made ids → deterministic ones
    QString m_error;
};

QUuid Seeder::makeId(qint64 ms)
{
    // A UUIDv7 whose random bits come from the seeded generator, so that the same seed gives the same ids.
    std::array<uchar, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = uchar(quint64(ms) >> (40 - 8 * i));
    for (size_t i = 6; i < 16; ++i)
        b[i] = uchar(m_rng() & 0xff);
    b[6] = uchar(0x70 | (b[6] & 0x0f));
    b[8] = uchar(0x80 | (b[8] & 0x3f));
    return QUuid::fromRfc4122(QByteArrayView(b.data(), qsizetype(b.size())));
}

QString Seeder::nrp()
{
    // NRP: two digits of the birth year, two of the month, then a serial.
    return QStringLiteral("%1%2%3")
        .arg(uniform(75, 99))
        .arg(uniform(1, 12), 2, 10, QLatin1Char('0'))
        .arg(uniform(1, 9999), 4, 10, QLatin1Char('0'));
}

QString Seeder::polresForPlace(const Place &place) const
{
    const QString key = squash(place.kecamatan);
    for (const auto &[kecamatan, polres] : kKecamatan)
        if (key == QLatin1String(kecamatan))
            return QString::fromLatin1(polres);
    // Outside the city's kecamatan list: the nearest Polres headquarters.
    const Polres *best = &m_polres.first();
    for (const Polres &p : m_polres)
        if (distanceKm(place.latitude, place.longitude, p.latitude, p.longitude) <
            distanceKm(place.latitude, place.longitude, best->latitude, best->longitude))
            best = &p;
    return best->code;
}

QString Seeder::polsekNear(const QString &polres, double lat, double lon) const
{
    QString best = polres;
    double bestKm = 1e9;
    for (const Station &station : m_polsek) {
        if (station.parentCode != polres)
            continue;
        const double km = distanceKm(lat, lon, station.latitude, station.longitude);
        if (km < bestKm) {
            bestKm = km;
            best = station.code;
        }
    }
    return best;
}

void Seeder::loadCatalogues()
{
    const StationDirectory &stations = StationDirectory::builtIn();
    // The demo is Jakarta: the Polres of Polda Metro Jaya and their Polsek, whatever else the catalogue holds.
    for (const Station &station : stations.children(QStringLiteral("PMJ")))
        if (station.level == StationLevel::Polres)
            m_polres.append({station.code, station.latitude, station.longitude});
    for (const Polres &polres : std::as_const(m_polres))
        m_polsek += stations.children(polres.code);
    if (m_polres.isEmpty()) // the catalogue failed to load: the five city Polres, so the demo still runs
        m_polres = {{QStringLiteral("JAKPUS"), -6.160656, 106.850326},
                    {QStringLiteral("JAKUT"), -6.116795, 106.893814},
                    {QStringLiteral("JAKBAR"), -6.195027, 106.797845},
                    {QStringLiteral("JAKSEL"), -6.253334, 106.798257},
                    {QStringLiteral("JAKTIM"), -6.214418, 106.863011}};
    for (const Place &place : Schema::builtInGazetteer()) {
        if (place.kind == Place::Kind::Landmark)
            m_landmarks.append(place);
        else if (place.name.contains(QLatin1String("Tol ")))
            m_tollRoads.append(place);
        else
            m_roads.append(place);
    }
    if (m_landmarks.isEmpty())
        m_landmarks.append({QStringLiteral("Monumen Nasional (Monas)"), Place::Kind::Landmark, -6.175392, 106.827153,
                            QStringLiteral("Gambir")});
    if (m_roads.isEmpty())
        m_roads.append({QStringLiteral("Jalan Medan Merdeka Barat"), Place::Kind::Road, -6.17600, 106.82250,
                        QStringLiteral("Gambir")});
}

void Seeder::createUnits()
{
    // A Polres's fleet: motorcycles and cars on patrol; the highway patrol (PJR) on the toll roads; tow trucks
    // and partner ambulances on call. The pattern repeats for fleets larger than 40.
    static const UnitKind pattern[] = {UnitKind::R2Patrol, UnitKind::R4Patrol, UnitKind::R2Patrol,
                                       UnitKind::R4Patrol, UnitKind::R2Patrol, UnitKind::HighwayPatrol,
                                       UnitKind::TowTruck, UnitKind::Ambulance};
    QHash<QString, int> serial;
    m_simMs = m_nowMs - 25 * kHour;
    ChangeList changes;
    for (int i = 0; i < m_options.units; ++i) {
        const Polres &polres = m_polres.at(i % m_polres.size());
        Unit unit;
        unit.kind = pattern[(i / m_polres.size()) % std::size(pattern)];
        unit.id = makeId(m_simMs);
        unit.stationCode = polres.code;
        const QString kindCode = unit.kind == UnitKind::R2Patrol        ? QStringLiteral("R2")
                                 : unit.kind == UnitKind::R4Patrol      ? QStringLiteral("R4")
                                 : unit.kind == UnitKind::HighwayPatrol ? QStringLiteral("PJR")
                                 : unit.kind == UnitKind::TowTruck      ? QStringLiteral("DEREK")
                                                                        : QStringLiteral("AMB");
        const int number = ++serial[polres.code + kindCode];
        unit.callsign = QStringLiteral("%1-%2-%3").arg(polres.code, kindCode).arg(number, 2, 10, QLatin1Char('0'));
        const int crew = unit.kind == UnitKind::R2Patrol ? uniform(1, 2) : unit.kind == UnitKind::TowTruck ? 1 : 2;
        for (int c = 0; c < crew; ++c)
            unit.crew.append(nrp());
        if (unit.kind == UnitKind::HighwayPatrol && !m_tollRoads.isEmpty()) {
            const Place &toll = m_tollRoads.at(uniform(0, int(m_tollRoads.size()) - 1));
            unit.latitude = toll.latitude + real(-0.004, 0.004);
            unit.longitude = toll.longitude + real(-0.004, 0.004);
        } else {
            unit.latitude = polres.latitude + real(-0.012, 0.012);
            unit.longitude = polres.longitude + real(-0.012, 0.012);
        }
        unit.headingDeg = uniform(0, 359);
        unit.positionAt = QDateTime::fromMSecsSinceEpoch(m_simMs, Qt::UTC);
        const int roll = uniform(0, 19);
        unit.status = roll == 0 ? UnitStatus::OutOfService : roll < 9 ? UnitStatus::OnPatrol : UnitStatus::Available;
        if (unit.kind == UnitKind::TowTruck || unit.kind == UnitKind::Ambulance)
            unit.status = roll == 0 ? UnitStatus::OutOfService : UnitStatus::Available;
        changes.append(m_factory.createUnit(unit));
        m_units.append(unit);
        m_simMs += 1000;
    }
    emit(changes);
}

QString Seeder::narrative(Story &story, const Place &place, const QString &road, const QString &landmark)
{
    const QString at = landmark.isEmpty() ? road : QStringLiteral("%1 dekat %2").arg(road, landmark);
    const QString code = story.draft.typeCode;
    if (code == QLatin1String("kecelakaan")) {
        // Each victim's severity in the published ratio: 8 % killed, 29 % seriously and 63 % slightly hurt.
        const int victims = uniform(0, 3);
        for (int v = 0; v < victims; ++v) {
            const int roll = uniform(1, 100);
            (roll <= 8 ? story.draft.died : roll <= 37 ? story.draft.seriouslyHurt : story.draft.slightlyHurt) += 1;
        }
        story.draft.priority = story.draft.died + story.draft.seriouslyHurt > 0 ? Priority::P1 : Priority::P2;
        story.draft.lanesBlocked = uniform(0, std::max(1, story.draft.lanesTotal - 1));
        QString who = victims == 0 ? QStringLiteral("Tidak ada korban jiwa, kerugian materiil.")
                                   : QStringLiteral("Korban: %1 meninggal dunia, %2 luka berat, %3 luka ringan.")
                                         .arg(story.draft.died)
                                         .arg(story.draft.seriouslyHurt)
                                         .arg(story.draft.slightlyHurt);
        story.needs = {story.toll ? UnitKind::HighwayPatrol : UnitKind::R4Patrol};
        if (victims > 0)
            story.needs.append(UnitKind::Ambulance);
        if (story.draft.lanesBlocked > 0 && chance(0.6))
            story.needs.append(UnitKind::TowTruck);
        story.workMinutes = uniform(35, 100);
        return QStringLiteral("Kecelakaan lalu lintas antara %1 dan %2 di %3.\n%4")
            .arg(any(kVehicles), any(kVehicles), at, who);
    }
    if (code == QLatin1String("kemacetan")) {
        static const char *const causes[] = {"Volume kendaraan tinggi pada jam sibuk.",
                                             "Lampu lalu lintas di persimpangan tidak berfungsi.",
                                             "Kendaraan parkir di bahu jalan.", "Ada genangan air di lajur kiri.",
                                             "Penyempitan jalan akibat proyek galian."};
        story.draft.lanesBlocked = uniform(0, 1);
        story.needs = {UnitKind::R2Patrol};
        story.workMinutes = uniform(20, 70);
        return QStringLiteral("Kepadatan arus lalu lintas di %1 arah %2, antrean kendaraan sekitar %3 km.\n%4")
            .arg(at, any(kDirections))
            .arg(uniform(1, 5))
            .arg(any(causes));
    }
    if (code == QLatin1String("kendaraan_mogok")) {
        story.draft.lanesBlocked = 1;
        story.needs = {UnitKind::TowTruck};
        if (story.toll)
            story.needs.prepend(UnitKind::HighwayPatrol);
        else if (chance(0.3))
            story.needs.prepend(UnitKind::R2Patrol);
        story.workMinutes = uniform(25, 60);
        return QStringLiteral("%1 mogok di lajur %2 %3, menghambat arus lalu lintas.\nPengemudi meminta bantuan derek.")
            .arg(any(kVehicles), any(kLanes), at);
    }
    if (code == QLatin1String("pelanggaran")) {
        static const char *const what[] = {"Pengendara sepeda motor melawan arus", "Kendaraan menerobos lampu merah",
                                           "Kendaraan pribadi masuk jalur TransJakarta", "Parkir liar di bahu jalan",
                                           "Pengendara tidak memakai helm"};
        story.needs = {UnitKind::R2Patrol};
        story.workMinutes = uniform(15, 40);
        return QStringLiteral("%1 di %2.\nTerekam kamera ETLE, petugas diminta menindak di lokasi.").arg(any(what), at);
    }
    if (code == QLatin1String("jalan_rusak")) {
        story.needs = {UnitKind::R2Patrol};
        story.workMinutes = uniform(20, 45);
        return QStringLiteral("Jalan berlubang cukup dalam di lajur %1 %2, membahayakan pengendara sepeda motor.\n"
                              "Perlu dipasang rambu sementara.")
            .arg(any(kLanes), at);
    }
    if (code == QLatin1String("banjir")) {
        story.draft.lanesBlocked = uniform(1, std::max(1, story.draft.lanesTotal));
        story.needs = {UnitKind::R4Patrol};
        story.workMinutes = uniform(60, 150);
        return QStringLiteral(
                   "Genangan air setinggi %1 cm di %2.\nKendaraan kecil disarankan mencari jalur alternatif.")
            .arg(uniform(2, 8) * 10)
            .arg(at);
    }
    if (code == QLatin1String("unjuk_rasa")) {
        story.draft.lanesBlocked = uniform(1, std::max(1, story.draft.lanesTotal - 1));
        story.needs = {UnitKind::R4Patrol, UnitKind::R2Patrol};
        story.workMinutes = uniform(90, 180);
        return QStringLiteral("Aksi unjuk rasa sekitar %1 orang di %2.\nArus lalu lintas dialihkan.")
            .arg(uniform(5, 40) * 10)
            .arg(at);
    }
    if (code == QLatin1String("pengawalan")) {
        static const char *const what[] = {"ambulans pasien rujukan", "rombongan tamu negara",
                                           "kendaraan pengangkut uang", "iring-iringan jenazah"};
        const Place &to = m_landmarks.at(uniform(0, int(m_landmarks.size()) - 1));
        story.needs = {chance(0.5) ? UnitKind::R2Patrol : UnitKind::R4Patrol};
        story.workMinutes = uniform(30, 70);
        return QStringLiteral("Permintaan pengawalan %1 dari %2 menuju %3.").arg(any(what), place.name, to.name);
    }
    static const char *const other[] = {"Pohon tumbang menutup sebagian", "Kabel listrik menjuntai rendah di",
                                        "Tumpahan oli di", "Lampu penerangan jalan padam di"};
    story.needs = {UnitKind::R2Patrol};
    story.workMinutes = uniform(20, 60);
    return QStringLiteral("%1 %2.").arg(any(other), at);
}

void Seeder::planIncidents()
{
    const IncidentTypeCatalogue &types = IncidentTypeCatalogue::builtIn();
    QStringList codes;
    for (const TypeShare &share : kMix)
        for (int i = 0; i < (share.per200 * m_options.incidents + 100) / 200; ++i)
            codes.append(QString::fromLatin1(share.code));
    while (codes.size() < m_options.incidents)
        codes.append(QStringLiteral("kemacetan"));
    codes = codes.mid(0, m_options.incidents);
    std::shuffle(codes.begin(), codes.end(), m_rng);

    // Report times over the 24 hours before now, denser at the peaks (rejection sampling on the hour's weight).
    // A demo opens on a working queue whatever the hour: a tenth of the reports fall in the last 100 minutes.
    QList<qint64> times;
    while (times.size() < codes.size() / 10)
        times.append(m_nowMs - qint64(real(1.0 * kMinute, 100.0 * kMinute)));
    while (times.size() < codes.size()) {
        const qint64 at = m_nowMs - 24 * kHour + qint64(real(0, 24.0 * kHour - kMinute));
        const int hourWib = int(((at / kHour) + kWibOffsetHours) % 24);
        if (uniform(1, 12) <= kHourWeight[hourWib])
            times.append(at);
    }
    std::sort(times.begin(), times.end());

    for (int i = 0; i < codes.size(); ++i) {
        Story story;
        IncidentDraft &d = story.draft;
        d.typeCode = codes.at(i);
        const auto type = types.byCode(d.typeCode);
        d.priority = type ? type->defaultPriority : Priority::P3;
        const bool tollType =
            d.typeCode == QLatin1String("kecelakaan") || d.typeCode == QLatin1String("kendaraan_mogok");
        story.toll = tollType && !m_tollRoads.isEmpty() && chance(0.25);
        Place place;
        QString road, landmark;
        if (story.toll) {
            place = m_tollRoads.at(uniform(0, int(m_tollRoads.size()) - 1));
            road = place.name;
        } else if (chance(0.35)) {
            place = m_landmarks.at(uniform(0, int(m_landmarks.size()) - 1));
            landmark = place.name;
            // The road it is on: the nearest named road in the gazetteer.
            double best = 1e9;
            for (const Place &r : std::as_const(m_roads)) {
                const double km = distanceKm(place.latitude, place.longitude, r.latitude, r.longitude);
                if (km < best) {
                    best = km;
                    road = r.name;
                }
            }
        } else {
            place = m_roads.at(uniform(0, int(m_roads.size()) - 1));
            road = place.name;
        }
        d.latitude = place.latitude + real(-0.0008, 0.0008);
        d.longitude = place.longitude + real(-0.0008, 0.0008);
        d.road = road;
        d.landmark = landmark;
        d.kecamatan = place.kecamatan;
        d.stationCode = polsekNear(polresForPlace(place), d.latitude, d.longitude);
        d.lanesTotal = story.toll ? uniform(3, 4) : uniform(2, 4);
        if (chance(0.3)) {
            d.reporterName = any(kChannels);
        } else {
            d.reporterName = any(kReporters);
            d.reporterPhone =
                QStringLiteral("08%1-%2-%3").arg(uniform(11, 59)).arg(uniform(1000, 9999)).arg(uniform(1000, 9999));
        }
        d.reportedAt = QDateTime::fromMSecsSinceEpoch(times.at(i), Qt::UTC);
        d.narrative = narrative(story, place, road, landmark);
        d.narrative[0] = d.narrative.at(0).toUpper();
        m_stories.append(story);
        schedule(times.at(i), {Step::Report, int(i)});
    }
}

void Seeder::schedule(qint64 at, Event event)
{
    if (at >= m_nowMs)
        return; // still ahead at `now`: the incident stays where it is, units and all
    m_events.emplace(std::make_pair(at, m_eventSeq++), event);
}

void Seeder::track(const Change &change)
{
    // Mirrors the factory's changes in memory, so that the next change is made from the state the store has.
    if (change.kind != ChangeKind::Transition)
        return;
    const QString to = change.fields.value(QStringLiteral("to")).toString();
    if (change.entity == EntityKind::Incident) {
        for (Story &story : m_stories)
            if (story.incident.id == change.entityId)
                story.incident.status = incidentStatusFromString(to);
        return;
    }
    for (Unit &unit : m_units) {
        if (unit.id != change.entityId)
            continue;
        unit.status = unitStatusFromString(to);
        const QString incident = change.fields.value(QStringLiteral("incident_id")).toString();
        if (!incident.isEmpty())
            unit.incidentId = QUuid::fromString(incident);
        else if (isFree(unit.status) || unit.status == UnitStatus::OutOfService)
            unit.incidentId = QUuid();
        unit.statusSince = QDateTime::fromMSecsSinceEpoch(change.hlc.ms(), Qt::UTC);
    }
}

void Seeder::emit(ChangeList changes)
{
    for (Change &change : changes) {
        change.opId = makeId(change.hlc.ms());
        change.entityId = m_remap.value(change.entityId, change.entityId);
        track(change);
        m_pending.append(change);
    }
}

bool Seeder::flush(QString *error)
{
    if (m_pending.isEmpty())
        return true;
    const CommitResult result = m_store.commitLocal(m_pending);
    // The demo's history stands for what the region already holds: none of it waits to be pushed.
    QList<QUuid> opIds;
    for (const Change &change : std::as_const(m_pending))
        opIds.append(change.opId);
    m_pending.clear();
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    if (!m_store.acknowledgePushed(opIds)) {
        if (error)
            *error = QCoreApplication::translate("DemoSeeder", "The demo's changes could not leave the outbox.");
        return false;
    }
    return true;
}

int Seeder::nearestFreeUnit(const Story &story, UnitKind kind) const
{
    int best = -1;
    double bestKm = 1e9;
    for (int i = 0; i < m_units.size(); ++i) {
        const Unit &unit = m_units.at(i);
        if (unit.kind != kind || !isFree(unit.status))
            continue;
        const double km = distanceKm(story.draft.latitude, story.draft.longitude, unit.latitude, unit.longitude);
        if (km < bestKm) {
            bestKm = km;
            best = i;
        }
    }
    return best;
}

void Seeder::run(const Event &event)
{
    Story &story = m_stories[event.incident];
    const auto after = [&](int lo, int hi) { return m_simMs + uniform(lo, hi) * kMinute + uniform(0, 59) * 1000; };
    switch (event.step) {
    case Step::Report: {
        QUuid made;
        ChangeList changes = m_factory.createIncident(story.draft, &made);
        story.incident.id = makeId(m_simMs);
        story.incident.status = IncidentStatus::Reported;
        m_remap.insert(made, story.incident.id);
        emit(changes);
        // A few reports turn out false or already handled: closed without a unit.
        if (story.draft.typeCode != QLatin1String("kecelakaan") && chance(0.05))
            schedule(after(3, 12), {Step::FalseReport, event.incident});
        else
            schedule(after(1, 3), {Step::Verify, event.incident});
        return;
    }
    case Step::FalseReport:
        emit({m_factory.addNote(story.incident.id, QStringLiteral("Dicek via CCTV: tidak ditemukan kejadian, "
                                                                  "laporan ditutup.")),
              m_factory.moveIncident(story.incident, IncidentStatus::Closed)});
        return;
    case Step::Verify:
        emit({m_factory.setIncidentFields(
            story.incident.id, {{QStringLiteral("verified_at"),
                                 QDateTime::fromMSecsSinceEpoch(m_simMs, Qt::UTC).toString(Qt::ISODateWithMs)}})});
        schedule(story.draft.priority == Priority::P1 ? after(0, 2) : after(1, 6), {Step::Dispatch, event.incident});
        return;
    case Step::Dispatch:
    case Step::Backup: {
        const int need = event.step == Step::Dispatch ? 0 : event.unit;
        if (need >= story.needs.size() || !story.incident.isOpen() || story.incident.status == IncidentStatus::Cleared)
            return;
        int unit = nearestFreeUnit(story, story.needs.at(need));
        if (unit < 0 && need == 0) // no unit of the right kind: any free patrol
            for (UnitKind kind : {UnitKind::R2Patrol, UnitKind::R4Patrol, UnitKind::HighwayPatrol})
                if (unit < 0)
                    unit = nearestFreeUnit(story, kind);
        if (unit < 0) {
            if (need == 0)
                schedule(after(4, 8), {Step::Dispatch, event.incident}); // wait for a unit to come free
            return;
        }
        emit(m_factory.dispatch(story.incident, m_units.at(unit)));
        if (need == 0)
            emit({m_factory.addNote(story.incident.id,
                                    QStringLiteral("%1 diperintahkan menuju lokasi.").arg(m_units.at(unit).callsign))});
        schedule(after(0, 2), {Step::EnRoute, event.incident, unit});
        if (need + 1 < story.needs.size())
            schedule(after(2, 10), {Step::Backup, event.incident, need + 1});
        return;
    }
    case Step::EnRoute: {
        Unit &unit = m_units[event.unit];
        if (unit.incidentId != story.incident.id || unit.status != UnitStatus::Dispatched)
            return;
        emit(m_factory.moveUnit(unit, UnitStatus::EnRoute, &story.incident));
        const double km = distanceKm(story.draft.latitude, story.draft.longitude, unit.latitude, unit.longitude);
        const int minutes = int(2 + km * (unit.kind == UnitKind::R2Patrol ? 2.0 : 2.8));
        schedule(after(minutes, minutes + 4), {Step::OnScene, event.incident, event.unit});
        return;
    }
    case Step::OnScene: {
        Unit &unit = m_units[event.unit];
        if (unit.incidentId != story.incident.id || unit.status != UnitStatus::EnRoute)
            return;
        const bool first = story.incident.status != IncidentStatus::OnScene;
        emit(m_factory.moveUnit(unit, UnitStatus::OnScene, &story.incident));
        unit.latitude = story.draft.latitude;
        unit.longitude = story.draft.longitude;
        unit.positionAt = QDateTime::fromMSecsSinceEpoch(m_simMs, Qt::UTC);
        emit({m_factory.make(EntityKind::Unit, unit.id, ChangeKind::Set,
                             {{QStringLiteral("latitude"), unit.latitude},
                              {QStringLiteral("longitude"), unit.longitude},
                              {QStringLiteral("speed_kmh"), 0.0},
                              {QStringLiteral("position_at"), unit.positionAt.toString(Qt::ISODateWithMs)}})});
        if (first) {
            static const char *const arrived[] = {"Petugas tiba di lokasi, mengatur arus lalu lintas.",
                                                  "Petugas tiba di lokasi dan memasang kerucut pengaman.",
                                                  "Petugas di lokasi, situasi terkendali.",
                                                  "Tiba di TKP, koordinasi dengan petugas Dishub."};
            emit({m_factory.addNote(story.incident.id, any(arrived))});
            schedule(m_simMs + story.workMinutes * kMinute + uniform(0, 59) * 1000, {Step::Clear, event.incident});
        }
        return;
    }
    case Step::Clear: {
        if (story.incident.status != IncidentStatus::OnScene)
            return;
        QList<Unit> onIt;
        for (const Unit &unit : std::as_const(m_units))
            if (unit.incidentId == story.incident.id)
                onIt.append(unit);
        const QString clearedAt = QDateTime::fromMSecsSinceEpoch(m_simMs, Qt::UTC).toString(Qt::ISODateWithMs);
        if (story.draft.lanesBlocked > 0)
            emit({m_factory.setIncidentFields(story.incident.id, {{QStringLiteral("lanes_cleared_at"), clearedAt}})});
        emit({m_factory.addNote(story.incident.id,
                                story.draft.lanesBlocked > 0
                                    ? QStringLiteral("Lajur sudah dibuka kembali, arus normal.")
                                    : QStringLiteral("Penanganan selesai, arus lalu lintas lancar."))});
        emit(m_factory.clearIncident(story.incident, onIt));
        schedule(after(20, 150), {Step::Close, event.incident}); // the supervisor reviews before closing
        // Patrol units go back on patrol after a while; tow trucks and ambulances wait at their posts.
        for (const Unit &unit : std::as_const(onIt))
            if (unit.kind == UnitKind::R2Patrol || unit.kind == UnitKind::R4Patrol ||
                unit.kind == UnitKind::HighwayPatrol)
                for (int i = 0; i < m_units.size(); ++i)
                    if (m_units.at(i).id == unit.id)
                        schedule(after(3, 20), {Step::Patrol, event.incident, i});
        return;
    }
    case Step::Patrol: {
        const Unit &unit = m_units.at(event.unit);
        if (unit.status == UnitStatus::Available && chance(0.7))
            emit(m_factory.moveUnit(unit, UnitStatus::OnPatrol));
        return;
    }
    case Step::Close:
        if (story.incident.status == IncidentStatus::Cleared)
            emit({m_factory.moveIncident(story.incident, IncidentStatus::Closed)});
        return;
    }
}

bool Seeder::run(QString *error)
{
    if (m_options.units <= 0 || m_options.incidents < 0) {
        if (error)
            *error = QCoreApplication::translate("DemoSeeder", "The demo needs at least one unit.");
        return false;
    }
    loadCatalogues();
    createUnits();
    if (!flush(error))
        return false;
    planIncidents();
    while (!m_events.empty()) {
        const auto first = m_events.begin();
        const Event event = first->second;
        m_simMs = first->first.first;
        m_events.erase(first);
        run(event);
        if (m_pending.size() >= kChangesPerBatch && !flush(error))
            return false;
    }
    if (!flush(error))
        return false;
    return seedCases(error);
}

bool Seeder::seedCases(QString *error)
{
    // The month's cases; the newest accidents are the day's kecelakaan incidents.
    QList<DemoAccidentIncident> accidents;
    for (const Story &story : std::as_const(m_stories)) {
        if (story.draft.typeCode != QLatin1String("kecelakaan") || story.incident.id.isNull())
            continue;
        const QString place = story.draft.landmark.isEmpty()
                                  ? story.draft.road
                                  : QStringLiteral("%1 (%2)").arg(story.draft.road, story.draft.landmark);
        accidents.append({story.incident.id, story.draft.reportedAt, place, story.draft.latitude, story.draft.longitude,
                          story.draft.stationCode, story.draft.died, story.draft.seriouslyHurt,
                          story.draft.slightlyHurt});
    }
    const ChangeList cases =
        demoCases(m_factory, QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC), m_options.seed, accidents);
    return commitDemoCases(m_store, cases, true, error, kChangesPerBatch);
}

} // namespace

bool seedDemo(Store &store, const DemoOptions &options, QString *error)
{
    Seeder seeder(store, options);
    const bool ok = seeder.run(error);
    if (!ok)
        qCWarning(lcStore) << "demo seeding failed:" << (error ? *error : QString());
    return ok;
}

} // namespace lintas
