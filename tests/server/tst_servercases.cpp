// Cases on the server, on the backend named by LINTAS_TEST_BACKEND (server.cases.sqlite and
// server.cases.postgresql): the role policy for case and article changes, the two-person void (nobody decides
// their own request, only a supervisor decides, the request must be in the log) and its audit entries.

#include <algorithm>
#include <atomic>

#include <QTest>

#include "core/uuidv7.h"
#include "server/passwords.h"
#include "server/serverstore.h"
#include "testdatabase.h"

using namespace lintas;
using namespace lintas::server;

namespace {

constexpr qint64 kT0 = 1764200000000; // 2025-11-26, a fixed "now"
const QString kRegion = QStringLiteral("PMJ");
const QString kNumber = QStringLiteral("TLG-JAKPUS-20251126-00007");

Account account(const QString &name, Role role, const QString &scope = QStringLiteral("PMJ"))
{
    Account result;
    result.name = name;
    result.displayName = name;
    result.role = role;
    result.scope = scope;
    return result;
}
const Account kDispatcher = account(QStringLiteral("dina"), Role::Dispatcher);
const Account kOfficer = account(QStringLiteral("fajar"), Role::FieldOfficer);
const Account kSupervisor = account(QStringLiteral("surya"), Role::Supervisor);
const Account kOtherSupervisor = account(QStringLiteral("sari"), Role::Supervisor);
const Account kAdmin = account(QStringLiteral("adi"), Role::Admin);
const Account kAuditor = account(QStringLiteral("andre"), Role::Auditor);

// A change in the acting account's name, as a desk logged in as that account makes it.
Change makeChange(const Account &by, EntityKind entity, const QUuid &entityId, ChangeKind kind,
                  const QVariantMap &fields)
{
    static std::atomic<quint16> counter{0};
    Change change;
    change.opId = newUuidV7();
    change.siteId = QStringLiteral("desk-") + by.name;
    change.hlc = Hlc::fromParts(kT0, ++counter);
    change.actor = by.name;
    change.entity = entity;
    change.entityId = entityId;
    change.kind = kind;
    change.fields = fields;
    return change;
}

Change newViolation(const Account &by, QUuid *id)
{
    *id = newUuidV7();
    return makeChange(by, EntityKind::Case, *id, ChangeKind::Create,
                      {{QStringLiteral("kind"), QStringLiteral("violation")},
                       {QStringLiteral("station_code"), QStringLiteral("JAKPUS")},
                       {QStringLiteral("number"), kNumber},
                       {QStringLiteral("offender_name"), QStringLiteral("Andi Wijaya")},
                       {QStringLiteral("plate"), QStringLiteral("B 1234 XYZ")}});
}

Change submit(const Account &by, const QUuid &id)
{
    return makeChange(
        by, EntityKind::Case, id, ChangeKind::Transition,
        {{QStringLiteral("from"), QStringLiteral("draft")}, {QStringLiteral("to"), QStringLiteral("submitted")}});
}

Change requestVoid(const Account &by, const QUuid &id, const QString &reason = QStringLiteral("Pelat salah baca"))
{
    return makeChange(by, EntityKind::Case, id, ChangeKind::VoidRequest, {{QStringLiteral("reason"), reason}});
}

Change decideVoid(const Account &by, const QUuid &id, const QUuid &requestOp, bool approve,
                  const QString &reason = QStringLiteral("Foto tidak jelas"))
{
    return makeChange(by, EntityKind::Case, id, ChangeKind::VoidDecision,
                      {{QStringLiteral("request_op"), requestOp.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("approve"), approve},
                       {QStringLiteral("reason"), reason}});
}

QString text(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString describe(const QList<AuditEvent> &events)
{
    QStringList lines;
    for (const AuditEvent &e : events)
        lines.append(QStringLiteral("%1 %2 %3").arg(e.event, e.actor, e.detail));
    return lines.join(QLatin1Char('\n'));
}

// The events of one kind whose detail names every part.
QList<AuditEvent> eventsOf(const QList<AuditEvent> &events, const QString &event, const QStringList &parts = {})
{
    QList<AuditEvent> result;
    for (const AuditEvent &e : events)
        if (e.event == event &&
            std::all_of(parts.cbegin(), parts.cend(), [&](const QString &part) { return e.detail.contains(part); }))
            result.append(e);
    return result;
}

} // namespace

class TestServerCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_backend = TestDatabase::backendFromEnvironment();
        qInfo() << "backend:" << TestDatabase::backendName(m_backend);
        QVERIFY(Passwords::ready());
        if (m_backend == TestDatabase::Backend::Postgresql)
            QVERIFY2(!TestDatabase::postgresMaintenanceUrl().isEmpty(),
                     "LINTAS_TEST_PG_URL is not set: run through ctest (the pg fixture starts the cluster)");
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(m_backend);
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        QString error;
        m_store = ServerStore::open(m_db->url(), &error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY2(m_store->initialize(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_store.reset(); // the connection closes before the database is dropped
        m_db.reset();
    }

    void dispatcherMayNotDecideAVoid()
    {
        const QUuid id = submittedViolation();
        const Change request = requestVoid(kDispatcher, id);
        QVERIFY(accepted(kDispatcher, request));

        for (const Account &below : {kDispatcher, kOfficer}) {
            const PushOutcome outcome = pushOne(below, decideVoid(below, id, request.opId, true));
            QVERIFY(outcome.status == PushOutcome::Status::Rejected);
            QCOMPARE(outcome.reasonCode, QStringLiteral("forbidden_role"));
            QVERIFY2(outcome.reason.contains(below.name), qPrintable(outcome.reason));
        }
        // Not even a refusal of the request: deciding is the supervisors'.
        QCOMPARE(pushOne(kDispatcher, decideVoid(kDispatcher, id, request.opId, false)).reasonCode,
                 QStringLiteral("forbidden_role"));
        QVERIFY(eventsOf(m_store->auditEvents(0, 1000), QStringLiteral("void_decided")).isEmpty());
    }

    void requesterMayNotDecideTheirOwnRequest()
    {
        const QUuid id = submittedViolation();
        const Change request = requestVoid(kSupervisor, id);
        QVERIFY(accepted(kSupervisor, request));

        for (const bool approve : {true, false}) {
            const PushOutcome outcome = pushOne(kSupervisor, decideVoid(kSupervisor, id, request.opId, approve));
            QVERIFY(outcome.status == PushOutcome::Status::Rejected);
            QCOMPARE(outcome.reasonCode, QStringLiteral("void_self_approval"));
            // The reason names the case (number and id) and the requester.
            QVERIFY2(outcome.reason.contains(kNumber), qPrintable(outcome.reason));
            QVERIFY2(outcome.reason.contains(text(id)), qPrintable(outcome.reason));
            QVERIFY2(outcome.reason.contains(kSupervisor.name), qPrintable(outcome.reason));
        }
        // A refusal is audited with the op, and the log did not take the decisions.
        const QList<AuditEvent> events = m_store->auditEvents(0, 1000);
        QVERIFY2(!eventsOf(events, QStringLiteral("change_rejected"), {QStringLiteral("void_self_approval")}).isEmpty(),
                 qPrintable(describe(events)));
        QVERIFY(eventsOf(events, QStringLiteral("void_decided")).isEmpty());
        QCOMPARE(m_store->headSeq(kRegion), quint64(3));

        // Request and decision in one batch: the decision still finds the request it names.
        const QUuid other = submittedViolation();
        const Change sameBatchRequest = requestVoid(kAdmin, other);
        const QList<PushOutcome> outcomes =
            m_store->push(kAdmin, QStringLiteral("desk-adi"),
                          {{sameBatchRequest, 1}, {decideVoid(kAdmin, other, sameBatchRequest.opId, true), 2}}, kT0);
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes.at(0).status == PushOutcome::Status::Accepted);
        QCOMPARE(outcomes.at(1).reasonCode, QStringLiteral("void_self_approval"));
    }

    void anotherSupervisorDecidesAndIsAudited()
    {
        const QUuid id = submittedViolation();
        const Change request = requestVoid(kDispatcher, id, QStringLiteral("Pelat salah baca kamera"));
        QVERIFY(accepted(kDispatcher, request));
        const Change approval = decideVoid(kSupervisor, id, request.opId, true, QStringLiteral("Foto buram"));
        QVERIFY(accepted(kSupervisor, approval));

        const QList<AuditEvent> events = m_store->auditEvents(0, 1000);
        const QList<AuditEvent> requested =
            eventsOf(events, QStringLiteral("void_requested"), {text(id), QStringLiteral("Pelat salah baca kamera")});
        QVERIFY2(requested.size() == 1, qPrintable(describe(events)));
        QCOMPARE(requested.first().actor, kDispatcher.name);
        const QList<AuditEvent> decided =
            eventsOf(events, QStringLiteral("void_decided"),
                     {text(id), kNumber, QStringLiteral("approved"), QStringLiteral("Foto buram"), kDispatcher.name});
        QVERIFY2(decided.size() == 1, qPrintable(describe(events)));
        QCOMPARE(decided.first().actor, kSupervisor.name);
        // Still a supervisor's right in use.
        QVERIFY2(!eventsOf(events, QStringLiteral("privilege_use"), {text(approval.opId)}).isEmpty(),
                 qPrintable(describe(events)));

        // A refusal by another supervisor (an admin) of a second request is accepted and audited as refused.
        const Change again = requestVoid(kSupervisor, id, QStringLiteral("Diminta ulang"));
        QVERIFY(accepted(kSupervisor, again));
        QVERIFY(accepted(kAdmin, decideVoid(kAdmin, id, again.opId, false, QStringLiteral("Bukti cukup"))));
        QVERIFY2(!eventsOf(m_store->auditEvents(0, 1000), QStringLiteral("void_decided"),
                           {QStringLiteral("refused"), QStringLiteral("Bukti cukup"), kSupervisor.name})
                      .isEmpty(),
                 qPrintable(describe(m_store->auditEvents(0, 1000))));
        QVERIFY(m_store->verifyChain(kRegion).ok);
    }

    void decisionMustNameARequestOfTheCase()
    {
        const QUuid id = submittedViolation();
        // An op the log has never seen.
        PushOutcome outcome = pushOne(kSupervisor, decideVoid(kSupervisor, id, newUuidV7(), true));
        QCOMPARE(outcome.reasonCode, QStringLiteral("void_unknown_request"));
        QVERIFY2(outcome.reason.contains(kNumber), qPrintable(outcome.reason));

        // An op that is no void request: a note on the case.
        const Change note = makeChange(kDispatcher, EntityKind::Case, id, ChangeKind::Note,
                                       {{QStringLiteral("text"), QStringLiteral("Catatan")}});
        QVERIFY(accepted(kDispatcher, note));
        outcome = pushOne(kSupervisor, decideVoid(kSupervisor, id, note.opId, true));
        QCOMPARE(outcome.reasonCode, QStringLiteral("void_unknown_request"));
        QVERIFY2(outcome.reason.contains(text(note.opId)), qPrintable(outcome.reason));

        // A request of another case.
        const QUuid other = submittedViolation();
        const Change otherRequest = requestVoid(kDispatcher, other);
        QVERIFY(accepted(kDispatcher, otherRequest));
        QCOMPARE(pushOne(kSupervisor, decideVoid(kSupervisor, id, otherRequest.opId, true)).reasonCode,
                 QStringLiteral("void_unknown_request"));

        // A request logged in another region is not this region's.
        const Account jabarDispatcher = account(QStringLiteral("joko"), Role::Dispatcher, QStringLiteral("JABAR"));
        const Account jabarSupervisor = account(QStringLiteral("jaka"), Role::Supervisor, QStringLiteral("JABAR"));
        QUuid bogorCase;
        Change bogorCreate = newViolation(jabarDispatcher, &bogorCase);
        bogorCreate.fields.insert(QStringLiteral("station_code"), QStringLiteral("BOGOR"));
        QVERIFY(accepted(jabarDispatcher, bogorCreate));
        const Change bogorRequest = requestVoid(jabarDispatcher, bogorCase);
        QVERIFY(accepted(jabarDispatcher, bogorRequest));
        QVERIFY(accepted(jabarSupervisor, decideVoid(jabarSupervisor, bogorCase, bogorRequest.opId, true)));
        QCOMPARE(m_store->headSeq(QStringLiteral("JABAR")), quint64(3));
    }

    void requesterMayNotDecideUnderAnotherName()
    {
        const QUuid id = submittedViolation();
        const Change request = requestVoid(kSupervisor, id);
        QVERIFY(accepted(kSupervisor, request));
        // The requester sends a decision signed with a colleague's name.
        Change forged = decideVoid(kSupervisor, id, request.opId, true);
        forged.actor = kOtherSupervisor.name;
        const PushOutcome outcome = pushOne(kSupervisor, forged);
        QCOMPARE(outcome.reasonCode, QStringLiteral("void_self_approval"));
        QVERIFY2(outcome.reason.contains(kSupervisor.name), qPrintable(outcome.reason));
        // The colleague's own decision goes through.
        QVERIFY(accepted(kOtherSupervisor, decideVoid(kOtherSupervisor, id, request.opId, true)));
    }

    void relayedHistoryKeepsItsActors()
    {
        // A gateway's account relays a region's history (the demo's, a migration): request and decision by two
        // other people are accepted, and the audit names who requested and who decided.
        const Account gateway = account(QStringLiteral("field-sim"), Role::Supervisor);
        QUuid id;
        Change create = newViolation(kDispatcher, &id);
        QVERIFY(accepted(gateway, create));
        Change request = requestVoid(kDispatcher, id);
        request.actor = QStringLiteral("dispatcher2");
        Change decision = decideVoid(kSupervisor, id, request.opId, true);
        decision.actor = QStringLiteral("supervisor1");
        QVERIFY(accepted(gateway, request));
        QVERIFY(accepted(gateway, decision));
        const QList<AuditEvent> events = m_store->auditEvents(0, 1000);
        QVERIFY2(!eventsOf(events, QStringLiteral("void_decided"), {QStringLiteral("dispatcher2"), text(id)}).isEmpty(),
                 qPrintable(describe(events)));
        // The same history with one person on both sides is refused however it arrives.
        QUuid other;
        QVERIFY(accepted(gateway, newViolation(kDispatcher, &other)));
        Change selfRequest = requestVoid(kDispatcher, other);
        selfRequest.actor = QStringLiteral("supervisor1");
        Change selfDecision = decideVoid(kSupervisor, other, selfRequest.opId, true);
        selfDecision.actor = QStringLiteral("supervisor1");
        QVERIFY(accepted(gateway, selfRequest));
        QCOMPARE(pushOne(gateway, selfDecision).reasonCode, QStringLiteral("void_self_approval"));
    }

    void auditorMayOnlyRecordReads()
    {
        const QUuid id = submittedViolation();
        const Change view = makeChange(kAuditor, EntityKind::Case, id, ChangeKind::View, {});
        QVERIFY(accepted(kAuditor, view));
        // Opening a case of a station outside a Polres-scoped auditor's own is a read too.
        const Account pusatAuditor = account(QStringLiteral("ayu"), Role::Auditor, QStringLiteral("JAKSEL"));
        QVERIFY(accepted(pusatAuditor, makeChange(pusatAuditor, EntityKind::Case, id, ChangeKind::View, {})));

        const QList<Change> changes{
            makeChange(kAuditor, EntityKind::Case, id, ChangeKind::Note,
                       {{QStringLiteral("text"), QStringLiteral("x")}}),
            makeChange(kAuditor, EntityKind::Case, id, ChangeKind::Revise,
                       {{QStringLiteral("reason"), QStringLiteral("koreksi")},
                        {QStringLiteral("offender_name"), QStringLiteral("Budi")}}),
            requestVoid(kAuditor, id),
            makeChange(kAuditor, EntityKind::Case, id, ChangeKind::Attach,
                       {{QStringLiteral("sha256"), QString(64, QLatin1Char('b'))},
                        {QStringLiteral("name"), QStringLiteral("a.jpg")}}),
        };
        QUuid fresh;
        for (const Change &change : changes + QList<Change>{newViolation(kAuditor, &fresh)}) {
            const PushOutcome outcome = pushOne(kAuditor, change);
            QVERIFY2(outcome.status == PushOutcome::Status::Rejected, qPrintable(toString(change.kind)));
            QCOMPARE(outcome.reasonCode, QStringLiteral("read_only"));
        }
        QCOMPARE(m_store->headSeq(kRegion), quint64(4)); // create, submit and the two views
    }

    void articlesAndPaymentsAreTheSupervisors()
    {
        const QUuid article = newUuidV7();
        const QVariantMap fields{{QStringLiteral("code"), QStringLiteral("287(9)")},
                                 {QStringLiteral("max_fine"), 500000},
                                 {QStringLiteral("text_id"), QStringLiteral("Contoh pasal")}};
        for (const Account &below : {kDispatcher, kOfficer}) {
            const PushOutcome outcome =
                pushOne(below, makeChange(below, EntityKind::Article, article, ChangeKind::Create, fields));
            QCOMPARE(outcome.reasonCode, QStringLiteral("forbidden_role"));
            QVERIFY2(outcome.reason.contains(QStringLiteral("article")), qPrintable(outcome.reason));
        }
        const Change added = makeChange(kSupervisor, EntityKind::Article, article, ChangeKind::Create, fields);
        QVERIFY(accepted(kSupervisor, added));
        const Change retired =
            makeChange(kSupervisor, EntityKind::Article, article, ChangeKind::Set, {{QStringLiteral("retired"), true}});
        QVERIFY(accepted(kSupervisor, retired));
        // A Polres-scoped supervisor does not keep the Polda's catalogue.
        const Account pusatSupervisor = account(QStringLiteral("putra"), Role::Supervisor, QStringLiteral("JAKPUS"));
        QCOMPARE(pushOne(pusatSupervisor, makeChange(pusatSupervisor, EntityKind::Article, article, ChangeKind::Set,
                                                     {{QStringLiteral("retired"), false}}))
                     .reasonCode,
                 QStringLiteral("out_of_scope"));
        // Another Polda's supervisor keeps their own catalogue under the same article id.
        const Account jabar = account(QStringLiteral("jaka"), Role::Supervisor, QStringLiteral("JABAR"));
        QVERIFY(accepted(jabar, makeChange(jabar, EntityKind::Article, article, ChangeKind::Create, fields)));

        // Paying a ticket: the settlement import of a supervisor.
        const QUuid ticket = submittedViolation();
        const QVariantMap paid{{QStringLiteral("from"), QStringLiteral("payment_issued")},
                               {QStringLiteral("to"), QStringLiteral("paid")},
                               {QStringLiteral("paid_amount"), 500000},
                               {QStringLiteral("bank_ref"), QStringLiteral("BRI-77")}};
        QCOMPARE(pushOne(kDispatcher, makeChange(kDispatcher, EntityKind::Case, ticket, ChangeKind::Transition, paid))
                     .reasonCode,
                 QStringLiteral("forbidden_role"));
        const Change payment = makeChange(kSupervisor, EntityKind::Case, ticket, ChangeKind::Transition, paid);
        QVERIFY(accepted(kSupervisor, payment));

        const QList<AuditEvent> events = m_store->auditEvents(0, 1000);
        for (const Change &change : {added, retired, payment})
            QVERIFY2(!eventsOf(events, QStringLiteral("privilege_use"), {text(change.opId)}).isEmpty(),
                     qPrintable(describe(events)));
    }

    void officersWorkTheirCases()
    {
        // Everything short of a decision or a payment is an officer's: create, edit the draft, submit, correct,
        // note, attach, request a void and open the record.
        QUuid id;
        QVERIFY(accepted(kOfficer, newViolation(kOfficer, &id)));
        const QList<Change> more{
            makeChange(kOfficer, EntityKind::Case, id, ChangeKind::Set,
                       {{QStringLiteral("offender_nik"), QStringLiteral("3171010101900001")}}),
            submit(kOfficer, id),
            makeChange(kOfficer, EntityKind::Case, id, ChangeKind::Revise,
                       {{QStringLiteral("reason"), QStringLiteral("Salah ketik")},
                        {QStringLiteral("offender_name"), QStringLiteral("Andi W.")}}),
            makeChange(kOfficer, EntityKind::Case, id, ChangeKind::Note,
                       {{QStringLiteral("text"), QStringLiteral("ok")}}),
            makeChange(kOfficer, EntityKind::Case, id, ChangeKind::Attach,
                       {{QStringLiteral("sha256"), QString(64, QLatin1Char('c'))},
                        {QStringLiteral("name"), QStringLiteral("sim.jpg")}}),
            requestVoid(kOfficer, id),
            makeChange(kOfficer, EntityKind::Case, id, ChangeKind::View, {}),
        };
        for (const Change &change : more) {
            const PushOutcome outcome = pushOne(kOfficer, change);
            QVERIFY2(outcome.status == PushOutcome::Status::Accepted,
                     qPrintable(toString(change.kind) + QStringLiteral(": ") + outcome.reason));
        }
        // The case is Jakarta Pusat's: a Jakarta Selatan dispatcher may not work it.
        const Account selatan = account(QStringLiteral("sinta"), Role::Dispatcher, QStringLiteral("JAKSEL"));
        QCOMPARE(pushOne(selatan, makeChange(selatan, EntityKind::Case, id, ChangeKind::Note,
                                             {{QStringLiteral("text"), QStringLiteral("x")}}))
                     .reasonCode,
                 QStringLiteral("out_of_scope"));
        // A correction that moves it to Jakarta Selatan moves its scope as a Set does.
        QVERIFY(accepted(kDispatcher, makeChange(kDispatcher, EntityKind::Case, id, ChangeKind::Revise,
                                                 {{QStringLiteral("reason"), QStringLiteral("Salah polres")},
                                                  {QStringLiteral("station_code"), QStringLiteral("JAKSEL")}})));
        QVERIFY(accepted(selatan, makeChange(selatan, EntityKind::Case, id, ChangeKind::Note,
                                             {{QStringLiteral("text"), QStringLiteral("y")}})));
    }

private:
    PushOutcome pushOne(const Account &by, const Change &change)
    {
        const QList<PushOutcome> outcomes =
            m_store->push(by, QStringLiteral("desk-") + by.name, {{change, ++m_clientSeq}}, kT0);
        if (outcomes.size() != 1) {
            qWarning().noquote() << "push failed:" << m_store->lastError();
            return {};
        }
        return outcomes.first();
    }

    bool accepted(const Account &by, const Change &change)
    {
        const PushOutcome outcome = pushOne(by, change);
        if (outcome.status != PushOutcome::Status::Accepted)
            qWarning().noquote() << toString(change.kind) << "by" << by.name << "refused:" << outcome.reasonCode
                                 << outcome.reason;
        return outcome.status == PushOutcome::Status::Accepted;
    }

    // A violation of Jakarta Pusat, written and submitted by the dispatcher.
    QUuid submittedViolation()
    {
        QUuid id;
        if (!accepted(kDispatcher, newViolation(kDispatcher, &id)) || !accepted(kDispatcher, submit(kDispatcher, id)))
            return {};
        return id;
    }

    TestDatabase::Backend m_backend = TestDatabase::Backend::Sqlite;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerStore> m_store;
    quint64 m_clientSeq = 0;
};

QTEST_GUILESS_MAIN(TestServerCases)
#include "tst_servercases.moc"
