#include <QTest>

#include "core/roles.h"

using namespace lintas;

Q_DECLARE_METATYPE(lintas::Role)

// The role policy the server enforces on every change (and the desk mirrors): every role against every change
// kind on every entity (incidents, units, settings, cases, articles), the supervisor-only changes, and scope
// inside and outside a Polres and a Polda.
class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void matrix_data();
    void matrix();
    void scope_data();
    void scope();
    void checkOrder();
    void reasonNamesTheChange();
    void poldaAndWithin();
};

namespace {

const QUuid kEntity = QUuid::fromString(QStringLiteral("{0190c1a2-0000-7000-8000-00000000abcd}"));

Change makeChange(EntityKind entity, ChangeKind kind, const QVariantMap &fields)
{
    Change change;
    change.opId = QUuid::fromString(QStringLiteral("{0190c1a2-0000-7000-8000-000000000001}"));
    change.siteId = QStringLiteral("site-a");
    change.actor = QStringLiteral("budi");
    change.entity = entity;
    change.entityId = kEntity;
    change.kind = kind;
    change.fields = fields;
    return change;
}

// A typical change of each kind, as the desks' ChangeFactory makes them.
QVariantMap typicalFields(EntityKind entity, ChangeKind kind)
{
    const bool unit = entity == EntityKind::Unit;
    switch (kind) {
    case ChangeKind::Create:
        return unit ? QVariantMap{{QStringLiteral("callsign"), QStringLiteral("JAKPUS-R2-09")},
                                  {QStringLiteral("kind"), QStringLiteral("r2")},
                                  {QStringLiteral("station_code"), QStringLiteral("JAKPUS")}}
                    : QVariantMap{{QStringLiteral("type_code"), QStringLiteral("kecelakaan")},
                                  {QStringLiteral("station_code"), QStringLiteral("JAKPUS")}};
    case ChangeKind::Set:
        return unit ? QVariantMap{{QStringLiteral("callsign"), QStringLiteral("JAKPUS-R2-10")}}
                    : QVariantMap{{QStringLiteral("priority"), 1}};
    case ChangeKind::Transition:
        return unit ? QVariantMap{{QStringLiteral("from"), QStringLiteral("available")},
                                  {QStringLiteral("to"), QStringLiteral("on_patrol")}}
                    : QVariantMap{{QStringLiteral("from"), QStringLiteral("reported")},
                                  {QStringLiteral("to"), QStringLiteral("dispatched")}};
    case ChangeKind::Note:
        return {{QStringLiteral("text"), QStringLiteral("Lajur kiri ditutup")}};
    case ChangeKind::Dispatch:
        return {{QStringLiteral("unit_id"), QStringLiteral("0190c1a2-0000-7000-8000-00000000beef")}};
    case ChangeKind::Revise: // the case kinds: typicalCaseFields
    case ChangeKind::Attach:
    case ChangeKind::VoidRequest:
    case ChangeKind::VoidDecision:
    case ChangeKind::View:
        break;
    }
    return {};
}

// A typical change of each kind on a case (CaseFactory's shape); a Transition is a step short of payment.
QVariantMap typicalCaseFields(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Create:
        return {{QStringLiteral("kind"), QStringLiteral("violation")},
                {QStringLiteral("station_code"), QStringLiteral("JAKPUS")},
                {QStringLiteral("plate"), QStringLiteral("B 1234 XYZ")}};
    case ChangeKind::Set:
        return {{QStringLiteral("offender_name"), QStringLiteral("Andi Wijaya")}};
    case ChangeKind::Transition:
        return {{QStringLiteral("from"), QStringLiteral("draft")}, {QStringLiteral("to"), QStringLiteral("submitted")}};
    case ChangeKind::Note:
        return {{QStringLiteral("text"), QStringLiteral("Pelanggar kooperatif")}};
    case ChangeKind::Dispatch:
        return {{QStringLiteral("unit_id"), QStringLiteral("0190c1a2-0000-7000-8000-00000000beef")}};
    case ChangeKind::Revise:
        return {{QStringLiteral("reason"), QStringLiteral("Salah ketik NIK")},
                {QStringLiteral("offender_nik"), QStringLiteral("3171010101900001")}};
    case ChangeKind::Attach:
        return {{QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                {QStringLiteral("name"), QStringLiteral("foto.jpg")},
                {QStringLiteral("mime"), QStringLiteral("image/jpeg")},
                {QStringLiteral("size"), 3}};
    case ChangeKind::VoidRequest:
        return {{QStringLiteral("reason"), QStringLiteral("Pelat salah baca")}};
    case ChangeKind::VoidDecision:
        return {{QStringLiteral("request_op"), QStringLiteral("0190c1a2-0000-7000-8000-000000000002")},
                {QStringLiteral("approve"), true},
                {QStringLiteral("reason"), QStringLiteral("Foto tidak jelas")}};
    case ChangeKind::View:
        return {};
    }
    return {};
}

// A catalogue entry as CaseFactory::setArticle makes it.
QVariantMap typicalArticleFields(ChangeKind kind)
{
    if (kind == ChangeKind::Set)
        return {{QStringLiteral("retired"), true}};
    return {{QStringLiteral("code"), QStringLiteral("287(1)")},
            {QStringLiteral("max_fine"), 500000},
            {QStringLiteral("text_id"), QStringLiteral("Melanggar rambu")}};
}

constexpr EntityKind kEntities[] = {EntityKind::Incident, EntityKind::Unit};
constexpr ChangeKind kAllKinds[] = {
    ChangeKind::Create, ChangeKind::Set,    ChangeKind::Transition,  ChangeKind::Note,         ChangeKind::Dispatch,
    ChangeKind::Revise, ChangeKind::Attach, ChangeKind::VoidRequest, ChangeKind::VoidDecision, ChangeKind::View};

// The expected answer on a case, per role: an auditor may only record a read; below a supervisor, no void
// decision and no dispatch (a step to "paid" has a row of its own).
QString expectedForCase(Role role, ChangeKind kind)
{
    switch (role) {
    case Role::Auditor:
        return kind == ChangeKind::View ? QString() : QStringLiteral("read_only");
    case Role::Supervisor:
    case Role::Admin:
        return {};
    case Role::Dispatcher:
    case Role::FieldOfficer:
        return kind == ChangeKind::VoidDecision || kind == ChangeKind::Dispatch ? QStringLiteral("forbidden_role")
                                                                                : QString();
    }
    return QStringLiteral("?");
}
constexpr ChangeKind kKinds[] = {ChangeKind::Create, ChangeKind::Set, ChangeKind::Transition, ChangeKind::Note,
                                 ChangeKind::Dispatch};

// The expected answer ("" = allowed) for a typical change of each kind, per role.
QString expectedFor(Role role, EntityKind entity, ChangeKind kind)
{
    const QString forbidden = QStringLiteral("forbidden_role");
    switch (role) {
    case Role::Auditor:
        return QStringLiteral("read_only");
    case Role::Supervisor:
    case Role::Admin:
        return {};
    case Role::Dispatcher:
        if (entity == EntityKind::Incident)
            return {};
        return kind == ChangeKind::Transition || kind == ChangeKind::Note ? QString() : forbidden;
    case Role::FieldOfficer:
        if (entity == EntityKind::Incident)
            return kind == ChangeKind::Create || kind == ChangeKind::Note ? QString() : forbidden;
        return kind == ChangeKind::Transition || kind == ChangeKind::Note ? QString() : forbidden;
    }
    return QStringLiteral("?");
}

QString outcome(const std::optional<PolicyRefusal> &refusal)
{
    return refusal ? refusal->code : QString();
}

} // namespace

