// Accountability on the desk: the two-person void in the approvals queue, the bank settlement import (all or
// nothing), the audit trail verification with a tampered entry, the watch-list alert card, the article catalogue
// with its versions, and an auditor who sees every action and may use only the reading ones. A real store in a
// temporary folder, on the offscreen platform.

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include "cases/approvalsdialog.h"
#include "cases/articlecataloguedialog.h"
#include "cases/articlecataloguemodel.h"
#include "cases/articleeditdialog.h"
#include "cases/auditverifydialog.h"
#include "cases/casedesk.h"
#include "cases/casemenu.h"
#include "cases/casewindow.h"
#include "cases/decisionreasondialog.h"
#include "cases/pendingvoidmodel.h"
#include "cases/settlementimportdialog.h"
#include "cases/watchalertcard.h"
#include "cases/watchalertlistdialog.h"
#include "core/articles.h"
#include "core/casefactory.h"
#include "core/etle.h"
#include "guitestsupport.h"
#include "labels.h"
#include "language.h"
#include "mainwindow.h"
#include "store/casereader.h"
#include "syncview/needsattentionmodel.h"

using namespace lintas;

// Readable failures for the enums the checks compare (a case state is compared by its stored name).
namespace QTest {
template <> char *toString(const VoidRequest::Status &status)
{
    return qstrdup(status == VoidRequest::Status::Pending    ? "pending"
                   : status == VoidRequest::Status::Approved ? "approved"
                                                             : "refused");
}
template <> char *toString(const AuditVerdict::Problem &problem)
{
    return qstrdup(QByteArray::number(int(problem)).constData());
}
} // namespace QTest

namespace {

// Two supervisors of Polda Metro Jaya and an auditor, by NRP.
const QString kSupervisorA = QStringLiteral("87050123");
const QString kSupervisorB = QStringLiteral("86030777");
const QString kDispatcher = QStringLiteral("90010222");
const QString kAuditor = QStringLiteral("79020333");
const QString kStation = QStringLiteral("JAKPUS");
constexpr int kWaitMs = 15000;

QString wibIso(const QDateTime &at)
{
    return at.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate);
}

Actor actorOf(const QString &user, Role role)
{
    return Actor{user, role, QStringLiteral("PMJ")};
}

// Set LINTAS_GUI_SCREENSHOTS to keep a picture of each dialog (for looking at them, not for asserting).
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LINTAS_GUI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // one round of layout and paint
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class Tst_caseaccountability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void requesterCannotApproveOwnVoid();
    void anotherSupervisorApprovesAndARefusalKeepsTheCase();
    void dispatcherCannotDecide();
    void cleanSettlementPaysEveryTicket();
    void faultySettlementListsEveryProblemAndChangesNothing();
    void unreadableSettlementNamesTheFile();
    void auditTrailIntactThenTamperedEntryNamed();
    void watchHitShowsCardAndOpensTheCase();
    void supervisorAddsArticleWithHistory();
    void auditorSeesEveryActionButNoEditingOnes();
    void rejectedCaseChangesAreToldInWords_data();
    void rejectedCaseChangesAreToldInWords();

private:
    CaseRecord record(const QUuid &id) const;
    bool commit(const ChangeList &changes);
    QUuid submittedViolation(const QString &plate);
    QUuid voidRequested(const QString &plate, const QString &reason);
    // An ETLE ticket taken along the workflow to "payment issued"; its payment code in *code.
    QUuid payableTicket(const QString &plate, QString *code);
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    MainWindow *makeWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_factoryA; // supervisor A: requests voids, imports, edits
    std::unique_ptr<ChangeFactory> m_factoryB; // supervisor B: the second approver
    std::unique_ptr<StoreService> m_service;
    std::unique_ptr<CaseDesk> m_deskA;
    std::unique_ptr<CaseDesk> m_deskB;
    std::unique_ptr<MainWindow> m_window;
};

void Tst_caseaccountability::initTestCase()
{
    Language::instance()->setLanguage(QStringLiteral("en"));
}

void Tst_caseaccountability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    test::isolate(*m_dir);
    m_path = m_dir->filePath(QStringLiteral("desk.lintas"));
    QVERIFY(test::seedFixture(m_path));
    m_clock = std::make_unique<HybridClock>();
    m_factoryA = std::make_unique<ChangeFactory>(test::kSite, kSupervisorA, m_clock.get());
    m_factoryB = std::make_unique<ChangeFactory>(test::kSite, kSupervisorB, m_clock.get());
    m_service = std::make_unique<StoreService>(m_path, test::kSite);
    QVERIFY(test::startService(*m_service));
    m_deskA = std::make_unique<CaseDesk>(m_service.get(), m_factoryA.get(), m_path);
    m_deskA->setActor(actorOf(kSupervisorA, Role::Supervisor));
    m_deskB = std::make_unique<CaseDesk>(m_service.get(), m_factoryB.get(), m_path);
    m_deskB->setActor(actorOf(kSupervisorB, Role::Supervisor));
}

