#pragma once

#include <random>

#include <QList>
#include <QString>

#include "core/changefactory.h"
#include "geo/roadclass.h"

namespace lintas::field {

class RoadNetwork;

struct IncidentGeneratorOptions
{
    quint64 seed = 1;
    double speedup = 1.0; // multiplies every rate (demos)
    qint64 startMs = 0;   // the first report comes after this
    QString polda = QStringLiteral("PMJ");
};

// New incidents for the simulated region with Jakarta's daily rhythm: about 200 reports a day of which about
// 17 police-recorded accidents (Polda Metro Jaya's published average, motorcycles in most of them),
// congestion and breakdowns peaking 06:00–09:00 and 16:00–19:00, violations, road damage, flooding,
// demonstrations, escort requests and the rest through the day. Each is placed on a real road of the map (main
// roads for congestion, accidents and breakdowns), with the road's name, its kecamatan and the Polsek nearest
// to it, and a summary in Bahasa Indonesia; ChangeFactory::createIncident turns it into changes.
//
// Reports are a Poisson process whose rate follows the hour of the day (WIB), drawn by thinning from one
// generator seeded from the seed: the same seed, network and start time give the same incidents, however the
// calls to advanceTo() are spaced.
class IncidentGenerator
{
public:
    IncidentGenerator(const RoadNetwork &network, IncidentGeneratorOptions options);

    // The incidents reported after the previous call, up to nowMs, in order; reportedAt is set.
    QList<IncidentDraft> advanceTo(qint64 nowMs);
    qint64 nextReportMs() const { return m_nextMs; }

    // The incident types it makes, and how many of each a day brings at speedup 1.
    static const QStringList &typeCodes();
    static double dailyCount(const QString &typeCode);
    // Expected reports of a type during one hour of the day (WIB) at speedup 1.
    static double hourlyRate(const QString &typeCode, int hourWib);

private:
    void drawNext();
    IncidentDraft make(qint64 atMs);
    int pickEdge(int profile);
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    bool chance(double p) { return real(0.0, 1.0) < p; }
    template <typename T, size_t N> QString any(const T (&list)[N])
    {
        return QString::fromUtf8(list[size_t(uniform(0, int(N) - 1))]);
    }
    QString stationFor(double lat, double lon, const QString &kota) const;

    const RoadNetwork &m_network;
    IncidentGeneratorOptions m_options;
    std::mt19937_64 m_rng;
    qint64 m_nextMs = 0;
    double m_peakPerMs = 0.0;
    // Edges worth an incident of each placement profile, with cumulative weights (length × road class).
    QList<QList<int>> m_edges;
    QList<QList<double>> m_cumulative;
};

} // namespace lintas::field
