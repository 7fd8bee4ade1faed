// The child of tst_crashsafety: opens a store and commits small batches as fast as it can, printing each op id
// only after commitLocal() has returned. Killed with SIGKILL at a random moment by the test.
//
//   usage: crashwriter STORE_PATH

#include <cstdio>

#include <QCoreApplication>
#include <QStringList>

#include "core/changefactory.h"
#include "core/uuidv7.h"
#include "store/store.h"

using namespace lintas;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: crashwriter STORE_PATH\n");
        return 2;
    }
    Store store(args.at(1), QStringLiteral("crash-desk"));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    HybridClock clock;
    clock.restore(store.lastHlc());
    ChangeFactory factory(QStringLiteral("crash-desk"), QStringLiteral("87050123"), &clock);

    Unit unit;
    unit.id = newUuidV7();
    unit.callsign = QStringLiteral("JAKPUS-R2-%1").arg(unit.id.toString(QUuid::WithoutBraces).right(4));
    unit.stationCode = QStringLiteral("JAKPUS");
    unit.crew = {QStringLiteral("87050123")};
    const auto commit = [&](const ChangeList &changes) {
        const CommitResult result = store.commitLocal(changes);
        if (!result.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            std::exit(1);
        }
        // Only now is the batch durable; the test holds the store to every line it reads.
        for (const Change &change : changes)
            std::printf("committed %s %s\n", qPrintable(change.opId.toString(QUuid::WithoutBraces)),
                        qPrintable(toString(change.kind)));
        std::fflush(stdout);
    };
    commit({factory.createUnit(unit)});
    std::printf("ready\n");
    std::fflush(stdout);

    for (int i = 0;; ++i) {
        IncidentDraft draft;
        draft.typeCode = QStringLiteral("kemacetan");
        draft.stationCode = QStringLiteral("JAKPUS-GAMBIR");
        draft.road = QStringLiteral("Jalan Medan Merdeka Barat");
        draft.narrative = QStringLiteral("Antrean kendaraan, batch %1").arg(i);
        QUuid id;
        ChangeList changes = factory.createIncident(draft, &id);
        Incident incident;
        incident.id = id;
        changes.append(factory.setIncidentFields(id, {{QStringLiteral("lanes_blocked"), i % 3}}));
        changes.append(factory.dispatch(incident, unit));
        unit.status = UnitStatus::Dispatched;
        unit.incidentId = id;
        incident.status = IncidentStatus::Dispatched;
        changes.append(factory.moveUnit(unit, UnitStatus::OnScene, &incident));
        unit.status = UnitStatus::OnScene;
        incident.status = IncidentStatus::OnScene;
        changes.append(factory.clearIncident(incident, {unit}));
        unit.status = UnitStatus::Available;
        unit.incidentId = QUuid();
        commit(changes);
    }
}
