// The "Needs attention" list: rows from the store's quarantine and the session's rejections, told the way a
// dispatcher reads them (no JSON), the server's reason translated by its code, and "Open incident".
#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "guitestsupport.h"
#include "language.h"
#include "syncview/needsattentionmodel.h"
#include "syncview/needsattentionpanel.h"

using namespace lintas;

namespace {

const QUuid kIncident = QUuid::fromString(QStringLiteral("0190c1a2-0000-7000-8000-000000000001"));
const QUuid kUnit = QUuid::fromString(QStringLiteral("0190c1a2-0000-7000-8000-0000000000aa"));
const QString kNumber = QStringLiteral("JAKPUS-20261127-0042");
const qint64 kMadeMs = QDateTime(QDate(2026, 11, 27), QTime(13, 20), Qt::UTC).toMSecsSinceEpoch();

QuarantinedChange rejected(EntityKind entity, const QUuid &id, ChangeKind kind, const QVariantMap &fields,
                           const QString &code, const QString &reason, qint64 atMs)
{
    QuarantinedChange q;
    q.change.opId = QUuid::createUuid();
    q.change.siteId = test::kSite;
    q.change.hlc = Hlc::fromParts(kMadeMs, 0);
    q.change.actor = test::kActor;
    q.change.entity = entity;
    q.change.entityId = id;
    q.change.kind = kind;
    q.change.fields = fields;
    q.code = code;
    q.reason = reason;
    q.atMs = atMs;
    return q;
}

QuarantinedChange reopening(const QString &code, const QString &reason = {}, qint64 atMs = kMadeMs + 60000)
{
    return rejected(
        EntityKind::Incident, kIncident, ChangeKind::Transition,
        {{QStringLiteral("from"), QStringLiteral("cleared")}, {QStringLiteral("to"), QStringLiteral("reported")}}, code,
        reason, atMs);
}

} // namespace

class TestNeedsAttention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reasonIsTranslatedByCode_data();
    void reasonIsTranslatedByCode();
    void changesAreToldReadably_data();
    void changesAreToldReadably();
    void rowsAreNewestFirstAndNeverTwice();
    void rowsCarryTheirIncident();
    void tooltipKeepsTheServersSentence();
    void followsTheLanguage();
    void panelOpensTheIncident();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<NeedsAttentionModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestNeedsAttention::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
}

void TestNeedsAttention::init()
{
    QVERIFY(Language::instance()->setLanguage(QStringLiteral("en")));
    m_model = std::make_unique<NeedsAttentionModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setIncidentLabeler([](const QUuid &id) { return id == kIncident ? kNumber : QString(); });
    m_model->setUnitLabeler([](const QUuid &id) { return id == kUnit ? QStringLiteral("JAKPUS-R2-03") : QString(); });
}

void TestNeedsAttention::cleanup()
{
    m_tester.reset();
    m_model.reset();
    Language::instance()->setLanguage(QStringLiteral("en"));
}

void TestNeedsAttention::reasonIsTranslatedByCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("serverReason");
    QTest::addColumn<QString>("expected");
    const QString sentence = QStringLiteral("A dispatcher may not reopen a cleared incident");
    QTest::newRow("forbidden_role") << QStringLiteral("forbidden_role") << sentence
                                    << QStringLiteral("Your role may not do this");
    QTest::newRow("out_of_scope") << QStringLiteral("out_of_scope") << sentence
                                  << QStringLiteral("This record is outside your area of command");
    QTest::newRow("read_only") << QStringLiteral("read_only") << sentence
                               << QStringLiteral("Your account may only read, not change records");
    QTest::newRow("unknown code: the server's sentence") << QStringLiteral("schema") << sentence << sentence;
    QTest::newRow("code alone") << QStringLiteral("invalid") << QString()
                                << QStringLiteral("Rejected by the server (invalid)");
    QTest::newRow("nothing") << QString() << QString() << QStringLiteral("Rejected by the server");
}

void TestNeedsAttention::reasonIsTranslatedByCode()
{
    QFETCH(QString, code);
    QFETCH(QString, serverReason);
    QFETCH(QString, expected);
    QCOMPARE(NeedsAttentionModel::reasonText(code, serverReason), expected);
    m_model->addChange(reopening(code, serverReason));
    QCOMPARE(m_model->index(0, NeedsAttentionModel::ReasonColumn).data().toString(), expected);
    QCOMPARE(m_model->index(0, 0).data(NeedsAttentionModel::ReasonCodeRole).toString(), code);
}

