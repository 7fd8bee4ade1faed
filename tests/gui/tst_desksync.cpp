// The desk's side of sync in the main window: local only without a server, the options it remembers, the
// role mirrored in the actions, live positions on the map and the unit board (never in the store), the
// "Needs attention" dock, an unreachable server, and pictures of the banner and the dock.
#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

#include "desk.h"
#include "guitestsupport.h"
#include "incidentdetailwidget.h"
#include "incidentqueuemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "map/mapview.h"
#include "store/storereader.h"
#include "sync/syncsession.h"
#include "sync/tlsconfig.h"
#include "syncview/certificatedialog.h"
#include "syncview/desksync.h"
#include "syncview/logindialog.h"
#include "syncview/needsattentionmodel.h"
#include "syncview/needsattentionpanel.h"
#include "syncview/offlinebanner.h"
#include "syncview/syncindicator.h"
#include "unitboardmodel.h"

using namespace lintas;

class TestDeskSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void withoutServerTheDeskIsLocalOnly();
    void serverAddress_data();
    void serverAddress();
    void optionsAreRememberedButNeverThePassword();
    void roleIsMirroredInTheActions();
    void livePositionsMoveMarkersNotTheStore();
    void rejectedChangesNeedAttention();
    void headlessWithoutPasswordSaysWhatIsMissing();
    void unreachableServerLeavesTheDeskWorking();
    void loginIsAskedAndWorkingOfflineIsOffered();
    void refusedLoginAsksAgainWithTheReason();
    void untrustedCertificateIsComparedAndRemembered();
    void screenshots();

private:
    MainWindow *startDesk(DeskOptions options = {});
    DeskOptions baseOptions() const;
    QuarantinedChange reopening(const QUuid &incidentId) const;
    DeskOptions unreachableServer(bool withPassword);

    QTemporaryDir m_dir;
    QString m_path;
    int m_round = 0;
    QList<QUuid> m_unitIds;
    QList<QUuid> m_incidentIds;
    std::unique_ptr<Desk> m_desk;
};

void TestDeskSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
}

void TestDeskSync::init()
{
    QSettings().clear();
    QVERIFY(Language::instance()->setLanguage(QStringLiteral("en")));
    m_path = m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++m_round));
    m_unitIds.clear();
    m_incidentIds.clear();
}

void TestDeskSync::cleanup()
{
    m_desk.reset();
    Language::instance()->setLanguage(QStringLiteral("en"));
}

DeskOptions TestDeskSync::baseOptions() const
{
    DeskOptions options;
    options.storePath = m_path;
    options.siteId = test::kSite;
    options.actor = test::kActor;
    options.interactive = false;
    options.windowSize = QSize(1600, 900);
    return options;
}

MainWindow *TestDeskSync::startDesk(DeskOptions options)
{
    if (options.storePath.isEmpty())
        options = baseOptions();
    if (!QFile::exists(m_path) && !test::seedFixture(m_path, &m_unitIds, &m_incidentIds))
        return nullptr;
    m_desk = std::make_unique<Desk>(options);
    QSignalSpy ready(m_desk.get(), &Desk::ready);
    m_desk->start();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty(); }, 20000))
        return nullptr;
    return m_desk->mainWindow();
}

QuarantinedChange TestDeskSync::reopening(const QUuid &incidentId) const
{
    QuarantinedChange q;
    q.change.opId = QUuid::createUuid();
    q.change.siteId = test::kSite;
    q.change.hlc = Hlc::fromParts(QDateTime::currentMSecsSinceEpoch() - 120000, 0);
    q.change.actor = test::kActor;
    q.change.entity = EntityKind::Incident;
    q.change.entityId = incidentId;
    q.change.kind = ChangeKind::Transition;
    q.change.fields = {{QStringLiteral("from"), QStringLiteral("cleared")},
                       {QStringLiteral("to"), QStringLiteral("reported")}};
    q.code = QStringLiteral("forbidden_role");
    q.reason = QStringLiteral("a dispatcher may not reopen a cleared incident");
    q.atMs = QDateTime::currentMSecsSinceEpoch();
    return q;
}

