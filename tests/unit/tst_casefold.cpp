#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include "core/articles.h"
#include "core/casefold.h"
#include "core/etle.h"
#include "core/uuidv7.h"

using namespace lintas;

// Failures name the event types and void statuses by number. (States and kinds are compared by their stored
// names: lintas::toString would shadow a QTest::toString for them.)
namespace QTest {
template <> char *toString(const CaseEvent::Type &type)
{
    return qstrdup(QByteArray::number(int(type)).constData());
}
template <> char *toString(const VoidRequest::Status &status)
{
    return qstrdup(QByteArray::number(int(status)).constData());
}
} // namespace QTest

class TestCaseFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workflowTable_data();
    void workflowTable();
    void foldFollowsTheWorkflow_data();
    void foldFollowsTheWorkflow();
    void transitionFromAnotherStateIsAConflict();
    void rejectionNeedsAReason();
    void createMakesADraftWithItsData();
    void changesBeforeCreateAndSecondCreateAreConflicts();
    void setWhileEditableLastWriterWins();
    void setAfterSubmitIsAConflict_data();
    void setAfterSubmitIsAConflict();
    void reviseNeedsAReasonAndASubmittedCase();
    void versionsAndDifferences();
    void differencesNameNewChangedAndRemovedFields();
    void voidNeedsAnotherActor();
    void voidRefusedKeepsTheState();
    void secondVoidRequestWhilePendingIsRefused();
    void voidOnlyForSubmittedVoidableCases();
    void voidedCaseTakesNothingButNotes();
    void confirmationDeadline_data();
    void confirmationDeadline();
    void notesAttachmentsAndViewsAreTimelineOnly();
    void duplicateChangeAppliesOnce();
    void orderIndependence();
    void wouldApplyAnswersForOneChange();
    void transitionCarriesOnlyItsStepFields_data();
    void transitionCarriesOnlyItsStepFields();
    void stepDataFieldsFollowTheTable();
    void etleStepsCheckTheirData_data();
    void etleStepsCheckTheirData();
    void paymentFineIsTheChargedTotal();
    void noticeTimeComesOnlyFromTheMove();
    void noticeTimeIsClampedToTheMoves_data();
    void noticeTimeIsClampedToTheMoves();
    void blockedTicketGoesOn();
    void paidTicketIsNotVoided();
    void voidDecisionNeedsAReasonEitherWay();
    void versionKeepsTheDataBeforeIt();
};

namespace {

constexpr qint64 kStartMs = 1'795'000'000'000; // 2026-11-18
constexpr qint64 kDayMs = 24 * 3600 * 1000;
const QUuid kCaseId = uuidV7At(kStartMs);
constexpr qint64 kFine = 500'000;                             // 287(1), as the ETLE captures of these tests are charged
const QString kOwnerNik = QStringLiteral("3171016505900002"); // DKI, a woman born 25-05-1990
const QString kDriverNik = QStringLiteral("3171011203850002"); // DKI, a man born 12-03-1985

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

QString paymentCode()
{
    return paymentCodeFor(QStringLiteral("ETLE-JAKPUS-20261118-00003"));
}

// The articles as an ETLE capture is charged with them: 287(1), its snapshot and its fine.
QVariantMap etleCharges()
{
    ChargedArticle charged;
    charged.code = QStringLiteral("287(1)");
    charged.citation = QStringLiteral("Pasal 287 ayat (1)");
    charged.textId = QStringLiteral("Melanggar rambu");
    charged.textEn = QStringLiteral("Ignoring a sign");
    charged.maxFine = kFine;
    return {{field(casefield::kArticles), QVariantList{charged.code}},
            {field(casefield::kCharged), QVariantList{charged.toMap()}},
            {field(casefield::kFine), kFine}};
}

// Valid data for each ETLE step, as the desk records it.
QVariantMap stepData(CaseState to)
{
    switch (to) {
    case CaseState::Identified:
        return {{field(casefield::kOwnerName), QStringLiteral("Siti Rahma")}, {field(casefield::kOwnerNik), kOwnerNik}};
    case CaseState::Transferred:
        return {{field(casefield::kDriverName), QStringLiteral("Andi Wijaya")},
                {field(casefield::kDriverNik), kDriverNik}};
    case CaseState::PaymentIssued:
        return {{field(casefield::kPaymentCode), paymentCode()}, {field(casefield::kFine), kFine}};
    case CaseState::Paid:
        return {{field(casefield::kPaidAt), QStringLiteral("2026-11-28T09:14:03+07:00")},
                {field(casefield::kPaidAmount), kFine},
                {field(casefield::kBankRef), QStringLiteral("BRI-20261128-000913")}};
    default:
        return {};
    }
}

QString name(CaseState state)
{
    return toString(state);
}

QStringList names(const QList<CaseState> &states)
{
    QStringList all;
    for (const CaseState state : states)
        all.append(toString(state));
    return all;
}

// Makes one case's changes with clock readings the test chooses.
class History
{
public:
    explicit History(CaseKind kind, const QString &number = QStringLiteral("TLG-JAKPUS-20261118-00007"))
        : m_kind(kind), m_number(number)
    {
    }

    qint64 now() const { return m_ms; }
    void advance(qint64 ms) { m_ms += ms; }

    Change make(ChangeKind kind, const QVariantMap &fields, const QString &actor = QStringLiteral("budi"),
                const QString &site = QStringLiteral("desk-1"))
    {
        m_ms += 1000;
        Change change;
        change.hlc = Hlc::fromParts(m_ms, 0);
        change.opId = uuidV7At(m_ms);
        change.siteId = site;
        change.actor = actor;
        change.entity = EntityKind::Case;
        change.entityId = kCaseId;
        change.kind = kind;
        change.fields = fields;
        m_changes.append(change);
        return change;
    }

    Change create(QVariantMap data = {})
    {
        data.insert(QStringLiteral("kind"), toString(m_kind));
        data.insert(QStringLiteral("number"), m_number);
        data.insert(QLatin1String(casefield::kStation), QStringLiteral("JAKPUS"));
        if (!data.contains(QLatin1String(casefield::kPlate)))
            data.insert(QLatin1String(casefield::kPlate), QStringLiteral("B 1234 XYZ"));
        if (m_kind == CaseKind::Etle && !data.contains(field(casefield::kCharged)))
            data.insert(etleCharges());
        return make(ChangeKind::Create, data);
    }

    Change move(CaseState from, CaseState to, QVariantMap fields = {}, const QString &actor = QStringLiteral("budi"))
    {
        fields.insert(QStringLiteral("from"), toString(from));
        fields.insert(QStringLiteral("to"), toString(to));
        if (!fields.contains(QStringLiteral("reason")))
            fields.insert(QStringLiteral("reason"), QStringLiteral("langkah berikutnya"));
        return make(ChangeKind::Transition, fields, actor);
    }

    // A move with the step's valid data (stepData), and `fields` over it.
    Change step(CaseState from, CaseState to, const QVariantMap &fields = {},
                const QString &actor = QStringLiteral("budi"))
    {
        QVariantMap all = stepData(to);
        all.insert(fields);
        return move(from, to, all, actor);
    }

    Change set(const QVariantMap &fields) { return make(ChangeKind::Set, fields); }

    Change revise(QVariantMap fields, const QString &reason)
    {
        fields.insert(QStringLiteral("reason"), reason);
        return make(ChangeKind::Revise, fields);
    }

    Change requestVoid(const QString &actor, const QString &reason = QStringLiteral("salah input pelanggar"))
    {
        return make(ChangeKind::VoidRequest, {{QStringLiteral("reason"), reason}}, actor);
    }

    Change decideVoid(const Change &request, bool approve, const QString &actor,
                      const QString &reason = QStringLiteral("sudah diperiksa"))
    {
        return make(ChangeKind::VoidDecision,
                    {{QStringLiteral("request_op"), request.opId.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("approve"), approve},
                     {QStringLiteral("reason"), reason}},
                    actor);
    }

    // From the initial state to `state` along the workflow (ETLE: past the confirmation deadline when needed).
    void reach(CaseState state);

