// The store's side of sync with the regional server: what is pushed and in which order, what a pull commits
// (changes and cursor together or not at all), and what a refusal does — the change leaves the outbox and the
// log for the quarantine, and its records look as if it had never been made.

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "store/store.h"
#include "store/storereader.h"
#include "store/storeservice.h"
#include "storetest.h"

using namespace lintas;
using namespace lintas::test;

namespace {

const QString kDesk = QStringLiteral("desk");
const QString kOther = QStringLiteral("other");

QVariantMap incidentFields(int priority = 1)
{
    return {{QStringLiteral("type_code"), QStringLiteral("kecelakaan")},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("road"), QStringLiteral("Jalan Jenderal Sudirman")},
            {QStringLiteral("station_code"), QStringLiteral("JAKPUS-GAMBIR")},
            {QStringLiteral("summary"), QStringLiteral("Tabrakan motor dan mobil")},
            {QStringLiteral("reported_at"), QStringLiteral("2026-11-27T03:00:00.000Z")}};
}

QVariantMap unitFields()
{
    return {{QStringLiteral("callsign"), QStringLiteral("JAKPUS-R2-03")},
            {QStringLiteral("kind"), QStringLiteral("r2")},
            {QStringLiteral("station_code"), QStringLiteral("JAKPUS")},
            {QStringLiteral("status"), QStringLiteral("available")}};
}

QuarantinedChange refusal(const Change &refused, const QString &code = QStringLiteral("forbidden_role"))
{
    QuarantinedChange entry;
    entry.change = refused;
    entry.code = code;
    entry.reason = QStringLiteral("The role dispatcher may not do this.");
    entry.atMs = baseMs() + 99'000;
    return entry;
}

