#include "dashboarddrill.h"

#include <QCoreApplication>
#include <QLocale>

#include "core/cases.h"
#include "core/incidenttypes.h"
#include "core/stations.h"
#include "core/unit.h"
#include "store/records.h"

namespace lintas::analytics {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lintas::analytics", text);
}

QString typeName(const QString &code)
{
    const std::optional<IncidentType> type = IncidentTypeCatalogue::builtIn().byCode(code);
    return type ? type->name(QLocale().name()) : code;
}

QString stationName(const QString &code)
{
    const std::optional<Station> station = StationDirectory::builtIn().byCode(code);
    return station ? station->name : code;
}

QString chartName(DrillDown::Chart chart)
{
    switch (chart) {
    case DrillDown::Chart::IncidentsPerHour:
        return tr("Incidents per hour");
    case DrillDown::Chart::IncidentsByType:
        return tr("Incidents by type");
    case DrillDown::Chart::IncidentsBySector:
        return tr("Incidents by sector");
    case DrillDown::Chart::ResponseTimes:
        return tr("Response times");
    case DrillDown::Chart::OpenByAge:
        return tr("Open incidents by age");
    case DrillDown::Chart::UnitsByStatus:
        return tr("Units by status");
    case DrillDown::Chart::Accidents:
        return tr("Accidents");
    case DrillDown::Chart::ViolationsByArticle:
        return tr("Violations by article");
    case DrillDown::Chart::EtleFunnel:
        return tr("ETLE funnel");
    }
    return {};
}

} // namespace

void DashboardDrill::refuse(const DrillDown &drill)
{
    throw DashboardInputError{QCoreApplication::translate("lintas::analytics::DashboardDrill",
                                                          "The dashboard chart \"%1\" has no bar, slice or point '%2'.")
                                  .arg(chartName(drill.chart), drill.key)};
}

QList<DrillRecord> DashboardDrill::records(const DrillDown &drill, int limit) const
{
    if (limit <= 0)
        return {};
    const DashboardPeriod &window = m_reads.window();
    QVariantList binds;
    switch (drill.chart) {
    case DrillDown::Chart::IncidentsPerHour: {
        bool ok = false;
        const int hour = drill.key.toInt(&ok);
        if (!ok || hour < 0 || hour > 23)
            refuse(drill);
        const qint64 start = DashboardPeriod::wibDayStartMs(window.today) + hour * DashboardPeriod::kHourMs;
        binds = {start, start + DashboardPeriod::kHourMs};
        return incidents(QStringLiteral("reported_at >= ? AND reported_at < ?"), binds, limit);
    }
    case DrillDown::Chart::IncidentsByType:
        binds = {window.fromMs, window.toMs, drill.key};
        return incidents(QStringLiteral("reported_at >= ? AND reported_at < ? AND coalesce(type_code, '') = ?"), binds,
                         limit);
    case DrillDown::Chart::IncidentsBySector: {
        // The sector's own code and every Polsek under it (the stations DashboardReads::sectorOf maps to it).
        QStringList codes{drill.key};
        for (const Station &child : StationDirectory::builtIn().children(drill.key))
            if (DashboardReads::sectorOf(child.code) == drill.key)
                codes << child.code;
        binds = {window.fromMs, window.toMs};
        QStringList marks;
        for (const QString &code : std::as_const(codes)) {
            marks << QStringLiteral("?");
            binds << code;
        }
        return incidents(QStringLiteral("reported_at >= ? AND reported_at < ? AND coalesce(station_code, '') IN (%1)")
                             .arg(marks.join(QStringLiteral(", "))),
                         binds, limit);
    }
    case DrillDown::Chart::ResponseTimes: {
        const QString key = drill.key.toLower();
        bool ok = false;
        const int priority = key.startsWith(QLatin1Char('p')) ? key.mid(1).toInt(&ok) : 0;
        if (!ok || priority < 1 || priority > 4)
            refuse(drill);
        if (drill.bin < -1 || drill.bin >= kResponseBins)
            throw DashboardInputError{
                QCoreApplication::translate("lintas::analytics::DashboardDrill",
                                            "The response times chart has no bin %1; bins run from 0 to %2.")
                    .arg(drill.bin)
                    .arg(kResponseBins - 1)};
        binds = {window.fromMs, window.toMs, priority};
        QString condition = QStringLiteral("reported_at >= ? AND reported_at < ? AND priority = ? AND "
                                           "first_arrival_at IS NOT NULL");
        const qint64 binMs = kResponseBinMinutes * 60'000;
        // As the histogram counts them: an arrival before the report is immediate, the last bin is open-ended.
        if (drill.bin > 0) {
            condition += QStringLiteral(" AND first_arrival_at - reported_at >= ?");
            binds << drill.bin * binMs;
        }
        if (drill.bin >= 0 && drill.bin < kResponseBins - 1) {
            condition += QStringLiteral(" AND first_arrival_at - reported_at < ?");
            binds << (drill.bin + 1) * binMs;
        }
        return incidents(condition, binds, limit);
    }
    case DrillDown::Chart::OpenByAge: {
        for (const DashboardReads::AgeBucket &bucket : DashboardReads::ageBuckets()) {
            if (drill.key != QLatin1String(bucket.key))
                continue;
            // Age = now − reported_at, so an age range is a report-time range read backwards.
            QString condition =
                QStringLiteral("status IN (%1) AND reported_at IS NOT NULL").arg(DashboardReads::openStatusList());
            if (bucket.lowMs > 0) {
                condition += QStringLiteral(" AND reported_at <= ?");
                binds << window.nowMs - bucket.lowMs;
            }
            if (bucket.highMs >= 0) {
                condition += QStringLiteral(" AND reported_at > ?");
                binds << window.nowMs - bucket.highMs;
            }
            // The open ones are few, the index on (status, reported_at) finds them.
            return incidents(condition, binds, limit, QStringLiteral("INDEXED BY incidents_open"));
        }
        refuse(drill);
    }
    case DrillDown::Chart::UnitsByStatus: {
        bool ok = false;
        const UnitStatus status = unitStatusFromString(drill.key, &ok);
        if (!ok)
            refuse(drill);
        return units(toString(status), limit);
    }
    case DrillDown::Chart::Accidents: {
        const QDate day = QDate::fromString(drill.key, QStringLiteral("yyyy-MM-dd"));
        if (!day.isValid())
            refuse(drill);
        const QString period = DashboardReads::casePeriod(DashboardPeriod::wibDayStartMs(day),
                                                          DashboardPeriod::wibDayStartMs(day.addDays(1)), &binds);
        return cases(DashboardReads::accidentCondition() + QStringLiteral(" AND ") + period, binds, limit);
    }
    case DrillDown::Chart::ViolationsByArticle: {
        if (drill.key.isEmpty())
            refuse(drill);
        const QString period = DashboardReads::casePeriod(window.fromMs, window.toMs, &binds);
        binds << drill.key;
        return cases(QStringLiteral("%1 AND %2 AND EXISTS (SELECT 1 FROM json_each(c.data, '$.%3') a "
                                    "WHERE a.value = ?)")
                         .arg(DashboardReads::violationCondition(), period, QLatin1String(casefield::kArticles)),
                     binds, limit);
    }
    case DrillDown::Chart::EtleFunnel: {
        const QString stage = DashboardReads::etleStageCondition(drill.key);
        if (stage.isEmpty())
            refuse(drill);
        const QString period = DashboardReads::casePeriod(window.fromMs, window.toMs, &binds);
        return cases(QStringLiteral("%1 AND %2 AND %3").arg(DashboardReads::etleCondition(), period, stage), binds,
                     limit);
    }
    }
    refuse(drill);
}

