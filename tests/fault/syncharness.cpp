#include "syncharness.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include "core/statemachine.h"
#include "core/uuidv7.h"
#include "server/serverstore.h"
#include "store/store.h"
#include "sync/frame.h"
#include "sync/framedlink.h"
#include "sync/wire.h"

namespace lintas::fault {

namespace {

QString serverProgram()
{
    return QStringLiteral(LINTAS_SERVER_BINARY);
}

QString tail(const QString &text, int lines = 40)
{
    const QStringList all = text.split(QLatin1Char('\n'));
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll());
}

// A read-only connection of its own to a store file, for the digest and the op lists; removed when it ends.
class ReadConnection
{
public:
    explicit ReadConnection(const QString &path)
        : m_name(QStringLiteral("fault-read-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            m_error = QStringLiteral("%1: %2").arg(path, db.lastError().text());
    }
    ~ReadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    const QString &error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

} // namespace

quint64 faultSeed(const char *testName)
{
    bool fixed = false;
    quint64 seed = qEnvironmentVariable("LINTAS_FAULT_SEED").toULongLong(&fixed);
    if (!fixed)
        seed = QRandomGenerator::global()->generate64();
    qInfo("%s: seed %llu (set LINTAS_FAULT_SEED to repeat)", testName, static_cast<unsigned long long>(seed));
    return seed;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs, int stepMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QTest::qWait(stepMs);
    }
    return true;
}

// --- ServerProcess ------------------------------------------------------------------------------------------

ServerProcess::ServerProcess() : ServerProcess(Options{}) {}

ServerProcess::ServerProcess(Options options) : m_options(std::move(options))
{
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    m_dbUrl = m_options.dbUrl.isEmpty() ? QStringLiteral("sqlite:") + m_dataDir + QStringLiteral("/server.db")
                                        : m_options.dbUrl;
}

ServerProcess::~ServerProcess()
{
    if (isRunning() && !terminate())
        kill();
}

int ServerProcess::run(const QStringList &arguments, QString *output, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(serverProgram(), arguments + QStringList{QStringLiteral("--data"), m_dataDir});
    if (!process.waitForStarted(30000)) {
        if (output)
            *output = QStringLiteral("%1 did not start: %2").arg(serverProgram(), process.errorString());
        return -1;
    }
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        if (output)
            *output += QStringLiteral("\n(lintas-server %1 did not finish within %2 ms)")
                           .arg(arguments.join(QLatin1Char(' ')))
                           .arg(timeoutMs);
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool ServerProcess::init(const QList<ServerAccount> &accounts, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    QDir().mkpath(m_dataDir);
    QString output;
    if (run({QStringLiteral("init"), QStringLiteral("--db"), m_dbUrl}, &output) != 0) {
        *error = QStringLiteral("lintas-server init --data %1 --db %2 failed:\n%3").arg(m_dataDir, m_dbUrl, output);
        return false;
    }
    for (const ServerAccount &account : accounts)
        if (!addUser(account, error))
            return false;
    return true;
}

bool ServerProcess::addUser(const ServerAccount &account, QString *error)
{
    const QString passwordFile = m_dir.filePath(QStringLiteral("password-") + account.name);
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: %2").arg(passwordFile, file.errorString());
        return false;
    }
    file.write(account.password.toUtf8() + '\n');
    file.close();
    QString output;
    if (run({QStringLiteral("user"), QStringLiteral("add"), account.name, QStringLiteral("--role"), account.role,
             QStringLiteral("--scope"), account.scope, QStringLiteral("--password-file"), passwordFile},
            &output) != 0) {
        *error = QStringLiteral("lintas-server user add %1 failed:\n%2").arg(account.name, output);
        return false;
    }
    return true;
}

bool ServerProcess::start(QString *error, quint16 port, int timeoutMs)
{
    if (isRunning()) {
        *error = QStringLiteral("the server is already running (pid %1)").arg(pid());
        return false;
    }
    ++m_runs;
    // The server's output goes to a file, never to a pipe: a pipe nobody drains while the test waits elsewhere
    // would stall the server on its own logging.
    const QString log = m_dir.filePath(QStringLiteral("serve-%1.log").arg(m_runs));
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessChannelMode(QProcess::MergedChannels);
    m_serve->setStandardOutputFile(log, QIODevice::Truncate);
    QStringList arguments{QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(port)};
    if (!m_options.tls)
        arguments << QStringLiteral("--insecure-loopback");
    m_serve->start(serverProgram(), arguments);
    if (!m_serve->waitForStarted(30000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(serverProgram(), m_serve->errorString());
        m_serve.reset();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on \\S*:(\\d+)"));
    quint16 found = 0;
    waitFor(
        [&] {
            const QRegularExpressionMatch match = listening.match(readFile(log));
            if (match.hasMatch())
                found = quint16(match.captured(1).toUInt());
            return found != 0 || m_serve->state() != QProcess::Running;
        },
        timeoutMs, 5);
    if (found == 0) {
        *error = QStringLiteral("lintas-server serve on 127.0.0.1:%1 never said where it listens:\n%2")
                     .arg(port)
                     .arg(tail(readFile(log)));
        if (m_serve->state() == QProcess::Running)
            kill();
        m_serve.reset();
        return false;
    }
    m_port = found;
    return true;
}

bool ServerProcess::restart(QString *error, int timeoutMs)
{
    if (m_port != 0 && start(error, m_port, timeoutMs))
        return true;
    // The old port is taken (or still held by the kernel): any port will do, the clients go through a proxy.
    return start(error, 0, timeoutMs);
}

void ServerProcess::kill()
{
    if (!m_serve)
        return;
    m_serve->kill();
    m_serve->waitForFinished(10000);
}

bool ServerProcess::terminate(int timeoutMs)
{
    if (!isRunning())
        return true;
    m_serve->terminate();
    if (!m_serve->waitForFinished(timeoutMs)) {
        kill();
        return false;
    }
    return m_serve->exitStatus() == QProcess::NormalExit && m_serve->exitCode() == 0;
}

bool ServerProcess::isRunning() const
{
    return m_serve && m_serve->state() != QProcess::NotRunning;
}

qint64 ServerProcess::pid() const
{
    return m_serve ? m_serve->processId() : 0;
}

bool ServerProcess::auditVerify(QString *output) const
{
    return run({QStringLiteral("audit"), QStringLiteral("verify")}, output) == 0;
}

bool ServerProcess::backup(const QString &file, QString *output) const
{
    return run({QStringLiteral("backup"), file}, output) == 0;
}

bool ServerProcess::restore(const QString &file, QString *output) const
{
    return run({QStringLiteral("restore"), file}, output) == 0;
}

QString ServerProcess::caFile() const
{
    // init writes the agency CA beside the server certificate; its name says "ca".
    QStringList candidates;
    QDirIterator it(m_dataDir, {QStringLiteral("*.pem"), QStringLiteral("*.crt")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).completeBaseName().toLower();
        if (name.contains(QLatin1String("key")))
            continue;
        if (name == QLatin1String("ca") || name.startsWith(QLatin1String("ca-")) ||
            name.startsWith(QLatin1String("ca.")) || name.endsWith(QLatin1String("-ca")) ||
            name.contains(QLatin1String("_ca")) || name.contains(QLatin1String("ca_")))
            candidates << path;
    }
    candidates.sort();
    return candidates.value(0);
}

QString ServerProcess::serveLog() const
{
    return tail(readFile(m_dir.filePath(QStringLiteral("serve-%1.log").arg(m_runs))));
}

sync::SyncSettings ServerProcess::clientSettings(quint16 port, const ServerAccount &account, quint64 jitterSeed) const
{
    using namespace std::chrono_literals;
    sync::SyncSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    if (m_options.tls)
        settings.tls.caFile = caFile();
    else
        settings.insecureLoopback = true;
    settings.user = account.name;
    settings.password = account.password;
    settings.kind = wire::DESK;
    settings.clientName = QStringLiteral("lintas fault test");
    settings.connectTimeout = 3s;
    settings.handshakeTimeout = 5s;
    settings.heartbeat = 1s;
    settings.idleTimeout = 3s;
    settings.backoffBase = 50ms;
    settings.backoffCap = 1s;
    settings.shutdownBound = 1s;
    settings.jitterSeed = jitterSeed;
    return settings;
}

std::unique_ptr<server::ServerStore> ServerProcess::openStore(QString *error) const
{
    return server::ServerStore::open(m_dbUrl, error);
}

// --- HeadlessClient -----------------------------------------------------------------------------------------

HeadlessClient::HeadlessClient(const QString &storePath, const QString &siteId, const sync::SyncSettings &settings,
                               QObject *parent)
    : QObject(parent), m_storePath(storePath), m_siteId(siteId), m_settings(settings), m_store(storePath, siteId),
      m_factory(std::make_unique<ChangeFactory>(siteId, settings.user, &m_clock))
{
    sync::registerSyncMetaTypes();
    connect(&m_store, &StoreService::opened, this, [this](Hlc last, int) {
        m_clock.restore(last);
        m_opened = true;
    });
    connect(&m_store, &StoreService::openFailed, this, [this](const QString &message) { m_openError = message; });
    connect(&m_store, &StoreService::committed, this, [this] { ++m_committed; });
    connect(&m_store, &StoreService::rejected, this, [this](const QString &message) {
        ++m_rejected;
        m_lastRejection = message;
    });
    connect(&m_store, &StoreService::incidentChanged, this,
            [this](const Incident &incident) { m_incidents.insert(incident.id, incident); });
    connect(&m_store, &StoreService::unitChanged, this, [this](const Unit &unit) { m_units.insert(unit.id, unit); });
    connect(&m_store, &StoreService::quarantineChanged, this, [this](int count) { m_quarantined = count; });
}

HeadlessClient::~HeadlessClient()
{
    if (m_session && m_session->isRunning())
        stopSync(5000);
    m_session.reset();
    m_store.stop();
}

bool HeadlessClient::open(QString *error, int timeoutMs)
{
    m_store.start();
    if (!waitFor([this] { return m_opened || !m_openError.isEmpty(); }, timeoutMs)) {
        *error = QStringLiteral("%1 did not open within %2 ms").arg(m_storePath).arg(timeoutMs);
        return false;
    }
    if (!m_opened) {
        *error = m_openError;
        return false;
    }
    return true;
}

void HeadlessClient::setSettings(const sync::SyncSettings &settings)
{
    if (m_session && m_session->isRunning())
        stopSync();
    m_session.reset();
    m_settings = settings;
    m_factory->setActor(settings.user);
}

void HeadlessClient::startSync()
{
    if (!m_session) {
        m_session = std::make_unique<sync::SyncSession>(&m_store, m_settings);
        connect(m_session.get(), &sync::SyncSession::statusChanged, this, [this](const sync::SyncStatus &status) {
            const bool wasOnline = m_status.state == sync::LinkState::Online;
            const bool online = status.state == sync::LinkState::Online;
            if (online && !wasOnline)
                ++m_timesOnline;
            if (wasOnline && !online)
                ++m_timesDropped;
            m_status = status;
        });
        connect(m_session.get(), &sync::SyncSession::stopped, this, [this] { m_stopped = true; });
    }
    m_stopped = false;
    m_session->start();
}

bool HeadlessClient::stopSync(int timeoutMs)
{
    if (!m_session || !m_session->isRunning())
        return true;
    m_stopped = false;
    m_session->stop();
    return waitFor([this] { return m_stopped; }, timeoutMs);
}

void HeadlessClient::submit(const ChangeList &changes)
{
    if (changes.isEmpty())
        return;
    ++m_submitted;
    m_store.submit(changes);
}

HeadlessClient::Progress HeadlessClient::progress()
{
    // A question posted while the store was not open is dropped: ask again after a while.
    if (m_asking && m_askedAt.elapsed() < 2000)
        return m_progress;
    m_asking = true;
    m_askedAt.start();
    const quint64 question = ++m_questions;
    // The client outlives every job of the store thread (its destructor stops that thread first), and a queued
    // call to a deleted object is discarded, so `this` may travel. Jobs run in the order they were posted, so
    // the answer reflects every batch submitted before the question.
    m_store.post([this, question](Store &store) {
        Progress answer;
        answer.known = true;
        answer.question = question;
        const SyncCursor cursor = store.syncCursor();
        answer.cursor = cursor.cursor;
        answer.epoch = cursor.epoch;
        answer.outbox = store.outboxCount();
        QMetaObject::invokeMethod(
            this,
            [this, answer] {
                m_progress = answer;
                m_asking = false;
            },
            Qt::QueuedConnection);
    });
    return m_progress;
}

bool HeadlessClient::waitUntil(const std::function<bool(const Progress &)> &condition, int timeoutMs)
{
    const quint64 askedBefore = m_questions;
    return waitFor(
        [&] {
            const Progress now = progress();
            return now.known && now.question > askedBefore && condition(now);
        },
        timeoutMs);
}

bool HeadlessClient::waitDrained(int timeoutMs)
{
    return waitUntil([this](const Progress &now) { return now.outbox == 0 && pendingBatches() == 0; }, timeoutMs);
}

bool HeadlessClient::waitSynced(quint64 head, int timeoutMs)
{
    return waitUntil(
        [this, head](const Progress &now) { return now.outbox == 0 && pendingBatches() == 0 && now.cursor >= head; },
        timeoutMs);
}

// --- EditGenerator ------------------------------------------------------------------------------------------

namespace {

const QStringList &roads()
{
    static const QStringList list{QStringLiteral("Jalan Medan Merdeka Barat"), QStringLiteral("Jalan MH Thamrin"),
                                  QStringLiteral("Jalan Jenderal Sudirman"),   QStringLiteral("Jalan Gajah Mada"),
                                  QStringLiteral("Jalan Kramat Raya"),         QStringLiteral("Jalan Gunung Sahari")};
    return list;
}

const QStringList &stations()
{
    static const QStringList list{QStringLiteral("JAKPUS-GAMBIR"), QStringLiteral("JAKPUS-MENTENG"),
                                  QStringLiteral("JAKPUS-SENEN"), QStringLiteral("JAKPUS-TANAHABANG")};
    return list;
}

template <typename T> QList<T> sortedValues(const QHash<QUuid, T> &hash)
{
    QList<QUuid> keys = hash.keys();
    std::sort(keys.begin(), keys.end(), [](const QUuid &a, const QUuid &b) { return a.toString() < b.toString(); });
    QList<T> values;
    for (const QUuid &key : keys)
        values.append(hash.value(key));
    return values;
}

} // namespace

EditGenerator::EditGenerator(HeadlessClient &client, std::mt19937_64 &rng) : m_client(client), m_rng(rng) {}

int EditGenerator::pick(int n)
{
    return std::uniform_int_distribution<int>(0, n - 1)(m_rng);
}

ChangeList EditGenerator::newIncident()
{
    IncidentDraft draft;
    draft.typeCode = QStringLiteral("kecelakaan");
    draft.priority = Priority(1 + pick(4));
    draft.stationCode = stations().at(pick(int(stations().size())));
    draft.road = roads().at(pick(int(roads().size())));
    draft.latitude = -6.17 - pick(300) / 10000.0;
    draft.longitude = 106.82 + pick(300) / 10000.0;
    draft.lanesTotal = 2 + pick(3);
    draft.reporterName = QStringLiteral("Pelapor %1").arg(pick(1000));
    // An intake form leaves what the caller could not say empty (null strings, as the form's draft has them).
    if (pick(2) == 0) {
        draft.landmark = QStringLiteral("Halte %1").arg(pick(50));
        draft.kelurahan = QStringLiteral("Gambir");
        draft.kecamatan = QStringLiteral("Gambir");
        draft.reporterPhone = QStringLiteral("0812-%1").arg(pick(100000000), 8, 10, QLatin1Char('0'));
    }
    draft.narrative = QStringLiteral("Kejadian %1 dilaporkan dari %2.").arg(pick(100000)).arg(m_client.siteId());
    return m_client.factory().createIncident(draft);
}

ChangeList EditGenerator::newUnit()
{
    Unit unit;
    unit.id = newUuidV7();
    unit.callsign =
        QStringLiteral("%1-R4-%2").arg(m_client.siteId().toUpper()).arg(++m_unitsMade, 2, 10, QLatin1Char('0'));
    unit.kind = UnitKind::R4Patrol;
    unit.stationCode = QStringLiteral("JAKPUS");
    unit.status = UnitStatus::Available;
    unit.crew = {QStringLiteral("8705%1").arg(pick(10000), 4, 10, QLatin1Char('0'))};
    return {m_client.factory().createUnit(unit)};
}

ChangeList EditGenerator::next()
{
    ChangeFactory &factory = m_client.factory();
    const QList<Incident> incidents = sortedValues(m_client.incidents());
    const QList<Unit> units = sortedValues(m_client.units());
    QList<Incident> open;
    for (const Incident &incident : incidents)
        if (incident.isOpen())
            open.append(incident);

    if (m_unitsMade < 2 || (units.size() < 6 && pick(10) == 0))
        return newUnit();
    if (open.size() < 2 || pick(8) == 0)
        return newIncident();

    const Incident &incident = open.at(pick(int(open.size())));
    switch (pick(10)) {
    case 0:
    case 1: { // a field edit
        const QVariantMap edits[] = {
            {{QStringLiteral("priority"), 1 + pick(4)}},
            {{QStringLiteral("road"), roads().at(pick(int(roads().size())))}},
            {{QStringLiteral("lanes_blocked"), pick(3)}, {QStringLiteral("slightly_hurt"), pick(4)}},
            {{QStringLiteral("landmark"), QStringLiteral("Halte %1").arg(pick(50))}},
        };
        return {factory.setIncidentFields(incident.id, edits[pick(4)])};
    }
    case 2:
        return {factory.addNote(incident.id,
                                QStringLiteral("Catatan %1 dari %2").arg(pick(100000)).arg(m_client.siteId()))};
    case 3:
    case 4: { // dispatch a free unit to an incident that is still being worked
        if (incident.status == IncidentStatus::Cleared)
            break;
        QList<Unit> free;
        for (const Unit &unit : units)
            if (isFree(unit.status))
                free.append(unit);
        if (free.isEmpty())
            break;
        return factory.dispatch(incident, free.at(pick(int(free.size()))));
    }
    case 5:
    case 6: { // a unit moves on: along its work order, or between the free statuses
        if (units.isEmpty())
            break;
        const Unit &unit = units.at(pick(int(units.size())));
        QList<UnitStatus> moves;
        for (const UnitStatus to : legalMoves(unit.status))
            if (!needsIncident(to) || (to != UnitStatus::Dispatched && !unit.incidentId.isNull()))
                moves.append(to);
        if (moves.isEmpty())
            break;
        const UnitStatus to = moves.at(pick(int(moves.size())));
        const auto working = m_client.incidents().constFind(unit.incidentId);
        return factory.moveUnit(unit, to, working == m_client.incidents().cend() ? nullptr : &working.value());
    }
    case 7: { // an incident moves on
        const QList<IncidentStatus> moves = legalMoves(incident.status);
        if (moves.isEmpty())
            break;
        const IncidentStatus to = moves.at(pick(int(moves.size())));
        if (to == IncidentStatus::Cleared) {
            QList<Unit> onIt;
            for (const Unit &unit : units)
                if (unit.incidentId == incident.id)
                    onIt.append(unit);
            return factory.clearIncident(incident, onIt);
        }
        return {factory.moveIncident(incident, to)};
    }
    case 8: {
        if (units.isEmpty())
            break;
        const Unit &unit = units.at(pick(int(units.size())));
        return {
            factory.make(EntityKind::Unit, unit.id, ChangeKind::Set,
                         {{QStringLiteral("crew"), QStringLiteral("8705%1").arg(pick(10000), 4, 10, QLatin1Char('0'))},
                          {QStringLiteral("latitude"), -6.17 - pick(300) / 10000.0},
                          {QStringLiteral("longitude"), 106.82 + pick(300) / 10000.0}})};
    }
    default:
        return newIncident();
    }
    // Nothing fitting: a note always is.
    return {factory.addNote(incident.id, QStringLiteral("Pantauan %1").arg(pick(100000)))};
}

// --- digests and logs ---------------------------------------------------------------------------------------

StoreDigest digestStore(const QString &storePath)
{
    StoreDigest digest;
    ReadConnection connection(storePath);
    if (!connection.error().isEmpty()) {
        digest.error = connection.error();
        return digest;
    }
    // Row ids, the outbox and the sync cursor (meta) are local bookkeeping and differ between replicas.
    const QStringList queries{
        QStringLiteral("SELECT op_id, site_id, hlc, actor, entity, entity_id, kind, fields, schema_version "
                       "FROM change_log ORDER BY op_id"),
        QStringLiteral("SELECT * FROM incidents ORDER BY id"),
        QStringLiteral("SELECT * FROM units ORDER BY id"),
        QStringLiteral("SELECT * FROM notes ORDER BY op_id"),
        QStringLiteral("SELECT * FROM assignments ORDER BY op_id"),
        QStringLiteral("SELECT * FROM transitions ORDER BY op_id"),
    };
    QSqlDatabase db = connection.db();
    // One read transaction: the tables of one moment, even while the store thread writes.
    QSqlQuery begin(db);
    begin.exec(QStringLiteral("BEGIN"));
    for (const QString &sql : queries) {
        digest.text += sql + QLatin1Char('\n');
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            digest.error = QStringLiteral("%1: %2: %3").arg(storePath, sql, query.lastError().text());
            return digest;
        }
        const bool isLog = sql.contains(QLatin1String("change_log"));
        const QSqlRecord record = query.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        digest.text += QStringLiteral("#columns ") + columns.join(QLatin1Char('|')) + QLatin1Char('\n');
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < record.count(); ++i)
                values << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            digest.text += values.join(QLatin1Char('|')) + QLatin1Char('\n');
            if (isLog)
                ++digest.changes;
        }
    }
    QSqlQuery end(db);
    end.exec(QStringLiteral("COMMIT"));
    digest.sha256 = QCryptographicHash::hash(digest.text.toUtf8(), QCryptographicHash::Sha256).toHex();
    return digest;
}

