#include "dailyreport.h"

#include <algorithm>
#include <array>

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include "analytics/analyticslog.h"
#include "analytics/reportlabels.h"
#include "core/accidents.h"
#include "core/articles.h"
#include "core/cases.h"
#include "core/change.h"
#include "core/incidenttypes.h"
#include "core/stations.h"
#include "core/unit.h"
#include "store/casereducer.h"
#include "store/schema.h"
#include "store/sqlconnection.h"

// How the figures are read, per period (current, H-1, last year), each with an index:
//   cases        the rowid range of the period (rowid = occurred second << 24), one pass, data JSON parsed once
//   incidents    incidents_reported (reported_at)
//   dispatches   assignments_unit (unit_id, hlc) per unit: an assignment's hlc is its dispatch time
//   patrols      per unit of the scope: transitions_entity (entity_id, hlc) within the period, and the last one
//                before it (the status the unit was in when the period began)

namespace lintas::analytics {
namespace {

constexpr int kWibOffsetSeconds = 7 * 3600;
constexpr qint64 kMsPerHour = 3'600'000;
constexpr int kHlcCounterBits = 16;

// lupdate files these strings under the enclosing class (DailyReportBuilder), so the context must say the same.
QString tr(const char *text)
{
    return QCoreApplication::translate("lintas::analytics::DailyReportBuilder", text);
}

// One period's figures: table → row → value. A count absent is 0; a median absent is nothing.
using Values = QHash<QString, QHash<QString, qint64>>;

struct Range
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool contains(qint64 ms) const { return ms >= startMs && ms < endMs; }
};

// A list field: a JSON array, or (from a form that keeps it as text) a JSON array written as a string.
QJsonArray arrayOf(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isString()) {
        const QJsonDocument json = QJsonDocument::fromJson(value.toString().toUtf8());
        if (json.isArray())
            return json.array();
    }
    return {};
}

// The distinct texts of a list field: a code listed twice in one record counts once.
QStringList textsOf(const QJsonValue &value)
{
    QStringList texts;
    for (const QJsonValue &item : arrayOf(value)) {
        const QString text = item.toString().trimmed();
        if (!text.isEmpty() && !texts.contains(text))
            texts.append(text);
    }
    return texts;
}

qint64 integerOf(const QJsonValue &value)
{
    if (value.isDouble())
        return qRound64(value.toDouble());
    if (value.isString())
        return value.toString().trimmed().toLongLong();
    return 0;
}

// The median; between two middle values their mean, rounded half up.
std::optional<qint64> median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    const qint64 sum = values.at(middle - 1) + values.at(middle);
    return sum >= 0 ? (sum + 1) / 2 : sum / 2;
}

// An ETLE ticket past verification and not rejected (nor voided).
bool isVerifiedEtle(CaseState state)
{
    switch (state) {
    case CaseState::Verified:
    case CaseState::Identified:
    case CaseState::NoticeSent:
    case CaseState::Confirmed:
    case CaseState::Transferred:
    case CaseState::PaymentIssued:
    case CaseState::Paid:
    case CaseState::StnkBlocked:
        return true;
    default:
        return false;
    }
}

const QStringList &timebands()
{
    static const QStringList bands{QStringLiteral("00-03"), QStringLiteral("03-06"), QStringLiteral("06-09"),
                                   QStringLiteral("09-12"), QStringLiteral("12-15"), QStringLiteral("15-18"),
                                   QStringLiteral("18-21"), QStringLiteral("21-24")};
    return bands;
}

