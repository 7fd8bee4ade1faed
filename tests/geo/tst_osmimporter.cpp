#include <atomic>

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <osmium/io/any_input.hpp>
#include <osmium/io/any_output.hpp>

#include "geo/importers/osmimporter.h"
#include "geo/mappackage.h"

using namespace lintas::geo;

Q_DECLARE_METATYPE(lintas::geo::OneWay)
Q_DECLARE_METATYPE(lintas::geo::RoadClass)

// The OpenStreetMap importer on a hand-made extract of central Bandung (data/bandung-small.osm), read as XML
// and as PBF (written from the XML with libosmium's own writer at test time), and on broken inputs.
class TestOsmImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void xmlAndPbfGiveTheSameFeatures();
    void roads_data();
    void roads();
    void waysCutWhereNodesAreMissing();
    void fileNamesByExtension();
    void placesFromNodesAndOutlines();
    void sectorsFromBoundaries();
    void progressReachesTheFileSize();
    void cancelStopsTheRead();
    void brokenInputs_data();
    void brokenInputs();
    void mapkitImportsPbf();
    void mapkitRefusesTruncatedPbf();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    static MapFeatures readOk(const QString &path, bool sectors = false);

    QTemporaryDir m_dir;
    QString m_xml;
    QString m_pbf;
};

namespace {

const RoadFeature *roadNamed(const MapFeatures &features, const QString &name)
{
    for (const RoadFeature &road : features.roads) {
        if (road.name == name)
            return &road;
    }
    return nullptr;
}

} // namespace

void TestOsmImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_xml = QStringLiteral(LINTAS_OSM_FIXTURE);
    QVERIFY(QFile::exists(m_xml));
    // The PBF twin of the fixture, written by libosmium as any OSM tool would.
    m_pbf = m_dir.filePath(QStringLiteral("bandung-small.osm.pbf"));
    osmium::io::Reader reader{QFile::encodeName(m_xml).toStdString()};
    osmium::io::Writer writer{osmium::io::File{QFile::encodeName(m_pbf).toStdString(), "pbf"}, reader.header()};
    while (osmium::memory::Buffer buffer = reader.read())
        writer(std::move(buffer));
    writer.close();
    reader.close();
    QVERIFY(QFileInfo(m_pbf).size() > 100);
}

QString TestOsmImporter::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

MapFeatures TestOsmImporter::readOk(const QString &path, bool sectors)
{
    OsmImporter importer;
    importer.setReadSectors(sectors);
    MapFeatures features;
    ImportError error;
    if (!importer.read(path, &features, &error))
        qWarning() << "import failed:" << error.toString();
    return features;
}

void TestOsmImporter::xmlAndPbfGiveTheSameFeatures()
{
    const MapFeatures xml = readOk(m_xml, true);
    const MapFeatures pbf = readOk(m_pbf, true);
    QCOMPARE(xml.roads.size(), 6);
    QCOMPARE(pbf.roads.size(), xml.roads.size());
    for (qsizetype i = 0; i < xml.roads.size(); ++i) {
        const RoadFeature &a = xml.roads[i];
        const RoadFeature &b = pbf.roads[i];
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.highway, a.highway);
        QCOMPARE(b.roadClass, a.roadClass);
        QCOMPARE(b.oneWay, a.oneWay);
        QCOMPARE(b.lanes, a.lanes);
        QCOMPARE(b.points, a.points); // both hold 1e-7 degree fixed point: exactly equal
    }
    QCOMPARE(xml.places.size(), 4);
    QCOMPARE(pbf.places.size(), xml.places.size());
    for (qsizetype i = 0; i < xml.places.size(); ++i) {
        QCOMPARE(pbf.places[i].name, xml.places[i].name);
        QCOMPARE(pbf.places[i].kind, xml.places[i].kind);
        QCOMPARE(pbf.places[i].position, xml.places[i].position);
    }
    QCOMPARE(xml.sectors.size(), 1);
    QCOMPARE(pbf.sectors.size(), 1);
    QCOMPARE(pbf.sectors[0].name, xml.sectors[0].name);
    QCOMPARE(pbf.sectors[0].polygon.rings(), xml.sectors[0].polygon.rings());
}

