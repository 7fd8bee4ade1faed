#include <algorithm>
#include <atomic>
#include <thread>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

#include "core/responsetimes.h"
#include "core/uuidv7.h"
#include "server/passwords.h"
#include "server/serverstore.h"
#include "sync/chain.h"
#include "testdatabase.h"

using namespace lintas;
using namespace lintas::server;

// The server's storage on the backend named by LINTAS_TEST_BACKEND (ctest runs this suite as
// server.store.sqlite and server.store.postgresql): accounts and logins, the region log with its hash chain,
// role enforcement, audit, positions, backup and restore, and concurrent writers.
class TestServerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void initializeIsIdempotent();
    void refusesNewerSchema();
    void openErrorsHideThePassword();
    void users();
    void loginOutcomes();
    void lockoutAfterFiveFailures();
    void tokensAndExpiry();
    void secretsAreNotStoredInClear();
    void pushAppendsAndChains();
    void duplicates();
    void rejections();
    void scopeFollowsTheLog();
    void privilegeUseIsAudited();
    void thresholdsAreTheSupervisors();
    void dispatchOverrideIsAudited();
    void highWater();
    void regionsAreIndependent();
    void verifyNamesTheDamage();
    void auditEvents();
    void positions();
    void backupAndRestore();
    void restoreRefusesALiveLog();
    void concurrentWriters();

private:
    std::unique_ptr<ServerStore> openStore(QString *error = nullptr) const;

    TestDatabase::Backend m_backend = TestDatabase::Backend::Sqlite;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerStore> m_store;
};

namespace {

constexpr qint64 kT0 = 1764200000000; // 2025-11-26, a fixed "now" for injected clocks
const QString kSite = QStringLiteral("desk-01");

Account account(const QString &name, Role role, const QString &scope)
{
    Account result;
    result.name = name;
    result.displayName = name;
    result.role = role;
    result.scope = scope;
    return result;
}
const Account kDispatcher = account(QStringLiteral("dina"), Role::Dispatcher, QStringLiteral("PMJ"));
const Account kSupervisor = account(QStringLiteral("surya"), Role::Supervisor, QStringLiteral("PMJ"));

Change makeChange(EntityKind entity, const QUuid &entityId, ChangeKind kind, const QVariantMap &fields,
                  const QString &actor = kDispatcher.name)
{
    static std::atomic<quint16> counter{0}; // the concurrency test makes changes on two threads
    Change change;
    change.opId = newUuidV7();
    change.siteId = kSite;
    change.hlc = Hlc::fromParts(kT0, ++counter);
    change.actor = actor;
    change.entity = entity;
    change.entityId = entityId;
    change.kind = kind;
    change.fields = fields;
    return change;
}

Change newIncident(const QString &station, QUuid *id = nullptr)
{
    const QUuid entity = newUuidV7();
    if (id)
        *id = entity;
    return makeChange(EntityKind::Incident, entity, ChangeKind::Create,
                      {{QStringLiteral("type_code"), QStringLiteral("kecelakaan")},
                       {QStringLiteral("station_code"), station},
                       {QStringLiteral("priority"), 2},
                       {QStringLiteral("road"), QStringLiteral("Jl. Jend. Sudirman")}});
}

Change note(const QUuid &incident, const QString &text)
{
    return makeChange(EntityKind::Incident, incident, ChangeKind::Note, {{QStringLiteral("text"), text}});
}

Change newUnit(const QString &station)
{
    return makeChange(EntityKind::Unit, newUuidV7(), ChangeKind::Create,
                      {{QStringLiteral("callsign"), station + QStringLiteral("-R2-01")},
                       {QStringLiteral("kind"), QStringLiteral("r2")},
                       {QStringLiteral("station_code"), station}});
}

QList<IncomingChange> batch(const QList<Change> &changes, quint64 firstClientSeq)
{
    QList<IncomingChange> result;
    for (const Change &change : changes)
        result.append({change, firstClientSeq++});
    return result;
}

QList<Change> notes(const QUuid &incident, int count)
{
    QList<Change> result;
    for (int i = 0; i < count; ++i)
        result.append(note(incident, QStringLiteral("Catatan %1").arg(i + 1)));
    return result;
}

bool hasEvent(const QList<AuditEvent> &events, const QString &event, const QString &detailPart = QString())
{
    return std::any_of(events.cbegin(), events.cend(), [&](const AuditEvent &e) {
        return e.event == event && (detailPart.isEmpty() || e.detail.contains(detailPart));
    });
}

QString describe(const QList<AuditEvent> &events)
{
    QStringList lines;
    for (const AuditEvent &e : events)
        lines.append(QStringLiteral("%1 %2 %3 %4").arg(e.event, e.actor, e.peer, e.detail));
    return lines.join(QLatin1Char('\n'));
}

// Checks the chain as a desk does: every hash from the previous one and the entry's own bytes.
void verifyEntries(const QList<LogEntry> &entries, const QByteArray &previous)
{
    QByteArray hash = previous;
    for (const LogEntry &entry : entries) {
        QCOMPARE(entry.body, sync::chainBody(entry.change, entry.serverSeq, entry.region));
        QCOMPARE(entry.hash, sync::chainHash(hash, entry.body));
        hash = entry.hash;
    }
}

} // namespace

std::unique_ptr<ServerStore> TestServerStore::openStore(QString *error) const
{
    QString message;
    auto store = ServerStore::open(m_db->url(), &message);
    if (store && !store->initialize(&message))
        store.reset();
    if (error)
        *error = message;
    return store;
}

void TestServerStore::initTestCase()
{
    m_backend = TestDatabase::backendFromEnvironment();
    qInfo() << "backend:" << TestDatabase::backendName(m_backend);
    QVERIFY(Passwords::ready());
    if (m_backend == TestDatabase::Backend::Postgresql)
        QVERIFY2(!TestDatabase::postgresMaintenanceUrl().isEmpty(),
                 "LINTAS_TEST_PG_URL is not set: run through ctest (the pg fixture starts the cluster)");
}

void TestServerStore::init()
{
    m_db = std::make_unique<TestDatabase>(m_backend);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    m_store = openStore(&error);
    QVERIFY2(m_store, qPrintable(error));
}

void TestServerStore::cleanup()
{
    m_store.reset(); // the connection closes before the database is dropped
    m_db.reset();
}

void TestServerStore::initializeIsIdempotent()
{
    const QString epoch = m_store->epoch();
    QVERIFY(!epoch.isEmpty());
    QString error;
    QVERIFY2(m_store->initialize(&error), qPrintable(error));
    QCOMPARE(m_store->epoch(), epoch);
    QVERIFY(m_store->addUser(kDispatcher, QStringLiteral("rahasia-1"), &error));

    // A second instance (another server process) finds the same database as it was.
    auto other = openStore(&error);
    QVERIFY2(other, qPrintable(error));
    QCOMPARE(other->epoch(), epoch);
    QCOMPARE(other->users().size(), 1);

    QVERIFY(m_store->renewEpoch(&error));
    QVERIFY(m_store->epoch() != epoch);
    QCOMPARE(other->epoch(), m_store->epoch());
}

