#include "wire.h"

#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace lintas::sync {
namespace {

std::string uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

// A non-null UUID, or false with "op_id: 'xyz' is not a UUID".
bool readUuid(const std::string &text, const char *field, QUuid *out, QString *error)
{
    const QString value = fromStd(text);
    *out = QUuid::fromString(value);
    if (out->isNull()) {
        if (error)
            *error =
                QCoreApplication::translate("Wire", "%1: '%2' is not a UUID").arg(QLatin1String(field), value.left(64));
        return false;
    }
    return true;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

void toWire(const Change &change, wire::ChangeRecord *record)
{
    record->set_op_id(uuidText(change.opId));
    record->set_site_id(toStd(change.siteId));
    record->set_hlc(change.hlc.packed());
    record->set_actor(toStd(change.actor));
    record->set_entity(toStd(toString(change.entity)));
    record->set_entity_id(uuidText(change.entityId));
    record->set_kind(toStd(toString(change.kind)));
    record->set_fields_json(change.fieldsJson().toStdString());
    record->set_schema_version(static_cast<std::uint32_t>(change.schemaVersion));
}

bool fromWire(const wire::ChangeRecord &record, Change *change, QString *error)
{
    Change result;
    if (!readUuid(record.op_id(), "op_id", &result.opId, error))
        return false;
    if (!readUuid(record.entity_id(), "entity_id", &result.entityId, error))
        return false;

    bool ok = false;
    const QString entity = fromStd(record.entity());
    result.entity = entityKindFromString(entity, &ok);
    if (!ok)
        return fail(error, QCoreApplication::translate("Wire", "entity: unknown entity '%1'").arg(entity.left(64)));
    const QString kind = fromStd(record.kind());
    result.kind = changeKindFromString(kind, &ok);
    if (!ok)
        return fail(error, QCoreApplication::translate("Wire", "kind: unknown change kind '%1'").arg(kind.left(64)));

    // A clock reading past 2^63 would be 200,000 years from now; refusing it keeps every stored number a
    // JSON integer that reads back exactly (the chain body, chain.h).
    if (record.hlc() > std::uint64_t(std::numeric_limits<qint64>::max()))
        return fail(error, QCoreApplication::translate("Wire", "hlc: %1 is out of range").arg(record.hlc()));
    if (record.site_id().empty())
        return fail(error, QCoreApplication::translate("Wire", "site_id: empty"));
    if (record.schema_version() == 0 || record.schema_version() > std::uint32_t(std::numeric_limits<int>::max()))
        return fail(error, QCoreApplication::translate("Wire", "schema_version: %1 is not a schema version")
                               .arg(record.schema_version()));

    // Strictly an object: Change::fieldsFromJson would quietly turn anything else into no fields at all.
    const QByteArray json = QByteArray::fromStdString(record.fields_json());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, QCoreApplication::translate("Wire", "fields_json: %1 at offset %2")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!document.isObject())
        return fail(error, QCoreApplication::translate("Wire", "fields_json: not a JSON object"));

    result.siteId = fromStd(record.site_id());
    result.hlc = Hlc::fromPacked(record.hlc());
    result.actor = fromStd(record.actor());
    result.fields = document.object().toVariantMap();
    result.schemaVersion = static_cast<int>(record.schema_version());
    *change = std::move(result);
    return true;
}

void toWire(const UnitPosition &position, wire::Position *out)
{
    out->set_unit_id(uuidText(position.unitId));
    out->set_callsign(toStd(position.callsign));
    out->set_latitude(position.latitude);
    out->set_longitude(position.longitude);
    out->set_heading_deg(static_cast<float>(position.headingDeg));
    out->set_speed_kmh(static_cast<float>(position.speedKmh));
    out->set_at_ms(position.atMs);
    out->set_accuracy_m(static_cast<float>(position.accuracyM));
}

bool fromWire(const wire::Position &position, UnitPosition *out, QString *error)
{
    UnitPosition result;
    if (!readUuid(position.unit_id(), "unit_id", &result.unitId, error))
        return false;
    if (!std::isfinite(position.latitude()) || std::abs(position.latitude()) > 90.0)
        return fail(error,
                    QCoreApplication::translate("Wire", "latitude: %1 is out of range").arg(position.latitude()));
    if (!std::isfinite(position.longitude()) || std::abs(position.longitude()) > 180.0)
        return fail(error,
                    QCoreApplication::translate("Wire", "longitude: %1 is out of range").arg(position.longitude()));
    const auto finiteOrZero = [](float value) { return std::isfinite(value) ? static_cast<double>(value) : 0.0; };

    result.callsign = fromStd(position.callsign());
    result.latitude = position.latitude();
    result.longitude = position.longitude();
    // Heading, speed and accuracy are optional extras of a fix: a receiver that has none sends NaN or 0.
    result.headingDeg = finiteOrZero(position.heading_deg());
    result.speedKmh = finiteOrZero(position.speed_kmh());
    result.atMs = position.at_ms();
    result.accuracyM = finiteOrZero(position.accuracy_m());
    *out = std::move(result);
    return true;
}

} // namespace lintas::sync
