#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include "analytics/dispatchadvisor.h"
#include "core/change.h"
#include "core/changefactory.h"
#include "map/routelayer.h"

namespace lintas {

class IncidentQueueModel;
class MapView;
class RecommendationPanel;
class StoreService;
class UnitBoardModel;

// The dispatch flow of one window, between the selection, the advisor, the panel and the map:
//
//   selected incident ──► DispatchAdvisor::recommend (units from the board, live positions)   [advisor thread]
//   units move / change ─► coalesced: again at most every refreshIntervalMs                         │
//                                                                                                    ▼
//   RecommendationPanel ◄── ranked units (minus those already on the incident) ◄─── recommended(set)
//   MapView ◄── the highlighted unit's route;  dispatch() ──► changes, then that unit's route and ETA
//                                                               counting down until it arrives
//   live positions ──► arrivalsByPosition ──► "on scene" for the units this desk dispatched, once each
//
// Only the desk that made a dispatch records the arrival by position (another desk doing the same would record
// a second, conflicting move); this desk knows its own dispatches from the moment it makes them.
class DispatchCoordinator : public QObject
{
    Q_OBJECT
public:
    // Submits changes through the window (which first checks the account may make them); false when it may not.
    using Submit = std::function<bool(const ChangeList &)>;
    using Clock = std::function<QDateTime()>;

    static constexpr int kDefaultRefreshMs = 4000;
    // A dispatch the store has not confirmed within this long is taken as refused: its route goes.
    static constexpr qint64 kConfirmWithinMs = 15000;

    DispatchCoordinator(ChangeFactory *factory, IncidentQueueModel *incidents, UnitBoardModel *units,
                        RecommendationPanel *panel, MapView *map, Submit submit, QObject *parent = nullptr);
    ~DispatchCoordinator() override;

    analytics::DispatchAdvisor *advisor() const { return m_advisor; }
    // Follows the store's unit and incident changes (status, assignments, moves).
    void connectTo(StoreService *service);
    // The map package whose roads the advisor routes on.
    void setMapPackage(const QString &path);
    void setClock(Clock clock);
    void setRefreshInterval(int ms);

    // The incident the window selected (null: none). A new one is asked for at once.
    void setIncident(const QUuid &incidentId);
    QUuid incidentId() const { return m_incidentId; }
    // Units moved or changed: ask again, at most once per refresh interval.
    void scheduleRefresh();
    void refreshNow();

    // A road ranking for the selected incident is in (not one without ETAs).
    bool isRanked() const;
    // The answer the panel shows, for the selected incident: ranked, without units already on it.
    const QList<analytics::Recommendation> &recommendations() const { return m_shown; }
    QString lastError() const { return m_answer.error; }
    std::optional<analytics::Recommendation> recommendation(const QUuid &unitId) const;
    // The unit D sends: the first of the ranking that may be dispatched now.
    std::optional<analytics::Recommendation> top() const;
    // The highlighted unit (the top one until the dispatcher moves the highlight), else the top.
    std::optional<analytics::Recommendation> chosen() const;
    // Sending `unitId` goes against the ranking: there is one, and it is not its top.
    bool isOverride(const QUuid &unitId) const;
    DispatchAdvice adviceFor(const QUuid &unitId, const QString &overrideReason = {}) const;

    // Sends `unit` (the changes through Submit); remembers that this desk dispatched it (for the arrival by
    // position) and shows its route with the ETA counting down. False when Submit refused.
    bool dispatch(const Incident &incident, const Unit &unit, const DispatchAdvice &advice);
    // Records, once per unit and incident, the arrivals by position of the units this desk dispatched.
    void checkArrivals();
    // Live positions were applied to the unit board.
    void positionsApplied();

    QList<MapRoute> activeRoutes() const;
    bool wasDispatchedHere(const QUuid &unitId, const QUuid &incidentId) const;
    // A dispatch this desk made before (read back from the store after a restart): its arrival is ours to record.
    void markDispatchedHere(const QUuid &unitId, const QUuid &incidentId);

Q_SIGNALS:
    // The panel shows a new answer for `incidentId` (tests wait for it).
    void recommendationsShown(const QUuid &incidentId);
    // Arrival by position submitted for the pair.
    void arrivalRecorded(const QUuid &unitId, const QUuid &incidentId, double distanceM);

private:
    struct Active
    {
        QUuid incidentId;
        QString callsign;
        QList<geo::GeoPoint> points;
        std::optional<geo::GeoPoint> incidentPosition;
        double etaSeconds = -1;
        QDateTime arriveBy;
        QDateTime sentAt;
        bool confirmed = false; // the board has shown it dispatched to the incident
    };

    void onRecommended(const analytics::RecommendationSet &set);
    void showAnswer();
    void onUnitChanged(const Unit &unit);
    void onIncidentChanged(const Incident &incident);
    void updatePreview();
    void updateRoutes();
    bool takesUnits(const QUuid &incidentId) const;
    bool mayDispatch(const Unit &unit) const;
    QList<analytics::Recommendation> unrankedUnits() const;

    ChangeFactory *m_factory;
    IncidentQueueModel *m_incidents;
    UnitBoardModel *m_units;
    RecommendationPanel *m_panel;
    MapView *m_map;
    Submit m_submit;
    Clock m_clock;
    analytics::DispatchAdvisor *m_advisor;

    QUuid m_incidentId;
    int m_latestRequest = 0;
    analytics::RecommendationSet m_answer; // the latest for m_incidentId
    bool m_haveAnswer = false;
    QList<analytics::Recommendation> m_shown; // what the panel lists
    QTimer m_refresh;

    QHash<QUuid, Active> m_active; // by unit: dispatched from this desk, on the way
    QTimer m_expire;
    QSet<QPair<QUuid, QUuid>> m_dispatchedHere; // (unit, incident)
    QSet<QPair<QUuid, QUuid>> m_arrivalsRecorded;
};

} // namespace lintas
