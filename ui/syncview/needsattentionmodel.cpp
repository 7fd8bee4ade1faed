#include "syncview/needsattentionmodel.h"

#include <algorithm>

#include <QDateTime>

#include "core/articles.h"
#include "core/cases.h"
#include "core/casevalidation.h"
#include "core/incident.h"
#include "core/unit.h"
#include "labels.h"
#include "language.h"

namespace lintas {
namespace {

constexpr int kQuoteLength = 60;

QString quoted(const QString &text)
{
    const QString line = text.simplified();
    return NeedsAttentionModel::tr("“%1”").arg(line.size() > kQuoteLength ? line.left(kQuoteLength - 1) + QChar(0x2026)
                                                                          : line);
}

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace

NeedsAttentionModel::NeedsAttentionModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(Language::instance(), &Language::changed, this, &NeedsAttentionModel::refreshAll);
}

void NeedsAttentionModel::setIncidentLabeler(Labeler labeler)
{
    m_incidentLabeler = std::move(labeler);
    relabelAll();
}

void NeedsAttentionModel::setUnitLabeler(Labeler labeler)
{
    m_unitLabeler = std::move(labeler);
    relabelAll();
}

void NeedsAttentionModel::setCaseLabeler(Labeler labeler)
{
    m_caseLabeler = std::move(labeler);
    relabelAll();
}

void NeedsAttentionModel::addChanges(const QList<QuarantinedChange> &changes)
{
    for (const QuarantinedChange &change : changes)
        addChange(change);
}

void NeedsAttentionModel::addChange(const QuarantinedChange &change)
{
    if (m_known.contains(change.change.opId))
        return;
    // Newest rejection first; among equal times the later change first.
    const auto newer = [](const QuarantinedChange &a, const QuarantinedChange &b) {
        return a.atMs != b.atMs ? a.atMs > b.atMs : a.change.hlc > b.change.hlc;
    };
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), change, newer);
    const int row = int(it - m_rows.cbegin());
    Labels labels = labelsFor(change.change); // before the insert: the labelers may read the store
    beginInsertRows({}, row, row);
    m_rows.insert(row, change);
    m_labels.insert(row, std::move(labels));
    m_known.insert(change.change.opId);
    endInsertRows();
    Q_EMIT countChanged(int(m_rows.size()));
}

int NeedsAttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NeedsAttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QUuid NeedsAttentionModel::incidentIdAt(int row) const
{
    const Change &change = m_rows.at(row).change;
    if (change.entity == EntityKind::Incident)
        return change.entityId;
    // A unit's move names the incident it works on. A case's incident_id is the incident an accident report is
    // about, not what the change did: the row is about the case.
    if (change.entity == EntityKind::Unit)
        return QUuid::fromString(change.fields.value(QStringLiteral("incident_id")).toString());
    return {};
}

QVariant NeedsAttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuarantinedChange &row = m_rows.at(index.row());
    const QDateTime made = fromMs(row.change.hlc.ms());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return labels::shortTime(made); // the full times are in the tool tip
        case ChangeColumn:
            return describe(row.change, m_labels.at(index.row()));
        case ReasonColumn:
            return reasonText(row.code, row.reason);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: {
            QString tip = tr("Made at %1 by %2").arg(labels::timestamp(made), row.change.actor);
            if (row.atMs > 0)
                tip += QLatin1Char('\n') + tr("Rejected by the server at %1").arg(labels::timestamp(fromMs(row.atMs)));
            return tip;
        }
        case ChangeColumn:
            return describe(row.change, m_labels.at(index.row()));
        case ReasonColumn:
            // The server's own sentence too: the translation by code may say less than the server did.
            if (!row.reason.isEmpty() && row.reason != reasonText(row.code, row.reason))
                return tr("%1\nThe server said: %2").arg(reasonText(row.code, row.reason), row.reason);
            return reasonText(row.code, row.reason);
        }
        break;
    case OpIdRole:
        return row.change.opId;
    case IncidentIdRole:
        return incidentIdAt(index.row());
    case ReasonCodeRole:
        return row.code;
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return row.change.hlc.ms();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant NeedsAttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Made at");
    case ChangeColumn:
        return tr("Change");
    case ReasonColumn:
        return tr("Why the server rejected it");
    }
    return {};
}

QHash<int, QByteArray> NeedsAttentionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(OpIdRole, "opId");
    names.insert(IncidentIdRole, "incidentId");
    names.insert(ReasonCodeRole, "reasonCode");
    names.insert(SortRole, "sort");
    return names;
}

