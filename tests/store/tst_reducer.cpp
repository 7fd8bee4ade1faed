// The one reducer: last writer wins per field, append-only notes and dispatches, status replay with conflicts,
// derived times, and the checks commitLocal makes before anything is written.

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/statemachine.h"
#include "store/storereader.h"
#include "store/store.h"
#include "storetest.h"

using namespace lintas;
using namespace lintas::test;

namespace {

const QString kA = QStringLiteral("A");
const QString kB = QStringLiteral("B");

QVariantMap incidentFields(const QString &road = QStringLiteral("Jalan Jenderal Sudirman"))
{
    return {{QStringLiteral("type_code"), QStringLiteral("kecelakaan")},
            {QStringLiteral("priority"), 1},
            {QStringLiteral("road"), road},
            {QStringLiteral("station_code"), QStringLiteral("JAKPUS-GAMBIR")},
            {QStringLiteral("summary"), QStringLiteral("Tabrakan motor dan mobil")},
            {QStringLiteral("reported_at"), QStringLiteral("2026-11-27T03:00:00.000Z")}};
}

QVariantMap unitFields(const QString &status = QStringLiteral("available"))
{
    return {{QStringLiteral("callsign"), QStringLiteral("JAKPUS-R2-03")},
            {QStringLiteral("kind"), QStringLiteral("r2")},
            {QStringLiteral("station_code"), QStringLiteral("JAKPUS")},
            {QStringLiteral("crew"), QStringLiteral("87050123,88010456")},
            {QStringLiteral("status"), status}};
}

} // namespace

