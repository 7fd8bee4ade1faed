// One case's editor and record, on a real store: validation beside the fields, submission, the read-only record
// and its corrections with their differences, the accident's Pasal 229 advice, an ETLE ticket followed to its
// payment code, the two-person void and an attachment's thumbnail.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include "cases/casedesk.h"
#include "cases/casedetailwidget.h"
#include "cases/detail/articlepicker.h"
#include "cases/detail/caseattachmentsview.h"
#include "cases/detail/caseform.h"
#include "cases/detail/caseprompt.h"
#include "cases/detail/partytable.h"
#include "core/casefactory.h"
#include "core/etle.h"
#include "guitestsupport.h"
#include "language.h"
#include "store/casereader.h"

using namespace lintas;

namespace {

constexpr int kWaitMs = 10000;
const QString kWrongNik = QStringLiteral("317401170890001"); // 15 digits
const QString kNik = QStringLiteral("3174011708900001");
const QString kOtherNik = QStringLiteral("3171014503850002");
const QString kSupervisor = QStringLiteral("87050999");

QString wibNow(qint64 minutesAgo = 30)
{
    return QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo).toOffsetFromUtc(7 * 3600).toString(Qt::ISODate);
}

} // namespace

class TestCaseDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void newViolationShowsProblemsAndSubmits();
    void correctionMakesAVersionWithItsDifferences();
    void accidentSeverityAndSuggestedArticles();
    void etleTicketToPaymentCode();
    void confirmationDeadlineByInjectedClock();
    void voidNeedsAnotherSupervisor();
    void attachmentShowsThumbnail();
    void oversizedAttachmentIsRefused();
    void auditorReadsOnly();
    void noteGoesToTheTimeline();
    void unsavedDraftIsNotDroppedSilently();

private:
    CaseForm *form() const { return m_widget->findChild<CaseForm *>(); }
    template <typename T> T *editor(const char *field) const
    {
        return qobject_cast<T *>(form()->editor(QString::fromLatin1(field)));
    }
    // The shown button of that name (steps are rebuilt as the state changes; the old ones go a moment later).
    QPushButton *button(const QString &name) const
    {
        const QList<QPushButton *> found = m_widget->findChildren<QPushButton *>(name);
        for (QPushButton *candidate : found)
            if (candidate->isVisible())
                return candidate;
        return name.startsWith(u"move_") || found.isEmpty() ? nullptr : found.first();
    }
    // Clicks and waits until the store committed what the widget sent.
    bool clickAndCommit(QPushButton *target);
    bool answerPrompt(const QString &name, const QVariantMap &values);
    std::optional<CaseFile> read(const QUuid &id) const;
    bool reload(const QUuid &id);
    // A case committed straight through the factory, as another desk or the simulator would make it.
    QUuid storeCase(CaseKind kind, const QVariantMap &data, bool submit);
    QVariantMap violationData() const;
    void fillViolation(const QString &nik);

    QTemporaryDir m_dir;
    QString m_path;
    HybridClock m_clock;
    std::unique_ptr<ChangeFactory> m_changes;
    std::unique_ptr<StoreService> m_service;
    std::unique_ptr<CaseDesk> m_desk;
    std::unique_ptr<CaseDetailWidget> m_widget;
    QUuid m_submitted; // the violation the first test submitted, corrected by the second
};

void TestCaseDetail::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    m_path = m_dir.filePath(QStringLiteral("desk.sqlite"));
    m_changes = std::make_unique<ChangeFactory>(test::kSite, test::kActor, &m_clock);
    m_service = std::make_unique<StoreService>(m_path, test::kSite);
    QVERIFY(test::startService(*m_service));
    m_desk = std::make_unique<CaseDesk>(m_service.get(), m_changes.get(), m_path);
    Language::instance()->setLanguage(QStringLiteral("en"));
}

