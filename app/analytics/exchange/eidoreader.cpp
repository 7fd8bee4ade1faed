#include "eidoreader.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

#include "core/incidenttypes.h"
#include "core/stations.h"
#include "eidoids.h"
#include "eidovocabulary.h"

namespace lintas {

namespace {

// One wrong field: where (a JSON path inside the EIDO) and what is wrong with it.
struct Problem
{
    QString path;
    QString what;
};

[[noreturn]] void fail(const QString &path, const QString &what)
{
    throw Problem{path, what};
}

QString quoted(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('\'') + value.toString().left(80) + QLatin1Char('\'');
    if (value.isUndefined())
        return QCoreApplication::translate("lintas::EidoReader", "nothing");
    QJsonArray wrapper{value};
    const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2)).left(80);
}

QString requireString(const QJsonObject &object, const QString &path, const char *name, bool required = true)
{
    const QJsonValue value = object.value(QLatin1String(name));
    const QString field = path.isEmpty() ? QLatin1String(name) : path + QLatin1Char('.') + QLatin1String(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(field, QCoreApplication::translate("lintas::EidoReader", "missing"));
        return {};
    }
    if (!value.isString())
        fail(field, QCoreApplication::translate("lintas::EidoReader", "%1 is not text").arg(quoted(value)));
    if (required && value.toString().trimmed().isEmpty())
        fail(field, QCoreApplication::translate("lintas::EidoReader", "is empty"));
    return value.toString();
}

QDateTime requireTime(const QJsonObject &object, const QString &path, const char *name, bool required)
{
    const QString text = requireString(object, path, name, required);
    if (text.isEmpty())
        return {};
    const QString field = path.isEmpty() ? QLatin1String(name) : path + QLatin1Char('.') + QLatin1String(name);
    // RFC 3339 date-time: a date, 'T', a time, and a zone (Z or an offset).
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        fail(field,
             QCoreApplication::translate("lintas::EidoReader", "'%1' is not a date and time with a zone (RFC 3339)")
                 .arg(text));
    return at.toUTC();
}

// The first text of an array of strings, or empty.
QString firstOf(const QJsonObject &object, const QString &path, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return {};
    const QString field = path + QLatin1Char('.') + QLatin1String(name);
    if (!value.isArray())
        fail(field, QCoreApplication::translate("lintas::EidoReader", "%1 is not a list").arg(quoted(value)));
    const QJsonArray list = value.toArray();
    if (list.isEmpty())
        return {};
    if (!list.first().isString())
        fail(field + QStringLiteral("[0]"),
             QCoreApplication::translate("lintas::EidoReader", "%1 is not text").arg(quoted(list.first())));
    return list.first().toString();
}

std::optional<int> optionalInt(const QJsonObject &object, const QString &path, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || number != std::floor(number))
        fail(path + QLatin1Char('.') + QLatin1String(name),
             QCoreApplication::translate("lintas::EidoReader", "%1 is not a whole number").arg(quoted(value)));
    return int(number);
}

// The position and civic address of a PIDF-LO document (gml:Point/gml:pos "lat lon"; RFC 5139 civicAddress).
void readPidf(const QString &xmlText, const QString &path, Incident &incident)
{
    QXmlStreamReader xml(xmlText);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("pos")) {
            const QString text = xml.readElementText().simplified();
            const QStringList parts = text.split(QLatin1Char(' '));
            if (parts.size() < 2)
                fail(path,
                     QCoreApplication::translate("lintas::EidoReader", "gml:pos '%1' is not \"latitude longitude\"")
                         .arg(text));
            bool latOk = false;
            bool lonOk = false;
            const double latitude = parts.at(0).toDouble(&latOk);
            const double longitude = parts.at(1).toDouble(&lonOk);
            if (!latOk || !std::isfinite(latitude))
                fail(path, QCoreApplication::translate("lintas::EidoReader", "latitude '%1' is not a number")
                               .arg(parts.at(0)));
            if (!lonOk || !std::isfinite(longitude))
                fail(path, QCoreApplication::translate("lintas::EidoReader", "longitude '%1' is not a number")
                               .arg(parts.at(1)));
            if (latitude < -90 || latitude > 90)
                fail(path, QCoreApplication::translate("lintas::EidoReader", "latitude %1 is outside -90…90")
                               .arg(parts.at(0)));
            if (longitude < -180 || longitude > 180)
                fail(path, QCoreApplication::translate("lintas::EidoReader", "longitude %1 is outside -180…180")
                               .arg(parts.at(1)));
            incident.latitude = latitude;
            incident.longitude = longitude;
        } else if (name == QLatin1String("RD")) {
            incident.road = xml.readElementText().trimmed();
        } else if (name == QLatin1String("A3")) {
            incident.kecamatan = xml.readElementText().trimmed();
        } else if (name == QLatin1String("A4")) {
            incident.kelurahan = xml.readElementText().trimmed();
        } else if (name == QLatin1String("LMK")) {
            incident.landmark = xml.readElementText().trimmed();
        }
    }
    if (xml.hasError())
        fail(path, QCoreApplication::translate("lintas::EidoReader", "not a PIDF-LO XML document (line %1: %2)")
                       .arg(xml.lineNumber())
                       .arg(xml.errorString()));
}

