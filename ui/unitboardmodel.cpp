#include "unitboardmodel.h"

#include <algorithm>
#include <limits>

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include "labels.h"
#include "language.h"
#include "store/storeservice.h"
#include "theme.h"
#include "timers/positionage.h"

namespace lintas {
namespace {

// What the position column says of a unit; a change of this is what repaints a row.
enum class PositionState
{
    None,
    Fresh,
    Stale
};

PositionState positionState(const Unit &unit, const QDateTime &now)
{
    if (!unit.hasPosition())
        return PositionState::None;
    return positionage::isStale(unit, now) ? PositionState::Stale : PositionState::Fresh;
}

} // namespace

UnitBoardModel::UnitBoardModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &UnitBoardModel::tick);
    m_ticker.start();
    connect(Language::instance(), &Language::changed, this, &UnitBoardModel::refreshAll);
    connect(Theme::instance(), &Theme::changed, this, &UnitBoardModel::refreshAll);
}

void UnitBoardModel::connectTo(StoreService *service)
{
    connect(service, &StoreService::unitChanged, this, &UnitBoardModel::applyUnit);
    connect(service, &StoreService::unitRemoved, this, &UnitBoardModel::removeUnit);
}

void UnitBoardModel::setIncidentLabeler(IncidentLabeler labeler)
{
    m_labeler = std::move(labeler);
}

void UnitBoardModel::refreshIncident(const QUuid &incidentId)
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).incidentId == incidentId)
            Q_EMIT dataChanged(index(row, IncidentColumn), index(row, IncidentColumn));
}

int UnitBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Unit &unit = m_rows.at(index.row());
    const int column = index.column();
    const bool stale = m_stale.contains(unit.id);
    const auto incidentLabel = [&] {
        if (unit.incidentId.isNull())
            return QString();
        const QString label = m_labeler ? m_labeler(unit.incidentId) : QString();
        return label.isEmpty() ? unit.incidentId.toString(QUuid::WithoutBraces).left(8) : label;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CallsignColumn:
            return unit.callsign;
        case KindColumn:
            return labels::unitKind(unit.kind);
        case StatusColumn:
            return labels::unitStatus(unit.status);
        case StationColumn:
            return unit.stationCode;
        case IncidentColumn:
            return incidentLabel();
        case SinceColumn:
            return labels::age(unit.statusSince, now());
        case PositionColumn:
            if (!unit.hasPosition())
                return tr("no position");
            return stale ? positionage::ageText(positionage::ageSeconds(unit, now())) : tr("current");
        }
        break;
    case Qt::ToolTipRole:
        if (column == SinceColumn && unit.statusSince.isValid())
            return tr("In this status since %1").arg(labels::timestamp(unit.statusSince));
        if (column == CallsignColumn && !unit.crew.isEmpty() && !stale)
            return tr("Crew: %1").arg(unit.crew.join(QStringLiteral(", ")));
        if (stale)
            return positionage::staleExplanation(unit, now());
        if (column == PositionColumn) {
            if (!unit.hasPosition())
                return tr("No position known for this unit");
            return tr("Last position %1, %2")
                .arg(labels::recentTime(unit.positionAt), positionage::ageText(positionage::ageSeconds(unit, now())));
        }
        break;
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return Theme::instance()->unitStatusColor(unit.status);
        // The status still holds; everything tied to where the unit is does not.
        if (stale || (column == PositionColumn && !unit.hasPosition()))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (column == StatusColumn || column == CallsignColumn || (column == PositionColumn && stale)) {
            QFont font;
            font.setBold(column == StatusColumn);
            font.setItalic(column == PositionColumn);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == SinceColumn || column == PositionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PositionAgeRole:
        return positionage::ageSeconds(unit, now());
    case StaleRole:
        return stale;
    case UnitIdRole:
        return unit.id;
    case StatusRole:
        return int(unit.status);
    case KindRole:
        return int(unit.kind);
    case IncidentIdRole:
        return unit.incidentId;
    case SortRole:
        switch (column) {
        case StatusColumn:
            return int(unit.status);
        case KindColumn:
            return int(unit.kind);
        case SinceColumn:
            return unit.statusSince.isValid() ? -unit.statusSince.toMSecsSinceEpoch() : 0;
        case PositionColumn: {
            // Freshest first; units without a position time last.
            const qint64 age = positionage::ageSeconds(unit, now());
            return age < 0 ? std::numeric_limits<qint64>::max() : age;
        }
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchTextRole:
        return QStringList{unit.callsign, labels::unitKind(unit.kind), labels::unitStatus(unit.status),
                           unit.stationCode, incidentLabel()}
            .join(QLatin1Char(' '));
    }
    return {};
}

