#pragma once

#include <optional>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

#include "core/change.h"
#include "core/incident.h"
#include "core/responsetimes.h"
#include "core/unit.h"

namespace lintas {

// Rows to value structs and back, shared by the writer (for its notifications) and the readers.
// Times are stored as INTEGER Unix milliseconds (UTC), ids as UUID text without braces.
class Records
{
public:
    static QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }
    static QVariant idValue(const QUuid &id) { return id.isNull() ? QVariant() : QVariant(idText(id)); }
    static QDateTime time(const QVariant &ms);
    static QVariant timeValue(const QDateTime &at);

    // "SELECT <incidentColumns> FROM incidents …" then incident(query).
    static QString incidentColumns();
    static Incident incident(const QSqlQuery &query);
    static QString unitColumns();
    static Unit unit(const QSqlQuery &query);
    // "SELECT <changeColumns> FROM change_log …" (or quarantine), then change(query, index of op_id).
    static QString changeColumns();
    static Change change(const QSqlQuery &query, int first = 0);
    static QString assignmentColumns();
    static Assignment assignment(const QSqlQuery &query);

    // Throw SqlFailure.
    static std::optional<Incident> loadIncident(const QSqlDatabase &db, const QUuid &id);
    static std::optional<Unit> loadUnit(const QSqlDatabase &db, const QUuid &id);
    static std::optional<Assignment> loadAssignment(const QSqlDatabase &db, const QUuid &opId);
    // The region's response thresholds from the settings table (the defaults for what is not set).
    static ResponseThresholds responseThresholds(const QSqlDatabase &db);

    // Human names of statuses for messages and the timeline ("on scene"), translated (context "Store").
    static QString statusText(IncidentStatus status);
    static QString statusText(UnitStatus status);
};

} // namespace lintas
