#pragma once

#include <random>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace lintas::field {

// A fixed ETLE camera of Polda Metro Jaya on the Sudirman–Thamrin, Gatot Subroto and Rasuna Said corridors.
struct EtleCamera
{
    QString id;    // "ETLE-PMJ-012"
    QString place; // the road and the landmark it looks at
    double latitude = 0.0;
    double longitude = 0.0;
    QString stationCode;   // the Polres the place belongs to
    int speedLimitKmh = 0; // the posted limit where the camera measures speed; 0 where it does not
    bool redLight = false; // watches a traffic light
};

// The demo's cameras, in id order.
const QList<EtleCamera> &etleCameras();

// What a camera caught.
enum class CaptureKind
{
    Speed,   // over the posted limit: Pasal 287 ayat (5)
    RedLight // through a red light: Pasal 287 ayat (2)
};

struct EtleCapture
{
    EtleCamera camera;
    CaptureKind kind = CaptureKind::Speed;
    QDateTime at;         // UTC
    QString plate;        // the display form, "B 1234 XYZ"
    QString plateRead;    // as the camera's number-plate reader gave it: "B1234XYZ"
    QString vehicleKind;  // r2, r4, bus, truck
    int speedKmh = 0;     // speed captures only
    bool watched = false; // the plate is the watch-listed one

    // The article charged: "287(5)" or "287(2)".
    QStringList articles() const;
    // The capture as an ETLE case's data (casefield names): camera, place, position, time with the WIB offset,
    // plate as read and normalised, vehicle kind, speed and limit, the article codes and a narrative in Bahasa
    // Indonesia. The charge snapshots and the fine are left to CaseFactory::chargeFields.
    QVariantMap caseData() const;
};

struct EtleCaptureOptions
{
    quint64 seed = 1;
    double speedup = 1.0;   // captures come this many times as often (demos)
    qint64 startMs = 0;     // the first capture comes after this
    int minGapSeconds = 30; // simulated seconds between two captures
    int maxGapSeconds = 90;
    int watchedOneIn = 15; // about one capture in this many shows the watched plate
    int firstWatched = 3;  // and the capture with this number (1-based) shows it for sure, so a demo sees it soon
    QString watchedPlate = QStringLiteral("B 4821 KJT"); // the demo's stolen car (casedemoseeder.h)
};

// Live ETLE captures for the demo: every 30–90 simulated seconds one of the fixed cameras catches a vehicle over
// the limit or through a red light, with a Jakarta-style plate; now and then the plate is the watch-listed one,
// so every desk of the region raises the watch alert. One generator seeded from the seed: the same seed and start
// time give the same captures, however the calls to advanceTo() are spaced.
class EtleCaptureGenerator
{
public:
    explicit EtleCaptureGenerator(EtleCaptureOptions options);

    // The captures after the previous call, up to nowMs, in order.
    QList<EtleCapture> advanceTo(qint64 nowMs);
    qint64 nextCaptureMs() const { return m_nextMs; }
    int capturesMade() const { return m_made; }

private:
    void drawNext();
    EtleCapture make(qint64 atMs);
    QString randomPlate();
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < p; }

    EtleCaptureOptions m_options;
    std::mt19937_64 m_rng;
    qint64 m_nextMs = 0;
    int m_made = 0;
};

} // namespace lintas::field