namespace {

// The session against the unreachable port reports Offline after every attempt; stopped, it says nothing more,
// and what a test emits on its behalf is all the desk hears.
void quietSession(sync::SyncSession *session)
{
    QSignalSpy stopped(session, &sync::SyncSession::stopped);
    session->stop();
    QVERIFY(QTest::qWaitFor([&] { return !stopped.isEmpty() || !session->isRunning(); }, 5000));
    QTest::qWait(100); // the last queued status
}

} // namespace

DeskOptions TestDeskSync::unreachableServer(bool withPassword)
{
    // A port that was just free: nothing listens there.
    quint16 port = 0;
    {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, 0))
            port = probe.serverPort();
    }
    DeskOptions options = baseOptions();
    options.sync.server = QStringLiteral("127.0.0.1:%1").arg(port);
    options.sync.insecureLoopback = true;
    options.sync.user = QStringLiteral("dispatcher1");
    if (withPassword)
        options.sync.password = QStringLiteral("not-used");
    return options;
}

void TestDeskSync::withoutServerTheDeskIsLocalOnly()
{
    MainWindow *window = startDesk();
    QVERIFY(window);
    QVERIFY(!m_desk->sync());
    QVERIFY(window->syncIndicator()->isLocalOnly());
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("connectionState"))->text(), QStringLiteral("Local only"));
    QVERIFY(!window->syncBanner()->isShowing());
    QVERIFY(!window->syncBanner()->isVisible());
    QVERIFY(window->syncIndicator()->attentionText().isEmpty());
    // Nothing was remembered as a server either.
    QVERIFY(QSettings().value(QStringLiteral("sync/server")).toString().isEmpty());
    // The "Needs attention" dock is in the View menu, hidden until asked for.
    QVERIFY(!window->attentionDock()->isVisible());
    QAction *toggle = window->action(QStringLiteral("toggleAttention"));
    QVERIFY(toggle);
    QVERIFY(toggle->toolTip().contains(QLatin1String("Ctrl+4")));
    toggle->trigger();
    QVERIFY(window->attentionDock()->isVisible());
    QCOMPARE(window->attentionDock()->windowTitle(), QStringLiteral("Needs attention"));
    // Every action is offered: no account, no role to mirror.
    QVERIFY(window->action(QStringLiteral("newIncident"))->isEnabled());
    // Without a server the store is all there is: yesterday's report is due as soon as the desk has loaded.
    QTRY_VERIFY(window->automaticReportsStarted());
}

void TestDeskSync::serverAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host:port") << QStringLiteral("10.20.0.5:7443") << true << QStringLiteral("10.20.0.5") << 7443;
    QTest::newRow("name") << QStringLiteral("pmj.lintas.polri.go.id") << true
                          << QStringLiteral("pmj.lintas.polri.go.id") << 7443;
    QTest::newRow("ipv6") << QStringLiteral("[::1]:9000") << true << QStringLiteral("::1") << 9000;
    QTest::newRow("bare ipv6") << QStringLiteral("::1") << true << QStringLiteral("::1") << 7443;
    QTest::newRow("no port after colon") << QStringLiteral("10.0.0.1:") << false << QString() << 0;
    QTest::newRow("port 0") << QStringLiteral("10.0.0.1:0") << false << QString() << 0;
    QTest::newRow("port too big") << QStringLiteral("10.0.0.1:70000") << false << QString() << 0;
    QTest::newRow("words") << QStringLiteral("the server") << false << QString() << 0;
    QTest::newRow("empty") << QString() << false << QString() << 0;
}

