#include "eidovocabulary.h"

#include <iterator>

namespace lintas::eidovocab {

namespace {

struct TypeTerm
{
    const char *code;
    const char *term;
};

constexpr TypeTerm kTypes[] = {
    {"kecelakaan", "TrafficCollision"},  {"kemacetan", "TrafficCongestion"}, {"kendaraan_mogok", "DisabledVehicle"},
    {"pelanggaran", "TrafficViolation"}, {"jalan_rusak", "RoadHazard"},      {"banjir", "Flood"},
    {"unjuk_rasa", "Demonstration"},     {"pengawalan", "Escort"},           {"lainnya", "Other"},
};

} // namespace

QString incidentType(const QString &typeCode)
{
    for (const TypeTerm &type : kTypes)
        if (typeCode == QLatin1String(type.code))
            return QLatin1String(type.term);
    return QStringLiteral("Other");
}

QString incidentTypeCode(const QString &registryText)
{
    for (const TypeTerm &type : kTypes)
        if (registryText.compare(QLatin1String(type.term), Qt::CaseInsensitive) == 0)
            return QLatin1String(type.code);
    return {};
}

QString incidentStatus(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Reported:
        return QStringLiteral("Pending");
    case IncidentStatus::Closed:
        return QStringLiteral("Closed");
    case IncidentStatus::Dispatched:
    case IncidentStatus::EnRoute:
    case IncidentStatus::OnScene:
    case IncidentStatus::Cleared:
        break;
    }
    return QStringLiteral("Active");
}

std::optional<IncidentStatus> incidentStatusFrom(const QString &registryText)
{
    // "Active" says too little to pick one of four statuses: it reads as the first of them, dispatched.
    if (registryText.compare(QLatin1String("Active"), Qt::CaseInsensitive) == 0)
        return IncidentStatus::Dispatched;
    if (registryText.compare(QLatin1String("Pending"), Qt::CaseInsensitive) == 0)
        return IncidentStatus::Reported;
    if (registryText.compare(QLatin1String("Closed"), Qt::CaseInsensitive) == 0)
        return IncidentStatus::Closed;
    return std::nullopt;
}

QString resourceType(UnitKind kind)
{
    switch (kind) {
    case UnitKind::TowTruck:
        return QStringLiteral("Tow");
    case UnitKind::Ambulance:
        return QStringLiteral("EMS");
    case UnitKind::R2Patrol:
    case UnitKind::R4Patrol:
    case UnitKind::HighwayPatrol:
        break;
    }
    return QStringLiteral("LawEnforcement");
}

QString resourceAttribute(UnitKind kind)
{
    switch (kind) {
    case UnitKind::R2Patrol:
        return QStringLiteral("Motorcycle");
    case UnitKind::R4Patrol:
        return QStringLiteral("PatrolCar");
    case UnitKind::HighwayPatrol:
        return QStringLiteral("HighwayPatrol");
    case UnitKind::TowTruck:
        return QStringLiteral("TowTruck");
    case UnitKind::Ambulance:
        return QStringLiteral("Ambulance");
    }
    return QStringLiteral("Other");
}

QString resourceStatus(const Assignment &assignment)
{
    if (assignment.clearedAt.isValid())
        return QStringLiteral("Cleared");
    if (assignment.arrivedAt.isValid())
        return QStringLiteral("OnScene");
    return QStringLiteral("Dispatched");
}

} // namespace lintas::eidovocab