void Tst_caseaccountability::cleanup()
{
    m_window.reset();
    m_deskA.reset();
    m_deskB.reset();
    if (m_service)
        m_service->stop();
    m_service.reset();
    m_factoryA.reset();
    m_factoryB.reset();
    m_clock.reset();
    m_dir.reset();
}

CaseRecord Tst_caseaccountability::record(const QUuid &id) const
{
    const CaseReader reader(m_path);
    const auto file = reader.caseFile(id);
    return file ? file->record : CaseRecord();
}

bool Tst_caseaccountability::commit(const ChangeList &changes)
{
    QString error;
    const bool ok = test::commit(*m_service, changes, &error);
    if (!ok)
        qWarning() << "commit refused:" << error;
    return ok;
}

QUuid Tst_caseaccountability::submittedViolation(const QString &plate)
{
    CaseFactory &cases = m_deskA->factory();
    QVariantMap data{
        {QString::fromLatin1(casefield::kOffenderName), QStringLiteral("Andi Pratama")},
        {QString::fromLatin1(casefield::kOffenderNik), QStringLiteral("3171012304850001")},
        {QString::fromLatin1(casefield::kPlate), plate},
        {QString::fromLatin1(casefield::kVehicleKind), QStringLiteral("r4")},
        {QString::fromLatin1(casefield::kOfficerNrp), kSupervisorA},
        {QString::fromLatin1(casefield::kOccurredAt), wibIso(QDateTime::currentDateTimeUtc().addSecs(-3600))},
        {QString::fromLatin1(casefield::kPlace), QStringLiteral("Jalan MH Thamrin")},
        {QString::fromLatin1(casefield::kOutcome), QStringLiteral("tilang")},
    };
    data.insert(cases.chargeFields({QStringLiteral("287(1)")}, ArticleCatalogue::builtIn()));
    QUuid id;
    if (!commit({cases.createCase(CaseKind::Violation, kStation, data, &id)}))
        return {};
    if (!commit({cases.submitCase(record(id))}))
        return {};
    return id;
}

QUuid Tst_caseaccountability::voidRequested(const QString &plate, const QString &reason)
{
    const QUuid id = submittedViolation(plate);
    if (id.isNull() || !commit({m_deskA->factory().requestVoid(id, reason)}))
        return {};
    return id;
}

QUuid Tst_caseaccountability::payableTicket(const QString &plate, QString *code)
{
    CaseFactory &cases = m_deskA->factory();
    QVariantMap capture{
        {QString::fromLatin1(casefield::kCameraId), QStringLiteral("ETLE-THAMRIN-03")},
        {QString::fromLatin1(casefield::kOccurredAt), wibIso(QDateTime::currentDateTimeUtc().addDays(-2))},
        {QString::fromLatin1(casefield::kPlace), QStringLiteral("Simpang Sarinah")},
        {QString::fromLatin1(casefield::kPlate), plate},
        {QString::fromLatin1(casefield::kPlateRead), plate},
    };
    capture.insert(cases.chargeFields({QStringLiteral("287(2)")}, ArticleCatalogue::builtIn()));
    QUuid id;
    if (!commit({cases.createCase(CaseKind::Etle, kStation, capture, &id)}))
        return {};
    const QList<std::pair<CaseState, QVariantMap>> steps{
        {CaseState::Verified, {}},
        {CaseState::Identified,
         {{QString::fromLatin1(casefield::kOwnerName), QStringLiteral("Siti Rahayu")},
          {QString::fromLatin1(casefield::kOwnerNik), QStringLiteral("3171015507900002")},
          {QString::fromLatin1(casefield::kOwnerAddress), QStringLiteral("Jalan Kebon Sirih 12, Jakarta Pusat")}}},
        {CaseState::NoticeSent, {}},
        {CaseState::Confirmed, {}},
    };
    for (const auto &[to, fields] : steps)
        if (!commit({cases.moveCase(record(id), to, fields)}))
            return {};
    if (!commit({cases.issuePayment(record(id))}))
        return {};
    const CaseRecord issued = record(id);
    if (issued.state != CaseState::PaymentIssued)
        return {};
    *code = issued.data.value(QString::fromLatin1(casefield::kPaymentCode)).toString();
    return id;
}

QString Tst_caseaccountability::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

MainWindow *Tst_caseaccountability::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_service.get(), m_factoryA.get(), m_path);
    m_window->resize(1280, 800);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    return m_window.get();
}

// --- the two-person void ---------------------------------------------------------------------------------------

