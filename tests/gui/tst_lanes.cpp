#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include "guitestsupport.h"
#include "incidentdetailwidget.h"
#include "store/storereader.h"
#include "timers/laneimpacteditor.h"
#include "unitboardmodel.h"

using namespace lintas;

// What QCOMPARE prints for the lane types (found by argument-dependent lookup).
namespace lintas {
char *toString(const LaneImpact &impact)
{
    return qstrdup(qPrintable(impact.toJson()));
}
char *toString(const LaneDirection &direction)
{
    return qstrdup(qPrintable(LaneImpact{{direction}}.toJson()));
}
} // namespace lintas

// The lane impact editor on its own (keyboard first), then inside the incident detail with a real store: lanes,
// the clearance milestones, "Mark verified" and the timeline.
class TestLanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void laneStatesFromTheKeyboard();
    void directionsAndLanesAddAndRemove();
    void newDirectionFromTheKeyboard();
    void storeUpdateKeepsAnUnsavedEdit();
    void readOnlyEditorChangesNothing();
    void summaryCountsLanes();

    void lanesSavedThroughTheStore();
    void lanesClearedIsAMilestone();
    void markVerified();
    void lastUnitDepartedIsAMilestone();
    void timelineShowsWhoAndWhen();
    void auditorSeesButCannotChange();

private:
    static LaneImpact twoWay();
    void openDetail(const QUuid &incidentId);

    QTemporaryDir m_dir;
    QString m_path;
    int m_round = 0;
    QList<QUuid> m_unitIds;
    QList<QUuid> m_incidentIds;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_factory;
    std::unique_ptr<StoreService> m_service;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<UnitBoardModel> m_units;
    std::unique_ptr<IncidentDetailWidget> m_detail;
};

void TestLanes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
}

void TestLanes::init()
{
    m_path = m_dir.filePath(QStringLiteral("lanes-%1.sqlite").arg(++m_round));
    m_unitIds.clear();
    m_incidentIds.clear();
    QVERIFY(test::seedFixture(m_path, &m_unitIds, &m_incidentIds));
    m_clock = std::make_unique<HybridClock>();
    m_factory = std::make_unique<ChangeFactory>(test::kSite, test::kActor, m_clock.get());
    m_service = std::make_unique<StoreService>(m_path, test::kSite);
    QVERIFY(test::startService(*m_service));
    m_reader = std::make_unique<StoreReader>(m_path);
    QVERIFY(m_reader->isOpen());
    m_units = std::make_unique<UnitBoardModel>();
    m_units->connectTo(m_service.get());
    m_units->setUnits(m_reader->units());
}

void TestLanes::cleanup()
{
    m_detail.reset();
    m_units.reset();
    m_reader.reset();
    m_service.reset();
}

LaneImpact TestLanes::twoWay()
{
    return {{{QStringLiteral("arah Semanggi"), {LaneState::Clear, LaneState::Clear, LaneState::Clear}},
             {QStringLiteral("arah Bundaran HI"), {LaneState::Clear, LaneState::Clear}}}};
}

void TestLanes::openDetail(const QUuid &incidentId)
{
    m_detail = std::make_unique<IncidentDetailWidget>(m_reader.get(), m_service.get(), m_factory.get(), m_units.get());
    m_detail->resize(760, 900);
    m_detail->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_detail.get()));
    m_detail->showIncident(incidentId);
    QVERIFY(m_detail->incident().has_value());
}