void TestOsmImporter::roads_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<RoadClass>("roadClass");
    QTest::addColumn<OneWay>("oneWay");
    QTest::addColumn<int>("lanes");
    QTest::addColumn<int>("vertices");
    for (const QString &format : {QStringLiteral("xml"), QStringLiteral("pbf")}) {
        const auto row = [&format](const char *what) -> QTestData & {
            return QTest::addRow("%s %s", qPrintable(format), what) << format;
        };
        row("two-way residential") << QStringLiteral("Jalan Braga") << RoadClass::Residential << OneWay::Both << 0 << 3;
        row("oneway=yes primary") << QStringLiteral("Jalan Asia Afrika") << RoadClass::Primary << OneWay::Forward << 3
                                  << 3;
        row("oneway=-1") << QStringLiteral("Jalan Naripan") << RoadClass::Secondary << OneWay::Backward << 0 << 2;
        // No oneway tag and no name: one-way by OSM's rule for motorways, known by its ref; "2;3" lanes unknown.
        row("motorway implied one-way") << QStringLiteral("Tol Padaleunyi") << RoadClass::Motorway << OneWay::Forward
                                        << 0 << 3;
        row("roundabout implied one-way")
            << QStringLiteral("Bundaran Cikapayang") << RoadClass::Tertiary << OneWay::Forward << 0 << 4;
    }
}

void TestOsmImporter::roads()
{
    QFETCH(QString, format);
    QFETCH(QString, name);
    QFETCH(RoadClass, roadClass);
    QFETCH(OneWay, oneWay);
    QFETCH(int, lanes);
    QFETCH(int, vertices);
    const MapFeatures features = readOk(format == u"xml" ? m_xml : m_pbf);
    const RoadFeature *road = roadNamed(features, name);
    QVERIFY2(road, qPrintable(name));
    QCOMPARE(road->roadClass, roadClass);
    QCOMPARE(road->highway, roadClassOsmName(roadClass));
    QCOMPARE(road->oneWay, oneWay);
    QCOMPARE(road->lanes, lanes);
    QCOMPARE(road->points.size(), vertices);
    // The pedestrian square is an area, not a way to drive or walk along.
    QVERIFY(!roadNamed(features, QStringLiteral("Alun-alun Bandung")));
}

void TestOsmImporter::waysCutWhereNodesAreMissing()
{
    OsmImporter importer;
    MapFeatures features;
    ImportError error;
    QVERIFY2(importer.read(m_pbf, &features, &error), qPrintable(error.toString()));
    // Way 107 runs 40 → 99 → 41 → 42 and node 99 is not in the file: only 41 → 42 is left, never 40 → 41.
    const RoadFeature *service = nullptr;
    for (const RoadFeature &road : std::as_const(features.roads)) {
        if (road.roadClass == RoadClass::Service)
            service = &road;
    }
    QVERIFY(service);
    QCOMPARE(service->points.size(), 2);
    QCOMPARE(service->points.first(), (GeoPoint{-6.9105, 107.6010}));
    QCOMPARE(importer.statistics().waysMissingNodes, 1);
    QCOMPARE(importer.statistics().roads, 6);
}

void TestOsmImporter::fileNamesByExtension()
{
    for (const char *name : {"a.osm.pbf", "a.pbf", "a.osm", "a.osm.gz", "a.osm.bz2", "B.OSM.PBF"})
        QVERIFY2(OsmImporter::handles(QLatin1StringView(name)), name);
    for (const char *name : {"a.shp", "a.geojson", "a.osm.xml.zip", "osm"})
        QVERIFY2(!OsmImporter::handles(QLatin1StringView(name)), name);
    // Upper-case names are read by what they say, not refused as an unknown format.
    const QString upper = m_dir.filePath(QStringLiteral("BANDUNG.OSM.PBF"));
    QVERIFY(QFile::copy(m_pbf, upper));
    QCOMPARE(readOk(upper).roads.size(), 6);
}

void TestOsmImporter::placesFromNodesAndOutlines()
{
    const MapFeatures features = readOk(m_pbf);
    QHash<QString, PlaceFeature> byName;
    for (const PlaceFeature &place : features.places)
        byName.insert(place.name, place);
    QCOMPARE(byName.size(), 4); // the unnamed bench is not a place
    QCOMPARE(byName.value(QStringLiteral("Polrestabes Bandung")).kind, QStringLiteral("police"));
    QCOMPARE(byName.value(QStringLiteral("Polrestabes Bandung")).position, (GeoPoint{-6.9140, 107.6080}));
    QCOMPARE(byName.value(QStringLiteral("Museum Konperensi Asia Afrika")).kind, QStringLiteral("museum"));
    QCOMPARE(byName.value(QStringLiteral("Braga")).kind, QStringLiteral("suburb"));
    // The hospital is a building outline: its place is the middle of the four corners.
    const PlaceFeature hospital = byName.value(QStringLiteral("RS Santo Borromeus"));
    QCOMPARE(hospital.kind, QStringLiteral("hospital"));
    QVERIFY(qAbs(hospital.position.lat - -6.8995) < 1e-9);
    QVERIFY(qAbs(hospital.position.lon - 107.6155) < 1e-9);
}

