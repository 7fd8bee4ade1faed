#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "desk.h"
#include "guitestsupport.h"
#include "incidentqueuemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "map/mapview.h"
#include "theme.h"
#include "unitboardmodel.h"

using namespace lintas;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyActionShowsItsShortcut();
    void languageSwitchChangesVisibleTexts();
    void themeSwitchIsAppliedAndRemembered();
    void layoutIsRestored();
    void layoutOfAnOlderVersionIsIgnored();
    void statusBarShowsLocalOnlyAndCounts();
    void damagedStoreIsMovedAsideOnlyWhenAccepted();
    void defaultLanguageFollowsLocale_data();
    void defaultLanguageFollowsLocale();

private:
    MainWindow *startDesk();
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Desk> m_desk;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    m_path = m_dir.filePath(QStringLiteral("desk.sqlite"));
    QVERIFY(test::seedFixture(m_path));
    Language::instance()->setLanguage(QStringLiteral("en"));
}

void TestMainWindow::cleanup()
{
    m_desk.reset();
    Language::instance()->setLanguage(QStringLiteral("en"));
    Theme::instance()->apply(Theme::Mode::Light);
}

MainWindow *TestMainWindow::startDesk()
{
    DeskOptions options;
    options.storePath = m_path;
    options.siteId = test::kSite;
    options.actor = test::kActor;
    options.interactive = false;
    m_desk = std::make_unique<Desk>(options);
    QSignalSpy ready(m_desk.get(), &Desk::ready);
    m_desk->start();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty(); }, 20000))
        return nullptr;
    return m_desk->mainWindow();
}

void TestMainWindow::everyActionShowsItsShortcut()
{
    MainWindow *window = startDesk();
    QVERIFY(window);
    int checked = 0;
    const auto checkMenu = [&](auto &&self, QMenu *menu) -> void {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (action->menu()) {
                self(self, action->menu());
                continue;
            }
            ++checked;
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(action->toolTip().contains(keys), qPrintable(action->toolTip()));
        }
    };
    for (QAction *top : window->menuBar()->actions())
        checkMenu(checkMenu, top->menu());
    QVERIFY(checked >= 20);
    QCOMPARE(window->action(QStringLiteral("newIncident"))->shortcuts().size(), 2);
    QVERIFY(window->action(QStringLiteral("newIncident"))->toolTip().contains(QLatin1String("Ctrl+N")));
}

