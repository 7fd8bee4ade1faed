#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "core/statemachine.h"
#include "guitestsupport.h"
#include "incidentqueuemodel.h"
#include "store/storereader.h"
#include "theme.h"

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
    void ageColumnTicksAlone();
    void keepsNotificationsThatArriveWhileLoading();
    void priorityColoursReadableInBothThemes_data();
    void priorityColoursReadableInBothThemes();

private:
    ChangeList draftIncident(const QString &type, Priority priority, QUuid *id);

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
    QCOMPARE(m_model->index(0, IncidentQueueModel::AgeColumn).data().toString(), QStringLiteral("0 min"));
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

void TestIncidentQueueModel::ageColumnTicksAlone()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QDateTime reported = m_model->incidentAt(1).reportedAt;
    m_model->setNow(reported.addSecs(12 * 60 + 30));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(IncidentQueueModel::AgeColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(IncidentQueueModel::AgeColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1, IncidentQueueModel::AgeColumn).data().toString(), QStringLiteral("12 min"));
    m_model->setNow(reported.addSecs(3 * 3600 + 5 * 60));
    QCOMPARE(m_model->index(1, IncidentQueueModel::AgeColumn).data().toString(), QStringLiteral("3 h 05 min"));
    m_model->setNow(reported.addSecs(50 * 3600));
    QCOMPARE(m_model->index(1, IncidentQueueModel::AgeColumn).data().toString(), QStringLiteral("2 d 2 h"));
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

QTEST_MAIN(TestIncidentQueueModel)
#include "tst_incidentqueuemodel.moc"
