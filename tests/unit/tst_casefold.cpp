#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include "core/casefold.h"
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
};

namespace {

constexpr qint64 kStartMs = 1'795'000'000'000; // 2026-11-18
constexpr qint64 kDayMs = 24 * 3600 * 1000;
const QUuid kCaseId = uuidV7At(kStartMs);

QString name(CaseState state)
{
    return toString(state);
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
        for (const auto &[from, to] : expectedMoves(kind))
            if (from == path.last() && !path.contains(to))
                paths.append(path + QList<CaseState>{to});
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
        move(path.at(i - 1), path.at(i));
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
                     QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(v.data)).toJson());
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
                QTest::addRow("%s %s→%s", qPrintable(toString(kind)), qPrintable(name(from)), qPrintable(name(to)))
                    << kind << from << to << expectedMoves(kind).contains({from, to});
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
    const Change step = history.move(from, to, {{QStringLiteral("step_note"), QStringLiteral("x")}});
    const CaseFile after = history.fold();
    QString reason;
    QCOMPARE(isConflict(after, step, &reason), !legal);
    if (legal) {
        QCOMPARE(toString(after.record.state), toString(to));
        QCOMPARE(after.record.data.value(QStringLiteral("step_note")).toString(), QStringLiteral("x"));
        QCOMPARE(after.timeline.last().type, CaseEvent::Type::Moved);
        QCOMPARE(after.timeline.last().text, QStringLiteral("%1 → %2").arg(name(from), name(to)));
    } else {
        QCOMPARE(toString(after.record.state), toString(from));
        QVERIFY(!after.record.data.contains(QStringLiteral("step_note")));
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
    history.move(CaseState::PaymentIssued, CaseState::Paid);
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
    // The notice went out an hour before it was recorded, at a time written in WIB.
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
        const Change confirm = history.move(CaseState::NoticeSent, CaseState::Confirmed);
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
    history.move(CaseState::Verified, CaseState::Identified,
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
    history.move(CaseState::Confirmed, CaseState::PaymentIssued,
                 {{QLatin1String(casefield::kPaymentCode), QStringLiteral("801261118000034")}});
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

QTEST_GUILESS_MAIN(TestCaseFold)
#include "tst_casefold.moc"