QString firstDifference(const StoreDigest &a, const StoreDigest &b)
{
    const QStringList la = a.text.split(QLatin1Char('\n')), lb = b.text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
        if (la.value(i) == lb.value(i))
            continue;
        // Name the table, the row (its key comes first) and the first column that differs.
        QString sql, columns;
        for (qsizetype at = i - 1; at >= 0 && sql.isEmpty(); --at) {
            if (columns.isEmpty() && la.at(at).startsWith(QLatin1String("#columns ")))
                columns = la.at(at).mid(9);
            else if (la.at(at).startsWith(QLatin1String("SELECT")))
                sql = la.at(at);
        }
        const QStringList names = columns.split(QLatin1Char('|'));
        const QStringList va = la.value(i).split(QLatin1Char('|')), vb = lb.value(i).split(QLatin1Char('|'));
        QString where;
        for (qsizetype c = 0; c < std::max(va.size(), vb.size()); ++c)
            if (va.value(c) != vb.value(c)) {
                where = QStringLiteral("row %1, column %2: \"%3\" vs \"%4\"")
                            .arg(va.value(0), names.value(c), va.value(c), vb.value(c));
                break;
            }
        return QStringLiteral("%1\n  %2\n  line %3:\n  %4\n  %5")
            .arg(sql, where)
            .arg(i + 1)
            .arg(la.value(i), lb.value(i));
    }
    return QStringLiteral("(no difference)");
}