void TestRoles::names()
{
    QCOMPARE(allRoles().size(), 5);
    for (const Role role : allRoles()) {
        bool ok = false;
        QVERIFY(roleFromString(toString(role), &ok) == role);
        QVERIFY(ok);
        QVERIFY(!displayName(role).isEmpty());
    }
    QCOMPARE(toString(Role::FieldOfficer), QStringLiteral("field_officer"));
    bool ok = true;
    roleFromString(QStringLiteral("kapolri"), &ok);
    QVERIFY(!ok);
}

void TestRoles::matrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("supervisorOnly");

    for (const Role role : allRoles()) {
        for (const EntityKind entity : kEntities) {
            for (const ChangeKind kind : kKinds) {
                const Change change = makeChange(entity, kind, typicalFields(entity, kind));
                const bool supervisorOnly =
                    entity == EntityKind::Unit &&
                    (kind == ChangeKind::Create || kind == ChangeKind::Set || kind == ChangeKind::Dispatch);
                QTest::addRow("%s %s %s", qPrintable(toString(role)), qPrintable(toString(kind)),
                              qPrintable(toString(entity)))
                    << role << change << expectedFor(role, entity, kind) << supervisorOnly;
            }
        }

        // Cases: every change kind, and the step to "paid" that only a supervisor's settlement import takes.
        for (const ChangeKind kind : kAllKinds) {
            const Change change = makeChange(EntityKind::Case, kind, typicalCaseFields(kind));
            QTest::addRow("%s %s case", qPrintable(toString(role)), qPrintable(toString(kind)))
                << role << change << expectedForCase(role, kind) << (kind == ChangeKind::VoidDecision);
        }
        // The article catalogue: every change is a supervisor's, a View included (only cases record reads).
        for (const ChangeKind kind : kAllKinds) {
            const Change change = makeChange(EntityKind::Article, kind, typicalArticleFields(kind));
            const QString expected = role == Role::Auditor ? QStringLiteral("read_only")
                                     : role == Role::Supervisor || role == Role::Admin
                                         ? QString()
                                         : QStringLiteral("forbidden_role");
            QTest::addRow("%s %s article", qPrintable(toString(role)), qPrintable(toString(kind)))
                << role << change << expected << true;
        }

        // The special cases around the plain matrix.
        const bool fullRights = role == Role::Supervisor || role == Role::Admin;
        const QString readOnly = role == Role::Auditor ? QStringLiteral("read_only") : QString();
        const QString supervisorOnly = role == Role::Auditor ? QStringLiteral("read_only")
                                       : fullRights          ? QString()
                                                             : QStringLiteral("forbidden_role");
        const Change position = makeChange(EntityKind::Unit, ChangeKind::Set,
                                           {{QStringLiteral("latitude"), -6.18},
                                            {QStringLiteral("longitude"), 106.82},
                                            {QStringLiteral("heading_deg"), 90.0},
                                            {QStringLiteral("speed_kmh"), 32.0},
                                            {QStringLiteral("position_at"), QStringLiteral("2026-11-27T08:00:00Z")}});
        QTest::addRow("%s unit position", qPrintable(toString(role))) << role << position << readOnly << false;

        const Change crewAndPosition =
            makeChange(EntityKind::Unit, ChangeKind::Set,
                       {{QStringLiteral("latitude"), -6.18}, {QStringLiteral("crew"), QStringLiteral("78010001")}});
        QTest::addRow("%s unit crew with position", qPrintable(toString(role)))
            << role << crewAndPosition << supervisorOnly << true;

        const Change reopen = makeChange(
            EntityKind::Incident, ChangeKind::Transition,
            {{QStringLiteral("from"), QStringLiteral("cleared")}, {QStringLiteral("to"), QStringLiteral("on_scene")}});
        QTest::addRow("%s reopen cleared incident", qPrintable(toString(role)))
            << role << reopen << supervisorOnly << true;

        const Change close = makeChange(
            EntityKind::Incident, ChangeKind::Transition,
            {{QStringLiteral("from"), QStringLiteral("cleared")}, {QStringLiteral("to"), QStringLiteral("closed")}});
        const QString closeExpected = role == Role::FieldOfficer ? QStringLiteral("forbidden_role") : readOnly;
        QTest::addRow("%s close cleared incident", qPrintable(toString(role)))
            << role << close << closeExpected << false;

        const Change arrive = makeChange(
            EntityKind::Incident, ChangeKind::Transition,
            {{QStringLiteral("from"), QStringLiteral("en_route")}, {QStringLiteral("to"), QStringLiteral("on_scene")}});
        QTest::addRow("%s incident follows its unit", qPrintable(toString(role)))
            << role << arrive << readOnly << false;

        // The region's response thresholds: a supervisor's policy, whatever the change kind.
        const Change thresholdsCreate = makeChange(
            EntityKind::Setting, ChangeKind::Create,
            {{QStringLiteral("station_code"), QStringLiteral("PMJ")}, {QStringLiteral("p1_dispatch_s"), 90}});
        QTest::addRow("%s create response thresholds", qPrintable(toString(role)))
            << role << thresholdsCreate << supervisorOnly << true;
        const Change thresholdsSet =
            makeChange(EntityKind::Setting, ChangeKind::Set, {{QStringLiteral("amber_share"), 0.5}});
        QTest::addRow("%s set response thresholds", qPrintable(toString(role)))
            << role << thresholdsSet << supervisorOnly << true;
        const Change settingNote = makeChange(EntityKind::Setting, ChangeKind::Note,
                                              {{QStringLiteral("text"), QStringLiteral("lebih ketat")}});
        QTest::addRow("%s note on a setting", qPrintable(toString(role)))
            << role << settingNote << supervisorOnly << true;

        // An ETLE ticket paid (from payment_issued, or from stnk_blocked once the owner pays): a supervisor's.
        for (const char *from : {"payment_issued", "stnk_blocked"}) {
            const Change paid = makeChange(EntityKind::Case, ChangeKind::Transition,
                                           {{QStringLiteral("from"), QString::fromLatin1(from)},
                                            {QStringLiteral("to"), QStringLiteral("paid")},
                                            {QStringLiteral("paid_amount"), 500000},
                                            {QStringLiteral("bank_ref"), QStringLiteral("BRI-0001")}});
            QTest::addRow("%s pay ticket from %s", qPrintable(toString(role)), from)
                << role << paid << supervisorOnly << true;
        }
        // Every other ETLE step is an officer's.
        const Change blocked = makeChange(EntityKind::Case, ChangeKind::Transition,
                                          {{QStringLiteral("from"), QStringLiteral("notice_sent")},
                                           {QStringLiteral("to"), QStringLiteral("stnk_blocked")}});
        QTest::addRow("%s block stnk", qPrintable(toString(role))) << role << blocked << readOnly << false;
        const Change issue = makeChange(EntityKind::Case, ChangeKind::Transition,
                                        {{QStringLiteral("from"), QStringLiteral("confirmed")},
                                         {QStringLiteral("to"), QStringLiteral("payment_issued")},
                                         {QStringLiteral("payment_code"), QStringLiteral("123456789012345")}});
        QTest::addRow("%s issue payment code", qPrintable(toString(role))) << role << issue << readOnly << false;
        // A refused void is still a decision: a supervisor's either way.
        const Change refuse =
            makeChange(EntityKind::Case, ChangeKind::VoidDecision,
                       {{QStringLiteral("request_op"), QStringLiteral("0190c1a2-0000-7000-8000-000000000002")},
                        {QStringLiteral("approve"), false},
                        {QStringLiteral("reason"), QStringLiteral("Bukti cukup")}});
        QTest::addRow("%s refuse a void", qPrintable(toString(role))) << role << refuse << supervisorOnly << true;
    }
}