void TestServerStore::refusesNewerSchema()
{
    QString error;
    QVERIFY2(m_db->exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"), {}, &error),
             qPrintable(error));
    auto store = ServerStore::open(m_db->url(), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->initialize(&error));
    QVERIFY2(error.contains(QStringLiteral("99")), qPrintable(error));
}

void TestServerStore::openErrorsHideThePassword()
{
    QString error;
    QVERIFY(!ServerStore::open(QStringLiteral("mysql://x/y"), &error));
    QVERIFY2(error.contains(QStringLiteral("mysql://x/y")), qPrintable(error));
    QVERIFY(!ServerStore::open(QStringLiteral("sqlite:"), &error));
    QVERIFY(!ServerStore::open(QStringLiteral("postgresql://lintas:s3cret@127.0.0.1:5432/"), &error));
    QVERIFY2(!error.contains(QStringLiteral("s3cret")), qPrintable(error));

    // Nothing listens on port 1: the connection fails, and the message names the URL but not the password.
    QVERIFY(!ServerStore::open(QStringLiteral("postgresql://lintas:s3cret@127.0.0.1:1/lintas"), &error));
    QVERIFY2(!error.contains(QStringLiteral("s3cret")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:1/lintas")), qPrintable(error));

    QCOMPARE(ServerStore::displayUrl(QStringLiteral("postgresql://lintas:s3cret@db.example:5433/lintas")),
             QStringLiteral("postgresql://lintas@db.example:5433/lintas"));
    QCOMPARE(ServerStore::displayUrl(QStringLiteral("sqlite:/var/lib/lintas/server.db")),
             QStringLiteral("sqlite:/var/lib/lintas/server.db"));
}

void TestServerStore::users()
{
    QString error;
    QVERIFY2(m_store->addUser(kSupervisor, QStringLiteral("pass-surya"), &error), qPrintable(error));
    QVERIFY2(m_store->addUser(kDispatcher, QStringLiteral("pass-dina"), &error), qPrintable(error));
    QVERIFY(!m_store->addUser(kDispatcher, QStringLiteral("again"), &error));
    QVERIFY2(error.contains(QStringLiteral("dina")), qPrintable(error));
    QVERIFY(!m_store->addUser(account(QStringLiteral("eko"), Role::Dispatcher, QStringLiteral("NOWHERE")),
                              QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("NOWHERE")), qPrintable(error));
    QVERIFY(!m_store->addUser(account(QStringLiteral("bad name"), Role::Dispatcher, QStringLiteral("PMJ")),
                              QStringLiteral("x"), &error));
    QVERIFY(!m_store->addUser(account(QStringLiteral("fajar"), Role::Dispatcher, QStringLiteral("PMJ")), QString(),
                              &error));

    const QList<Account> all = m_store->users();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("dina")); // by name
    QCOMPARE(all.at(1).name, QStringLiteral("surya"));
    QVERIFY(all.at(1).role == Role::Supervisor);
    QCOMPARE(all.at(1).scope, QStringLiteral("PMJ"));
    QVERIFY(!all.at(0).disabled);

    QVERIFY2(m_store->setPassword(QStringLiteral("dina"), QStringLiteral("baru-dina"), &error), qPrintable(error));
    QVERIFY(m_store->login(QStringLiteral("dina"), QStringLiteral("pass-dina"), QString(), kT0).outcome ==
            LoginResult::Outcome::BadCredentials);
    QVERIFY(m_store->login(QStringLiteral("dina"), QStringLiteral("baru-dina"), QString(), kT0).outcome ==
            LoginResult::Outcome::Ok);
    QVERIFY(!m_store->setPassword(QStringLiteral("nobody"), QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("nobody")), qPrintable(error));

    QVERIFY(m_store->setDisabled(QStringLiteral("dina"), true, &error));
    QVERIFY(m_store->user(QStringLiteral("dina"))->disabled);
    QVERIFY(!m_store->setDisabled(QStringLiteral("nobody"), true, &error));
    QVERIFY(!m_store->user(QStringLiteral("nobody")));
    QVERIFY(m_store->setDisabled(QStringLiteral("dina"), false, &error));
    QVERIFY(!m_store->user(QStringLiteral("dina"))->disabled);
}

void TestServerStore::loginOutcomes()
{
    QString error;
    QVERIFY(m_store->addUser(kDispatcher, QStringLiteral("pass-dina"), &error));

    const LoginResult ok =
        m_store->login(QStringLiteral("dina"), QStringLiteral("pass-dina"), QStringLiteral("10.0.0.7"), kT0);
    QVERIFY(ok.outcome == LoginResult::Outcome::Ok);
    QCOMPARE(ok.account.name, QStringLiteral("dina"));
    QVERIFY(ok.account.role == Role::Dispatcher);
    QCOMPARE(ok.account.scope, QStringLiteral("PMJ"));
    QVERIFY(ok.token.size() >= 40);
    QCOMPARE(ok.expiresMs, kT0 + 12LL * 3600 * 1000);

    QVERIFY(m_store->login(QStringLiteral("dina"), QStringLiteral("wrong"), QString(), kT0).outcome ==
            LoginResult::Outcome::BadCredentials);
    QVERIFY(m_store->login(QStringLiteral("ghost"), QStringLiteral("pass-dina"), QString(), kT0).outcome ==
            LoginResult::Outcome::BadCredentials);
    // A success resets the count of failures in a row.
    QVERIFY(m_store->login(QStringLiteral("dina"), QStringLiteral("pass-dina"), QString(), kT0).outcome ==
            LoginResult::Outcome::Ok);
    QCOMPARE(m_store->user(QStringLiteral("dina"))->failedLogins, 0);

    QVERIFY(m_store->setDisabled(QStringLiteral("dina"), true, &error));
    QVERIFY(m_store->login(QStringLiteral("dina"), QStringLiteral("pass-dina"), QString(), kT0).outcome ==
            LoginResult::Outcome::Disabled);
}

void TestServerStore::lockoutAfterFiveFailures()
{
    QString error;
    QVERIFY(m_store->addUser(kDispatcher, QStringLiteral("pass-dina"), &error));
    const QString peer = QStringLiteral("10.0.0.9");
    for (int i = 1; i <= 4; ++i) {
        const LoginResult result = m_store->login(QStringLiteral("dina"), QStringLiteral("guess"), peer, kT0 + i);
        QVERIFY2(result.outcome == LoginResult::Outcome::BadCredentials, qPrintable(QString::number(i)));
    }
    const LoginResult fifth = m_store->login(QStringLiteral("dina"), QStringLiteral("guess"), peer, kT0 + 5);
    QVERIFY(fifth.outcome == LoginResult::Outcome::Locked);
    const qint64 until = kT0 + 5 + 15LL * 60 * 1000;
    QCOMPARE(fifth.lockedUntilMs, until);
    QCOMPARE(m_store->user(QStringLiteral("dina"))->lockedUntilMs, until);

    // While locked, even the right password is refused.
    const LoginResult during = m_store->login(QStringLiteral("dina"), QStringLiteral("pass-dina"), peer, until - 1);
    QVERIFY(during.outcome == LoginResult::Outcome::Locked);
    QCOMPARE(during.lockedUntilMs, until);

    // After 15 minutes the right password works again, and the count starts over.
    QVERIFY(m_store->login(QStringLiteral("dina"), QStringLiteral("pass-dina"), peer, until).outcome ==
            LoginResult::Outcome::Ok);
    QVERIFY(m_store->login(QStringLiteral("dina"), QStringLiteral("guess"), peer, until + 1).outcome ==
            LoginResult::Outcome::BadCredentials);

    const QList<AuditEvent> events = m_store->auditEvents(0, 1000);
    QVERIFY2(hasEvent(events, QStringLiteral("lockout"), QStringLiteral("dina")), qPrintable(describe(events)));
    const auto lockout = std::find_if(events.cbegin(), events.cend(),
                                      [](const AuditEvent &e) { return e.event == QLatin1String("lockout"); });
    QCOMPARE(lockout->peer, peer);
    QCOMPARE(lockout->actor, QStringLiteral("dina"));
}

void TestServerStore::tokensAndExpiry()
{
    QString error;
    QVERIFY(m_store->addUser(kDispatcher, QStringLiteral("pass-dina"), &error));
    const LoginResult first = m_store->login(QStringLiteral("dina"), QStringLiteral("pass-dina"), QString(), kT0);
    const LoginResult second = m_store->login(QStringLiteral("dina"), QStringLiteral("pass-dina"), QString(), kT0);
    QVERIFY(first.token != second.token);

    const auto found = m_store->accountForToken(first.token, kT0 + 1000);
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("dina"));
    QVERIFY(m_store->accountForToken(first.token, first.expiresMs - 1));
    QVERIFY(!m_store->accountForToken(first.token, first.expiresMs));
    QVERIFY(!m_store->accountForToken(QStringLiteral("not-a-token"), kT0));
    QVERIFY(!m_store->accountForToken(QString(), kT0));

    // Disabling an account ends its sessions; a new password too.
    QVERIFY(m_store->setDisabled(QStringLiteral("dina"), true, &error));
    QVERIFY(!m_store->accountForToken(second.token, kT0 + 1000));
    QVERIFY(m_store->setDisabled(QStringLiteral("dina"), false, &error));
    const LoginResult third = m_store->login(QStringLiteral("dina"), QStringLiteral("pass-dina"), QString(), kT0);
    QVERIFY(m_store->accountForToken(third.token, kT0 + 1));
    QVERIFY(m_store->setPassword(QStringLiteral("dina"), QStringLiteral("baru"), &error));
    QVERIFY(!m_store->accountForToken(third.token, kT0 + 2));
}