void TestDeskSync::serverAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString parsedHost;
    quint16 parsedPort = 0;
    QString error;
    QCOMPARE(DeskSync::parseServer(text, &parsedHost, &parsedPort, &error), ok);
    if (ok) {
        QCOMPARE(parsedHost, host);
        QCOMPARE(int(parsedPort), port);
    } else {
        QVERIFY(error.contains(QLatin1String("HOST:PORT")));
    }
}

void TestDeskSync::optionsAreRememberedButNeverThePassword()
{
    DeskSyncOptions given;
    given.server = QStringLiteral("10.20.0.5:7443");
    given.caFile = QStringLiteral("/etc/lintas/agency-ca.pem");
    given.user = QStringLiteral("dispatcher1");
    given.password = QStringLiteral("s3cret-Passw0rd");
    given.fingerprint = QStringLiteral("AB:CD");
    DeskSync::remembered(given);

    // Next start without options: the same server, CA, user and pin; no password.
    const DeskSyncOptions next = DeskSync::remembered({});
    QCOMPARE(next.server, given.server);
    QCOMPARE(next.caFile, given.caFile);
    QCOMPARE(next.user, given.user);
    QCOMPARE(next.fingerprint, given.fingerprint);
    QVERIFY(next.password.isEmpty());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(given.password), qPrintable(key));

    // An address that does not parse is not remembered over the good one.
    DeskSyncOptions typo;
    typo.server = QStringLiteral("10.20.0.5:74433");
    QCOMPARE(DeskSync::remembered(typo).server, typo.server);
    QCOMPARE(QSettings().value(QStringLiteral("sync/server")).toString(), given.server);

    // Another server: the pin and the CA of the old one do not apply to it.
    DeskSyncOptions other;
    other.server = QStringLiteral("10.30.0.9:7443");
    const DeskSyncOptions moved = DeskSync::remembered(other);
    QVERIFY(moved.fingerprint.isEmpty());
    QVERIFY(moved.caFile.isEmpty());
    QVERIFY(QSettings().value(QStringLiteral("sync/fingerprint")).toString().isEmpty());
    QCOMPARE(QSettings().value(QStringLiteral("sync/server")).toString(), other.server);
}

void TestDeskSync::roleIsMirroredInTheActions()
{
    MainWindow *window = startDesk();
    QVERIFY(window);
    QVERIFY(window->selectIncident(m_incidentIds.first()));
    QVERIFY(window->selectUnit(m_unitIds.first()));
    QAction *newIncident = window->action(QStringLiteral("newIncident"));
    QAction *dispatch = window->action(QStringLiteral("dispatch"));
    QAction *addNote = window->action(QStringLiteral("addNote"));
    QAction *closeIncident = window->action(QStringLiteral("closeIncident"));
    QAction *outOfService = window->action(QStringLiteral("unitStatus_out_of_service"));
    QVERIFY(newIncident->isEnabled());
    QVERIFY(dispatch->isEnabled());
    QVERIFY(outOfService->isEnabled());

    // An auditor reads only.
    window->setActor(Actor{QStringLiteral("auditor1"), Role::Auditor, QStringLiteral("PMJ")});
    QVERIFY(!newIncident->isEnabled());
    QVERIFY(!dispatch->isEnabled());
    QVERIFY(!addNote->isEnabled());
    QVERIFY(!closeIncident->isEnabled());
    QVERIFY(!outOfService->isEnabled());
    QVERIFY(!window->detail()->findChild<QWidget *>(QStringLiteral("noteEdit"))->isEnabled());
    // Not even through a path that skips the actions: the refusal is said, nothing is submitted.
    QSignalSpy committed(m_desk->service(), &StoreService::committed);
    window->setSelectedUnitStatus(UnitStatus::OutOfService);
    QTest::qWait(200);
    QCOMPARE(committed.count(), 0);
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());

    // A field officer moves units and reports incidents, but does not dispatch or close them.
    window->setActor(Actor{QStringLiteral("officer1"), Role::FieldOfficer, QStringLiteral("PMJ")});
    QVERIFY(newIncident->isEnabled());
    QVERIFY(!dispatch->isEnabled());
    QVERIFY(!closeIncident->isEnabled());
    QVERIFY(outOfService->isEnabled());
    QVERIFY(addNote->isEnabled());

    // A dispatcher of another Polres: the JAKPUS incident is outside the area.
    window->setActor(Actor{QStringLiteral("dispatcher2"), Role::Dispatcher, QStringLiteral("JAKSEL")});
    QVERIFY(!dispatch->isEnabled());
    QVERIFY(!closeIncident->isEnabled());

    // The dispatcher of the area does all of it.
    window->setActor(Actor{QStringLiteral("dispatcher1"), Role::Dispatcher, QStringLiteral("PMJ")});
    QVERIFY(newIncident->isEnabled());
    QVERIFY(dispatch->isEnabled());
    QVERIFY(closeIncident->isEnabled());
    QVERIFY(outOfService->isEnabled());
    window->setActor(std::nullopt);
    QVERIFY(dispatch->isEnabled());
}