// notesActionComments is HTML5; Lintas writes plain text escaped, and reads back the entities it writes.
QString plainText(QString html)
{
    html.replace(QLatin1String("&lt;"), QLatin1String("<"));
    html.replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    html.replace(QLatin1String("&#39;"), QLatin1String("'"));
    html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html;
}

// Reads one EIDO; throws Problem.
EidoIncident readOne(const QJsonObject &eido, const QString &eidoId, int index)
{
    EidoIncident out;
    out.eidoId = eidoId;
    out.index = index;
    Incident &incident = out.incident;
    requireTime(eido, QString(), "lastUpdateTimeStamp", true);
    const QString version = requireString(eido, QString(), "eidoVersion");
    if (version != QLatin1String("1.0"))
        fail(QStringLiteral("eidoVersion"),
             QCoreApplication::translate("lintas::EidoReader", "'%1' is not a version this program reads (1.0)")
                 .arg(version));

    // The incident component: an object (NENA-STA-021.1), or a list holding one (earlier drafts).
    QString ip = QStringLiteral("incidentComponent");
    QJsonValue value = eido.value(ip);
    if (value.isArray() && !value.toArray().isEmpty()) {
        value = value.toArray().first();
        ip += QStringLiteral("[0]");
    }
    if (value.isUndefined() || value.isNull() || (value.isArray() && value.toArray().isEmpty()))
        fail(ip, QCoreApplication::translate("lintas::EidoReader", "missing"));
    if (!value.isObject())
        fail(ip, QCoreApplication::translate("lintas::EidoReader", "%1 is not an object").arg(quoted(value)));
    const QJsonObject component = value.toObject();

    // Which record: the EIDO's own id when Lintas wrote it, otherwise a stable id made from it.
    incident.id = eidoid::incidentFrom(out.eidoId);
    const bool lintasEido = !incident.id.isNull();
    if (incident.id.isNull())
        incident.id = eidoid::stableId(out.eidoId);

    // Type: Lintas's code when it is one, otherwise the common registry term.
    const IncidentTypeCatalogue &types = IncidentTypeCatalogue::builtIn();
    const QString internalCode = requireString(component, ip, "incidentTypeInternalCode", false);
    const QString registryType = requireString(component, ip, "incidentTypeCommonRegistryText");
    if (types.byCode(internalCode))
        incident.typeCode = internalCode;
    else
        incident.typeCode = eidovocab::incidentTypeCode(registryType);
    if (incident.typeCode.isEmpty())
        fail(ip + (internalCode.isEmpty() ? QStringLiteral(".incidentTypeCommonRegistryText")
                                          : QStringLiteral(".incidentTypeInternalCode")),
             QCoreApplication::translate("lintas::EidoReader", "'%1' is not an incident type this program knows")
                 .arg(internalCode.isEmpty() ? registryType : internalCode));

    // Status.
    const QString internalStatus = firstOf(component, ip, "incidentStatusInternalText");
    const QString registryStatus = firstOf(component, ip, "incidentStatusCommonRegistryText");
    if (!internalStatus.isEmpty()) {
        bool ok = false;
        incident.status = incidentStatusFromString(internalStatus, &ok);
        if (!ok)
            fail(ip + QStringLiteral(".incidentStatusInternalText[0]"),
                 QCoreApplication::translate(
                     "lintas::EidoReader",
                     "'%1' is not a status (reported, dispatched, en_route, on_scene, cleared, closed)")
                     .arg(internalStatus));
    } else if (!registryStatus.isEmpty()) {
        const auto status = eidovocab::incidentStatusFrom(registryStatus);
        if (!status)
            fail(ip + QStringLiteral(".incidentStatusCommonRegistryText[0]"),
                 QCoreApplication::translate("lintas::EidoReader", "'%1' is not a status (Pending, Active, Closed)")
                     .arg(registryStatus));
        incident.status = *status;
    }

    // Priority: the common number, else "P1"…"P4", else the type's default.
    const auto type = types.byCode(incident.typeCode);
    incident.priority = type ? type->defaultPriority : Priority::P3;
    if (const auto number = optionalInt(component, ip, "incidentCommonPriorityNumber")) {
        if (*number < 1 || *number > 4)
            fail(ip + QStringLiteral(".incidentCommonPriorityNumber"),
                 QCoreApplication::translate("lintas::EidoReader", "%1 is not a priority 1…4").arg(*number));
        incident.priority = Priority(*number);
    } else if (const QString text = requireString(component, ip, "incidentPriorityInternalText", false);
               !text.isEmpty()) {
        const int level = text.startsWith(QLatin1Char('P'), Qt::CaseInsensitive) ? text.mid(1).toInt() : 0;
        if (level < 1 || level > 4)
            fail(ip + QStringLiteral(".incidentPriorityInternalText"),
                 QCoreApplication::translate("lintas::EidoReader", "'%1' is not a priority P1…P4").arg(text));
        incident.priority = Priority(level);
    }

    incident.number = requireString(component, ip, "internalIncidentId", false).trimmed();
    incident.summary = requireString(component, ip, "incidentSummaryText", false).trimmed().left(160);
    incident.reportedAt = requireTime(component, ip, "reportedTimestamp", false);
    if (!incident.reportedAt.isValid())
        incident.reportedAt = requireTime(component, ip, "lastUpdateTimeStamp", true);
    incident.verifiedAt = requireTime(component, ip, "verifiedTimestamp", false);
    if (const auto total = optionalInt(component, ip, "lanesTotal")) {
        const int blocked = optionalInt(component, ip, "lanesBlocked").value_or(0);
        if (*total < 0 || *total > 20)
            fail(ip + QStringLiteral(".lanesTotal"),
                 QCoreApplication::translate("lintas::EidoReader", "%1 is not a number of lanes").arg(*total));
        if (blocked < 0 || blocked > *total)
            fail(ip + QStringLiteral(".lanesBlocked"),
                 QCoreApplication::translate("lintas::EidoReader", "%1 is not between 0 and lanesTotal").arg(blocked));
        incident.lanesTotal = *total;
        incident.lanesBlocked = blocked;
    }

    // Location: the one the incident refers to, else the first one.
    const QJsonValue locationsValue = eido.value(QLatin1String("locationComponent"));
    if (!locationsValue.isUndefined() && !locationsValue.isArray())
        fail(QStringLiteral("locationComponent"),
             QCoreApplication::translate("lintas::EidoReader", "%1 is not a list").arg(quoted(locationsValue)));
    const QJsonArray locations = locationsValue.toArray();
    QString wanted;
    const QJsonValue locationRefs = component.value(QLatin1String("locationReference"));
    if (locationRefs.isArray() && !locationRefs.toArray().isEmpty()) {
        const QJsonValue first = locationRefs.toArray().first();
        wanted = first.toObject().value(QLatin1String("$ref")).toString();
        if (wanted.isEmpty())
            fail(ip + QStringLiteral(".locationReference[0].$ref"),
                 QCoreApplication::translate("lintas::EidoReader", "missing"));
    }
    int locationIndex = wanted.isEmpty() && !locations.isEmpty() ? 0 : -1;
    for (int i = 0; i < locations.size() && !wanted.isEmpty(); ++i)
        if (locations.at(i).toObject().value(QLatin1String("$id")).toString() == wanted)
            locationIndex = i;
    if (!wanted.isEmpty() && locationIndex < 0)
        fail(ip + QStringLiteral(".locationReference[0].$ref"),
             QCoreApplication::translate("lintas::EidoReader", "'%1' names no locationComponent").arg(wanted));
    if (locationIndex >= 0) {
        const QString lp = QStringLiteral("locationComponent[%1]").arg(locationIndex);
        if (!locations.at(locationIndex).isObject())
            fail(lp, QCoreApplication::translate("lintas::EidoReader", "%1 is not an object")
                         .arg(quoted(locations.at(locationIndex))));
        const QJsonObject location = locations.at(locationIndex).toObject();
        requireString(location, lp, "$id");
        const QString pidf = requireString(location, lp, "locationByValue", false);
        if (!pidf.isEmpty())
            readPidf(pidf, lp + QStringLiteral(".locationByValue"), incident);
    }

    // The station: the dispatch group when it is a station, else the owning agency.
    const StationDirectory &stations = StationDirectory::builtIn();
    const QString group = requireString(component, ip, "beatOrDispatchGroupText", false).trimmed();
    if (stations.byCode(group))
        incident.stationCode = group;
    const QJsonValue agenciesValue = eido.value(QLatin1String("agencyComponent"));
    if (!agenciesValue.isArray())
        fail(QStringLiteral("agencyComponent"),
             agenciesValue.isUndefined()
                 ? QCoreApplication::translate("lintas::EidoReader", "missing")
                 : QCoreApplication::translate("lintas::EidoReader", "%1 is not a list").arg(quoted(agenciesValue)));
    const QJsonArray agencies = agenciesValue.toArray();
    for (int i = 0; i < agencies.size(); ++i) {
        const QString path = QStringLiteral("agencyComponent[%1]").arg(i);
        if (!agencies.at(i).isObject())
            fail(path,
                 QCoreApplication::translate("lintas::EidoReader", "%1 is not an object").arg(quoted(agencies.at(i))));
        const QJsonObject agency = agencies.at(i).toObject();
        const QString id = requireString(agency, path, "$id");
        if (!incident.stationCode.isEmpty() || !agency.value(QLatin1String("incidentOwningAgencyIndicator")).toBool())
            continue;
        const QString code = eidoid::agencyFrom(id);
        if (!code.isEmpty() && !stations.byCode(code))
            fail(path + QStringLiteral(".$id"),
                 QCoreApplication::translate("lintas::EidoReader", "'%1' is not a station this program knows")
                     .arg(code));
        incident.stationCode = code;
    }

    // Notes; timeline lines stay with the record that wrote them.
    const QJsonValue notesValue = eido.value(QLatin1String("notesComponent"));
    if (!notesValue.isUndefined() && !notesValue.isArray())
        fail(QStringLiteral("notesComponent"),
             QCoreApplication::translate("lintas::EidoReader", "%1 is not a list").arg(quoted(notesValue)));
    const QJsonArray notes = notesValue.toArray();
    QSet<QUuid> seen;
    for (int i = 0; i < notes.size(); ++i) {
        const QString path = QStringLiteral("notesComponent[%1]").arg(i);
        if (!notes.at(i).isObject())
            fail(path,
                 QCoreApplication::translate("lintas::EidoReader", "%1 is not an object").arg(quoted(notes.at(i))));
        const QJsonObject note = notes.at(i).toObject();
        const QString id = requireString(note, path, "$id");
        const QString text = plainText(requireString(note, path, "notesActionComments")).trimmed();
        const QDateTime at = requireTime(note, path, "lastUpdateTimeStamp", true);
        if (eidoid::isTimeline(id))
            continue;
        // A Lintas note id is the note's own change, but only inside a Lintas EIDO: copied into another system's
        // EIDO it names a note of a different incident here, so it gets a stable id of its own.
        QUuid opId = lintasEido ? eidoid::noteFrom(id) : QUuid();
        if (opId.isNull())
            opId = eidoid::stableId(out.eidoId + QLatin1Char('#') + id);
        if (seen.contains(opId))
            fail(path + QStringLiteral(".$id"),
                 QCoreApplication::translate("lintas::EidoReader", "'%1' appears twice").arg(id));
        seen.insert(opId);
        out.notes.append(IncidentNote{opId, incident.id, at, requireString(note, path, "noteAuthor", false), text});
    }
    if (incident.summary.isEmpty() && !out.notes.isEmpty())
        incident.summary = out.notes.first().text.section(QLatin1Char('\n'), 0, 0).trimmed().left(160);
    return out;
}

} // namespace