// The rows of the fixed-key tables, in the report's order.
QStringList fixedRows(const QString &table)
{
    if (table == QLatin1String(reporttable::kViolations))
        return {QStringLiteral("total"),
                QStringLiteral("r2"),
                QStringLiteral("r4"),
                QStringLiteral("other_vehicle"),
                QStringLiteral("tilang"),
                QStringLiteral("teguran"),
                QStringLiteral("seized_sim"),
                QStringLiteral("seized_stnk"),
                QStringLiteral("seized_vehicle"),
                QStringLiteral("etle_captures"),
                QStringLiteral("etle_verified"),
                QStringLiteral("etle_paid"),
                QStringLiteral("fines_rupiah")};
    if (table == QLatin1String(reporttable::kAccidents))
        return {QStringLiteral("total"), QStringLiteral("md"), QStringLiteral("lb"), QStringLiteral("lr"),
                QStringLiteral("material_loss")};
    if (table == QLatin1String(reporttable::kAccidentTimeband))
        return timebands();
    if (table == QLatin1String(reporttable::kResponse)) {
        QStringList rows;
        for (const char *prefix : {"count_p", "response_median_p", "clearance_median_p"})
            for (int priority = 1; priority <= 4; ++priority)
                rows << QLatin1String(prefix) + QString::number(priority);
        return rows;
    }
    if (table == QLatin1String(reporttable::kActivity))
        return {QStringLiteral("patrol_units"), QStringLiteral("patrol_hours"), QStringLiteral("escorts"),
                QStringLiteral("dispatches")};
    return {};
}

ReportUnit unitOf(const QString &table, const QString &row)
{
    if (row == QLatin1String("fines_rupiah") || row == QLatin1String("material_loss"))
        return ReportUnit::Rupiah;
    if (table == QLatin1String(reporttable::kResponse) && !row.startsWith(QLatin1String("count_")))
        return ReportUnit::Seconds;
    return ReportUnit::Count;
}

// Reads one store for one request. Every statement throws SqlFailure, caught by build().
class ReportReader
{
public:
    ReportReader(const QString &connectionName, const ReportScope &scope, qint64 nowMs)
        : m_db(QSqlDatabase::database(connectionName, false)), m_scope(scope), m_nowMs(nowMs)
    {
    }

    void readCases(const Range &range, Values &values);
    void readIncidents(const Range &range, Values &values);
    void readDispatches(const Range &range, Values &values);
    void readPatrols(const std::array<Range, 3> &ranges, std::array<Values, 3> &values);
    ArticleCatalogue articleCatalogue();

private:
    struct ScopeUnit
    {
        QString id;
        QString initialStatus;
        qint64 createdAt = 0;
    };
    struct Patrol
    {
        bool started = false; // a transition to on_patrol within the period
        qint64 ms = 0;        // time on patrol within the period
    };
    bool inScope(const QString &station);
    Patrol patrolOf(const ScopeUnit &unit, const Range &range);
    QSqlQuery prepare(const QString &sql) { return SqlConnection::prepare(m_db, sql); }

    QSqlDatabase m_db;
    ReportScope m_scope;
    qint64 m_nowMs = 0;
    QHash<QString, bool> m_inScope; // by station code: the directory is walked once per code
};

bool ReportReader::inScope(const QString &station)
{
    auto it = m_inScope.constFind(station);
    if (it == m_inScope.constEnd())
        it = m_inScope.insert(station, m_scope.contains(station));
    return it.value();
}

