#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariantMap>

#include "cases.h"
#include "change.h"

namespace lintas {

// A case's whole history is the set of its changes; foldCase replays them in (hlc, site, op) order, so every
// replica that holds the same changes computes the same case, whatever order they arrived in. The rules:
//
//   Create        kind, station_code, number and the first data; state = initialState(kind)
//   Set           plain data fields, last writer wins in replay order — only while isEditable(); a Set
//                 after the case left its initial state is a conflict (the record is immutable)
//   Transition    from, to, optional reason and data fields recorded by the step (owner identified, payment
//                 code, paid_at …) merged into the data; legal when `from` is the replayed state and
//                 isLegalCaseMove; notice_sent → stnk_blocked only when the change's time is at least
//                 kEtleConfirmDays after notice_sent_at (without it: after the move to notice_sent); a move to
//                 rejected needs a reason (or rejected_reason). Leaving the initial state makes version 1.
//   Revise        reason (required, non-blank) and the corrected data fields: version + 1; only after the
//                 case left its initial state and while it is not voided
//   Note          text; append-only
//   Attach        sha256, name, mime, size (content travels in the change, the store keeps the bytes)
//   VoidRequest   reason (required); only for isVoidable kinds, after submission, not voided, no other request
//                 pending
//   VoidDecision  request_op (the VoidRequest's op id), approve (bool), reason; only for a pending request
//                 and only by another actor than the requester; a refusal needs a reason; an approval makes
//                 the state Voided
//   View          someone opened the case: a timeline entry only (the audit of reads; updatedAt stays)
// Any change replayed before the Create, and a second Create, is a conflict; a change held twice counts once.
//
// Changes that break a rule never alter the case; they are listed as conflicts with a translated reason
// (context "CaseFold") naming the change, e.g. "Case TLG-…-0007 is submitted: a correction needs a reason".
struct CaseVersion
{
    int number = 0; // 1, 2, …
    QUuid opId;     // the change that made it (the submitting transition, or the Revise)
    QDateTime at;
    QString actor;
    QString siteId;
    QString reason; // empty for version 1
    QVariantMap data;
};

struct CaseEvent
{
    enum class Type
    {
        Created,
        Edited,
        Moved,
        Revised,
        Note,
        Attached,
        VoidRequested,
        VoidApproved,
        VoidRefused,
        Viewed
    };
    Type type = Type::Note;
    QUuid opId;
    QDateTime at;
    QString actor;
    QString siteId;
    QString text;       // the note, the reason, the attachment's name, or "from → to" (state names as stored)
    QVariantMap fields; // the change's fields as applied (content of an attachment left out)
};

struct CaseAttachment
{
    QUuid opId;
    QString sha256; // lower-case hex
    QString name;
    QString mime;
    qint64 size = 0;
    QDateTime at;
    QString actor;
};

struct VoidRequest
{
    enum class Status { Pending, Approved, Refused };
    QUuid opId;
    QString requester;
    QDateTime at;
    QString reason;
    Status status = Status::Pending;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
};

struct CaseConflict
{
    QUuid opId;
    QString reason; // translated
};

struct CaseFile
{
    CaseRecord record;
    QList<CaseVersion> versions; // oldest first
    QList<CaseEvent> timeline;   // oldest first, every applied change (and every View)
    QList<CaseAttachment> attachments;
    QList<VoidRequest> voidRequests;
    QList<CaseConflict> conflicts;

    // The request waiting for a decision, if any.
    const VoidRequest *pendingVoid() const;
};

// changes: every change of one case (entity Case, one entity id), in any order.
CaseFile foldCase(const ChangeList &changes);

// Whether `change`, added to the case's `existing` changes, would be applied (nothing is written). On refusal
// *reason gets the conflict's translated reason. The store checks every local case change with it.
bool wouldApply(const ChangeList &existing, const Change &change, QString *reason = nullptr);

// A field-by-field comparison of two versions' data, for "what changed" in a correction.
struct FieldDifference
{
    QString field;
    QVariant before; // invalid when the field is new
    QVariant after;  // invalid when the field was removed
};
QList<FieldDifference> differences(const QVariantMap &before, const QVariantMap &after);

} // namespace lintas
