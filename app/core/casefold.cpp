#include "casefold.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace lintas {
namespace {

const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kReason = QString::fromLatin1(casefield::kReason);
const QString kText = QStringLiteral("text");
const QString kKind = QStringLiteral("kind");
const QString kNumber = QStringLiteral("number");
const QString kContent = QStringLiteral("content");
const QString kRequestOp = QStringLiteral("request_op");
const QString kApprove = QStringLiteral("approve");

QDateTime timeOf(const Change &change)
{
    return QDateTime::fromMSecsSinceEpoch(change.hlc.ms(), Qt::UTC);
}

// The replay order every replica agrees on: clock, then site, then op id (two changes of one site never share a
// clock reading, but a copied change might).
bool replaysBefore(const Change &a, const Change &b)
{
    if (a.hlc != b.hlc)
        return a.hlc < b.hlc;
    if (a.siteId != b.siteId)
        return a.siteId < b.siteId;
    return a.opId.toString() < b.opId.toString();
}

// The plain data a change carries: its fields without the ones that steer the change itself.
QVariantMap dataOf(const Change &change)
{
    QVariantMap data = change.fields;
    data.remove(kKind);
    data.remove(kNumber);
    if (change.kind == ChangeKind::Transition) {
        data.remove(kFrom);
        data.remove(kTo);
    }
    if (change.kind == ChangeKind::Transition || change.kind == ChangeKind::Revise)
        data.remove(kReason);
    return data;
}

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

// Replays one case's changes and keeps everything foldCase returns.
class CaseFolder
{
public:
    explicit CaseFolder(CaseFile *file) : m_file(file) {}

    void apply(const Change &change)
    {
        if (m_file->record.id.isNull())
            m_file->record.id = change.entityId;
        if (change.kind != ChangeKind::Create && !m_file->record.hasCreate) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: the %2 change came before the case was "
                                                                   "created")
                               .arg(caseName(), toString(change.kind)));
            return;
        }
        switch (change.kind) {
        case ChangeKind::Create:
            create(change);
            return;
        case ChangeKind::Set:
            set(change);
            return;
        case ChangeKind::Transition:
            transition(change);
            return;
        case ChangeKind::Revise:
            revise(change);
            return;
        case ChangeKind::Note:
            note(change);
            return;
        case ChangeKind::Attach:
            attach(change);
            return;
        case ChangeKind::VoidRequest:
            requestVoid(change);
            return;
        case ChangeKind::VoidDecision:
            decideVoid(change);
            return;
        case ChangeKind::View:
            // The audit of reads: seen in the timeline, never a change of the case.
            addEvent(CaseEvent::Type::Viewed, change, {}, {});
            return;
        case ChangeKind::Dispatch:
            break;
        }
        refuse(change, QCoreApplication::translate("CaseFold", "Case %1: a %2 change does not apply to cases")
                           .arg(caseName(), toString(change.kind)));
    }

