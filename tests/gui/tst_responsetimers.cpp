#include <QAbstractButton>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "guitestsupport.h"
#include "incidentqueuemodel.h"
#include "store/storereader.h"
#include "timers/overduetoast.h"
#include "timers/responsewatch.h"
#include "timers/thresholdsdialog.h"

using namespace lintas;

// The response watch and the thresholds dialog, with an injected clock: no test waits for real time to pass.
class TestResponseTimers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void crossingRaisesOneAlertAndOneBeep();
    void severalCrossingsMakeOneAlert();
    void statusTextCountsOverdueIncidents();
    void amberIsSignalledButQuiet();
    void nextStageIsWatchedAgain();
    void incidentLeavingTheQueueIsForgotten();
    void toastSelectsTheIncident();
    void readsTheQueue();
    void thresholdsFollowTheStore();

    void dialogShowsLimitsInMinutes();
    void dialogNamesTheWrongField();
    void dialogIsReadOnlyWithoutTheRole();
    void dialogSavesThroughTheStore();
    void dialogSavesFromTheKeyboard();
    void dialogRestoresDefaults();
    void thresholdsBelongToThePolda();

private:
    Incident incident(Priority priority, int number);
    void makeWatch();

    QTemporaryDir m_dir;
    QString m_path;
    int m_round = 0;
    QDateTime m_now;
    QList<Incident> m_open;
    int m_beeps = 0;
    std::unique_ptr<QMainWindow> m_window;
    std::unique_ptr<ResponseWatch> m_watch;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_factory;
    std::unique_ptr<StoreService> m_service;
};

namespace {
const QDateTime kT0(QDate(2026, 11, 27), QTime(7, 0), Qt::UTC);
}

void TestResponseTimers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
}

void TestResponseTimers::init()
{
    m_now = kT0;
    m_open.clear();
    m_beeps = 0;
    m_window = std::make_unique<QMainWindow>();
    m_window->resize(1000, 700);
    makeWatch();
}

void TestResponseTimers::makeWatch()
{
    m_watch = std::make_unique<ResponseWatch>();
    m_watch->setTicking(false);
    m_watch->setClock([this] { return m_now; });
    m_watch->setIncidentSource([this] { return m_open; });
    m_watch->setBeeper([this] { ++m_beeps; });
    m_watch->setUseSystemTray(false); // the offscreen platform has none; say so rather than depend on it
    m_watch->setWindow(m_window.get());
}

void TestResponseTimers::cleanup()
{
    m_watch.reset();
    m_window.reset();
    m_service.reset();
    m_factory.reset();
    m_clock.reset();
}

Incident TestResponseTimers::incident(Priority priority, int number)
{
    Incident incident;
    incident.id = newUuidV7();
    incident.number = QStringLiteral("JAKPUS-20261127-%1").arg(number, 4, 10, QLatin1Char('0'));
    incident.typeCode = QStringLiteral("kecelakaan");
    incident.priority = priority;
    incident.landmark = QStringLiteral("Monumen Nasional (Monas)");
    incident.stationCode = QStringLiteral("JAKPUS");
    incident.reportedAt = kT0;
    return incident;
}