void TestNeedsAttention::changesAreToldReadably_data()
{
    QTest::addColumn<QuarantinedChange>("change");
    QTest::addColumn<QString>("expected");
    const QString code = QStringLiteral("forbidden_role");
    QTest::newRow("reopening") << reopening(code)
                               << QStringLiteral("JAKPUS-20261127-0042: status from “Cleared” to “Reported”");
    QTest::newRow("new incident") << rejected(EntityKind::Incident, QUuid::createUuid(), ChangeKind::Create,
                                              {{QStringLiteral("number"), QStringLiteral("JAKSEL-20261127-0007")},
                                               {QStringLiteral("type_code"), QStringLiteral("no-such-type")},
                                               {QStringLiteral("road"), QStringLiteral("Jalan Sudirman")}},
                                              QStringLiteral("out_of_scope"), {}, kMadeMs)
                                  << QStringLiteral(
                                         "New incident JAKSEL-20261127-0007: no-such-type at Jalan Sudirman");
    QTest::newRow("priority") << rejected(EntityKind::Incident, kIncident, ChangeKind::Set,
                                          {{QStringLiteral("priority"), 1}}, code, {}, kMadeMs)
                              << QStringLiteral("JAKPUS-20261127-0042: changed priority P1");
    QTest::newRow("note") << rejected(EntityKind::Incident, kIncident, ChangeKind::Note,
                                      {{QStringLiteral("text"), QStringLiteral("Korban dibawa ke RSCM")}},
                                      QStringLiteral("read_only"), {}, kMadeMs)
                          << QStringLiteral("JAKPUS-20261127-0042: note “Korban dibawa ke RSCM”");
    QTest::newRow("dispatch") << rejected(EntityKind::Incident, kIncident, ChangeKind::Dispatch,
                                          {{QStringLiteral("unit_id"), kUnit.toString(QUuid::WithoutBraces)}}, code, {},
                                          kMadeMs)
                              << QStringLiteral("JAKPUS-20261127-0042: dispatch of JAKPUS-R2-03");
    QTest::newRow("unit move") << rejected(EntityKind::Unit, kUnit, ChangeKind::Transition,
                                           {{QStringLiteral("from"), QStringLiteral("available")},
                                            {QStringLiteral("to"), QStringLiteral("out_of_service")}},
                                           code, {}, kMadeMs)
                               << QStringLiteral("JAKPUS-R2-03: status from “Available” to “Out of service”");
    QTest::newRow("unit position") << rejected(
                                          EntityKind::Unit, kUnit, ChangeKind::Set,
                                          {{QStringLiteral("latitude"), -6.2}, {QStringLiteral("longitude"), 106.8}},
                                          code, {}, kMadeMs)
                                   << QStringLiteral("JAKPUS-R2-03: changed position");
    QTest::newRow("unit renamed") << rejected(EntityKind::Unit, kUnit, ChangeKind::Set,
                                              {{QStringLiteral("callsign"), QStringLiteral("JAKPUS-R2-99")}}, code, {},
                                              kMadeMs)
                                  << QStringLiteral("JAKPUS-R2-03: changed callsign JAKPUS-R2-99");
    QTest::newRow("new unit") << rejected(EntityKind::Unit, QUuid::createUuid(), ChangeKind::Create,
                                          {{QStringLiteral("callsign"), QStringLiteral("JAKBAR-R4-07")}}, code, {},
                                          kMadeMs)
                              << QStringLiteral("New unit JAKBAR-R4-07");
    QTest::newRow("unknown incident")
        << rejected(EntityKind::Incident, QUuid::fromString(QStringLiteral("0190ffff-0000-7000-8000-000000000009")),
                    ChangeKind::Note, {{QStringLiteral("text"), QStringLiteral("x")}}, code, {}, kMadeMs)
        << QStringLiteral("incident 0190ffff: note “x”");
}

void TestNeedsAttention::changesAreToldReadably()
{
    QFETCH(QuarantinedChange, change);
    QFETCH(QString, expected);
    m_model->addChange(change);
    const QString text = m_model->index(0, NeedsAttentionModel::ChangeColumn).data().toString();
    QCOMPARE(text, expected);
    QVERIFY(!text.contains(QLatin1Char('{'))); // never JSON
    // When it was made, in Jakarta time (13:20 UTC); the full date and time in the tool tip.
    QVERIFY(m_model->index(0, NeedsAttentionModel::TimeColumn).data().toString().endsWith(QLatin1String("20:20")));
    QVERIFY(m_model->index(0, NeedsAttentionModel::TimeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("27-11-2026 20:20:00 WIB")));
}

void TestNeedsAttention::rowsAreNewestFirstAndNeverTwice()
{
    QSignalSpy count(m_model.get(), &NeedsAttentionModel::countChanged);
    const QuarantinedChange older = reopening(QStringLiteral("forbidden_role"), {}, kMadeMs + 1000);
    const QuarantinedChange newer = reopening(QStringLiteral("out_of_scope"), {}, kMadeMs + 5000);
    m_model->addChanges({older, newer});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->changeAt(0).change.opId, newer.change.opId);
    QCOMPARE(m_model->changeAt(1).change.opId, older.change.opId);
    // The store's quarantine read again after the session reported the same rejection: no second row.
    m_model->addChanges({newer, older});
    m_model->addChange(newer);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(count.count(), 2);
    QCOMPARE(count.last().first().toInt(), 2);
}