void TestServerStore::secretsAreNotStoredInClear()
{
    QString error;
    QVERIFY(m_store->addUser(kDispatcher, QStringLiteral("pass-dina"), &error));
    QVariant hash;
    QVERIFY2(m_db->exec(QStringLiteral("SELECT password_hash FROM accounts WHERE name = ?"), {QStringLiteral("dina")},
                        &error, &hash),
             qPrintable(error));
    QVERIFY2(hash.toString().startsWith(QLatin1String("$argon2id$")), qPrintable(hash.toString()));
    QVERIFY(!hash.toString().contains(QLatin1String("pass-dina")));

    const LoginResult login = m_store->login(QStringLiteral("dina"), QStringLiteral("pass-dina"), QString(), kT0);
    QVariant stored;
    QVERIFY(m_db->exec(QStringLiteral("SELECT token_digest FROM sessions"), {}, &error, &stored));
    QCOMPARE(stored.toString(), Passwords::tokenDigest(login.token));
    QVERIFY(stored.toString() != login.token);
}

void TestServerStore::pushAppendsAndChains()
{
    QUuid incident;
    QList<Change> changes{newIncident(QStringLiteral("JAKPUS"), &incident)};
    changes += notes(incident, 4);
    const QList<PushOutcome> outcomes = m_store->push(kDispatcher, kSite, batch(changes, 1), kT0);
    QCOMPARE(outcomes.size(), 5);
    for (int i = 0; i < outcomes.size(); ++i) {
        QVERIFY(outcomes.at(i).status == PushOutcome::Status::Accepted);
        QCOMPARE(outcomes.at(i).opId, changes.at(i).opId);
        QCOMPARE(outcomes.at(i).serverSeq, quint64(i + 1));
    }
    QCOMPARE(m_store->headSeq(QStringLiteral("PMJ")), quint64(5));
    QCOMPARE(m_store->regions(), QStringList{QStringLiteral("PMJ")});

    const QList<LogEntry> entries = m_store->entriesAfter(QStringLiteral("PMJ"), 0, 100);
    QCOMPARE(entries.size(), 5);
    verifyEntries(entries, QByteArray());
    for (int i = 0; i < entries.size(); ++i) {
        const LogEntry &entry = entries.at(i);
        QCOMPARE(entry.region, QStringLiteral("PMJ"));
        QCOMPARE(entry.serverSeq, quint64(i + 1));
        QCOMPARE(entry.clientSeq, quint64(i + 1));
        QCOMPARE(entry.change.opId, changes.at(i).opId);
        QCOMPARE(entry.change.fields, changes.at(i).fields);
        QCOMPARE(entry.change.hlc, changes.at(i).hlc);
        QCOMPARE(m_store->hashAt(QStringLiteral("PMJ"), entry.serverSeq), entry.hash);
    }
    QVERIFY(m_store->hashAt(QStringLiteral("PMJ"), 0).isEmpty());
    QVERIFY(m_store->hashAt(QStringLiteral("PMJ"), 99).isEmpty());

    const QList<LogEntry> middle = m_store->entriesAfter(QStringLiteral("PMJ"), 2, 2);
    QCOMPARE(middle.size(), 2);
    QCOMPARE(middle.at(0).serverSeq, quint64(3));
    QCOMPARE(middle.at(1).serverSeq, quint64(4));
    verifyEntries(middle, m_store->hashAt(QStringLiteral("PMJ"), 2));
    QVERIFY(m_store->entriesAfter(QStringLiteral("PMJ"), 5, 100).isEmpty());
    QVERIFY(m_store->entriesAfter(QStringLiteral("JABAR"), 0, 100).isEmpty());

    // A later batch continues the chain.
    const QList<PushOutcome> more = m_store->push(kDispatcher, kSite, batch(notes(incident, 2), 6), kT0);
    QCOMPARE(more.at(1).serverSeq, quint64(7));
    verifyEntries(m_store->entriesAfter(QStringLiteral("PMJ"), 0, 100), QByteArray());
    QVERIFY(m_store->verifyChain(QStringLiteral("PMJ")).ok);
    QCOMPARE(m_store->verifyChain(QStringLiteral("PMJ")).checked, quint64(7));
    QVERIFY2(m_store->lastError().isEmpty(), qPrintable(m_store->lastError()));
}