void TestCaseDetail::init()
{
    m_widget = std::make_unique<CaseDetailWidget>(m_desk.get());
    m_widget->resize(1280, 900);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestCaseDetail::cleanup()
{
    m_widget.reset();
    m_changes->setActor(test::kActor);
    m_desk->setActor(std::nullopt);
    m_desk->setClock({});
}

void TestCaseDetail::cleanupTestCase()
{
    m_desk.reset();
    m_service.reset();
}

bool TestCaseDetail::clickAndCommit(QPushButton *target)
{
    if (!target || !target->isVisible() || !target->isEnabled()) {
        qWarning() << "cannot click" << (target ? target->objectName() : QStringLiteral("(no button)"));
        return false;
    }
    QSignalSpy committed(m_desk.get(), &CaseDesk::committed);
    QSignalSpy rejected(m_desk.get(), &CaseDesk::rejected);
    QTest::mouseClick(target, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !committed.isEmpty() || !rejected.isEmpty(); }, kWaitMs))
        return false;
    if (!rejected.isEmpty())
        qWarning() << "rejected:" << rejected.first().first().toString();
    return rejected.isEmpty();
}

bool TestCaseDetail::answerPrompt(const QString &name, const QVariantMap &values)
{
    CasePromptDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                dialog = m_widget->findChild<CasePromptDialog *>(name);
                return dialog && dialog->isVisible();
            },
            kWaitMs))
        return false;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        dialog->setValue(it.key(), it.value().toString());
    if (!dialog->canAccept())
        return false;
    QSignalSpy committed(m_desk.get(), &CaseDesk::committed);
    QSignalSpy rejected(m_desk.get(), &CaseDesk::rejected);
    dialog->accept();
    if (!QTest::qWaitFor([&] { return !committed.isEmpty() || !rejected.isEmpty(); }, kWaitMs))
        return false;
    return rejected.isEmpty();
}

std::optional<CaseFile> TestCaseDetail::read(const QUuid &id) const
{
    const CaseReader reader(m_path);
    return reader.caseFile(id);
}

bool TestCaseDetail::reload(const QUuid &id)
{
    const auto file = read(id);
    if (!file)
        return false;
    m_widget->showCase(*file);
    return true;
}

QVariantMap TestCaseDetail::violationData() const
{
    QVariantMap data{
        {QString::fromLatin1(casefield::kOffenderName), QStringLiteral("Budi Santoso")},
        {QString::fromLatin1(casefield::kOffenderNik), kNik},
        {QString::fromLatin1(casefield::kPlate), QStringLiteral("B 1234 XYZ")},
        {QString::fromLatin1(casefield::kVehicleKind), QStringLiteral("r2")},
        {QString::fromLatin1(casefield::kOfficerNrp), test::kActor},
        {QString::fromLatin1(casefield::kOccurredAt), wibNow()},
        {QString::fromLatin1(casefield::kPlace), QStringLiteral("Jl. Medan Merdeka Barat")},
        {QString::fromLatin1(casefield::kOutcome), QStringLiteral("tilang")},
    };
    data.insert(m_desk->factory().chargeFields({QStringLiteral("291(1)")}, m_desk->catalogue()));
    return data;
}

QUuid TestCaseDetail::storeCase(CaseKind kind, const QVariantMap &data, bool submit)
{
    QUuid id;
    ChangeList changes{m_desk->factory().createCase(kind, QStringLiteral("JAKPUS"), data, &id)};
    if (submit) {
        CaseRecord record;
        record.id = id;
        record.kind = kind;
        record.state = initialState(kind);
        changes.append(m_desk->factory().submitCase(record));
    }
    QString error;
    if (!test::commit(*m_service, changes, &error)) {
        qWarning() << "storing the case failed:" << error;
        return {};
    }
    return id;
}

void TestCaseDetail::fillViolation(const QString &nik)
{
    QTest::keyClicks(editor<QLineEdit>(casefield::kOffenderName), QStringLiteral("Budi Santoso"));
    QTest::keyClicks(editor<QLineEdit>(casefield::kOffenderNik), nik);
    QTest::keyClicks(editor<QLineEdit>(casefield::kPlate), QStringLiteral("b1234xyz"));
    auto *kind = editor<QComboBox>(casefield::kVehicleKind);
    kind->setCurrentIndex(kind->findData(QStringLiteral("r2")));
    QTest::keyClicks(editor<QLineEdit>(casefield::kPlace), QStringLiteral("Jl. Medan Merdeka Barat"));
    auto *station = editor<QComboBox>(casefield::kStation);
    station->setCurrentIndex(station->findData(QStringLiteral("JAKPUS")));
    auto *articles = editor<ArticlePicker>(casefield::kArticles);
    articles->setSearchText(QStringLiteral("helm"));
    QVERIFY2(articles->matches().contains(QStringLiteral("291(1)")), qPrintable(articles->matches().join(u',')));
    QVERIFY(articles->addCode(QStringLiteral("291(1)")));
}