void ReportReader::readCases(const Range &range, Values &values)
{
    QHash<QString, qint64> &violations = values[QLatin1String(reporttable::kViolations)];
    QHash<QString, qint64> &articles = values[QLatin1String(reporttable::kViolationArticles)];
    QHash<QString, qint64> &accidents = values[QLatin1String(reporttable::kAccidents)];
    QHash<QString, qint64> &collisions = values[QLatin1String(reporttable::kAccidentCollision)];
    QHash<QString, qint64> &causes = values[QLatin1String(reporttable::kAccidentCause)];
    QHash<QString, qint64> &bands = values[QLatin1String(reporttable::kAccidentTimeband)];

    // The rowid orders cases by their occurrence second; one second more at the top takes in a case that found
    // its key taken and moved up by one (CaseReducer::freeRowid). occurred_at decides.
    const qint64 firstSecond = range.startMs / 1000;
    const qint64 lastSecond = (range.endMs + 999) / 1000 + 1;
    // Only the rowid range in SQL: a condition on kind would tempt SQLite to walk cases_kind_state (every case of
    // the kind, all years) instead; watch cases are few and skipped below.
    QSqlQuery select = prepare(QStringLiteral(
        "SELECT kind, state, station_code, fine, data, occurred_at, rowid FROM cases WHERE rowid >= ? AND rowid < ?"));
    select.setForwardOnly(true);
    select.bindValue(0, firstSecond << CaseReducer::kSortShift);
    select.bindValue(1, lastSecond << CaseReducer::kSortShift);
    SqlConnection::exec(select);
    while (select.next()) {
        const qint64 at = select.value(5).isNull() ? (select.value(6).toLongLong() >> CaseReducer::kSortShift) * 1000
                                                   : select.value(5).toLongLong();
        if (!range.contains(at) || !inScope(select.value(2).toString()))
            continue;
        bool known = false;
        const CaseKind kind = caseKindFromString(select.value(0).toString(), &known);
        const CaseState state = caseStateFromString(select.value(1).toString());
        if (!known)
            continue;
        const qint64 fine = select.value(3).toLongLong();
        if (kind == CaseKind::Etle) {
            ++violations[QStringLiteral("etle_captures")];
            if (isVerifiedEtle(state))
                ++violations[QStringLiteral("etle_verified")];
            if (state == CaseState::Paid) {
                ++violations[QStringLiteral("etle_paid")];
                violations[QStringLiteral("fines_rupiah")] += fine;
            }
            continue;
        }
        if ((kind != CaseKind::Violation && kind != CaseKind::Accident) || state == CaseState::Draft ||
            state == CaseState::Voided)
            continue;
        const QJsonObject data = QJsonDocument::fromJson(select.value(4).toString().toUtf8()).object();
        if (kind == CaseKind::Violation) {
            ++violations[QStringLiteral("total")];
            const QString vehicle = data.value(QLatin1String(casefield::kVehicleKind)).toString();
            // Bus, truck, other and a vehicle kind not given: the three rows add up to the total.
            ++violations[vehicle == QLatin1String("r2")   ? QStringLiteral("r2")
                         : vehicle == QLatin1String("r4") ? QStringLiteral("r4")
                                                          : QStringLiteral("other_vehicle")];
            const QString outcome = data.value(QLatin1String(casefield::kOutcome)).toString();
            if (outcome == QLatin1String("tilang")) {
                ++violations[QStringLiteral("tilang")];
                violations[QStringLiteral("fines_rupiah")] += fine;
            } else if (outcome == QLatin1String("teguran")) {
                ++violations[QStringLiteral("teguran")];
            }
            for (const QString &seized : textsOf(data.value(QLatin1String(casefield::kSeized))))
                if (seized == QLatin1String("sim") || seized == QLatin1String("stnk") ||
                    seized == QLatin1String("vehicle"))
                    ++violations[QStringLiteral("seized_") + seized];
            for (const QString &code : textsOf(data.value(QLatin1String(casefield::kArticles))))
                ++articles[code];
        } else if (kind == CaseKind::Accident) {
            ++accidents[QStringLiteral("total")];
            const VictimCounts victims =
                countVictims(arrayOf(data.value(QLatin1String(casefield::kVictims))).toVariantList());
            accidents[QStringLiteral("md")] += victims.died;
            accidents[QStringLiteral("lb")] += victims.seriouslyHurt;
            accidents[QStringLiteral("lr")] += victims.slightlyHurt;
            accidents[QStringLiteral("material_loss")] +=
                integerOf(data.value(QLatin1String(casefield::kMaterialLoss)));
            const QString collision = data.value(QLatin1String(casefield::kCollisionType)).toString().trimmed();
            if (!collision.isEmpty())
                ++collisions[collision];
            for (const QString &cause : textsOf(data.value(QLatin1String(casefield::kCauses))))
                ++causes[cause];
            const int hourWib = QDateTime::fromMSecsSinceEpoch(at, QTimeZone(kWibOffsetSeconds)).time().hour();
            ++bands[timebands().at(hourWib / 3)];
        }
    }
}

