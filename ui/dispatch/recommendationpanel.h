#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include "core/incident.h"
#include "dispatch/recommendationmodel.h"

class QLabel;
class QListView;

namespace lintas {

// The dispatcher's view of "who should go": the ranked units for the selected incident, one unit per two-line
// row (rank, callsign, kind and road ETA; then the reason and any warnings), the units already on the way with
// their ETA counting down, and a line that says what the panel is doing (finding routes, why there are no
// ETAs). Arrows move the highlight, Enter (or a double click) asks to dispatch the highlighted unit; D does
// so from anywhere in the window (MainWindow).
class RecommendationPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        NoIncident, // nothing selected, or an incident that takes no more units
        Waiting,    // the first answer for this incident is on its way
        Ready,      // ranked by road travel time
        Unrouted,   // no road ETAs (no map, incident off the network): the advisor's reason is shown
    };

    // A unit this desk dispatched to the incident, on its way.
    struct EnRoute
    {
        QUuid unitId;
        QString callsign;
        QDateTime arriveBy; // invalid: no road ETA known
    };

    explicit RecommendationPanel(QWidget *parent = nullptr);

    RecommendationModel *model() const { return m_model; }
    QListView *list() const { return m_list; }

    // The incident the panel is about; nothing clears it.
    void setIncident(const std::optional<Incident> &incident);
    // The first request for this incident is out: the list empties and says it is waiting.
    void setWaiting();
    // A refresh for the same incident is out: the list stays, the status line says it is updating.
    void setUpdating();
    // The answer. `error` set: no road ETAs, said why. The highlight stays on the unit it was on, or goes to the
    // top when the dispatcher had not moved it.
    void setRecommendations(const QList<analytics::Recommendation> &units, const QList<bool> &dispatchable,
                            const QString &error);
    void setEnRoute(const QList<EnRoute> &units);
    void setClock(std::function<QDateTime()> clock);

    State state() const { return m_state; }
    QString statusText() const;
    // The en-route lines as shown ("JAKPUS-R2-01 · ETA 3:12").
    QStringList enRouteTexts() const;
    // The unit the highlight is on; null when there is none.
    QUuid currentUnitId() const;
    // Highlights the top (the first dispatchable unit) again.
    void resetToTop();

Q_SIGNALS:
    void currentUnitChanged(const QUuid &unitId);
    void unitActivated(const QUuid &unitId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateTitle();
    void updateStatus();
    void updateEnRoute();
    void onCurrentChanged();
    int defaultRow() const;

    RecommendationModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_enRouteLabel = nullptr;
    QLabel *m_hint = nullptr;
    std::optional<Incident> m_incident;
    State m_state = State::NoIncident;
    bool m_updating = false;
    QString m_error;
    QDateTime m_answeredAt;
    QUuid m_chosenUnit; // the dispatcher moved the highlight here; null: it follows the top
    bool m_settingRows = false;
    QList<EnRoute> m_enRoute;
    QTimer m_tick; // the countdown, while a unit is on its way
    std::function<QDateTime()> m_clock;
};

} // namespace lintas