void Tst_caseaccountability::requesterCannotApproveOwnVoid()
{
    const QUuid id = voidRequested(QStringLiteral("B 1111 AAA"), QStringLiteral("Wrong plate read by the officer"));
    QVERIFY(!id.isNull());

    ApprovalsDialog dialog(m_deskA.get());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 1, kWaitMs);
    QVERIFY(dialog.selectCase(id));
    const PendingVoid pending = *dialog.selectedVoid();
    QCOMPARE(pending.request.requester, kSupervisorA);
    QCOMPARE(pending.request.reason, QStringLiteral("Wrong plate read by the officer"));
    const QModelIndex row = dialog.model()->index(0, PendingVoidModel::RequesterColumn);
    QCOMPARE(row.data().toString(), kSupervisorA);
    QVERIFY(dialog.model()->index(0, PendingVoidModel::FineColumn).data().toString().contains(QLatin1String("500")));

    // The requester reads the request and may open the case, but not decide on it.
    QVERIFY(!dialog.approveButton()->isEnabled());
    QVERIFY(!dialog.refuseButton()->isEnabled());
    QVERIFY(dialog.openButton()->isEnabled());
    QCOMPARE(dialog.approveButton()->toolTip(),
             QStringLiteral("You requested this void; another supervisor must decide"));
    dialog.approveSelected(); // even when asked directly: nothing opens
    QVERIFY(!dialog.reasonDialog());
    shoot(&dialog, QStringLiteral("approvals-requester"));

    QSignalSpy open(&dialog, &ApprovalsDialog::openCaseRequested);
    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toUuid(), id);
}

void Tst_caseaccountability::anotherSupervisorApprovesAndARefusalKeepsTheCase()
{
    const QUuid approved = voidRequested(QStringLiteral("B 2222 BBB"), QStringLiteral("Duplicate of another ticket"));
    const QUuid refused = voidRequested(QStringLiteral("B 3333 CCC"), QStringLiteral("Driver says he was not there"));
    QVERIFY(!approved.isNull() && !refused.isNull());

    ApprovalsDialog dialog(m_deskB.get());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 2, kWaitMs);
    QVERIFY(dialog.statusText().contains(QLatin1String("2 void")));

    // Approve: a reason is required, then the case is void.
    QVERIFY(dialog.selectCase(approved));
    QVERIFY(dialog.approveButton()->isEnabled());
    dialog.approveSelected();
    DecisionReasonDialog *reason = dialog.reasonDialog();
    QVERIFY(reason);
    shoot(&dialog, QStringLiteral("approvals-second-supervisor"));
    QVERIFY(!reason->canAccept());
    reason->accept(); // no reason: stays open, nothing submitted
    QVERIFY(reason->isVisible());
    reason->setReason(QStringLiteral("Same offence ticketed twice: TLG kept on the other number"));
    shoot(reason, QStringLiteral("approvals-reason"));
    QSignalSpy decided(&dialog, &ApprovalsDialog::decided);
    reason->accept();
    QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, kWaitMs);
    QCOMPARE(decided.first().first().toBool(), true);
    QCOMPARE(toString(record(approved).state), toString(CaseState::Voided));
    {
        const auto file = CaseReader(m_path).caseFile(approved);
        QVERIFY(file);
        QCOMPARE(file->voidRequests.size(), 1);
        QCOMPARE(file->voidRequests.first().status, VoidRequest::Status::Approved);
        QCOMPARE(file->voidRequests.first().requester, kSupervisorA);
        QCOMPARE(file->voidRequests.first().decidedBy, kSupervisorB);
    }
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 1, kWaitMs);
    QVERIFY(dialog.statusText().contains(QLatin1String("approved")));

    // Refuse: the case stands as submitted, the refusal and its reason recorded.
    QVERIFY(dialog.selectCase(refused));
    dialog.refuseSelected();
    reason = dialog.reasonDialog();
    QVERIFY(reason);
    reason->setReason(QStringLiteral("The camera shows the driver at the wheel"));
    reason->accept();
    QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 0, kWaitMs);
    const auto file = CaseReader(m_path).caseFile(refused);
    QVERIFY(file);
    QCOMPARE(toString(file->record.state), toString(CaseState::Submitted));
    QVERIFY(!file->record.voidPending);
    QCOMPARE(file->voidRequests.first().status, VoidRequest::Status::Refused);
    QCOMPARE(file->voidRequests.first().decisionReason, QStringLiteral("The camera shows the driver at the wheel"));
    QVERIFY(!dialog.approveButton()->isEnabled()); // nothing left to decide
}

void Tst_caseaccountability::dispatcherCannotDecide()
{
    const QUuid id = voidRequested(QStringLiteral("B 4444 DDD"), QStringLiteral("Officer wrote the wrong article"));
    QVERIFY(!id.isNull());
    HybridClock clock;
    ChangeFactory factory(test::kSite, kDispatcher, &clock);
    CaseDesk desk(m_service.get(), &factory, m_path);
    desk.setActor(actorOf(kDispatcher, Role::Dispatcher));

    ApprovalsDialog dialog(&desk);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 1, kWaitMs);
    QVERIFY(dialog.selectCase(id));
    QVERIFY(!dialog.approveButton()->isEnabled());
    QVERIFY(!dialog.refuseButton()->isEnabled());
    QVERIFY(!dialog.approveButton()->toolTip().isEmpty()); // the policy's reason
    // And the desk refuses such a change outright, should anything submit it.
    const Change decision =
        desk.factory().decideVoid(id, dialog.selectedVoid()->request.opId, true, QStringLiteral("Looks right"));
    QVERIFY(desk.refusalFor(decision, kStation).has_value());
    QCOMPARE(toString(record(id).state), toString(CaseState::Submitted));
}

// --- the bank settlement -------------------------------------------------------------------------------------