SiteOps siteOps(const QString &storePath, const QString &siteId)
{
    SiteOps ops;
    ReadConnection connection(storePath);
    if (!connection.error().isEmpty()) {
        ops.error = connection.error();
        return ops;
    }
    QSqlQuery query(connection.db());
    query.prepare(QStringLiteral("SELECT c.op_id, EXISTS (SELECT 1 FROM outbox o WHERE o.op_id = c.op_id) "
                                 "FROM change_log c WHERE c.site_id = ?"));
    query.addBindValue(siteId);
    if (!query.exec()) {
        ops.error = QStringLiteral("%1: %2").arg(storePath, query.lastError().text());
        return ops;
    }
    while (query.next()) {
        const QUuid id = QUuid::fromString(query.value(0).toString());
        ops.all.insert(id);
        if (query.value(1).toInt() == 0)
            ops.acknowledged.insert(id);
    }
    return ops;
}

int ServerLog::duplicates() const
{
    return int(opIds.size() - opSet().size());
}

quint64 serverHead(const ServerProcess &server, const QString &region)
{
    QString error;
    std::unique_ptr<server::ServerStore> store = server.openStore(&error);
    if (!store) {
        qWarning("cannot open %s: %s", qPrintable(server.dbUrl()), qPrintable(error));
        return 0;
    }
    return store->headSeq(region);
}

