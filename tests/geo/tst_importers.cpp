#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <shapefil.h>

#include "geo/importers/geojsonimporter.h"
#include "geo/importers/landmarkcsvimporter.h"
#include "geo/importers/shapefileboundaryimporter.h"
#include "geo/importers/shapefileroadimporter.h"

using namespace lintas::geo;

// The importers on the shipped data and on broken copies of it: every failure names the file, the record
// and what is wrong.
class TestImporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roadsFromShapefile();
    void truncatedShp();
    void truncatedDbf();
    void missingDbfField();
    void mismatchedDbf();
    void wrongShapeType();
    void projectedLayer();
    void boundariesFromShapefile();
    void geoJsonHappyPath();
    void geoJsonErrors_data();
    void geoJsonErrors();
    void landmarks();
    void landmarkErrors();

private:
    QString copyRoads(const QString &name) const;
    QString writeSmallLineLayer(const QString &name, bool withNameField, int dbfRecords) const;

    QTemporaryDir m_dir;
    const QString m_data = QStringLiteral(LINTAS_MAPS_DIR "/jakarta");
};

void TestImporters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(m_data + QStringLiteral("/jakarta_roads.shp")), qPrintable(m_data));
}

QString TestImporters::copyRoads(const QString &name) const
{
    for (const char *suffix : {".shp", ".shx", ".dbf", ".prj"}) {
        const QString target = m_dir.filePath(name + QLatin1StringView(suffix));
        QFile::remove(target);
        if (!QFile::copy(m_data + QStringLiteral("/jakarta_roads") + QLatin1StringView(suffix), target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return m_dir.filePath(name + QStringLiteral(".shp"));
}

// Three lines written with shapelib, with or without a NAME field and with `dbfRecords` attribute rows.
QString TestImporters::writeSmallLineLayer(const QString &name, bool withNameField, int dbfRecords) const
{
    const QByteArray base = QFile::encodeName(m_dir.filePath(name));
    SHPHandle shp = SHPCreate(base.constData(), SHPT_ARC);
    for (int i = 0; i < 3; ++i) {
        const double x[] = {106.80 + i * 0.01, 106.81 + i * 0.01};
        const double y[] = {-6.20, -6.21};
        SHPObject *object = SHPCreateSimpleObject(SHPT_ARC, 2, x, y, nullptr);
        SHPWriteObject(shp, -1, object);
        SHPDestroyObject(object);
    }
    SHPClose(shp);
    DBFHandle dbf = DBFCreate(base.constData());
    DBFAddField(dbf, "TYPE", FTString, 22, 0);
    if (withNameField)
        DBFAddField(dbf, "NAME", FTString, 50, 0);
    DBFAddField(dbf, "ONEWAY", FTString, 4, 0);
    for (int i = 0; i < dbfRecords; ++i) {
        DBFWriteStringAttribute(dbf, i, 0, "primary");
        DBFWriteStringAttribute(dbf, i, withNameField ? 2 : 1, i == 1 ? "-1" : "");
        if (withNameField)
            DBFWriteStringAttribute(dbf, i, 1, "Jalan Contoh");
    }
    DBFClose(dbf);
    return m_dir.filePath(name + QStringLiteral(".shp"));
}

void TestImporters::roadsFromShapefile()
{
    ShapefileRoadImporter importer;
    qint64 lastDone = -1;
    qint64 lastTotal = 0;
    bool monotonic = true;
    importer.setProgress([&](qint64 done, qint64 total) {
        monotonic = monotonic && done >= lastDone;
        lastDone = done;
        lastTotal = total;
    });
    QList<RoadFeature> roads;
    ImportError error;
    QVERIFY2(importer.read(m_data + QStringLiteral("/jakarta_roads.shp"), &roads, &error),
             qPrintable(error.toString()));
    // Every one of the 18,574 single-part features, with the class counts of the data README.
    QCOMPARE(roads.size(), 18574);
    QCOMPARE(importer.skippedRecords(), 0);
    QVERIFY(monotonic);
    QCOMPARE(lastDone, 18574);
    QCOMPARE(lastTotal, 18574);
    QHash<QString, int> byType;
    int forward = 0;
    int backward = 0;
    int withLanes = 0;
    for (const RoadFeature &r : std::as_const(roads)) {
        ++byType[r.highway];
        forward += r.oneWay == OneWay::Forward;
        backward += r.oneWay == OneWay::Backward;
        withLanes += r.lanes > 0;
        QVERIFY(r.points.size() >= 2);
    }
    QCOMPARE(byType.value(QStringLiteral("residential")), 14854);
    QCOMPARE(byType.value(QStringLiteral("tertiary")), 1064);
    QCOMPARE(byType.value(QStringLiteral("motorway")), 125);
    QCOMPARE(byType.value(QStringLiteral("trunk")), 1);
    // ONEWAY: 1,886 "yes", 31 "-1"; plus the 4 motorways without a value, which OSM implies one-way.
    QCOMPARE(forward, 1886 + 4);
    QCOMPARE(backward, 31);
    QCOMPARE(withLanes, 71 + 30 + 6 + 5);
}

void TestImporters::truncatedShp()
{
    const QString path = copyRoads(QStringLiteral("truncated"));
    QVERIFY(!path.isEmpty());
    QFile shp(path);
    const qint64 keep = shp.size() / 2;
    QVERIFY(shp.resize(keep));

    // The first record that no longer fits, from the .shx index (big-endian offsets and lengths in words).
    QFile shx(m_dir.filePath(QStringLiteral("truncated.shx")));
    QVERIFY(shx.open(QIODevice::ReadOnly));
    const QByteArray index = shx.readAll().mid(100);
    qint64 expected = 0;
    for (qsizetype i = 0; i + 8 <= index.size(); i += 8) {
        const qint64 offset = qFromBigEndian<qint32>(index.constData() + i) * 2;
        const qint64 length = qFromBigEndian<qint32>(index.constData() + i + 4) * 2;
        if (offset + length + 8 > keep) {
            expected = i / 8 + 1;
            break;
        }
    }
    QVERIFY(expected > 1);

    ShapefileRoadImporter importer;
    QList<RoadFeature> roads;
    ImportError error;
    QVERIFY(!importer.read(path, &roads, &error));
    QCOMPARE(error.file, QStringLiteral("truncated.shp"));
    QCOMPARE(error.record, expected);
    QVERIFY2(error.what.contains(QStringLiteral("truncated")), qPrintable(error.what));
    QVERIFY(error.toString().startsWith(QStringLiteral("truncated.shp: record %1: ").arg(expected)));
    QVERIFY(roads.isEmpty()); // nothing half-read is handed on
}

void TestImporters::truncatedDbf()
{
    const QString path = copyRoads(QStringLiteral("shortdbf"));
    QFile dbf(m_dir.filePath(QStringLiteral("shortdbf.dbf")));
    // Header 32 + 4 fields × 32 + 1 = 161 bytes; records of 1 + 22 + 114 + 14 + 11 = 162 bytes.
    QVERIFY(dbf.resize(161 + 162 * 1000 + 50));
    ShapefileRoadImporter importer;
    QList<RoadFeature> roads;
    ImportError error;
    QVERIFY(!importer.read(path, &roads, &error));
    QCOMPARE(error.file, QStringLiteral("shortdbf.dbf"));
    QCOMPARE(error.record, 1001);
    QVERIFY2(error.what.contains(QStringLiteral("truncated")), qPrintable(error.what));
}

void TestImporters::missingDbfField()
{
    const QString path = writeSmallLineLayer(QStringLiteral("noname"), false, 3);
    ShapefileRoadImporter importer;
    QList<RoadFeature> roads;
    ImportError error;
    QVERIFY(!importer.read(path, &roads, &error));
    QCOMPARE(error.file, QStringLiteral("noname.dbf"));
    QCOMPARE(error.record, 0);
    QVERIFY2(error.what.contains(QStringLiteral("NAME")), qPrintable(error.what));
    QVERIFY2(error.what.contains(QStringLiteral("TYPE, ONEWAY")), qPrintable(error.what)); // lists what is there

    // The same layer with the field reads, oneway -1 included.
    const QString good = writeSmallLineLayer(QStringLiteral("good"), true, 3);
    QVERIFY2(importer.read(good, &roads, &error), qPrintable(error.toString()));
    QCOMPARE(roads.size(), 3);
    QCOMPARE(roads[0].name, QStringLiteral("Jalan Contoh"));
    QCOMPARE(roads[0].roadClass, RoadClass::Primary);
    QCOMPARE(roads[1].oneWay, OneWay::Backward);
    QCOMPARE(roads[2].oneWay, OneWay::Both);
}

void TestImporters::mismatchedDbf()
{
    const QString path = writeSmallLineLayer(QStringLiteral("mismatch"), true, 2);
    ShapefileRoadImporter importer;
    QList<RoadFeature> roads;
    ImportError error;
    QVERIFY(!importer.read(path, &roads, &error));
    QCOMPARE(error.file, QStringLiteral("mismatch.dbf"));
    QVERIFY2(error.what.contains(QStringLiteral("2 records")) && error.what.contains(QStringLiteral("3")),
             qPrintable(error.what));
}

void TestImporters::wrongShapeType()
{
    ShapefileRoadImporter importer;
    QList<RoadFeature> roads;
    ImportError error;
    QVERIFY(!importer.read(m_data + QStringLiteral("/kecamatan_jakarta.shp"), &roads, &error));
    QCOMPARE(error.file, QStringLiteral("kecamatan_jakarta.shp"));
    QVERIFY2(error.what.contains(QStringLiteral("Polygon")), qPrintable(error.what));

    ShapefileBoundaryImporter boundaries;
    QList<SectorFeature> sectors;
    QVERIFY(!boundaries.read(m_data + QStringLiteral("/jakarta_roads.shp"), &sectors, &error));
    QVERIFY2(error.what.contains(QStringLiteral("Arc")), qPrintable(error.what));

    QVERIFY(!importer.read(m_dir.filePath(QStringLiteral("absent.shp")), &roads, &error));
    QCOMPARE(error.file, QStringLiteral("absent.shp"));
}

void TestImporters::projectedLayer()
{
    const QString path = copyRoads(QStringLiteral("projected"));
    QFile prj(m_dir.filePath(QStringLiteral("projected.prj")));
    QVERIFY(prj.open(QIODevice::WriteOnly | QIODevice::Truncate));
    prj.write("PROJCS[\"WGS_1984_UTM_Zone_48S\",GEOGCS[\"GCS_WGS_1984\"]]");
    prj.close();
    ShapefileRoadImporter importer;
    QList<RoadFeature> roads;
    ImportError error;
    QVERIFY(!importer.read(path, &roads, &error));
    QCOMPARE(error.file, QStringLiteral("projected.prj"));
    QVERIFY2(error.what.contains(QStringLiteral("WGS 84")), qPrintable(error.what));
}

void TestImporters::boundariesFromShapefile()
{
    ShapefileBoundaryImporter importer;
    QList<SectorFeature> sectors;
    ImportError error;
    QVERIFY2(importer.read(m_data + QStringLiteral("/kecamatan_jakarta.shp"), &sectors, &error),
             qPrintable(error.toString()));
    QCOMPARE(sectors.size(), 42);
    // Shapefile outer rings run clockwise (negative shoelace area in lon/lat), holes counter-clockwise: 3
    // kecamatan have more than one outer ring, 9 have more than one ring of any kind.
    const auto clockwise = [](const GeoPolygon::Ring &ring) {
        double area = 0.0;
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
            area += (ring[i].lon - ring[j].lon) * (ring[i].lat + ring[j].lat);
        return area > 0.0;
    };
    int multipart = 0;
    int withSeveralRings = 0;
    QHash<QString, int> perKota;
    for (const SectorFeature &s : std::as_const(sectors)) {
        multipart += std::count_if(s.polygon.rings().cbegin(), s.polygon.rings().cend(), clockwise) > 1;
        withSeveralRings += s.polygon.rings().size() > 1;
        ++perKota[s.kota];
    }
    QCOMPARE(multipart, 3);
    QCOMPARE(withSeveralRings, 9);
    QCOMPARE(perKota.value(QStringLiteral("Jakarta Pusat")), 8);
    QCOMPARE(perKota.value(QStringLiteral("Jakarta Selatan")), 10);
    const auto gambir =
        std::find_if(sectors.cbegin(), sectors.cend(), [](const SectorFeature &s) { return s.name == u"Gambir"; });
    QVERIFY(gambir != sectors.cend());
    QVERIFY(gambir->polygon.contains(-6.175392, 106.827153)); // Monas
    QCOMPARE(ShapefileBoundaryImporter::tidyName(QStringLiteral("KEBAYORAN BARU")), QStringLiteral("Kebayoran Baru"));
    QCOMPARE(ShapefileBoundaryImporter::tidyName(QStringLiteral("Setia Budi")), QStringLiteral("Setia Budi"));
}

void TestImporters::geoJsonHappyPath()
{
    const QByteArray json = R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"highway": "primary", "name": "Jalan Contoh", "oneway": "-1", "lanes": "3"},
         "geometry": {"type": "LineString", "coordinates": [[106.80, -6.20], [106.81, -6.21], [106.82, -6.21]]}},
        {"type": "Feature", "properties": {"highway": "residential", "name": "Gang Dua", "oneway": true},
         "geometry": {"type": "MultiLineString", "coordinates": [[[106.8, -6.2], [106.9, -6.2]], [[106.8, -6.3], [106.9, -6.3]]]}},
        {"type": "Feature", "properties": {"name": "Kecamatan Contoh", "kota": "Jakarta Contoh"},
         "geometry": {"type": "Polygon", "coordinates": [[[106.7, -6.3], [106.9, -6.3], [106.9, -6.1], [106.7, -6.1], [106.7, -6.3]]]}},
        {"type": "Feature", "properties": {"name": "Tugu Contoh", "kind": "monument"},
         "geometry": {"type": "Point", "coordinates": [106.8, -6.2]}},
        {"type": "Feature", "properties": {"name": "no geometry"}, "geometry": null}
    ]})";
    GeoJsonImporter importer;
    MapFeatures features;
    ImportError error;
    QVERIFY2(importer.readBytes(json, QStringLiteral("contoh.geojson"), &features, &error),
             qPrintable(error.toString()));
    QCOMPARE(features.roads.size(), 3);
    QCOMPARE(features.roads[0].roadClass, RoadClass::Primary);
    QCOMPARE(features.roads[0].oneWay, OneWay::Backward);
    QCOMPARE(features.roads[0].lanes, 3);
    QCOMPARE(features.roads[0].points.size(), 3);
    QCOMPARE(features.roads[0].points[0], (GeoPoint{-6.20, 106.80}));
    QCOMPARE(features.roads[1].oneWay, OneWay::Forward);
    QCOMPARE(features.roads[2].name, QStringLiteral("Gang Dua"));
    QCOMPARE(features.sectors.size(), 1);
    QCOMPARE(features.sectors[0].kota, QStringLiteral("Jakarta Contoh"));
    QVERIFY(features.sectors[0].polygon.contains(-6.2, 106.8));
    QCOMPARE(features.places.size(), 1);
    QCOMPARE(features.places[0].kind, QStringLiteral("monument"));

    // A bare geometry is one unnamed feature.
    MapFeatures bare;
    QVERIFY(importer.readBytes(R"({"type": "LineString", "coordinates": [[106.8, -6.2], [106.9, -6.2]]})",
                               QStringLiteral("bare.geojson"), &bare, &error));
    QCOMPARE(bare.roads.size(), 1);
    QCOMPARE(bare.roads[0].roadClass, RoadClass::Road);
}

