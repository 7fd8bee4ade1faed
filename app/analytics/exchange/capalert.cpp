#include "capalert.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QXmlStreamWriter>

#include "core/incidenttypes.h"
#include "core/stations.h"
#include "exchangescope.h"

namespace lintas {

namespace {

const QString kCapNamespace = QStringLiteral("urn:oasis:names:tc:emergency:cap:1.2");

bool isHazardType(const QString &typeCode)
{
    return typeCode == QLatin1String("banjir") || typeCode == QLatin1String("unjuk_rasa") ||
           typeCode == QLatin1String("jalan_rusak");
}

bool isClosure(const Incident &incident)
{
    return incident.lanesTotal > 0 && incident.lanesBlocked >= incident.lanesTotal;
}

struct Texts
{
    QString language;
    QString event;
    QString headline;
    QString description;
    QString instruction;
    QString areaDesc;
};

QString place(const Incident &incident)
{
    QStringList parts;
    for (const QString &part : {incident.road, incident.kecamatan})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts.isEmpty() ? QStringLiteral("Jakarta") : parts.join(QStringLiteral(", "));
}

QString road(const Incident &incident, bool indonesian)
{
    if (!incident.road.trimmed().isEmpty())
        return incident.road.trimmed();
    if (!incident.landmark.trimmed().isEmpty())
        return incident.landmark.trimmed();
    return indonesian ? QStringLiteral("sekitar lokasi kejadian") : QStringLiteral("the area");
}

Texts indonesian(const Incident &incident)
{
    Texts t;
    t.language = QStringLiteral("id-ID");
    if (isClosure(incident))
        t.event = QStringLiteral("Penutupan jalan");
    else if (incident.typeCode == QLatin1String("banjir"))
        t.event = QStringLiteral("Banjir");
    else if (incident.typeCode == QLatin1String("unjuk_rasa"))
        t.event = QStringLiteral("Unjuk rasa");
    else if (incident.typeCode == QLatin1String("jalan_rusak"))
        t.event = QStringLiteral("Jalan rusak");
    else if (incident.typeCode == QLatin1String("kecelakaan"))
        t.event = QStringLiteral("Kecelakaan lalu lintas");
    else
        t.event = QStringLiteral("Lajur tertutup");
    const QString where = road(incident, true);
    t.headline = t.event + QStringLiteral(" di ") + where;
    QStringList description;
    if (incident.reportedAt.isValid())
        description << QStringLiteral("Dilaporkan pukul %1 WIB.")
                           .arg(incident.reportedAt.toTimeZone(QTimeZone(kExchangeWibOffsetSeconds))
                                    .toString(QStringLiteral("HH.mm")));
    if (!incident.summary.trimmed().isEmpty())
        description << incident.summary.trimmed();
    if (incident.lanesTotal > 0 && incident.lanesBlocked > 0)
        description << QStringLiteral("%1 dari %2 lajur tertutup.").arg(incident.lanesBlocked).arg(incident.lanesTotal);
    description << QStringLiteral("Lokasi: %1.").arg(place(incident));
    t.description = description.join(QLatin1Char(' '));
    t.instruction =
        QStringLiteral("Hindari ruas jalan %1 dan gunakan jalur alternatif. Ikuti arahan petugas.").arg(where);
    t.areaDesc = place(incident);
    return t;
}

Texts english(const Incident &incident)
{
    Texts t;
    t.language = QStringLiteral("en-US");
    if (isClosure(incident))
        t.event = QStringLiteral("Road closure");
    else if (incident.typeCode == QLatin1String("banjir"))
        t.event = QStringLiteral("Flooding");
    else if (incident.typeCode == QLatin1String("unjuk_rasa"))
        t.event = QStringLiteral("Demonstration");
    else if (incident.typeCode == QLatin1String("jalan_rusak"))
        t.event = QStringLiteral("Road damage");
    else if (incident.typeCode == QLatin1String("kecelakaan"))
        t.event = QStringLiteral("Traffic accident");
    else
        t.event = QStringLiteral("Lanes blocked");
    const QString where = road(incident, false);
    t.headline = t.event + QStringLiteral(" on ") + where;
    QStringList description;
    if (incident.reportedAt.isValid())
        description << QStringLiteral("Reported at %1 WIB.")
                           .arg(incident.reportedAt.toTimeZone(QTimeZone(kExchangeWibOffsetSeconds))
                                    .toString(QStringLiteral("HH:mm")));
    if (incident.lanesTotal > 0 && incident.lanesBlocked > 0)
        description << QStringLiteral("%1 of %2 lanes blocked.").arg(incident.lanesBlocked).arg(incident.lanesTotal);
    description << QStringLiteral("Location: %1.").arg(place(incident));
    t.description = description.join(QLatin1Char(' '));
    t.instruction = QStringLiteral("Avoid %1 and use another route. Follow the officers' directions.").arg(where);
    t.areaDesc = place(incident);
    return t;
}

// CAP's urgency, severity and certainty from the priority; a verified incident is observed, else likely.
struct Grading
{
    const char *urgency;
    const char *severity;
};

Grading grading(Priority priority)
{
    switch (priority) {
    case Priority::P1:
        return {"Immediate", "Severe"};
    case Priority::P2:
        return {"Immediate", "Moderate"};
    case Priority::P3:
        return {"Expected", "Moderate"};
    case Priority::P4:
        break;
    }
    return {"Expected", "Minor"};
}

// CAP forbids spaces, commas and the XML specials in identifier and sender.
QString capToken(QString text)
{
    for (QChar &c : text)
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('<') || c == QLatin1Char('&'))
            c = QLatin1Char('-');
    return text;
}

} // namespace

