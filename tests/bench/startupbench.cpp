// Suite "startup": how long `lintas` takes to show its main window with its models loaded over a store of
// 100,000 incidents, and how much memory it holds then (issue 2: under 1.5 s and 250 MiB).
//
//   cached store (built once per schema and generator version, in the temp folder)
//     └ copied into a scratch folder, so the runs never change the cache
//       └ lintas --store COPY --screenshot X.png   (offscreen, LINTAS_STARTUP_REPORT=1) × 5
//         └ its line {"startup_ms": N, "rss_mib": M} → median start-up, largest resident memory
//
// The store: the Jakarta demo (40 units, its day of incidents, through commitLocal like a desk), then a year of
// history as the regional server would send it (applyRemote in large batches): mostly closed incidents, the
// last few hundred still open.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include <sys/resource.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include "bench.h"
#include "core/changefactory.h"
#include "core/incidenttypes.h"
#include "core/stations.h"
#include "store/demoseeder.h"
#include "store/schema.h"
#include "store/store.h"

namespace lintas::bench {
namespace {

// Bump when the generated history changes, so that a cached store is built again.
constexpr int kGeneratorVersion = 1;
constexpr int kIncidents = 100'000;
constexpr int kOpenIncidents = 300;
constexpr int kDemoIncidents = 200;
constexpr int kRuns = 5;
constexpr int kChangesPerBatch = 5'000;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr int kWibOffsetSeconds = 7 * 3600;

// A year of incidents before the demo's day, as changes from the regional server. Each incident is reported,
// and most run the whole course (dispatched, on scene, cleared, closed) or are closed as false reports; the
// newest kOpenIncidents stop somewhere on the way.
class HistoryWriter
{
public:
    HistoryWriter(Store &store, qint64 endMs)
        : m_store(store), m_endMs(endMs), m_clock([this] { return m_simMs; }),
          m_factory(QStringLiteral("polda-metro-jaya"), QStringLiteral("85060001"), &m_clock)
    {
        for (const Station &station : StationDirectory::builtIn().atLevel(StationLevel::Polsek))
            m_stations.append(station);
        for (const IncidentType &type : IncidentTypeCatalogue::builtIn().all())
            m_types.append(type.code);
    }

    bool run(int count, QString *error)
    {
        if (m_stations.isEmpty() || m_types.isEmpty()) {
            *error = QStringLiteral("no stations or incident types in the catalogues");
            return false;
        }
        const qint64 startMs = m_endMs - 365 * kDay;
        const qint64 step = (m_endMs - startMs) / count;
        ChangeList batch;
        int shown = 0; // tens of thousands reported so far
        for (int i = 0; i < count; ++i) {
            const qint64 reportedMs = startMs + i * step + qint64(m_rng() % quint32(step));
            batch += incident(reportedMs, count - i <= kOpenIncidents);
            if (batch.size() >= kChangesPerBatch || i == count - 1) {
                // As a download from the server: large batches in the order the changes were made.
                const CommitResult result = m_store.applyRemote(batch);
                if (!result.ok) {
                    *error = result.error;
                    return false;
                }
                batch.clear();
                if ((i + 1) / 10'000 > shown) {
                    shown = (i + 1) / 10'000;
                    std::fprintf(stderr, "  %d incidents\n", i + 1);
                }
            }
        }
        return true;
    }

private:
    qint64 pick(qint64 from, qint64 span) { return from + qint64(m_rng() % quint64(span)); }