void TestServerStore::duplicates()
{
    QUuid incident;
    QList<Change> changes{newIncident(QStringLiteral("JAKUT"), &incident)};
    changes += notes(incident, 2);
    QVERIFY(m_store->push(kDispatcher, kSite, batch(changes, 1), kT0).size() == 3);

    // The same batch again (the ack was lost): every change answered duplicate with its seq, nothing appended.
    const QList<PushOutcome> again = m_store->push(kDispatcher, kSite, batch(changes, 1), kT0 + 10);
    QCOMPARE(again.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(again.at(i).status == PushOutcome::Status::Duplicate);
        QCOMPARE(again.at(i).serverSeq, quint64(i + 1));
    }
    QCOMPARE(m_store->headSeq(QStringLiteral("PMJ")), quint64(3));

    // A repeat inside one batch, after a new change.
    const Change fresh = note(incident, QStringLiteral("baru"));
    const QList<PushOutcome> mixed = m_store->push(kDispatcher, kSite, batch({fresh, fresh, changes.at(0)}, 4), kT0);
    QVERIFY(mixed.at(0).status == PushOutcome::Status::Accepted);
    QCOMPARE(mixed.at(0).serverSeq, quint64(4));
    QVERIFY(mixed.at(1).status == PushOutcome::Status::Duplicate);
    QCOMPARE(mixed.at(1).serverSeq, quint64(4));
    QVERIFY(mixed.at(2).status == PushOutcome::Status::Duplicate);
    QCOMPARE(mixed.at(2).serverSeq, quint64(1));
    QCOMPARE(m_store->headSeq(QStringLiteral("PMJ")), quint64(4));
    QVERIFY(m_store->verifyChain(QStringLiteral("PMJ")).ok);
}

void TestServerStore::rejections()
{
    QUuid incident;
    const Change create = newIncident(QStringLiteral("JAKSEL"), &incident);
    const Change roster = newUnit(QStringLiteral("JAKSEL"));                    // supervisor only
    const Change elsewhere = newIncident(QStringLiteral("BANDUNG"));            // another Polda
    const Change afterwards = note(incident, QStringLiteral("tetap diterima")); // not blocked
    const QList<PushOutcome> outcomes =
        m_store->push(kDispatcher, kSite, batch({create, roster, elsewhere, afterwards}, 1), kT0);
    QCOMPARE(outcomes.size(), 4);
    QVERIFY(outcomes.at(0).status == PushOutcome::Status::Accepted);
    QVERIFY(outcomes.at(1).status == PushOutcome::Status::Rejected);
    QCOMPARE(outcomes.at(1).reasonCode, QStringLiteral("forbidden_role"));
    QVERIFY(!outcomes.at(1).reason.isEmpty());
    QVERIFY(outcomes.at(2).status == PushOutcome::Status::Rejected);
    QCOMPARE(outcomes.at(2).reasonCode, QStringLiteral("out_of_scope"));
    QVERIFY(outcomes.at(3).status == PushOutcome::Status::Accepted);
    QCOMPARE(outcomes.at(3).serverSeq, quint64(2));
    QCOMPARE(m_store->headSeq(QStringLiteral("PMJ")), quint64(2));

    // An auditor reads only.
    const Account auditor = account(QStringLiteral("anton"), Role::Auditor, QStringLiteral("PMJ"));
    const Change byAuditor = note(incident, QStringLiteral("audit"));
    const QList<PushOutcome> audited = m_store->push(auditor, QStringLiteral("desk-audit"), batch({byAuditor}, 1), kT0);
    QVERIFY(audited.at(0).status == PushOutcome::Status::Rejected);
    QCOMPARE(audited.at(0).reasonCode, QStringLiteral("read_only"));

    // Rejected again with the same reason, even when someone who may make the change repeats it.
    const QList<PushOutcome> repeat = m_store->push(kSupervisor, kSite, batch({roster, byAuditor}, 2), kT0 + 1);
    QVERIFY(repeat.at(0).status == PushOutcome::Status::Rejected);
    QCOMPARE(repeat.at(0).reasonCode, outcomes.at(1).reasonCode);
    QCOMPARE(repeat.at(0).reason, outcomes.at(1).reason);
    QVERIFY(repeat.at(1).status == PushOutcome::Status::Rejected);
    QCOMPARE(repeat.at(1).reason, audited.at(0).reason);
    QCOMPARE(m_store->headSeq(QStringLiteral("PMJ")), quint64(2));

    const QList<AuditEvent> events = m_store->auditEvents(0, 1000);
    QVERIFY2(hasEvent(events, QStringLiteral("change_rejected"), roster.opId.toString(QUuid::WithoutBraces)),
             qPrintable(describe(events)));
    QVERIFY2(hasEvent(events, QStringLiteral("change_rejected"), QStringLiteral("out_of_scope")),
             qPrintable(describe(events)));
    QVERIFY2(hasEvent(events, QStringLiteral("change_rejected"), QStringLiteral("read_only")),
             qPrintable(describe(events)));
    QVERIFY(m_store->verifyChain(QStringLiteral("PMJ")).ok);
}

void TestServerStore::scopeFollowsTheLog()
{
    // An incident of Jakarta Selatan, then a dispatcher of Jakarta Pusat who may not touch it until it moves.
    QUuid incident;
    QVERIFY(m_store->push(kDispatcher, kSite, batch({newIncident(QStringLiteral("JAKSEL"), &incident)}, 1), kT0)
                .at(0)
                .status == PushOutcome::Status::Accepted);
    const Account pusat = account(QStringLiteral("putri"), Role::Dispatcher, QStringLiteral("JAKPUS"));
    const QList<PushOutcome> refused =
        m_store->push(pusat, QStringLiteral("desk-pusat"), batch({note(incident, QStringLiteral("x"))}, 1), kT0);
    QCOMPARE(refused.at(0).reasonCode, QStringLiteral("out_of_scope"));

    const Change move = makeChange(EntityKind::Incident, incident, ChangeKind::Set,
                                   {{QStringLiteral("station_code"), QStringLiteral("JAKPUS")}});
    QVERIFY(m_store->push(kDispatcher, kSite, batch({move}, 2), kT0).at(0).status == PushOutcome::Status::Accepted);
    QVERIFY(m_store->push(pusat, QStringLiteral("desk-pusat"), batch({note(incident, QStringLiteral("y"))}, 2), kT0)
                .at(0)
                .status == PushOutcome::Status::Accepted);

    // The other Polda cannot reach it, even with an account of full rights there.
    const Account jabar = account(QStringLiteral("jaka"), Role::Supervisor, QStringLiteral("JABAR"));
    const QList<PushOutcome> foreign =
        m_store->push(jabar, QStringLiteral("desk-bandung"), batch({note(incident, QStringLiteral("z"))}, 1), kT0);
    QCOMPARE(foreign.at(0).reasonCode, QStringLiteral("out_of_scope"));

    // An entity first seen without a station is pinned to the region that logged it.
    const QUuid loose = newUuidV7();
    QVERIFY(
        m_store->push(kDispatcher, kSite, batch({note(loose, QStringLiteral("tanpa stasiun"))}, 3), kT0).at(0).status ==
        PushOutcome::Status::Accepted);
    QCOMPARE(m_store->push(jabar, QStringLiteral("desk-bandung"), batch({note(loose, QStringLiteral("z"))}, 2), kT0)
                 .at(0)
                 .reasonCode,
             QStringLiteral("out_of_scope"));
}