void ReportReader::readIncidents(const Range &range, Values &values)
{
    QHash<QString, qint64> &incidents = values[QLatin1String(reporttable::kIncidents)];
    QHash<QString, qint64> &response = values[QLatin1String(reporttable::kResponse)];
    QHash<QString, qint64> &activity = values[QLatin1String(reporttable::kActivity)];
    std::array<QList<qint64>, 4> responseSeconds, clearanceSeconds;

    QSqlQuery select = prepare(QStringLiteral(
        "SELECT station_code, type_code, priority, reported_at, first_arrival_at, cleared_at FROM incidents "
        "WHERE reported_at >= ? AND reported_at < ? AND has_create = 1"));
    select.setForwardOnly(true);
    select.bindValue(0, range.startMs);
    select.bindValue(1, range.endMs);
    SqlConnection::exec(select);
    while (select.next()) {
        if (!inScope(select.value(0).toString()))
            continue;
        const QString type = select.value(1).toString();
        ++incidents[QStringLiteral("total")];
        ++incidents[type];
        if (type == QLatin1String("pengawalan"))
            ++activity[QStringLiteral("escorts")];
        const int priority = select.value(2).toInt();
        if (priority < 1 || priority > 4)
            continue;
        ++response[QStringLiteral("count_p") + QString::number(priority)];
        const qint64 reported = select.value(3).toLongLong();
        // An arrival or clearance stamped before the report (two desks' clocks apart) counts as immediate, as on
        // the dashboard: a negative time would drag the median below what any unit did.
        const auto secondsSinceReport = [reported](const QVariant &at) {
            return std::max<qint64>(0, qRound64((at.toLongLong() - reported) / 1000.0));
        };
        if (!select.value(4).isNull())
            responseSeconds[priority - 1].append(secondsSinceReport(select.value(4)));
        if (!select.value(5).isNull())
            clearanceSeconds[priority - 1].append(secondsSinceReport(select.value(5)));
    }
    for (int priority = 1; priority <= 4; ++priority) {
        if (const auto value = median(responseSeconds[priority - 1]))
            response[QStringLiteral("response_median_p") + QString::number(priority)] = *value;
        if (const auto value = median(clearanceSeconds[priority - 1]))
            response[QStringLiteral("clearance_median_p") + QString::number(priority)] = *value;
    }
}

void ReportReader::readDispatches(const Range &range, Values &values)
{
    // An assignment's hlc is its dispatch time (dispatched_at = hlc.ms), and assignments_unit indexes (unit_id, hlc):
    // per unit, the period is one index range. Assignments has no index on dispatched_at, and a pass over all of
    // them costs most of a second on a million incidents.
    QSqlQuery select = prepare(QStringLiteral(
        "SELECT i.station_code FROM units u CROSS JOIN assignments a ON a.unit_id = u.id AND a.hlc >= ? AND a.hlc < ? "
        "CROSS JOIN incidents i ON i.id = a.incident_id"));
    select.setForwardOnly(true);
    select.bindValue(0, range.startMs << kHlcCounterBits);
    select.bindValue(1, range.endMs << kHlcCounterBits);
    SqlConnection::exec(select);
    qint64 dispatches = 0;
    while (select.next())
        dispatches += inScope(select.value(0).toString()) ? 1 : 0;
    values[QLatin1String(reporttable::kActivity)][QStringLiteral("dispatches")] = dispatches;
}