void TestResponseTimers::crossingRaisesOneAlertAndOneBeep()
{
    m_open = {incident(Priority::P2, 1)};
    QSignalSpy alerted(m_watch.get(), &ResponseWatch::alerted);
    QSignalSpy crossed(m_watch.get(), &ResponseWatch::crossed);
    m_now = kT0.addSecs(3 * 60);
    m_watch->check();
    QCOMPARE(alerted.count(), 0);
    m_now = kT0.addSecs(6 * 60); // P2: a unit dispatched within 5 min
    m_watch->check();
    QCOMPARE(alerted.count(), 1);
    QCOMPARE(m_beeps, 1);
    QCOMPARE(crossed.last().at(2).value<TimerLevel>(), TimerLevel::Red);
    const QString message = alerted.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("JAKPUS-20261127-0001")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("P2: a unit dispatched within 5 min — 1:00 over")), qPrintable(message));
    QCOMPARE(alerted.first().at(2).toUuid(), m_open.first().id);
    // Without a tray, the window shows it.
    QVERIFY(!m_watch->usesSystemTray());
    QVERIFY(m_watch->toast());
    QVERIFY(m_watch->toast()->isVisibleTo(m_window.get()));
    QCOMPARE(m_watch->toast()->title(), alerted.first().at(0).toString());
    QCOMPARE(m_watch->toast()->message(), message);
    // Once: the next ticks say nothing more.
    for (int s = 1; s <= 5; ++s) {
        m_now = kT0.addSecs(6 * 60 + s);
        m_watch->check();
    }
    QCOMPARE(alerted.count(), 1);
    QCOMPARE(m_beeps, 1);
}

void TestResponseTimers::severalCrossingsMakeOneAlert()
{
    // A desk that starts with a backlog, or a burst of calls: one alert and one beep for the tick, not six.
    for (int i = 1; i <= 6; ++i)
        m_open.append(incident(i % 2 ? Priority::P1 : Priority::P2, i));
    QSignalSpy alerted(m_watch.get(), &ResponseWatch::alerted);
    m_now = kT0.addSecs(6 * 60);
    m_watch->check();
    QCOMPARE(alerted.count(), 1);
    QCOMPARE(m_beeps, 1);
    const QString title = alerted.first().at(0).toString();
    QVERIFY2(title.contains(QLatin1Char('6')), qPrintable(title));
    // The most urgent is the one the alert opens: a P1.
    const QUuid first = alerted.first().at(2).toUuid();
    const auto it = std::find_if(m_open.cbegin(), m_open.cend(), [&](const Incident &i) { return i.id == first; });
    QVERIFY(it != m_open.cend());
    QCOMPARE(it->priority, Priority::P1);
    QVERIFY(alerted.first().at(1).toString().contains(QLatin1String("2"))); // "and 2 more"
}

void TestResponseTimers::statusTextCountsOverdueIncidents()
{
    m_open = {incident(Priority::P1, 1), incident(Priority::P1, 2), incident(Priority::P3, 3)};
    QSignalSpy count(m_watch.get(), &ResponseWatch::overdueCountChanged);
    QSignalSpy text(m_watch.get(), &ResponseWatch::statusTextChanged);
    m_now = kT0.addSecs(60);
    m_watch->check();
    QCOMPARE(m_watch->overdueCount(), 0);
    QVERIFY(m_watch->statusText().isEmpty());
    QCOMPARE(count.count(), 0);
    m_now = kT0.addSecs(3 * 60); // both P1 past 2 min; the P3 has until 15
    m_watch->check();
    QCOMPARE(m_watch->overdueCount(), 2);
    QCOMPARE(count.count(), 1);
    QCOMPARE(text.count(), 1);
    QCOMPARE(text.last().first().toString(), m_watch->statusText());
    QVERIFY2(m_watch->statusText().contains(QLatin1String("2")) &&
                 m_watch->statusText().contains(QLatin1String("overdue")),
             qPrintable(m_watch->statusText()));
    QCOMPARE(ResponseWatch::statusText(3), ResponseWatch::tr("%n incident(s) overdue", nullptr, 3));
    m_now = kT0.addSecs(16 * 60);
    m_watch->check();
    QCOMPARE(m_watch->overdueCount(), 3);
    QCOMPARE(count.last().first().toInt(), 3);
}

