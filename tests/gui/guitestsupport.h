#pragma once

// Shared by the GUI tests: a small fixed store and helpers to wait for the store thread.

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/changefactory.h"
#include "core/hlc.h"
#include "core/uuidv7.h"
#include "messagebox.h"
#include "store/store.h"
#include "store/storeservice.h"

namespace lintas::test {

inline const QString kSite = QStringLiteral("0190a000-0000-7000-8000-00000000test");
inline const QString kActor = QStringLiteral("87050123");

// Settings and standard paths of a test never touch the user's.
inline void isolate(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LintasTest"));
    QCoreApplication::setApplicationName(QStringLiteral("lintas-gui-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
}

struct FixtureUnit
{
    const char *callsign;
    UnitKind kind;
    const char *station;
    double latitude;
    double longitude;
};

// Five units around central Jakarta and two incidents, committed through the one reducer.
inline bool seedFixture(const QString &path, QList<QUuid> *unitIds = nullptr, QList<QUuid> *incidentIds = nullptr)
{
    HybridClock clock;
    ChangeFactory factory(kSite, kActor, &clock);
    Store store(path, kSite);
    QString error;
    if (!store.open(&error)) {
        qWarning() << "fixture store:" << error;
        return false;
    }
    const FixtureUnit units[] = {
        {"JAKPUS-R2-01", UnitKind::R2Patrol, "JAKPUS", -6.1760, 106.8250},
        {"JAKPUS-R4-01", UnitKind::R4Patrol, "JAKPUS", -6.1800, 106.8300},
        {"JAKSEL-R2-01", UnitKind::R2Patrol, "JAKSEL", -6.2600, 106.8100},
        {"JAKBAR-R4-01", UnitKind::R4Patrol, "JAKBAR", -6.1650, 106.7600},
        {"PMJ-TOW-01", UnitKind::TowTruck, "JAKPUS", -6.1900, 106.8400},
    };
    ChangeList changes;
    for (const FixtureUnit &u : units) {
        Unit unit;
        unit.id = newUuidV7();
        unit.callsign = QString::fromLatin1(u.callsign);
        unit.kind = u.kind;
        unit.stationCode = QString::fromLatin1(u.station);
        unit.status = UnitStatus::Available;
        unit.latitude = u.latitude;
        unit.longitude = u.longitude;
        unit.positionAt = QDateTime::currentDateTimeUtc();
        changes.append(factory.createUnit(unit));
        if (unitIds)
            unitIds->append(unit.id);
    }
    const auto incident = [&](const QString &type, Priority priority, const QString &landmark, double lat, double lon,
                              int minutesAgo, const QString &narrative) {
        IncidentDraft draft;
        draft.typeCode = type;
        draft.priority = priority;
        draft.landmark = landmark;
        draft.latitude = lat;
        draft.longitude = lon;
        draft.stationCode = QStringLiteral("JAKPUS");
        draft.narrative = narrative;
        draft.reportedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        QUuid id;
        changes.append(factory.createIncident(draft, &id));
        if (incidentIds)
            incidentIds->append(id);
    };
    incident(QStringLiteral("kemacetan"), Priority::P3, QStringLiteral("Bundaran HI"), -6.1951, 106.8231, 40,
             QStringLiteral("Antrean panjang ke arah Sudirman"));
    incident(QStringLiteral("kendaraan_mogok"), Priority::P4, QStringLiteral("Jalan Medan Merdeka Barat"), -6.1760,
             106.8220, 15, QStringLiteral("Bus mogok di lajur kiri"));
    const CommitResult result = store.commitLocal(changes);
    if (!result.ok)
        qWarning() << "fixture commit:" << result.error;
    store.close();
    return result.ok;
}

// Starts the service and waits until the store is open.
inline bool startService(StoreService &service)
{
    QSignalSpy opened(&service, &StoreService::opened);
    QSignalSpy failed(&service, &StoreService::openFailed);
    service.start();
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 10000))
        return false;
    if (!failed.isEmpty())
        qWarning() << "open failed:" << failed.first().first().toString();
    return !opened.isEmpty();
}

// Submits and waits for the store to commit (true) or refuse (false).
inline bool commit(StoreService &service, const ChangeList &changes, QString *error = nullptr)
{
    QSignalSpy committed(&service, &StoreService::committed);
    QSignalSpy rejected(&service, &StoreService::rejected);
    service.submit(changes);
    if (!QTest::qWaitFor([&] { return !committed.isEmpty() || !rejected.isEmpty(); }, 10000))
        return false;
    if (!rejected.isEmpty() && error)
        *error = rejected.first().first().toString();
    return !committed.isEmpty();
}

// Answers every modal question with `answer` and records what was asked.
struct MessageBoxAnswerer
{
    explicit MessageBoxAnswerer(QMessageBox::StandardButton answer)
    {
        MessageBox::setResponder([this, answer](const MessageBox::Request &request) {
            asked.append(request);
            return answer;
        });
    }
    ~MessageBoxAnswerer() { MessageBox::setResponder({}); }
    QList<MessageBox::Request> asked;
};

} // namespace lintas::test