    const ChangeList &changes() const { return m_changes; }
    CaseFile fold() const { return foldCase(m_changes); }

private:
    CaseKind m_kind;
    QString m_number;
    qint64 m_ms = kStartMs;
    ChangeList m_changes;
};

// The workflow of cases.h, written out again so that the test does not read it from the code under test.
QList<std::pair<CaseState, CaseState>> expectedMoves(CaseKind kind)
{
    using S = CaseState;
    if (kind != CaseKind::Etle)
        return {{S::Draft, S::Submitted}, {S::Submitted, S::Closed}};
    return {
        {S::Captured, S::Verified},      {S::Captured, S::Rejected},         {S::Verified, S::Identified},
        {S::Identified, S::NoticeSent},  {S::NoticeSent, S::Confirmed},      {S::NoticeSent, S::Transferred},
        {S::NoticeSent, S::StnkBlocked}, {S::Confirmed, S::PaymentIssued},   {S::Transferred, S::PaymentIssued},
        {S::PaymentIssued, S::Paid},     {S::PaymentIssued, S::StnkBlocked}, {S::StnkBlocked, S::Paid},
        {S::StnkBlocked, S::Confirmed},  {S::StnkBlocked, S::Transferred},
    };
}

// The shortest path of moves from the initial state to `state` (Voided: submitted, then an approved void).
QList<CaseState> pathTo(CaseKind kind, CaseState state)
{
    const CaseState start = initialState(kind);
    QList<QList<CaseState>> paths{{start}};
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QList<CaseState> path = paths.at(i);
        if (path.last() == state)
            return path;
        for (const auto &[from, to] : expectedMoves(kind)) {
            // A blocked ticket is paid only once it has a payment code.
            if (from == CaseState::StnkBlocked && to == CaseState::Paid && !path.contains(CaseState::PaymentIssued))
                continue;
            if (from == path.last() && !path.contains(to))
                paths.append(path + QList<CaseState>{to});
        }
    }
    return {};
}

void History::reach(CaseState state)
{
    create();
    const bool voided = state == CaseState::Voided;
    const QList<CaseState> path =
        pathTo(m_kind, voided ? (m_kind == CaseKind::Etle ? CaseState::Verified : CaseState::Submitted) : state);
    for (qsizetype i = 1; i < path.size(); ++i) {
        if (path.at(i - 1) == CaseState::NoticeSent)
            advance(kEtleConfirmDays * kDayMs); // so that every move out of notice_sent is in time
        step(path.at(i - 1), path.at(i));
    }
    if (voided)
        decideVoid(requestVoid(QStringLiteral("budi")), true, QStringLiteral("siti"));
}

bool isConflict(const CaseFile &file, const Change &change, QString *reason = nullptr)
{
    for (const CaseConflict &conflict : file.conflicts) {
        if (conflict.opId == change.opId) {
            if (reason)
                *reason = conflict.reason;
            return true;
        }
    }
    return false;
}

// Everything a replica shows of a case, as one comparable text.
QString describe(const CaseFile &file)
{
    QStringList lines;
    const CaseRecord &r = file.record;
    lines << QStringLiteral("record %1 %2 %3 %4 v%5 %6 %7 %8 %9")
                 .arg(r.id.toString(), r.number, toString(r.kind), toString(r.state))
                 .arg(r.version)
                 .arg(r.stationCode, r.officerNrp, r.createdBy)
                 .arg(r.voidPending);
    lines << QStringLiteral("times %1 %2 %3")
                 .arg(r.createdAt.toMSecsSinceEpoch())
                 .arg(r.submittedAt.toMSecsSinceEpoch())
                 .arg(r.updatedAt.toMSecsSinceEpoch());
    lines << QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(r.data)).toJson(QJsonDocument::Compact));
    for (const CaseVersion &v : file.versions)
        lines << QStringLiteral("version %1 %2 %3 %4 ").arg(v.number).arg(v.opId.toString(), v.actor, v.reason) +
                     QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(v.data)).toJson()) +
                     QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(v.before)).toJson());
    for (const CaseEvent &e : file.timeline)
        lines << QStringLiteral("event %1 %2 %3 %4").arg(int(e.type)).arg(e.opId.toString(), e.actor, e.text);
    for (const CaseAttachment &a : file.attachments)
        lines << QStringLiteral("attachment %1 %2").arg(a.sha256, a.name);
    for (const VoidRequest &v : file.voidRequests)
        lines
            << QStringLiteral("void %1 %2 %3 %4").arg(v.opId.toString()).arg(int(v.status)).arg(v.decidedBy, v.reason);
    for (const CaseConflict &c : file.conflicts)
        lines << QStringLiteral("conflict %1 %2").arg(c.opId.toString(), c.reason);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TestCaseFold::workflowTable_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseState>("from");
    QTest::addColumn<CaseState>("to");
    QTest::addColumn<bool>("legal");
    for (const CaseKind kind : allCaseKinds())
        for (const CaseState from : allCaseStates())
            for (const CaseState to : allCaseStates())
                QTest::addRow("%s %s→%s", qPrintable(toString(kind)), qPrintable(name(from)), qPrintable(name(to)))
                    << kind << from << to << expectedMoves(kind).contains({from, to});
}

void TestCaseFold::workflowTable()
{
    QFETCH(CaseKind, kind);
    QFETCH(CaseState, from);
    QFETCH(CaseState, to);
    QFETCH(bool, legal);
    QCOMPARE(isLegalCaseMove(kind, from, to), legal);
    QCOMPARE(nextCaseStates(kind, from).contains(to), legal);
    if (legal) {
        QVERIFY(statesOf(kind).contains(from));
        QVERIFY(statesOf(kind).contains(to));
    }
}

void TestCaseFold::foldFollowsTheWorkflow_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseState>("from");
    QTest::addColumn<CaseState>("to");
    QTest::addColumn<bool>("legal");
    for (const CaseKind kind : allCaseKinds())
        for (const CaseState from : statesOf(kind))
            for (const CaseState to : allCaseStates())
                // The shortest way to stnk_blocked is the deadline passing after the notice: no payment code yet, so
                // the ticket cannot be paid from there (blockedTicketGoesOn takes the other way).
                QTest::addRow("%s %s→%s", qPrintable(toString(kind)), qPrintable(name(from)), qPrintable(name(to)))
                    << kind << from << to
                    << (expectedMoves(kind).contains({from, to}) &&
                        !(from == CaseState::StnkBlocked && to == CaseState::Paid));
}

void TestCaseFold::foldFollowsTheWorkflow()
{
    QFETCH(CaseKind, kind);
    QFETCH(CaseState, from);
    QFETCH(CaseState, to);
    QFETCH(bool, legal);

    History history(kind);
    history.reach(from);
    const CaseFile before = history.fold();
    QVERIFY2(before.conflicts.isEmpty(), qPrintable(before.conflicts.value(0).reason));
    QCOMPARE(toString(before.record.state), toString(from));

    history.advance(kEtleConfirmDays * kDayMs);
    // Out of the initial state a move takes the record as submitted (any field); later ones their step's data.
    const bool leavesInitial = from == initialState(kind);
    const QVariantMap data =
        leavesInitial ? QVariantMap{{QStringLiteral("step_note"), QStringLiteral("x")}} : stepData(to);
    const Change step = history.step(from, to, data);
    const CaseFile after = history.fold();
    QString reason;
    QCOMPARE(isConflict(after, step, &reason), !legal);
    if (legal) {
        QCOMPARE(toString(after.record.state), toString(to));
        for (auto it = data.cbegin(); it != data.cend(); ++it)
            QCOMPARE(after.record.data.value(it.key()), it.value());
        QCOMPARE(after.timeline.last().type, CaseEvent::Type::Moved);
        QCOMPARE(after.timeline.last().text, QStringLiteral("%1 → %2").arg(name(from), name(to)));
    } else {
        QCOMPARE(toString(after.record.state), toString(from));
        QCOMPARE(after.record.data, before.record.data);
        QVERIFY2(reason.contains(QStringLiteral("TLG-JAKPUS-20261118-00007")), qPrintable(reason));
        QCOMPARE(
            describe(CaseFile{after.record, after.versions, after.timeline, after.attachments, after.voidRequests, {}}),
            describe(before));
    }
}

void TestCaseFold::transitionFromAnotherStateIsAConflict()
{
    // Two desks both move a submitted case: the one replayed second no longer starts where it says.
    History history(CaseKind::Violation);
    history.reach(CaseState::Submitted);
    history.move(CaseState::Submitted, CaseState::Closed);
    const Change late = history.move(CaseState::Submitted, CaseState::Closed, {}, QStringLiteral("siti"));
    const CaseFile file = history.fold();
    QString reason;
    QVERIFY(isConflict(file, late, &reason));
    QVERIFY2(reason.contains(QStringLiteral("closed")), qPrintable(reason));
    QCOMPARE(toString(file.record.state), toString(CaseState::Closed));
}