    ChangeList incident(qint64 reportedMs, bool open)
    {
        const Station &station = m_stations.at(int(m_rng() % quint32(m_stations.size())));
        IncidentDraft draft;
        draft.typeCode = m_types.at(int(m_rng() % quint32(m_types.size())));
        draft.priority = Priority(1 + int(m_rng() % 4));
        draft.latitude = station.latitude + (int(m_rng() % 2001) - 1000) * 0.00002;
        draft.longitude = station.longitude + (int(m_rng() % 2001) - 1000) * 0.00002;
        draft.road = QStringLiteral("Jalan %1 Raya").arg(station.name.section(QLatin1Char(' '), -1));
        draft.stationCode = station.code;
        draft.reporterName = QStringLiteral("Pelapor %1").arg(m_rng() % 1000);
        draft.reporterPhone = QStringLiteral("0812-%1").arg(m_rng() % 100'000'000, 8, 10, QLatin1Char('0'));
        draft.lanesTotal = 2 + int(m_rng() % 3);
        draft.lanesBlocked = int(m_rng() % 2);
        draft.narrative = QStringLiteral("Laporan %1 di %2, arus lalu lintas tersendat ke arah %3.")
                              .arg(draft.typeCode, draft.road, station.name);
        draft.reportedAt = QDateTime::fromMSecsSinceEpoch(reportedMs, Qt::UTC);

        m_simMs = reportedMs;
        QUuid id;
        ChangeList changes = m_factory.createIncident(draft, &id);
        // The server numbers incidents per Polres and day (WIB); a remote Create carries its number.
        const QString polres = StationDirectory::builtIn().polresOf(station.code).value_or(station).code;
        const QString day = QDateTime::fromMSecsSinceEpoch(reportedMs, QTimeZone(kWibOffsetSeconds))
                                .date()
                                .toString(QStringLiteral("yyyyMMdd"));
        const QString prefix = polres + QLatin1Char('-') + day;
        changes.first().fields.insert(QStringLiteral("number"), QStringLiteral("%1-%2").arg(prefix).arg(
                                                                    ++m_numbers[prefix], 4, 10, QLatin1Char('0')));

        Incident record;
        record.id = id;
        const auto move = [&](IncidentStatus to, qint64 afterMinutes) {
            m_simMs += afterMinutes * kMinute;
            changes.append(m_factory.moveIncident(record, to));
            record.status = to;
        };
        const int course = int(m_rng() % 10);
        const int stops = open ? int(m_rng() % 4) : 5; // how far an open incident got
        if (course == 0 && !open) {
            move(IncidentStatus::Closed, pick(5, 20)); // a false report
            return changes;
        }
        const IncidentStatus path[] = {IncidentStatus::Dispatched, IncidentStatus::OnScene, IncidentStatus::Cleared,
                                       IncidentStatus::Closed};
        const qint64 gaps[] = {pick(2, 8), pick(5, 25), pick(15, 90), pick(5, 60)}; // minutes
        for (int step = 0; step < 4 && step < stops; ++step)
            move(path[step], gaps[step]);
        return changes;
    }

