// Domain values ↔ wire messages: a change or a position survives the trip, and a record that does not make a
// valid change is refused with the bad field named.

#include <cmath>
#include <limits>

#include <QTest>

#include "core/uuidv7.h"
#include "sync/wire.h"

using namespace lintas;
using namespace lintas::sync;

namespace {

Change sampleChange()
{
    Change change;
    change.opId = uuidV7At(1732700000000);
    change.siteId = QStringLiteral("desk-jakpus-01");
    change.hlc = Hlc::fromParts(1732700000000, 3);
    change.actor = QStringLiteral("87050123");
    change.entity = EntityKind::Incident;
    change.entityId = uuidV7At(1732600000000);
    change.kind = ChangeKind::Transition;
    change.fields = {
        {QStringLiteral("from"), QStringLiteral("new")},
        {QStringLiteral("to"), QStringLiteral("dispatched")},
        {QStringLiteral("priority"), 2},
        {QStringLiteral("summary"), QStringLiteral("Tabrakan di Jl. Gatot Subroto — 2 korban, \"ringan\"")},
        {QStringLiteral("tags"), QVariantList{QStringLiteral("a"), 1.5, true}}};
    return change;
}

// Sends a record through serialisation, as the wire does.
wire::ChangeRecord overTheWire(const wire::ChangeRecord &record)
{
    wire::ChangeRecord received;
    if (!received.ParseFromString(record.SerializeAsString()))
        qFatal("a serialised ChangeRecord does not parse");
    return received;
}

} // namespace

class TestWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changeRoundTrip()
    {
        const Change original = sampleChange();
        wire::ChangeRecord record;
        toWire(original, &record);
        record.set_client_seq(17);
        const wire::ChangeRecord received = overTheWire(record);
        QCOMPARE(received.client_seq(), std::uint64_t(17));
        QCOMPARE(received.entity(), std::string("incident"));
        QCOMPARE(received.kind(), std::string("transition"));
        QCOMPARE(received.op_id(), original.opId.toString(QUuid::WithoutBraces).toStdString());

        Change back;
        QString error;
        QVERIFY2(fromWire(received, &back, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(back.opId, original.opId);
        QCOMPARE(back.siteId, original.siteId);
        QCOMPARE(back.hlc, original.hlc);
        QCOMPARE(back.actor, original.actor);
        QVERIFY(back.entity == original.entity);
        QCOMPARE(back.entityId, original.entityId);
        QVERIFY(back.kind == original.kind);
        QCOMPARE(back.schemaVersion, original.schemaVersion);
        QCOMPARE(back.fieldsJson(), original.fieldsJson());
        QCOMPARE(back.fields.value(QStringLiteral("summary")).toString(),
                 original.fields.value(QStringLiteral("summary")).toString());
    }

    void everyEntityAndKind()
    {
        for (const EntityKind entity : {EntityKind::Incident, EntityKind::Unit}) {
            for (const ChangeKind kind : {ChangeKind::Create, ChangeKind::Set, ChangeKind::Transition, ChangeKind::Note,
                                          ChangeKind::Dispatch}) {
                Change change = sampleChange();
                change.entity = entity;
                change.kind = kind;
                wire::ChangeRecord record;
                toWire(change, &record);
                Change back;
                QString error;
                QVERIFY2(fromWire(overTheWire(record), &back, &error), qPrintable(error));
                QVERIFY(back.entity == entity);
                QVERIFY(back.kind == kind);
            }
        }
    }

    void badField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("op_id not a uuid") << QStringLiteral("op_id") << QByteArray("not-a-uuid");
        QTest::newRow("op_id empty") << QStringLiteral("op_id") << QByteArray();
        QTest::newRow("op_id null uuid") << QStringLiteral("op_id")
                                         << QByteArray("00000000-0000-0000-0000-000000000000");
        QTest::newRow("entity_id") << QStringLiteral("entity_id") << QByteArray("1234");
        QTest::newRow("entity") << QStringLiteral("entity") << QByteArray("spaceship");
        QTest::newRow("entity case") << QStringLiteral("entity") << QByteArray("Incident");
        QTest::newRow("kind") << QStringLiteral("kind") << QByteArray("delete");
        QTest::newRow("site_id") << QStringLiteral("site_id") << QByteArray();
        QTest::newRow("fields_json broken") << QStringLiteral("fields_json") << QByteArray("{\"a\":");
        QTest::newRow("fields_json array") << QStringLiteral("fields_json") << QByteArray("[1,2]");
        QTest::newRow("fields_json empty") << QStringLiteral("fields_json") << QByteArray();
        QTest::newRow("fields_json trailing") << QStringLiteral("fields_json") << QByteArray("{} {}");
        QTest::newRow("hlc past 2^63") << QStringLiteral("hlc") << QByteArray("9223372036854775808");
        QTest::newRow("schema_version") << QStringLiteral("schema_version") << QByteArray("0");
        QTest::newRow("schema_version huge") << QStringLiteral("schema_version") << QByteArray("4294967295");
    }

    void badField()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, value);
        wire::ChangeRecord record;
        toWire(sampleChange(), &record);
        const std::string text = value.toStdString();
        if (field == QLatin1String("op_id"))
            record.set_op_id(text);
        else if (field == QLatin1String("entity_id"))
            record.set_entity_id(text);
        else if (field == QLatin1String("entity"))
            record.set_entity(text);
        else if (field == QLatin1String("kind"))
            record.set_kind(text);
        else if (field == QLatin1String("site_id"))
            record.set_site_id(text);
        else if (field == QLatin1String("fields_json"))
            record.set_fields_json(text);
        else if (field == QLatin1String("hlc"))
            record.set_hlc(value.toULongLong());
        else if (field == QLatin1String("schema_version"))
            record.set_schema_version(static_cast<std::uint32_t>(value.toULongLong()));
        else
            QFAIL("unknown field in the test table");

        Change untouched = sampleChange();
        const Change before = untouched;
        QString error;
        QVERIFY(!fromWire(overTheWire(record), &untouched, &error));
        QVERIFY2(error.startsWith(field + QLatin1Char(':')), qPrintable(error));
        QCOMPARE(untouched.opId, before.opId); // nothing half-written
        QCOMPARE(untouched.fields, before.fields);
    }

    void positionRoundTrip()
    {
        UnitPosition position;
        position.unitId = uuidV7At(1732700000000);
        position.callsign = QStringLiteral("JAKPUS-R2-03");
        position.latitude = -6.175392;
        position.longitude = 106.827153;
        position.headingDeg = 271.5;
        position.speedKmh = 38.25;
        position.atMs = 1732700001234;
        position.accuracyM = 4.5;

        wire::Position record;
        toWire(position, &record);
        wire::Position received;
        QVERIFY(received.ParseFromString(record.SerializeAsString()));
        UnitPosition back;
        QString error;
        QVERIFY2(fromWire(received, &back, &error), qPrintable(error));
        QCOMPARE(back.unitId, position.unitId);
        QCOMPARE(back.callsign, position.callsign);
        QCOMPARE(back.latitude, position.latitude); // doubles on the wire: exact
        QCOMPARE(back.longitude, position.longitude);
        QCOMPARE(back.headingDeg, position.headingDeg); // floats: exact for these values
        QCOMPARE(back.speedKmh, position.speedKmh);
        QCOMPARE(back.atMs, position.atMs);
        QCOMPARE(back.accuracyM, position.accuracyM);
    }

    void badPosition_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("unitId");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        const QString unit = uuidV7At(1).toString(QUuid::WithoutBraces);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("unit_id") << QStringLiteral("unit_id") << QStringLiteral("PJR-07") << -6.2 << 106.8;
        QTest::newRow("latitude range") << QStringLiteral("latitude") << unit << 91.0 << 106.8;
        QTest::newRow("latitude nan") << QStringLiteral("latitude") << unit << nan << 106.8;
        QTest::newRow("longitude range") << QStringLiteral("longitude") << unit << -6.2 << -180.5;
        QTest::newRow("longitude inf") << QStringLiteral("longitude") << unit << -6.2
                                       << std::numeric_limits<double>::infinity();
    }

    void badPosition()
    {
        QFETCH(QString, field);
        QFETCH(QString, unitId);
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        wire::Position record;
        record.set_unit_id(toStd(unitId));
        record.set_latitude(latitude);
        record.set_longitude(longitude);
        UnitPosition out;
        QString error;
        QVERIFY(!fromWire(record, &out, &error));
        QVERIFY2(error.startsWith(field + QLatin1Char(':')), qPrintable(error));
    }

    void positionWithoutExtras()
    {
        // A receiver without a compass sends NaN for the heading: the fix is still a fix.
        wire::Position record;
        record.set_unit_id(toStd(uuidV7At(1).toString()));
        record.set_latitude(-6.2);
        record.set_longitude(106.8);
        record.set_heading_deg(std::numeric_limits<float>::quiet_NaN());
        UnitPosition out;
        QString error;
        QVERIFY2(fromWire(record, &out, &error), qPrintable(error));
        QCOMPARE(out.headingDeg, 0.0);
    }

    void strings()
    {
        const QString text = QStringLiteral("Polda Metro Jaya — Ditlantas ✓");
        QCOMPARE(fromStd(toStd(text)), text);
        QCOMPARE(toStd(text).size(), std::size_t(text.toUtf8().size()));
        QCOMPARE(fromStd(std::string()), QString());
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