void TestMainWindow::languageSwitchChangesVisibleTexts()
{
    MainWindow *window = startDesk();
    QVERIFY(window);
    auto *queueDock = window->findChild<QDockWidget *>(QStringLiteral("incidentQueueDock"));
    QCOMPARE(queueDock->windowTitle(), QStringLiteral("Incident queue"));
    QCOMPARE(window->queueModel()->headerData(IncidentQueueModel::TypeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Type"));
    const QString englishMenu = window->menuBar()->actions().at(1)->text();

    window->action(QStringLiteral("languageId"))->trigger();
    QCOMPARE(Language::instance()->code(), QStringLiteral("id"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("id"));
    QTRY_COMPARE(queueDock->windowTitle(), QStringLiteral("Antrean kejadian"));
    QCOMPARE(window->queueModel()->headerData(IncidentQueueModel::TypeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Jenis"));
    QVERIFY(window->menuBar()->actions().at(1)->text() != englishMenu);
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("connectionState"))->text(), QStringLiteral("Hanya lokal"));
    // Domain words follow too: the unit board's statuses and the incident types.
    QCOMPARE(window->queueModel()->index(0, IncidentQueueModel::TypeColumn).data().toString(),
             QStringLiteral("Kendaraan mogok"));

    window->action(QStringLiteral("languageEn"))->trigger();
    QTRY_COMPARE(queueDock->windowTitle(), QStringLiteral("Incident queue"));
    QCOMPARE(window->menuBar()->actions().at(1)->text(), englishMenu);
    QCOMPARE(window->queueModel()->index(0, IncidentQueueModel::TypeColumn).data().toString(),
             QStringLiteral("Breakdown"));
}

void TestMainWindow::themeSwitchIsAppliedAndRemembered()
{
    MainWindow *window = startDesk();
    QVERIFY(window);
    window->action(QStringLiteral("darkTheme"))->trigger();
    QVERIFY(Theme::instance()->isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(window->action(QStringLiteral("darkTheme"))->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
    // The next start comes up dark.
    m_desk.reset();
    Theme::instance()->apply(Theme::Mode::Light);
    Desk::applyPreferences();
    QVERIFY(Theme::instance()->isDark());

    window = startDesk();
    QVERIFY(window);
    QVERIFY(window->action(QStringLiteral("darkTheme"))->isChecked());
    window->action(QStringLiteral("lightTheme"))->trigger();
    QVERIFY(!Theme::instance()->isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("light"));
}

void TestMainWindow::layoutIsRestored()
{
    MainWindow *window = startDesk();
    QVERIFY(window);
    auto *unitDock = window->findChild<QDockWidget *>(QStringLiteral("unitBoardDock"));
    auto *queueDock = window->findChild<QDockWidget *>(QStringLiteral("incidentQueueDock"));
    QVERIFY(unitDock->isVisible());
    window->addDockWidget(Qt::RightDockWidgetArea, queueDock);
    window->action(QStringLiteral("toggleUnits"))->trigger();
    QVERIFY(!unitDock->isVisible());
    window->resize(1200, 700);
    window->close(); // saves the layout

    m_desk.reset();
    window = startDesk();
    QVERIFY(window);
    unitDock = window->findChild<QDockWidget *>(QStringLiteral("unitBoardDock"));
    queueDock = window->findChild<QDockWidget *>(QStringLiteral("incidentQueueDock"));
    QVERIFY(!unitDock->isVisible());
    QCOMPARE(window->dockWidgetArea(queueDock), Qt::RightDockWidgetArea);
    QCOMPARE(window->size(), QSize(1200, 700));

    // Reset layout brings the panels back.
    window->action(QStringLiteral("resetLayout"))->trigger();
    QVERIFY(unitDock->isVisible());
    QCOMPARE(window->dockWidgetArea(queueDock), Qt::LeftDockWidgetArea);
    QSettings().remove(QStringLiteral("mainWindow"));
}

void TestMainWindow::layoutOfAnOlderVersionIsIgnored()
{
    // A state saved before the map took the central area (version 1) put the detail in the middle; it must
    // not come back in the new layout.
    {
        MainWindow *window = startDesk();
        QVERIFY(window);
        auto *queueDock = window->findChild<QDockWidget *>(QStringLiteral("incidentQueueDock"));
        window->addDockWidget(Qt::RightDockWidgetArea, queueDock);
        window->detailDock()->hide();
        const QByteArray old = window->saveState(1);
        m_desk.reset(); // saves the current layout on the way out
        QSettings().setValue(QStringLiteral("mainWindow/state"), old);
    }
    MainWindow *window = startDesk();
    QVERIFY(window);
    QVERIFY(window->detailDock()->isVisible());
    QCOMPARE(window->dockWidgetArea(window->detailDock()), Qt::RightDockWidgetArea);
    QCOMPARE(window->dockWidgetArea(window->findChild<QDockWidget *>(QStringLiteral("incidentQueueDock"))),
             Qt::LeftDockWidgetArea);
    QVERIFY(window->centralWidget()->isAncestorOf(window->mapView()));
    QSettings().remove(QStringLiteral("mainWindow"));
}

void TestMainWindow::statusBarShowsLocalOnlyAndCounts()
{
    MainWindow *window = startDesk();
    QVERIFY(window);
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("connectionState"))->text(), QStringLiteral("Local only"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("openIncidents"))->text(), QStringLiteral("2 open incidents"));
    window->setOutboxCount(1);
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("outboxCount"))->text(),
             QStringLiteral("1 change waiting to sync"));
    window->setOutboxCount(12);
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("outboxCount"))->text(),
             QStringLiteral("12 changes waiting to sync"));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("clock"))->text().endsWith(QLatin1String("WIB")));
}

void TestMainWindow::damagedStoreIsMovedAsideOnlyWhenAccepted()
{
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    const QByteArray garbage("this is not a database, it is a damaged file ......................");
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    DeskOptions options;
    options.storePath = damaged;
    options.siteId = test::kSite;
    options.actor = test::kActor;
    options.interactive = true;

    // "No": quit, and the file is left exactly as it was.
    {
        test::MessageBoxAnswerer no(QMessageBox::No);
        Desk desk(options);
        QSignalSpy finished(&desk, &Desk::finished);
        desk.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().first().toInt(), 1);
        QCOMPARE(no.asked.size(), 1);
        QVERIFY(no.asked.first().text.contains(damaged));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }
    // "Yes": the damaged file is kept beside, and the desk starts on a fresh store.
    test::MessageBoxAnswerer yes(QMessageBox::Yes);
    Desk desk(options);
    QSignalSpy ready(&desk, &Desk::ready);
    desk.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
    QVERIFY(!desk.movedAside().isEmpty());
    QFile aside(desk.movedAside());
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage);
    QVERIFY(desk.mainWindow()->unitModel()->rowCount() > 0);
}

void TestMainWindow::defaultLanguageFollowsLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("id_ID") << QLocale(QLocale::Indonesian, QLocale::Indonesia) << QStringLiteral("id");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("en");
    QTest::newRow("nl_NL") << QLocale(QLocale::Dutch, QLocale::Netherlands) << QStringLiteral("en");
}

void TestMainWindow::defaultLanguageFollowsLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(Language::defaultFor(locale), expected);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