QList<DrillRecord> DashboardDrill::incidents(const QString &condition, QVariantList binds, int limit,
                                             const QString &index) const
{
    const QString scope = m_reads.scope().condition(QStringLiteral("station_code"), &binds);
    binds << limit;
    QSqlQuery query = m_reads.run(QStringLiteral("SELECT id, number, reported_at, type_code, road, status "
                                                 "FROM incidents %1 WHERE has_create = 1 AND %2 AND %3 "
                                                 "ORDER BY reported_at DESC, rowid DESC LIMIT ?")
                                      .arg(index, condition, scope),
                                  binds);
    QList<DrillRecord> out;
    while (query.next()) {
        DrillRecord record;
        record.kind = DrillRecord::Kind::Incident;
        record.id = QUuid::fromString(query.value(0).toString());
        record.number = query.value(1).toString();
        record.at = Records::time(query.value(2));
        const QString type = typeName(query.value(3).toString());
        const QString road = query.value(4).toString();
        record.title = road.isEmpty() ? type : type.isEmpty() ? road : QStringLiteral("%1 — %2").arg(type, road);
        record.status = query.value(5).toString();
        out.append(record);
    }
    return out;
}

QList<DrillRecord> DashboardDrill::cases(const QString &condition, QVariantList binds, int limit) const
{
    const QString scope = m_reads.scope().condition(QStringLiteral("c.station_code"), &binds);
    binds << limit;
    // The rowid is the occurrence order, so newest first is the table's own order read backwards.
    QSqlQuery query = m_reads.run(QStringLiteral("SELECT c.id, c.number, c.occurred_at, c.title, c.state FROM cases c "
                                                 "WHERE %1 AND %2 ORDER BY c.rowid DESC LIMIT ?")
                                      .arg(condition, scope),
                                  binds);
    QList<DrillRecord> out;
    while (query.next()) {
        DrillRecord record;
        record.kind = DrillRecord::Kind::Case;
        record.id = QUuid::fromString(query.value(0).toString());
        record.number = query.value(1).toString();
        record.at = Records::time(query.value(2));
        record.title = query.value(3).toString();
        record.status = query.value(4).toString();
        out.append(record);
    }
    return out;
}

QList<DrillRecord> DashboardDrill::units(const QString &status, int limit) const
{
    QVariantList binds{status};
    const QString scope = m_reads.scope().condition(QStringLiteral("station_code"), &binds);
    binds << limit;
    QSqlQuery query = m_reads.run(QStringLiteral("SELECT id, callsign, status_since, station_code, status FROM units "
                                                 "WHERE has_create = 1 AND status = ? AND %1 "
                                                 "ORDER BY status_since DESC, callsign LIMIT ?")
                                      .arg(scope),
                                  binds);
    QList<DrillRecord> out;
    while (query.next()) {
        DrillRecord record;
        record.kind = DrillRecord::Kind::Unit;
        record.id = QUuid::fromString(query.value(0).toString());
        record.number = query.value(1).toString();
        record.at = Records::time(query.value(2));
        record.title = stationName(query.value(3).toString());
        record.status = query.value(4).toString();
        out.append(record);
    }
    return out;
}

} // namespace lintas::analytics
