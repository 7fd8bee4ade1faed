#include <queue>

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "geo/geodesy.h"
#include "geo/importers/landmarkcsvimporter.h"
#include "geo/importers/shapefileboundaryimporter.h"
#include "geo/importers/shapefileroadimporter.h"
#include "geo/mappackage.h"
#include "geo/mappackagebuilder.h"

using namespace lintas::geo;

// A map package built from the shipped Jakarta data, read back through MapPackage.
class TestMapPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void metadata();
    void roadsAroundMonas();
    void nearestRoad();
    void searchPlaces_data();
    void searchPlaces();
    void searchWithoutHits();
    void sectorAt_data();
    void sectorAt();
    void sectorLayer();
    void oneWayEdges();
    void graphIsSplitAtJunctions();
    void routeBetweenLandmarks();
    void refusesNewerSchema();
    void refusesOtherFiles();
    void failedBuildLeavesNothing();

private:
    QTemporaryDir m_dir;
    QString m_path;
    MapPackage m_package;
    QList<PlaceFeature> m_landmarks;
};

namespace {

const GeoPoint kMonas{-6.175392, 106.827153};
const GeoPoint kBundaranHi{-6.194920, 106.823030};

} // namespace

void TestMapPackage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString data = QStringLiteral(LINTAS_MAPS_DIR "/jakarta/");
    MapFeatures features;
    ImportError error;
    ShapefileRoadImporter roads;
    QVERIFY2(roads.read(data + QStringLiteral("jakarta_roads.shp"), &features.roads, &error),
             qPrintable(error.toString()));
    ShapefileBoundaryImporter sectors;
    QVERIFY2(sectors.read(data + QStringLiteral("kecamatan_jakarta.shp"), &features.sectors, &error),
             qPrintable(error.toString()));
    LandmarkCsvImporter landmarks;
    QVERIFY2(landmarks.read(QStringLiteral(LINTAS_LANDMARKS_CSV), &features.places, &error),
             qPrintable(error.toString()));
    m_landmarks = features.places;

    MapPackageBuilder builder;
    builder.setName(QStringLiteral("Jakarta"));
    builder.setSource(QStringLiteral("test"));
    builder.setAttribution(QStringLiteral("Map data © OpenStreetMap contributors"));
    QSet<QString> stages;
    builder.setProgress([&stages](const QString &stage, qint64, qint64) { stages.insert(stage); });
    m_path = m_dir.filePath(QStringLiteral("jakarta.lintasmap"));
    QString message;
    QVERIFY2(builder.write(features, m_path, &message), qPrintable(message));
    QCOMPARE(stages, (QSet<QString>{QStringLiteral("roads"), QStringLiteral("graph"), QStringLiteral("places"),
                                    QStringLiteral("sectors")}));
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".part")));
    QCOMPARE(builder.statistics().roads, 18574);
    QVERIFY2(m_package.open(m_path, &message), qPrintable(message));
}

