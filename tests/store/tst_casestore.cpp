// Cases in the store: numbering, the draft and its submission, corrections as versions, the two-person void,
// content-addressed attachments, the desk's hash-chained audit trail, the watch list's alerts, settlement batches
// that commit whole or not at all, and convergence whatever order the changes arrive in.

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/casefactory.h"
#include "core/casevalidation.h"
#include "core/changefactory.h"
#include "store/casereader.h"
#include "store/store.h"
#include "store/storeservice.h"
#include "storetest.h"

using namespace lintas;
using namespace lintas::test;

namespace {

const QString kDesk = QStringLiteral("desk-a");
const QString kOfficer = QStringLiteral("87050123");
const QString kSupervisor = QStringLiteral("79120044");
const QString kWatchedPlate = QStringLiteral("B 1234 XYZ");

QString field(const char *name)
{
    return QLatin1String(name);
}

QVariantMap charge(const QStringList &codes)
{
    ChangeFactory changes(kDesk, kOfficer, nullptr);
    return CaseFactory(&changes).chargeFields(codes, ArticleCatalogue::builtIn());
}

// A violation ready to submit: every field validateCase asks for.
QVariantMap violationData(const QString &plate = QStringLiteral("B 4321 KJT"))
{
    QVariantMap data{
        {field(casefield::kOffenderName), QStringLiteral("Budi Santoso")},
        {field(casefield::kOffenderNik), QStringLiteral("3171011505800001")},
        {field(casefield::kPlate), plate},
        {field(casefield::kVehicleKind), QStringLiteral("r2")},
        {field(casefield::kOfficerNrp), kOfficer},
        {field(casefield::kOccurredAt), QStringLiteral("2026-11-27T10:00:00+07:00")},
        {field(casefield::kPlace), QStringLiteral("Jl. M.H. Thamrin depan Sarinah")},
        {field(casefield::kOutcome), QStringLiteral("tilang")},
        {field(casefield::kNarrative), QStringLiteral("Menerobos lampu merah di persimpangan")},
    };
    data.insert(charge({QStringLiteral("287(1)")}));
    return data;
}

QVariantMap etleData(const QString &plate, const QString &occurredAt = QStringLiteral("2026-11-27T09:30:00+07:00"))
{
    QVariantMap data{
        {field(casefield::kCameraId), QStringLiteral("CAM-THAMRIN-01")},
        {field(casefield::kPlateRead), plate},
        {field(casefield::kOccurredAt), occurredAt},
        {field(casefield::kPlace), QStringLiteral("Simpang Sarinah")},
    };
    data.insert(charge({QStringLiteral("287(1)")}));
    return data;
}

QVariantMap watchData(const QString &plate)
{
    return {
        {field(casefield::kPlate), plate},
        {field(casefield::kVehicleKind), QStringLiteral("r4")},
        {field(casefield::kPoliceReport), QStringLiteral("LP/B/1234/XI/2026/SPKT/PMJ")},
        {field(casefield::kOccurredAt), QStringLiteral("2026-11-26T22:00:00+07:00")},
        {field(casefield::kVehicleMake), QStringLiteral("Toyota Avanza")},
    };
}

// Statements on a connection of the test's own (tampering with the file the way someone with SQL access would).
bool rawExec(const QString &path, const QString &sql, const QVariantList &binds = {})
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (int i = 0; i < binds.size(); ++i)
                q.bindValue(i, binds.at(i));
            ok = q.exec();
            if (!ok)
                qWarning() << q.lastError().text() << sql;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// One desk: its store, its clock (moved by the test) and the factories its user types through.
class Desk
{
public:
    Desk(const QString &path, const QString &site = kDesk)
        : store(path, site), clock([this] { return m_nowMs; }), changes(site, kOfficer, &clock), cases(&changes)
    {
    }
    bool open()
    {
        QString error;
        const bool ok = store.open(&error);
        if (!ok)
            qWarning() << error;
        return ok;
    }
    void tick(qint64 ms = 1000) { m_nowMs += ms; }
    void as(const QString &actor) { changes.setActor(actor); }
    CommitResult commit(const ChangeList &batch)
    {
        tick();
        return store.commitLocal(batch);
    }
    CaseFile file(const QUuid &id) const
    {
        CaseReader reader(store.path());
        const auto found = reader.caseFile(id);
        return found ? *found : CaseFile();
    }
    CaseRecord record(const QUuid &id) const { return file(id).record; }
    // Creates a case and commits it; the id of the new case, or a null id.
    QUuid create(CaseKind kind, const QVariantMap &data, const QString &station = QStringLiteral("JAKPUS-GAMBIR"))
    {
        QUuid id;
        const Change change = cases.createCase(kind, station, data, &id);
        const CommitResult result = commit({change});
        if (!result.ok)
            qWarning() << "create refused:" << result.error;
        return result.ok ? id : QUuid();
    }