void TestServerStore::privilegeUseIsAudited()
{
    const Change roster = newUnit(QStringLiteral("JAKTIM"));
    const QList<PushOutcome> outcomes = m_store->push(kSupervisor, kSite, batch({roster}, 1), kT0);
    QVERIFY(outcomes.at(0).status == PushOutcome::Status::Accepted);
    QVERIFY2(hasEvent(m_store->auditEvents(0, 100), QStringLiteral("privilege_use"),
                      roster.opId.toString(QUuid::WithoutBraces)),
             qPrintable(describe(m_store->auditEvents(0, 100))));
    // An everyday change is no privilege.
    QUuid incident;
    m_store->push(kSupervisor, kSite, batch({newIncident(QStringLiteral("JAKTIM"), &incident)}, 2), kT0);
    const QList<AuditEvent> events = m_store->auditEvents(0, 100);
    const auto uses = std::count_if(events.cbegin(), events.cend(),
                                    [](const AuditEvent &e) { return e.event == QLatin1String("privilege_use"); });
    QCOMPARE(uses, 1);
}

void TestServerStore::thresholdsAreTheSupervisors()
{
    // The region's response thresholds travel as a Setting: a dispatcher's edit is refused, a supervisor's with a
    // Polda-wide scope accepted (and audited as a supervisor's right), a Polres-scoped supervisor's refused.
    QVariantMap fields = ResponseThresholds::defaults().toFields();
    fields.insert(QStringLiteral("p1_dispatch_s"), 90);
    fields.insert(QStringLiteral("station_code"), QStringLiteral("PMJ"));
    const Change byDispatcher =
        makeChange(EntityKind::Setting, responseThresholdsId(), ChangeKind::Create, fields, kDispatcher.name);
    const QList<PushOutcome> refused = m_store->push(kDispatcher, kSite, batch({byDispatcher}, 1), kT0);
    QVERIFY(refused.at(0).status == PushOutcome::Status::Rejected);
    QCOMPARE(refused.at(0).reasonCode, QStringLiteral("forbidden_role"));
    QVERIFY2(refused.at(0).reason.contains(QStringLiteral("settings")), qPrintable(refused.at(0).reason));

    const Change bySupervisor =
        makeChange(EntityKind::Setting, responseThresholdsId(), ChangeKind::Create, fields, kSupervisor.name);
    const QList<PushOutcome> accepted = m_store->push(kSupervisor, kSite, batch({bySupervisor}, 2), kT0);
    QVERIFY(accepted.at(0).status == PushOutcome::Status::Accepted);
    QVERIFY2(hasEvent(m_store->auditEvents(0, 100), QStringLiteral("privilege_use"),
                      bySupervisor.opId.toString(QUuid::WithoutBraces)),
             qPrintable(describe(m_store->auditEvents(0, 100))));
    const QList<LogEntry> logged = m_store->entriesAfter(QStringLiteral("PMJ"), 0, 10);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(toString(logged.at(0).change.entity), QStringLiteral("setting"));
    QCOMPARE(logged.at(0).change.fields.value(QStringLiteral("p1_dispatch_s")).toInt(), 90);

    // Later edits are Sets of the same record: still the Polda's, not some station's.
    const Change set = makeChange(EntityKind::Setting, responseThresholdsId(), ChangeKind::Set,
                                  {{QStringLiteral("amber_share"), 0.6}}, kSupervisor.name);
    QVERIFY(m_store->push(kSupervisor, kSite, batch({set}, 3), kT0).at(0).status == PushOutcome::Status::Accepted);
    const Account polresSupervisor = account(QStringLiteral("sinta"), Role::Supervisor, QStringLiteral("JAKPUS"));
    const Change narrow = makeChange(EntityKind::Setting, responseThresholdsId(), ChangeKind::Set,
                                     {{QStringLiteral("amber_share"), 0.7}}, polresSupervisor.name);
    QCOMPARE(m_store->push(polresSupervisor, QStringLiteral("desk-pusat"), batch({narrow}, 1), kT0).at(0).reasonCode,
             QStringLiteral("out_of_scope"));

    // Every Polda has its own thresholds under the same id: another region's supervisor sets theirs, and ours
    // stay ours to change.
    const Account jabar = account(QStringLiteral("jaka"), Role::Supervisor, QStringLiteral("JABAR"));
    QVariantMap theirs = fields;
    theirs.insert(QStringLiteral("station_code"), QStringLiteral("JABAR"));
    const Change jabarCreate =
        makeChange(EntityKind::Setting, responseThresholdsId(), ChangeKind::Create, theirs, jabar.name);
    QVERIFY(m_store->push(jabar, QStringLiteral("desk-bandung"), batch({jabarCreate}, 1), kT0).at(0).status ==
            PushOutcome::Status::Accepted);
    const Change again = makeChange(EntityKind::Setting, responseThresholdsId(), ChangeKind::Set,
                                    {{QStringLiteral("amber_share"), 0.65}}, kSupervisor.name);
    QVERIFY(m_store->push(kSupervisor, kSite, batch({again}, 4), kT0).at(0).status == PushOutcome::Status::Accepted);
    QCOMPARE(m_store->entriesAfter(QStringLiteral("JABAR"), 0, 10).size(), 1);
    // Nor may one region create the thresholds of another.
    const Change foreign =
        makeChange(EntityKind::Setting, responseThresholdsId(), ChangeKind::Create, theirs, kSupervisor.name);
    QCOMPARE(m_store->push(kSupervisor, kSite, batch({foreign}, 5), kT0).at(0).reasonCode,
             QStringLiteral("out_of_scope"));
}

