// Suite "report": the supervisors' tools over a store of 1,000,000 incidents and 1,000,000 cases (issue: daily
// report ≤ 2 s for a Polda, dashboard full refresh ≤ 200 ms, forecast training and scoring over a year).
//
//   cached store (built once per schema and generator version, in --data-dir or the temp folder)
//     the cases suite's store (1,000,000 cases through Store::commitLocal over two years; built first if missing)
//     + 1,000,000 incidents over the last year of those cases, with an assignment and the unit's four transitions
//       each, written straight into the reduced tables with prepared SQL: the report and the dashboard read only
//       those tables, and writing 5,000,000 changes through the reducer would take hours
//   measurements (the day measured: a week before the newest case, so H-1 and last year lie inside the data)
//     report.polda_daily, report.polres_daily: DailyReportBuilder::build, first (cold) and the median of 5
//     dashboard.refresh: DashboardQuery::compute for "today" at 18:00 of that day, first and the median of 5, for
//       every station, then for the Polda and for one Polres
//     forecast.read_history: readStoreHistory over the year; forecast.train: HotspotForecast::train on it;
//     forecast.score_next_3h: expectedOver(now, 3); forecast.placement: placeUnits for 40 units (straight line)

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include "analytics/dailyreport.h"
#include "analytics/dashboardstats.h"
#include "analytics/hotspotforecast.h"
#include "analytics/incidenthistory.h"
#include "analytics/unitplacement.h"
#include "bench.h"
#include "core/stations.h"
#include "store/schema.h"

namespace lintas::bench {
namespace {

constexpr int kGeneratorVersion = 1;
constexpr int kDefaultIncidents = 1'000'000;
constexpr int kUnits = 500;
constexpr int kRepeats = 5;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kWibOffsetSeconds = 7 * 3600;

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

QString reportStorePath(const QString &dataDir, int incidents)
{
    const QString base = dataDir.isEmpty() ? QDir::tempPath() : dataDir;
    return QDir(base).filePath(QStringLiteral("lintas-bench-report-s%1-g%2/%3-incidents.sqlite")
                                   .arg(Schema::kCurrentVersion)
                                   .arg(kGeneratorVersion)
                                   .arg(incidents));
}

// The incident mix of a Jakarta day (the field simulator's proportions), with each type's priority.
struct TypeShare
{
    const char *code;
    int priority;
    int weight;
};
constexpr TypeShare kTypes[] = {{"kemacetan", 3, 60},   {"kecelakaan", 1, 17},  {"kendaraan_mogok", 3, 40},
                                {"pelanggaran", 4, 45}, {"jalan_rusak", 4, 10}, {"banjir", 2, 6},
                                {"unjuk_rasa", 2, 4},   {"pengawalan", 3, 8},   {"lainnya", 4, 10}};

// Writes the incidents, their assignments and the units' transitions straight into the reduced tables.
class IncidentTables
{
public:
    IncidentTables(QSqlDatabase db, qint64 endMs) : m_db(db), m_endMs(endMs), m_rng(20261128)
    {
        for (const Station &station : StationDirectory::builtIn().all())
            if (station.level == StationLevel::Polsek && station.code.contains(QLatin1Char('-')))
                m_polsek.append(station);
        for (const TypeShare &type : kTypes)
            m_totalWeight += type.weight;
    }

