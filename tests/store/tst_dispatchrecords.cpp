// What dispatch adds to the store: the override of a recommended unit needs a reason, the region's response
// thresholds (last writer wins per field, announced when they change), lane impact and its clearance, when the
// last unit left, and the timeline entries of all of these.

#include <algorithm>
#include <random>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/changefactory.h"
#include "store/store.h"
#include "store/storereader.h"
#include "store/storeservice.h"
#include "storetest.h"

using namespace lintas;
using namespace lintas::test;

class TestDispatchRecords : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    qint64 m_now = baseMs();
    HybridClock m_clock{[this] { return m_now; }};
    ChangeFactory m_factory{QStringLiteral("desk-1"), QStringLiteral("87050123"), &m_clock};
    int m_storeNumber = 0;

    QUuid addIncident(Priority priority = Priority::P1)
    {
        IncidentDraft draft;
        draft.typeCode = QStringLiteral("kecelakaan");
        draft.priority = priority;
        draft.road = QStringLiteral("Jalan Jenderal Sudirman");
        draft.stationCode = QStringLiteral("JAKPUS");
        QUuid id;
        const CommitResult result = m_store->commitLocal(m_factory.createIncident(draft, &id));
        if (!result.ok)
            qWarning() << result.error;
        m_now += 1000;
        return id;
    }

    QUuid addUnit(const QString &callsign)
    {
        Unit unit;
        unit.id = QUuid::createUuid();
        unit.callsign = callsign;
        unit.kind = UnitKind::R2Patrol;
        unit.stationCode = QStringLiteral("JAKPUS");
        unit.status = UnitStatus::Available;
        const CommitResult result = m_store->commitLocal({m_factory.createUnit(unit)});
        if (!result.ok)
            qWarning() << result.error;
        m_now += 1000;
        return unit.id;
    }

    CommitResult commit(const ChangeList &changes)
    {
        const CommitResult result = m_store->commitLocal(changes);
        m_now += 1000;
        return result;
    }

    Incident incident(const QUuid &id) const { return StoreReader(m_path).incident(id).value(); }
    Unit unit(const QUuid &id) const { return StoreReader(m_path).unit(id).value(); }

    QStringList timelineTexts(const QUuid &incidentId) const
    {
        QStringList texts;
        for (const IncidentNote &entry : StoreReader(m_path).timeline(incidentId))
            texts << entry.text;
        return texts;
    }

    int rows(const QString &table) const
    {
        return scalar(m_path, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

    static ResponseThresholds tightened()
    {
        ResponseThresholds thresholds = ResponseThresholds::defaults();
        thresholds.set(Priority::P1, {90, 480});
        thresholds.setAmberShare(0.6);
        return thresholds;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        registerStoreMetaTypes();
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_storeNumber));
        m_store = std::make_unique<Store>(m_path, QStringLiteral("desk-1"));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        m_factory.setActor(QStringLiteral("87050123"));
    }

    void cleanup() { m_store.reset(); }

    void overrideNeedsAReason()
    {
        const QUuid incidentId = addIncident();
        const QUuid recommended = addUnit(QStringLiteral("JAKPUS-R4-01"));
        const QUuid chosen = addUnit(QStringLiteral("JAKPUS-R2-03"));
        const int logged = rows(QStringLiteral("change_log"));
        const int outbox = m_store->outboxCount();

        DispatchAdvice advice;
        advice.recommendedUnitId = recommended;
        advice.rank = 2;
        advice.overrideReason = QStringLiteral("   ");
        const CommitResult refused = commit(m_factory.dispatch(incident(incidentId), unit(chosen), advice));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("the override of the recommended unit needs a reason")),
                 qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("JAKPUS-R2-03")) &&
                     refused.error.contains(QStringLiteral("JAKPUS-R4-01")),
                 qPrintable(refused.error));
        // Nothing of the batch is stored: no assignment, no moves, nothing to push.
        QCOMPARE(rows(QStringLiteral("change_log")), logged);
        QCOMPARE(rows(QStringLiteral("assignments")), 0);
        QCOMPARE(m_store->outboxCount(), outbox);
        QCOMPARE(toString(incident(incidentId).status), toString(IncidentStatus::Reported));
        QCOMPARE(toString(unit(chosen).status), toString(UnitStatus::Available));

        advice.overrideReason = QStringLiteral("R4-01 tertahan di jalur busway");
        const CommitResult accepted = commit(m_factory.dispatch(incident(incidentId), unit(chosen), advice));
        QVERIFY2(accepted.ok, qPrintable(accepted.error));
        QCOMPARE(scalar(m_path, QStringLiteral("SELECT override_reason FROM assignments")).toString(),
                 advice.overrideReason);
        const QList<IncidentNote> timeline = StoreReader(m_path).timeline(incidentId);
        const auto entry = std::find_if(timeline.cbegin(), timeline.cend(), [](const IncidentNote &note) {
            return note.text.contains(QStringLiteral("instead of"));
        });
        QVERIFY(entry != timeline.cend());
        QCOMPARE(entry->text, QStringLiteral("Unit JAKPUS-R2-03 dispatched instead of the recommended JAKPUS-R4-01: "
                                             "R4-01 tertahan di jalur busway"));
        QCOMPARE(entry->actor, QStringLiteral("87050123"));
        QVERIFY(entry->at.isValid());
    }

    void recommendedDispatchNeedsNoReason()
    {
        const QUuid incidentId = addIncident();
        const QUuid top = addUnit(QStringLiteral("JAKPUS-R2-07"));
        DispatchAdvice advice;
        advice.recommendedUnitId = top;
        advice.rank = 1;
        advice.etaSeconds = 238;
        const CommitResult result = commit(m_factory.dispatch(incident(incidentId), unit(top), advice));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(timelineTexts(incidentId)
                    .contains(QStringLiteral("Unit JAKPUS-R2-07 dispatched as recommended, ETA 4 "
                                             "min")));

        // Without a recommendation at all (the recommender had nothing to say) no reason is asked either.
        const QUuid second = addUnit(QStringLiteral("JAKPUS-R2-08"));
        QVERIFY(commit(m_factory.dispatch(incident(incidentId), unit(second))).ok);
        QVERIFY(timelineTexts(incidentId).contains(QStringLiteral("Unit JAKPUS-R2-08 dispatched")));
    }

    void thresholdsDefaultUntilSet()
    {
        QCOMPARE(StoreReader(m_path).responseThresholds(), ResponseThresholds::defaults());
        QSignalSpy changed(m_store.get(), &Store::responseThresholdsChanged);
        m_factory.setActor(QStringLiteral("supervisor-1"));
        const CommitResult result = commit({m_factory.setResponseThresholds(tightened(), QStringLiteral("PMJ"), true)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<ResponseThresholds>(), tightened());
        QCOMPARE(StoreReader(m_path).responseThresholds(), tightened());

        // Other commits do not announce them.
        addIncident();
        QCOMPARE(changed.size(), 1);
    }

    void thresholdsRefusedWhenUnsound_data()
    {
        QTest::addColumn<QVariantMap>("fields");
        QTest::addColumn<QString>("named");
        QTest::newRow("on scene before dispatch")
            << QVariantMap{{QStringLiteral("p2_on_scene_s"), 200}} << QStringLiteral("p2_on_scene_s");
        QTest::newRow("zero seconds") << QVariantMap{{QStringLiteral("p4_dispatch_s"), 0}}
                                      << QStringLiteral("p4_dispatch_s");
        QTest::newRow("amber share") << QVariantMap{{QStringLiteral("amber_share"), 1.5}}
                                     << QStringLiteral("amber_share");
        QTest::newRow("unknown field") << QVariantMap{{QStringLiteral("p5_dispatch_s"), 60}}
                                       << QStringLiteral("p5_dispatch_s");
    }

    void thresholdsRefusedWhenUnsound()
    {
        QFETCH(QVariantMap, fields);
        QFETCH(QString, named);
        QVERIFY(commit({m_factory.setResponseThresholds(tightened(), QStringLiteral("PMJ"), true)}).ok);
        const int logged = rows(QStringLiteral("change_log"));
        QSignalSpy changed(m_store.get(), &Store::responseThresholdsChanged);
        const CommitResult refused =
            commit({m_factory.make(EntityKind::Setting, responseThresholdsId(), ChangeKind::Set, fields)});
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(named), qPrintable(refused.error));
        QCOMPARE(rows(QStringLiteral("change_log")), logged);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(StoreReader(m_path).responseThresholds(), tightened());
    }

    void thresholdsChecksAgainstWhatIsStored()
    {
        // 300 s to dispatch is fine against the default on-scene limit of P2 (20 min) but not against 4 min.
        ResponseThresholds thresholds = ResponseThresholds::defaults();
        thresholds.set(Priority::P2, {120, 240});
        QVERIFY(commit({m_factory.setResponseThresholds(thresholds, QStringLiteral("PMJ"), true)}).ok);
        const CommitResult refused = commit({m_factory.make(
            EntityKind::Setting, responseThresholdsId(), ChangeKind::Set, {{QStringLiteral("p2_dispatch_s"), 300}})});
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("p2_on_scene_s")), qPrintable(refused.error));

        // A setting other than the thresholds, or a note on one, is not something a desk makes.
        QVERIFY(!commit({m_factory.make(EntityKind::Setting, QUuid::createUuid(), ChangeKind::Set,
                                        {{QStringLiteral("p1_dispatch_s"), 60}})})
                     .ok);
        QVERIFY(!commit({m_factory.make(EntityKind::Setting, responseThresholdsId(), ChangeKind::Note,
                                        {{QStringLiteral("text"), QStringLiteral("x")}})})
                     .ok);
        // The first Create must name its Polda.
        Change create = m_factory.setResponseThresholds(thresholds, QStringLiteral("PMJ"), true);
        create.fields.remove(QStringLiteral("station_code"));
        QVERIFY(!commit({create}).ok);
    }

    void thresholdsLastWriterWinsPerField()
    {
        // Two supervisors on two desks edit different and the same fields while apart; whatever order the changes
        // arrive in, each field holds its latest writer's value, and every replica announces the result.
        const qint64 t = baseMs() + 3'600'000;
        QVariantMap initial = ResponseThresholds::defaults().toFields();
        initial.insert(QStringLiteral("station_code"), QStringLiteral("PMJ"));
        const Change create = change(EntityKind::Setting, responseThresholdsId(), ChangeKind::Create, initial, t,
                                     QStringLiteral("server"));
        const Change early = change(EntityKind::Setting, responseThresholdsId(), ChangeKind::Set,
                                    {{QStringLiteral("p1_dispatch_s"), 60}, {QStringLiteral("p3_dispatch_s"), 600}},
                                    t + 1000, QStringLiteral("desk-a"));
        const Change late = change(EntityKind::Setting, responseThresholdsId(), ChangeKind::Set,
                                   {{QStringLiteral("p1_dispatch_s"), 100}, {QStringLiteral("amber_share"), 0.5}},
                                   t + 2000, QStringLiteral("desk-b"));
        ResponseThresholds expected = ResponseThresholds::defaults();
        expected.set(Priority::P1, {100, 600});
        expected.set(Priority::P3, {600, 45 * 60});
        expected.setAmberShare(0.5);

        const Change stale = change(EntityKind::Setting, responseThresholdsId(), ChangeKind::Set,
                                    {{QStringLiteral("p1_dispatch_s"), 30}}, t + 500, QStringLiteral("desk-d"));

        QList<ChangeList> orders{{create, early, late}, {late, early, create}, {early, late, create}};
        QStringList dumps;
        for (const ChangeList &order : std::as_const(orders)) {
            const QString path = m_dir.filePath(QStringLiteral("lww-%1-%2.db").arg(m_storeNumber).arg(dumps.size()));
            Store store(path, QStringLiteral("desk-c"));
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QSignalSpy changed(&store, &Store::responseThresholdsChanged);
            for (const Change &c : order)
                QVERIFY(store.applyRemote({c}).ok);
            QCOMPARE(StoreReader(path).responseThresholds(), expected);
            QCOMPARE(changed.last().at(0).value<ResponseThresholds>(), expected);
            // A change older than every field it writes changes nothing and announces nothing.
            const int before = int(changed.size());
            QVERIFY(store.applyRemote({stale}).ok);
            QCOMPARE(int(changed.size()), before);
            store.close();
            dumps << dumpStore(path);
        }
        QCOMPARE(dumps.at(1), dumps.at(0));
        QCOMPARE(dumps.at(2), dumps.at(0));
    }

    void pulledThresholdsAreAnnounced()
    {
        QSignalSpy changed(m_store.get(), &Store::responseThresholdsChanged);
        Change create = change(EntityKind::Setting, responseThresholdsId(), ChangeKind::Create, tightened().toFields(),
                               baseMs() + 5000, QStringLiteral("server"));
        create.fields.insert(QStringLiteral("station_code"), QStringLiteral("PMJ"));
        SyncCursor cursor;
        cursor.cursor = 1;
        cursor.epoch = QStringLiteral("epoch-1");
        QVERIFY(m_store->applyPulled({create}, cursor).ok);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<ResponseThresholds>(), tightened());
    }

    void refusedThresholdsAreUndone()
    {
        // The server refuses a dispatcher's edit: it leaves the tables, and the desk announces the thresholds it
        // is back to.
        QSignalSpy changed(m_store.get(), &Store::responseThresholdsChanged);
        const Change mine = m_factory.setResponseThresholds(tightened(), QStringLiteral("PMJ"), true);
        QVERIFY(commit({mine}).ok);
        QCOMPARE(changed.size(), 1);
        QuarantinedChange refused;
        refused.change = mine;
        refused.code = QStringLiteral("forbidden_role");
        refused.reason = QStringLiteral("Dispatcher may not change the region's settings");
        QVERIFY(m_store->recordPushResults({}, {refused}));
        QCOMPARE(StoreReader(m_path).responseThresholds(), ResponseThresholds::defaults());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).value<ResponseThresholds>(), ResponseThresholds::defaults());
        QCOMPARE(rows(QStringLiteral("settings")), 0);
    }

    void serviceForwardsTheThresholds()
    {
        m_store.reset();
        StoreService service(m_path, QStringLiteral("desk-1"));
        QSignalSpy opened(&service, &StoreService::opened);
        QSignalSpy changed(&service, &StoreService::responseThresholdsChanged);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10'000);
        service.submit({m_factory.setResponseThresholds(tightened(), QStringLiteral("PMJ"), true)});
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10'000);
        QCOMPARE(changed.at(0).at(0).value<ResponseThresholds>(), tightened());
        service.stop();
    }

    void lanesAndTheirClearance()
    {
        const QUuid incidentId = addIncident();
        const LaneImpact blocked{
            {{QStringLiteral("arah Semanggi"), {LaneState::Blocked, LaneState::Blocked, LaneState::Clear}},
             {QStringLiteral("arah Blok M"), {LaneState::Affected, LaneState::Clear}}}};
        m_factory.setActor(QStringLiteral("officer-1"));
        QVERIFY(commit({m_factory.setLanes(incident(incidentId), blocked)}).ok);
        Incident stored = incident(incidentId);
        QCOMPARE(stored.lanes, blocked);
        QCOMPARE(stored.lanesBlocked, 2);
        QCOMPARE(stored.lanesTotal, 5);
        QVERIFY(!stored.lanesClearedAt.isValid());

        const LaneImpact clear{
            {{QStringLiteral("arah Semanggi"), {LaneState::Clear, LaneState::Clear, LaneState::Clear}},
             {QStringLiteral("arah Blok M"), {LaneState::Clear, LaneState::Clear}}}};
        const qint64 clearedMs = m_now;
        QVERIFY(commit({m_factory.setLanes(stored, clear)}).ok);
        stored = incident(incidentId);
        QCOMPARE(stored.lanes, clear);
        QCOMPARE(stored.lanesBlocked, 0);
        QCOMPARE(stored.lanesClearedAt, QDateTime::fromMSecsSinceEpoch(clearedMs, Qt::UTC));

        // Counts sent along with lanes follow the lanes, whatever the sender wrote.
        QVERIFY(commit({m_factory.setIncidentFields(incidentId, {{QStringLiteral("lanes"), blocked.toJson()},
                                                                 {QStringLiteral("lanes_blocked"), 9}})})
                    .ok);
        QCOMPARE(incident(incidentId).lanesBlocked, 2);
        QCOMPARE(incident(incidentId).lanesTotal, 5);

        const QStringList texts = timelineTexts(incidentId);
        QVERIFY2(texts.contains(QStringLiteral("Lanes: 2 of 3 blocked arah Semanggi; 1 of 2 affected arah Blok M")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(texts.contains(QStringLiteral("Lanes: all clear")));
        QCOMPARE(texts.count(QStringLiteral("Lanes cleared")), 1);
        const QList<IncidentNote> timeline = StoreReader(m_path).timeline(incidentId);
        for (const IncidentNote &entry : timeline)
            if (entry.text.startsWith(QStringLiteral("Lanes")))
                QCOMPARE(entry.actor, QStringLiteral("officer-1"));
    }

    void lanesThatAreNotALaneImpactAreRefused()
    {
        const QUuid incidentId = addIncident();
        const CommitResult refused = commit({m_factory.setIncidentFields(
            incidentId,
            {{QStringLiteral("lanes"), QStringLiteral(R"({"directions":[{"name":"arah Kota","lanes":["shut"]}]})")}})});
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("arah Kota")) && refused.error.contains(QStringLiteral("shut")),
                 qPrintable(refused.error));
        QVERIFY(incident(incidentId).lanes.isEmpty());
    }

    void verifiedIsInTheTimeline()
    {
        const QUuid incidentId = addIncident();
        m_factory.setActor(QStringLiteral("supervisor-1"));
        const qint64 at = m_now;
        QVERIFY(commit({m_factory.verifyIncident(incident(incidentId))}).ok);
        QCOMPARE(incident(incidentId).verifiedAt, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
        const QList<IncidentNote> timeline = StoreReader(m_path).timeline(incidentId);
        QCOMPARE(timeline.last().text, QStringLiteral("Incident verified"));
        QCOMPARE(timeline.last().actor, QStringLiteral("supervisor-1"));
        QCOMPARE(timeline.last().at, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
    }

    void arrivalByPositionIsInTheTimeline()
    {
        const QUuid incidentId = addIncident();
        const QUuid unitId = addUnit(QStringLiteral("JAKPUS-R2-03"));
        QVERIFY(commit(m_factory.dispatch(incident(incidentId), unit(unitId))).ok);
        m_factory.setActor(QStringLiteral("lintas-field"));
        const CommitResult arrived =
            commit(m_factory.recordArrivalByPosition(unit(unitId), incident(incidentId), 40.4));
        QVERIFY2(arrived.ok, qPrintable(arrived.error));
        QCOMPARE(toString(incident(incidentId).status), toString(IncidentStatus::OnScene));
        const QList<IncidentNote> timeline = StoreReader(m_path).timeline(incidentId);
        const auto entry = std::find_if(timeline.cbegin(), timeline.cend(), [](const IncidentNote &note) {
            return note.text.contains(QStringLiteral("arrived"));
        });
        QVERIFY(entry != timeline.cend());
        QCOMPARE(entry->text, QStringLiteral("Unit JAKPUS-R2-03 arrived on scene (position 40 m from the incident)"));
        QCOMPARE(entry->actor, QStringLiteral("lintas-field"));

        // A source the store does not know is refused.
        Change odd = m_factory.moveUnit(unit(unitId), UnitStatus::Busy).at(0);
        odd.fields.insert(QStringLiteral("source"), QStringLiteral("telepathy"));
        QVERIFY(!commit({odd}).ok);
    }

    void lastUnitDeparted()
    {
        const QUuid incidentId = addIncident();
        const QUuid first = addUnit(QStringLiteral("JAKPUS-R2-01"));
        const QUuid second = addUnit(QStringLiteral("JAKPUS-R4-02"));
        QVERIFY(commit(m_factory.dispatch(incident(incidentId), unit(first))).ok);
        QVERIFY(commit(m_factory.dispatch(incident(incidentId), unit(second))).ok);
        const Incident dispatched = incident(incidentId);
        QVERIFY(commit(m_factory.moveUnit(unit(first), UnitStatus::OnScene, &dispatched)).ok);
        QVERIFY(!incident(incidentId).lastUnitDepartedAt.isValid());

        // One of two leaves: a unit is still there.
        QVERIFY(commit(m_factory.moveUnit(unit(first), UnitStatus::Available)).ok);
        QVERIFY(!incident(incidentId).lastUnitDepartedAt.isValid());

        // The incident is cleared and the other unit freed with it: that is the last departure, announced.
        QList<Incident> announced;
        connect(m_store.get(), &Store::incidentChanged, this, [&](const Incident &changed) {
            if (changed.id == incidentId)
                announced.append(changed);
        });
        const qint64 leftMs = m_now;
        const Incident onScene = incident(incidentId);
        QVERIFY(commit(m_factory.clearIncident(onScene, {unit(second)})).ok);
        const QDateTime left = QDateTime::fromMSecsSinceEpoch(leftMs, Qt::UTC);
        QCOMPARE(incident(incidentId).lastUnitDepartedAt, left);
        QVERIFY(!announced.isEmpty());
        QCOMPARE(announced.last().lastUnitDepartedAt, left);
        QStringList texts = timelineTexts(incidentId);
        QCOMPARE(texts.count(QStringLiteral("Last unit left the scene")), 1);
        const QList<IncidentNote> timeline = StoreReader(m_path).timeline(incidentId);
        const auto last = std::find_if(timeline.cbegin(), timeline.cend(), [](const IncidentNote &note) {
            return note.text == QStringLiteral("Last unit left the scene");
        });
        QCOMPARE(last->at, left);
        QCOMPARE(last->actor, QStringLiteral("87050123"));

        // Reopened and a unit sent again: nobody has left the scene for good any more.
        m_factory.setActor(QStringLiteral("supervisor-1"));
        QVERIFY(commit({m_factory.moveIncident(incident(incidentId), IncidentStatus::OnScene)}).ok);
        QVERIFY(commit(m_factory.dispatch(incident(incidentId), unit(first))).ok);
        QVERIFY(!incident(incidentId).lastUnitDepartedAt.isValid());
        QVERIFY(!timelineTexts(incidentId).contains(QStringLiteral("Last unit left the scene")));
    }

    void sameChangesSameRecordsInAnyOrder()
    {
        // The new derived values (last departure, the recommendation on assignments, position arrivals, lanes)
        // depend only on the set of changes. Record a day of dispatch on one desk, then replay it shuffled.
        const QUuid incidentId = addIncident();
        const QUuid a = addUnit(QStringLiteral("JAKPUS-R2-01"));
        const QUuid b = addUnit(QStringLiteral("JAKPUS-R4-02"));
        DispatchAdvice advice;
        advice.recommendedUnitId = b;
        advice.etaSeconds = 410;
        advice.overrideReason = QStringLiteral("R4-02 sedang isi bensin");
        QVERIFY(commit(m_factory.dispatch(incident(incidentId), unit(a), advice)).ok);
        QVERIFY(commit(m_factory.recordArrivalByPosition(unit(a), incident(incidentId), 25)).ok);
        QVERIFY(
            commit({m_factory.setLanes(incident(incidentId), {{{QStringLiteral("arah Kota"), {LaneState::Blocked}}}})})
                .ok);
        QVERIFY(commit(m_factory.dispatch(incident(incidentId), unit(b))).ok);
        const Incident withB = incident(incidentId);
        QVERIFY(commit(m_factory.moveUnit(unit(b), UnitStatus::OnScene, &withB)).ok);
        QVERIFY(
            commit({m_factory.setLanes(incident(incidentId), {{{QStringLiteral("arah Kota"), {LaneState::Clear}}}})})
                .ok);
        QVERIFY(commit(m_factory.clearIncident(incident(incidentId), {unit(a), unit(b)})).ok);
        QVERIFY(commit({m_factory.setResponseThresholds(tightened(), QStringLiteral("PMJ"), true)}).ok);
        QVERIFY(incident(incidentId).lastUnitDepartedAt.isValid());

        ChangeList all;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("log-reader"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT op_id, site_id, hlc, actor, entity, entity_id, kind, fields, "
                                          "schema_version FROM change_log ORDER BY rowid")));
            while (q.next()) {
                Change c;
                c.opId = QUuid::fromString(q.value(0).toString());
                c.siteId = q.value(1).toString();
                c.hlc = Hlc::fromPacked(quint64(q.value(2).toLongLong()));
                c.actor = q.value(3).toString();
                c.entity = entityKindFromString(q.value(4).toString());
                c.entityId = QUuid::fromString(q.value(5).toString());
                c.kind = changeKindFromString(q.value(6).toString());
                c.fields = Change::fieldsFromJson(q.value(7).toByteArray());
                all.append(c);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("log-reader"));
        m_store->close();
        const QString expected = dumpStore(m_path);

        const auto seed = std::random_device{}();
        qInfo() << "shuffle seed" << seed;
        std::mt19937 random(seed);
        for (int round = 0; round < 4; ++round) {
            ChangeList shuffled = all;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            const QString path = m_dir.filePath(QStringLiteral("replay-%1-%2.db").arg(m_storeNumber).arg(round));
            Store replica(path, QStringLiteral("desk-2"));
            QString error;
            QVERIFY2(replica.open(&error), qPrintable(error));
            for (const Change &c : std::as_const(shuffled))
                QVERIFY(replica.applyRemote({c}).ok);
            replica.close();
            QCOMPARE(dumpStore(path), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestDispatchRecords)
#include "tst_dispatchrecords.moc"
