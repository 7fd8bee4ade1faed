#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "core/statemachine.h"
#include "guitestsupport.h"
#include "incidentqueuemodel.h"
#include "store/storereader.h"
#include "theme.h"
#include "timers/timertext.h"

using namespace lintas;

class TestIncidentQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsOpenIncidentsNewestFirst();
    void insertsNewIncidentAtTopWithoutReset();
    void updatesChangedIncidentInPlace();
    void removesClosedIncident();
    void timerColumnsTickAlone();
    void keepsNotificationsThatArriveWhileLoading();
    void priorityColoursReadableInBothThemes_data();
    void priorityColoursReadableInBothThemes();

    // The response timers, on incidents made in memory and an injected clock.
    void timersShowMinutesAndSeconds();
    void levelFollowsThresholds_data();
    void levelFollowsThresholds();
    void rowRepaintedWholeWhenItsLevelChanges();
    void tooltipNamesTheLimit();
    void clearedIncidentClocksStop();
    void thresholdsChangeRecoloursEveryRow();
    void thresholdsFromTheStoreReachTheModel();
    void levelBadgesAreReadable();

private:
    ChangeList draftIncident(const QString &type, Priority priority, QUuid *id);
    // An open incident reported at kT0, as the store would hold it.
    static Incident timedIncident(Priority priority, const QString &number);
    static const QDateTime kT0;

    QTemporaryDir m_dir;
    QString m_path;
    int m_round = 0;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_factory;
    std::unique_ptr<StoreService> m_service;
    std::unique_ptr<IncidentQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestIncidentQueueModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
}

void TestIncidentQueueModel::init()
{
    // A fresh store per test function, so each starts from the two fixture incidents.
    m_path = m_dir.filePath(QStringLiteral("queue-%1.sqlite").arg(++m_round));
    QVERIFY(test::seedFixture(m_path));
    m_clock = std::make_unique<HybridClock>();
    m_factory = std::make_unique<ChangeFactory>(test::kSite, test::kActor, m_clock.get());
    m_service = std::make_unique<StoreService>(m_path, test::kSite);
    QVERIFY(test::startService(*m_service));
    m_model = std::make_unique<IncidentQueueModel>();
    m_model->setTicking(false);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->connectTo(m_service.get());
    const StoreReader reader(m_path);
    QVERIFY(reader.isOpen());
    m_model->setIncidents(reader.openIncidents());
}

void TestIncidentQueueModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_service.reset();
}

ChangeList TestIncidentQueueModel::draftIncident(const QString &type, Priority priority, QUuid *id)
{
    IncidentDraft draft;
    draft.typeCode = type;
    draft.priority = priority;
    draft.landmark = QStringLiteral("Monumen Nasional (Monas)");
    draft.latitude = -6.175392;
    draft.longitude = 106.827153;
    draft.stationCode = QStringLiteral("JAKPUS");
    draft.narrative = QStringLiteral("Tabrakan dua mobil di depan Monas");
    return m_factory->createIncident(draft, id);
}

void TestIncidentQueueModel::loadsOpenIncidentsNewestFirst()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(IncidentQueueModel::ColumnCount));
    // The breakdown was reported 15 minutes ago, the congestion 40: newest on top.
    QCOMPARE(m_model->incidentAt(0).typeCode, QStringLiteral("kendaraan_mogok"));
    QCOMPARE(m_model->incidentAt(1).typeCode, QStringLiteral("kemacetan"));
    QVERIFY(m_model->index(0, IncidentQueueModel::NumberColumn).data().toString().startsWith(QLatin1String("JAKPUS-")));
    QCOMPARE(m_model->index(1, IncidentQueueModel::PriorityColumn).data().toString(), QStringLiteral("P3"));
    QCOMPARE(m_model->index(1, IncidentQueueModel::LocationColumn).data().toString(), QStringLiteral("Bundaran HI"));
    QCOMPARE(m_model->index(0, 0).data(IncidentQueueModel::IncidentIdRole).toUuid(), m_model->incidentAt(0).id);
}

