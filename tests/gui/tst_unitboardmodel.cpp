#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

#include "core/statemachine.h"
#include "guitestsupport.h"
#include "store/storereader.h"
#include "analytics/recommender.h"
#include "theme.h"
#include "timers/positionage.h"
#include "unitboardmodel.h"

using namespace lintas;

class TestUnitBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsUnitsByCallsign();
    void statusChangeUpdatesOneRowWithoutReset();
    void dispatchShowsIncidentNumber();
    void newUnitIsInsertedInCallsignOrder();
    void sinceColumnTicksAlone();
    void statusColoursDiffer_data();
    void statusColoursDiffer();

    // Stale positions: older than the ranking's limit, greyed with their age.
    void staleLimitIsTheRankingOne();
    void staleUnitIsGreyedWithItsAge();
    void freshUnitReadsCurrent();
    void unitTurningStaleRepaintsItsRow();
    void livePositionBringsAStaleUnitBack();
    void unitWithoutPositionIsNotStale();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_round = 0;
    QList<QUuid> m_unitIds;
    QList<QUuid> m_incidentIds;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_factory;
    std::unique_ptr<StoreService> m_service;
    std::unique_ptr<UnitBoardModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QUuid, QString> m_numbers;
};

void TestUnitBoardModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
}

void TestUnitBoardModel::init()
{
    m_path = m_dir.filePath(QStringLiteral("units-%1.sqlite").arg(++m_round));
    m_unitIds.clear();
    m_incidentIds.clear();
    QVERIFY(test::seedFixture(m_path, &m_unitIds, &m_incidentIds));
    m_clock = std::make_unique<HybridClock>();
    m_factory = std::make_unique<ChangeFactory>(test::kSite, test::kActor, m_clock.get());
    m_service = std::make_unique<StoreService>(m_path, test::kSite);
    QVERIFY(test::startService(*m_service));
    m_model = std::make_unique<UnitBoardModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->connectTo(m_service.get());
    const StoreReader reader(m_path);
    QVERIFY(reader.isOpen());
    m_numbers.clear();
    for (const Incident &incident : reader.openIncidents())
        m_numbers.insert(incident.id, incident.number);
    m_model->setIncidentLabeler([this](const QUuid &id) { return m_numbers.value(id); });
    m_model->setUnits(reader.units());
}

void TestUnitBoardModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_service.reset();
}

void TestUnitBoardModel::loadsUnitsByCallsign()
{
    QCOMPARE(m_model->rowCount(), 5);
    QStringList callsigns;
    for (int row = 0; row < m_model->rowCount(); ++row)
        callsigns << m_model->index(row, UnitBoardModel::CallsignColumn).data().toString();
    QStringList sorted = callsigns;
    sorted.sort();
    QCOMPARE(callsigns, sorted);
    QCOMPARE(callsigns.first(), QStringLiteral("JAKBAR-R4-01"));
    const int row = m_model->rowOf(m_unitIds.first());
    QCOMPARE(m_model->index(row, UnitBoardModel::StatusColumn).data().toString(), QStringLiteral("Available"));
    QCOMPARE(m_model->index(row, UnitBoardModel::KindColumn).data().toString(), QStringLiteral("R2 motorcycle"));
    QCOMPARE(m_model->index(row, UnitBoardModel::StationColumn).data().toString(), QStringLiteral("JAKPUS"));
    QVERIFY(m_model->index(row, UnitBoardModel::IncidentColumn).data().toString().isEmpty());
}

void TestUnitBoardModel::statusChangeUpdatesOneRowWithoutReset()
{
    const Unit unit = *m_model->unit(m_unitIds.first());
    const int row = m_model->rowOf(unit.id);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(test::commit(*m_service, m_factory->moveUnit(unit, UnitStatus::OnPatrol)));
    QTRY_VERIFY(m_model->unit(unit.id)->status == UnitStatus::OnPatrol);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toModelIndex().row(), row);
    QCOMPARE(changed.last().at(1).toModelIndex().row(), row);
    QCOMPARE(m_model->index(row, UnitBoardModel::StatusColumn).data().toString(), QStringLiteral("On patrol"));
    QCOMPARE(m_model->index(row, UnitBoardModel::StatusColumn).data(UnitBoardModel::StatusRole).toInt(),
             int(UnitStatus::OnPatrol));
}