bool CapAlert::isAlertable(const Incident &incident)
{
    return incident.lanesBlocked > 0 || isHazardType(incident.typeCode);
}

QString CapAlert::refusal(const Incident &incident)
{
    if (!isAlertable(incident))
        return QCoreApplication::translate("lintas::CapAlert",
                                           "Incident %1 blocks no lane and is not a flood, a demonstration or road "
                                           "damage: there is no closure or hazard to announce.")
            .arg(incident.number);
    if (!incident.hasLocation())
        return QCoreApplication::translate("lintas::CapAlert", "Incident %1 has no position for the alert's area.")
            .arg(incident.number);
    return {};
}

double CapAlert::radiusKm(const Incident &incident)
{
    if (incident.typeCode == QLatin1String("banjir") || incident.typeCode == QLatin1String("unjuk_rasa"))
        return 1.0;
    return 0.5;
}

QByteArray CapAlert::xml(const Incident &incident, const Options &options)
{
    const QDateTime sent = (options.sent.isValid() ? options.sent : QDateTime::currentDateTimeUtc()).toUTC();
    const StationDirectory &stations = StationDirectory::builtIn();
    const auto polres = stations.polresOf(incident.stationCode);
    QString polda = polres ? polres->parentCode : QString();
    if (polda.isEmpty())
        polda = QStringLiteral("PMJ");
    const QString sender =
        capToken(options.sender.isEmpty() ? QStringLiteral("lintas.") + polda.toLower() : options.sender);
    const QString senderName =
        polres ? polres->name : (stations.byCode(polda) ? stations.byCode(polda)->name : QStringLiteral("Lintas"));
    const QString number = incident.number.isEmpty() ? incident.id.toString(QUuid::WithoutBraces) : incident.number;
    const QString identifier =
        capToken(number + QLatin1Char('-') +
                 sent.toTimeZone(QTimeZone(kExchangeWibOffsetSeconds)).toString(QStringLiteral("yyyyMMddTHHmmss")));
    const Grading grade = grading(incident.priority);
    const bool verified = incident.verifiedAt.isValid() || incident.firstArrivalAt.isValid();

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kCapNamespace);
    xml.writeStartElement(kCapNamespace, QStringLiteral("alert"));
    xml.writeTextElement(kCapNamespace, QStringLiteral("identifier"), identifier);
    xml.writeTextElement(kCapNamespace, QStringLiteral("sender"), sender);
    xml.writeTextElement(kCapNamespace, QStringLiteral("sent"), wibTimestamp(sent));
    xml.writeTextElement(kCapNamespace, QStringLiteral("status"), QStringLiteral("Actual"));
    xml.writeTextElement(kCapNamespace, QStringLiteral("msgType"), QStringLiteral("Alert"));
    xml.writeTextElement(kCapNamespace, QStringLiteral("scope"), QStringLiteral("Public"));
    xml.writeTextElement(kCapNamespace, QStringLiteral("incidents"), capToken(number));
    for (const Texts &texts : {indonesian(incident), english(incident)}) {
        xml.writeStartElement(kCapNamespace, QStringLiteral("info"));
        xml.writeTextElement(kCapNamespace, QStringLiteral("language"), texts.language);
        xml.writeTextElement(kCapNamespace, QStringLiteral("category"), QStringLiteral("Transport"));
        xml.writeTextElement(kCapNamespace, QStringLiteral("event"), texts.event);
        xml.writeTextElement(kCapNamespace, QStringLiteral("responseType"), QStringLiteral("Avoid"));
        xml.writeTextElement(kCapNamespace, QStringLiteral("urgency"), QLatin1String(grade.urgency));
        xml.writeTextElement(kCapNamespace, QStringLiteral("severity"), QLatin1String(grade.severity));
        xml.writeTextElement(kCapNamespace, QStringLiteral("certainty"),
                             verified ? QStringLiteral("Observed") : QStringLiteral("Likely"));
        if (options.expiresAfterHours > 0)
            xml.writeTextElement(kCapNamespace, QStringLiteral("expires"),
                                 wibTimestamp(sent.addSecs(qint64(options.expiresAfterHours) * 3600)));
        xml.writeTextElement(kCapNamespace, QStringLiteral("senderName"), senderName);
        xml.writeTextElement(kCapNamespace, QStringLiteral("headline"), texts.headline);
        xml.writeTextElement(kCapNamespace, QStringLiteral("description"), texts.description);
        xml.writeTextElement(kCapNamespace, QStringLiteral("instruction"), texts.instruction);
        if (!options.web.isEmpty())
            xml.writeTextElement(kCapNamespace, QStringLiteral("web"), options.web);
        xml.writeStartElement(kCapNamespace, QStringLiteral("area"));
        xml.writeTextElement(kCapNamespace, QStringLiteral("areaDesc"), texts.areaDesc);
        if (incident.hasLocation())
            xml.writeTextElement(kCapNamespace, QStringLiteral("circle"),
                                 QStringLiteral("%1,%2 %3")
                                     .arg(incident.latitude, 0, 'f', 6)
                                     .arg(incident.longitude, 0, 'f', 6)
                                     .arg(radiusKm(incident), 0, 'f', 1));
        xml.writeEndElement(); // area
        xml.writeEndElement(); // info
    }
    xml.writeEndElement(); // alert
    xml.writeEndDocument();
    return out;
}

} // namespace lintas
