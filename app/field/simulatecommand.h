#pragma once

#include <memory>

#include <QObject>
#include <QTimer>

#include "core/changefactory.h"
#include "core/hlc.h"
#include "core/incident.h"
#include "core/unit.h"
#include "field/fieldoptions.h"
#include "field/fieldsink.h"

namespace lintas {
class StoreService;
}

namespace lintas::field {

class EtleCaptureGenerator;
struct EtleCapture;
class FleetSimulator;
class IncidentGenerator;
class RoadNetwork;

// lintas-field simulate: the simulated fleet as a gateway of its own, syncing with the regional server.
//
//   main thread                                store thread              io thread
//   QTimer (200 ms) ─► FleetSimulator ─commit─► StoreService ──────────► Store ◄── SyncSession ◄─► server
//                      IncidentGenerator          ▲ unitChanged,                     (push outbox,
//                            │ positions           │ incidentChanged                   pull changes)
//                            └───────────────────────────────────────────► SyncSession::sendPositions
//
// Everything the fleet does is an ordinary change committed to the gateway's own store, so it reaches the
// server through the outbox like a desk's edits; what desks do (a dispatch) comes back as pulled changes and
// reaches the simulator as the store's signals. On first start with an empty store, the demo history is seeded
// (40 units, 200 incidents over the last day, the month's cases; pushed on the first connect) and the fleet grown
// to --units. The ETLE cameras record captures (EtleCaptureGenerator) that become ETLE cases the same way; with
// --settlement-out, the bank's settlement file for the demo's tickets waiting for payment is written at start.
class SimulateCommand : public QObject, private FieldSink
{
    Q_OBJECT
public:
    struct Options
    {
        ConnectionOptions connection;
        QString mapFile;
        int units = 200;
        quint64 seed = 0;
        int reportSeconds = 0; // 1–5: every unit reports at this interval; 0: each its own in 1–5 s
        double speedup = 1.0;
        bool incidents = true;
        bool captures = true;  // live ETLE captures
        QString settlementOut; // where to write the demo's bank settlement file; empty: nowhere
    };

    explicit SimulateCommand(Options options, QObject *parent = nullptr);
    ~SimulateCommand() override;

    void start();
    // Stops the session (BYE, bounded), then the store; emits finished(exitCode).
    void stop(int exitCode = 0);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void commit(const lintas::ChangeList &changes) override;
    void positions(const lintas::field::UnitFixes &fixes) override;

    void onStoreOpened(lintas::Hlc last);
    // What the store thread found (and did) at start.
    struct Loaded
    {
        QList<lintas::Unit> units;
        QList<lintas::Incident> incidents;
        bool seeded = false;
        QString error;
        int settlementRows = -1; // payments in the settlement file written; -1: none written
        QString settlementError;
    };
    void onLoaded(const Loaded &loaded);
    void recordCapture(const EtleCapture &capture);
    void startSession();
    void tick();
    void onStatus(const sync::SyncStatus &status);
    void report();
    void afterSession();

    Options m_options;
    std::unique_ptr<RoadNetwork> m_network;
    StoreService *m_store = nullptr;
    sync::SyncSession *m_session = nullptr;
    HybridClock m_clock;
    std::unique_ptr<ChangeFactory> m_factory;
    std::unique_ptr<FleetSimulator> m_simulator;
    std::unique_ptr<IncidentGenerator> m_generator;
    std::unique_ptr<ChangeFactory> m_captureFactory; // the ETLE centre's captures
    std::unique_ptr<EtleCaptureGenerator> m_captures;
    QTimer m_tick;
    QTimer m_report;
    qint64 m_startMs = 0;
    int m_incidentsMade = 0;
    int m_capturesMade = 0;
    int m_positionsSent = 0;
    int m_outbox = 0;
    sync::LinkState m_lastState = sync::LinkState::Stopped;
    bool m_stopping = false;
    bool m_announcedPushed = false;
    bool m_finished = false;
    int m_exitCode = 0;
};

} // namespace lintas::field