void TestDeskSync::livePositionsMoveMarkersNotTheStore()
{
    DeskOptions options = baseOptions();
    options.mapFile = QStringLiteral(LINTAS_DEMO_MAP);
    MainWindow *window = startDesk(options);
    QVERIFY(window);
    const QUuid unitId = m_unitIds.at(1); // JAKPUS-R4-01 near Monas
    const Unit before = *window->unitModel()->unit(unitId);
    MapView *map = window->mapView();
    map->centerOn(-6.1850, 106.8300, 16.0);
    QTRY_VERIFY_WITH_TIMEOUT(!map->isLoading() && !map->isAnimating(), 15000);

    sync::UnitPosition position;
    position.unitId = unitId;
    position.callsign = before.callsign;
    position.latitude = -6.1855;
    position.longitude = 106.8345;
    position.headingDeg = 90;
    position.speedKmh = 32;
    position.atMs = QDateTime::currentMSecsSinceEpoch();
    QSignalSpy rowChanged(window->unitModel(), &QAbstractItemModel::dataChanged);
    window->applyPositions({position});
    const Unit moved = *window->unitModel()->unit(unitId);
    QCOMPARE(moved.latitude, position.latitude);
    QCOMPARE(moved.longitude, position.longitude);
    QCOMPARE(moved.speedKmh, 32.0);
    QCOMPARE(rowChanged.count(), 0); // no column shows a position: no repaint of the board
    const MapView::Hit hit = map->hitTest(map->geoToScreen(position.latitude, position.longitude));
    QCOMPARE(hit.kind, MapView::Hit::Kind::Unit);
    QCOMPARE(hit.id, unitId);

    // An older position (lossy, out of order) changes nothing; a unit found by callsign alone moves.
    sync::UnitPosition stale = position;
    stale.latitude = -6.30;
    stale.atMs -= 60000;
    window->applyPositions({stale});
    QCOMPARE(window->unitModel()->unit(unitId)->latitude, position.latitude);
    sync::UnitPosition byCallsign = position;
    byCallsign.unitId = QUuid();
    byCallsign.longitude = 106.8350;
    byCallsign.atMs += 1000;
    window->applyPositions({byCallsign});
    QCOMPARE(window->unitModel()->unit(unitId)->longitude, 106.8350);

    // A status change from the store keeps the live position, on the board and on the map.
    ChangeFactory factory(test::kSite, test::kActor, m_desk->clock());
    QVERIFY(test::commit(*m_desk->service(), factory.moveUnit(moved, UnitStatus::OnPatrol)));
    QTRY_VERIFY(window->unitModel()->unit(unitId)->status == UnitStatus::OnPatrol);
    QCOMPARE(window->unitModel()->unit(unitId)->longitude, 106.8350);
    QCOMPARE(map->hitTest(map->geoToScreen(position.latitude, 106.8350)).id, unitId);

    // Positions are lossy: the store still has the unit where it was.
    const StoreReader reader(m_path);
    QCOMPARE(reader.unit(unitId)->latitude, before.latitude);
    QCOMPARE(reader.unit(unitId)->longitude, before.longitude);
}

