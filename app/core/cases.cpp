#include "cases.h"

#include <QCoreApplication>
#include <QSet>

#include "enumnames.h"
#include "plates.h"
#include "validators.h"

namespace lintas {
namespace {

constexpr detail::NameTable<CaseKind, 4> kKinds{{
    {CaseKind::Violation, "violation"},
    {CaseKind::Etle, "etle"},
    {CaseKind::Accident, "accident"},
    {CaseKind::Watch, "watch"},
}};

constexpr detail::NameTable<CaseState, 14> kStates{{
    {CaseState::Draft, "draft"},
    {CaseState::Submitted, "submitted"},
    {CaseState::Closed, "closed"},
    {CaseState::Captured, "captured"},
    {CaseState::Verified, "verified"},
    {CaseState::Rejected, "rejected"},
    {CaseState::Identified, "identified"},
    {CaseState::NoticeSent, "notice_sent"},
    {CaseState::Confirmed, "confirmed"},
    {CaseState::Transferred, "transferred"},
    {CaseState::PaymentIssued, "payment_issued"},
    {CaseState::Paid, "paid"},
    {CaseState::StnkBlocked, "stnk_blocked"},
    {CaseState::Voided, "voided"},
}};

QString text(const QVariantMap &data, const char *field)
{
    return data.value(QLatin1String(field)).toString().trimmed();
}

} // namespace

QString toString(CaseKind kind)
{
    return detail::nameOf(kKinds, kind);
}
CaseKind caseKindFromString(const QString &text, bool *ok)
{
    return detail::valueOf(kKinds, text, ok);
}
QList<CaseKind> allCaseKinds()
{
    return detail::valuesOf(kKinds);
}

QString displayName(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Violation:
        return QCoreApplication::translate("Cases", "Violation");
    case CaseKind::Etle:
        return QCoreApplication::translate("Cases", "ETLE ticket");
    case CaseKind::Accident:
        return QCoreApplication::translate("Cases", "Accident");
    case CaseKind::Watch:
        return QCoreApplication::translate("Cases", "Watch list");
    }
    return {};
}

QString toString(CaseState state)
{
    return detail::nameOf(kStates, state);
}
CaseState caseStateFromString(const QString &text, bool *ok)
{
    return detail::valueOf(kStates, text, ok);
}
QList<CaseState> allCaseStates()
{
    return detail::valuesOf(kStates);
}

QString displayName(CaseState state)
{
    switch (state) {
    case CaseState::Draft:
        return QCoreApplication::translate("Cases", "Draft");
    case CaseState::Submitted:
        return QCoreApplication::translate("Cases", "Submitted");
    case CaseState::Closed:
        return QCoreApplication::translate("Cases", "Closed");
    case CaseState::Captured:
        return QCoreApplication::translate("Cases", "Captured");
    case CaseState::Verified:
        return QCoreApplication::translate("Cases", "Verified");
    case CaseState::Rejected:
        return QCoreApplication::translate("Cases", "Rejected");
    case CaseState::Identified:
        return QCoreApplication::translate("Cases", "Vehicle identified");
    case CaseState::NoticeSent:
        return QCoreApplication::translate("Cases", "Notice sent");
    case CaseState::Confirmed:
        return QCoreApplication::translate("Cases", "Confirmed by owner");
    case CaseState::Transferred:
        return QCoreApplication::translate("Cases", "Transferred to driver");
    case CaseState::PaymentIssued:
        return QCoreApplication::translate("Cases", "Payment code issued");
    case CaseState::Paid:
        return QCoreApplication::translate("Cases", "Paid");
    case CaseState::StnkBlocked:
        return QCoreApplication::translate("Cases", "STNK blocked");
    case CaseState::Voided:
        return QCoreApplication::translate("Cases", "Voided");
    }
    return {};
}

QList<CaseState> statesOf(CaseKind kind)
{
    using S = CaseState;
    switch (kind) {
    case CaseKind::Violation:
        return {S::Draft, S::Submitted, S::Closed, S::Voided};
    case CaseKind::Accident:
    case CaseKind::Watch:
        return {S::Draft, S::Submitted, S::Closed};
    case CaseKind::Etle:
        return {S::Captured,    S::Verified,      S::Rejected, S::Identified,  S::NoticeSent, S::Confirmed,
                S::Transferred, S::PaymentIssued, S::Paid,     S::StnkBlocked, S::Voided};
    }
    return {};
}

