#pragma once

#include <memory>
#include <optional>

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include "core/change.h"
#include "core/incident.h"
#include "core/roles.h"
#include "core/unit.h"
#include "geo/mappackage.h"
#include "incidentintakedialog.h" // QPointer needs the complete type
#include "store/syncstate.h"
#include "syncview/syncstatustext.h"

class QAction;
class QActionGroup;
class QCompleter;
class QStackedWidget;
class QStandardItemModel;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace lintas {

namespace sync {
struct SyncStatus;
struct UnitPosition;
} // namespace sync

class CaseDesk;
class CaseMenu;
class ChangeFactory;
class DispatchCoordinator;
class IncidentDetailWidget;
class IncidentQueueModel;
class MapView;
class NeedsAttentionModel;
class NeedsAttentionPanel;
class OfflineBanner;
class OverrideReasonDialog;
class RecommendationPanel;
class ResponseWatch;
class ShortcutOverlay;
class SupervisionMenu;
class SyncIndicator;
class TileMenu;
class StoreReader;
class StoreService;
class UnitBoardModel;

// The dispatcher's desk.
//
//   ┌ menu, tool bar with the place search ──────────────────────────────────┐
//   │ incident queue (dock) │                      │ recommended units (dock)│
//   │                       │   live map (central) ├─────────────────────────┤
//   │ unit board (dock)     │   + routes           │ incident detail         │
//   │                       │ [offline banner]     │ + timeline (dock)       │
//   │                       ├──────────────────────┤                         │
//   │                       │ needs attention (dock, hidden until asked)     │
//   └ status: needs attention · connection · outbox · open incidents · clock ┘
//
// Every user action becomes changes from the ChangeFactory, submitted to the StoreService; the
// models change only when the store reports what it committed. The map is fed from the same store
// notifications as the models (row by row; it coalesces its own repaints) and shares their selection:
// a marker click selects the row, a row selection centres the map.
//
// The selected incident's recommended units (DispatchCoordinator: ranked by road travel time on the advisor's
// thread) sit above its detail, so the dispatcher reads both at once; D sends the highlighted one (the top
// unless another was picked), Shift+D offers every unit, and a unit other than the top asks for a reason.
// F1 lays the list of every shortcut over the window.
//
// Sync with the regional server is driven from outside (DeskSync): it feeds the window SyncStatus values
// (status bar and banner), live positions (map and unit board, in memory only), rejected changes (the
// "Needs attention" dock) and the logged-in account, whose role the actions mirror.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(StoreService *service, ChangeFactory *factory, QString storePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Call once the store is open: reads the open incidents and the units on a worker thread,
    // then fills the models and emits loaded().
    void startLoading();
    bool isLoaded() const { return m_loaded; }
    void setOutboxCount(int count);

    IncidentQueueModel *queueModel() const { return m_queue; }
    UnitBoardModel *unitModel() const { return m_units; }
    QTableView *queueView() const { return m_queueView; }
    QTableView *unitView() const { return m_unitView; }
    IncidentDetailWidget *detail() const { return m_detail; }
    IncidentIntakeDialog *intakeDialog() const { return m_intake; }
    MapView *mapView() const { return m_map; }
    QDockWidget *detailDock() const { return m_detailDock; }
    QDockWidget *recommendationDock() const { return m_recommendDock; }
    RecommendationPanel *recommendationPanel() const { return m_recommendations; }
    DispatchCoordinator *dispatchCoordinator() const { return m_dispatch; }
    ShortcutOverlay *shortcutOverlay() const { return m_shortcutOverlay; }
    // The reason dialog of an override now open, if one is.
    OverrideReasonDialog *overrideDialog() const;
    QLineEdit *placeSearch() const { return m_placeSearch; }
    QAction *action(const QString &objectName) const;

    std::optional<Incident> selectedIncident() const;
    std::optional<Unit> selectedUnit() const;
    bool selectIncident(const QUuid &id);
    bool selectUnit(const QUuid &id);

    void saveLayout() const;
    void restoreLayout();

    // Opens the map package: `file` when given (--map), else the first of `candidates` that opens. When
    // none does, the map area shows why, naming every place it looked, and the rest of the desk works on.
    bool openMap(const QString &file, const QStringList &candidates = {});
    // The sentence the map area shows when no package could be opened; empty when a map is shown.
    QString mapError() const { return m_mapError; }
    // Places matching `text` in the map package, best first (empty without a package).
    QList<geo::PlaceHit> searchPlaces(const QString &text, int limit = 10) const;
    // Moves the map to the best place matching `text`; false when nothing matches.
    bool jumpToPlace(const QString &text);

