#include "casedemoseeder.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include "casereader.h"
#include "core/accidents.h"
#include "core/articles.h"
#include "core/casefactory.h"
#include "core/cases.h"
#include "core/changefactory.h"
#include "core/plates.h"
#include "core/validators.h"
#include "store.h"
#include "storelog.h"

namespace lintas {
namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kWibOffsetSeconds = 7 * 3600;

// The demo's accounts that act on cases besides the officers (run.sh creates them on the server).
const QString kSupervisor = QStringLiteral("supervisor1");
const QString kVoidRequester = QStringLiteral("dispatcher2");
const QString kEtleCentre = QStringLiteral("etle-center");

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

QString isoWib(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(QTimeZone(kWibOffsetSeconds)).toString(Qt::ISODate);
}

QVariantList variantList(const QStringList &items)
{
    QVariantList list;
    for (const QString &item : items)
        list.append(item);
    return list;
}

// ---- People, vehicles and places ------------------------------------------------------------------------

const char *const kMaleNames[] = {
    "Budi",    "Agus",   "Rudi",     "Hendra", "Joko",     "Bambang", "Eko",    "Taufik", "Ahmad",  "Muhammad",
    "Rizky",   "Dedi",   "Andi",     "Fajar",  "Arif",     "Yusuf",   "Irfan",  "Wahyu",  "Dimas",  "Bayu",
    "Hadi",    "Slamet", "Teguh",    "Imam",   "Sutrisno", "Anton",   "Yoga",   "Aditya", "Reza",   "Ilham",
    "Galih",   "Hari",   "Surya",    "Dani",   "Fikri",    "Hasan",   "Rahmat", "Gilang", "Aldi",   "Kevin",
    "Yohanes", "Robert", "Stefanus", "Made",   "Putu",     "Ketut",   "Wayan",  "Daniel", "Samuel", "Firman",
};
const char *const kFemaleNames[] = {
    "Siti",    "Dewi",   "Rina",  "Fitri", "Wulan", "Indah",    "Nur",   "Ayu",     "Putri",    "Sri",
    "Lestari", "Maya",   "Ratna", "Yuni",  "Dian",  "Rini",     "Intan", "Novi",    "Anisa",    "Citra",
    "Mega",    "Nadia",  "Sari",  "Eka",   "Ratih", "Yulia",    "Wati",  "Kartika", "Larasati", "Aulia",
    "Melati",  "Nabila", "Tiara", "Vina",  "Winda", "Agustina", "Maria", "Grace",   "Veronika", "Lia",
};
const char *const kFamilyNames[] = {
    "Santoso",   "Wijaya",   "Hartono",     "Gunawan",  "Susilo",      "Setiawan",   "Prasetyo",  "Hidayat",
    "Saputra",   "Nugroho",  "Siregar",     "Nasution", "Simanjuntak", "Hutapea",    "Lubis",     "Harahap",
    "Sinaga",    "Pratama",  "Kusuma",      "Hakim",    "Rahman",      "Purnomo",    "Wibowo",    "Sihombing",
    "Tanjung",   "Manurung", "Permana",     "Ramadhan", "Firmansyah",  "Kurniawan",  "Syahputra", "Maulana",
    "Hasibuan",  "Tambunan", "Pangaribuan", "Utomo",    "Salim",       "Halim",      "Sembiring", "Ginting",
    "Tarigan",   "Pohan",    "Rangkuti",    "Daulay",   "Marpaung",    "Situmorang", "Wicaksono", "Hermawan",
    "Suryadi",   "Handoko",  "Lim",         "Tan",      "Wongso",      "Tanuwijaya", "Kristanto", "Sitompul",
    "Panjaitan", "Sasmita",  "Nainggolan",  "Iskandar", "Fauzi",       "Mahendra",   "Anggraini", "Rahmawati",
};

// Where residents of Greater Jakarta live: the NIK's regency code, the city, and streets and kelurahan there.
struct Residence
{
    const char *regency; // the NIK's first four digits
    const char *city;
    const char *kecamatan[3];
    const char *streets[3];
};
const Residence kResidences[] = {
    {"3171",
     "Jakarta Selatan",
     {"Tebet", "Kebayoran Baru", "Pasar Minggu"},
     {"Jl. Tebet Barat Dalam", "Jl. Bangka Raya", "Jl. Kemang Timur"}},
    {"3172",
     "Jakarta Timur",
     {"Jatinegara", "Duren Sawit", "Cakung"},
     {"Jl. Otista Raya", "Jl. Pahlawan Revolusi", "Jl. Raya Bekasi"}},
    {"3173", "Jakarta Pusat", {"Menteng", "Senen", "Kemayoran"}, {"Jl. Cikini Raya", "Jl. Kramat Raya", "Jl. Garuda"}},
    {"3174",
     "Jakarta Barat",
     {"Grogol Petamburan", "Palmerah", "Cengkareng"},
     {"Jl. Tanjung Duren Raya", "Jl. Kemanggisan Raya", "Jl. Daan Mogot"}},
    {"3175",
     "Jakarta Utara",
     {"Koja", "Tanjung Priok", "Kelapa Gading"},
     {"Jl. Plumpang Semper", "Jl. Sunter Jaya", "Jl. Boulevard Raya"}},
    {"3275",
     "Kota Bekasi",
     {"Bekasi Barat", "Bekasi Selatan", "Rawalumbu"},
     {"Jl. Kalimalang", "Jl. Ahmad Yani", "Jl. Raya Narogong"}},
    {"3276",
     "Kota Depok",
     {"Beji", "Pancoran Mas", "Sukmajaya"},
     {"Jl. Margonda Raya", "Jl. Nusantara Raya", "Jl. Tole Iskandar"}},
    {"3671",
     "Kota Tangerang",
     {"Ciledug", "Karawaci", "Cipondoh"},
     {"Jl. HOS Cokroaminoto", "Jl. Imam Bonjol", "Jl. KH Hasyim Ashari"}},
    {"3674",
     "Kota Tangerang Selatan",
     {"Pamulang", "Ciputat", "Serpong"},
     {"Jl. Siliwangi", "Jl. Dewi Sartika", "Jl. Raya Serpong"}},
};

struct VehicleModel
{
    const char *kind;
    const char *make;
};
const VehicleModel kModels[] = {
    {"r2", "Honda Beat"},
    {"r2", "Honda Vario 125"},
    {"r2", "Yamaha NMAX"},
    {"r2", "Yamaha Mio M3"},
    {"r2", "Honda Scoopy"},
    {"r2", "Suzuki Nex II"},
    {"r2", "Honda PCX 160"},
    {"r2", "Yamaha Aerox 155"},
    {"r2", "Honda Supra X 125"},
    {"r2", "Kawasaki Ninja 250"},
    {"r4", "Toyota Avanza"},
    {"r4", "Toyota Kijang Innova"},
    {"r4", "Daihatsu Xenia"},
    {"r4", "Honda Brio"},
    {"r4", "Mitsubishi Xpander"},
    {"r4", "Toyota Fortuner"},
    {"r4", "Honda HR-V"},
    {"r4", "Suzuki Ertiga"},
    {"r4", "Toyota Agya"},
    {"r4", "Daihatsu Sigra"},
    {"r4", "Toyota Calya"},
    {"r4", "Wuling Confero"},
    {"r4", "Hyundai Creta"},
    {"r4", "Toyota Rush"},
    {"bus", "Hino RK8 (bus kota)"},
    {"bus", "Mercedes-Benz OH 1626"},
    {"truck", "Mitsubishi Colt Diesel"},
    {"truck", "Hino Dutro 130"},
    {"truck", "Isuzu Elf NMR"},
};
const char *const kColours[] = {"Hitam", "Putih", "Silver", "Abu-abu", "Merah", "Biru", "Putih Mutiara", "Coklat"};

// The places of the demo's violations and accidents: real roads and landmarks (positions from the gazetteer),
// with the Polres the kecamatan belongs to.
struct Spot
{
    const char *place;
    double latitude;
    double longitude;
    const char *polres;
};
const Spot kSpots[] = {
    {"Jalan Medan Merdeka Barat (depan Monas)", -6.176000, 106.822500, "JAKPUS"},
    {"Jalan MH Thamrin (Sarinah)", -6.187470, 106.823990, "JAKPUS"},
    {"Jalan Abdul Muis (Harmoni)", -6.177694, 106.819383, "JAKPUS"},
    {"Jalan Kebon Sirih", -6.182714, 106.832078, "JAKPUS"},
    {"Jalan Cikini Raya", -6.190072, 106.837907, "JAKPUS"},
    {"Jalan Gunung Sahari (Kemayoran)", -6.141878, 106.833572, "JAKPUS"},
    {"Jalan Pramuka", -6.192390, 106.866558, "JAKPUS"},
    {"Jalan Gajah Mada", -6.153020, 106.817387, "JAKBAR"},
    {"Jalan Hayam Wuruk", -6.154430, 106.817984, "JAKBAR"},
    {"Jalan Daan Mogot (Cengkareng)", -6.158347, 106.763017, "JAKBAR"},
    {"Simpang Susun Tomang", -6.180970, 106.796530, "JAKBAR"},
    {"Jalan Letjen S. Parman (Slipi Jaya)", -6.199990, 106.797650, "JAKBAR"},
    {"Jalan Jenderal Sudirman (Semanggi)", -6.219138, 106.812957, "JAKSEL"},
    {"Jalan Prof. Dr. Satrio (Kuningan)", -6.222068, 106.821130, "JAKSEL"},
    {"Jalan Kapten Tendean", -6.240601, 106.820289, "JAKSEL"},
    {"Jalan Casablanca", -6.225011, 106.841966, "JAKSEL"},
    {"Jalan Fatmawati", -6.277137, 106.797623, "JAKSEL"},
    {"Terminal Blok M", -6.243280, 106.800720, "JAKSEL"},
    {"Jalan Ciledug Raya (Pesanggrahan)", -6.237525, 106.760707, "JAKSEL"},
    {"Jalan Letjen MT Haryono (Cawang)", -6.243527, 106.864953, "JAKTIM"},
    {"Jalan DI Panjaitan", -6.236287, 106.877407, "JAKTIM"},
    {"Jalan Kalimalang (Duren Sawit)", -6.248007, 106.926259, "JAKTIM"},
    {"Terminal Pulo Gadung", -6.182940, 106.907730, "JAKTIM"},
    {"Jalan Jatinegara Barat (Kampung Melayu)", -6.224580, 106.866900, "JAKTIM"},
    {"Jalan Boulevard Barat (Kelapa Gading)", -6.154742, 106.895276, "JAKUT"},
    {"Jalan Yos Sudarso (Sunter)", -6.142600, 106.864800, "JAKUT"},
    {"Jalan Pluit Raya (Waduk Pluit)", -6.121000, 106.796100, "JAKUT"},
    {"Jalan Cakung Cilincing (Koja)", -6.115900, 106.904000, "JAKUT"},
};

// The ETLE cameras of the demo's tickets: the corridors lintas-field's live cameras watch, and a few more.
struct Camera
{
    const char *id;
    const char *place;
    double latitude;
    double longitude;
    const char *polres;
    int speedLimitKmh; // 0: no speed measurement
    bool redLight;
};
const Camera kCameras[] = {
    {"ETLE-PMJ-001", "Jalan MH Thamrin (Sarinah)", -6.187470, 106.823990, "JAKPUS", 50, true},
    {"ETLE-PMJ-003", "Jalan MH Thamrin (Bundaran HI)", -6.194920, 106.823030, "JAKPUS", 50, false},
    {"ETLE-PMJ-007", "Jalan Jenderal Sudirman (Dukuh Atas)", -6.200950, 106.822700, "JAKPUS", 50, true},
    {"ETLE-PMJ-012", "Jalan Jenderal Sudirman (Semanggi)", -6.219138, 106.812957, "JAKSEL", 50, false},
    {"ETLE-PMJ-015", "Jalan Jenderal Sudirman (Bundaran Senayan)", -6.227040, 106.800270, "JAKPUS", 50, true},
    {"ETLE-PMJ-021", "Jalan Jenderal Gatot Subroto (Kuningan)", -6.236380, 106.827176, "JAKSEL", 60, true},
    {"ETLE-PMJ-024", "Jalan Jenderal Gatot Subroto (Jembatan Semanggi)", -6.219700, 106.814300, "JAKSEL", 60, false},
    {"ETLE-PMJ-031", "Jalan HR Rasuna Said (Kuningan)", -6.221900, 106.831700, "JAKSEL", 50, true},
    {"ETLE-PMJ-042", "Jalan Gajah Mada (Harmoni)", -6.165750, 106.819730, "JAKBAR", 50, true},
    {"ETLE-PMJ-048", "Jalan Letjen MT Haryono (Cawang)", -6.243090, 106.870350, "JAKTIM", 60, false},
    {"ETLE-PMJ-055", "Jalan Pramuka (Matraman)", -6.192390, 106.866558, "JAKPUS", 50, true},
};

struct Officer
{
    const char *nrp;
    const char *name;
    const char *unit;
    const char *polres;
};
// Patrol officers (Turjawali) who write the violations, five Polres, two each.
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
// Accident investigators (Unit Laka Lantas), one per Polres.
const Officer kInvestigators[] = {
    {"84100275", "Ipda Andi Wibowo", "Unit Laka Lantas Satlantas Polres Metro Jakarta Pusat", "JAKPUS"},
    {"86120833", "Aipda Bambang Setiawan", "Unit Laka Lantas Satlantas Polres Metro Jakarta Selatan", "JAKSEL"},
    {"85030619", "Aiptu Joko Susilo", "Unit Laka Lantas Satlantas Polres Metro Jakarta Barat", "JAKBAR"},
    {"87090142", "Ipda Ratna Sari", "Unit Laka Lantas Satlantas Polres Metro Jakarta Timur", "JAKTIM"},
    {"83060487", "Iptu Eko Prasetyo", "Unit Laka Lantas Satlantas Polres Metro Jakarta Utara", "JAKUT"},
};
// The officers of the ETLE centre who verify captures and stolen-vehicle reports (Ditlantas Polda Metro Jaya).
const Officer kEtleOfficers[] = {
    {"88060194", "Bripka Nur Aisyah", "Subdit Gakkum Ditlantas Polda Metro Jaya", "PMJ"},
    {"90100327", "Brigpol Teguh Santoso", "Subdit Gakkum Ditlantas Polda Metro Jaya", "PMJ"},
    {"87030515", "Aipda Wahyu Saputra", "Subdit Gakkum Ditlantas Polda Metro Jaya", "PMJ"},
};

// The demo's watch list: the stolen car the live cameras will see, a stolen motorcycle, and a car found again.
struct WatchEntry
{
    const char *plate;
    const char *kind;
    const char *make;
    const char *colour;
    const char *report;
    const char *polres;
    const char *place;
    double latitude;
    double longitude;
    int daysAgo;
    bool recovered;
};
const WatchEntry kWatchEntries[] = {
    {kDemoWatchedPlate, "r4", "Toyota Avanza", "Hitam", "LP/B/5123/XI/2026/SPKT/POLDA METRO JAYA", "JAKSEL",
     "Jalan Hang Tuah, Kebayoran Baru", -6.234501, 106.797479, 4, false},
    {"B 3317 TFQ", "r2", "Honda Vario 125", "Merah", "LP/B/1877/XI/2026/SPKT/POLRES METRO JAKARTA TIMUR", "JAKTIM",
     "Jalan DI Panjaitan, Jatinegara", -6.236287, 106.877407, 9, false},
    {"B 1902 SLA", "r4", "Honda Brio", "Putih", "LP/B/4410/X/2026/SPKT/POLDA METRO JAYA", "JAKBAR",
     "Jalan Tanjung Duren Raya, Grogol Petamburan", -6.176500, 106.790200, 26, true},
};

QSet<QString> watchedKeys()
{
    QSet<QString> keys;
    for (const WatchEntry &entry : kWatchEntries)
        keys.insert(plateKey(QString::fromLatin1(entry.plate)));
    return keys;
}

QString howItHappened(CollisionType type)
{
    switch (type) {
    case CollisionType::Single:
        return QStringLiteral("kehilangan kendali dan menabrak pembatas jalan");
    case CollisionType::HeadOn:
        return QStringLiteral("bertabrakan dari arah berlawanan setelah salah satu kendaraan mendahului melewati "
                              "marka garis utuh");
    case CollisionType::RearEnd:
        return QStringLiteral("bertabrakan depan-belakang saat arus melambat");
    case CollisionType::Side:
        return QStringLiteral("bertabrakan samping di persimpangan");
    case CollisionType::Chain:
        return QStringLiteral("terlibat tabrakan beruntun");
    case CollisionType::Pedestrian:
        return QStringLiteral("menabrak pejalan kaki yang menyeberang");
    case CollisionType::HitAndRun:
        return QStringLiteral("ditabrak kendaraan yang kemudian melarikan diri");
    case CollisionType::Animal:
        return QStringLiteral("menabrak hewan yang menyeberang");
    }
    return {};
}

} // namespace