void TestServerStore::dispatchOverrideIsAudited()
{
    QUuid incident;
    const Change create = newIncident(QStringLiteral("JAKPUS"), &incident);
    const QUuid recommended = newUuidV7();
    const QUuid chosen = newUuidV7();
    const Change overriding =
        makeChange(EntityKind::Incident, incident, ChangeKind::Dispatch,
                   {{QStringLiteral("unit_id"), chosen.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("recommended_unit_id"), recommended.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("rank"), 3},
                    {QStringLiteral("override_reason"), QStringLiteral("R4 terjebak banjir")}});
    const Change asRecommended =
        makeChange(EntityKind::Incident, incident, ChangeKind::Dispatch,
                   {{QStringLiteral("unit_id"), recommended.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("recommended_unit_id"), recommended.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("rank"), 1}});
    const QList<PushOutcome> outcomes =
        m_store->push(kDispatcher, kSite, batch({create, overriding, asRecommended}, 1), kT0);
    for (const PushOutcome &outcome : outcomes)
        QVERIFY(outcome.status == PushOutcome::Status::Accepted);

    const QList<AuditEvent> events = m_store->auditEvents(0, 100);
    const auto overrides = std::count_if(events.cbegin(), events.cend(), [](const AuditEvent &e) {
        return e.event == QLatin1String("dispatch_override");
    });
    QCOMPARE(overrides, 1);
    const auto event = std::find_if(events.cbegin(), events.cend(),
                                    [](const AuditEvent &e) { return e.event == QLatin1String("dispatch_override"); });
    QCOMPARE(event->actor, kDispatcher.name);
    for (const QString &part :
         {incident.toString(QUuid::WithoutBraces), recommended.toString(QUuid::WithoutBraces),
          chosen.toString(QUuid::WithoutBraces), QStringLiteral("R4 terjebak banjir"), kDispatcher.name})
        QVERIFY2(event->detail.contains(part), qPrintable(event->detail));
}

void TestServerStore::highWater()
{
    QCOMPARE(m_store->highWater(kSite), quint64(0));
    QUuid incident;
    QList<IncomingChange> changes{{newIncident(QStringLiteral("JAKBAR"), &incident), 3},
                                  {note(incident, QStringLiteral("a")), 7},
                                  {newUnit(QStringLiteral("JAKBAR")), 9}}; // rejected: still answered
    const QList<PushOutcome> outcomes = m_store->push(kDispatcher, kSite, changes, kT0);
    QVERIFY(outcomes.at(2).status == PushOutcome::Status::Rejected);
    QCOMPARE(m_store->highWater(kSite), quint64(9));
    QCOMPARE(m_store->highWater(QStringLiteral("desk-02")), quint64(0));

    // Replays of older changes never lower it.
    m_store->push(kDispatcher, kSite, changes.mid(0, 1), kT0);
    QCOMPARE(m_store->highWater(kSite), quint64(9));
    m_store->push(kDispatcher, QStringLiteral("desk-02"), {{note(incident, QStringLiteral("b")), 4}}, kT0);
    QCOMPARE(m_store->highWater(QStringLiteral("desk-02")), quint64(4));
    QCOMPARE(m_store->highWater(kSite), quint64(9));
}

void TestServerStore::regionsAreIndependent()
{
    const Account jabar = account(QStringLiteral("jaka"), Role::Dispatcher, QStringLiteral("BANDUNG"));
    QUuid jakarta;
    QUuid bandung;
    m_store->push(kDispatcher, kSite, batch({newIncident(QStringLiteral("JAKPUS"), &jakarta)}, 1), kT0);
    const QList<PushOutcome> first = m_store->push(jabar, QStringLiteral("desk-bdg"),
                                                   batch({newIncident(QStringLiteral("BANDUNG"), &bandung)}, 1), kT0);
    QVERIFY(first.at(0).status == PushOutcome::Status::Accepted);
    QCOMPARE(first.at(0).serverSeq, quint64(1)); // its own numbering
    m_store->push(kDispatcher, kSite, batch(notes(jakarta, 3), 2), kT0);
    m_store->push(jabar, QStringLiteral("desk-bdg"), batch(notes(bandung, 2), 2), kT0);

    QCOMPARE(m_store->headSeq(QStringLiteral("PMJ")), quint64(4));
    QCOMPARE(m_store->headSeq(QStringLiteral("JABAR")), quint64(3));
    QCOMPARE(m_store->regions(), (QStringList{QStringLiteral("JABAR"), QStringLiteral("PMJ")}));
    const QList<LogEntry> west = m_store->entriesAfter(QStringLiteral("JABAR"), 0, 100);
    QCOMPARE(west.size(), 3);
    for (const LogEntry &entry : west) {
        QCOMPARE(entry.region, QStringLiteral("JABAR"));
        QCOMPARE(entry.change.entityId, bandung);
    }
    verifyEntries(west, QByteArray());
    QVERIFY(m_store->verifyChain(QStringLiteral("PMJ")).ok);
    QVERIFY(m_store->verifyChain(QStringLiteral("JABAR")).ok);
    // An account of one Polda cannot write the other's records.
    QCOMPARE(m_store->push(jabar, QStringLiteral("desk-bdg"), batch({note(jakarta, QStringLiteral("x"))}, 9), kT0)
                 .at(0)
                 .reasonCode,
             QStringLiteral("out_of_scope"));
}

void TestServerStore::verifyNamesTheDamage()
{
    QUuid incident;
    QList<Change> changes{newIncident(QStringLiteral("JAKPUS"), &incident)};
    changes += notes(incident, 5);
    m_store->push(kDispatcher, kSite, batch(changes, 1), kT0);
    const QString region = QStringLiteral("PMJ");
    ChainReport report = m_store->verifyChain(region);
    QVERIFY2(report.ok, qPrintable(report.problem));
    QCOMPARE(report.checked, quint64(6));
    QCOMPARE(report.firstBadSeq, quint64(0));

    const QList<LogEntry> entries = m_store->entriesAfter(region, 0, 100);
    const auto setBody = [&](quint64 seq, const QByteArray &body) {
        QString error;
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE region_log SET body = ? WHERE region = ? AND seq = ?"),
                            {body, region, qint64(seq)}, &error),
                 qPrintable(error));
    };

    // Altered: a note's text changed in place, bytes still well-formed.
    QByteArray altered = entries.at(2).body;
    altered.replace("Catatan 2", "Catatan X");
    QVERIFY(altered != entries.at(2).body);
    setBody(3, altered);
    report = m_store->verifyChain(region);
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBadSeq, quint64(3));
    QVERIFY2(report.problem.contains(QStringLiteral("entry 3 was altered")), qPrintable(report.problem));
    QCOMPARE(report.checked, quint64(2));
    setBody(3, entries.at(2).body);
    QVERIFY(m_store->verifyChain(region).ok);

    // Reordered: two entries' bytes swapped.
    setBody(2, entries.at(4).body);
    setBody(5, entries.at(1).body);
    report = m_store->verifyChain(region);
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBadSeq, quint64(2));
    QVERIFY2(report.problem.contains(QStringLiteral("entries 2 and 5 are out of order")), qPrintable(report.problem));
    setBody(2, entries.at(1).body);
    setBody(5, entries.at(4).body);
    QVERIFY(m_store->verifyChain(region).ok);

    // Removed: an entry deleted from the middle, then the last one.
    QString error;
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM region_log WHERE region = ? AND seq = ?"), {region, 4}, &error));
    report = m_store->verifyChain(region);
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBadSeq, quint64(4));
    QVERIFY2(report.problem.contains(QStringLiteral("entry 4 was removed")), qPrintable(report.problem));

    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM region_log WHERE region = ? AND seq >= ?"), {region, 4}, &error));
    report = m_store->verifyChain(region);
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBadSeq, quint64(4)); // the head still says 6
    QVERIFY2(report.problem.contains(QStringLiteral("entries 4 to 6 were removed")), qPrintable(report.problem));

    // An op id column that no longer matches the bytes.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE region_log SET op_id = ? WHERE region = ? AND seq = ?"),
                       {newUuidV7().toString(QUuid::WithoutBraces), region, 2}, &error));
    report = m_store->verifyChain(region);
    QCOMPARE(report.firstBadSeq, quint64(2));
    QVERIFY2(report.problem.contains(QStringLiteral("op id")), qPrintable(report.problem));
}