void TestDeskSync::rejectedChangesNeedAttention()
{
    MainWindow *window = startDesk();
    QVERIFY(window);
    const QUuid incidentId = m_incidentIds.first();
    const QString number = window->queueModel()->incident(incidentId)->number;
    window->addRejectedChange(reopening(incidentId));
    QCOMPARE(window->attentionModel()->rowCount(), 1);
    QCOMPARE(window->syncIndicator()->attentionText(), QStringLiteral("1 change needs attention"));
    QCOMPARE(window->attentionDock()->windowTitle(), QStringLiteral("Needs attention (1)"));
    const QString what = window->attentionModel()->index(0, NeedsAttentionModel::ChangeColumn).data().toString();
    QCOMPARE(what, number + QStringLiteral(": status from “Cleared” to “Reported”"));

    // The count in the status bar opens the dock; never a modal dialog.
    QVERIFY(!window->attentionDock()->isVisible());
    QTest::mouseClick(window->syncIndicator()->findChild<QToolButton *>(QStringLiteral("attentionCount")),
                      Qt::LeftButton);
    QVERIFY(window->attentionDock()->isVisible());
    QVERIFY(!QApplication::activeModalWidget());

    // "Open incident" selects it in the queue and shows its detail.
    QVERIFY(window->selectIncident(m_incidentIds.last()));
    NeedsAttentionPanel *panel = window->attentionPanel();
    panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));
    QVERIFY(panel->openButton()->isEnabled());
    panel->openButton()->click();
    QCOMPARE(window->selectedIncident()->id, incidentId);
    QCOMPARE(window->detail()->incidentId(), incidentId);

    // The same rejection again (the store's quarantine and the session both report it): one row.
    window->addRejectedChange(window->attentionModel()->changeAt(0));
    QCOMPARE(window->attentionModel()->rowCount(), 1);
}

void TestDeskSync::headlessWithoutPasswordSaysWhatIsMissing()
{
    DeskOptions options = baseOptions();
    options.sync.server = QStringLiteral("127.0.0.1:7443");
    options.sync.insecureLoopback = true;
    options.sync.user = QStringLiteral("dispatcher1");
    QVERIFY(test::seedFixture(m_path, &m_unitIds, &m_incidentIds));
    m_desk = std::make_unique<Desk>(options);
    QSignalSpy finished(m_desk.get(), &Desk::finished);
    m_desk->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().first().toInt(), 1);
}