    Store &m_store;
    qint64 m_endMs;
    qint64 m_simMs = 0;
    std::mt19937 m_rng{20261127};
    HybridClock m_clock;
    ChangeFactory m_factory;
    QList<Station> m_stations;
    QStringList m_types;
    QHash<QString, int> m_numbers;
};

QString cachedStorePath()
{
    return QDir(QDir::tempPath())
        .filePath(QStringLiteral("lintas-bench-startup-s%1-g%2/100k-incidents.sqlite")
                      .arg(Schema::kCurrentVersion)
                      .arg(kGeneratorVersion));
}

bool buildStore(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString part = path + QStringLiteral(".part");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(part + suffix);
    QElapsedTimer timer;
    timer.start();
    {
        Store store(part, QStringLiteral("bench-desk"));
        if (!store.open(error))
            return false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        DemoOptions demo;
        demo.now = now;
        demo.units = 40;
        demo.incidents = kDemoIncidents;
        std::fprintf(stderr, "building the start-up store (once): the demo, then %d incidents of history\n",
                     kIncidents - kDemoIncidents);
        if (!seedDemo(store, demo, error))
            return false;
        // The history ends two days before the demo's day, so their incident numbers never meet.
        HistoryWriter history(store, now.toMSecsSinceEpoch() - 2 * kDay);
        if (!history.run(kIncidents - kDemoIncidents, error))
            return false;
    } // closing the last connection checkpoints the WAL into the file
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        *error = QStringLiteral("cannot move %1 to %2").arg(part, path);
        return false;
    }
    std::fprintf(stderr, "built in %.1f s: %s\n", timer.elapsed() / 1000.0, qPrintable(path));
    return true;
}

struct Run
{
    bool ok = false;
    bool reported = false; // the desk printed its own start-up line
    double startupMs = 0;
    double rssMiB = 0;
};

Run launch(const QString &store, const QTemporaryDir &scratch, int index)
{
    Run run;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LINTAS_STARTUP_REPORT"), QStringLiteral("1"));
    // Settings and data of the desk under the scratch folder, never the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), scratch.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), scratch.filePath(QStringLiteral("cache")));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const QString screenshot = scratch.filePath(QStringLiteral("startup-%1.png").arg(index));
    QElapsedTimer wall;
    wall.start();
    process.start(QStringLiteral(LINTAS_BINARY),
                  {QStringLiteral("--store"), store, QStringLiteral("--screenshot"), screenshot});
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        std::fprintf(stderr, "lintas did not finish within 120 s\n");
        return run;
    }
    const double wallMs = wall.nsecsElapsed() / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "lintas failed (exit %d): %s\n", process.exitCode(),
                     process.readAllStandardError().constData());
        return run;
    }
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line.trimmed()).object();
        if (object.contains(QLatin1String("startup_ms"))) {
            run.reported = true;
            run.startupMs = object.value(QLatin1String("startup_ms")).toDouble();
            run.rssMiB = object.value(QLatin1String("rss_mib")).toDouble();
        }
    }
    if (!run.reported) {
        // Without the desk's own line: the whole process, start to exit (screenshot and shut-down included),
        // and the largest resident set of any child so far (Linux reports it in KiB).
        run.startupMs = wallMs;
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        run.rssMiB = usage.ru_maxrss / 1024.0;
    }
    run.ok = true;
    return run;
}

double fileMiB(const QString &path)
{
    return QFileInfo(path).size() / (1024.0 * 1024.0);
}

} // namespace

int runStartupSuite(const QStringList &arguments)
{
    // `lintas-bench startup rebuild` builds the cached store again.
    const QString cached = cachedStorePath();
    if (arguments.contains(QStringLiteral("rebuild")) || !QFileInfo::exists(cached)) {
        QString error;
        if (!buildStore(cached, &error)) {
            std::fprintf(stderr, "cannot build the start-up store: %s\n", qPrintable(error));
            return 1;
        }
    }
    if (!QFileInfo::exists(QStringLiteral(LINTAS_BINARY))) {
        std::fprintf(stderr, "%s is not built; build the lintas target first\n", LINTAS_BINARY);
        return 1;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return 1;
    const QString store = scratch.filePath(QStringLiteral("store.sqlite"));
    if (!QFile::copy(cached, store)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(cached));
        return 1;
    }

    QList<double> startups;
    double rss = 0;
    bool reported = true;
    for (int i = 0; i < kRuns; ++i) {
        const Run run = launch(store, scratch, i);
        if (!run.ok)
            return 1;
        std::fprintf(stderr, "run %d: %.0f ms, %.1f MiB\n", i + 1, run.startupMs, run.rssMiB);
        startups.append(run.startupMs);
        rss = std::max(rss, run.rssMiB);
        reported = reported && run.reported;
    }
    std::sort(startups.begin(), startups.end());
    // Without the desk's line the figures are of the whole process, and their names say so.
    const QString name =
        reported ? QStringLiteral("startup.100k_incidents") : QStringLiteral("startup.100k_incidents.whole_process");
    report({name, std::round(startups.at(startups.size() / 2)), QStringLiteral("ms")});
    report({name + QStringLiteral(".rss"), std::round(rss * 10) / 10, QStringLiteral("MiB")});
    report({QStringLiteral("startup.100k_incidents.store_size"), std::round(fileMiB(cached) * 10) / 10,
            QStringLiteral("MiB")});
    return 0;
}

} // namespace lintas::bench