void Tst_caseaccountability::cleanSettlementPaysEveryTicket()
{
    QStringList codes;
    QList<QUuid> tickets;
    for (const QString &plate :
         {QStringLiteral("B 5101 KLM"), QStringLiteral("B 5102 KLM"), QStringLiteral("B 5103 KLM")}) {
        QString code;
        const QUuid id = payableTicket(plate, &code);
        QVERIFY2(!id.isNull(), qPrintable(plate));
        QVERIFY(hasValidCheckDigit(code));
        codes << code;
        tickets << id;
    }
    const qint64 fine = record(tickets.first()).data.value(QString::fromLatin1(casefield::kFine)).toLongLong();
    QVERIFY(fine > 0);
    QByteArray csv = "payment_code,amount,paid_at,bank_ref\n";
    for (int i = 0; i < codes.size(); ++i)
        csv += QStringLiteral("%1,%2,2026-11-28T09:1%3:03+07:00,BRI-20261128-00091%3\n")
                   .arg(codes.at(i))
                   .arg(fine)
                   .arg(i)
                   .toUtf8();
    const QString path = writeFile(QStringLiteral("settlement-clean.csv"), csv);
    QVERIFY(!path.isEmpty());

    SettlementImportDialog dialog(m_deskA.get());
    dialog.show();
    QSignalSpy loaded(&dialog, &SettlementImportDialog::loaded);
    dialog.loadFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
    QVERIFY(dialog.report() && dialog.report()->isClean());
    QCOMPARE(dialog.report()->rows, 3);
    QVERIFY2(dialog.summaryText().contains(QLatin1String("All 3 row")), qPrintable(dialog.summaryText()));
    QVERIFY2(dialog.summaryText().contains(labels::number(3 * fine)), qPrintable(dialog.summaryText()));
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(!dialog.problemTable()->isVisible());
    shoot(&dialog, QStringLiteral("settlement-clean"));

    QSignalSpy imported(&dialog, &SettlementImportDialog::imported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, kWaitMs);
    QCOMPARE(imported.first().first().toInt(), 3);
    QVERIFY2(dialog.resultText().contains(QLatin1String("3 ticket")), qPrintable(dialog.resultText()));
    QVERIFY(!dialog.importButton()->isEnabled()); // a file is paid once
    for (const QUuid &id : tickets) {
        const CaseRecord paid = record(id);
        QCOMPARE(toString(paid.state), toString(CaseState::Paid));
        QCOMPARE(paid.data.value(QString::fromLatin1(casefield::kPaidAmount)).toLongLong(), fine);
    }
    shoot(&dialog, QStringLiteral("settlement-imported"));
}

void Tst_caseaccountability::faultySettlementListsEveryProblemAndChangesNothing()
{
    QString first;
    QString second;
    const QUuid firstId = payableTicket(QStringLiteral("B 6201 XYZ"), &first);
    const QUuid secondId = payableTicket(QStringLiteral("B 6202 XYZ"), &second);
    QVERIFY(!firstId.isNull() && !secondId.isNull());
    const qint64 fine = record(firstId).data.value(QString::fromLatin1(casefield::kFine)).toLongLong();
    // A well-formed code (right check digit) that no ticket has.
    const QHash<QString, PayableTicket> known = CaseReader(m_path).payableTickets();
    QString unknown;
    for (int sequence = 99999; sequence > 0 && unknown.isEmpty(); --sequence) {
        const QString digits = first.left(9) + QStringLiteral("%1").arg(sequence, 5, 10, QLatin1Char('0'));
        const QString code = digits + luhnCheckDigit(digits);
        if (!known.contains(code))
            unknown = code;
    }
    QVERIFY(hasValidCheckDigit(unknown));

    const QByteArray csv = QStringLiteral("payment_code,amount,paid_at,bank_ref\n"
                                          "%1,%3,2026-11-28T09:14:03+07:00,BNI-1\n" // line 2: right
                                          "%4,%3,2026-11-28T09:15:03+07:00,BNI-2\n" // line 3: unknown code
                                          "%2,%5,2026-11-28T09:16:03+07:00,BNI-3\n" // line 4: wrong amount
                                          "%1,%3,2026-11-28T09:17:03+07:00,BNI-4\n" // line 5: duplicate of line 2
                                          "%2,%3")                                  // line 6: truncated
                               .arg(first, second, QString::number(fine), unknown, QString::number(fine - 1000))
                               .toUtf8();
    const QString path = writeFile(QStringLiteral("settlement-faulty.csv"), csv);

    SettlementImportDialog dialog(m_deskA.get());
    dialog.show();
    QSignalSpy loaded(&dialog, &SettlementImportDialog::loaded);
    dialog.loadFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
    QVERIFY(dialog.report());
    QVERIFY(!dialog.report()->isClean());
    QTableWidget *table = dialog.problemTable();
    QVERIFY(table->isVisible());
    QList<int> lines;
    for (int row = 0; row < table->rowCount(); ++row) {
        lines << table->item(row, 0)->data(Qt::DisplayRole).toInt();
        QVERIFY(!table->item(row, 1)->text().isEmpty());
    }
    QCOMPARE(lines, (QList<int>{3, 4, 5, 6}));
    QVERIFY(table->item(0, 1)->text().contains(unknown)); // the reason names the value
    QCOMPARE(dialog.resultText(), QStringLiteral("Nothing was imported."));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.importReport());
    shoot(&dialog, QStringLiteral("settlement-problems"));
    QCOMPARE(toString(record(firstId).state), toString(CaseState::PaymentIssued));
    QCOMPARE(toString(record(secondId).state), toString(CaseState::PaymentIssued));
}

