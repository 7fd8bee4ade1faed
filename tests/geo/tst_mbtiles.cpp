#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "geo/mbtiles.h"
#include "geo/tilemath.h"
#include "geo/webmercator.h"

using namespace lintas::geo;

namespace {

QByteArray pngTile(const QColor &color)
{
    QImage image(256, 256, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Reads a column straight from the file, bypassing MBTiles, to check what a third-party reader sees.
QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

// EPSG:3857 metres of a longitude/latitude.
QPointF mercatorMetres(double lat, double lon)
{
    const double world = metresPerPixel(0, 0) * kTileSize; // the equator's length in EPSG:3857
    const QPointF p = toWorldPixels(lat, lon, 0);
    return QPointF(p.x() / kTileSize * world - world / 2, world / 2 - p.y() / kTileSize * world);
}

} // namespace

class TestMBTiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writeAndReadBackByXyz()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/cache.mbtiles"));
        const TileId monas{14, 13053, 8473};
        const QByteArray red = pngTile(Qt::red);
        {
            MBTiles file;
            QString error;
            QVERIFY2(file.open(path, MBTiles::OpenMode::ReadWrite, &error), qPrintable(error));
            QVERIFY(!file.isReadOnly());
            QVERIFY(!file.tile(monas));
            QVERIFY(!file.hasTile(monas));
            QVERIFY(file.writeTile(monas, red));
            QVERIFY(file.hasTile(monas));
            QCOMPARE(file.tile(monas).value(), red);
            // Not the flipped tile: XYZ in, XYZ out.
            QVERIFY(!file.hasTile(TileId{14, 13053, 7910}));
            QCOMPARE(file.tileCount(), 1);
            QCOMPARE(file.totalBytes(), red.size());
            // Writing the same tile again replaces it (the unique index), it does not add a row.
            const QByteArray blue = pngTile(Qt::blue);
            QVERIFY(file.writeTile(monas, blue));
            QCOMPARE(file.tileCount(), 1);
            QCOMPARE(file.totalBytes(), blue.size());
            QCOMPARE(file.tile(monas).value(), blue);
            QVERIFY(!file.writeTile(TileId{2, 4, 0}, red)); // not a tile
        }
        // On disk the row is the TMS row of the example, 7910.
        QCOMPARE(rawValue(path, QStringLiteral("SELECT tile_row FROM tiles WHERE zoom_level = 14")).toInt(), 7910);
        QCOMPARE(rawValue(path, QStringLiteral("SELECT tile_column FROM tiles WHERE zoom_level = 14")).toInt(), 13053);
        QCOMPARE(rawValue(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = "
                                               "'tile_index' AND sql LIKE '%UNIQUE%'"))
                     .toInt(),
                 1);
        // Read-only, it reads what was written and refuses to write.
        MBTiles readOnly;
        QVERIFY(readOnly.open(path, MBTiles::OpenMode::ReadOnly));
        QVERIFY(readOnly.isReadOnly());
        QCOMPARE(readOnly.tile(monas).value(), pngTile(Qt::blue));
        QVERIFY(!readOnly.writeTile(TileId{14, 1, 1}, red));
        QVERIFY(!readOnly.setMetadataValue(QStringLiteral("name"), QStringLiteral("x")));
    }

    void tmsRowsWrittenByOthersReadAsXyz()
    {
        // A file made elsewhere, rows in TMS as the specification says: tile (z1, column 0, row 1) is the
        // north-west quarter of the world, XYZ 1/0/0.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.mbtiles"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row "
                                          "INTEGER, tile_data BLOB)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tiles VALUES (1, 0, 1, X'6E77')"))); // "nw"
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tiles VALUES (1, 1, 0, X'7365')"))); // "se"
            QVERIFY(q.exec(QStringLiteral("INSERT INTO metadata VALUES ('attribution', '© Example')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO metadata VALUES ('maxzoom', '1')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        MBTiles file;
        QVERIFY(file.open(path, MBTiles::OpenMode::ReadOnly));
        QCOMPARE(file.tile(TileId{1, 0, 0}).value(), QByteArray("nw"));
        QCOMPARE(file.tile(TileId{1, 1, 1}).value(), QByteArray("se"));
        QVERIFY(!file.tile(TileId{1, 0, 1}));
        QCOMPARE(file.metadata().attribution, QStringLiteral("© Example"));
        QCOMPARE(file.metadata().maxZoom, 1);
        QCOMPARE(file.metadata().minZoom, -1);
        QCOMPARE(file.totalBytes(), 4); // counted from the tiles: no access table in a read-only file
    }

    void refusesWhatIsNotMBTiles()
    {
        QTemporaryDir dir;
        MBTiles file;
        QString error;
        QVERIFY(!file.open(dir.filePath(QStringLiteral("missing.mbtiles")), MBTiles::OpenMode::ReadOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!file.isOpen());

        const QString notTiles = dir.filePath(QStringLiteral("store.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(notTiles);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE incidents (id INTEGER)"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        QVERIFY(!file.open(notTiles, MBTiles::OpenMode::ReadOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("no tiles table")), qPrintable(error));
        // ReadWrite must not turn somebody's database into a tile file either.
        QVERIFY(!file.open(notTiles, MBTiles::OpenMode::ReadWrite, &error));
        QVERIFY(!file.isOpen());
    }

    void metadataRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("meta.mbtiles"));
        MBTiles file;
        QVERIFY(file.open(path, MBTiles::OpenMode::ReadWrite));
        MBTiles::Metadata m;
        m.name = QStringLiteral("Jakarta");
        m.format = QStringLiteral("png");
        m.bounds = GeoBounds::fromCorners(-6.4, 106.6, -6.0, 107.0);
        m.minZoom = 10;
        m.maxZoom = 16;
        m.attribution = QStringLiteral("© OpenStreetMap contributors");
        QVERIFY(file.setMetadata(m));
        QVERIFY(file.setMetadata(m)); // again: still one row per name
        file.close();
        QCOMPARE(rawValue(path, QStringLiteral("SELECT COUNT(*) FROM metadata WHERE name = 'name'")).toInt(), 1);
        QCOMPARE(rawValue(path, QStringLiteral("SELECT value FROM metadata WHERE name = 'bounds'")).toString(),
                 QStringLiteral("106.6000000,-6.4000000,107.0000000,-6.0000000"));
        QVERIFY(file.open(path, MBTiles::OpenMode::ReadOnly));
        const MBTiles::Metadata back = file.metadata();
        QCOMPARE(back.name, m.name);
        QCOMPARE(back.format, m.format);
        QCOMPARE(back.minZoom, 10);
        QCOMPARE(back.maxZoom, 16);
        QCOMPARE(back.attribution, m.attribution);
        QCOMPARE(back.bounds, m.bounds);
    }

    void extentFollowsTheTiles()
    {
        QTemporaryDir dir;
        MBTiles file;
        QVERIFY(file.open(dir.filePath(QStringLiteral("extent.mbtiles")), MBTiles::OpenMode::ReadWrite));
        const TileId a{14, 13052, 8472};
        const TileId b{14, 13053, 8473};
        QVERIFY(file.writeTile(a, "a"));
        QVERIFY(file.writeTile(b, "b"));
        QVERIFY(file.writeTile(TileId{12, 3263, 2118}, "c"));
        QVERIFY(file.updateExtentFromTiles());
        const MBTiles::Metadata m = file.metadata();
        QCOMPARE(m.minZoom, 12);
        QCOMPARE(m.maxZoom, 14);
        GeoBounds expected = tileBounds(a);
        expected.extend(tileBounds(b));
        expected.extend(tileBounds(TileId{12, 3263, 2118}));
        QCOMPARE_LE(std::abs(m.bounds.west - expected.west), 1e-6);
        QCOMPARE_LE(std::abs(m.bounds.east - expected.east), 1e-6);
        QCOMPARE_LE(std::abs(m.bounds.north - expected.north), 1e-6);
        QCOMPARE_LE(std::abs(m.bounds.south - expected.south), 1e-6);
    }

    void lruPruneKeepsRecentlyUsedUnderTheCap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lru.mbtiles"));
        const QByteArray kilobyte(1000, 'x');
        QList<TileId> tiles;
        for (int i = 0; i < 10; ++i)
            tiles.append(TileId{16, 52212 + i, 33892});
        {
            MBTiles file;
            QVERIFY(file.open(path, MBTiles::OpenMode::ReadWrite));
            QVERIFY(file.beginBatch());
            for (const TileId &t : tiles)
                QVERIFY(file.writeTile(t, kilobyte));
            QVERIFY(file.commitBatch());
            QCOMPARE(file.totalBytes(), 10000);
            // The map shows the first three again: they become the most recently used.
            for (int i = 0; i < 3; ++i)
                QVERIFY(file.tile(tiles[i], true));
            // Reading without touching changes nothing.
            QVERIFY(file.tile(tiles[3], false));
            QCOMPARE(file.pruneTo(10000), 0);
            QCOMPARE(file.pruneTo(5000), 5);
            QCOMPARE_LE(file.totalBytes(), 5000);
            QCOMPARE(file.tileCount(), 5);
            for (int i = 0; i < 10; ++i)
                QCOMPARE(file.hasTile(tiles[i]), i < 3 || i >= 8);
        }
        // The order of use survives a restart: after reopening, the tile used last before closing stays.
        {
            MBTiles file;
            QVERIFY(file.open(path, MBTiles::OpenMode::ReadWrite));
            QCOMPARE(file.totalBytes(), 5000);
            QVERIFY(file.tile(tiles[8], true));
            QVERIFY(file.writeTile(TileId{16, 1, 1}, kilobyte));
            QCOMPARE(file.pruneTo(2000), 4);
            QVERIFY(file.hasTile(tiles[8]));
            QVERIFY(file.hasTile(TileId{16, 1, 1}));
            QCOMPARE(file.totalBytes(), 2000);
            QCOMPARE(file.averageTileBytes(), 1000);
        }
        // Pruning gives the pages back: the file is set up for incremental vacuum.
        QCOMPARE(rawValue(path, QStringLiteral("PRAGMA auto_vacuum")).toInt(), 2);
    }

    void gdalReadsWhatWeWrite()
    {
        const QString gdalinfo = QStandardPaths::findExecutable(QStringLiteral("gdalinfo"));
        if (gdalinfo.isEmpty())
            QSKIP("gdalinfo is not installed (Debian package gdal-bin)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gdal.mbtiles"));
        // A 2×2 block of zoom-14 tiles around Monas and their zoom-13 parent as an overview.
        const QList<TileId> block = {{14, 13052, 8472}, {14, 13053, 8472}, {14, 13052, 8473}, {14, 13053, 8473}};
        {
            MBTiles file;
            QVERIFY(file.open(path, MBTiles::OpenMode::ReadWrite));
            MBTiles::Metadata m;
            m.name = QStringLiteral("Monas");
            m.attribution = QStringLiteral("Test tiles");
            QVERIFY(file.setMetadata(m));
            const QColor colors[] = {Qt::red, Qt::green, Qt::blue, Qt::yellow};
            for (int i = 0; i < 4; ++i)
                QVERIFY(file.writeTile(block[i], pngTile(colors[i])));
            QVERIFY(file.writeTile(block[0].parent(), pngTile(Qt::gray)));
            QVERIFY(file.updateExtentFromTiles());
        }
        QProcess gdal;
        gdal.start(gdalinfo, {QStringLiteral("-json"), path});
        QVERIFY(gdal.waitForFinished(30000));
        QCOMPARE(gdal.exitCode(), 0);
        const QJsonObject info = QJsonDocument::fromJson(gdal.readAllStandardOutput()).object();
        QCOMPARE(info.value(QStringLiteral("driverShortName")).toString(), QStringLiteral("MBTiles"));
        const QJsonArray size = info.value(QStringLiteral("size")).toArray();
        QCOMPARE(size.at(0).toInt(), 512);
        QCOMPARE(size.at(1).toInt(), 512);
        // Its corners, in EPSG:3857 metres, are the corners of the block.
        GeoBounds expected = tileBounds(block[0]);
        expected.extend(tileBounds(block[3]));
        const QPointF nw = mercatorMetres(expected.north, expected.west);
        const QPointF se = mercatorMetres(expected.south, expected.east);
        const QJsonObject corners = info.value(QStringLiteral("cornerCoordinates")).toObject();
        const QJsonArray ul = corners.value(QStringLiteral("upperLeft")).toArray();
        const QJsonArray lr = corners.value(QStringLiteral("lowerRight")).toArray();
        QCOMPARE_LE(std::abs(ul.at(0).toDouble() - nw.x()), 1.0);
        QCOMPARE_LE(std::abs(ul.at(1).toDouble() - nw.y()), 1.0);
        QCOMPARE_LE(std::abs(lr.at(0).toDouble() - se.x()), 1.0);
        QCOMPARE_LE(std::abs(lr.at(1).toDouble() - se.y()), 1.0);
        // The zoom-13 tile is its overview, and the pixels are our colours where we put them.
        const QJsonArray bands = info.value(QStringLiteral("bands")).toArray();
        QVERIFY(!bands.isEmpty());
        const QJsonArray overviews = bands.at(0).toObject().value(QStringLiteral("overviews")).toArray();
        QCOMPARE(overviews.size(), 1);
        QCOMPARE(overviews.at(0).toObject().value(QStringLiteral("size")).toArray().at(0).toInt(), 256);

        QProcess pixel;
        const QString locationinfo = QStandardPaths::findExecutable(QStringLiteral("gdallocationinfo"));
        if (!locationinfo.isEmpty()) {
            // The south-east pixel quarter is the yellow tile (red 255, green 255, blue 0).
            pixel.start(locationinfo, {QStringLiteral("-valonly"), path, QStringLiteral("400"), QStringLiteral("400")});
            QVERIFY(pixel.waitForFinished(30000));
            const QStringList values =
                QString::fromLatin1(pixel.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            QVERIFY2(values.size() >= 3, qPrintable(values.join(u',')));
            QCOMPARE(values.at(0).trimmed(), QStringLiteral("255"));
            QCOMPARE(values.at(1).trimmed(), QStringLiteral("255"));
            QCOMPARE(values.at(2).trimmed(), QStringLiteral("0"));
        }
    }
};

QTEST_GUILESS_MAIN(TestMBTiles)
#include "tst_mbtiles.moc"