QVariant UnitBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CallsignColumn:
        return tr("Callsign");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case StationColumn:
        return tr("Station");
    case IncidentColumn:
        return tr("Incident");
    case SinceColumn:
        return tr("Since");
    case PositionColumn:
        return tr("Position");
    }
    return {};
}

QHash<int, QByteArray> UnitBoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(UnitIdRole, "unitId");
    names.insert(StatusRole, "status");
    names.insert(KindRole, "kind");
    names.insert(IncidentIdRole, "incidentId");
    names.insert(SortRole, "sort");
    names.insert(SearchTextRole, "searchText");
    names.insert(PositionAgeRole, "positionAge");
    names.insert(StaleRole, "stale");
    return names;
}

void UnitBoardModel::beginLoading()
{
    m_loading = true;
    m_pending.clear();
}

void UnitBoardModel::setUnits(const QList<Unit> &units)
{
    beginResetModel();
    m_rows = units;
    std::sort(m_rows.begin(), m_rows.end(), [](const Unit &a, const Unit &b) { return a.callsign < b.callsign; });
    m_rowOfId.clear();
    reindexFrom(0);
    m_stale.clear();
    for (const Unit &unit : std::as_const(m_rows))
        rememberStale(unit);
    endResetModel();
    m_loading = false;
    m_loaded = true;
    const QList<Unit> pending = std::exchange(m_pending, {});
    for (const Unit &unit : pending)
        applyUnit(unit);
    const QHash<QUuid, PendingPosition> positions = std::exchange(m_pendingPositions, {});
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        applyPosition(it.key(), it->callsign, it->latitude, it->longitude, it->headingDeg, it->speedKmh, it->at);
    for (const QUuid &id : std::exchange(m_removedWhileLoading, {}))
        removeUnit(id);
    Q_EMIT loaded();
}

void UnitBoardModel::removeUnit(const QUuid &id)
{
    if (m_loading) {
        m_pending.removeIf([&id](const Unit &unit) { return unit.id == id; });
        m_removedWhileLoading.insert(id);
        return;
    }
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rowOfId.remove(id);
    m_stale.remove(id);
    m_rows.removeAt(row);
    reindexFrom(row);
    endRemoveRows();
}