EidoReadResult EidoReader::read(const QByteArray &json)
{
    EidoReadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        result.error = QCoreApplication::translate("lintas::EidoReader", "The file is not JSON: %1 at character %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    QJsonArray eidos;
    if (document.isObject())
        eidos.append(document.object());
    else
        eidos = document.array();
    if (eidos.isEmpty()) {
        result.error = QCoreApplication::translate("lintas::EidoReader", "The file holds no EIDO.");
        return result;
    }
    QList<EidoIncident> incidents;
    for (int i = 0; i < eidos.size(); ++i) {
        const int index = i + 1;
        if (!eidos.at(i).isObject()) {
            result.error = QCoreApplication::translate("lintas::EidoReader", "EIDO %1: %2 is not an EIDO object.")
                               .arg(index)
                               .arg(quoted(eidos.at(i)));
            return result;
        }
        const QJsonObject eido = eidos.at(i).toObject();
        const QJsonValue idValue = eido.value(QLatin1String("$id"));
        const QString eidoId = idValue.isString() ? idValue.toString().trimmed() : QString();
        if (eidoId.isEmpty()) {
            result.error = QCoreApplication::translate("lintas::EidoReader", "EIDO %1 (without $id): $id: %2.")
                               .arg(index)
                               .arg(idValue.isUndefined()
                                        ? QCoreApplication::translate("lintas::EidoReader", "missing")
                                        : QCoreApplication::translate("lintas::EidoReader", "%1 is not an identifier")
                                              .arg(quoted(idValue)));
            return result;
        }
        try {
            incidents.append(readOne(eido, eidoId, index));
        } catch (const Problem &problem) {
            result.error = QCoreApplication::translate("lintas::EidoReader", "EIDO %1 (%2): %3: %4.")
                               .arg(index)
                               .arg(eidoId, problem.path, problem.what);
            return result;
        }
    }
    result.incidents = incidents;
    return result;
}

} // namespace lintas
