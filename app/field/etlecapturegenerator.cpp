#include "field/etlecapturegenerator.h"

#include <algorithm>
#include <cmath>

#include <QTimeZone>

#include "core/cases.h"
#include "core/plates.h"
#include "core/validators.h"

namespace lintas::field {

namespace {

constexpr int kWibOffsetSeconds = 7 * 3600;

// The cameras along the three corridors of the demo (positions from the gazetteer's landmarks and roads; the
// Polres by the kecamatan the place lies in). The historical demo tickets (store/casedemoseeder.cpp) use the
// same cameras.
const QList<EtleCamera> kCameras = {
    {QStringLiteral("ETLE-PMJ-001"), QStringLiteral("Jalan MH Thamrin (Sarinah)"), -6.187470, 106.823990,
     QStringLiteral("JAKPUS"), 50, true},
    {QStringLiteral("ETLE-PMJ-003"), QStringLiteral("Jalan MH Thamrin (Bundaran HI)"), -6.194920, 106.823030,
     QStringLiteral("JAKPUS"), 50, false},
    {QStringLiteral("ETLE-PMJ-007"), QStringLiteral("Jalan Jenderal Sudirman (Dukuh Atas)"), -6.200950, 106.822700,
     QStringLiteral("JAKPUS"), 50, true},
    {QStringLiteral("ETLE-PMJ-012"), QStringLiteral("Jalan Jenderal Sudirman (Semanggi)"), -6.219138, 106.812957,
     QStringLiteral("JAKSEL"), 50, false},
    {QStringLiteral("ETLE-PMJ-015"), QStringLiteral("Jalan Jenderal Sudirman (Bundaran Senayan)"), -6.227040,
     106.800270, QStringLiteral("JAKPUS"), 50, true},
    {QStringLiteral("ETLE-PMJ-021"), QStringLiteral("Jalan Jenderal Gatot Subroto (Kuningan)"), -6.236380, 106.827176,
     QStringLiteral("JAKSEL"), 60, true},
    {QStringLiteral("ETLE-PMJ-024"), QStringLiteral("Jalan Jenderal Gatot Subroto (Jembatan Semanggi)"), -6.219700,
     106.814300, QStringLiteral("JAKSEL"), 60, false},
    {QStringLiteral("ETLE-PMJ-031"), QStringLiteral("Jalan HR Rasuna Said (Kuningan)"), -6.221900, 106.831700,
     QStringLiteral("JAKSEL"), 50, true},
};

constexpr char kSuffixLetters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

QString wibText(const QDateTime &at)
{
    return at.toTimeZone(QTimeZone(kWibOffsetSeconds)).toString(Qt::ISODate);
}

} // namespace

const QList<EtleCamera> &etleCameras()
{
    return kCameras;
}

QStringList EtleCapture::articles() const
{
    return {kind == CaptureKind::Speed ? QStringLiteral("287(5)") : QStringLiteral("287(2)")};
}

QVariantMap EtleCapture::caseData() const
{
    QVariantMap data{
        {QString::fromLatin1(casefield::kCameraId), camera.id},
        {QString::fromLatin1(casefield::kPlace), camera.place},
        {QString::fromLatin1(casefield::kLatitude), camera.latitude},
        {QString::fromLatin1(casefield::kLongitude), camera.longitude},
        {QString::fromLatin1(casefield::kOccurredAt), wibText(at)},
        {QString::fromLatin1(casefield::kPlateRead), plateRead},
        {QString::fromLatin1(casefield::kPlate), plate},
        {QString::fromLatin1(casefield::kVehicleKind), vehicleKind},
        {QString::fromLatin1(casefield::kArticles), articles()},
    };
    const QString time = at.toTimeZone(QTimeZone(kWibOffsetSeconds)).toString(QStringLiteral("HH:mm:ss"));
    if (kind == CaptureKind::Speed) {
        data.insert(QString::fromLatin1(casefield::kSpeedKmh), speedKmh);
        data.insert(QString::fromLatin1(casefield::kSpeedLimitKmh), camera.speedLimitKmh);
        data.insert(QString::fromLatin1(casefield::kNarrative),
                    QStringLiteral("Kamera %1 merekam kendaraan %2 melaju %3 km/jam pada ruas dengan batas kecepatan "
                                   "%4 km/jam di %5 pukul %6 WIB.")
                        .arg(camera.id, plate)
                        .arg(speedKmh)
                        .arg(camera.speedLimitKmh)
                        .arg(camera.place, time));
    } else {
        data.insert(QString::fromLatin1(casefield::kNarrative),
                    QStringLiteral("Kamera %1 merekam kendaraan %2 melewati lampu merah di %3 pukul %4 WIB.")
                        .arg(camera.id, plate, camera.place, time));
    }
    return data;
}

EtleCaptureGenerator::EtleCaptureGenerator(EtleCaptureOptions options)
    : m_options(std::move(options)), m_rng(m_options.seed ^ 0x45544c45ULL /* "ETLE": its own stream */),
      m_nextMs(m_options.startMs)
{
    m_options.minGapSeconds = std::max(1, m_options.minGapSeconds);
    m_options.maxGapSeconds = std::max(m_options.minGapSeconds, m_options.maxGapSeconds);
    m_options.speedup = std::clamp(m_options.speedup, 0.001, 100'000.0);
    m_options.watchedOneIn = std::max(1, m_options.watchedOneIn);
    drawNext();
}

void EtleCaptureGenerator::drawNext()
{
    const double gapMs = uniform(m_options.minGapSeconds * 1000, m_options.maxGapSeconds * 1000) / m_options.speedup;
    m_nextMs += std::max<qint64>(1, qint64(std::llround(gapMs)));
}

QList<EtleCapture> EtleCaptureGenerator::advanceTo(qint64 nowMs)
{
    QList<EtleCapture> out;
    while (m_nextMs <= nowMs) {
        out.append(make(m_nextMs));
        drawNext();
    }
    return out;
}

QString EtleCaptureGenerator::randomPlate()
{
    // Jakarta's own "B" in most, the neighbouring regions' plates in the rest; four digits in most; a suffix of
    // two or three letters, the first of which in Jakarta names the city (P pusat, U utara, B barat, S selatan,
    // T timur).
    static const char *const kOtherPrefixes[] = {"F", "A", "D", "E", "T", "AB"};
    static const char kCityLetters[] = "PUBST";
    const int regionRoll = uniform(1, 100);
    const QString prefix = regionRoll <= 86
                               ? QStringLiteral("B")
                               : QString::fromLatin1(kOtherPrefixes[uniform(0, int(std::size(kOtherPrefixes)) - 1)]);
    const int digitsRoll = uniform(1, 100);
    const int digits = digitsRoll <= 3 ? 1 : digitsRoll <= 8 ? 2 : digitsRoll <= 22 ? 3 : 4;
    int low = 1;
    for (int i = 1; i < digits; ++i)
        low *= 10;
    const int number = uniform(low, low * 10 - 1);
    const int letters = uniform(1, 100) <= 70 ? 3 : 2;
    QString suffix;
    const int alphabet = int(std::size(kSuffixLetters)) - 2; // without the terminating zero
    for (int i = 0; i < letters; ++i) {
        if (i == 0 && prefix == QLatin1String("B"))
            suffix += QLatin1Char(kCityLetters[uniform(0, 4)]);
        else
            suffix += QLatin1Char(kSuffixLetters[uniform(0, alphabet)]);
    }
    return QStringLiteral("%1 %2 %3").arg(prefix).arg(number).arg(suffix);
}

EtleCapture EtleCaptureGenerator::make(qint64 atMs)
{
    ++m_made;
    EtleCapture capture;
    capture.camera = kCameras.at(uniform(0, int(kCameras.size()) - 1));
    capture.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    const bool canSpeed = capture.camera.speedLimitKmh > 0;
    capture.kind = canSpeed && (!capture.camera.redLight || chance(0.6)) ? CaptureKind::Speed : CaptureKind::RedLight;

    const bool watched = m_made == m_options.firstWatched || uniform(1, m_options.watchedOneIn) == 1;
    if (watched) {
        capture.watched = true;
        capture.plate = normalizePlate(m_options.watchedPlate);
        capture.vehicleKind = QStringLiteral("r4");
    } else {
        const QString watchedKey = plateKey(m_options.watchedPlate);
        do
            capture.plate = randomPlate();
        while (plateKey(capture.plate) == watchedKey);
        const int kindRoll = uniform(1, 100);
        capture.vehicleKind = kindRoll <= 58   ? QStringLiteral("r4")
                              : kindRoll <= 90 ? QStringLiteral("r2")
                              : kindRoll <= 95 ? QStringLiteral("bus")
                                               : QStringLiteral("truck");
    }
    // The reader gives the characters without the plate's spacing.
    capture.plateRead = capture.plate;
    capture.plateRead.remove(QLatin1Char(' '));
    if (capture.kind == CaptureKind::Speed)
        capture.speedKmh = capture.camera.speedLimitKmh + uniform(8, 45);
    return capture;
}

} // namespace lintas::field
