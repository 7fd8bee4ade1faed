#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantMap>

namespace lintas {

// The kinds of case (issue: case management). Stored as "violation", "etle", "accident", "watch".
enum class CaseKind
{
    Violation, // pelanggaran / tilang, written by an officer
    Etle,      // a camera capture that becomes an ETLE ticket
    Accident,  // kecelakaan
    Watch      // a stolen vehicle on the watch list (curanmor / BOLO)
};

// Every state a case can be in, across kinds. Stored lower-case with underscores ("notice_sent").
//   violation, accident:  draft → submitted → closed
//   watch:                draft → submitted (on the watch list) → closed (recovered or withdrawn)
//   etle:                 captured → verified | rejected
//                         verified → identified → notice_sent → confirmed | transferred | stnk_blocked
//                         (stnk_blocked from notice_sent only once the 8-day confirmation deadline has passed)
//                         confirmed | transferred → payment_issued → paid | stnk_blocked
//                         stnk_blocked → confirmed | transferred (the owner comes forward late: only while the
//                         ticket has no payment code) | paid (only once it has one) — foldCase checks which
//   voided: violation and etle only, never by a Transition: the outcome of an approved void request.
enum class CaseState
{
    Draft,
    Submitted,
    Closed,
    Captured,
    Verified,
    Rejected,
    Identified,
    NoticeSent,
    Confirmed,
    Transferred,
    PaymentIssued,
    Paid,
    StnkBlocked,
    Voided
};

QString toString(CaseKind kind);
CaseKind caseKindFromString(const QString &text, bool *ok = nullptr);
QList<CaseKind> allCaseKinds();
QString displayName(CaseKind kind); // translated (context "Cases"): "Violation" / "Pelanggaran"
QString toString(CaseState state);
CaseState caseStateFromString(const QString &text, bool *ok = nullptr);
QList<CaseState> allCaseStates();
QString displayName(CaseState state); // translated (context "Cases")
// The states a kind can be in, in workflow order (for the state filter).
QList<CaseState> statesOf(CaseKind kind);

struct CaseRecord;

// Where a new case starts: Draft, or Captured for an ETLE capture.
CaseState initialState(CaseKind kind);
// A case's own data is editable (plain Set changes) only in its initial state; afterwards it is immutable and
// a correction is a Revise change with a reason (a new version).
inline bool isEditable(CaseKind kind, CaseState state) { return state == initialState(kind); }
// Whether a Transition from → to is in the kind's workflow (the deadline rule is checked by foldCase).
bool isLegalCaseMove(CaseKind kind, CaseState from, CaseState to);
// The moves the workflow allows from a state, in the order a user is offered them.
QList<CaseState> nextCaseStates(CaseKind kind, CaseState from);
// The moves a desk offers for this record: nextCaseStates narrowed by what its data says (a blocked ticket goes on
// to paid only with a payment code, back to confirmed or transferred only without one). The confirmation
// deadline is left to the caller, which knows the time.
QList<CaseState> nextCaseStates(const CaseRecord &record);
// Only violations and ETLE tickets carry a fine and can be voided, with a second approver.
inline bool isVoidable(CaseKind kind) { return kind == CaseKind::Violation || kind == CaseKind::Etle; }

// The owner of an ETLE ticket has this long after the confirmation notice (UU 22/2009 practice: 8 days).
inline constexpr qint64 kEtleConfirmDays = 8;

// The field names of a case's data (its plain fields; Create, Set, Revise and Transition changes carry them).
// Lists (articles, causes, vehicles, victims, linked_*) are JSON arrays inside the change's fields.
namespace casefield {
// every kind
inline constexpr char kStation[] = "station_code";   // the Polres (or Polda) the case belongs to
inline constexpr char kOfficerNrp[] = "officer_nrp"; // the assigned officer
inline constexpr char kOfficerName[] = "officer_name";
inline constexpr char kOfficerUnit[] = "officer_unit";
inline constexpr char kOccurredAt[] = "occurred_at"; // ISO 8601 with offset
inline constexpr char kPlace[] = "place";
inline constexpr char kLatitude[] = "latitude";
inline constexpr char kLongitude[] = "longitude";
inline constexpr char kNarrative[] = "narrative";
inline constexpr char kLinkedIncidents[] = "linked_incidents"; // list of incident ids
inline constexpr char kLinkedCases[] = "linked_cases";         // list of case ids
// violation (offender and vehicle); etle uses the vehicle fields and the owner_* fields
inline constexpr char kOffenderName[] = "offender_name";
inline constexpr char kOffenderNik[] = "offender_nik";
inline constexpr char kOffenderAddress[] = "offender_address";
inline constexpr char kSimNumber[] = "sim_number";
inline constexpr char kSimClass[] = "sim_class"; // A, B1, B2, C, D, …
inline constexpr char kPlate[] = "plate";        // TNKB as normalizePlate writes it: "B 1234 XYZ"
inline constexpr char kVehicleKind[] = "vehicle_kind"; // r2, r4, bus, truck, other
inline constexpr char kVehicleMake[] = "vehicle_make";
inline constexpr char kVehicleColour[] = "vehicle_colour";
inline constexpr char kStnkNumber[] = "stnk_number";
inline constexpr char kArticles[] = "articles"; // list of article codes charged: ["287(1)", "291(1)"]
inline constexpr char kCharged[] = "charged";   // the articles as charged: list of ChargedArticle maps
inline constexpr char kFine[] = "fine";         // rupiah: the sum of the charged articles' maximum fines
inline constexpr char kOutcome[] = "outcome";   // violation: "tilang" (ticket) or "teguran" (warning)
inline constexpr char kSeized[] = "seized";     // violation: list of "sim", "stnk", "vehicle"
// etle
inline constexpr char kCameraId[] = "camera_id";
inline constexpr char kPlateRead[] = "plate_read"; // as the camera read it
inline constexpr char kSpeedKmh[] = "speed_kmh";
inline constexpr char kSpeedLimitKmh[] = "speed_limit_kmh";
inline constexpr char kImageSha256[] = "image_sha256"; // an attachment of the case
inline constexpr char kRejectedReason[] = "rejected_reason";
inline constexpr char kOwnerName[] = "owner_name";
inline constexpr char kOwnerNik[] = "owner_nik";
inline constexpr char kOwnerAddress[] = "owner_address";
inline constexpr char kNoticeSentAt[] = "notice_sent_at";
inline constexpr char kDriverName[] = "driver_name"; // transferred to the actual driver
inline constexpr char kDriverNik[] = "driver_nik";
inline constexpr char kPaymentCode[] = "payment_code"; // 15-digit virtual account (etle.h)
inline constexpr char kPaidAt[] = "paid_at";
inline constexpr char kPaidAmount[] = "paid_amount";
inline constexpr char kBankRef[] = "bank_ref";
// accident
inline constexpr char kIncidentId[] = "incident_id";
inline constexpr char kRoadCondition[] = "road_condition"; // dry, wet, damaged, under_works
inline constexpr char kWeather[] = "weather";              // clear, rain, heavy_rain, fog
inline constexpr char kCollisionType[] = "collision_type"; // accidents.h
inline constexpr char kCauses[] = "causes";                // list of cause codes (accidents.h)
inline constexpr char kVehicles[] = "vehicles";            // list of {plate, vehicle_kind, vehicle_make, driver_name, driver_nik, sim_number}
inline constexpr char kVictims[] = "victims";              // list of {name, nik, age, condition: md|lb|lr}
inline constexpr char kMaterialLoss[] = "material_loss";   // rupiah
inline constexpr char kConfirmedArticles[] = "confirmed_articles"; // the investigator's choice, list of codes
// watch
inline constexpr char kFrameNumber[] = "frame_number"; // nomor rangka
inline constexpr char kEngineNumber[] = "engine_number";
inline constexpr char kReporterName[] = "reporter_name";
inline constexpr char kReporterPhone[] = "reporter_phone";
inline constexpr char kPoliceReport[] = "police_report"; // the LP number
// transitions and revisions
inline constexpr char kReason[] = "reason";
} // namespace casefield

// A case as the tables hold it once every change seen has been applied (see casefold.h).
struct CaseRecord
{
    QUuid id;
    QString number; // "TLG-JAKPUS-20261128-0007", numbered by the store like incidents
    CaseKind kind = CaseKind::Violation;
    CaseState state = CaseState::Draft;
    QString stationCode;
    QString officerNrp;
    int version = 0;  // 0 while editable; 1 at submission (or capture verification), +1 per correction
    QVariantMap data; // the current version's plain fields (casefield)
    QDateTime createdAt;
    QString createdBy;
    QDateTime submittedAt; // left the initial state
    QDateTime updatedAt;   // the newest change applied
    bool hasCreate = false;
    bool voidPending = false;

    // Every plate the case names, normalised (plate, plate_read, the vehicles' plates), without duplicates.
    QStringList plates() const;
    // A one-line title for lists: the offender, owner or plate and the place.
    QString title() const;
};

// One row of the case list (what CaseReader::search returns and the store notifies).
struct CaseSummary
{
    QUuid id;
    QString number;
    CaseKind kind = CaseKind::Violation;
    CaseState state = CaseState::Draft;
    QString stationCode;
    QString officerNrp;
    QString title;
    QString plate;  // the first plate, formatted
    QDateTime occurredAt;
    QDateTime updatedAt;
    bool voidPending = false;
    qint64 fine = 0;
};

CaseSummary summaryOf(const CaseRecord &record);

} // namespace lintas

Q_DECLARE_METATYPE(lintas::CaseRecord)
Q_DECLARE_METATYPE(lintas::CaseSummary)