class TestReducer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_files)); }
    void openStore(Store &store)
    {
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void lastWriterWinsPerField_data()
    {
        QTest::addColumn<qint64>("firstMs");
        QTest::addColumn<QString>("firstSite");
        QTest::addColumn<qint64>("secondMs");
        QTest::addColumn<QString>("secondSite");
        QTest::addColumn<bool>("secondWins");
        QTest::newRow("later clock wins") << qint64(10) << kB << qint64(20) << kA << true;
        QTest::newRow("earlier clock loses") << qint64(30) << kA << qint64(20) << kB << false;
        QTest::newRow("same clock: higher site wins") << qint64(20) << kA << qint64(20) << kB << true;
        QTest::newRow("same clock: lower site loses") << qint64(20) << kB << qint64(20) << kA << false;
    }

    void lastWriterWinsPerField()
    {
        QFETCH(qint64, firstMs);
        QFETCH(QString, firstSite);
        QFETCH(qint64, secondMs);
        QFETCH(QString, secondSite);
        QFETCH(bool, secondWins);
        const QUuid id = QUuid::createUuid();
        const qint64 t = baseMs();
        const Change create = change(EntityKind::Incident, id, ChangeKind::Create, incidentFields(), t, kA);
        const Change first =
            change(EntityKind::Incident, id, ChangeKind::Set,
                   {{QStringLiteral("road"), QStringLiteral("first")}, {QStringLiteral("priority"), 2}}, t + firstMs,
                   firstSite);
        const Change second = change(EntityKind::Incident, id, ChangeKind::Set,
                                     {{QStringLiteral("road"), QStringLiteral("second")},
                                      {QStringLiteral("landmark"), QStringLiteral("Bundaran HI")}},
                                     t + secondMs, secondSite);
        QString dumps[2];
        for (int order = 0; order < 2; ++order) {
            const QString path = freshPath();
            Store store(path, QStringLiteral("test"));
            openStore(store);
            const ChangeList changes =
                order == 0 ? ChangeList{create, first, second} : ChangeList{second, first, create};
            for (const Change &c : changes) // one batch each: the order of commits is what is under test
                QVERIFY(store.applyRemote({c}).ok);
            StoreReader reader(path);
            const auto incident = reader.incident(id);
            QVERIFY(incident);
            QCOMPARE(incident->road, secondWins ? QStringLiteral("second") : QStringLiteral("first"));
            // Fields nobody else wrote keep their own writer's value, whatever won elsewhere.
            QCOMPARE(incident->priority, Priority::P2);
            QCOMPARE(incident->landmark, QStringLiteral("Bundaran HI"));
            QCOMPARE(incident->typeCode, QStringLiteral("kecelakaan"));
            store.close();
            dumps[order] = dumpStore(path);
        }
        QCOMPARE(dumps[1], dumps[0]);
    }

    void createAfterSetKeepsNewerFields()
    {
        const QUuid id = QUuid::createUuid();
        const QString path = freshPath();
        Store store(path, QStringLiteral("test"));
        openStore(store);
        // The Set is newer than the Create but arrives first; the Create must not overwrite it.
        QVERIFY(
            store
                .applyRemote({change(EntityKind::Incident, id, ChangeKind::Set,
                                     {{QStringLiteral("road"), QStringLiteral("Jalan Thamrin")}}, baseMs() + 5000, kB)})
                .ok);
        StoreReader reader(path);
        QVERIFY(!reader.incident(id)); // not created yet: not shown
        QVERIFY(
            store.applyRemote({change(EntityKind::Incident, id, ChangeKind::Create, incidentFields(), baseMs(), kA)})
                .ok);
        const auto incident = reader.incident(id);
        QVERIFY(incident);
        QCOMPARE(incident->road, QStringLiteral("Jalan Thamrin"));
        QCOMPARE(incident->summary, QStringLiteral("Tabrakan motor dan mobil"));
        QCOMPARE(incident->reportedAt, QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC));
    }

    void notesAreIdempotent()
    {
        const QUuid id = QUuid::createUuid();
        const QString path = freshPath();
        Store store(path, QStringLiteral("test"));
        openStore(store);
        QSignalSpy notes(&store, &Store::noteAdded);
        const Change create = change(EntityKind::Incident, id, ChangeKind::Create, incidentFields(), baseMs());
        const Change note = change(EntityKind::Incident, id, ChangeKind::Note,
                                   {{QStringLiteral("text"), QStringLiteral("Korban dibawa ke RSCM")}}, baseMs() + 10);
        QVERIFY(store.applyRemote({create, note, note}).ok);
        QVERIFY(store.applyRemote({note}).ok);
        QCOMPARE(notes.count(), 1);
        StoreReader reader(path);
        const auto list = reader.notes(id);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().text, QStringLiteral("Korban dibawa ke RSCM"));
        QCOMPARE(list.first().opId, note.opId);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 2);
        // A second note from another site is appended, never merged.
        QVERIFY(store
                    .applyRemote({change(EntityKind::Incident, id, ChangeKind::Note,
                                         {{QStringLiteral("text"), QStringLiteral("Derek tiba")}}, baseMs() + 5, kB)})
                    .ok);
        const auto both = reader.notes(id);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.first().text, QStringLiteral("Derek tiba")); // oldest first
    }

    void transitionsReplayInClockOrder()
    {
        const QUuid id = QUuid::createUuid();
        const qint64 t = baseMs();
        const ChangeList moves{
            transition(EntityKind::Incident, id, QStringLiteral("reported"), QStringLiteral("dispatched"), t + 60'000),
            transition(EntityKind::Incident, id, QStringLiteral("dispatched"), QStringLiteral("on_scene"), t + 600'000),
            transition(EntityKind::Incident, id, QStringLiteral("on_scene"), QStringLiteral("cleared"), t + 1'800'000),
            transition(EntityKind::Incident, id, QStringLiteral("cleared"), QStringLiteral("closed"), t + 2'400'000),
        };
        const Change create = change(EntityKind::Incident, id, ChangeKind::Create, incidentFields(), t);
        // Reverse order: every move but the first is illegal when it arrives, yet the replay settles them.
        const QString path = freshPath();
        Store store(path, QStringLiteral("test"));
        openStore(store);
        for (auto it = moves.crbegin(); it != moves.crend(); ++it)
            QVERIFY(store.applyRemote({*it}).ok);
        QVERIFY(store.applyRemote({create}).ok);
        StoreReader reader(path);
        const auto incident = reader.incident(id);
        QVERIFY(incident);
        QCOMPARE(toString(incident->status), toString(IncidentStatus::Closed));
        const auto at = [&](qint64 offset) { return QDateTime::fromMSecsSinceEpoch(t + offset, Qt::UTC); };
        QCOMPARE(incident->firstDispatchedAt, at(60'000));
        QCOMPARE(incident->firstArrivalAt, at(600'000));
        QCOMPARE(incident->clearedAt, at(1'800'000));
        QCOMPARE(incident->closedAt, at(2'400'000));
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM conflicts")).toInt(), 0);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM transitions")).toInt(), 4);
    }

    void concurrentMovesBecomeConflicts()
    {
        // Two desks act on the same reported incident: A dispatches it, B (a little later) closes it as a false
        // report. Closing is not legal from dispatched, so B's move is kept as a conflict, on every replica.
        const QUuid id = QUuid::createUuid();
        const qint64 t = baseMs();
        const Change create = change(EntityKind::Incident, id, ChangeKind::Create, incidentFields(), t);
        const Change dispatch = transition(EntityKind::Incident, id, QStringLiteral("reported"),
                                           QStringLiteral("dispatched"), t + 1000, kA);
        const Change close =
            transition(EntityKind::Incident, id, QStringLiteral("reported"), QStringLiteral("closed"), t + 1500, kB);
        QString dumps[2];
        for (int order = 0; order < 2; ++order) {
            const QString path = freshPath();
            Store store(path, QStringLiteral("test"));
            openStore(store);
            QVERIFY(store.applyRemote({create}).ok);
            QVERIFY(store.applyRemote({order == 0 ? dispatch : close}).ok);
            QVERIFY(store.applyRemote({order == 0 ? close : dispatch}).ok);
            StoreReader reader(path);
            QCOMPARE(toString(reader.incident(id)->status), toString(IncidentStatus::Dispatched));
            QVERIFY(!reader.incident(id)->closedAt.isValid());
            QCOMPARE(scalar(path, QStringLiteral("SELECT op_id FROM conflicts")).toString(), idText(close.opId));
            QCOMPARE(scalar(path, QStringLiteral("SELECT from_actual FROM conflicts")).toString(),
                     QStringLiteral("dispatched"));
            const auto timeline = reader.timeline(id);
            QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(),
                                [](const IncidentNote &n) { return n.text.contains(QLatin1String("conflict")); }));
            store.close();
            dumps[order] = dumpStore(path);
        }
        QCOMPARE(dumps[1], dumps[0]);
    }

    void unitStartsFromItsCreateStatus()
    {
        const QUuid unit = QUuid::createUuid();
        const QUuid incident = QUuid::createUuid();
        const qint64 t = baseMs();
        const QString path = freshPath();
        Store store(path, QStringLiteral("test"));
        openStore(store);
        // The move arrives before the Create: from the default (available) it would be legal…
        QVERIFY(store
                    .applyRemote({transition(EntityKind::Unit, unit, QStringLiteral("available"),
                                             QStringLiteral("dispatched"), t + 10, kA, incident)})
                    .ok);
        QCOMPARE(scalar(path, QStringLiteral("SELECT status FROM units")).toString(), QStringLiteral("dispatched"));
        // …but the unit was created out of service, from which dispatch is illegal.
        QVERIFY(store
                    .applyRemote({change(EntityKind::Unit, unit, ChangeKind::Create,
                                         unitFields(QStringLiteral("out_of_service")), t)})
                    .ok);
        StoreReader reader(path);
        const auto u = reader.unit(unit);
        QVERIFY(u);
        QCOMPARE(toString(u->status), toString(UnitStatus::OutOfService));
        QVERIFY(u->incidentId.isNull());
        QCOMPARE(u->crew, (QStringList{QStringLiteral("87050123"), QStringLiteral("88010456")}));
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM conflicts")).toInt(), 1);
    }

    void assignmentTimesFollowTheUnit()
    {
        const QUuid unit = QUuid::createUuid();
        const QUuid incident = QUuid::createUuid();
        const qint64 t = baseMs();
        const auto u = [&](const char *from, const char *to, qint64 at, const QUuid &inc = {}) {
            return transition(EntityKind::Unit, unit, QString::fromLatin1(from), QString::fromLatin1(to), t + at, kA,
                              inc);
        };
        const ChangeList changes{
            change(EntityKind::Unit, unit, ChangeKind::Create, unitFields(), t),
            change(EntityKind::Incident, incident, ChangeKind::Create, incidentFields(), t + 1),
            change(EntityKind::Incident, incident, ChangeKind::Dispatch, {{QStringLiteral("unit_id"), idText(unit)}},
                   t + 100),
            u("available", "dispatched", 101, incident),
            u("dispatched", "en_route", 200'000, incident),
            u("en_route", "on_scene", 500'000, incident),
            u("on_scene", "busy", 900'000),
            u("busy", "available", 1'200'000),
        };
        const QString path = freshPath();
        Store store(path, QStringLiteral("test"));
        openStore(store);
        QSignalSpy assignments(&store, &Store::assignmentChanged);
        // Shuffled on purpose: the arrival is derived whatever came first.
        ChangeList shuffled{changes[7], changes[3], changes[5], changes[0],
                            changes[2], changes[6], changes[1], changes[4]};
        QVERIFY(store.applyRemote(shuffled).ok);
        QVERIFY(!assignments.isEmpty());
        StoreReader reader(path);
        const auto list = reader.assignments(incident);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().unitId, unit);
        QCOMPARE(list.first().dispatchedAt, QDateTime::fromMSecsSinceEpoch(t + 100, Qt::UTC));
        QCOMPARE(list.first().arrivedAt, QDateTime::fromMSecsSinceEpoch(t + 500'000, Qt::UTC));
        // Busy at the scene still works the incident; it leaves when it becomes available.
        QCOMPARE(list.first().clearedAt, QDateTime::fromMSecsSinceEpoch(t + 1'200'000, Qt::UTC));
        const auto unitNow = reader.unit(unit);
        QCOMPARE(toString(unitNow->status), toString(UnitStatus::Available));
        QVERIFY(unitNow->incidentId.isNull());
        QCOMPARE(unitNow->statusSince, QDateTime::fromMSecsSinceEpoch(t + 1'200'000, Qt::UTC));

        const auto timeline = reader.timeline(incident);
        QStringList texts;
        for (const auto &entry : timeline)
            texts << entry.text;
        QVERIFY2(texts.filter(QStringLiteral("JAKPUS-R2-03 dispatched")).size() == 1, qPrintable(texts.join('\n')));
        QVERIFY2(texts.filter(QStringLiteral("arrived")).size() == 1, qPrintable(texts.join('\n')));
        QVERIFY(texts.indexOf(QRegularExpression(QStringLiteral(".*dispatched$"))) <
                texts.indexOf(QRegularExpression(QStringLiteral(".*arrived.*"))));
    }

    void unitCarriesItsIncident()
    {
        const QUuid unit = QUuid::createUuid();
        const QUuid incident = QUuid::createUuid();
        const QString path = freshPath();
        Store store(path, QStringLiteral("test"));
        openStore(store);
        QSignalSpy units(&store, &Store::unitChanged);
        QVERIFY(store
                    .applyRemote({change(EntityKind::Unit, unit, ChangeKind::Create, unitFields(), baseMs()),
                                  transition(EntityKind::Unit, unit, QStringLiteral("available"),
                                             QStringLiteral("dispatched"), baseMs() + 10, kA, incident),
                                  transition(EntityKind::Unit, unit, QStringLiteral("dispatched"),
                                             QStringLiteral("en_route"), baseMs() + 20)})
                    .ok);
        QCOMPARE(units.count(), 1); // one notification per record and batch
        const Unit notified = units.first().first().value<Unit>();
        QCOMPARE(toString(notified.status), toString(UnitStatus::EnRoute));
        QCOMPARE(notified.incidentId, incident);
    }

    void localIllegalMoveRejectsTheBatch()
    {
        const QString path = freshPath();
        Store store(path, QStringLiteral("test"));
        openStore(store);
        const QUuid id = QUuid::createUuid();
        QVERIFY(
            store.commitLocal({change(EntityKind::Incident, id, ChangeKind::Create, incidentFields(), baseMs())}).ok);
        StoreReader reader(path);
        const QString number = reader.incident(id)->number;
        QCOMPARE(number, QStringLiteral("JAKPUS-20261127-0001"));
        QCOMPARE(store.outboxCount(), 1);

        QSignalSpy incidents(&store, &Store::incidentChanged);
        const ChangeList batch{
            change(EntityKind::Incident, id, ChangeKind::Note, {{QStringLiteral("text"), QStringLiteral("catatan")}},
                   baseMs() + 10),
            transition(EntityKind::Incident, id, QStringLiteral("reported"), QStringLiteral("on_scene"), baseMs() + 20),
        };
        const CommitResult result = store.commitLocal(batch);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("Incident %1 cannot go from reported to on scene.").arg(number));
        // Nothing of the batch was kept: not the note before the bad move, not an outbox row, no signal.
        QCOMPARE(reader.notes(id).size(), 0);
        QCOMPARE(store.outboxCount(), 1);
        QCOMPARE(incidents.count(), 0);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 1);

        // The same move remote is not refused: it becomes a conflict.
        QVERIFY(store.applyRemote({batch[1]}).ok);
        QCOMPARE(toString(reader.incident(id)->status), toString(IncidentStatus::Reported));
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM conflicts")).toInt(), 1);
        QCOMPARE(store.outboxCount(), 1);
    }

    void localBatchChecksMovesInSequence()
    {
        const QString path = freshPath();
        Store store(path, QStringLiteral("test"));
        openStore(store);
        const QUuid unit = QUuid::createUuid();
        const QUuid incident = QUuid::createUuid();
        QVERIFY(store
                    .commitLocal(
                        {change(EntityKind::Unit, unit, ChangeKind::Create, unitFields(), baseMs()),
                         change(EntityKind::Incident, incident, ChangeKind::Create, incidentFields(), baseMs() + 1)})
                    .ok);
        // dispatched then en route in one batch: the second is legal only after the first.
        QSignalSpy outbox(&store, &Store::outboxCountChanged);
        const CommitResult ok = store.commitLocal({
            change(EntityKind::Incident, incident, ChangeKind::Dispatch, {{QStringLiteral("unit_id"), idText(unit)}},
                   baseMs() + 10),
            transition(EntityKind::Unit, unit, QStringLiteral("available"), QStringLiteral("dispatched"), baseMs() + 11,
                       kA, incident),
            transition(EntityKind::Incident, incident, QStringLiteral("reported"), QStringLiteral("dispatched"),
                       baseMs() + 12),
            transition(EntityKind::Unit, unit, QStringLiteral("dispatched"), QStringLiteral("en_route"), baseMs() + 13,
                       kA, incident),
        });
        QVERIFY2(ok.ok, qPrintable(ok.error));
        QCOMPARE(ok.incidentIds, QList<QUuid>{incident});
        QCOMPARE(outbox.count(), 1);
        QCOMPARE(outbox.first().first().toInt(), 6);
        // A unit cannot go back to dispatched from en route.
        const CommitResult bad =
            store.commitLocal({transition(EntityKind::Unit, unit, QStringLiteral("en_route"),
                                          QStringLiteral("dispatched"), baseMs() + 20, kA, incident)});
        QVERIFY(!bad.ok);
        QCOMPARE(bad.error, QStringLiteral("Unit JAKPUS-R2-03 cannot go from en route to dispatched."));
    }

    void localChecksFields_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QVariantMap>("fields");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown incident field")
            << int(EntityKind::Incident) << int(ChangeKind::Set) << QVariantMap{{QStringLiteral("colour"), 1}}
            << QStringLiteral("unknown field “colour”");
        QTest::newRow("status is not a plain field")
            << int(EntityKind::Incident) << int(ChangeKind::Set)
            << QVariantMap{{QStringLiteral("status"), QStringLiteral("closed")}}
            << QStringLiteral("unknown field “status”");
        QTest::newRow("unit field on an incident") << int(EntityKind::Incident) << int(ChangeKind::Set)
                                                   << QVariantMap{{QStringLiteral("callsign"), QStringLiteral("X")}}
                                                   << QStringLiteral("unknown field “callsign”");
        QTest::newRow("priority out of range")
            << int(EntityKind::Incident) << int(ChangeKind::Set) << QVariantMap{{QStringLiteral("priority"), 7}}
            << QStringLiteral("Priority must be P1 to P4; 7 is not.");
        QTest::newRow("empty note") << int(EntityKind::Incident) << int(ChangeKind::Note)
                                    << QVariantMap{{QStringLiteral("text"), QStringLiteral("  ")}}
                                    << QStringLiteral("is empty");
        QTest::newRow("dispatch without unit") << int(EntityKind::Incident) << int(ChangeKind::Dispatch)
                                               << QVariantMap{} << QStringLiteral("must name an incident and a unit");
    }

    void localChecksFields()
    {
        QFETCH(int, entity);
        QFETCH(int, kind);
        QFETCH(QVariantMap, fields);
        QFETCH(QString, message);
        const QString path = freshPath();
        Store store(path, QStringLiteral("test"));
        openStore(store);
        const QUuid id = QUuid::createUuid();
        QVERIFY(
            store.commitLocal({change(EntityKind::Incident, id, ChangeKind::Create, incidentFields(), baseMs())}).ok);
        const CommitResult result =
            store.commitLocal({change(EntityKind(entity), id, ChangeKind(kind), fields, baseMs() + 10)});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QCOMPARE(store.outboxCount(), 1);
    }

    void numbersPerPolresAndDay()
    {
        const QString path = freshPath();
        Store store(path, QStringLiteral("test"));
        openStore(store);
        const auto create = [&](const QString &station, const QString &reportedAt, qint64 ms) {
            QVariantMap fields = incidentFields();
            fields.insert(QStringLiteral("station_code"), station);
            fields.insert(QStringLiteral("reported_at"), reportedAt);
            const QUuid id = QUuid::createUuid();
            const CommitResult result =
                store.commitLocal({change(EntityKind::Incident, id, ChangeKind::Create, fields, ms)});
            return result.ok ? StoreReader(path).incident(id)->number : result.error;
        };
        const qint64 t = baseMs();
        QCOMPARE(create(QStringLiteral("JAKPUS-GAMBIR"), QStringLiteral("2026-11-27T03:00:00Z"), t),
                 QStringLiteral("JAKPUS-20261127-0001"));
        QCOMPARE(create(QStringLiteral("JAKPUS"), QStringLiteral("2026-11-27T04:00:00Z"), t + 1),
                 QStringLiteral("JAKPUS-20261127-0002"));
        QCOMPARE(create(QStringLiteral("JAKSEL"), QStringLiteral("2026-11-27T04:00:00Z"), t + 2),
                 QStringLiteral("JAKSEL-20261127-0001"));
        // 17:30 UTC is 00:30 the next day in Jakarta (WIB, UTC+7).
        QCOMPARE(create(QStringLiteral("JAKPUS-MENTENG"), QStringLiteral("2026-11-27T17:30:00Z"), t + 3),
                 QStringLiteral("JAKPUS-20261128-0001"));
        QCOMPARE(create(QStringLiteral("JAKPUS"), QStringLiteral("2026-11-27T16:59:59Z"), t + 4),
                 QStringLiteral("JAKPUS-20261127-0003"));
        // Two new incidents in one batch get consecutive numbers.
        QVariantMap fields = incidentFields();
        const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
        QVERIFY(store
                    .commitLocal({change(EntityKind::Incident, a, ChangeKind::Create, fields, t + 5),
                                  change(EntityKind::Incident, b, ChangeKind::Create, fields, t + 6)})
                    .ok);
        StoreReader reader(path);
        QCOMPARE(reader.incident(a)->number, QStringLiteral("JAKPUS-20261127-0004"));
        QCOMPARE(reader.incident(b)->number, QStringLiteral("JAKPUS-20261127-0005"));
        // The number went into the logged change, so every replica shows the same one.
        const QString logged =
            scalar(path, QStringLiteral("SELECT fields FROM change_log WHERE entity_id = '%1'").arg(idText(b)))
                .toString();
        QVERIFY2(logged.contains(QLatin1String("JAKPUS-20261127-0005")), qPrintable(logged));
    }

    void remoteDuplicatesAreIgnored()
    {
        const QString path = freshPath();
        Store store(path, QStringLiteral("test"));
        openStore(store);
        const QUuid id = QUuid::createUuid();
        const ChangeList changes{
            change(EntityKind::Incident, id, ChangeKind::Create, incidentFields(), baseMs()),
            transition(EntityKind::Incident, id, QStringLiteral("reported"), QStringLiteral("dispatched"),
                       baseMs() + 5),
        };
        QVERIFY(store.applyRemote(changes).ok);
        const QString before = dumpStore(path);
        QSignalSpy incidents(&store, &Store::incidentChanged);
        QVERIFY(store.applyRemote(changes).ok);
        QCOMPARE(incidents.count(), 0);
        QCOMPARE(dumpStore(path), before);
        QCOMPARE(store.outboxCount(), 0);
        QCOMPARE(store.lastHlc(), Hlc::fromParts(baseMs() + 5, 0));
    }

    void acknowledgedChangesLeaveTheOutboxOnly()
    {
        const QString path = freshPath();
        Store store(path, QStringLiteral("test"));
        openStore(store);
        const QUuid id = QUuid::createUuid();
        const Change create = change(EntityKind::Incident, id, ChangeKind::Create, incidentFields(), baseMs());
        const Change note = change(EntityKind::Incident, id, ChangeKind::Note, {{QStringLiteral("text"), QStringLiteral("x")}},
                                   baseMs() + 1);
        QVERIFY(store.commitLocal({create, note}).ok);
        QCOMPARE(store.outboxCount(), 2);
        QSignalSpy outbox(&store, &Store::outboxCountChanged);
        QVERIFY(store.acknowledgePushed({create.opId}));
        QCOMPARE(store.outboxCount(), 1);
        QCOMPARE(outbox.count(), 1);
        QCOMPARE(outbox.first().first().toInt(), 1);
        // The log keeps both: acknowledging is about what waits to be pushed, not about history.
        StoreReader reader(path);
        QVERIFY(reader.incident(id).has_value());
        QCOMPARE(reader.notes(id).size(), 1);
        QCOMPARE(reader.outboxCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReducer)
#include "tst_reducer.moc"
