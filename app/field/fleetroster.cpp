#include "field/fleetroster.h"

#include <array>
#include <random>

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include "core/stations.h"
#include "field/roadnetwork.h"

namespace lintas::field {

namespace {

// Ten units in the proportions of a Polres's traffic fleet.
constexpr UnitKind kPattern[] = {UnitKind::R2Patrol, UnitKind::R4Patrol,      UnitKind::R2Patrol, UnitKind::R4Patrol,
                                 UnitKind::R2Patrol, UnitKind::HighwayPatrol, UnitKind::R2Patrol, UnitKind::R4Patrol,
                                 UnitKind::TowTruck, UnitKind::Ambulance};

QUuid seededId(std::mt19937_64 &rng, qint64 ms)
{
    // A UUIDv7 (time-ordered) whose random bits come from the seeded generator.
    std::array<uchar, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = uchar(quint64(ms) >> (40 - 8 * i));
    for (size_t i = 6; i < 16; ++i)
        b[i] = uchar(rng() & 0xff);
    b[6] = uchar(0x70 | (b[6] & 0x0f));
    b[8] = uchar(0x80 | (b[8] & 0x3f));
    return QUuid::fromRfc4122(QByteArrayView(b.data(), qsizetype(b.size())));
}

} // namespace

QString callsignKindCode(UnitKind kind)
{
    switch (kind) {
    case UnitKind::R2Patrol:
        return QStringLiteral("R2");
    case UnitKind::R4Patrol:
        return QStringLiteral("R4");
    case UnitKind::HighwayPatrol:
        return QStringLiteral("PJR");
    case UnitKind::TowTruck:
        return QStringLiteral("DEREK");
    case UnitKind::Ambulance:
        return QStringLiteral("AMB");
    }
    return QStringLiteral("UNIT");
}

QList<Unit> planFleetGrowth(const QList<Unit> &existing, const RosterOptions &options, const RoadNetwork *network)
{
    QList<Unit> out;
    const int missing = options.target - int(existing.size());
    if (missing <= 0)
        return out;

    const StationDirectory &stations = StationDirectory::builtIn();
    QList<Station> posts;
    for (const Station &polres : stations.children(options.polda)) {
        if (polres.level != StationLevel::Polres)
            continue;
        const QList<Station> polsek = stations.children(polres.code);
        if (polsek.isEmpty())
            posts.append(polres);
        for (const Station &station : polsek)
            posts.append(station);
    }
    if (posts.isEmpty()) {
        if (const auto polda = stations.byCode(options.polda))
            posts.append(*polda);
        else
            return out;
    }

    // Callsign numbers already taken, per "POLRES-KIND".
    QHash<QString, int> lastNumber;
    static const QRegularExpression callsign(QStringLiteral("^(.+-[A-Z0-9]+)-(\\d+)$"));
    for (const Unit &unit : existing) {
        const QRegularExpressionMatch match = callsign.match(unit.callsign);
        if (match.hasMatch())
            lastNumber[match.captured(1)] = std::max(lastNumber.value(match.captured(1)), match.captured(2).toInt());
    }

    std::mt19937_64 rng(options.seed ^ 0x524f53544552ULL); // the roster's own generator ("ROSTER")
    const auto uniform = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const int patternSize = int(std::size(kPattern));
    for (int i = 0; i < missing; ++i) {
        // Kinds in turn; each round over the stations starts one station later, so every station gets a mix.
        const Station &post = posts.at((i + i / posts.size()) % posts.size());
        const auto polres = stations.polresOf(post.code);
        Unit unit;
        unit.kind = kPattern[i % patternSize];
        unit.id = seededId(rng, options.nowMs);
        unit.stationCode = post.code;
        const QString prefix =
            QStringLiteral("%1-%2").arg(polres ? polres->code : post.code, callsignKindCode(unit.kind));
        const int number = ++lastNumber[prefix];
        unit.callsign = QStringLiteral("%1-%2").arg(prefix).arg(number, 2, 10, QLatin1Char('0'));
        const int crew = unit.kind == UnitKind::R2Patrol ? uniform(1, 2) : unit.kind == UnitKind::TowTruck ? 1 : 2;
        for (int c = 0; c < crew; ++c) // NRP: year and month of birth, then a serial
            unit.crew.append(QStringLiteral("%1%2%3")
                                 .arg(uniform(75, 99))
                                 .arg(uniform(1, 12), 2, 10, QLatin1Char('0'))
                                 .arg(uniform(1, 9999), 4, 10, QLatin1Char('0')));
        const int roll = uniform(0, 19);
        const bool patrols =
            unit.kind == UnitKind::R2Patrol || unit.kind == UnitKind::R4Patrol || unit.kind == UnitKind::HighwayPatrol;
        unit.status = roll == 0               ? UnitStatus::OutOfService
                      : patrols && roll <= 10 ? UnitStatus::OnPatrol
                                              : UnitStatus::Available;
        unit.latitude = post.latitude;
        unit.longitude = post.longitude;
        if (network) {
            const int node = network->nearestDrivableNode(post.latitude, post.longitude);
            if (node >= 0) {
                unit.latitude = network->graph().node(node).lat;
                unit.longitude = network->graph().node(node).lon;
            }
        }
        unit.headingDeg = uniform(0, 359);
        unit.positionAt = QDateTime::fromMSecsSinceEpoch(options.nowMs, Qt::UTC);
        unit.statusSince = unit.positionAt;
        out.append(unit);
    }
    return out;
}

} // namespace lintas::field
