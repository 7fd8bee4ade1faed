#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/changefactory.h"
#include "core/incidenttypes.h"
#include "core/statemachine.h"
#include "dispatch/dispatchcoordinator.h"
#include "dispatch/overridereasondialog.h"
#include "dispatch/recommendationpanel.h"
#include "help/shortcutoverlay.h"
#include "incidentdetailwidget.h"
#include "incidentintakedialog.h"
#include "incidentqueuemodel.h"
#include "actiontext.h"
#include "cases/casedesk.h"
#include "cases/casemenu.h"
#include "cases/casewindow.h"
#include "labels.h"
#include "language.h"
#include "mapimportdialog.h"
#include "map/tilemenu.h"
#include "map/mapview.h"
#include "messagebox.h"
#include "store/casereader.h"
#include "store/storereader.h"
#include "store/storeservice.h"
#include "sync/syncsession.h"
#include "syncview/needsattentionmodel.h"
#include "syncview/needsattentionpanel.h"
#include "syncview/offlinebanner.h"
#include "exchange/exchangemenu.h"
#include "report/reportscheduler.h"
#include "supervision/supervisionmenu.h"
#include "syncview/syncindicator.h"
#include "theme.h"
#include "timers/responsewatch.h"
#include "timers/thresholdsdialog.h"
#include "unitboardmodel.h"
#include "unitpickerdialog.h"

Q_LOGGING_CATEGORY(lcUi, "lintas.ui")

namespace lintas {
namespace {

struct Snapshot
{
    QList<Incident> incidents;
    QList<Unit> units;
    QString error;
};

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kThemeKey = QStringLiteral("ui/theme");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kSectorsKey = QStringLiteral("map/sectors");
const QString kMapPackageKey = QStringLiteral("map/package");
// 2: the map took the central area and the incident detail became a dock on the right.
// 3: the recommended units above the incident detail.
constexpr int kLayoutVersion = 3;
// Below this zoom a selected record is too small to find: centring on it also zooms in to street level.
constexpr double kFarOutZoom = 13.0;
constexpr double kStreetZoom = 16.0;
constexpr int kPlaceCompletions = 10;
constexpr int kPlaceNameRole = Qt::UserRole + 1; // the plain name the completer writes into the field

// The tool tip names every key that triggers the action, as the menu shows only the first.
void describe(QAction *action, const QString &text, const QString &tip = {})
{
    describeAction(action, text, tip);
}

// Searches across every column of the row (the model's search text), any word order.
class IncidentFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_words.isEmpty())
            return true;
        const QString text =
            sourceModel()->index(sourceRow, 0, sourceParent).data(IncidentQueueModel::SearchTextRole).toString();
        for (const QString &word : m_words)
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
        return true;
    }

private:
    QStringList m_words;
};

// Column widths in "M" widths, never narrower than the (translated) header or the widest of the
// (translated, possibly bold) words the column can show.
void fitColumns(QTableView *view, const QList<std::pair<int, int>> &widthsInEm,
                const QHash<int, QStringList> &words = {})
{
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QFont bold = view->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    QHeaderView *header = view->horizontalHeader();
    for (const auto &[column, ems] : widthsInEm) {
        int width = qMax(ems * em, header->sectionSizeHint(column));
        for (const QString &word : words.value(column))
            width = qMax(width, boldMetrics.horizontalAdvance(word) + em);
        header->resizeSection(column, width);
    }
}

// An incident a unit can still be sent to.
bool takesUnits(const Incident &incident)
{
    return incident.status == IncidentStatus::Reported || incident.status == IncidentStatus::Dispatched ||
           incident.status == IncidentStatus::EnRoute || incident.status == IncidentStatus::OnScene;
}

Place toPlace(const geo::PlaceHit &hit)
{
    Place place;
    place.name = hit.name;
    place.kind = hit.kind == QLatin1String("road") ? Place::Kind::Road : Place::Kind::Landmark;
    place.latitude = hit.position.lat;
    place.longitude = hit.position.lon;
    place.kecamatan = hit.sector;
    return place;
}

// Focus a table and make sure its current row is also selected: what is highlighted is what the keys act on.
void focusAndSelect(QTableView *view)
{
    view->setFocus(Qt::ShortcutFocusReason);
    QModelIndex current = view->currentIndex();
    if (!current.isValid() && view->model()->rowCount() > 0)
        current = view->model()->index(0, 0);
    if (current.isValid() && !view->selectionModel()->isRowSelected(current.row(), {}))
        view->selectionModel()->setCurrentIndex(current,
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace

MainWindow::MainWindow(StoreService *service, ChangeFactory *factory, QString storePath, QWidget *parent)
    : QMainWindow(parent), m_service(service), m_factory(factory), m_storePath(std::move(storePath))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lintas.svg")));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    createModels();
    createViews();
    createActions();
    createMenus();
    m_reportsSettle.setSingleShot(true);
    m_reportsSettle.setInterval(kReportsSettleMs);
    connect(&m_reportsSettle, &QTimer::timeout, this, &MainWindow::startReportsOnce);
    createStatusBar();
    retranslateUi();
    defaultLayout();
    restoreLayout();

    connect(m_service, &StoreService::outboxCountChanged, this, &MainWindow::setOutboxCount);
    // The quarantine is read once in startLoading(); what the server rejects later arrives as rows through
    // SyncSession::changeRejected (addRejectedChange), so quarantineChanged does not read the table again.
    connect(m_service, &StoreService::rejected, this, &MainWindow::onRejected);
    connect(m_service, &StoreService::committed, this, [this](const QList<QUuid> &) { updateActions(); });
    connect(Theme::instance(), &Theme::changed, this, [this] {
        m_lightAction->setChecked(!Theme::instance()->isDark());
        m_darkAction->setChecked(Theme::instance()->isDark());
    });
    m_lightAction->setChecked(!Theme::instance()->isDark());
    m_darkAction->setChecked(Theme::instance()->isDark());
    updateActions();
}

MainWindow::~MainWindow()
{
    // The case windows and dialogs go while the desk they use is still there.
    delete m_supervisionMenu;
    delete m_caseMenu;
    delete m_caseDesk;
}

void MainWindow::createModels()
{
    m_queue = new IncidentQueueModel(this);
    m_queue->connectTo(m_service);
    // Response timers: the one-second watch that raises an alert when an incident crosses its limit.
    m_watch = new ResponseWatch(this);
    m_watch->watchQueue(m_queue);
    m_watch->connectTo(m_service);
    m_watch->setWindow(this); // a tray message where there is a tray, otherwise a card over the window
    connect(m_watch, &ResponseWatch::incidentActivated, this, [this](const QUuid &id) { selectIncident(id); });
    m_units = new UnitBoardModel(this);
    m_units->connectTo(m_service);
    m_units->setIncidentLabeler([this](const QUuid &id) {
        if (const auto incident = m_queue->incident(id))
            return incident->number;
        return QString();
    });
    // A new incident gets its number in the store's commit: repaint units that point at it.
    connect(m_service, &StoreService::incidentChanged, m_units,
            [this](const Incident &incident) { m_units->refreshIncident(incident.id); });
    connect(m_queue, &IncidentQueueModel::openCountChanged, this, &MainWindow::updateStatusBar);
    connect(m_queue, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_selectWhenSeen.isNull() && selectIncident(m_selectWhenSeen))
            m_selectWhenSeen = {};
    });
    connect(m_queue, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() != IncidentQueueModel::AgeColumn)
            updateActions();
    });
    connect(m_units, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() != UnitBoardModel::SinceColumn)
            updateActions();
    });

    // The rejected changes, told with the numbers and callsigns the rest of the desk shows.
    m_attention = new NeedsAttentionModel(this);
    m_attention->setIncidentLabeler([this](const QUuid &id) {
        if (const auto incident = m_queue->incident(id))
            return incident->number;
        if (m_reader)
            if (const auto incident = m_reader->incident(id))
                return incident->number;
        return QString();
    });
    m_attention->setUnitLabeler([this](const QUuid &id) {
        const auto unit = m_units->unit(id);
        return unit ? unit->callsign : QString();
    });
    m_attention->setCaseLabeler([this](const QUuid &id) {
        // Rare (a rejected case change): a reader of its own for the one look-up.
        const CaseReader reader(m_storePath);
        const auto file = reader.isOpen() ? reader.caseFile(id) : std::nullopt;
        return file ? file->record.number : QString();
    });
    connect(m_attention, &NeedsAttentionModel::countChanged, this, &MainWindow::updateAttentionTitle);

    auto *queueProxy = new IncidentFilterProxy(this);
    queueProxy->setSourceModel(m_queue);
    queueProxy->setSortRole(IncidentQueueModel::SortRole);
    queueProxy->setDynamicSortFilter(true);
    m_queueProxy = queueProxy;
    m_unitProxy = new QSortFilterProxyModel(this);
    m_unitProxy->setSourceModel(m_units);
    m_unitProxy->setSortRole(UnitBoardModel::SortRole);
    m_unitProxy->setDynamicSortFilter(true);
}