void TestImporters::geoJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("record");
    QTest::addColumn<QString>("message");

    const QByteArray line =
        R"({"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[106.8, -6.2], [106.9, -6.2]]}})";
    QTest::newRow("not JSON") << QByteArray("{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": }]}")
                              << qint64(0) << "line 3, column";
    QTest::newRow("truncated JSON") << QByteArray(R"({"type": "FeatureCollection", "features": [)") << qint64(0)
                                    << "not valid JSON";
    QTest::newRow("no features") << QByteArray(R"({"type": "FeatureCollection"})") << qint64(0) << "\"features\"";
    QTest::newRow("one vertex") << QByteArray(R"({"type": "FeatureCollection", "features": [)" + line + R"(,
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[106.8, -6.2]]}}]})")
                                << qint64(2) << "too few positions (1; at least 2 needed)";
    QTest::newRow("latitude out of range")
        << QByteArray(R"({"type": "FeatureCollection", "features": [)" + line + "," + line + R"(,
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[106.8, -6.2], [-6.2, 106.8]]}}]})")
        << qint64(3) << "position 2: position [-6.2, 106.8] is not a WGS 84";
    QTest::newRow("position of strings")
        << QByteArray(R"({"type": "Feature", "geometry": {"type": "Point", "coordinates": ["106.8", "-6.2"]}})")
        << qint64(1) << "two numbers";
    QTest::newRow("unknown type")
        << QByteArray(
               R"({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Circle", "coordinates": []}}]})")
        << qint64(1) << "unknown geometry type \"Circle\"";
    QTest::newRow("open ring")
        << QByteArray(
               R"({"type": "Feature", "properties": {"name": "x"}, "geometry": {"type": "Polygon", "coordinates": [[[106.7, -6.3], [106.9, -6.3], [106.7, -6.3]]]}})")
        << qint64(1) << "ring 1: too few positions (3; at least 4 needed)";
    QTest::newRow("polygon without name")
        << QByteArray(
               R"({"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[106.7, -6.3], [106.9, -6.3], [106.9, -6.1], [106.7, -6.3]]]}})")
        << qint64(1) << "no \"name\"";
    QTest::newRow("feature not an object")
        << QByteArray(R"({"type": "FeatureCollection", "features": [42]})") << qint64(1) << "not a JSON object";
}

