#include "reportlabels.h"

namespace lintas::analytics::reportlabels {
namespace {

struct Label
{
    const char *table; // nullptr: any table
    const char *key;
    const char *id;
    const char *en;
};

ReportText textOf(const Label &label)
{
    return {QString::fromUtf8(label.id), QString::fromUtf8(label.en)};
}

constexpr Label kTitles[] = {
    {nullptr, reporttable::kViolations, "Pelanggaran lalu lintas", "Traffic violations"},
    {nullptr, reporttable::kViolationArticles, "Pelanggaran per pasal", "Violations by article"},
    {nullptr, reporttable::kAccidents, "Kecelakaan lalu lintas", "Traffic accidents"},
    {nullptr, reporttable::kAccidentCollision, "Kecelakaan per jenis tabrakan", "Accidents by collision type"},
    {nullptr, reporttable::kAccidentCause, "Kecelakaan per faktor penyebab", "Accidents by cause"},
    {nullptr, reporttable::kAccidentTimeband, "Kecelakaan per rentang waktu (WIB)", "Accidents by time of day (WIB)"},
    {nullptr, reporttable::kIncidents, "Kejadian per jenis", "Incidents by type"},
    {nullptr, reporttable::kResponse, "Waktu tanggap dan penanganan", "Response and clearance times"},
    {nullptr, reporttable::kActivity, "Kegiatan patroli dan pengawalan", "Patrol and escort activity"},
};

constexpr Label kRows[] = {
    {reporttable::kViolations, "total", "Jumlah pelanggaran", "Violations, total"},
    {reporttable::kViolations, "r2", "Sepeda motor (R2)", "Motorcycles (R2)"},
    {reporttable::kViolations, "r4", "Mobil (R4)", "Cars (R4)"},
    {reporttable::kViolations, "other_vehicle", "Kendaraan lain (bus, truk, lainnya)",
     "Other vehicles (bus, truck, other)"},
    {reporttable::kViolations, "tilang", "Tilang", "Tickets (tilang)"},
    {reporttable::kViolations, "teguran", "Teguran", "Warnings (teguran)"},
    {reporttable::kViolations, "seized_sim", "Barang bukti SIM", "Seized driving licences (SIM)"},
    {reporttable::kViolations, "seized_stnk", "Barang bukti STNK", "Seized registrations (STNK)"},
    {reporttable::kViolations, "seized_vehicle", "Barang bukti kendaraan", "Seized vehicles"},
    {reporttable::kViolations, "etle_captures", "ETLE: tangkapan kamera", "ETLE: camera captures"},
    {reporttable::kViolations, "etle_verified", "ETLE: terverifikasi", "ETLE: verified"},
    {reporttable::kViolations, "etle_paid", "ETLE: dibayar", "ETLE: paid"},
    {reporttable::kViolations, "fines_rupiah", "Denda (Rp)", "Fines (IDR)"},
    {reporttable::kAccidents, "total", "Jumlah kecelakaan", "Accidents, total"},
    {reporttable::kAccidents, "md", "Korban meninggal dunia (MD)", "Killed (MD)"},
    {reporttable::kAccidents, "lb", "Korban luka berat (LB)", "Seriously injured (LB)"},
    {reporttable::kAccidents, "lr", "Korban luka ringan (LR)", "Slightly injured (LR)"},
    {reporttable::kAccidents, "material_loss", "Kerugian materiil (Rp)", "Material loss (IDR)"},
    {reporttable::kAccidentTimeband, "00-03", "00.00–03.00", "00:00–03:00"},
    {reporttable::kAccidentTimeband, "03-06", "03.00–06.00", "03:00–06:00"},
    {reporttable::kAccidentTimeband, "06-09", "06.00–09.00", "06:00–09:00"},
    {reporttable::kAccidentTimeband, "09-12", "09.00–12.00", "09:00–12:00"},
    {reporttable::kAccidentTimeband, "12-15", "12.00–15.00", "12:00–15:00"},
    {reporttable::kAccidentTimeband, "15-18", "15.00–18.00", "15:00–18:00"},
    {reporttable::kAccidentTimeband, "18-21", "18.00–21.00", "18:00–21:00"},
    {reporttable::kAccidentTimeband, "21-24", "21.00–24.00", "21:00–24:00"},
    {reporttable::kIncidents, "total", "Jumlah kejadian", "Incidents, total"},
    {reporttable::kResponse, "count_p1", "Kejadian P1", "P1 incidents"},
    {reporttable::kResponse, "count_p2", "Kejadian P2", "P2 incidents"},
    {reporttable::kResponse, "count_p3", "Kejadian P3", "P3 incidents"},
    {reporttable::kResponse, "count_p4", "Kejadian P4", "P4 incidents"},
    {reporttable::kResponse, "response_median_p1", "Median waktu tanggap P1", "P1 median response time"},
    {reporttable::kResponse, "response_median_p2", "Median waktu tanggap P2", "P2 median response time"},
    {reporttable::kResponse, "response_median_p3", "Median waktu tanggap P3", "P3 median response time"},
    {reporttable::kResponse, "response_median_p4", "Median waktu tanggap P4", "P4 median response time"},
    {reporttable::kResponse, "clearance_median_p1", "Median waktu penanganan P1", "P1 median clearance time"},
    {reporttable::kResponse, "clearance_median_p2", "Median waktu penanganan P2", "P2 median clearance time"},
    {reporttable::kResponse, "clearance_median_p3", "Median waktu penanganan P3", "P3 median clearance time"},
    {reporttable::kResponse, "clearance_median_p4", "Median waktu penanganan P4", "P4 median clearance time"},
    {reporttable::kActivity, "patrol_units", "Unit yang berpatroli", "Units on patrol"},
    {reporttable::kActivity, "patrol_hours", "Jam patroli", "Patrol hours"},
    {reporttable::kActivity, "escorts", "Pengawalan", "Escorts"},
    {reporttable::kActivity, "dispatches", "Pengerahan unit ke kejadian", "Units dispatched to incidents"},
};

// accidents.h: the collision types and causes by their stored codes.
constexpr Label kCollisionTypes[] = {
    {nullptr, "single", "Kecelakaan tunggal", "Single vehicle"},
    {nullptr, "head_on", "Depan-depan", "Head-on"},
    {nullptr, "rear_end", "Depan-belakang", "Rear-end"},
    {nullptr, "side", "Samping", "Side impact"},
    {nullptr, "chain", "Beruntun", "Chain collision"},
    {nullptr, "pedestrian", "Menabrak pejalan kaki", "Pedestrian hit"},
    {nullptr, "hit_and_run", "Tabrak lari", "Hit and run"},
    {nullptr, "animal", "Menabrak hewan", "Animal hit"},
};

constexpr Label kCauses[] = {
    {nullptr, "human_speeding", "Pengemudi: melebihi batas kecepatan", "Driver: speeding"},
    {nullptr, "human_drowsy", "Pengemudi: mengantuk atau lelah", "Driver: drowsy or tired"},
    {nullptr, "human_drunk", "Pengemudi: alkohol atau narkoba", "Driver: alcohol or drugs"},
    {nullptr, "human_phone", "Pengemudi: menggunakan ponsel", "Driver: using a phone"},
    {nullptr, "human_violation", "Pengemudi: melanggar aturan lalu lintas", "Driver: broke a traffic rule"},
    {nullptr, "vehicle_brakes", "Kendaraan: rem blong", "Vehicle: brake failure"},
    {nullptr, "vehicle_tyres", "Kendaraan: ban pecah", "Vehicle: tyre failure"},
    {nullptr, "vehicle_lights", "Kendaraan: lampu rusak", "Vehicle: faulty lights"},
    {nullptr, "road_damage", "Jalan: permukaan rusak", "Road: damaged surface"},
    {nullptr, "road_markings", "Jalan: rambu atau marka tidak ada", "Road: missing signs or markings"},
    {nullptr, "road_lighting", "Jalan: penerangan kurang", "Road: poor lighting"},
    {nullptr, "weather", "Cuaca", "Weather"},
};

template <size_t N> ReportText find(const Label (&labels)[N], const QString &table, const QString &key)
{
    for (const Label &label : labels)
        if ((!label.table || table == QLatin1String(label.table)) && key == QLatin1String(label.key))
            return textOf(label);
    return {key, key};
}

} // namespace

ReportText tableTitle(const QString &tableKey)
{
    return find(kTitles, {}, tableKey);
}

ReportText fixedRow(const QString &tableKey, const QString &rowKey)
{
    return find(kRows, tableKey, rowKey);
}

ReportText collisionType(const QString &code)
{
    return find(kCollisionTypes, {}, code);
}

ReportText cause(const QString &code)
{
    return find(kCauses, {}, code);
}

} // namespace lintas::analytics::reportlabels