ReportReader::Patrol ReportReader::patrolOf(const ScopeUnit &unit, const Range &range)
{
    Patrol patrol;
    const qint64 end = std::min(range.endMs, std::max(range.startMs, m_nowMs)); // a day still running ends now
    QSqlQuery before = prepare(
        QStringLiteral("SELECT to_status FROM transitions WHERE entity_id = ? AND entity = 'unit' AND applied = 1 AND "
                       "hlc < ? ORDER BY hlc DESC, site_id DESC, op_id DESC LIMIT 1"));
    before.bindValue(0, unit.id);
    before.bindValue(1, range.startMs << kHlcCounterBits);
    SqlConnection::exec(before);
    // The status when the period began: the last transition before it, else the status the unit was created in.
    QString status;
    struct Step
    {
        qint64 ms;
        QString to;
        bool transition;
    };
    QList<Step> steps;
    if (before.next())
        status = before.value(0).toString();
    else if (unit.createdAt <= range.startMs)
        status = unit.initialStatus;
    else if (unit.createdAt < end)
        steps.append({unit.createdAt, unit.initialStatus, false});
    before.finish();

    QSqlQuery within = prepare(
        QStringLiteral("SELECT hlc, to_status FROM transitions WHERE entity_id = ? AND entity = 'unit' AND applied = 1 "
                       "AND hlc >= ? AND hlc < ? ORDER BY hlc, site_id, op_id"));
    within.setForwardOnly(true);
    within.bindValue(0, unit.id);
    within.bindValue(1, range.startMs << kHlcCounterBits);
    within.bindValue(2, range.endMs << kHlcCounterBits);
    SqlConnection::exec(within);
    while (within.next())
        steps.append({within.value(0).toLongLong() >> kHlcCounterBits, within.value(1).toString(), true});
    within.finish();

    const QString onPatrol = toString(UnitStatus::OnPatrol);
    qint64 since = range.startMs;
    for (const Step &step : std::as_const(steps)) {
        const qint64 at = std::min(step.ms, end);
        if (status == onPatrol)
            patrol.ms += std::max<qint64>(0, at - since);
        status = step.to;
        since = std::max(since, at);
        if (step.transition && step.to == onPatrol)
            patrol.started = true;
    }
    if (status == onPatrol)
        patrol.ms += std::max<qint64>(0, end - since);
    return patrol;
}

void ReportReader::readPatrols(const std::array<Range, 3> &ranges, std::array<Values, 3> &values)
{
    QList<ScopeUnit> units;
    QSqlQuery select =
        prepare(QStringLiteral("SELECT id, station_code, initial_status, created_at FROM units WHERE has_create = 1"));
    select.setForwardOnly(true);
    SqlConnection::exec(select);
    while (select.next()) {
        if (!inScope(select.value(1).toString()))
            continue;
        const QString initial = select.value(2).toString();
        units.append({select.value(0).toString(), initial.isEmpty() ? toString(UnitStatus::Available) : initial,
                      select.value(3).isNull() ? 0 : select.value(3).toLongLong()});
    }
    select.finish();
    for (int i = 0; i < 3; ++i) {
        qint64 patrolUnits = 0;
        qint64 patrolMs = 0;
        for (const ScopeUnit &unit : std::as_const(units)) {
            const Patrol patrol = patrolOf(unit, ranges[i]);
            patrolUnits += patrol.started ? 1 : 0;
            patrolMs += patrol.ms;
        }
        QHash<QString, qint64> &activity = values[i][QLatin1String(reporttable::kActivity)];
        activity[QStringLiteral("patrol_units")] = patrolUnits;
        activity[QStringLiteral("patrol_hours")] = qRound64(double(patrolMs) / double(kMsPerHour));
    }
}

ArticleCatalogue ReportReader::articleCatalogue()
{
    QList<Article> stored;
    QSqlQuery select = prepare(QStringLiteral("SELECT fields, version FROM articles"));
    SqlConnection::exec(select);
    while (select.next()) {
        Article article = Article::fromFields(Change::fieldsFromJson(select.value(0).toString().toUtf8()));
        article.version = select.value(1).toInt();
        stored.append(article);
    }
    return ArticleCatalogue::builtIn().overlaid(stored);
}