void TestImporters::geoJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, record);
    QFETCH(QString, message);
    GeoJsonImporter importer;
    MapFeatures features;
    ImportError error;
    QVERIFY(!importer.readBytes(json, QStringLiteral("bad.geojson"), &features, &error));
    QCOMPARE(error.file, QStringLiteral("bad.geojson"));
    QCOMPARE(error.record, record);
    QVERIFY2(error.what.contains(message), qPrintable(error.what));
    QVERIFY(features.roads.isEmpty() && features.sectors.isEmpty() && features.places.isEmpty());
}

void TestImporters::landmarks()
{
    LandmarkCsvImporter importer;
    QList<PlaceFeature> places;
    ImportError error;
    QVERIFY2(importer.read(QStringLiteral(LINTAS_LANDMARKS_CSV), &places, &error), qPrintable(error.toString()));
    QCOMPARE(places.size(), 75);
    QCOMPARE(places[0].name, QStringLiteral("Monumen Nasional (Monas)"));
    QCOMPARE(places[0].sector, QStringLiteral("Gambir"));
    QCOMPARE(places[0].position, (GeoPoint{-6.175392, 106.827153}));

    QList<PlaceFeature> quoted;
    QVERIFY(
        importer.readBytes("name,kind,latitude,longitude\n\"Pasar \"\"Baru\"\", Sawah Besar\",market,-6.16,106.83\n",
                           QStringLiteral("q.csv"), &quoted, &error));
    QCOMPARE(quoted.size(), 1);
    QCOMPARE(quoted[0].name, QStringLiteral("Pasar \"Baru\", Sawah Besar"));
}

void TestImporters::landmarkErrors()
{
    LandmarkCsvImporter importer;
    QList<PlaceFeature> places;
    ImportError error;
    QVERIFY(!importer.readBytes("name,kind,latitude,longitude\nA,x,-6.1,106.8\nB,x,106.8,-6.1\n",
                                QStringLiteral("swapped.csv"), &places, &error));
    QCOMPARE(error.toString(),
             QStringLiteral("swapped.csv: record 2: \"106.8, -6.1\" is not a latitude and longitude"));
    QVERIFY(
        !importer.readBytes("name,kind,latitude,longitude\nA,x,-6.1\n", QStringLiteral("short.csv"), &places, &error));
    QCOMPARE(error.record, 1);
    QVERIFY(!importer.readBytes("name,kind\nA,x\n", QStringLiteral("nocoords.csv"), &places, &error));
    QVERIFY(error.what.contains(QStringLiteral("latitude")));
    QVERIFY(places.isEmpty());
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