void MainWindow::createViews()
{
    const auto setUpTable = [this](QTableView *view) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setAlternatingRowColors(false);
        view->setShowGrid(false);
        view->setWordWrap(false);
        view->setTabKeyNavigation(false);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
        view->horizontalHeader()->setHighlightSections(false);
        view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view->setSortingEnabled(true);
        view->horizontalHeader()->setSortIndicatorShown(true);
    };
    auto *queuePanel = new QWidget(this);
    m_queueFilter = new QLineEdit(queuePanel);
    m_queueFilter->setObjectName(QStringLiteral("queueFilter"));
    m_queueFilter->setClearButtonEnabled(true);
    connect(m_queueFilter, &QLineEdit::textChanged, this,
            [this](const QString &text) { static_cast<IncidentFilterProxy *>(m_queueProxy)->setWords(text); });
    m_queueFilter->installEventFilter(this);
    m_queueView = new QTableView(queuePanel);
    m_queueView->setObjectName(QStringLiteral("incidentQueue"));
    m_queueView->setModel(m_queueProxy);
    setUpTable(m_queueView);
    m_queueView->horizontalHeader()->setSectionResizeMode(IncidentQueueModel::LocationColumn, QHeaderView::Stretch);
    m_queueView->horizontalHeader()->setStretchLastSection(false);
    auto *queueLayout = new QVBoxLayout(queuePanel);
    queueLayout->setContentsMargins(4, 4, 4, 4);
    queueLayout->addWidget(m_queueFilter);
    queueLayout->addWidget(m_queueView, 1);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onQueueCurrentChanged);

    m_queueDock = new QDockWidget(this);
    m_queueDock->setObjectName(QStringLiteral("incidentQueueDock"));
    m_queueDock->setWidget(queuePanel);
    m_queueDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                             QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_queueDock);

    m_unitView = new QTableView(this);
    m_unitView->setObjectName(QStringLiteral("unitBoard"));
    m_unitView->setModel(m_unitProxy);
    setUpTable(m_unitView);
    m_unitView->horizontalHeader()->setSectionResizeMode(UnitBoardModel::IncidentColumn, QHeaderView::Stretch);
    m_unitView->horizontalHeader()->setStretchLastSection(false);
    connect(m_unitView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onUnitCurrentChanged);
    m_unitDock = new QDockWidget(this);
    m_unitDock->setObjectName(QStringLiteral("unitBoardDock"));
    m_unitDock->setWidget(m_unitView);
    m_unitDock->setFeatures(m_queueDock->features());
    addDockWidget(Qt::LeftDockWidgetArea, m_unitDock);
    splitDockWidget(m_queueDock, m_unitDock, Qt::Vertical);

    m_detail = new IncidentDetailWidget(nullptr, m_service, m_factory, m_units, this);
    m_detailDock = new QDockWidget(this);
    m_detailDock->setObjectName(QStringLiteral("incidentDetailDock"));
    m_detailDock->setWidget(m_detail);
    m_detailDock->setFeatures(m_queueDock->features());
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);

    // The recommended units above the detail, both in view: who to send, next to what happened.
    m_recommendations = new RecommendationPanel(this);
    m_recommendDock = new QDockWidget(this);
    m_recommendDock->setObjectName(QStringLiteral("recommendationDock"));
    m_recommendDock->setWidget(m_recommendations);
    m_recommendDock->setFeatures(m_queueDock->features());
    addDockWidget(Qt::RightDockWidgetArea, m_recommendDock);
    splitDockWidget(m_recommendDock, m_detailDock, Qt::Vertical);

    // The central area is the map; when no package can be opened it says why instead.
    m_map = new MapView(this);
    m_map->setDarkTheme(Theme::instance()->isDark());
    m_map->setSectorsVisible(QSettings().value(kSectorsKey, false).toBool());
    auto *messagePage = new QWidget(this);
    messagePage->setObjectName(QStringLiteral("mapMessagePage"));
    m_mapMessage = new QLabel(messagePage);
    m_mapMessage->setObjectName(QStringLiteral("mapMessage"));
    m_mapMessage->setWordWrap(true);
    m_mapMessage->setTextFormat(Qt::RichText);
    m_mapMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mapMessage->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // The text wraps within a readable width in the middle of the area.
    auto *messageRow = new QHBoxLayout;
    messageRow->addStretch(1);
    messageRow->addWidget(m_mapMessage, 4);
    messageRow->addStretch(1);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->setContentsMargins(24, 24, 24, 24);
    messageLayout->addStretch(1);
    messageLayout->addLayout(messageRow);
    messageLayout->addStretch(2);
    m_mapArea = new QStackedWidget(this);
    m_mapArea->setObjectName(QStringLiteral("mapArea"));
    m_mapArea->addWidget(m_map);
    m_mapArea->addWidget(messagePage);
    setCentralWidget(m_mapArea);
    // The offline banner lies over the top edge of the map area instead of taking a row of its own: showing
    // it neither resizes the map (which would ask for roads again) nor takes the central area from the map.
    m_banner = new OfflineBanner(m_mapArea);
    m_mapArea->installEventFilter(this);
    connect(m_banner, &OfflineBanner::showingChanged, this, &MainWindow::placeBanner);
    connect(m_banner, &OfflineBanner::retryRequested, this, &MainWindow::syncRetryRequested);
    connect(m_banner, &OfflineBanner::loginRequested, this, &MainWindow::loginRequested);

    // "Needs attention": under the map, between the side docks; hidden until asked for.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_attentionPanel = new NeedsAttentionPanel(m_attention, this);
    m_attentionPanel->setIncidentExists([this](const QUuid &id) {
        return m_queue->rowOf(id) >= 0 || (m_reader && m_reader->incident(id).has_value());
    });
    connect(m_attentionPanel, &NeedsAttentionPanel::openIncidentRequested, this, &MainWindow::openIncident);
    m_attentionDock = new QDockWidget(this);
    m_attentionDock->setObjectName(QStringLiteral("needsAttentionDock"));
    m_attentionDock->setWidget(m_attentionPanel);
    m_attentionDock->setFeatures(m_queueDock->features());
    addDockWidget(Qt::BottomDockWidgetArea, m_attentionDock);
    m_attentionDock->hide();

    connect(m_map, &MapView::incidentClicked, this, &MainWindow::onMapIncidentClicked);
    connect(m_map, &MapView::unitClicked, this, &MainWindow::onMapUnitClicked);
    connect(m_map, &MapView::newIncidentRequested, this, &MainWindow::newIncidentAt);
    connect(m_map, &MapView::unitDroppedOnIncident, this, &MainWindow::dispatchDropped);
    // Row-level updates, as the models get them; before the first load the models hold them back and
    // the map gets the loaded state in one go.
    connect(m_service, &StoreService::incidentChanged, m_map, [this](const Incident &incident) {
        if (m_loaded)
            m_map->upsertIncident(incident);
    });
    // The board has applied the unit first (it connected first) and kept a newer live position: the map
    // shows the board's unit, so a status change does not send the marker back to its stored spot.
    connect(m_service, &StoreService::unitChanged, m_map, [this](const Unit &unit) {
        if (m_loaded)
            m_map->upsertUnit(m_units->unit(unit.id).value_or(unit));
    });
    // A record whose creation the server refused is gone from every view.
    connect(m_service, &StoreService::incidentRemoved, this, [this](const QUuid &id) {
        m_map->removeIncident(id);
        if (m_detail->incidentId() == id)
            m_detail->showIncident({});
        updateActions();
    });
    connect(m_service, &StoreService::unitRemoved, this, [this](const QUuid &id) {
        m_map->removeUnit(id);
        updateActions();
    });
    connect(Theme::instance(), &Theme::changed, m_map, [this] { m_map->setDarkTheme(Theme::instance()->isDark()); });

    m_placeSearch = new QLineEdit(this);
    m_placeSearch->setObjectName(QStringLiteral("placeSearch"));
    m_placeSearch->setClearButtonEnabled(true);
    m_placeSearch->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);
    m_placeSearch->installEventFilter(this);
    m_placeModel = new QStandardItemModel(this);
    m_placeCompleter = new QCompleter(m_placeModel, this);
    m_placeCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_placeCompleter->setCompletionRole(kPlaceNameRole);
    m_placeCompleter->setMaxVisibleItems(kPlaceCompletions);
    m_placeSearch->setCompleter(m_placeCompleter);
    connect(m_placeSearch, &QLineEdit::textEdited, this, &MainWindow::updatePlaceCompletions);
    connect(m_placeCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                if (index.row() >= 0 && index.row() < m_placeHits.size())
                    jumpTo(m_placeHits.at(index.row()));
            });
    connect(m_placeSearch, &QLineEdit::returnPressed, this, [this] {
        if (!jumpToPlace(m_placeSearch->text()) && !m_placeSearch->text().trimmed().isEmpty())
            statusBar()->showMessage(m_map->mapPackage()
                                         ? tr("No place called “%1” on the map").arg(m_placeSearch->text().trimmed())
                                         : tr("No map package is open"),
                                     5000);
    });

    m_dispatch = new DispatchCoordinator(
        m_factory, m_queue, m_units, m_recommendations, m_map,
        [this](const ChangeList &changes) { return submit(changes); }, this);
    // After the models: the board has applied a unit's change by the time the coordinator hears of it.
    m_dispatch->connectTo(m_service);
    connect(m_recommendations, &RecommendationPanel::unitActivated, this, [this](const QUuid &unitId) {
        const auto incident = selectedIncident();
        const auto unit = m_units->unit(unitId);
        if (incident && unit)
            dispatchChosen(*incident, *unit);
    });

    m_shortcutOverlay = new ShortcutOverlay(this);
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &name, const QList<QKeySequence> &keys, const QString &icon = {}) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        if (!icon.isEmpty())
            action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
        addAction(action); // window-wide, also while the menu bar is hidden
        return action;
    };
    m_newIncidentAction = make(QStringLiteral("newIncident"),
                               {QKeySequence(Qt::Key_N), QKeySequence(Qt::CTRL | Qt::Key_N)}, QStringLiteral("new"));
    connect(m_newIncidentAction, &QAction::triggered, this, &MainWindow::newIncident);
    m_searchAction =
        make(QStringLiteral("searchIncidents"), {QKeySequence(Qt::CTRL | Qt::Key_F)}, QStringLiteral("search"));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_queueDock->show();
        m_queueDock->raise();
        m_queueFilter->setFocus();
        m_queueFilter->selectAll();
    });
    m_dispatchAction = make(QStringLiteral("dispatch"), {QKeySequence(Qt::Key_D)}, QStringLiteral("dispatch"));
    connect(m_dispatchAction, &QAction::triggered, this, &MainWindow::dispatchSelected);
    m_chooseUnitAction = make(QStringLiteral("chooseUnit"), {QKeySequence(Qt::SHIFT | Qt::Key_D)});
    connect(m_chooseUnitAction, &QAction::triggered, this, &MainWindow::chooseUnitToDispatch);
    m_thresholdsAction = make(QStringLiteral("responseLimits"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    connect(m_thresholdsAction, &QAction::triggered, this, &MainWindow::editResponseLimits);
    m_clearAction = make(QStringLiteral("clearIncident"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                         QStringLiteral("clear"));
    connect(m_clearAction, &QAction::triggered, this, &MainWindow::clearSelectedIncident);
    m_closeIncidentAction = make(QStringLiteral("closeIncident"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
                                 QStringLiteral("close"));
    connect(m_closeIncidentAction, &QAction::triggered, this, &MainWindow::closeSelectedIncident);
    m_addNoteAction = make(QStringLiteral("addNote"), {QKeySequence(Qt::Key_F4)}, QStringLiteral("note"));
    connect(m_addNoteAction, &QAction::triggered, m_detail, &IncidentDetailWidget::focusNote);
    m_focusQueueAction = make(QStringLiteral("focusQueue"), {QKeySequence(Qt::Key_F2)});
    connect(m_focusQueueAction, &QAction::triggered, this, [this] {
        m_queueDock->show();
        m_queueDock->raise();
        focusAndSelect(m_queueView);
    });
    m_focusUnitsAction = make(QStringLiteral("focusUnits"), {QKeySequence(Qt::Key_F3)});
    connect(m_focusUnitsAction, &QAction::triggered, this, [this] {
        m_unitDock->show();
        m_unitDock->raise();
        focusAndSelect(m_unitView);
    });
    m_focusRecommendationsAction = make(QStringLiteral("focusRecommendations"), {QKeySequence(Qt::Key_F6)});
    connect(m_focusRecommendationsAction, &QAction::triggered, this, [this] {
        m_recommendDock->show();
        m_recommendDock->raise();
        m_recommendations->list()->setFocus(Qt::ShortcutFocusReason);
    });
    m_focusMapAction = make(QStringLiteral("focusMap"), {QKeySequence(Qt::Key_F5)});
    connect(m_focusMapAction, &QAction::triggered, this, [this] { m_map->setFocus(Qt::ShortcutFocusReason); });
    m_findPlaceAction =
        make(QStringLiteral("findPlace"), {QKeySequence(Qt::CTRL | Qt::Key_L)}, QStringLiteral("search"));
    connect(m_findPlaceAction, &QAction::triggered, this, [this] {
        m_placeSearch->setFocus(Qt::ShortcutFocusReason);
        m_placeSearch->selectAll();
    });
    m_sectorsAction = make(QStringLiteral("toggleSectors"), {QKeySequence(Qt::CTRL | Qt::Key_B)});
    m_sectorsAction->setCheckable(true);
    m_sectorsAction->setChecked(m_map->sectorsVisible());
    connect(m_sectorsAction, &QAction::toggled, this, [this](bool on) {
        m_map->setSectorsVisible(on);
        QSettings().setValue(kSectorsKey, on);
    });
    m_openMapAction = make(QStringLiteral("openMap"), {QKeySequence(Qt::CTRL | Qt::Key_O)});
    connect(m_openMapAction, &QAction::triggered, this, &MainWindow::openMapFromMenu);
    m_importMapAction = make(QStringLiteral("importMap"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});
    connect(m_importMapAction, &QAction::triggered, this, [this] {
        auto *dialog = new MapImportDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &MapImportDialog::packageReady, this, &MainWindow::openMapPackage);
        dialog->open();
    });
    m_quitAction = make(QStringLiteral("quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Status keys act on the unit board only, so a digit typed elsewhere never moves a unit.
    const QList<UnitStatus> statuses{UnitStatus::Available,   UnitStatus::OnPatrol, UnitStatus::Dispatched,
                                     UnitStatus::EnRoute,     UnitStatus::OnScene,  UnitStatus::Busy,
                                     UnitStatus::OutOfService};
    for (int i = 0; i < statuses.size(); ++i) {
        const UnitStatus status = statuses.at(i);
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("unitStatus_%1").arg(toString(status)));
        action->setShortcut(QKeySequence(Qt::Key_1 + i));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_unitView->addAction(action);
        connect(action, &QAction::triggered, this, [this, status] { setSelectedUnitStatus(status); });
        m_statusActions.append({status, action});
    }

    m_lightAction = make(QStringLiteral("lightTheme"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1)});
    m_darkAction = make(QStringLiteral("darkTheme"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2)});
    auto *themes = new QActionGroup(this);
    for (QAction *action : {m_lightAction, m_darkAction}) {
        action->setCheckable(true);
        themes->addAction(action);
    }
    connect(m_lightAction, &QAction::triggered, this, [this] { setDarkTheme(false); });
    connect(m_darkAction, &QAction::triggered, this, [this] { setDarkTheme(true); });

    m_indonesianAction = make(QStringLiteral("languageId"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I)});
    m_englishAction = make(QStringLiteral("languageEn"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E)});
    auto *languages = new QActionGroup(this);
    for (QAction *action : {m_indonesianAction, m_englishAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    connect(m_indonesianAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("id")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    m_resetLayoutAction = make(QStringLiteral("resetLayout"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::defaultLayout);
    m_shortcutsAction = make(QStringLiteral("shortcuts"), {QKeySequence(Qt::Key_F1)});
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = make(QStringLiteral("about"), {QKeySequence(Qt::SHIFT | Qt::Key_F1)});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_queueDock->toggleViewAction()->setObjectName(QStringLiteral("toggleQueue"));
    m_queueDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_unitDock->toggleViewAction()->setObjectName(QStringLiteral("toggleUnits"));
    m_unitDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_detailDock->toggleViewAction()->setObjectName(QStringLiteral("toggleDetail"));
    m_detailDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    addAction(m_queueDock->toggleViewAction());
    addAction(m_unitDock->toggleViewAction());
    addAction(m_detailDock->toggleViewAction());
    m_recommendDock->toggleViewAction()->setObjectName(QStringLiteral("toggleRecommendations"));
    m_recommendDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    addAction(m_recommendDock->toggleViewAction());
    m_attentionDock->toggleViewAction()->setObjectName(QStringLiteral("toggleAttention"));
    m_attentionDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    addAction(m_attentionDock->toggleViewAction());
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openMapAction);
    m_fileMenu->addAction(m_importMapAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_incidentMenu = menuBar()->addMenu(QString());
    m_incidentMenu->addAction(m_newIncidentAction);
    m_incidentMenu->addAction(m_searchAction);
    m_incidentMenu->addSeparator();
    m_incidentMenu->addAction(m_dispatchAction);
    m_incidentMenu->addAction(m_chooseUnitAction);
    m_incidentMenu->addAction(m_addNoteAction);
    m_incidentMenu->addSeparator();
    m_incidentMenu->addAction(m_clearAction);
    m_incidentMenu->addAction(m_closeIncidentAction);
    m_incidentMenu->addSeparator();
    m_incidentMenu->addAction(m_thresholdsAction);

    m_unitMenu = menuBar()->addMenu(QString());
    m_unitMenu->addAction(m_dispatchAction);
    m_unitStatusMenu = m_unitMenu->addMenu(QString());
    for (const auto &[status, action] : m_statusActions)
        m_unitStatusMenu->addAction(action);

    m_caseDesk = new CaseDesk(m_service, m_factory, m_storePath, this);
    m_caseMenu = new CaseMenu(m_caseDesk, this);
    m_caseMenu->setSelectedIncident([this] { return selectedIncident(); });
    m_caseMenu->setIncidentOpener([this](const QUuid &id) { openIncident(id); });
    menuBar()->addMenu(m_caseMenu->menu());

    SupervisionContext supervision;
    supervision.desk = m_caseDesk;
    supervision.window = this;
    supervision.map = m_map;
    supervision.units = [this] { return m_units->units(); };
    supervision.openIncident = [this](const QUuid &id) { openIncident(id); };
    supervision.openCase = [this](const QUuid &id) {
        CaseWindow *window = m_caseMenu->caseWindow();
        window->show();
        window->raise();
        window->openCase(id);
    };
    m_supervisionMenu = new SupervisionMenu(supervision, this);
    m_supervisionMenu->exchange()->setSelectedIncident([this] { return selectedIncident(); });
    menuBar()->addMenu(m_supervisionMenu->menu());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_focusQueueAction);
    m_viewMenu->addAction(m_focusUnitsAction);
    m_viewMenu->addAction(m_focusRecommendationsAction);
    m_viewMenu->addAction(m_focusMapAction);
    m_viewMenu->addAction(m_findPlaceAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sectorsAction);
    m_tileMenu = new TileMenu(m_map, this);
    m_viewMenu->addMenu(m_tileMenu->menu());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_queueDock->toggleViewAction());
    m_viewMenu->addAction(m_unitDock->toggleViewAction());
    m_viewMenu->addAction(m_recommendDock->toggleViewAction());
    m_viewMenu->addAction(m_detailDock->toggleViewAction());
    m_viewMenu->addAction(m_attentionDock->toggleViewAction());
    m_viewMenu->addAction(m_resetLayoutAction);
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addAction(m_lightAction);
    m_themeMenu->addAction(m_darkAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_indonesianAction);
    m_languageMenu->addAction(m_englishAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->addAction(m_newIncidentAction);
    m_toolBar->addAction(m_dispatchAction);
    m_toolBar->addAction(m_addNoteAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_clearAction);
    m_toolBar->addAction(m_closeIncidentAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_searchAction);
    // The place search sits at the far end, where a map search box is usually found.
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_placeSearch);
}

void MainWindow::createStatusBar()
{
    const auto label = [this](const QString &name) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        statusBar()->addPermanentWidget(l);
        return l;
    };
    m_syncIndicator = new SyncIndicator(this);
    statusBar()->addPermanentWidget(m_syncIndicator);
    connect(m_syncIndicator, &SyncIndicator::attentionClicked, this, [this] {
        m_attentionDock->show();
        m_attentionDock->raise();
        m_attentionPanel->focusList();
    });
    m_outboxLabel = label(QStringLiteral("outboxCount"));
    m_overdueLabel = label(QStringLiteral("overdue"));
    m_overdueLabel->hide();
    connect(m_watch, &ResponseWatch::statusTextChanged, this, [this](const QString &text) {
        m_overdueLabel->setText(text);
        m_overdueLabel->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(Theme::instance()->errorColor().name()));
        m_overdueLabel->setVisible(!text.isEmpty());
    });
    m_openLabel = label(QStringLiteral("openIncidents"));
    m_clockLabel = label(QStringLiteral("clock"));
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    m_clockTimer.start();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Lintas — Traffic command center"));
    m_fileMenu->setTitle(tr("&File"));
    m_incidentMenu->setTitle(tr("&Incident"));
    m_unitMenu->setTitle(tr("&Unit"));
    m_unitStatusMenu->setTitle(tr("Set &status (on the unit board)"));
    m_viewMenu->setTitle(tr("&View"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Tool bar"));
    m_queueDock->setWindowTitle(tr("Incident queue"));
    m_unitDock->setWindowTitle(tr("Unit board"));
    m_detailDock->setWindowTitle(tr("Incident detail"));
    m_recommendDock->setWindowTitle(tr("Recommended units"));
    m_placeSearch->setPlaceholderText(tr("Find a place on the map: road or landmark (Ctrl+L)"));
    m_placeSearch->setToolTip(tr("Type a road or landmark, such as “Sudirman” or “Monas”, and press Enter to "
                                 "move the map there (Ctrl+L)"));
    if (!m_mapError.isEmpty())
        updateMapMessage();
    m_queueFilter->setPlaceholderText(tr("Search open incidents: number, type, road, landmark (Ctrl+F)"));
    QStringList types;
    for (const IncidentType &type : IncidentTypeCatalogue::builtIn().all())
        types << type.name(Language::instance()->code());
    QStringList incidentStatuses;
    for (const IncidentStatus status : allIncidentStatuses())
        incidentStatuses << labels::incidentStatus(status);
    fitColumns(m_queueView,
               {{IncidentQueueModel::NumberColumn, 15},
                {IncidentQueueModel::PriorityColumn, 5},
                {IncidentQueueModel::TypeColumn, 8},
                {IncidentQueueModel::StatusColumn, 7},
                {IncidentQueueModel::AgeColumn, 8},
                {IncidentQueueModel::SinceDispatchedColumn, 7},
                {IncidentQueueModel::SinceArrivalColumn, 7}},
               {{IncidentQueueModel::TypeColumn, types}, {IncidentQueueModel::StatusColumn, incidentStatuses}});
    QStringList kinds;
    for (const UnitKind kind : allUnitKinds())
        kinds << labels::unitKind(kind);
    QStringList unitStatuses;
    for (const UnitStatus status : allUnitStatuses())
        unitStatuses << labels::unitStatus(status);
    fitColumns(m_unitView,
               {{UnitBoardModel::CallsignColumn, 12},
                {UnitBoardModel::KindColumn, 8},
                {UnitBoardModel::StatusColumn, 8},
                {UnitBoardModel::StationColumn, 6},
                {UnitBoardModel::SinceColumn, 8},
                {UnitBoardModel::PositionColumn, 8}},
               {{UnitBoardModel::KindColumn, kinds}, {UnitBoardModel::StatusColumn, unitStatuses}});

    describe(m_newIncidentAction, tr("&New incident…"), tr("Take a new call: open the incident intake form"));
    describe(m_searchAction, tr("&Search incidents"), tr("Search the open incidents"));
    describe(m_dispatchAction, tr("&Dispatch unit"),
             tr("Send the highlighted recommended unit (the top one) to the selected incident; from the unit "
                "board, the unit selected there"));
    describe(m_chooseUnitAction, tr("Dispatch &another unit…"), tr("Choose any unit to send to the selected incident"));
    describe(m_thresholdsAction, tr("Response &limits…"),
             tr("How soon each priority must have a unit dispatched and on scene"));
    describe(m_clearAction, tr("C&lear incident"),
             tr("Mark the selected incident as cleared and free the units on it"));
    describe(m_closeIncidentAction, tr("Cl&ose incident"),
             tr("Close the selected incident (cleared, or a false report); it leaves the queue"));
    describe(m_addNoteAction, tr("Add &note"), tr("Write a note on the selected incident's timeline"));
    describe(m_focusQueueAction, tr("Go to incident &queue"));
    describe(m_focusUnitsAction, tr("Go to &unit board"));
    describe(m_focusRecommendationsAction, tr("Go to &recommended units"),
             tr("Put the keyboard on the recommended units: arrows choose, Enter dispatches"));
    describe(m_focusMapAction, tr("Go to &map"), tr("Put the keyboard on the map: arrows pan, + and − zoom"));
    describe(m_findPlaceAction, tr("&Find place on the map…"), tr("Find a road or landmark and move the map there"));
    describe(m_sectorsAction, tr("&Kecamatan boundaries"), tr("Show or hide the kecamatan boundaries on the map"));
    describe(m_openMapAction, tr("&Open map package…"), tr("Open another map package (*.lintasmap)"));
    describe(m_importMapAction, tr("&Import map data…"),
             tr("Build a map package from OpenStreetMap, Shapefile or GeoJSON data"));
    if (m_tileMenu)
        m_tileMenu->retranslateUi();
    describe(m_quitAction, tr("&Quit"), tr("Quit Lintas"));
    for (const auto &[status, action] : m_statusActions) {
        const QString name = labels::unitStatus(status);
        if (status == UnitStatus::Dispatched)
            describe(action, name, tr("Dispatch the selected unit to the selected incident"));
        else
            describe(action, name, tr("Set the selected unit to “%1”").arg(name));
    }
    describe(m_lightAction, tr("&Light (day)"), tr("Light theme for daytime"));
    describe(m_darkAction, tr("&Dark (night)"), tr("Dark theme for the night shift"));
    describe(m_indonesianAction, Language::nativeName(QStringLiteral("id")));
    describe(m_englishAction, Language::nativeName(QStringLiteral("en")));
    describe(m_queueDock->toggleViewAction(), tr("Incident queue panel"), tr("Show or hide the incident queue"));
    describe(m_unitDock->toggleViewAction(), tr("Unit board panel"), tr("Show or hide the unit board"));
    describe(m_detailDock->toggleViewAction(), tr("Incident detail panel"), tr("Show or hide the incident detail"));
    describe(m_recommendDock->toggleViewAction(), tr("Recommended units panel"),
             tr("Show or hide the recommended units"));
    updateAttentionTitle();
    describe(m_resetLayoutAction, tr("&Reset layout"), tr("Put the panels back where they started"));
    describe(m_shortcutsAction, tr("&Keyboard shortcuts"), tr("Show every keyboard shortcut over the window"));
    if (m_shortcutOverlay && m_shortcutOverlay->isVisible())
        updateShortcutOverlay();
    describe(m_aboutAction, tr("&About Lintas"));
    m_indonesianAction->setChecked(Language::instance()->code() == QLatin1String("id"));
    m_englishAction->setChecked(Language::instance()->code() != QLatin1String("id"));
    updateStatusBar();
    // The banner's new words may need another height; it retranslates on the same event.
    QTimer::singleShot(0, this, &MainWindow::placeBanner);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_mapArea && event->type() == QEvent::Resize)
        placeBanner();
    // Esc in the search box: forget the search and go back to the queue.
    // Esc in the place search: back to the map.
    if (watched == m_placeSearch && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_placeSearch->clear();
        m_map->setFocus();
        return true;
    }
    if (watched == m_queueFilter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_queueFilter->clear();
        m_queueView->setFocus();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::defaultLayout()
{
    for (QDockWidget *dock : {m_queueDock, m_unitDock, m_recommendDock, m_detailDock}) {
        dock->setFloating(false);
        dock->show();
    }
    addDockWidget(Qt::LeftDockWidgetArea, m_queueDock);
    splitDockWidget(m_queueDock, m_unitDock, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_recommendDock);
    splitDockWidget(m_recommendDock, m_detailDock, Qt::Vertical);
    addDockWidget(Qt::BottomDockWidgetArea, m_attentionDock);
    m_attentionDock->setFloating(false);
    m_attentionDock->hide();
    if (isVisible())
        defaultDockSizes();
    else
        m_defaultSizesPending = true; // sizes apply only to a laid-out window
}

void MainWindow::defaultDockSizes()
{
    m_defaultSizesPending = false;
    // The lists on the left and the detail on the right get what their columns need; the map the rest.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resizeDocks({m_queueDock, m_detailDock}, {qMax(52 * em, width() * 30 / 100), qMax(32 * em, width() * 26 / 100)},
                Qt::Horizontal);
    resizeDocks({m_queueDock, m_unitDock}, {height() * 45 / 100, height() * 55 / 100}, Qt::Vertical);
    resizeDocks({m_recommendDock, m_detailDock}, {height() * 42 / 100, height() * 58 / 100}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_defaultSizesPending)
        defaultDockSizes();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1600, 900);
    const QByteArray state = settings.value(kStateKey).toByteArray();
    if (!state.isEmpty() && restoreState(state, kLayoutVersion))
        m_defaultSizesPending = false;
}