void TestMapPackage::metadata()
{
    const MapMetadata &m = m_package.metadata();
    QCOMPARE(m.name, QStringLiteral("Jakarta"));
    QCOMPARE(m.attribution, QStringLiteral("Map data © OpenStreetMap contributors"));
    QCOMPARE(m.schemaVersion, MapPackage::kSchemaVersion);
    QVERIFY(m.buildDate.isValid());
    QVERIFY(qAbs(m.buildDate.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    // The union of the road and the kecamatan extents (data READMEs).
    QVERIFY(qAbs(m.bounds.west - 106.685587) < 1e-6);
    QVERIFY(qAbs(m.bounds.north - -6.088851) < 1e-6);
    QVERIFY(m.bounds.contains(kMonas.lat, kMonas.lon));

    const MapStatistics s = m_package.statistics();
    QCOMPARE(s.roads, 18574);
    QCOMPARE(s.roadsBySourceClass.value(QStringLiteral("residential")), 14854);
    QCOMPARE(s.roadsBySourceClass.value(QStringLiteral("primary_link")), 129);
    QCOMPARE(s.sectors, 42);
    QVERIFY(s.nodes > 20000);
    QVERIFY(s.edges > s.nodes);
    QVERIFY(s.places > 5000);
}

void TestMapPackage::roadsAroundMonas()
{
    const GeoBounds box = GeoBounds::around(kMonas.lat, kMonas.lon, 0.005);
    const QList<RoadPolyline> all = m_package.roadsIn(box);
    QVERIFY(all.size() > 20);
    QSet<QString> names;
    for (const RoadPolyline &r : all) {
        GeoBounds extent;
        for (const GeoPoint &p : r.points)
            extent.extend(p);
        QVERIFY(extent.intersects(GeoBounds::around(kMonas.lat, kMonas.lon, 0.00501))); // rtree floats round outward
        names.insert(r.name);
    }
    for (const char *name :
         {"Medan Merdeka Barat", "Medan Merdeka Selatan", "Medan Merdeka Timur", "Medan Merdeka Utara"})
        QVERIFY2(names.contains(QLatin1StringView(name)), name);
    // Least important first: painting in order leaves the big roads on top.
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1].roadClass >= all[i].roadClass);

    // At city zoom only the main roads come back.
    const QList<RoadPolyline> main = m_package.roadsIn(box, leastClassForZoom(12.0));
    QVERIFY(!main.isEmpty());
    QVERIFY(main.size() < all.size());
    for (const RoadPolyline &r : main)
        QVERIFY(r.roadClass <= RoadClass::PrimaryLink);

    QVERIFY(m_package.roadsIn(GeoBounds::around(0.0, 0.0, 0.01)).isEmpty());
}

void TestMapPackage::nearestRoad()
{
    // The closest named way is the Transjakarta busway in the middle of Jalan Thamrin; an address wants the
    // street.
    const auto busway =
        m_package.nearestRoad(kBundaranHi.lat, kBundaranHi.lon, 250.0, MapPackage::RoadFilter::NamedRoad);
    QVERIFY(busway.has_value());
    QCOMPARE(busway->roadClass, RoadClass::Service);
    const auto road =
        m_package.nearestRoad(kBundaranHi.lat, kBundaranHi.lon, 250.0, MapPackage::RoadFilter::NamedStreet);
    QVERIFY(road.has_value());
    QVERIFY2(road->name.contains(QStringLiteral("Thamrin")) || road->name.contains(QStringLiteral("Sudirman")) ||
                 road->name.contains(QStringLiteral("Bundaran")),
             qPrintable(road->name));
    QVERIFY2(road->distanceM < 100.0, qPrintable(QString::number(road->distanceM)));
    QVERIFY(road->distanceM >= busway->distanceM);
    QVERIFY(road->roadClass <= RoadClass::LivingStreet);
    // The snapped point is where the distance was measured to.
    QVERIFY(qAbs(distanceM(kBundaranHi.lat, kBundaranHi.lon, road->snapped.lat, road->snapped.lon) - road->distanceM) <
            0.5);

    // Standing on a vertex of a road gives that road at (almost) zero distance.
    const QList<RoadPolyline> some = m_package.roadsIn(GeoBounds::around(kMonas.lat, kMonas.lon, 0.003));
    QVERIFY(!some.isEmpty());
    const GeoPoint onRoad = some.last().points[1];
    const auto exact = m_package.nearestRoad(onRoad.lat, onRoad.lon);
    QVERIFY(exact.has_value());
    QVERIFY(exact->distanceM < 0.05);

    // Far out at sea nothing is near.
    QVERIFY(!m_package.nearestRoad(-5.9, 106.8).has_value());
}