void TestResponseTimers::amberIsSignalledButQuiet()
{
    m_open = {incident(Priority::P2, 1)};
    QSignalSpy alerted(m_watch.get(), &ResponseWatch::alerted);
    QSignalSpy crossed(m_watch.get(), &ResponseWatch::crossed);
    m_now = kT0.addSecs(4 * 60); // 80 % of 5 min
    m_watch->check();
    QCOMPARE(crossed.count(), 1);
    QCOMPARE(crossed.first().at(2).value<TimerLevel>(), TimerLevel::Amber);
    QCOMPARE(alerted.count(), 0);
    QCOMPARE(m_beeps, 0);
    QCOMPARE(m_watch->overdueCount(), 0);

    m_watch->setAlertOnAmber(true);
    m_open.append(incident(Priority::P2, 2));
    m_watch->check();
    QCOMPARE(alerted.count(), 1);
    QCOMPARE(m_beeps, 0); // a sound is for a limit that has passed
}

void TestResponseTimers::nextStageIsWatchedAgain()
{
    m_open = {incident(Priority::P1, 1)};
    QSignalSpy alerted(m_watch.get(), &ResponseWatch::alerted);
    m_now = kT0.addSecs(150);
    m_watch->check();
    QCOMPARE(alerted.count(), 1);
    QCOMPARE(m_watch->overdueCount(), 1);
    // Dispatched late: now it waits for a unit on scene (10 min from the report), and is not overdue for that yet.
    m_open.first().status = IncidentStatus::Dispatched;
    m_open.first().firstDispatchedAt = kT0.addSecs(160);
    m_now = kT0.addSecs(170);
    m_watch->check();
    QCOMPARE(m_watch->overdueCount(), 0);
    QVERIFY(m_watch->statusText().isEmpty());
    m_now = kT0.addSecs(10 * 60 + 30);
    m_watch->check();
    QCOMPARE(alerted.count(), 2);
    QVERIFY2(alerted.last().at(1).toString().contains(QStringLiteral("P1: on scene within 10 min — 0:30 over")),
             qPrintable(alerted.last().at(1).toString()));
    QCOMPARE(m_beeps, 2);
}

void TestResponseTimers::incidentLeavingTheQueueIsForgotten()
{
    m_open = {incident(Priority::P1, 1)};
    m_now = kT0.addSecs(150);
    m_watch->check();
    QCOMPARE(m_watch->overdueCount(), 1);
    QSignalSpy text(m_watch.get(), &ResponseWatch::statusTextChanged);
    m_open.clear(); // closed as a false report
    m_watch->check();
    QCOMPARE(m_watch->overdueCount(), 0);
    QCOMPARE(text.count(), 1);
    QVERIFY(text.first().first().toString().isEmpty());
}

void TestResponseTimers::toastSelectsTheIncident()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_open = {incident(Priority::P1, 7)};
    m_now = kT0.addSecs(130);
    m_watch->check();
    OverdueToast *toast = m_watch->toast();
    QVERIFY(toast->isVisible());
    // In the top right corner, inside the window, over what is there.
    QVERIFY(m_window->rect().contains(toast->geometry()));
    QVERIFY(toast->geometry().right() > m_window->width() / 2);
    QVERIFY(!toast->hasFocus());
    QSignalSpy activated(m_watch.get(), &ResponseWatch::incidentActivated);
    auto *show = toast->findChildren<QPushButton *>().first();
    QVERIFY(show->isVisible());
    show->click();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toUuid(), m_open.first().id);
    QVERIFY(!toast->isVisible());
}

void TestResponseTimers::readsTheQueue()
{
    IncidentQueueModel queue;
    queue.setTicking(false);
    const Incident urgent = incident(Priority::P1, 1);
    queue.setIncidents({urgent, incident(Priority::P4, 2)});
    m_watch->watchQueue(&queue);
    m_now = kT0.addSecs(5 * 60);
    m_watch->check();
    QCOMPARE(m_watch->overdueCount(), 1);
    queue.removeIncident(urgent.id);
    m_watch->check();
    QCOMPARE(m_watch->overdueCount(), 0);
}

