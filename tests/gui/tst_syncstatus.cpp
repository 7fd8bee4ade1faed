// The status bar's sync line and the offline banner, fed SyncStatus values directly: what the dispatcher reads
// for every state of the link, in both languages, and when the banner shows.
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include "guitestsupport.h"
#include "language.h"
#include "sync/syncsession.h"
#include "syncview/offlinebanner.h"
#include "syncview/syncindicator.h"
#include "syncview/syncstatustext.h"

using namespace lintas;
using sync::LinkState;
using sync::SyncStatus;

namespace {

// A moment today at this Jakarta clock time (WIB, UTC+7, no daylight saving), as the session reports it (UTC).
QDateTime wib(int hour, int minute)
{
    const QTimeZone jakarta(7 * 3600);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(jakarta).date();
    return QDateTime(today, QTime(hour, minute), jakarta).toUTC();
}

SyncStatus status(LinkState state)
{
    SyncStatus s;
    s.state = state;
    return s;
}

} // namespace

class TestSyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void statusLine_data();
    void statusLine();
    void numbersFollowTheLanguage();
    void indicatorShowsLocalOnlyUntilFed();
    void indicatorCountsChangesNeedingAttention();
    void bannerWaitsOutTheGrace();
    void bannerShortLossNeverShows();
    void bannerExplainsOfflineAndRetries();
    void bannerStaysWhileReconnecting();
    void bannerOffersLoginAfterRefusal();
    void bannerSaysTheCertificateWasNotTrusted();
    void bannerFollowsTheLanguage();

private:
    QTemporaryDir m_dir;
};

void TestSyncStatus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    QVERIFY(Language::instance()->setLanguage(QStringLiteral("en")));
}

void TestSyncStatus::cleanup()
{
    Language::instance()->setLanguage(QStringLiteral("en"));
}

void TestSyncStatus::statusLine_data()
{
    QTest::addColumn<SyncStatus>("status");
    QTest::addColumn<int>("refusal");
    QTest::addColumn<QString>("expected");
    const int login = int(SyncStatusText::Refusal::Login);

    QTest::newRow("stopped") << status(LinkState::Stopped) << login << QStringLiteral("Not connected");
    QTest::newRow("connecting") << status(LinkState::Connecting) << login << QStringLiteral("Connecting…");

    SyncStatus online = status(LinkState::Online);
    online.lastSync = wib(20, 41);
    online.cursor = online.headSeq = 5000;
    QTest::newRow("online") << online << login << QStringLiteral("Online · synced 20:41");

    SyncStatus catching = online;
    catching.cursor = 3400;
    catching.headSeq = 100000;
    QTest::newRow("catching up") << catching << login << QStringLiteral("Catching up 3,400 / 100,000");

    SyncStatus offline = status(LinkState::Offline);
    offline.outboxCount = 12;
    offline.lastSync = wib(20, 1);
    QTest::newRow("offline, 12 waiting") << offline << login
                                         << QStringLiteral("Offline — 12 changes waiting · last sync 20:01");
    offline.outboxCount = 1;
    QTest::newRow("offline, 1 waiting") << offline << login
                                        << QStringLiteral("Offline — 1 change waiting · last sync 20:01");
    offline.outboxCount = 0;
    QTest::newRow("offline, none waiting") << offline << login << QStringLiteral("Offline · last sync 20:01");
    SyncStatus yesterday = offline;
    yesterday.lastSync = wib(20, 1).addDays(-1);
    QTest::newRow("offline since yesterday")
        << yesterday << login
        << QStringLiteral("Offline · last sync %1 20:01")
               .arg(yesterday.lastSync.toTimeZone(QTimeZone(7 * 3600)).toString(QStringLiteral("dd-MM")));
    SyncStatus never = status(LinkState::Offline);
    never.outboxCount = 3;
    QTest::newRow("offline, never synced")
        << never << login << QStringLiteral("Offline — 3 changes waiting · never synced");

    SyncStatus refused = status(LinkState::Refused);
    refused.detail = QStringLiteral("wrong user name or password");
    QTest::newRow("login refused") << refused << login << QStringLiteral("Login refused: wrong user name or password");
    QTest::newRow("certificate") << refused << int(SyncStatusText::Refusal::Certificate)
                                 << QStringLiteral("Server certificate not trusted");
    QTest::newRow("logged out") << status(LinkState::Refused) << int(SyncStatusText::Refusal::LoggedOut)
                                << QStringLiteral("Not logged in");
}