void TestLanes::laneStatesFromTheKeyboard()
{
    LaneImpactEditor editor;
    editor.setImpact(twoWay());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.isDirty());
    LaneButton *first = editor.laneButton(0, 0);
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    // Space moves a lane on: clear → affected → blocked → clear.
    QTest::keyClick(first, Qt::Key_Space);
    QVERIFY(first->state() == LaneState::Affected);
    QTest::keyClick(first, Qt::Key_Space);
    QVERIFY(first->state() == LaneState::Blocked);
    QTest::keyClick(first, Qt::Key_Space);
    QVERIFY(first->state() == LaneState::Clear);
    // B, A and C set a state at once; Left and Right move along the direction.
    QTest::keyClick(first, Qt::Key_B);
    QVERIFY(first->state() == LaneState::Blocked);
    QTest::keyClick(first, Qt::Key_Right);
    QVERIFY(editor.laneButton(0, 1)->hasFocus());
    QTest::keyClick(editor.laneButton(0, 1), Qt::Key_A);
    QTest::keyClick(editor.laneButton(0, 1), Qt::Key_Right);
    QTest::keyClick(editor.laneButton(0, 2), Qt::Key_Right); // the last lane: stays
    QVERIFY(editor.laneButton(0, 2)->hasFocus());
    QTest::keyClick(editor.laneButton(0, 2), Qt::Key_Left);
    QVERIFY(editor.laneButton(0, 1)->hasFocus());

    const LaneImpact edited = editor.impact();
    QCOMPARE(edited.directions.at(0), (LaneDirection{QStringLiteral("arah Semanggi"),
                                                     {LaneState::Blocked, LaneState::Affected, LaneState::Clear}}));
    QCOMPARE(edited.directions.at(1), twoWay().directions.at(1));
    QVERIFY(editor.isDirty());
    QVERIFY(editor.saveButton()->isEnabled());
    // Each lane says what it is to a screen reader.
    QCOMPARE(editor.laneButton(0, 0)->accessibleName(), QStringLiteral("arah Semanggi, lane 1 of 3: blocked"));
    QSignalSpy save(&editor, &LaneImpactEditor::saveRequested);
    editor.saveButton()->click();
    QCOMPARE(save.count(), 1);
    QCOMPARE(save.first().first().value<LaneImpact>(), edited);
}

void TestLanes::directionsAndLanesAddAndRemove()
{
    LaneImpactEditor editor;
    QCOMPARE(editor.directionCount(), 0);
    editor.addDirection();
    editor.addDirection();
    QCOMPARE(editor.directionCount(), 2);
    QCOMPARE(editor.laneCount(1), 2);
    editor.addLaneButton(1)->click();
    QCOMPARE(editor.laneCount(1), 3);
    editor.removeLaneButton(1)->click();
    editor.removeLaneButton(1)->click();
    QCOMPARE(editor.laneCount(1), 1);
    QVERIFY(!editor.removeLaneButton(1)->isEnabled()); // a direction has at least one lane
    editor.removeLane(1);
    QCOMPARE(editor.laneCount(1), 1);
    for (int i = 0; i < LaneImpactEditor::kMaxLanes + 2; ++i)
        editor.addLane(0);
    QCOMPARE(editor.laneCount(0), LaneImpactEditor::kMaxLanes);
    QVERIFY(!editor.addLaneButton(0)->isEnabled());
    editor.nameEdit(1)->setText(QStringLiteral("arah Blok M"));
    editor.removeDirectionButton(0)->click();
    QCOMPARE(editor.directionCount(), 1);
    QCOMPARE(editor.impact().directions.first().name, QStringLiteral("arah Blok M"));
    for (int i = 0; i < LaneImpactEditor::kMaxDirections + 1; ++i)
        editor.addDirection();
    QCOMPARE(editor.directionCount(), LaneImpactEditor::kMaxDirections);
    QVERIFY(!editor.addDirectionButton()->isEnabled());
}

void TestLanes::newDirectionFromTheKeyboard()
{
    LaneImpactEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.addDirectionButton()->setFocus();
    QTRY_VERIFY(editor.addDirectionButton()->hasFocus());
    QTest::keyClick(editor.addDirectionButton(), Qt::Key_Space);
    QCOMPARE(editor.directionCount(), 1);
    QVERIFY(editor.nameEdit(0)->hasFocus()); // ready to type its name
    QTest::keyClicks(editor.nameEdit(0), QStringLiteral("arah Kota"));
    // Tab walks the row in reading order: name, each lane, fewer, more, remove; a lane added later too.
    const auto nextTabStop = [](QWidget *from) {
        QWidget *next = from->nextInFocusChain();
        while (next != from && (!(next->focusPolicy() & Qt::TabFocus) || !next->isVisible() || !next->isEnabled()))
            next = next->nextInFocusChain();
        return next;
    };
    // (a layout shows new widgets on its next pass)
    QTRY_COMPARE(nextTabStop(editor.nameEdit(0)), editor.laneButton(0, 0));
    editor.addLane(0);
    QTRY_COMPARE(nextTabStop(editor.laneButton(0, 1)), editor.laneButton(0, 2));
    QCOMPARE(nextTabStop(editor.laneButton(0, 2)), editor.removeLaneButton(0));
    QTest::keyClick(editor.nameEdit(0), Qt::Key_Tab);
    QVERIFY(editor.laneButton(0, 0)->hasFocus());
    QTest::keyClick(editor.laneButton(0, 0), Qt::Key_B);
    QCOMPARE(editor.impact().directions.first().name, QStringLiteral("arah Kota"));
    QCOMPARE(editor.impact().count(LaneState::Blocked), 1);
}

