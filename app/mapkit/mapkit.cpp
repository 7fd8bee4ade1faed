#include "mapkit/mapkit.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

#include <unistd.h>

#include "geo/importers/geojsonimporter.h"
#include "geo/importers/landmarkcsvimporter.h"
#include "geo/importers/osmimporter.h"
#include "geo/importers/shapefileboundaryimporter.h"
#include "geo/importers/shapefileroadimporter.h"
#include "geo/mappackage.h"
#include "geo/mappackagebuilder.h"

namespace lintas {

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// QCommandLineParser prints the program's full path in its usage line; show the command as typed.
QString helpWithUsage(const QCommandLineParser &parser, const QString &usage)
{
    QString help = parser.helpText();
    const qsizetype end = help.indexOf(u'\n');
    return help.replace(0, end, usage);
}

enum class Format
{
    Shapefile,
    GeoJson,
    Osm,
    Unknown
};

Format formatOf(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(u".shp"))
        return Format::Shapefile;
    if (lower.endsWith(u".geojson") || lower.endsWith(u".json"))
        return Format::GeoJson;
    if (geo::OsmImporter::handles(path))
        return Format::Osm;
    return Format::Unknown;
}

// Progress on stderr: a percentage redrawn in place on a terminal, nothing when piped (logs stay clean).
class ProgressPrinter
{
public:
    explicit ProgressPrinter(bool enabled) : m_enabled(enabled && isatty(fileno(stderr))) {}
    void show(const QString &stage, qint64 done, qint64 total)
    {
        if (!m_enabled || total <= 0)
            return;
        const int percent = int(done * 100 / total);
        if (stage == m_stage && percent == m_percent)
            return;
        m_stage = stage;
        m_percent = percent;
        err() << '\r' << stage << ": " << percent << "%   " << (done >= total ? "\n" : "") << Qt::flush;
    }

private:
    bool m_enabled;
    QString m_stage;
    int m_percent = -1;
};

} // namespace

int Mapkit::run(const QStringList &arguments)
{
    // The commands print their own summary and errors; the library's info lines would repeat them.
    QLoggingCategory::setFilterRules(QStringLiteral("lintas.geo.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Builds Lintas map packages (*.lintasmap) from road, district and landmark data, and describes them.\n"
           "\n"
           "Commands:\n"
           "  import   build a map package (lintas-mapkit import --help)\n"
           "  info     print a package's metadata and counts (lintas-mapkit info FILE)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("import or info"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.parse(arguments);
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == u"import")
        return import(arguments.mid(0, 1) + positional.mid(1));
    if (command == u"info")
        return info(arguments.mid(0, 1) + positional.mid(1));
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("help")) || command.isEmpty()) {
        out() << helpWithUsage(parser, tr("Usage: lintas-mapkit [options] command [command options]"));
        return command.isEmpty() && !parser.isSet(QStringLiteral("help")) ? kExitUsage : 0;
    }
    err() << tr("lintas-mapkit: unknown command \"%1\"; try --help").arg(command) << Qt::endl;
    return kExitUsage;
}