CaseState initialState(CaseKind kind)
{
    return kind == CaseKind::Etle ? CaseState::Captured : CaseState::Draft;
}

QList<CaseState> nextCaseStates(CaseKind kind, CaseState from)
{
    using S = CaseState;
    if (kind != CaseKind::Etle) {
        switch (from) {
        case S::Draft:
            return {S::Submitted};
        case S::Submitted:
            return {S::Closed};
        default:
            return {};
        }
    }
    switch (from) {
    case S::Captured:
        return {S::Verified, S::Rejected};
    case S::Verified:
        return {S::Identified};
    case S::Identified:
        return {S::NoticeSent};
    case S::NoticeSent:
        return {S::Confirmed, S::Transferred, S::StnkBlocked};
    case S::Confirmed:
    case S::Transferred:
        return {S::PaymentIssued};
    case S::PaymentIssued:
        return {S::Paid, S::StnkBlocked};
    case S::StnkBlocked:
        // Blocked before a payment code (the deadline passed after the notice), the owner may still confirm or
        // name the driver; blocked for not paying, the fine is paid. foldCase tells the two apart by the code.
        return {S::Confirmed, S::Transferred, S::Paid};
    default:
        return {};
    }
}

bool isLegalCaseMove(CaseKind kind, CaseState from, CaseState to)
{
    return nextCaseStates(kind, from).contains(to);
}

QList<CaseState> nextCaseStates(const CaseRecord &record)
{
    QList<CaseState> next = nextCaseStates(record.kind, record.state);
    if (record.kind == CaseKind::Etle && record.state == CaseState::StnkBlocked) {
        const bool hasPaymentCode = !text(record.data, casefield::kPaymentCode).isEmpty();
        next.removeIf([hasPaymentCode](CaseState to) { return (to == CaseState::Paid) != hasPaymentCode; });
    }
    return next;
}

QStringList CaseRecord::plates() const
{
    QStringList raw{text(data, casefield::kPlate), text(data, casefield::kPlateRead)};
    for (const QVariant &vehicle : data.value(QLatin1String(casefield::kVehicles)).toList())
        raw.append(vehicle.toMap().value(QLatin1String(casefield::kPlate)).toString().trimmed());

    // The same plate written two ways ("B1234XYZ" as read, "B 1234 XYZ" as typed) is one plate.
    QStringList plates;
    QSet<QString> seen;
    for (const QString &plate : std::as_const(raw)) {
        const QString key = plateKey(plate);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        plates.append(normalizePlate(plate));
    }
    return plates;
}

QString CaseRecord::title() const
{
    QString who = text(data, casefield::kOffenderName);
    if (who.isEmpty())
        who = text(data, casefield::kOwnerName);
    if (who.isEmpty()) {
        const QStringList all = plates();
        if (!all.isEmpty())
            who = all.first();
    }
    if (who.isEmpty())
        who = displayName(kind);
    const QString place = text(data, casefield::kPlace);
    return place.isEmpty() ? who : QCoreApplication::translate("Cases", "%1 · %2").arg(who, place);
}

CaseSummary summaryOf(const CaseRecord &record)
{
    CaseSummary summary;
    summary.id = record.id;
    summary.number = record.number;
    summary.kind = record.kind;
    summary.state = record.state;
    summary.stationCode = record.stationCode;
    summary.officerNrp = record.officerNrp;
    summary.title = record.title();
    const QStringList plates = record.plates();
    summary.plate = plates.isEmpty() ? QString() : plates.first();
    summary.occurredAt = QDateTime::fromString(text(record.data, casefield::kOccurredAt), Qt::ISODateWithMs);
    summary.updatedAt = record.updatedAt;
    summary.voidPending = record.voidPending;
    summary.fine = record.data.value(QLatin1String(casefield::kFine)).toLongLong();
    return summary;
}

} // namespace lintas