void TestRoles::matrix()
{
    QFETCH(Role, role);
    QFETCH(Change, change);
    QFETCH(QString, expected);
    QFETCH(bool, supervisorOnly);

    const Actor actor{QStringLiteral("budi"), role, QStringLiteral("PMJ")};
    const auto refusal = refusalFor(actor, change, QStringLiteral("JAKPUS"));
    QCOMPARE(outcome(refusal), expected);
    if (refusal)
        QVERIFY(!refusal->reason.isEmpty());
    QCOMPARE(isSupervisorOnly(change), supervisorOnly);
}

void TestRoles::scope_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("entityStation");
    QTest::addColumn<QString>("expected");

    const Change note =
        makeChange(EntityKind::Incident, ChangeKind::Note, typicalFields(EntityKind::Incident, ChangeKind::Note));
    const Change status =
        makeChange(EntityKind::Unit, ChangeKind::Transition, typicalFields(EntityKind::Unit, ChangeKind::Transition));
    const QString ok;
    const QString out = QStringLiteral("out_of_scope");

    QTest::newRow("polda scope, its polres") << Role::Dispatcher << "PMJ" << note << "JAKSEL" << ok;
    QTest::newRow("polda scope, its polsek") << Role::Dispatcher << "PMJ" << note << "JAKPUS-GAMBIR" << ok;
    QTest::newRow("polda scope, itself") << Role::Dispatcher << "PMJ" << note << "PMJ" << ok;
    QTest::newRow("polres scope, itself") << Role::Dispatcher << "JAKPUS" << note << "JAKPUS" << ok;
    QTest::newRow("polres scope, its polsek") << Role::FieldOfficer << "JAKPUS" << status << "JAKPUS-MENTENG" << ok;
    QTest::newRow("polres scope, sibling polres") << Role::Dispatcher << "JAKPUS" << note << "JAKSEL" << out;
    QTest::newRow("polres scope, sibling's polsek")
        << Role::FieldOfficer << "JAKPUS" << status << "JAKSEL-KEMANG" << out;
    QTest::newRow("polres scope, its polda") << Role::Dispatcher << "JAKPUS" << note << "PMJ" << out;
    QTest::newRow("another polda") << Role::Dispatcher << "PMJ" << note << "BANDUNG" << out;
    QTest::newRow("another polda, supervisor") << Role::Supervisor << "PMJ" << status << "BOGOR" << out;
    QTest::newRow("other polda's own scope") << Role::Dispatcher << "JABAR" << note << "BOGOR" << ok;
    QTest::newRow("other polda's polres scope") << Role::Dispatcher << "BANDUNG" << note << "BOGOR" << out;
    QTest::newRow("korlantas scope reaches all") << Role::Supervisor << "KORLANTAS" << note << "BANDUNG" << ok;
    QTest::newRow("unknown entity") << Role::Dispatcher << "JAKPUS" << note << "" << ok;
    QTest::newRow("unknown station") << Role::Dispatcher << "PMJ" << note << "NOWHERE" << out;

    // A create carries its station; the caller passes it as the entity's station.
    const Change create = makeChange(EntityKind::Incident, ChangeKind::Create,
                                     {{QStringLiteral("station_code"), QStringLiteral("BANDUNG")}});
    QTest::newRow("create in another polda") << Role::Dispatcher << "PMJ" << create << "BANDUNG" << out;
    QTest::newRow("create in own polda") << Role::FieldOfficer << "JABAR" << create << "BANDUNG" << ok;

    // Moving a record to another station needs both ends inside the scope.
    const Change move =
        makeChange(EntityKind::Incident, ChangeKind::Set, {{QStringLiteral("station_code"), QStringLiteral("JAKSEL")}});
    QTest::newRow("move to a station outside") << Role::Dispatcher << "JAKPUS" << move << "JAKPUS" << out;
    QTest::newRow("move within the polda") << Role::Dispatcher << "PMJ" << move << "JAKPUS" << ok;
    const Change moveAway =
        makeChange(EntityKind::Unit, ChangeKind::Set, {{QStringLiteral("station_code"), QStringLiteral("BOGOR")}});
    QTest::newRow("move a unit to another polda") << Role::Supervisor << "PMJ" << moveAway << "JAKUT" << out;

    // A setting belongs to the Polda (the server passes the account's Polda as its station): a Polres-scoped
    // supervisor may not change the region's thresholds, nor may anyone create another Polda's.
    const Change thresholds =
        makeChange(EntityKind::Setting, ChangeKind::Set, {{QStringLiteral("p2_dispatch_s"), 240}});
    QTest::newRow("thresholds, polda supervisor") << Role::Supervisor << "PMJ" << thresholds << "PMJ" << ok;
    QTest::newRow("thresholds, polres supervisor") << Role::Supervisor << "JAKPUS" << thresholds << "PMJ" << out;
    const Change otherPolda = makeChange(EntityKind::Setting, ChangeKind::Create,
                                         {{QStringLiteral("station_code"), QStringLiteral("JABAR")}});
    QTest::newRow("thresholds of another polda") << Role::Admin << "PMJ" << otherPolda << "PMJ" << out;

    // Cases follow their station_code like incidents.
    const Change caseNote = makeChange(EntityKind::Case, ChangeKind::Note, typicalCaseFields(ChangeKind::Note));
    QTest::newRow("case of own polres") << Role::Dispatcher << "JAKPUS" << caseNote << "JAKPUS" << ok;
    QTest::newRow("case of a sibling polres") << Role::FieldOfficer << "JAKPUS" << caseNote << "JAKSEL" << out;
    const Change caseCreate = makeChange(
        EntityKind::Case, ChangeKind::Create,
        {{QStringLiteral("kind"), QStringLiteral("etle")}, {QStringLiteral("station_code"), QStringLiteral("BOGOR")}});
    QTest::newRow("case created in another polda") << Role::Dispatcher << "PMJ" << caseCreate << "BOGOR" << out;
    const Change decide =
        makeChange(EntityKind::Case, ChangeKind::VoidDecision, typicalCaseFields(ChangeKind::VoidDecision));
    QTest::newRow("void decided in own polda") << Role::Supervisor << "PMJ" << decide << "JAKSEL" << ok;
    QTest::newRow("void decided for a sibling polres") << Role::Supervisor << "JAKPUS" << decide << "JAKSEL" << out;
    // A correction that moves the case to another station needs both ends inside the scope.
    const Change reviseAway = makeChange(EntityKind::Case, ChangeKind::Revise,
                                         {{QStringLiteral("reason"), QStringLiteral("Salah polres")},
                                          {QStringLiteral("station_code"), QStringLiteral("JAKSEL")}});
    QTest::newRow("revise to a station outside") << Role::Dispatcher << "JAKPUS" << reviseAway << "JAKPUS" << out;
    QTest::newRow("revise within the polda") << Role::Dispatcher << "PMJ" << reviseAway << "JAKPUS" << ok;
    // Opening a record is a read: never out of scope, for an auditor neither.
    const Change view = makeChange(EntityKind::Case, ChangeKind::View, {});
    QTest::newRow("view of a sibling's case") << Role::Dispatcher << "JAKPUS" << view << "JAKSEL" << ok;
    QTest::newRow("auditor view of another polda's case") << Role::Auditor << "JAKPUS" << view << "BOGOR" << ok;
}