void TestCaseDetail::newViolationShowsProblemsAndSubmits()
{
    m_widget->startNew(CaseKind::Violation);
    QVERIFY(form());
    QCOMPARE(editor<QLineEdit>(casefield::kOfficerNrp)->text(), test::kActor); // the account's NRP by default
    fillViolation(kWrongNik);
    if (QTest::currentTestFailed())
        return;

    // The wrong NIK is named beside its field and above the buttons; nothing else is wrong.
    const QList<FieldProblem> problems = m_widget->currentProblems();
    QStringList fields;
    for (const FieldProblem &problem : problems)
        if (!problem.warning)
            fields << problem.field;
    QCOMPARE(fields, QStringList{QStringLiteral("offender_nik")});
    bool shownBesideField = false;
    for (QLabel *message : form()->findChildren<QLabel *>(QStringLiteral("fieldMessage")))
        shownBesideField = shownBesideField || (message->isVisible() && message->text().contains(QStringLiteral("16")));
    QVERIFY(shownBesideField);
    auto *problemList = m_widget->findChild<QLabel *>(QStringLiteral("problemList"));
    QVERIFY(problemList->isVisible());
    QVERIFY(problemList->text().contains(caseFieldLabel(QStringLiteral("offender_nik"))));
    QVERIFY(!button(QStringLiteral("submitButton"))->isEnabled());
    QVERIFY(!m_widget->submit());

    // Fixed, it submits: the store holds it submitted, version 1, with the plate as TNKB plates are written.
    auto *nik = editor<QLineEdit>(casefield::kOffenderNik);
    nik->selectAll();
    QTest::keyClicks(nik, kNik);
    for (const FieldProblem &problem : m_widget->currentProblems())
        QVERIFY2(problem.warning, qPrintable(problem.field + QStringLiteral(": ") + problem.message));
    QVERIFY(button(QStringLiteral("submitButton"))->isEnabled());
    QSignalSpy saved(m_widget.get(), &CaseDetailWidget::caseSaved);
    QVERIFY(clickAndCommit(button(QStringLiteral("submitButton"))));
    QCOMPARE(saved.count(), 1);
    m_submitted = saved.first().first().toUuid();
    const auto file = read(m_submitted);
    QVERIFY(file);
    QCOMPARE(toString(file->record.state), toString(CaseState::Submitted));
    QCOMPARE(file->record.version, 1);
    QCOMPARE(file->record.data.value(QStringLiteral("offender_nik")).toString(), kNik);
    QCOMPARE(file->record.data.value(QStringLiteral("plate")).toString(), QStringLiteral("B 1234 XYZ"));
    QVERIFY(file->record.number.startsWith(QStringLiteral("TLG-JAKPUS-")));

    // The record is read-only afterwards: no Submit, a Correct… instead.
    m_widget->showCase(*file);
    QVERIFY(editor<QLineEdit>(casefield::kOffenderName)->isReadOnly());
    QVERIFY(!editor<QComboBox>(casefield::kVehicleKind)->isEnabled());
    QVERIFY(editor<ArticlePicker>(casefield::kArticles)->isReadOnly());
    QVERIFY(!button(QStringLiteral("submitButton"))->isVisible());
    QVERIFY(!button(QStringLiteral("saveDraftButton"))->isVisible());
    QVERIFY(button(QStringLiteral("correctButton"))->isVisible());
    QVERIFY(m_widget->findChild<QLabel *>(QStringLiteral("detailTitle"))->text().contains(file->record.number));
}