QString NeedsAttentionModel::reasonText(const QString &code, const QString &serverReason)
{
    if (code == QLatin1String("forbidden_role"))
        return tr("Your role may not do this");
    if (code == QLatin1String("out_of_scope"))
        return tr("This record is outside your area of command");
    if (code == QLatin1String("read_only"))
        return tr("Your account may only read, not change records");
    if (!serverReason.isEmpty())
        return serverReason;
    if (!code.isEmpty())
        return tr("Rejected by the server (%1)").arg(code);
    return tr("Rejected by the server");
}

NeedsAttentionModel::Labels NeedsAttentionModel::labelsFor(const Change &change) const
{
    // Exactly the ids describe() names: the incident or unit itself, a dispatched unit, a unit's incident.
    Labels labels;
    const auto incident = [this, &labels](const QUuid &id) {
        if (!id.isNull() && !labels.incidents.contains(id))
            labels.incidents.insert(id, m_incidentLabeler ? m_incidentLabeler(id) : QString());
    };
    const auto unit = [this, &labels](const QUuid &id) {
        if (!id.isNull() && !labels.units.contains(id))
            labels.units.insert(id, m_unitLabeler ? m_unitLabeler(id) : QString());
    };
    const auto field = [&change](const char *name) {
        return QUuid::fromString(change.fields.value(QLatin1String(name)).toString());
    };
    if (change.entity == EntityKind::Incident) {
        incident(change.entityId);
        if (change.kind == ChangeKind::Dispatch)
            unit(field("unit_id"));
    } else if (change.entity == EntityKind::Unit) {
        unit(change.entityId);
        if (change.kind == ChangeKind::Transition)
            incident(field("incident_id"));
    } else if (change.entity == EntityKind::Case && !change.entityId.isNull() &&
               !labels.cases.contains(change.entityId)) {
        labels.cases.insert(change.entityId, m_caseLabeler ? m_caseLabeler(change.entityId) : QString());
    }
    return labels;
}

void NeedsAttentionModel::relabelAll()
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_labels[row] = labelsFor(m_rows.at(row).change);
    refreshAll();
}

QString NeedsAttentionModel::incidentLabel(const QUuid &id, const Labels &labels) const
{
    const QString label = labels.incidents.value(id);
    return label.isEmpty() ? tr("incident %1").arg(id.toString(QUuid::WithoutBraces).left(8)) : label;
}

QString NeedsAttentionModel::unitLabel(const QUuid &id, const Labels &labels) const
{
    const QString label = labels.units.value(id);
    return label.isEmpty() ? tr("unit %1").arg(id.toString(QUuid::WithoutBraces).left(8)) : label;
}

QString NeedsAttentionModel::describe(const Change &change) const
{
    return describe(change, labelsFor(change));
}