void TestCaseFold::rejectionNeedsAReason()
{
    History history(CaseKind::Etle, QStringLiteral("ETLE-JAKPUS-20261118-00003"));
    history.create();
    const Change bare = history.move(CaseState::Captured, CaseState::Rejected, {{QStringLiteral("reason"), QString()}});
    QVERIFY(isConflict(history.fold(), bare));
    const Change withReason = history.move(CaseState::Captured, CaseState::Rejected,
                                           {{QStringLiteral("reason"), QString()},
                                            {QLatin1String(casefield::kRejectedReason), QStringLiteral("plat buram")}});
    const CaseFile file = history.fold();
    QVERIFY(!isConflict(file, withReason));
    QCOMPARE(toString(file.record.state), toString(CaseState::Rejected));
    QCOMPARE(file.record.data.value(QLatin1String(casefield::kRejectedReason)).toString(),
             QStringLiteral("plat buram"));
}

void TestCaseFold::createMakesADraftWithItsData()
{
    for (const CaseKind kind : allCaseKinds()) {
        History history(kind);
        const Change create = history.create({{QLatin1String(casefield::kOfficerNrp), QStringLiteral("87050123")},
                                              {QLatin1String(casefield::kPlace), QStringLiteral("Jl. Thamrin")}});
        const CaseFile file = history.fold();
        QVERIFY(file.conflicts.isEmpty());
        const CaseRecord &record = file.record;
        QVERIFY(record.hasCreate);
        QCOMPARE(record.id, kCaseId);
        QCOMPARE(toString(record.kind), toString(kind));
        QCOMPARE(toString(record.state), toString(initialState(kind)));
        QVERIFY(isEditable(record.kind, record.state));
        QCOMPARE(record.number, QStringLiteral("TLG-JAKPUS-20261118-00007"));
        QCOMPARE(record.stationCode, QStringLiteral("JAKPUS"));
        QCOMPARE(record.officerNrp, QStringLiteral("87050123"));
        QCOMPARE(record.version, 0);
        QCOMPARE(record.createdBy, QStringLiteral("budi"));
        QCOMPARE(record.createdAt.toMSecsSinceEpoch(), create.hlc.ms());
        QCOMPARE(record.updatedAt, record.createdAt);
        QVERIFY(!record.submittedAt.isValid());
        QVERIFY(!record.data.contains(QStringLiteral("kind")));
        QVERIFY(!record.data.contains(QStringLiteral("number")));
        QCOMPARE(record.plates(), QStringList{QStringLiteral("B 1234 XYZ")});
        QCOMPARE(file.timeline.size(), 1);
        QCOMPARE(file.timeline.first().type, CaseEvent::Type::Created);
        QVERIFY(file.versions.isEmpty());
    }
}

void TestCaseFold::changesBeforeCreateAndSecondCreateAreConflicts()
{
    History history(CaseKind::Violation);
    const Change early = history.set({{QLatin1String(casefield::kPlace), QStringLiteral("Monas")}});
    history.create();
    const Change again = history.create();
    const CaseFile file = history.fold();
    QVERIFY(isConflict(file, early));
    QVERIFY(isConflict(file, again));
    QVERIFY(!file.record.data.contains(QLatin1String(casefield::kPlace)));
    QCOMPARE(file.timeline.size(), 1);
}

void TestCaseFold::setWhileEditableLastWriterWins()
{
    History history(CaseKind::Violation);
    history.create();
    history.set({{QLatin1String(casefield::kOffenderName), QStringLiteral("Andi")},
                 {QLatin1String(casefield::kPlace), QStringLiteral("Jl. Sudirman")}});
    history.set({{QLatin1String(casefield::kOffenderName), QStringLiteral("Andi Wijaya")}});
    const CaseFile file = history.fold();
    QVERIFY(file.conflicts.isEmpty());
    QCOMPARE(file.record.data.value(QLatin1String(casefield::kOffenderName)).toString(), QStringLiteral("Andi Wijaya"));
    QCOMPARE(file.record.data.value(QLatin1String(casefield::kPlace)).toString(), QStringLiteral("Jl. Sudirman"));
    QCOMPARE(file.record.title(), QStringLiteral("Andi Wijaya · Jl. Sudirman"));
    QCOMPARE(file.record.updatedAt.toMSecsSinceEpoch(), history.now());
    QCOMPARE(file.timeline.last().type, CaseEvent::Type::Edited);
}

void TestCaseFold::setAfterSubmitIsAConflict_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseState>("state");
    for (const CaseKind kind : allCaseKinds())
        for (const CaseState state : statesOf(kind))
            if (state != initialState(kind))
                QTest::addRow("%s %s", qPrintable(toString(kind)), qPrintable(name(state))) << kind << state;
}

void TestCaseFold::setAfterSubmitIsAConflict()
{
    QFETCH(CaseKind, kind);
    QFETCH(CaseState, state);
    History history(kind);
    history.reach(state);
    const CaseFile before = history.fold();
    const Change set = history.set({{QLatin1String(casefield::kPlate), QStringLiteral("B 9999 ZZZ")}});
    const CaseFile after = history.fold();
    QString reason;
    QVERIFY(isConflict(after, set, &reason));
    QVERIFY2(reason.contains(QStringLiteral("TLG-JAKPUS-20261118-00007")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("set")), qPrintable(reason));
    QCOMPARE(after.record.data, before.record.data);
    QCOMPARE(after.record.version, before.record.version);
    QCOMPARE(after.record.updatedAt, before.record.updatedAt);
}

void TestCaseFold::reviseNeedsAReasonAndASubmittedCase()
{
    History history(CaseKind::Violation);
    history.create();
    const QVariantMap correction{{QLatin1String(casefield::kPlace), QStringLiteral("Jl. MH Thamrin")}};
    const Change inDraft = history.revise(correction, QStringLiteral("salah lokasi"));
    history.move(CaseState::Draft, CaseState::Submitted);
    const Change noReason = history.revise(correction, QStringLiteral("   "));
    const Change nothing = history.revise({}, QStringLiteral("tidak ada"));
    const CaseFile file = history.fold();
    QString reason;
    QVERIFY(isConflict(file, inDraft));
    QVERIFY(isConflict(file, noReason, &reason));
    QVERIFY2(reason.contains(QStringLiteral("reason")), qPrintable(reason));
    QVERIFY(isConflict(file, nothing));
    QCOMPARE(file.record.version, 1);
    QVERIFY(!file.record.data.contains(QLatin1String(casefield::kPlace)));
}

void TestCaseFold::versionsAndDifferences()
{
    History history(CaseKind::Violation);
    history.create(
        {{QLatin1String(casefield::kPlace), QStringLiteral("Jl. Thamrin")}, {QLatin1String(casefield::kFine), 500000}});
    history.set({{QLatin1String(casefield::kOffenderName), QStringLiteral("Andi")}});
    const Change submit = history.move(CaseState::Draft, CaseState::Submitted);
    const Change first = history.revise({{QLatin1String(casefield::kOffenderName), QStringLiteral("Andi Wijaya")}},
                                        QStringLiteral("nama lengkap sesuai KTP"));
    const Change second = history.revise(
        {{QLatin1String(casefield::kFine), 250000}, {QLatin1String(casefield::kSimClass), QStringLiteral("C")}},
        QStringLiteral("pasal salah"));
    const CaseFile file = history.fold();
    QVERIFY(file.conflicts.isEmpty());
    QCOMPARE(file.record.version, 3);
    QCOMPARE(file.record.submittedAt.toMSecsSinceEpoch(), submit.hlc.ms());
    QCOMPARE(file.versions.size(), 3);

    const CaseVersion &v1 = file.versions.at(0);
    QCOMPARE(v1.number, 1);
    QCOMPARE(v1.opId, submit.opId);
    QVERIFY(v1.reason.isEmpty());
    QCOMPARE(v1.data.value(QLatin1String(casefield::kOffenderName)).toString(), QStringLiteral("Andi"));

    const CaseVersion &v2 = file.versions.at(1);
    QCOMPARE(v2.number, 2);
    QCOMPARE(v2.opId, first.opId);
    QCOMPARE(v2.reason, QStringLiteral("nama lengkap sesuai KTP"));
    QCOMPARE(v2.at.toMSecsSinceEpoch(), first.hlc.ms());
    const QList<FieldDifference> d12 = differences(v1.data, v2.data);
    QCOMPARE(d12.size(), 1);
    QCOMPARE(d12.first().field, QLatin1String(casefield::kOffenderName));
    QCOMPARE(d12.first().before.toString(), QStringLiteral("Andi"));
    QCOMPARE(d12.first().after.toString(), QStringLiteral("Andi Wijaya"));

    const CaseVersion &v3 = file.versions.at(2);
    QCOMPARE(v3.opId, second.opId);
    const QList<FieldDifference> d23 = differences(v2.data, v3.data);
    QCOMPARE(d23.size(), 2);
    QCOMPARE(d23.at(0).field, QLatin1String(casefield::kFine));
    QCOMPARE(d23.at(0).after.toLongLong(), qint64(250000));
    QCOMPARE(d23.at(1).field, QLatin1String(casefield::kSimClass));
    QVERIFY(!d23.at(1).before.isValid());

    // The record shows the newest version; the older versions keep what they said.
    QCOMPARE(file.record.data, v3.data);
    QCOMPARE(file.timeline.last().type, CaseEvent::Type::Revised);
    QCOMPARE(file.timeline.last().text, QStringLiteral("pasal salah"));
}

