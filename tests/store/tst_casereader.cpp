// The case list's reads: full-text search over names, NIK, plates (whatever their spacing, and one typing slip
// away when nothing matches), articles and narratives; every filter; and the supervisors' reads — payable tickets,
// voids waiting for a decision, the catalogue as the store overlays it, attachments and the audit trail.

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/casefactory.h"
#include "core/changefactory.h"
#include "store/casereader.h"
#include "store/store.h"
#include "storetest.h"

using namespace lintas;
using namespace lintas::test;

namespace {

const QString kOfficer = QStringLiteral("87050123");
const QString kOtherOfficer = QStringLiteral("87050999");
const QString kSupervisor = QStringLiteral("79120044");

QString field(const char *name)
{
    return QLatin1String(name);
}

QStringList numbersOf(const QList<CaseSummary> &cases)
{
    QStringList numbers;
    for (const CaseSummary &summary : cases)
        numbers << summary.number;
    return numbers;
}

} // namespace

class TestCaseReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_nowMs = QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch();
    std::unique_ptr<Store> m_store;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_changes;
    std::unique_ptr<CaseFactory> m_cases;
    QUuid m_violation, m_draft, m_etle, m_accident, m_watch;
    QByteArray m_photo;
    QVariantMap m_etleFields;

    CaseRecord record(const QUuid &id) const
    {
        const auto file = CaseReader(m_path).caseFile(id);
        return file ? file->record : CaseRecord();
    }
    bool commit(const ChangeList &changes)
    {
        m_nowMs += 60'000;
        const CommitResult result = m_store->commitLocal(changes);
        if (!result.ok)
            qWarning() << result.error;
        return result.ok;
    }
    QUuid create(CaseKind kind, const QString &station, const QVariantMap &data)
    {
        QUuid id;
        return commit({m_cases->createCase(kind, station, data, &id)}) ? id : QUuid();
    }
    QVariantMap charge(const QStringList &codes) const
    {
        return m_cases->chargeFields(codes, ArticleCatalogue::builtIn());
    }
    CaseSearchResult search(const QString &text) const { return CaseReader(m_path).search(textQuery(text)); }
    QString number(const QUuid &id) const { return record(id).number; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cases.db"));
        m_store = std::make_unique<Store>(m_path, QStringLiteral("desk-a"));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        m_clock = std::make_unique<HybridClock>([this] { return m_nowMs; });
        m_changes = std::make_unique<ChangeFactory>(QStringLiteral("desk-a"), kOfficer, m_clock.get());
        m_cases = std::make_unique<CaseFactory>(m_changes.get());

        // A submitted violation in Gambir (Polres JAKPUS), 25 November.
        QVariantMap data{{field(casefield::kOffenderName), QStringLiteral("Budi Santoso")},
                         {field(casefield::kOffenderNik), QStringLiteral("3171011505800001")},
                         {field(casefield::kPlate), QStringLiteral("B 1234 XYZ")},
                         {field(casefield::kVehicleKind), QStringLiteral("r2")},
                         {field(casefield::kOfficerNrp), kOfficer},
                         {field(casefield::kOccurredAt), QStringLiteral("2026-11-25T08:00:00+07:00")},
                         {field(casefield::kPlace), QStringLiteral("Jl. Medan Merdeka Barat")},
                         {field(casefield::kOutcome), QStringLiteral("tilang")},
                         {field(casefield::kNarrative), QStringLiteral("Menerobos lampu merah dari arah Harmoni")}};
        data.insert(charge({QStringLiteral("287(1)")}));
        m_violation = create(CaseKind::Violation, QStringLiteral("JAKPUS-GAMBIR"), data);
        QVERIFY(commit({m_cases->submitCase(record(m_violation))}));

        // A draft violation in Jakarta Barat by another officer, late on 26 November (WIB).
        data = {{field(casefield::kOffenderName), QStringLiteral("Siti Aminah")},
                {field(casefield::kOffenderNik), QStringLiteral("3171016505900002")},
                {field(casefield::kPlate), QStringLiteral("B 9876 AB")},
                {field(casefield::kVehicleKind), QStringLiteral("r2")},
                {field(casefield::kOfficerNrp), kOtherOfficer},
                {field(casefield::kOccurredAt), QStringLiteral("2026-11-26T23:30:00+07:00")},
                {field(casefield::kPlace), QStringLiteral("Jl. Daan Mogot")},
                {field(casefield::kNarrative), QStringLiteral("Tidak memakai helm")}};
        data.insert(charge({QStringLiteral("291(1)")}));
        m_draft = create(CaseKind::Violation, QStringLiteral("JAKBAR"), data);

        // An ETLE capture half an hour into 27 November (WIB; still the 26th in UTC), up to payment.
        m_etleFields = {{field(casefield::kCameraId), QStringLiteral("CAM-SUDIRMAN-03")},
                        {field(casefield::kPlateRead), QStringLiteral("D4455FG")},
                        {field(casefield::kOccurredAt), QStringLiteral("2026-11-27T00:30:00+07:00")},
                        {field(casefield::kPlace), QStringLiteral("Bundaran Senayan")}};
        m_etleFields.insert(charge({QStringLiteral("287(1)")}));
        m_etle = create(CaseKind::Etle, QStringLiteral("JAKPUS"), m_etleFields);
        QVERIFY(commit({m_cases->submitCase(record(m_etle))}));
        QVERIFY(commit({m_cases->moveCase(record(m_etle), CaseState::Identified,
                                          {{field(casefield::kOwnerName), QStringLiteral("Hendra Gunawan")},
                                           {field(casefield::kOwnerNik), QStringLiteral("3273011203850003")}})}));
        QVERIFY(commit({m_cases->moveCase(record(m_etle), CaseState::NoticeSent)}));
        QVERIFY(commit({m_cases->moveCase(record(m_etle), CaseState::Confirmed)}));
        QVERIFY(commit({m_cases->issuePayment(record(m_etle))}));

        // An accident with a victim and a photo, 24 November.
        m_accident = create(CaseKind::Accident, QStringLiteral("JAKPUS"),
                            {{field(casefield::kOccurredAt), QStringLiteral("2026-11-24T17:45:00+07:00")},
                             {field(casefield::kPlace), QStringLiteral("Jl. Gunung Sahari")},
                             {field(casefield::kCollisionType), QStringLiteral("chain")},
                             {field(casefield::kNarrative), QStringLiteral("Tabrakan beruntun tiga kendaraan")},
                             {field(casefield::kVictims),
                              QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("Joko Prasetyo")},
                                                       {QStringLiteral("condition"), QStringLiteral("lr")}}}},
                             {field(casefield::kMaterialLoss), 15'000'000}});
        m_photo = QByteArray("\xff\xd8\xff\xe0 a photo of the scene", 24);
        QVERIFY(
            commit({m_cases->attach(m_accident, QStringLiteral("tkp.jpg"), QStringLiteral("image/jpeg"), m_photo)}));

        // A stolen car on the watch list, 26 November.
        m_watch = create(CaseKind::Watch, QStringLiteral("JAKPUS"),
                         {{field(casefield::kPlate), QStringLiteral("B 5555 WW")},
                          {field(casefield::kVehicleKind), QStringLiteral("r4")},
                          {field(casefield::kPoliceReport), QStringLiteral("LP/B/777/XI/2026")},
                          {field(casefield::kOccurredAt), QStringLiteral("2026-11-26T09:00:00+07:00")}});
        QVERIFY(commit({m_cases->submitCase(record(m_watch))}));

        // Two voids waiting: the violation's first, then the ticket's.
        QVERIFY(commit({m_cases->requestVoid(m_violation, QStringLiteral("Salah tilang"))}));
        QVERIFY(commit({m_cases->requestVoid(m_etle, QStringLiteral("Kendaraan dinas"))}));
        QVERIFY(!m_violation.isNull() && !m_draft.isNull() && !m_etle.isNull() && !m_accident.isNull() &&
                !m_watch.isNull());
    }

    void searchesWordsAsPrefixes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // by record: violation, draft, etle, accident, watch
        QTest::addRow("name prefix") << QStringLiteral("bud") << QStringList{QStringLiteral("violation")};
        QTest::addRow("two names") << QStringLiteral("Budi Sant") << QStringList{QStringLiteral("violation")};
        QTest::addRow("name, other case") << QStringLiteral("aminah") << QStringList{QStringLiteral("draft")};
        QTest::addRow("owner") << QStringLiteral("hendra") << QStringList{QStringLiteral("etle")};
        QTest::addRow("victim") << QStringLiteral("joko") << QStringList{QStringLiteral("accident")};
        QTest::addRow("nik") << QStringLiteral("3171016505900002") << QStringList{QStringLiteral("draft")};
        QTest::addRow("nik prefix") << QStringLiteral("31710115") << QStringList{QStringLiteral("violation")};
        QTest::addRow("plate as a key") << QStringLiteral("b1234xyz") << QStringList{QStringLiteral("violation")};
        QTest::addRow("plate spaced") << QStringLiteral("B 1234 XYZ") << QStringList{QStringLiteral("violation")};
        QTest::addRow("plate dashed") << QStringLiteral("b-1234-xyz") << QStringList{QStringLiteral("violation")};
        QTest::addRow("plate half spaced") << QStringLiteral("b 1234xyz") << QStringList{QStringLiteral("violation")};
        QTest::addRow("plate prefix") << QStringLiteral("B 12") << QStringList{QStringLiteral("violation")};
        QTest::addRow("plate as read") << QStringLiteral("d 4455 fg") << QStringList{QStringLiteral("etle")};
        QTest::addRow("name and plate") << QStringLiteral("budi b1234") << QStringList{QStringLiteral("violation")};
        QTest::addRow("article code") << QStringLiteral("287(1)")
                                      << QStringList{QStringLiteral("etle"), QStringLiteral("violation")};
        QTest::addRow("article pasal") << QStringLiteral("pasal 291") << QStringList{QStringLiteral("draft")};
        QTest::addRow("narrative") << QStringLiteral("helm") << QStringList{QStringLiteral("draft")};
        QTest::addRow("narrative prefix") << QStringLiteral("berunt") << QStringList{QStringLiteral("accident")};
        QTest::addRow("place") << QStringLiteral("gunung sahari") << QStringList{QStringLiteral("accident")};
        QTest::addRow("police report") << QStringLiteral("LP/B/777") << QStringList{QStringLiteral("watch")};
        QTest::addRow("diacritics") << QStringLiteral("Bùdi") << QStringList{QStringLiteral("violation")};
        QTest::addRow("nothing") << QStringLiteral("zzzz") << QStringList{};
    }

    void searchesWordsAsPrefixes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QHash<QString, QUuid> ids{{QStringLiteral("violation"), m_violation},
                                        {QStringLiteral("draft"), m_draft},
                                        {QStringLiteral("etle"), m_etle},
                                        {QStringLiteral("accident"), m_accident},
                                        {QStringLiteral("watch"), m_watch}};
        QStringList wanted;
        for (const QString &name : expected)
            wanted << number(ids.value(name));
        const CaseSearchResult result = search(text);
        QCOMPARE(numbersOf(result.cases), wanted);
        QVERIFY(!result.nearMatches);
    }

    void mistypedPlateGivesNearMatches()
    {
        for (const QString &text : {QStringLiteral("b1243xyz"), QStringLiteral("B 1234 XYS"),
                                    QStringLiteral("B 1234 XZY"), QStringLiteral("B 124 XYZ")}) {
            const CaseSearchResult result = search(text);
            QVERIFY2(result.nearMatches, qPrintable(text));
            QCOMPARE(numbersOf(result.cases), QStringList{number(m_violation)});
            QCOMPARE(result.matchedPlates, QStringList{QStringLiteral("B1234XYZ")});
        }
        // Not a plate: no guessing.
        const CaseSearchResult words = search(QStringLiteral("budu santoso"));
        QVERIFY(words.cases.isEmpty());
        QVERIFY(!words.nearMatches);
    }

    void caseNumbersAreFound()
    {
        const QString violation = number(m_violation);
        QCOMPARE(violation, QStringLiteral("TLG-JAKPUS-20261125-00001"));
        QCOMPARE(numbersOf(search(violation).cases), QStringList{violation});
        QCOMPARE(numbersOf(search(violation.toLower()).cases), QStringList{violation});
        QCOMPARE(numbersOf(search(QStringLiteral("TLG-JAKPUS")).cases), QStringList{violation});
        QCOMPARE(numbersOf(search(QStringLiteral("20261125-00001")).cases), QStringList{violation});
        CaseReader reader(m_path);
        QCOMPARE(reader.caseByNumber(number(m_etle))->id, m_etle);
        QVERIFY(!reader.caseByNumber(QStringLiteral("TLG-JAKPUS-20261125-00099")));
        QCOMPARE(reader.caseCount(), 5);
    }

    void filtersAndOrder()
    {
        CaseReader reader(m_path);
        const auto run = [&](const std::function<void(CaseQuery &)> &set) {
            CaseQuery query;
            set(query);
            return numbersOf(reader.search(query).cases);
        };
        const QString v = number(m_violation), d = number(m_draft), e = number(m_etle), a = number(m_accident),
                      w = number(m_watch);
        // Newest occurrence first.
        QCOMPARE(run([](CaseQuery &) {}), (QStringList{e, d, w, v, a}));
        QCOMPARE(run([](CaseQuery &q) { q.limit = 2; }), (QStringList{e, d}));
        QCOMPARE(run([](CaseQuery &q) { q.kinds = {CaseKind::Violation}; }), (QStringList{d, v}));
        QCOMPARE(run([](CaseQuery &q) { q.kinds = {CaseKind::Etle, CaseKind::Accident}; }), (QStringList{e, a}));
        QCOMPARE(run([](CaseQuery &q) { q.states = {CaseState::Submitted}; }), (QStringList{w, v}));
        QCOMPARE(run([](CaseQuery &q) {
                     q.kinds = {CaseKind::Violation};
                     q.states = {CaseState::Draft};
                 }),
                 (QStringList{d}));
        QCOMPARE(run([](CaseQuery &q) { q.officerNrp = kOtherOfficer; }), (QStringList{d}));
        // A station and every station below it.
        QCOMPARE(run([](CaseQuery &q) { q.stationCode = QStringLiteral("JAKPUS"); }), (QStringList{e, w, v, a}));
        QCOMPARE(run([](CaseQuery &q) { q.stationCode = QStringLiteral("JAKPUS-GAMBIR"); }), (QStringList{v}));
        QCOMPARE(run([](CaseQuery &q) { q.stationCode = QStringLiteral("PMJ"); }), (QStringList{e, d, w, v, a}));
        // Days in WIB: the ticket at 00:30 on the 27th is on the 27th, the draft at 23:30 on the 26th is not.
        QCOMPARE(run([](CaseQuery &q) { q.from = QDate(2026, 11, 27); }), (QStringList{e}));
        QCOMPARE(run([](CaseQuery &q) { q.to = QDate(2026, 11, 26); }), (QStringList{d, w, v, a}));
        QCOMPARE(run([](CaseQuery &q) {
                     q.from = QDate(2026, 11, 25);
                     q.to = QDate(2026, 11, 26);
                 }),
                 (QStringList{d, w, v}));
        QCOMPARE(run([](CaseQuery &q) { q.voidPendingOnly = true; }), (QStringList{e, v}));
        // Text and filters together.
        QCOMPARE(run([](CaseQuery &q) {
                     q.text = QStringLiteral("287");
                     q.kinds = {CaseKind::Violation};
                 }),
                 (QStringList{v}));
        QCOMPARE(run([](CaseQuery &q) {
                     q.text = QStringLiteral("budi");
                     q.from = QDate(2026, 11, 26);
                 }),
                 QStringList{});
        QCOMPARE(run([](CaseQuery &q) {
                     q.text = QStringLiteral("b1234xyz");
                     q.stationCode = QStringLiteral("JAKBAR");
                 }),
                 QStringList{});

        // The summary as the list shows it.
        const QList<CaseSummary> found = reader.search(textQuery(QStringLiteral("budi"))).cases;
        QCOMPARE(found.size(), 1);
        const CaseSummary &summary = found.first();
        QCOMPARE(summary.id, m_violation);
        QCOMPARE(toString(summary.kind), QStringLiteral("violation"));
        QCOMPARE(toString(summary.state), QStringLiteral("submitted"));
        QCOMPARE(summary.stationCode, QStringLiteral("JAKPUS-GAMBIR"));
        QCOMPARE(summary.officerNrp, kOfficer);
        QCOMPARE(summary.plate, QStringLiteral("B 1234 XYZ"));
        QVERIFY(summary.title.contains(QStringLiteral("Budi Santoso")));
        QCOMPARE(summary.occurredAt, QDateTime(QDate(2026, 11, 25), QTime(1, 0), Qt::UTC));
        QVERIFY(summary.voidPending);
        QCOMPARE(summary.fine, ArticleCatalogue::builtIn().byCode(QStringLiteral("287(1)"))->maxFine);
    }

    void savedSearchesRoundTrip()
    {
        CaseQuery query;
        query.text = QStringLiteral("budi");
        query.kinds = {CaseKind::Violation, CaseKind::Etle};
        query.states = {CaseState::Submitted};
        query.officerNrp = kOfficer;
        query.stationCode = QStringLiteral("JAKPUS");
        query.from = QDate(2026, 11, 1);
        query.to = QDate(2026, 11, 30);
        query.voidPendingOnly = true;
        query.limit = 50;
        const CaseQuery back = CaseQuery::fromMap(query.toMap());
        QCOMPARE(back.text, query.text);
        QVERIFY(back.kinds == query.kinds);
        QVERIFY(back.states == query.states);
        QCOMPARE(back.officerNrp, query.officerNrp);
        QCOMPARE(back.stationCode, query.stationCode);
        QCOMPARE(back.from, query.from);
        QCOMPARE(back.to, query.to);
        QCOMPARE(back.voidPendingOnly, query.voidPendingOnly);
        QCOMPARE(back.limit, query.limit);
        QCOMPARE(CaseQuery::fromMap({}).limit, CaseQuery().limit);
    }

    void payableTicketsByCode()
    {
        const QHash<QString, PayableTicket> tickets = CaseReader(m_path).payableTickets();
        QCOMPARE(tickets.size(), 1);
        const QString code = paymentCodeFor(number(m_etle));
        QVERIFY(hasValidCheckDigit(code));
        QVERIFY(tickets.contains(code));
        const PayableTicket ticket = tickets.value(code);
        QCOMPARE(ticket.caseId, m_etle);
        QCOMPARE(ticket.number, number(m_etle));
        QCOMPARE(toString(ticket.state), QStringLiteral("payment_issued"));
        QCOMPARE(ticket.fine, ArticleCatalogue::builtIn().byCode(QStringLiteral("287(1)"))->maxFine);
    }

    void pendingVoidsOldestFirst()
    {
        CaseReader reader(m_path);
        const QList<PendingVoid> waiting = reader.pendingVoids();
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting.at(0).summary.id, m_violation);
        QCOMPARE(waiting.at(0).request.reason, QStringLiteral("Salah tilang"));
        QCOMPARE(waiting.at(1).summary.id, m_etle);
        QCOMPARE(waiting.at(1).request.requester, kOfficer);
        QVERIFY(waiting.at(0).request.at < waiting.at(1).request.at);
        QCOMPARE(reader.pendingVoids(QStringLiteral("JAKPUS-GAMBIR")).size(), 1);
        QVERIFY(reader.pendingVoids(QStringLiteral("JAKBAR")).isEmpty());
    }

    void watchListAndAttachments()
    {
        CaseReader reader(m_path);
        QCOMPARE(numbersOf(reader.watchList()), QStringList{number(m_watch)});
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(m_photo, QCryptographicHash::Sha256).toHex());
        QCOMPARE(reader.attachment(sha), m_photo);
        QVERIFY(reader.attachment(QString(64, QLatin1Char('0'))).isEmpty());
        const auto file = reader.caseFile(m_accident);
        QVERIFY(file);
        QCOMPARE(file->attachments.size(), 1);
        QCOMPARE(file->attachments.first().sha256, sha);
        QCOMPARE(file->attachments.first().size, qint64(m_photo.size()));
        QVERIFY(!reader.caseFile(QUuid::createUuid()));
    }

    void catalogueOverlay()
    {
        Article fine = *ArticleCatalogue::builtIn().byCode(QStringLiteral("291(1)"));
        fine.maxFine = 300000;
        m_changes->setActor(kSupervisor);
        QVERIFY(commit({m_cases->setArticle(fine, true)}));
        m_changes->setActor(kOfficer);
        CaseReader reader(m_path);
        const ArticleCatalogue catalogue = reader.articleCatalogue();
        QCOMPARE(catalogue.byCode(QStringLiteral("291(1)"))->maxFine, qint64(300000));
        QCOMPARE(catalogue.byCode(QStringLiteral("291(1)"))->version, 2);
        QCOMPARE(catalogue.byCode(QStringLiteral("287(1)"))->maxFine,
                 ArticleCatalogue::builtIn().byCode(QStringLiteral("287(1)"))->maxFine);
        QCOMPARE(catalogue.all().size(), ArticleCatalogue::builtIn().all().size());
        const QList<Article> history = reader.articleHistory(QStringLiteral("291(1)"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).version, 1);
        QCOMPARE(history.at(1).version, 2);
        QCOMPARE(history.at(1).maxFine, qint64(300000));
        // The case charged before keeps the fine it was charged with.
        QCOMPARE(record(m_draft).data.value(field(casefield::kFine)).toLongLong(),
                 ArticleCatalogue::builtIn().byCode(QStringLiteral("291(1)"))->maxFine);
    }

    void auditTrailPages()
    {
        CaseReader reader(m_path);
        const qint64 count = reader.auditCount();
        QVERIFY(count >= 16);
        const QList<AuditEntry> first = reader.auditEntries(0, 3);
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.at(0).seq, qint64(1));
        QCOMPARE(first.at(0).action, QStringLiteral("create"));
        QCOMPARE(first.at(1).action, QStringLiteral("transition"));
        const QList<AuditEntry> rest = reader.auditEntries(3, 1000);
        QCOMPARE(qint64(rest.size()), count - 3);
        QCOMPARE(rest.first().seq, qint64(4));
        QVERIFY(reader.verifyAuditTrail().ok());
        QCOMPARE(reader.verifyAuditTrail().entries, count);
    }

    void cleanupTestCase() { m_store->close(); }
};

QTEST_GUILESS_MAIN(TestCaseReader)
#include "tst_casereader.moc"