QString NeedsAttentionModel::describe(const Change &change, const Labels &labels) const
{
    const QVariantMap &fields = change.fields;
    const auto text = [&fields](const char *name) { return fields.value(QLatin1String(name)).toString(); };
    if (change.entity == EntityKind::Incident) {
        // The number the desk knows it by; a new incident's own number travels in its Create.
        const QString number = text("number");
        const QString known = labels.incidents.value(change.entityId);
        const QString label = !known.isEmpty()    ? known
                              : !number.isEmpty() ? number
                                                  : incidentLabel(change.entityId, labels);
        switch (change.kind) {
        case ChangeKind::Create: {
            const QString type = labels::incidentType(text("type_code"));
            const QString place = !text("landmark").isEmpty() ? text("landmark") : text("road");
            const QString what = place.isEmpty() ? type : tr("%1 at %2").arg(type, place);
            return number.isEmpty() ? tr("New incident: %1").arg(what) : tr("New incident %1: %2").arg(number, what);
        }
        case ChangeKind::Set:
            return tr("%1: %2").arg(label, describeFields(change));
        case ChangeKind::Transition: {
            bool fromOk = false;
            bool toOk = false;
            const IncidentStatus from = incidentStatusFromString(text("from"), &fromOk);
            const IncidentStatus to = incidentStatusFromString(text("to"), &toOk);
            return tr("%1: status from “%2” to “%3”")
                .arg(label, fromOk ? labels::incidentStatus(from) : text("from"),
                     toOk ? labels::incidentStatus(to) : text("to"));
        }
        case ChangeKind::Note:
            return tr("%1: note %2").arg(label, quoted(text("text")));
        case ChangeKind::Dispatch:
            return tr("%1: dispatch of %2").arg(label, unitLabel(QUuid::fromString(text("unit_id")), labels));
        case ChangeKind::Revise:
        case ChangeKind::Attach:
        case ChangeKind::VoidRequest:
        case ChangeKind::VoidDecision:
        case ChangeKind::View:
            return describeOther(label, change);
        }
        return label;
    }
    // The one region-wide setting there is: the response thresholds.
    if (change.entity == EntityKind::Setting)
        return tr("Response thresholds: %1").arg(describeFields(change));
    if (change.entity == EntityKind::Case)
        return describeCase(change, labels);
    if (change.entity == EntityKind::Article)
        return describeArticle(change);
    // The callsign the desk knows the unit by (a Set may be renaming it); a new unit's is in its Create.
    const QString known = labels.units.value(change.entityId);
    const QString callsign = text("callsign");
    const QString label = !known.isEmpty()                                           ? known
                          : change.kind == ChangeKind::Create && !callsign.isEmpty() ? callsign
                                                                                     : unitLabel(change.entityId, labels);
    switch (change.kind) {
    case ChangeKind::Create:
        return tr("New unit %1").arg(callsign.isEmpty() ? label : callsign);
    case ChangeKind::Set:
        return tr("%1: %2").arg(label, describeFields(change));
    case ChangeKind::Transition: {
        bool fromOk = false;
        bool toOk = false;
        const UnitStatus from = unitStatusFromString(text("from"), &fromOk);
        const UnitStatus to = unitStatusFromString(text("to"), &toOk);
        const QString move = tr("%1: status from “%2” to “%3”")
                                 .arg(label, fromOk ? labels::unitStatus(from) : text("from"),
                                      toOk ? labels::unitStatus(to) : text("to"));
        const QUuid incident = QUuid::fromString(text("incident_id"));
        return incident.isNull() ? move : tr("%1 (%2)").arg(move, incidentLabel(incident, labels));
    }
    case ChangeKind::Note:
        return tr("%1: note %2").arg(label, quoted(text("text")));
    case ChangeKind::Dispatch:
        return tr("%1: dispatch").arg(label);
    case ChangeKind::Revise:
    case ChangeKind::Attach:
    case ChangeKind::VoidRequest:
    case ChangeKind::VoidDecision:
    case ChangeKind::View:
        return describeOther(label, change);
    }
    return label;
}

QString NeedsAttentionModel::describeOther(const QString &label, const Change &change) const
{
    return tr("%1: %2").arg(label, toString(change.kind));
}

QString NeedsAttentionModel::describeCase(const Change &change, const Labels &labels) const
{
    const QVariantMap &fields = change.fields;
    const auto text = [&fields](const char *name) { return fields.value(QLatin1String(name)).toString(); };
    // The number the desk knows the case by; a new case's own number travels in its Create.
    const QString known = labels.cases.value(change.entityId);
    const QString number = text("number");
    const QString shortId = change.entityId.toString(QUuid::WithoutBraces).left(8);
    const QString label = !known.isEmpty() ? known : !number.isEmpty() ? number : tr("case %1").arg(shortId);
    switch (change.kind) {
    case ChangeKind::Create: {
        bool ok = false;
        const CaseKind kind = caseKindFromString(text("kind"), &ok);
        const QString what = ok ? displayName(kind) : tr("case");
        const QString plate = text(casefield::kPlate).isEmpty() ? text(casefield::kPlateRead) : text(casefield::kPlate);
        const QString place = text(casefield::kPlace);
        QString about = plate;
        if (!place.isEmpty())
            about = plate.isEmpty() ? place : tr("%1 at %2").arg(plate, place);
        const QString head =
            number.isEmpty() ? tr("New %1").arg(what.toLower()) : tr("New %1 %2").arg(what.toLower(), number);
        return about.isEmpty() ? head : tr("%1: %2").arg(head, about);
    }
    case ChangeKind::Set:
        return tr("%1: %2").arg(label, describeCaseFields(change));
    case ChangeKind::Transition: {
        bool fromOk = false;
        bool toOk = false;
        const CaseState from = caseStateFromString(text("from"), &fromOk);
        const CaseState to = caseStateFromString(text("to"), &toOk);
        return tr("%1: status from “%2” to “%3”")
            .arg(label, fromOk ? displayName(from) : text("from"), toOk ? displayName(to) : text("to"));
    }
    case ChangeKind::Note:
        return tr("%1: note %2").arg(label, quoted(text("text")));
    case ChangeKind::Revise:
        return tr("%1: correction %2 (%3)").arg(label, quoted(text(casefield::kReason)), describeCaseFields(change));
    case ChangeKind::Attach:
        return tr("%1: attachment %2").arg(label, quoted(text("name")));
    case ChangeKind::VoidRequest:
        return tr("%1: void requested, %2").arg(label, quoted(text(casefield::kReason)));
    case ChangeKind::VoidDecision:
        return fields.value(QStringLiteral("approve")).toBool()
                   ? tr("%1: void approved, %2").arg(label, quoted(text(casefield::kReason)))
                   : tr("%1: void refused, %2").arg(label, quoted(text(casefield::kReason)));
    case ChangeKind::View:
        return tr("%1: record opened").arg(label);
    case ChangeKind::Dispatch:
        return describeOther(label, change);
    }
    return label;
}