private:
    CaseRecord &record() { return m_file->record; }

    QString caseName() const
    {
        const CaseRecord &r = m_file->record;
        return r.number.isEmpty() ? r.id.toString(QUuid::WithoutBraces) : r.number;
    }

    void refuse(const Change &change, const QString &reason) { m_file->conflicts.append({change.opId, reason}); }

    void addEvent(CaseEvent::Type type, const Change &change, const QString &text, const QVariantMap &fields)
    {
        CaseEvent event;
        event.type = type;
        event.opId = change.opId;
        event.at = timeOf(change);
        event.actor = change.actor;
        event.siteId = change.siteId;
        event.text = text;
        event.fields = fields;
        m_file->timeline.append(event);
    }

    // The record follows the data; and a case is as recent as its newest change of substance.
    void touched(const Change &change)
    {
        CaseRecord &r = record();
        r.stationCode = r.data.value(QLatin1String(casefield::kStation)).toString();
        r.officerNrp = r.data.value(QLatin1String(casefield::kOfficerNrp)).toString();
        r.updatedAt = timeOf(change);
    }

    void create(const Change &change)
    {
        CaseRecord &r = record();
        if (r.hasCreate) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1 was already created; a second create "
                                                                   "change is ignored")
                               .arg(caseName()));
            return;
        }
        bool known = false;
        const QString kindName = change.fields.value(kKind).toString();
        const CaseKind kind = caseKindFromString(kindName, &known);
        if (!known) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: the create change names an unknown kind "
                                                                   "'%2'")
                               .arg(caseName(), kindName));
            return;
        }
        r.hasCreate = true;
        r.kind = kind;
        r.state = initialState(kind);
        r.number = change.fields.value(kNumber).toString();
        r.data = dataOf(change);
        r.createdAt = timeOf(change);
        r.createdBy = change.actor;
        touched(change);
        addEvent(CaseEvent::Type::Created, change, r.number, dataOf(change));
    }

    void set(const Change &change)
    {
        CaseRecord &r = record();
        if (!isEditable(r.kind, r.state)) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1 is %2: its record can no longer be "
                                                                   "edited (set); a correction is a revision with "
                                                                   "a reason")
                               .arg(caseName(), toString(r.state)));
            return;
        }
        const QVariantMap data = dataOf(change);
        for (auto it = data.cbegin(); it != data.cend(); ++it)
            r.data.insert(it.key(), it.value());
        touched(change);
        addEvent(CaseEvent::Type::Edited, change, {}, data);
    }

    void transition(const Change &change)
    {
        CaseRecord &r = record();
        const QString fromName = change.fields.value(kFrom).toString();
        const QString toName = change.fields.value(kTo).toString();
        bool fromKnown = false;
        bool toKnown = false;
        const CaseState from = caseStateFromString(fromName, &fromKnown);
        const CaseState to = caseStateFromString(toName, &toKnown);
        if (!fromKnown || !toKnown) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: the transition from '%2' to '%3' names "
                                                                   "an unknown state")
                               .arg(caseName(), fromName, toName));
            return;
        }
        if (from != r.state) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: the transition from %2 to %3 was made "
                                                                   "on a case that is now %4")
                               .arg(caseName(), fromName, toName, toString(r.state)));
            return;
        }
        if (!isLegalCaseMove(r.kind, from, to)) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: a %2 cannot move from %3 to %4")
                               .arg(caseName(), toString(r.kind), fromName, toName));
            return;
        }
        const QVariantMap data = dataOf(change);
        const QString reason = change.fields.value(kReason).toString().trimmed();
        if (to == CaseState::Rejected && reason.isEmpty() &&
            data.value(QLatin1String(casefield::kRejectedReason)).toString().trimmed().isEmpty()) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: a rejection (transition to %2) needs a "
                                                                   "reason")
                               .arg(caseName(), toName));
            return;
        }
        if (from == CaseState::NoticeSent && to == CaseState::StnkBlocked) {
            const QDateTime deadline = noticeSentAt().addDays(kEtleConfirmDays);
            if (timeOf(change) < deadline) {
                refuse(change,
                       QCoreApplication::translate("CaseFold", "Case %1: the STNK cannot be blocked (transition) "
                                                               "before the confirmation deadline %2")
                           .arg(caseName(), deadline.toString(Qt::ISODate)));
                return;
            }
        }

        const bool leavesInitial = r.state == initialState(r.kind);
        for (auto it = data.cbegin(); it != data.cend(); ++it)
            r.data.insert(it.key(), it.value());
        r.state = to;
        if (to == CaseState::NoticeSent)
            m_noticeMovedAt = timeOf(change);
        touched(change);
        if (leavesInitial) {
            r.submittedAt = timeOf(change);
            addVersion(change, {});
        }
        QVariantMap fields = data;
        if (!reason.isEmpty())
            fields.insert(kReason, reason);
        addEvent(CaseEvent::Type::Moved, change, QStringLiteral("%1 → %2").arg(fromName, toName), fields);
    }

    // When the owner was notified: the notice's own time as recorded, else the moment the case moved to it.
    QDateTime noticeSentAt() const
    {
        const QDateTime recorded = QDateTime::fromString(
            m_file->record.data.value(QLatin1String(casefield::kNoticeSentAt)).toString(), Qt::ISODateWithMs);
        return recorded.isValid() ? recorded : m_noticeMovedAt;
    }

    void addVersion(const Change &change, const QString &reason)
    {
        CaseRecord &r = record();
        r.version += 1;
        CaseVersion version;
        version.number = r.version;
        version.opId = change.opId;
        version.at = timeOf(change);
        version.actor = change.actor;
        version.siteId = change.siteId;
        version.reason = reason;
        version.data = r.data;
        m_file->versions.append(version);
    }

    void revise(const Change &change)
    {
        CaseRecord &r = record();
        const QString reason = change.fields.value(kReason).toString().trimmed();
        if (r.state == initialState(r.kind)) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1 is still %2: edit it instead of a "
                                                                   "correction (revise)")
                               .arg(caseName(), toString(r.state)));
            return;
        }
        if (r.state == CaseState::Voided) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1 is voided: it takes no correction "
                                                                   "(revise)")
                               .arg(caseName()));
            return;
        }
        if (reason.isEmpty()) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1 is %2: a correction (revise) needs a "
                                                                   "reason")
                               .arg(caseName(), toString(r.state)));
            return;
        }
        const QVariantMap data = dataOf(change);
        if (data.isEmpty()) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: the correction (revise) changes no "
                                                                   "field")
                               .arg(caseName()));
            return;
        }
        for (auto it = data.cbegin(); it != data.cend(); ++it)
            r.data.insert(it.key(), it.value());
        touched(change);
        addVersion(change, reason);
        addEvent(CaseEvent::Type::Revised, change, reason, data);
    }

    void note(const Change &change)
    {
        // Append-only: a note never conflicts, whatever the case's state.
        touched(change);
        addEvent(CaseEvent::Type::Note, change, change.fields.value(kText).toString(), change.fields);
    }

    void attach(const Change &change)
    {
        CaseAttachment attachment;
        attachment.opId = change.opId;
        attachment.sha256 = change.fields.value(QStringLiteral("sha256")).toString();
        attachment.name = change.fields.value(QStringLiteral("name")).toString();
        attachment.mime = change.fields.value(QStringLiteral("mime")).toString();
        attachment.size = change.fields.value(QStringLiteral("size")).toLongLong();
        attachment.at = timeOf(change);
        attachment.actor = change.actor;
        if (!isSha256Hex(attachment.sha256)) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: the attachment (attach) '%2' has no "
                                                                   "valid SHA-256 ('%3')")
                               .arg(caseName(), attachment.name, attachment.sha256));
            return;
        }
        m_file->attachments.append(attachment);
        touched(change);
        QVariantMap fields = change.fields;
        fields.remove(kContent); // the bytes live in the store, not in the timeline
        addEvent(CaseEvent::Type::Attached, change, attachment.name, fields);
    }

    void requestVoid(const Change &change)
    {
        CaseRecord &r = record();
        const QString reason = change.fields.value(kReason).toString().trimmed();
        if (!isVoidable(r.kind)) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: a %2 cannot be voided (void_request)")
                               .arg(caseName(), toString(r.kind)));
            return;
        }
        if (r.state == initialState(r.kind)) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1 is still %2: only a submitted case is "
                                                                   "voided (void_request)")
                               .arg(caseName(), toString(r.state)));
            return;
        }
        if (r.state == CaseState::Voided) {
            refuse(change,
                   QCoreApplication::translate("CaseFold", "Case %1 is already voided (void_request)").arg(caseName()));
            return;
        }
        if (m_file->pendingVoid()) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1 already has a void request waiting for "
                                                                   "a decision (void_request)")
                               .arg(caseName()));
            return;
        }
        if (reason.isEmpty()) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: a void request (void_request) needs a "
                                                                   "reason")
                               .arg(caseName()));
            return;
        }
        VoidRequest request;
        request.opId = change.opId;
        request.requester = change.actor;
        request.at = timeOf(change);
        request.reason = reason;
        m_file->voidRequests.append(request);
        r.voidPending = true;
        touched(change);
        addEvent(CaseEvent::Type::VoidRequested, change, reason, change.fields);
    }

    void decideVoid(const Change &change)
    {
        CaseRecord &r = record();
        const QUuid requestOp = QUuid::fromString(change.fields.value(kRequestOp).toString());
        const bool approve = change.fields.value(kApprove).toBool();
        const QString reason = change.fields.value(kReason).toString().trimmed();
        VoidRequest *request = nullptr;
        for (VoidRequest &candidate : m_file->voidRequests)
            if (candidate.status == VoidRequest::Status::Pending && candidate.opId == requestOp)
                request = &candidate;
        if (!request) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: the void decision (void_decision) "
                                                                   "answers no pending request (%2)")
                               .arg(caseName(), change.fields.value(kRequestOp).toString()));
            return;
        }
        if (request->requester == change.actor) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: %2 requested the void and cannot "
                                                                   "decide it too (void_decision); another "
                                                                   "supervisor must")
                               .arg(caseName(), change.actor));
            return;
        }
        if (!approve && reason.isEmpty()) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: refusing a void (void_decision) needs a "
                                                                   "reason")
                               .arg(caseName()));
            return;
        }
        request->status = approve ? VoidRequest::Status::Approved : VoidRequest::Status::Refused;
        request->decidedBy = change.actor;
        request->decidedAt = timeOf(change);
        request->decisionReason = reason;
        r.voidPending = false;
        if (approve)
            r.state = CaseState::Voided;
        touched(change);
        addEvent(approve ? CaseEvent::Type::VoidApproved : CaseEvent::Type::VoidRefused, change, reason, change.fields);
    }

    CaseFile *m_file;
    QDateTime m_noticeMovedAt;
};