void TestCaseFold::differencesNameNewChangedAndRemovedFields()
{
    const QVariantMap before{{QStringLiteral("a"), 1},
                             {QStringLiteral("b"), QStringLiteral("x")},
                             {QStringLiteral("c"), QVariantList{1, 2}}};
    const QVariantMap after{
        {QStringLiteral("a"), 1}, {QStringLiteral("c"), QVariantList{1, 3}}, {QStringLiteral("d"), true}};
    const QList<FieldDifference> found = differences(before, after);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).field, QStringLiteral("b"));
    QVERIFY(!found.at(0).after.isValid());
    QCOMPARE(found.at(1).field, QStringLiteral("c"));
    QCOMPARE(found.at(2).field, QStringLiteral("d"));
    QVERIFY(!found.at(2).before.isValid());
    QVERIFY(differences(before, before).isEmpty());
}

void TestCaseFold::voidNeedsAnotherActor()
{
    History history(CaseKind::Violation);
    history.reach(CaseState::Submitted);
    const Change request = history.requestVoid(QStringLiteral("budi"));
    QVERIFY(history.fold().record.voidPending);
    QVERIFY(history.fold().pendingVoid());
    const Change own = history.decideVoid(request, true, QStringLiteral("budi"));
    CaseFile file = history.fold();
    QString reason;
    QVERIFY(isConflict(file, own, &reason));
    QVERIFY2(reason.contains(QStringLiteral("budi")), qPrintable(reason));
    QCOMPARE(toString(file.record.state), toString(CaseState::Submitted));
    QVERIFY(file.pendingVoid());

    const Change approval = history.decideVoid(request, true, QStringLiteral("siti"), QStringLiteral("dobel"));
    file = history.fold();
    QVERIFY(!isConflict(file, approval));
    QCOMPARE(toString(file.record.state), toString(CaseState::Voided));
    QVERIFY(!file.record.voidPending);
    QVERIFY(!file.pendingVoid());
    QCOMPARE(file.voidRequests.size(), 1);
    const VoidRequest &decided = file.voidRequests.first();
    QCOMPARE(decided.status, VoidRequest::Status::Approved);
    QCOMPARE(decided.requester, QStringLiteral("budi"));
    QCOMPARE(decided.reason, QStringLiteral("salah input pelanggar"));
    QCOMPARE(decided.decidedBy, QStringLiteral("siti"));
    QCOMPARE(decided.decisionReason, QStringLiteral("dobel"));
    QCOMPARE(decided.decidedAt.toMSecsSinceEpoch(), approval.hlc.ms());
    QCOMPARE(file.timeline.last().type, CaseEvent::Type::VoidApproved);

    // Decided once: a second decision answers no pending request.
    const Change again = history.decideVoid(request, false, QStringLiteral("agus"));
    QVERIFY(isConflict(history.fold(), again));
}

void TestCaseFold::voidRefusedKeepsTheState()
{
    History history(CaseKind::Etle, QStringLiteral("ETLE-JAKPUS-20261118-00003"));
    history.reach(CaseState::PaymentIssued);
    const Change request = history.requestVoid(QStringLiteral("budi"));
    const Change bare = history.decideVoid(request, false, QStringLiteral("siti"), QString());
    const Change refusal = history.decideVoid(request, false, QStringLiteral("siti"), QStringLiteral("bukti kuat"));
    CaseFile file = history.fold();
    QVERIFY(isConflict(file, bare));
    QVERIFY(!isConflict(file, refusal));
    QCOMPARE(toString(file.record.state), toString(CaseState::PaymentIssued));
    QCOMPARE(file.voidRequests.first().status, VoidRequest::Status::Refused);
    QVERIFY(!file.record.voidPending);
    QCOMPARE(file.timeline.last().type, CaseEvent::Type::VoidRefused);

    // Refused is decided: a new request may follow, and the ticket still moves on.
    const Change next = history.requestVoid(QStringLiteral("agus"));
    history.step(CaseState::PaymentIssued, CaseState::Paid);
    file = history.fold();
    QVERIFY(!isConflict(file, next));
    QCOMPARE(file.voidRequests.size(), 2);
    QCOMPARE(toString(file.record.state), toString(CaseState::Paid));
}

void TestCaseFold::secondVoidRequestWhilePendingIsRefused()
{
    History history(CaseKind::Violation);
    history.reach(CaseState::Closed);
    history.requestVoid(QStringLiteral("budi"));
    const Change second = history.requestVoid(QStringLiteral("agus"));
    const CaseFile file = history.fold();
    QString reason;
    QVERIFY(isConflict(file, second, &reason));
    QVERIFY2(reason.contains(QStringLiteral("TLG-JAKPUS-20261118-00007")), qPrintable(reason));
    QCOMPARE(file.voidRequests.size(), 1);
}

void TestCaseFold::voidOnlyForSubmittedVoidableCases()
{
    {
        History draft(CaseKind::Violation);
        draft.create();
        QVERIFY(isConflict(draft.fold(), draft.requestVoid(QStringLiteral("budi"))));
    }
    {
        History captured(CaseKind::Etle);
        captured.create();
        QVERIFY(isConflict(captured.fold(), captured.requestVoid(QStringLiteral("budi"))));
    }
    for (const CaseKind kind : {CaseKind::Accident, CaseKind::Watch}) {
        History history(kind);
        history.reach(CaseState::Submitted);
        QVERIFY(isConflict(history.fold(), history.requestVoid(QStringLiteral("budi"))));
    }
    {
        History noReason(CaseKind::Violation);
        noReason.reach(CaseState::Submitted);
        QVERIFY(isConflict(noReason.fold(), noReason.requestVoid(QStringLiteral("budi"), QStringLiteral(" "))));
    }
}

void TestCaseFold::voidedCaseTakesNothingButNotes()
{
    History history(CaseKind::Violation);
    history.reach(CaseState::Voided);
    QCOMPARE(toString(history.fold().record.state), toString(CaseState::Voided));
    const Change revise =
        history.revise({{QLatin1String(casefield::kPlace), QStringLiteral("x")}}, QStringLiteral("koreksi"));
    const Change close = history.move(CaseState::Voided, CaseState::Closed);
    const Change request = history.requestVoid(QStringLiteral("agus"));
    const Change note = history.make(ChangeKind::Note, {{QStringLiteral("text"), QStringLiteral("arsip")}});
    const CaseFile file = history.fold();
    QVERIFY(isConflict(file, revise));
    QVERIFY(isConflict(file, close));
    QVERIFY(isConflict(file, request));
    QVERIFY(!isConflict(file, note));
    QCOMPARE(toString(file.record.state), toString(CaseState::Voided));
}

void TestCaseFold::confirmationDeadline_data()
{
    QTest::addColumn<bool>("recordedNoticeTime");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<bool>("allowed");
    const qint64 deadline = kEtleConfirmDays * kDayMs;
    QTest::newRow("recorded: a day early") << true << deadline - kDayMs << false;
    QTest::newRow("recorded: a millisecond early") << true << deadline - 1 << false;
    QTest::newRow("recorded: on the deadline") << true << deadline << true;
    QTest::newRow("recorded: a day late") << true << deadline + kDayMs << true;
    QTest::newRow("from the move: a millisecond early") << false << deadline - 1 << false;
    QTest::newRow("from the move: on the deadline") << false << deadline << true;
}