void MainWindow::startLoading()
{
    if (!m_reader)
        m_reader = std::make_unique<StoreReader>(m_storePath);
    // The detail reads through the GUI thread's reader; it was built before the store was open.
    m_detail->setReader(m_reader.get());
    reloadQuarantine();
    const ResponseThresholds thresholds = m_reader->responseThresholds();
    m_queue->setThresholds(thresholds);
    m_watch->setThresholds(thresholds);

    m_queue->beginLoading();
    m_units->beginLoading();
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this, [this, watcher] {
        const Snapshot snapshot = watcher->result();
        watcher->deleteLater();
        if (!snapshot.error.isEmpty())
            qCWarning(lcUi) << "Loading the store failed:" << snapshot.error;
        m_units->setUnits(snapshot.units);
        m_queue->setIncidents(snapshot.incidents);
        // Units this desk sent before a restart and that have not arrived yet: their arrival by position is still
        // this desk's to record.
        for (const Incident &incident : snapshot.incidents) {
            if (incident.status != IncidentStatus::Dispatched && incident.status != IncidentStatus::EnRoute)
                continue;
            for (const Assignment &assignment : m_reader->assignments(incident.id))
                if (assignment.siteId == m_factory->siteId() && !assignment.arrivedAt.isValid() &&
                    !assignment.clearedAt.isValid())
                    m_dispatch->markDispatchedHere(assignment.unitId, assignment.incidentId);
        }
        // The map gets what the models hold now: the snapshot plus what arrived while it was read.
        m_map->setUnits(m_units->units());
        QList<Incident> incidents;
        incidents.reserve(m_queue->rowCount());
        for (int row = 0; row < m_queue->rowCount(); ++row)
            incidents.append(m_queue->incidentAt(row));
        m_map->setIncidents(incidents);
        m_loaded = true;
        if (m_localOnly)
            startReportsOnce();
        // The first row is selected for the keys, but the map keeps the overview it opened with.
        if (m_queueProxy->rowCount() > 0 && !m_queueView->currentIndex().isValid())
            m_queueView->setCurrentIndex(m_queueProxy->index(0, 0));
        m_followSelection = true;
        if (!m_intake)
            m_queueView->setFocus(); // the keys act on the queue from the start
        updateActions();
        updateStatusBar();
        Q_EMIT loaded();
    });
    const QString path = m_storePath;
    watcher->setFuture(QtConcurrent::run([path] {
        Snapshot snapshot;
        StoreReader reader(path);
        if (!reader.isOpen()) {
            snapshot.error = reader.errorString();
            return snapshot;
        }
        snapshot.units = reader.units();
        snapshot.incidents = reader.openIncidents();
        return snapshot;
    }));
}

