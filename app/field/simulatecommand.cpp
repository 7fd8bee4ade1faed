#include "field/simulatecommand.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>

#include "core/articles.h"
#include "core/casefactory.h"
#include "core/incidenttypes.h"
#include "field/console.h"
#include "field/etlecapturegenerator.h"
#include "field/fleetroster.h"
#include "field/fleetsimulator.h"
#include "field/historyseeder.h"
#include "field/incidentgenerator.h"
#include "field/roadnetwork.h"
#include "store/casedemoseeder.h"
#include "store/casereader.h"
#include "store/demoseeder.h"
#include "store/storereader.h"
#include "store/storeservice.h"
#include "sync/syncsession.h"

namespace lintas::field {

namespace {

constexpr int kTickMs = 200;
constexpr int kReportMs = 60'000;
constexpr int kDemoUnits = 40;
constexpr int kDemoIncidents = 200;
constexpr int kStopBoundMs = 5'000; // BYE and TLS shutdown are bounded at 2 s by the session; this is the backstop
const QString kPolda = QStringLiteral("PMJ");              // the demo map is Jakarta: Polda Metro Jaya
const QString kEtleCentre = QStringLiteral("etle-center"); // who records a camera's capture

// The demo's bank settlement file: about half of the tickets the store holds waiting for payment. Returns the
// number of payments written, or -1 with *error set.
int writeSettlement(const QString &storePath, const QString &file, quint32 seed, QString *error)
{
    CaseReader cases(storePath);
    if (!cases.isOpen()) {
        *error = cases.errorString();
        return -1;
    }
    const QByteArray csv = demoSettlement(cases.payableTickets(), QDateTime::currentDateTimeUtc(), seed);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
        *error = SimulateCommand::tr("Cannot write the settlement file %1: %2")
                     .arg(QDir::toNativeSeparators(file), out.errorString());
        return -1;
    }
    return int(csv.count('\n')) - 1; // without the header
}

// The history before the demo's day (HistorySeeder), on the store thread; what became of it is said on the
// receiver's thread.
void seedDemoHistory(QObject *receiver, Store &store, const QString &mapFile, const DemoOptions &demo)
{
    // On the store thread: a road network of its own (a map package belongs to the thread that opened it).
    QElapsedTimer timer;
    timer.start();
    QString message;
    bool failed = false;
    QString error;
    if (const std::unique_ptr<RoadNetwork> network = RoadNetwork::load(mapFile, &error)) {
        HistorySeedOptions options;
        options.seed = demo.seed;
        options.now = demo.now;
        const HistorySeedResult history = HistorySeeder::seed(store, *network, options);
        failed = !history.ok;
        message = failed ? SimulateCommand::tr("The demo's history was not seeded: %1").arg(history.error)
                         : SimulateCommand::tr(
                               "Seeded the history before the demo's day in %1 s: %2 incidents with their units' "
                               "work and %3 accident cases over 8 weeks and the same days last year, %4 violations "
                               "and %5 ETLE captures of the last 14 days, %6 changes.")
                               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                               .arg(history.incidents)
                               .arg(history.accidents)
                               .arg(history.violations)
                               .arg(history.captures)
                               .arg(history.changes);
    } else {
        failed = true;
        message = SimulateCommand::tr("The demo's history was not seeded: %1").arg(error);
    }
    QMetaObject::invokeMethod(
        receiver, [message, failed] { failed ? warn(message) : say(message); }, Qt::QueuedConnection);
}

} // namespace

SimulateCommand::SimulateCommand(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &SimulateCommand::tick);
    m_report.setInterval(kReportMs);
    connect(&m_report, &QTimer::timeout, this, &SimulateCommand::report);
}

SimulateCommand::~SimulateCommand()
{
    m_tick.stop();
    delete m_session; // stops without waiting if still running
    m_session = nullptr;
    if (m_store)
        m_store->stop();
}