void TestMapPackage::searchPlaces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::newRow("sudirman") << "sudirman"
                              << "Sudirman"
                              << "road";
    QTest::newRow("Jl. Sudirman") << "Jl. Sudirman"
                                  << "Sudirman"
                                  << "road";
    QTest::newRow("JALAN SUDIRMAN") << "JALAN SUDIRMAN"
                                    << "Sudirman"
                                    << "road";
    QTest::newRow("typing sudir") << "sudir"
                                  << "Sudirman"
                                  << "road";
    QTest::newRow("monas") << "monas"
                           << "Monumen Nasional (Monas)"
                           << "landmark";
    QTest::newRow("Monas upper") << "MONAS"
                                 << "Monumen Nasional (Monas)"
                                 << "landmark";
    QTest::newRow("Jl. Gatot Subroto") << "Jl. Gatot Subroto"
                                       << "Gatot Soebroto"
                                       << "road";
    QTest::newRow("Jl. M.H. Thamrin") << "Jl. M.H. Thamrin"
                                      << "MH Thamrin"
                                      << "road";
    QTest::newRow("stasiun gambir") << "stasiun gambir"
                                    << "Stasiun Gambir"
                                    << "landmark";
}

void TestMapPackage::searchPlaces()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    const QList<PlaceHit> hits = m_package.searchPlaces(text, 5);
    QVERIFY(!hits.isEmpty());
    QVERIFY(hits.size() <= 5);
    QCOMPARE(hits.first().name, name);
    QCOMPARE(hits.first().kind, kind);
    QVERIFY(m_package.metadata().bounds.contains(hits.first().position.lat, hits.first().position.lon));
    QVERIFY(hits.first().bounds.contains(hits.first().position.lat, hits.first().position.lon));
    QVERIFY(!hits.first().sector.isEmpty());
}

void TestMapPackage::searchWithoutHits()
{
    QVERIFY(m_package.searchPlaces(QStringLiteral("Jalan")).isEmpty());
    QVERIFY(m_package.searchPlaces(QStringLiteral("qwxyzzy")).isEmpty());
    QVERIFY(m_package.searchPlaces(QStringLiteral("\"")).isEmpty());
    QVERIFY(m_package.searchPlaces(QStringLiteral("monas"), 0).isEmpty());
    const auto hit = m_package.searchPlaces(QStringLiteral("monas"), 1);
    QCOMPARE(hit.size(), 1);
    QCOMPARE(hit.first().sector, QStringLiteral("Gambir"));
}

void TestMapPackage::sectorAt_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<QString>("kecamatan");
    // Every landmark of the gazetteer, whose kecamatan was looked up in the same boundaries (and which
    // includes points in the self-intersecting Tanjung Priok polygon).
    for (const PlaceFeature &p : std::as_const(m_landmarks))
        QTest::newRow(qPrintable(p.name)) << p.position.lat << p.position.lon << p.sector;
    QTest::newRow("Java Sea") << -6.0 << 106.8 << QString();
    QTest::newRow("Depok, outside DKI") << -6.40 << 106.82 << QString();
}

void TestMapPackage::sectorAt()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(QString, kecamatan);
    const auto sector = m_package.sectorAt(lat, lon);
    QCOMPARE(sector.has_value() ? sector->name : QString(), kecamatan);
}

void TestMapPackage::sectorLayer()
{
    const auto monas = m_package.sectorAt(kMonas.lat, kMonas.lon);
    QVERIFY(monas.has_value());
    QCOMPARE(monas->name, QStringLiteral("Gambir"));
    QCOMPARE(monas->kota, QStringLiteral("Jakarta Pusat"));
    const QList<Sector> all = m_package.sectors();
    QCOMPARE(all.size(), 42);
    int vertices = 0;
    for (const Sector &s : all)
        vertices += s.polygon.vertexCount();
    QVERIFY(vertices > 10000); // the boundaries are stored in full, not simplified away
    // The two kecamatan whose rings cross themselves still answer for their own interior.
    for (const char *name : {"Pancoran", "Tanjung Priok"}) {
        const auto it = std::find_if(all.cbegin(), all.cend(),
                                     [name](const Sector &s) { return s.name == QLatin1StringView(name); });
        QVERIFY(it != all.cend());
        int hits = 0;
        // Sample a grid over its bounds: a good share of the points must be inside and be found as this sector.
        const GeoBounds &b = it->polygon.bounds();
        for (int i = 1; i < 20; ++i) {
            for (int j = 1; j < 20; ++j) {
                const double lat = b.south + (b.north - b.south) * i / 20.0;
                const double lon = b.west + (b.east - b.west) * j / 20.0;
                if (it->polygon.contains(lat, lon)) {
                    ++hits;
                    QCOMPARE(m_package.sectorAt(lat, lon)->name, it->name);
                }
            }
        }
        QVERIFY2(hits > 60, qPrintable(QString::number(hits)));
    }
}