void TestCaseFold::confirmationDeadline()
{
    QFETCH(bool, recordedNoticeTime);
    QFETCH(qint64, after);
    QFETCH(bool, allowed);

    History history(CaseKind::Etle, QStringLiteral("ETLE-JAKPUS-20261118-00003"));
    history.reach(CaseState::Identified);
    history.advance(2 * 3600 * 1000);
    // The notice went out an hour before it was recorded (and after the vehicle was identified), in WIB.
    const qint64 sentMs = history.now() - 3600 * 1000;
    QVariantMap notice;
    if (recordedNoticeTime)
        notice.insert(QLatin1String(casefield::kNoticeSentAt),
                      QDateTime::fromMSecsSinceEpoch(sentMs, Qt::OffsetFromUTC, 7 * 3600).toString(Qt::ISODateWithMs));
    const Change sent = history.move(CaseState::Identified, CaseState::NoticeSent, notice);
    const qint64 from = recordedNoticeTime ? sentMs : sent.hlc.ms();

    // The injected clock: the block is stamped exactly `after` past the notice.
    history.advance(from + after - history.now() - 1000);
    const Change block = history.move(CaseState::NoticeSent, CaseState::StnkBlocked);
    QCOMPARE(block.hlc.ms(), from + after);
    const CaseFile file = history.fold();
    QString reason;
    QCOMPARE(!isConflict(file, block, &reason), allowed);
    QCOMPARE(toString(file.record.state), toString(allowed ? CaseState::StnkBlocked : CaseState::NoticeSent));
    if (!allowed)
        QVERIFY2(reason.contains(QStringLiteral("ETLE-JAKPUS-20261118-00003")), qPrintable(reason));
    // Confirming is never held to the deadline.
    if (!allowed) {
        const Change confirm = history.step(CaseState::NoticeSent, CaseState::Confirmed);
        QVERIFY(!isConflict(history.fold(), confirm));
    }
}

void TestCaseFold::notesAttachmentsAndViewsAreTimelineOnly()
{
    History history(CaseKind::Violation);
    history.reach(CaseState::Submitted);
    const CaseFile before = history.fold();
    const QString sha = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    const Change note =
        history.make(ChangeKind::Note, {{QStringLiteral("text"), QStringLiteral("pelanggar kooperatif")}});
    const Change attach = history.make(ChangeKind::Attach, {{QStringLiteral("sha256"), sha},
                                                            {QStringLiteral("name"), QStringLiteral("foto.jpg")},
                                                            {QStringLiteral("mime"), QStringLiteral("image/jpeg")},
                                                            {QStringLiteral("size"), 4},
                                                            {QStringLiteral("content"), QStringLiteral("dGVzdA==")}});
    const Change badAttach = history.make(ChangeKind::Attach, {{QStringLiteral("sha256"), QStringLiteral("xyz")},
                                                               {QStringLiteral("name"), QStringLiteral("rusak.jpg")}});
    const CaseFile withNotes = history.fold();
    const Change view = history.make(ChangeKind::View, {}, QStringLiteral("auditor"));
    const CaseFile file = history.fold();

    QVERIFY(!isConflict(file, note));
    QVERIFY(!isConflict(file, attach));
    QVERIFY(isConflict(file, badAttach));
    QVERIFY(!isConflict(file, view));
    QCOMPARE(file.record.data, before.record.data);
    QCOMPARE(file.record.version, before.record.version);
    QCOMPARE(file.attachments.size(), 1);
    QCOMPARE(file.attachments.first().sha256, sha);
    QCOMPARE(file.attachments.first().name, QStringLiteral("foto.jpg"));
    QCOMPARE(file.attachments.first().size, qint64(4));
    QCOMPARE(file.attachments.first().opId, attach.opId);

    const qsizetype n = file.timeline.size();
    QCOMPARE(file.timeline.at(n - 3).type, CaseEvent::Type::Note);
    QCOMPARE(file.timeline.at(n - 3).text, QStringLiteral("pelanggar kooperatif"));
    QCOMPARE(file.timeline.at(n - 2).type, CaseEvent::Type::Attached);
    QCOMPARE(file.timeline.at(n - 2).text, QStringLiteral("foto.jpg"));
    QVERIFY(!file.timeline.at(n - 2).fields.contains(QStringLiteral("content")));
    QCOMPARE(file.timeline.at(n - 1).type, CaseEvent::Type::Viewed);
    QCOMPARE(file.timeline.at(n - 1).actor, QStringLiteral("auditor"));
    // An opening is seen in the timeline and nowhere else: the list does not re-sort because someone looked.
    QCOMPARE(file.record.updatedAt, withNotes.record.updatedAt);
}

void TestCaseFold::duplicateChangeAppliesOnce()
{
    History history(CaseKind::Violation);
    history.create();
    const Change note = history.make(ChangeKind::Note, {{QStringLiteral("text"), QStringLiteral("sekali")}});
    ChangeList twice = history.changes();
    twice.append(note);
    const CaseFile file = foldCase(twice);
    QVERIFY(file.conflicts.isEmpty());
    QCOMPARE(file.timeline.size(), 2);
}

