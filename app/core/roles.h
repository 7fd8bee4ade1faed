#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "change.h"
#include "stations.h"

namespace lintas {

// The roles of an account (DESIGN.md section 5). The server enforces them on every change; the desk
// mirrors them so that a user is not offered what the server would refuse.
enum class Role
{
    Dispatcher,
    Supervisor,
    FieldOfficer,
    Auditor,
    Admin
};

QString toString(Role role); // "dispatcher", "supervisor", "field_officer", "auditor", "admin"
Role roleFromString(const QString &text, bool *ok = nullptr);
QString displayName(Role role); // translated ("Dispatcher" / "Petugas dispatch")
QList<Role> allRoles();

// Who is acting: a role within a station's subtree ("PMJ" reaches all of Polda Metro Jaya, "JAKPUS" only
// Polres Metro Jakarta Pusat and its Polsek).
struct Actor
{
    QString user;
    Role role = Role::Dispatcher;
    QString scope;
};

// Why a change was refused; code is stable for programs, reason is a translated sentence naming the change.
struct PolicyRefusal
{
    QString code; // "forbidden_role", "out_of_scope", "read_only"
    QString reason;
};

// The rules, in one place:
//   auditor        reads only; no change at all — except a View of a case, which records a read
//   field_officer  unit positions and unit status moves, notes, new incidents reported from the field, and
//                  the incident moves that follow a unit arriving (to en_route / on_scene, ChangeFactory::moveUnit);
//                  on cases as a dispatcher
//   dispatcher     everything on incidents except reopening a cleared one; unit status and positions; on cases:
//                  create, Set (the fold keeps it to drafts), Transition except to "paid", Revise, Note, Attach,
//                  VoidRequest and View
//   supervisor     everything, including the unit roster (create, callsign/kind/station/crew), reopening, the
//                  region's settings (response thresholds), deciding a void, paying a ticket (the settlement
//                  import) and the article catalogue (add, edit, retire)
//   admin          as supervisor
// Nobody deletes a case: there is no such change. entityStation is the station the entity belongs to (the
// incident's, unit's or case's station_code; for a create, the one in its fields); a change outside the
// actor's scope is refused. An empty entityStation (unknown entity) counts as inside the scope's Polda. A Set
// or Revise that moves an entity to another station_code must also stay inside the scope. A View is outside
// the scope rules: every desk reads the whole region, so recording a read is never out of scope. Checks in
// this order: read_only, forbidden_role, out_of_scope.
std::optional<PolicyRefusal> refusalFor(const Actor &actor, const Change &change, const QString &entityStation,
                                        const StationDirectory &stations = StationDirectory::builtIn());

// The changes only a supervisor or an admin may make: the unit roster (a unit's create, or a Set of anything
// but its position), reopening a cleared incident, every change of a region-wide Setting, a case's
// VoidDecision and Transition to "paid", and every change of an Article. The server audits their use as
// "privilege_use".
bool isSupervisorOnly(const Change &change);

// The Polda a station belongs to (itself for a Polda); empty for Korlantas or an unknown code.
QString poldaOf(const QString &stationCode, const StationDirectory &stations = StationDirectory::builtIn());
// Whether station is scope or lies below it.
bool isWithin(const QString &station, const QString &scope,
              const StationDirectory &stations = StationDirectory::builtIn());

} // namespace lintas
