#pragma once

#include <memory>
#include <optional>

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include "core/change.h"
#include "core/incident.h"
#include "core/unit.h"
#include "incidentintakedialog.h" // QPointer needs the complete type

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace lintas {

class ChangeFactory;
class IncidentDetailWidget;
class IncidentQueueModel;
class StoreReader;
class StoreService;
class UnitBoardModel;

// The dispatcher's desk.
//
//   ┌ menu, tool bar ───────────────────────────────────────────────┐
//   │ incident queue (dock) │ incident detail + timeline (central;   │
//   │ unit board (dock)     │ the map takes this place later)        │
//   └ status: connection · outbox · open incidents · clock (WIB) ───┘
//
// Every user action becomes changes from the ChangeFactory, submitted to the StoreService; the
// models change only when the store reports what it committed.
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
    QAction *action(const QString &objectName) const;

    std::optional<Incident> selectedIncident() const;
    std::optional<Unit> selectedUnit() const;
    bool selectIncident(const QUuid &id);
    bool selectUnit(const QUuid &id);

    void saveLayout() const;
    void restoreLayout();

public Q_SLOTS:
    void newIncident();
    void dispatchSelected();
    void setSelectedUnitStatus(lintas::UnitStatus status);
    void clearSelectedIncident();
    void closeSelectedIncident();
    void setDarkTheme(bool dark);
    void setLanguage(const QString &code);

Q_SIGNALS:
    void loaded();

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
    void createStatusBar();
    void retranslateUi();
    void updateActions();
    void updateStatusBar();
    void showShortcuts();
    void showAbout();
    void onRejected(const QString &message);
    void onQueueCurrentChanged();
    void dispatch(const Incident &incident, const Unit &unit);
    void submit(const lintas::ChangeList &changes);
    void defaultLayout();
    void defaultDockSizes();

    StoreService *m_service;
    ChangeFactory *m_factory;
    QString m_storePath;
    std::unique_ptr<StoreReader> m_reader; // GUI thread: timeline, places, single rows
    bool m_loaded = false;
    bool m_defaultSizesPending = false;
    int m_outboxCount = 0;
    QUuid m_selectWhenSeen; // a just-created incident to select once it reaches the queue

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
    QPointer<IncidentIntakeDialog> m_intake;
    QToolBar *m_toolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_incidentMenu = nullptr;
    QMenu *m_unitMenu = nullptr;
    QMenu *m_unitStatusMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_newIncidentAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_dispatchAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_closeIncidentAction = nullptr;
    QAction *m_addNoteAction = nullptr;
    QAction *m_focusQueueAction = nullptr;
    QAction *m_focusUnitsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_lightAction = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_indonesianAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<std::pair<UnitStatus, QAction *>> m_statusActions;

    QLabel *m_connectionLabel = nullptr;
    QLabel *m_outboxLabel = nullptr;
    QLabel *m_openLabel = nullptr;
    QLabel *m_clockLabel = nullptr;
    QTimer m_clockTimer;
};

} // namespace lintas