void Tst_caseaccountability::unreadableSettlementNamesTheFile()
{
    SettlementImportDialog dialog(m_deskA.get());
    QSignalSpy loaded(&dialog, &SettlementImportDialog::loaded);
    const QString missing = m_dir->filePath(QStringLiteral("no-such-settlement.csv"));
    dialog.loadFile(missing);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
    QVERIFY(!dialog.report());
    QVERIFY2(dialog.summaryText().contains(QDir::toNativeSeparators(missing)), qPrintable(dialog.summaryText()));
    QVERIFY2(dialog.summaryText().contains(QLatin1String("No such file")), qPrintable(dialog.summaryText()));
    QVERIFY(!dialog.importButton()->isEnabled());
}

// --- the audit trail -----------------------------------------------------------------------------------------

void Tst_caseaccountability::auditTrailIntactThenTamperedEntryNamed()
{
    QVERIFY(!submittedViolation(QStringLiteral("B 7001 QQ")).isNull());
    const qint64 entries = CaseReader(m_path).auditCount();
    QVERIFY(entries >= 3);

    AuditVerifyDialog dialog(m_deskA.get());
    QSignalSpy verified(&dialog, &AuditVerifyDialog::verified);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, kWaitMs);
    QCOMPARE(verified.first().first().toBool(), true);
    QCOMPARE(dialog.resultText(), QStringLiteral("Audit trail intact: %1 entries verified").arg(entries));
    QVERIFY(dialog.detailText().isEmpty());
    shoot(&dialog, QStringLiteral("audit-intact"));

    // One byte of entry 2's stored body altered behind the desk's back.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery select(db);
        QVERIFY(select.exec(QStringLiteral("SELECT body FROM audit_log WHERE seq = 2")));
        QVERIFY(select.next());
        QByteArray body = select.value(0).toByteArray();
        select.finish();
        const qsizetype at = body.indexOf("\"detail\"");
        QVERIFY(at > 0);
        const qsizetype byte = at + 12; // inside the detail's text
        QVERIFY(byte < body.size());
        body[byte] = body[byte] == 'X' ? 'Y' : 'X';
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE audit_log SET body = ? WHERE seq = 2"));
        update.addBindValue(body);
        QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
        QCOMPARE(update.numRowsAffected(), 1);
        update.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("verifyAgain")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 2, kWaitMs);
    QCOMPARE(verified.last().first().toBool(), false);
    QVERIFY(dialog.verdict());
    QCOMPARE(dialog.verdict()->problem, AuditVerdict::Problem::Altered);
    QCOMPARE(dialog.verdict()->seq, 2);
    QCOMPARE(dialog.resultText(), dialog.verdict()->message);
    QVERIFY(dialog.resultText().contains(QLatin1String("2")));
    QVERIFY2(dialog.detailText().startsWith(QLatin1String("Entry 2 ")), qPrintable(dialog.detailText()));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("auditResult"))->styleSheet().contains(QLatin1String("color")));
    shoot(&dialog, QStringLiteral("audit-tampered"));
}

// --- the watch list ------------------------------------------------------------------------------------------