void TestCaseFold::orderIndependence()
{
    // A busy ETLE ticket seen by three desks, with edits, a late create-time race, corrections, refused steps,
    // notes, an attachment, two void requests and openings.
    History history(CaseKind::Etle, QStringLiteral("ETLE-JAKPUS-20261118-00003"));
    history.create({{QLatin1String(casefield::kCameraId), QStringLiteral("CAM-THAMRIN-03")}});
    history.set({{QLatin1String(casefield::kSpeedKmh), 92}});
    history.make(ChangeKind::Set, {{QLatin1String(casefield::kSpeedKmh), 95}}, QStringLiteral("siti"),
                 QStringLiteral("desk-2"));
    history.make(ChangeKind::Note, {{QStringLiteral("text"), QStringLiteral("cek ulang")}}, QStringLiteral("agus"),
                 QStringLiteral("desk-3"));
    history.move(CaseState::Captured, CaseState::Verified);
    history.set({{QLatin1String(casefield::kSpeedKmh), 99}}); // too late: a conflict
    history.step(CaseState::Verified, CaseState::Identified,
                 {{QLatin1String(casefield::kOwnerName), QStringLiteral("PT Maju Jaya")}});
    history.revise({{QLatin1String(casefield::kOwnerName), QStringLiteral("PT Maju Jaya Abadi")}},
                   QStringLiteral("nama sesuai STNK"));
    history.make(ChangeKind::View, {}, QStringLiteral("auditor"), QStringLiteral("desk-3"));
    const Change request = history.requestVoid(QStringLiteral("budi"));
    history.requestVoid(QStringLiteral("agus"));                // refused: one is pending
    history.decideVoid(request, false, QStringLiteral("budi")); // refused: own request
    history.decideVoid(request, false, QStringLiteral("siti"), QStringLiteral("tidak cukup alasan"));
    history.move(CaseState::Identified, CaseState::NoticeSent);
    history.move(CaseState::NoticeSent, CaseState::StnkBlocked); // refused: before the deadline
    history.move(CaseState::NoticeSent, CaseState::Confirmed);
    history.make(ChangeKind::Attach, {{QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                                      {QStringLiteral("name"), QStringLiteral("surat.pdf")}});
    history.step(CaseState::Confirmed, CaseState::PaymentIssued);
    // Two desks with the same clock reading: the site decides.
    Change a = history.make(ChangeKind::Note, {{QStringLiteral("text"), QStringLiteral("a")}}, QStringLiteral("budi"),
                            QStringLiteral("desk-2"));
    Change b = a;
    b.opId = uuidV7At(history.now() + 1);
    b.siteId = QStringLiteral("desk-1");
    b.fields = {{QStringLiteral("text"), QStringLiteral("b")}};
    ChangeList all = history.changes();
    all.append(b);

    const CaseFile reference = foldCase(all);
    QCOMPARE(toString(reference.record.state), toString(CaseState::PaymentIssued));
    QCOMPARE(reference.record.version, 2);
    QCOMPARE(reference.conflicts.size(), 4);
    QCOMPARE(reference.timeline.at(reference.timeline.size() - 2).text, QStringLiteral("b"));

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("shuffle seed %u", seed);
    QRandomGenerator random(seed);
    for (int round = 0; round < 100; ++round) {
        ChangeList shuffled = all;
        for (qsizetype i = shuffled.size() - 1; i > 0; --i)
            shuffled.swapItemsAt(i, random.bounded(qsizetype(i + 1)));
        QCOMPARE(describe(foldCase(shuffled)), describe(reference));
    }
}

void TestCaseFold::wouldApplyAnswersForOneChange()
{
    History history(CaseKind::Violation);
    history.reach(CaseState::Submitted);
    const ChangeList existing = history.changes();

    History next(CaseKind::Violation);
    next.advance(history.now() - kStartMs);
    QString reason;
    const Change set = next.set({{QLatin1String(casefield::kPlace), QStringLiteral("x")}});
    QVERIFY(!wouldApply(existing, set, &reason));
    QVERIFY2(reason.contains(QStringLiteral("TLG-JAKPUS-20261118-00007")), qPrintable(reason));

    const Change close = next.move(CaseState::Submitted, CaseState::Closed);
    reason = QStringLiteral("stale");
    QVERIFY(wouldApply(existing, close, &reason));
    QVERIFY(reason.isEmpty());
    QVERIFY(wouldApply(existing, close));

    // Nothing is written: the same question has the same answer.
    QVERIFY(!wouldApply(existing, set));
    QVERIFY(wouldApply(existing, existing.last(), &reason)); // already held: it applied
    ChangeList withSet = existing;
    withSet.append(set);
    QVERIFY(!wouldApply(withSet, set)); // already held as a conflict
    Change other = close;
    other.entity = EntityKind::Incident;
    QVERIFY(!wouldApply(existing, other, &reason));
    QVERIFY(!reason.isEmpty());
}

void TestCaseFold::transitionCarriesOnlyItsStepFields_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseState>("from");
    QTest::addColumn<CaseState>("to");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<bool>("allowed");
    using S = CaseState;
    const auto row = [](const char *tag, CaseKind kind, S from, S to, const char *extra, bool allowed) {
        QTest::newRow(tag) << kind << from << to << QString::fromLatin1(extra) << allowed;
    };
    const CaseKind etle = CaseKind::Etle;
    const CaseKind violation = CaseKind::Violation;
    row("submit: any field of the record", violation, S::Draft, S::Submitted, casefield::kPlace, true);
    row("verify: any field of the capture", etle, S::Captured, S::Verified, casefield::kOwnerName, true);
    row("reject: any field of the capture", etle, S::Captured, S::Rejected, casefield::kSpeedKmh, true);
    row("close: nothing", violation, S::Submitted, S::Closed, casefield::kPlace, false);
    row("close a watch: nothing", CaseKind::Watch, S::Submitted, S::Closed, casefield::kNarrative, false);
    row("identified: the owner's address", etle, S::Verified, S::Identified, casefield::kOwnerAddress, true);
    row("identified: the registered plate", etle, S::Verified, S::Identified, casefield::kPlate, true);
    row("identified: the vehicle's colour", etle, S::Verified, S::Identified, casefield::kVehicleColour, true);
    row("identified: the STNK", etle, S::Verified, S::Identified, casefield::kStnkNumber, true);
    row("identified: not the fine", etle, S::Verified, S::Identified, casefield::kFine, false);
    row("identified: not a payment code", etle, S::Verified, S::Identified, casefield::kPaymentCode, false);
    row("notice: not the owner", etle, S::Identified, S::NoticeSent, casefield::kOwnerName, false);
    row("confirmed: nothing", etle, S::NoticeSent, S::Confirmed, casefield::kOwnerName, false);
    row("transferred: not the payment code", etle, S::NoticeSent, S::Transferred, casefield::kPaymentCode, false);
    row("payment issued: not the amount paid", etle, S::Confirmed, S::PaymentIssued, casefield::kPaidAmount, false);
    row("paid: not a new fine", etle, S::PaymentIssued, S::Paid, casefield::kFine, false);
    row("blocked: not the articles", etle, S::PaymentIssued, S::StnkBlocked, casefield::kArticles, false);
}

void TestCaseFold::transitionCarriesOnlyItsStepFields()
{
    QFETCH(CaseKind, kind);
    QFETCH(CaseState, from);
    QFETCH(CaseState, to);
    QFETCH(QString, extra);
    QFETCH(bool, allowed);

    History history(kind);
    history.reach(from);
    const CaseFile before = history.fold();
    QVERIFY2(before.conflicts.isEmpty(), qPrintable(before.conflicts.value(0).reason));
    // A value the step's check accepts, whichever field it is.
    QVariant value = QStringLiteral("B 4321 ABC");
    if (extra == field(casefield::kFine) || extra == field(casefield::kPaidAmount) ||
        extra == field(casefield::kSpeedKmh))
        value = kFine;
    if (extra == field(casefield::kPaymentCode))
        value = paymentCode();
    history.advance(kEtleConfirmDays * kDayMs);
    const Change step = history.step(from, to, {{extra, value}});
    const CaseFile after = history.fold();
    QString reason;
    QCOMPARE(!isConflict(after, step, &reason), allowed);
    if (allowed) {
        QCOMPARE(toString(after.record.state), toString(to));
        QCOMPARE(after.record.data.value(extra), value);
    } else {
        QCOMPARE(toString(after.record.state), toString(from));
        QCOMPARE(after.record.data, before.record.data);
        QVERIFY2(reason.contains(QStringLiteral("'%1'").arg(extra)), qPrintable(reason));
    }
}

void TestCaseFold::stepDataFieldsFollowTheTable()
{
    const auto fields = [](std::initializer_list<const char *> names) {
        QStringList all;
        for (const char *name : names)
            all.append(field(name));
        all.sort();
        return all;
    };
    namespace c = casefield;
    QCOMPARE(stepDataFields(CaseState::Identified),
             fields({c::kOwnerName, c::kOwnerNik, c::kOwnerAddress, c::kPlate, c::kVehicleKind, c::kVehicleMake,
                     c::kVehicleColour, c::kStnkNumber}));
    QCOMPARE(stepDataFields(CaseState::NoticeSent), fields({c::kNoticeSentAt}));
    QCOMPARE(stepDataFields(CaseState::Transferred), fields({c::kDriverName, c::kDriverNik}));
    QCOMPARE(stepDataFields(CaseState::PaymentIssued), fields({c::kPaymentCode, c::kFine}));
    QCOMPARE(stepDataFields(CaseState::Paid), fields({c::kPaidAt, c::kPaidAmount, c::kBankRef}));
    QCOMPARE(stepDataFields(CaseState::Rejected), fields({c::kRejectedReason}));
    for (const CaseState state :
         {CaseState::Closed, CaseState::Confirmed, CaseState::StnkBlocked, CaseState::Submitted, CaseState::Verified})
        QVERIFY(stepDataFields(state).isEmpty());
}

void TestCaseFold::etleStepsCheckTheirData_data()
{
    QTest::addColumn<CaseState>("from");
    QTest::addColumn<CaseState>("to");
    QTest::addColumn<QVariantMap>("data");
    QTest::addColumn<QString>("named"); // what the refusal names; empty when the step is taken
    using S = CaseState;
    const QString ownerName = field(casefield::kOwnerName);
    const QString ownerNik = field(casefield::kOwnerNik);
    const QString driverName = field(casefield::kDriverName);
    const QString driverNik = field(casefield::kDriverNik);
    const QString paidAmount = field(casefield::kPaidAmount);
    const QString bankRef = field(casefield::kBankRef);
    QTest::newRow("identified") << S::Verified << S::Identified << stepData(S::Identified) << QString();
    QTest::newRow("identified without the owner")
        << S::Verified << S::Identified << QVariantMap{{ownerNik, kOwnerNik}} << ownerName;
    QTest::newRow("identified with a blank owner")
        << S::Verified << S::Identified << QVariantMap{{ownerName, QStringLiteral("  ")}, {ownerNik, kOwnerNik}}
        << ownerName;
    QTest::newRow("identified without a NIK")
        << S::Verified << S::Identified << QVariantMap{{ownerName, QStringLiteral("Siti")}} << ownerNik;
    QTest::newRow("identified with a 15-digit NIK")
        << S::Verified << S::Identified
        << QVariantMap{{ownerName, QStringLiteral("Siti")}, {ownerNik, QStringLiteral("317101650590000")}} << ownerNik;
    QTest::newRow("transferred") << S::NoticeSent << S::Transferred << stepData(S::Transferred) << QString();
    QTest::newRow("transferred without the driver")
        << S::NoticeSent << S::Transferred << QVariantMap{{driverNik, kDriverNik}} << driverName;
    QTest::newRow("transferred with a NIK of no real day")
        << S::NoticeSent << S::Transferred
        << QVariantMap{{driverName, QStringLiteral("Andi")}, {driverNik, QStringLiteral("3171013502850002")}}
        << driverNik;
    QTest::newRow("paid") << S::PaymentIssued << S::Paid << stepData(S::Paid) << QString();
    QVariantMap less = stepData(S::Paid);
    less.insert(paidAmount, kFine - 1);
    QTest::newRow("paid less than the fine") << S::PaymentIssued << S::Paid << less << paidAmount;
    QVariantMap noAmount = stepData(S::Paid);
    noAmount.remove(paidAmount);
    QTest::newRow("paid without an amount") << S::PaymentIssued << S::Paid << noAmount << paidAmount;
    QVariantMap asText = stepData(S::Paid);
    asText.insert(paidAmount, QStringLiteral("500000"));
    QTest::newRow("paid, the amount as text") << S::PaymentIssued << S::Paid << asText << QString();
    QVariantMap noReference = stepData(S::Paid);
    noReference.insert(bankRef, QStringLiteral(" "));
    QTest::newRow("paid without the bank's reference") << S::PaymentIssued << S::Paid << noReference << bankRef;
}