void TestCaseDetail::correctionMakesAVersionWithItsDifferences()
{
    if (m_submitted.isNull())
        m_submitted = storeCase(CaseKind::Violation, violationData(), true);
    QVERIFY(reload(m_submitted));
    QTest::mouseClick(button(QStringLiteral("correctButton")), Qt::LeftButton);
    auto *dialog = m_widget->findChild<CasePromptDialog *>(QStringLiteral("correctionReasonDialog"));
    QVERIFY(dialog);
    QVERIFY(!dialog->canAccept()); // the reason is required
    dialog->setValue(QStringLiteral("reason"), QStringLiteral("Plate misread: the photo shows B 1234 XYA"));
    dialog->accept();

    // The form opens for the correction; Save correction stays off nothing until a field changes.
    auto *plate = editor<QLineEdit>(casefield::kPlate);
    QVERIFY(!plate->isReadOnly());
    QVERIFY(button(QStringLiteral("saveCorrectionButton"))->isVisible());
    plate->selectAll();
    QTest::keyClicks(plate, QStringLiteral("B 1234 XYA"));
    QVERIFY(m_widget->hasUnsavedInput());
    QVERIFY(clickAndCommit(button(QStringLiteral("saveCorrectionButton"))));

    const auto file = read(m_submitted);
    QVERIFY(file);
    QCOMPARE(file->record.version, 2);
    QCOMPARE(file->versions.size(), 2);
    QCOMPARE(file->versions.last().reason, QStringLiteral("Plate misread: the photo shows B 1234 XYA"));
    QCOMPARE(file->record.data.value(QStringLiteral("plate")).toString(), QStringLiteral("B 1234 XYA"));
    QCOMPARE(file->record.data.value(QStringLiteral("offender_name")).toString(), QStringLiteral("Budi Santoso"));

    // The Versions tab: v1 and v2, and v2's difference to v1 is the plate, before and after.
    m_widget->showCase(*file);
    QVERIFY(editor<QLineEdit>(casefield::kPlate)->isReadOnly());
    auto *versions = m_widget->findChild<QListWidget *>(QStringLiteral("versionList"));
    QCOMPARE(versions->count(), 2);
    QVERIFY(versions->item(1)->text().contains(QStringLiteral("Plate misread")));
    QCOMPARE(versions->currentRow(), 1);
    auto *differences = m_widget->findChild<QTreeWidget *>(QStringLiteral("versionDifferences"));
    QCOMPARE(differences->topLevelItemCount(), 1);
    QTreeWidgetItem *row = differences->topLevelItem(0);
    QCOMPARE(row->data(0, Qt::UserRole).toString(), QStringLiteral("plate"));
    QCOMPARE(row->text(0), caseFieldLabel(QStringLiteral("plate")));
    QCOMPARE(row->text(1), QStringLiteral("B 1234 XYZ"));
    QCOMPARE(row->text(2), QStringLiteral("B 1234 XYA"));

    // The timeline tells it in words, with the reason.
    auto *timeline = m_widget->findChild<QTreeWidget *>(QStringLiteral("caseTimeline"));
    bool told = false;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        told = told || timeline->topLevelItem(i)->text(2).contains(QStringLiteral("Plate misread"));
    QVERIFY(told);
}