void TestRoles::scope()
{
    QFETCH(Role, role);
    QFETCH(QString, scope);
    QFETCH(Change, change);
    QFETCH(QString, entityStation);
    QFETCH(QString, expected);

    const auto refusal = refusalFor({QStringLiteral("budi"), role, scope}, change, entityStation);
    QCOMPARE(outcome(refusal), expected);
}

void TestRoles::checkOrder()
{
    // The read-only rule comes first, then the role, then the scope: the reason a user reads is the one that
    // would still hold after fixing the others.
    const Change roster =
        makeChange(EntityKind::Unit, ChangeKind::Create, typicalFields(EntityKind::Unit, ChangeKind::Create));
    QCOMPARE(outcome(refusalFor({QStringLiteral("a"), Role::Auditor, QStringLiteral("JAKPUS")}, roster,
                                QStringLiteral("BANDUNG"))),
             QStringLiteral("read_only"));
    QCOMPARE(outcome(refusalFor({QStringLiteral("d"), Role::Dispatcher, QStringLiteral("JAKPUS")}, roster,
                                QStringLiteral("BANDUNG"))),
             QStringLiteral("forbidden_role"));
    QCOMPARE(outcome(refusalFor({QStringLiteral("s"), Role::Supervisor, QStringLiteral("JAKPUS")}, roster,
                                QStringLiteral("BANDUNG"))),
             QStringLiteral("out_of_scope"));
}