void TestCaseFold::etleStepsCheckTheirData()
{
    QFETCH(CaseState, from);
    QFETCH(CaseState, to);
    QFETCH(QVariantMap, data);
    QFETCH(QString, named);

    History history(CaseKind::Etle, QStringLiteral("ETLE-JAKPUS-20261118-00003"));
    history.reach(from);
    const CaseFile before = history.fold();
    QVERIFY2(before.conflicts.isEmpty(), qPrintable(before.conflicts.value(0).reason));
    const Change step = history.move(from, to, data);
    const CaseFile after = history.fold();
    QString reason;
    QCOMPARE(isConflict(after, step, &reason), !named.isEmpty());
    if (named.isEmpty()) {
        QCOMPARE(toString(after.record.state), toString(to));
    } else {
        QCOMPARE(toString(after.record.state), toString(from));
        QCOMPARE(after.record.data, before.record.data);
        QVERIFY2(reason.contains(named), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("ETLE-JAKPUS-20261118-00003")), qPrintable(reason));
    }
}

void TestCaseFold::paymentFineIsTheChargedTotal()
{
    const QString code = field(casefield::kPaymentCode);
    const QString fine = field(casefield::kFine);
    const auto issue = [&](const QVariantMap &step, const QVariantMap &capture = etleCharges()) {
        History history(CaseKind::Etle, QStringLiteral("ETLE-JAKPUS-20261118-00003"));
        history.create(capture);
        const QList<CaseState> path{CaseState::Captured, CaseState::Verified, CaseState::Identified,
                                    CaseState::NoticeSent, CaseState::Confirmed};
        for (qsizetype i = 1; i < path.size(); ++i)
            history.step(path.at(i - 1), path.at(i));
        const Change change = history.move(CaseState::Confirmed, CaseState::PaymentIssued, step);
        QString reason;
        const CaseFile file = history.fold();
        return isConflict(file, change, &reason) ? reason : QString();
    };

    QCOMPARE(issue(stepData(CaseState::PaymentIssued)), QString());
    // Through JSON a number may come back as a double: the same rupiah.
    QCOMPARE(issue({{code, paymentCode()}, {fine, double(kFine)}}), QString());

    // A fine the charges do not add up to, or none: a payment code for an amount no article supports.
    QString reason = issue({{code, paymentCode()}, {fine, kFine / 2}});
    QVERIFY2(reason.contains(QStringLiteral("(fine)")) && reason.contains(QString::number(kFine)), qPrintable(reason));
    // The capture's own fine stands when the step carries none, if the charges add up to it.
    QCOMPARE(issue({{code, paymentCode()}}), QString());
    QVariantMap wrongCapture = etleCharges();
    wrongCapture.insert(fine, 1'000'000);
    reason = issue({{code, paymentCode()}}, wrongCapture);
    QVERIFY2(reason.contains(QStringLiteral("1000000")), qPrintable(reason));
    // Nothing charged: nothing to pay.
    QVariantMap uncharged = etleCharges();
    uncharged.insert(field(casefield::kCharged), QVariantList());
    reason = issue({{code, paymentCode()}, {fine, kFine}}, uncharged);
    QVERIFY2(reason.contains(QStringLiteral("(charged)")), qPrintable(reason));

    // The code: 15 digits with its Luhn digit (issuePayment leaves it empty for a number that is not ETLE's).
    QString wrongDigit = paymentCode();
    wrongDigit.back() =
        QLatin1Char(wrongDigit.back() == QLatin1Char('9') ? '0' : char(wrongDigit.back().unicode() + 1));
    for (const QString &bad : {QString(), wrongDigit, paymentCode().left(14)}) {
        reason = issue({{code, bad}, {fine, kFine}});
        QVERIFY2(reason.contains(QStringLiteral("(payment_code)")), qPrintable(reason));
    }
}

void TestCaseFold::noticeTimeComesOnlyFromTheMove()
{
    const QString noticeField = field(casefield::kNoticeSentAt);
    const QString longAgo =
        QDateTime::fromMSecsSinceEpoch(kStartMs - 30 * kDayMs, Qt::OffsetFromUTC, 7 * 3600).toString(Qt::ISODate);
    History history(CaseKind::Etle, QStringLiteral("ETLE-JAKPUS-20261118-00003"));
    // A notice time written into the capture, then edited in: neither is the notice.
    history.create({{noticeField, longAgo}});
    history.set({{noticeField, longAgo}, {field(casefield::kSpeedKmh), 90}});
    QVERIFY(!history.fold().record.data.contains(noticeField));
    QCOMPARE(history.fold().record.data.value(field(casefield::kSpeedKmh)).toInt(), 90);
    history.step(CaseState::Captured, CaseState::Verified, {{noticeField, longAgo}});
    history.step(CaseState::Verified, CaseState::Identified);
    QVERIFY(!history.fold().record.data.contains(noticeField));

    // The move to notice_sent records nothing itself: the notice went out when the move was made.
    const Change sent = history.move(CaseState::Identified, CaseState::NoticeSent);
    // A correction cannot bring it forward either.
    const Change backdate = history.revise({{noticeField, longAgo}}, QStringLiteral("tanggal surat"));
    history.advance(kDayMs);
    const Change block = history.move(CaseState::NoticeSent, CaseState::StnkBlocked);
    CaseFile file = history.fold();
    QVERIFY(isConflict(file, backdate));
    QString reason;
    QVERIFY(isConflict(file, block, &reason));
    QVERIFY2(reason.contains(QStringLiteral("deadline")), qPrintable(reason));
    const QDateTime recorded = QDateTime::fromString(file.record.data.value(noticeField).toString(), Qt::ISODateWithMs);
    QCOMPARE(recorded.toMSecsSinceEpoch(), sent.hlc.ms());

    // Eight days after the move, not after the time written into the capture.
    history.advance(sent.hlc.ms() + kEtleConfirmDays * kDayMs - history.now() - 1000);
    const Change inTime = history.move(CaseState::NoticeSent, CaseState::StnkBlocked);
    file = history.fold();
    QVERIFY2(!isConflict(file, inTime, &reason), qPrintable(reason));
}

void TestCaseFold::noticeTimeIsClampedToTheMoves_data()
{
    QTest::addColumn<qint64>("written");  // the notice time the move records, relative to the move
    QTest::addColumn<qint64>("expected"); // the notice time the fold keeps, relative to the move
    const qint64 hour = 3600 * 1000;
    // The vehicle was identified 5 hours before the move to notice_sent.
    QTest::newRow("as written") << -2 * hour << -2 * hour;
    QTest::newRow("before the vehicle was identified") << -30 * kDayMs << -5 * hour;
    QTest::newRow("after the move itself") << 3 * kDayMs << qint64(0);
    QTest::newRow("the move's own time") << qint64(0) << qint64(0);
}