void SimulateCommand::start()
{
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    say(tr("Seed %1 (the same seed, map and start time give the same fleet, routes and incidents).")
            .arg(m_options.seed));

    QString error;
    m_network = RoadNetwork::load(m_options.mapFile, &error);
    if (!m_network) {
        warn(error);
        stop(1);
        return;
    }
    say(tr("Map %1: %2 road segments, %3 of %4 junctions drivable.")
            .arg(m_options.mapFile)
            .arg(m_network->edgeCount())
            .arg(m_network->drivableNodeCount())
            .arg(m_network->nodeCount()));

    m_store = new StoreService(m_options.connection.storePath, m_options.connection.siteId, this);
    connect(m_store, &StoreService::opened, this, [this](Hlc last, int) { onStoreOpened(last); });
    connect(m_store, &StoreService::openFailed, this, [this](const QString &message) {
        warn(tr("Cannot open the store %1: %2").arg(m_options.connection.storePath, message));
        stop(1);
    });
    connect(m_store, &StoreService::rejected, this,
            [](const QString &message) { warn(tr("The store refused a change: %1").arg(message)); });
    connect(m_store, &StoreService::outboxCountChanged, this, [this](int count) { m_outbox = count; });
    // The store's view, pulled changes included: a desk's dispatch reaches the fleet this way.
    connect(m_store, &StoreService::unitChanged, this, [this](const Unit &unit) {
        if (m_simulator)
            m_simulator->updateUnit(unit);
    });
    connect(m_store, &StoreService::incidentChanged, this, [this](const Incident &incident) {
        if (m_simulator)
            m_simulator->updateIncident(incident);
    });
    connect(m_store, &StoreService::unitRemoved, this, [this](const QUuid &id) {
        if (m_simulator)
            m_simulator->removeUnit(id);
    });
    connect(m_store, &StoreService::incidentRemoved, this, [this](const QUuid &id) {
        if (m_simulator)
            m_simulator->removeIncident(id);
    });
    m_store->start();
}

void SimulateCommand::onStoreOpened(Hlc last)
{
    m_clock.restore(last);
    const DemoOptions demo{quint32(m_options.seed), QDateTime::fromMSecsSinceEpoch(m_startMs, Qt::UTC),
                           std::min(kDemoUnits, m_options.units), kDemoIncidents};
    // On the store thread: read the fleet and the open incidents; seed the demo first when the store is empty;
    // then write the bank's settlement file for the demo's tickets waiting for payment.
    const QString settlementOut = m_options.settlementOut;
    const QString mapFile = m_options.mapFile;
    m_store->post([this, demo, settlementOut, mapFile](Store &store) {
        Loaded loaded;
        {
            StoreReader reader(store.path());
            if (!reader.isOpen()) {
                loaded.error = reader.errorString();
            } else {
                loaded.units = reader.units();
                if (loaded.units.isEmpty()) {
                    loaded.seeded = seedDemo(store, demo, &loaded.error);
                    // Then the weeks before (and last year's days) for the supervisors' reports, dashboard and
                    // forecast; a failure there leaves the demo running without them.
                    if (loaded.seeded)
                        seedDemoHistory(this, store, mapFile, demo);
                    loaded.units = reader.units();
                }
                loaded.incidents = reader.openIncidents();
            }
        }
        if (loaded.error.isEmpty() && !settlementOut.isEmpty())
            loaded.settlementRows = writeSettlement(store.path(), settlementOut, demo.seed, &loaded.settlementError);
        QMetaObject::invokeMethod(
            this, [this, loaded] { onLoaded(loaded); }, Qt::QueuedConnection);
    });
}

void SimulateCommand::onLoaded(const Loaded &loaded)
{
    if (m_stopping)
        return;
    if (!loaded.error.isEmpty()) {
        warn(tr("Cannot prepare the store %1: %2").arg(m_options.connection.storePath, loaded.error));
        stop(1);
        return;
    }
    const QList<Unit> &units = loaded.units;
    const QList<Incident> &incidents = loaded.incidents;
    if (loaded.seeded)
        say(tr("Empty store: seeded the demo history (%1 units, %2 incidents over the last 24 hours, and the "
               "month's violations, ETLE tickets, accidents and watch list); it goes to the server on the first "
               "connect.")
                .arg(std::min(kDemoUnits, m_options.units))
                .arg(kDemoIncidents));
    if (!loaded.settlementError.isEmpty())
        warn(loaded.settlementError);
    else if (loaded.settlementRows >= 0)
        say(tr("Bank settlement file for the demo: %1 (%n payment(s) of ETLE tickets waiting for payment).", nullptr,
               loaded.settlementRows)
                .arg(QDir::toNativeSeparators(m_options.settlementOut)));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_factory =
        std::make_unique<ChangeFactory>(m_options.connection.siteId, m_options.connection.settings.user, &m_clock);
    SimulatorOptions simulation;
    simulation.seed = m_options.seed;
    simulation.speedup = m_options.speedup;
    if (m_options.reportSeconds > 0)
        simulation.minReportIntervalMs = simulation.maxReportIntervalMs = m_options.reportSeconds * 1000;
    FieldSink &sink = *this; // a private base: converted here, where it is accessible
    m_simulator = std::make_unique<FleetSimulator>(*m_network, *m_factory, sink, simulation, now);
    for (const Incident &incident : incidents)
        m_simulator->updateIncident(incident);
    for (const Unit &unit : units)
        m_simulator->updateUnit(unit);

    RosterOptions roster;
    roster.target = m_options.units;
    roster.seed = m_options.seed;
    roster.nowMs = now;
    roster.polda = kPolda;
    const QList<Unit> added = planFleetGrowth(units, roster, m_network.get());
    if (!added.isEmpty()) {
        ChangeList changes;
        for (const Unit &unit : added) {
            changes.append(m_factory->createUnit(unit));
            m_simulator->updateUnit(unit);
        }
        m_store->submit(changes);
    }
    say(tr("Fleet: %1 units (%2 new), %3 open incidents.")
            .arg(units.size() + added.size())
            .arg(added.size())
            .arg(incidents.size()));

    if (m_options.incidents) {
        IncidentGeneratorOptions generator;
        generator.seed = m_options.seed;
        generator.speedup = m_options.speedup;
        generator.startMs = now;
        generator.polda = kPolda;
        m_generator = std::make_unique<IncidentGenerator>(*m_network, generator);
    }
    if (m_options.captures) {
        m_captureFactory = std::make_unique<ChangeFactory>(m_options.connection.siteId, kEtleCentre, &m_clock);
        EtleCaptureOptions captures;
        captures.seed = m_options.seed;
        captures.speedup = m_options.speedup;
        captures.startMs = now;
        captures.watchedPlate = QString::fromLatin1(kDemoWatchedPlate);
        m_captures = std::make_unique<EtleCaptureGenerator>(captures);
        say(tr("ETLE cameras: %n camera(s) on Sudirman–Thamrin, Gatot Subroto and Rasuna Said record captures.",
               nullptr, int(etleCameras().size())));
    }
    startSession();
    m_tick.start();
    m_report.start();
}