void TestRoles::reasonNamesTheChange()
{
    const Change roster =
        makeChange(EntityKind::Unit, ChangeKind::Create, typicalFields(EntityKind::Unit, ChangeKind::Create));
    const auto forbidden =
        refusalFor({QStringLiteral("budi"), Role::Dispatcher, QStringLiteral("PMJ")}, roster, QStringLiteral("JAKPUS"));
    QVERIFY(forbidden);
    QVERIFY2(forbidden->reason.contains(QStringLiteral("budi")), qPrintable(forbidden->reason));
    QVERIFY2(forbidden->reason.contains(kEntity.toString(QUuid::WithoutBraces)), qPrintable(forbidden->reason));
    QVERIFY2(forbidden->reason.contains(QStringLiteral("unit")), qPrintable(forbidden->reason));

    const auto outside = refusalFor({QStringLiteral("sari"), Role::Supervisor, QStringLiteral("PMJ")}, roster,
                                    QStringLiteral("BANDUNG"));
    QVERIFY(outside);
    QVERIFY2(outside->reason.contains(QStringLiteral("Polrestabes Bandung")), qPrintable(outside->reason));
    QVERIFY2(outside->reason.contains(QStringLiteral("Polda Metro Jaya")), qPrintable(outside->reason));

    // A dispatcher's void decision names what was refused and the case.
    const Change decide =
        makeChange(EntityKind::Case, ChangeKind::VoidDecision, typicalCaseFields(ChangeKind::VoidDecision));
    const auto decision =
        refusalFor({QStringLiteral("dina"), Role::Dispatcher, QStringLiteral("PMJ")}, decide, QStringLiteral("JAKPUS"));
    QVERIFY(decision);
    QVERIFY2(decision->reason.contains(QStringLiteral("void")), qPrintable(decision->reason));
    QVERIFY2(decision->reason.contains(QStringLiteral("dina")), qPrintable(decision->reason));
    QVERIFY2(decision->reason.contains(kEntity.toString(QUuid::WithoutBraces)), qPrintable(decision->reason));
}