void TestLanes::storeUpdateKeepsAnUnsavedEdit()
{
    LaneImpactEditor editor;
    editor.setImpact(twoWay());
    editor.laneButton(1, 0)->setState(LaneState::Blocked);
    const LaneImpact edited = editor.impact();
    LaneImpact fromElsewhere = twoWay();
    fromElsewhere.directions[0].lanes[2] = LaneState::Affected;
    editor.setImpact(fromElsewhere); // another desk saved first
    QCOMPARE(editor.impact(), edited);
    QCOMPARE(editor.savedImpact(), fromElsewhere);
    QVERIFY(editor.isDirty());
    editor.setImpact(edited); // the store now holds what was edited (this desk's save came back)
    QVERIFY(!editor.isDirty());
    editor.laneButton(0, 0)->setState(LaneState::Blocked);
    editor.revert();
    QCOMPARE(editor.impact(), edited);
    editor.laneButton(0, 0)->setState(LaneState::Blocked);
    editor.setImpact(twoWay(), true); // another incident: forced
    QCOMPARE(editor.impact(), twoWay());
}

void TestLanes::readOnlyEditorChangesNothing()
{
    LaneImpactEditor editor;
    editor.setImpact(twoWay());
    editor.setReadOnly(true);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.laneButton(0, 0)->isEnabled());
    QVERIFY(editor.nameEdit(0)->isReadOnly());
    QVERIFY(!editor.saveButton()->isVisible());
    QVERIFY(!editor.addDirectionButton()->isVisible());
    QVERIFY(!editor.removeDirectionButton(0)->isVisible());
    editor.addDirection();
    editor.removeDirection(0);
    QCOMPARE(editor.impact(), twoWay());
}

void TestLanes::summaryCountsLanes()
{
    QCOMPARE(LaneImpactEditor::summary({}), QStringLiteral("No lanes recorded"));
    LaneImpact impact = twoWay();
    QVERIFY(LaneImpactEditor::summary(impact).contains(QLatin1String("5")));
    impact.directions[0].lanes[0] = LaneState::Blocked;
    impact.directions[0].lanes[1] = LaneState::Blocked;
    impact.directions[1].lanes[0] = LaneState::Affected;
    const QString text = LaneImpactEditor::summary(impact);
    QVERIFY2(text.startsWith(QLatin1String("2 of 5")) && text.contains(QLatin1String("blocked")) &&
                 text.contains(QLatin1String("1 affected")),
             qPrintable(text));
}

void TestLanes::lanesSavedThroughTheStore()
{
    openDetail(m_incidentIds.first());
    LaneImpactEditor *editor = m_detail->laneEditor();
    QCOMPARE(editor->directionCount(), 0);
    const int entries = int(m_detail->timelineTexts().size());
    editor->addDirection();
    editor->nameEdit(0)->setText(QStringLiteral("arah Semanggi"));
    editor->addLane(0);
    editor->laneButton(0, 0)->setState(LaneState::Blocked);
    editor->laneButton(0, 1)->setState(LaneState::Blocked);
    const LaneImpact edited = editor->impact();
    QSignalSpy committed(m_service.get(), &StoreService::committed);
    editor->saveButton()->click();
    QTRY_COMPARE(committed.count(), 1);
    QTRY_COMPARE(m_detail->incident()->lanes, edited);
    QVERIFY(!editor->isDirty());
    const Incident stored = *m_reader->incident(m_incidentIds.first());
    QCOMPARE(stored.lanes, edited);
    QCOMPARE(stored.lanesBlocked, 2);
    QCOMPARE(stored.lanesTotal, 3);
    QTRY_VERIFY(m_detail->timelineTexts().size() > entries); // the lane change is on the timeline
}

void TestLanes::lanesClearedIsAMilestone()
{
    openDetail(m_incidentIds.first());
    QCOMPARE(m_detail->milestoneText(QStringLiteral("lanesCleared")), QStringLiteral("—"));
    LaneImpactEditor *editor = m_detail->laneEditor();
    editor->setImpact({{{QStringLiteral("arah Semanggi"), {LaneState::Blocked, LaneState::Clear}}}}, true);
    editor->laneButton(0, 1)->setState(LaneState::Affected);
    editor->saveButton()->click();
    QTRY_VERIFY(m_detail->incident()->lanes.count(LaneState::Affected) == 1);
    QCOMPARE(m_detail->milestoneText(QStringLiteral("lanesCleared")), QStringLiteral("—"));
    editor->laneButton(0, 0)->setState(LaneState::Clear);
    editor->laneButton(0, 1)->setState(LaneState::Clear);
    editor->saveButton()->click();
    QTRY_VERIFY(m_detail->incident()->lanesClearedAt.isValid());
    QVERIFY(m_detail->milestoneText(QStringLiteral("lanesCleared")).endsWith(QLatin1String("WIB")));
}