    // --- sync with the regional server ---
    void setLocalOnly();
    void setSyncStatus(const lintas::sync::SyncStatus &status);
    void setSyncRefusal(SyncStatusText::Refusal refusal);
    // The account acting at this desk once the server named it; its role hides what it may not do. Nothing:
    // no account known (local only, or not yet logged in), everything is offered.
    void setActor(const std::optional<lintas::Actor> &actor);
    const std::optional<Actor> &actor() const { return m_actor; }
    // Why the account may not make `change` now; nothing when it may (or no account is known).
    std::optional<PolicyRefusal> refusalFor(const Change &change) const;
    // Live positions (already coalesced by the session): the unit board in memory and the unit markers.
    void applyPositions(const QList<lintas::sync::UnitPosition> &positions);
    void addRejectedChange(const lintas::QuarantinedChange &change);
    void addRejectedChanges(const QList<lintas::QuarantinedChange> &changes);
    // Reads the store's quarantine again and adds what the list does not show yet.
    void reloadQuarantine();
    // Selects the incident in the queue, or shows it in the detail when it left the queue.
    bool openIncident(const QUuid &id);

    // Cases: what every case widget shares, and the Cases menu with its dialogs and watch-list alerts.
    CaseDesk *caseDesk() const { return m_caseDesk; }
    CaseMenu *caseMenu() const { return m_caseMenu; }
    // The Analysis menu: dashboard, daily report, hotspot forecast, data exchange.
    SupervisionMenu *supervisionMenu() const { return m_supervisionMenu; }
    // Yesterday's automatic report: started at load on a local-only desk; with a server only after the desk has
    // been caught up and online for a while (waiting: that while is running).
    bool automaticReportsStarted() const { return m_reportsStarted; }
    bool automaticReportsWaiting() const { return m_reportsSettle.isActive(); }

    SyncIndicator *syncIndicator() const { return m_syncIndicator; }
    OfflineBanner *syncBanner() const { return m_banner; }
    QDockWidget *attentionDock() const { return m_attentionDock; }
    NeedsAttentionModel *attentionModel() const { return m_attention; }
    NeedsAttentionPanel *attentionPanel() const { return m_attentionPanel; }

public Q_SLOTS:
    void newIncident();
    // D: the highlighted recommendation (the top one) for the selected incident; the unit chosen on the unit
    // board (or clicked on the map) when that has the keyboard; the unit picker when nothing is ranked.
    void dispatchSelected();
    // Shift+D: the unit picker, whatever the ranking says.
    void chooseUnitToDispatch();
    // The response limits per priority: shown to everyone, editable by a supervisor.
    void editResponseLimits();
    void setSelectedUnitStatus(lintas::UnitStatus status);
    void clearSelectedIncident();
    void closeSelectedIncident();
    void setDarkTheme(bool dark);
    void setLanguage(const QString &code);
    // Opens the intake form at a point picked on the map.
    void newIncidentAt(double latitude, double longitude, const QString &road, const QString &kecamatan);
    // A unit dragged onto an incident on the map: dispatched when the move is legal, else told why.
    void dispatchDropped(const QUuid &unitId, const QUuid &incidentId);

Q_SIGNALS:
    void loaded();
    void syncRetryRequested(); // the banner's "Retry now" (or "Check the certificate…")
    void loginRequested();     // the banner's "Log in…"

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createModels();
    void createViews();
    void createActions();
    void createMenus();
    void startReportsOnce();
    void createStatusBar();
    void retranslateUi();
    void updateActions();
    void updateStatusBar();
    // F1: the shortcut sheet over the window, or away again.
    void showShortcuts();
    // The sheet's lines from the actions as they are now (keys and words).
    void updateShortcutOverlay();
    void showAbout();
    void onRejected(const QString &message);
    void onQueueCurrentChanged();
    void onUnitCurrentChanged();
    void onMapIncidentClicked(const QUuid &id);
    void onMapUnitClicked(const QUuid &id);
    void centreMapOn(double latitude, double longitude);
    void updateMapMessage();
    void updatePlaceCompletions(const QString &text);
    void jumpTo(const geo::PlaceHit &place);
    void openMapFromMenu();
    void openMapPackage(const QString &path);
    IncidentIntakeDialog *openIntake();
    // Sends `unit`, asking for the reason first when the ranking recommends another.
    void dispatchChosen(const Incident &incident, const Unit &unit);
    void openUnitPicker(const Incident &incident);
    // Through the account's policy check: false (and said in the status bar) when it may not.
    bool submit(const lintas::ChangeList &changes);
    void defaultLayout();
    void defaultDockSizes();
    void placeBanner();
    void updateAttentionTitle();
    // Whether the account may make `sample`, about an incident or unit of `station` (from stationOf()).
    bool permits(const Change &sample, const QString &station) const;
    QString stationOf(const Change &change) const;