void TestDeskSync::unreachableServerLeavesTheDeskWorking()
{
    const DeskOptions options = unreachableServer(true);
    MainWindow *window = startDesk(options);
    QVERIFY(window);
    QVERIFY(m_desk->sync());
    QVERIFY(m_desk->sync()->session());
    window->syncBanner()->setGrace(std::chrono::milliseconds(300));
    QTRY_VERIFY_WITH_TIMEOUT(window->syncBanner()->isShowing(), 20000);
    QVERIFY(window->syncIndicator()->text().startsWith(QLatin1String("Offline")) ||
            window->syncIndicator()->text() == QStringLiteral("Connecting…"));
    QVERIFY(window->syncBanner()->isVisible());
    QVERIFY(!m_desk->sync()->isSettled());
    // Yesterday's report waits for the region's records: not while offline, and only after being caught up a while.
    QVERIFY(!window->automaticReportsStarted());
    sync::SyncStatus caughtUp;
    caughtUp.state = sync::LinkState::Online;
    caughtUp.headSeq = 5;
    caughtUp.cursor = 5;
    window->setSyncStatus(caughtUp);
    QVERIFY(window->automaticReportsWaiting());
    QVERIFY(!window->automaticReportsStarted());
    sync::SyncStatus catchingUp = caughtUp;
    catchingUp.headSeq = 9;
    window->setSyncStatus(catchingUp);
    QVERIFY(!window->automaticReportsWaiting());
    QVERIFY(!window->automaticReportsStarted());
    // The desk keeps working: a change commits locally and waits in the outbox.
    const Incident incident = *window->queueModel()->incident(m_incidentIds.first());
    ChangeFactory factory(test::kSite, test::kActor, m_desk->clock());
    QVERIFY(test::commit(*m_desk->service(), {factory.addNote(incident.id, QStringLiteral("Masih macet"))}));
    // "Retry now" asks for an attempt; it fails the same way and the desk goes on.
    window->syncBanner()->button()->click();
    QTRY_VERIFY_WITH_TIMEOUT(window->syncIndicator()->text().startsWith(QLatin1String("Offline")), 20000);
    QVERIFY(window->syncIndicator()->text().contains(QLatin1String("waiting")));
    // Shutdown stops the session first and returns (bounded).
    m_desk.reset();
}

void TestDeskSync::loginIsAskedAndWorkingOfflineIsOffered()
{
    DeskOptions options = unreachableServer(false);
    options.interactive = true;
    MainWindow *window = startDesk(options);
    QVERIFY(window);
    DeskSync *sync = m_desk->sync();
    QVERIFY(sync);
    // Not a blocking exec(): the desk is up and the dialog waits beside it.
    QTRY_VERIFY(sync->loginDialog() && sync->loginDialog()->isVisible());
    QVERIFY(!sync->session());
    LoginDialog *login = sync->loginDialog();
    QCOMPARE(login->userField()->text(), QStringLiteral("dispatcher1"));
    QVERIFY(window->queueModel()->rowCount() > 0); // the local records are there meanwhile

    // "Work offline": the desk says it is not logged in and offers the login on the banner.
    login->reject();
    QTRY_VERIFY(!sync->loginDialog());
    QCOMPARE(window->syncIndicator()->text(), QStringLiteral("Not logged in"));
    QVERIFY(window->syncBanner()->isShowing());
    QCOMPARE(window->syncBanner()->buttonText(), QStringLiteral("Log in…"));
    window->syncBanner()->button()->click();
    QTRY_VERIFY(sync->loginDialog() && sync->loginDialog()->isVisible());

    // Logging in starts the session with what was typed; the user is remembered, the password is not.
    sync->loginDialog()->userField()->setText(QStringLiteral("dispatcher7"));
    sync->loginDialog()->passwordField()->setText(QStringLiteral("typed-Passw0rd"));
    sync->loginDialog()->accept();
    QTRY_VERIFY(sync->session());
    QCOMPARE(sync->session()->settings().user, QStringLiteral("dispatcher7"));
    QCOMPARE(sync->session()->settings().password, QStringLiteral("typed-Passw0rd"));
    QCOMPARE(sync->session()->settings().clientName, QStringLiteral("lintas " LINTAS_VERSION));
    QCOMPARE(QSettings().value(QStringLiteral("sync/user")).toString(), QStringLiteral("dispatcher7"));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("typed-Passw0rd")), qPrintable(key));
}

