// Schema migrations keyed by PRAGMA user_version: a store written at every earlier version opens, keeps its
// data and ends with the same schema as a fresh one.

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/articles.h"
#include "store/casereader.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/storereader.h"
#include "storetest.h"

using namespace lintas;
using namespace lintas::test;

namespace {

const QString kIncident = QStringLiteral("0190f000-0000-7000-8000-000000000001");
const QString kUnit = QStringLiteral("0190f000-0000-7000-8000-000000000002");

// Runs statements on a connection of its own, the way an older program would have written the file.
class RawDb
{
public:
    explicit RawDb(const QString &path) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            qWarning() << q.lastError().text() << sql;
        return q.isActive();
    }
    void close()
    {
        {
            QSqlDatabase d = QSqlDatabase::database(m_name, false);
            d.close();
        }
    }

private:
    QString m_name;
};

// What a version-1 program leaves behind after a reported incident with a note, a unit and a dispatch.
void writeVersion1Data(const RawDb &raw)
{
    const QString hlc = QString::number(quint64(baseMs()) << 16);
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO change_log VALUES ('0190f000-0000-7000-8000-0000000000a1', 'desk', "
                                    "%1, '87050123', 'incident', "
                                    "'%2', 'create', '{\"road\":\"Jalan Gajah Mada\"}', 1)")
                         .arg(hlc, kIncident)));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO outbox (op_id) VALUES ('0190f000-0000-7000-8000-0000000000a1')")));
    QVERIFY(raw.exec(
        QStringLiteral(
            "INSERT INTO incidents (id, number, type_code, priority, status, road, landmark, summary, station_code, "
            "reported_at, has_create) VALUES ('%1', 'JAKBAR-20261127-0007', 'kemacetan', 2, 'dispatched', "
            "'Jalan Gajah Mada', 'Glodok', 'Macet total arah Kota', 'JAKBAR', %2, 1)")
            .arg(kIncident)
            .arg(baseMs())));
    QVERIFY(raw.exec(
        QStringLiteral(
            "INSERT INTO notes VALUES ('0190f000-0000-7000-8000-0000000000a2', '%1', %2, %3, 'desk', '87050123', "
            "'Lampu lalu lintas padam')")
            .arg(kIncident)
            .arg(baseMs())
            .arg(hlc)));
    QVERIFY(raw.exec(
        QStringLiteral(
            "INSERT INTO units (id, callsign, kind, station_code, status, has_create) VALUES ('%1', 'JAKBAR-R2-01', "
            "'r2', 'JAKBAR', 'dispatched', 1)")
            .arg(kUnit)));
    QVERIFY(
        raw.exec(QStringLiteral(
                     "INSERT INTO assignments (op_id, incident_id, unit_id, hlc, site_id, actor, dispatched_at, "
                     "arrived_at, cleared_at) VALUES ('0190f000-0000-7000-8000-0000000000a3', '%1', '%2', %3, 'desk', "
                     "'87050123', %4, NULL, NULL)")
                     .arg(kIncident, kUnit, hlc)
                     .arg(baseMs())));
}

