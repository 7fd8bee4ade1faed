#include "field/historyseeder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <random>

#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include "core/accidents.h"
#include "core/articles.h"
#include "core/casefactory.h"
#include "core/cases.h"
#include "core/changefactory.h"
#include "core/incidenttypes.h"
#include "core/stations.h"
#include "field/etlecapturegenerator.h"
#include "field/historygenerator.h"
#include "field/incidentgenerator.h"
#include "field/roadnetwork.h"
#include "geo/geodesy.h"
#include "store/casedemoseeder.h"
#include "store/store.h"
#include "store/storereader.h"

namespace lintas::field {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kWibOffsetSeconds = 7 * 3600;
constexpr int kBatch = 2000;
const QString kSite = QStringLiteral("demo");
const QString kDispatcher = QStringLiteral("85061234"); // the demo desk's dispatcher (demoseeder.cpp)
const QString kSupervisor = QStringLiteral("supervisor1");
const QString kEtleCentre = QStringLiteral("etle-center");
const QString kAccident = QStringLiteral("kecelakaan");

struct Window
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

struct Officer
{
    const char *nrp;
    const char *name;
    const char *unit;
    const char *polres;
};
// The officers of the demo's cases (casedemoseeder.cpp): Turjawali patrols write violations, Unit Laka Lantas
// investigates accidents, the ETLE centre verifies captures.
const Officer kPatrolOfficers[] = {
    {"87050412", "Bripka Agus Salim", "Unit Turjawali Satlantas Polres Metro Jakarta Pusat", "JAKPUS"},
    {"90031187", "Brigpol Dimas Pratama", "Unit Turjawali Satlantas Polres Metro Jakarta Pusat", "JAKPUS"},
    {"85110623", "Aipda Rudi Hartono", "Unit Turjawali Satlantas Polres Metro Jakarta Selatan", "JAKSEL"},
    {"93070254", "Briptu Fajar Nugroho", "Unit Turjawali Satlantas Polres Metro Jakarta Selatan", "JAKSEL"},
    {"88020931", "Bripka Siti Rahmawati", "Unit Turjawali Satlantas Polres Metro Jakarta Barat", "JAKBAR"},
    {"94120448", "Bripda Rizky Ramadhan", "Unit Turjawali Satlantas Polres Metro Jakarta Barat", "JAKBAR"},
    {"86090317", "Aiptu Sutrisno", "Unit Turjawali Satlantas Polres Metro Jakarta Timur", "JAKTIM"},
    {"91050782", "Brigpol Yusuf Hasibuan", "Unit Turjawali Satlantas Polres Metro Jakarta Timur", "JAKTIM"},
    {"89040156", "Bripka Hendra Siregar", "Unit Turjawali Satlantas Polres Metro Jakarta Utara", "JAKUT"},
    {"92080569", "Briptu Maya Kusuma", "Unit Turjawali Satlantas Polres Metro Jakarta Utara", "JAKUT"},
};
const Officer kInvestigators[] = {
    {"84100275", "Ipda Andi Wibowo", "Unit Laka Lantas Satlantas Polres Metro Jakarta Pusat", "JAKPUS"},
    {"86120833", "Aipda Bambang Setiawan", "Unit Laka Lantas Satlantas Polres Metro Jakarta Selatan", "JAKSEL"},
    {"85030619", "Aiptu Joko Susilo", "Unit Laka Lantas Satlantas Polres Metro Jakarta Barat", "JAKBAR"},
    {"87090142", "Ipda Ratna Sari", "Unit Laka Lantas Satlantas Polres Metro Jakarta Timur", "JAKTIM"},
    {"83060487", "Iptu Eko Prasetyo", "Unit Laka Lantas Satlantas Polres Metro Jakarta Utara", "JAKUT"},
};
const Officer kEtleOfficers[] = {
    {"88060194", "Bripka Nur Aisyah", "Subdit Gakkum Ditlantas Polda Metro Jaya", "PMJ"},
    {"90100327", "Brigpol Teguh Santoso", "Subdit Gakkum Ditlantas Polda Metro Jaya", "PMJ"},
    {"87030515", "Aipda Wahyu Saputra", "Subdit Gakkum Ditlantas Polda Metro Jaya", "PMJ"},
};

const char *const kReporters[] = {"Ahmad Fauzi",   "Sri Wahyuni",  "Dedi Kurniawan", "Lestari Ningsih",
                                  "Irfan Maulana", "Ratna Sari",   "Yusuf Hakim",    "Maya Anggraini",
                                  "Rizky Pratama", "Dian Puspita", "Andi Saputra",   "Nurul Hidayah"};
const char *const kChannels[] = {"Operator CCTV TMC", "Pos Polisi", "Patroli", "Laporan warga (110)"};

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

QString isoWib(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(QTimeZone(kWibOffsetSeconds)).toString(Qt::ISODate);
}

qint64 startOfDayWib(qint64 ms)
{
    const qint64 wib = ms + kWibOffsetSeconds * kSecond;
    return wib / kDay * kDay - kWibOffsetSeconds * kSecond;
}

int hourWibOf(qint64 ms)
{
    return int(((ms + kWibOffsetSeconds * kSecond) / kHour) % 24);
}

QVariantList variantList(const QStringList &items)
{
    QVariantList list;
    for (const QString &item : items)
        list.append(item);
    return list;
}

class Seeder
{
public:
    Seeder(Store &store, const RoadNetwork &network, const HistorySeedOptions &options)
        : m_store(store), m_network(network), m_options(options),
          m_nowMs(options.now.isValid() ? options.now.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch()),
          m_rng(options.seed ^ 0x484953544f5259ULL /* "HISTORY" */), m_people(options.seed ^ 0x48495354ULL),
          m_clock([this] { return m_clockMs; }), m_factory(kSite, kDispatcher, &m_clock), m_cases(&m_factory),
          m_generator(network, generatorOptions(options, m_nowMs))
    {
    }

    HistorySeedResult run();

private:
    // A unit of the history's roster, and when it is free again.
    struct RosterUnit
    {
        Unit unit;
        QString polres;
        qint64 freeAtMs = 0;
    };
    // A case as made so far, to make its next change from (like casedemoseeder.cpp's Track).
    struct Track
    {
        CaseRecord record;
        qint64 atMs = 0;
    };

