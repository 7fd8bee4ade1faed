#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>
#include <QVariantMap>

#include "hlc.h"

namespace lintas {

// What a change is about. A Setting is a region-wide record (the response thresholds): its Create names
// station_code = the Polda it belongs to, and a Set changes fields, last writer wins per field. A Case is a
// violation, ETLE ticket, accident or watch-list entry (cases.h, casefold.h); an Article is an entry of the
// UU 22/2009 catalogue a supervisor added, edited or retired (articles.h), id articleId(code).
enum class EntityKind
{
    Incident,
    Unit,
    Setting,
    Case,
    Article
};

// What a change does (DESIGN.md section 3).
enum class ChangeKind
{
    Create,     // fields: the record's first values
    Set,        // fields: plain values, last writer wins per field
    Transition, // fields: from, to (+ incident_id for a unit), checked by the state machine
    Note,       // fields: text; append-only
    Dispatch,   // on an incident: fields unit_id (+ recommended_unit_id, rank, eta_s, override_reason);
                // append-only assignment record
    // Cases only (casefold.h):
    Revise,       // a correction after submission: reason + the corrected fields; a new version
    Attach,       // sha256, name, mime, size, content (base64); append-only
    VoidRequest,  // reason
    VoidDecision, // request_op, approve, reason; by a supervisor other than the requester
    View,         // someone opened the case record (the audit of reads); changes no data
};

QString toString(EntityKind kind);
QString toString(ChangeKind kind);
EntityKind entityKindFromString(const QString &text, bool *ok = nullptr);
ChangeKind changeKindFromString(const QString &text, bool *ok = nullptr);

inline constexpr int kChangeSchemaVersion = 1;

// An immutable record of one mutation. Everything that alters a table is one of these, whether a
// dispatcher typed it, a server sent it or the simulator produced it.
struct Change
{
    QUuid opId;
    QString siteId;
    Hlc hlc;
    QString actor;
    EntityKind entity = EntityKind::Incident;
    QUuid entityId;
    ChangeKind kind = ChangeKind::Set;
    QVariantMap fields;
    int schemaVersion = kChangeSchemaVersion;

    // The total order that settles every conflict: by clock, then by site.
    bool isAfter(const Change &other) const
    {
        return hlc != other.hlc ? hlc > other.hlc : siteId > other.siteId;
    }
    QByteArray fieldsJson() const;
    static QVariantMap fieldsFromJson(const QByteArray &json);
};

using ChangeList = QList<Change>;

} // namespace lintas

Q_DECLARE_METATYPE(lintas::Change)