void TestIncidentQueueModel::insertsNewIncidentAtTopWithoutReset()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy openCount(m_model.get(), &IncidentQueueModel::openCountChanged);
    QUuid id;
    QVERIFY(test::commit(*m_service, draftIncident(QStringLiteral("kecelakaan"), Priority::P1, &id)));
    QTRY_COMPARE(m_model->rowCount(), 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(m_model->incidentAt(0).id, id);
    QCOMPARE(openCount.last().first().toInt(), 3);
    QCOMPARE(m_model->index(0, IncidentQueueModel::SinceReportedColumn).data().toString().left(3),
             QStringLiteral("00:"));
}

void TestIncidentQueueModel::updatesChangedIncidentInPlace()
{
    const Incident target = m_model->incidentAt(1);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(test::commit(*m_service, {m_factory->setIncidentFields(target.id, {{QStringLiteral("priority"), 1}})}));
    QTRY_VERIFY(m_model->incidentAt(1).priority == Priority::P1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QVERIFY(!changed.isEmpty());
    const QModelIndex topLeft = changed.last().at(0).toModelIndex();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(m_model->index(1, IncidentQueueModel::PriorityColumn).data().toString(), QStringLiteral("P1"));
}

void TestIncidentQueueModel::removesClosedIncident()
{
    const Incident target = m_model->incidentAt(0);
    QVERIFY(target.status == IncidentStatus::Reported);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(test::commit(*m_service, {m_factory->moveIncident(target, IncidentStatus::Closed)}));
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(m_model->rowOf(target.id), -1);
    QVERIFY(!m_model->incident(target.id));
}

void TestIncidentQueueModel::timerColumnsTickAlone()
{
    // Both fixture incidents are long past their dispatch limits (P3 15 min, P4 30 min): red now, red in an hour,
    // so a tick changes the clocks and nothing else.
    const QDateTime reported = m_model->incidentAt(1).reportedAt;
    m_model->setNow(reported.addSecs(3600));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNow(reported.addSecs(3600 + 12 * 60 + 30));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(IncidentQueueModel::FirstTimerColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(IncidentQueueModel::LastTimerColumn));
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1, IncidentQueueModel::SinceReportedColumn).data().toString(), QStringLiteral("1:12:30"));
    QCOMPARE(m_model->index(1, 0).data(IncidentQueueModel::TimerLevelRole).toInt(), int(TimerLevel::Red));
    m_model->setNow(reported.addSecs(50 * 3600 + 7));
    QCOMPARE(m_model->index(1, IncidentQueueModel::SinceReportedColumn).data().toString(), QStringLiteral("50:00:07"));
}

void TestIncidentQueueModel::keepsNotificationsThatArriveWhileLoading()
{
    IncidentQueueModel model;
    model.setTicking(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const StoreReader reader(m_path);
    const QList<Incident> snapshot = reader.openIncidents();
    model.beginLoading();
    Incident late = snapshot.first();
    late.id = newUuidV7();
    late.number = QStringLiteral("JAKPUS-20261127-9999");
    late.reportedAt = QDateTime::currentDateTimeUtc();
    model.applyIncident(late);
    QCOMPARE(model.rowCount(), 0); // held back until the snapshot is in
    Incident changedEarly = snapshot.last();
    changedEarly.priority = Priority::P1;
    model.applyIncident(changedEarly);
    model.setIncidents(snapshot);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.incidentAt(0).id, late.id);
    QVERIFY(model.incident(changedEarly.id)->priority == Priority::P1);
}

void TestIncidentQueueModel::priorityColoursReadableInBothThemes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestIncidentQueueModel::priorityColoursReadableInBothThemes()
{
    QFETCH(bool, dark);
    Theme::instance()->apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    const QColor base = QApplication::palette().color(QPalette::Base);
    // WCAG contrast ratio of two colours.
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    QSet<QRgb> distinct;
    for (const Priority priority : {Priority::P1, Priority::P2, Priority::P3, Priority::P4}) {
        const QColor colour = Theme::instance()->priorityColor(priority);
        distinct.insert(colour.rgb());
        // The row is tinted with the priority colour: the text must stay readable on the tint too.
        const QColor tint = Theme::instance()->priorityTint(priority);
        const float a = tint.alphaF();
        const QColor background =
            QColor::fromRgbF(tint.redF() * a + base.redF() * (1 - a), tint.greenF() * a + base.greenF() * (1 - a),
                             tint.blueF() * a + base.blueF() * (1 - a));
        for (const QColor &behind : {base, background})
            QVERIFY2(contrast(colour, behind) >= 4.5, qPrintable(QStringLiteral("P%1 %2 on %3: %4")
                                                                     .arg(int(priority))
                                                                     .arg(colour.name(), behind.name())
                                                                     .arg(contrast(colour, behind))));
    }
    QCOMPARE(distinct.size(), 4);
    // The model paints the priority column with the theme's colour.
    const int row = 0;
    const auto priority = Priority(m_model->index(row, 0).data(IncidentQueueModel::PriorityRole).toInt());
    QCOMPARE(m_model->index(row, IncidentQueueModel::PriorityColumn).data(Qt::ForegroundRole).value<QColor>(),
             Theme::instance()->priorityColor(priority));
    Theme::instance()->apply(Theme::Mode::Light);
}

