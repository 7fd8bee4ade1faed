#pragma once

#include <QString>

namespace lintas {

// The outcome of checking one value a user typed. The message is translated (context "Validators")
// and names what is wrong precisely: "NIK must have 16 digits; it has 15".
struct Validation
{
    enum class Level { Ok, Warning, Error };
    Level level = Level::Ok;
    QString message;

    bool isOk() const { return level == Level::Ok; }
    bool isError() const { return level == Level::Error; }
    static Validation ok() { return {}; }
    static Validation warning(QString message) { return {Level::Warning, std::move(message)}; }
    static Validation error(QString message) { return {Level::Error, std::move(message)}; }
};

// NIK (Nomor Induk Kependudukan): 16 digits; province code; date of birth consistent (women: day + 40).
Validation validateNik(const QString &nik);
// TNKB plate "B 1234 XYZ": region prefix from the catalogue, 1–4 digits, 0–3 letters suffix.
Validation validatePlate(const QString &plate);
// Normalises spacing and case: "b1234xyz" → "B 1234 XYZ"; returns the input unchanged if unparseable.
QString normalizePlate(const QString &plate);
// The region a TNKB prefix stands for ("B" → "DKI Jakarta, Depok, Tangerang, Bekasi"); empty if unknown.
QString plateRegion(const QString &prefix);
// NRP (Nomor Registrasi Pokok): 8 digits.
Validation validateNrp(const QString &nrp);
// WGS84 range check (error) and the service area (warning when outside Greater Jakarta).
Validation validateCoordinate(double latitude, double longitude);

} // namespace lintas