void TestRoles::poldaAndWithin()
{
    QCOMPARE(poldaOf(QStringLiteral("PMJ")), QStringLiteral("PMJ"));
    QCOMPARE(poldaOf(QStringLiteral("JAKPUS")), QStringLiteral("PMJ"));
    QCOMPARE(poldaOf(QStringLiteral("JAKPUS-GAMBIR")), QStringLiteral("PMJ"));
    QCOMPARE(poldaOf(QStringLiteral("BOGOR")), QStringLiteral("JABAR"));
    QCOMPARE(poldaOf(QStringLiteral("JABAR")), QStringLiteral("JABAR"));
    QVERIFY(poldaOf(QStringLiteral("KORLANTAS")).isEmpty());
    QVERIFY(poldaOf(QStringLiteral("NOWHERE")).isEmpty());
    QVERIFY(poldaOf(QString()).isEmpty());

    QVERIFY(isWithin(QStringLiteral("JAKPUS-GAMBIR"), QStringLiteral("JAKPUS")));
    QVERIFY(isWithin(QStringLiteral("JAKPUS-GAMBIR"), QStringLiteral("PMJ")));
    QVERIFY(isWithin(QStringLiteral("JAKPUS-GAMBIR"), QStringLiteral("KORLANTAS")));
    QVERIFY(isWithin(QStringLiteral("JAKPUS"), QStringLiteral("JAKPUS")));
    QVERIFY(!isWithin(QStringLiteral("JAKPUS"), QStringLiteral("JAKPUS-GAMBIR")));
    QVERIFY(!isWithin(QStringLiteral("BANDUNG"), QStringLiteral("PMJ")));
    QVERIFY(!isWithin(QStringLiteral("NOWHERE"), QStringLiteral("PMJ")));
    QVERIFY(!isWithin(QString(), QStringLiteral("PMJ")));
    QVERIFY(!isWithin(QStringLiteral("JAKPUS"), QString()));

    // Another directory, as a deployment of another region would load it.
    const QByteArray csv = "code,name,level,parent_code,address,latitude,longitude\n"
                           "KORLANTAS,Korlantas,korlantas,,Jl. MT Haryono,-6.24,106.85\n"
                           "JATIM,Polda Jawa Timur,polda,KORLANTAS,Jl. Ahmad Yani,-7.33,112.73\n"
                           "SBY,Polrestabes Surabaya,polres,JATIM,Jl. Sikatan,-7.24,112.73\n";
    QString error;
    const StationDirectory other = StationDirectory::fromCsv(csv, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(poldaOf(QStringLiteral("SBY"), other), QStringLiteral("JATIM"));
    QVERIFY(poldaOf(QStringLiteral("JAKPUS"), other).isEmpty());
    const Change note =
        makeChange(EntityKind::Incident, ChangeKind::Note, {{QStringLiteral("text"), QStringLiteral("x")}});
    QVERIFY(!refusalFor({QStringLiteral("u"), Role::Dispatcher, QStringLiteral("JATIM")}, note, QStringLiteral("SBY"),
                        other));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
