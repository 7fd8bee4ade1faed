#include "forecastcontroller.h"

#include <cmath>

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

#include "actiontext.h"
#include "cases/backgroundjob.h"
#include "cases/casedesk.h"
#include "forecast/forecasttraining.h"
#include "forecast/placementplanner.h"
#include "geo/geodesy.h"
#include "geo/mappackage.h"
#include "geo/routingnetwork.h"
#include "map/heatlayer.h"
#include "map/mapview.h"
#include "map/placementlayer.h"

namespace lintas {

Q_LOGGING_CATEGORY(lcForecast, "lintas.ui.forecast")

namespace {

constexpr int kStatusTimeoutMs = 30 * 1000;

} // namespace

ForecastController::ForecastController(const SupervisionContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_map(context.map), m_menu(new QMenu), m_heat(new HeatLayer(this)),
      m_placement(new PlacementLayer(this))
{
    m_menu->setObjectName(QStringLiteral("forecastMenu"));
    m_modeGroup = new QActionGroup(this);
    m_modeGroup->setExclusive(true);
    const auto addMode = [this](const char *name, Mode mode) {
        QAction *action = m_menu->addAction(QString());
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        m_modeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
        return action;
    };
    m_offAction = addMode("forecastOffAction", Mode::Off);
    m_nowAction = addMode("forecastNowAction", Mode::Now);
    m_nextAction = addMode("forecastNext3HoursAction", Mode::Next3Hours);
    m_offAction->setChecked(true);
    m_cycleAction = m_menu->addAction(QString());
    m_cycleAction->setObjectName(QStringLiteral("forecastCycleAction"));
    m_cycleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    m_cycleAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_cycleAction, &QAction::triggered, this, &ForecastController::cycleMode);
    m_menu->addSeparator();
    m_placementAction = m_menu->addAction(QString());
    m_placementAction->setObjectName(QStringLiteral("forecastPlacementAction"));
    m_placementAction->setCheckable(true);
    m_placementAction->setChecked(m_placementShown);
    connect(m_placementAction, &QAction::toggled, this, &ForecastController::setPlacementShown);
    // Keyboard-first: every action has its keys.
    m_offAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    m_nowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    m_placementAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    for (QAction *action : m_menu->actions())
        action->setShortcutContext(Qt::ApplicationShortcut);

    if (m_map) {
        m_map->setHeatLayer(m_heat);
        m_map->setPlacementLayer(m_placement);
    }

    m_retrainTimer.setInterval(kRetrainIntervalMs);
    connect(&m_retrainTimer, &QTimer::timeout, this, &ForecastController::retrain);
    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ForecastController::refresh);
    m_unitTimer.setInterval(kUnitCheckIntervalMs);
    connect(&m_unitTimer, &QTimer::timeout, this, &ForecastController::checkUnits);

    m_menu->installEventFilter(this);
    retranslate();
}

ForecastController::~ForecastController()
{
    // The map outlives the tools; it must not keep drawing layers that go with this object.
    if (m_map) {
        if (m_map->heatLayer() == m_heat)
            m_map->setHeatLayer(nullptr);
        if (m_map->placementLayer() == m_placement)
            m_map->setPlacementLayer(nullptr);
    }
    delete m_menu;
}

QDateTime ForecastController::now() const
{
    return m_context.desk ? m_context.desk->now() : QDateTime::currentDateTimeUtc();
}

void ForecastController::setMode(Mode mode)
{
    if (m_mode == mode) {
        syncActions();
        return;
    }
    const bool turnedOn = m_mode == Mode::Off;
    m_mode = mode;
    syncActions();
    m_heat->setTitle(legendTitle());
    if (mode == Mode::Off) {
        m_retrainTimer.stop();
        m_refreshTimer.stop();
        m_unitTimer.stop();
        m_placementPending = false;
        m_heat->clear();
        m_placement->clear();
        m_risk.clear();
        showStatus(tr("Hotspot forecast off"));
        return;
    }
    m_retrainTimer.start();
    m_refreshTimer.start();
    m_unitTimer.start();
    if (turnedOn)
        retrain(); // the layer follows when it is trained; until then the previous forecast (if any) shows
    refresh();
}