const QDateTime TestIncidentQueueModel::kT0 = QDateTime(QDate(2026, 11, 27), QTime(7, 0), Qt::UTC);

Incident TestIncidentQueueModel::timedIncident(Priority priority, const QString &number)
{
    Incident incident;
    incident.id = newUuidV7();
    incident.number = number;
    incident.typeCode = QStringLiteral("kecelakaan");
    incident.priority = priority;
    incident.landmark = QStringLiteral("Bundaran HI");
    incident.stationCode = QStringLiteral("JAKPUS");
    incident.reportedAt = kT0;
    return incident;
}

void TestIncidentQueueModel::timersShowMinutesAndSeconds()
{
    IncidentQueueModel model;
    model.setTicking(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QDateTime now = kT0.addSecs(8 * 60 + 5);
    model.setClock([&now] { return now; });
    Incident onScene = timedIncident(Priority::P1, QStringLiteral("JAKPUS-20261127-0001"));
    onScene.status = IncidentStatus::OnScene;
    onScene.firstDispatchedAt = kT0.addSecs(70);
    onScene.firstArrivalAt = kT0.addSecs(7 * 60);
    Incident waiting = timedIncident(Priority::P2, QStringLiteral("JAKPUS-20261127-0002"));
    model.setIncidents({onScene, waiting});
    const auto text = [&model](const QUuid &id, int column) {
        return model.index(model.rowOf(id), column).data().toString();
    };
    QCOMPARE(text(onScene.id, IncidentQueueModel::SinceReportedColumn), QStringLiteral("08:05"));
    QCOMPARE(text(onScene.id, IncidentQueueModel::SinceDispatchedColumn), QStringLiteral("06:55"));
    QCOMPARE(text(onScene.id, IncidentQueueModel::SinceArrivalColumn), QStringLiteral("01:05"));
    // Nothing to count yet: the cells stay empty rather than show a zero that reads as "just now".
    QCOMPARE(text(waiting.id, IncidentQueueModel::SinceDispatchedColumn), QString());
    QCOMPARE(text(waiting.id, IncidentQueueModel::SinceArrivalColumn), QString());
    now = kT0.addSecs(3600 + 2 * 60 + 3);
    model.tick();
    QCOMPARE(text(onScene.id, IncidentQueueModel::SinceReportedColumn), QStringLiteral("1:02:03"));
    QCOMPARE(text(onScene.id, IncidentQueueModel::SinceArrivalColumn), QStringLiteral("55:03"));
    QCOMPARE(model.headerData(IncidentQueueModel::SinceDispatchedColumn, Qt::Horizontal).toString().isEmpty(), false);
}

void TestIncidentQueueModel::levelFollowsThresholds_data()
{
    QTest::addColumn<int>("priority");
    QTest::addColumn<bool>("dispatched");
    QTest::addColumn<int>("elapsedS");
    QTest::addColumn<int>("level");
    // Defaults: P1 dispatched within 2 min and on scene within 10; P3 15/45; amber from 75 % of a limit.
    QTest::newRow("P1 waiting 1:00") << 1 << false << 60 << int(TimerLevel::Normal);
    QTest::newRow("P1 waiting 1:45") << 1 << false << 105 << int(TimerLevel::Amber);
    QTest::newRow("P1 waiting 2:30") << 1 << false << 150 << int(TimerLevel::Red);
    QTest::newRow("P1 dispatched, 6:00") << 1 << true << 360 << int(TimerLevel::Normal);
    QTest::newRow("P1 dispatched, 8:00") << 1 << true << 480 << int(TimerLevel::Amber);
    QTest::newRow("P1 dispatched, 11:00") << 1 << true << 660 << int(TimerLevel::Red);
    QTest::newRow("P3 waiting 10:00") << 3 << false << 600 << int(TimerLevel::Normal);
    QTest::newRow("P3 waiting 12:00") << 3 << false << 720 << int(TimerLevel::Amber);
    QTest::newRow("P3 waiting 16:00") << 3 << false << 960 << int(TimerLevel::Red);
}

void TestIncidentQueueModel::levelFollowsThresholds()
{
    QFETCH(int, priority);
    QFETCH(bool, dispatched);
    QFETCH(int, elapsedS);
    QFETCH(int, level);
    IncidentQueueModel model;
    model.setTicking(false);
    const QDateTime now = kT0.addSecs(elapsedS);
    model.setClock([now] { return now; });
    Incident incident = timedIncident(Priority(priority), QStringLiteral("JAKPUS-20261127-0003"));
    if (dispatched) {
        incident.status = IncidentStatus::Dispatched;
        incident.firstDispatchedAt = kT0.addSecs(30);
    }
    model.setIncidents({incident});
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(row.data(IncidentQueueModel::TimerLevelRole).toInt(), level);
    QCOMPARE(row.data(IncidentQueueModel::TimerStageRole).toInt(),
             int(dispatched ? TimerStage::OnScene : TimerStage::Dispatch));
    // The clock wears the level as a badge and the row is marked at its head; the row keeps its priority tint.
    const QModelIndex clock = model.index(0, IncidentQueueModel::SinceReportedColumn);
    const QModelIndex number = model.index(0, IncidentQueueModel::NumberColumn);
    QCOMPARE(model.index(0, IncidentQueueModel::LocationColumn).data(Qt::BackgroundRole).value<QColor>(),
             Theme::instance()->priorityTint(Priority(priority)));
    if (TimerLevel(level) == TimerLevel::Normal) {
        QCOMPARE(clock.data(Qt::BackgroundRole).value<QColor>(), Theme::instance()->priorityTint(Priority(priority)));
        QVERIFY(!number.data(Qt::DecorationRole).isValid());
    } else {
        QCOMPARE(clock.data(Qt::BackgroundRole).value<QColor>(), timertext::levelColor(TimerLevel(level)));
        QCOMPARE(clock.data(Qt::ForegroundRole).value<QColor>(), timertext::levelInk(TimerLevel(level)));
        QCOMPARE(number.data(Qt::DecorationRole).value<QColor>(), timertext::levelColor(TimerLevel(level)));
        QVERIFY(clock.data(Qt::FontRole).value<QFont>().bold());
    }
}

void TestIncidentQueueModel::rowRepaintedWholeWhenItsLevelChanges()
{
    IncidentQueueModel model;
    model.setTicking(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QDateTime now = kT0.addSecs(30);
    model.setClock([&now] { return now; });
    const Incident p1 = timedIncident(Priority::P1, QStringLiteral("JAKPUS-20261127-0004"));
    Incident p4 = timedIncident(Priority::P4, QStringLiteral("JAKPUS-20261127-0005"));
    p4.reportedAt = kT0.addSecs(-1); // below the P1, newest first
    model.setIncidents({p1, p4});
    QCOMPARE(model.rowOf(p1.id), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    now = kT0.addSecs(100); // the P1 turns amber (90 s), the P4 does not (22:30)
    model.tick();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(IncidentQueueModel::FirstTimerColumn));
    const QModelIndex topLeft = changed.at(1).at(0).toModelIndex();
    const QModelIndex bottomRight = changed.at(1).at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 0);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), IncidentQueueModel::ColumnCount - 1);
    // The next tick in the same level repaints the clocks only.
    changed.clear();
    now = kT0.addSecs(101);
    model.tick();
    QCOMPARE(changed.count(), 1);
}

