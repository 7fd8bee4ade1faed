#include "casefold.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include "articles.h"
#include "etle.h"
#include "validators.h"

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

namespace cf = casefield;

QString fieldName(const char *name)
{
    return QString::fromLatin1(name);
}

QString textOf(const QVariantMap &data, const char *name)
{
    return data.value(fieldName(name)).toString().trimmed();
}

// Fields only a workflow step records: an edit or a correction that could set them would move the confirmation
// deadline or make an unpaid ticket look paid.
const QStringList &stepOnlyFields()
{
    static const QStringList fields{fieldName(cf::kNoticeSentAt), fieldName(cf::kPaymentCode), fieldName(cf::kPaidAt),
                                    fieldName(cf::kPaidAmount), fieldName(cf::kBankRef)};
    return fields;
}

// Whole rupiah, whatever way the value travelled (a number through JSON may come back as a double, a form may
// write text); nothing for a fraction or a non-number.
std::optional<qint64> rupiahOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    bool ok = false;
    if (value.typeId() == QMetaType::QString) {
        const qint64 whole = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(whole) : std::nullopt;
    }
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double number = value.toDouble(&ok);
        if (!ok || number != std::floor(number) || std::abs(number) > 9e15)
            return std::nullopt;
        return qint64(number);
    }
    const qint64 whole = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(whole) : std::nullopt;
}

// The fine the articles as charged add up to: the snapshots kept in the case, not today's catalogue.
qint64 chargedTotal(const QVariantMap &data)
{
    return totalChargedFine(data.value(fieldName(cf::kCharged)));
}