void TestNeedsAttention::rowsCarryTheirIncident()
{
    QuarantinedChange unitMove = rejected(EntityKind::Unit, kUnit, ChangeKind::Transition,
                                          {{QStringLiteral("from"), QStringLiteral("dispatched")},
                                           {QStringLiteral("to"), QStringLiteral("en_route")},
                                           {QStringLiteral("incident_id"), kIncident.toString(QUuid::WithoutBraces)}},
                                          QStringLiteral("forbidden_role"), {}, kMadeMs + 10);
    QuarantinedChange roster = rejected(EntityKind::Unit, kUnit, ChangeKind::Set,
                                        {{QStringLiteral("callsign"), QStringLiteral("JAKPUS-R2-99")}},
                                        QStringLiteral("forbidden_role"), {}, kMadeMs);
    m_model->addChanges({unitMove, roster});
    QCOMPARE(m_model->index(0, 0).data(NeedsAttentionModel::IncidentIdRole).toUuid(), kIncident);
    QVERIFY(m_model->index(0, NeedsAttentionModel::ChangeColumn).data().toString().contains(kNumber));
    QVERIFY(m_model->index(1, 0).data(NeedsAttentionModel::IncidentIdRole).toUuid().isNull());
    QCOMPARE(m_model->index(1, 0).data(NeedsAttentionModel::OpIdRole).toUuid(), roster.change.opId);
}

void TestNeedsAttention::tooltipKeepsTheServersSentence()
{
    const QString sentence = QStringLiteral("dispatcher 87050123 may not reopen a cleared incident");
    m_model->addChange(reopening(QStringLiteral("forbidden_role"), sentence));
    const QString tip = m_model->index(0, NeedsAttentionModel::ReasonColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QLatin1String("Your role may not do this")));
    QVERIFY(tip.contains(sentence));
    const QString when = m_model->index(0, NeedsAttentionModel::TimeColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(when.contains(test::kActor));
    QVERIFY(when.contains(QLatin1String("Rejected by the server at")));
}

void TestNeedsAttention::followsTheLanguage()
{
    m_model->addChange(reopening(QStringLiteral("forbidden_role")));
    const QString english = m_model->index(0, NeedsAttentionModel::ChangeColumn).data().toString();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(Language::instance()->setLanguage(QStringLiteral("id")));
    QVERIFY(!changed.isEmpty());
    const QString reason = m_model->index(0, NeedsAttentionModel::ReasonColumn).data().toString();
    QVERIFY(reason != QLatin1String("Your role may not do this"));
    QVERIFY(!reason.isEmpty());
    const QString indonesian = m_model->index(0, NeedsAttentionModel::ChangeColumn).data().toString();
    QVERIFY(indonesian != english);
    QVERIFY(indonesian.contains(kNumber));
    QVERIFY(m_model->headerData(NeedsAttentionModel::ReasonColumn, Qt::Horizontal).toString() !=
            QLatin1String("Why the server rejected it"));
}

void TestNeedsAttention::panelOpensTheIncident()
{
    NeedsAttentionPanel panel(m_model.get());
    QSet<QUuid> onRecord{kIncident};
    panel.setIncidentExists([&onRecord](const QUuid &id) { return onRecord.contains(id); });
    panel.resize(900, 300);
    panel.show();
    QVERIFY(!panel.openButton()->isEnabled());

    const QuarantinedChange gone = rejected(EntityKind::Incident, QUuid::createUuid(), ChangeKind::Create,
                                            {{QStringLiteral("type_code"), QStringLiteral("kemacetan")}},
                                            QStringLiteral("out_of_scope"), {}, kMadeMs + 20);
    m_model->addChanges({reopening(QStringLiteral("forbidden_role")), gone});
    QSignalSpy open(&panel, &NeedsAttentionPanel::openIncidentRequested);
    QTableView *view = panel.view();
    // The rejected new incident is not on record: nothing to open.
    const auto rowOf = [&](const QUuid &opId) {
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->index(row, 0).data(NeedsAttentionModel::OpIdRole).toUuid() == opId)
                return row;
        return -1;
    };
    view->setCurrentIndex(view->model()->index(rowOf(gone.change.opId), 0));
    QVERIFY(!panel.openButton()->isEnabled());
    const int reopen =
        rowOf(m_model->changeAt(m_model->changeAt(0).change.opId == gone.change.opId ? 1 : 0).change.opId);
    view->setCurrentIndex(view->model()->index(reopen, 0));
    QVERIFY(panel.openButton()->isEnabled());
    panel.openButton()->click();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toUuid(), kIncident);
    // Enter on the list does the same.
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.count(), 2);
}

QTEST_MAIN(TestNeedsAttention)
#include "tst_needsattention.moc"