void MainWindow::setOutboxCount(int count)
{
    m_outboxCount = count;
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    m_outboxLabel->setText(tr("%n change(s) waiting to sync", nullptr, m_outboxCount));
    m_openLabel->setText(tr("%n open incident(s)", nullptr, m_queue->rowCount()));
    m_clockLabel->setText(labels::clockTime(QDateTime::currentDateTimeUtc()));
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

std::optional<Incident> MainWindow::selectedIncident() const
{
    const QModelIndex current = m_queueView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_queue->incident(current.data(IncidentQueueModel::IncidentIdRole).toUuid());
}

std::optional<Unit> MainWindow::selectedUnit() const
{
    const QModelIndex current = m_unitView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_units->unit(current.data(UnitBoardModel::UnitIdRole).toUuid());
}

bool MainWindow::selectIncident(const QUuid &id)
{
    const int row = m_queue->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_queueProxy->mapFromSource(m_queue->index(row, 0));
    if (!index.isValid())
        return false;
    m_queueView->setCurrentIndex(index);
    m_queueView->scrollTo(index);
    return true;
}

bool MainWindow::selectUnit(const QUuid &id)
{
    const int row = m_units->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_unitProxy->mapFromSource(m_units->index(row, 0));
    m_unitView->setCurrentIndex(index);
    m_unitView->scrollTo(index);
    return true;
}

void MainWindow::onQueueCurrentChanged()
{
    const auto incident = selectedIncident();
    m_detail->showIncident(incident ? incident->id : QUuid());
    m_map->setSelectedIncident(incident ? incident->id : QUuid());
    if (m_dispatch)
        m_dispatch->setIncident(incident ? incident->id : QUuid());
    if (incident && incident->hasLocation() && m_followSelection && !m_selectingFromMap)
        centreMapOn(incident->latitude, incident->longitude);
    updateActions();
}

void MainWindow::onUnitCurrentChanged()
{
    const auto unit = selectedUnit();
    m_map->setSelectedUnit(unit ? unit->id : QUuid());
    if (unit && unit->hasPosition() && m_followSelection && !m_selectingFromMap)
        centreMapOn(unit->latitude, unit->longitude);
    updateActions();
}

void MainWindow::centreMapOn(double latitude, double longitude)
{
    if (m_map->zoom() < kFarOutZoom)
        m_map->centerOn(latitude, longitude, kStreetZoom);
    else
        m_map->centerOn(latitude, longitude);
}

void MainWindow::onMapIncidentClicked(const QUuid &id)
{
    m_selectingFromMap = true;
    // A search in the queue may hide the row: the click wins over the search.
    if (!selectIncident(id) && !m_queueFilter->text().isEmpty()) {
        m_queueFilter->clear();
        selectIncident(id);
    }
    m_selectingFromMap = false;
    if (m_queueDock->isVisible())
        m_queueDock->raise();
}

void MainWindow::onMapUnitClicked(const QUuid &id)
{
    m_selectingFromMap = true;
    selectUnit(id);
    m_selectingFromMap = false;
    if (m_unitDock->isVisible())
        m_unitDock->raise();
}

void MainWindow::updateActions()
{
    const auto incident = selectedIncident();
    const auto unit = selectedUnit();
    // What the account may do is asked of the same rules the server applies (core/roles.h), with a sample
    // of the change each action would make.
    const auto sample = [](EntityKind entity, const QUuid &id, ChangeKind kind, const QVariantMap &fields = {}) {
        Change change;
        change.entity = entity;
        change.entityId = id;
        change.kind = kind;
        change.fields = fields;
        return change;
    };
    const auto incidentMove = [&](IncidentStatus to) {
        return sample(EntityKind::Incident, incident->id, ChangeKind::Transition,
                      {{QStringLiteral("from"), toString(incident->status)}, {QStringLiteral("to"), toString(to)}});
    };
    // The stations the samples are about, looked up once per call (stationOf may read the store), and only
    // when there is an account to ask about.
    const QString incidentStation =
        m_actor && incident ? stationOf(sample(EntityKind::Incident, incident->id, ChangeKind::Note)) : QString();
    const QString unitStation =
        m_actor && unit ? stationOf(sample(EntityKind::Unit, unit->id, ChangeKind::Note)) : QString();
    const Change create = sample(EntityKind::Incident, QUuid(), ChangeKind::Create);
    const bool dispatchable = incident && takesUnits(*incident) &&
                              permits(sample(EntityKind::Incident, incident->id, ChangeKind::Dispatch), incidentStation);
    m_newIncidentAction->setEnabled(permits(create, m_actor ? stationOf(create) : QString()));
    m_dispatchAction->setEnabled(dispatchable);
    m_chooseUnitAction->setEnabled(dispatchable);
    m_clearAction->setEnabled(incident && isLegalMove(incident->status, IncidentStatus::Cleared) &&
                              permits(incidentMove(IncidentStatus::Cleared), incidentStation));
    m_closeIncidentAction->setEnabled(incident && isLegalMove(incident->status, IncidentStatus::Closed) &&
                                      permits(incidentMove(IncidentStatus::Closed), incidentStation));
    const bool notes =
        !incident || permits(sample(EntityKind::Incident, incident->id, ChangeKind::Note), incidentStation);
    m_addNoteAction->setEnabled(incident.has_value() && notes);
    m_detail->setNotesAllowed(notes);
    for (const auto &[status, action] : m_statusActions) {
        bool legal = unit && isLegalMove(unit->status, status);
        if (legal && status == UnitStatus::Dispatched)
            legal = dispatchable && unit->incidentId != incident->id;
        else if (legal && needsIncident(status))
            legal = !unit->incidentId.isNull();
        if (legal)
            legal = permits(
                sample(EntityKind::Unit, unit->id, ChangeKind::Transition,
                       {{QStringLiteral("from"), toString(unit->status)}, {QStringLiteral("to"), toString(status)}}),
                unitStation);
        action->setEnabled(legal);
    }
}

void MainWindow::newIncident()
{
    openIntake();
}

void MainWindow::newIncidentAt(double latitude, double longitude, const QString &road, const QString &kecamatan)
{
    if (IncidentIntakeDialog *dialog = openIntake())
        dialog->setPickedLocation(latitude, longitude, road, kecamatan);
}

IncidentIntakeDialog *MainWindow::openIntake()
{
    if (m_intake)
        return nullptr;
    // The map package's place index first (it knows every named road and is tolerant of spelling); the
    // store's gazetteer when there is no map or the map knows no such place.
    auto search = [this](const QString &text, int limit) {
        QList<Place> places;
        for (const geo::PlaceHit &hit : searchPlaces(text, limit))
            places.append(toPlace(hit));
        if (places.isEmpty() && m_reader)
            places = m_reader->searchPlaces(text, limit);
        return places;
    };
    m_intake = new IncidentIntakeDialog(m_factory, m_service, search, this);
    m_intake->setAttribute(Qt::WA_DeleteOnClose);
    if (m_map->mapPackage()) {
        m_intake->setPointLookup([this](double latitude, double longitude) {
            IncidentIntakeDialog::PointDetails details;
            const geo::MapPackage *package = m_map->mapPackage();
            if (!package)
                return details;
            if (const auto road =
                    package->nearestRoad(latitude, longitude, 250.0, geo::MapPackage::RoadFilter::NamedStreet))
                details.road = road->name;
            if (const auto sector = package->sectorAt(latitude, longitude)) {
                details.kecamatan = sector->name;
                details.kota = sector->kota;
            }
            return details;
        });
    }
    connect(m_intake, &QDialog::accepted, this, [this] {
        const QUuid id = m_intake->createdIncidentId();
        if (!selectIncident(id))
            m_selectWhenSeen = id;
        statusBar()->showMessage(tr("Incident saved"), 5000);
        m_queueView->setFocus();
    });
    m_intake->open();
    return m_intake;
}

void MainWindow::dispatchSelected()
{
    const auto incident = selectedIncident();
    if (!incident) {
        statusBar()->showMessage(tr("Select an incident in the queue first (F2)"), 5000);
        return;
    }
    // On the unit board (or on the map, after clicking a unit) the unit selected there is the choice; elsewhere
    // the highlighted recommendation is.
    const auto unit = selectedUnit();
    const bool unitChosen = unit && m_unitView->selectionModel()->hasSelection() &&
                            (m_unitView->hasFocus() || (m_map->hasFocus() && m_map->selectedUnit() == unit->id));
    if (unitChosen && isLegalMove(unit->status, UnitStatus::Dispatched) && unit->incidentId != incident->id) {
        dispatchChosen(*incident, *unit);
        return;
    }
    if (m_dispatch->isRanked()) {
        if (const auto chosen = m_dispatch->chosen()) {
            const auto live = m_units->unit(chosen->unit.id);
            if (live && isLegalMove(live->status, UnitStatus::Dispatched) && live->incidentId != incident->id) {
                dispatchChosen(*incident, *live);
                return;
            }
            if (live) {
                statusBar()->showMessage(tr("%1 is “%2” and cannot be dispatched now; choose another unit")
                                             .arg(live->callsign, labels::unitStatus(live->status)),
                                         5000);
                return;
            }
        }
    }
    openUnitPicker(*incident);
}

void MainWindow::chooseUnitToDispatch()
{
    const auto incident = selectedIncident();
    if (!incident) {
        statusBar()->showMessage(tr("Select an incident in the queue first (F2)"), 5000);
        return;
    }
    openUnitPicker(*incident);
}

void MainWindow::openUnitPicker(const Incident &incident)
{
    // With a road ranking for the incident, the picker lists its units in that order, with their ETAs.
    QList<analytics::Recommendation> ranking;
    if (m_dispatch->incidentId() == incident.id && m_dispatch->isRanked())
        ranking = m_dispatch->recommendations();
    auto *picker = new UnitPickerDialog(incident, m_units->units(), ranking, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    if (picker->candidateCount() == 0) {
        delete picker;
        MessageBox::information(this, tr("Dispatch unit"), tr("No unit can be dispatched now: every unit is busy."));
        return;
    }
    const QUuid incidentId = incident.id;
    connect(picker, &QDialog::accepted, this, [this, picker, incidentId] {
        const auto chosen = picker->chosenUnit();
        const auto target = m_queue->incident(incidentId);
        const auto unit = chosen ? m_units->unit(chosen->id) : std::nullopt;
        if (unit && target)
            dispatchChosen(*target, *unit);
    });
    picker->open();
}

OverrideReasonDialog *MainWindow::overrideDialog() const
{
    return m_overrideDialog;
}

void MainWindow::dispatchDropped(const QUuid &unitId, const QUuid &incidentId)
{
    const auto unit = m_units->unit(unitId);
    const auto incident = m_queue->incident(incidentId);
    if (!unit || !incident)
        return;
    if (!takesUnits(*incident)) {
        statusBar()->showMessage(tr("%1 is “%2”: no unit can be dispatched to it")
                                     .arg(incident->number, labels::incidentStatus(incident->status)),
                                 5000);
        return;
    }
    if (unit->incidentId == incident->id) {
        statusBar()->showMessage(tr("%1 is already on %2").arg(unit->callsign, incident->number), 5000);
        return;
    }
    if (!isLegalMove(unit->status, UnitStatus::Dispatched)) {
        statusBar()->showMessage(
            tr("%1 is “%2” and cannot be dispatched now").arg(unit->callsign, labels::unitStatus(unit->status)), 5000);
        return;
    }
    // The dispatched pair becomes the selection, as if chosen in the lists; the map stays where it is.
    m_selectingFromMap = true;
    selectIncident(incident->id);
    selectUnit(unit->id);
    m_selectingFromMap = false;
    dispatchChosen(*incident, *unit);
}

void MainWindow::dispatchChosen(const Incident &incident, const Unit &unit)
{
    if (m_overrideDialog)
        return; // one question at a time
    if (!takesUnits(incident)) {
        statusBar()->showMessage(tr("%1 is “%2”: no unit can be dispatched to it")
                                     .arg(incident.number, labels::incidentStatus(incident.status)),
                                 5000);
        return;
    }
    if (unit.incidentId == incident.id) {
        statusBar()->showMessage(tr("%1 is already on %2").arg(unit.callsign, incident.number), 5000);
        return;
    }
    if (!isLegalMove(unit.status, UnitStatus::Dispatched)) {
        statusBar()->showMessage(
            tr("%1 is “%2” and cannot be dispatched now").arg(unit.callsign, labels::unitStatus(unit.status)), 5000);
        return;
    }
    const auto send = [this](const Incident &target, const Unit &chosen, const DispatchAdvice &advice) {
        if (m_dispatch->dispatch(target, chosen, advice))
            statusBar()->showMessage(tr("%1 dispatched to %2").arg(chosen.callsign, target.number), 5000);
    };
    if (!m_dispatch->isRanked() || m_dispatch->incidentId() != incident.id || !m_dispatch->isOverride(unit.id)) {
        send(incident, unit,
             m_dispatch->incidentId() == incident.id ? m_dispatch->adviceFor(unit.id) : DispatchAdvice());
        return;
    }
    // Not the recommended unit: the dispatcher says why, and the reason goes with the dispatch.
    const auto top = m_dispatch->top();
    m_overrideDialog =
        new OverrideReasonDialog(unit.callsign, top ? top->unit.callsign : QString(), incident.number, this);
    m_overrideDialog->setAttribute(Qt::WA_DeleteOnClose);
    // The advice is taken now: what the dispatcher saw when choosing, even if a refresh re-ranks meanwhile.
    const DispatchAdvice advice = m_dispatch->adviceFor(unit.id);
    const QUuid incidentId = incident.id;
    const QUuid unitId = unit.id;
    OverrideReasonDialog *dialog = m_overrideDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, advice, incidentId, unitId, send] {
        const auto target = m_queue->incident(incidentId);
        const auto chosen = m_units->unit(unitId);
        if (!target || !chosen)
            return;
        DispatchAdvice withReason = advice;
        withReason.overrideReason = dialog->reason();
        send(*target, *chosen, withReason);
    });
    dialog->open();
}

