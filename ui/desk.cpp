#include "desk.h"

#include <cstdio>
#include <memory>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

#include "core/uuidv7.h"
#include "dispatch/recommendationpanel.h"
#include "language.h"
#include "mainwindow.h"
#include "map/mapview.h"
#include "messagebox.h"
#include "store/demoseeder.h"
#include "store/store.h"
#include "store/storereader.h"
#include "store/storeservice.h"
#include "syncview/desksync.h"
#include "theme.h"

namespace lintas {
namespace {

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Desk::Desk(DeskOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_factory(m_options.siteId, m_options.actor, &m_clock)
{
}

Desk::~Desk()
{
    teardown();
}

QString Desk::siteIdFromSettings()
{
    QSettings settings;
    QString id = settings.value(QStringLiteral("desk/siteId")).toString();
    if (id.isEmpty()) {
        id = newUuidV7().toString(QUuid::WithoutBraces);
        settings.setValue(QStringLiteral("desk/siteId"), id);
    }
    return id;
}

QString Desk::actorFromSettings()
{
    return QSettings().value(QStringLiteral("desk/actor"), QStringLiteral("87050123")).toString();
}

QStringList Desk::mapCandidates(const QString &programDir, const QString &buildTreeMap)
{
    const QString file = QStringLiteral("jakarta.lintasmap");
    QStringList paths;
    const QDir dir(programDir);
    if (!buildTreeMap.isEmpty())
        paths << QDir::cleanPath(dir.absoluteFilePath(buildTreeMap));
    paths << QDir::cleanPath(dir.absoluteFilePath(QStringLiteral("../share/lintas/maps/") + file));
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::AppDataLocation))
        paths << QDir::cleanPath(data + QStringLiteral("/maps/") + file);
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        paths << QDir::cleanPath(data + QStringLiteral("/lintas/maps/") + file);
    paths.removeDuplicates();
    return paths;
}

void Desk::applyPreferences()
{
    QSettings settings;
    Theme::instance()->apply(Theme::modeFromString(settings.value(QStringLiteral("ui/theme")).toString()));
    const QString language =
        settings.value(QStringLiteral("ui/language"), Language::defaultFor(QLocale::system())).toString();
    if (!Language::instance()->setLanguage(language))
        Language::instance()->setLanguage(Language::defaultFor(QLocale::system()));
}

void Desk::start()
{
    m_options.sync = DeskSync::remembered(m_options.sync);
    const bool exists = QFileInfo::exists(m_options.storePath);
    if (exists && m_options.demo && m_options.interactive) {
        const auto answer =
            MessageBox::question(nullptr, tr("Replace the store with the demo"),
                                 tr("Replace the store %1 with a fresh demo store? Everything in it will be lost.")
                                     .arg(QDir::toNativeSeparators(m_options.storePath)));
        if (answer != QMessageBox::Yes) {
            openStore();
            return;
        }
    }
    // A desk of a regional server starts empty and fills from the server's log; a demo of its own would sit
    // beside the region's records as a second copy.
    if (m_options.demo || (!exists && !m_options.sync.hasServer())) {
        seedThenOpen(exists);
        return;
    }
    QDir().mkpath(QFileInfo(m_options.storePath).absolutePath());
    openStore();
}

void Desk::seedThenOpen(bool replace)
{
    m_seeded = true;
    if (replace)
        removeStoreFiles(m_options.storePath);
    QDir().mkpath(QFileInfo(m_options.storePath).absolutePath());
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            fail(
                tr("Could not create the demo store %1: %2").arg(QDir::toNativeSeparators(m_options.storePath), error));
            return;
        }
        openStore();
    });
    const QString path = m_options.storePath;
    const QString site = m_options.siteId;
    watcher->setFuture(QtConcurrent::run([path, site] {
        QString error;
        Store store(path, site);
        if (!store.open(&error))
            return error.isEmpty() ? tr("the file cannot be opened") : error;
        DemoOptions demo;
        if (!seedDemo(store, demo, &error))
            return error.isEmpty() ? tr("seeding failed") : error;
        store.close();
        return QString();
    }));
}

