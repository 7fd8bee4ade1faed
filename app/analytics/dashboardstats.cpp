#include "dashboardstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include "analytics/analyticslog.h"
#include "analytics/dashboarddrill.h"
#include "analytics/dashboardreads.h"
#include "core/stations.h"
#include "store/schema.h"
#include "store/sqlconnection.h"

namespace lintas::analytics {
namespace {

constexpr qint64 kMmapBytes = 256 * 1024 * 1024;
constexpr int kCacheKiB = 32 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("lintas::analytics::DashboardQuery", text);
}

// The reads for a filter, or nullopt with *error saying what is wrong with it.
std::optional<DashboardReads> readsFor(const QString &connectionName, const DashboardFilter &filter, QString *error)
{
    const std::optional<DashboardPeriod> window = DashboardPeriod::of(filter, error);
    if (!window)
        return std::nullopt;
    std::optional<DashboardScope> scope = DashboardScope::of(filter.stationCode, StationDirectory::builtIn(), error);
    if (!scope)
        return std::nullopt;
    return DashboardReads(QSqlDatabase::database(connectionName, false), std::move(*scope), *window);
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

DashboardFilter DashboardFilter::today(const QDateTime &now)
{
    DashboardFilter filter;
    filter.now = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 nowMs = filter.now.toMSecsSinceEpoch();
    filter.from = QDateTime::fromMSecsSinceEpoch(DashboardPeriod::wibDayStartMs(DashboardPeriod::wibDate(nowMs)),
                                                 QTimeZone::utc());
    filter.to = filter.now;
    return filter;
}

DashboardQuery::DashboardQuery(const QString &storePath)
    : m_connectionName(SqlConnection::uniqueName(QStringLiteral("lintas-dashboard")))
{
    const QSqlDatabase db =
        SqlConnection::open(m_connectionName, storePath, SqlConnection::Mode::ReadOnly, &m_openError);
    if (!m_openError.isEmpty())
        return;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        m_openError = tr("The store %1 cannot be read: %2").arg(storePath, version.lastError().text());
    else if (version.value(0).toInt() != Schema::kCurrentVersion)
        m_openError = tr("The store %1 has schema version %2; the dashboard reads version %3.")
                          .arg(storePath)
                          .arg(version.value(0).toInt())
                          .arg(Schema::kCurrentVersion);
    if (!m_openError.isEmpty()) {
        qCWarning(lcAnalytics) << "dashboard:" << m_openError;
        return;
    }
    // A refresh reads the same recent pages again and again: map the file rather than copy each page through a
    // read() call, and keep a larger page cache on this connection (it lives as long as its worker).
    QSqlQuery pragmas(db);
    pragmas.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(kMmapBytes));
    pragmas.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB));
}

DashboardQuery::~DashboardQuery()
{
    SqlConnection::remove(m_connectionName);
}

bool DashboardQuery::isOpen() const
{
    return m_openError.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString DashboardQuery::openError() const
{
    return m_openError;
}

bool DashboardQuery::compute(const DashboardFilter &filter, DashboardSnapshot *snapshot, QString *error) const
{
    if (!isOpen()) {
        setError(error, m_openError.isEmpty() ? tr("The store is not open.") : m_openError);
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    const std::optional<DashboardReads> reads = readsFor(m_connectionName, filter, error);
    if (!reads)
        return false;
    DashboardSnapshot result;
    result.filter = filter;
    try {
        // One read transaction, so that every figure describes the same state of the store.
        SqlConnection::exec(QSqlDatabase::database(m_connectionName, false), QStringLiteral("BEGIN"));
        try {
            result.incidentsPerHourToday = reads->incidentsPerHour(reads->window().today);
            result.sameWeekdayAverage = reads->sameWeekdayAverage();
            reads->readPeriodIncidents(&result);
            reads->readOpenIncidents(&result);
            result.unitsOverShift = reads->unitsOverShift();
            result.accidents30Days = reads->accidents30Days();
            result.violationsByArticle = reads->violationsByArticle();
            result.etle = reads->etleFunnel();
        } catch (...) {
            QSqlQuery(QSqlDatabase::database(m_connectionName, false)).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        SqlConnection::exec(QSqlDatabase::database(m_connectionName, false), QStringLiteral("COMMIT"));
    } catch (const SqlFailure &failure) {
        qCWarning(lcAnalytics) << "dashboard: a read failed:" << failure.message;
        setError(error, tr("The dashboard could not read the store: %1").arg(failure.message));
        return false;
    }
    result.computedAt = QDateTime::fromMSecsSinceEpoch(reads->window().nowMs, QTimeZone::utc());
    result.computeMs = timer.elapsed();
    *snapshot = std::move(result);
    return true;
}

QList<DrillRecord> DashboardQuery::records(const DrillDown &drill, int limit, QString *error) const
{
    if (!isOpen()) {
        setError(error, m_openError.isEmpty() ? tr("The store is not open.") : m_openError);
        return {};
    }
    const std::optional<DashboardReads> reads = readsFor(m_connectionName, drill.filter, error);
    if (!reads)
        return {};
    try {
        return DashboardDrill(*reads).records(drill, limit);
    } catch (const DashboardInputError &failure) {
        setError(error, failure.message);
    } catch (const SqlFailure &failure) {
        qCWarning(lcAnalytics) << "dashboard: a drill-down read failed:" << failure.message;
        setError(error, tr("The dashboard could not read the store: %1").arg(failure.message));
    }
    return {};
}

} // namespace lintas::analytics