// The codes that occur in any period, the catalogue's first in its order, then the rest in code order.
QStringList codesInOrder(const std::array<Values, 3> &values, const QString &table, const QStringList &catalogueOrder,
                         bool skipTotal)
{
    QSet<QString> seen;
    for (const Values &period : values)
        for (auto it = period.value(table).constBegin(); it != period.value(table).constEnd(); ++it)
            if (!(skipTotal && it.key() == QLatin1String("total")))
                seen.insert(it.key());
    QStringList codes;
    for (const QString &code : catalogueOrder)
        if (seen.remove(code))
            codes.append(code);
    QStringList rest(seen.begin(), seen.end());
    rest.sort();
    return codes + rest;
}

ReportFigure figureOf(const std::array<Values, 3> &values, const QString &table, const QString &row, ReportUnit unit)
{
    const auto value = [&](int period) -> std::optional<qint64> {
        const auto rows = values[period].constFind(table);
        if (rows != values[period].constEnd()) {
            const auto found = rows->constFind(row);
            if (found != rows->constEnd())
                return found.value();
        }
        // Counted and found nothing: 0. A median over no records is nothing.
        return unit == ReportUnit::Seconds ? std::nullopt : std::optional<qint64>(0);
    };
    return {value(0), value(1), value(2)};
}

ReportTable fixedTable(const std::array<Values, 3> &values, const QString &key)
{
    ReportTable table{key, reportlabels::tableTitle(key), {}};
    for (const QString &row : fixedRows(key)) {
        const ReportUnit unit = unitOf(key, row);
        table.rows.append({row, reportlabels::fixedRow(key, row), unit, figureOf(values, key, row, unit)});
    }
    return table;
}

template <typename LabelOf>
ReportTable codeTable(const std::array<Values, 3> &values, const QString &key, const QStringList &catalogueOrder,
                      bool withTotal, LabelOf labelOf)
{
    ReportTable table{key, reportlabels::tableTitle(key), {}};
    if (withTotal)
        table.rows.append({QStringLiteral("total"), reportlabels::fixedRow(key, QStringLiteral("total")),
                           ReportUnit::Count, figureOf(values, key, QStringLiteral("total"), ReportUnit::Count)});
    for (const QString &code : codesInOrder(values, key, catalogueOrder, withTotal))
        table.rows.append({code, labelOf(code), ReportUnit::Count, figureOf(values, key, code, ReportUnit::Count)});
    return table;
}

} // namespace

DailyReportBuilder::DailyReportBuilder(const QString &storePath)
    : m_connectionName(SqlConnection::uniqueName(QStringLiteral("lintas-report")))
{
    const QString shown = QDir::toNativeSeparators(storePath);
    QString error;
    const QSqlDatabase db = SqlConnection::open(m_connectionName, storePath, SqlConnection::Mode::ReadOnly, &error);
    if (!error.isEmpty()) {
        m_openError = tr("The store %1 cannot be opened: %2").arg(shown, error);
    } else {
        QSqlQuery version(db);
        if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
            m_openError = tr("The store %1 cannot be read: %2").arg(shown, version.lastError().text());
        else if (version.value(0).toInt() != Schema::kCurrentVersion)
            m_openError = tr("The store %1 has schema version %2; this program reads version %3.")
                              .arg(shown)
                              .arg(version.value(0).toInt())
                              .arg(Schema::kCurrentVersion);
    }
    if (!m_openError.isEmpty())
        qCWarning(lcAnalytics).noquote() << m_openError;
}

DailyReportBuilder::~DailyReportBuilder()
{
    SqlConnection::remove(m_connectionName);
}