void TestServerStore::auditEvents()
{
    QString error;
    QVERIFY(m_store->addUser(kDispatcher, QStringLiteral("pass-dina"), &error));
    // An injected clock a day ahead, so that the window below leaves out "user_added" (written at the real time).
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() + 24LL * 3600 * 1000;
    const QString peer = QStringLiteral("192.0.2.10");
    m_store->login(QStringLiteral("dina"), QStringLiteral("pass-dina"), peer, t0);
    m_store->login(QStringLiteral("dina"), QStringLiteral("nope"), peer, t0 + 1);
    m_store->login(QStringLiteral("siapa"), QStringLiteral("nope"), peer, t0 + 2);
    m_store->audit({t0 + 3, QStringLiteral("bad_input"), QString(), peer, QStringLiteral("frame too large")});

    const QList<AuditEvent> events = m_store->auditEvents(t0, 100);
    QVERIFY2(hasEvent(events, QStringLiteral("login"), QStringLiteral("dina")), qPrintable(describe(events)));
    QVERIFY2(hasEvent(events, QStringLiteral("login_failed"), QStringLiteral("dina")), qPrintable(describe(events)));
    QVERIFY2(hasEvent(events, QStringLiteral("login_failed"), QStringLiteral("siapa")), qPrintable(describe(events)));
    QVERIFY(hasEvent(events, QStringLiteral("bad_input"), QStringLiteral("frame too large")));
    QCOMPARE(events.size(), 4);
    for (const AuditEvent &event : events) {
        QVERIFY(event.atMs >= t0);
        QCOMPARE(event.peer, peer);
    }
    // In the order written; the window and the limit apply.
    QCOMPARE(events.first().event, QStringLiteral("login"));
    QCOMPARE(events.first().actor, QStringLiteral("dina"));
    QCOMPARE(events.last().event, QStringLiteral("bad_input"));
    QCOMPARE(m_store->auditEvents(t0 + 3, 100).size(), 1);
    QCOMPARE(m_store->auditEvents(0, 2).size(), 2);
    QVERIFY(hasEvent(m_store->auditEvents(0, 100), QStringLiteral("user_added"), QStringLiteral("dina")));
}

void TestServerStore::positions()
{
    const QUuid unit = newUuidV7();
    const auto at = [&](qint64 offsetMs, double latitude, double longitude) {
        sync::UnitPosition p;
        p.unitId = unit;
        p.callsign = QStringLiteral("JAKPUS-R2-01");
        p.latitude = latitude;
        p.longitude = longitude;
        p.headingDeg = 90;
        p.speedKmh = 30;
        p.accuracyM = 5;
        p.atMs = kT0 + offsetMs;
        return p;
    };
    // 0.0009° of latitude is about 100 m.
    m_store->storePositions(QStringLiteral("PMJ"), {at(0, -6.1800, 106.8200)});
    m_store->storePositions(QStringLiteral("PMJ"), {at(5000, -6.1801, 106.8200), at(10000, -6.1802, 106.8200)});
    QCOMPARE(m_store->trail(unit, 0).size(), 1);                                    // 10 s and ~20 m: not yet
    m_store->storePositions(QStringLiteral("PMJ"), {at(31000, -6.1803, 106.8200)}); // 31 s since the last point
    m_store->storePositions(QStringLiteral("PMJ"), {at(36000, -6.1815, 106.8200)}); // 5 s but ~130 m
    m_store->storePositions(QStringLiteral("PMJ"), {at(2000, -6.3000, 106.9000)});  // late and old: ignored

    const sync::UnitPositions trail = m_store->trail(unit, 0);
    QCOMPARE(trail.size(), 3);
    QCOMPARE(trail.at(0).atMs, kT0);
    QCOMPARE(trail.at(1).atMs, kT0 + 31000);
    QCOMPARE(trail.at(2).atMs, kT0 + 36000);
    QCOMPARE(trail.at(2).callsign, QStringLiteral("JAKPUS-R2-01"));
    QCOMPARE(m_store->trail(unit, kT0 + 31000).size(), 2);

    const sync::UnitPositions latest = m_store->latestPositions(QStringLiteral("PMJ"));
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.at(0).unitId, unit);
    QCOMPARE(latest.at(0).atMs, kT0 + 36000);
    QCOMPARE(latest.at(0).latitude, -6.1815);
    QCOMPARE(latest.at(0).speedKmh, 30.0);
    QVERIFY(m_store->latestPositions(QStringLiteral("JABAR")).isEmpty());
    QVERIFY2(m_store->lastError().isEmpty(), qPrintable(m_store->lastError()));
}

