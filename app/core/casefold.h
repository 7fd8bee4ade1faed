#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
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
//   Transition    from, to, optional reason and the data fields of its step (below), merged into the data;
//                 legal when `from` is the replayed state and isLegalCaseMove, and the step's checks hold.
//                 Leaving the initial state makes version 1.
//   Revise        reason (required, non-blank) and the corrected data fields: version + 1; only after the
//                 case left its initial state and while it is not voided
//   Note          text; append-only
//   Attach        sha256, name, mime, size (content travels in the change, the store keeps the bytes)
//   VoidRequest   reason (required); only for isVoidable kinds, after submission, not voided, not paid, no other
//                 request pending
//   VoidDecision  request_op (the VoidRequest's op id), approve (bool), reason (required, non-blank, either
//                 way); only for a pending request and only by another actor than the requester; an approval
//                 makes the state Voided, and is refused once the ticket is paid (a paid fine does not vanish)
//   View          someone opened the case: a timeline entry only (the audit of reads; updatedAt stays)
// Any change replayed before the Create, and a second Create, is a conflict; a change held twice counts once.
//
// The data a Transition may carry (besides from, to and reason), by the state it moves to (stepDataFields):
//
//   move out of the initial state   any field: it is the record being submitted (or the capture verified or
//   (submitted, verified, rejected)  rejected), which was editable until then
//   identified      owner_name, owner_nik, owner_address, plate, vehicle_kind, vehicle_make, vehicle_colour,
//                   stnk_number (what the vehicle registry says)
//   notice_sent     notice_sent_at
//   transferred     driver_name, driver_nik
//   payment_issued  payment_code, fine (the fine at issue time)
//   paid            paid_at, paid_amount, bank_ref
//   any other move  nothing (closed, confirmed, stnk_blocked)
// Any other field in a Transition is a conflict naming the field.
//
// The steps' checks (data as it stands after the step's fields are merged):
//   rejected        a reason (or rejected_reason)
//   identified      owner_name, and an owner_nik that validateNik does not call an error
//   transferred     driver_name, and a driver_nik that validateNik does not call an error
//   payment_issued  a payment_code of 15 digits with its check digit (hasValidCheckDigit), and a fine equal to
//                   the sum of the maximum fines of the articles as charged ("charged"), above 0
//   paid            a payment code issued before, paid_amount equal to the fine, a non-blank bank_ref
//   notice_sent → stnk_blocked    only when the change's time is at least kEtleConfirmDays after the notice
//   stnk_blocked → confirmed | transferred    only while the ticket has no payment code
//
// When the notice went out comes only from the Transition into notice_sent: its notice_sent_at (the change's
// own time when absent or unreadable), clamped to no later than that change's time and no earlier than the
// move before it; the data keeps the clamped time. Fields only a step records (notice_sent_at, payment_code,
// paid_at, paid_amount, bank_ref) are dropped from Create, Set and Revise, so no edit can move the deadline or
// fake a payment.
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
    // The data just before this version was made (empty for version 1). What a correction changed is
    // differences(version.before, version.data): the comparison with the previous version would also show
    // what the workflow's steps recorded in between (owner identified, payment code issued, …).
    QVariantMap before;
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

// The data fields a Transition into `to` may carry when it does not leave the initial state (the table above),
// sorted; empty when the step records nothing.
QStringList stepDataFields(CaseState to);

// A field-by-field comparison of two maps of case data, for "what changed" in a correction:
// differences(version.before, version.data).
struct FieldDifference
{
    QString field;
    QVariant before; // invalid when the field is new
    QVariant after;  // invalid when the field was removed
};
QList<FieldDifference> differences(const QVariantMap &before, const QVariantMap &after);

} // namespace lintas