void MainWindow::setSelectedUnitStatus(UnitStatus status)
{
    if (status == UnitStatus::Dispatched) {
        dispatchSelected();
        return;
    }
    const auto unit = selectedUnit();
    if (!unit) {
        statusBar()->showMessage(tr("Select a unit on the unit board first (F3)"), 5000);
        return;
    }
    if (!isLegalMove(unit->status, status) || (needsIncident(status) && unit->incidentId.isNull())) {
        statusBar()->showMessage(tr("%1 cannot go from “%2” to “%3”")
                                     .arg(unit->callsign, labels::unitStatus(unit->status), labels::unitStatus(status)),
                                 5000);
        return;
    }
    const auto incident = m_queue->incident(unit->incidentId);
    submit(m_factory->moveUnit(*unit, status, incident ? &*incident : nullptr));
}

void MainWindow::clearSelectedIncident()
{
    const auto incident = selectedIncident();
    if (!incident || !isLegalMove(incident->status, IncidentStatus::Cleared))
        return;
    submit(m_factory->clearIncident(*incident, m_units->unitsOn(incident->id)));
}

void MainWindow::closeSelectedIncident()
{
    const auto incident = selectedIncident();
    if (!incident || !isLegalMove(incident->status, IncidentStatus::Closed))
        return;
    const QString question = incident->status == IncidentStatus::Reported
                                 ? tr("Close %1 without dispatching a unit (a false or duplicate report)? "
                                      "It leaves the queue.")
                                 : tr("Close %1? It leaves the queue.");
    if (MessageBox::question(this, tr("Close incident"), question.arg(incident->number)) != QMessageBox::Yes)
        return;
    submit({m_factory->moveIncident(*incident, IncidentStatus::Closed)});
}