QString isoText(const QDateTime &at)
{
    return at.toString(at.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

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

// The data an edit, a correction or the submission may set: without the fields only a later step records.
QVariantMap editableDataOf(const Change &change)
{
    QVariantMap data = dataOf(change);
    for (const QString &field : stepOnlyFields())
        data.remove(field);
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
        r.data = editableDataOf(change);
        r.createdAt = timeOf(change);
        r.createdBy = change.actor;
        touched(change);
        addEvent(CaseEvent::Type::Created, change, r.number, r.data);
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
        const QVariantMap data = editableDataOf(change);
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
        const bool leavesInitial = r.state == initialState(r.kind);
        // Out of the initial state the step takes the record being submitted; later steps record their own data.
        QVariantMap data = leavesInitial ? editableDataOf(change) : dataOf(change);
        if (!leavesInitial) {
            const QStringList allowed = stepDataFields(to);
            for (auto it = data.cbegin(); it != data.cend(); ++it) {
                if (allowed.contains(it.key()))
                    continue;
                refuse(change,
                       allowed.isEmpty()
                           ? QCoreApplication::translate("CaseFold", "Case %1: the transition from %2 to %3 records no "
                                                                     "data, yet it carries the field '%4'")
                                 .arg(caseName(), fromName, toName, it.key())
                           : QCoreApplication::translate("CaseFold", "Case %1: the transition from %2 to %3 cannot "
                                                                     "carry the field '%4'; it records only %5")
                                 .arg(caseName(), fromName, toName, it.key(), allowed.join(QStringLiteral(", "))));
                return;
            }
        }
        const QString reason = change.fields.value(kReason).toString().trimmed();
        if (to == CaseState::Rejected && reason.isEmpty() &&
            data.value(QLatin1String(casefield::kRejectedReason)).toString().trimmed().isEmpty()) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: a rejection (transition to %2) needs a "
                                                                   "reason")
                               .arg(caseName(), toName));
            return;
        }
        if (to == CaseState::NoticeSent)
            data.insert(fieldName(cf::kNoticeSentAt), noticeTimeOf(change, data));
        QVariantMap after = r.data;
        for (auto it = data.cbegin(); it != data.cend(); ++it)
            after.insert(it.key(), it.value());
        if (const QString why = stepRefusal(change, from, to, after); !why.isEmpty()) {
            refuse(change, why);
            return;
        }

        r.data = after;
        r.state = to;
        if (to == CaseState::NoticeSent)
            m_noticeSentAt =
                QDateTime::fromString(data.value(fieldName(cf::kNoticeSentAt)).toString(), Qt::ISODateWithMs);
        m_lastMoveAt = timeOf(change);
        touched(change);
        if (leavesInitial) {
            r.submittedAt = timeOf(change);
            addVersion(change, {}, {});
        }
        QVariantMap fields = data;
        if (!reason.isEmpty())
            fields.insert(kReason, reason);
        addEvent(CaseEvent::Type::Moved, change, QStringLiteral("%1 → %2").arg(fromName, toName), fields);
    }

    // When the owner was notified, as the move into notice_sent records it: its notice_sent_at, or the move's own
    // time; never later than the move (a notice is recorded once sent) nor earlier than the move before it (the
    // owner could not be notified before the vehicle was identified), so no recorded time can bring the STNK
    // block forward.
    QString noticeTimeOf(const Change &change, const QVariantMap &data) const
    {
        const QString given = data.value(fieldName(cf::kNoticeSentAt)).toString().trimmed();
        const QDateTime recorded = QDateTime::fromString(given, Qt::ISODateWithMs);
        const QDateTime movedAt = timeOf(change);
        QDateTime sent = recorded.isValid() ? recorded : movedAt;
        if (sent > movedAt)
            sent = movedAt;
        if (m_lastMoveAt.isValid() && sent < m_lastMoveAt)
            sent = m_lastMoveAt;
        if (recorded.isValid() && sent == recorded)
            return given;
        // Written in the offset the desk wrote, so that the time reads as the desk meant it.
        return isoText(recorded.isValid() ? sent.toOffsetFromUtc(recorded.offsetFromUtc()) : sent);
    }

    // Why the step cannot be taken with the data it leaves the case with; empty when it can.
    QString stepRefusal(const Change &change, CaseState from, CaseState to, const QVariantMap &after) const
    {
        const CaseRecord &r = m_file->record;
        const QString fromName = toString(from);
        const QString toName = toString(to);
        const auto nikProblem = [](const QVariantMap &data, const char *field) {
            const Validation nik = validateNik(textOf(data, field));
            return nik.isError() ? nik.message : QString();
        };
        const bool hasPaymentCode = !textOf(r.data, cf::kPaymentCode).isEmpty();

        if (from == CaseState::NoticeSent && to == CaseState::StnkBlocked) {
            const QDateTime deadline = m_noticeSentAt.addDays(kEtleConfirmDays);
            if (timeOf(change) < deadline)
                return QCoreApplication::translate("CaseFold", "Case %1: the STNK cannot be blocked (transition) "
                                                               "before the confirmation deadline %2")
                    .arg(caseName(), deadline.toString(Qt::ISODate));
        }
        if (from == CaseState::StnkBlocked && (to == CaseState::Confirmed || to == CaseState::Transferred) &&
            hasPaymentCode)
            return QCoreApplication::translate("CaseFold", "Case %1: the ticket already has payment code %2; once "
                                                           "blocked it can only be paid (transition from %3 to %4)")
                .arg(caseName(), textOf(r.data, cf::kPaymentCode), fromName, toName);

        switch (to) {
        case CaseState::Identified:
            if (textOf(after, cf::kOwnerName).isEmpty())
                return QCoreApplication::translate("CaseFold", "Case %1: identifying the vehicle (transition to %2) "
                                                               "needs the owner's name (owner_name)")
                    .arg(caseName(), toName);
            if (const QString problem = nikProblem(after, cf::kOwnerNik); !problem.isEmpty())
                return QCoreApplication::translate("CaseFold", "Case %1: identifying the vehicle (transition to %2) "
                                                               "needs the owner's valid NIK (owner_nik): %3")
                    .arg(caseName(), toName, problem);
            break;
        case CaseState::Transferred:
            if (textOf(after, cf::kDriverName).isEmpty())
                return QCoreApplication::translate("CaseFold", "Case %1: transferring the ticket (transition to %2) "
                                                               "needs the driver's name (driver_name)")
                    .arg(caseName(), toName);
            if (const QString problem = nikProblem(after, cf::kDriverNik); !problem.isEmpty())
                return QCoreApplication::translate("CaseFold", "Case %1: transferring the ticket (transition to %2) "
                                                               "needs the driver's valid NIK (driver_nik): %3")
                    .arg(caseName(), toName, problem);
            break;
        case CaseState::PaymentIssued: {
            const QString code = textOf(after, cf::kPaymentCode);
            if (!hasValidCheckDigit(code))
                return QCoreApplication::translate("CaseFold", "Case %1: the payment code (payment_code) '%2' of the "
                                                               "transition to %3 is not 15 digits with a valid check "
                                                               "digit")
                    .arg(caseName(), code, toName);
            const qint64 charged = chargedTotal(after);
            if (charged <= 0)
                return QCoreApplication::translate("CaseFold", "Case %1: no article is charged (charged), so there is "
                                                               "no fine to issue a payment code for (transition to %2)")
                    .arg(caseName(), toName);
            const std::optional<qint64> fine = rupiahOf(after.value(fieldName(cf::kFine)));
            if (fine != charged)
                return QCoreApplication::translate("CaseFold", "Case %1: the fine (fine) '%2' of the transition to %3 "
                                                               "differs from the articles as charged, %4")
                    .arg(caseName(), after.value(fieldName(cf::kFine)).toString(), toName)
                    .arg(charged);
            break;
        }
        case CaseState::Paid: {
            if (!hasPaymentCode)
                return QCoreApplication::translate("CaseFold", "Case %1: the ticket has no payment code, so it cannot "
                                                               "be paid (transition from %2 to %3)")
                    .arg(caseName(), fromName, toName);
            const std::optional<qint64> paid = rupiahOf(after.value(fieldName(cf::kPaidAmount)));
            const std::optional<qint64> fine = rupiahOf(after.value(fieldName(cf::kFine)));
            if (!paid || paid != fine)
                return QCoreApplication::translate("CaseFold", "Case %1: the amount paid (paid_amount) '%2' differs "
                                                               "from the fine %3 (transition to %4)")
                    .arg(caseName(), after.value(fieldName(cf::kPaidAmount)).toString(),
                         after.value(fieldName(cf::kFine)).toString(), toName);
            if (textOf(after, cf::kBankRef).isEmpty())
                return QCoreApplication::translate("CaseFold", "Case %1: a payment (transition to %2) needs the bank's "
                                                               "reference (bank_ref)")
                    .arg(caseName(), toName);
            break;
        }
        default:
            break;
        }
        return {};
    }

    void addVersion(const Change &change, const QString &reason, const QVariantMap &before)
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
        version.before = before;
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
        const QVariantMap data = editableDataOf(change);
        if (data.isEmpty()) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1: the correction (revise) changes no "
                                                                   "field")
                               .arg(caseName()));
            return;
        }
        const QVariantMap before = r.data;
        for (auto it = data.cbegin(); it != data.cend(); ++it)
            r.data.insert(it.key(), it.value());
        touched(change);
        addVersion(change, reason, before);
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
        if (r.state == CaseState::Paid) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1 is paid: a paid fine is not voided "
                                                                   "(void_request)")
                               .arg(caseName()));
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
        if (reason.isEmpty()) {
            refuse(change, approve ? QCoreApplication::translate("CaseFold", "Case %1: approving a void "
                                                                             "(void_decision) needs a reason")
                                         .arg(caseName())
                                   : QCoreApplication::translate("CaseFold", "Case %1: refusing a void "
                                                                             "(void_decision) needs a reason")
                                         .arg(caseName()));
            return;
        }
        if (approve && r.state == CaseState::Paid) {
            refuse(change, QCoreApplication::translate("CaseFold", "Case %1 is paid: the void cannot be approved "
                                                                   "(void_decision); a paid fine does not vanish")
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
    QDateTime m_noticeSentAt; // as the move into notice_sent recorded it (clamped)
    QDateTime m_lastMoveAt;   // the newest transition applied
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

QStringList stepDataFields(CaseState to)
{
    QStringList fields;
    const auto add = [&fields](std::initializer_list<const char *> names) {
        for (const char *name : names)
            fields.append(fieldName(name));
    };
    switch (to) {
    case CaseState::Rejected:
        add({cf::kRejectedReason});
        break;
    case CaseState::Identified:
        add({cf::kOwnerName, cf::kOwnerNik, cf::kOwnerAddress, cf::kPlate, cf::kVehicleKind, cf::kVehicleMake,
             cf::kVehicleColour, cf::kStnkNumber});
        break;
    case CaseState::NoticeSent:
        add({cf::kNoticeSentAt});
        break;
    case CaseState::Transferred:
        add({cf::kDriverName, cf::kDriverNik});
        break;
    case CaseState::PaymentIssued:
        add({cf::kPaymentCode, cf::kFine});
        break;
    case CaseState::Paid:
        add({cf::kPaidAt, cf::kPaidAmount, cf::kBankRef});
        break;
    default:
        break;
    }
    std::sort(fields.begin(), fields.end());
    return fields;
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