// Every change once, in replay order.
ChangeList inReplayOrder(const ChangeList &changes)
{
    ChangeList ordered;
    ordered.reserve(changes.size());
    QSet<QUuid> seen;
    for (const Change &change : changes) {
        if (seen.contains(change.opId))
            continue;
        seen.insert(change.opId);
        ordered.append(change);
    }
    std::sort(ordered.begin(), ordered.end(), replaysBefore);
    return ordered;
}

} // namespace

const VoidRequest *CaseFile::pendingVoid() const
{
    for (const VoidRequest &request : voidRequests)
        if (request.status == VoidRequest::Status::Pending)
            return &request;
    return nullptr;
}

CaseFile foldCase(const ChangeList &changes)
{
    CaseFile file;
    CaseFolder folder(&file);
    for (const Change &change : inReplayOrder(changes))
        folder.apply(change);
    return file;
}

bool wouldApply(const ChangeList &existing, const Change &change, QString *reason)
{
    const auto refuse = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (change.entity != EntityKind::Case)
        return refuse(
            QCoreApplication::translate("CaseFold", "The %1 change is not about a case").arg(toString(change.kind)));
    for (const Change &other : existing) {
        if (other.entityId != change.entityId)
            return refuse(QCoreApplication::translate("CaseFold", "The %1 change is about case %2, not case %3")
                              .arg(toString(change.kind), change.entityId.toString(QUuid::WithoutBraces),
                                   other.entityId.toString(QUuid::WithoutBraces)));
    }
    // A change the case already holds is answered as it stands (the fold keeps one copy of each op).
    ChangeList all = existing;
    all.append(change);
    const CaseFile file = foldCase(all);
    for (const CaseConflict &conflict : file.conflicts)
        if (conflict.opId == change.opId)
            return refuse(conflict.reason);
    if (reason)
        reason->clear();
    return true;
}

QList<FieldDifference> differences(const QVariantMap &before, const QVariantMap &after)
{
    QStringList fields = before.keys();
    for (const QString &field : after.keys())
        if (!before.contains(field))
            fields.append(field);
    std::sort(fields.begin(), fields.end());

    QList<FieldDifference> found;
    for (const QString &field : std::as_const(fields)) {
        const QVariant old = before.value(field);
        const QVariant now = after.value(field);
        if (before.contains(field) && after.contains(field) && old == now)
            continue;
        found.append({field, before.contains(field) ? old : QVariant(), after.contains(field) ? now : QVariant()});
    }
    return found;
}

} // namespace lintas