void TestCaseFold::noticeTimeIsClampedToTheMoves()
{
    QFETCH(qint64, written);
    QFETCH(qint64, expected);
    const QString noticeField = field(casefield::kNoticeSentAt);
    History history(CaseKind::Etle, QStringLiteral("ETLE-JAKPUS-20261118-00003"));
    history.reach(CaseState::Identified);
    const qint64 identifiedMs = history.now();
    history.advance(5 * 3600 * 1000 - 1000);
    const qint64 moveMs = history.now() + 1000;
    QCOMPARE(moveMs - identifiedMs, 5 * 3600 * 1000);
    const QString text =
        QDateTime::fromMSecsSinceEpoch(moveMs + written, Qt::OffsetFromUTC, 7 * 3600).toString(Qt::ISODate);
    const Change sent = history.move(CaseState::Identified, CaseState::NoticeSent, {{noticeField, text}});
    QCOMPARE(sent.hlc.ms(), moveMs);
    CaseFile file = history.fold();
    QVERIFY(!isConflict(file, sent));
    const QString kept = file.record.data.value(noticeField).toString();
    QCOMPARE(QDateTime::fromString(kept, Qt::ISODateWithMs).toMSecsSinceEpoch(), moveMs + expected);
    QVERIFY2(kept.endsWith(QStringLiteral("+07:00")), qPrintable(kept)); // in the offset the desk wrote
    if (written == expected)
        QCOMPARE(kept, text);

    // The deadline counts from the time kept: a millisecond early is refused, on the dot is allowed.
    const qint64 deadline = moveMs + expected + kEtleConfirmDays * kDayMs;
    history.advance(deadline - 1 - history.now() - 1000);
    const Change early = history.move(CaseState::NoticeSent, CaseState::StnkBlocked);
    QCOMPARE(early.hlc.ms(), deadline - 1);
    const Change onTime =
        history.make(ChangeKind::Transition, {{QStringLiteral("from"), QStringLiteral("notice_sent")},
                                              {QStringLiteral("to"), QStringLiteral("stnk_blocked")}});
    QCOMPARE(onTime.hlc.ms(), deadline + 999);
    file = history.fold();
    QVERIFY(isConflict(file, early));
    QVERIFY(!isConflict(file, onTime));
}

void TestCaseFold::blockedTicketGoesOn()
{
    using S = CaseState;
    // Blocked after the deadline, before any payment code: the owner comes forward late.
    for (const S late : {S::Confirmed, S::Transferred}) {
        History history(CaseKind::Etle, QStringLiteral("ETLE-JAKPUS-20261118-00003"));
        history.reach(S::StnkBlocked);
        QCOMPARE(names(nextCaseStates(history.fold().record)), names({S::Confirmed, S::Transferred}));
        const Change paid = history.step(S::StnkBlocked, S::Paid);
        QString reason;
        QVERIFY(isConflict(history.fold(), paid, &reason));
        QVERIFY2(reason.contains(QStringLiteral("payment code")), qPrintable(reason));
        history.step(S::StnkBlocked, late);
        history.step(late, S::PaymentIssued);
        history.step(S::PaymentIssued, S::Paid);
        const CaseFile file = history.fold();
        QCOMPARE(file.conflicts.size(), 1);
        QCOMPARE(toString(file.record.state), toString(S::Paid));
    }
    // Blocked for not paying: paid lifts it; the owner's answer came long ago.
    History history(CaseKind::Etle, QStringLiteral("ETLE-JAKPUS-20261118-00003"));
    history.reach(S::PaymentIssued);
    history.step(S::PaymentIssued, S::StnkBlocked);
    QCOMPARE(names(nextCaseStates(history.fold().record)), names({S::Paid}));
    for (const S late : {S::Confirmed, S::Transferred}) {
        const Change step = history.step(S::StnkBlocked, late);
        QString reason;
        QVERIFY(isConflict(history.fold(), step, &reason));
        QVERIFY2(reason.contains(paymentCode()), qPrintable(reason));
    }
    const Change paid = history.step(S::StnkBlocked, S::Paid);
    const CaseFile file = history.fold();
    QVERIFY(!isConflict(file, paid));
    QCOMPARE(toString(file.record.state), toString(S::Paid));
    QCOMPARE(file.record.data.value(field(casefield::kBankRef)).toString(), QStringLiteral("BRI-20261128-000913"));
    // Every other state offers what the workflow offers.
    QCOMPARE(names(nextCaseStates(file.record)), names(nextCaseStates(CaseKind::Etle, S::Paid)));
}

void TestCaseFold::paidTicketIsNotVoided()
{
    History history(CaseKind::Etle, QStringLiteral("ETLE-JAKPUS-20261118-00003"));
    history.reach(CaseState::PaymentIssued);
    // Requested while the ticket waited for payment; the payment arrived before the decision.
    const Change request = history.requestVoid(QStringLiteral("budi"));
    history.step(CaseState::PaymentIssued, CaseState::Paid);
    const Change approval = history.decideVoid(request, true, QStringLiteral("siti"));
    CaseFile file = history.fold();
    QString reason;
    QVERIFY(isConflict(file, approval, &reason));
    QVERIFY2(reason.contains(QStringLiteral("paid")), qPrintable(reason));
    QCOMPARE(toString(file.record.state), toString(CaseState::Paid));
    QVERIFY(file.pendingVoid());

    // Refusing it closes the request; a new one is not taken at all.
    const Change refusal = history.decideVoid(request, false, QStringLiteral("siti"), QStringLiteral("sudah dibayar"));
    const Change again = history.requestVoid(QStringLiteral("agus"));
    file = history.fold();
    QVERIFY(!isConflict(file, refusal));
    QVERIFY(isConflict(file, again, &reason));
    QVERIFY2(reason.contains(QStringLiteral("ETLE-JAKPUS-20261118-00003")), qPrintable(reason));
    QVERIFY(!file.pendingVoid());
    QCOMPARE(file.voidRequests.size(), 1);
    QCOMPARE(toString(file.record.state), toString(CaseState::Paid));
}

void TestCaseFold::voidDecisionNeedsAReasonEitherWay()
{
    History history(CaseKind::Violation);
    history.reach(CaseState::Submitted);
    const Change request = history.requestVoid(QStringLiteral("budi"));
    const Change bare = history.decideVoid(request, true, QStringLiteral("siti"), QStringLiteral("  "));
    CaseFile file = history.fold();
    QString reason;
    QVERIFY(isConflict(file, bare, &reason));
    QVERIFY2(reason.contains(QStringLiteral("reason")), qPrintable(reason));
    QCOMPARE(toString(file.record.state), toString(CaseState::Submitted));
    QVERIFY(file.pendingVoid());

    const Change approval = history.decideVoid(request, true, QStringLiteral("siti"), QStringLiteral("data ganda"));
    file = history.fold();
    QVERIFY(!isConflict(file, approval));
    QCOMPARE(toString(file.record.state), toString(CaseState::Voided));
    QCOMPARE(file.voidRequests.first().decisionReason, QStringLiteral("data ganda"));
}

void TestCaseFold::versionKeepsTheDataBeforeIt()
{
    const QString owner = field(casefield::kOwnerName);
    History history(CaseKind::Etle, QStringLiteral("ETLE-JAKPUS-20261118-00003"));
    history.reach(CaseState::Identified);
    const Change correction =
        history.revise({{owner, QStringLiteral("Siti Rahmawati")}}, QStringLiteral("sesuai STNK"));
    const CaseFile file = history.fold();
    QVERIFY2(file.conflicts.isEmpty(), qPrintable(file.conflicts.value(0).reason));
    QCOMPARE(file.versions.size(), 2);

    const CaseVersion &v1 = file.versions.at(0);
    QVERIFY(v1.before.isEmpty());
    QVERIFY(!v1.data.contains(owner)); // verified: the owner was not known yet

    const CaseVersion &v2 = file.versions.at(1);
    QCOMPARE(v2.opId, correction.opId);
    QCOMPARE(v2.before.value(owner).toString(), QStringLiteral("Siti Rahma"));
    QCOMPARE(v2.before.value(field(casefield::kOwnerNik)).toString(), kOwnerNik);
    // What the correction changed, and nothing the identification recorded in between.
    const QList<FieldDifference> changed = differences(v2.before, v2.data);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().field, owner);
    QCOMPARE(changed.first().before.toString(), QStringLiteral("Siti Rahma"));
    QCOMPARE(changed.first().after.toString(), QStringLiteral("Siti Rahmawati"));
    QVERIFY(differences(v1.data, v2.data).size() > 1);
}

QTEST_GUILESS_MAIN(TestCaseFold)
#include "tst_casefold.moc"