bool MainWindow::submit(const ChangeList &changes)
{
    // The server would refuse what the account's role or area does not allow: say so now, not later.
    for (const Change &change : changes) {
        if (const auto refusal = refusalFor(change)) {
            statusBar()->showMessage(refusal->reason, 8000);
            return false;
        }
    }
    if (changes.isEmpty())
        return false;
    m_service->submit(changes);
    return true;
}

void MainWindow::onRejected(const QString &message)
{
    if (m_intake)
        return; // the form shows its own refusal, next to what was typed
    MessageBox::warning(this, tr("Change not saved"), tr("The store refused the change."), message);
}

void MainWindow::setDarkTheme(bool dark)
{
    const Theme::Mode mode = dark ? Theme::Mode::Dark : Theme::Mode::Light;
    Theme::instance()->apply(mode);
    QSettings().setValue(kThemeKey, Theme::toString(mode));
}

void MainWindow::setLanguage(const QString &code)
{
    if (Language::instance()->setLanguage(code))
        QSettings().setValue(kLanguageKey, code);
}

bool MainWindow::openMap(const QString &file, const QStringList &candidates)
{
    m_mapFile.clear();
    m_mapFileError.clear();
    m_mapLooked.clear();
    QString error;
    if (!file.isEmpty()) {
        if (m_map->setMapPackage(file, &error)) {
            m_mapError.clear();
            m_mapArea->setCurrentWidget(m_map);
            m_dispatch->setMapPackage(file);
            return true;
        }
        m_mapFile = file;
        m_mapFileError = error;
        updateMapMessage();
        return false;
    }
    // A package opened from the menu before comes first; then where the program expects one.
    QStringList paths = candidates;
    const QString remembered = QSettings().value(kMapPackageKey).toString();
    if (!remembered.isEmpty())
        paths.prepend(remembered);
    for (const QString &path : std::as_const(paths)) {
        const QString clean = QDir::cleanPath(path);
        if (m_mapLooked.contains(clean))
            continue;
        m_mapLooked.append(clean);
        if (!QFileInfo::exists(clean))
            continue;
        if (m_map->setMapPackage(clean, &error)) {
            qCInfo(lcUi) << "map package" << clean;
            m_mapError.clear();
            m_mapArea->setCurrentWidget(m_map);
            m_dispatch->setMapPackage(clean);
            return true;
        }
        qCWarning(lcUi) << "map package" << clean << "cannot be opened:" << error;
    }
    updateMapMessage();
    return false;
}