ServerLog readServerLog(const ServerProcess &server, bool verifyChain, const QString &region)
{
    ServerLog log;
    std::unique_ptr<server::ServerStore> store = server.openStore(&log.error);
    if (!store) {
        log.error = QStringLiteral("cannot open %1: %2").arg(server.dbUrl(), log.error);
        return log;
    }
    log.head = store->headSeq(region);
    quint64 after = 0;
    for (;;) {
        const QList<server::LogEntry> entries = store->entriesAfter(region, after, 2000);
        if (entries.isEmpty())
            break;
        for (const server::LogEntry &entry : entries)
            log.opIds.append(entry.change.opId);
        after = entries.last().serverSeq;
    }
    if (verifyChain) {
        const server::ChainReport chain = store->verifyChain(region);
        log.chainOk = chain.ok;
        log.chainProblem = chain.problem;
    }
    return log;
}

QList<OutgoingChange> storedChanges(const QString &storePath, const QString &siteId, QString *error)
{
    // A Store of its own on the file: call only while the desk that owns it is stopped.
    Store store(storePath, siteId);
    if (!store.open(error))
        return {};
    QList<OutgoingChange> changes;
    for (;;) {
        const QList<OutgoingChange> batch = store.changesToPush(changes.isEmpty() ? 0 : changes.last().localSeq, 1000);
        if (batch.isEmpty())
            break;
        changes += batch;
    }
    store.close();
    return changes;
}

