#pragma once

#include <functional>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include "core/incident.h"
#include "core/responsetimes.h"
#include "timers/overduetoast.h"

class QSystemTrayIcon;
class QWidget;

namespace lintas {

class IncidentQueueModel;
class StoreReader;
class StoreService;

// Keeps every open incident on the clock and speaks up when one goes past its limit.
//
//   IncidentQueueModel ──open incidents──►┐
//   StoreService ──responseThresholdsChanged──► ResponseWatch ──(1 s tick, injected clock)──► OverdueTracker
//                                              │ crossing to red: one alert per tick (tray message, or the
//                                              │   in-window toast when there is no tray) + one beep
//                                              └► overdueCountChanged / statusTextChanged ("3 incidents overdue")
//
// A crossing is reported once per incident, stage and level (OverdueTracker); incidents that leave the queue are
// forgotten. Amber crossings are signalled (crossed) but only alert when asked to (setAlertOnAmber): the queue's
// colour already says it, and a dispatcher who is alerted for everything stops listening.
class ResponseWatch : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    using IncidentSource = std::function<QList<Incident>()>;
    using Beeper = std::function<void()>;

    explicit ResponseWatch(QObject *parent = nullptr);
    ~ResponseWatch() override;

    // Reads the queue's open incidents on every tick (and forgets those that leave it).
    void watchQueue(const IncidentQueueModel *queue);
    void setIncidentSource(IncidentSource source);

    // The limits: StoreReader::responseThresholds() at start, then the service's responseThresholdsChanged.
    void loadThresholds(const StoreReader &reader);
    void connectTo(StoreService *service);
    void setThresholds(const lintas::ResponseThresholds &thresholds);
    const ResponseThresholds &thresholds() const { return m_thresholds; }

    // Where alerts appear: a system tray message when the desktop has a tray (the watch puts its own icon there),
    // otherwise a toast inside `window`. Without a window, alerts are only signalled.
    void setWindow(QWidget *window);
    void setUseSystemTray(bool use);
    bool usesSystemTray() const;
    OverdueToast *toast() const { return m_toast; }
    // The sound of an alert; QApplication::beep() unless a test counts the beeps.
    void setBeeper(Beeper beeper);
    void setSoundEnabled(bool on) { m_sound = on; }
    void setAlertOnAmber(bool on) { m_alertOnAmber = on; }

    void setClock(Clock clock);
    QDateTime now() const;
    void setTicking(bool on);

    int overdueCount() const { return m_overdueCount; }
    // "3 incidents overdue" (translated with plurals); empty when none is.
    QString statusText() const;
    static QString statusText(int overdueCount);

public Q_SLOTS:
    // One tick: feeds every open incident to the tracker at the clock's reading. The timer calls it each second.
    void check();

Q_SIGNALS:
    void crossed(const lintas::Incident &incident, lintas::TimerStage stage, lintas::TimerLevel level);
    // Every alert raised, however it was shown.
    void alerted(const QString &title, const QString &message, const QUuid &incidentId);
    void overdueCountChanged(int count);
    // With the count, and again after a language switch.
    void statusTextChanged(const QString &text);
    // The dispatcher clicked an alert: select the incident.
    void incidentActivated(const QUuid &incidentId);

private:
    void alert(const QList<std::pair<Incident, OverdueTracker::Crossing>> &crossings);
    QString describe(const Incident &incident, const OverdueTracker::Crossing &crossing) const;
    void ensureTray();

    IncidentSource m_source;
    Clock m_clock;
    Beeper m_beeper;
    ResponseThresholds m_thresholds = ResponseThresholds::defaults();
    OverdueTracker m_tracker;
    QSet<QUuid> m_tracked; // the incidents fed last tick
    int m_overdueCount = 0;
    bool m_sound = true;
    bool m_alertOnAmber = false;
    bool m_useTray = true;
    QPointer<QWidget> m_window;
    QPointer<OverdueToast> m_toast; // a child of the window, which may go first
    QSystemTrayIcon *m_tray = nullptr;
    QUuid m_trayIncident; // what the last tray message was about
    QTimer m_ticker;
};

} // namespace lintas