    static HistoryGeneratorOptions generatorOptions(const HistorySeedOptions &options, qint64 nowMs)
    {
        HistoryGeneratorOptions generator;
        generator.seed = options.seed;
        generator.endMs = nowMs;
        return generator;
    }
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    qint64 between(qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < p; }
    template <typename T, size_t N> const T &any(const T (&list)[N]) { return list[size_t(uniform(0, int(N) - 1))]; }
    QUuid makeId(qint64 ms);

    bool alreadySeeded(QString *error);
    void planWindows();
    QString polresAt(double lat, double lon) const;
    QString polsekAt(const QString &polres, double lat, double lon) const;
    void createRoster(qint64 atMs);
    void stamp(Change &change, qint64 ms);
    void emitIncident(ChangeList changes, qint64 ms);
    int freeUnit(const QString &polres, UnitKind kind, qint64 atMs, double lat, double lon) const;
    QUuid incident(const HistoryIncident &event, const VictimCounts &victims);
    void incidents();
    VictimCounts drawVictims();

    void addCase(Change change, Track &track, qint64 ms, const QString &actor);
    Track createCase(CaseKind kind, const QString &station, const QVariantMap &data, qint64 ms, const QString &actor);
    qint64 later(const Track &track, qint64 lo, qint64 hi)
    {
        return std::max(track.atMs + kSecond, std::min(track.atMs + between(lo, hi), m_nowMs - kMinute));
    }
    QVariantMap officerFields(const Officer &officer) const;
    void accidents();
    void accident(const HistoryIncident &event, const VictimCounts &victims, const QUuid &incidentId);
    void violations();
    void violation(const HistoryIncident &event);
    void captures();
    void capture(const EtleCapture &capture, int index);
    bool commit(QString *error);

    Store &m_store;
    const RoadNetwork &m_network;
    HistorySeedOptions m_options;
    qint64 m_nowMs;
    std::mt19937_64 m_rng;
    DemoIdentities m_people;
    qint64 m_clockMs = 0;
    HybridClock m_clock;
    ChangeFactory m_factory;
    CaseFactory m_cases;
    HistoryGenerator m_generator;