QString NeedsAttentionModel::describeCaseFields(const Change &change) const
{
    // The case's own words for its fields (the editor's labels); the change's bookkeeping is left out.
    QStringList parts;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const QString &name = it.key();
        if (name == QLatin1String(casefield::kReason) || name == QLatin1String("from") || name == QLatin1String("to"))
            continue;
        parts << caseFieldLabel(name);
    }
    parts.removeDuplicates();
    return parts.isEmpty() ? tr("no fields changed") : tr("changed %1").arg(parts.join(QStringLiteral(", ")));
}

QString NeedsAttentionModel::describeArticle(const Change &change) const
{
    const Article article = Article::fromFields(change.fields);
    const QString citation = citationOf(article.code);
    const QString label = citation.isEmpty() ? tr("article %1").arg(article.code) : citation;
    if (change.kind == ChangeKind::Create)
        return tr("New article in the catalogue: %1").arg(label);
    if (article.retired)
        return tr("%1: retired from the catalogue").arg(label);
    return tr("%1: catalogue entry changed").arg(label);
}

QString NeedsAttentionModel::describeFields(const Change &change) const
{
    // Each field in words with its new value; a position is one thing however many fields carry it.
    QStringList parts;
    bool position = false;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const QString &name = it.key();
        const QVariant &value = it.value();
        if (name == QLatin1String("latitude") || name == QLatin1String("longitude") ||
            name == QLatin1String("heading_deg") || name == QLatin1String("speed_kmh") ||
            name == QLatin1String("position_at")) {
            if (!position)
                parts << tr("position");
            position = true;
        } else if (name == QLatin1String("priority")) {
            parts << tr("priority %1").arg(labels::priority(Priority(value.toInt())));
        } else if (name == QLatin1String("type_code")) {
            parts << tr("type %1").arg(quoted(labels::incidentType(value.toString())));
        } else if (name == QLatin1String("road")) {
            parts << tr("road %1").arg(quoted(value.toString()));
        } else if (name == QLatin1String("landmark")) {
            parts << tr("landmark %1").arg(quoted(value.toString()));
        } else if (name == QLatin1String("kelurahan") || name == QLatin1String("kecamatan")) {
            parts << name + QLatin1Char(' ') + quoted(value.toString()); // the Indonesian words themselves
        } else if (name == QLatin1String("station_code")) {
            parts << tr("station %1").arg(value.toString());
        } else if (name == QLatin1String("lanes_blocked")) {
            parts << tr("lanes blocked %1").arg(value.toInt());
        } else if (name == QLatin1String("lanes_total")) {
            parts << tr("lanes %1").arg(value.toInt());
        } else if (name == QLatin1String("died") || name == QLatin1String("seriously_hurt") ||
                   name == QLatin1String("slightly_hurt")) {
            parts << tr("casualties");
        } else if (name == QLatin1String("reporter_name") || name == QLatin1String("reporter_phone")) {
            parts << tr("reporter");
        } else if (name == QLatin1String("summary")) {
            parts << tr("summary %1").arg(quoted(value.toString()));
        } else if (name == QLatin1String("callsign")) {
            parts << tr("callsign %1").arg(value.toString());
        } else if (name == QLatin1String("kind")) {
            bool ok = false;
            const UnitKind kind = unitKindFromString(value.toString(), &ok);
            parts << tr("kind %1").arg(ok ? labels::unitKind(kind) : value.toString());
        } else if (name == QLatin1String("crew")) {
            parts << tr("crew");
        } else {
            parts << name;
        }
    }
    parts.removeDuplicates();
    return parts.isEmpty() ? tr("no fields changed") : tr("changed %1").arg(parts.join(QStringLiteral(", ")));
}

void NeedsAttentionModel::refreshAll()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace lintas
