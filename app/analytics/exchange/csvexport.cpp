#include "csvexport.h"

namespace lintas {

namespace {

QString coordinate(double value)
{
    return std::isnan(value) ? QString() : QString::number(value, 'f', 7);
}

void appendRow(QByteArray &out, const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted << CsvExport::field(value);
    out += quoted.join(QLatin1Char(',')).toUtf8();
    out += "\r\n";
}

} // namespace

QString CsvExport::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QStringList CsvExport::incidentColumns()
{
    return {QStringLiteral("number"),
            QStringLiteral("type"),
            QStringLiteral("priority"),
            QStringLiteral("status"),
            QStringLiteral("station"),
            QStringLiteral("reported_at"),
            QStringLiteral("first_arrival_at"),
            QStringLiteral("cleared_at"),
            QStringLiteral("closed_at"),
            QStringLiteral("road"),
            QStringLiteral("kelurahan"),
            QStringLiteral("kecamatan"),
            QStringLiteral("latitude"),
            QStringLiteral("longitude"),
            QStringLiteral("lanes_blocked"),
            QStringLiteral("lanes_total"),
            QStringLiteral("units"),
            QStringLiteral("summary")};
}

QStringList CsvExport::caseColumns()
{
    return {QStringLiteral("number"),    QStringLiteral("kind"),        QStringLiteral("state"),
            QStringLiteral("station"),   QStringLiteral("occurred_at"), QStringLiteral("title"),
            QStringLiteral("plate"),     QStringLiteral("fine"),        QStringLiteral("latitude"),
            QStringLiteral("longitude"), QStringLiteral("place")};
}

QByteArray CsvExport::incidents(const QList<ExchangeIncident> &records)
{
    QByteArray out;
    appendRow(out, incidentColumns());
    for (const ExchangeIncident &record : records) {
        const Incident &incident = record.incident;
        QStringList units;
        for (const ExchangeResource &resource : record.resources)
            units << (resource.callsign.isEmpty() ? resource.assignment.unitId.toString(QUuid::WithoutBraces)
                                                  : resource.callsign);
        appendRow(out, {incident.number, incident.typeCode, QStringLiteral("P%1").arg(int(incident.priority)),
                        toString(incident.status), incident.stationCode, wibTimestamp(incident.reportedAt),
                        wibTimestamp(incident.firstArrivalAt), wibTimestamp(incident.clearedAt),
                        wibTimestamp(incident.closedAt), incident.road, incident.kelurahan, incident.kecamatan,
                        coordinate(incident.latitude), coordinate(incident.longitude),
                        QString::number(incident.lanesBlocked), QString::number(incident.lanesTotal),
                        units.join(QLatin1Char(' ')), incident.summary});
    }
    return out;
}

QByteArray CsvExport::cases(const QList<ExchangeCase> &records)
{
    QByteArray out;
    appendRow(out, caseColumns());
    for (const ExchangeCase &record : records) {
        const CaseSummary &summary = record.summary;
        appendRow(out, {summary.number, toString(summary.kind), toString(summary.state), summary.stationCode,
                        wibTimestamp(summary.occurredAt), summary.title, summary.plate, QString::number(summary.fine),
                        coordinate(record.latitude), coordinate(record.longitude), record.place});
    }
    return out;
}

} // namespace lintas
