// The dispatcher's first loop with the keyboard only: take a call, find it at the top of the queue,
// restart and find it again, dispatch a unit, follow it on scene, clear and close the incident.
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "desk.h"
#include "guitestsupport.h"
#include "incidentdetailwidget.h"
#include "incidentintakedialog.h"
#include "incidentqueuemodel.h"
#include "mainwindow.h"
#include "store/storereader.h"
#include "unitboardmodel.h"

using namespace lintas;

namespace {

// Keys go where a person's keys would go: the open completion list, else the focused widget.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::focusWidget();
    QVERIFY2(target, "no widget has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    for (const QChar ch : text) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, QString(ch));
    }
}

} // namespace

class TestIntakeFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void createIncidentWithKeyboardOnly();
    void incidentSurvivesRestart();
    void dispatchArriveClearAndClose();
    void invalidCoordinatesBlockSaving();
    void storeRefusalKeepsTheForm();
    void escapeAsksBeforeDiscarding();
    void dispatchThroughUnitPicker();

private:
    MainWindow *startDesk();
    IncidentIntakeDialog *openIntake();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Desk> m_desk;
    QUuid m_created;
};

void TestIntakeFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    m_path = m_dir.filePath(QStringLiteral("desk.sqlite"));
    QVERIFY(test::seedFixture(m_path));
}

void TestIntakeFlow::cleanup()
{
    // Leave each function with a closed desk unless the next one continues from it.
}

MainWindow *TestIntakeFlow::startDesk()
{
    DeskOptions options;
    options.storePath = m_path;
    options.siteId = test::kSite;
    options.actor = test::kActor;
    options.interactive = false;
    options.windowSize = QSize(1600, 900);
    m_desk = std::make_unique<Desk>(options);
    QSignalSpy ready(m_desk.get(), &Desk::ready);
    QSignalSpy finished(m_desk.get(), &Desk::finished);
    m_desk->start();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !finished.isEmpty(); }, 20000) || ready.isEmpty())
        return nullptr;
    MainWindow *window = m_desk->mainWindow();
    window->activateWindow();
    if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == window; }, 5000))
        return nullptr;
    return window;
}

IncidentIntakeDialog *TestIntakeFlow::openIntake()
{
    MainWindow *window = m_desk->mainWindow();
    window->activateWindow();
    if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == window; }, 5000))
        return nullptr;
    window->queueView()->setFocus();
    press(Qt::Key_N);
    if (!QTest::qWaitFor([&] { return window->intakeDialog() != nullptr; }, 5000))
        return nullptr;
    IncidentIntakeDialog *dialog = window->intakeDialog();
    // A window manager gives a new dialog the keyboard; the offscreen platform needs asking. (The
    // dialog counts as "active" already while its parent is, so wait for the real thing.)
    dialog->activateWindow();
    if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }, 5000))
        return nullptr;
    return dialog;
}

