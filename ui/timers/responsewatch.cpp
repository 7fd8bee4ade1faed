#include "timers/responsewatch.h"

#include <algorithm>

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

#include "incidentqueuemodel.h"
#include "labels.h"
#include "language.h"
#include "store/storereader.h"
#include "store/storeservice.h"
#include "timers/timertext.h"

namespace lintas {
namespace {

constexpr int kListedInOneAlert = 4;
constexpr int kTrayMessageMs = 15000;

QString placeOf(const Incident &incident)
{
    if (!incident.landmark.isEmpty())
        return incident.landmark;
    if (!incident.road.isEmpty())
        return incident.road;
    return incident.kecamatan;
}

} // namespace

ResponseWatch::ResponseWatch(QObject *parent) : QObject(parent)
{
    m_beeper = [] { QApplication::beep(); };
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ResponseWatch::check);
    m_ticker.start();
    // The status bar shows the text as it was given: say it again in the new language.
    connect(Language::instance(), &Language::changed, this, [this] { Q_EMIT statusTextChanged(statusText()); });
}

ResponseWatch::~ResponseWatch() = default;

void ResponseWatch::watchQueue(const IncidentQueueModel *queue)
{
    m_source = [queue = QPointer<const IncidentQueueModel>(queue)] {
        return queue ? queue->incidents() : QList<Incident>();
    };
}

void ResponseWatch::setIncidentSource(IncidentSource source)
{
    m_source = std::move(source);
}

void ResponseWatch::loadThresholds(const StoreReader &reader)
{
    setThresholds(reader.responseThresholds());
}

void ResponseWatch::connectTo(StoreService *service)
{
    connect(service, &StoreService::responseThresholdsChanged, this, &ResponseWatch::setThresholds);
}

void ResponseWatch::setThresholds(const ResponseThresholds &thresholds)
{
    // The next tick measures against the new limits; an incident that the change puts past one is reported then.
    m_thresholds = thresholds;
}

void ResponseWatch::setWindow(QWidget *window)
{
    m_window = window;
    if (!window)
        return;
    if (!m_toast) {
        m_toast = new OverdueToast(window);
        connect(m_toast, &OverdueToast::activated, this, [this](const QUuid &id) {
            if (m_window) {
                m_window->raise();
                m_window->activateWindow();
            }
            Q_EMIT incidentActivated(id);
        });
    }
    ensureTray();
}

void ResponseWatch::setUseSystemTray(bool use)
{
    m_useTray = use;
    if (!use && m_tray)
        m_tray->hide();
    ensureTray();
}

bool ResponseWatch::usesSystemTray() const
{
    return m_useTray && m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages();
}

void ResponseWatch::ensureTray()
{
    if (!m_useTray || !m_window || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        QIcon icon = m_window->windowIcon();
        if (icon.isNull())
            icon = QApplication::windowIcon();
        m_tray = new QSystemTrayIcon(icon, this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
            Q_EMIT incidentActivated(m_trayIncident);
        });
    }
    m_tray->setToolTip(statusText().isEmpty() ? QApplication::applicationDisplayName() : statusText());
    m_tray->show();
}

void ResponseWatch::setBeeper(Beeper beeper)
{
    m_beeper = std::move(beeper);
}

void ResponseWatch::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime ResponseWatch::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ResponseWatch::setTicking(bool on)
{
    if (on)
        m_ticker.start();
    else
        m_ticker.stop();
}

QString ResponseWatch::statusText() const
{
    return statusText(m_overdueCount);
}

QString ResponseWatch::statusText(int overdueCount)
{
    return overdueCount > 0 ? tr("%n incident(s) overdue", nullptr, overdueCount) : QString();
}