QStringList schemaOf(const QString &path)
{
    RawDb raw(path);
    QStringList out;
    QSqlQuery q(raw.db());
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1String(": ") +
                   q.value(2).toString();
    q.exec(QStringLiteral("PRAGMA user_version"));
    q.next();
    out << QStringLiteral("user_version %1").arg(q.value(0).toInt());
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCOMPARE(Schema::kCurrentVersion, 5);
    }

    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 0; version < Schema::kCurrentVersion; ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void fromEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString path = m_dir.filePath(QStringLiteral("v%1.db").arg(version));
        {
            RawDb raw(path);
            QString error;
            QVERIFY2(Schema::migrate(raw.db(), version, &error), qPrintable(error));
            if (version >= 1)
                writeVersion1Data(raw);
            if (version >= 2) // a version-2 program keeps the search index with every write
                Schema::writeIncidentSearchRow(raw.db(), 1);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), version);
        }

        Store store(path, QStringLiteral("desk"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), Schema::kCurrentVersion);

        StoreReader reader(path);
        QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
        QVERIFY(!reader.searchPlaces(QStringLiteral("monas")).isEmpty());
        if (version >= 1) {
            // The data survived, and v2's search index was built from it.
            const auto incident = reader.incident(QUuid::fromString(kIncident));
            QVERIFY(incident);
            QCOMPARE(incident->number, QStringLiteral("JAKBAR-20261127-0007"));
            QCOMPARE(toString(incident->status), QStringLiteral("dispatched"));
            QCOMPARE(reader.notes(incident->id).size(), 1);
            QCOMPARE(reader.assignments(incident->id).size(), 1);
            QCOMPARE(reader.units().size(), 1);
            QCOMPARE(store.outboxCount(), 1);
            QCOMPARE(store.lastHlc(), Hlc::fromParts(baseMs(), 0));
            for (const QString &query : {QStringLiteral("gajah mada"), QStringLiteral("lampu padam"),
                                         QStringLiteral("JAKBAR-20261127-0007"), QStringLiteral("glodok")}) {
                const auto found = reader.searchIncidents(query);
                QVERIFY2(found.size() == 1, qPrintable(query));
            }
            // v3: the old change is the desk's first local sequence, ready to push; nothing pulled yet.
            const QList<OutgoingChange> outgoing = store.changesToPush(0, 10);
            QCOMPARE(outgoing.size(), 1);
            QCOMPARE(outgoing.at(0).localSeq, quint64(1));
            QCOMPARE(outgoing.at(0).change.fields.value(QStringLiteral("road")).toString(),
                     QStringLiteral("Jalan Gajah Mada"));
            QCOMPARE(store.localHead(), quint64(1));
            QCOMPARE(store.oldestOutboxSeq(), quint64(1));
            QCOMPARE(store.syncCursor().cursor, quint64(0));
            QVERIFY(store.syncCursor().epoch.isEmpty());
            QVERIFY(store.quarantined().isEmpty());
            QVERIFY(reader.quarantined().isEmpty());
            // And the reducer carries on from there.
            Change note = change(EntityKind::Incident, incident->id, ChangeKind::Note,
                                 {{QStringLiteral("text"), QStringLiteral("Arus kembali normal")}}, baseMs() + 1000,
                                 QStringLiteral("desk"));
            QVERIFY(store.commitLocal({note}).ok);
            QCOMPARE(reader.searchIncidents(QStringLiteral("normal")).size(), 1);
            QCOMPARE(store.changesToPush(1, 10).size(), 1);
            QCOMPARE(store.localHead(), quint64(2));
            // A refused change goes to the quarantine the migration made, and out of the tables.
            const Change other = change(EntityKind::Incident, QUuid::createUuid(), ChangeKind::Create,
                                        {{QStringLiteral("road"), QStringLiteral("Jalan Hayam Wuruk")}},
                                        baseMs() + 2000, QStringLiteral("desk"));
            QVERIFY(store.commitLocal({other}).ok);
            QCOMPARE(reader.searchIncidents(QStringLiteral("hayam wuruk")).size(), 1);
            QuarantinedChange refused;
            refused.change = other;
            refused.code = QStringLiteral("read_only");
            refused.reason = QStringLiteral("Read-only account");
            QVERIFY(store.recordPushResults({outgoing.at(0).change.opId, note.opId}, {refused}));
            QCOMPARE(reader.quarantined().size(), 1);
            QCOMPARE(reader.quarantined().at(0).localSeq, quint64(3));
            QVERIFY(reader.searchIncidents(QStringLiteral("hayam wuruk")).isEmpty());
            QVERIFY(!reader.incident(other.entityId));
            QCOMPARE(store.outboxCount(), 0);
            // v4: no lanes recorded, a unit still on the incident, the default thresholds; and both can be set.
            QVERIFY(reader.incident(incident->id)->lanes.isEmpty());
            QVERIFY(!reader.incident(incident->id)->lastUnitDepartedAt.isValid());
            QCOMPARE(reader.responseThresholds(), ResponseThresholds::defaults());
            const Change lanes = change(EntityKind::Incident, incident->id, ChangeKind::Set,
                                        {{QStringLiteral("lanes"), QStringLiteral(R"({"directions":[{"name":"arah )"
                                                                                  R"(Kota","lanes":["blocked"]}]})")}},
                                        baseMs() + 3000, QStringLiteral("desk"));
            ResponseThresholds thresholds = ResponseThresholds::defaults();
            thresholds.set(Priority::P2, {240, 900});
            QVariantMap thresholdFields = thresholds.toFields();
            thresholdFields.insert(QStringLiteral("station_code"), QStringLiteral("PMJ"));
            const Change setting = change(EntityKind::Setting, responseThresholdsId(), ChangeKind::Create,
                                          thresholdFields, baseMs() + 4000, QStringLiteral("desk"));
            const CommitResult committed = store.commitLocal({lanes, setting});
            QVERIFY2(committed.ok, qPrintable(committed.error));
            QCOMPARE(reader.incident(incident->id)->lanes.count(LaneState::Blocked), 1);
            QCOMPARE(reader.incident(incident->id)->lanesBlocked, 1);
            QCOMPARE(reader.responseThresholds(), thresholds);
            // v5: the desk's audit trail starts with the first change this program commits, one entry each.
            CaseReader cases(path);
            QVERIFY2(cases.isOpen(), qPrintable(cases.errorString()));
            QCOMPARE(cases.auditCount(), qint64(4));
            QVERIFY2(cases.verifyAuditTrail().ok(), qPrintable(cases.verifyAuditTrail().message));
            QCOMPARE(cases.auditEntries(0, 10).first().detail, QStringLiteral("JAKBAR-20261127-0007 note"));
        }
        store.close();

        // Same schema as a store made fresh by this program.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh-%1.db").arg(version));
        {
            Store freshStore(fresh, QStringLiteral("desk"));
            QVERIFY(freshStore.open(&error));
        }
        QCOMPARE(schemaOf(path), schemaOf(fresh));
    }

    void fromVersion3KeepsTheDispatchHistory()
    {
        // A version-3 desk that pulled changes of a newer one: the log holds a dispatch with a recommendation it
        // overrode and an arrival recorded from the unit's position, which the v3 reducer did not keep; its
        // units have all left. The migration carries the log's fields into the new columns and derives when the
        // last unit left.
        const QString path = m_dir.filePath(QStringLiteral("v3-dispatch.db"));
        const QString dispatchOp = QStringLiteral("0190f000-0000-7000-8000-0000000000a3");
        const QString arrivalOp = QStringLiteral("0190f000-0000-7000-8000-0000000000a4");
        const QString secondOp = QStringLiteral("0190f000-0000-7000-8000-0000000000a5");
        const QString recommended = QStringLiteral("0190f000-0000-7000-8000-0000000000ff");
        const QString secondUnit = QStringLiteral("0190f000-0000-7000-8000-000000000003");
        const auto hlcAt = [](qint64 ms) { return QString::number(quint64(ms) << 16); };
        {
            RawDb raw(path);
            QString error;
            QVERIFY2(Schema::migrate(raw.db(), 3, &error), qPrintable(error));
            writeVersion1Data(raw);
            QVERIFY(
                raw.exec(QStringLiteral("UPDATE incidents SET status = 'on_scene' WHERE id = '%1'").arg(kIncident)));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO change_log VALUES ('%1', 'desk', %2, '87050123', 'incident', '%3', "
                               "'dispatch', '{\"unit_id\":\"%4\",\"recommended_unit_id\":\"%5\",\"rank\":2,"
                               "\"eta_s\":300,\"override_reason\":\"R4 terjebak macet\"}', 1)")
                    .arg(dispatchOp, hlcAt(baseMs()), kIncident, kUnit, recommended)));
            QVERIFY(
                raw.exec(QStringLiteral("INSERT INTO change_log VALUES ('%1', 'field', %2, '78010001', 'unit', '%3', "
                                        "'transition', '{\"from\":\"dispatched\",\"to\":\"on_scene\",\"incident_id\":"
                                        "\"%4\",\"source\":\"position\",\"distance_m\":38.5}', 1)")
                             .arg(arrivalOp, hlcAt(baseMs() + 60'000), kUnit, kIncident)));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO transitions (op_id, entity, entity_id, hlc, site_id, actor, "
                                            "from_status, to_status, incident_id, applied, from_actual, "
                                            "result_incident_id) VALUES ('%1', 'unit', '%2', %3, 'field', "
                                            "'78010001', 'dispatched', 'on_scene', '%4', 1, 'dispatched', '%4')")
                                 .arg(arrivalOp, kUnit, hlcAt(baseMs() + 60'000), kIncident)));
            QVERIFY(raw.exec(QStringLiteral("UPDATE assignments SET arrived_at = %1, cleared_at = %2 WHERE op_id = "
                                            "'%3'")
                                 .arg(baseMs() + 60'000)
                                 .arg(baseMs() + 600'000)
                                 .arg(dispatchOp)));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO assignments VALUES ('%1', '%2', '%3', %4, 'desk', "
                                            "'87050123', %5, NULL, %6)")
                                 .arg(secondOp, kIncident, secondUnit, hlcAt(baseMs() + 1000))
                                 .arg(baseMs() + 1000)
                                 .arg(baseMs() + 300'000)));
        }

        {
            Store store(path, QStringLiteral("desk"));
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
        }
        QCOMPARE(scalar(path, QStringLiteral("SELECT recommended_unit_id || '|' || rank || '|' || eta_s || '|' || "
                                             "override_reason FROM assignments WHERE op_id = '%1'")
                                  .arg(dispatchOp))
                     .toString(),
                 recommended + QStringLiteral("|2|300.0|R4 terjebak macet"));
        QVERIFY(
            scalar(path, QStringLiteral("SELECT recommended_unit_id FROM assignments WHERE op_id = '%1'").arg(secondOp))
                .isNull());
        QCOMPARE(scalar(path, QStringLiteral("SELECT source || '|' || distance_m FROM transitions WHERE op_id = '%1'")
                                  .arg(arrivalOp))
                     .toString(),
                 QStringLiteral("position|38.5"));
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM settings")).toInt(), 0);

        StoreReader reader(path);
        QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
        const auto incident = reader.incident(QUuid::fromString(kIncident));
        QVERIFY(incident);
        QCOMPARE(incident->lastUnitDepartedAt, QDateTime::fromMSecsSinceEpoch(baseMs() + 600'000, Qt::UTC));
        QCOMPARE(reader.responseThresholds(), ResponseThresholds::defaults());
        QStringList texts;
        for (const IncidentNote &entry : reader.timeline(incident->id))
            texts << entry.text;
        QVERIFY2(texts.contains(QStringLiteral("Unit JAKBAR-R2-01 dispatched instead of the recommended %1: R4 "
                                               "terjebak macet")
                                    .arg(recommended)),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY2(texts.contains(QStringLiteral("Unit JAKBAR-R2-01 arrived on scene (position 39 m from the incident)")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QCOMPARE(texts.last(), QStringLiteral("Last unit left the scene"));
    }

    void fromVersion4ReducesTheCasesInTheLog()
    {
        // A version-4 desk that pulled case and article changes from a newer one kept them in its log only. The
        // migration makes cases, plates, search rows, attachment bytes and catalogue entries of them.
        const QString path = m_dir.filePath(QStringLiteral("v4-cases.db"));
        const QString caseId = QStringLiteral("0190f000-0000-7000-8000-0000000000c1");
        const QString article = articleId(QStringLiteral("287(1)")).toString(QUuid::WithoutBraces);
        const QByteArray photo("capture photo bytes");
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
        const auto hlcAt = [](qint64 ms) { return QString::number(quint64(ms) << 16); };
        {
            RawDb raw(path);
            QString error;
            QVERIFY2(Schema::migrate(raw.db(), 4, &error), qPrintable(error));
            const auto logChange = [&](const QString &op, qint64 ms, const QString &entity, const QString &id,
                                       const QString &kind, const QVariantMap &fields) {
                QSqlQuery q(raw.db());
                q.prepare(
                    QStringLiteral("INSERT INTO change_log VALUES (?, 'other-desk', ?, '87050123', ?, ?, ?, ?, 1)"));
                q.addBindValue(op);
                q.addBindValue(hlcAt(ms));
                q.addBindValue(entity);
                q.addBindValue(id);
                q.addBindValue(kind);
                q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson()));
                return q.exec();
            };
            QVERIFY(logChange(QStringLiteral("0190f000-0000-7000-8000-0000000000d1"), baseMs(), QStringLiteral("case"),
                              caseId, QStringLiteral("create"),
                              {{QStringLiteral("kind"), QStringLiteral("etle")},
                               {QStringLiteral("number"), QStringLiteral("ETLE-JAKPUS-20261127-00003")},
                               {QStringLiteral("station_code"), QStringLiteral("JAKPUS")},
                               {QStringLiteral("camera_id"), QStringLiteral("CAM-THAMRIN-01")},
                               {QStringLiteral("plate_read"), QStringLiteral("B1234XYZ")},
                               {QStringLiteral("occurred_at"), QStringLiteral("2026-11-27T10:00:00+07:00")}}));
            QVERIFY(logChange(QStringLiteral("0190f000-0000-7000-8000-0000000000d2"), baseMs() + 1000,
                              QStringLiteral("case"), caseId, QStringLiteral("attach"),
                              {{QStringLiteral("sha256"), sha},
                               {QStringLiteral("name"), QStringLiteral("capture.jpg")},
                               {QStringLiteral("mime"), QStringLiteral("image/jpeg")},
                               {QStringLiteral("size"), photo.size()},
                               {QStringLiteral("content"), QString::fromLatin1(photo.toBase64())}}));
            QVERIFY(
                logChange(QStringLiteral("0190f000-0000-7000-8000-0000000000d3"), baseMs() + 2000,
                          QStringLiteral("article"), article, QStringLiteral("set"),
                          {{QStringLiteral("code"), QStringLiteral("287(1)")}, {QStringLiteral("max_fine"), 600000}}));
        }
        {
            Store store(path, QStringLiteral("desk"));
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
        }
        CaseReader reader(path);
        QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
        const CaseSearchResult found = reader.search(textQuery(QStringLiteral("b 1234 xyz")));
        QCOMPARE(found.cases.size(), 1);
        QCOMPARE(found.cases.first().number, QStringLiteral("ETLE-JAKPUS-20261127-00003"));
        QCOMPARE(toString(found.cases.first().state), QStringLiteral("captured"));
        const auto file = reader.caseFile(QUuid::fromString(caseId));
        QVERIFY(file);
        QCOMPARE(file->attachments.size(), 1);
        QCOMPARE(reader.attachment(sha), photo);
        QCOMPARE(reader.articleCatalogue().byCode(QStringLiteral("287(1)"))->maxFine, qint64(600000));
        QCOMPARE(reader.articleHistory(QStringLiteral("287(1)")).size(), 2);
        QCOMPARE(reader.auditCount(), qint64(0)); // pulled changes are not this desk's doing
    }

    void failedStepLeavesTheVersion()
    {
        // A v1 file that (by some accident) already has a table named like one v2 creates: the step fails, and
        // it fails whole — the version and the data stay as they were, and open() says why.
        const QString path = m_dir.filePath(QStringLiteral("broken-step.db"));
        {
            RawDb raw(path);
            QString error;
            QVERIFY(Schema::migrate(raw.db(), 1, &error));
            writeVersion1Data(raw);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE incident_search (x)")));
        }
        Store store(path, QStringLiteral("desk"));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(path) &&
                     error.contains(QStringLiteral("schema version %1").arg(Schema::kCurrentVersion)),
                 qPrintable(error));
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'meta'")).toInt(), 0);
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM incidents")).toInt(), 1);
    }

    void reopeningDoesNotMigrateAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.db"));
        for (int i = 0; i < 2; ++i) {
            Store store(path, QStringLiteral("desk"));
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
        }
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM places")).toInt(),
                 Schema::builtInGazetteer().size());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