void TestIntakeFlow::createIncidentWithKeyboardOnly()
{
    MainWindow *window = startDesk();
    QVERIFY(window);
    const int before = window->queueModel()->rowCount();

    IncidentIntakeDialog *dialog = openIntake();
    QVERIFY(dialog);
    auto *typeList = dialog->findChild<QListWidget *>(QStringLiteral("typeList"));
    QCOMPARE(QApplication::focusWidget(), typeList);

    press(Qt::Key_K); // kecelakaan, P1 by default; focus moves on to the priority
    QCOMPARE(typeList->selectedItems().size(), 1);
    QCOMPARE(typeList->selectedItems().first()->data(Qt::UserRole).toString(), QStringLiteral("kecelakaan"));
    QCOMPARE(dialog->draft().typeCode, QStringLiteral("kecelakaan"));
    QVERIFY(dialog->draft().priority == Priority::P1);
    press(Qt::Key_2); // P2; focus moves on to the location
    QVERIFY(dialog->draft().priority == Priority::P2);
    auto *location = dialog->findChild<QLineEdit *>(QStringLiteral("location"));
    QCOMPARE(QApplication::focusWidget(), location);

    type(QStringLiteral("Monas"));
    QTRY_VERIFY(QApplication::activePopupWidget() != nullptr); // the gazetteer offers places
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QCOMPARE(location->text(), QStringLiteral("Monumen Nasional (Monas)"));
    auto *narrative = dialog->findChild<QPlainTextEdit *>(QStringLiteral("narrative"));
    QTRY_COMPARE(QApplication::focusWidget(), narrative);
    // The nearest Polres to Monas is Jakarta Pusat.
    QCOMPARE(dialog->draft().stationCode, QStringLiteral("JAKPUS"));
    QVERIFY(dialog->draft().latitude < -6.17 && dialog->draft().latitude > -6.18);

    type(QStringLiteral("Dua motor bertabrakan di depan gerbang Monas"));
    // For a person checking the form's look: LINTAS_GUI_SCREENSHOTS=<folder> keeps a picture of it.
    if (const QString folder = qEnvironmentVariable("LINTAS_GUI_SCREENSHOTS"); !folder.isEmpty())
        dialog->grab().save(folder + QStringLiteral("/intake.png"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->intakeDialog() == nullptr, 10000);

    QTRY_COMPARE(window->queueModel()->rowCount(), before + 1);
    const Incident top = window->queueModel()->incidentAt(0);
    QCOMPARE(top.typeCode, QStringLiteral("kecelakaan"));
    QVERIFY(top.priority == Priority::P2);
    QCOMPARE(top.landmark, QStringLiteral("Monumen Nasional (Monas)"));
    QVERIFY(top.number.startsWith(QLatin1String("JAKPUS-")));
    // The view shows it at the top and the detail shows it with its narrative.
    QCOMPARE(window->queueView()->model()->index(0, IncidentQueueModel::NumberColumn).data().toString(), top.number);
    QTRY_COMPARE(window->detail()->incidentId(), top.id);
    QTRY_VERIFY(window->detail()->timelineTexts().join(QLatin1Char('\n')).contains(QLatin1String("gerbang Monas")));
    m_created = top.id;
}

void TestIntakeFlow::incidentSurvivesRestart()
{
    QVERIFY(!m_created.isNull());
    m_desk.reset(); // the window goes, then the store thread stops
    MainWindow *window = startDesk();
    QVERIFY(window);
    QVERIFY(window->queueModel()->rowOf(m_created) >= 0);
    QCOMPARE(window->queueModel()->incidentAt(0).id, m_created);
}

void TestIntakeFlow::dispatchArriveClearAndClose()
{
    MainWindow *window = m_desk ? m_desk->mainWindow() : nullptr;
    QVERIFY(window);
    // F2: the queue, newest (ours) on top; F3: the unit board, first unit.
    press(Qt::Key_F2);
    QCOMPARE(QApplication::focusWidget(), window->queueView());
    press(Qt::Key_Home);
    QCOMPARE(window->selectedIncident()->id, m_created);
    press(Qt::Key_F3);
    QCOMPARE(QApplication::focusWidget(), window->unitView());
    press(Qt::Key_Home);
    const Unit unit = *window->selectedUnit();
    QVERIFY(unit.status == UnitStatus::Available);

    press(Qt::Key_D);
    QTRY_VERIFY(window->unitModel()->unit(unit.id)->status == UnitStatus::Dispatched);
    QTRY_VERIFY(window->queueModel()->incident(m_created)->status == IncidentStatus::Dispatched);
    QCOMPARE(window->unitModel()->unit(unit.id)->incidentId, m_created);
    const Incident dispatched = *window->queueModel()->incident(m_created);
    QVERIFY(dispatched.firstDispatchedAt.isValid());
    QTRY_COMPARE(window->detail()->milestoneText(QStringLiteral("dispatched")).endsWith(QLatin1String("WIB")), true);
    QCOMPARE(window->detail()->milestoneText(QStringLiteral("arrived")), QStringLiteral("—"));

    // The unit board's status keys: 5 = on scene; the incident follows and records the arrival.
    QCOMPARE(QApplication::focusWidget(), window->unitView());
    press(Qt::Key_5);
    QTRY_VERIFY(window->unitModel()->unit(unit.id)->status == UnitStatus::OnScene);
    QTRY_VERIFY(window->queueModel()->incident(m_created)->status == IncidentStatus::OnScene);
    QVERIFY(window->queueModel()->incident(m_created)->firstArrivalAt.isValid());
    QTRY_VERIFY(window->detail()->milestoneText(QStringLiteral("arrived")).endsWith(QLatin1String("WIB")));
    QVERIFY(window->detail()->milestoneText(QStringLiteral("reported")).endsWith(QLatin1String("WIB")));

    // Ctrl+Shift+L clears it; the unit is free again.
    press(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window->queueModel()->incident(m_created)->status == IncidentStatus::Cleared);
    QTRY_VERIFY(window->unitModel()->unit(unit.id)->status == UnitStatus::Available);
    QVERIFY(window->queueModel()->incident(m_created)->clearedAt.isValid());
    QTRY_VERIFY(window->detail()->milestoneText(QStringLiteral("cleared")).endsWith(QLatin1String("WIB")));
    const QString timeline = window->detail()->timelineTexts().join(QLatin1Char('\n'));
    QVERIFY2(timeline.contains(unit.callsign), qPrintable(timeline));

    // Closing asks first; the closed incident leaves the queue and the store has it closed.
    test::MessageBoxAnswerer yes(QMessageBox::Yes);
    press(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(yes.asked.size(), 1);
    QTRY_COMPARE(window->queueModel()->rowOf(m_created), -1);
    const StoreReader reader(m_path);
    QVERIFY(reader.incident(m_created)->status == IncidentStatus::Closed);
    QVERIFY(reader.incident(m_created)->closedAt.isValid());
}

void TestIntakeFlow::invalidCoordinatesBlockSaving()
{
    MainWindow *window = m_desk ? m_desk->mainWindow() : startDesk();
    QVERIFY(window);
    const int before = window->queueModel()->rowCount();
    IncidentIntakeDialog *dialog = openIntake();
    QVERIFY(dialog);
    press(Qt::Key_M); // kemacetan
    press(Qt::Key_3);
    type(QStringLiteral("-95.2, 106.8"));
    press(Qt::Key_Return, Qt::ControlModifier);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("fieldMessage"));
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->property("level").toString(), QStringLiteral("error"));
    QVERIFY(!message->text().isEmpty());
    QVERIFY(window->intakeDialog() != nullptr); // not saved

    // Outside Greater Jakarta is a warning: shown, and saving goes ahead.
    auto *location = dialog->findChild<QLineEdit *>(QStringLiteral("location"));
    location->setFocus();
    location->selectAll();
    type(QStringLiteral("-7.7956, 110.3695"));
    press(Qt::Key_Return);
    QCOMPARE(message->property("level").toString(), QStringLiteral("warning"));
    QVERIFY(message->isVisible());
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->intakeDialog() == nullptr, 10000);
    QTRY_COMPARE(window->queueModel()->rowCount(), before + 1);
}