bool DailyReportBuilder::isOpen() const
{
    return m_openError.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString DailyReportBuilder::openError() const
{
    return m_openError;
}

bool DailyReportBuilder::build(const ReportRequest &request, DailyReport *report, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!report)
        return fail(tr("No report to build into."));
    const auto station = StationDirectory::builtIn().byCode(request.scope.stationCode);
    if (!station || (station->level != StationLevel::Polda && station->level != StationLevel::Polres))
        return fail(tr("The report scope \"%1\" is not a Polda or Polres of the station directory.")
                        .arg(request.scope.stationCode));
    const ReportPeriod &period = request.period;
    if (!period.start.isValid() || !period.end.isValid() || period.end <= period.start)
        return fail(tr("The report period is empty: it must end after it starts."));
    if (!isOpen())
        return fail(m_openError.isEmpty() ? tr("The store is not open.") : m_openError);

    DailyReport built;
    built.scope = request.scope;
    built.period = period;
    built.previousPeriod = period.previous();
    built.lastYearPeriod = period.sameLastYear();
    built.generatedAt = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    const std::array<Range, 3> ranges{
        Range{period.start.toMSecsSinceEpoch(), period.end.toMSecsSinceEpoch()},
        Range{built.previousPeriod.start.toMSecsSinceEpoch(), built.previousPeriod.end.toMSecsSinceEpoch()},
        Range{built.lastYearPeriod.start.toMSecsSinceEpoch(), built.lastYearPeriod.end.toMSecsSinceEpoch()}};

    std::array<Values, 3> values;
    ArticleCatalogue articles;
    try {
        ReportReader reader(m_connectionName, request.scope, built.generatedAt.toMSecsSinceEpoch());
        for (int i = 0; i < 3; ++i) {
            reader.readCases(ranges[i], values[i]);
            reader.readIncidents(ranges[i], values[i]);
            reader.readDispatches(ranges[i], values[i]);
        }
        reader.readPatrols(ranges, values);
        articles = reader.articleCatalogue();
    } catch (const SqlFailure &failure) {
        const QString path = QSqlDatabase::database(m_connectionName, false).databaseName();
        return fail(tr("The store %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), failure.message));
    }

    QStringList articleOrder;
    for (const Article &article : articles.all())
        articleOrder.append(article.code);
    QStringList collisionOrder;
    for (const CollisionType type : allCollisionTypes())
        collisionOrder.append(toString(type));
    QStringList typeOrder;
    const IncidentTypeCatalogue &types = IncidentTypeCatalogue::builtIn();
    for (const IncidentType &type : types.all())
        typeOrder.append(type.code);

    built.tables.append(fixedTable(values, QLatin1String(reporttable::kViolations)));
    built.tables.append(codeTable(
        values, QLatin1String(reporttable::kViolationArticles), articleOrder, false, [&articles](const QString &code) {
            const auto article = articles.byCode(code);
            const QString citation = citationOf(code).isEmpty() ? code : citationOf(code);
            if (!article)
                return ReportText{citation, QStringLiteral("Article ") + code};
            return ReportText{citation + QStringLiteral(" – ") + article->textId,
                              QStringLiteral("Article ") + code + QStringLiteral(" – ") + article->textEn};
        }));
    built.tables.append(fixedTable(values, QLatin1String(reporttable::kAccidents)));
    built.tables.append(codeTable(values, QLatin1String(reporttable::kAccidentCollision), collisionOrder, false,
                                  [](const QString &code) { return reportlabels::collisionType(code); }));
    built.tables.append(codeTable(values, QLatin1String(reporttable::kAccidentCause), accidentCauseCodes(), false,
                                  [](const QString &code) { return reportlabels::cause(code); }));
    built.tables.append(fixedTable(values, QLatin1String(reporttable::kAccidentTimeband)));
    built.tables.append(
        codeTable(values, QLatin1String(reporttable::kIncidents), typeOrder, true, [&types](const QString &code) {
            if (code.isEmpty())
                return ReportText{QStringLiteral("Jenis tidak diisi"), QStringLiteral("Type not given")};
            const auto type = types.byCode(code);
            return type ? ReportText{type->nameId, type->nameEn} : ReportText{code, code};
        }));
    built.tables.append(fixedTable(values, QLatin1String(reporttable::kResponse)));
    built.tables.append(fixedTable(values, QLatin1String(reporttable::kActivity)));
    *report = built;
    return true;
}

} // namespace lintas::analytics