// ---- DemoIdentities ----------------------------------------------------------------------------------------

DemoIdentities::DemoIdentities(quint64 seed) : m_rng(seed * 0x9E3779B97F4A7C15ULL + 0x1D) {}

QString DemoIdentities::nik(bool female, const QDate &birthDate)
{
    return nikIn(uniform(0, int(std::size(kResidences)) - 1), female, birthDate);
}

QString DemoIdentities::nikIn(int residence, bool female, const QDate &birthDate)
{
    // Regency (4 digits) · kecamatan (2) · date of birth DDMMYY, women's day + 40 · serial (4, never 0000).
    const int day = birthDate.day() + (female ? 40 : 0);
    return QStringLiteral("%1%2%3%4%5%6")
        .arg(QLatin1String(kResidences[residence].regency))
        .arg(uniform(1, 10), 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(birthDate.month(), 2, 10, QLatin1Char('0'))
        .arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(uniform(1, 9999), 4, 10, QLatin1Char('0'));
}

DemoIdentities::Person DemoIdentities::person()
{
    Person person;
    person.female = chance(0.3); // most drivers stopped are men
    const QString first = QString::fromLatin1(person.female ? kFemaleNames[uniform(0, int(std::size(kFemaleNames)) - 1)]
                                                            : kMaleNames[uniform(0, int(std::size(kMaleNames)) - 1)]);
    const QString family = QString::fromLatin1(kFamilyNames[uniform(0, int(std::size(kFamilyNames)) - 1)]);
    // Some Indonesians go by one name, many by two, a few by three.
    const int roll = uniform(1, 100);
    if (roll <= 8)
        person.name = first;
    else if (roll <= 85)
        person.name = first + QLatin1Char(' ') + family;
    else
        person.name = first + QLatin1Char(' ') +
                      QString::fromLatin1(person.female ? kFemaleNames[uniform(0, int(std::size(kFemaleNames)) - 1)]
                                                        : kMaleNames[uniform(0, int(std::size(kMaleNames)) - 1)]) +
                      QLatin1Char(' ') + family;
    person.birthDate = QDate(uniform(1958, 2007), uniform(1, 12), uniform(1, 28));
    const int homeIndex = uniform(0, int(std::size(kResidences)) - 1);
    const Residence &home = kResidences[homeIndex];
    const int where = uniform(0, 2);
    person.address = QStringLiteral("%1 No. %2, RT %3/RW %4, Kec. %5, %6")
                         .arg(QLatin1String(home.streets[where]))
                         .arg(uniform(1, 180))
                         .arg(uniform(1, 15), 3, 10, QLatin1Char('0'))
                         .arg(uniform(1, 12), 3, 10, QLatin1Char('0'))
                         .arg(QLatin1String(home.kecamatan[where]), QLatin1String(home.city));
    // The NIK is issued where the person lives.
    person.nik = nikIn(homeIndex, person.female, person.birthDate);
    return person;
}

QString DemoIdentities::plate()
{
    // Jakarta's "B" in most; four digits in most; a suffix whose first letter names the city in Jakarta.
    static const char *const kOtherPrefixes[] = {"F", "A", "D", "E", "T", "AB", "H", "L"};
    static const char kCityLetters[] = "PUBSTKFCW";
    static const char kLetters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const QString prefix = uniform(1, 100) <= 88
                               ? QStringLiteral("B")
                               : QString::fromLatin1(kOtherPrefixes[uniform(0, int(std::size(kOtherPrefixes)) - 1)]);
    const int digitsRoll = uniform(1, 100);
    const int digits = digitsRoll <= 2 ? 1 : digitsRoll <= 6 ? 2 : digitsRoll <= 20 ? 3 : 4;
    int low = 1;
    for (int i = 1; i < digits; ++i)
        low *= 10;
    const int letters = uniform(1, 100) <= 72 ? 3 : uniform(1, 100) <= 85 ? 2 : 1;
    QString suffix;
    for (int i = 0; i < letters; ++i)
        suffix += QLatin1Char(i == 0 && prefix == QLatin1String("B") ? kCityLetters[uniform(0, 8)]
                                                                     : kLetters[uniform(0, 25)]);
    return QStringLiteral("%1 %2 %3").arg(prefix).arg(uniform(low, low * 10 - 1)).arg(suffix);
}

DemoIdentities::Vehicle DemoIdentities::vehicle()
{
    Vehicle vehicle;
    vehicle.plate = plate();
    // Motorcycles are most of Jakarta's traffic.
    const int roll = uniform(1, 100);
    const QLatin1String kind(roll <= 55 ? "r2" : roll <= 93 ? "r4" : roll <= 96 ? "bus" : "truck");
    QList<const VehicleModel *> models;
    for (const VehicleModel &model : kModels)
        if (kind == QLatin1String(model.kind))
            models.append(&model);
    const VehicleModel *model = models.at(uniform(0, int(models.size()) - 1));
    vehicle.kind = QLatin1String(model->kind);
    vehicle.make = QString::fromLatin1(model->make);
    vehicle.colour = QString::fromLatin1(kColours[uniform(0, int(std::size(kColours)) - 1)]);
    vehicle.stnkNumber = QStringLiteral("%1").arg(uniform(1, 99'999'999), 8, 10, QLatin1Char('0'));
    return vehicle;
}

QString DemoIdentities::simNumber()
{
    return QStringLiteral("%1-%2-%3")
        .arg(uniform(1000, 9999))
        .arg(uniform(0, 9999), 4, 10, QLatin1Char('0'))
        .arg(uniform(0, 999'999), 6, 10, QLatin1Char('0'));
}

QString DemoIdentities::simClassFor(const QString &vehicleKind)
{
    if (vehicleKind == QLatin1String("r2"))
        return QStringLiteral("C");
    if (vehicleKind == QLatin1String("bus"))
        return QStringLiteral("B1");
    if (vehicleKind == QLatin1String("truck"))
        return QStringLiteral("B2");
    return QStringLiteral("A");
}

// ---- The demo's cases --------------------------------------------------------------------------------------

namespace {

class CaseDemo
{
public:
    CaseDemo(ChangeFactory &factory, const QDateTime &now, quint32 seed, const QList<DemoAccidentIncident> &incidents)
        : m_cases(&factory), m_nowMs(now.isValid() ? now.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch()),
          m_rng(seed), m_people(seed), m_incidents(incidents), m_watched(watchedKeys())
    {
    }

    ChangeList run()
    {
        watchList();
        violations();
        tickets();
        accidents();
        return m_out;
    }

private:
    // A case as the demo made it so far, to make its next change from.
    struct Track
    {
        CaseRecord record;
        qint64 atMs = 0; // the time of its latest change
    };

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    qint64 between(qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < p; }
    template <typename T, size_t N> const T &any(const T (&list)[N]) { return list[size_t(uniform(0, int(N) - 1))]; }

    QUuid makeId(qint64 ms);
    void add(Change change, Track &track, qint64 ms, const QString &actor);
    Track create(CaseKind kind, const QString &station, const QVariantMap &data, qint64 ms, const QString &actor);
    // The next step of a case: at least a second after its previous one, never later than a minute before now.
    qint64 later(const Track &track, qint64 lo, qint64 hi)
    {
        return std::max(track.atMs + kSecond, std::min(track.atMs + between(lo, hi), m_nowMs - kMinute));
    }
    QString freshPlate();
    QVariantMap officerFields(const Officer &officer) const;
    void charge(QVariantMap &data, const QStringList &codes) const;

    void watchList();
    void violations();
    void violation(int index);
    void tickets();
    void ticket(int index, CaseState target, bool overdue);
    void accidents();
    void accident(int index, CollisionType type, const DemoAccidentIncident *incident);

    CaseFactory m_cases;
    qint64 m_nowMs;
    std::mt19937 m_rng;
    DemoIdentities m_people;
    QList<DemoAccidentIncident> m_incidents;
    QSet<QString> m_watched;
    ChangeList m_out;
    quint16 m_counter = 0;
};

QUuid CaseDemo::makeId(qint64 ms)
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

void CaseDemo::add(Change change, Track &track, qint64 ms, const QString &actor)
{
    // The change happened at the demo's time, by the demo's person; its id follows from the seed.
    change.hlc = Hlc::fromParts(ms, m_counter++);
    change.opId = makeId(ms);
    change.actor = actor;
    change.entityId = track.record.id;
    track.atMs = ms;

    // Mirror what the fold will make of it, for the next change's "from" and data.
    QVariantMap fields = change.fields;
    switch (change.kind) {
    case ChangeKind::Transition:
        track.record.state = caseStateFromString(fields.value(QStringLiteral("to")).toString());
        fields.remove(QStringLiteral("from"));
        fields.remove(QStringLiteral("to"));
        fields.remove(field(casefield::kReason));
        break;
    case ChangeKind::Revise:
        fields.remove(field(casefield::kReason));
        break;
    case ChangeKind::Set:
        break;
    default:
        fields.clear();
        break;
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        track.record.data.insert(it.key(), it.value());
    m_out.append(change);
}

CaseDemo::Track CaseDemo::create(CaseKind kind, const QString &station, const QVariantMap &data, qint64 ms,
                                 const QString &actor)
{
    Track track;
    Change change = m_cases.createCase(kind, station, data);
    track.record.id = makeId(ms);
    track.record.kind = kind;
    track.record.state = initialState(kind);
    track.record.stationCode = station;
    track.record.data = data;
    add(change, track, ms, actor);
    return track;
}

QString CaseDemo::freshPlate()
{
    // Never one of the watch list's plates: a watch hit in the history would raise old alerts on every desk.
    for (;;) {
        const QString plate = m_people.plate();
        if (!m_watched.contains(plateKey(plate)))
            return plate;
    }
}

QVariantMap CaseDemo::officerFields(const Officer &officer) const
{
    return {
        {field(casefield::kOfficerNrp), QString::fromLatin1(officer.nrp)},
        {field(casefield::kOfficerName), QString::fromLatin1(officer.name)},
        {field(casefield::kOfficerUnit), QString::fromLatin1(officer.unit)},
    };
}

void CaseDemo::charge(QVariantMap &data, const QStringList &codes) const
{
    const QVariantMap charges = m_cases.chargeFields(codes, ArticleCatalogue::builtIn());
    for (auto it = charges.cbegin(); it != charges.cend(); ++it)
        data.insert(it.key(), it.value());
}

// -- Watch list --

void CaseDemo::watchList()
{
    const Officer &officer = kEtleOfficers[0];
    for (const WatchEntry &entry : kWatchEntries) {
        const qint64 stolenAt = m_nowMs - entry.daysAgo * kDay - between(2 * kHour, 10 * kHour);
        const DemoIdentities::Person owner = m_people.person();
        QVariantMap data = officerFields(officer);
        data.insert(field(casefield::kPlate), QString::fromLatin1(entry.plate));
        data.insert(field(casefield::kVehicleKind), QString::fromLatin1(entry.kind));
        data.insert(field(casefield::kVehicleMake), QString::fromLatin1(entry.make));
        data.insert(field(casefield::kVehicleColour), QString::fromLatin1(entry.colour));
        // Nomor rangka: 17 characters, the maker's code first.
        data.insert(field(casefield::kFrameNumber),
                    QStringLiteral("MH%1%2")
                        .arg(QLatin1String(qstrcmp(entry.kind, "r2") == 0 ? "1JM" : "KA1"))
                        .arg(between(100'000'000'000LL, 999'999'999'999LL)));
        data.insert(field(casefield::kEngineNumber),
                    QStringLiteral("%1%2")
                        .arg(QLatin1String(qstrcmp(entry.kind, "r2") == 0 ? "JM" : "1NR"))
                        .arg(uniform(100'000, 999'999)));
        data.insert(field(casefield::kReporterName), owner.name);
        data.insert(
            field(casefield::kReporterPhone),
            QStringLiteral("08%1-%2-%3").arg(uniform(11, 59)).arg(uniform(1000, 9999)).arg(uniform(1000, 9999)));
        data.insert(field(casefield::kPoliceReport), QString::fromLatin1(entry.report));
        data.insert(field(casefield::kOccurredAt), isoWib(stolenAt));
        data.insert(field(casefield::kPlace), QString::fromLatin1(entry.place));
        data.insert(field(casefield::kLatitude), entry.latitude);
        data.insert(field(casefield::kLongitude), entry.longitude);
        data.insert(field(casefield::kNarrative),
                    QStringLiteral("%1 %2 warna %3 nomor polisi %4 hilang saat diparkir di %5. Pelapor %6 "
                                   "(pemilik). Masukkan ke daftar pencarian; hubungi piket Ditlantas bila terlihat.")
                        .arg(QLatin1String(qstrcmp(entry.kind, "r2") == 0 ? "Sepeda motor" : "Mobil"),
                             QLatin1String(entry.make), QLatin1String(entry.colour), QLatin1String(entry.plate),
                             QLatin1String(entry.place), owner.name));
        Track track = create(CaseKind::Watch, QString::fromLatin1(entry.polres), data,
                             stolenAt + between(3 * kHour, 20 * kHour), QString::fromLatin1(officer.nrp));
        add(m_cases.submitCase(track.record), track, later(track, 10 * kMinute, kHour),
            QString::fromLatin1(officer.nrp));
        if (entry.recovered) {
            add(m_cases.addNote(track.record.id,
                                QStringLiteral("Kendaraan terlihat oleh kamera ETLE di Jalan Daan Mogot; tim "
                                               "Resmob diterjunkan.")),
                track, later(track, 3 * kDay, 6 * kDay), kSupervisor);
            add(m_cases.moveCase(track.record, CaseState::Closed, {},
                                 QStringLiteral("Kendaraan ditemukan di Jalan Daan Mogot, Cengkareng, dan "
                                                "dikembalikan kepada pemilik.")),
                track, later(track, 3 * kHour, 20 * kHour), QString::fromLatin1(officer.nrp));
        }
    }
}

// -- Violations --

void CaseDemo::violations()
{
    // Sixty violations: 8 drafts, 28 submitted, 18 closed, 6 voided; among them corrections, notes, a refused
    // void and one void waiting for a supervisor.
    constexpr int kCount = 60;
    for (int i = 0; i < kCount; ++i)
        violation(i);
}

void CaseDemo::violation(int index)
{
    enum class Fate
    {
        Draft,
        Submitted,
        Closed,
        Voided
    };
    const Fate fate = index < 8 ? Fate::Draft : index < 36 ? Fate::Submitted : index < 54 ? Fate::Closed : Fate::Voided;
    const bool pendingVoid = index == 12;
    const bool refusedVoid = index == 20;
    const bool revised = index == 15 || index == 27 || index == 40;

    const Spot &spot = any(kSpots);
    QList<const Officer *> officers;
    for (const Officer &officer : kPatrolOfficers)
        if (qstrcmp(officer.polres, spot.polres) == 0)
            officers.append(&officer);
    const Officer &officer = *officers.at(uniform(0, int(officers.size()) - 1));
    const QString actor = QString::fromLatin1(officer.nrp);

    // Drafts are today's; the rest spread over the month, older ones more often closed.
    qint64 at = 0;
    switch (fate) {
    case Fate::Draft:
        at = m_nowMs - between(20 * kMinute, 30 * kHour);
        break;
    case Fate::Submitted:
        at = m_nowMs - between(3 * kHour, 16 * kDay);
        break;
    case Fate::Closed:
    case Fate::Voided:
        at = m_nowMs - between(6 * kDay, 29 * kDay);
        break;
    }
    // The peaks of the day: most stops between 06:00 and 20:00 WIB.
    const qint64 hourWib = ((at / kHour) + 7) % 24;
    if (hourWib < 6)
        at += (6 - hourWib) * kHour;
    at = std::min(at, m_nowMs - 10 * kMinute);

    const DemoIdentities::Person offender = m_people.person();
    DemoIdentities::Vehicle vehicle = m_people.vehicle();
    vehicle.plate = freshPlate();

    // What the officer saw: an offence that fits the vehicle, sometimes with a second one found at the stop.
    static const char *const kR2[] = {"291(1)", "291(1)", "287(1)", "287(2)", "281", "288(1)", "283"};
    static const char *const kR4[] = {"287(1)", "287(2)", "289", "289", "283", "281", "288(1)"};
    static const char *const kHeavy[] = {"287(1)", "287(2)", "289", "288(1)"};
    QStringList codes;
    // The first seven cover every article of the demo once.
    static const char *const kEach[] = {"287(1)", "287(2)", "291(1)", "281", "283", "289", "288(1)"};
    if (index < int(std::size(kEach))) {
        codes.append(QLatin1String(kEach[index]));
        // A helmet is a rider's offence, a seat belt a driver's.
        if (codes.first() == QLatin1String("291(1)")) {
            vehicle.kind = QStringLiteral("r2");
            vehicle.make = QStringLiteral("Honda Beat");
        } else if (codes.first() == QLatin1String("289") && vehicle.kind == QLatin1String("r2")) {
            vehicle.kind = QStringLiteral("r4");
            vehicle.make = QStringLiteral("Toyota Avanza");
        }
    } else {
        const bool r2 = vehicle.kind == QLatin1String("r2");
        const bool r4 = vehicle.kind == QLatin1String("r4");
        codes.append(QLatin1String(r2 ? any(kR2) : r4 ? any(kR4) : any(kHeavy)));
        if (chance(0.25)) {
            const QString second = QLatin1String(r2 ? any(kR2) : r4 ? any(kR4) : any(kHeavy));
            if (!codes.contains(second))
                codes.append(second);
        }
    }
    const bool noSim = codes.contains(QStringLiteral("281"));
    const bool noStnk = codes.contains(QStringLiteral("288(1)"));
    const bool warning = codes.size() == 1 && !noSim && !noStnk && chance(0.12);

    QVariantMap data = officerFields(officer);
    data.insert(field(casefield::kOccurredAt), isoWib(at));
    data.insert(field(casefield::kPlace), QString::fromLatin1(spot.place));
    data.insert(field(casefield::kLatitude), spot.latitude + (uniform(-40, 40) / 100000.0));
    data.insert(field(casefield::kLongitude), spot.longitude + (uniform(-40, 40) / 100000.0));
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
    charge(data, codes);
    data.insert(field(casefield::kOutcome), warning ? QStringLiteral("teguran") : QStringLiteral("tilang"));
    if (!warning) {
        // The ticket's security: the SIM, or the STNK, or the vehicle when the rider has neither.
        QStringList seized;
        if (noSim && noStnk)
            seized = {QStringLiteral("vehicle")};
        else if (noSim)
            seized = {QStringLiteral("stnk")};
        else if (noStnk)
            seized = {QStringLiteral("sim")};
        else
            seized = {chance(0.6) ? QStringLiteral("sim") : QStringLiteral("stnk")};
        data.insert(field(casefield::kSeized), variantList(seized));
    }

    static const QHash<QString, QString> kWhat{
        {QStringLiteral("291(1)"), QStringLiteral("tidak mengenakan helm SNI")},
        {QStringLiteral("287(1)"), QStringLiteral("melanggar rambu larangan dan marka jalan (masuk jalur bus "
                                                  "TransJakarta)")},
        {QStringLiteral("287(2)"), QStringLiteral("menerobos lampu merah")},
        {QStringLiteral("281"), QStringLiteral("tidak dapat menunjukkan SIM")},
        {QStringLiteral("288(1)"), QStringLiteral("tidak dapat menunjukkan STNK")},
        {QStringLiteral("283"), QStringLiteral("menggunakan telepon genggam sambil mengemudi")},
        {QStringLiteral("289"), QStringLiteral("tidak mengenakan sabuk keselamatan")},
    };
    QStringList what;
    for (const QString &code : std::as_const(codes))
        what.append(kWhat.value(code, code));
    const QString who =
        vehicle.kind == QLatin1String("r2") ? QStringLiteral("Pengendara sepeda motor") : QStringLiteral("Pengemudi");
    data.insert(field(casefield::kNarrative),
                QStringLiteral("%1 %2 %3 %4 di %5. %6")
                    .arg(who, vehicle.make, vehicle.plate, what.join(QStringLiteral(" dan ")),
                         QString::fromLatin1(spot.place),
                         warning ? QStringLiteral("Pelanggar diberi teguran dan pembinaan di tempat.")
                                 : QStringLiteral("Pelanggar kooperatif; ditilang di tempat.")));

    Track track =
        create(CaseKind::Violation, QString::fromLatin1(spot.polres), data, at + between(5, 20) * kMinute, actor);
    if (fate == Fate::Draft) {
        // Some drafts were touched up before submission (the officer completes them at the post).
        if (chance(0.5))
            add(m_cases.editCase(track.record,
                                 {{field(casefield::kVehicleColour), QString::fromLatin1(any(kColours))}}),
                track, later(track, 10 * kMinute, 2 * kHour), actor);
        return;
    }
    add(m_cases.submitCase(track.record), track, later(track, 20 * kMinute, 4 * kHour), actor);
    if (chance(0.3))
        add(m_cases.addNote(track.record.id,
                            QStringLiteral("Pelanggar memilih membayar denda melalui BRIVA; barang bukti dititipkan "
                                           "di Satlantas.")),
            track, later(track, kHour, kDay), actor);
    if (revised)
        add(m_cases.reviseCase(
                track.record, {{field(casefield::kOffenderAddress), m_people.person().address}},
                QStringLiteral("Alamat pelanggar diperbaiki sesuai e-KTP (salah salin saat penindakan).")),
            track, later(track, 2 * kHour, 2 * kDay), actor);
    if (refusedVoid) {
        add(m_cases.requestVoid(track.record.id, QStringLiteral("Pelanggar mengaku tidak bersalah; mohon dibatalkan.")),
            track, later(track, 3 * kHour, kDay), actor);
        const QUuid request = m_out.last().opId;
        add(m_cases.decideVoid(
                track.record.id, request, false,
                QStringLiteral("Ditolak: pelanggaran terekam kamera badan petugas; keberatan disampaikan "
                               "di sidang.")),
            track, later(track, 2 * kHour, 8 * kHour), kSupervisor);
    }
    if (pendingVoid) {
        // The demo supervisor's queue: a void another account asked for, waiting for a second approver.
        add(m_cases.requestVoid(track.record.id,
                                QStringLiteral("Tilang ganda: pelanggaran yang sama sudah dicatat oleh petugas lain "
                                               "beberapa menit sebelumnya di lokasi yang sama.")),
            track, std::max(track.atMs + kMinute, m_nowMs - between(2 * kHour, 20 * kHour)), kVoidRequester);
    }
    if (fate == Fate::Closed) {
        static const char *const kClosing[] = {
            "Denda telah dibayar melalui BRIVA; barang bukti dikembalikan.",
            "Putusan sidang tilang Pengadilan Negeri; denda telah dibayar.",
            "Barang bukti diambil pelanggar setelah membayar denda di Kejaksaan Negeri.",
        };
        add(m_cases.moveCase(track.record, CaseState::Closed, {}, QString::fromLatin1(any(kClosing))), track,
            later(track, 2 * kDay, 5 * kDay), actor);
    }
    if (fate == Fate::Voided) {
        static const char *const kVoidReasons[] = {
            "Salah input: pelat nomor yang dicatat bukan kendaraan pelanggar.",
            "Pelanggar adalah pengemudi ambulans yang sedang membawa pasien gawat darurat.",
            "Tilang ganda dengan berkas yang dibuat petugas lain pada waktu yang sama.",
        };
        add(m_cases.requestVoid(track.record.id, QString::fromLatin1(any(kVoidReasons))), track,
            later(track, 2 * kHour, kDay), actor);
        const QUuid request = m_out.last().opId;
        add(m_cases.decideVoid(track.record.id, request, true,
                               QStringLiteral("Disetujui setelah memeriksa berkas dan keterangan petugas.")),
            track, later(track, kHour, 10 * kHour), kSupervisor);
    }
}

// -- ETLE tickets --

void CaseDemo::tickets()
{
    // Eighty tickets along the workflow (the state each ends in, and how many).
    struct Share
    {
        CaseState state;
        int count;
    };
    const Share shares[] = {
        {CaseState::Captured, 8},    {CaseState::Verified, 6},       {CaseState::Rejected, 5},
        {CaseState::Identified, 6},  {CaseState::NoticeSent, 12},    {CaseState::Confirmed, 5},
        {CaseState::Transferred, 4}, {CaseState::PaymentIssued, 16}, {CaseState::Paid, 10},
        {CaseState::StnkBlocked, 6}, {CaseState::Voided, 2},
    };
    int index = 0;
    for (const Share &share : shares)
        for (int i = 0; i < share.count; ++i)
            // Five of the notices wait past their 8-day deadline; half the blocks come straight from one.
            ticket(index++, share.state,
                   (share.state == CaseState::NoticeSent && i < 5) || (share.state == CaseState::StnkBlocked && i < 3));
}

void CaseDemo::ticket(int index, CaseState target, bool overdue)
{
    const Camera &camera = kCameras[size_t(index) % std::size(kCameras)];
    const bool speed = camera.speedLimitKmh > 0 && (!camera.redLight || chance(0.55));

    // How far back the capture lies depends on how far along the workflow the ticket went.
    qint64 back = 0;
    switch (target) {
    case CaseState::Captured:
        back = between(30 * kMinute, 20 * kHour);
        break;
    case CaseState::Verified:
    case CaseState::Rejected:
        back = between(kDay, 3 * kDay);
        break;
    case CaseState::Identified:
        back = between(2 * kDay, 4 * kDay);
        break;
    case CaseState::NoticeSent:
        back = overdue ? between(11 * kDay, 18 * kDay) : between(3 * kDay, 9 * kDay);
        break;
    case CaseState::StnkBlocked:
        back = between(15 * kDay, 28 * kDay);
        break;
    default:
        back = between(8 * kDay, 27 * kDay);
        break;
    }
    const qint64 at = m_nowMs - back;

    DemoIdentities::Vehicle vehicle = m_people.vehicle();
    vehicle.plate = freshPlate();
    if (vehicle.kind == QLatin1String("r2") && chance(0.5)) // the corridors' cameras see cars more than motorcycles
        vehicle = {vehicle.plate, QStringLiteral("r4"), QStringLiteral("Toyota Avanza"), vehicle.colour,
                   vehicle.stnkNumber};
    QString plateRead = vehicle.plate;
    plateRead.remove(QLatin1Char(' '));
    const int speedKmh = speed ? camera.speedLimitKmh + uniform(8, 42) : 0;

    QVariantMap data{
        {field(casefield::kCameraId), QString::fromLatin1(camera.id)},
        {field(casefield::kPlace), QString::fromLatin1(camera.place)},
        {field(casefield::kLatitude), camera.latitude},
        {field(casefield::kLongitude), camera.longitude},
        {field(casefield::kOccurredAt), isoWib(at)},
        {field(casefield::kPlateRead), plateRead},
        {field(casefield::kPlate), vehicle.plate},
        {field(casefield::kVehicleKind), vehicle.kind},
    };
    const QString time = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC)
                             .toTimeZone(QTimeZone(kWibOffsetSeconds))
                             .toString(QStringLiteral("HH:mm:ss"));
    if (speed) {
        data.insert(field(casefield::kSpeedKmh), speedKmh);
        data.insert(field(casefield::kSpeedLimitKmh), camera.speedLimitKmh);
        charge(data, {QStringLiteral("287(5)")});
        data.insert(field(casefield::kNarrative),
                    QStringLiteral("Kamera %1 merekam kendaraan %2 melaju %3 km/jam pada ruas dengan batas kecepatan "
                                   "%4 km/jam di %5 pukul %6 WIB.")
                        .arg(QLatin1String(camera.id), vehicle.plate)
                        .arg(speedKmh)
                        .arg(camera.speedLimitKmh)
                        .arg(QLatin1String(camera.place), time));
    } else {
        charge(data, {QStringLiteral("287(2)")});
        data.insert(field(casefield::kNarrative),
                    QStringLiteral("Kamera %1 merekam kendaraan %2 melewati lampu merah di %3 pukul %4 WIB.")
                        .arg(QLatin1String(camera.id), vehicle.plate, QLatin1String(camera.place), time));
    }
    const QByteArray image = etleCaptureImage(data);
    const QByteArray sha = QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex();
    data.insert(field(casefield::kImageSha256), QString::fromLatin1(sha));

    Track track =
        create(CaseKind::Etle, QString::fromLatin1(camera.polres), data, at + between(5, 90) * kSecond, kEtleCentre);
    add(m_cases.attach(track.record.id,
                       QStringLiteral("%1-%2.svg")
                           .arg(QLatin1String(camera.id), QDateTime::fromMSecsSinceEpoch(at, Qt::UTC)
                                                              .toTimeZone(QTimeZone(kWibOffsetSeconds))
                                                              .toString(QStringLiteral("yyyyMMdd-HHmmss"))),
                       QStringLiteral("image/svg+xml"), image),
        track, track.atMs + kSecond, kEtleCentre);
    if (target == CaseState::Captured)
        return;

    const Officer &officer = kEtleOfficers[size_t(index) % std::size(kEtleOfficers)];
    const QString verifier = QString::fromLatin1(officer.nrp);
    if (target == CaseState::Rejected) {
        static const char *const kRejections[] = {
            "Pelat nomor tidak terbaca jelas pada foto (silau lampu kendaraan).",
            "Kendaraan ambulans dalam tugas membawa pasien; bukan pelanggaran.",
            "Kendaraan dalam pengawalan resmi petugas.",
            "Pelat pada foto tidak sesuai dengan jenis kendaraan terdaftar (dugaan pelat palsu; diteruskan ke "
            "Subdit Ranmor).",
            "Lampu lalu lintas dalam kondisi mati (berkedip kuning) saat kejadian.",
        };
        add(m_cases.moveCase(track.record, CaseState::Rejected, officerFields(officer),
                             QString::fromLatin1(kRejections[size_t(index) % std::size(kRejections)])),
            track, later(track, 2 * kHour, 20 * kHour), verifier);
        return;
    }
    add(m_cases.moveCase(track.record, CaseState::Verified, officerFields(officer)), track,
        later(track, 2 * kHour, 20 * kHour), verifier);
    if (target == CaseState::Voided) {
        add(m_cases.requestVoid(track.record.id,
                                QStringLiteral("Kendaraan pemadam kebakaran dalam tugas; terverifikasi keliru.")),
            track, later(track, 4 * kHour, 2 * kDay), verifier);
        const QUuid request = m_out.last().opId;
        add(m_cases.decideVoid(track.record.id, request, true,
                               QStringLiteral("Disetujui: surat tugas Dinas Gulkarmat terlampir.")),
            track, later(track, kHour, 6 * kHour), kSupervisor);
        return;
    }
    if (target == CaseState::Verified)
        return;

    // The registry (ERI) names the owner.
    const DemoIdentities::Person owner = m_people.person();
    add(m_cases.moveCase(track.record, CaseState::Identified,
                         {{field(casefield::kOwnerName), owner.name},
                          {field(casefield::kOwnerNik), owner.nik},
                          {field(casefield::kOwnerAddress), owner.address},
                          {field(casefield::kVehicleMake), vehicle.make},
                          {field(casefield::kVehicleColour), vehicle.colour},
                          {field(casefield::kStnkNumber), vehicle.stnkNumber}}),
        track, later(track, 3 * kHour, 30 * kHour), kEtleCentre);
    if (target == CaseState::Identified)
        return;

    qint64 noticeAt = later(track, 4 * kHour, 24 * kHour);
    if (target == CaseState::NoticeSent)
        noticeAt =
            overdue ? m_nowMs - between(9 * kDay, 10 * kDay + 20 * kHour) : m_nowMs - between(6 * kHour, 6 * kDay);
    if (target == CaseState::StnkBlocked && overdue)
        noticeAt = m_nowMs - between(11 * kDay, 12 * kDay);
    noticeAt = std::max(noticeAt, track.atMs + kMinute);
    add(m_cases.moveCase(track.record, CaseState::NoticeSent, {{field(casefield::kNoticeSentAt), isoWib(noticeAt)}}),
        track, noticeAt, kEtleCentre);
    if (target == CaseState::NoticeSent)
        return;
    if (target == CaseState::StnkBlocked && overdue) {
        add(m_cases.moveCase(track.record, CaseState::StnkBlocked, {},
                             QStringLiteral("Tidak ada konfirmasi dalam 8 hari sejak surat konfirmasi dikirim; "
                                            "pemblokiran STNK diajukan ke Samsat.")),
            track, noticeAt + kEtleConfirmDays * kDay + between(2 * kHour, 20 * kHour), kEtleCentre);
        return;
    }

    // The owner answers within the deadline: confirms, or names the driver.
    const bool transfer = target == CaseState::Transferred || (target != CaseState::Confirmed && chance(0.2));
    if (transfer) {
        const DemoIdentities::Person driver = m_people.person();
        add(m_cases.moveCase(track.record, CaseState::Transferred,
                             {{field(casefield::kDriverName), driver.name}, {field(casefield::kDriverNik), driver.nik}},
                             QStringLiteral("Pemilik menyatakan kendaraan dikemudikan oleh %1 saat kejadian "
                                            "(konfirmasi melalui situs ETLE).")
                                 .arg(driver.name)),
            track, later(track, 12 * kHour, 6 * kDay), kEtleCentre);
    } else {
        add(m_cases.moveCase(track.record, CaseState::Confirmed, {},
                             QStringLiteral("Pemilik mengonfirmasi pelanggaran melalui situs ETLE.")),
            track, later(track, 12 * kHour, 6 * kDay), kEtleCentre);
    }
    if (target == CaseState::Confirmed || target == CaseState::Transferred)
        return;

    // The payment code: the store knows the ticket's number only once it has the Create (commitDemoCases).
    add(m_cases.issuePayment(track.record), track, later(track, kHour, 6 * kHour), kEtleCentre);
    if (target == CaseState::PaymentIssued)
        return;
    if (target == CaseState::Paid) {
        // Paid through an earlier settlement file the supervisor imported.
        const qint64 paidAt = later(track, 6 * kHour, 4 * kDay);
        const qint64 fine = track.record.data.value(field(casefield::kFine)).toLongLong();
        add(m_cases.moveCase(track.record, CaseState::Paid,
                             {{field(casefield::kPaidAt), isoWib(paidAt)},
                              {field(casefield::kPaidAmount), fine},
                              {field(casefield::kBankRef), QStringLiteral("BRIVA-%1-%2")
                                                               .arg(QDateTime::fromMSecsSinceEpoch(paidAt, Qt::UTC)
                                                                        .toTimeZone(QTimeZone(kWibOffsetSeconds))
                                                                        .toString(QStringLiteral("yyyyMMdd")))
                                                               .arg(uniform(1, 999'999), 6, 10, QLatin1Char('0'))}}),
            track, later(track, kDay, 2 * kDay), kSupervisor);
        return;
    }
    // Unpaid for long: the STNK is blocked until the fine is paid.
    add(m_cases.moveCase(track.record, CaseState::StnkBlocked, {},
                         QStringLiteral("Denda belum dibayar; pemblokiran STNK diajukan ke Samsat.")),
        track, later(track, 7 * kDay, 9 * kDay), kEtleCentre);
}

// -- Accidents --

void CaseDemo::accidents()
{
    // Fifteen accidents: every collision type at least once; the newest linked to the demo's accident incidents.
    constexpr int kCount = 15;
    const QList<CollisionType> types = allCollisionTypes();
    QList<DemoAccidentIncident> incidents = m_incidents;
    std::sort(incidents.begin(), incidents.end(),
              [](const DemoAccidentIncident &a, const DemoAccidentIncident &b) { return a.at > b.at; });
    for (int i = 0; i < kCount; ++i) {
        const CollisionType type = i < types.size() ? types.at(i) : types.at(uniform(0, int(types.size()) - 1));
        // Every other accident comes from the last day's incidents, the others from the month before.
        const DemoAccidentIncident *incident = i % 2 == 0 && i / 2 < incidents.size() ? &incidents.at(i / 2) : nullptr;
        accident(i, type, incident);
    }
}

void CaseDemo::accident(int index, CollisionType type, const DemoAccidentIncident *incident)
{
    const Spot &spot = any(kSpots);
    QString station = QString::fromLatin1(spot.polres);
    QString place = QString::fromLatin1(spot.place);
    double latitude = spot.latitude, longitude = spot.longitude;
    qint64 at = m_nowMs - between(2 * kDay, 29 * kDay);
    int died = 0, serious = 0, slight = 0;
    if (incident) {
        station = incident->stationCode;
        place = incident->place;
        latitude = incident->latitude;
        longitude = incident->longitude;
        at = incident->at.toMSecsSinceEpoch() - between(3, 15) * kMinute;
        died = incident->died;
        serious = incident->seriouslyHurt;
        slight = incident->slightlyHurt;
    } else {
        // Each victim's condition in the published ratio: 8 % killed, 29 % seriously and 63 % slightly hurt.
        const int victims = type == CollisionType::Pedestrian ? 1 : uniform(0, 3);
        for (int v = 0; v < victims; ++v) {
            const int roll = uniform(1, 100);
            (roll <= 8 ? died : roll <= 37 ? serious : slight) += 1;
        }
    }
    // Every condition shows up in the first few, whatever the incidents said.
    if (index == 1)
        died = std::max(died, 1);
    if (index == 3)
        serious = std::max(serious, 1);
    if (index == 5)
        slight = std::max(slight, 2);
    if (type == CollisionType::Pedestrian && died + serious + slight == 0)
        slight = 1;

    int vehicleCount = 1;
    switch (type) {
    case CollisionType::HeadOn:
    case CollisionType::RearEnd:
    case CollisionType::Side:
        vehicleCount = 2;
        break;
    case CollisionType::Chain:
        vehicleCount = uniform(3, 4);
        break;
    default:
        vehicleCount = 1;
        break;
    }
    QVariantList vehicles;
    QStringList involved;
    QList<DemoIdentities::Person> drivers;
    for (int v = 0; v < vehicleCount; ++v) {
        DemoIdentities::Vehicle vehicle = m_people.vehicle();
        vehicle.plate = freshPlate();
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
    QVariantList victims;
    const int nowYear = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC).date().year();
    const auto addVictims = [&](int n, const char *condition) {
        for (int v = 0; v < n; ++v) {
            // The first victims are the drivers themselves; the rest passengers or pedestrians.
            const DemoIdentities::Person person = victims.size() < drivers.size() && type != CollisionType::Pedestrian
                                                      ? drivers.at(victims.size())
                                                      : m_people.person();
            victims.append(QVariantMap{
                {QStringLiteral("name"), person.name},
                {QStringLiteral("nik"), person.nik},
                {QStringLiteral("age"), std::max(1, nowYear - person.birthDate.year())},
                {QStringLiteral("condition"), QLatin1String(condition)},
            });
        }
    };
    addVictims(died, "md");
    addVictims(serious, "lb");
    addVictims(slight, "lr");

    const qint64 loss = qint64(uniform(1, 60)) * (type == CollisionType::Chain ? 2'500'000 : 750'000);
    static const char *const kRoads[] = {"dry", "dry", "dry", "wet", "damaged", "under_works"};
    static const char *const kWeathers[] = {"clear", "clear", "clear", "rain", "heavy_rain", "fog"};
    const QString road = QLatin1String(any(kRoads));
    const QString weather = road == QLatin1String("wet") ? QStringLiteral("rain") : QLatin1String(any(kWeathers));
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
        causes = {QStringLiteral("human_drowsy"),
                  road == QLatin1String("damaged") ? QStringLiteral("road_damage") : QStringLiteral("human_speeding")};
        break;
    case CollisionType::Animal:
        causes = {QStringLiteral("road_lighting")};
        break;
    default:
        causes = {QStringLiteral("human_violation")};
        break;
    }
    if (weather != QLatin1String("clear"))
        causes.append(QStringLiteral("weather"));

    const VictimCounts counts{died, serious, slight};
    QString narrative = QStringLiteral("%1 %2 di %3. Korban: %4 meninggal dunia, %5 luka berat, %6 luka ringan. "
                                       "Kerugian materiil sekitar Rp%7.")
                            .arg(involved.join(QStringLiteral(", ")), howItHappened(type), place)
                            .arg(died)
                            .arg(serious)
                            .arg(slight)
                            .arg(QLocale(QLocale::Indonesian).toString(loss));
    if (type == CollisionType::HitAndRun)
        narrative += QStringLiteral(" Kendaraan penabrak (minibus warna gelap) melarikan diri ke arah %1; "
                                    "rekaman CCTV sedang dianalisis.")
                         .arg(QLatin1String(chance(0.5) ? "utara" : "selatan"));

    QList<const Officer *> investigators;
    for (const Officer &officer : kInvestigators)
        if (station.startsWith(QLatin1String(officer.polres)))
            investigators.append(&officer);
    const Officer &investigator = investigators.isEmpty() ? kInvestigators[0] : *investigators.first();
    const QString actor = QString::fromLatin1(investigator.nrp);

    QVariantMap data = officerFields(investigator);
    data.insert(field(casefield::kOccurredAt), isoWib(at));
    data.insert(field(casefield::kPlace), place);
    data.insert(field(casefield::kLatitude), latitude);
    data.insert(field(casefield::kLongitude), longitude);
    data.insert(field(casefield::kRoadCondition), road);
    data.insert(field(casefield::kWeather), weather);
    data.insert(field(casefield::kCollisionType), toString(type));
    data.insert(field(casefield::kCauses), variantList(causes));
    data.insert(field(casefield::kVehicles), vehicles);
    data.insert(field(casefield::kVictims), victims);
    data.insert(field(casefield::kMaterialLoss), loss);
    data.insert(field(casefield::kNarrative), narrative);
    if (incident) {
        const QString id = incident->id.toString(QUuid::WithoutBraces);
        data.insert(field(casefield::kIncidentId), id);
        data.insert(field(casefield::kLinkedIncidents), QVariantList{id});
    }

    // The newest are still drafts or just submitted; the old ones closed.
    const bool draft = incident ? index < 4 : false;
    const bool closed = !incident && index >= 9;
    Track track = create(CaseKind::Accident, station, data, at + between(40, 120) * kMinute, actor);
    if (victims.size() > 0)
        add(m_cases.addNote(track.record.id, QStringLiteral("Korban dievakuasi ke %1.")
                                                 .arg(QLatin1String(chance(0.5) ? "RSCM" : "RS Polri Kramat Jati"))),
            track, later(track, 10 * kMinute, kHour), actor);
    if (draft)
        return;
    // The investigator confirms the suggested articles when the file is submitted.
    add(m_cases.editCase(track.record, {{field(casefield::kConfirmedArticles),
                                         variantList(suggestedAccidentArticles(counts, loss, type))}}),
        track, later(track, 2 * kHour, 20 * kHour), actor);
    add(m_cases.submitCase(track.record), track, later(track, 10 * kMinute, 2 * kHour), actor);
    if (closed) {
        static const char *const kClosing[] = {
            "Berkas perkara dinyatakan lengkap (P21) dan dilimpahkan ke Kejaksaan Negeri.",
            "Diselesaikan melalui keadilan restoratif; para pihak sepakat berdamai dan kerugian diganti.",
            "Kerugian materiil diganti oleh pengemudi; perkara dihentikan.",
        };
        add(m_cases.moveCase(track.record, CaseState::Closed, {}, QString::fromLatin1(any(kClosing))), track,
            later(track, 2 * kDay, 8 * kDay), actor);
    }
}

bool isPaymentIssue(const Change &change)
{
    return change.entity == EntityKind::Case && change.kind == ChangeKind::Transition &&
           change.fields.value(QStringLiteral("to")).toString() == toString(CaseState::PaymentIssued);
}

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ChangeList demoCases(ChangeFactory &factory, const QDateTime &now, quint32 seed,
                     const QList<DemoAccidentIncident> &incidents)
{
    return CaseDemo(factory, now, seed, incidents).run();
}

void fillPaymentCodes(ChangeList &changes, const QHash<QUuid, QString> &numbers)
{
    const QString codeField = field(casefield::kPaymentCode);
    for (Change &change : changes) {
        if (!isPaymentIssue(change) || !change.fields.value(codeField).toString().isEmpty())
            continue;
        const QString code = paymentCodeFor(numbers.value(change.entityId));
        if (!code.isEmpty())
            change.fields.insert(codeField, code);
    }
}

bool commitDemoCases(Store &store, const ChangeList &changes, bool leaveOutbox, QString *error, int batchSize)
{
    batchSize = std::max(1, batchSize);
    ChangeList creates, rest;
    for (const Change &change : changes)
        (change.entity == EntityKind::Case && change.kind == ChangeKind::Create ? creates : rest).append(change);
    std::stable_sort(rest.begin(), rest.end(), [](const Change &a, const Change &b) { return b.isAfter(a); });

    const auto commit = [&](const ChangeList &all) {
        for (qsizetype at = 0; at < all.size(); at += batchSize) {
            const ChangeList batch = all.mid(at, batchSize);
            const CommitResult result = store.commitLocal(batch);
            if (!result.ok) {
                if (error)
                    *error = result.error;
                return false;
            }
            if (!leaveOutbox)
                continue;
            QList<QUuid> opIds;
            opIds.reserve(batch.size());
            for (const Change &change : batch)
                opIds.append(change.opId);
            if (!store.acknowledgePushed(opIds)) {
                if (error)
                    *error =
                        QCoreApplication::translate("DemoSeeder", "The demo's changes could not leave the outbox.");
                return false;
            }
        }
        return true;
    };
    if (!commit(creates))
        return false;

    // The payment codes follow from the numbers the store gave the tickets.
    QSet<QUuid> unnumbered;
    for (const Change &change : std::as_const(rest))
        if (isPaymentIssue(change) && change.fields.value(field(casefield::kPaymentCode)).toString().isEmpty())
            unnumbered.insert(change.entityId);
    if (!unnumbered.isEmpty()) {
        QHash<QUuid, QString> numbers;
        CaseReader reader(store.path());
        if (!reader.isOpen()) {
            if (error)
                *error = reader.errorString();
            return false;
        }
        for (const QUuid &id : std::as_const(unnumbered))
            if (const auto file = reader.caseFile(id))
                numbers.insert(id, file->record.number);
        fillPaymentCodes(rest, numbers);
    }
    return commit(rest);
}

QByteArray demoSettlement(const QHash<QString, PayableTicket> &tickets, const QDateTime &now, quint32 seed)
{
    // In code order (a QHash iterates in no fixed order), then a seeded half of those waiting for payment.
    QStringList waiting;
    for (auto it = tickets.cbegin(); it != tickets.cend(); ++it)
        if (it->state == CaseState::PaymentIssued || it->state == CaseState::StnkBlocked)
            waiting.append(it.key());
    std::sort(waiting.begin(), waiting.end());
    std::mt19937 rng(seed);
    std::shuffle(waiting.begin(), waiting.end(), rng);
    waiting = waiting.mid(0, (waiting.size() + 1) / 2);

    const qint64 nowMs = now.isValid() ? now.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    struct Row
    {
        qint64 paidMs;
        QString code;
    };
    QList<Row> rows;
    for (const QString &code : std::as_const(waiting))
        rows.append({nowMs - std::uniform_int_distribution<qint64>(20 * kMinute, 20 * kHour)(rng), code});
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.paidMs < b.paidMs; });

    QByteArray csv("payment_code,amount,paid_at,bank_ref\n");
    int serial = std::uniform_int_distribution<int>(1000, 9000)(rng);
    for (const Row &row : std::as_const(rows)) {
        const QDateTime paidAt =
            QDateTime::fromMSecsSinceEpoch(row.paidMs, Qt::UTC).toTimeZone(QTimeZone(kWibOffsetSeconds));
        csv += QStringLiteral("%1,%2,%3,BRIVA-%4-%5\n")
                   .arg(row.code)
                   .arg(tickets.value(row.code).fine)
                   .arg(paidAt.toString(Qt::ISODate), paidAt.toString(QStringLiteral("yyyyMMdd")))
                   .arg(++serial, 6, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    return csv;
}

QByteArray etleCaptureImage(const QVariantMap &data)
{
    // An evidence frame as the camera centre prints it: the scene (road, lanes, the vehicle), the plate crop,
    // and the caption with camera, place, time and, for a speed capture, the measured speed.
    const QString camera = data.value(field(casefield::kCameraId)).toString();
    const QString place = data.value(field(casefield::kPlace)).toString();
    const QDateTime at = QDateTime::fromString(data.value(field(casefield::kOccurredAt)).toString(), Qt::ISODate);
    const QString when =
        at.isValid() ? at.toTimeZone(QTimeZone(kWibOffsetSeconds)).toString(QStringLiteral("dd-MM-yyyy HH:mm:ss 'WIB'"))
                     : QString();
    QString plate = data.value(field(casefield::kPlateRead)).toString();
    if (plate.isEmpty())
        plate = data.value(field(casefield::kPlate)).toString();
    plate = normalizePlate(plate);
    const int speed = data.value(field(casefield::kSpeedKmh)).toInt();
    const int limit = data.value(field(casefield::kSpeedLimitKmh)).toInt();
    const bool motorcycle = data.value(field(casefield::kVehicleKind)).toString() == QLatin1String("r2");
    const QString measure =
        speed > 0 ? QStringLiteral("%1 km/jam (batas %2 km/jam)").arg(speed).arg(limit) : QStringLiteral("Lampu merah");
    // The vehicle's position in the frame varies with the plate, so the thumbnails are not all alike.
    const int x = 180 + int(qHash(plate) % 220);
    const QString vehicle =
        motorcycle ? QStringLiteral("<rect x='%1' y='190' width='44' height='90' rx='14' fill='#2b2f36'/>"
                                    "<circle cx='%2' cy='200' r='12' fill='#3d4350'/>")
                         .arg(x + 18)
                         .arg(x + 40)
                   : QStringLiteral("<rect x='%1' y='170' width='150' height='120' rx='18' fill='#39424e'/>"
                                    "<rect x='%2' y='182' width='122' height='42' rx='8' fill='#8aa0b4'/>")
                         .arg(x)
                         .arg(x + 14);
    const QString svg =
        QStringLiteral(
            "<svg xmlns='http://www.w3.org/2000/svg' width='640' height='400' viewBox='0 0 640 400'>"
            "<rect width='640' height='400' fill='#1d2228'/>"
            "<polygon points='200,60 440,60 640,330 0,330' fill='#4a4f57'/>"
            "<line x1='320' y1='60' x2='320' y2='330' stroke='#f2f2f2' stroke-width='4' stroke-dasharray='18,14'/>"
            "<line x1='260' y1='60' x2='160' y2='330' stroke='#f2f2f2' stroke-width='3'/>"
            "<line x1='380' y1='60' x2='480' y2='330' stroke='#f2f2f2' stroke-width='3'/>"
            "%1"
            "<rect x='470' y='20' width='150' height='46' fill='#111' stroke='#e8e8e8' stroke-width='2'/>"
            "<text x='545' y='52' font-family='DejaVu Sans Mono, monospace' font-size='22' fill='#f5f5f5' "
            "text-anchor='middle'>%2</text>"
            "<rect x='0' y='330' width='640' height='70' fill='#000' fill-opacity='0.82'/>"
            "<text x='16' y='356' font-family='DejaVu Sans, sans-serif' font-size='17' fill='#ffd54f'>%3 · %4</text>"
            "<text x='16' y='384' font-family='DejaVu Sans, sans-serif' font-size='15' fill='#e0e0e0'>%5 · %6</text>"
            "</svg>\n")
            .arg(vehicle, xml(plate), xml(camera), xml(when), xml(place), xml(measure));
    return svg.toUtf8();
}

} // namespace lintas
