#include "roles.h"

#include <QCoreApplication>

#include "cases.h"
#include "enumnames.h"
#include "incident.h"

namespace lintas {
namespace {

constexpr detail::NameTable<Role, 5> kRoles{{
    {Role::Dispatcher, "dispatcher"},
    {Role::Supervisor, "supervisor"},
    {Role::FieldOfficer, "field_officer"},
    {Role::Auditor, "auditor"},
    {Role::Admin, "admin"},
}};

// A unit's live position; every role that may touch units may report it.
const QStringList &unitPositionFields()
{
    static const QStringList fields{QStringLiteral("latitude"), QStringLiteral("longitude"),
                                    QStringLiteral("heading_deg"), QStringLiteral("speed_kmh"),
                                    QStringLiteral("position_at")};
    return fields;
}

bool onlyPositionFields(const Change &change)
{
    if (change.fields.isEmpty())
        return false;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
        if (!unitPositionFields().contains(it.key()))
            return false;
    return true;
}

// Moving a cleared (or closed) incident back into work: the case was settled, so a supervisor decides.
bool isReopening(const Change &change)
{
    if (change.entity != EntityKind::Incident || change.kind != ChangeKind::Transition)
        return false;
    bool fromOk = false;
    bool toOk = false;
    const IncidentStatus from =
        incidentStatusFromString(change.fields.value(QStringLiteral("from")).toString(), &fromOk);
    const IncidentStatus to = incidentStatusFromString(change.fields.value(QStringLiteral("to")).toString(), &toOk);
    if (!fromOk || !toOk)
        return false;
    const bool settled = from == IncidentStatus::Cleared || from == IncidentStatus::Closed;
    return settled && to != IncidentStatus::Closed && to != IncidentStatus::Cleared;
}

// The incident moves that follow a unit reaching it (ChangeFactory::moveUnit), which the crew itself reports.
bool isFollowingItsUnit(const Change &change)
{
    if (change.entity != EntityKind::Incident || change.kind != ChangeKind::Transition)
        return false;
    const QString to = change.fields.value(QStringLiteral("to")).toString();
    return to == toString(IncidentStatus::EnRoute) || to == toString(IncidentStatus::OnScene);
}

// Someone opened a case record: the audit of reads. It changes no data, so every role may record it.
bool isRecordedRead(const Change &change)
{
    return change.entity == EntityKind::Case && change.kind == ChangeKind::View;
}

// A ticket settled: only a supervisor's import of the bank's settlement file pays a ticket.
bool isPayment(const Change &change)
{
    return change.entity == EntityKind::Case && change.kind == ChangeKind::Transition &&
           change.fields.value(QStringLiteral("to")).toString() == toString(CaseState::Paid);
}

// What a dispatcher or a field officer may not do to a case: decide a void (the second approver is a
// supervisor), pay a ticket, or dispatch (cases have no assignments; units go to incidents).
QString forbiddenCaseAction(const Change &change)
{
    switch (change.kind) {
    case ChangeKind::VoidDecision:
        return QCoreApplication::translate("Roles", "decide a void request");
    case ChangeKind::Dispatch:
        return QCoreApplication::translate("Roles", "dispatch a unit to a case");
    case ChangeKind::Transition:
        return isPayment(change) ? QCoreApplication::translate("Roles", "record a ticket as paid") : QString();
    case ChangeKind::Create:
    case ChangeKind::Set:
    case ChangeKind::Note:
    case ChangeKind::Revise:
    case ChangeKind::Attach:
    case ChangeKind::VoidRequest:
    case ChangeKind::View:
        return {};
    }
    return QCoreApplication::translate("Roles", "change any record");
}

// "set on unit 0190c1a2-…", for the reasons a user reads.
QString describe(const Change &change)
{
    return QCoreApplication::translate("Roles", "%1 on %2 %3")
        .arg(toString(change.kind), toString(change.entity), change.entityId.toString(QUuid::WithoutBraces));
}

// What a role may do, without regard to scope. Returns the refused action's wording, or an empty string.
QString forbiddenAction(Role role, const Change &change)
{
    const bool unit = change.entity == EntityKind::Unit;
    // Region-wide settings (the response thresholds) are the supervisors' policy, whoever else may act.
    if (change.entity == EntityKind::Setting && role != Role::Supervisor && role != Role::Admin &&
        role != Role::Auditor)
        return QCoreApplication::translate("Roles", "change the region's settings");
    // The article catalogue (UU 22/2009 as charged) is the supervisors' to add to, edit and retire.
    if (change.entity == EntityKind::Article && role != Role::Supervisor && role != Role::Admin &&
        role != Role::Auditor)
        return QCoreApplication::translate("Roles", "change the article catalogue");
    switch (role) {
    case Role::Supervisor:
    case Role::Admin:
        return {};
    case Role::Auditor:
        return isRecordedRead(change) ? QString() : QCoreApplication::translate("Roles", "change any record");
    case Role::Dispatcher:
        if (change.entity == EntityKind::Case)
            return forbiddenCaseAction(change);
        if (!isSupervisorOnly(change))
            return {};
        if (isReopening(change))
            return QCoreApplication::translate("Roles", "reopen a cleared incident");
        return QCoreApplication::translate("Roles", "change the unit roster");
    case Role::FieldOfficer:
        if (change.entity == EntityKind::Case)
            return forbiddenCaseAction(change);
        if (isReopening(change))
            return QCoreApplication::translate("Roles", "reopen a cleared incident");
        if (unit && change.kind == ChangeKind::Transition)
            return {};
        if (unit && change.kind == ChangeKind::Set && onlyPositionFields(change))
            return {};
        if (change.kind == ChangeKind::Note)
            return {};
        if (!unit && change.kind == ChangeKind::Create)
            return {};
        if (isFollowingItsUnit(change))
            return {};
        if (unit)
            return QCoreApplication::translate("Roles", "change the unit roster");
        return QCoreApplication::translate("Roles", "edit, dispatch or move incidents");
    }
    return QCoreApplication::translate("Roles", "change any record");
}

QString stationName(const QString &code, const StationDirectory &stations)
{
    const auto station = stations.byCode(code);
    return station ? QStringLiteral("%1 (%2)").arg(station->name, code) : code;
}

} // namespace

QString toString(Role role)
{
    return detail::nameOf(kRoles, role);
}
Role roleFromString(const QString &text, bool *ok)
{
    return detail::valueOf(kRoles, text, ok);
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Dispatcher:
        return QCoreApplication::translate("Roles", "Dispatcher");
    case Role::Supervisor:
        return QCoreApplication::translate("Roles", "Supervisor");
    case Role::FieldOfficer:
        return QCoreApplication::translate("Roles", "Field officer");
    case Role::Auditor:
        return QCoreApplication::translate("Roles", "Auditor");
    case Role::Admin:
        return QCoreApplication::translate("Roles", "Administrator");
    }
    return {};
}