void ForecastController::cycleMode()
{
    switch (m_mode) {
    case Mode::Off:
        setMode(Mode::Now);
        break;
    case Mode::Now:
        setMode(Mode::Next3Hours);
        break;
    case Mode::Next3Hours:
        setMode(Mode::Off);
        break;
    }
}

void ForecastController::setPlacementShown(bool shown)
{
    if (m_placementShown == shown)
        return;
    m_placementShown = shown;
    m_placementAction->setChecked(shown);
    if (!shown) {
        m_placementPending = false;
        m_placement->clear();
        return;
    }
    requestPlacement();
}

void ForecastController::syncActions()
{
    QAction *checked = m_mode == Mode::Off ? m_offAction : m_mode == Mode::Now ? m_nowAction : m_nextAction;
    checked->setChecked(true);
}

// --- training ---------------------------------------------------------------------------------------------

void ForecastController::retrain()
{
    if (m_training) {
        m_retrainPending = true;
        return;
    }
    m_training = true;
    m_retrainPending = false;
    const QString storePath = m_context.desk ? m_context.desk->storePath() : QString();
    // The package's metadata is already in memory; the worker reads only the store.
    geo::GeoBounds area;
    if (m_map && m_map->mapPackage())
        area = m_map->mapPackage()->metadata().bounds;
    const QDateTime at = now();
    runInBackground(
        this, [storePath, area, at] { return trainForecast(storePath, area, at, kHistoryDays); },
        [this](const ForecastTraining &training) { onTrained(training); });
}

void ForecastController::onTrained(const ForecastTraining &training)
{
    m_training = false;
    if (!training.error.isEmpty()) {
        qCWarning(lcForecast) << "training failed:" << training.error;
        showStatus(training.error);
    } else {
        qCInfo(lcForecast) << "forecast trained on" << training.events << "events";
        m_forecast = training.forecast;
        m_trained = true;
        if (m_forecast.isEmpty() && m_mode != Mode::Off)
            showStatus(tr("No incidents in the last %n day(s) to learn a forecast from", nullptr, kHistoryDays));
        refresh();
    }
    Q_EMIT forecastUpdated();
    if (m_retrainPending)
        retrain();
}

void ForecastController::refresh()
{
    if (m_mode == Mode::Off || !m_trained)
        return;
    if (m_forecast.isEmpty()) {
        m_risk.clear();
        m_heat->clear();
        m_placement->clear();
        return;
    }
    // In memory and cheap (the active cells × a few hours): no need for a worker.
    m_risk = m_forecast.expectedOver(now().toMSecsSinceEpoch(), windowHours());
    m_heat->setValues(m_forecast.grid(), m_risk);
    requestPlacement();
}

// --- placement --------------------------------------------------------------------------------------------

void ForecastController::requestPlacement()
{
    if (m_mode == Mode::Off || !m_placementShown || m_risk.isEmpty())
        return;
    if (m_placing) {
        m_placementPending = true;
        return;
    }
    const QList<Unit> units = m_context.units ? m_context.units() : QList<Unit>();
    PlacementRequest request;
    request.units = placeableUnits(units);
    if (request.units.isEmpty()) {
        m_placement->clear();
        m_placedFrom.clear();
        m_lastPlacement = {};
        showStatus(tr("No available unit with a known position to place"));
        Q_EMIT placementUpdated();
        return;
    }
    request.grid = m_forecast.grid();
    request.risk = m_risk;
    request.mapPath = m_map ? m_map->mapPackagePath() : QString();
    request.network = m_network;
    request.networkPath = m_networkPath;
    request.at = now();
    QHash<QUuid, geo::GeoPoint> from;
    for (const analytics::PlacementUnit &unit : std::as_const(request.units))
        from.insert(unit.id, unit.position);
    m_placing = true;
    m_placementPending = false;
    runInBackground(
        this, [request] { return planPlacement(request); },
        [this, from](const PlacementRun &run) { onPlaced(run, from); });
}

