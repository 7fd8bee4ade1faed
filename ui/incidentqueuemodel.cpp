#include "incidentqueuemodel.h"

#include <algorithm>

#include <QColor>
#include <QFont>

#include "core/stations.h"
#include "labels.h"
#include "language.h"
#include "store/storeservice.h"
#include "theme.h"
#include "timers/timertext.h"

namespace lintas {
namespace {

// Newer reports first; the id (UUIDv7, time-ordered) breaks ties so the order is total.
bool before(const QDateTime &aAt, const QUuid &aId, const QDateTime &bAt, const QUuid &bId)
{
    if (aAt != bAt)
        return aAt > bAt;
    return aId > bId;
}

QString locationText(const Incident &incident)
{
    QStringList parts;
    if (!incident.landmark.isEmpty())
        parts << incident.landmark;
    if (!incident.road.isEmpty() && incident.road != incident.landmark)
        parts << incident.road;
    if (parts.isEmpty() && !incident.kecamatan.isEmpty())
        parts << incident.kecamatan;
    if (parts.isEmpty() && incident.hasLocation())
        parts << QStringLiteral("%1, %2").arg(incident.latitude, 0, 'f', 5).arg(incident.longitude, 0, 'f', 5);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

IncidentQueueModel::IncidentQueueModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &IncidentQueueModel::tick);
    m_ticker.start();
    connect(Language::instance(), &Language::changed, this, &IncidentQueueModel::refreshAll);
    connect(Theme::instance(), &Theme::changed, this, &IncidentQueueModel::refreshAll);
}

void IncidentQueueModel::connectTo(StoreService *service)
{
    connect(service, &StoreService::incidentChanged, this, &IncidentQueueModel::applyIncident);
    connect(service, &StoreService::incidentRemoved, this, &IncidentQueueModel::removeIncident);
    connect(service, &StoreService::responseThresholdsChanged, this, &IncidentQueueModel::setThresholds);
}

int IncidentQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &incident = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return incident.number.isEmpty() ? tr("(numbering)") : incident.number;
        case PriorityColumn:
            return labels::priority(incident.priority);
        case TypeColumn:
            return labels::incidentType(incident.typeCode);
        case StatusColumn:
            return labels::incidentStatus(incident.status);
        case LocationColumn:
            return locationText(incident);
        case AgeColumn:
            return timertext::clock(timersOf(incident).sinceReportedS);
        case SinceDispatchedColumn:
            return timertext::clock(timersOf(incident).sinceDispatchedS);
        case SinceArrivalColumn:
            return timertext::clock(timersOf(incident).sinceArrivalS);
        }
        break;
    case Qt::ToolTipRole: {
        const QString limit = timertext::explanation(incident.priority, timersOf(incident));
        const auto withLimit = [&limit](const QString &text) {
            if (limit.isEmpty())
                return text;
            return text.isEmpty() ? limit : text + QLatin1Char('\n') + limit;
        };
        switch (column) {
        case PriorityColumn:
            return withLimit(
                tr("%1: %2").arg(labels::priority(incident.priority), labels::priorityMeaning(incident.priority)));
        case AgeColumn:
            if (incident.status == IncidentStatus::Cleared && incident.clearedAt.isValid())
                return tr("Reported %1; the clocks stopped when it was cleared at %2")
                    .arg(labels::timestamp(incident.reportedAt), labels::clockTime(incident.clearedAt));
            return withLimit(tr("Reported %1").arg(labels::timestamp(incident.reportedAt)));
        case SinceDispatchedColumn:
            return withLimit(incident.firstDispatchedAt.isValid()
                                 ? tr("First unit dispatched %1").arg(labels::timestamp(incident.firstDispatchedAt))
                                 : tr("No unit dispatched yet"));
        case SinceArrivalColumn:
            return withLimit(incident.firstArrivalAt.isValid()
                                 ? tr("First unit on scene %1").arg(labels::timestamp(incident.firstArrivalAt))
                                 : tr("No unit on scene yet"));
        default: {
            const QVariant text = withLimit(incident.summary);
            return text.toString().isEmpty() ? QVariant() : text;
        }
        }
    }
    case Qt::ForegroundRole:
        if (column == PriorityColumn)
            return Theme::instance()->priorityColor(incident.priority);
        if (column == StatusColumn)
            return Theme::instance()->incidentStatusColor(incident.status);
        if (column == AgeColumn) {
            const QColor ink = timertext::levelInk(levelOf(incident));
            if (ink.isValid())
                return ink;
        }
        break;
    case Qt::DecorationRole:
        // A marker at the head of the row, so an amber or red incident stands out wherever the eye lands.
        if (column == NumberColumn) {
            const QColor badge = timertext::levelColor(levelOf(incident));
            if (badge.isValid())
                return badge;
        }
        break;
    case Qt::BackgroundRole: {
        // The clock both limits count from wears the level as a badge; an overdue P4 stands out as much as an
        // overdue P1, and the row keeps its priority tint (a tint strong enough to show a level would make the
        // grey of a P4 unreadable).
        if (column == AgeColumn) {
            const QColor badge = timertext::levelColor(levelOf(incident));
            if (badge.isValid())
                return badge;
        }
        const QColor tint = Theme::instance()->priorityTint(incident.priority);
        if (tint.alpha() > 0)
            return tint;
        break;
    }
    case Qt::FontRole:
        if (column == PriorityColumn || (column == NumberColumn && incident.priority == Priority::P1) ||
            (column == AgeColumn && levelOf(incident) != TimerLevel::Normal)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == PriorityColumn)
            return int(Qt::AlignCenter);
        if (isTimerColumn(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IncidentIdRole:
        return incident.id;
    case PriorityRole:
        return int(incident.priority);
    case StatusRole:
        return int(incident.status);
    case ReportedAtRole:
        return incident.reportedAt;
    case TimerLevelRole:
        return int(levelOf(incident));
    case TimerStageRole:
        return int(timersOf(incident).stage);
    case RemainingSecondsRole:
        return timersOf(incident).remainingS;
    case SortRole:
        switch (column) {
        case PriorityColumn:
            return int(incident.priority);
        case StatusColumn:
            return int(incident.status);
        case AgeColumn:
            // Older reports are "bigger" ages.
            return -incident.reportedAt.toMSecsSinceEpoch();
        case SinceDispatchedColumn:
            return timersOf(incident).sinceDispatchedS;
        case SinceArrivalColumn:
            return timersOf(incident).sinceArrivalS;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchTextRole:
        return QStringList{incident.number,      labels::incidentType(incident.typeCode),
                           incident.road,        incident.landmark,
                           incident.kelurahan,   incident.kecamatan,
                           incident.stationCode, incident.summary,
                           incident.reporterName}
            .join(QLatin1Char(' '));
    }
    return {};
}

QVariant IncidentQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn:
            return tr("Number");
        case PriorityColumn:
            return tr("Priority");
        case TypeColumn:
            return tr("Type");
        case StatusColumn:
            return tr("Status");
        case LocationColumn:
            return tr("Location");
        case AgeColumn:
            return tr("Since report");
        case SinceDispatchedColumn:
            return tr("Since dispatch");
        case SinceArrivalColumn:
            return tr("Since arrival");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AgeColumn:
            return tr("Time since the report (minutes:seconds); amber near a limit, red past it");
        case SinceDispatchedColumn:
            return tr("Time since the first unit was dispatched");
        case SinceArrivalColumn:
            return tr("Time since the first unit arrived on scene");
        }
    }
    return {};
}