void TestIncidentQueueModel::tooltipNamesTheLimit()
{
    IncidentQueueModel model;
    model.setTicking(false);
    const QDateTime now = kT0.addSecs(12 * 60 + 14);
    model.setClock([now] { return now; });
    Incident incident = timedIncident(Priority::P1, QStringLiteral("JAKPUS-20261127-0006"));
    incident.status = IncidentStatus::Dispatched;
    incident.firstDispatchedAt = kT0.addSecs(60);
    model.setIncidents({incident});
    const QString tip = model.index(0, IncidentQueueModel::SinceReportedColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("P1: on scene within 10 min — 2:14 over")), qPrintable(tip));
    // Every cell of the row says it, wherever the pointer rests.
    QVERIFY(model.index(0, IncidentQueueModel::LocationColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("2:14 over")));

    IncidentQueueModel waitingModel;
    waitingModel.setTicking(false);
    const QDateTime early = kT0.addSecs(50);
    waitingModel.setClock([early] { return early; });
    waitingModel.setIncidents({timedIncident(Priority::P1, QStringLiteral("JAKPUS-20261127-0007"))});
    const QString waitingTip =
        waitingModel.index(0, IncidentQueueModel::SinceReportedColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(waitingTip.contains(QStringLiteral("P1: a unit dispatched within 2 min — 1:10 left")),
             qPrintable(waitingTip));
}