    Store store;
    qint64 m_nowMs = QDateTime(QDate(2026, 11, 27), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch();
    HybridClock clock;
    ChangeFactory changes;
    CaseFactory cases;
};

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_files)); }

    // Follows an ETLE capture along its workflow to "payment issued".
    static bool toPaymentIssued(Desk &desk, const QUuid &id)
    {
        const auto step = [&](const Change &change) {
            const CommitResult result = desk.commit({change});
            if (!result.ok)
                qWarning() << result.error;
            return result.ok;
        };
        return step(desk.cases.submitCase(desk.record(id))) &&
               step(desk.cases.moveCase(desk.record(id), CaseState::Identified,
                                        {{field(casefield::kOwnerName), QStringLiteral("Siti Rahma")},
                                         {field(casefield::kOwnerNik), QStringLiteral("3171016505900002")}})) &&
               step(desk.cases.moveCase(desk.record(id), CaseState::NoticeSent)) &&
               step(desk.cases.moveCase(desk.record(id), CaseState::Confirmed)) &&
               step(desk.cases.issuePayment(desk.record(id)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        registerStoreMetaTypes();
    }

    void numbersPerKindStationAndDay()
    {
        Desk desk(newPath());
        QVERIFY(desk.open());
        QSignalSpy changed(&desk.store, &Store::caseChanged);

        // Two violations in one batch, then one of every other kind; a Polsek's cases count under its Polres.
        QUuid first, second;
        const ChangeList batch{
            desk.cases.createCase(CaseKind::Violation, QStringLiteral("JAKPUS-GAMBIR"), violationData(), &first),
            desk.cases.createCase(CaseKind::Violation, QStringLiteral("JAKPUS"), violationData(), &second)};
        const CommitResult result = desk.commit(batch);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QUuid etle = desk.create(CaseKind::Etle, etleData(QStringLiteral("B 777 ABC")));
        const QUuid accident = desk.create(
            CaseKind::Accident, {{field(casefield::kOccurredAt), QStringLiteral("2026-11-27T07:15:00+07:00")},
                                 {field(casefield::kPlace), QStringLiteral("Bundaran HI")},
                                 {field(casefield::kCollisionType), QStringLiteral("rear_end")}});
        const QUuid watch = desk.create(CaseKind::Watch, watchData(QStringLiteral("B 9 QQ")));
        // Another day (WIB): its own sequence. 2026-11-27T20:00Z is already the 28th in Jakarta.
        QVariantMap late = violationData();
        late.insert(field(casefield::kOccurredAt), QStringLiteral("2026-11-27T20:00:00Z"));
        const QUuid nextDay = desk.create(CaseKind::Violation, late);

        QCOMPARE(desk.record(first).number, QStringLiteral("TLG-JAKPUS-20261127-00001"));
        QCOMPARE(desk.record(second).number, QStringLiteral("TLG-JAKPUS-20261127-00002"));
        QCOMPARE(desk.record(etle).number, QStringLiteral("ETLE-JAKPUS-20261127-00001"));
        QCOMPARE(desk.record(accident).number, QStringLiteral("LAKA-JAKPUS-20261127-00001"));
        QCOMPARE(desk.record(watch).number, QStringLiteral("BOLO-JAKPUS-20261126-00001")); // stolen the day before
        QCOMPARE(desk.record(nextDay).number, QStringLiteral("TLG-JAKPUS-20261128-00001"));
        QCOMPARE(toString(desk.record(etle).state), QStringLiteral("captured"));
        QCOMPARE(toString(desk.record(first).state), QStringLiteral("draft"));

        // Every commit told the views, with the summary as the list shows it.
        QCOMPARE(changed.size(), 6);
        const CaseSummary summary = changed.at(0).at(0).value<CaseSummary>();
        QCOMPARE(summary.number, QStringLiteral("TLG-JAKPUS-20261127-00001"));
        QCOMPARE(summary.plate, QStringLiteral("B 4321 KJT"));
        QCOMPARE(summary.fine, ArticleCatalogue::builtIn().byCode(QStringLiteral("287(1)"))->maxFine);
        QCOMPARE(summary.occurredAt, QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC));
        QCOMPARE(CaseReader(desk.store.path()).caseCount(), 6);
    }

    void draftEditsThenSubmission()
    {
        Desk desk(newPath());
        QVERIFY(desk.open());
        QVariantMap incomplete = violationData();
        incomplete.remove(field(casefield::kOffenderNik));
        const QUuid id = desk.create(CaseKind::Violation, incomplete);
        QVERIFY(!id.isNull());

        // A draft takes plain edits.
        CommitResult result = desk.commit(
            {desk.cases.editCase(desk.record(id), {{field(casefield::kOffenderName), QStringLiteral("Budi S.")}})});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(desk.record(id).data.value(field(casefield::kOffenderName)).toString(), QStringLiteral("Budi S."));

        // Submitting without the NIK is refused, naming the field.
        result = desk.commit({desk.cases.submitCase(desk.record(id))});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(caseFieldLabel(field(casefield::kOffenderNik))), qPrintable(result.error));
        QVERIFY2(result.error.contains(desk.record(id).number), qPrintable(result.error));
        QCOMPARE(toString(desk.record(id).state), QStringLiteral("draft"));
        // A wrong NIK is named with what is wrong with it.
        result =
            desk.commit({desk.cases.editCase(desk.record(id),
                                             {{field(casefield::kOffenderNik), QStringLiteral("317101150580001")}}),
                         desk.cases.submitCase(desk.record(id))});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("16")), qPrintable(result.error));

        // Complete, it goes through: version 1.
        result = desk.commit({desk.cases.editCase(
            desk.record(id), {{field(casefield::kOffenderNik), QStringLiteral("3171011505800001")}})});
        QVERIFY2(result.ok, qPrintable(result.error));
        result = desk.commit({desk.cases.submitCase(desk.record(id))});
        QVERIFY2(result.ok, qPrintable(result.error));
        CaseFile file = desk.file(id);
        QCOMPARE(toString(file.record.state), QStringLiteral("submitted"));
        QCOMPARE(file.record.version, 1);
        QCOMPARE(file.versions.size(), 1);

        // Now immutable: a plain Set is refused here with the fold's reason...
        const Change late =
            desk.cases.editCase(file.record, {{field(casefield::kOffenderName), QStringLiteral("Someone else")}});
        result = desk.commit({late});
        QVERIFY(!result.ok);
        ChangeList logged;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("log"));
            db.setDatabaseName(desk.store.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT op_id, site_id, hlc, actor, entity, entity_id, kind, fields, "
                                          "schema_version FROM change_log WHERE entity = 'case'")));
            while (q.next()) {
                Change c;
                c.opId = QUuid::fromString(q.value(0).toString());
                c.siteId = q.value(1).toString();
                c.hlc = Hlc::fromPacked(quint64(q.value(2).toLongLong()));
                c.actor = q.value(3).toString();
                c.entity = EntityKind::Case;
                c.entityId = QUuid::fromString(q.value(5).toString());
                c.kind = changeKindFromString(q.value(6).toString());
                c.fields = Change::fieldsFromJson(q.value(7).toString().toUtf8());
                logged.append(c);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("log"));
        QString foldReason;
        QVERIFY(!wouldApply(logged, late, &foldReason));
        QCOMPARE(result.error, foldReason);
        QCOMPARE(desk.record(id).data.value(field(casefield::kOffenderName)).toString(), QStringLiteral("Budi S."));

        // ...and kept as a conflict of the case when it comes from another desk: the record does not move.
        Change remote = late;
        remote.siteId = QStringLiteral("desk-b");
        result = desk.store.applyRemote({remote});
        QVERIFY2(result.ok, qPrintable(result.error));
        file = desk.file(id);
        QCOMPARE(file.record.data.value(field(casefield::kOffenderName)).toString(), QStringLiteral("Budi S."));
        QCOMPARE(file.conflicts.size(), 1);
        QCOMPARE(file.conflicts.first().opId, remote.opId);
    }

    void correctionIsANewVersion()
    {
        Desk desk(newPath());
        QVERIFY(desk.open());
        const QUuid id = desk.create(CaseKind::Violation, violationData());
        QVERIFY(desk.commit({desk.cases.submitCase(desk.record(id))}).ok);

        // Without a reason: refused.
        CommitResult result = desk.commit(
            {desk.cases.reviseCase(desk.record(id), {{field(casefield::kPlace), QStringLiteral("Sarinah")}}, {})});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("reason")), qPrintable(result.error));
        // A correction that breaks a field is refused, naming it.
        result = desk.commit({desk.cases.reviseCase(
            desk.record(id), {{field(casefield::kOffenderNik), QStringLiteral("12")}}, QStringLiteral("typo"))});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(caseFieldLabel(field(casefield::kOffenderNik))), qPrintable(result.error));

        result = desk.commit(
            {desk.cases.reviseCase(desk.record(id), {{field(casefield::kPlace), QStringLiteral("Jl. Sabang")}},
                                   QStringLiteral("The place was written wrong"))});
        QVERIFY2(result.ok, qPrintable(result.error));
        const CaseFile file = desk.file(id);
        QCOMPARE(file.record.version, 2);
        QCOMPARE(file.versions.size(), 2);
        QCOMPARE(file.versions.last().reason, QStringLiteral("The place was written wrong"));
        QCOMPARE(file.record.data.value(field(casefield::kPlace)).toString(), QStringLiteral("Jl. Sabang"));
        QCOMPARE(file.versions.first().data.value(field(casefield::kPlace)).toString(),
                 QStringLiteral("Jl. M.H. Thamrin depan Sarinah"));
        // The search index follows the correction.
        CaseReader reader(desk.store.path());
        QCOMPARE(reader.search(textQuery(QStringLiteral("sabang"))).cases.size(), 1);
        QVERIFY(reader.search(textQuery(QStringLiteral("sarinah"))).cases.isEmpty());
    }

    void voidNeedsASecondPerson()
    {
        Desk desk(newPath());
        QVERIFY(desk.open());
        const QUuid id = desk.create(CaseKind::Violation, violationData());
        QVERIFY(desk.commit({desk.cases.submitCase(desk.record(id))}).ok);

        // A draft cannot be voided; a submitted case can be asked for.
        const Change request = desk.cases.requestVoid(id, QStringLiteral("Wrong vehicle stopped"));
        CommitResult result = desk.commit({request});
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(desk.record(id).voidPending);
        CaseReader reader(desk.store.path());
        QList<PendingVoid> waiting = reader.pendingVoids();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().request.requester, kOfficer);
        QCOMPARE(waiting.first().request.reason, QStringLiteral("Wrong vehicle stopped"));
        QCOMPARE(reader.pendingVoids(QStringLiteral("JAKPUS")).size(), 1);
        QVERIFY(reader.pendingVoids(QStringLiteral("JAKBAR")).isEmpty());
        QCOMPARE(reader
                     .search([] {
                         CaseQuery query;
                         query.voidPendingOnly = true;
                         return query;
                     }())
                     .cases.size(),
                 1);

        // The requester cannot decide it.
        result = desk.commit({desk.cases.decideVoid(id, request.opId, true, QStringLiteral("ok"))});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(kOfficer), qPrintable(result.error));
        QCOMPARE(toString(desk.record(id).state), QStringLiteral("submitted"));

        // Someone else can.
        desk.as(kSupervisor);
        result = desk.commit({desk.cases.decideVoid(id, request.opId, true, QStringLiteral("Confirmed with CCTV"))});
        QVERIFY2(result.ok, qPrintable(result.error));
        const CaseFile file = desk.file(id);
        QCOMPARE(toString(file.record.state), QStringLiteral("voided"));
        QVERIFY(!file.record.voidPending);
        QCOMPARE(file.voidRequests.first().decidedBy, kSupervisor);
        QVERIFY(reader.pendingVoids().isEmpty());
    }

    void attachmentsAreStoredOnceBySha()
    {
        Desk desk(newPath());
        QVERIFY(desk.open());
        const QUuid a = desk.create(CaseKind::Violation, violationData());
        const QUuid b = desk.create(CaseKind::Violation, violationData());
        const QByteArray photo = QByteArray("\x89PNG\r\n", 6) + QByteArray(5000, 'x');
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());

        CommitResult result =
            desk.commit({desk.cases.attach(a, QStringLiteral("sim.png"), QStringLiteral("image/png"), photo),
                         desk.cases.attach(b, QStringLiteral("same.png"), QStringLiteral("image/png"), photo)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(scalar(desk.store.path(), QStringLiteral("SELECT count(*) FROM blobs")).toInt(), 1);
        CaseReader reader(desk.store.path());
        QCOMPARE(reader.attachment(sha), photo);
        QCOMPARE(reader.attachment(sha.toUpper()), photo);
        QCOMPARE(desk.file(a).attachments.size(), 1);
        QCOMPARE(desk.file(a).attachments.first().sha256, sha);
        QCOMPARE(desk.file(b).attachments.first().name, QStringLiteral("same.png"));

        // A change whose bytes do not hash to its sha256 is refused here, naming the file...
        Change wrong = desk.cases.attach(a, QStringLiteral("stnk.jpg"), QStringLiteral("image/jpeg"),
                                         QByteArray("the real bytes"));
        wrong.fields.insert(QStringLiteral("sha256"), sha);
        result = desk.commit({wrong});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("stnk.jpg")) && result.error.contains(QStringLiteral("SHA-256")),
                 qPrintable(result.error));
        // ...and from elsewhere its bytes are not kept under a name they do not have.
        wrong.siteId = QStringLiteral("desk-b");
        wrong.fields.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('a')));
        QVERIFY(desk.store.applyRemote({wrong}).ok);
        QVERIFY(reader.attachment(QString(64, QLatin1Char('a'))).isEmpty());
        QCOMPARE(scalar(desk.store.path(), QStringLiteral("SELECT count(*) FROM blobs")).toInt(), 1);

        // Over the limit: refused with the file's name and size.
        const QByteArray big(int(kMaxAttachmentBytes) + 1, 'z');
        result = desk.commit({desk.cases.attach(a, QStringLiteral("video.mp4"), QStringLiteral("video/mp4"), big)});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("video.mp4")) &&
                     result.error.contains(QString::number(kMaxAttachmentBytes + 1)),
                 qPrintable(result.error));

        // A push batch stays near 1.5 MiB: two 2 MiB attachments go in two batches.
        const QByteArray large(int(kMaxAttachmentBytes), 'y');
        QVERIFY(desk.commit({desk.cases.attach(a, QStringLiteral("1.bin"), QStringLiteral("application/octet-stream"),
                                               large)})
                    .ok);
        QVERIFY(desk.commit({desk.cases.attach(b, QStringLiteral("2.bin"), QStringLiteral("application/octet-stream"),
                                               large.chopped(1) + "2")})
                    .ok);
        const quint64 head = desk.store.localHead();
        QList<OutgoingChange> push = desk.store.changesToPush(head - 2, 1000);
        QCOMPARE(push.size(), 1);
        QCOMPARE(push.first().localSeq, head - 1);
        push = desk.store.changesToPush(head - 1, 1000);
        QCOMPARE(push.size(), 1);
        QCOMPARE(push.first().localSeq, head);
        // The small changes before them go together, and stop short of the first large one.
        push = desk.store.changesToPush(0, 1000);
        QCOMPARE(push.size(), 4); // two creates, two attachments of the photo
        QVERIFY(push.last().localSeq < head - 1);
    }

    void auditTrailIsChainedAndTamperEvident()
    {
        const QString path = newPath();
        QStringList actions;
        {
            Desk desk(path);
            QVERIFY(desk.open());
            const QUuid id = desk.create(CaseKind::Violation, violationData());
            QVERIFY(desk.commit({desk.cases.viewed(id)}).ok);
            QVERIFY(
                desk.commit({desk.cases.submitCase(desk.record(id)), desk.cases.addNote(id, QStringLiteral("x"))}).ok);
            QVERIFY(desk.commit({desk.cases.viewed(id)}).ok);
            // A refused batch writes nothing to the trail; a remote change is not this desk's doing.
            QVERIFY(
                !desk.commit({desk.cases.editCase(desk.record(id), {{field(casefield::kPlace), QStringLiteral("y")}})})
                     .ok);
            Change remote = desk.cases.addNote(id, QStringLiteral("from elsewhere"));
            remote.siteId = QStringLiteral("desk-b");
            QVERIFY(desk.store.applyRemote({remote}).ok);
            QVERIFY(desk.commit({desk.cases.viewed(id)}).ok);

            CaseReader reader(path);
            QCOMPARE(reader.auditCount(), qint64(6));
            const QList<AuditEntry> entries = reader.auditEntries(0, 100);
            for (const AuditEntry &entry : entries)
                actions << entry.action;
            QCOMPARE(actions,
                     (QStringList{QStringLiteral("create"), QStringLiteral("view"), QStringLiteral("transition"),
                                  QStringLiteral("note"), QStringLiteral("view"), QStringLiteral("view")}));
            const QString number = desk.record(id).number;
            QCOMPARE(entries.at(0).detail, number + QStringLiteral(" create violation"));
            QCOMPARE(entries.at(1).detail, number + QStringLiteral(" view"));
            QCOMPARE(entries.at(2).detail, number + QStringLiteral(" transition draft → submitted"));
            QCOMPARE(entries.at(2).actor, kOfficer);
            QCOMPARE(entries.at(2).siteId, kDesk);
            QCOMPARE(entries.at(2).entity, QStringLiteral("case"));
            QCOMPARE(entries.at(2).entityId, idText(id));
            QCOMPARE(entries.at(5).seq, qint64(6));
            const AuditVerdict verdict = reader.verifyAuditTrail();
            QVERIFY2(verdict.ok(), qPrintable(verdict.message));
            QCOMPARE(verdict.entries, qint64(6));
        }
        {
            // Reopened, the chain carries on from its head.
            Desk desk(path);
            QVERIFY(desk.open());
            const QUuid id = desk.create(CaseKind::Watch, watchData(QStringLiteral("B 55 AA")));
            QVERIFY(!id.isNull());
            CaseReader reader(path);
            QCOMPARE(reader.auditCount(), qint64(7));
            QVERIFY(reader.verifyAuditTrail().ok());
        }

        const auto tampered = [&](const QString &name, const QStringList &statements) {
            const QString copy = m_dir.filePath(name);
            QFile::remove(copy);
            if (!QFile::copy(path, copy))
                return AuditVerdict{};
            for (const QString &sql : statements)
                if (!rawExec(copy, sql))
                    return AuditVerdict{};
            return CaseReader(copy).verifyAuditTrail();
        };
        // One byte of one body changed.
        AuditVerdict verdict = tampered(
            QStringLiteral("altered.db"),
            {QStringLiteral("UPDATE audit_log SET body = CAST(replace(CAST(body AS TEXT), 'view', 'vieW') AS BLOB) "
                            "WHERE seq = 2")});
        QCOMPARE(verdict.problem, AuditVerdict::Problem::Altered);
        QCOMPARE(verdict.seq, qint64(2));
        QVERIFY2(verdict.message.contains(QStringLiteral("2")), qPrintable(verdict.message));
        // One entry deleted.
        verdict = tampered(QStringLiteral("removed.db"), {QStringLiteral("DELETE FROM audit_log WHERE seq = 4")});
        QCOMPARE(verdict.problem, AuditVerdict::Problem::Removed);
        QCOMPARE(verdict.seq, qint64(4));
        // The newest entry deleted: the head kept beside the log names it.
        verdict = tampered(QStringLiteral("tail.db"), {QStringLiteral("DELETE FROM audit_log WHERE seq = 7")});
        QCOMPARE(verdict.problem, AuditVerdict::Problem::Removed);
        QCOMPARE(verdict.seq, qint64(7));
        // Two entries' contents swapped.
        verdict = tampered(QStringLiteral("swapped.db"),
                           {QStringLiteral("CREATE TABLE tmp AS SELECT * FROM audit_log WHERE seq IN (3, 5)"),
                            QStringLiteral("UPDATE audit_log SET body = (SELECT body FROM tmp WHERE seq = 5), hash = "
                                           "(SELECT hash FROM tmp WHERE seq = 5), detail = (SELECT detail FROM tmp "
                                           "WHERE seq = 5) WHERE seq = 3"),
                            QStringLiteral("UPDATE audit_log SET body = (SELECT body FROM tmp WHERE seq = 3), hash = "
                                           "(SELECT hash FROM tmp WHERE seq = 3), detail = (SELECT detail FROM tmp "
                                           "WHERE seq = 3) WHERE seq = 5")});
        QVERIFY(!verdict.ok());
        QCOMPARE(verdict.seq, qint64(3));
        // A body changed together with its own hash: the link from the entry before no longer holds.
        verdict = tampered(
            QStringLiteral("rehashed.db"),
            {QStringLiteral("UPDATE audit_log SET body = CAST(replace(CAST(body AS TEXT), 'view', 'VIEW') AS BLOB), "
                            "hash = zeroblob(32) WHERE seq = 2")});
        QVERIFY(!verdict.ok());
        QCOMPARE(verdict.seq, qint64(2));
    }

    void watchListRaisesAlerts()
    {
        Desk desk(newPath());
        QVERIFY(desk.open());
        QSignalSpy hits(&desk.store, &Store::watchHit);

        // A plate that is already in an old case, then put on the watch list: no alert for the old record.
        const QUuid old = desk.create(CaseKind::Violation, violationData(kWatchedPlate));
        QVERIFY(!old.isNull());
        const QUuid watch = desk.create(CaseKind::Watch, watchData(kWatchedPlate));
        QVERIFY(hits.isEmpty());
        // A draft watch entry is not yet on the list.
        QVERIFY(desk.commit({desk.cases.createCase(CaseKind::Etle, QStringLiteral("JAKPUS"),
                                                   etleData(QStringLiteral("B1234XYZ")))})
                    .ok);
        QVERIFY(hits.isEmpty());
        CommitResult result = desk.commit({desk.cases.submitCase(desk.record(watch))});
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(hits.isEmpty()); // the capture above came before the entry: only new appearances count
        CaseReader reader(desk.store.path());
        QCOMPARE(reader.watchList().size(), 1);

        // A capture that reads the plate, written any way: one alert.
        QUuid capture;
        result = desk.commit({desk.cases.createCase(CaseKind::Etle, QStringLiteral("JAKPUS"),
                                                    etleData(QStringLiteral("b1234-xyz")), &capture)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(hits.size(), 1);
        WatchHit hit = hits.takeFirst().at(0).value<WatchHit>();
        QCOMPARE(hit.plate, kWatchedPlate);
        QCOMPARE(hit.watchCaseId, watch);
        QCOMPARE(hit.watchNumber, desk.record(watch).number);
        QCOMPARE(hit.sourceEntity, QStringLiteral("case"));
        QCOMPARE(hit.sourceId, capture);
        QCOMPARE(hit.sourceKind, QStringLiteral("etle"));
        QCOMPARE(hit.sourceNumber, desk.record(capture).number);
        QCOMPARE(hit.place, QStringLiteral("Simpang Sarinah"));

        // Not twice for the same record, not for other plates.
        QVERIFY(desk.commit({desk.cases.viewed(capture), desk.cases.addNote(capture, QStringLiteral("dicek"))}).ok);
        QVERIFY(desk.commit({desk.cases.submitCase(desk.record(capture))}).ok);
        QVERIFY(desk.commit({desk.cases.createCase(CaseKind::Etle, QStringLiteral("JAKPUS"),
                                                   etleData(QStringLiteral("B 1234 XYA")))})
                    .ok);
        QVERIFY(hits.isEmpty());

        // From another desk of the region, as sync brings it: the alert is raised here too, once.
        Desk other(newPath(), QStringLiteral("desk-b"));
        QVERIFY(other.open());
        QUuid remoteCase;
        const Change remote = other.cases.createCase(CaseKind::Violation, QStringLiteral("JAKBAR"),
                                                     violationData(kWatchedPlate), &remoteCase);
        QVERIFY(desk.store.applyRemote({remote}).ok);
        QVERIFY(desk.store.applyRemote({remote}).ok);
        QCOMPARE(hits.size(), 1);
        hit = hits.takeFirst().at(0).value<WatchHit>();
        QCOMPARE(hit.sourceId, remoteCase);
        QCOMPARE(hit.sourceKind, QStringLiteral("violation"));

        // An incident whose text names the plate.
        const QUuid incident = QUuid::createUuid();
        Change report = change(EntityKind::Incident, incident, ChangeKind::Create,
                               {{QStringLiteral("type_code"), QStringLiteral("kecelakaan")},
                                {QStringLiteral("station_code"), QStringLiteral("JAKPUS")},
                                {QStringLiteral("road"), QStringLiteral("Jalan Kebon Sirih")},
                                {QStringLiteral("summary"), QStringLiteral("Mobil kabur, pelat B-1234-XYZ")}},
                               desk.m_nowMs + 5000, QStringLiteral("desk-b"));
        QVERIFY(desk.store.applyRemote({report}).ok);
        QCOMPARE(hits.size(), 1);
        hit = hits.takeFirst().at(0).value<WatchHit>();
        QCOMPARE(hit.sourceEntity, QStringLiteral("incident"));
        QCOMPARE(hit.sourceId, incident);
        QCOMPARE(hit.plate, kWatchedPlate);
        // A note repeating it is not a new appearance.
        desk.tick(10'000);
        QVERIFY(desk.store
                    .applyRemote({change(EntityKind::Incident, incident, ChangeKind::Note,
                                         {{QStringLiteral("text"), QStringLiteral("B 1234 XYZ masih dicari")}},
                                         desk.m_nowMs, QStringLiteral("desk-b"))})
                    .ok);
        QVERIFY(hits.isEmpty());

        // Recovered: off the list, no more alerts.
        QVERIFY(desk.commit({desk.cases.moveCase(desk.record(watch), CaseState::Closed, {},
                                                 QStringLiteral("Kendaraan ditemukan"))})
                    .ok);
        QVERIFY(reader.watchList().isEmpty());
        QVERIFY(desk.commit({desk.cases.createCase(CaseKind::Etle, QStringLiteral("JAKPUS"),
                                                   etleData(QStringLiteral("B 1234 XYZ")))})
                    .ok);
        QVERIFY(hits.isEmpty());
    }

    void settlementCommitsWholeOrNothing()
    {
        Desk desk(newPath());
        QVERIFY(desk.open());
        QList<QUuid> tickets;
        for (int i = 0; i < 3; ++i) {
            const QUuid id = desk.create(CaseKind::Etle, etleData(QStringLiteral("B %1 TST").arg(100 + i)),
                                         QStringLiteral("JAKPUS"));
            QVERIFY(!id.isNull());
            QVERIFY(toPaymentIssued(desk, id));
            tickets << id;
        }
        CaseReader reader(desk.store.path());
        const QHash<QString, PayableTicket> payable = reader.payableTickets();
        QCOMPARE(payable.size(), 3);
        for (const QUuid &id : std::as_const(tickets)) {
            const CaseRecord record = desk.record(id);
            const QString code = record.data.value(field(casefield::kPaymentCode)).toString();
            QCOMPARE(code, paymentCodeFor(record.number));
            QVERIFY(payable.contains(code));
            QCOMPARE(toString(payable.value(code).state), QStringLiteral("payment_issued"));
            QCOMPARE(payable.value(code).fine, record.data.value(field(casefield::kFine)).toLongLong());
        }

        const auto settlementFor = [&](const QList<QUuid> &ids) {
            QByteArray csv("payment_code,amount,paid_at,bank_ref\n");
            int ref = 0;
            for (const QUuid &id : ids) {
                const CaseRecord record = desk.record(id);
                csv += record.data.value(field(casefield::kPaymentCode)).toString().toLatin1() + ',' +
                       QByteArray::number(record.data.value(field(casefield::kFine)).toLongLong()) +
                       ",2026-11-28T09:14:03+07:00,BRI-20261128-" + QByteArray::number(++ref) + '\n';
            }
            return matchSettlement(csv, reader.payableTickets());
        };

        // The first two paid in one batch.
        const SettlementReport first = settlementFor({tickets.at(0), tickets.at(1)});
        QVERIFY(first.isClean());
        // A report made before they were paid, with the third: stale for the first, so the whole batch is refused.
        const SettlementReport stale = settlementFor({tickets.at(0), tickets.at(2)});
        QVERIFY(stale.isClean());
        desk.as(kSupervisor);
        CommitResult result = desk.commit(desk.cases.settle(first));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(toString(desk.record(tickets.at(0)).state), QStringLiteral("paid"));
        QCOMPARE(toString(desk.record(tickets.at(1)).state), QStringLiteral("paid"));
        QCOMPARE(desk.record(tickets.at(0)).data.value(field(casefield::kBankRef)).toString(),
                 QStringLiteral("BRI-20261128-1"));

        const qint64 auditBefore = reader.auditCount();
        result = desk.commit(desk.cases.settle(stale));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(desk.record(tickets.at(0)).number), qPrintable(result.error));
        QCOMPARE(toString(desk.record(tickets.at(2)).state), QStringLiteral("payment_issued"));
        QCOMPARE(reader.auditCount(), auditBefore);
        QVERIFY(reader.verifyAuditTrail().ok());
    }

    void articleEditsAreVersions()
    {
        Desk desk(newPath());
        QVERIFY(desk.open());
        QSignalSpy changed(&desk.store, &Store::articlesChanged);
        Article edited = *ArticleCatalogue::builtIn().byCode(QStringLiteral("287(1)"));
        edited.maxFine = 750000;
        desk.as(kSupervisor);
        CommitResult result = desk.commit({desk.cases.setArticle(edited, true)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(changed.size(), 1);
        Article added;
        added.code = QStringLiteral("999(1)");
        added.textId = QStringLiteral("Uji coba");
        added.textEn = QStringLiteral("Trial");
        added.maxFine = 100000;
        QVERIFY(desk.commit({desk.cases.setArticle(added, true)}).ok);
        added.retired = true;
        QVERIFY(desk.commit({desk.cases.setArticle(added, false)}).ok);

        CaseReader reader(desk.store.path());
        const ArticleCatalogue catalogue = reader.articleCatalogue();
        QCOMPARE(catalogue.byCode(QStringLiteral("287(1)"))->maxFine, qint64(750000));
        QCOMPARE(catalogue.byCode(QStringLiteral("287(1)"))->version, 2);
        QVERIFY(catalogue.byCode(QStringLiteral("999(1)"))->retired);
        QCOMPARE(catalogue.byCode(QStringLiteral("999(1)"))->version, 2);
        const QList<Article> history = reader.articleHistory(QStringLiteral("999(1)"));
        QCOMPARE(history.size(), 2);
        QVERIFY(!history.first().retired);
        QCOMPARE(reader.articleHistory(QStringLiteral("287(1)")).first().maxFine,
                 ArticleCatalogue::builtIn().byCode(QStringLiteral("287(1)"))->maxFine);

        // A new charge takes the new fine; submitting with the retired article is refused, naming the field.
        QVariantMap data = violationData();
        data.insert(desk.cases.chargeFields({QStringLiteral("287(1)")}, catalogue));
        const QUuid id = desk.create(CaseKind::Violation, data);
        QCOMPARE(desk.record(id).data.value(field(casefield::kFine)).toLongLong(), qint64(750000));
        data.insert(desk.cases.chargeFields({QStringLiteral("999(1)")}, catalogue));
        const QUuid retired = desk.create(CaseKind::Violation, data);
        result = desk.commit({desk.cases.submitCase(desk.record(retired))});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(caseFieldLabel(field(casefield::kArticles))), qPrintable(result.error));

        // Malformed codes and wrong types are refused.
        Article bad = added;
        bad.code = QStringLiteral("pasal 5");
        result = desk.commit({desk.cases.setArticle(bad, true)});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("pasal 5")), qPrintable(result.error));
        Change typed = desk.cases.setArticle(added, false);
        typed.fields.insert(QStringLiteral("max_fine"), QStringLiteral("lots"));
        result = desk.commit({typed});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("max_fine")), qPrintable(result.error));
    }

    void fieldsAKindDoesNotTakeAreRefused()
    {
        Desk desk(newPath());
        QVERIFY(desk.open());
        QVariantMap data = watchData(QStringLiteral("B 77 ZZ"));
        data.insert(field(casefield::kCameraId), QStringLiteral("CAM-1"));
        QUuid id;
        CommitResult result =
            desk.commit({desk.cases.createCase(CaseKind::Watch, QStringLiteral("JAKPUS"), data, &id)});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(field(casefield::kCameraId)), qPrintable(result.error));
        result = desk.commit({desk.changes.make(EntityKind::Case, QUuid::createUuid(), ChangeKind::Note,
                                                {{QStringLiteral("text"), QStringLiteral("orphan")}})});
        QVERIFY(!result.ok);
    }

    void refusedCreateRemovesTheCase()
    {
        Desk desk(newPath());
        QVERIFY(desk.open());
        QSignalSpy removed(&desk.store, &Store::caseRemoved);
        QUuid id;
        const Change create =
            desk.cases.createCase(CaseKind::Violation, QStringLiteral("JAKPUS"), violationData(), &id);
        QVERIFY(desk.commit({create}).ok);
        const Change note = desk.cases.addNote(id, QStringLiteral("catatan"));
        QVERIFY(desk.commit({note}).ok);
        QuarantinedChange refused;
        refused.change = create;
        refused.code = QStringLiteral("forbidden_role");
        refused.reason = QStringLiteral("no");
        QVERIFY(desk.store.recordPushResults({}, {refused}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(0).toUuid(), id);
        CaseReader reader(desk.store.path());
        QVERIFY(!reader.caseFile(id));
        QCOMPARE(reader.caseCount(), 0);
        QVERIFY(reader.search(textQuery(QStringLiteral("budi"))).cases.isEmpty());
    }

    void sameChangesInAnyOrderGiveTheSameRows()
    {
        // Two desks' work on a few cases, then the same changes applied in two orders to two stores.
        Desk a(newPath(), QStringLiteral("desk-a"));
        Desk b(newPath(), QStringLiteral("desk-b"));
        QVERIFY(a.open() && b.open());
        ChangeList all;
        // Both clocks move together, so that the order of making is the order of the clocks.
        const auto make = [&](Desk &, const Change &change) {
            a.tick(500);
            b.tick(500);
            all.append(change);
            return change;
        };
        QUuid v, e, w;
        Change createV = a.cases.createCase(CaseKind::Violation, QStringLiteral("JAKPUS"), violationData(), &v);
        createV.fields.insert(QStringLiteral("number"), QStringLiteral("TLG-JAKPUS-20261127-00001"));
        make(a, createV);
        Change createE =
            b.cases.createCase(CaseKind::Etle, QStringLiteral("JAKBAR"), etleData(QStringLiteral("B 5 E")), &e);
        createE.fields.insert(QStringLiteral("number"), QStringLiteral("ETLE-JAKBAR-20261127-00001"));
        make(b, createE);
        Change createW =
            a.cases.createCase(CaseKind::Watch, QStringLiteral("JAKPUS"), watchData(QStringLiteral("B 5 E")), &w);
        createW.fields.insert(QStringLiteral("number"), QStringLiteral("BOLO-JAKPUS-20261127-00001"));
        make(a, createW);
        CaseRecord rv;
        rv.id = v;
        rv.kind = CaseKind::Violation;
        rv.state = CaseState::Draft;
        make(a, a.cases.editCase(rv, {{field(casefield::kPlace), QStringLiteral("Jl. Sabang")}}));
        make(b, b.cases.editCase(rv, {{field(casefield::kPlace), QStringLiteral("Jl. Wahid Hasyim")}}));
        make(a, a.cases.moveCase(rv, CaseState::Submitted));
        rv.state = CaseState::Submitted;
        make(b, b.cases.editCase(rv, {{field(casefield::kPlace), QStringLiteral("too late")}})); // a conflict
        make(b, b.cases.reviseCase(rv, {{field(casefield::kNarrative), QStringLiteral("koreksi")}},
                                   QStringLiteral("narasi")));
        const Change request = make(a, a.cases.requestVoid(v, QStringLiteral("salah orang")));
        b.as(kSupervisor);
        make(b, b.cases.decideVoid(v, request.opId, false, QStringLiteral("bukti cukup")));
        make(a, a.cases.addNote(e, QStringLiteral("catatan")));
        make(b, b.cases.attach(e, QStringLiteral("capture.jpg"), QStringLiteral("image/jpeg"), QByteArray("jpeg")));
        CaseRecord rw;
        rw.id = w;
        rw.kind = CaseKind::Watch;
        rw.state = CaseState::Draft;
        make(a, a.cases.moveCase(rw, CaseState::Submitted));
        make(b, b.cases.viewed(e));
        Article edited = *ArticleCatalogue::builtIn().byCode(QStringLiteral("281"));
        edited.maxFine = 1'100'000;
        make(a, a.cases.setArticle(edited, true));
        edited.textEn = QStringLiteral("Driving without a licence");
        make(b, b.cases.setArticle(edited, false));

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo() << "shuffle seed" << seed;
        QRandomGenerator random(seed);
        ChangeList shuffled = all;
        for (qsizetype i = shuffled.size() - 1; i > 0; --i)
            shuffled.swapItemsAt(i, random.bounded(int(i + 1)));

        Desk first(newPath(), QStringLiteral("desk-c"));
        Desk second(newPath(), QStringLiteral("desk-d"));
        QVERIFY(first.open() && second.open());
        for (const Change &change : std::as_const(all))
            QVERIFY(first.store.applyRemote({change}).ok);
        // The other in batches of three, in the shuffled order.
        for (qsizetype i = 0; i < shuffled.size(); i += 3)
            QVERIFY(second.store.applyRemote(shuffled.mid(i, 3)).ok);
        const QString dumpFirst = dumpStore(first.store.path());
        QCOMPARE(dumpStore(second.store.path()), dumpFirst);
        QVERIFY(dumpFirst.contains(QStringLiteral("TLG-JAKPUS-20261127-00001")));
        CaseReader reader(second.store.path());
        QCOMPARE(reader.caseFile(v)->record.data.value(field(casefield::kPlace)).toString(),
                 QStringLiteral("Jl. Wahid Hasyim"));
        QCOMPARE(reader.caseFile(v)->record.version, 2);
        QCOMPARE(reader.caseFile(v)->conflicts.size(), 1);
        QCOMPARE(reader.articleCatalogue().byCode(QStringLiteral("281"))->version, 3);
    }
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