void MainWindow::updateMapMessage()
{
    const QString how = tr("Start Lintas with --map FILE to use a map package (*.lintasmap), or open one with "
                           "File ▸ Open map package (%1). Incidents and units keep working without the map.")
                            .arg(m_openMapAction->shortcut().toString(QKeySequence::NativeText));
    QString title;
    QString detail;
    QStringList places;
    if (!m_mapFile.isEmpty()) {
        title = tr("The map package cannot be opened");
        // The package's own message names the file, at least by its name; the full path is added when not.
        const QString file = QDir::toNativeSeparators(m_mapFile);
        detail = m_mapFileError.contains(file) ? m_mapFileError : tr("%1: %2").arg(file, m_mapFileError);
    } else {
        title = tr("No map package found");
        detail = m_mapLooked.isEmpty() ? tr("No place to look for a map package was given.")
                                       : tr("Lintas looked for a map package in:");
        for (const QString &path : std::as_const(m_mapLooked))
            places << QDir::toNativeSeparators(path);
    }
    m_mapError = title + QLatin1Char('\n') + detail;
    for (const QString &place : std::as_const(places))
        m_mapError += QStringLiteral("\n  ") + place;
    m_mapError += QLatin1Char('\n') + how;

    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), detail.toHtmlEscaped());
    if (!places.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &place : std::as_const(places))
            html += QStringLiteral("<li><tt>%1</tt></li>").arg(place.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p>%1</p>").arg(how.toHtmlEscaped());
    m_mapMessage->setText(html);
    m_mapArea->setCurrentIndex(1);
}

void MainWindow::openMapFromMenu()
{
    const QString start =
        m_map->mapPackagePath().isEmpty() ? QDir::homePath() : QFileInfo(m_map->mapPackagePath()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open map package"), start, tr("Map packages (*.lintasmap)"));
    if (!path.isEmpty())
        openMapPackage(path);
}

void MainWindow::openMapPackage(const QString &path)
{
    QString error;
    // A package that does not open leaves the current map in place.
    if (!m_map->setMapPackage(path, &error)) {
        MessageBox::warning(this, tr("Open map package"),
                            tr("The map package %1 cannot be opened.").arg(QDir::toNativeSeparators(path)), error);
        return;
    }
    QSettings().setValue(kMapPackageKey, path);
    m_mapError.clear();
    m_mapArea->setCurrentWidget(m_map);
    m_dispatch->setMapPackage(path);
    statusBar()->showMessage(tr("Map package %1 opened").arg(QDir::toNativeSeparators(path)), 5000);
}

QList<geo::PlaceHit> MainWindow::searchPlaces(const QString &text, int limit) const
{
    const geo::MapPackage *package = m_map->mapPackage();
    if (!package || text.trimmed().isEmpty())
        return {};
    return package->searchPlaces(text.trimmed(), limit);
}

void MainWindow::updatePlaceCompletions(const QString &text)
{
    m_placeHits = text.trimmed().size() < 2 ? QList<geo::PlaceHit>() : searchPlaces(text, kPlaceCompletions);
    m_placeModel->clear();
    for (const geo::PlaceHit &hit : std::as_const(m_placeHits)) {
        // The list says what and where; the field receives the plain name.
        const QString what = hit.kind == QLatin1String("road") ? tr("road") : tr("landmark");
        const QString where = hit.sector.isEmpty() ? what : tr("%1, %2").arg(what, hit.sector);
        auto *item = new QStandardItem(QStringLiteral("%1   (%2)").arg(hit.name, where));
        item->setData(hit.name, kPlaceNameRole);
        m_placeModel->appendRow(item);
    }
    if (!m_placeHits.isEmpty())
        m_placeCompleter->complete();
}

bool MainWindow::jumpToPlace(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    // The name just chosen from the list, else the best match for what was typed.
    for (const geo::PlaceHit &hit : std::as_const(m_placeHits)) {
        if (hit.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            jumpTo(hit);
            return true;
        }
    }
    const QList<geo::PlaceHit> found = searchPlaces(wanted, 1);
    if (found.isEmpty())
        return false;
    jumpTo(found.first());
    return true;
}

void MainWindow::jumpTo(const geo::PlaceHit &place)
{
    const geo::GeoBounds &bounds = place.bounds;
    // A road is shown whole (up to street level); a landmark, a point, at street level.
    if (bounds.isValid() && (bounds.north - bounds.south > 1e-5 || bounds.east - bounds.west > 1e-5))
        m_map->showBounds(bounds, kStreetZoom + 1.0);
    else
        m_map->centerOn(place.position.lat, place.position.lon, kStreetZoom + 1.0);
    statusBar()->showMessage(place.sector.isEmpty() ? place.name : tr("%1, %2").arg(place.name, place.sector), 5000);
    m_map->setFocus();
}

void MainWindow::showShortcuts()
{
    if (m_shortcutOverlay->isVisible()) {
        m_shortcutOverlay->dismiss();
        return;
    }
    updateShortcutOverlay();
    m_shortcutOverlay->open();
}

void MainWindow::updateShortcutOverlay()
{
    using Entry = ShortcutOverlay::Entry;
    const auto keysOf = [](const QAction *action) {
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        return keys.join(QStringLiteral(", "));
    };
    // What the menus and tool bar offer, in their own words (the status tip), with the keys they have now.
    const auto entriesOf = [&](const QList<QAction *> &actions) {
        QList<Entry> entries;
        for (const QAction *action : actions)
            if (action && !action->shortcuts().isEmpty())
                entries.append({keysOf(action), action->statusTip()});
        return entries;
    };

    ShortcutOverlay::Group intake{tr("Taking a call"), entriesOf({m_newIncidentAction, m_searchAction})};
    intake.entries << Entry{tr("A letter"), tr("Intake form: the incident type (K accident, M congestion, …)")}
                   << Entry{tr("1–4"), tr("Intake form: the priority")}
                   << Entry{tr("Enter"), tr("Intake form: take the place offered for the typed location")}
                   << Entry{tr("Ctrl+Enter"), tr("Intake form: save")} << Entry{tr("Esc"), tr("Intake form: cancel")};

    ShortcutOverlay::Group dispatch{tr("Dispatching"), entriesOf({m_dispatchAction, m_chooseUnitAction})};
    dispatch.entries << Entry{tr("↑ ↓, Enter"), tr("Recommended units: highlight another unit, dispatch it")};
    dispatch.entries << entriesOf({m_addNoteAction, m_clearAction, m_closeIncidentAction});
    QStringList statusKeys;
    for (const auto &[status, action] : m_statusActions)
        statusKeys << QStringLiteral("%1 %2").arg(keysOf(action), labels::unitStatus(status));
    dispatch.entries << Entry{tr("1–%1").arg(m_statusActions.size()),
                              tr("Unit board: set the status (%1)").arg(statusKeys.join(QStringLiteral(", ")))};

    ShortcutOverlay::Group navigation{tr("Moving around"),
                                      entriesOf({m_focusQueueAction, m_focusUnitsAction, m_focusRecommendationsAction,
                                                 m_focusMapAction, m_findPlaceAction})};
    navigation.entries << Entry{tr("Arrows, + −"), tr("Map: pan and zoom")};
    navigation.entries << entriesOf({m_queueDock->toggleViewAction(), m_unitDock->toggleViewAction(),
                                     m_recommendDock->toggleViewAction(), m_detailDock->toggleViewAction(),
                                     m_attentionDock->toggleViewAction()});

    // The Cases menu first: the sheet keeps its four quarters.
    ShortcutOverlay::Group view{tr("Cases, view and program"), entriesOf(m_caseMenu->actions())};
    view.entries << entriesOf(m_supervisionMenu->actions());
    view.entries << entriesOf({m_sectorsAction, m_resetLayoutAction, m_lightAction, m_darkAction, m_indonesianAction,
                               m_englishAction, m_openMapAction, m_importMapAction, m_shortcutsAction, m_aboutAction,
                               m_quitAction});

    m_shortcutOverlay->setGroups({intake, dispatch, navigation, view});
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About Lintas"),
                            tr("<b>Lintas %1</b><br>Traffic police command center.<br>"
                               "Map data © OpenStreetMap contributors.")
                                .arg(QCoreApplication::applicationVersion()));
}

