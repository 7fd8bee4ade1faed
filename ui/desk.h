#pragma once

#include <memory>

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include "core/changefactory.h"
#include "core/hlc.h"
#include "syncview/desksyncoptions.h"

namespace lintas {

class DeskSync;
class MainWindow;
class StoreService;

struct DeskOptions
{
    QString storePath;
    QString siteId;
    QString actor;
    bool demo = false;         // replace the store with a fresh demo (asking first when interactive)
    bool interactive = true;   // false when headless: never ask, report on the console instead
    QString screenshotPath;    // grab the window once loaded, write the PNG, finish
    QSize windowSize;          // forced size (screenshots); empty keeps the saved geometry
    QString mapFile;           // --map: this package and no other
    QStringList mapCandidates; // otherwise the first of these that opens
    DeskSyncOptions sync;      // the regional server; completed from the settings at start()
};

// One dispatcher's desk, started in order:
//
//   [seed the demo when the store is new and there is no server, or --demo]  (worker thread)
//     → StoreService::start()  ── openFailed ──► ask: move the damaged file aside, start fresh
//     → opened(lastHlc)        → restore the clock, show the window, load the models,
//                                start the sync with the regional server (DeskSync) when there is one
//     → loaded                 → [in step with the server (or 25 s), roads of the map loaded (or 15 s)
//                                 → screenshot → finished(0)]
//
// Shutdown is the reverse (DESIGN.md section 4): the window saves its layout, the sync session stops (BYE,
// bounded), the store thread stops, then the widgets go.
class Desk : public QObject
{
    Q_OBJECT
public:
    explicit Desk(DeskOptions options, QObject *parent = nullptr);
    ~Desk() override;

    void start();
    void shutDown();

    MainWindow *mainWindow() const { return m_window.get(); }
    StoreService *service() const { return m_service.get(); }
    DeskSync *sync() const { return m_sync.get(); }
    ChangeFactory *factory() { return &m_factory; }
    HybridClock *clock() { return &m_clock; }
    const DeskOptions &options() const { return m_options; }

    // The site id, made once (UUIDv7) and kept in the settings.
    static QString siteIdFromSettings();
    // The dispatcher acting at this desk; a demo NRP until accounts arrive with sync.
    static QString actorFromSettings();
    // Theme and language from the settings; the language defaults from the system locale.
    static void applyPreferences();
    // Where to look for a map package when none is named: the build tree (`buildTreeMap`, relative to the
    // program's folder), the installed share/lintas/maps, then the user's and the system's data folders.
    static QStringList mapCandidates(const QString &programDir, const QString &buildTreeMap);
    // Where a damaged store was moved to at start-up, if it was.
    const QString &movedAside() const { return m_movedAside; }

Q_SIGNALS:
    void ready();                // the window shows the loaded store
    void finished(int exitCode); // the program should end (screenshot written, or a fatal error)

private:
    void seedThenOpen(bool replace);
    void openStore();
    void onOpened(lintas::Hlc lastHlc, int outboxCount);
    void onOpenFailed(const QString &message);
    void handleOpenFailure(const QString &message);
    void onLoaded();
    void startSync(int outboxCount);
    void waitForMapThenShoot();
    void writeScreenshot();
    void teardown();
    void fail(const QString &message);

    DeskOptions m_options;
    HybridClock m_clock;
    ChangeFactory m_factory;
    std::unique_ptr<StoreService> m_service;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DeskSync> m_sync;
    bool m_seeded = false;
    QString m_movedAside;
};

} // namespace lintas