    StoreService *m_service;
    ChangeFactory *m_factory;
    QString m_storePath;
    std::unique_ptr<StoreReader> m_reader; // GUI thread: timeline, places, single rows
    bool m_loaded = false;
    bool m_localOnly = false;
    bool m_reportsStarted = false;
    static constexpr int kReportsSettleMs = 60 * 1000; // online and caught up this long before the daily report
    QTimer m_reportsSettle;
    bool m_defaultSizesPending = false;
    int m_outboxCount = 0;
    QUuid m_selectWhenSeen;         // a just-created incident to select once it reaches the queue
    bool m_followSelection = false; // a row chosen in a list centres the map (not the first one after loading)
    bool m_selectingFromMap = false;
    // Why there is no map: the file asked for and its error, or every place looked in.
    QString m_mapError;
    QString m_mapFile;
    QString m_mapFileError;
    QStringList m_mapLooked;

    IncidentQueueModel *m_queue = nullptr;
    QSortFilterProxyModel *m_queueProxy = nullptr;
    UnitBoardModel *m_units = nullptr;
    QSortFilterProxyModel *m_unitProxy = nullptr;

    QDockWidget *m_queueDock = nullptr;
    QDockWidget *m_unitDock = nullptr;
    QLineEdit *m_queueFilter = nullptr;
    QTableView *m_queueView = nullptr;
    QTableView *m_unitView = nullptr;
    IncidentDetailWidget *m_detail = nullptr;
    QDockWidget *m_detailDock = nullptr;
    RecommendationPanel *m_recommendations = nullptr;
    QDockWidget *m_recommendDock = nullptr;
    DispatchCoordinator *m_dispatch = nullptr;
    QPointer<OverrideReasonDialog> m_overrideDialog;
    ShortcutOverlay *m_shortcutOverlay = nullptr;
    QStackedWidget *m_mapArea = nullptr;
    MapView *m_map = nullptr;
    QLabel *m_mapMessage = nullptr;
    QLineEdit *m_placeSearch = nullptr;
    QCompleter *m_placeCompleter = nullptr;
    QStandardItemModel *m_placeModel = nullptr;
    QList<geo::PlaceHit> m_placeHits; // what the completer offers now
    QPointer<IncidentIntakeDialog> m_intake;
    QToolBar *m_toolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_incidentMenu = nullptr;
    QMenu *m_unitMenu = nullptr;
    QMenu *m_unitStatusMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_mapMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_newIncidentAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_dispatchAction = nullptr;
    QAction *m_chooseUnitAction = nullptr;
    QAction *m_focusRecommendationsAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_closeIncidentAction = nullptr;
    QAction *m_addNoteAction = nullptr;
    QAction *m_focusQueueAction = nullptr;
    QAction *m_focusUnitsAction = nullptr;
    QAction *m_focusMapAction = nullptr;
    QAction *m_findPlaceAction = nullptr;
    QAction *m_sectorsAction = nullptr;
    QAction *m_openMapAction = nullptr;
    QAction *m_importMapAction = nullptr;
    TileMenu *m_tileMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_lightAction = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_indonesianAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<std::pair<UnitStatus, QAction *>> m_statusActions;

    SyncIndicator *m_syncIndicator = nullptr;
    OfflineBanner *m_banner = nullptr;
    NeedsAttentionModel *m_attention = nullptr;
    NeedsAttentionPanel *m_attentionPanel = nullptr;
    QDockWidget *m_attentionDock = nullptr;
    std::optional<Actor> m_actor;
    CaseDesk *m_caseDesk = nullptr;
    CaseMenu *m_caseMenu = nullptr;
    SupervisionMenu *m_supervisionMenu = nullptr;
    int m_serverAttentionCount = 0; // as the last SyncStatus said
    QLabel *m_outboxLabel = nullptr;
    QLabel *m_openLabel = nullptr;
    QLabel *m_overdueLabel = nullptr;
    ResponseWatch *m_watch = nullptr;
    QAction *m_thresholdsAction = nullptr;
    QLabel *m_clockLabel = nullptr;
    QTimer m_clockTimer;
};

} // namespace lintas