void TestMapPackage::oneWayEdges()
{
    const RoadGraph graph = m_package.loadGraph();
    QVERIFY(!graph.isEmpty());
    QHash<qint64, OneWay> oneWay;
    for (const RoadPolyline &r : m_package.roadsIn(m_package.metadata().bounds))
        oneWay.insert(r.id, r.oneWay);

    // Key of an edge regardless of direction: road and vertex span.
    const auto span = [&graph](int e) {
        return QString::number(graph.edgeRoadId(e)) + u':' +
               QString::number(std::min(graph.edgeFirstVertex(e), graph.edgeLastVertex(e))) + u':' +
               QString::number(std::max(graph.edgeFirstVertex(e), graph.edgeLastVertex(e)));
    };
    QHash<QString, int> directions;
    int forward = 0, backward = 0, both = 0;
    for (int e = 0; e < graph.edgeCount(); ++e) {
        ++directions[span(e)];
        const bool alongDrawing = graph.edgeFirstVertex(e) < graph.edgeLastVertex(e);
        switch (oneWay.value(graph.edgeRoadId(e))) {
        case OneWay::Forward:
            QVERIFY(alongDrawing);
            ++forward;
            break;
        case OneWay::Backward:
            QVERIFY(!alongDrawing);
            ++backward;
            break;
        case OneWay::Both:
            ++both;
            break;
        }
    }
    QVERIFY(forward > 1000);
    QVERIFY(backward > 10);
    QVERIFY(both > 50000);
    // A one-way stretch has exactly one edge, a two-way stretch exactly two.
    for (int e = 0; e < graph.edgeCount(); ++e) {
        const int expected = oneWay.value(graph.edgeRoadId(e)) == OneWay::Both ? 2 : 1;
        QCOMPARE(directions.value(span(e)), expected);
    }
    // Footways are drawn but never routed.
    for (int e = 0; e < graph.edgeCount(); ++e)
        QVERIFY(isDrivable(graph.edgeClass(e)));
}

void TestMapPackage::graphIsSplitAtJunctions()
{
    const RoadGraph graph = m_package.loadGraph();
    int junctions = 0;
    int deadEnds = 0;
    for (int n = 0; n < graph.nodeCount(); ++n) {
        junctions += graph.junctionDegree(n) > 2;
        deadEnds += graph.junctionDegree(n) == 1;
        for (int e = graph.firstEdge(n); e < graph.edgeEnd(n); ++e) {
            QCOMPARE(graph.edgeSource(e), n);
            QVERIFY(graph.edgeLengthM(e) > 0.0f);
        }
    }
    // The drawing layer has no topology; only snapping shared vertices makes junctions.
    QVERIFY2(junctions > 10000, qPrintable(QString::number(junctions)));
    QVERIFY(deadEnds > 0);
    // Every edge is at least as long as the straight line between its ends.
    for (int e = 0; e < graph.edgeCount(); e += 97) {
        const GeoPoint a = graph.node(graph.edgeSource(e));
        const GeoPoint b = graph.node(graph.edgeTarget(e));
        QVERIFY(graph.edgeLengthM(e) + 0.01f >= float(distanceM(a.lat, a.lon, b.lat, b.lon)));
    }
}