void TestCaseDetail::accidentSeverityAndSuggestedArticles()
{
    m_widget->startNew(CaseKind::Accident);
    auto *victims = editor<PartyTable>(casefield::kVictims);
    QVERIFY(victims);
    const int row = victims->addRow();
    victims->table()->item(row, 0)->setText(QStringLiteral("Siti Aminah"));
    victims->table()->item(row, 2)->setText(QStringLiteral("34"));
    auto *condition = qobject_cast<QComboBox *>(victims->table()->cellWidget(row, 3));
    QVERIFY(condition);
    condition->setCurrentIndex(condition->findData(QStringLiteral("lb")));

    auto *severity = form()->findChild<QLabel *>(QStringLiteral("severity"));
    QVERIFY(severity->text().contains(QStringLiteral("berat"), Qt::CaseInsensitive));
    QVERIFY(form()->findChild<QCheckBox *>(QStringLiteral("confirm_310(3)")));
    QVERIFY(!form()->findChild<QCheckBox *>(QStringLiteral("confirm_312")));

    // The driver fled: Pasal 312 comes on top of 310(3).
    auto *collision = editor<QComboBox>(casefield::kCollisionType);
    collision->setCurrentIndex(collision->findData(QStringLiteral("hit_and_run")));
    QVERIFY(form()->findChild<QCheckBox *>(QStringLiteral("confirm_310(3)")));
    auto *fled = form()->findChild<QCheckBox *>(QStringLiteral("confirm_312"));
    QVERIFY(fled);

    // The investigator's ticks become confirmed_articles.
    fled->setChecked(true);
    form()->findChild<QCheckBox *>(QStringLiteral("confirm_310(3)"))->setChecked(true);
    QCOMPARE(form()->data().value(QStringLiteral("confirmed_articles")).toStringList(),
             (QStringList{QStringLiteral("310(3)"), QStringLiteral("312")}));
    const QVariantList stored = form()->data().value(QStringLiteral("victims")).toList();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().toMap().value(QStringLiteral("condition")).toString(), QStringLiteral("lb"));
}

void TestCaseDetail::etleTicketToPaymentCode()
{
    QVariantMap capture{
        {QString::fromLatin1(casefield::kCameraId), QStringLiteral("ETLE-JAKPUS-007")},
        {QString::fromLatin1(casefield::kOccurredAt), wibNow(90)},
        {QString::fromLatin1(casefield::kPlace), QStringLiteral("Jl. MH Thamrin")},
        {QString::fromLatin1(casefield::kPlateRead), QStringLiteral("B1234XYZ")},
        {QString::fromLatin1(casefield::kPlate), QStringLiteral("B 1234 XYZ")},
        {QString::fromLatin1(casefield::kSpeedKmh), 92},
        {QString::fromLatin1(casefield::kSpeedLimitKmh), 60},
    };
    capture.insert(m_desk->factory().chargeFields({QStringLiteral("287(5)")}, m_desk->catalogue()));
    const QUuid id = storeCase(CaseKind::Etle, capture, false);
    QVERIFY(!id.isNull());
    QVERIFY(reload(id));

    // Captured: the capture is editable and Verify submits it.
    QCOMPARE(button(QStringLiteral("submitButton"))->text(), QStringLiteral("Verify"));
    QVERIFY(button(QStringLiteral("move_rejected")));
    QVERIFY(clickAndCommit(button(QStringLiteral("submitButton"))));
    QVERIFY(reload(id));
    QCOMPARE(toString(m_widget->shownCase()->record.state), toString(CaseState::Verified));

    QTest::mouseClick(button(QStringLiteral("move_identified")), Qt::LeftButton);
    QVERIFY(answerPrompt(QStringLiteral("ownerDialog"),
                         {{QStringLiteral("owner_name"), QStringLiteral("Hendra Wijaya")},
                          {QStringLiteral("owner_nik"), kOtherNik},
                          {QStringLiteral("owner_address"), QStringLiteral("Jl. Kramat Raya 12, Jakarta Pusat")}}));
    QVERIFY(reload(id));
    QCOMPARE(toString(m_widget->shownCase()->record.state), toString(CaseState::Identified));
    QCOMPARE(m_widget->shownCase()->record.data.value(QStringLiteral("owner_nik")).toString(), kOtherNik);

    QVERIFY(clickAndCommit(button(QStringLiteral("move_notice_sent"))));
    QVERIFY(reload(id));
    QCOMPARE(toString(m_widget->shownCase()->record.state), toString(CaseState::NoticeSent));
    QVERIFY(m_widget->findChild<QLabel *>(QStringLiteral("deadlineLine"))->isVisible());
    QVERIFY(!button(QStringLiteral("move_stnk_blocked"))); // not before the deadline has passed

    QVERIFY(clickAndCommit(button(QStringLiteral("move_confirmed"))));
    QVERIFY(reload(id));
    QCOMPARE(toString(m_widget->shownCase()->record.state), toString(CaseState::Confirmed));

    QVERIFY(clickAndCommit(button(QStringLiteral("move_payment_issued"))));
    QVERIFY(reload(id));
    const CaseRecord record = m_widget->shownCase()->record;
    QCOMPARE(toString(record.state), toString(CaseState::PaymentIssued));
    const QString code = record.data.value(QStringLiteral("payment_code")).toString();
    QCOMPARE(code.size(), 15);
    QVERIFY(hasValidCheckDigit(code));
    QCOMPARE(code, paymentCodeFor(record.number));
    // Shown in groups of 4-4-4-3, as bank apps print it.
    const QString grouped =
        QStringLiteral("%1 %2 %3 %4").arg(code.mid(0, 4), code.mid(4, 4), code.mid(8, 4), code.mid(12));
    QVERIFY2(m_widget->findChild<QLabel *>(QStringLiteral("paymentLine"))->text().contains(grouped),
             qPrintable(m_widget->findChild<QLabel *>(QStringLiteral("paymentLine"))->text()));
}

