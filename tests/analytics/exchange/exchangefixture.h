#pragma once

// A small hand-built store for the exchange tests: three incidents and two cases whose every exported value is
// known here.
//
//   A  kecelakaan P1, Jl. Medan Merdeka Barat (JAKPUS), 2 of 3 lanes blocked, two units: the R2 on scene,
//      the R4 still en route; two notes (one with quotes, a comma, '<' and '&'); on scene.
//   B  banjir P2, Jl. Daan Mogot (JAKBAR), one note; reported.
//   C  kemacetan P3, Jl. TB Simatupang (JAKSEL), a day earlier; closed as a false report.
//   cases: a violation in Gambir with a position, a draft in Jakarta Barat without one.

#include <memory>

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include "core/articles.h"
#include "core/casefactory.h"
#include "core/changefactory.h"
#include "store/store.h"
#include "store/storereader.h"

namespace lintas::test {

class ExchangeFixture
{
public:
    // The clock of the changes: each commit moves it a minute on. The hybrid clock never goes back, so the build
    // starts with the older incident.
    qint64 nowMs = QDateTime(QDate(2026, 11, 26), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch(); // 09:00 WIB
    QString path;
    std::unique_ptr<Store> store;
    std::unique_ptr<HybridClock> clock;
    std::unique_ptr<ChangeFactory> changes;
    std::unique_ptr<CaseFactory> cases;
    QUuid accident, flood, jam, r2, r4, violation, draftCase;

    static QString noteWithSpecials() { return QStringLiteral("Sedan \"Avanza\" vs motor, <b>dua</b> korban & derek"); }

    // Opens a fresh store in `dir` under `name`.
    bool openEmpty(const QTemporaryDir &dir, const QString &name, const QString &site = QStringLiteral("desk-a"))
    {
        path = dir.filePath(name);
        store = std::make_unique<Store>(path, site);
        QString error;
        if (!store->open(&error)) {
            qWarning() << error;
            return false;
        }
        clock = std::make_unique<HybridClock>([this] { return nowMs; });
        changes = std::make_unique<ChangeFactory>(site, QStringLiteral("87050123"), clock.get());
        cases = std::make_unique<CaseFactory>(changes.get());
        return true;
    }

    bool commit(const ChangeList &list)
    {
        nowMs += 60 * 1000;
        const CommitResult result = store->commitLocal(list);
        if (!result.ok)
            qWarning() << result.error;
        return result.ok;
    }

    Incident incident(const QUuid &id) const { return *StoreReader(path).incident(id); }
    Unit unit(const QUuid &id) const { return *StoreReader(path).unit(id); }

    QUuid makeUnit(const QString &callsign, UnitKind kind, const QString &station)
    {
        Unit unit;
        unit.id = QUuid::createUuid();
        unit.callsign = callsign;
        unit.kind = kind;
        unit.stationCode = station;
        unit.status = UnitStatus::Available;
        return commit({changes->createUnit(unit)}) ? unit.id : QUuid();
    }

    bool build(const QTemporaryDir &dir)
    {
        if (!openEmpty(dir, QStringLiteral("source.db")))
            return false;
        // C: on the 26th at 09:00 WIB, closed as a false report.
        IncidentDraft draft;
        draft.typeCode = QStringLiteral("kemacetan");
        draft.priority = Priority::P3;
        draft.latitude = -6.2925;
        draft.longitude = 106.8203;
        draft.road = QStringLiteral("Jl. TB Simatupang");
        draft.kecamatan = QStringLiteral("Cilandak");
        draft.stationCode = QStringLiteral("JAKSEL");
        draft.narrative = QStringLiteral("Antrean panjang arah Pondok Indah");
        if (!commit(changes->createIncident(draft, &jam)))
            return false;
        if (!commit({changes->moveIncident(incident(jam), IncidentStatus::Closed)}))
            return false;

        // The 27th: two units at 09:00 and 09:01 WIB, the accident at 09:02.
        nowMs = QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
        r2 = makeUnit(QStringLiteral("JAKPUS-R2-03"), UnitKind::R2Patrol, QStringLiteral("JAKPUS"));
        r4 = makeUnit(QStringLiteral("JAKPUS-R4-01"), UnitKind::R4Patrol, QStringLiteral("JAKPUS"));

        // A: the accident.
        draft = IncidentDraft();
        draft.typeCode = QStringLiteral("kecelakaan");
        draft.priority = Priority::P1;
        draft.latitude = -6.1754;
        draft.longitude = 106.8222;
        draft.road = QStringLiteral("Jl. Medan Merdeka Barat");
        draft.landmark = QStringLiteral("Monas");
        draft.kelurahan = QStringLiteral("Gambir");
        draft.kecamatan = QStringLiteral("Gambir");
        draft.stationCode = QStringLiteral("JAKPUS");
        draft.reporterName = QStringLiteral("Andi");
        draft.reporterPhone = QStringLiteral("081234567890");
        draft.lanesBlocked = 2;
        draft.lanesTotal = 3;
        draft.narrative = noteWithSpecials();
        if (!commit(changes->createIncident(draft, &accident)))
            return false;
        if (!commit(changes->dispatch(incident(accident), unit(r2))))
            return false;
        const Incident dispatched = incident(accident);
        if (!commit(changes->moveUnit(unit(r2), UnitStatus::EnRoute, &dispatched)))
            return false;
        const Incident onTheWay = incident(accident);
        if (!commit(changes->moveUnit(unit(r2), UnitStatus::OnScene, &onTheWay)))
            return false;
        if (!commit(changes->dispatch(incident(accident), unit(r4))))
            return false;
        if (!commit({changes->addNote(accident, QStringLiteral("Derek diminta ke lokasi"))}))
            return false;

        // B: the flood.
        draft = IncidentDraft();
        draft.typeCode = QStringLiteral("banjir");
        draft.priority = Priority::P2;
        draft.latitude = -6.1553;
        draft.longitude = 106.7403;
        draft.road = QStringLiteral("Jl. Daan Mogot");
        draft.kecamatan = QStringLiteral("Cengkareng");
        draft.stationCode = QStringLiteral("JAKBAR");
        draft.narrative = QStringLiteral("Genangan 40 cm, motor mogok");
        if (!commit(changes->createIncident(draft, &flood)))
            return false;

        // Cases.
        QVariantMap data{{QLatin1String(casefield::kOffenderName), QStringLiteral("Budi Santoso")},
                         {QLatin1String(casefield::kOffenderNik), QStringLiteral("3171011505800001")},
                         {QLatin1String(casefield::kPlate), QStringLiteral("B 1234 XYZ")},
                         {QLatin1String(casefield::kVehicleKind), QStringLiteral("r2")},
                         {QLatin1String(casefield::kOfficerNrp), QStringLiteral("87050123")},
                         {QLatin1String(casefield::kOccurredAt), QStringLiteral("2026-11-27T08:00:00+07:00")},
                         {QLatin1String(casefield::kPlace), QStringLiteral("Jl. Medan Merdeka Barat, Gambir")},
                         {QLatin1String(casefield::kLatitude), -6.1760},
                         {QLatin1String(casefield::kLongitude), 106.8230},
                         {QLatin1String(casefield::kOutcome), QStringLiteral("tilang")},
                         {QLatin1String(casefield::kNarrative), QStringLiteral("Menerobos lampu merah")}};
        data.insert(cases->chargeFields({QStringLiteral("287(1)")}, ArticleCatalogue::builtIn()));
        if (!commit({cases->createCase(CaseKind::Violation, QStringLiteral("JAKPUS-GAMBIR"), data, &violation)}))
            return false;
        data = {{QLatin1String(casefield::kOffenderName), QStringLiteral("Siti \"Ami\" Aminah")},
                {QLatin1String(casefield::kPlate), QStringLiteral("B 9876 AB")},
                {QLatin1String(casefield::kVehicleKind), QStringLiteral("r2")},
                {QLatin1String(casefield::kOfficerNrp), QStringLiteral("87050123")},
                {QLatin1String(casefield::kOccurredAt), QStringLiteral("2026-11-27T07:30:00+07:00")},
                {QLatin1String(casefield::kPlace), QStringLiteral("Jl. Daan Mogot, Cengkareng")},
                {QLatin1String(casefield::kNarrative), QStringLiteral("Tidak memakai helm")}};
        return commit({cases->createCase(CaseKind::Violation, QStringLiteral("JAKBAR"), data, &draftCase)});
    }
};

} // namespace lintas::test