void TestMapPackage::routeBetweenLandmarks()
{
    // Plain Dijkstra from the road nearest Monas to the road nearest Bundaran HI: the graph must connect them
    // along a plausible path (the straight line is 2.2 km).
    const RoadGraph graph = m_package.loadGraph();
    const int from = graph.nearestNode(kMonas.lat, kMonas.lon);
    const int to = graph.nearestNode(kBundaranHi.lat, kBundaranHi.lon);
    QVERIFY(from >= 0 && to >= 0 && from != to);
    QList<double> dist(graph.nodeCount(), std::numeric_limits<double>::infinity());
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    dist[from] = 0.0;
    queue.push({0.0, from});
    while (!queue.empty()) {
        const auto [d, n] = queue.top();
        queue.pop();
        if (n == to)
            break;
        if (d > dist[n])
            continue;
        for (int e = graph.firstEdge(n); e < graph.edgeEnd(n); ++e) {
            const double next = d + double(graph.edgeLengthM(e));
            if (next < dist[graph.edgeTarget(e)]) {
                dist[graph.edgeTarget(e)] = next;
                queue.push({next, graph.edgeTarget(e)});
            }
        }
    }
    const double straight = distanceM(kMonas.lat, kMonas.lon, kBundaranHi.lat, kBundaranHi.lon);
    QVERIFY2(dist[to] < 2.0 * straight, qPrintable(QString::number(dist[to])));
    QVERIFY2(dist[to] > 0.8 * straight, qPrintable(QString::number(dist[to])));
}

void TestMapPackage::refusesNewerSchema()
{
    const QString copy = m_dir.filePath(QStringLiteral("future.lintasmap"));
    QVERIFY(QFile::copy(m_path, copy));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(copy);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE metadata SET value = '%1' WHERE name = 'schema_version'")
                               .arg(MapPackage::kSchemaVersion + 1)));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    MapPackage future;
    QString error;
    QVERIFY(!future.open(copy, &error));
    QVERIFY(!future.isOpen());
    QVERIFY2(error.contains(QStringLiteral("newer version of Lintas")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("map format %1").arg(MapPackage::kSchemaVersion + 1)), qPrintable(error));
}

void TestMapPackage::refusesOtherFiles()
{
    MapPackage package;
    QString error;
    QVERIFY(!package.open(m_dir.filePath(QStringLiteral("missing.lintasmap")), &error));
    QVERIFY(error.contains(QStringLiteral("does not exist")));

    const QString text = m_dir.filePath(QStringLiteral("notes.lintasmap"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database, just text that happens to have the suffix\n");
    file.close();
    QVERIFY(!package.open(text, &error));
    QVERIFY2(error.contains(QStringLiteral("not a Lintas map package")), qPrintable(error));
    QVERIFY(package.searchPlaces(QStringLiteral("monas")).isEmpty()); // closed packages answer nothing
}

void TestMapPackage::failedBuildLeavesNothing()
{
    MapPackageBuilder builder;
    QString error;
    const QString target = m_dir.filePath(QStringLiteral("no-such-dir/out.lintasmap"));
    MapFeatures one;
    one.roads.append(RoadFeature{QStringLiteral("primary"),
                                 RoadClass::Primary,
                                 QStringLiteral("A"),
                                 OneWay::Both,
                                 0,
                                 {{-6.2, 106.8}, {-6.21, 106.81}}});
    QVERIFY(!builder.write(one, target, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));

    QVERIFY(!builder.write(MapFeatures{}, m_dir.filePath(QStringLiteral("empty.lintasmap")), &error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("empty.lintasmap"))));

    // A rebuild over an existing package replaces it whole.
    const QString small = m_dir.filePath(QStringLiteral("small.lintasmap"));
    QVERIFY2(builder.write(one, small, &error), qPrintable(error));
    MapPackage package;
    QVERIFY(package.open(small, &error));
    QCOMPARE(package.statistics().roads, 1);
    QCOMPARE(package.statistics().nodes, 2);
    QCOMPARE(package.statistics().edges, 2);
}

QTEST_GUILESS_MAIN(TestMapPackage)
#include "tst_mappackage.moc"
