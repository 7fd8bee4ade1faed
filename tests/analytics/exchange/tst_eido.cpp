// NENA EIDO export and import: the components and references of one incident's EIDO, the round trip into a
// fresh store, malformed files refused with the EIDO and field named and nothing imported, and a second import
// that adds nothing.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "analytics/exchange/eidoids.h"
#include "analytics/exchange/eidoimport.h"
#include "analytics/exchange/eidoreader.h"
#include "analytics/exchange/eidowriter.h"
#include "analytics/exchange/exchangereader.h"
#include "exchangefixture.h"
#include "storetest.h"

using namespace lintas;
using namespace lintas::test;

namespace {

QStringList noteTexts(const QList<IncidentNote> &notes)
{
    QStringList texts;
    for (const IncidentNote &note : notes)
        texts << note.text;
    return texts;
}

// Every "$ref" value anywhere below `value`.
void collectRefs(const QJsonValue &value, QStringList &refs)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectRefs(item, refs);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("$ref"))
                refs << it.value().toString();
            else
                collectRefs(it.value(), refs);
        }
    }
}

// The `$id` of the EIDO and of every component directly below it, in document order.
QStringList componentIds(const QJsonObject &eido)
{
    QStringList ids{eido.value(QLatin1String("$id")).toString()};
    for (auto it = eido.begin(); it != eido.end(); ++it) {
        if (it.value().isObject())
            ids << it.value().toObject().value(QLatin1String("$id")).toString();
        for (const QJsonValue &item : it.value().toArray())
            ids << item.toObject().value(QLatin1String("$id")).toString();
    }
    return ids;
}

qint64 changeCount(const QString &path)
{
    return scalar(path, QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
}

} // namespace