// Statements on a connection of the test's own, beside the store's (WAL lets both work on the file).
bool rawExec(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning() << q.lastError().text() << sql;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestStoreSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("sync-%1.db").arg(++m_files)); }
    static void openStore(Store &store)
    {
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        registerStoreMetaTypes();
        QVERIFY(m_dir.isValid());
    }

    void changesToPushInLocalOrder()
    {
        const QString path = freshPath();
        Store store(path, kDesk);
        openStore(store);
        QCOMPARE(store.localHead(), quint64(0));
        QCOMPARE(store.oldestOutboxSeq(), quint64(0));

        const QUuid incident = QUuid::createUuid();
        const qint64 t = baseMs();
        const Change create = change(EntityKind::Incident, incident, ChangeKind::Create, incidentFields(), t, kDesk);
        const Change remote = change(EntityKind::Incident, incident, ChangeKind::Note,
                                     {{QStringLiteral("text"), QStringLiteral("Dari desk lain")}}, t + 500, kOther);
        const Change set =
            change(EntityKind::Incident, incident, ChangeKind::Set, {{QStringLiteral("priority"), 2}}, t + 1000, kDesk);
        // An older clock committed later: local order is commit order, not clock order.
        const Change note = change(EntityKind::Incident, incident, ChangeKind::Note,
                                   {{QStringLiteral("text"), QStringLiteral("Ambulans tiba")}}, t + 200, kDesk);
        QVERIFY(store.commitLocal({create}).ok);
        QVERIFY(store.applyRemote({remote}).ok);
        QVERIFY(store.commitLocal({set}).ok);
        QVERIFY(store.commitLocal({note}).ok);

        const QList<OutgoingChange> all = store.changesToPush(0, 100);
        QCOMPARE(all.size(), 3); // the other site's change is not ours to push
        QCOMPARE(all.at(0).change.opId, create.opId);
        QCOMPARE(all.at(1).change.opId, set.opId);
        QCOMPARE(all.at(2).change.opId, note.opId);
        QVERIFY(all.at(0).localSeq < all.at(1).localSeq && all.at(1).localSeq < all.at(2).localSeq);
        // What was logged, including the number commitLocal gave the new incident.
        QVERIFY(!all.at(0).change.fields.value(QStringLiteral("number")).toString().isEmpty());
        QCOMPARE(all.at(1).change.fields.value(QStringLiteral("priority")).toInt(), 2);
        QCOMPARE(all.at(2).change.hlc, note.hlc);
        QCOMPARE(all.at(2).change.siteId, kDesk);
        QCOMPARE(store.localHead(), all.at(2).localSeq);

        QCOMPARE(store.changesToPush(0, 2).size(), 2);
        const QList<OutgoingChange> after = store.changesToPush(all.at(0).localSeq, 100);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(0).change.opId, set.opId);
        QVERIFY(store.changesToPush(all.at(2).localSeq, 100).isEmpty());

        // Acknowledged changes are still offered: after a WELCOME from a server restored from an older backup,
        // everything after its high-water mark goes out again.
        QVERIFY(store.acknowledgePushed({create.opId, set.opId}));
        QCOMPARE(store.outboxCount(), 1);
        QCOMPARE(store.changesToPush(0, 100).size(), 3);
        QCOMPARE(store.oldestOutboxSeq(), all.at(2).localSeq);
    }

    void applyPulledSkipsKnownChangesAndWritesTheCursor()
    {
        const QString path = freshPath();
        Store store(path, kDesk);
        openStore(store);
        QCOMPARE(store.syncCursor().cursor, quint64(0));
        QVERIFY(store.syncCursor().epoch.isEmpty());

        const QUuid incident = QUuid::createUuid();
        const qint64 t = baseMs();
        const Change create = change(EntityKind::Incident, incident, ChangeKind::Create, incidentFields(), t, kOther);
        const Change set =
            change(EntityKind::Incident, incident, ChangeKind::Set, {{QStringLiteral("priority"), 4}}, t + 10, kOther);
        const Change local = change(EntityKind::Incident, incident, ChangeKind::Note,
                                    {{QStringLiteral("text"), QStringLiteral("Catatan desk")}}, t + 20, kDesk);
        QVERIFY(store.commitLocal({local}).ok);
        QCOMPARE(store.outboxCount(), 1);

        SyncCursor first{2, QStringLiteral("epoch-1"), QByteArray(32, '\x11'), t + 1000};
        QVERIFY(store.applyPulled({create, set}, first).ok);
        SyncCursor read = store.syncCursor();
        QCOMPARE(read.cursor, quint64(2));
        QCOMPARE(read.epoch, QStringLiteral("epoch-1"));
        QCOMPARE(read.lastHash, QByteArray(32, '\x11'));
        QCOMPARE(read.lastSyncMs, t + 1000);

        // A batch that repeats a known change and echoes the desk's own: both skipped, and the echo takes the
        // desk's change out of the outbox (the server holds it).
        QSignalSpy outbox(&store, &Store::outboxCountChanged);
        SyncCursor second{4, QStringLiteral("epoch-1"), QByteArray(32, '\x22'), t + 2000};
        QVERIFY(store.applyPulled({set, local}, second).ok);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 3);
        QCOMPARE(store.outboxCount(), 0);
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(store.syncCursor().cursor, quint64(4));
        QCOMPARE(store.syncCursor().lastHash, QByteArray(32, '\x22'));

        StoreReader reader(path);
        const auto record = reader.incident(incident);
        QVERIFY(record);
        QCOMPARE(record->priority, Priority::P4);
        QCOMPARE(reader.notes(incident).size(), 1);

        // The cursor is in the file, not in memory.
        store.close();
        Store again(path, kDesk);
        openStore(again);
        QCOMPARE(again.syncCursor().cursor, quint64(4));
        QCOMPARE(again.syncCursor().epoch, QStringLiteral("epoch-1"));
    }

    void applyPulledIsAllOrNothing()
    {
        const QString path = freshPath();
        Store store(path, kDesk);
        openStore(store);
        const qint64 t = baseMs();
        const QUuid incident = QUuid::createUuid();
        const Change create = change(EntityKind::Incident, incident, ChangeKind::Create, incidentFields(), t, kOther);
        QVERIFY(store.applyPulled({create}, {1, QStringLiteral("e"), QByteArray(32, 'a'), t}).ok);

        // A fault in the middle of a batch: the store cannot write one of its notes.
        QVERIFY(rawExec(path, QStringLiteral("CREATE TRIGGER refuse_note BEFORE INSERT ON notes WHEN NEW.text = "
                                             "'gagal' BEGIN SELECT RAISE(ABORT, 'injected fault'); END")));
        const Change good =
            change(EntityKind::Incident, incident, ChangeKind::Set, {{QStringLiteral("priority"), 4}}, t + 10, kOther);
        const Change bad = change(EntityKind::Incident, incident, ChangeKind::Note,
                                  {{QStringLiteral("text"), QStringLiteral("gagal")}}, t + 20, kOther);
        const CommitResult result = store.applyPulled({good, bad}, {3, QStringLiteral("e"), QByteArray(32, 'b'), t});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QCOMPARE(store.syncCursor().cursor, quint64(1));
        QCOMPARE(store.syncCursor().lastHash, QByteArray(32, 'a'));
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 1);
        StoreReader reader(path);
        QCOMPARE(reader.incident(incident)->priority, Priority::P1);

        // Once the fault is gone the same batch goes through.
        QVERIFY(rawExec(path, QStringLiteral("DROP TRIGGER refuse_note")));
        QVERIFY(store.applyPulled({good, bad}, {3, QStringLiteral("e"), QByteArray(32, 'b'), t}).ok);
        QCOMPARE(store.syncCursor().cursor, quint64(3));
        QCOMPARE(reader.incident(incident)->priority, Priority::P4);
    }

    void resetSyncCursorKeepsTheOutbox()
    {
        const QString path = freshPath();
        Store store(path, kDesk);
        openStore(store);
        const qint64 t = baseMs();
        QVERIFY(store
                    .commitLocal({change(EntityKind::Incident, QUuid::createUuid(), ChangeKind::Create,
                                         incidentFields(), t, kDesk)})
                    .ok);
        QVERIFY(store.applyPulled({}, {7, QStringLiteral("old"), QByteArray(32, 'x'), t + 5}).ok);
        QVERIFY(store.setLastSync(t + 9));
        QVERIFY(store.resetSyncCursor(QStringLiteral("new")));
        const SyncCursor cursor = store.syncCursor();
        QCOMPARE(cursor.cursor, quint64(0));
        QCOMPARE(cursor.epoch, QStringLiteral("new"));
        QVERIFY(cursor.lastHash.isEmpty());
        QCOMPARE(cursor.lastSyncMs, t + 9);
        QCOMPARE(store.outboxCount(), 1);
        QCOMPARE(store.changesToPush(0, 10).size(), 1);
    }

    void refusedSetRevertsToThePreviousValue()
    {
        const QString path = freshPath();
        Store store(path, kDesk);
        openStore(store);
        const qint64 t = baseMs();
        const QUuid id = QUuid::createUuid();
        const Change create = change(EntityKind::Incident, id, ChangeKind::Create, incidentFields(1), t, kDesk);
        const Change raise =
            change(EntityKind::Incident, id, ChangeKind::Set, {{QStringLiteral("priority"), 3}}, t + 100, kDesk);
        const Change road = change(EntityKind::Incident, id, ChangeKind::Set,
                                   {{QStringLiteral("road"), QStringLiteral("Jalan Thamrin")}}, t + 200, kOther);
        QVERIFY(store.commitLocal({create}).ok);
        QVERIFY(store.commitLocal({raise}).ok);
        QVERIFY(store.applyRemote({road}).ok);
        const quint64 raiseSeq = store.changesToPush(0, 10).at(1).localSeq;
        StoreReader reader(path);
        QCOMPARE(reader.incident(id)->priority, Priority::P3);

        QSignalSpy changed(&store, &Store::incidentChanged);
        QSignalSpy quarantine(&store, &Store::quarantineChanged);
        QSignalSpy outbox(&store, &Store::outboxCountChanged);
        QVERIFY(store.recordPushResults({create.opId}, {refusal(raise)}));

        const auto incident = reader.incident(id);
        QVERIFY(incident);
        QCOMPARE(incident->priority, Priority::P1);                // back to the value before the refused change
        QCOMPARE(incident->road, QStringLiteral("Jalan Thamrin")); // the other desk's edit stays
        QCOMPARE(store.outboxCount(), 0);
        QCOMPARE(
            scalar(path, QStringLiteral("SELECT count(*) FROM change_log WHERE op_id = '%1'").arg(idText(raise.opId)))
                .toInt(),
            0);
        QCOMPARE(quarantine.size(), 1);
        QCOMPARE(quarantine.at(0).at(0).toInt(), 1);
        QVERIFY(!outbox.isEmpty());
        QCOMPARE(outbox.last().at(0).toInt(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Incident>().priority, Priority::P1);

        const QList<QuarantinedChange> held = store.quarantined();
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.at(0).change.opId, raise.opId);
        QCOMPARE(held.at(0).change.fields.value(QStringLiteral("priority")).toInt(), 3);
        QCOMPARE(held.at(0).change.hlc, raise.hlc);
        QCOMPARE(held.at(0).localSeq, raiseSeq);
        QCOMPARE(held.at(0).code, QStringLiteral("forbidden_role"));
        QCOMPARE(held.at(0).atMs, baseMs() + 99'000);

        // A repeated answer changes nothing.
        QVERIFY(store.recordPushResults({}, {refusal(raise)}));
        QCOMPARE(store.quarantined().size(), 1);

        // The quarantine is in the file.
        store.close();
        Store again(path, kDesk);
        openStore(again);
        QCOMPARE(again.quarantined().size(), 1);
        QCOMPARE(again.quarantined().at(0).reason, held.at(0).reason);
        const QList<QuarantinedChange> listed = reader.quarantined();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).change.opId, raise.opId);
        QCOMPARE(listed.at(0).code, QStringLiteral("forbidden_role"));
        QCOMPARE(listed.at(0).localSeq, raiseSeq);
        // Later changes never reuse the refused change's local sequence (the server counted it).
        QVERIFY(again
                    .commitLocal({change(EntityKind::Incident, id, ChangeKind::Set, {{QStringLiteral("priority"), 2}},
                                         t + 300, kDesk)})
                    .ok);
        QVERIFY(again.localHead() > raiseSeq);
        QVERIFY(again.changesToPush(raiseSeq, 10).size() == 1);
    }

    void refusedCreateRemovesTheIncident()
    {
        const QString path = freshPath();
        Store store(path, kDesk);
        openStore(store);
        const qint64 t = baseMs();
        const QUuid id = QUuid::createUuid();
        const Change create = change(EntityKind::Incident, id, ChangeKind::Create, incidentFields(), t, kDesk);
        const Change note = change(EntityKind::Incident, id, ChangeKind::Note,
                                   {{QStringLiteral("text"), QStringLiteral("Korban dibawa ke RS")}}, t + 10, kDesk);
        QVERIFY(store.commitLocal({create, note}).ok);
        StoreReader reader(path);
        QCOMPARE(reader.incidentCount(), 1);
        QCOMPARE(reader.searchIncidents(QStringLiteral("sudirman")).size(), 1);

        QSignalSpy removed(&store, &Store::incidentRemoved);
        QVERIFY(store.recordPushResults({}, {refusal(create, QStringLiteral("out_of_scope")), refusal(note)}));
        QVERIFY(!reader.incident(id));
        QCOMPARE(reader.incidentCount(), 0);
        QVERIFY(reader.notes(id).isEmpty());
        QVERIFY(reader.searchIncidents(QStringLiteral("sudirman")).isEmpty());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).value<QUuid>(), id);
        QCOMPARE(store.quarantined().size(), 2);
        QCOMPARE(store.outboxCount(), 0);
    }

    void refusedMovesAndDispatchesAreUndone()
    {
        const QString path = freshPath();
        Store store(path, kDesk);
        openStore(store);
        const qint64 t = baseMs();
        const QUuid incident = QUuid::createUuid();
        const QUuid unit = QUuid::createUuid();
        QVERIFY(store.applyRemote({change(EntityKind::Unit, unit, ChangeKind::Create, unitFields(), t, kOther)}).ok);
        const Change create =
            change(EntityKind::Incident, incident, ChangeKind::Create, incidentFields(), t + 1, kDesk);
        const Change dispatch = change(EntityKind::Incident, incident, ChangeKind::Dispatch,
                                       {{QStringLiteral("unit_id"), idText(unit)}}, t + 2, kDesk);
        const Change incidentMove = transition(EntityKind::Incident, incident, QStringLiteral("reported"),
                                               QStringLiteral("dispatched"), t + 3, kDesk);
        const Change unitMove = transition(EntityKind::Unit, unit, QStringLiteral("available"),
                                           QStringLiteral("dispatched"), t + 4, kDesk, incident);
        QVERIFY(store.commitLocal({create, dispatch, incidentMove, unitMove}).ok);
        StoreReader reader(path);
        QCOMPARE(reader.assignments(incident).size(), 1);
        QCOMPARE(toString(reader.incident(incident)->status), QStringLiteral("dispatched"));
        QCOMPARE(toString(reader.unit(unit)->status), QStringLiteral("dispatched"));

        QSignalSpy units(&store, &Store::unitChanged);
        QVERIFY(store.recordPushResults({create.opId}, {refusal(dispatch), refusal(incidentMove), refusal(unitMove)}));
        QVERIFY(reader.assignments(incident).isEmpty());
        QCOMPARE(toString(reader.incident(incident)->status), QStringLiteral("reported"));
        const auto after = reader.unit(unit);
        QVERIFY(after);
        QCOMPARE(toString(after->status), QStringLiteral("available"));
        QVERIFY(after->incidentId.isNull());
        QCOMPARE(after->callsign, QStringLiteral("JAKPUS-R2-03"));
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM transitions")).toInt(), 0);
        QCOMPARE(units.size(), 1);
        QCOMPARE(store.quarantined().size(), 3);
    }

    // The property behind every case above: after refusals, the tables are exactly those of a replica that only
    // ever saw the changes that remain. Random edits by two sites, a random subset of the local ones refused.
    void rebuildEqualsAReplicaWithoutTheRefusedChanges()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        for (int round = 0; round < 8; ++round) {
            const QString path = freshPath();
            Store store(path, kDesk);
            openStore(store);
            const qint64 t = baseMs();
            QList<QUuid> incidents{QUuid::createUuid(), QUuid::createUuid()};
            QList<QUuid> units{QUuid::createUuid(), QUuid::createUuid()};
            ChangeList remote;
            for (const QUuid &unit : units)
                remote.append(change(EntityKind::Unit, unit, ChangeKind::Create, unitFields(), t, kOther));
            for (const QUuid &incident : incidents)
                QVERIFY(store
                            .commitLocal({change(EntityKind::Incident, incident, ChangeKind::Create,
                                                 incidentFields(int(random.bounded(1, 5))), t + 1, kDesk)})
                            .ok);
            QVERIFY(store.applyRemote(remote).ok);

            const QStringList incidentStatuses{QStringLiteral("reported"), QStringLiteral("dispatched"),
                                               QStringLiteral("on_scene"), QStringLiteral("cleared")};
            const QStringList unitStatuses{QStringLiteral("available"), QStringLiteral("dispatched"),
                                           QStringLiteral("on_scene"), QStringLiteral("available")};
            for (int i = 0; i < 30; ++i) {
                const qint64 at = t + 10 + qint64(random.bounded(1000));
                const bool local = random.bounded(3) != 0;
                const QString site = local ? kDesk : kOther;
                const QUuid incident = incidents.at(int(random.bounded(2)));
                const QUuid unit = units.at(int(random.bounded(2)));
                Change c;
                switch (random.bounded(6)) {
                case 0:
                    c = change(EntityKind::Incident, incident, ChangeKind::Set,
                               {{QStringLiteral("priority"), int(random.bounded(1, 5))}}, at, site);
                    break;
                case 1:
                    c = change(EntityKind::Incident, incident, ChangeKind::Note,
                               {{QStringLiteral("text"), QStringLiteral("catatan %1").arg(i)}}, at, site);
                    break;
                case 2:
                    c = change(EntityKind::Incident, incident, ChangeKind::Dispatch,
                               {{QStringLiteral("unit_id"), idText(unit)}}, at, site);
                    break;
                case 3: {
                    const int to = int(random.bounded(1, 4));
                    c = transition(EntityKind::Incident, incident, incidentStatuses.at(to - 1), incidentStatuses.at(to),
                                   at, site);
                    break;
                }
                case 4: {
                    const int to = int(random.bounded(1, 4));
                    c = transition(EntityKind::Unit, unit, unitStatuses.at(to - 1), unitStatuses.at(to), at, site,
                                   to < 3 ? incident : QUuid());
                    break;
                }
                default:
                    c = change(EntityKind::Unit, unit, ChangeKind::Set,
                               {{QStringLiteral("latitude"), -6.2 + random.bounded(100) / 1000.0},
                                {QStringLiteral("longitude"), 106.8}},
                               at, site);
                }
                // Local moves must be legal where they are made; remote ones go in as they come.
                if (local)
                    store.commitLocal({c});
                else
                    QVERIFY(store.applyRemote({c}).ok);
            }

            QList<QUuid> accepted;
            QList<QuarantinedChange> refused;
            for (const OutgoingChange &outgoing : store.changesToPush(0, 1000)) {
                if (random.bounded(3) == 0)
                    refused.append(refusal(outgoing.change));
                else
                    accepted.append(outgoing.change.opId);
            }
            QVERIFY(store.recordPushResults(accepted, refused));
            QCOMPARE(store.outboxCount(), 0);
            QCOMPARE(store.quarantined().size(), refused.size());

            store.close();

            // The replica: every change that remains in the log, in one batch, in random order.
            const QString replicaPath = freshPath();
            {
                Store replica(replicaPath, kOther);
                openStore(replica);
                ChangeList all = logOf(path);
                for (qsizetype i = all.size() - 1; i > 0; --i)
                    all.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
                QVERIFY(replica.applyRemote(all).ok);
            }
            QCOMPARE(dumpStore(path), dumpStore(replicaPath));
        }
    }

private:
    // Every change of the log: each site's changes, read by a store opened as that site.
    static ChangeList logOf(const QString &path)
    {
        ChangeList out;
        for (const QString &site : {kDesk, kOther}) {
            Store store(path, site);
            QString error;
            if (!store.open(&error))
                return {};
            for (const OutgoingChange &outgoing : store.changesToPush(0, 100000))
                out.append(outgoing.change);
        }
        return out;
    }
};

QTEST_GUILESS_MAIN(TestStoreSync)
#include "tst_storesync.moc"