void SimulateCommand::startSession()
{
    m_session = new sync::SyncSession(m_store, m_options.connection.settings, this);
    connect(m_session, &sync::SyncSession::statusChanged, this, &SimulateCommand::onStatus);
    connect(m_session, &sync::SyncSession::changeRejected, this, [](const QuarantinedChange &change) {
        warn(tr("The server refused %1 on %2 %3: %4 (%5)")
                 .arg(toString(change.change.kind), toString(change.change.entity),
                      change.change.entityId.toString(QUuid::WithoutBraces), change.reason, change.code));
    });
    connect(m_session, &sync::SyncSession::certificateUntrusted, this,
            [](const QString &host, const QByteArray &sha256) {
                warn(tr("The server %1 presented a certificate this gateway does not trust (SHA-256 %2). Check the "
                        "fingerprint with the server's operator, then pass --fingerprint or --ca.")
                         .arg(host, sync::formatFingerprint(sha256)));
            });
    connect(m_session, &sync::SyncSession::chainBroken, this, [](quint64 serverSeq, const QString &detail) {
        warn(tr("The server's log does not verify at entry %1 (%2); nothing of it was applied.")
                 .arg(serverSeq)
                 .arg(detail));
    });
    say(tr("Syncing with %1 as %2.").arg(m_options.connection.server, m_options.connection.settings.user));
    m_session->start();
}

