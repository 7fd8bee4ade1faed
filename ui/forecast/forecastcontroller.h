#pragma once

#include <memory>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include "analytics/hotspotforecast.h"
#include "analytics/unitplacement.h"
#include "supervision/supervisioncontext.h"

class QAction;
class QActionGroup;
class QMenu;

namespace lintas {

namespace geo {
class RoutingNetwork;
}
class HeatLayer;
class PlacementLayer;
struct ForecastTraining;
struct PlacementRun;

// The hotspot forecast on the map: trains on the store's history on a worker thread, hands the map a heat layer
// for "now" or "the next 3 hours", and suggests where the available units should stand (greedy maximum coverage
// within each unit's travel time). Its menu ("Hotspot forecast") goes into the Analysis menu.
//
//   turned on, every hour ── trainForecast (worker: the store's last 365 days) ──► forecast
//   forecast, mode, every 5 min ── expected counts for the hour or 3 hours (in memory) ──► HeatLayer
//        └── placement shown ── planPlacement (worker: road network of the map, greedy cover) ──► PlacementLayer
//   units polled every 30 s ── another set of placeable units, or one moved far ──► placement again
//
// One training and one placement run at a time; a request while one runs is remembered and run after it, so a
// result never lands out of order. Results come back through watchers owned by this object: once it is gone,
// nothing is delivered.
class ForecastController : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Off,
        Now,
        Next3Hours
    };
    static constexpr int kRetrainIntervalMs = 60 * 60 * 1000;
    static constexpr int kRefreshIntervalMs = 5 * 60 * 1000;
    static constexpr int kUnitCheckIntervalMs = 30 * 1000;
    static constexpr double kMovedFarMeters = 1000.0; // a unit this far from where it was placed from: re-place
    static constexpr int kHistoryDays = 365;

    ForecastController(const SupervisionContext &context, QObject *parent = nullptr);
    ~ForecastController() override;

    QMenu *menu() const { return m_menu; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Cycles Off → Now → Next 3 hours → Off (Ctrl+Alt+H).
    void cycleMode();
    void setPlacementShown(bool shown);
    bool isPlacementShown() const { return m_placementShown; }

    // Trains again now (also every hour while on, and when turned on).
    void retrain();
    // Recomputes the heat values for the current hour and the placement.
    void refresh();

    // What the map shows; owned by this controller and handed to the map at construction.
    HeatLayer *heatLayer() const { return m_heat; }
    PlacementLayer *placementLayer() const { return m_placement; }
    const analytics::HotspotForecast &forecast() const { return m_forecast; }
    const analytics::PlacementResult &lastPlacement() const { return m_lastPlacement; }
    bool isTraining() const { return m_training; }
    bool isPlacing() const { return m_placing; }
    // The last sentence for the status bar ("6 units placed cover 47% of the expected incidents in the next 3
    // hours"), or why there is nothing to show.
    const QString &statusMessage() const { return m_status; }

Q_SIGNALS:
    // A training run finished (the forecast may be empty when the store holds no history).
    void forecastUpdated();
    // A placement run finished and the placement layer shows its result.
    void placementUpdated();
    void statusMessageChanged(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDateTime now() const;
    int windowHours() const { return m_mode == Mode::Now ? 1 : 3; }
    void onTrained(const ForecastTraining &training);
    void requestPlacement();
    void onPlaced(const PlacementRun &run, const QHash<QUuid, geo::GeoPoint> &from);
    void checkUnits();
    void showStatus(const QString &message);
    QString placementSummary() const;
    QString legendTitle() const;
    void syncActions();
    void retranslate();

    SupervisionContext m_context;
    // The main window may delete the map before this controller (its children go in the order they came).
    QPointer<MapView> m_map;
    QMenu *m_menu = nullptr;
    QActionGroup *m_modeGroup = nullptr;
    QAction *m_offAction = nullptr;
    QAction *m_nowAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_cycleAction = nullptr;
    QAction *m_placementAction = nullptr;

    HeatLayer *m_heat = nullptr;
    PlacementLayer *m_placement = nullptr;

    Mode m_mode = Mode::Off;
    bool m_placementShown = true;
    analytics::HotspotForecast m_forecast;
    bool m_trained = false;
    QVector<float> m_risk; // what the heat layer shows, the placement's input

    bool m_training = false;
    bool m_retrainPending = false;
    bool m_placing = false;
    bool m_placementPending = false;
    std::shared_ptr<geo::RoutingNetwork> m_network; // of m_networkPath, kept between placement runs
    QString m_networkPath;
    analytics::PlacementResult m_lastPlacement;
    QHash<QUuid, geo::GeoPoint> m_placedFrom; // the units of the last placement and where they were

    QTimer m_retrainTimer;
    QTimer m_refreshTimer;
    QTimer m_unitTimer;
    QString m_status;
};

} // namespace lintas
