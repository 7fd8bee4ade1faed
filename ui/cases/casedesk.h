#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QObject>
#include <QString>

#include "core/articles.h"
#include "core/casefactory.h"
#include "core/cases.h"
#include "core/change.h"
#include "core/roles.h"
#include "store/casereader.h"

namespace lintas {

class ChangeFactory;
class StoreService;

// What every case widget shares: the store (its service for commits and notifications, its path for readers
// on worker threads), the factories, the account acting here and the article catalogue as the store has it.
//
//   case widgets ── submit(changes) ──► policy check (the account's role, mirrored from the server)
//                                        └► StoreService::submit ── committed / rejected(message)
//   StoreService ── caseChanged / caseRemoved / articlesChanged / watchHit ──► forwarded here
//
// Lives on the GUI thread; owned by the MainWindow.
class CaseDesk : public QObject
{
    Q_OBJECT
public:
    CaseDesk(StoreService *service, ChangeFactory *changes, QString storePath, QObject *parent = nullptr);
    ~CaseDesk() override;

    StoreService *service() const { return m_service; }
    const QString &storePath() const { return m_storePath; }
    CaseFactory &factory() { return m_cases; }
    ChangeFactory *changes() const { return m_changes; }
    // The user acting here (ChangeFactory::actor()), and the account's role when the server named it.
    QString user() const;
    void setActor(const std::optional<Actor> &actor);
    const std::optional<Actor> &actor() const { return m_actor; }
    // Whether the account may make `change` (the desk's mirror of the server's policy); nothing when it may
    // or no account is known. Cases within reach: the station is read from the change or the record.
    std::optional<PolicyRefusal> refusalFor(const Change &change, const QString &station) const;
    bool isAuditor() const { return m_actor && m_actor->role == Role::Auditor; }
    bool isSupervisor() const
    {
        return !m_actor || m_actor->role == Role::Supervisor || m_actor->role == Role::Admin;
    }

    // Checks every change with refusalFor, then submits the batch; false (and `refused` emitted with the
    // reason) when the policy says no. The outcome of the commit arrives as committed/rejected.
    bool submit(const ChangeList &changes, const QString &station);

    // The catalogue as the store has it (shipped + the supervisors' edits); reloaded on articlesChanged.
    const ArticleCatalogue &catalogue() const { return m_catalogue; }
    void reloadCatalogue();

    // The clock the case widgets read (tests set it; the deadline display uses it).
    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTimeUtc(); }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

Q_SIGNALS:
    // setActor named another account (or none): widgets re-check what they offer.
    void actorChanged();
    void refused(const QString &reason);
    void committed();
    void rejected(const QString &message);
    void caseChanged(const lintas::CaseSummary &summary);
    void caseRemoved(const QUuid &id);
    void articlesChanged();
    void watchHit(const lintas::WatchHit &hit);

private:
    StoreService *m_service;
    ChangeFactory *m_changes;
    CaseFactory m_cases;
    QString m_storePath;
    std::optional<Actor> m_actor;
    ArticleCatalogue m_catalogue;
    std::function<QDateTime()> m_now;
};

} // namespace lintas