void TestUnitBoardModel::dispatchShowsIncidentNumber()
{
    const Unit unit = *m_model->unit(m_unitIds.at(1));
    const StoreReader reader(m_path);
    const Incident incident = *reader.incident(m_incidentIds.first());
    QVERIFY(test::commit(*m_service, m_factory->dispatch(incident, unit)));
    QTRY_VERIFY(m_model->unit(unit.id)->status == UnitStatus::Dispatched);
    const int row = m_model->rowOf(unit.id);
    QCOMPARE(m_model->index(row, UnitBoardModel::IncidentColumn).data().toString(), incident.number);
    QCOMPARE(m_model->index(row, 0).data(UnitBoardModel::IncidentIdRole).toUuid(), incident.id);
    QCOMPARE(m_model->unitsOn(incident.id).size(), 1);
    QCOMPARE(m_model->unitsOn(incident.id).first().id, unit.id);
}

void TestUnitBoardModel::newUnitIsInsertedInCallsignOrder()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    Unit unit;
    unit.id = newUuidV7();
    unit.callsign = QStringLiteral("JAKPUS-R2-02");
    unit.kind = UnitKind::R2Patrol;
    unit.stationCode = QStringLiteral("JAKPUS");
    QVERIFY(test::commit(*m_service, {m_factory->createUnit(unit)}));
    QTRY_COMPARE(m_model->rowCount(), 6);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    const int row = inserted.first().at(1).toInt();
    QCOMPARE(m_model->index(row, 0).data().toString(), QStringLiteral("JAKPUS-R2-02"));
    QCOMPARE(m_model->index(row - 1, 0).data().toString(), QStringLiteral("JAKPUS-R2-01"));
}

void TestUnitBoardModel::sinceColumnTicksAlone()
{
    const int row = m_model->rowOf(m_unitIds.first());
    const QDateTime since = m_model->unitAt(row).statusSince;
    QVERIFY(since.isValid());
    // Long after the fixture's positions: every unit is stale before and after, so only the clocks change.
    m_model->setNow(since.addSecs(3600));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNow(since.addSecs(3600 + 7 * 60));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(UnitBoardModel::SinceColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(UnitBoardModel::PositionColumn));
    QCOMPARE(m_model->index(row, UnitBoardModel::SinceColumn).data().toString(), QStringLiteral("1 h 07 min"));
}