void TestCaseDetail::confirmationDeadlineByInjectedClock()
{
    QVariantMap capture{
        {QString::fromLatin1(casefield::kCameraId), QStringLiteral("ETLE-JAKPUS-003")},
        {QString::fromLatin1(casefield::kOccurredAt), wibNow(120)},
        {QString::fromLatin1(casefield::kPlace), QStringLiteral("Bundaran HI")},
        {QString::fromLatin1(casefield::kPlate), QStringLiteral("B 4321 ABC")},
    };
    capture.insert(m_desk->factory().chargeFields({QStringLiteral("287(1)")}, m_desk->catalogue()));
    const QUuid id = storeCase(CaseKind::Etle, capture, true);
    QVERIFY(!id.isNull());
    auto file = read(id);
    QVERIFY(file);
    ChangeList steps{m_desk->factory().moveCase(
        file->record, CaseState::Identified,
        {{QStringLiteral("owner_name"), QStringLiteral("Rina")}, {QStringLiteral("owner_nik"), kOtherNik}})};
    CaseRecord identified = file->record;
    identified.state = CaseState::Identified;
    steps.append(m_desk->factory().moveCase(identified, CaseState::NoticeSent));
    QVERIFY(test::commit(*m_service, steps));
    file = read(id);
    QVERIFY(file);
    const QDateTime sent =
        QDateTime::fromString(file->record.data.value(QStringLiteral("notice_sent_at")).toString(), Qt::ISODate);
    QVERIFY(sent.isValid());

    // Five days after the notice: three days left, and the due date named.
    m_desk->setClock([sent] { return sent.addDays(5); });
    m_widget->showCase(*file);
    auto *line = m_widget->findChild<QLabel *>(QStringLiteral("deadlineLine"));
    // (The English plural comes from the English translation; "day(s)" until it has this line.)
    static const QRegularExpression threeDaysLeft(QStringLiteral("3 day(s|\\(s\\)) left"));
    QVERIFY2(line->text().contains(threeDaysLeft), qPrintable(line->text()));
    QVERIFY(line->text().contains(QStringLiteral("Confirmation due")));
    QVERIFY(
        line->text().contains(confirmationDeadline(sent).toOffsetFromUtc(7 * 3600).toString(QStringLiteral("yyyy"))));
    QVERIFY(!button(QStringLiteral("move_stnk_blocked")));

    // Ten days after: overdue by two, and the STNK block is offered.
    m_desk->setClock([sent] { return sent.addDays(10); });
    m_widget->showCase(*file);
    static const QRegularExpression twoDaysLate(QStringLiteral("overdue by 2 day(s|\\(s\\))"));
    QVERIFY2(line->text().contains(twoDaysLate), qPrintable(line->text()));
    QVERIFY(button(QStringLiteral("move_stnk_blocked")));
}