void ForecastController::onPlaced(const PlacementRun &run, const QHash<QUuid, geo::GeoPoint> &from)
{
    m_placing = false;
    m_network = run.network;
    m_networkPath = run.networkPath;
    if (!run.networkError.isEmpty())
        qCWarning(lcForecast) << run.networkError << "- placing by straight-line distance";
    // Asked again while this ran (another mode, other units), or turned off: this answer is out of date.
    if (m_placementPending) {
        requestPlacement();
        return;
    }
    if (m_mode == Mode::Off || !m_placementShown)
        return;
    m_lastPlacement = run.result;
    m_placedFrom = from;
    QList<PlacementMark> marks;
    for (const analytics::Placement &placement : std::as_const(run.result.placements)) {
        PlacementMark mark;
        mark.unitId = placement.unitId;
        mark.callsign = placement.callsign;
        mark.from = from.value(placement.unitId, placement.target);
        mark.target = placement.target;
        mark.travelSeconds = placement.travelSeconds;
        mark.coveredRisk = placement.coveredRisk;
        marks.append(mark);
    }
    m_placement->setMarks(marks);
    showStatus(placementSummary());
    Q_EMIT placementUpdated();
}

QString ForecastController::legendTitle() const
{
    return m_mode == Mode::Now ? tr("Hotspot forecast · now") : tr("Hotspot forecast · next 3 hours");
}

QString ForecastController::placementSummary() const
{
    const int placed = int(m_lastPlacement.placements.size());
    const double total = m_lastPlacement.totalRisk;
    const int percent = total > 0 ? int(std::lround(100.0 * m_lastPlacement.coveredRisk / total)) : 0;
    if (m_mode == Mode::Now)
        return tr("%n unit(s) placed cover %1% of the expected incidents in this hour", nullptr, placed).arg(percent);
    return tr("%n unit(s) placed cover %1% of the expected incidents in the next 3 hours", nullptr, placed)
        .arg(percent);
}

void ForecastController::checkUnits()
{
    if (m_mode == Mode::Off || !m_placementShown || m_placing || m_risk.isEmpty() || !m_context.units)
        return;
    const QList<analytics::PlacementUnit> units = placeableUnits(m_context.units());
    bool changed = units.size() != m_placedFrom.size();
    for (const analytics::PlacementUnit &unit : units) {
        if (changed)
            break;
        const auto it = m_placedFrom.constFind(unit.id);
        changed = it == m_placedFrom.constEnd() ||
                  geo::distanceM(it->lat, it->lon, unit.position.lat, unit.position.lon) > kMovedFarMeters;
    }
    if (changed)
        requestPlacement();
}

// --- status and language ----------------------------------------------------------------------------------

void ForecastController::showStatus(const QString &message)
{
    m_status = message;
    if (m_context.window)
        m_context.window->statusBar()->showMessage(message, kStatusTimeoutMs);
    Q_EMIT statusMessageChanged(message);
}

bool ForecastController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ForecastController::retranslate()
{
    m_menu->setTitle(tr("Hotspot &forecast"));
    describeAction(m_offAction, tr("&Off"), tr("Hide the hotspot forecast"));
    describeAction(m_nowAction, tr("&Now"), tr("Expected incidents in the current hour, per cell of about 250 m"));
    describeAction(m_nextAction, tr("Next &3 hours"),
                   tr("Expected incidents in the next three hours, per cell of about 250 m"));
    describeAction(m_cycleAction, tr("&Cycle forecast view"), tr("Off, now, next 3 hours, off"));
    describeAction(
        m_placementAction, tr("Show suggested &placement"),
        tr("Where the available units should stand to cover the highest-risk cells within their travel time"));
    m_heat->setTitle(legendTitle());
    if (m_mode != Mode::Off && !m_lastPlacement.placements.isEmpty())
        m_status = placementSummary();
}

} // namespace lintas