void UnitBoardModel::applyUnit(const Unit &unit)
{
    if (m_loading) {
        m_pending.append(unit);
        return;
    }
    const int row = rowOf(unit.id);
    if (row < 0) {
        const int at = insertionRow(unit.callsign);
        beginInsertRows({}, at, at);
        m_rows.insert(at, unit);
        rememberStale(unit);
        reindexFrom(at);
        endInsertRows();
        return;
    }
    if (m_rows.at(row).callsign != unit.callsign) {
        beginRemoveRows({}, row, row);
        m_rowOfId.remove(unit.id);
        m_rows.removeAt(row);
        reindexFrom(row);
        endRemoveRows();
        applyUnit(unit);
        return;
    }
    Unit merged = unit;
    const Unit &held = m_rows.at(row);
    // Live positions never reach the store: a status change must not move the unit back to its stored spot.
    if (held.hasPosition() && held.positionAt.isValid() &&
        (!merged.positionAt.isValid() || merged.positionAt < held.positionAt)) {
        merged.latitude = held.latitude;
        merged.longitude = held.longitude;
        merged.headingDeg = held.headingDeg;
        merged.speedKmh = held.speedKmh;
        merged.positionAt = held.positionAt;
    }
    m_rows[row] = merged;
    rememberStale(merged);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<Unit> UnitBoardModel::applyPosition(const QUuid &id, const QString &callsign, double latitude,
                                                  double longitude, double headingDeg, double speedKmh,
                                                  const QDateTime &at)
{
    if (m_loading || !m_loaded) {
        const QUuid key = id.isNull() ? QUuid::createUuidV5(QUuid(), callsign) : id;
        PendingPosition &pending = m_pendingPositions[key];
        if (!pending.at.isValid() || !at.isValid() || pending.at <= at)
            pending = {callsign, latitude, longitude, headingDeg, speedKmh, at};
        return std::nullopt;
    }
    int row = id.isNull() ? -1 : rowOf(id);
    if (row < 0 && !callsign.isEmpty())
        row = rowOfCallsign(callsign);
    if (row < 0)
        return std::nullopt;
    Unit &unit = m_rows[row];
    if (unit.positionAt.isValid() && at.isValid() && at <= unit.positionAt && unit.hasPosition())
        return std::nullopt;
    const QDateTime clock = now();
    const PositionState before = positionState(unit, clock);
    unit.latitude = latitude;
    unit.longitude = longitude;
    unit.headingDeg = headingDeg;
    unit.speedKmh = speedKmh;
    unit.positionAt = at.isValid() ? at : clock;
    // Positions stream in: only a change of what the board shows (a stale unit back in touch) repaints.
    if (positionState(unit, clock) != before) {
        rememberStale(unit);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return unit;
}

int UnitBoardModel::rowOfCallsign(const QString &callsign) const
{
    const int row = insertionRow(callsign);
    return row < m_rows.size() && m_rows.at(row).callsign == callsign ? row : -1;
}

std::optional<Unit> UnitBoardModel::unit(const QUuid &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row);
}

QList<Unit> UnitBoardModel::unitsOn(const QUuid &incidentId) const
{
    QList<Unit> result;
    if (incidentId.isNull())
        return result;
    for (const Unit &unit : m_rows)
        if (unit.incidentId == incidentId)
            result.append(unit);
    return result;
}

bool UnitBoardModel::isStale(int row) const
{
    return positionage::isStale(m_rows.at(row), now());
}

void UnitBoardModel::rememberStale(const Unit &unit)
{
    if (positionage::isStale(unit, now()))
        m_stale.insert(unit.id);
    else
        m_stale.remove(unit.id);
}

void UnitBoardModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    tick();
}

void UnitBoardModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    m_clock = nullptr;
    tick();
}

QDateTime UnitBoardModel::now() const
{
    if (m_clock)
        return m_clock();
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void UnitBoardModel::setTicking(bool on)
{
    if (on)
        m_ticker.start();
    else
        m_ticker.stop();
}

void UnitBoardModel::tick()
{
    if (m_rows.isEmpty())
        return;
    const int last = int(m_rows.size()) - 1;
    Q_EMIT dataChanged(index(0, SinceColumn), index(last, PositionColumn), {Qt::DisplayRole});
    const QDateTime clock = now();
    for (int row = 0; row <= last; ++row) {
        const Unit &unit = m_rows.at(row);
        const bool stale = positionage::isStale(unit, clock);
        if (stale == m_stale.contains(unit.id))
            continue;
        if (stale)
            m_stale.insert(unit.id);
        else
            m_stale.remove(unit.id);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void UnitBoardModel::refreshAll()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int UnitBoardModel::insertionRow(const QString &callsign) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), callsign,
                                     [](const Unit &row, const QString &key) { return row.callsign < key; });
    return int(it - m_rows.cbegin());
}

void UnitBoardModel::reindexFrom(int row)
{
    for (int r = row; r < m_rows.size(); ++r)
        m_rowOfId.insert(m_rows.at(r).id, r);
}

} // namespace lintas