void TestIntakeFlow::storeRefusalKeepsTheForm()
{
    MainWindow *window = m_desk ? m_desk->mainWindow() : startDesk();
    QVERIFY(window);
    IncidentIntakeDialog *dialog = openIntake();
    QVERIFY(dialog);
    press(Qt::Key_B); // banjir
    press(Qt::Key_2);
    type(QStringLiteral("-6.2000, 106.8200"));
    press(Qt::Key_Return);
    const QString narrative = QStringLiteral("Genangan 40 cm di underpass");
    type(narrative);
    m_desk->service()->stop(); // the store goes away under the form
    press(Qt::Key_Return, Qt::ControlModifier);
    auto *error = dialog->findChildren<QLabel *>(QStringLiteral("fieldMessage")).last();
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(window->intakeDialog() != nullptr);
    QCOMPARE(dialog->draft().narrative, narrative);
    QCOMPARE(dialog->draft().typeCode, QStringLiteral("banjir"));
    test::MessageBoxAnswerer discard(QMessageBox::Discard);
    press(Qt::Key_Escape);
    QTRY_VERIFY(window->intakeDialog() == nullptr);
    m_desk.reset();
}

void TestIntakeFlow::escapeAsksBeforeDiscarding()
{
    MainWindow *window = startDesk();
    QVERIFY(window);
    IncidentIntakeDialog *dialog = openIntake();
    QVERIFY(dialog);
    press(Qt::Key_U);
    {
        test::MessageBoxAnswerer cancel(QMessageBox::Cancel);
        press(Qt::Key_Escape);
        QCOMPARE(cancel.asked.size(), 1);
        QVERIFY(window->intakeDialog() != nullptr); // kept: nothing lost
        QCOMPARE(dialog->draft().typeCode, QStringLiteral("unjuk_rasa"));
    }
    test::MessageBoxAnswerer discard(QMessageBox::Discard);
    press(Qt::Key_Escape);
    QCOMPARE(discard.asked.size(), 1);
    QTRY_VERIFY(window->intakeDialog() == nullptr);
    m_desk.reset();
}

void TestIntakeFlow::dispatchThroughUnitPicker()
{
    MainWindow *window = startDesk();
    QVERIFY(window);
    press(Qt::Key_F2);
    press(Qt::Key_Home);
    const auto incident = window->selectedIncident();
    QVERIFY(incident);
    window->unitView()->selectionModel()->clearSelection(); // no unit chosen: D offers the nearest
    press(Qt::Key_D);
    QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
    QWidget *picker = QApplication::activeModalWidget();
    QCOMPARE(picker->objectName(), QStringLiteral("unitPickerDialog"));
    picker->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), picker);
    press(Qt::Key_Return);
    QTRY_VERIFY(!window->unitModel()->unitsOn(incident->id).isEmpty());
    QVERIFY(window->unitModel()->unitsOn(incident->id).first().status == UnitStatus::Dispatched);
    m_desk.reset();
}

QTEST_MAIN(TestIntakeFlow)
#include "tst_intakeflow.moc"
