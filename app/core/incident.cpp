#include "incident.h"

#include "enumnames.h"

namespace lintas {
namespace {

constexpr detail::NameTable<IncidentStatus, 6> kStatuses{{
    {IncidentStatus::Reported, "reported"},
    {IncidentStatus::Dispatched, "dispatched"},
    {IncidentStatus::EnRoute, "en_route"},
    {IncidentStatus::OnScene, "on_scene"},
    {IncidentStatus::Cleared, "cleared"},
    {IncidentStatus::Closed, "closed"},
}};

} // namespace

QString toString(IncidentStatus status) { return detail::nameOf(kStatuses, status); }

IncidentStatus incidentStatusFromString(const QString &text, bool *ok)
{
    return detail::valueOf(kStatuses, text, ok);
}

QList<IncidentStatus> allIncidentStatuses() { return detail::valuesOf(kStatuses); }

const QStringList &incidentPlainFields()
{
    static const QStringList fields{
        QStringLiteral("number"),         QStringLiteral("type_code"),     QStringLiteral("priority"),
        QStringLiteral("latitude"),       QStringLiteral("longitude"),     QStringLiteral("road"),
        QStringLiteral("landmark"),       QStringLiteral("kelurahan"),     QStringLiteral("kecamatan"),
        QStringLiteral("station_code"),   QStringLiteral("reporter_name"), QStringLiteral("reporter_phone"),
        QStringLiteral("lanes_blocked"),  QStringLiteral("lanes_total"),   QStringLiteral("died"),
        QStringLiteral("seriously_hurt"), QStringLiteral("slightly_hurt"), QStringLiteral("summary"),
        QStringLiteral("reported_at"),    QStringLiteral("verified_at"),   QStringLiteral("lanes_cleared_at"),
        QStringLiteral("lanes"),
    };
    return fields;
}

} // namespace lintas