void Tst_caseaccountability::watchHitShowsCardAndOpensTheCase()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    CaseMenu *menu = window->caseMenu();
    QVERIFY(menu);
    CaseFactory &cases = menu->desk()->factory();

    // A stolen car on the watch list…
    QUuid watch;
    QVERIFY(commit({cases.createCase(
        CaseKind::Watch, kStation,
        {{QString::fromLatin1(casefield::kPlate), QStringLiteral("B 1234 XYZ")},
         {QString::fromLatin1(casefield::kVehicleKind), QStringLiteral("r4")},
         {QString::fromLatin1(casefield::kVehicleMake), QStringLiteral("Toyota Avanza")},
         {QString::fromLatin1(casefield::kPoliceReport), QStringLiteral("LP/B/4512/XI/2026/PMJ")},
         {QString::fromLatin1(casefield::kOccurredAt), wibIso(QDateTime::currentDateTimeUtc().addDays(-1))}},
        &watch)}));
    QVERIFY(commit({cases.submitCase(record(watch))}));
    const QString watchNumber = record(watch).number;
    QVERIFY(watchNumber.startsWith(QLatin1String("BOLO-")));
    QVERIFY(!menu->alertCard()->isVisible());

    // …seen by a camera.
    QUuid capture;
    QVERIFY(commit(
        {cases.createCase(CaseKind::Etle, kStation,
                          {{QString::fromLatin1(casefield::kCameraId), QStringLiteral("ETLE-SUDIRMAN-07")},
                           {QString::fromLatin1(casefield::kPlateRead), QStringLiteral("B1234XYZ")},
                           {QString::fromLatin1(casefield::kPlate), QStringLiteral("B 1234 XYZ")},
                           {QString::fromLatin1(casefield::kPlace), QStringLiteral("Jalan Jenderal Sudirman")},
                           {QString::fromLatin1(casefield::kOccurredAt), wibIso(QDateTime::currentDateTimeUtc())}},
                          &capture)}));
    WatchAlertCard *card = menu->alertCard();
    QTRY_VERIFY_WITH_TIMEOUT(card->isVisible(), kWaitMs);
    QCOMPARE(card->plateText(), QStringLiteral("B 1234 XYZ"));
    const QString captureNumber = record(capture).number;
    QVERIFY2(card->messageText().startsWith(QStringLiteral("Watch list: B 1234 XYZ (%1").arg(watchNumber)),
             qPrintable(card->messageText()));
    QVERIFY2(card->messageText().contains(QStringLiteral("ETLE capture %1").arg(captureNumber)),
             qPrintable(card->messageText()));
    QVERIFY(card->messageText().contains(QLatin1String("Jalan Jenderal Sudirman")));
    QCOMPARE(menu->watchHits().size(), 1);
    QVERIFY(menu->action(QStringLiteral("casesWatchAlerts"))->text().contains(QLatin1String("(1)")));
    // Over the top of the central area, above the map.
    QVERIFY(card->geometry().top() >= window->centralWidget()->geometry().top());
    QVERIFY(card->geometry().top() < window->centralWidget()->geometry().center().y());
    shoot(window, QStringLiteral("watch-alert-card"));

    menu->showWatchAlerts();
    QVERIFY(menu->watchAlertDialog());
    QCOMPARE(menu->watchAlertDialog()->table()->rowCount(), 1);
    QCOMPARE(menu->watchAlertDialog()->table()->item(0, 1)->text(), QStringLiteral("B 1234 XYZ"));
    shoot(menu->watchAlertDialog(), QStringLiteral("watch-alert-list"));
    menu->watchAlertDialog()->close();

    QTest::mouseClick(card->openButton(), Qt::LeftButton);
    CaseWindow *cases2 = menu->existingCaseWindow();
    QVERIFY(cases2);
    QTRY_VERIFY_WITH_TIMEOUT(cases2->isVisible(), kWaitMs);
    QCOMPARE(cases2->shownCaseId(), capture);
    QVERIFY(!card->isVisible()); // dealt with; still in the session's list
    QCOMPARE(menu->watchHits().size(), 1);
}

// --- the article catalogue -----------------------------------------------------------------------------------

void Tst_caseaccountability::supervisorAddsArticleWithHistory()
{
    // A code the shipped catalogue does not have.
    const QString code = QStringLiteral("299(9)");
    QVERIFY(!ArticleCatalogue::builtIn().byCode(code));

    ArticleCatalogueDialog dialog(m_deskA.get());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QSignalSpy loaded(&dialog, &ArticleCatalogueDialog::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWaitMs);
    QVERIFY(dialog.isEditable());
    QVERIFY(dialog.addButton()->isEnabled());
    QVERIFY(dialog.model()->rowOf(QStringLiteral("287(1)")) >= 0);
    // Search by words of the offence, in either language.
    dialog.searchEdit()->setText(QStringLiteral("helm"));
    QVERIFY(dialog.proxy()->rowCount() >= 1);
    QVERIFY(dialog.proxy()->rowCount() < dialog.model()->rowCount());
    dialog.searchEdit()->clear();
    shoot(&dialog, QStringLiteral("articles-catalogue"));

    dialog.addArticle();
    ArticleEditDialog *form = dialog.editDialog();
    QVERIFY(form);
    form->codeEdit()->setText(QStringLiteral("287(1)"));
    QVERIFY(!form->problems().isEmpty()); // taken
    form->codeEdit()->setText(code);
    form->textIdEdit()->setPlainText(QStringLiteral("Mengemudikan kendaraan di lajur khusus bus Transjakarta"));
    form->textEnEdit()->setPlainText(QStringLiteral("Driving in the Transjakarta busway lane"));
    form->maxFineEdit()->setValue(500000);
    form->maxJailEdit()->setValue(2);
    QVERIFY2(form->problems().isEmpty(), qPrintable(form->problems().join(QLatin1Char('\n'))));
    shoot(form, QStringLiteral("articles-add"));
    QSignalSpy saved(&dialog, &ArticleCatalogueDialog::saved);
    form->accept();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kWaitMs);
    QCOMPARE(saved.first().at(1).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->rowOf(code) >= 0, kWaitMs);
    const Article added = dialog.model()->articleAt(dialog.model()->rowOf(code));
    QCOMPARE(added.textEn, QStringLiteral("Driving in the Transjakarta busway lane"));
    QCOMPARE(added.maxFine, 500000);
    QVERIFY(m_deskA->catalogue().byCode(code).has_value()); // and the desk charges from it now

    QSignalSpy history(&dialog, &ArticleCatalogueDialog::historyLoaded);
    QVERIFY(dialog.selectArticle(code));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.history().size() == 1 && dialog.selectedCode() == code, kWaitMs);
    QCOMPARE(dialog.historyTable()->rowCount(), 1);

    // An edit of the fine is a new version; the first stays in the history.
    dialog.editSelected();
    form = dialog.editDialog();
    QVERIFY(form);
    QVERIFY(!form->canSave()); // nothing changed yet
    form->maxFineEdit()->setValue(750000);
    QVERIFY(form->canSave());
    form->accept();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.history().size(), 2, kWaitMs);
    QCOMPARE(dialog.history().at(0).maxFine, 500000);
    QCOMPARE(dialog.history().at(1).maxFine, 750000);
    QVERIFY(dialog.history().at(1).version > dialog.history().at(0).version);
    QCOMPARE(dialog.historyTable()->rowCount(), 2);
    shoot(&dialog, QStringLiteral("articles-history"));

    // Retiring asks first; the article stays in the catalogue, marked.
    test::MessageBoxAnswerer yes(QMessageBox::Yes);
    dialog.toggleRetiredSelected();
    QCOMPARE(yes.asked.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 3, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->articleAt(dialog.model()->rowOf(code)).retired, kWaitMs);
    QCOMPARE(dialog.retireButton()->text(), QStringLiteral("&Restore"));
}

