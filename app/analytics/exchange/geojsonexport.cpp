#include "geojsonexport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lintas {

namespace {

QJsonValue point(double latitude, double longitude)
{
    if (std::isnan(latitude) || std::isnan(longitude))
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                       {QStringLiteral("coordinates"), QJsonArray{longitude, latitude}}};
}

QJsonValue timestamp(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(wibTimestamp(at)) : QJsonValue(QJsonValue::Null);
}

QByteArray collection(const QJsonArray &features)
{
    const QJsonObject root{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                           {QStringLiteral("features"), features}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject GeoJsonExport::feature(const ExchangeIncident &record)
{
    const Incident &incident = record.incident;
    QJsonArray units;
    for (const ExchangeResource &resource : record.resources)
        units.append(resource.callsign.isEmpty() ? resource.assignment.unitId.toString(QUuid::WithoutBraces)
                                                 : resource.callsign);
    const QJsonObject properties{
        {QStringLiteral("number"), incident.number},
        {QStringLiteral("type"), incident.typeCode},
        {QStringLiteral("priority"), int(incident.priority)},
        {QStringLiteral("status"), toString(incident.status)},
        {QStringLiteral("station"), incident.stationCode},
        {QStringLiteral("reported_at"), timestamp(incident.reportedAt)},
        {QStringLiteral("first_arrival_at"), timestamp(incident.firstArrivalAt)},
        {QStringLiteral("cleared_at"), timestamp(incident.clearedAt)},
        {QStringLiteral("closed_at"), timestamp(incident.closedAt)},
        {QStringLiteral("road"), incident.road},
        {QStringLiteral("kelurahan"), incident.kelurahan},
        {QStringLiteral("kecamatan"), incident.kecamatan},
        {QStringLiteral("lanes_blocked"), incident.lanesBlocked},
        {QStringLiteral("lanes_total"), incident.lanesTotal},
        {QStringLiteral("units"), units},
        {QStringLiteral("summary"), incident.summary},
    };
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("id"), incident.id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("geometry"), point(incident.latitude, incident.longitude)},
                       {QStringLiteral("properties"), properties}};
}

QJsonObject GeoJsonExport::feature(const ExchangeCase &record)
{
    const CaseSummary &summary = record.summary;
    const QJsonObject properties{
        {QStringLiteral("number"), summary.number},
        {QStringLiteral("kind"), toString(summary.kind)},
        {QStringLiteral("state"), toString(summary.state)},
        {QStringLiteral("station"), summary.stationCode},
        {QStringLiteral("occurred_at"), timestamp(summary.occurredAt)},
        {QStringLiteral("title"), summary.title},
        {QStringLiteral("plate"), summary.plate},
        {QStringLiteral("fine"), double(summary.fine)},
        {QStringLiteral("place"), record.place},
    };
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("id"), summary.id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("geometry"), point(record.latitude, record.longitude)},
                       {QStringLiteral("properties"), properties}};
}

QByteArray GeoJsonExport::incidents(const QList<ExchangeIncident> &records)
{
    QJsonArray features;
    for (const ExchangeIncident &record : records)
        features.append(feature(record));
    return collection(features);
}

QByteArray GeoJsonExport::cases(const QList<ExchangeCase> &records)
{
    QJsonArray features;
    for (const ExchangeCase &record : records)
        features.append(feature(record));
    return collection(features);
}

} // namespace lintas