void TestResponseTimers::thresholdsFollowTheStore()
{
    m_path = m_dir.filePath(QStringLiteral("watch-%1.sqlite").arg(++m_round));
    QVERIFY(test::seedFixture(m_path));
    m_clock = std::make_unique<HybridClock>();
    m_factory = std::make_unique<ChangeFactory>(test::kSite, test::kActor, m_clock.get());
    m_service = std::make_unique<StoreService>(m_path, test::kSite);
    QVERIFY(test::startService(*m_service));
    {
        const StoreReader reader(m_path);
        m_watch->loadThresholds(reader);
    }
    m_watch->connectTo(m_service.get());
    QCOMPARE(m_watch->thresholds(), ResponseThresholds::defaults());

    // A P1 at 2:30 is overdue by default; with 3 minutes to dispatch it is not.
    m_open = {incident(Priority::P1, 1)};
    ResponseThresholds relaxed = ResponseThresholds::defaults();
    relaxed.set(Priority::P1, {3 * 60, 12 * 60});
    QVERIFY(test::commit(*m_service, {m_factory->setResponseThresholds(relaxed, QStringLiteral("PMJ"), true)}));
    QTRY_COMPARE(m_watch->thresholds(), relaxed);
    m_now = kT0.addSecs(150);
    m_watch->check();
    QCOMPARE(m_watch->overdueCount(), 0);
    {
        const StoreReader reader(m_path);
        QCOMPARE(reader.responseThresholds(), relaxed);
    }
}

void TestResponseTimers::dialogShowsLimitsInMinutes()
{
    ThresholdsDialog dialog(ResponseThresholds::defaults(), true);
    QCOMPARE(dialog.dispatchField(Priority::P1)->value(), 2);
    QCOMPARE(dialog.onSceneField(Priority::P1)->value(), 10);
    QCOMPARE(dialog.dispatchField(Priority::P2)->value(), 5);
    QCOMPARE(dialog.onSceneField(Priority::P2)->value(), 20);
    QCOMPARE(dialog.dispatchField(Priority::P3)->value(), 15);
    QCOMPARE(dialog.onSceneField(Priority::P3)->value(), 45);
    QCOMPARE(dialog.dispatchField(Priority::P4)->value(), 30);
    QCOMPARE(dialog.onSceneField(Priority::P4)->value(), 90);
    QCOMPARE(dialog.amberField()->value(), 75);
    QVERIFY(dialog.validationError().isEmpty());
    QVERIFY(dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.thresholds(), ResponseThresholds::defaults());
}

void TestResponseTimers::dialogNamesTheWrongField()
{
    ThresholdsDialog dialog(ResponseThresholds::defaults(), true);
    dialog.onSceneField(Priority::P2)->setValue(3); // shorter than its 5 min dispatch limit
    QVERIFY(!dialog.saveButton()->isEnabled());
    const QString error = dialog.errorText();
    QVERIFY2(error.startsWith(QStringLiteral("P2 on scene within")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("P2 dispatched within")), qPrintable(error));
    QSignalSpy saved(&dialog, &ThresholdsDialog::saved);
    dialog.saveButton()->click(); // disabled: nothing happens
    QCOMPARE(saved.count(), 0);
    dialog.onSceneField(Priority::P2)->setValue(5); // equal is allowed: on scene as soon as dispatched
    QVERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(dialog.errorText().isEmpty());
}

void TestResponseTimers::dialogIsReadOnlyWithoutTheRole()
{
    ThresholdsDialog dialog(ResponseThresholds::defaults(), false);
    QVERIFY(!dialog.isEditable());
    QVERIFY(!dialog.saveButton());
    QVERIFY(dialog.dispatchField(Priority::P1)->isReadOnly());
    QVERIFY(dialog.amberField()->isReadOnly());
    QVERIFY(dialog.windowTitle().contains(QLatin1String("read only")));
}

