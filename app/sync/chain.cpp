#include "chain.h"

#include <algorithm>
#include <climits>
#include <cmath>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>

namespace lintas::sync {
namespace {

// The body's keys, in the order they are written. Never reorder: every stored hash depends on it.
constexpr const char *kKeys[] = {"seq",    "region",    "op_id", "site_id",        "hlc",   "actor",
                                 "entity", "entity_id", "kind",  "schema_version", "fields"};

// Largest integer a double holds exactly: integral doubles up to it are written as integers, so that a value
// reads back the same whether JSON parsing made it an integer or a double.
constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53

void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 0xf];
            } else {
                out += c; // UTF-8 as is: one spelling per text
            }
        }
    }
    out += '"';
}

void writeNumber(QByteArray &out, const QJsonValue &value)
{
    // QJsonValue keeps integers that came as integers; everything else is a double.
    if (value.toVariant().typeId() == QMetaType::LongLong) {
        out += QByteArray::number(value.toInteger());
        return;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number)) {
        out += "null"; // JSON has no spelling for them
    } else if (std::trunc(number) == number && std::abs(number) < kExactIntegerLimit) {
        out += QByteArray::number(static_cast<qint64>(number));
    } else {
        out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    }
}

void writeValue(QByteArray &out, const QJsonValue &value);

void writeObject(QByteArray &out, const QJsonObject &object)
{
    // Sorted here rather than trusting QJsonObject's order: the order is part of the format.
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end());
    out += '{';
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        if (!first)
            out += ',';
        first = false;
        writeString(out, key);
        out += ':';
        writeValue(out, object.value(key));
    }
    out += '}';
}

void writeValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        writeNumber(out, value);
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue element : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            writeValue(out, element);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object:
        writeObject(out, value.toObject());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    }
}

void writeKey(QByteArray &out, const char *key)
{
    if (out.size() > 1)
        out += ',';
    out += '"';
    out += key;
    out += "\":";
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A non-negative integer written as such (not 1.5, not "1", not 1e3).
bool readUnsigned(const QJsonValue &value, quint64 *out)
{
    if (!value.isDouble() || value.toVariant().typeId() != QMetaType::LongLong || value.toInteger() < 0)
        return false;
    *out = static_cast<quint64>(value.toInteger());
    return true;
}

} // namespace

QByteArray chainBody(const Change &change, quint64 serverSeq, const QString &region)
{
    QByteArray out;
    out.reserve(256);
    out += '{';
    writeKey(out, kKeys[0]);
    out += QByteArray::number(serverSeq);
    writeKey(out, kKeys[1]);
    writeString(out, region);
    writeKey(out, kKeys[2]);
    writeString(out, uuidText(change.opId));
    writeKey(out, kKeys[3]);
    writeString(out, change.siteId);
    writeKey(out, kKeys[4]);
    out += QByteArray::number(change.hlc.packed());
    writeKey(out, kKeys[5]);
    writeString(out, change.actor);
    writeKey(out, kKeys[6]);
    writeString(out, toString(change.entity));
    writeKey(out, kKeys[7]);
    writeString(out, uuidText(change.entityId));
    writeKey(out, kKeys[8]);
    writeString(out, toString(change.kind));
    writeKey(out, kKeys[9]);
    out += QByteArray::number(change.schemaVersion);
    writeKey(out, kKeys[10]);
    // Through QJsonObject, as Change::fieldsJson does: QUuid, QDateTime and friends get the same spelling.
    writeObject(out, QJsonObject::fromVariantMap(change.fields));
    out += '}';
    return out;
}

QByteArray chainHash(const QByteArray &previousHash, const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(body);
    return hash.result();
}

bool parseChainBody(const QByteArray &body, Change *change, quint64 *serverSeq, QString *region, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, QCoreApplication::translate("Chain", "not JSON: %1 at offset %2")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!document.isObject())
        return fail(error, QCoreApplication::translate("Chain", "not a JSON object"));
    const QJsonObject object = document.object();
    for (const char *key : kKeys) {
        if (!object.contains(QLatin1String(key)))
            return fail(error, QCoreApplication::translate("Chain", "%1: missing").arg(QLatin1String(key)));
    }
    if (object.size() != qsizetype(std::size(kKeys)))
        return fail(error, QCoreApplication::translate("Chain", "unexpected keys"));

    const auto badField = [error](const char *key) {
        return fail(error, QCoreApplication::translate("Chain", "%1: bad value").arg(QLatin1String(key)));
    };
    const auto readText = [&object](const char *key, QString *out) {
        const QJsonValue value = object.value(QLatin1String(key));
        *out = value.toString();
        return value.isString();
    };
    const auto readUuid = [&readText](const char *key, QUuid *out) {
        QString text;
        if (!readText(key, &text))
            return false;
        *out = QUuid::fromString(text);
        return !out->isNull();
    };

    Change result;
    quint64 seq = 0;
    quint64 hlc = 0;
    quint64 schemaVersion = 0;
    QString regionText;
    QString text;
    bool ok = false;
    if (!readUnsigned(object.value(QLatin1String("seq")), &seq))
        return badField("seq");
    if (!readText("region", &regionText))
        return badField("region");
    if (!readUuid("op_id", &result.opId))
        return badField("op_id");
    if (!readText("site_id", &result.siteId))
        return badField("site_id");
    if (!readUnsigned(object.value(QLatin1String("hlc")), &hlc))
        return badField("hlc");
    result.hlc = Hlc::fromPacked(hlc);
    if (!readText("actor", &result.actor))
        return badField("actor");
    if (!readText("entity", &text) || (result.entity = entityKindFromString(text, &ok), !ok))
        return badField("entity");
    if (!readUuid("entity_id", &result.entityId))
        return badField("entity_id");
    if (!readText("kind", &text) || (result.kind = changeKindFromString(text, &ok), !ok))
        return badField("kind");
    if (!readUnsigned(object.value(QLatin1String("schema_version")), &schemaVersion) || schemaVersion > INT_MAX)
        return badField("schema_version");
    result.schemaVersion = static_cast<int>(schemaVersion);
    const QJsonValue fields = object.value(QLatin1String("fields"));
    if (!fields.isObject())
        return badField("fields");
    result.fields = fields.toObject().toVariantMap();

    // Valid JSON that is not in the canonical spelling (reordered keys, added spaces) is not what was hashed.
    if (chainBody(result, seq, regionText) != body)
        return fail(error, QCoreApplication::translate("Chain", "not in canonical form"));

    if (change)
        *change = std::move(result);
    if (serverSeq)
        *serverSeq = seq;
    if (region)
        *region = regionText;
    return true;
}

} // namespace lintas::sync