// --- sync with the regional server --------------------------------------------------------------------------

void MainWindow::setLocalOnly()
{
    m_localOnly = true;
    if (m_loaded)
        startReportsOnce();
    m_syncIndicator->setLocalOnly();
    m_outboxLabel->setVisible(true);
    m_banner->clear();
    m_serverAttentionCount = 0;
    updateAttentionTitle();
}

// The automatic daily report is written from what the store holds: with a server, only once the desk has caught
// up with the region and stayed online a while (other desks' pushes still reach the server after a restart).
void MainWindow::startReportsOnce()
{
    if (m_reportsStarted)
        return;
    m_reportsStarted = true;
    m_reportsSettle.stop();
    m_supervisionMenu->scheduler()->start();
}

void MainWindow::setSyncStatus(const sync::SyncStatus &status)
{
    const bool caughtUp =
        status.state == sync::LinkState::Online && status.headSeq > 0 && status.cursor >= status.headSeq;
    if (!caughtUp)
        m_reportsSettle.stop(); // offline or catching up again: the while starts over
    else if (m_loaded && !m_reportsStarted && !m_reportsSettle.isActive())
        m_reportsSettle.start();
    m_syncIndicator->setStatus(status);
    // Offline, the sync line itself counts the changes waiting.
    m_outboxLabel->setVisible(status.state != sync::LinkState::Offline);
    m_banner->setStatus(status);
    m_serverAttentionCount = status.attentionCount;
    updateAttentionTitle();
    placeBanner();
}

void MainWindow::setSyncRefusal(SyncStatusText::Refusal refusal)
{
    m_syncIndicator->setRefusal(refusal);
    m_banner->setRefusal(refusal);
    placeBanner();
}

void MainWindow::setActor(const std::optional<Actor> &actor)
{
    m_actor = actor;
    m_caseMenu->setActor(actor);
    updateActions();
}

QString MainWindow::stationOf(const Change &change) const
{
    if (change.kind == ChangeKind::Create)
        return change.fields.value(QStringLiteral("station_code")).toString();
    if (change.entity == EntityKind::Unit) {
        const auto unit = m_units->unit(change.entityId);
        return unit ? unit->stationCode : QString();
    }
    if (const auto incident = m_queue->incident(change.entityId))
        return incident->stationCode;
    if (m_reader)
        if (const auto incident = m_reader->incident(change.entityId))
            return incident->stationCode;
    return {};
}

std::optional<PolicyRefusal> MainWindow::refusalFor(const Change &change) const
{
    if (!m_actor)
        return std::nullopt;
    return lintas::refusalFor(*m_actor, change, stationOf(change));
}

bool MainWindow::permits(const Change &sample, const QString &station) const
{
    return !m_actor || !lintas::refusalFor(*m_actor, sample, station).has_value();
}

void MainWindow::applyPositions(const QList<sync::UnitPosition> &positions)
{
    for (const sync::UnitPosition &position : positions) {
        const QDateTime at = position.atMs > 0 ? QDateTime::fromMSecsSinceEpoch(position.atMs, Qt::UTC)
                                               : QDateTime::currentDateTimeUtc();
        const auto unit = m_units->applyPosition(position.unitId, position.callsign, position.latitude,
                                                 position.longitude, position.headingDeg, position.speedKmh, at);
        // Before the first load the board keeps them and the map gets them with the loaded units.
        if (unit && m_loaded)
            m_map->upsertUnit(*unit);
    }
    // Moving units change the ranking (asked again, coalesced) and may have reached their incident.
    if (m_loaded && !positions.isEmpty())
        m_dispatch->positionsApplied();
}

void MainWindow::addRejectedChange(const QuarantinedChange &change)
{
    m_attention->addChange(change);
}

void MainWindow::addRejectedChanges(const QList<QuarantinedChange> &changes)
{
    m_attention->addChanges(changes);
}

void MainWindow::reloadQuarantine()
{
    // A handful of rows on the GUI thread's own read connection, like the timeline.
    if (m_reader && m_reader->isOpen())
        m_attention->addChanges(m_reader->quarantined());
}

bool MainWindow::openIncident(const QUuid &id)
{
    if (id.isNull())
        return false;
    // A search in the queue may hide the row: opening wins over the search.
    if (m_queue->rowOf(id) >= 0 && !selectIncident(id) && !m_queueFilter->text().isEmpty())
        m_queueFilter->clear();
    bool shown = selectIncident(id);
    if (!shown && m_reader && m_reader->incident(id)) {
        m_detail->showIncident(id); // closed: not in the queue, still on record
        shown = true;
    }
    if (shown) {
        m_detailDock->show();
        m_detailDock->raise();
    } else {
        statusBar()->showMessage(tr("That incident is not on record at this desk"), 5000);
    }
    return shown;
}

void MainWindow::placeBanner()
{
    if (!m_banner->isShowing())
        return;
    const int width = m_mapArea->width();
    m_banner->setGeometry(0, 0, width, m_banner->heightForWidth(width));
    m_banner->raise();
}

void MainWindow::updateAttentionTitle()
{
    const int count = qMax(int(m_attention->rowCount()), m_serverAttentionCount);
    m_syncIndicator->setAttentionCount(count);
    m_attentionDock->setWindowTitle(count > 0 ? tr("Needs attention (%1)").arg(labels::number(count))
                                              : tr("Needs attention"));
    // A new dock title renames its toggle action: name it again, with its shortcut in the tool tip.
    describe(m_attentionDock->toggleViewAction(), tr("Needs attention panel"),
             tr("Show or hide the changes the regional server did not accept"));
}

void MainWindow::editResponseLimits()
{
    // Everyone may read the limits; only a supervisor (or an admin) of a Polda may change them. The same policy
    // the server enforces decides, asked about the change a save would make.
    const ResponseThresholds current = m_reader ? m_reader->responseThresholds() : ResponseThresholds::defaults();
    const QString station = m_actor ? m_actor->scope
                                    : (m_units->rowCount() ? m_units->unitAt(0).stationCode : QString());
    const QString polda = ThresholdsDialog::poldaOf(station);
    const bool editable =
        !polda.isEmpty() && !refusalFor(m_factory->setResponseThresholds(current, polda, /*firstTime=*/true));
    ThresholdsDialog dialog(current, editable, this);
    // A Create every time: it carries the Polda for the server's scope check, and its fields merge last writer
    // wins with what is there.
    dialog.setTarget(m_service, m_factory, polda, /*firstTime=*/true);
    dialog.exec();
}

} // namespace lintas