void TestOsmImporter::sectorsFromBoundaries()
{
    QVERIFY(readOk(m_pbf, false).sectors.isEmpty()); // off unless asked for

    const MapFeatures features = readOk(m_pbf, true);
    QCOMPARE(features.sectors.size(), 1); // admin_level 6 only; the level-5 city names it
    const SectorFeature &sector = features.sectors.first();
    QCOMPARE(sector.name, QStringLiteral("Sumur Bandung"));
    QCOMPARE(sector.kota, QStringLiteral("Kota Bandung"));
    QVERIFY(sector.polygon.contains(-6.9150, 107.6090));  // Jalan Braga
    QVERIFY(!sector.polygon.contains(-6.9290, 107.6000)); // the toll road, south of it

    OsmImporter levelFive;
    levelFive.setReadSectors(true);
    levelFive.setSectorAdminLevel(5);
    MapFeatures cities;
    ImportError error;
    QVERIFY(levelFive.read(m_xml, &cities, &error));
    QCOMPARE(cities.sectors.size(), 1);
    QCOMPARE(cities.sectors.first().name, QStringLiteral("Kota Bandung"));
}

void TestOsmImporter::progressReachesTheFileSize()
{
    for (const bool sectors : {false, true}) {
        OsmImporter importer;
        importer.setReadSectors(sectors);
        QList<std::pair<qint64, qint64>> calls;
        importer.setProgress([&calls](qint64 done, qint64 total) { calls.append({done, total}); });
        MapFeatures features;
        ImportError error;
        QVERIFY(importer.read(m_pbf, &features, &error));
        QVERIFY(!calls.isEmpty());
        const qint64 size = QFileInfo(m_pbf).size();
        // Bytes of the file, once per pass.
        QCOMPARE(calls.last(), (std::pair<qint64, qint64>{size * (sectors ? 2 : 1), size * (sectors ? 2 : 1)}));
        for (qsizetype i = 1; i < calls.size(); ++i)
            QVERIFY(calls[i].first >= calls[i - 1].first);
    }
}

void TestOsmImporter::cancelStopsTheRead()
{
    std::atomic_bool cancel{true};
    OsmImporter importer;
    importer.setCancelFlag(&cancel);
    MapFeatures features;
    features.roads.append(RoadFeature{});
    ImportError error;
    QVERIFY(!importer.read(m_pbf, &features, &error));
    QCOMPARE(error.what, QStringLiteral("the import was cancelled"));
    QCOMPARE(features.roads.size(), 1);
}

void TestOsmImporter::brokenInputs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QFile pbf(m_pbf);
    QVERIFY(pbf.open(QIODevice::ReadOnly));
    const QByteArray whole = pbf.readAll();
    QByteArray garbage(4096, Qt::Uninitialized);
    QRandomGenerator random(20240611); // seeded: the same bytes on every run
    for (char &c : garbage)
        c = char(random.bounded(256));
    garbage[0] = '\x7f'; // a BlobHeader length no PBF has

    QTest::newRow("pbf cut in half") << "half.osm.pbf" << whole.left(whole.size() / 2)
                                     << "half.osm.pbf: the file ends early: the PBF data is truncated";
    QTest::newRow("pbf cut in the header")
        << "header.osm.pbf" << whole.left(10) << "header.osm.pbf: the file ends early";
    QTest::newRow("garbage pbf") << "garbage.osm.pbf" << garbage << "garbage.osm.pbf: the PBF data is corrupt";
    QTest::newRow("garbage xml") << "garbage.osm" << garbage << "garbage.osm: the XML is malformed at line 1";
    QTest::newRow("xml cut short") << "cut.osm"
                                   << QByteArray("<?xml version=\"1.0\"?>\n<osm version=\"0.6\">\n"
                                                 "  <node id=\"1\" lat=\"-6.9\" lon=\"107.6\"/>\n")
                                   << "cut.osm: the XML is malformed at line 4, column 1: no element found";
    QTest::newRow("mismatched tag") << "tag.osm"
                                    << QByteArray(
                                           "<osm version=\"0.6\">\n<node id=\"1\" lat=\"1\" lon=\"2\">\n</osm>\n")
                                    << "tag.osm: the XML is malformed at line 3, column 3: mismatched tag";
    QTest::newRow("not osm") << "track.osm" << QByteArray("<gpx version=\"1.1\"></gpx>\n")
                             << "track.osm: the XML is not OpenStreetMap data";
    QTest::newRow("empty") << "empty.osm.pbf" << QByteArray() << "empty.osm.pbf: the file is empty";
}