void TestServerStore::backupAndRestore()
{
    QString error;
    QVERIFY(m_store->addUser(kDispatcher, QStringLiteral("pass-dina"), &error));
    QUuid incident;
    QList<Change> changes{newIncident(QStringLiteral("JAKPUS"), &incident)};
    changes += notes(incident, 9);
    m_store->push(kDispatcher, kSite, batch(changes, 1), kT0);
    m_store->push(kDispatcher, kSite, batch({newUnit(QStringLiteral("JAKPUS"))}, 11), kT0); // a rejection
    const QString originalEpoch = m_store->epoch();
    const QList<LogEntry> original = m_store->entriesAfter(QStringLiteral("PMJ"), 0, 100);

    const QString file = m_db->scratchFile(QStringLiteral("backup.lintasdb"));
    QVERIFY2(m_store->backup(file, &error), qPrintable(error));
    QVERIFY(QFileInfo(file).isFile());
    QVERIFY(!m_store->backup(file, &error)); // never overwrites
    QVERIFY2(error.contains(file), qPrintable(error));
    QCOMPARE(m_store->epoch(), originalEpoch); // the live log keeps its epoch
    QVERIFY(hasEvent(m_store->auditEvents(0, 100), QStringLiteral("backup")));

    // The file itself is a store, with its own new epoch.
    QString backupEpoch;
    {
        auto copy = ServerStore::open(QStringLiteral("sqlite:") + file, &error);
        QVERIFY2(copy, qPrintable(error));
        backupEpoch = copy->epoch();
        QVERIFY(!backupEpoch.isEmpty());
        QVERIFY(backupEpoch != originalEpoch);
        QCOMPARE(copy->headSeq(QStringLiteral("PMJ")), quint64(10));
    }

    // Restored into a fresh database of the same backend: same entries and accounts, another new epoch.
    TestDatabase target(m_backend);
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    QVERIFY2(ServerStore::restore(file, target.url(), &error), qPrintable(error));
    auto restored = ServerStore::open(target.url(), &error);
    QVERIFY2(restored, qPrintable(error));
    QVERIFY(restored->initialize(&error));
    QVERIFY(restored->epoch() != originalEpoch);
    QVERIFY(restored->epoch() != backupEpoch);
    QVERIFY(restored->verifyChain(QStringLiteral("PMJ")).ok);
    const QList<LogEntry> copied = restored->entriesAfter(QStringLiteral("PMJ"), 0, 100);
    QCOMPARE(copied.size(), original.size());
    for (int i = 0; i < copied.size(); ++i) {
        QCOMPARE(copied.at(i).serverSeq, original.at(i).serverSeq);
        QCOMPARE(copied.at(i).body, original.at(i).body);
        QCOMPARE(copied.at(i).hash, original.at(i).hash);
        QCOMPARE(copied.at(i).clientSeq, original.at(i).clientSeq);
    }
    QCOMPARE(restored->highWater(kSite), quint64(11));
    QCOMPARE(restored->users().size(), 1);
    QVERIFY(restored->login(QStringLiteral("dina"), QStringLiteral("pass-dina"), QString(), kT0).outcome ==
            LoginResult::Outcome::Ok);
    // Replays after the restore: duplicates and the old rejection come back as before; new changes continue
    // the chain, and new audit events get ids after the copied ones.
    const QList<PushOutcome> replay =
        restored->push(kDispatcher, kSite, batch({changes.at(3), note(incident, QStringLiteral("baru"))}, 4), kT0);
    QVERIFY(replay.at(0).status == PushOutcome::Status::Duplicate);
    QCOMPARE(replay.at(1).serverSeq, quint64(11));
    QVERIFY(restored->verifyChain(QStringLiteral("PMJ")).ok);
    QVERIFY(hasEvent(restored->auditEvents(0, 1000), QStringLiteral("restored")));
    QVERIFY(hasEvent(restored->auditEvents(0, 1000), QStringLiteral("change_rejected")));
}

void TestServerStore::restoreRefusesALiveLog()
{
    QString error;
    QUuid incident;
    m_store->push(kDispatcher, kSite, batch({newIncident(QStringLiteral("JAKPUS"), &incident)}, 1), kT0);
    const QString file = m_db->scratchFile(QStringLiteral("backup.lintasdb"));
    QVERIFY2(m_store->backup(file, &error), qPrintable(error));

    QVERIFY(!ServerStore::restore(file, m_db->url(), &error));
    QVERIFY2(error.contains(QStringLiteral("1 log entries")) || error.contains(QStringLiteral("log entries")),
             qPrintable(error));
    QVERIFY(!ServerStore::restore(m_db->scratchFile(QStringLiteral("missing.lintasdb")), m_db->url(), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.lintasdb")), qPrintable(error));

    // A damaged backup is refused before anything is replaced.
    {
        TestDatabase copy(TestDatabase::Backend::Sqlite);
        QVERIFY(copy.isValid());
        QVERIFY(QFile::copy(file, copy.sqlitePath()));
        QVERIFY(
            copy.exec(QStringLiteral("UPDATE region_log SET hash = ? WHERE seq = 1"), {QByteArray(32, 'x')}, &error));
        TestDatabase target(m_backend);
        QVERIFY(!ServerStore::restore(copy.sqlitePath(), target.url(), &error));
        QVERIFY2(error.contains(QStringLiteral("entry 1")), qPrintable(error));
    }
}

void TestServerStore::concurrentWriters()
{
    // Two server connections push interleaved batches for one region from two threads; the log must come out
    // numbered 1..N without a gap, every change once, and chained in seq order.
    constexpr int kBatches = 30;
    constexpr int kPerBatch = 4;
    QUuid incident;
    QVERIFY(m_store->push(kDispatcher, kSite, batch({newIncident(QStringLiteral("JAKPUS"), &incident)}, 1), kT0)
                .at(0)
                .status == PushOutcome::Status::Accepted);

    const QString url = m_db->url();
    struct Result
    {
        QString error;
        QList<quint64> seqs;
    };
    Result results[2];
    const auto writer = [&](int index) {
        Result &result = results[index];
        QString error;
        std::unique_ptr<ServerStore> store = ServerStore::open(url, &error);
        if (!store || !store->initialize(&error)) {
            result.error = error;
            return;
        }
        const QString site = QStringLiteral("desk-%1").arg(index);
        for (int b = 0; b < kBatches; ++b) {
            QList<IncomingChange> changes;
            for (int i = 0; i < kPerBatch; ++i)
                changes.append({note(incident, QStringLiteral("%1-%2-%3").arg(index).arg(b).arg(i)),
                                quint64(b * kPerBatch + i + 1)});
            const QList<PushOutcome> outcomes = store->push(kDispatcher, site, changes, kT0);
            if (outcomes.size() != changes.size()) {
                result.error = QStringLiteral("batch %1: %2").arg(b).arg(store->lastError());
                return;
            }
            for (const PushOutcome &outcome : outcomes) {
                if (outcome.status != PushOutcome::Status::Accepted) {
                    result.error = QStringLiteral("batch %1: %2").arg(b).arg(outcome.reason);
                    return;
                }
                result.seqs.append(outcome.serverSeq);
            }
        }
    };
    std::thread first(writer, 0);
    std::thread second(writer, 1);
    first.join();
    second.join();
    QVERIFY2(results[0].error.isEmpty(), qPrintable(results[0].error));
    QVERIFY2(results[1].error.isEmpty(), qPrintable(results[1].error));

    constexpr quint64 kTotal = 1 + 2 * kBatches * kPerBatch;
    QSet<quint64> seen{1};
    for (const Result &result : results) {
        QVERIFY(std::is_sorted(result.seqs.cbegin(), result.seqs.cend())); // each writer's own order kept
        for (quint64 seq : result.seqs)
            QVERIFY2(!seen.contains(seq), qPrintable(QString::number(seq)));
        seen.unite(QSet<quint64>(result.seqs.cbegin(), result.seqs.cend()));
    }
    QCOMPARE(quint64(seen.size()), kTotal);
    QCOMPARE(*std::max_element(seen.cbegin(), seen.cend()), kTotal);
    QCOMPARE(m_store->headSeq(QStringLiteral("PMJ")), kTotal);
    const ChainReport report = m_store->verifyChain(QStringLiteral("PMJ"));
    QVERIFY2(report.ok, qPrintable(report.problem));
    QCOMPARE(report.checked, kTotal);
    QCOMPARE(m_store->highWater(QStringLiteral("desk-0")), quint64(kBatches * kPerBatch));
    QCOMPARE(m_store->highWater(QStringLiteral("desk-1")), quint64(kBatches * kPerBatch));
}

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