// --- an auditor ----------------------------------------------------------------------------------------------

void Tst_caseaccountability::auditorSeesEveryActionButNoEditingOnes()
{
    MainWindow *window = makeWindow();
    QVERIFY(window);
    CaseMenu *menu = window->caseMenu();
    // The Cases menu sits between Unit and View.
    QStringList titles;
    for (QAction *top : window->menuBar()->actions())
        titles << top->menu()->objectName();
    QCOMPARE(titles.indexOf(QStringLiteral("casesMenu")), 3);

    const QStringList reading{QStringLiteral("casesCaseList"), QStringLiteral("casesApprovals"),
                              QStringLiteral("casesArticleCatalogue"), QStringLiteral("casesVerifyAuditTrail"),
                              QStringLiteral("casesWatchAlerts")};
    const QStringList editing{QStringLiteral("casesNewViolation"), QStringLiteral("casesNewAccidentReport"),
                              QStringLiteral("casesNewWatchEntry"), QStringLiteral("casesImportSettlement")};
    // A supervisor may do everything.
    window->setActor(actorOf(kSupervisorA, Role::Supervisor));
    for (const QString &name : reading + editing)
        QVERIFY2(window->action(name) && window->action(name)->isEnabled(), qPrintable(name));
    // A dispatcher writes cases but decides no voids and imports no payments.
    window->setActor(actorOf(kDispatcher, Role::Dispatcher));
    QVERIFY(window->action(QStringLiteral("casesNewViolation"))->isEnabled());
    QVERIFY(!window->action(QStringLiteral("casesApprovals"))->isEnabled());
    QVERIFY(!window->action(QStringLiteral("casesImportSettlement"))->isEnabled());

    const QUuid id = voidRequested(QStringLiteral("B 8008 AUD"), QStringLiteral("Plate misread"));
    QVERIFY(!id.isNull());
    window->setActor(actorOf(kAuditor, Role::Auditor));
    for (const QString &name : reading) {
        QAction *action = window->action(name);
        QVERIFY2(action && action->isVisible() && action->isEnabled(), qPrintable(name));
    }
    for (const QString &name : editing) {
        QAction *action = window->action(name);
        QVERIFY2(action && action->isVisible() && !action->isEnabled(), qPrintable(name));
    }
    // Disabled actions do nothing even when triggered.
    window->action(QStringLiteral("casesImportSettlement"))->trigger();
    QVERIFY(!menu->settlementDialog());

    // The auditor reads the approvals queue and decides nothing.
    QTRY_VERIFY_WITH_TIMEOUT(menu->action(QStringLiteral("casesApprovals"))->text().contains(QLatin1String("(1)")),
                             kWaitMs);
    window->action(QStringLiteral("casesApprovals"))->trigger();
    ApprovalsDialog *approvals = menu->approvalsDialog();
    QVERIFY(approvals);
    QTRY_COMPARE_WITH_TIMEOUT(approvals->model()->rowCount(), 1, kWaitMs);
    QVERIFY(approvals->selectCase(id));
    QVERIFY(!approvals->approveButton()->isEnabled());
    QVERIFY(!approvals->refuseButton()->isEnabled());
    QVERIFY(approvals->openButton()->isEnabled());
    shoot(approvals, QStringLiteral("approvals-auditor"));
    approvals->close();

    // The catalogue, read only.
    window->action(QStringLiteral("casesArticleCatalogue"))->trigger();
    ArticleCatalogueDialog *articles = menu->articleDialog();
    QVERIFY(articles);
    QVERIFY(!articles->isEditable());
    QVERIFY(!articles->addButton()->isEnabled());
    QVERIFY(!articles->editButton()->isEnabled());
    QVERIFY(!articles->retireButton()->isEnabled());
    articles->close();

    // The audit trail, verified.
    window->action(QStringLiteral("casesVerifyAuditTrail"))->trigger();
    AuditVerifyDialog *audit = menu->auditDialog();
    QVERIFY(audit);
    QTRY_VERIFY_WITH_TIMEOUT(audit->verdict().has_value(), kWaitMs);
    QVERIFY(audit->verdict()->ok());
    audit->close();

    // The case list opens for reading.
    window->action(QStringLiteral("casesCaseList"))->trigger();
    QVERIFY(menu->existingCaseWindow());
    QTRY_VERIFY_WITH_TIMEOUT(menu->existingCaseWindow()->isVisible(), kWaitMs);
}