void TestSyncStatus::statusLine()
{
    QFETCH(SyncStatus, status);
    QFETCH(int, refusal);
    QFETCH(QString, expected);
    SyncIndicator indicator;
    indicator.setRefusal(SyncStatusText::Refusal(refusal));
    indicator.setStatus(status);
    QCOMPARE(indicator.text(), expected);
    QVERIFY(!indicator.isLocalOnly());
    QVERIFY(!indicator.findChild<QLabel *>(QStringLiteral("connectionState"))->toolTip().isEmpty());
}

void TestSyncStatus::numbersFollowTheLanguage()
{
    SyncStatus catching = status(LinkState::Online);
    catching.cursor = 3400;
    catching.headSeq = 100000;
    SyncIndicator indicator;
    indicator.setStatus(catching);
    QVERIFY(indicator.text().contains(QLatin1String("3,400 / 100,000")));
    QVERIFY(Language::instance()->setLanguage(QStringLiteral("id")));
    QTRY_VERIFY(indicator.text().contains(QLatin1String("3.400 / 100.000")));
    QVERIFY(!indicator.text().startsWith(QLatin1String("Catching up")));
}

void TestSyncStatus::indicatorShowsLocalOnlyUntilFed()
{
    SyncIndicator indicator;
    QVERIFY(indicator.isLocalOnly());
    QCOMPARE(indicator.text(), QStringLiteral("Local only"));
    indicator.setStatus(status(LinkState::Connecting));
    QCOMPARE(indicator.text(), QStringLiteral("Connecting…"));
    indicator.setLocalOnly();
    QCOMPARE(indicator.text(), QStringLiteral("Local only"));
}