void TestResponseTimers::dialogSavesThroughTheStore()
{
    m_path = m_dir.filePath(QStringLiteral("dialog-%1.sqlite").arg(++m_round));
    QVERIFY(test::seedFixture(m_path));
    m_clock = std::make_unique<HybridClock>();
    m_factory = std::make_unique<ChangeFactory>(test::kSite, test::kActor, m_clock.get());
    m_service = std::make_unique<StoreService>(m_path, test::kSite);
    QVERIFY(test::startService(*m_service));
    QSignalSpy changed(m_service.get(), &StoreService::responseThresholdsChanged);
    ThresholdsDialog dialog(ResponseThresholds::defaults(), true);
    dialog.setTarget(m_service.get(), m_factory.get(), QStringLiteral("PMJ"), true);
    dialog.dispatchField(Priority::P1)->setValue(3);
    dialog.onSceneField(Priority::P4)->setValue(120);
    dialog.amberField()->setValue(60);
    QSignalSpy saved(&dialog, &ThresholdsDialog::saved);
    dialog.saveButton()->click();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QTRY_COMPARE(changed.count(), 1);
    const StoreReader reader(m_path);
    const ResponseThresholds stored = reader.responseThresholds();
    QCOMPARE(stored.of(Priority::P1).dispatchS, 180);
    QCOMPARE(stored.of(Priority::P1).onSceneS, 600);
    QCOMPARE(stored.of(Priority::P4).onSceneS, 7200);
    QCOMPARE(stored.amberShare(), 0.6);
    QCOMPARE(changed.first().first().value<ResponseThresholds>(), stored);

    // The next edit is a Set on the same record.
    ThresholdsDialog again(stored, true);
    again.setTarget(m_service.get(), m_factory.get(), QStringLiteral("PMJ"), false);
    again.dispatchField(Priority::P2)->setValue(4);
    again.saveButton()->click();
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(StoreReader(m_path).responseThresholds().of(Priority::P2).dispatchS, 240);
    QCOMPARE(StoreReader(m_path).responseThresholds().of(Priority::P1).dispatchS, 180);
}

void TestResponseTimers::dialogSavesFromTheKeyboard()
{
    ThresholdsDialog dialog(ResponseThresholds::defaults(), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSpinBox *field = dialog.dispatchField(Priority::P3);
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, QStringLiteral("12"));
    QSignalSpy saved(&dialog, &ThresholdsDialog::saved);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().value<ResponseThresholds>().of(Priority::P3).dispatchS, 12 * 60);
    QVERIFY(!dialog.isVisible());
}

void TestResponseTimers::dialogRestoresDefaults()
{
    ResponseThresholds custom = ResponseThresholds::defaults();
    custom.set(Priority::P1, {60, 8 * 60});
    custom.setAmberShare(0.5);
    ThresholdsDialog dialog(custom, true);
    QCOMPARE(dialog.dispatchField(Priority::P1)->value(), 1);
    QCOMPARE(dialog.amberField()->value(), 50);
    const QList<QAbstractButton *> buttons = dialog.findChildren<QAbstractButton *>();
    const auto restore = std::find_if(buttons.cbegin(), buttons.cend(), [](const QAbstractButton *b) {
        return b->text().contains(QLatin1String("Default"), Qt::CaseInsensitive);
    });
    QVERIFY(restore != buttons.cend());
    (*restore)->click();
    QCOMPARE(dialog.thresholds(), ResponseThresholds::defaults());
}

void TestResponseTimers::thresholdsBelongToThePolda()
{
    QCOMPARE(ThresholdsDialog::poldaOf(QStringLiteral("PMJ")), QStringLiteral("PMJ"));
    QCOMPARE(ThresholdsDialog::poldaOf(QStringLiteral("JAKPUS")), QStringLiteral("PMJ"));
    QCOMPARE(ThresholdsDialog::poldaOf(QStringLiteral("JAKPUS-GAMBIR")), QStringLiteral("PMJ"));
    QCOMPARE(ThresholdsDialog::poldaOf(QStringLiteral("KORLANTAS")), QString());
    QCOMPARE(ThresholdsDialog::poldaOf(QStringLiteral("NOWHERE")), QString());
}

QTEST_MAIN(TestResponseTimers)
#include "tst_responsetimers.moc"