class TestEido : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ExchangeFixture m_source;
    QByteArray m_document; // the three incidents, oldest report first: C (jam), A (accident), B (flood)

    ExchangeScope everything() const { return ExchangeScope{QDate(2026, 11, 26), QDate(2026, 11, 27), QString()}; }

    // Read, look up and plan against the store at `path`; commit when the file is good. Returns the error.
    QString import(ExchangeFixture &target, const QByteArray &file, EidoImportPlan *planOut = nullptr)
    {
        const EidoReadResult read = EidoReader::read(file);
        if (!read.ok())
            return read.error;
        const EidoStoreState state = EidoImport::lookUp(read.incidents, StoreReader(target.path));
        const EidoImportPlan plan = EidoImport::plan(read.incidents, state, *target.changes);
        if (planOut)
            *planOut = plan;
        if (plan.isEmpty())
            return {};
        const CommitResult result = target.store->commitLocal(plan.changes);
        return result.ok ? QString() : result.error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_source.build(m_dir));
        m_document = EidoWriter().document(ExchangeReader(m_source.path).incidents(everything()));
    }

    void oneIncident()
    {
        const auto record = ExchangeReader(m_source.path).incident(m_source.accident);
        QVERIFY(record);
        QCOMPARE(record->resources.size(), 2);
        QCOMPARE(record->notes.size(), 2);
        QVERIFY(!record->timeline.isEmpty());
        const Incident &incident = record->incident;
        const QJsonObject eido = EidoWriter().eido(*record);

        QCOMPARE(eido.value(QLatin1String("$id")).toString(), eidoid::incident(m_source.accident));
        QCOMPARE(eido.value(QLatin1String("eidoVersion")).toString(), QStringLiteral("1.0"));
        QVERIFY(eido.value(QLatin1String("lastUpdateTimeStamp")).toString().endsWith(QLatin1String("+07:00")));

        const QJsonObject component = eido.value(QLatin1String("incidentComponent")).toObject();
        QCOMPARE(component.value(QLatin1String("incidentTypeInternalCode")).toString(), QStringLiteral("kecelakaan"));
        QCOMPARE(component.value(QLatin1String("incidentTypeCommonRegistryText")).toString(),
                 QStringLiteral("TrafficCollision"));
        QCOMPARE(component.value(QLatin1String("incidentStatusInternalText")).toArray().first().toString(),
                 QStringLiteral("on_scene"));
        QCOMPARE(component.value(QLatin1String("incidentCommonPriorityNumber")).toInt(), 1);
        QCOMPARE(component.value(QLatin1String("internalIncidentId")).toString(), incident.number);
        QVERIFY(incident.number.startsWith(QLatin1String("JAKPUS-20261127-")));
        QCOMPARE(component.value(QLatin1String("reportedTimestamp")).toString(),
                 QStringLiteral("2026-11-27T09:02:00+07:00"));
        QCOMPARE(component.value(QLatin1String("firstArrivalTimestamp")).toString(),
                 wibTimestamp(incident.firstArrivalAt));

        const QJsonArray locations = eido.value(QLatin1String("locationComponent")).toArray();
        QCOMPARE(locations.size(), 1);
        const QString pidf = locations.first().toObject().value(QLatin1String("locationByValue")).toString();
        QVERIFY2(pidf.contains(QLatin1String("<gml:pos>-6.1754000 106.8222000</gml:pos>")), qPrintable(pidf));
        QVERIFY(pidf.contains(QLatin1String("<ca:RD>Jl. Medan Merdeka Barat</ca:RD>")));
        QVERIFY(pidf.contains(QLatin1String("<ca:A3>Gambir</ca:A3>")));

        const QJsonArray agencies = eido.value(QLatin1String("agencyComponent")).toArray();
        QCOMPARE(agencies.size(), 2);
        QCOMPARE(agencies.at(0).toObject().value(QLatin1String("$id")).toString(),
                 eidoid::agency(QStringLiteral("JAKPUS")));
        QVERIFY(agencies.at(0).toObject().value(QLatin1String("incidentOwningAgencyIndicator")).toBool());
        QCOMPARE(agencies.at(1).toObject().value(QLatin1String("$id")).toString(),
                 eidoid::agency(QStringLiteral("PMJ")));

        const QJsonArray resources = eido.value(QLatin1String("emergencyResourceComponent")).toArray();
        QCOMPARE(resources.size(), 2);
        QStringList names;
        for (const QJsonValue &resource : resources)
            names << resource.toObject().value(QLatin1String("emergencyResourceName")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("JAKPUS-R2-03"), QStringLiteral("JAKPUS-R4-01")}));
        QCOMPARE(resources.at(0).toObject().value(QLatin1String("primaryUnitStatusRegistryText")).toString(),
                 QStringLiteral("OnScene"));
        QCOMPARE(resources.at(1).toObject().value(QLatin1String("primaryUnitStatusRegistryText")).toString(),
                 QStringLiteral("Dispatched"));

        const QJsonArray dispatches = eido.value(QLatin1String("dispatchComponent")).toArray();
        QCOMPARE(dispatches.size(), 2);
        QVERIFY(dispatches.at(0).toObject().contains(QLatin1String("arrivalTimestamp")));
        QVERIFY(!dispatches.at(1).toObject().contains(QLatin1String("arrivalTimestamp")));

        // Notes first, then the timeline lines; the incident refers to every one.
        const QJsonArray notes = eido.value(QLatin1String("notesComponent")).toArray();
        QCOMPARE(notes.size(), 2 + record->timeline.size());
        QCOMPARE(notes.at(0).toObject().value(QLatin1String("notesActionComments")).toString(),
                 ExchangeFixture::noteWithSpecials().toHtmlEscaped());
        QVERIFY(notes.last()
                    .toObject()
                    .value(QLatin1String("$id"))
                    .toString()
                    .startsWith(QLatin1String("urn:lintas:timeline:")));
        QCOMPARE(component.value(QLatin1String("notesReference")).toArray().size(), notes.size());

        // Every reference names a component of the same EIDO.
        QStringList refs;
        collectRefs(eido, refs);
        const QStringList idList = componentIds(eido);
        const QSet<QString> ids(idList.begin(), idList.end());
        QStringList twice; // every component's id is unique
        for (const QString &id : idList)
            if (idList.count(id) > 1 && !twice.contains(id))
                twice << id;
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QLatin1Char(' '))));
        for (const QString &ref : std::as_const(refs))
            QVERIFY2(ids.contains(ref), qPrintable(ref));

        // The caller's name and number stay home.
        const QByteArray json = QJsonDocument(eido).toJson();
        QVERIFY(!json.contains("081234567890"));
        QVERIFY(!json.contains("Andi"));
    }

    void documentShape()
    {
        const QJsonDocument all = QJsonDocument::fromJson(m_document);
        QVERIFY(all.isArray());
        QCOMPARE(all.array().size(), 3);
        QCOMPARE(all.array().at(0).toObject().value(QLatin1String("$id")).toString(), eidoid::incident(m_source.jam));
        const auto one = ExchangeReader(m_source.path).incident(m_source.flood);
        QVERIFY(QJsonDocument::fromJson(EidoWriter().document({*one})).isObject());
        // A station scope: JAKPUS only holds the accident; PMJ holds all three.
        QCOMPARE(ExchangeReader(m_source.path)
                     .incidents({QDate(2026, 11, 26), QDate(2026, 11, 27), QStringLiteral("JAKPUS")})
                     .size(),
                 1);
        QCOMPARE(ExchangeReader(m_source.path)
                     .incidents({QDate(2026, 11, 26), QDate(2026, 11, 27), QStringLiteral("PMJ")})
                     .size(),
                 3);
        QCOMPARE(ExchangeReader(m_source.path).incidents({QDate(2026, 11, 27), QDate(2026, 11, 27), QString()}).size(),
                 2);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        ExchangeFixture target;
        QVERIFY(target.openEmpty(dir, QStringLiteral("target.db"), QStringLiteral("desk-b")));
        EidoImportPlan plan;
        const QString error = import(target, m_document, &plan);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(plan.incidentsAdded, 3);
        QCOMPARE(plan.notesAdded, 4);
        QVERIFY(plan.alreadyPresent.isEmpty());

        const StoreReader source(m_source.path);
        const StoreReader copy(target.path);
        QCOMPARE(copy.incidentCount(), 3);
        for (const QUuid &id : {m_source.accident, m_source.flood, m_source.jam}) {
            const Incident a = *source.incident(id);
            const auto found = copy.incident(id);
            QVERIFY2(found, qPrintable(a.number));
            const Incident &b = *found;
            QCOMPARE(b.number, a.number);
            QCOMPARE(b.typeCode, a.typeCode);
            QCOMPARE(int(b.priority), int(a.priority));
            QCOMPARE(toString(b.status), toString(a.status));
            QVERIFY(qAbs(b.latitude - a.latitude) < 1e-6);
            QVERIFY(qAbs(b.longitude - a.longitude) < 1e-6);
            QCOMPARE(b.road, a.road);
            QCOMPARE(b.landmark, a.landmark);
            QCOMPARE(b.kelurahan, a.kelurahan);
            QCOMPARE(b.kecamatan, a.kecamatan);
            QCOMPARE(b.stationCode, a.stationCode);
            QCOMPARE(b.lanesBlocked, a.lanesBlocked);
            QCOMPARE(b.lanesTotal, a.lanesTotal);
            QCOMPARE(b.reportedAt, a.reportedAt);
            QCOMPARE(noteTexts(copy.notes(id)), noteTexts(source.notes(id)));
        }

        // The same file again adds nothing and says what was already there.
        const qint64 before = changeCount(target.path);
        EidoImportPlan again;
        QVERIFY(import(target, m_document, &again).isEmpty());
        QVERIFY(again.isEmpty());
        QCOMPARE(again.alreadyPresent.size(), 3);
        QVERIFY(again.summary().contains(source.incident(m_source.accident)->number));
        QCOMPARE(changeCount(target.path), before);

        // Importing a desk's own export into its own store adds nothing either.
        const qint64 sourceBefore = changeCount(m_source.path);
        QVERIFY(import(m_source, m_document, &again).isEmpty());
        QVERIFY(again.isEmpty());
        QCOMPARE(changeCount(m_source.path), sourceBefore);
    }

    void newNotesOnly()
    {
        // An incident already present gets the notes it lacks, and nothing else.
        QTemporaryDir dir;
        ExchangeFixture target;
        QVERIFY(target.openEmpty(dir, QStringLiteral("target.db"), QStringLiteral("desk-c")));
        QVERIFY(import(target, m_document).isEmpty());
        m_source.commit({m_source.changes->addNote(m_source.flood, QStringLiteral("Air mulai surut"))});
        const QByteArray updated = EidoWriter().document(ExchangeReader(m_source.path).incidents(everything()));
        EidoImportPlan plan;
        QVERIFY(import(target, updated, &plan).isEmpty());
        QCOMPARE(plan.incidentsAdded, 0);
        QCOMPARE(plan.notesAdded, 1);
        QCOMPARE(noteTexts(StoreReader(target.path).notes(m_source.flood)).last(), QStringLiteral("Air mulai surut"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");

        const QJsonArray all = QJsonDocument::fromJson(m_document).array();
        const QString second = eidoid::incident(m_source.accident);
        const auto edited = [&](const std::function<void(QJsonObject &)> &edit) {
            QJsonArray copy = all;
            QJsonObject eido = copy.at(1).toObject();
            edit(eido);
            copy.replace(1, eido);
            return QJsonDocument(copy).toJson();
        };
        const auto editIncident = [&](const std::function<void(QJsonObject &)> &edit) {
            return edited([&](QJsonObject &eido) {
                QJsonObject component = eido.value(QLatin1String("incidentComponent")).toObject();
                edit(component);
                eido.insert(QStringLiteral("incidentComponent"), component);
            });
        };
        const QString prefix = QStringLiteral("EIDO 2 (%1): ").arg(second);

        QTest::newRow("not JSON") << QByteArray("[{\"$id\": \"x\",") << QStringLiteral("The file is not JSON");
        QTest::newRow("no incidentComponent")
            << edited([](QJsonObject &eido) { eido.remove(QStringLiteral("incidentComponent")); })
            << prefix + QStringLiteral("incidentComponent: missing");
        QTest::newRow("bad latitude") << edited([](QJsonObject &eido) {
            QJsonArray locations = eido.value(QLatin1String("locationComponent")).toArray();
            QJsonObject location = locations.at(0).toObject();
            location.insert(QStringLiteral("locationByValue"),
                            location.value(QLatin1String("locationByValue"))
                                .toString()
                                .replace(QStringLiteral("-6.1754000 "), QStringLiteral("abc ")));
            locations.replace(0, location);
            eido.insert(QStringLiteral("locationComponent"), locations);
        }) << prefix + QStringLiteral("locationComponent[0].locationByValue: latitude 'abc' is not a number");
        QTest::newRow("unknown status") << editIncident([](QJsonObject &component) {
            component.insert(QStringLiteral("incidentStatusInternalText"), QJsonArray{QStringLiteral("parked")});
        }) << prefix + QStringLiteral("incidentComponent.incidentStatusInternalText[0]: 'parked' is not a status");
        QTest::newRow("priority out of range") << editIncident([](QJsonObject &component) {
            component.insert(QStringLiteral("incidentCommonPriorityNumber"), 9);
        }) << prefix + QStringLiteral("incidentComponent.incidentCommonPriorityNumber: 9 is not a priority");
        QTest::newRow("bad time") << editIncident([](QJsonObject &component) {
            component.insert(QStringLiteral("reportedTimestamp"), QStringLiteral("yesterday"));
        }) << prefix + QStringLiteral("incidentComponent.reportedTimestamp: 'yesterday' is not a date and time");
        QTest::newRow("no $id") << edited([](QJsonObject &eido) { eido.remove(QStringLiteral("$id")); })
                                << QStringLiteral("EIDO 2 (without $id): $id: missing");
        QTest::newRow("note without text") << edited([](QJsonObject &eido) {
            QJsonArray notes = eido.value(QLatin1String("notesComponent")).toArray();
            QJsonObject note = notes.at(1).toObject();
            note.insert(QStringLiteral("notesActionComments"), 42);
            notes.replace(1, note);
            eido.insert(QStringLiteral("notesComponent"), notes);
        }) << prefix + QStringLiteral("notesComponent[1].notesActionComments: 42 is not text");
        QTest::newRow("unknown station") << edited([](QJsonObject &eido) {
            QJsonObject component = eido.value(QLatin1String("incidentComponent")).toObject();
            component.remove(QStringLiteral("beatOrDispatchGroupText"));
            eido.insert(QStringLiteral("incidentComponent"), component);
            QJsonArray agencies = eido.value(QLatin1String("agencyComponent")).toArray();
            QJsonObject agency = agencies.at(0).toObject();
            agency.insert(QStringLiteral("$id"), eidoid::agency(QStringLiteral("ATLANTIS")));
            agencies.replace(0, agency);
            eido.insert(QStringLiteral("agencyComponent"), agencies);
        }) << prefix + QStringLiteral("agencyComponent[0].$id: 'ATLANTIS' is not a station");
    }

    void malformed()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        ExchangeFixture target;
        QVERIFY(target.openEmpty(dir, QStringLiteral("target.db"), QStringLiteral("desk-d")));
        const qint64 before = changeCount(target.path);
        const QString error = import(target, file);
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        // Nothing of the file went in, not even the good first EIDO.
        QCOMPARE(changeCount(target.path), before);
        QCOMPARE(StoreReader(target.path).incidentCount(), 0);
    }

    void pathsThroughTheStateMachine()
    {
        const auto path = [](IncidentStatus to) {
            QStringList names;
            for (IncidentStatus status : EidoImport::pathTo(to))
                names << toString(status);
            return names.join(QLatin1Char(' '));
        };
        QCOMPARE(path(IncidentStatus::Reported), QString());
        QCOMPARE(path(IncidentStatus::Closed), QStringLiteral("closed"));
        QCOMPARE(path(IncidentStatus::Cleared), QStringLiteral("dispatched on_scene cleared"));
    }
};

QTEST_GUILESS_MAIN(TestEido)
#include "tst_eido.moc"