void TestDeskSync::refusedLoginAsksAgainWithTheReason()
{
    DeskOptions options = unreachableServer(true);
    options.interactive = true;
    MainWindow *window = startDesk(options);
    QVERIFY(window);
    DeskSync *sync = m_desk->sync();
    QVERIFY(sync && sync->session());
    QVERIFY(!sync->loginDialog());
    quietSession(sync->session());
    // The session reports the server's refusal.
    sync::SyncStatus refused = sync->session()->status();
    refused.state = sync::LinkState::Refused;
    refused.detail = QStringLiteral("The server refused the user name or password of “dispatcher1”.");
    Q_EMIT sync->session()->statusChanged(refused);
    QVERIFY(window->syncIndicator()->text().startsWith(QLatin1String("Login refused: The server refused")));
    QVERIFY(window->syncBanner()->isShowing());
    QTRY_VERIFY_WITH_TIMEOUT(sync->loginDialog() && sync->loginDialog()->isVisible(), 5000);
    const auto *reason = sync->loginDialog()->findChild<QLabel *>(QStringLiteral("loginRefusal"));
    QVERIFY(reason && !reason->isHidden());
    QCOMPARE(reason->text(), refused.detail);
    QVERIFY(sync->loginDialog()->passwordField()->text().isEmpty());
}

void TestDeskSync::untrustedCertificateIsComparedAndRemembered()
{
    DeskOptions options = unreachableServer(true);
    options.interactive = true;
    MainWindow *window = startDesk(options);
    QVERIFY(window);
    DeskSync *sync = m_desk->sync();
    QVERIFY(sync && sync->session());
    quietSession(sync->session());
    QByteArray sha256(32, '\0');
    for (int i = 0; i < sha256.size(); ++i)
        sha256[i] = char(0xA0 + i);
    const QString fingerprint = sync::formatFingerprint(sha256);

    // Cancel: nothing is trusted, nothing remembered.
    Q_EMIT sync->session()->certificateUntrusted(QStringLiteral("127.0.0.1"), sha256);
    QTRY_VERIFY(sync->certificateDialog() && sync->certificateDialog()->isVisible());
    const auto *shown = sync->certificateDialog()->findChild<QLabel *>(QStringLiteral("certificateFingerprint"));
    QVERIFY(shown);
    QCOMPARE(QString(shown->text()).replace(QLatin1Char('\n'), QLatin1Char(':')), fingerprint);
    sync->certificateDialog()->reject();
    QTRY_VERIFY(!sync->certificateDialog());
    QVERIFY(QSettings().value(QStringLiteral("sync/fingerprint")).toString().isEmpty());
    // While refused for it, the status bar and the banner say the certificate was not trusted.
    sync::SyncStatus refused = sync->session()->status();
    refused.state = sync::LinkState::Refused;
    Q_EMIT sync->session()->statusChanged(refused);
    QCOMPARE(window->syncIndicator()->text(), QStringLiteral("Server certificate not trusted"));
    QVERIFY(window->syncBanner()->text().contains(QLatin1String("certificate was not confirmed")));
    QCOMPARE(window->syncBanner()->buttonText(), QStringLiteral("Check the certificate…"));
    QTest::qWait(500);
    QVERIFY(!sync->loginDialog()); // a certificate refusal is not a login refusal

    // Trust: the fingerprint is kept for the next start.
    Q_EMIT sync->session()->certificateUntrusted(QStringLiteral("127.0.0.1"), sha256);
    QTRY_VERIFY(sync->certificateDialog() && sync->certificateDialog()->isVisible());
    sync->certificateDialog()->accept();
    QCOMPARE(QSettings().value(QStringLiteral("sync/fingerprint")).toString(), fingerprint);
    QCOMPARE(DeskSync::remembered({}).fingerprint, fingerprint);
}

