#include "unit.h"

#include "enumnames.h"

namespace lintas {
namespace {

constexpr detail::NameTable<UnitKind, 5> kKinds{{
    {UnitKind::R2Patrol, "r2"},
    {UnitKind::R4Patrol, "r4"},
    {UnitKind::HighwayPatrol, "pjr"},
    {UnitKind::TowTruck, "tow"},
    {UnitKind::Ambulance, "ambulance"},
}};

constexpr detail::NameTable<UnitStatus, 7> kStatuses{{
    {UnitStatus::Available, "available"},
    {UnitStatus::OnPatrol, "on_patrol"},
    {UnitStatus::Dispatched, "dispatched"},
    {UnitStatus::EnRoute, "en_route"},
    {UnitStatus::OnScene, "on_scene"},
    {UnitStatus::Busy, "busy"},
    {UnitStatus::OutOfService, "out_of_service"},
}};

} // namespace

QString toString(UnitKind kind) { return detail::nameOf(kKinds, kind); }
QString toString(UnitStatus status) { return detail::nameOf(kStatuses, status); }
UnitKind unitKindFromString(const QString &text, bool *ok) { return detail::valueOf(kKinds, text, ok); }
UnitStatus unitStatusFromString(const QString &text, bool *ok) { return detail::valueOf(kStatuses, text, ok); }
QList<UnitStatus> allUnitStatuses() { return detail::valuesOf(kStatuses); }
QList<UnitKind> allUnitKinds() { return detail::valuesOf(kKinds); }

const QStringList &unitPlainFields()
{
    static const QStringList fields{
        QStringLiteral("callsign"),    QStringLiteral("kind"),      QStringLiteral("station_code"),
        QStringLiteral("crew"),        QStringLiteral("latitude"),  QStringLiteral("longitude"),
        QStringLiteral("heading_deg"), QStringLiteral("speed_kmh"), QStringLiteral("position_at"),
    };
    return fields;
}

} // namespace lintas