QHash<int, QByteArray> IncidentQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IncidentIdRole, "incidentId");
    names.insert(PriorityRole, "priority");
    names.insert(StatusRole, "status");
    names.insert(ReportedAtRole, "reportedAt");
    names.insert(SortRole, "sort");
    names.insert(SearchTextRole, "searchText");
    names.insert(TimerLevelRole, "timerLevel");
    names.insert(TimerStageRole, "timerStage");
    names.insert(RemainingSecondsRole, "remainingSeconds");
    return names;
}

void IncidentQueueModel::beginLoading()
{
    m_loading = true;
    m_pending.clear();
}

void IncidentQueueModel::setIncidents(const QList<Incident> &incidents)
{
    beginResetModel();
    m_rows.clear();
    for (const Incident &incident : incidents)
        if (incident.isOpen())
            m_rows.append(incident);
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Incident &a, const Incident &b) { return before(a.reportedAt, a.id, b.reportedAt, b.id); });
    m_rowOfId.clear();
    m_levels.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rowOfId.insert(m_rows.at(row).id, row);
        rememberLevel(m_rows.at(row));
    }
    endResetModel();

    m_loading = false;
    m_loaded = true;
    const QList<Incident> pending = std::exchange(m_pending, {});
    for (const Incident &incident : pending)
        applyIncident(incident);
    // The snapshot was read beside the store thread: it may still hold what went meanwhile.
    for (const QUuid &id : std::exchange(m_removedWhileLoading, {}))
        removeIncident(id);
    Q_EMIT openCountChanged(int(m_rows.size()));
    Q_EMIT loaded();
}

