#include "casedesk.h"

#include "core/changefactory.h"
#include "store/storeservice.h"

namespace lintas {

CaseDesk::CaseDesk(StoreService *service, ChangeFactory *changes, QString storePath, QObject *parent)
    : QObject(parent), m_service(service), m_changes(changes), m_cases(changes), m_storePath(std::move(storePath)),
      m_catalogue(ArticleCatalogue::builtIn())
{
    connect(m_service, &StoreService::committed, this, [this] { Q_EMIT committed(); });
    connect(m_service, &StoreService::rejected, this, &CaseDesk::rejected);
    connect(m_service, &StoreService::caseChanged, this, &CaseDesk::caseChanged);
    connect(m_service, &StoreService::caseRemoved, this, &CaseDesk::caseRemoved);
    connect(m_service, &StoreService::watchHit, this, &CaseDesk::watchHit);
    // The catalogue is current before anyone hears that it changed.
    connect(m_service, &StoreService::articlesChanged, this, [this] {
        reloadCatalogue();
        Q_EMIT articlesChanged();
    });
    // The store may still be opening: read the catalogue once it is there.
    connect(m_service, &StoreService::opened, this, &CaseDesk::reloadCatalogue);
    reloadCatalogue();
}

CaseDesk::~CaseDesk() = default;

QString CaseDesk::user() const
{
    return m_changes->actor();
}

void CaseDesk::setActor(const std::optional<Actor> &actor)
{
    const bool same =
        actor.has_value() == m_actor.has_value() &&
        (!actor || (actor->user == m_actor->user && actor->role == m_actor->role && actor->scope == m_actor->scope));
    m_actor = actor;
    if (!same)
        Q_EMIT actorChanged();
}

std::optional<PolicyRefusal> CaseDesk::refusalFor(const Change &change, const QString &station) const
{
    if (!m_actor)
        return std::nullopt;
    return lintas::refusalFor(*m_actor, change, station);
}

bool CaseDesk::submit(const ChangeList &changes, const QString &station)
{
    for (const Change &change : changes) {
        if (const auto refusal = refusalFor(change, station)) {
            Q_EMIT refused(refusal->reason);
            return false;
        }
    }
    if (changes.isEmpty())
        return true;
    m_service->submit(changes);
    return true;
}

void CaseDesk::reloadCatalogue()
{
    // A few hundred rows at most: read on the spot, so the catalogue is current when this returns. A store
    // that cannot be read yet leaves the shipped catalogue in place.
    if (m_storePath.isEmpty())
        return;
    const CaseReader reader(m_storePath);
    if (reader.isOpen())
        m_catalogue = reader.articleCatalogue();
}

} // namespace lintas