int Mapkit::import(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Builds a map package from roads (OpenStreetMap data: .osm.pbf, .osm, .osm.gz, .osm.bz2; a PolyLine "
           "shapefile with OpenStreetMap attributes TYPE/HIGHWAY, NAME, ONEWAY, LANES; or GeoJSON), districts (a "
           "Polygon shapefile with KEC_NAME/NAME and KAB_NAME/KOTA, GeoJSON, or the administrative boundaries of "
           "OpenStreetMap data) and landmarks (CSV: name,kind,latitude,longitude[,kecamatan]). Input files are "
           "recognised by their extension. Coordinates must be WGS 84.\n"
           "OpenStreetMap input also gives named places, amenities and tourist sights for the place search, and, "
           "unless --sectors is given, its admin_level 6 boundaries (kecamatan) as districts.\n"
           "The package is written to FILE.part and renamed to FILE when complete.\n"
           "\n"
           "Examples:\n"
           "  lintas-mapkit import bandung.osm.pbf -o bandung.lintasmap\n"
           "  lintas-mapkit import --roads jakarta_roads.shp --sectors kecamatan_jakarta.shp \\\n"
           "      --landmarks landmarks.csv --name Jakarta --out jakarta.lintasmap"));
    parser.addHelpOption();
    const QCommandLineOption roadsOption(QStringLiteral("roads"),
                                         tr("Road lines (.osm.pbf, .osm, .shp or .geojson); repeatable."), tr("path"));
    const QCommandLineOption sectorsOption(QStringLiteral("sectors"),
                                           tr("District polygons (.shp, .geojson or OpenStreetMap boundaries); "
                                              "repeatable."),
                                           tr("path"));
    const QCommandLineOption adminLevelOption(
        QStringLiteral("admin-level"),
        tr("The OpenStreetMap admin_level read as districts (default 6, kecamatan); the level above names the "
           "city."),
        tr("level"), QStringLiteral("6"));
    const QCommandLineOption landmarksOption(QStringLiteral("landmarks"), tr("Landmarks CSV; repeatable."), tr("path"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("The package's display name."), tr("name"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")},
                                       tr("The package to write (*.lintasmap)."), tr("file"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          tr("What the data is, for the metadata (default: the input file names)."),
                                          tr("text"));
    const QCommandLineOption attributionOption(
        QStringLiteral("attribution"),
        tr("The attribution the map must show (default: \"Map data © OpenStreetMap contributors\")."), tr("text"));
    const QCommandLineOption quietOption({QStringLiteral("q"), QStringLiteral("quiet")}, tr("Print no progress."));
    parser.addOptions({roadsOption, sectorsOption, adminLevelOption, landmarksOption, nameOption, outOption,
                       sourceOption, attributionOption, quietOption});
    parser.addPositionalArgument(QStringLiteral("input"), tr("Road inputs, as with --roads."), tr("[input...]"));
    if (!parser.parse(arguments)) {
        err() << "lintas-mapkit import: " << parser.errorText() << Qt::endl;
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpWithUsage(parser, tr("Usage: lintas-mapkit import [options] [input...]"));
        return 0;
    }

    const QStringList roadInputs = parser.values(roadsOption) + parser.positionalArguments();
    const QString outPath = parser.value(outOption);
    if (roadInputs.isEmpty() || outPath.isEmpty()) {
        err() << tr("lintas-mapkit import: give at least one road input (a file, or --roads) and the output file "
                    "(-o/--out); see --help")
              << Qt::endl;
        return kExitUsage;
    }
    bool levelOk = false;
    const int adminLevel = parser.value(adminLevelOption).toInt(&levelOk);
    if (!levelOk || adminLevel < 2 || adminLevel > 11) {
        err() << tr("lintas-mapkit import: --admin-level takes a number from 2 to 11") << Qt::endl;
        return kExitUsage;
    }
    const QString name = parser.isSet(nameOption) ? parser.value(nameOption) : QFileInfo(outPath).completeBaseName();

    ProgressPrinter progress(!parser.isSet(quietOption));
    geo::MapFeatures features;
    geo::ImportError error;
    QStringList sourceNames;
    const auto failed = [&error]() {
        err() << "lintas-mapkit: " << error.toString() << Qt::endl;
        return kExitFailure;
    };
    const auto unsupported = [](const QString &path, const QString &what) {
        err() << "lintas-mapkit: " << QFileInfo(path).fileName() << ": " << what << Qt::endl;
        return kExitFailure;
    };

    for (const QString &path : roadInputs) {
        sourceNames.append(QFileInfo(path).fileName());
        const auto stage = tr("Reading %1").arg(QFileInfo(path).fileName());
        const auto report = [&progress, stage](qint64 done, qint64 total) { progress.show(stage, done, total); };
        switch (formatOf(path)) {
        case Format::Shapefile: {
            geo::ShapefileRoadImporter importer;
            importer.setProgress(report);
            if (!importer.read(path, &features.roads, &error))
                return failed();
            break;
        }
        case Format::GeoJson: {
            geo::GeoJsonImporter importer;
            importer.setProgress(report);
            if (!importer.read(path, &features, &error))
                return failed();
            break;
        }
        case Format::Osm: {
            geo::OsmImporter importer;
            importer.setProgress(report);
            importer.setReadSectors(!parser.isSet(sectorsOption));
            importer.setSectorAdminLevel(adminLevel);
            if (!importer.read(path, &features, &error))
                return failed();
            const auto &s = importer.statistics();
            if (s.waysMissingNodes > 0) {
                err() << "lintas-mapkit: "
                      << tr("%1: roads reaching beyond the extract, cut where their nodes are missing: %2")
                             .arg(QFileInfo(path).fileName())
                             .arg(s.waysMissingNodes)
                      << Qt::endl;
            }
            break;
        }
        case Format::Unknown:
            return unsupported(path, tr("unknown road format (expected .osm.pbf, .osm, .shp, .geojson or .json)"));
        }
    }
    for (const QString &path : parser.values(sectorsOption)) {
        sourceNames.append(QFileInfo(path).fileName());
        const auto stage = tr("Reading %1").arg(QFileInfo(path).fileName());
        const auto report = [&progress, stage](qint64 done, qint64 total) { progress.show(stage, done, total); };
        if (formatOf(path) == Format::Shapefile) {
            geo::ShapefileBoundaryImporter importer;
            importer.setProgress(report);
            if (!importer.read(path, &features.sectors, &error))
                return failed();
        } else if (formatOf(path) == Format::GeoJson) {
            geo::MapFeatures read;
            geo::GeoJsonImporter importer;
            importer.setProgress(report);
            if (!importer.read(path, &read, &error))
                return failed();
            features.sectors.append(read.sectors);
        } else if (formatOf(path) == Format::Osm) {
            geo::MapFeatures read;
            geo::OsmImporter importer;
            importer.setProgress(report);
            importer.setReadSectors(true);
            importer.setSectorAdminLevel(adminLevel);
            if (!importer.read(path, &read, &error))
                return failed();
            features.sectors.append(read.sectors);
        } else {
            return unsupported(path, tr("unknown district format (expected .shp, .geojson, .json or .osm.pbf)"));
        }
    }
    for (const QString &path : parser.values(landmarksOption)) {
        geo::LandmarkCsvImporter importer;
        if (!importer.read(path, &features.places, &error))
            return failed();
    }

    if (features.roads.isEmpty()) {
        err() << "lintas-mapkit: "
              << tr("the inputs hold no roads (%1); a map package needs at least one")
                     .arg(roadInputs.join(QStringLiteral(", ")))
              << Qt::endl;
        return kExitFailure;
    }

    geo::MapPackageBuilder builder;
    builder.setName(name);
    builder.setSource(parser.isSet(sourceOption) ? parser.value(sourceOption) : sourceNames.join(QStringLiteral(", ")));
    builder.setAttribution(parser.isSet(attributionOption) ? parser.value(attributionOption)
                                                           : QStringLiteral("Map data © OpenStreetMap contributors"));
    builder.setProgress([&progress](const QString &stage, qint64 done, qint64 total) {
        progress.show(tr("Writing %1").arg(stage), done, total);
    });
    QString writeError;
    if (!builder.write(features, outPath, &writeError)) {
        err() << "lintas-mapkit: " << writeError << Qt::endl;
        return kExitFailure;
    }
    const auto &s = builder.statistics();
    out() << tr("Wrote %1: %2 roads, %3 nodes, %4 edges, %5 places, %6 sectors")
                 .arg(outPath)
                 .arg(s.roads)
                 .arg(s.nodes)
                 .arg(s.edges)
                 .arg(s.places)
                 .arg(s.sectors)
          << Qt::endl;
    return 0;
}

int Mapkit::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the metadata and the counts of a map package."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The map package (*.lintasmap)."));
    if (!parser.parse(arguments)) {
        err() << "lintas-mapkit info: " << parser.errorText() << Qt::endl;
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpWithUsage(parser, tr("Usage: lintas-mapkit info [options] file"));
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << tr("lintas-mapkit info: give one map package; see --help") << Qt::endl;
        return kExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    geo::MapPackage package;
    QString error;
    if (!package.open(path, &error)) {
        err() << "lintas-mapkit: " << error << Qt::endl;
        return kExitFailure;
    }
    const geo::MapMetadata &m = package.metadata();
    const geo::MapStatistics s = package.statistics();
    const geo::GeoBounds &b = m.bounds;
    out() << tr("name: %1").arg(m.name) << '\n'
          << tr("bounds: south %1, west %2, north %3, east %4")
                 .arg(b.south, 0, 'f', 6)
                 .arg(b.west, 0, 'f', 6)
                 .arg(b.north, 0, 'f', 6)
                 .arg(b.east, 0, 'f', 6)
          << '\n'
          << tr("attribution: %1").arg(m.attribution) << '\n'
          << tr("source: %1").arg(m.source) << '\n'
          << tr("built: %1").arg(m.buildDate.toString(Qt::ISODate)) << '\n'
          << tr("schema version: %1").arg(m.schemaVersion) << '\n'
          << tr("generator: %1").arg(m.generator) << '\n'
          << tr("roads: %1").arg(s.roads) << '\n'
          << tr("nodes: %1").arg(s.nodes) << '\n'
          << tr("edges: %1").arg(s.edges) << '\n'
          << tr("places: %1").arg(s.places) << '\n'
          << tr("sectors: %1").arg(s.sectors) << '\n'
          << tr("roads by class:") << Qt::endl;
    for (auto it = s.roadsBySourceClass.cbegin(); it != s.roadsBySourceClass.cend(); ++it)
        out() << "  " << it.key() << ": " << it.value() << Qt::endl;
    return 0;
}

} // namespace lintas