void ResponseWatch::check()
{
    const QList<Incident> incidents = m_source ? m_source() : QList<Incident>();
    QSet<QUuid> current;
    current.reserve(incidents.size());
    for (const Incident &incident : incidents)
        current.insert(incident.id);
    for (const QUuid &id : std::as_const(m_tracked))
        if (!current.contains(id))
            m_tracker.forget(id);
    m_tracked = std::move(current);

    const QList<OverdueTracker::Crossing> crossings = m_tracker.update(incidents, m_thresholds, now());
    QList<std::pair<Incident, OverdueTracker::Crossing>> alerts;
    for (const OverdueTracker::Crossing &crossing : crossings) {
        const auto it = std::find_if(incidents.cbegin(), incidents.cend(), [&crossing](const Incident &incident) {
            return incident.id == crossing.incidentId;
        });
        if (it == incidents.cend())
            continue;
        Q_EMIT crossed(*it, crossing.stage, crossing.level);
        if (crossing.level == TimerLevel::Red || (m_alertOnAmber && crossing.level == TimerLevel::Amber))
            alerts.append({*it, crossing});
    }
    if (!alerts.isEmpty())
        alert(alerts);

    const int count = m_tracker.overdueCount();
    if (count != m_overdueCount) {
        m_overdueCount = count;
        if (m_tray)
            m_tray->setToolTip(count > 0 ? statusText() : QApplication::applicationDisplayName());
        Q_EMIT overdueCountChanged(count);
        Q_EMIT statusTextChanged(statusText());
    }
}

QString ResponseWatch::describe(const Incident &incident, const OverdueTracker::Crossing &crossing) const
{
    QStringList what{incident.number.isEmpty() ? tr("New incident") : incident.number,
                     labels::incidentType(incident.typeCode)};
    const QString place = placeOf(incident);
    if (!place.isEmpty())
        what << place;
    IncidentTimers timers = timersFor(incident, m_thresholds, now());
    QString limit = timertext::explanation(incident.priority, timers);
    if (limit.isEmpty() || timers.stage != crossing.stage) // the stage moved on since the crossing
        limit =
            timertext::stageLimit(incident.priority, crossing.stage,
                                  crossing.stage == TimerStage::Dispatch ? m_thresholds.of(incident.priority).dispatchS
                                                                         : m_thresholds.of(incident.priority).onSceneS);
    return what.join(QStringLiteral(" · ")) + QLatin1Char('\n') + limit;
}

void ResponseWatch::alert(const QList<std::pair<Incident, OverdueTracker::Crossing>> &crossings)
{
    // The most urgent first: red before amber, then by priority.
    QList<std::pair<Incident, OverdueTracker::Crossing>> sorted = crossings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        if (a.second.level != b.second.level)
            return a.second.level == TimerLevel::Red;
        return int(a.first.priority) < int(b.first.priority);
    });
    const int red = int(
        std::count_if(sorted.cbegin(), sorted.cend(), [](const auto &c) { return c.second.level == TimerLevel::Red; }));
    QString title;
    if (sorted.size() == 1)
        title = red > 0 ? tr("Incident overdue") : tr("Incident close to its limit");
    else if (red > 0)
        title = tr("%n incident(s) overdue", nullptr, red);
    else
        title = tr("%n incident(s) close to their limits", nullptr, int(sorted.size()));
    QStringList lines;
    for (int i = 0; i < sorted.size() && i < kListedInOneAlert; ++i)
        lines << describe(sorted.at(i).first, sorted.at(i).second);
    if (sorted.size() > kListedInOneAlert)
        lines << tr("and %n more", nullptr, int(sorted.size()) - kListedInOneAlert);
    const QString message = lines.join(QStringLiteral("\n\n"));
    const QUuid first = sorted.first().first.id;

    if (usesSystemTray()) {
        m_trayIncident = first;
        m_tray->showMessage(title, message, red > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            kTrayMessageMs);
    } else if (m_toast) {
        m_toast->showAlert(title, message, first);
    }
    if (m_sound && red > 0 && m_beeper)
        m_beeper();
    Q_EMIT alerted(title, message, first);
}

} // namespace lintas