QStringList pushRaw(quint16 port, const ServerAccount &account, const QString &siteId,
                    const QList<OutgoingChange> &changes, QString *error, int timeoutMs)
{
    namespace asio = boost::asio;
    asio::io_context io;
    asio::ip::tcp::socket socket(io);
    boost::system::error_code connectError;
    socket.connect(asio::ip::tcp::endpoint(asio::ip::address_v4::loopback(), port), connectError);
    if (connectError) {
        *error =
            QStringLiteral("connect to 127.0.0.1:%1: %2").arg(port).arg(QString::fromStdString(connectError.message()));
        return {};
    }
    QStringList answers;
    QString failure;
    bool done = false;
    qsizetype sent = 0;
    std::uint64_t corrId = 1;
    std::shared_ptr<sync::FramedLink> link = sync::FramedLink::create(std::move(socket));
    const auto pushNext = [&] {
        wire::Push push;
        const qsizetype end = std::min<qsizetype>(changes.size(), sent + 500);
        for (; sent < end; ++sent) {
            wire::ChangeRecord *record = push.add_changes();
            sync::toWire(changes.at(sent).change, record);
            record->set_client_seq(changes.at(sent).localSeq);
        }
        link->send(sync::encodeFrame(wire::PUSH, ++corrId, push));
    };
    sync::FramedLink::Handlers handlers;
    handlers.onMessage = [&](wire::Envelope &&envelope) {
        if (envelope.type() == wire::WELCOME) {
            pushNext();
        } else if (envelope.type() == wire::PUSH_ACK && envelope.corr_id() == corrId) {
            wire::PushAck ack;
            sync::parseBody(envelope, &ack);
            for (const wire::PushResult &result : ack.results())
                answers << (result.status() == wire::PushResult::ACCEPTED    ? QStringLiteral("accepted")
                            : result.status() == wire::PushResult::DUPLICATE ? QStringLiteral("duplicate")
                                                                             : QStringLiteral("rejected"));
            if (sent < changes.size()) {
                pushNext();
            } else {
                done = true;
                link->close("done");
            }
        } else if (envelope.type() == wire::ERROR) {
            wire::Error message;
            sync::parseBody(envelope, &message);
            failure = QStringLiteral("ERROR %1: %2").arg(int(message.code())).arg(sync::fromStd(message.message()));
            link->close("error");
        }
        // CHANGES, POSITION, PONG: not what this client is here for.
    };
    handlers.onClosed = [&](const std::string &reason) {
        if (!done && failure.isEmpty())
            failure = QStringLiteral("closed: %1").arg(QString::fromStdString(reason));
    };
    link->start(std::move(handlers));
    wire::Hello hello;
    hello.set_protocol_version(sync::kProtocolVersion);
    hello.set_schema_version(kChangeSchemaVersion);
    hello.set_site_id(sync::toStd(siteId));
    hello.set_user(sync::toStd(account.name));
    hello.set_password(sync::toStd(account.password));
    hello.set_client_name("lintas fault test (replay)");
    hello.set_kind(wire::DESK);
    link->send(sync::encodeFrame(wire::HELLO, 1, hello));
    io.run_for(std::chrono::milliseconds(timeoutMs));
    if (!done) {
        link->close("timeout");
        io.restart();
        io.run_for(std::chrono::milliseconds(500));
        *error = failure.isEmpty() ? QStringLiteral("no answer within %1 ms").arg(timeoutMs) : failure;
        return {};
    }
    return answers;
}

} // namespace lintas::fault