void TestUnitBoardModel::statusColoursDiffer_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestUnitBoardModel::statusColoursDiffer()
{
    QFETCH(bool, dark);
    Theme::instance()->apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    QSet<QRgb> colours;
    for (const UnitStatus status : allUnitStatuses())
        colours.insert(Theme::instance()->unitStatusColor(status).rgb());
    QCOMPARE(colours.size(), allUnitStatuses().size());
    const int row = m_model->rowOf(m_unitIds.first());
    QCOMPARE(m_model->index(row, UnitBoardModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
             Theme::instance()->unitStatusColor(UnitStatus::Available));
    Theme::instance()->apply(Theme::Mode::Light);
}

void TestUnitBoardModel::staleLimitIsTheRankingOne()
{
    QCOMPARE(positionage::staleAfterS(), analytics::RankingRules::builtIn().staleAfterS);
    QCOMPARE(positionage::staleAfterS(), 120); // the "older than 2 minutes"
    Unit unit = m_model->unitAt(0);
    QVERIFY(unit.hasPosition());
    QVERIFY(!positionage::isStale(unit, unit.positionAt.addSecs(120)));
    QVERIFY(positionage::isStale(unit, unit.positionAt.addSecs(121)));
    unit.positionAt = {};
    QVERIFY2(positionage::isStale(unit, QDateTime::currentDateTimeUtc()), "a position of unknown time is not trusted");
}

void TestUnitBoardModel::staleUnitIsGreyedWithItsAge()
{
    const int row = m_model->rowOf(m_unitIds.first());
    const Unit unit = m_model->unitAt(row);
    const QDateTime now = unit.positionAt.addSecs(3 * 60 + 20);
    m_model->setClock([now] { return now; });
    QVERIFY(m_model->index(row, 0).data(UnitBoardModel::StaleRole).toBool());
    QCOMPARE(m_model->index(row, 0).data(UnitBoardModel::PositionAgeRole).toLongLong(), 200);
    QCOMPARE(m_model->index(row, UnitBoardModel::PositionColumn).data().toString(), QStringLiteral("3 min ago"));
    const QColor grey = QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    for (const int column :
         {int(UnitBoardModel::CallsignColumn), int(UnitBoardModel::KindColumn), int(UnitBoardModel::PositionColumn)})
        QCOMPARE(m_model->index(row, column).data(Qt::ForegroundRole).value<QColor>(), grey);
    // What the unit is doing is still known: its status keeps its colour.
    QCOMPARE(m_model->index(row, UnitBoardModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
             Theme::instance()->unitStatusColor(unit.status));
    const QString tip = m_model->index(row, UnitBoardModel::PositionColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(unit.callsign) && tip.contains(QStringLiteral("3 min ago")) &&
                 tip.contains(QStringLiteral("2 min")),
             qPrintable(tip));
    QVERIFY(m_model->index(row, UnitBoardModel::CallsignColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("penalty")));
}

void TestUnitBoardModel::freshUnitReadsCurrent()
{
    const int row = m_model->rowOf(m_unitIds.first());
    const Unit unit = m_model->unitAt(row);
    const QDateTime now = unit.positionAt.addSecs(45);
    m_model->setClock([now] { return now; });
    QVERIFY(!m_model->index(row, 0).data(UnitBoardModel::StaleRole).toBool());
    QCOMPARE(m_model->index(row, UnitBoardModel::PositionColumn).data().toString(), QStringLiteral("current"));
    QVERIFY(!m_model->index(row, UnitBoardModel::CallsignColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(m_model->index(row, UnitBoardModel::PositionColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("45 s ago")));
}

void TestUnitBoardModel::unitTurningStaleRepaintsItsRow()
{
    const QDateTime positionAt = m_model->unitAt(0).positionAt;
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(qAbs(m_model->unitAt(row).positionAt.secsTo(positionAt)) < 5); // the fixture's, all at once
    QDateTime now = positionAt.addSecs(100);
    m_model->setClock([&now] { return now; });
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    now = positionAt.addSecs(110);
    m_model->tick();
    QCOMPARE(changed.count(), 1); // the clocks only
    changed.clear();
    now = positionAt.addSecs(200);
    m_model->tick();
    QCOMPARE(changed.count(), 1 + m_model->rowCount()); // the clocks, then each unit's whole row
    for (int i = 1; i < changed.count(); ++i) {
        QCOMPARE(changed.at(i).at(0).toModelIndex().column(), 0);
        QCOMPARE(changed.at(i).at(1).toModelIndex().column(), UnitBoardModel::ColumnCount - 1);
    }
    QVERIFY(m_model->isStale(0));
}

void TestUnitBoardModel::livePositionBringsAStaleUnitBack()
{
    const int row = m_model->rowOf(m_unitIds.first());
    const Unit unit = m_model->unitAt(row);
    const QDateTime now = unit.positionAt.addSecs(10 * 60);
    m_model->setClock([now] { return now; });
    QVERIFY(m_model->index(row, 0).data(UnitBoardModel::StaleRole).toBool());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->applyPosition(unit.id, unit.callsign, -6.1770, 106.8260, 90, 20, now.addSecs(-5)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QVERIFY(!m_model->index(row, 0).data(UnitBoardModel::StaleRole).toBool());
    QCOMPARE(m_model->index(row, UnitBoardModel::PositionColumn).data().toString(), QStringLiteral("current"));
    // Further positions of a fresh unit repaint nothing: positions stream in many times a second.
    changed.clear();
    QVERIFY(m_model->applyPosition(unit.id, unit.callsign, -6.1771, 106.8261, 90, 20, now.addSecs(-2)));
    QCOMPARE(changed.count(), 0);
}

void TestUnitBoardModel::unitWithoutPositionIsNotStale()
{
    Unit unit;
    unit.id = newUuidV7();
    unit.callsign = QStringLiteral("JAKPUS-TOW-09");
    unit.kind = UnitKind::TowTruck;
    unit.stationCode = QStringLiteral("JAKPUS");
    QVERIFY(test::commit(*m_service, {m_factory->createUnit(unit)}));
    QTRY_VERIFY(m_model->rowOf(unit.id) >= 0);
    const int row = m_model->rowOf(unit.id);
    QVERIFY(!m_model->index(row, 0).data(UnitBoardModel::StaleRole).toBool());
    QCOMPARE(m_model->index(row, UnitBoardModel::PositionColumn).data().toString(), QStringLiteral("no position"));
    QCOMPARE(m_model->index(row, 0).data(UnitBoardModel::PositionAgeRole).toLongLong(), -1);
}

QTEST_MAIN(TestUnitBoardModel)
#include "tst_unitboardmodel.moc"