void TestOsmImporter::brokenInputs()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = writeFile(name, bytes);
    QVERIFY(!path.isEmpty());
    for (const bool sectors : {false, true}) {
        OsmImporter importer;
        importer.setReadSectors(sectors);
        MapFeatures features;
        features.places.append(PlaceFeature{QStringLiteral("kept"), QStringLiteral("landmark"), {}, {}});
        ImportError error;
        QVERIFY(!importer.read(path, &features, &error));
        QVERIFY2(error.toString().startsWith(message), qPrintable(error.toString()));
        QCOMPARE(error.file, name);
        // Nothing half-read is handed on.
        QVERIFY(features.roads.isEmpty());
        QCOMPARE(features.places.size(), 1);
    }
}

void TestOsmImporter::mapkitImportsPbf()
{
#ifdef LINTAS_MAPKIT
    const QString out = m_dir.filePath(QStringLiteral("bandung.lintasmap"));
    QProcess import;
    import.start(QStringLiteral(LINTAS_MAPKIT), {QStringLiteral("import"), m_pbf, QStringLiteral("-o"), out});
    QVERIFY(import.waitForFinished(60000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    // 5 named roads + 4 places in the place index; the kecamatan from the boundary relation.
    QVERIFY2(import.readAllStandardOutput().contains("6 roads, 9 nodes, 7 edges, 9 places, 1 sectors"),
             "unexpected summary");

    QProcess info;
    info.start(QStringLiteral(LINTAS_MAPKIT), {QStringLiteral("info"), out});
    QVERIFY(info.waitForFinished(60000));
    QCOMPARE(info.exitCode(), 0);
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("name: bandung\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("source: bandung-small.osm.pbf\n")));
    QVERIFY(text.contains(QStringLiteral("roads: 6\n")));
    QVERIFY(text.contains(QStringLiteral("sectors: 1\n")));
    QVERIFY(text.contains(QStringLiteral("  motorway: 1\n")));

    // The package answers what a dispatcher asks of it.
    MapPackage package;
    QString error;
    QVERIFY2(package.open(out, &error), qPrintable(error));
    const auto sector = package.sectorAt(-6.9150, 107.6090);
    QVERIFY(sector);
    QCOMPARE(sector->name, QStringLiteral("Sumur Bandung"));
    QCOMPARE(sector->kota, QStringLiteral("Kota Bandung"));
    const QList<PlaceHit> hits = package.searchPlaces(QStringLiteral("polrestabes"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().sector, QStringLiteral("Sumur Bandung"));
    QCOMPARE(package.searchPlaces(QStringLiteral("Jl. Asia Afrika")).value(0).kind, QStringLiteral("road"));
#else
    QSKIP("lintas-mapkit is not part of this build");
#endif
}

void TestOsmImporter::mapkitRefusesTruncatedPbf()
{
#ifdef LINTAS_MAPKIT
    QFile pbf(m_pbf);
    QVERIFY(pbf.open(QIODevice::ReadOnly));
    const QString cut = writeFile(QStringLiteral("cut.osm.pbf"), pbf.readAll().chopped(200));
    const QString out = m_dir.filePath(QStringLiteral("cut.lintasmap"));
    QProcess import;
    import.start(QStringLiteral(LINTAS_MAPKIT), {QStringLiteral("import"), cut, QStringLiteral("-o"), out});
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitStatus(), QProcess::NormalExit);
    QCOMPARE(import.exitCode(), 1);
    const QString err = QString::fromUtf8(import.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("cut.osm.pbf: the file ends early")), qPrintable(err));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
#else
    QSKIP("lintas-mapkit is not part of this build");
#endif
}

QTEST_GUILESS_MAIN(TestOsmImporter)
#include "tst_osmimporter.moc"