void TestDeskSync::screenshots()
{
    // Pictures for people to look at: the banner over the map, and the "Needs attention" dock. Written to
    // LINTAS_SCREENSHOT_DIR when set, else into the test's temporary folder.
    const QString folder = qEnvironmentVariableIsSet("LINTAS_SCREENSHOT_DIR")
                               ? qEnvironmentVariable("LINTAS_SCREENSHOT_DIR")
                               : m_dir.filePath(QStringLiteral("shots"));
    QDir().mkpath(folder);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("id")}) {
        QVERIFY(Language::instance()->setLanguage(language));
        DeskOptions options = baseOptions();
        options.mapFile = QStringLiteral(LINTAS_DEMO_MAP);
        MainWindow *window = startDesk(options);
        QVERIFY(window);
        window->mapView()->centerOn(-6.1855, 106.8240, 14.0);
        QTRY_VERIFY_WITH_TIMEOUT(!window->mapView()->isLoading() && !window->mapView()->isAnimating(), 15000);
        window->syncBanner()->setGrace(std::chrono::milliseconds(0));
        sync::SyncStatus offline;
        offline.state = sync::LinkState::Offline;
        offline.outboxCount = 12;
        offline.lastSync = QDateTime::currentDateTimeUtc().addSecs(-40 * 60);
        offline.detail = QStringLiteral("Connection refused by 10.20.0.5:7443");
        offline.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(12);
        window->setSyncStatus(offline);
        QVERIFY(window->syncBanner()->isVisible());
        QTest::qWait(300);
        const QImage banner = window->grab().toImage();
        QVERIFY(!banner.isNull());
        QVERIFY(banner.save(QDir(folder).filePath(QStringLiteral("desk-offline-banner-%1.png").arg(language))));
        // The banner lies at the top of the map area, full width.
        QCOMPARE(window->syncBanner()->width(), window->centralWidget()->width());
        QCOMPARE(window->syncBanner()->y(), 0);

        QuarantinedChange first = reopening(m_incidentIds.first());
        QuarantinedChange second = reopening(m_incidentIds.last());
        second.change.kind = ChangeKind::Note;
        second.change.fields = {{QStringLiteral("text"), QStringLiteral("Derek sudah di lokasi, lajur kiri ditutup")}};
        second.code = QStringLiteral("out_of_scope");
        QuarantinedChange third = reopening(m_incidentIds.last());
        third.change.entity = EntityKind::Unit;
        third.change.entityId = m_unitIds.first();
        third.change.kind = ChangeKind::Set;
        third.change.fields = {{QStringLiteral("callsign"), QStringLiteral("JAKPUS-R2-09")}};
        third.code = QStringLiteral("schema");
        third.reason = QStringLiteral("field 'callsign' is not writable after schema 1");
        window->addRejectedChanges({first, second, third});
        sync::SyncStatus online;
        online.state = sync::LinkState::Online;
        online.lastSync = QDateTime::currentDateTimeUtc();
        online.cursor = online.headSeq = 1234;
        online.attentionCount = 3;
        window->setSyncStatus(online);
        QVERIFY(!window->syncBanner()->isVisible());
        window->attentionDock()->show();
        QTest::qWait(300);
        const QImage dock = window->grab().toImage();
        QVERIFY(dock.save(QDir(folder).filePath(QStringLiteral("desk-needs-attention-%1.png").arg(language))));

        // The two dialogs the sync may ask, as the operator sees them (gone before the window goes).
        {
            LoginDialog login(QStringLiteral("10.20.0.5:7443"), QStringLiteral("dispatcher1"), window);
            login.setRefusal(
                QStringLiteral("The server 10.20.0.5:7443 refused the user name or password of “dispatcher1”."));
            login.adjustSize();
            QVERIFY(login.grab().save(QDir(folder).filePath(QStringLiteral("desk-login-%1.png").arg(language))));
            QByteArray sha256(32, '\0');
            for (int i = 0; i < sha256.size(); ++i)
                sha256[i] = char(i * 7 + 3);
            CertificateDialog certificate(QStringLiteral("10.20.0.5:7443"), sha256, window);
            certificate.adjustSize();
            QVERIFY(certificate.grab().save(
                QDir(folder).filePath(QStringLiteral("desk-certificate-%1.png").arg(language))));
        }
        m_desk.reset();
    }
    qInfo("screenshots in %s", qPrintable(folder));
}

QTEST_MAIN(TestDeskSync)
#include "tst_desksync.moc"