void Desk::openStore()
{
    teardown();
    m_service = std::make_unique<StoreService>(m_options.storePath, m_options.siteId);
    connect(m_service.get(), &StoreService::opened, this, &Desk::onOpened);
    connect(m_service.get(), &StoreService::openFailed, this, &Desk::onOpenFailed);
    m_window = std::make_unique<MainWindow>(m_service.get(), &m_factory, m_options.storePath);
    if (m_options.windowSize.isValid())
        m_window->resize(m_options.windowSize);
    connect(m_window.get(), &MainWindow::loaded, this, &Desk::onLoaded);
    m_window->openMap(m_options.mapFile, m_options.mapCandidates);
    m_service->start();
}

void Desk::onOpened(Hlc lastHlc, int outboxCount)
{
    m_clock.restore(lastHlc);
    if (!m_seeded && !m_options.sync.hasServer()) {
        // A store that opens but holds nothing at all is a first run too: give it the demo.
        const StoreReader reader(m_options.storePath);
        if (reader.isOpen() && reader.incidentCount() == 0 && reader.units().isEmpty()) {
            // Not from inside the service's own signal: the service goes away first.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    teardown();
                    seedThenOpen(true);
                },
                Qt::QueuedConnection);
            return;
        }
    }
    m_window->setOutboxCount(outboxCount);
    m_window->show();
    if (!m_movedAside.isEmpty())
        m_window->statusBar()->showMessage(tr("The damaged store was moved to %1; this is a fresh store.")
                                               .arg(QDir::toNativeSeparators(m_movedAside)));
    m_window->startLoading();
    startSync(outboxCount);
}

void Desk::startSync(int outboxCount)
{
    if (!m_options.sync.hasServer()) {
        m_window->setLocalOnly();
        return;
    }
    m_sync =
        std::make_unique<DeskSync>(m_options.sync, m_service.get(), m_window.get(), &m_factory, m_options.interactive);
    // Queued: failing tears the desk down, and the sync must not be deleted inside its own call.
    connect(m_sync.get(), &DeskSync::failed, this, &Desk::fail, Qt::QueuedConnection);
    m_sync->setOutboxCount(outboxCount);
    m_sync->start();
}

void Desk::onOpenFailed(const QString &message)
{
    // Handled from the event loop: the answer may replace the service that is emitting this.
    QMetaObject::invokeMethod(
        this, [this, message] { handleOpenFailure(message); }, Qt::QueuedConnection);
}

void Desk::handleOpenFailure(const QString &message)
{
    const QString file = QDir::toNativeSeparators(m_options.storePath);
    if (!m_options.interactive) {
        fail(tr("Cannot open the store %1: %2\nRun Lintas on a desktop to move the damaged file aside, "
                "or start with --store pointing at another file.")
                 .arg(file, message));
        return;
    }
    const auto answer = MessageBox::ask(
        nullptr, {MessageBox::Kind::Critical, tr("Store cannot be opened"),
                  tr("Lintas cannot open the store %1.\n\n%2").arg(file, message),
                  tr("Move the damaged file aside and start on a fresh store? The damaged file stays in %1 "
                     "with \"damaged\" and the time in its name, for recovery. Choose No to quit without "
                     "changing anything.")
                      .arg(QDir::toNativeSeparators(QFileInfo(m_options.storePath).absolutePath())),
                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No});
    teardown();
    if (answer != QMessageBox::Yes) {
        Q_EMIT finished(1);
        return;
    }
    QString error;
    const QString aside = moveDamagedStoreAside(m_options.storePath, &error);
    if (aside.isEmpty()) {
        fail(tr("Could not move %1 aside: %2").arg(file, error));
        return;
    }
    m_movedAside = aside;
    if (m_options.sync.hasServer())
        openStore(); // the server's log fills the fresh store
    else
        seedThenOpen(false);
}

void Desk::onLoaded()
{
    Q_EMIT ready();
    if (!m_options.screenshotPath.isEmpty())
        waitForMapThenShoot();
}