void IncidentQueueModel::removeIncident(const QUuid &id)
{
    if (m_loading) {
        m_pending.removeIf([&id](const Incident &incident) { return incident.id == id; });
        m_removedWhileLoading.insert(id);
        return;
    }
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rowOfId.remove(id);
    m_levels.remove(id);
    m_rows.removeAt(row);
    for (int r = row; r < m_rows.size(); ++r)
        m_rowOfId.insert(m_rows.at(r).id, r);
    endRemoveRows();
    Q_EMIT openCountChanged(int(m_rows.size()));
}

void IncidentQueueModel::applyIncident(const Incident &incident)
{
    if (m_loading) {
        m_pending.append(incident);
        return;
    }
    const int row = rowOf(incident.id);
    if (row < 0) {
        if (!incident.isOpen())
            return;
        const int at = insertionRow(incident.reportedAt, incident.id);
        beginInsertRows({}, at, at);
        m_rows.insert(at, incident);
        rememberLevel(incident);
        for (int r = at; r < m_rows.size(); ++r)
            m_rowOfId.insert(m_rows.at(r).id, r);
        endInsertRows();
        Q_EMIT openCountChanged(int(m_rows.size()));
        return;
    }
    if (!incident.isOpen()) {
        beginRemoveRows({}, row, row);
        m_rowOfId.remove(incident.id);
        m_levels.remove(incident.id);
        m_rows.removeAt(row);
        for (int r = row; r < m_rows.size(); ++r)
            m_rowOfId.insert(m_rows.at(r).id, r);
        endRemoveRows();
        Q_EMIT openCountChanged(int(m_rows.size()));
        return;
    }
    if (m_rows.at(row).reportedAt != incident.reportedAt) {
        // A corrected report time moves the row; rare, so remove and insert.
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        const int at = insertionRow(incident.reportedAt, incident.id);
        beginInsertRows({}, at, at);
        m_rows.insert(at, incident);
        rememberLevel(incident);
        m_rowOfId.clear();
        for (int r = 0; r < m_rows.size(); ++r)
            m_rowOfId.insert(m_rows.at(r).id, r);
        endInsertRows();
        return;
    }
    m_rows[row] = incident;
    rememberLevel(incident);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int IncidentQueueModel::rowOf(const QUuid &id) const
{
    return m_rowOfId.value(id, -1);
}

std::optional<Incident> IncidentQueueModel::incident(const QUuid &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row);
}

void IncidentQueueModel::setThresholds(const ResponseThresholds &thresholds)
{
    m_thresholds = thresholds;
    for (const Incident &incident : std::as_const(m_rows))
        rememberLevel(incident);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

IncidentTimers IncidentQueueModel::timersAt(int row) const
{
    return timersOf(m_rows.at(row));
}

IncidentTimers IncidentQueueModel::timersOf(const Incident &incident) const
{
    QDateTime at = now();
    // A cleared incident's clocks stop: what it shows is how long the response took.
    if (incident.status == IncidentStatus::Cleared && incident.clearedAt.isValid() && incident.clearedAt < at)
        at = incident.clearedAt;
    return timersFor(incident, m_thresholds, at);
}

void IncidentQueueModel::rememberLevel(const Incident &incident)
{
    m_levels.insert(incident.id, levelOf(incident));
}

void IncidentQueueModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    tick();
}

void IncidentQueueModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    m_clock = nullptr;
    tick();
}

QDateTime IncidentQueueModel::now() const
{
    if (m_clock)
        return m_clock();
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void IncidentQueueModel::setTicking(bool on)
{
    if (on)
        m_ticker.start();
    else
        m_ticker.stop();
}

void IncidentQueueModel::tick()
{
    if (m_rows.isEmpty())
        return;
    const int last = int(m_rows.size()) - 1;
    Q_EMIT dataChanged(index(0, FirstTimerColumn), index(last, LastTimerColumn), {Qt::DisplayRole});
    for (int row = 0; row <= last; ++row) {
        const Incident &incident = m_rows.at(row);
        const TimerLevel level = levelOf(incident);
        auto it = m_levels.find(incident.id);
        if (it != m_levels.end() && it.value() == level)
            continue;
        m_levels.insert(incident.id, level);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int IncidentQueueModel::insertionRow(const QDateTime &reportedAt, const QUuid &id) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), std::pair(reportedAt, id),
                                     [](const Incident &row, const std::pair<QDateTime, QUuid> &key) {
                                         return before(row.reportedAt, row.id, key.first, key.second);
                                     });
    return int(it - m_rows.cbegin());
}

void IncidentQueueModel::refreshAll()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace lintas