void TestCaseDetail::voidNeedsAnotherSupervisor()
{
    const QUuid id = storeCase(CaseKind::Violation, violationData(), true);
    QVERIFY(!id.isNull());
    QVERIFY(reload(id));

    QTest::mouseClick(button(QStringLiteral("requestVoidButton")), Qt::LeftButton);
    QVERIFY(answerPrompt(QStringLiteral("voidRequestDialog"),
                         {{QStringLiteral("reason"), QStringLiteral("The motorcycle was on an ambulance escort")}}));
    QVERIFY(reload(id));
    QVERIFY(m_widget->shownCase()->pendingVoid());

    // The requester sees the request waiting, and no way to approve it.
    auto *banner = m_widget->findChild<QFrame *>(QStringLiteral("voidBanner"));
    QVERIFY(banner->isVisible());
    auto *text = m_widget->findChild<QLabel *>(QStringLiteral("voidText"));
    QVERIFY(text->text().contains(QStringLiteral("ambulance escort")));
    QVERIFY2(text->text().contains(QStringLiteral("Waiting for a supervisor other than %1").arg(test::kActor)),
             qPrintable(text->text()));
    QVERIFY(!button(QStringLiteral("approveVoidButton"))->isVisible());
    QVERIFY(!button(QStringLiteral("requestVoidButton"))->isVisible());

    // A dispatcher at another desk is not offered the decision either.
    m_changes->setActor(QStringLiteral("87050888"));
    m_desk->setActor(Actor{QStringLiteral("87050888"), Role::Dispatcher, QStringLiteral("PMJ")});
    QVERIFY(reload(id));
    QVERIFY(!button(QStringLiteral("approveVoidButton"))->isVisible());

    // Another supervisor approves: the ticket is voided, both accounts on record.
    m_changes->setActor(kSupervisor);
    m_desk->setActor(Actor{kSupervisor, Role::Supervisor, QStringLiteral("PMJ")});
    QVERIFY(reload(id));
    QVERIFY(button(QStringLiteral("approveVoidButton"))->isVisible());
    QVERIFY(button(QStringLiteral("refuseVoidButton"))->isVisible());
    QTest::mouseClick(button(QStringLiteral("approveVoidButton")), Qt::LeftButton);
    QVERIFY(answerPrompt(QStringLiteral("approveVoidDialog"),
                         {{QStringLiteral("reason"), QStringLiteral("Escort confirmed by the dispatch log")}}));
    const auto file = read(id);
    QVERIFY(file);
    QCOMPARE(toString(file->record.state), toString(CaseState::Voided));
    QCOMPARE(file->voidRequests.size(), 1);
    QCOMPARE(file->voidRequests.first().requester, test::kActor);
    QCOMPARE(file->voidRequests.first().decidedBy, kSupervisor);
    m_widget->showCase(*file);
    QVERIFY(!button(QStringLiteral("correctButton"))->isVisible());
    QVERIFY(text->text().contains(kSupervisor));
}

void TestCaseDetail::attachmentShowsThumbnail()
{
    const QUuid id = storeCase(CaseKind::Violation, violationData(), false);
    QVERIFY(!id.isNull());
    QVERIFY(reload(id));
    const QString path = m_dir.filePath(QStringLiteral("helm.png"));
    QImage photo(640, 480, QImage::Format_RGB32);
    photo.fill(QColor(QStringLiteral("#2b6cb0")));
    QVERIFY(photo.save(path));

    QSignalSpy committed(m_desk.get(), &CaseDesk::committed);
    QVERIFY(m_widget->attachFile(path));
    QTRY_VERIFY_WITH_TIMEOUT(!committed.isEmpty(), kWaitMs);
    auto file = read(id);
    QVERIFY(file);
    QCOMPARE(file->attachments.size(), 1);
    const CaseAttachment attachment = file->attachments.first();
    QCOMPARE(attachment.name, QStringLiteral("helm.png"));
    QCOMPARE(attachment.mime, QStringLiteral("image/png"));

    m_widget->showCase(*file);
    auto *view = m_widget->findChild<CaseAttachmentsView *>();
    QCOMPARE(view->list()->count(), 1);
    QVERIFY(view->list()->item(0)->text().contains(QStringLiteral("helm.png")));
    QTRY_VERIFY_WITH_TIMEOUT(view->hasThumbnail(attachment.sha256), kWaitMs);

    // A copy saved from the record is the same file.
    const QString copy = m_dir.filePath(QStringLiteral("copy.png"));
    QVERIFY(m_widget->saveAttachmentCopy(attachment.sha256, copy));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(copy), kWaitMs);
    QFile original(path);
    QFile saved(copy);
    QVERIFY(original.open(QIODevice::ReadOnly) && saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), original.readAll());
}