void TestLanes::markVerified()
{
    openDetail(m_incidentIds.first());
    QPushButton *verify = m_detail->verifyButton();
    QVERIFY(verify->isVisible());
    QCOMPARE(m_detail->milestoneText(QStringLiteral("verified")), QStringLiteral("not yet"));
    const int entries = int(m_detail->timelineTexts().size());
    verify->click();
    QTRY_VERIFY(m_detail->incident()->verifiedAt.isValid());
    QVERIFY(m_detail->milestoneText(QStringLiteral("verified")).endsWith(QLatin1String("WIB")));
    QVERIFY(!verify->isVisible());
    QTRY_VERIFY(m_detail->timelineTexts().size() > entries);
}

void TestLanes::lastUnitDepartedIsAMilestone()
{
    openDetail(m_incidentIds.first());
    const Unit unit = *m_units->unit(m_unitIds.first());
    QVERIFY(test::commit(*m_service, m_factory->dispatch(*m_detail->incident(), unit)));
    QTRY_VERIFY(m_units->unit(unit.id)->status == UnitStatus::Dispatched);
    QTRY_VERIFY(m_detail->incident()->firstDispatchedAt.isValid());
    const Incident dispatched = *m_detail->incident();
    QVERIFY(test::commit(*m_service, m_factory->moveUnit(*m_units->unit(unit.id), UnitStatus::OnScene, &dispatched)));
    QTRY_VERIFY(m_detail->incident()->status == IncidentStatus::OnScene);
    QCOMPARE(m_detail->milestoneText(QStringLiteral("departed")), QStringLiteral("—"));
    QVERIFY(test::commit(*m_service,
                         m_factory->clearIncident(*m_detail->incident(), m_units->unitsOn(m_incidentIds.first()))));
    QTRY_VERIFY(m_detail->incident()->lastUnitDepartedAt.isValid());
    QTRY_VERIFY(m_detail->milestoneText(QStringLiteral("departed")).endsWith(QLatin1String("WIB")));
}

void TestLanes::timelineShowsWhoAndWhen()
{
    openDetail(m_incidentIds.first());
    const Unit unit = *m_units->unit(m_unitIds.first());
    QVERIFY(test::commit(*m_service, m_factory->dispatch(*m_detail->incident(), unit)));
    QTRY_VERIFY(m_detail->timelineTexts().join(QLatin1Char('\n')).contains(unit.callsign));
    const auto *timeline = m_detail->findChild<QTreeWidget *>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    QVERIFY(timeline->topLevelItemCount() >= 2);
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = timeline->topLevelItem(i);
        QVERIFY2(item->text(0).endsWith(QLatin1String("WIB")), qPrintable(item->text(0)));
        QVERIFY2(!item->text(1).isEmpty(), qPrintable(item->text(2)));
        QVERIFY(!item->text(2).isEmpty());
    }
    // A second unit changes nothing on the incident itself; its dispatch still reaches the timeline.
    const Unit second = *m_units->unit(m_unitIds.at(1));
    Incident current = *m_detail->incident();
    QVERIFY(test::commit(*m_service, m_factory->dispatch(current, second)));
    QTRY_VERIFY(m_detail->timelineTexts().join(QLatin1Char('\n')).contains(second.callsign));
}

void TestLanes::auditorSeesButCannotChange()
{
    openDetail(m_incidentIds.first());
    m_detail->setNotesAllowed(false);
    QVERIFY(!m_detail->verifyButton()->isVisible());
    QVERIFY(m_detail->laneEditor()->isReadOnly());
    m_detail->markVerified();
    // Anything it had submitted would commit before this note.
    QVERIFY(test::commit(*m_service, {m_factory->addNote(m_incidentIds.first(), QStringLiteral("dicek"))}));
    QVERIFY(!m_reader->incident(m_incidentIds.first())->verifiedAt.isValid());
}

QTEST_MAIN(TestLanes)
#include "tst_lanes.moc"