void TestIncidentQueueModel::clearedIncidentClocksStop()
{
    IncidentQueueModel model;
    model.setTicking(false);
    const QDateTime now = kT0.addSecs(3 * 3600);
    model.setClock([now] { return now; });
    Incident incident = timedIncident(Priority::P1, QStringLiteral("JAKPUS-20261127-0008"));
    incident.status = IncidentStatus::Cleared;
    incident.firstDispatchedAt = kT0.addSecs(60);
    incident.firstArrivalAt = kT0.addSecs(9 * 60);
    incident.clearedAt = kT0.addSecs(40 * 60);
    model.setIncidents({incident});
    QCOMPARE(model.index(0, IncidentQueueModel::SinceReportedColumn).data().toString(), QStringLiteral("40:00"));
    QCOMPARE(model.index(0, IncidentQueueModel::SinceArrivalColumn).data().toString(), QStringLiteral("31:00"));
    QCOMPARE(model.index(0, 0).data(IncidentQueueModel::TimerLevelRole).toInt(), int(TimerLevel::Normal));
}

void TestIncidentQueueModel::thresholdsChangeRecoloursEveryRow()
{
    IncidentQueueModel model;
    model.setTicking(false);
    const QDateTime now = kT0.addSecs(150);
    model.setClock([now] { return now; });
    model.setIncidents({timedIncident(Priority::P1, QStringLiteral("JAKPUS-20261127-0009"))});
    QCOMPARE(model.index(0, 0).data(IncidentQueueModel::TimerLevelRole).toInt(), int(TimerLevel::Red));
    ResponseThresholds relaxed = ResponseThresholds::defaults();
    relaxed.set(Priority::P1, {5 * 60, 15 * 60});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setThresholds(relaxed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), IncidentQueueModel::ColumnCount - 1);
    QCOMPARE(model.index(0, 0).data(IncidentQueueModel::TimerLevelRole).toInt(), int(TimerLevel::Normal));
    QCOMPARE(model.index(0, 0).data(IncidentQueueModel::RemainingSecondsRole).toLongLong(), 150);
}

void TestIncidentQueueModel::thresholdsFromTheStoreReachTheModel()
{
    QCOMPARE(m_model->thresholds(), ResponseThresholds::defaults());
    ResponseThresholds strict = ResponseThresholds::defaults();
    strict.set(Priority::P3, {10 * 60, 30 * 60});
    strict.setAmberShare(0.5);
    QVERIFY(test::commit(*m_service, {m_factory->setResponseThresholds(strict, QStringLiteral("PMJ"), true)}));
    QTRY_COMPARE(m_model->thresholds(), strict);
}

void TestIncidentQueueModel::levelBadgesAreReadable()
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    QVERIFY(!timertext::levelColor(TimerLevel::Normal).isValid());
    for (const TimerLevel level : {TimerLevel::Amber, TimerLevel::Red}) {
        const QColor badge = timertext::levelColor(level);
        const QColor ink = timertext::levelInk(level);
        QVERIFY2(contrast(ink, badge) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3").arg(ink.name(), badge.name()).arg(contrast(ink, badge))));
    }
    QVERIFY(timertext::levelColor(TimerLevel::Amber) != timertext::levelColor(TimerLevel::Red));
}

QTEST_MAIN(TestIncidentQueueModel)
#include "tst_incidentqueuemodel.moc"