    QList<Window> m_incidentWindows; // incidents: the weeks before the demo's day, and last year's days
    QList<Window> m_accidentWindows; // accident cases: up to the start of today, and last year's days
    QList<Window> m_caseWindows;     // violations and captures: the last caseDays days, and last year's days
    QList<RosterUnit> m_roster;
    QHash<QString, int> m_lastCallsign; // "JAKPUS-R2" → the highest number the store's units use
    ChangeList m_incidentChanges;       // incidents and units, committed in time order
    ChangeList m_caseChanges;           // cases, committed with commitDemoCases (creates first, payment codes)
    QHash<qint64, std::pair<QUuid, VictimCounts>> m_accidentIncidents; // an accident's time → its incident
    quint16 m_counter = 0;
    HistorySeedResult m_result;
};

QUuid Seeder::makeId(qint64 ms)
{
    // A UUIDv7 whose random bits come from the seeded generator: the same seed gives the same ids.
    std::array<uchar, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = uchar(quint64(ms) >> (40 - 8 * i));
    for (size_t i = 6; i < 16; ++i)
        b[i] = uchar(m_rng() & 0xff);
    b[6] = uchar(0x70 | (b[6] & 0x0f));
    b[8] = uchar(0x80 | (b[8] & 0x3f));
    return QUuid::fromRfc4122(QByteArrayView(b.data(), qsizetype(b.size())));
}

bool Seeder::alreadySeeded(QString *error)
{
    // A store that holds incidents reported before the demo's 24 hours has its history already.
    StoreReader reader(m_store.path());
    if (!reader.isOpen()) {
        *error = reader.errorString();
        return false;
    }
    const qint64 demoStart = m_nowMs - kDay;
    for (const Incident &incident :
         reader.incidentsReportedSince(QDateTime::fromMSecsSinceEpoch(m_incidentWindows.first().fromMs, Qt::UTC)))
        if (incident.reportedAt.toMSecsSinceEpoch() < demoStart - kMinute)
            return true;
    // Callsign numbers already taken, so the history's roster continues them.
    static const QRegularExpression callsign(QStringLiteral("^(.+-[A-Z0-9]+)-(\\d+)$"));
    for (const Unit &unit : reader.units()) {
        const QRegularExpressionMatch match = callsign.match(unit.callsign);
        if (match.hasMatch())
            m_lastCallsign[match.captured(1)] =
                std::max(m_lastCallsign.value(match.captured(1)), match.captured(2).toInt());
    }
    return false;
}

void Seeder::planWindows()
{
    // Yesterday is complete: the history's incidents run up to the demo's 24 hours, its cases up to today.
    const qint64 demoStart = m_nowMs - kDay;
    const qint64 today = startOfDayWib(m_nowMs);
    const qint64 yesterday = today - kDay;
    const qint64 weeksBack = demoStart - qint64(m_options.weeks) * 7 * kDay;
    // The same date last year (28 February for 29 February), and the days around it.
    const QDate date =
        QDateTime::fromMSecsSinceEpoch(yesterday, Qt::UTC).toTimeZone(QTimeZone(kWibOffsetSeconds)).date();
    const qint64 lastYear = QDateTime(date.addYears(-1), QTime(0, 0), QTimeZone(kWibOffsetSeconds)).toMSecsSinceEpoch();
    const int before = m_options.lastYearDays / 2;
    const Window lastYearWindow{lastYear - before * kDay, lastYear + (m_options.lastYearDays - before) * kDay};
    m_incidentWindows = {lastYearWindow, {weeksBack, demoStart}};
    m_accidentWindows = {lastYearWindow, {weeksBack, today}};
    m_caseWindows = {lastYearWindow, {today - qint64(m_options.caseDays) * kDay, today}};
    if (m_options.lastYearDays <= 0) {
        m_incidentWindows.removeFirst();
        m_accidentWindows.removeFirst();
        m_caseWindows.removeFirst();
    }
}

QString Seeder::polresAt(double lat, double lon) const
{
    // The Polres of the city the point lies in, else the nearest Polres of Polda Metro Jaya.
    const StationDirectory &stations = StationDirectory::builtIn();
    const auto sector = m_network.sectorAt(lat, lon);
    QString best;
    double bestM = std::numeric_limits<double>::max();
    for (const Station &polres : stations.children(QStringLiteral("PMJ"))) {
        if (polres.level != StationLevel::Polres)
            continue;
        if (sector && !sector->kota.isEmpty() && polres.name.endsWith(sector->kota, Qt::CaseInsensitive))
            return polres.code;
        const double d = geo::distanceM(lat, lon, polres.latitude, polres.longitude);
        if (d < bestM) {
            bestM = d;
            best = polres.code;
        }
    }
    return best.isEmpty() ? QStringLiteral("PMJ") : best;
}

QString Seeder::polsekAt(const QString &polres, double lat, double lon) const
{
    QString best = polres;
    double bestM = std::numeric_limits<double>::max();
    for (const Station &polsek : StationDirectory::builtIn().children(polres)) {
        const double d = geo::distanceM(lat, lon, polsek.latitude, polsek.longitude);
        if (d < bestM) {
            bestM = d;
            best = polsek.code;
        }
    }
    return best;
}

void Seeder::stamp(Change &change, qint64 ms)
{
    // The change happened at the history's time; its id follows from the seed.
    change.hlc = Hlc::fromParts(ms, m_counter++);
    change.opId = makeId(ms);
}

void Seeder::createRoster(qint64 atMs)
{
    // A patrol car, a motorcycle and a tow truck per Polres: the units of the shifts the history covers.
    const StationDirectory &stations = StationDirectory::builtIn();
    const std::array<std::pair<UnitKind, const char *>, 3> kinds{
        {{UnitKind::R4Patrol, "R4"}, {UnitKind::R2Patrol, "R2"}, {UnitKind::TowTruck, "DEREK"}}};
    qint64 ms = atMs;
    for (const Station &polres : stations.children(QStringLiteral("PMJ"))) {
        if (polres.level != StationLevel::Polres)
            continue;
        for (const auto &[kind, code] : kinds) {
            RosterUnit roster;
            roster.polres = polres.code;
            Unit &unit = roster.unit;
            unit.id = makeId(ms);
            unit.kind = kind;
            unit.stationCode = polres.code;
            const QString prefix = QStringLiteral("%1-%2").arg(polres.code, QLatin1String(code));
            unit.callsign = QStringLiteral("%1-%2").arg(prefix).arg(++m_lastCallsign[prefix], 2, 10, QLatin1Char('0'));
            const int crew = kind == UnitKind::R4Patrol ? 2 : 1;
            for (int c = 0; c < crew; ++c)
                unit.crew.append(QStringLiteral("%1%2%3")
                                     .arg(uniform(75, 99))
                                     .arg(uniform(1, 12), 2, 10, QLatin1Char('0'))
                                     .arg(uniform(1, 9999), 4, 10, QLatin1Char('0')));
            unit.status = UnitStatus::Available;
            const int node = m_network.nearestDrivableNode(polres.latitude, polres.longitude);
            unit.latitude = node >= 0 ? m_network.graph().node(node).lat : polres.latitude;
            unit.longitude = node >= 0 ? m_network.graph().node(node).lon : polres.longitude;
            unit.positionAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            unit.statusSince = unit.positionAt;
            Change change = m_factory.createUnit(unit);
            stamp(change, ms);
            m_incidentChanges.append(change);
            m_roster.append(roster);
            ms += kSecond;
        }
    }
    m_result.units = int(m_roster.size());
}

void Seeder::emitIncident(ChangeList changes, qint64 ms)
{
    // The changes of one step, a millisecond apart so that their order is the order made.
    for (Change &change : changes)
        stamp(change, ms++);
    m_incidentChanges.append(changes);
}

int Seeder::freeUnit(const QString &polres, UnitKind kind, qint64 atMs, double lat, double lon) const
{
    // The nearest free unit of the kind, the incident's own Polres first.
    int best = -1;
    double bestScore = std::numeric_limits<double>::max();
    for (int i = 0; i < m_roster.size(); ++i) {
        const RosterUnit &roster = m_roster.at(i);
        if (roster.unit.kind != kind || roster.freeAtMs > atMs)
            continue;
        const double score = geo::distanceM(lat, lon, roster.unit.latitude, roster.unit.longitude) +
                             (roster.polres == polres ? 0.0 : 5000.0);
        if (score < bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

QUuid Seeder::incident(const HistoryIncident &event, const VictimCounts &victims)
{
    const IncidentTypeCatalogue &types = IncidentTypeCatalogue::builtIn();
    IncidentDraft d;
    d.typeCode = event.typeCode;
    const auto type = types.byCode(d.typeCode);
    d.priority = type ? type->defaultPriority : Priority::P3;
    d.reportedAt = QDateTime::fromMSecsSinceEpoch(event.atMs, Qt::UTC);
    d.latitude = event.latitude;
    d.longitude = event.longitude;
    if (event.blackSpot >= 0)
        d.road = m_generator.blackSpots().at(event.blackSpot).road;
    else if (event.edge >= 0)
        d.road = m_network.graph().edgeName(event.edge);
    if (d.road.isEmpty())
        d.road = m_network.streetNameNear(event.latitude, event.longitude);
    if (const auto sector = m_network.sectorAt(event.latitude, event.longitude))
        d.kecamatan = sector->name;
    if (d.road.isEmpty())
        d.road = d.kecamatan.isEmpty() ? QStringLiteral("Jalan lingkungan")
                                       : QStringLiteral("Jalan lingkungan, %1").arg(d.kecamatan);
    if (!d.road.startsWith(QLatin1String("Jalan")) && !d.road.startsWith(QLatin1String("Tol")))
        d.road = QStringLiteral("Jalan %1").arg(d.road);
    const QString polres = polresAt(event.latitude, event.longitude);
    d.stationCode = polsekAt(polres, event.latitude, event.longitude);
    d.lanesTotal = uniform(2, 4);
    if (chance(0.3)) {
        d.reporterName = QString::fromUtf8(any(kChannels));
    } else {
        d.reporterName = QString::fromUtf8(any(kReporters));
        d.reporterPhone =
            QStringLiteral("08%1-%2-%3").arg(uniform(11, 59)).arg(uniform(1000, 9999)).arg(uniform(1000, 9999));
    }

    qint64 workMin = 20, workMax = 50;
    UnitKind lead = chance(0.5) ? UnitKind::R2Patrol : UnitKind::R4Patrol;
    const QString code = d.typeCode;
    if (code == kAccident) {
        d.died = victims.died;
        d.seriouslyHurt = victims.seriouslyHurt;
        d.slightlyHurt = victims.slightlyHurt;
        d.priority = d.died + d.seriouslyHurt > 0 ? Priority::P1 : Priority::P2;
        d.narrative = QStringLiteral("Kecelakaan lalu lintas di %1. Korban: %2 meninggal dunia, %3 luka berat, %4 "
                                     "luka ringan.")
                          .arg(d.road)
                          .arg(d.died)
                          .arg(d.seriouslyHurt)
                          .arg(d.slightlyHurt);
        lead = UnitKind::R4Patrol;
        workMin = 40;
        workMax = 100;
    } else if (code == QLatin1String("kemacetan")) {
        d.narrative =
            QStringLiteral("Kemacetan di %1, antrean sekitar %2 meter.").arg(d.road).arg(uniform(3, 25) * 100);
        workMin = 30;
        workMax = 75;
    } else if (code == QLatin1String("kendaraan_mogok")) {
        d.narrative = QStringLiteral("Kendaraan mogok di lajur kiri %1, perlu derek.").arg(d.road);
        lead = UnitKind::TowTruck;
        workMin = 25;
        workMax = 60;
    } else if (code == QLatin1String("pelanggaran")) {
        d.narrative = QStringLiteral("Parkir liar dan pelanggaran di %1.").arg(d.road);
        lead = UnitKind::R2Patrol;
    } else if (code == QLatin1String("banjir")) {
        d.narrative = QStringLiteral("Genangan air setinggi %1 cm di %2.").arg(uniform(1, 6) * 10).arg(d.road);
        lead = UnitKind::R4Patrol;
        workMin = 60;
        workMax = 150;
    } else if (code == QLatin1String("unjuk_rasa")) {
        d.narrative = QStringLiteral("Aksi unjuk rasa di %1, arus lalu lintas dialihkan.").arg(d.road);
        lead = UnitKind::R4Patrol;
        workMin = 90;
        workMax = 180;
    } else if (code == QLatin1String("pengawalan")) {
        d.narrative = QStringLiteral("Permintaan pengawalan melintasi %1.").arg(d.road);
        workMin = 30;
        workMax = 70;
    } else if (code == QLatin1String("jalan_rusak")) {
        d.narrative = QStringLiteral("Jalan berlubang di %1, membahayakan pengendara sepeda motor.").arg(d.road);
        lead = UnitKind::R2Patrol;
    } else {
        d.narrative = QStringLiteral("Gangguan lalu lintas di %1.").arg(d.road);
    }

    // Report: the incident only; its narrative is the summary (the history keeps to the bound on changes).
    m_clockMs = event.atMs;
    QUuid made;
    ChangeList created = m_factory.createIncident(d, &made);
    Incident incident;
    incident.id = makeId(event.atMs);
    incident.status = IncidentStatus::Reported;
    ChangeList report;
    for (Change &change : created)
        if (change.kind == ChangeKind::Create) {
            change.entityId = incident.id;
            report.append(change);
        }
    emitIncident(report, event.atMs);
    ++m_result.incidents;

    // A few reports turn out false or already handled: closed without a unit.
    if (code != kAccident && chance(0.04)) {
        Change close = m_factory.moveIncident(incident, IncidentStatus::Closed);
        emitIncident({close}, event.atMs + between(3 * kMinute, 12 * kMinute));
        return incident.id;
    }

    // Dispatch: the nearest free unit of the kind; when none is free, the first that comes free.
    qint64 dispatchAt =
        event.atMs + (d.priority == Priority::P1 ? between(40 * kSecond, 2 * kMinute) : between(kMinute, 6 * kMinute));
    int unitIndex = freeUnit(polres, lead, dispatchAt, d.latitude, d.longitude);
    if (unitIndex < 0) {
        qint64 earliest = std::numeric_limits<qint64>::max();
        for (int i = 0; i < m_roster.size(); ++i)
            if (m_roster.at(i).unit.kind == lead && m_roster.at(i).freeAtMs < earliest) {
                earliest = m_roster.at(i).freeAtMs;
                unitIndex = i;
            }
        dispatchAt = std::max(dispatchAt, earliest + between(kMinute, 3 * kMinute));
    }
    RosterUnit &roster = m_roster[unitIndex];
    Unit &unit = roster.unit;
    emitIncident(m_factory.dispatch(incident, unit), dispatchAt);
    unit.status = UnitStatus::Dispatched;
    unit.incidentId = incident.id;
    incident.status = IncidentStatus::Dispatched;

    // Arrival: driving at Jakarta's speeds (a motorcycle gets through faster).
    const double km = geo::distanceM(d.latitude, d.longitude, unit.latitude, unit.longitude) / 1000.0;
    const double minutesPerKm = unit.kind == UnitKind::R2Patrol ? 2.0 : 2.8;
    const qint64 arriveAt = dispatchAt + qint64((2.0 + km * minutesPerKm) * double(kMinute)) + between(0, 4 * kMinute);
    emitIncident(m_factory.moveUnit(unit, UnitStatus::OnScene, &incident), arriveAt);
    unit.status = UnitStatus::OnScene;
    incident.status = IncidentStatus::OnScene;
    unit.latitude = d.latitude;
    unit.longitude = d.longitude;

    // Clearance, the unit free again, and the supervisor's close after review.
    const qint64 clearAt = arriveAt + between(workMin * kMinute, workMax * kMinute);
    ChangeList clear{m_factory.moveIncident(incident, IncidentStatus::Cleared)};
    clear.append(m_factory.moveUnit(unit, UnitStatus::Available));
    emitIncident(clear, clearAt);
    unit.status = UnitStatus::Available;
    unit.incidentId = QUuid();
    incident.status = IncidentStatus::Cleared;
    roster.freeAtMs = clearAt + between(2 * kMinute, 10 * kMinute);
    emitIncident({m_factory.moveIncident(incident, IncidentStatus::Closed)},
                 clearAt + between(20 * kMinute, 150 * kMinute));
    return incident.id;
}

void Seeder::incidents()
{
    // A sample of the generator's reports with their lifecycle, in time order (the roster's units work one
    // incident at a time). An accident sampled here is also an accident case (accidents()), with the same victims.
    const double share = double(m_options.incidentsPerDay) / 200.0;
    for (const Window &window : std::as_const(m_incidentWindows)) {
        for (const HistoryIncident &event : m_generator.generate(window.fromMs, window.toMs)) {
            if (!chance(share))
                continue;
            if (event.typeCode == kAccident) {
                const VictimCounts victims = drawVictims();
                m_accidentIncidents.insert(event.atMs, {incident(event, victims), victims});
            } else {
                incident(event, {});
            }
        }
    }
}

VictimCounts Seeder::drawVictims()
{
    // Each victim's condition in the published ratio: 8 % killed, 29 % seriously and 63 % slightly hurt.
    VictimCounts victims;
    const int count = uniform(1, 100) <= 15 ? 0 : uniform(1, 3);
    for (int v = 0; v < count; ++v) {
        const int roll = uniform(1, 100);
        (roll <= 8 ? victims.died : roll <= 37 ? victims.seriouslyHurt : victims.slightlyHurt) += 1;
    }
    return victims;
}

// ---- Cases ----------------------------------------------------------------------------------------------------

void Seeder::addCase(Change change, Track &track, qint64 ms, const QString &actor)
{
    change.hlc = Hlc::fromParts(ms, m_counter++);
    change.opId = makeId(ms);
    change.actor = actor;
    change.entityId = track.record.id;
    track.atMs = ms;
    QVariantMap fields = change.fields;
    if (change.kind == ChangeKind::Transition) {
        track.record.state = caseStateFromString(fields.value(QStringLiteral("to")).toString());
        fields.remove(QStringLiteral("from"));
        fields.remove(QStringLiteral("to"));
        fields.remove(field(casefield::kReason));
    } else if (change.kind != ChangeKind::Set && change.kind != ChangeKind::Create) {
        fields.clear();
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        track.record.data.insert(it.key(), it.value());
    m_caseChanges.append(change);
}

Seeder::Track Seeder::createCase(CaseKind kind, const QString &station, const QVariantMap &data, qint64 ms,
                                 const QString &actor)
{
    Track track;
    Change change = m_cases.createCase(kind, station, data);
    track.record.id = makeId(ms);
    track.record.kind = kind;
    track.record.state = initialState(kind);
    track.record.stationCode = station;
    track.record.data = data;
    addCase(change, track, ms, actor);
    return track;
}

QVariantMap Seeder::officerFields(const Officer &officer) const
{
    return {
        {field(casefield::kOfficerNrp), QString::fromLatin1(officer.nrp)},
        {field(casefield::kOfficerName), QString::fromLatin1(officer.name)},
        {field(casefield::kOfficerUnit), QString::fromLatin1(officer.unit)},
    };
}

void Seeder::accidents()
{
    const double share = double(m_options.accidentsPerDay) / IncidentGenerator::dailyCount(kAccident);
    for (const Window &window : std::as_const(m_accidentWindows)) {
        for (const HistoryIncident &event : m_generator.generate(window.fromMs, window.toMs)) {
            if (event.typeCode != kAccident)
                continue;
            const auto linked = m_accidentIncidents.constFind(event.atMs);
            if (linked != m_accidentIncidents.cend()) {
                accident(event, linked->second, linked->first);
                continue;
            }
            if (!chance(share))
                continue;
            accident(event, drawVictims(), QUuid());
        }
    }
}

void Seeder::accident(const HistoryIncident &event, const VictimCounts &victims, const QUuid &incidentId)
{
    static const QList<CollisionType> types = allCollisionTypes();
    // Rear-end and side collisions with motorcycles are most of Jakarta's crashes.
    const int roll = uniform(1, 100);
    const CollisionType type = roll <= 30   ? CollisionType::RearEnd
                               : roll <= 55 ? CollisionType::Side
                               : roll <= 70 ? CollisionType::Single
                               : roll <= 80 ? CollisionType::Pedestrian
                                            : types.at(uniform(0, int(types.size()) - 1));
    VictimCounts counts = victims;
    if (type == CollisionType::Pedestrian && counts.died + counts.seriouslyHurt + counts.slightlyHurt == 0)
        counts.slightlyHurt = 1;
    const int vehicleCount = type == CollisionType::Chain ? uniform(3, 4)
                             : type == CollisionType::Single || type == CollisionType::Pedestrian ||
                                     type == CollisionType::HitAndRun || type == CollisionType::Animal
                                 ? 1
                                 : 2;
    const QString polres = polresAt(event.latitude, event.longitude);
    QString place = event.blackSpot >= 0 ? m_generator.blackSpots().at(event.blackSpot).road
                    : event.edge >= 0    ? m_network.graph().edgeName(event.edge)
                                         : QString();
    if (place.isEmpty())
        place = m_network.streetNameNear(event.latitude, event.longitude);
    place = place.isEmpty() ? QStringLiteral("Jalan lingkungan") : QStringLiteral("Jalan %1").arg(place);
    if (const auto sector = m_network.sectorAt(event.latitude, event.longitude))
        place += QStringLiteral(", %1").arg(sector->name);

    QVariantList vehicles;
    QStringList involved;
    QList<DemoIdentities::Person> drivers;
    for (int v = 0; v < vehicleCount; ++v) {
        const DemoIdentities::Vehicle vehicle = m_people.vehicle();
        const DemoIdentities::Person driver = m_people.person();
        drivers.append(driver);
        vehicles.append(QVariantMap{
            {field(casefield::kPlate), vehicle.plate},
            {field(casefield::kVehicleKind), vehicle.kind},
            {field(casefield::kVehicleMake), vehicle.make},
            {field(casefield::kDriverName), driver.name},
            {field(casefield::kDriverNik), driver.nik},
            {field(casefield::kSimNumber), m_people.simNumber()},
        });
        involved.append(QStringLiteral("%1 %2").arg(vehicle.make, vehicle.plate));
    }
    QVariantList victimList;
    const int year = QDateTime::fromMSecsSinceEpoch(event.atMs, Qt::UTC).date().year();
    const auto addVictims = [&](int n, const char *condition) {
        for (int v = 0; v < n; ++v) {
            const DemoIdentities::Person person =
                victimList.size() < drivers.size() && type != CollisionType::Pedestrian ? drivers.at(victimList.size())
                                                                                        : m_people.person();
            victimList.append(QVariantMap{{QStringLiteral("name"), person.name},
                                          {QStringLiteral("nik"), person.nik},
                                          {QStringLiteral("age"), std::max(1, year - person.birthDate.year())},
                                          {QStringLiteral("condition"), QLatin1String(condition)}});
        }
    };
    addVictims(counts.died, "md");
    addVictims(counts.seriouslyHurt, "lb");
    addVictims(counts.slightlyHurt, "lr");

    const qint64 loss = qint64(uniform(1, 60)) * (type == CollisionType::Chain ? 2'500'000 : 750'000);
    const bool wet = chance(0.2);
    QStringList causes;
    switch (type) {
    case CollisionType::RearEnd:
    case CollisionType::Chain:
        causes = {QStringLiteral("human_phone"), QStringLiteral("vehicle_brakes")};
        break;
    case CollisionType::HeadOn:
        causes = {QStringLiteral("human_violation"), QStringLiteral("human_speeding")};
        break;
    case CollisionType::Single:
        causes = {QStringLiteral("human_drowsy"), QStringLiteral("human_speeding")};
        break;
    case CollisionType::Animal:
        causes = {QStringLiteral("road_lighting")};
        break;
    default:
        causes = {QStringLiteral("human_violation")};
        break;
    }
    if (wet)
        causes.append(QStringLiteral("weather"));

    const Officer *investigator = &kInvestigators[0];
    for (const Officer &officer : kInvestigators)
        if (polres == QLatin1String(officer.polres))
            investigator = &officer;
    const QString actor = QString::fromLatin1(investigator->nrp);
    QVariantMap data = officerFields(*investigator);
    data.insert(field(casefield::kOccurredAt), isoWib(event.atMs));
    data.insert(field(casefield::kPlace), place);
    data.insert(field(casefield::kLatitude), event.latitude);
    data.insert(field(casefield::kLongitude), event.longitude);
    data.insert(field(casefield::kRoadCondition), wet ? QStringLiteral("wet") : QStringLiteral("dry"));
    data.insert(field(casefield::kWeather), wet ? QStringLiteral("rain") : QStringLiteral("clear"));
    data.insert(field(casefield::kCollisionType), toString(type));
    data.insert(field(casefield::kCauses), variantList(causes));
    data.insert(field(casefield::kVehicles), vehicles);
    data.insert(field(casefield::kVictims), victimList);
    data.insert(field(casefield::kMaterialLoss), loss);
    // The investigator confirms the suggested articles with the file (one change fewer than a later edit).
    data.insert(field(casefield::kConfirmedArticles), variantList(suggestedAccidentArticles(counts, loss, type)));
    data.insert(field(casefield::kNarrative),
                QStringLiteral("%1 terlibat kecelakaan di %2. Korban: %3 meninggal dunia, %4 luka berat, %5 luka "
                               "ringan. Kerugian materiil sekitar Rp%6.")
                    .arg(involved.join(QStringLiteral(", ")), place)
                    .arg(counts.died)
                    .arg(counts.seriouslyHurt)
                    .arg(counts.slightlyHurt)
                    .arg(QLocale(QLocale::Indonesian).toString(loss)));
    if (!incidentId.isNull()) {
        const QString id = incidentId.toString(QUuid::WithoutBraces);
        data.insert(field(casefield::kIncidentId), id);
        data.insert(field(casefield::kLinkedIncidents), QVariantList{id});
    }
    const qint64 createAt = std::min(event.atMs + between(40 * kMinute, 120 * kMinute), m_nowMs - 2 * kMinute);
    Track track = createCase(CaseKind::Accident, polres, data, createAt, actor);
    addCase(m_cases.submitCase(track.record), track, later(track, 30 * kMinute, 6 * kHour), actor);
    if (m_nowMs - event.atMs > 10 * kDay && chance(0.3))
        addCase(m_cases.moveCase(track.record, CaseState::Closed, {},
                                 QStringLiteral("Diselesaikan melalui keadilan restoratif; para pihak sepakat "
                                                "berdamai dan kerugian diganti.")),
                track, later(track, 2 * kDay, 8 * kDay), actor);
    ++m_result.accidents;
}

void Seeder::violations()
{
    // Roadside stops between 06:00 and 22:00 WIB, where the reports are (black spots included).
    const double share = double(m_options.violationsPerDay) / 170.0; // of the generator's daytime reports
    for (const Window &window : std::as_const(m_caseWindows))
        for (const HistoryIncident &event : m_generator.generate(window.fromMs, window.toMs)) {
            const int hour = hourWibOf(event.atMs);
            if (hour >= 6 && hour < 22 && chance(share))
                violation(event);
        }
}

void Seeder::violation(const HistoryIncident &event)
{
    const QString polres = polresAt(event.latitude, event.longitude);
    QList<const Officer *> officers;
    for (const Officer &officer : kPatrolOfficers)
        if (polres == QLatin1String(officer.polres))
            officers.append(&officer);
    const Officer &officer =
        officers.isEmpty() ? kPatrolOfficers[0] : *officers.at(uniform(0, int(officers.size()) - 1));
    const QString actor = QString::fromLatin1(officer.nrp);

    const DemoIdentities::Person offender = m_people.person();
    DemoIdentities::Vehicle vehicle = m_people.vehicle();
    if (vehicle.kind != QLatin1String("r2") && chance(0.4)) { // motorcycles are most of the roadside tickets
        vehicle.kind = QStringLiteral("r2");
        vehicle.make = QStringLiteral("Honda Beat");
    }
    static const char *const kR2[] = {"291(1)", "291(1)", "291(1)", "287(1)", "287(2)", "281", "288(1)", "283"};
    static const char *const kR4[] = {"287(1)", "287(2)", "289", "289", "283", "281", "288(1)"};
    static const char *const kHeavy[] = {"287(1)", "287(2)", "289", "288(1)"};
    const bool r2 = vehicle.kind == QLatin1String("r2");
    const bool r4 = vehicle.kind == QLatin1String("r4");
    QStringList codes{QLatin1String(r2 ? any(kR2) : r4 ? any(kR4) : any(kHeavy))};
    if (chance(0.2)) {
        const QString second = QLatin1String(r2 ? any(kR2) : r4 ? any(kR4) : any(kHeavy));
        if (!codes.contains(second))
            codes.append(second);
    }
    const bool noSim = codes.contains(QStringLiteral("281"));
    const bool noStnk = codes.contains(QStringLiteral("288(1)"));
    const bool warning = codes.size() == 1 && !noSim && !noStnk && chance(0.15);

    QString place = event.blackSpot >= 0 ? m_generator.blackSpots().at(event.blackSpot).road
                    : event.edge >= 0    ? m_network.graph().edgeName(event.edge)
                                         : QString();
    place = place.isEmpty() ? QStringLiteral("Jalan lingkungan") : QStringLiteral("Jalan %1").arg(place);
    QVariantMap data = officerFields(officer);
    data.insert(field(casefield::kOccurredAt), isoWib(event.atMs));
    data.insert(field(casefield::kPlace), place);
    data.insert(field(casefield::kLatitude), event.latitude);
    data.insert(field(casefield::kLongitude), event.longitude);
    data.insert(field(casefield::kOffenderName), offender.name);
    data.insert(field(casefield::kOffenderNik), offender.nik);
    data.insert(field(casefield::kOffenderAddress), offender.address);
    if (!noSim) {
        data.insert(field(casefield::kSimNumber), m_people.simNumber());
        data.insert(field(casefield::kSimClass), DemoIdentities::simClassFor(vehicle.kind));
    }
    data.insert(field(casefield::kPlate), vehicle.plate);
    data.insert(field(casefield::kVehicleKind), vehicle.kind);
    data.insert(field(casefield::kVehicleMake), vehicle.make);
    data.insert(field(casefield::kVehicleColour), vehicle.colour);
    if (!noStnk)
        data.insert(field(casefield::kStnkNumber), vehicle.stnkNumber);
    const QVariantMap charges = m_cases.chargeFields(codes, ArticleCatalogue::builtIn());
    for (auto it = charges.cbegin(); it != charges.cend(); ++it)
        data.insert(it.key(), it.value());
    data.insert(field(casefield::kOutcome), warning ? QStringLiteral("teguran") : QStringLiteral("tilang"));
    if (!warning) {
        // The ticket's security: the SIM, or the STNK, or the vehicle when the rider has neither.
        const QString seized = noSim && noStnk ? QStringLiteral("vehicle")
                               : noSim         ? QStringLiteral("stnk")
                               : noStnk        ? QStringLiteral("sim")
                               : chance(0.6)   ? QStringLiteral("sim")
                                               : QStringLiteral("stnk");
        data.insert(field(casefield::kSeized), QVariantList{seized});
    }
    data.insert(field(casefield::kNarrative),
                QStringLiteral("%1 %2 %3 ditindak di %4 (pasal %5). %6")
                    .arg(r2 ? QStringLiteral("Pengendara sepeda motor") : QStringLiteral("Pengemudi"), vehicle.make,
                         vehicle.plate, place, codes.join(QStringLiteral(", ")),
                         warning ? QStringLiteral("Pelanggar diberi teguran dan pembinaan di tempat.")
                                 : QStringLiteral("Pelanggar kooperatif; ditilang di tempat.")));

    const qint64 at = std::min(event.atMs + between(5 * kMinute, 20 * kMinute), m_nowMs - 2 * kMinute);
    Track track = createCase(CaseKind::Violation, polres, data, at, actor);
    addCase(m_cases.submitCase(track.record), track, later(track, 20 * kMinute, 4 * kHour), actor);
    if (!warning && m_nowMs - event.atMs > 5 * kDay && chance(0.5))
        addCase(m_cases.moveCase(track.record, CaseState::Closed, {},
                                 QStringLiteral("Denda telah dibayar melalui BRIVA; barang bukti dikembalikan.")),
                track, later(track, 2 * kDay, 5 * kDay), actor);
    ++m_result.violations;
}

void Seeder::captures()
{
    // The corridors' cameras at the history's pace: one capture every 50 to 94 minutes, about 20 a day.
    int index = 0;
    for (const Window &window : std::as_const(m_caseWindows)) {
        EtleCaptureOptions options;
        options.seed = m_options.seed ^ quint64(window.fromMs);
        options.startMs = window.fromMs;
        const int meanGap = 86'400 / std::max(1, m_options.capturesPerDay);
        options.minGapSeconds = meanGap * 7 / 10;
        options.maxGapSeconds = meanGap * 13 / 10;
        options.firstWatched = -1; // the watch list's plates stay out of the history
        options.watchedOneIn = std::numeric_limits<int>::max();
        EtleCaptureGenerator generator(options);
        for (const EtleCapture &made : generator.advanceTo(window.toMs - 1))
            if (!made.watched)
                capture(made, index++);
    }
}

void Seeder::capture(const EtleCapture &made, int index)
{
    QVariantMap data = made.caseData();
    const QVariantMap charges = m_cases.chargeFields(made.articles(), ArticleCatalogue::builtIn());
    for (auto it = charges.cbegin(); it != charges.cend(); ++it)
        data.insert(it.key(), it.value());
    const QByteArray image = etleCaptureImage(data);
    data.insert(field(casefield::kImageSha256),
                QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex()));
    const qint64 at = made.at.toMSecsSinceEpoch();
    Track track = createCase(CaseKind::Etle, made.camera.stationCode, data, at + between(5, 90) * kSecond, kEtleCentre);
    addCase(m_cases.attach(track.record.id,
                           QStringLiteral("%1-%2.svg")
                               .arg(made.camera.id, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC)
                                                        .toTimeZone(QTimeZone(kWibOffsetSeconds))
                                                        .toString(QStringLiteral("yyyyMMdd-HHmmss"))),
                           QStringLiteral("image/svg+xml"), image),
            track, track.atMs + kSecond, kEtleCentre);
    ++m_result.captures;

    // How far along the workflow a ticket got depends on its age: most of the older ones are paid.
    const qint64 age = m_nowMs - at;
    const int roll = uniform(1, 100);
    const Officer &officer = kEtleOfficers[size_t(index) % std::size(kEtleOfficers)];
    const QString verifier = QString::fromLatin1(officer.nrp);
    if (age < 6 * kHour && roll <= 60)
        return; // still waiting for an officer
    if (roll <= 6) {
        addCase(m_cases.moveCase(track.record, CaseState::Rejected, officerFields(officer),
                                 QStringLiteral("Pelat nomor tidak terbaca jelas pada foto (silau lampu kendaraan).")),
                track, later(track, kHour, 12 * kHour), verifier);
        return;
    }
    addCase(m_cases.moveCase(track.record, CaseState::Verified, officerFields(officer)), track,
            later(track, kHour, 12 * kHour), verifier);
    if (age < kDay)
        return;
    const DemoIdentities::Person owner = m_people.person();
    const DemoIdentities::Vehicle vehicle = m_people.vehicle();
    addCase(m_cases.moveCase(track.record, CaseState::Identified,
                             {{field(casefield::kOwnerName), owner.name},
                              {field(casefield::kOwnerNik), owner.nik},
                              {field(casefield::kOwnerAddress), owner.address},
                              {field(casefield::kVehicleMake), vehicle.make},
                              {field(casefield::kVehicleColour), vehicle.colour},
                              {field(casefield::kStnkNumber), vehicle.stnkNumber}}),
            track, later(track, 2 * kHour, 12 * kHour), kEtleCentre);
    const qint64 noticeAt = later(track, 2 * kHour, 12 * kHour);
    addCase(
        m_cases.moveCase(track.record, CaseState::NoticeSent, {{field(casefield::kNoticeSentAt), isoWib(noticeAt)}}),
        track, noticeAt, kEtleCentre);
    if (age < 3 * kDay)
        return;
    // Unanswered for eight days: the STNK is blocked.
    if (roll <= 14 && age > 10 * kDay) {
        addCase(m_cases.moveCase(track.record, CaseState::StnkBlocked, {},
                                 QStringLiteral("Tidak ada konfirmasi dalam 8 hari sejak surat konfirmasi dikirim; "
                                                "pemblokiran STNK diajukan ke Samsat.")),
                track, std::min(noticeAt + kEtleConfirmDays * kDay + between(2 * kHour, 20 * kHour), m_nowMs - kMinute),
                kEtleCentre);
        return;
    }
    addCase(m_cases.moveCase(track.record, CaseState::Confirmed, {},
                             QStringLiteral("Pemilik mengonfirmasi pelanggaran melalui situs ETLE.")),
            track, later(track, 12 * kHour, 3 * kDay), kEtleCentre);
    addCase(m_cases.issuePayment(track.record), track, later(track, kHour, 6 * kHour), kEtleCentre);
    if (age < 6 * kDay || roll > 90)
        return; // waiting for payment
    const qint64 paidAt = later(track, 6 * kHour, 3 * kDay);
    const qint64 settledAt =
        std::max(track.atMs + kSecond, std::min(paidAt + between(kHour, 20 * kHour), m_nowMs - kMinute));
    const qint64 fine = track.record.data.value(field(casefield::kFine)).toLongLong();
    addCase(m_cases.moveCase(track.record, CaseState::Paid,
                             {{field(casefield::kPaidAt), isoWib(paidAt)},
                              {field(casefield::kPaidAmount), fine},
                              {field(casefield::kBankRef), QStringLiteral("BRIVA-%1-%2")
                                                               .arg(QDateTime::fromMSecsSinceEpoch(paidAt, Qt::UTC)
                                                                        .toTimeZone(QTimeZone(kWibOffsetSeconds))
                                                                        .toString(QStringLiteral("yyyyMMdd")))
                                                               .arg(uniform(1, 999'999), 6, 10, QLatin1Char('0'))}}),
            track, settledAt, kSupervisor); // the supervisor imports the bank's settlement file
}

bool Seeder::commit(QString *error)
{
    // Incidents and units as made: each incident's whole life in a row (a desk catching up never sees a week-old
    // incident open), incidents by report time, each unit's work in time order (its moves must be legal where they
    // fall). In large batches; the history stands for what the region already holds, so none of it waits in the
    // outbox.
    for (qsizetype at = 0; at < m_incidentChanges.size(); at += kBatch) {
        const ChangeList batch = m_incidentChanges.mid(at, kBatch);
        const CommitResult result = m_store.commitLocal(batch);
        if (!result.ok) {
            *error = result.error;
            return false;
        }
        QList<QUuid> opIds;
        opIds.reserve(batch.size());
        for (const Change &change : batch)
            opIds.append(change.opId);
        if (!m_store.acknowledgePushed(opIds)) {
            *error = HistorySeeder::tr("The history's changes could not leave the outbox.");
            return false;
        }
    }
    return commitDemoCases(m_store, m_caseChanges, true, error, kBatch);
}

HistorySeedResult Seeder::run()
{
    planWindows();
    QString error;
    if (alreadySeeded(&error)) {
        m_result.ok = true;
        return m_result;
    }
    if (!error.isEmpty()) {
        m_result.error = error;
        return m_result;
    }
    if (m_generator.congestionSpotCount() == 0) {
        m_result.error = HistorySeeder::tr("The map has none of the roads of Jakarta's congestion black spots.");
        return m_result;
    }
    createRoster(m_incidentWindows.first().fromMs - kHour);
    incidents();
    accidents();
    violations();
    captures();
    // Every step's time stays before now (a history never reaches into the future).
    for (Change &change : m_incidentChanges)
        if (change.hlc.ms() >= m_nowMs)
            change.hlc = Hlc::fromParts(m_nowMs - kMinute, change.hlc.counter());
    m_result.changes = int(m_incidentChanges.size() + m_caseChanges.size());
    if (!commit(&error)) {
        m_result.error = HistorySeeder::tr("The demo history could not be stored: %1").arg(error);
        return m_result;
    }
    m_result.ok = true;
    m_result.seeded = true;
    return m_result;
}

} // namespace

HistorySeedResult HistorySeeder::seed(Store &store, const RoadNetwork &network, const HistorySeedOptions &options)
{
    Seeder seeder(store, network, options);
    return seeder.run();
}

} // namespace lintas::field