    bool write(int count, QString *error)
    {
        if (!units(error))
            return false;
        QSqlQuery incident(m_db), assignment(m_db), transition(m_db);
        incident.prepare(QStringLiteral(
            "INSERT INTO incidents (id, number, type_code, priority, status, latitude, longitude, road, kecamatan, "
            "station_code, summary, reported_at, verified_at, first_dispatched_at, first_arrival_at, cleared_at, "
            "closed_at, status_since, has_create, died, seriously_hurt, slightly_hurt) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"));
        assignment.prepare(QStringLiteral("INSERT INTO assignments (op_id, incident_id, unit_id, hlc, site_id, actor, "
                                          "dispatched_at, arrived_at, cleared_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        transition.prepare(QStringLiteral(
            "INSERT INTO transitions (op_id, entity, entity_id, hlc, site_id, actor, from_status, to_status, "
            "incident_id, applied, from_actual) VALUES (?, 'unit', ?, ?, 'bench-desk', 'bench', ?, ?, ?, 1, ?)"));
        const qint64 span = 365 * kDay;
        QElapsedTimer progress;
        progress.start();
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        QDate lastDay;
        int sequence = 0;
        for (int i = 0; i < count; ++i) {
            const qint64 reported = m_endMs - span + qint64(double(span) * i / count) + uniform(0, 59) * 1000;
            const TypeShare &type = pickType();
            const Station &station = m_polsek.at(uniform(0, int(m_polsek.size()) - 1));
            const QDate day = QDateTime::fromMSecsSinceEpoch(reported, QTimeZone(kWibOffsetSeconds)).date();
            sequence = day == lastDay ? sequence + 1 : 1;
            lastDay = day;
            const qint64 dispatched = reported + uniform(60, 360) * 1000;
            const qint64 arrived = dispatched + uniform(180, 1500) * 1000;
            const qint64 cleared = arrived + uniform(900, 5400) * 1000;
            const qint64 closed = cleared + uniform(60, 600) * 1000;
            const bool open = cleared > m_endMs;
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString unitId = m_units.at(uniform(0, kUnits - 1));
            // A third of the incidents at 40 black spots, the rest anywhere in the city.
            double lat = 0, lon = 0;
            if (uniform(0, 2) == 0) {
                const int spot = uniform(0, 39);
                lat = -6.30 + 0.006 * (spot % 8) * 5 + normal(0.0015);
                lon = 106.74 + 0.007 * (spot / 8) * 6 + normal(0.0015);
            } else {
                lat = -6.37 + real(0, 0.29);
                lon = 106.69 + real(0, 0.28);
            }
            const bool accident = QLatin1String(type.code) == QLatin1String("kecelakaan");
            int b = 0;
            incident.bindValue(b++, id);
            incident.bindValue(b++, QStringLiteral("%1-%2-%3")
                                        .arg(station.parentCode, day.toString(QStringLiteral("yyyyMMdd")))
                                        .arg(sequence, 4, 10, QLatin1Char('0')));
            incident.bindValue(b++, QLatin1String(type.code));
            incident.bindValue(b++, type.priority);
            incident.bindValue(b++, open ? QStringLiteral("on_scene") : QStringLiteral("closed"));
            incident.bindValue(b++, lat);
            incident.bindValue(b++, lon);
            incident.bindValue(b++, QStringLiteral("Jalan %1").arg(uniform(1, 400)));
            incident.bindValue(b++, station.name);
            incident.bindValue(b++, station.code);
            incident.bindValue(b++, QStringLiteral("Laporan %1").arg(i));
            incident.bindValue(b++, reported);
            incident.bindValue(b++, reported + 30'000);
            incident.bindValue(b++, dispatched);
            incident.bindValue(b++, arrived);
            incident.bindValue(b++, open ? QVariant() : QVariant(cleared));
            incident.bindValue(b++, open ? QVariant() : QVariant(closed));
            incident.bindValue(b++, open ? arrived : closed);
            incident.bindValue(b++, accident && uniform(0, 11) == 0 ? 1 : 0);
            incident.bindValue(b++, accident ? uniform(0, 1) : 0);
            incident.bindValue(b++, accident ? uniform(0, 2) : 0);
            if (!exec(incident, error))
                return false;

            b = 0;
            assignment.bindValue(b++, QUuid::createUuid().toString(QUuid::WithoutBraces));
            assignment.bindValue(b++, id);
            assignment.bindValue(b++, unitId);
            assignment.bindValue(b++, qint64(quint64(dispatched) << 16));
            assignment.bindValue(b++, QStringLiteral("bench-desk"));
            assignment.bindValue(b++, QStringLiteral("bench"));
            assignment.bindValue(b++, dispatched);
            assignment.bindValue(b++, arrived);
            assignment.bindValue(b++, open ? QVariant() : QVariant(cleared));
            if (!exec(assignment, error))
                return false;

            const struct
            {
                qint64 at;
                const char *from;
                const char *to;
            } moves[] = {{dispatched, "on_patrol", "dispatched"},
                         {dispatched + 20'000, "dispatched", "en_route"},
                         {arrived, "en_route", "on_scene"},
                         {cleared, "on_scene", "on_patrol"}};
            for (const auto &move : moves) {
                if (move.at > m_endMs)
                    break;
                b = 0;
                transition.bindValue(b++, QUuid::createUuid().toString(QUuid::WithoutBraces));
                transition.bindValue(b++, unitId);
                transition.bindValue(b++, qint64(quint64(move.at) << 16));
                transition.bindValue(b++, QLatin1String(move.from));
                transition.bindValue(b++, QLatin1String(move.to));
                transition.bindValue(b++, id);
                transition.bindValue(b++, QLatin1String(move.from));
                if (!exec(transition, error))
                    return false;
            }
            if ((i + 1) % 100'000 == 0) {
                if (!m_db.commit() || !m_db.transaction()) {
                    *error = m_db.lastError().text();
                    return false;
                }
                std::fprintf(stderr, "  %d incidents (%.0f s)\n", i + 1, progress.elapsed() / 1000.0);
            }
        }
        if (!m_db.commit()) {
            *error = m_db.lastError().text();
            return false;
        }
        return true;
    }

private:
    bool units(QString *error)
    {
        QSqlQuery unit(m_db);
        unit.prepare(QStringLiteral("INSERT INTO units (id, callsign, kind, station_code, latitude, longitude, "
                                    "position_at, status, status_since, created_at, has_create) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, 'on_patrol', ?, ?, 1)"));
        for (int i = 0; i < kUnits; ++i) {
            const Station &station = m_polsek.at(i % m_polsek.size());
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_units.append(id);
            int b = 0;
            unit.bindValue(b++, id);
            unit.bindValue(b++, QStringLiteral("%1-R%2-%3").arg(station.parentCode).arg(i % 2 ? 2 : 4).arg(i));
            unit.bindValue(b++, i % 2 ? QStringLiteral("r2") : QStringLiteral("r4"));
            unit.bindValue(b++, station.code);
            unit.bindValue(b++, -6.37 + real(0, 0.29));
            unit.bindValue(b++, 106.69 + real(0, 0.28));
            unit.bindValue(b++, m_endMs);
            unit.bindValue(b++, m_endMs - 365 * kDay);
            unit.bindValue(b++, m_endMs - 365 * kDay);
            if (!exec(unit, error))
                return false;
        }
        return true;
    }

    const TypeShare &pickType()
    {
        int roll = uniform(1, m_totalWeight);
        for (const TypeShare &type : kTypes) {
            roll -= type.weight;
            if (roll <= 0)
                return type;
        }
        return kTypes[0];
    }

    static bool exec(QSqlQuery &query, QString *error)
    {
        if (query.exec())
            return true;
        *error = query.lastError().text();
        return false;
    }
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    double normal(double sigma) { return std::normal_distribution<double>(0.0, sigma)(m_rng); }

    QSqlDatabase m_db;
    qint64 m_endMs;
    std::mt19937 m_rng;
    QList<Station> m_polsek;
    QStringList m_units;
    int m_totalWeight = 0;
};

// The newest case's time: the incidents end there too, so both kinds of record cover the same year.
qint64 newestCaseMs(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT max(occurred_at) FROM cases WHERE kind <> 'watch'"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool buildStore(const QString &casesPath, const QString &path, int incidents, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString part = path + QStringLiteral(".part");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(part + suffix);
    std::fprintf(stderr, "building the report store (once): a copy of the cases store + %d incidents\n", incidents);
    QElapsedTimer timer;
    timer.start();
    if (!QFile::copy(casesPath, part)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(casesPath, part);
        return false;
    }
    {
        const QString connection = QStringLiteral("report-bench-build");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(part);
            if (!db.open()) {
                *error = db.lastError().text();
                return false;
            }
            QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            const qint64 endMs = newestCaseMs(db);
            if (endMs <= 0) {
                *error = QStringLiteral("the cases store holds no cases");
                return false;
            }
            IncidentTables tables(db, endMs);
            if (!tables.write(incidents, error))
                return false;
            QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QSqlDatabase::removeDatabase(connection);
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        *error = QStringLiteral("cannot move %1 to %2").arg(part, path);
        return false;
    }
    std::fprintf(stderr, "built in %.0f s: %s\n", timer.nsecsElapsed() / 1e9, qPrintable(path));
    return true;
}

// Times `work` once cold and kRepeats times warm; reports "<name>_first" and "<name>" (the warm median).
template <typename Work> bool measure(const QString &name, Work work)
{
    std::vector<double> warm;
    double first = 0;
    for (int i = 0; i <= kRepeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return false;
        const double ms = timer.nsecsElapsed() / 1e6;
        if (i == 0)
            first = ms;
        else
            warm.push_back(ms);
    }
    report({name + QStringLiteral("_first"), rounded(first, 1), QStringLiteral("ms")});
    report({name, rounded(median(warm), 1), QStringLiteral("ms")});
    return true;
}

} // namespace

int runReportSuite(const QStringList &arguments)
{
    QString dataDir;
    int incidents = kDefaultIncidents;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--data-dir") && i + 1 < arguments.size()) {
            dataDir = arguments.at(++i);
        } else if (arguments.at(i) == QLatin1String("--incidents") && i + 1 < arguments.size()) {
            incidents = arguments.at(++i).toInt();
        } else {
            std::fprintf(stderr, "usage: lintas-bench report [--data-dir DIR] [--incidents N (default %d)]\n",
                         kDefaultIncidents);
            return 2;
        }
    }
    QString error;
    const QString path = reportStorePath(dataDir, incidents);
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "reusing %s\n", qPrintable(path));
    } else {
        const QString casesPath = ensureCaseStore(dataDir, &error);
        if (casesPath.isEmpty() || !buildStore(casesPath, path, incidents, &error)) {
            std::fprintf(stderr, "cannot build the store: %s\n", qPrintable(error));
            return 1;
        }
    }
    report(
        {QStringLiteral("report.store_size"), rounded(QFileInfo(path).size() / 1048576.0, 0), QStringLiteral("MiB")});

    // The day measured: a week before the newest case (H-1 and the same day last year lie inside the data).
    qint64 endMs = 0;
    {
        const QString connection = QStringLiteral("report-bench-probe");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            if (db.open())
                endMs = newestCaseMs(db);
        }
        QSqlDatabase::removeDatabase(connection);
    }
    if (endMs <= 0) {
        std::fprintf(stderr, "the store holds no cases\n");
        return 1;
    }
    const QDate day = QDateTime::fromMSecsSinceEpoch(endMs - 7 * kDay, QTimeZone(kWibOffsetSeconds)).date();
    const QDateTime evening(day, QTime(18, 0), QTimeZone(kWibOffsetSeconds));
    std::fprintf(stderr, "report and dashboard of %s\n", qPrintable(day.toString(Qt::ISODate)));

    using namespace analytics;
    {
        DailyReportBuilder builder(path);
        if (!builder.isOpen()) {
            std::fprintf(stderr, "%s\n", qPrintable(builder.openError()));
            return 1;
        }
        for (const auto &[scope, name] : {std::pair{QStringLiteral("PMJ"), QStringLiteral("report.polda_daily")},
                                          std::pair{QStringLiteral("JAKPUS"), QStringLiteral("report.polres_daily")}}) {
            ReportRequest request;
            request.scope.stationCode = scope;
            request.period = ReportPeriod::day(day);
            request.now = evening;
            DailyReport result;
            if (!measure(name, [&] { return builder.build(request, &result, &error); })) {
                std::fprintf(stderr, "report: %s\n", qPrintable(error));
                return 1;
            }
            const ReportRow *incidentsRow = result.row(QLatin1String(reporttable::kIncidents), QStringLiteral("total"));
            const ReportRow *violationsRow =
                result.row(QLatin1String(reporttable::kViolations), QStringLiteral("total"));
            std::fprintf(stderr, "  %s: %lld incidents, %lld violations on the day\n", qPrintable(scope),
                         incidentsRow && incidentsRow->figure.current ? *incidentsRow->figure.current : -1,
                         violationsRow && violationsRow->figure.current ? *violationsRow->figure.current : -1);
        }
    }
    {
        DashboardQuery query(path);
        if (!query.isOpen()) {
            std::fprintf(stderr, "%s\n", qPrintable(query.openError()));
            return 1;
        }
        const DashboardFilter filter = DashboardFilter::today(evening);
        DashboardSnapshot snapshot;
        if (!measure(QStringLiteral("dashboard.refresh"), [&] { return query.compute(filter, &snapshot, &error); })) {
            std::fprintf(stderr, "dashboard: %s\n", qPrintable(error));
            return 1;
        }
        std::fprintf(stderr, "  dashboard: %d incidents in the period, %d open\n", snapshot.incidentsInPeriod,
                     snapshot.openIncidents);
        // The same for one Polda and one Polres: every row's station is looked up.
        for (const auto &[scope, name] :
             {std::pair{QStringLiteral("PMJ"), QStringLiteral("dashboard.refresh_polda")},
              std::pair{QStringLiteral("JAKPUS"), QStringLiteral("dashboard.refresh_polres")}}) {
            DashboardFilter scoped = filter;
            scoped.stationCode = scope;
            if (!measure(name, [&] { return query.compute(scoped, &snapshot, &error); })) {
                std::fprintf(stderr, "dashboard: %s\n", qPrintable(error));
                return 1;
            }
        }
    }
    {
        QElapsedTimer timer;
        timer.start();
        const QList<HistoryEvent> history = readStoreHistory(path, evening.addDays(-365), evening, &error);
        const double readMs = timer.nsecsElapsed() / 1e6;
        if (history.isEmpty()) {
            std::fprintf(stderr, "history: %s\n", qPrintable(error));
            return 1;
        }
        report({QStringLiteral("forecast.history_events"), double(history.size()), QStringLiteral("events")});
        report({QStringLiteral("forecast.read_history"), rounded(readMs, 0), QStringLiteral("ms")});
        const HotspotGrid grid = HotspotGrid::covering(history, 250.0);
        report({QStringLiteral("forecast.grid_cells"), double(grid.cellCount()), QStringLiteral("cells")});
        HotspotForecast forecast;
        if (!measure(QStringLiteral("forecast.train"), [&] {
                forecast = HotspotForecast::train(grid, history, evening.toMSecsSinceEpoch());
                return !forecast.isEmpty();
            }))
            return 1;
        QVector<float> risk;
        measure(QStringLiteral("forecast.score_next_3h"), [&] {
            risk = forecast.expectedOver(evening.toMSecsSinceEpoch(), 3);
            return risk.size() == grid.cellCount();
        });
        QList<PlacementUnit> units;
        std::mt19937 rng(7);
        for (int i = 0; i < 40; ++i)
            units.append(
                {QUuid::createUuid(), QStringLiteral("UNIT-%1").arg(i), UnitKind::R2Patrol,
                 geo::GeoPoint{-6.37 + 0.29 * (rng() % 1000) / 1000.0, 106.69 + 0.28 * (rng() % 1000) / 1000.0}});
        PlacementResult placed;
        measure(QStringLiteral("forecast.placement_40_units"), [&] {
            placed = placeUnits(grid, risk, units, nullptr);
            return true;
        });
        std::fprintf(stderr, "  placement: %lld units cover %.0f%% of the next 3 hours' expected incidents\n",
                     qint64(placed.placements.size()),
                     placed.totalRisk > 0 ? 100.0 * placed.coveredRisk / placed.totalRisk : 0.0);
    }
    return 0;
}

} // namespace lintas::bench
