// GeoJSON export of incidents and cases: a FeatureCollection that parses back, one feature per record in the
// scope, coordinates in longitude, latitude order (RFC 7946), a null geometry where no position is known.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "analytics/exchange/exchangereader.h"
#include "analytics/exchange/geojsonexport.h"
#include "exchangefixture.h"

using namespace lintas;
using namespace lintas::test;

namespace {

QJsonArray featuresOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull() ||
        document.object().value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        return {};
    return document.object().value(QLatin1String("features")).toArray();
}

QJsonObject byNumber(const QJsonArray &features, const QString &number)
{
    for (const QJsonValue &feature : features)
        if (feature.toObject()
                .value(QLatin1String("properties"))
                .toObject()
                .value(QLatin1String("number"))
                .toString() == number)
            return feature.toObject();
    return {};
}

} // namespace

class TestGeoJsonExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ExchangeFixture m_source;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_source.build(m_dir));
    }

    void incidents()
    {
        const ExchangeReader reader(m_source.path);
        const QJsonArray all =
            featuresOf(GeoJsonExport::incidents(reader.incidents({QDate(2026, 11, 26), QDate(2026, 11, 27), {}})));
        QCOMPARE(all.size(), 3);
        const Incident accident = m_source.incident(m_source.accident);
        const QJsonObject feature = byNumber(all, accident.number);
        QCOMPARE(feature.value(QLatin1String("type")).toString(), QStringLiteral("Feature"));
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        QCOMPARE(geometry.value(QLatin1String("type")).toString(), QStringLiteral("Point"));
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        QCOMPARE(coordinates.size(), 2);
        QCOMPARE(coordinates.at(0).toDouble(), 106.8222); // longitude first
        QCOMPARE(coordinates.at(1).toDouble(), -6.1754);
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        QCOMPARE(properties.value(QLatin1String("type")).toString(), QStringLiteral("kecelakaan"));
        QCOMPARE(properties.value(QLatin1String("status")).toString(), QStringLiteral("on_scene"));
        QCOMPARE(properties.value(QLatin1String("priority")).toInt(), 1);
        QCOMPARE(properties.value(QLatin1String("reported_at")).toString(),
                 QStringLiteral("2026-11-27T09:02:00+07:00"));
        QCOMPARE(properties.value(QLatin1String("units")).toArray().size(), 2);
        QCOMPARE(properties.value(QLatin1String("summary")).toString(), ExchangeFixture::noteWithSpecials());

        // Scope: one day, one station.
        QCOMPARE(featuresOf(GeoJsonExport::incidents(reader.incidents({QDate(2026, 11, 27), QDate(2026, 11, 27), {}})))
                     .size(),
                 2);
        QCOMPARE(featuresOf(GeoJsonExport::incidents(
                                reader.incidents({QDate(2026, 11, 26), QDate(2026, 11, 27), QStringLiteral("JAKBAR")})))
                     .size(),
                 1);
        QCOMPARE(featuresOf(GeoJsonExport::incidents({})).size(), 0);
    }

    void cases()
    {
        const ExchangeReader reader(m_source.path);
        const QList<ExchangeCase> cases = reader.cases({QDate(2026, 11, 27), QDate(2026, 11, 27), {}});
        QCOMPARE(cases.size(), 2);
        const QJsonArray all = featuresOf(GeoJsonExport::cases(cases));
        QCOMPARE(all.size(), 2);
        // Oldest first: the draft at 07:30 WIB has no position, the violation at 08:00 has one.
        const QJsonObject draft = all.at(0).toObject();
        QVERIFY(draft.value(QLatin1String("geometry")).isNull());
        QCOMPARE(draft.value(QLatin1String("properties")).toObject().value(QLatin1String("plate")).toString(),
                 QStringLiteral("B 9876 AB"));
        const QJsonObject violation = all.at(1).toObject();
        const QJsonArray coordinates =
            violation.value(QLatin1String("geometry")).toObject().value(QLatin1String("coordinates")).toArray();
        QCOMPARE(coordinates.at(0).toDouble(), 106.8230);
        QCOMPARE(coordinates.at(1).toDouble(), -6.1760);
        const QJsonObject properties = violation.value(QLatin1String("properties")).toObject();
        QCOMPARE(properties.value(QLatin1String("kind")).toString(), QStringLiteral("violation"));
        QCOMPARE(properties.value(QLatin1String("state")).toString(), QStringLiteral("draft"));
        QCOMPARE(properties.value(QLatin1String("station")).toString(), QStringLiteral("JAKPUS-GAMBIR"));
        QCOMPARE(properties.value(QLatin1String("occurred_at")).toString(),
                 QStringLiteral("2026-11-27T08:00:00+07:00"));
        QVERIFY(properties.value(QLatin1String("fine")).toDouble() > 0);

        // A Polres scope takes the cases of its Polsek.
        QCOMPARE(reader.cases({QDate(2026, 11, 27), QDate(2026, 11, 27), QStringLiteral("JAKPUS")}).size(), 1);
        QCOMPARE(reader.cases({QDate(2026, 11, 28), QDate(2026, 11, 28), {}}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGeoJsonExport)
#include "tst_geojsonexport.moc"
