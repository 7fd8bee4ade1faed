#include "exchangereader.h"

#include <algorithm>

#include <QSet>

#include "store/casereader.h"
#include "store/storereader.h"

namespace lintas {

namespace {

ExchangeIncident gather(const StoreReader &reader, const Incident &incident)
{
    ExchangeIncident out;
    out.incident = incident;
    out.notes = reader.notes(incident.id);
    QSet<QUuid> noteIds;
    for (const IncidentNote &note : std::as_const(out.notes))
        noteIds.insert(note.opId);
    for (const IncidentNote &entry : reader.timeline(incident.id))
        if (!noteIds.contains(entry.opId))
            out.timeline.append(entry);
    for (const Assignment &assignment : reader.assignments(incident.id)) {
        ExchangeResource resource;
        resource.assignment = assignment;
        if (const auto unit = reader.unit(assignment.unitId)) {
            resource.known = true;
            resource.callsign = unit->callsign;
            resource.kind = unit->kind;
            resource.stationCode = unit->stationCode;
        }
        out.resources.append(resource);
    }
    return out;
}

} // namespace

ExchangeReader::ExchangeReader(QString storePath) : m_storePath(std::move(storePath)) {}

QString ExchangeReader::errorString() const
{
    const StoreReader reader(m_storePath);
    return reader.isOpen() ? QString() : reader.errorString();
}

std::optional<ExchangeIncident> ExchangeReader::incident(const QUuid &id) const
{
    const StoreReader reader(m_storePath);
    const auto incident = reader.incident(id);
    if (!incident)
        return std::nullopt;
    return gather(reader, *incident);
}

QList<ExchangeIncident> ExchangeReader::incidents(const ExchangeScope &scope) const
{
    const StoreReader reader(m_storePath);
    QList<Incident> found =
        reader.incidentsReportedSince(scope.from.isValid() ? scope.start() : QDateTime::fromMSecsSinceEpoch(0));
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const Incident &incident) {
                                   return !scope.contains(incident.reportedAt) ||
                                          !scope.coversStation(incident.stationCode);
                               }),
                found.end());
    std::sort(found.begin(), found.end(), [](const Incident &a, const Incident &b) {
        return a.reportedAt != b.reportedAt ? a.reportedAt < b.reportedAt : a.number < b.number;
    });
    QList<ExchangeIncident> out;
    out.reserve(found.size());
    for (const Incident &incident : std::as_const(found))
        out.append(gather(reader, incident));
    return out;
}

QList<ExchangeCase> ExchangeReader::cases(const ExchangeScope &scope) const
{
    const CaseReader reader(m_storePath);
    CaseQuery query;
    query.stationCode = scope.stationCode;
    query.from = scope.from;
    query.to = scope.to;
    query.limit = std::max(1, reader.caseCount());
    QList<ExchangeCase> out;
    for (const CaseSummary &summary : reader.search(query).cases) {
        ExchangeCase item;
        item.summary = summary;
        if (const auto file = reader.caseFile(summary.id)) {
            const QVariantMap &data = file->record.data;
            bool latOk = false;
            bool lonOk = false;
            const double latitude = data.value(QLatin1String(casefield::kLatitude)).toDouble(&latOk);
            const double longitude = data.value(QLatin1String(casefield::kLongitude)).toDouble(&lonOk);
            if (latOk && lonOk && data.value(QLatin1String(casefield::kLatitude)).isValid()) {
                item.latitude = latitude;
                item.longitude = longitude;
            }
            item.place = data.value(QLatin1String(casefield::kPlace)).toString();
        }
        out.append(item);
    }
    std::sort(out.begin(), out.end(), [](const ExchangeCase &a, const ExchangeCase &b) {
        return a.summary.occurredAt != b.summary.occurredAt ? a.summary.occurredAt < b.summary.occurredAt
                                                            : a.summary.number < b.summary.number;
    });
    return out;
}

} // namespace lintas
