#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The lintas-mapkit command line: exit codes, messages and the demo package the build made with it.
class TestMapkit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void infoOnDemoPackage();
    void importGeoJson();
    void errors_data();
    void errors();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result mapkit(const QStringList &arguments) const;

    QTemporaryDir m_dir;
};

void TestMapkit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LINTAS_MAPKIT)));
}

TestMapkit::Result TestMapkit::mapkit(const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(LINTAS_MAPKIT), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return Result{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError())};
}

void TestMapkit::help()
{
    const Result general = mapkit({QStringLiteral("--help")});
    QCOMPARE(general.exitCode, 0);
    QVERIFY(general.out.contains(QStringLiteral("import")));
    QVERIFY(general.out.contains(QStringLiteral("info")));
    const Result import = mapkit({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(import.exitCode, 0);
    for (const char *option : {"--roads", "--sectors", "--landmarks", "--name", "--out"})
        QVERIFY2(import.out.contains(QLatin1StringView(option)), option);
    QCOMPARE(mapkit({}).exitCode, 2);
    const Result unknown = mapkit({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
}

void TestMapkit::infoOnDemoPackage()
{
#ifdef LINTAS_DEMO_MAP
    const Result info = mapkit({QStringLiteral("info"), QStringLiteral(LINTAS_DEMO_MAP)});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QStringLiteral("attribution: Map data © OpenStreetMap contributors")),
             qPrintable(info.out));
    QVERIFY(info.out.contains(QStringLiteral("name: Jakarta\n")));
    QVERIFY(info.out.contains(QStringLiteral("roads: 18574\n")));
    QVERIFY(info.out.contains(QStringLiteral("sectors: 42\n")));
    QVERIFY(info.out.contains(QStringLiteral("  residential: 14854\n")));
    QVERIFY(info.out.contains(QStringLiteral("schema version: 1\n")));
#else
    QSKIP("the demo package is not part of this build");
#endif
}

void TestMapkit::importGeoJson()
{
    const QString json = m_dir.filePath(QStringLiteral("tiny.geojson"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"highway": "primary", "name": "Jalan Satu"},
         "geometry": {"type": "LineString", "coordinates": [[106.80, -6.20], [106.81, -6.20], [106.82, -6.20]]}},
        {"type": "Feature", "properties": {"highway": "residential", "name": "Jalan Dua", "oneway": "yes"},
         "geometry": {"type": "LineString", "coordinates": [[106.81, -6.20], [106.81, -6.21]]}},
        {"type": "Feature", "properties": {"name": "Contoh", "kota": "Kota Contoh"},
         "geometry": {"type": "Polygon", "coordinates": [[[106.7, -6.3], [106.9, -6.3], [106.9, -6.1], [106.7, -6.1], [106.7, -6.3]]]}}
    ]})");
    file.close();
    const QString out = m_dir.filePath(QStringLiteral("tiny.lintasmap"));
    const Result import =
        mapkit({QStringLiteral("import"), QStringLiteral("--roads"), json, QStringLiteral("--sectors"), json,
                QStringLiteral("--name"), QStringLiteral("Tiny"), QStringLiteral("-o"), out});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    // Jalan Satu is split where Jalan Dua joins it: 3 nodes; 2 two-way edges each way plus 1 one-way edge.
    QVERIFY2(import.out.contains(QStringLiteral("2 roads, 4 nodes, 5 edges")), qPrintable(import.out));
    const Result info = mapkit({QStringLiteral("info"), out});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains(QStringLiteral("name: Tiny\n")));
    QVERIFY(info.out.contains(QStringLiteral("source: tiny.geojson, tiny.geojson\n")));
}

void TestMapkit::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString roads = QStringLiteral(LINTAS_MAPS_DIR "/jakarta/jakarta_roads.shp");
    QTest::newRow("no output") << QStringList{QStringLiteral("import"), QStringLiteral("--roads"), roads} << 2
                               << "--out";
    QTest::newRow("missing input") << QStringList{QStringLiteral("import"), QStringLiteral("--roads"),
                                                  QStringLiteral("nowhere.shp"), QStringLiteral("--out"),
                                                  QStringLiteral("x.lintasmap")}
                                   << 1 << "nowhere.shp: the file does not exist";
    QTest::newRow("polygons as roads") << QStringList{QStringLiteral("import"), QStringLiteral("--roads"),
                                                      QStringLiteral(LINTAS_MAPS_DIR "/jakarta/kecamatan_jakarta.shp"),
                                                      QStringLiteral("--out"), QStringLiteral("x.lintasmap")}
                                       << 1 << "kecamatan_jakarta.shp: holds Polygon shapes";
    QTest::newRow("missing pbf") << QStringList{QStringLiteral("import"), QStringLiteral("bandung.osm.pbf"),
                                                QStringLiteral("-o"), QStringLiteral("x.lintasmap")}
                                 << 1 << "bandung.osm.pbf: the file does not exist";
    QTest::newRow("bad admin level") << QStringList{QStringLiteral("import"),
                                                    QStringLiteral("bandung.osm.pbf"),
                                                    QStringLiteral("--admin-level"),
                                                    QStringLiteral("kecamatan"),
                                                    QStringLiteral("-o"),
                                                    QStringLiteral("x.lintasmap")}
                                     << 2 << "--admin-level takes a number";
    QTest::newRow("unknown format") << QStringList{QStringLiteral("import"), QStringLiteral("roads.kml"),
                                                   QStringLiteral("-o"), QStringLiteral("x.lintasmap")}
                                    << 1 << "roads.kml: unknown road format";
    QTest::newRow("info on nothing") << QStringList{QStringLiteral("info"), QStringLiteral("absent.lintasmap")} << 1
                                     << "does not exist";
    QTest::newRow("info without file") << QStringList{QStringLiteral("info")} << 2 << "give one map package";
}

void TestMapkit::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result result = mapkit(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.lintasmap"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.lintasmap.part"))));
}

QTEST_GUILESS_MAIN(TestMapkit)
#include "tst_mapkit.moc"
