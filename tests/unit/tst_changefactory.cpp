#include <QTest>
#include <QTimeZone>

#include "core/changefactory.h"
#include "core/uuidv7.h"

using namespace lintas;

class TestChangeFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void makeStampsEveryChange();
    void createIncidentWithNarrative();
    void createIncidentWithoutNarrativeOrPosition();
    void dispatchFreshIncident();
    void dispatchIncidentAlreadyUnderway();
    void moveUnitEnRouteCarriesTheIncident();
    void moveUnitOnSceneCarriesTheIncident();
    void moveUnitLeavesTheIncidentWhenItIsAhead();
    void moveUnitWithoutIncident();
    void clearIncidentFreesItsUnits();
    void actorCanChange();
    void dispatchCarriesTheAdvice();
    void dispatchOverrideCarriesTheReason();
    void setLanesCountsAndClears_data();
    void setLanesCountsAndClears();
    void verifyStampsNow();
    void arrivalByPosition();
    void responseThresholdsCreateThenSet();

private:
    qint64 m_wallMs = 0;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_factory;
};

namespace {

constexpr qint64 kStartMs = 1'764'230'400'000; // 2025-11-27 08:00 UTC
const QString kSite = QStringLiteral("desk-jakpus-1");
const QString kActor = QStringLiteral("budi");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// What every change must carry whatever it is: who, where, a fresh id matching its clock reading.
void verifyEnvelope(const ChangeList &changes, const QString &actor = kActor)
{
    for (int i = 0; i < changes.size(); ++i) {
        const Change &change = changes.at(i);
        QCOMPARE(change.siteId, kSite);
        QCOMPARE(change.actor, actor);
        QCOMPARE(change.schemaVersion, kChangeSchemaVersion);
        QVERIFY(!change.opId.isNull());
        QCOMPARE(uchar(change.opId.toRfc4122().at(6)) >> 4, 7); // UUIDv7
        QCOMPARE(uuidV7Millis(change.opId), change.hlc.ms());
        if (i > 0) {
            // Applied in list order, so the clock must order them the same way.
            QVERIFY(change.hlc > changes.at(i - 1).hlc);
            QVERIFY(change.isAfter(changes.at(i - 1)));
            QVERIFY(change.opId != changes.at(i - 1).opId);
        }
    }
}

void verifyTransition(const Change &change, EntityKind entity, const QUuid &id, const QString &from, const QString &to)
{
    QCOMPARE(toString(change.entity), toString(entity));
    QCOMPARE(change.entityId, id);
    QCOMPARE(toString(change.kind), toString(ChangeKind::Transition));
    QCOMPARE(change.fields.value(QStringLiteral("from")).toString(), from);
    QCOMPARE(change.fields.value(QStringLiteral("to")).toString(), to);
}

Incident incidentIn(IncidentStatus status)
{
    Incident incident;
    incident.id = uuidV7At(kStartMs - 60'000);
    incident.typeCode = QStringLiteral("kecelakaan");
    incident.status = status;
    return incident;
}

Unit unitIn(UnitStatus status, const QUuid &incidentId = {})
{
    Unit unit;
    unit.id = uuidV7At(kStartMs - 120'000);
    unit.callsign = QStringLiteral("JAKPUS-R2-03");
    unit.status = status;
    unit.incidentId = incidentId;
    return unit;
}

} // namespace

void TestChangeFactory::init()
{
    m_wallMs = kStartMs;
    m_clock = std::make_unique<HybridClock>([this] { return m_wallMs; });
    m_factory = std::make_unique<ChangeFactory>(kSite, kActor, m_clock.get());
}

void TestChangeFactory::makeStampsEveryChange()
{
    const QUuid id = uuidV7At(kStartMs);
    const Change a = m_factory->make(EntityKind::Unit, id, ChangeKind::Set, {{QStringLiteral("crew"), QString()}});
    m_wallMs -= 5'000; // the wall clock steps back: later changes still order after earlier ones
    const Change b = m_factory->make(EntityKind::Unit, id, ChangeKind::Set, {{QStringLiteral("crew"), QString()}});
    verifyEnvelope({a, b});
    QCOMPARE(a.hlc, Hlc::fromParts(kStartMs, 0));
    QCOMPARE(b.hlc, Hlc::fromParts(kStartMs, 1));
    QCOMPARE(toString(b.entity), toString(EntityKind::Unit));
    QCOMPARE(b.entityId, id);
    QCOMPARE(toString(b.kind), toString(ChangeKind::Set));
    QCOMPARE(m_clock->last(), b.hlc);
}

void TestChangeFactory::createIncidentWithNarrative()
{
    IncidentDraft draft;
    draft.typeCode = QStringLiteral("kecelakaan");
    draft.priority = Priority::P1;
    draft.latitude = -6.1754;
    draft.longitude = 106.8272;
    draft.road = QStringLiteral("Jl. Medan Merdeka Barat");
    draft.stationCode = QStringLiteral("JAKPUS");
    draft.died = 1;
    draft.slightlyHurt = 2;
    draft.lanesBlocked = 2;
    draft.lanesTotal = 4;
    draft.narrative = QStringLiteral("  Dua mobil bertabrakan\nSatu korban di RSCM  ");

    QUuid newId;
    const ChangeList changes = m_factory->createIncident(draft, &newId);
    QCOMPARE(changes.size(), 2);
    verifyEnvelope(changes);
    QVERIFY(!newId.isNull());
    QCOMPARE(uuidV7Millis(newId), kStartMs);

    const Change &create = changes.at(0);
    QCOMPARE(toString(create.entity), toString(EntityKind::Incident));
    QCOMPARE(toString(create.kind), toString(ChangeKind::Create));
    QCOMPARE(create.entityId, newId);
    const QVariantMap &f = create.fields;
    QCOMPARE(f.value(QStringLiteral("type_code")).toString(), QStringLiteral("kecelakaan"));
    QCOMPARE(f.value(QStringLiteral("priority")).toInt(), 1);
    QCOMPARE(f.value(QStringLiteral("latitude")).toDouble(), -6.1754);
    QCOMPARE(f.value(QStringLiteral("longitude")).toDouble(), 106.8272);
    QCOMPARE(f.value(QStringLiteral("road")).toString(), draft.road);
    QCOMPARE(f.value(QStringLiteral("station_code")).toString(), QStringLiteral("JAKPUS"));
    QCOMPARE(f.value(QStringLiteral("died")).toInt(), 1);
    QCOMPARE(f.value(QStringLiteral("seriously_hurt")).toInt(), 0);
    QCOMPARE(f.value(QStringLiteral("slightly_hurt")).toInt(), 2);
    QCOMPARE(f.value(QStringLiteral("lanes_blocked")).toInt(), 2);
    QCOMPARE(f.value(QStringLiteral("lanes_total")).toInt(), 4);
    QCOMPARE(f.value(QStringLiteral("summary")).toString(), QStringLiteral("Dua mobil bertabrakan"));
    // No reported time in the draft: the clock's reading, in UTC.
    QCOMPARE(f.value(QStringLiteral("reported_at")).toString(), QStringLiteral("2025-11-27T08:00:00.000Z"));
    // The store numbers incidents inside its commit; the factory must not guess a number.
    QVERIFY(!f.contains(QStringLiteral("number")));
    QVERIFY(!f.contains(QStringLiteral("status")));
    // Every field is one the reducer knows.
    for (auto it = f.cbegin(); it != f.cend(); ++it)
        QVERIFY2(incidentPlainFields().contains(it.key()), qPrintable(it.key()));

    const Change &note = changes.at(1);
    QCOMPARE(toString(note.entity), toString(EntityKind::Incident));
    QCOMPARE(toString(note.kind), toString(ChangeKind::Note));
    QCOMPARE(note.entityId, newId);
    QCOMPARE(note.fields.value(QStringLiteral("text")).toString(),
             QStringLiteral("Dua mobil bertabrakan\nSatu korban di RSCM"));
}

void TestChangeFactory::createIncidentWithoutNarrativeOrPosition()
{
    IncidentDraft draft;
    draft.typeCode = QStringLiteral("kemacetan");
    draft.narrative = QStringLiteral("   ");
    draft.reportedAt = QDateTime(QDate(2025, 11, 27), QTime(14, 30), QTimeZone(7 * 3600)); // WIB
    const ChangeList changes = m_factory->createIncident(draft);
    QCOMPARE(changes.size(), 1);
    verifyEnvelope(changes);
    const QVariantMap &f = changes.front().fields;
    QVERIFY(!f.contains(QStringLiteral("latitude")));
    QVERIFY(!f.contains(QStringLiteral("longitude")));
    QCOMPARE(f.value(QStringLiteral("priority")).toInt(), 3);
    QCOMPARE(f.value(QStringLiteral("reported_at")).toString(), QStringLiteral("2025-11-27T07:30:00.000Z"));
}

void TestChangeFactory::dispatchFreshIncident()
{
    const Incident incident = incidentIn(IncidentStatus::Reported);
    const Unit unit = unitIn(UnitStatus::OnPatrol);
    const ChangeList changes = m_factory->dispatch(incident, unit);
    QCOMPARE(changes.size(), 3);
    verifyEnvelope(changes);

    QCOMPARE(toString(changes[0].entity), toString(EntityKind::Incident));
    QCOMPARE(changes[0].entityId, incident.id);
    QCOMPARE(toString(changes[0].kind), toString(ChangeKind::Dispatch));
    QCOMPARE(changes[0].fields.value(QStringLiteral("unit_id")).toString(), idText(unit.id));

    verifyTransition(changes[1], EntityKind::Unit, unit.id, QStringLiteral("on_patrol"), QStringLiteral("dispatched"));
    QCOMPARE(changes[1].fields.value(QStringLiteral("incident_id")).toString(), idText(incident.id));

    verifyTransition(changes[2], EntityKind::Incident, incident.id, QStringLiteral("reported"),
                     QStringLiteral("dispatched"));
}

void TestChangeFactory::dispatchIncidentAlreadyUnderway()
{
    // A second unit to an incident whose first unit is on scene: the incident's status is left alone.
    const Incident incident = incidentIn(IncidentStatus::OnScene);
    const Unit unit = unitIn(UnitStatus::Available);
    const ChangeList changes = m_factory->dispatch(incident, unit);
    QCOMPARE(changes.size(), 2);
    verifyEnvelope(changes);
    QCOMPARE(toString(changes[0].kind), toString(ChangeKind::Dispatch));
    verifyTransition(changes[1], EntityKind::Unit, unit.id, QStringLiteral("available"), QStringLiteral("dispatched"));
}

void TestChangeFactory::moveUnitEnRouteCarriesTheIncident()
{
    const Incident incident = incidentIn(IncidentStatus::Dispatched);
    const Unit unit = unitIn(UnitStatus::Dispatched, incident.id);
    const ChangeList changes = m_factory->moveUnit(unit, UnitStatus::EnRoute, &incident);
    QCOMPARE(changes.size(), 2);
    verifyEnvelope(changes);
    verifyTransition(changes[0], EntityKind::Unit, unit.id, QStringLiteral("dispatched"), QStringLiteral("en_route"));
    QCOMPARE(changes[0].fields.value(QStringLiteral("incident_id")).toString(), idText(incident.id));
    verifyTransition(changes[1], EntityKind::Incident, incident.id, QStringLiteral("dispatched"),
                     QStringLiteral("en_route"));
}

void TestChangeFactory::moveUnitOnSceneCarriesTheIncident()
{
    // Straight from dispatched to on scene (the unit was around the corner).
    const Incident incident = incidentIn(IncidentStatus::Dispatched);
    const Unit unit = unitIn(UnitStatus::Dispatched, incident.id);
    const ChangeList changes = m_factory->moveUnit(unit, UnitStatus::OnScene, &incident);
    QCOMPARE(changes.size(), 2);
    verifyEnvelope(changes);
    verifyTransition(changes[0], EntityKind::Unit, unit.id, QStringLiteral("dispatched"), QStringLiteral("on_scene"));
    verifyTransition(changes[1], EntityKind::Incident, incident.id, QStringLiteral("dispatched"),
                     QStringLiteral("on_scene"));
}

void TestChangeFactory::moveUnitLeavesTheIncidentWhenItIsAhead()
{
    // A second unit arriving at an incident already on scene, or en route to one already en route.
    const Incident onScene = incidentIn(IncidentStatus::OnScene);
    const Unit second = unitIn(UnitStatus::EnRoute, onScene.id);
    const ChangeList arrive = m_factory->moveUnit(second, UnitStatus::OnScene, &onScene);
    QCOMPARE(arrive.size(), 1);
    verifyTransition(arrive[0], EntityKind::Unit, second.id, QStringLiteral("en_route"), QStringLiteral("on_scene"));

    const Incident enRoute = incidentIn(IncidentStatus::EnRoute);
    const Unit third = unitIn(UnitStatus::Dispatched, enRoute.id);
    QCOMPARE(m_factory->moveUnit(third, UnitStatus::EnRoute, &enRoute).size(), 1);

    // An incident the unit is not working is never moved.
    const Incident other = incidentIn(IncidentStatus::Dispatched);
    const Unit elsewhere = unitIn(UnitStatus::Dispatched, uuidV7At(kStartMs));
    QCOMPARE(m_factory->moveUnit(elsewhere, UnitStatus::EnRoute, &other).size(), 1);
}

void TestChangeFactory::moveUnitWithoutIncident()
{
    const Unit unit = unitIn(UnitStatus::Available);
    const ChangeList changes = m_factory->moveUnit(unit, UnitStatus::OutOfService);
    QCOMPARE(changes.size(), 1);
    verifyEnvelope(changes);
    verifyTransition(changes[0], EntityKind::Unit, unit.id, QStringLiteral("available"),
                     QStringLiteral("out_of_service"));
    QVERIFY(!changes[0].fields.contains(QStringLiteral("incident_id")));

    // Going back to a free status drops the incident link.
    const Incident incident = incidentIn(IncidentStatus::OnScene);
    const Unit working = unitIn(UnitStatus::OnScene, incident.id);
    const ChangeList freed = m_factory->moveUnit(working, UnitStatus::Available, &incident);
    QCOMPARE(freed.size(), 1);
    QVERIFY(!freed[0].fields.contains(QStringLiteral("incident_id")));
}

void TestChangeFactory::clearIncidentFreesItsUnits()
{
    const Incident incident = incidentIn(IncidentStatus::OnScene);
    Unit onScene = unitIn(UnitStatus::OnScene, incident.id);
    Unit enRoute = unitIn(UnitStatus::EnRoute, incident.id);
    enRoute.id = uuidV7At(kStartMs - 100'000);
    Unit elsewhere = unitIn(UnitStatus::OnScene, uuidV7At(kStartMs - 30'000));
    elsewhere.id = uuidV7At(kStartMs - 90'000);

    const ChangeList changes = m_factory->clearIncident(incident, {onScene, enRoute, elsewhere});
    QCOMPARE(changes.size(), 3);
    verifyEnvelope(changes);
    verifyTransition(changes[0], EntityKind::Incident, incident.id, QStringLiteral("on_scene"),
                     QStringLiteral("cleared"));
    verifyTransition(changes[1], EntityKind::Unit, onScene.id, QStringLiteral("on_scene"), QStringLiteral("available"));
    verifyTransition(changes[2], EntityKind::Unit, enRoute.id, QStringLiteral("en_route"), QStringLiteral("available"));
}

void TestChangeFactory::actorCanChange()
{
    m_factory->setActor(QStringLiteral("sari"));
    QCOMPARE(m_factory->actor(), QStringLiteral("sari"));
    QCOMPARE(m_factory->siteId(), kSite);
    const Incident incident = incidentIn(IncidentStatus::Reported);
    const ChangeList changes{m_factory->addNote(incident.id, QStringLiteral("Pelapor dihubungi")),
                             m_factory->moveIncident(incident, IncidentStatus::Closed)};
    verifyEnvelope(changes, QStringLiteral("sari"));
    QCOMPARE(toString(changes[0].kind), toString(ChangeKind::Note));
    verifyTransition(changes[1], EntityKind::Incident, incident.id, QStringLiteral("reported"),
                     QStringLiteral("closed"));
}

void TestChangeFactory::dispatchCarriesTheAdvice()
{
    const Incident incident = incidentIn(IncidentStatus::Reported);
    const Unit unit = unitIn(UnitStatus::Available);
    DispatchAdvice advice;
    advice.recommendedUnitId = unit.id;
    advice.rank = 1;
    advice.etaSeconds = 238.5;
    const ChangeList changes = m_factory->dispatch(incident, unit, advice);
    QCOMPARE(changes.size(), 3);
    verifyEnvelope(changes);
    const QVariantMap &f = changes[0].fields;
    QCOMPARE(f.value(QStringLiteral("unit_id")).toString(), idText(unit.id));
    QCOMPARE(f.value(QStringLiteral("recommended_unit_id")).toString(), idText(unit.id));
    QCOMPARE(f.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(f.value(QStringLiteral("eta_s")).toDouble(), 238.5);
    QVERIFY(!f.contains(QStringLiteral("override_reason")));

    // Without advice the assignment is what it always was.
    const QVariantMap plain = m_factory->dispatch(incident, unit).at(0).fields;
    QCOMPARE(plain.keys(), QStringList{QStringLiteral("unit_id")});
}

void TestChangeFactory::dispatchOverrideCarriesTheReason()
{
    const Incident incident = incidentIn(IncidentStatus::Dispatched);
    const Unit unit = unitIn(UnitStatus::OnPatrol);
    DispatchAdvice advice;
    advice.recommendedUnitId = uuidV7At(kStartMs - 7'000);
    advice.rank = 3;
    advice.overrideReason = QStringLiteral("  R4-01 tertahan di jalur busway  ");
    const ChangeList changes = m_factory->dispatch(incident, unit, advice);
    QCOMPARE(changes.size(), 2);
    const QVariantMap &f = changes[0].fields;
    QCOMPARE(f.value(QStringLiteral("recommended_unit_id")).toString(), idText(advice.recommendedUnitId));
    QCOMPARE(f.value(QStringLiteral("rank")).toInt(), 3);
    QVERIFY(!f.contains(QStringLiteral("eta_s"))); // no estimate given
    QCOMPARE(f.value(QStringLiteral("override_reason")).toString(), QStringLiteral("R4-01 tertahan di jalur busway"));
}

void TestChangeFactory::setLanesCountsAndClears_data()
{
    QTest::addColumn<QString>("before");     // the incident's lanes
    QTest::addColumn<int>("blockedBefore");  // the plain count an older desk wrote
    QTest::addColumn<bool>("clearedBefore"); // lanes_cleared_at already set
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("blocked");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("stampsCleared");

    const QString twoBlocked =
        QStringLiteral(R"({"directions":[{"name":"arah Semanggi","lanes":["blocked","blocked","clear"]}]})");
    const QString oneAffected =
        QStringLiteral(R"({"directions":[{"name":"arah Semanggi","lanes":["affected","clear","clear"]}]})");
    const QString allClear =
        QStringLiteral(R"({"directions":[{"name":"arah Semanggi","lanes":["clear","clear","clear"]}]})");
    QTest::newRow("first record") << QString() << 0 << false << twoBlocked << 2 << 3 << false;
    QTest::newRow("blocked to clear") << twoBlocked << 2 << false << allClear << 0 << 3 << true;
    QTest::newRow("affected to clear") << oneAffected << 0 << false << allClear << 0 << 3 << true;
    QTest::newRow("count only to clear") << QString() << 1 << false << allClear << 0 << 3 << true;
    QTest::newRow("cleared once already") << twoBlocked << 2 << true << allClear << 0 << 3 << false;
    QTest::newRow("clear from the start") << QString() << 0 << false << allClear << 0 << 3 << false;
    QTest::newRow("blocked to affected") << twoBlocked << 2 << false << oneAffected << 0 << 3 << false;
}

void TestChangeFactory::setLanesCountsAndClears()
{
    QFETCH(QString, before);
    QFETCH(int, blockedBefore);
    QFETCH(bool, clearedBefore);
    QFETCH(QString, after);
    QFETCH(int, blocked);
    QFETCH(int, total);
    QFETCH(bool, stampsCleared);

    Incident incident = incidentIn(IncidentStatus::OnScene);
    incident.lanes = LaneImpact::fromJson(before).value();
    incident.lanesBlocked = blockedBefore;
    if (clearedBefore)
        incident.lanesClearedAt = QDateTime::fromMSecsSinceEpoch(kStartMs - 1'000, Qt::UTC);
    const LaneImpact impact = LaneImpact::fromJson(after).value();
    const Change change = m_factory->setLanes(incident, impact);
    verifyEnvelope({change});
    QCOMPARE(toString(change.kind), toString(ChangeKind::Set));
    QCOMPARE(change.entityId, incident.id);
    QCOMPARE(LaneImpact::fromJson(change.fields.value(QStringLiteral("lanes")).toString()).value(), impact);
    QCOMPARE(change.fields.value(QStringLiteral("lanes_blocked")).toInt(), blocked);
    QCOMPARE(change.fields.value(QStringLiteral("lanes_total")).toInt(), total);
    QCOMPARE(change.fields.contains(QStringLiteral("lanes_cleared_at")), stampsCleared);
    if (stampsCleared)
        QCOMPARE(change.fields.value(QStringLiteral("lanes_cleared_at")).toString(),
                 QStringLiteral("2025-11-27T08:00:00.000Z"));
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
        QVERIFY2(incidentPlainFields().contains(it.key()), qPrintable(it.key()));
}

void TestChangeFactory::verifyStampsNow()
{
    m_wallMs = kStartMs + 90'500;
    const Incident incident = incidentIn(IncidentStatus::Reported);
    const Change change = m_factory->verifyIncident(incident);
    verifyEnvelope({change});
    QCOMPARE(toString(change.kind), toString(ChangeKind::Set));
    QCOMPARE(change.fields.size(), 1);
    QCOMPARE(change.fields.value(QStringLiteral("verified_at")).toString(), QStringLiteral("2025-11-27T08:01:30.500Z"));
}

void TestChangeFactory::arrivalByPosition()
{
    const Incident incident = incidentIn(IncidentStatus::EnRoute);
    const Unit unit = unitIn(UnitStatus::EnRoute, incident.id);
    const ChangeList changes = m_factory->recordArrivalByPosition(unit, incident, 41.26);
    QCOMPARE(changes.size(), 2);
    verifyEnvelope(changes);
    verifyTransition(changes[0], EntityKind::Unit, unit.id, QStringLiteral("en_route"), QStringLiteral("on_scene"));
    QCOMPARE(changes[0].fields.value(QStringLiteral("source")).toString(), QStringLiteral("position"));
    QCOMPARE(changes[0].fields.value(QStringLiteral("distance_m")).toDouble(), 41.3);
    QCOMPARE(changes[0].fields.value(QStringLiteral("incident_id")).toString(), idText(incident.id));
    // The incident follows as with any arrival, and carries no position fields of its own.
    verifyTransition(changes[1], EntityKind::Incident, incident.id, QStringLiteral("en_route"),
                     QStringLiteral("on_scene"));
    QVERIFY(!changes[1].fields.contains(QStringLiteral("source")));
}

void TestChangeFactory::responseThresholdsCreateThenSet()
{
    ResponseThresholds thresholds = ResponseThresholds::defaults();
    thresholds.set(Priority::P1, {90, 480});
    const Change create = m_factory->setResponseThresholds(thresholds, QStringLiteral("PMJ"), true);
    verifyEnvelope({create});
    QCOMPARE(toString(create.entity), QStringLiteral("setting"));
    QCOMPARE(create.entityId, responseThresholdsId());
    QCOMPARE(toString(create.kind), toString(ChangeKind::Create));
    QCOMPARE(create.fields.value(QStringLiteral("station_code")).toString(), QStringLiteral("PMJ"));
    QCOMPARE(create.fields.value(QStringLiteral("p1_dispatch_s")).toLongLong(), 90);
    QCOMPARE(ResponseThresholds::fromFields(create.fields).value(), thresholds);

    const Change set = m_factory->setResponseThresholds(thresholds, QStringLiteral("PMJ"), false);
    QCOMPARE(toString(set.kind), toString(ChangeKind::Set));
    QCOMPARE(set.entityId, responseThresholdsId());
    QVERIFY(!set.fields.contains(QStringLiteral("station_code")));
    QCOMPARE(set.fields, thresholds.toFields());
}

QTEST_GUILESS_MAIN(TestChangeFactory)
#include "tst_changefactory.moc"
