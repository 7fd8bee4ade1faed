#include <functional>

#include <QCryptographicHash>
#include <QTest>

#include "core/casefactory.h"
#include "core/uuidv7.h"

using namespace lintas;

class TestCaseFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createCaseCarriesKindStationAndData();
    void editCaseIsASet();
    void chargeFieldsSnapshotTheArticles();
    void moveCaseCarriesTheStep();
    void rejectionKeepsItsReasonInTheData();
    void noticeSentRecordsWhenItWentOut();
    void submitCaseLeavesTheInitialState_data();
    void submitCaseLeavesTheInitialState();
    void issuePaymentCarriesCodeAndFine();
    void ticketFromCaptureToPaymentFoldsCleanly();
    void reviseCaseCarriesTheReason();
    void noteAttachViewAndVoid();
    void settlePaysEveryMatchedTicket();
    void settleRefusesAReportWithProblems();
    void setArticleCreatesThenSets();
    void factoryChangesFoldCleanly();

private:
    qint64 m_wallMs = 0;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_changes;
    std::unique_ptr<CaseFactory> m_factory;
};

namespace {

constexpr qint64 kStartMs = 1'795'000'000'000; // 2026-11-18 11:06:40 UTC
const QString kSite = QStringLiteral("desk-jakpus-1");
const QString kActor = QStringLiteral("budi");

QString kindName(const Change &change)
{
    return toString(change.kind);
}

void verifyEnvelope(const Change &change, ChangeKind kind, const QUuid &caseId)
{
    QCOMPARE(toString(change.entity), toString(EntityKind::Case));
    QCOMPARE(kindName(change), toString(kind));
    QCOMPARE(change.entityId, caseId);
    QCOMPARE(change.siteId, kSite);
    QCOMPARE(change.actor, kActor);
    QVERIFY(!change.opId.isNull());
}

CaseRecord recordIn(CaseKind kind, CaseState state)
{
    CaseRecord record;
    record.id = uuidV7At(kStartMs - 60'000);
    record.kind = kind;
    record.state = state;
    record.number = kind == CaseKind::Etle ? QStringLiteral("ETLE-JAKPUS-20261118-00034")
                                           : QStringLiteral("TLG-JAKPUS-20261118-00007");
    record.hasCreate = true;
    return record;
}

} // namespace

void TestCaseFactory::init()
{
    m_wallMs = kStartMs;
    m_clock = std::make_unique<HybridClock>([this] { return m_wallMs; });
    m_changes = std::make_unique<ChangeFactory>(kSite, kActor, m_clock.get());
    m_factory = std::make_unique<CaseFactory>(m_changes.get());
}

void TestCaseFactory::createCaseCarriesKindStationAndData()
{
    QUuid id;
    const Change change = m_factory->createCase(
        CaseKind::Violation, QStringLiteral("JAKPUS"),
        {{QLatin1String(casefield::kOffenderName), QStringLiteral("Andi")}, {QStringLiteral("kind"), 42}}, &id);
    QVERIFY(!id.isNull());
    QCOMPARE(uchar(id.toRfc4122().at(6)) >> 4, 7); // UUIDv7: case ids sort by creation
    verifyEnvelope(change, ChangeKind::Create, id);
    QCOMPARE(change.fields.value(QStringLiteral("kind")).toString(), QStringLiteral("violation"));
    QCOMPARE(change.fields.value(QLatin1String(casefield::kStation)).toString(), QStringLiteral("JAKPUS"));
    QCOMPARE(change.fields.value(QLatin1String(casefield::kOffenderName)).toString(), QStringLiteral("Andi"));
    QVERIFY(!change.fields.contains(QStringLiteral("number"))); // the store numbers the case
    QCOMPARE(change.fields.size(), 3);
    QCOMPARE(change.hlc, Hlc::fromParts(kStartMs, 0));
}

void TestCaseFactory::editCaseIsASet()
{
    const CaseRecord record = recordIn(CaseKind::Violation, CaseState::Draft);
    const QVariantMap fields{{QLatin1String(casefield::kPlace), QStringLiteral("Bundaran HI")}};
    const Change change = m_factory->editCase(record, fields);
    verifyEnvelope(change, ChangeKind::Set, record.id);
    QCOMPARE(change.fields, fields);
}

void TestCaseFactory::chargeFieldsSnapshotTheArticles()
{
    const ArticleCatalogue &catalogue = ArticleCatalogue::builtIn();
    const QStringList codes{QStringLiteral("287(1)"), QStringLiteral("291(1)"), QStringLiteral("999(9)")};
    const QVariantMap fields = m_factory->chargeFields(codes, catalogue);
    QCOMPARE(fields.size(), 3);

    const QVariantList articles = fields.value(QLatin1String(casefield::kArticles)).toList();
    QCOMPARE(articles.size(), 3);
    QCOMPARE(articles.at(0).toString(), QStringLiteral("287(1)"));
    QCOMPARE(articles.at(2).toString(), QStringLiteral("999(9)"));

    // The snapshots of the known articles, as the catalogue charges them today.
    const QVariantList charged = fields.value(QLatin1String(casefield::kCharged)).toList();
    QCOMPARE(charged.size(), 2);
    const ChargedArticle first = ChargedArticle::fromMap(charged.at(0).toMap());
    QCOMPARE(first.code, QStringLiteral("287(1)"));
    QCOMPARE(first.maxFine, qint64(500'000));
    QVERIFY(first.citation.startsWith(QStringLiteral("Pasal 287 ayat (1)")));
    QVERIFY(!first.textId.isEmpty());
    const ChargedArticle second = ChargedArticle::fromMap(charged.at(1).toMap());
    QCOMPARE(second.code, QStringLiteral("291(1)"));
    QCOMPARE(second.maxFine, qint64(250'000));

    QCOMPARE(fields.value(QLatin1String(casefield::kFine)).toLongLong(), qint64(750'000));
    QCOMPARE(fields.value(QLatin1String(casefield::kFine)).toLongLong(), catalogue.totalFine(codes));
}

void TestCaseFactory::moveCaseCarriesTheStep()
{
    const CaseRecord record = recordIn(CaseKind::Etle, CaseState::Verified);
    const Change change = m_factory->moveCase(record, CaseState::Identified,
                                              {{QLatin1String(casefield::kOwnerName), QStringLiteral("Siti")}},
                                              QStringLiteral("  data Samsat  "));
    verifyEnvelope(change, ChangeKind::Transition, record.id);
    QCOMPARE(change.fields.value(QStringLiteral("from")).toString(), QStringLiteral("verified"));
    QCOMPARE(change.fields.value(QStringLiteral("to")).toString(), QStringLiteral("identified"));
    QCOMPARE(change.fields.value(QLatin1String(casefield::kReason)).toString(), QStringLiteral("data Samsat"));
    QCOMPARE(change.fields.value(QLatin1String(casefield::kOwnerName)).toString(), QStringLiteral("Siti"));
    QCOMPARE(change.fields.size(), 4);

    const Change bare = m_factory->moveCase(recordIn(CaseKind::Violation, CaseState::Submitted), CaseState::Closed);
    QCOMPARE(bare.fields.size(), 2); // from and to; no blank reason
}

void TestCaseFactory::rejectionKeepsItsReasonInTheData()
{
    const CaseRecord record = recordIn(CaseKind::Etle, CaseState::Captured);
    const Change change = m_factory->moveCase(record, CaseState::Rejected, {}, QStringLiteral("plat tidak terbaca"));
    QCOMPARE(change.fields.value(QLatin1String(casefield::kRejectedReason)).toString(),
             QStringLiteral("plat tidak terbaca"));
    const Change own = m_factory->moveCase(
        record, CaseState::Rejected, {{QLatin1String(casefield::kRejectedReason), QStringLiteral("kamera kotor")}},
        QStringLiteral("alasan lain"));
    QCOMPARE(own.fields.value(QLatin1String(casefield::kRejectedReason)).toString(), QStringLiteral("kamera kotor"));
}

void TestCaseFactory::noticeSentRecordsWhenItWentOut()
{
    const CaseRecord record = recordIn(CaseKind::Etle, CaseState::Identified);
    const Change change = m_factory->moveCase(record, CaseState::NoticeSent);
    // The change's own time, written in WIB with its offset.
    QCOMPARE(change.fields.value(QLatin1String(casefield::kNoticeSentAt)).toString(),
             QStringLiteral("2026-11-18T18:06:40+07:00"));
    const QDateTime sent =
        QDateTime::fromString(change.fields.value(QLatin1String(casefield::kNoticeSentAt)).toString(), Qt::ISODate);
    QCOMPARE(sent.toMSecsSinceEpoch(), change.hlc.ms());

    const QString given = QStringLiteral("2026-11-17T10:00:00+07:00");
    const Change recorded =
        m_factory->moveCase(record, CaseState::NoticeSent, {{QLatin1String(casefield::kNoticeSentAt), given}});
    QCOMPARE(recorded.fields.value(QLatin1String(casefield::kNoticeSentAt)).toString(), given);
}

void TestCaseFactory::submitCaseLeavesTheInitialState_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("violation") << int(CaseKind::Violation) << QStringLiteral("draft") << QStringLiteral("submitted");
    QTest::newRow("accident") << int(CaseKind::Accident) << QStringLiteral("draft") << QStringLiteral("submitted");
    QTest::newRow("watch") << int(CaseKind::Watch) << QStringLiteral("draft") << QStringLiteral("submitted");
    QTest::newRow("etle") << int(CaseKind::Etle) << QStringLiteral("captured") << QStringLiteral("verified");
}

void TestCaseFactory::submitCaseLeavesTheInitialState()
{
    QFETCH(int, kind);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const CaseKind caseKind = static_cast<CaseKind>(kind);
    const CaseRecord record = recordIn(caseKind, initialState(caseKind));
    const Change change = m_factory->submitCase(record);
    verifyEnvelope(change, ChangeKind::Transition, record.id);
    QCOMPARE(change.fields.value(QStringLiteral("from")).toString(), from);
    QCOMPARE(change.fields.value(QStringLiteral("to")).toString(), to);
}

void TestCaseFactory::issuePaymentCarriesCodeAndFine()
{
    CaseRecord record = recordIn(CaseKind::Etle, CaseState::Confirmed);
    record.data.insert(m_factory->chargeFields({QStringLiteral("287(1)")}, ArticleCatalogue::builtIn()));
    // The fine issued is what the articles as charged add up to, whatever else the data says.
    record.data.insert(QLatin1String(casefield::kFine), qint64(1));
    const Change change = m_factory->issuePayment(record);
    verifyEnvelope(change, ChangeKind::Transition, record.id);
    QCOMPARE(change.fields.value(QStringLiteral("from")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(change.fields.value(QStringLiteral("to")).toString(), QStringLiteral("payment_issued"));
    const QString code = change.fields.value(QLatin1String(casefield::kPaymentCode)).toString();
    QCOMPARE(code, paymentCodeFor(record.number));
    QCOMPARE(code.size(), 15);
    QVERIFY(hasValidCheckDigit(code));
    QCOMPARE(change.fields.value(QLatin1String(casefield::kFine)).toLongLong(), qint64(500'000));

    // A number that is not an ETLE number gives no code (and foldCase refuses the step).
    record.number = QStringLiteral("TLG-JAKPUS-20261118-00007");
    QCOMPARE(m_factory->issuePayment(record).fields.value(QLatin1String(casefield::kPaymentCode)).toString(),
             QString());
}

void TestCaseFactory::ticketFromCaptureToPaymentFoldsCleanly()
{
    // An ETLE capture along its workflow as the desk makes it, paid through a settlement file.
    ChangeList changes;
    QUuid id;
    QVariantMap capture{{QLatin1String(casefield::kCameraId), QStringLiteral("CAM-THAMRIN-03")},
                        {QLatin1String(casefield::kPlateRead), QStringLiteral("B1234XYZ")}};
    capture.insert(m_factory->chargeFields({QStringLiteral("287(2)")}, ArticleCatalogue::builtIn()));
    Change create = m_factory->createCase(CaseKind::Etle, QStringLiteral("JAKPUS"), capture, &id);
    create.fields.insert(QStringLiteral("number"), QStringLiteral("ETLE-JAKPUS-20261118-00034")); // as the store does
    changes << create;
    const auto step = [&](const std::function<Change(const CaseRecord &)> &make) {
        m_wallMs += 3600 * 1000;
        changes << make(foldCase(changes).record);
        const CaseFile file = foldCase(changes);
        return file.conflicts.isEmpty() ? QString() : file.conflicts.first().reason;
    };
    QCOMPARE(step([&](const CaseRecord &r) { return m_factory->submitCase(r); }), QString());
    QCOMPARE(step([&](const CaseRecord &r) {
                 return m_factory->moveCase(r, CaseState::Identified,
                                            {{QLatin1String(casefield::kOwnerName), QStringLiteral("Siti Rahma")},
                                             {QLatin1String(casefield::kOwnerNik), QStringLiteral("3171016505900002")},
                                             {QLatin1String(casefield::kVehicleMake), QStringLiteral("Honda")}});
             }),
             QString());
    QCOMPARE(step([&](const CaseRecord &r) { return m_factory->moveCase(r, CaseState::NoticeSent); }), QString());
    QCOMPARE(step([&](const CaseRecord &r) { return m_factory->moveCase(r, CaseState::Confirmed); }), QString());
    QCOMPARE(step([&](const CaseRecord &r) { return m_factory->issuePayment(r); }), QString());

    const CaseRecord issued = foldCase(changes).record;
    const QString code = issued.data.value(QLatin1String(casefield::kPaymentCode)).toString();
    QCOMPARE(code, paymentCodeFor(issued.number));
    PayableTicket ticket;
    ticket.caseId = id;
    ticket.number = issued.number;
    ticket.state = issued.state;
    ticket.fine = issued.data.value(QLatin1String(casefield::kFine)).toLongLong();
    QCOMPARE(ticket.fine, qint64(500'000));
    const SettlementReport report = matchSettlement("payment_code,amount,paid_at,bank_ref\n" + code.toLatin1() +
                                                        ",500000,2026-11-19T09:14:03+07:00,BRI-20261119-000913\n",
                                                    {{code, ticket}});
    QVERIFY(report.isClean());
    changes << m_factory->settle(report);

    const CaseFile file = foldCase(changes);
    QVERIFY2(file.conflicts.isEmpty(), qPrintable(file.conflicts.value(0).reason));
    QCOMPARE(toString(file.record.state), toString(CaseState::Paid));
    QCOMPARE(file.record.data.value(QLatin1String(casefield::kBankRef)).toString(),
             QStringLiteral("BRI-20261119-000913"));
}

void TestCaseFactory::reviseCaseCarriesTheReason()
{
    const CaseRecord record = recordIn(CaseKind::Violation, CaseState::Submitted);
    const Change change = m_factory->reviseCase(
        record, {{QLatin1String(casefield::kOffenderName), QStringLiteral("Andi Wijaya")}}, QStringLiteral(" KTP "));
    verifyEnvelope(change, ChangeKind::Revise, record.id);
    QCOMPARE(change.fields.value(QLatin1String(casefield::kReason)).toString(), QStringLiteral("KTP"));
    QCOMPARE(change.fields.value(QLatin1String(casefield::kOffenderName)).toString(), QStringLiteral("Andi Wijaya"));
    QCOMPARE(change.fields.size(), 2);
}

void TestCaseFactory::noteAttachViewAndVoid()
{
    const QUuid id = uuidV7At(kStartMs - 60'000);

    const Change note = m_factory->addNote(id, QStringLiteral("pelanggar kooperatif"));
    verifyEnvelope(note, ChangeKind::Note, id);
    QCOMPARE(note.fields, (QVariantMap{{QStringLiteral("text"), QStringLiteral("pelanggar kooperatif")}}));

    const QByteArray bytes("\x89PNG\r\n\x1a\n not really a picture", 30);
    const Change attach = m_factory->attach(id, QStringLiteral("foto.png"), QStringLiteral("image/png"), bytes);
    verifyEnvelope(attach, ChangeKind::Attach, id);
    const QString sha = attach.fields.value(QStringLiteral("sha256")).toString();
    QCOMPARE(sha, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(sha, sha.toLower());
    QCOMPARE(sha.size(), 64);
    QCOMPARE(attach.fields.value(QStringLiteral("name")).toString(), QStringLiteral("foto.png"));
    QCOMPARE(attach.fields.value(QStringLiteral("mime")).toString(), QStringLiteral("image/png"));
    QCOMPARE(attach.fields.value(QStringLiteral("size")).toLongLong(), qint64(bytes.size()));
    QCOMPARE(QByteArray::fromBase64(attach.fields.value(QStringLiteral("content")).toString().toLatin1()), bytes);
    // Through the JSON a change travels in, the content comes back whole.
    QCOMPARE(QByteArray::fromBase64(
                 Change::fieldsFromJson(attach.fieldsJson()).value(QStringLiteral("content")).toString().toLatin1()),
             bytes);

    const Change view = m_factory->viewed(id);
    verifyEnvelope(view, ChangeKind::View, id);
    QVERIFY(view.fields.isEmpty());

    const Change request = m_factory->requestVoid(id, QStringLiteral(" ganda "));
    verifyEnvelope(request, ChangeKind::VoidRequest, id);
    QCOMPARE(request.fields, (QVariantMap{{QStringLiteral("reason"), QStringLiteral("ganda")}}));

    const Change decision = m_factory->decideVoid(id, request.opId, false, QStringLiteral("bukti cukup"));
    verifyEnvelope(decision, ChangeKind::VoidDecision, id);
    QCOMPARE(decision.fields.value(QStringLiteral("request_op")).toString(),
             request.opId.toString(QUuid::WithoutBraces));
    QCOMPARE(decision.fields.value(QStringLiteral("approve")).typeId(), QMetaType::Bool);
    QCOMPARE(decision.fields.value(QStringLiteral("approve")).toBool(), false);
    QCOMPARE(decision.fields.value(QStringLiteral("reason")).toString(), QStringLiteral("bukti cukup"));
}

void TestCaseFactory::settlePaysEveryMatchedTicket()
{
    SettlementReport report;
    report.rows = 2;
    const QList<CaseState> states{CaseState::PaymentIssued, CaseState::StnkBlocked};
    for (int i = 0; i < 2; ++i) {
        SettlementMatch match;
        match.row.line = i + 2;
        match.row.paymentCode = QStringLiteral("80126111800003%1").arg(i);
        match.row.amount = 500'000;
        match.row.paidAt = QDateTime(QDate(2026, 11, 28), QTime(2, 14, 3), Qt::UTC); // 09:14:03 WIB
        match.row.bankRef = QStringLiteral("BRI-20261128-00091%1").arg(i);
        match.ticket.caseId = uuidV7At(kStartMs - 1000 * (i + 1));
        match.ticket.number = QStringLiteral("ETLE-JAKPUS-20261118-0003%1").arg(i);
        match.ticket.state = states.at(i);
        match.ticket.fine = 500'000;
        report.matches.append(match);
    }

    const ChangeList changes = m_factory->settle(report);
    QCOMPARE(changes.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Change &change = changes.at(i);
        verifyEnvelope(change, ChangeKind::Transition, report.matches.at(i).ticket.caseId);
        QCOMPARE(change.fields.value(QStringLiteral("from")).toString(), toString(states.at(i)));
        QCOMPARE(change.fields.value(QStringLiteral("to")).toString(), QStringLiteral("paid"));
        QCOMPARE(change.fields.value(QLatin1String(casefield::kPaidAt)).toString(),
                 QStringLiteral("2026-11-28T09:14:03+07:00"));
        QCOMPARE(change.fields.value(QLatin1String(casefield::kPaidAmount)).toLongLong(), qint64(500'000));
        QCOMPARE(change.fields.value(QLatin1String(casefield::kBankRef)).toString(),
                 QStringLiteral("BRI-20261128-00091%1").arg(i));
        if (i > 0)
            QVERIFY(change.hlc > changes.at(i - 1).hlc);
    }
}

void TestCaseFactory::settleRefusesAReportWithProblems()
{
    SettlementReport report;
    report.rows = 2;
    SettlementMatch match;
    match.ticket.caseId = uuidV7At(kStartMs);
    match.row.paidAt = QDateTime::fromMSecsSinceEpoch(kStartMs, Qt::UTC);
    report.matches.append(match);
    report.problems.append({3, QStringLiteral("unknown payment code")});
    QVERIFY(m_factory->settle(report).isEmpty());
}

void TestCaseFactory::setArticleCreatesThenSets()
{
    Article article;
    article.code = QStringLiteral("287(1)");
    article.jo = QStringLiteral("106(4)a");
    article.textId = QStringLiteral("Melanggar rambu");
    article.textEn = QStringLiteral("Ignoring a sign");
    article.maxFine = 500'000;
    article.maxJailMonths = 2;
    article.version = 2;

    const Change create = m_factory->setArticle(article, true);
    QCOMPARE(toString(create.entity), toString(EntityKind::Article));
    QCOMPARE(kindName(create), toString(ChangeKind::Create));
    QCOMPARE(create.entityId, articleId(article.code));
    QCOMPARE(create.fields, article.toFields());

    article.retired = true;
    const Change set = m_factory->setArticle(article, false);
    QCOMPARE(kindName(set), toString(ChangeKind::Set));
    QCOMPARE(set.entityId, create.entityId);
    QCOMPARE(Article::fromFields(set.fields).retired, true);
}

void TestCaseFactory::factoryChangesFoldCleanly()
{
    // What the desk would do with a violation, from the draft to an approved void, by two supervisors.
    ChangeList changes;
    QUuid id;
    changes << m_factory->createCase(CaseKind::Violation, QStringLiteral("JAKPUS"),
                                     {{QLatin1String(casefield::kOffenderName), QStringLiteral("Andi")}}, &id);
    CaseFile file = foldCase(changes);
    changes << m_factory->editCase(file.record,
                                   m_factory->chargeFields({QStringLiteral("287(2)")}, ArticleCatalogue::builtIn()));
    file = foldCase(changes);
    changes << m_factory->submitCase(file.record);
    file = foldCase(changes);
    changes << m_factory->reviseCase(file.record, {{QLatin1String(casefield::kOffenderName), QStringLiteral("Andi W")}},
                                     QStringLiteral("nama"));
    changes << m_factory->addNote(id, QStringLiteral("catatan"));
    changes << m_factory->attach(id, QStringLiteral("a.txt"), QStringLiteral("text/plain"), "abc");
    changes << m_factory->viewed(id);
    const Change request = m_factory->requestVoid(id, QStringLiteral("ganda"));
    changes << request;
    m_changes->setActor(QStringLiteral("siti"));
    changes << m_factory->decideVoid(id, request.opId, true, QStringLiteral("disetujui"));

    file = foldCase(changes);
    QVERIFY2(file.conflicts.isEmpty(), qPrintable(file.conflicts.value(0).reason));
    QCOMPARE(toString(file.record.state), toString(CaseState::Voided));
    QCOMPARE(file.record.version, 2);
    QCOMPARE(file.record.data.value(QLatin1String(casefield::kFine)).toLongLong(), qint64(500'000));
    QCOMPARE(file.attachments.size(), 1);
    QCOMPARE(file.timeline.size(), changes.size());
}

QTEST_GUILESS_MAIN(TestCaseFactory)
#include "tst_casefactory.moc"