void SimulateCommand::onStatus(const sync::SyncStatus &status)
{
    m_outbox = status.outboxCount;
    // Said once, when the seeded history (thousands of changes) has reached the server: the demo script starts the
    // desks after it, so that they pull a whole history rather than a half-pushed one.
    if (!m_announcedPushed && status.state == sync::LinkState::Online && status.outboxCount == 0) {
        m_announcedPushed = true;
        say(tr("The server holds every change of this gateway."));
    }
    if (status.state == m_lastState)
        return;
    m_lastState = status.state;
    switch (status.state) {
    case sync::LinkState::Online:
        say(tr("Online with %1 as %2 (%3), region %4.")
                .arg(m_options.connection.server, status.actor.user, toString(status.actor.role), status.region));
        if (!status.actor.user.isEmpty())
            m_factory->setActor(status.actor.user);
        // A field officer may not clear incidents: the last unit on scene then only reports itself available.
        if (m_simulator)
            m_simulator->setClearsIncidents(status.actor.role != Role::FieldOfficer);
        break;
    case sync::LinkState::Offline:
        say(tr("Offline: %1. Next attempt at %2; the fleet goes on, its changes wait in the outbox.")
                .arg(status.detail.isEmpty() ? tr("no connection") : status.detail,
                     status.nextAttempt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        break;
    case sync::LinkState::Refused:
        warn(tr("The server refused the gateway: %1").arg(status.detail));
        stop(1);
        break;
    case sync::LinkState::Connecting:
    case sync::LinkState::Stopped:
        break;
    }
}

void SimulateCommand::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_simulator->advanceTo(now);
    if (m_captures)
        for (const EtleCapture &capture : m_captures->advanceTo(now))
            recordCapture(capture);
    if (!m_generator)
        return;
    const IncidentTypeCatalogue &types = IncidentTypeCatalogue::builtIn();
    for (const IncidentDraft &draft : m_generator->advanceTo(now)) {
        m_store->submit(m_factory->createIncident(draft));
        ++m_incidentsMade;
        const auto type = types.byCode(draft.typeCode);
        say(tr("New incident: %1 on %2%3.")
                .arg(type ? type->nameEn : draft.typeCode, draft.road,
                     draft.kecamatan.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(draft.kecamatan)));
    }
}

void SimulateCommand::recordCapture(const EtleCapture &capture)
{
    // The capture becomes an ETLE case in its first state, with the camera's picture attached; the store numbers
    // it and checks it, the sync session takes it to the server and every desk.
    CaseFactory cases(m_captureFactory.get());
    QVariantMap data = capture.caseData();
    const QVariantMap charges = cases.chargeFields(capture.articles(), ArticleCatalogue::builtIn());
    for (auto it = charges.cbegin(); it != charges.cend(); ++it)
        data.insert(it.key(), it.value());
    const QByteArray image = etleCaptureImage(data);
    data.insert(QString::fromLatin1(casefield::kImageSha256),
                QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex()));
    QUuid id;
    ChangeList changes{cases.createCase(CaseKind::Etle, capture.camera.stationCode, data, &id)};
    const QString name =
        QStringLiteral("%1-%2.svg")
            .arg(capture.camera.id, capture.at.toOffsetFromUtc(7 * 3600).toString(QStringLiteral("yyyyMMdd-HHmmss")));
    changes.append(cases.attach(id, name, QStringLiteral("image/svg+xml"), image));
    m_store->submit(changes);
    ++m_capturesMade;
    const QString what =
        capture.kind == CaptureKind::Speed
            ? tr("%1 km/h where the limit is %2").arg(capture.speedKmh).arg(capture.camera.speedLimitKmh)
            : tr("through a red light");
    if (capture.watched)
        say(tr("ETLE capture: %1 at %2, %3 (%4) — a watch-listed plate.")
                .arg(capture.plate, capture.camera.place, what, capture.camera.id));
    else
        say(tr("ETLE capture: %1 at %2, %3 (%4).").arg(capture.plate, capture.camera.place, what, capture.camera.id));
}

void SimulateCommand::commit(const ChangeList &changes)
{
    m_store->submit(changes);
}

void SimulateCommand::positions(const UnitFixes &fixes)
{
    if (!m_session || m_session->status().state != sync::LinkState::Online)
        return; // live positions are worth nothing later: dropped while offline
    sync::UnitPositions out;
    out.reserve(fixes.size());
    for (const UnitFix &fix : fixes) {
        sync::UnitPosition position;
        position.unitId = fix.unitId;
        position.callsign = fix.callsign;
        position.latitude = fix.latitude;
        position.longitude = fix.longitude;
        position.headingDeg = fix.headingDeg;
        position.speedKmh = fix.speedKmh;
        position.atMs = fix.atMs;
        position.accuracyM = fix.accuracyM;
        out.append(position);
    }
    m_session->sendPositions(out);
    m_positionsSent += int(out.size());
}

void SimulateCommand::report()
{
    if (!m_simulator)
        return;
    const FleetSimulator::Counts counts = m_simulator->counts();
    say(tr("%1 units: %2 driving, %3 standing, %4 on the way to an incident, %5 on scene. %6 incidents reported, "
           "%7 ETLE captures recorded, %8 positions sent in the last minute; %9 changes waiting to be pushed; "
           "link %10.")
            .arg(m_simulator->unitCount())
            .arg(counts.driving)
            .arg(counts.standing)
            .arg(counts.toIncident)
            .arg(counts.onScene)
            .arg(m_incidentsMade)
            .arg(m_capturesMade)
            .arg(m_positionsSent)
            .arg(m_outbox)
            .arg(sync::toString(m_lastState)));
    m_positionsSent = 0;
}

void SimulateCommand::stop(int exitCode)
{
    m_exitCode = std::max(m_exitCode, exitCode);
    if (m_stopping)
        return;
    m_stopping = true;
    m_tick.stop();
    m_report.stop();
    if (m_session && m_session->isRunning()) {
        say(tr("Stopping: saying goodbye to the server."));
        connect(m_session, &sync::SyncSession::stopped, this, &SimulateCommand::afterSession);
        QTimer::singleShot(kStopBoundMs, this, &SimulateCommand::afterSession);
        m_session->stop();
        return;
    }
    // Out of the caller's stack: a start() that failed emits finished() after its caller connected to it.
    QTimer::singleShot(0, this, &SimulateCommand::afterSession);
}

void SimulateCommand::afterSession()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_store)
        m_store->stop(); // after every change submitted before it
    say(tr("Stopped."));
    Q_EMIT finished(m_exitCode);
}

} // namespace lintas::field