void TestSyncStatus::indicatorCountsChangesNeedingAttention()
{
    SyncIndicator indicator;
    indicator.show();
    QVERIFY(indicator.attentionText().isEmpty());
    indicator.setAttentionCount(2);
    QCOMPARE(indicator.attentionText(), QStringLiteral("2 changes need attention"));
    indicator.setAttentionCount(1);
    QCOMPARE(indicator.attentionText(), QStringLiteral("1 change needs attention"));
    QSignalSpy clicked(&indicator, &SyncIndicator::attentionClicked);
    QTest::mouseClick(indicator.findChild<QToolButton *>(QStringLiteral("attentionCount")), Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
    indicator.setAttentionCount(0);
    QVERIFY(indicator.attentionText().isEmpty());
}

void TestSyncStatus::bannerWaitsOutTheGrace()
{
    OfflineBanner banner;
    banner.setGrace(std::chrono::milliseconds(300));
    SyncStatus offline = status(LinkState::Offline);
    banner.setStatus(offline);
    QVERIFY(!banner.isShowing()); // a link that comes back at once is not worth a banner
    // Every retry reports Offline again; that must not restart the wait.
    QTest::qWait(150);
    banner.setStatus(status(LinkState::Connecting));
    banner.setStatus(offline);
    QTRY_VERIFY_WITH_TIMEOUT(banner.isShowing(), 2000);
    banner.setStatus(status(LinkState::Online));
    QVERIFY(!banner.isShowing());
}

void TestSyncStatus::bannerShortLossNeverShows()
{
    OfflineBanner banner;
    banner.setGrace(std::chrono::milliseconds(200));
    QSignalSpy showing(&banner, &OfflineBanner::showingChanged);
    banner.setStatus(status(LinkState::Offline));
    banner.setStatus(status(LinkState::Connecting));
    banner.setStatus(status(LinkState::Online));
    QTest::qWait(400);
    QVERIFY(!banner.isShowing());
    QCOMPARE(showing.count(), 0);
}

void TestSyncStatus::bannerExplainsOfflineAndRetries()
{
    OfflineBanner banner;
    banner.setGrace(std::chrono::milliseconds(0));
    SyncStatus offline = status(LinkState::Offline);
    offline.outboxCount = 12;
    offline.detail = QStringLiteral("Connection refused by 10.0.0.5:7443");
    offline.nextAttempt = wib(20, 5).addSecs(10);
    offline.lastSync = wib(20, 1);
    banner.setStatus(offline);
    QVERIFY(banner.isShowing());
    QCOMPARE(banner.text(), QStringLiteral("No connection to the regional server. You can keep working: 12 changes "
                                           "are kept on this desk and will be sent automatically."));
    QVERIFY(banner.detail().contains(offline.detail));
    QVERIFY(banner.detail().contains(QLatin1String("20:05:10 WIB")));
    QCOMPARE(banner.buttonText(), QStringLiteral("Retry now"));
    QSignalSpy retry(&banner, &OfflineBanner::retryRequested);
    QSignalSpy login(&banner, &OfflineBanner::loginRequested);
    banner.button()->click();
    QCOMPARE(retry.count(), 1);
    QCOMPARE(login.count(), 0);

    offline.outboxCount = 1;
    banner.setStatus(offline);
    QCOMPARE(banner.text(), QStringLiteral("No connection to the regional server. You can keep working: 1 change "
                                           "is kept on this desk and will be sent automatically."));
    banner.setStatus(status(LinkState::Online));
    QVERIFY(!banner.isShowing());
    banner.clear();
    QVERIFY(!banner.isShowing());
}

void TestSyncStatus::bannerStaysWhileReconnecting()
{
    OfflineBanner banner;
    banner.setGrace(std::chrono::milliseconds(0));
    banner.setStatus(status(LinkState::Offline));
    QVERIFY(banner.isShowing());
    banner.setStatus(status(LinkState::Connecting));
    QVERIFY(banner.isShowing()); // no flicker on every attempt
    QVERIFY(!banner.button()->isEnabled());
    QVERIFY(banner.detail().contains(QStringLiteral("Connecting…")));
    banner.setStatus(status(LinkState::Offline));
    QVERIFY(banner.button()->isEnabled());

    // A first connection shows no banner at all.
    OfflineBanner first;
    first.setGrace(std::chrono::milliseconds(0));
    first.setStatus(status(LinkState::Connecting));
    QVERIFY(!first.isShowing());
}

void TestSyncStatus::bannerOffersLoginAfterRefusal()
{
    OfflineBanner banner;
    SyncStatus refused = status(LinkState::Refused);
    refused.detail = QStringLiteral("account locked for 15 minutes");
    refused.outboxCount = 4;
    banner.setStatus(refused);
    QVERIFY(banner.isShowing()); // at once: waiting would not change a refusal
    QVERIFY(banner.text().startsWith(QLatin1String("The regional server refused the login.")));
    QVERIFY(banner.text().contains(QLatin1String("4 changes are kept on this desk")));
    QVERIFY(banner.detail().contains(refused.detail));
    QCOMPARE(banner.buttonText(), QStringLiteral("Log in…"));
    QSignalSpy login(&banner, &OfflineBanner::loginRequested);
    banner.button()->click();
    QCOMPARE(login.count(), 1);

    banner.setRefusal(SyncStatusText::Refusal::LoggedOut);
    QVERIFY(banner.text().startsWith(QLatin1String("This desk is not logged in to the regional server.")));
    QCOMPARE(banner.buttonText(), QStringLiteral("Log in…"));
}

void TestSyncStatus::bannerSaysTheCertificateWasNotTrusted()
{
    OfflineBanner banner;
    banner.setRefusal(SyncStatusText::Refusal::Certificate);
    banner.setStatus(status(LinkState::Refused));
    QVERIFY(banner.isShowing());
    QVERIFY(banner.text().startsWith(QLatin1String("The regional server's certificate was not confirmed")));
    QVERIFY(banner.detail().contains(QLatin1String("fingerprint")));
    QCOMPARE(banner.buttonText(), QStringLiteral("Check the certificate…"));
    QSignalSpy retry(&banner, &OfflineBanner::retryRequested);
    banner.button()->click();
    QCOMPARE(retry.count(), 1); // connecting again shows the certificate again
}

void TestSyncStatus::bannerFollowsTheLanguage()
{
    OfflineBanner banner;
    banner.setGrace(std::chrono::milliseconds(0));
    SyncStatus offline = status(LinkState::Offline);
    offline.outboxCount = 12;
    banner.setStatus(offline);
    const QString english = banner.text();
    QVERIFY(Language::instance()->setLanguage(QStringLiteral("id")));
    QTRY_VERIFY(banner.text() != english);
    QVERIFY(banner.text().contains(QLatin1String("12")));
    QVERIFY(banner.text().contains(QLatin1String("server wilayah")));
    QVERIFY(banner.buttonText() != QLatin1String("Retry now"));
}

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