void TestCaseDetail::oversizedAttachmentIsRefused()
{
    const QUuid id = storeCase(CaseKind::Violation, violationData(), false);
    QVERIFY(reload(id));
    const QString path = m_dir.filePath(QStringLiteral("video.mp4"));
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(int(kMaxAttachmentBytes) + 1024, 'x'));
    big.close();
    test::MessageBoxAnswerer answerer(QMessageBox::Ok);
    QVERIFY(!m_widget->attachFile(path));
    QCOMPARE(answerer.asked.size(), 1);
    QVERIFY(answerer.asked.first().text.contains(QStringLiteral("video.mp4")));
    QVERIFY(answerer.asked.first().text.contains(QStringLiteral("MB")));
    QCOMPARE(read(id)->attachments.size(), 0);
}

void TestCaseDetail::auditorReadsOnly()
{
    const QUuid id = storeCase(CaseKind::Violation, violationData(), false);
    m_desk->setActor(Actor{QStringLiteral("auditor1"), Role::Auditor, QStringLiteral("PMJ")});
    QVERIFY(reload(id));
    QCOMPARE(toString(m_widget->shownCase()->record.state), toString(CaseState::Draft));
    QVERIFY(editor<QLineEdit>(casefield::kOffenderName)->isReadOnly());
    QVERIFY(!button(QStringLiteral("submitButton"))->isVisible());
    QVERIFY(!button(QStringLiteral("saveDraftButton"))->isVisible());
    QVERIFY(!button(QStringLiteral("correctButton"))->isVisible());
    QVERIFY(!m_widget->saveDraft());
    QVERIFY(!m_widget->findChild<QLineEdit *>(QStringLiteral("noteEdit"))->isEnabled());
}

void TestCaseDetail::noteGoesToTheTimeline()
{
    const QUuid id = storeCase(CaseKind::Violation, violationData(), true);
    QVERIFY(reload(id));
    auto *note = m_widget->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
    QVERIFY(note->isEnabled());
    QTest::keyClicks(note, QStringLiteral("Offender paid at the roadside BRI unit"));
    QSignalSpy committed(m_desk.get(), &CaseDesk::committed);
    QTest::keyClick(note, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!committed.isEmpty(), kWaitMs);
    QVERIFY(reload(id));
    auto *timeline = m_widget->findChild<QTreeWidget *>(QStringLiteral("caseTimeline"));
    QTreeWidgetItem *last = timeline->topLevelItem(timeline->topLevelItemCount() - 1);
    QCOMPARE(last->text(1), test::kActor);
    QCOMPARE(last->text(2), QStringLiteral("Note: Offender paid at the roadside BRI unit"));
    QCOMPARE(read(id)->record.version, 1); // a note is not a correction
}

void TestCaseDetail::unsavedDraftIsNotDroppedSilently()
{
    const QUuid other = storeCase(CaseKind::Violation, violationData(), true);
    m_widget->startNew(CaseKind::Watch);
    QTest::keyClicks(editor<QLineEdit>(casefield::kPlate), QStringLiteral("B 9876 QQ"));
    QVERIFY(m_widget->hasUnsavedInput());
    {
        test::MessageBoxAnswerer keep(QMessageBox::Cancel);
        QVERIFY(reload(other));
        QCOMPARE(keep.asked.size(), 1);
        QVERIFY(!m_widget->shownCase());
        QCOMPARE(editor<QLineEdit>(casefield::kPlate)->text(), QStringLiteral("B 9876 QQ"));
    }
    test::MessageBoxAnswerer discard(QMessageBox::Discard);
    QVERIFY(reload(other));
    QCOMPARE(discard.asked.size(), 1);
    QVERIFY(m_widget->shownCase());
    QCOMPARE(m_widget->shownCase()->record.id, other);
}

QTEST_MAIN(TestCaseDetail)
#include "tst_casedetail.moc"