QList<Role> allRoles()
{
    return detail::valuesOf(kRoles);
}

bool isSupervisorOnly(const Change &change)
{
    if (isReopening(change))
        return true;
    if (change.entity == EntityKind::Setting || change.entity == EntityKind::Article)
        return true;
    if (change.entity == EntityKind::Case)
        return change.kind == ChangeKind::VoidDecision || isPayment(change);
    if (change.entity != EntityKind::Unit)
        return false;
    switch (change.kind) {
    case ChangeKind::Create:
    case ChangeKind::Dispatch:
        return true;
    case ChangeKind::Set:
        return !onlyPositionFields(change);
    case ChangeKind::Transition:
    case ChangeKind::Note:
    case ChangeKind::Revise:
    case ChangeKind::Attach:
    case ChangeKind::VoidRequest:
    case ChangeKind::VoidDecision:
    case ChangeKind::View:
        return false;
    }
    return true;
}

std::optional<PolicyRefusal> refusalFor(const Actor &actor, const Change &change, const QString &entityStation,
                                        const StationDirectory &stations)
{
    if (actor.role == Role::Auditor && !isRecordedRead(change))
        return PolicyRefusal{QStringLiteral("read_only"),
                             QCoreApplication::translate("Roles", "%1 %2 has read-only access and may not make "
                                                                  "changes (%3)")
                                 .arg(displayName(actor.role), actor.user, describe(change))};

    const QString action = forbiddenAction(actor.role, change);
    if (!action.isEmpty())
        return PolicyRefusal{QStringLiteral("forbidden_role"),
                             QCoreApplication::translate("Roles", "%1 %2 may not %3 (%4)")
                                 .arg(displayName(actor.role), actor.user, action, describe(change))};

    // A read is no change: whoever may read the region's records (every desk pulls the whole region log) may
    // record having opened one, wherever it belongs.
    if (isRecordedRead(change))
        return std::nullopt;

    // Scope: the entity's station and, when a change moves it, its new station must both lie in the actor's
    // subtree. An entity the server has never seen a station for is taken as belonging to the actor's Polda.
    const auto outOfScope = [&](const QString &station) {
        return PolicyRefusal{QStringLiteral("out_of_scope"),
                             QCoreApplication::translate("Roles", "%1 %2 works for %3 and may not change a record of "
                                                                  "%4 (%5)")
                                 .arg(displayName(actor.role), actor.user, stationName(actor.scope, stations),
                                      stationName(station, stations), describe(change))};
    };
    if (!entityStation.isEmpty() && !isWithin(entityStation, actor.scope, stations))
        return outOfScope(entityStation);
    if (change.kind == ChangeKind::Set || change.kind == ChangeKind::Create || change.kind == ChangeKind::Revise) {
        const QString target = change.fields.value(QStringLiteral("station_code")).toString();
        if (!target.isEmpty() && !isWithin(target, actor.scope, stations))
            return outOfScope(target);
    }
    return std::nullopt;
}

QString poldaOf(const QString &stationCode, const StationDirectory &stations)
{
    // Parents are exactly one level up (StationDirectory::fromCsv), so three steps reach the Polda; the bound
    // guards directories built some other way.
    std::optional<Station> station = stations.byCode(stationCode);
    for (int step = 0; station && step < 4; ++step) {
        if (station->level == StationLevel::Polda)
            return station->code;
        if (station->level == StationLevel::Korlantas)
            return {};
        station = stations.byCode(station->parentCode);
    }
    return {};
}

bool isWithin(const QString &station, const QString &scope, const StationDirectory &stations)
{
    if (station.isEmpty() || scope.isEmpty())
        return false;
    QString code = station;
    for (int step = 0; step < 5 && !code.isEmpty(); ++step) {
        if (code == scope)
            return true;
        const auto current = stations.byCode(code);
        if (!current)
            return false;
        code = current->parentCode;
    }
    return false;
}

} // namespace lintas