void Desk::waitForMapThenShoot()
{
    // The models are loaded; the map's roads and the recommendations come from their own threads. Poll rather
    // than wait for one roadsLoaded: a layout change after the first answer asks for another box. With a server,
    // the desk also waits to be in step with it (online, caught up, the first live positions in).
    constexpr int kPollMs = 50;
    constexpr qint64 kTimeoutMs = 15000;
    constexpr qint64 kSyncTimeoutMs = 25000;
    // In step for a moment, not just once: the region's head moves while others commit.
    constexpr qint64 kSettledForMs = 1000;
    auto *poll = new QTimer(this);
    QElapsedTimer since;
    since.start();
    auto settledSince = std::make_shared<QElapsedTimer>();
    auto choseIncident = std::make_shared<QElapsedTimer>(); // valid once the desk chose one
    constexpr qint64 kRecommendationTimeoutMs = 10000;
    poll->setInterval(kPollMs);
    connect(poll, &QTimer::timeout, this, [this, poll, since, settledSince, choseIncident] {
        const MapView *map = m_window ? m_window->mapView() : nullptr;
        // The selected incident's recommended units come from the routing thread: the picture shows them.
        const RecommendationPanel *panel = m_window ? m_window->recommendationPanel() : nullptr;
        const bool waiting = map && map->mapPackage() &&
                             (map->isLoading() || map->isAnimating() ||
                              (panel && panel->state() == RecommendationPanel::State::Waiting));
        if (m_sync && !m_sync->isSettled())
            settledSince->invalidate();
        else if (!settledSince->isValid())
            settledSince->start();
        const bool syncing =
            m_sync && !m_sync->isRefused() && (!settledSince->isValid() || settledSince->elapsed() < kSettledForMs);
        if ((waiting && since.elapsed() < kTimeoutMs) || (syncing && since.elapsed() < kSyncTimeoutMs))
            return;
        // Records that came from the server arrived after loading, so nothing is selected yet: the picture shows
        // the incident at the top of the queue with its recommended units, as a dispatcher would see it.
        if (!choseIncident->isValid() && m_window && !m_window->selectedIncident() &&
            m_window->queueView()->model() && m_window->queueView()->model()->rowCount() > 0) {
            choseIncident->start();
            m_window->queueView()->selectRow(0);
            return; // one more round: the recommendations are now on their way
        }
        if (waiting && choseIncident->isValid() && choseIncident->elapsed() < kRecommendationTimeoutMs)
            return;
        if (syncing)
            std::fprintf(stderr, "%s\n",
                         qPrintable(tr("The desk was not in step with the regional server after %1 s; the "
                                       "screenshot shows it so.")
                                        .arg(kSyncTimeoutMs / 1000)));
        if (waiting)
            std::fprintf(stderr, "%s\n",
                         qPrintable(tr("The map or the recommendations were still loading; the screenshot shows it "
                                       "so.")));
        poll->stop();
        poll->deleteLater();
        QTimer::singleShot(200, this, &Desk::writeScreenshot); // let layouts and the last paint settle
    });
    poll->start();
}

void Desk::writeScreenshot()
{
    const QString path = QFileInfo(m_options.screenshotPath).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_window || !m_window->grab().save(path, "PNG")) {
        fail(tr("Could not write the screenshot to %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    std::fprintf(stdout, "%s\n", qPrintable(tr("Screenshot written to %1").arg(QDir::toNativeSeparators(path))));
    std::fflush(stdout);
    Q_EMIT finished(0);
}

void Desk::fail(const QString &message)
{
    if (m_options.interactive)
        MessageBox::critical(m_window.get(), tr("Lintas"), message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
    teardown();
    Q_EMIT finished(1);
}

void Desk::shutDown()
{
    teardown();
}

void Desk::teardown()
{
    if (m_window)
        m_window->saveLayout();
    // Sync first: it says BYE and lets go of the store; then the store thread; the widgets last, so nothing
    // they point at is gone while they exist.
    if (m_sync) {
        m_sync->stop();
        m_sync.reset();
    }
    if (m_service)
        m_service->stop();
    m_window.reset();
    m_service.reset();
}

} // namespace lintas