// --- rejected case changes in the "Needs attention" list ------------------------------------------------------

void Tst_caseaccountability::rejectedCaseChangesAreToldInWords_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("expected");
    const auto e = [](EntityKind entity) { return int(entity); };
    const auto k = [](ChangeKind kind) { return int(kind); };
    const QString reason = QString::fromLatin1(casefield::kReason);
    QTest::newRow("new violation")
        << e(EntityKind::Case) << k(ChangeKind::Create)
        << QVariantMap{{QStringLiteral("kind"), QStringLiteral("violation")},
                       {QStringLiteral("number"), QStringLiteral("TLG-JAKPUS-20261128-00009")},
                       {QString::fromLatin1(casefield::kPlate), QStringLiteral("B 1234 XYZ")},
                       {QString::fromLatin1(casefield::kPlace), QStringLiteral("Jalan Thamrin")}}
        << QStringLiteral("New violation TLG-JAKPUS-20261128-00009: B 1234 XYZ at Jalan Thamrin");
    QTest::newRow("move") << e(EntityKind::Case) << k(ChangeKind::Transition)
                          << QVariantMap{{QStringLiteral("from"), QStringLiteral("submitted")},
                                         {QStringLiteral("to"), QStringLiteral("closed")}}
                          << QStringLiteral("TLG-JAKPUS-20261128-00007: status from “Submitted” to “Closed”");
    QTest::newRow("void requested") << e(EntityKind::Case) << k(ChangeKind::VoidRequest)
                                    << QVariantMap{{reason, QStringLiteral("Wrong plate")}}
                                    << QStringLiteral("TLG-JAKPUS-20261128-00007: void requested, “Wrong plate”");
    QTest::newRow("void approved") << e(EntityKind::Case) << k(ChangeKind::VoidDecision)
                                   << QVariantMap{{QStringLiteral("approve"), true}, {reason, QStringLiteral("Agreed")}}
                                   << QStringLiteral("TLG-JAKPUS-20261128-00007: void approved, “Agreed”");
    QTest::newRow("void refused") << e(EntityKind::Case) << k(ChangeKind::VoidDecision)
                                  << QVariantMap{{QStringLiteral("approve"), false}, {reason, QStringLiteral("No")}}
                                  << QStringLiteral("TLG-JAKPUS-20261128-00007: void refused, “No”");
    QTest::newRow("opened") << e(EntityKind::Case) << k(ChangeKind::View) << QVariantMap{}
                            << QStringLiteral("TLG-JAKPUS-20261128-00007: record opened");
    QTest::newRow("new article") << e(EntityKind::Article) << k(ChangeKind::Create)
                                 << QVariantMap{{QStringLiteral("code"), QStringLiteral("299(9)")}}
                                 << QStringLiteral("New article in the catalogue: Pasal 299 ayat (9)");
    QTest::newRow("retired article") << e(EntityKind::Article) << k(ChangeKind::Set)
                                     << QVariantMap{{QStringLiteral("code"), QStringLiteral("287(1)")},
                                                    {QStringLiteral("retired"), true}}
                                     << QStringLiteral("Pasal 287 ayat (1): retired from the catalogue");
}

void Tst_caseaccountability::rejectedCaseChangesAreToldInWords()
{
    QFETCH(int, entity);
    QFETCH(int, kind);
    QFETCH(QVariantMap, fields);
    QFETCH(QString, expected);
    const QUuid caseId = QUuid::createUuid();
    NeedsAttentionModel model;
    model.setCaseLabeler(
        [caseId](const QUuid &id) { return id == caseId ? QStringLiteral("TLG-JAKPUS-20261128-00007") : QString(); });
    QuarantinedChange rejected;
    rejected.change.opId = QUuid::createUuid();
    rejected.change.siteId = test::kSite;
    rejected.change.actor = kSupervisorA;
    rejected.change.entity = EntityKind(entity);
    rejected.change.entityId = caseId;
    rejected.change.kind = ChangeKind(kind);
    rejected.change.fields = fields;
    rejected.change.fields.insert(QStringLiteral("incident_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    rejected.code = QStringLiteral("forbidden_role");
    model.addChange(rejected);
    QCOMPARE(model.index(0, NeedsAttentionModel::ChangeColumn).data().toString(), expected);
    // The row is about the case, not the incident an accident report names.
    QVERIFY(model.incidentIdAt(0).isNull());
}

QTEST_MAIN(Tst_caseaccountability)
#include "tst_caseaccountability.moc"
