// Raster tiles end to end against a tile server on loopback: the User-Agent, the on-disk cache (a second
// look is served from disk without a network hit), the concurrency limit, bad answers, the refusal to
// bulk-download from public servers, offline-area downloads, and GDAL reading the cache.

#include <cmath>

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "geo/mbtiles.h"
#include "geo/tilemath.h"
#include "map/maproadlayer.h"
#include "map/tileareadownload.h"
#include "map/tilecache.h"
#include "map/tilefetcher.h"
#include "map/tilelayer.h"
#include "map/tilesource.h"
#include "testtileserver.h"

using namespace lintas;
using lintas::test::TestTileServer;

namespace {

const geo::TileId kMonas{14, 13053, 8473};

// A 512×512 view at zoom 14 whose top-left tile is `tile`.
MapViewport viewAt(const geo::TileId &tile, double zoom = 14.0, QSizeF size = QSizeF(512, 512))
{
    MapViewport view;
    view.zoom = zoom;
    view.size = size;
    view.topLeft = QPointF(tile.x * 256.0, tile.y * 256.0) * std::exp2(zoom - tile.z);
    return view;
}

QImage render(TileLayer &layer, const MapViewport &view)
{
    QImage image(view.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    layer.paint(painter, view);
    return image;
}

// Paints until every visible tile has arrived (the layer answers asynchronously).
QImage renderWhenReady(TileLayer &layer, const MapViewport &view, int timeoutMs = 10000)
{
    QImage image = render(layer, view);
    QElapsedTimer timer;
    timer.start();
    while (layer.pendingCount() > 0 && timer.elapsed() < timeoutMs) {
        QTest::qWait(20);
        image = render(layer, view);
    }
    QTest::qWait(100); // let the coalesced changed() fire
    return render(layer, view);
}

bool sameColor(QRgb a, const QColor &b)
{
    return std::abs(qRed(a) - b.red()) <= 1 && std::abs(qGreen(a) - b.green()) <= 1 &&
           std::abs(qBlue(a) - b.blue()) <= 1;
}

} // namespace

class TestTileFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        wipeCacheFolder();
    }
    void cleanupTestCase() { wipeCacheFolder(); }

    void userAgentIsDescriptive()
    {
        const QByteArray ua = TileFetcher::userAgent();
        QVERIFY2(ua.startsWith("Lintas/" LINTAS_VERSION " ("), ua.constData());
        QVERIFY(ua.contains("traffic command center"));
        QVERIFY(ua.contains("+http")); // a contact, as tile usage policies ask
    }

    void fetchesWithUserAgentThenServesFromCache()
    {
        TestTileServer server;
        QVERIFY(server.isListening());
        const TileSource source = TileSource::fromUrl(server.urlTemplate(), QStringLiteral("© Test tiles"));
        const MapViewport view = viewAt(kMonas);
        {
            TileLayer layer;
            QSignalSpy changed(&layer, &TileLayer::changed);
            QString error;
            QVERIFY2(layer.setSource(source, &error), qPrintable(error));
            QCOMPARE(layer.attribution(), QStringLiteral("© Test tiles"));
            const QImage image = renderWhenReady(layer, view);
            // The 512 px view at an integer zoom shows 2×2 tiles, each fetched once.
            QCOMPARE(server.hits(), 4);
            for (const TestTileServer::Request &request : server.requests())
                QCOMPARE(request.userAgent, TileFetcher::userAgent());
            QVERIFY(server.requests().at(0).path.endsWith(".png"));
            QVERIFY2(sameColor(image.pixel(100, 100), TestTileServer::colorFor(14, 13053, 8473)),
                     qPrintable(QColor(image.pixel(100, 100)).name()));
            QVERIFY(sameColor(image.pixel(300, 300), TestTileServer::colorFor(14, 13054, 8474)));
            QVERIFY(changed.count() >= 1);
            // Painting again needs nothing new.
            render(layer, view);
            QTest::qWait(50);
            QCOMPARE(server.hits(), 4);
        }
        // A new layer (a restart, memory empty): the tiles come from the disk cache, with no request at all.
        {
            TileLayer layer;
            QVERIFY(layer.setSource(source));
            const QImage image = renderWhenReady(layer, view);
            QVERIFY(sameColor(image.pixel(100, 100), TestTileServer::colorFor(14, 13053, 8473)));
            QCOMPARE(server.hits(), 4);
        }
        // The cache is an MBTiles file in the cache folder, keyed by the URL template.
        const QString cacheFile = TileCache::cacheFileFor(source.urlTemplate());
        QVERIFY(cacheFile.startsWith(TileCache::defaultDirectory()));
        geo::MBTiles file;
        QVERIFY(file.open(cacheFile, geo::MBTiles::OpenMode::ReadOnly));
        QCOMPARE(file.tileCount(), 4);
        QVERIFY(file.hasTile(kMonas));
    }

    void zoomedBetweenLevelsDrawsTheNearestZoomScaled()
    {
        TestTileServer server;
        TileLayer layer;
        QVERIFY(layer.setSource(TileSource::fromUrl(server.urlTemplate())));
        QCOMPARE(layer.tileZoomFor(14.4), 14);
        QCOMPARE(layer.tileZoomFor(14.6), 15);
        QCOMPARE(layer.tileZoomFor(25.0), 19);
        // At zoom 14.4 a 512 px view needs zoom-14 tiles, about 1.3× larger than life.
        const QImage image = renderWhenReady(layer, viewAt(kMonas, 14.4));
        QVERIFY(server.hits() >= 4);
        for (const TestTileServer::Request &request : server.requests())
            QVERIFY2(request.path.startsWith("/14/"), request.path.constData());
        // The tile 13053/8473 spans 256·2^0.4 ≈ 338 px from the view's corner.
        QVERIFY(sameColor(image.pixel(330, 330), TestTileServer::colorFor(14, 13053, 8473)));
        QVERIFY(!sameColor(image.pixel(345, 345), TestTileServer::colorFor(14, 13053, 8473)));
    }

    void limitsConcurrency()
    {
        TestTileServer server;
        server.setDelayMs(60);
        TileFetcher fetcher;
        fetcher.setSource(TileSource::fromUrl(server.urlTemplate()));
        QCOMPARE(fetcher.maxConcurrent(), TileFetcher::kDefaultMaxConcurrent);
        QSignalSpy fetched(&fetcher, &TileFetcher::fetched);
        QSignalSpy idle(&fetcher, &TileFetcher::idle);
        for (int i = 0; i < 12; ++i)
            fetcher.fetch(geo::TileId{15, 26106 + i, 16946});
        fetcher.fetch(geo::TileId{15, 26106, 16946}); // asked twice: fetched once
        QCOMPARE(fetcher.inFlightCount(), 4);
        QVERIFY(idle.wait(10000));
        QCOMPARE(fetched.count(), 12);
        QCOMPARE(server.hits(), 12);
        QCOMPARE(server.maxConcurrent(), 4);
    }

    void dropsTilesThatLeftTheScreen()
    {
        TestTileServer server;
        server.setDelayMs(50);
        TileFetcher fetcher;
        fetcher.setSource(TileSource::fromUrl(server.urlTemplate()));
        for (int i = 0; i < 10; ++i)
            fetcher.fetch(geo::TileId{15, 26106 + i, 16946});
        // The first four are in flight, six queued; only one of the queued is still wanted.
        QCOMPARE(fetcher.inFlightCount(), 4);
        QCOMPARE(fetcher.queuedCount(), 6);
        const QList<geo::TileId> dropped = fetcher.retainOnly({geo::TileId{15, 26106 + 5, 16946}});
        QCOMPARE(dropped.size(), 5);
        QSignalSpy idle(&fetcher, &TileFetcher::idle);
        QVERIFY(idle.wait(10000));
        QCOMPARE(server.hits(), 5);
    }

    void badAnswersAreNotCachedNorRetriedAtOnce()
    {
        TestTileServer server;
        server.setNotFoundZoom(12);
        server.setGarbageZoom(13);
        TileLayer layer;
        QVERIFY(layer.setSource(TileSource::fromUrl(server.urlTemplate())));
        const QImage missing = renderWhenReady(layer, viewAt(geo::TileId{12, 3263, 2118}, 12.0));
        const QImage garbage = renderWhenReady(layer, viewAt(geo::TileId{13, 6526, 4236}, 13.0));
        QCOMPARE(server.hits(), 8);
        // Nothing was drawn: white where the tiles would be.
        QVERIFY(sameColor(missing.pixel(10, 10), Qt::white));
        QVERIFY(sameColor(garbage.pixel(10, 10), Qt::white));
        // Painting again does not ask again straight away.
        render(layer, viewAt(geo::TileId{12, 3263, 2118}, 12.0));
        render(layer, viewAt(geo::TileId{13, 6526, 4236}, 13.0));
        QTest::qWait(200);
        QCOMPARE(server.hits(), 8);
        QCOMPARE(layer.pendingCount(), 0);
        // The error page was not stored as a tile.
        layer.setSource({});
        geo::MBTiles file;
        QVERIFY(file.open(TileCache::cacheFileFor(server.urlTemplate()), geo::MBTiles::OpenMode::ReadOnly));
        QCOMPARE(file.tileCount(), 0);
    }

    void mbtilesFileSource()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("area.mbtiles"));
        {
            geo::MBTiles file;
            QVERIFY(file.open(path, geo::MBTiles::OpenMode::ReadWrite));
            geo::MBTiles::Metadata m;
            m.name = QStringLiteral("area");
            m.attribution = QStringLiteral("© Dinas Bina Marga");
            m.minZoom = 14;
            m.maxZoom = 14;
            QVERIFY(file.setMetadata(m));
            QImage image(256, 256, QImage::Format_RGB32);
            image.fill(QColor(10, 200, 30));
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            QVERIFY(file.writeTile(kMonas, png));
        }
        TileLayer layer;
        QSignalSpy sourceChanged(&layer, &TileLayer::sourceChanged);
        QVERIFY(layer.setSource(TileSource::fromFile(path)));
        QVERIFY(!layer.fetcher());
        QTRY_COMPARE(layer.attribution(), QStringLiteral("© Dinas Bina Marga"));
        // Zoom 16 is past the file's last zoom: its zoom-14 tile is drawn four times larger.
        QTRY_COMPARE(layer.tileZoomFor(16.0), 14);
        const QImage image = renderWhenReady(layer, viewAt(geo::TileId{16, 13053 * 4 + 1, 8473 * 4 + 1}, 16.0));
        QVERIFY2(sameColor(image.pixel(20, 20), QColor(10, 200, 30)), qPrintable(QColor(image.pixel(20, 20)).name()));

        QString error;
        QVERIFY(!layer.setSource(TileSource::fromFile(dir.filePath(QStringLiteral("nope.mbtiles"))), &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        QVERIFY(!layer.isActive());
    }

    void refusesBulkDownloadsFromPublicServers_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("refused");
        QTest::newRow("osm") << "https://tile.openstreetmap.org/{z}/{x}/{y}.png" << true;
        QTest::newRow("osm subdomain") << "https://a.tile.openstreetmap.org/{z}/{x}/{y}.png" << true;
        QTest::newRow("osm.org") << "https://tile.osm.org/{z}/{x}/{y}.png" << true;
        QTest::newRow("osm upper case") << "https://TILE.OpenStreetMap.org/{z}/{x}/{y}.png" << true;
        QTest::newRow("google") << "https://mt1.google.com/vt/lyrs=m&x={x}&y={y}&z={z}" << true;
        QTest::newRow("bing") << "https://ecn.t3.tiles.virtualearth.net/tiles/r{x}{y}{z}.png" << true;
        QTest::newRow("arcgis")
            << "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}" << true;
        QTest::newRow("agency") << "https://tiles.korlantas.example.id/{z}/{x}/{y}.png" << false;
        QTest::newRow("not osm, similar name") << "https://notopenstreetmap.org.example.id/{z}/{x}/{y}.png" << false;
    }
    void refusesBulkDownloadsFromPublicServers()
    {
        QFETCH(QString, url);
        QFETCH(bool, refused);
        const TileSource source = TileSource::fromUrl(url);
        QVERIFY(source.isValid());
        QCOMPARE(!source.bulkDownloadRefusal().isEmpty(), refused);
        if (!refused)
            return;
        QVERIFY(source.bulkDownloadRefusal().contains(QStringLiteral("usage policy")));
        // The download refuses before any request: no fetcher is even made.
        TileCache cache;
        TileAreaDownload download(source);
        QString error;
        QVERIFY(!download.start(geo::tileBounds(kMonas), 14, 15, &cache, &error));
        QCOMPARE(error, source.bulkDownloadRefusal());
        QVERIFY(!download.isRunning());
        QVERIFY(!download.fetcher());
    }

    void offlineAreaIntoTheCache()
    {
        TestTileServer server;
        const TileSource source = TileSource::fromUrl(server.urlTemplate(), QStringLiteral("© Test tiles"));
        // The layer's own cache, as the dialog uses it.
        TileLayer layer;
        QVERIFY(layer.setSource(source));
        const geo::GeoBounds area = geo::tileBounds(kMonas);
        const qint64 planned = TileAreaDownload::plan(area, 13, 16).tiles;
        QCOMPARE(planned, 1 + 1 + 4 + 16);
        TileAreaDownload download(source);
        QSignalSpy finished(&download, &TileAreaDownload::finished);
        QSignalSpy progress(&download, &TileAreaDownload::progress);
        QString error;
        QVERIFY2(download.start(area, 13, 16, layer.cache(), &error), qPrintable(error));
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(download.done(), planned);
        QCOMPARE(download.failedCount(), 0);
        QCOMPARE(progress.last().at(0).toLongLong(), planned);
        QCOMPARE(server.hits(), int(planned));
        for (const TestTileServer::Request &request : server.requests())
            QCOMPARE(request.userAgent, TileFetcher::userAgent());

        // Again: everything is held, nothing is fetched.
        TileAreaDownload again(source);
        QSignalSpy againFinished(&again, &TileAreaDownload::finished);
        QVERIFY(again.start(area, 13, 16, layer.cache()));
        QVERIFY(againFinished.wait(10000));
        QCOMPARE(again.skipped(), planned);
        QCOMPARE(server.hits(), int(planned));

        // The map now draws those tiles without the server.
        const QImage image = renderWhenReady(layer, viewAt(geo::TileId{16, 13053 * 4, 8473 * 4}, 16.0));
        QVERIFY(sameColor(image.pixel(10, 10), TestTileServer::colorFor(16, 13053 * 4, 8473 * 4)));
        QCOMPARE(server.hits(), int(planned));
    }

    void offlineAreaIntoAFileThatGdalOpens()
    {
        TestTileServer server;
        const TileSource source = TileSource::fromUrl(server.urlTemplate(), QStringLiteral("© Test tiles"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("monas.mbtiles"));
        // The 2×2 block of zoom-15 tiles inside the Monas zoom-14 tile, plus that tile as the overview.
        const geo::GeoBounds area = geo::tileBounds(kMonas);
        {
            TileAreaDownload download(source);
            QSignalSpy finished(&download, &TileAreaDownload::finished);
            QString error;
            QVERIFY2(download.start(area, 14, 15, path, &error), qPrintable(error));
            QVERIFY(finished.wait(20000));
            QVERIFY(finished.at(0).at(0).toBool());
        }
        geo::MBTiles file;
        QVERIFY(file.open(path, geo::MBTiles::OpenMode::ReadOnly));
        QCOMPARE(file.tileCount(), 5);
        const geo::MBTiles::Metadata m = file.metadata();
        QCOMPARE(m.attribution, QStringLiteral("© Test tiles"));
        QCOMPARE(m.minZoom, 14);
        QCOMPARE(m.maxZoom, 15);
        QCOMPARE_LE(std::abs(m.bounds.west - area.west), 1e-6);
        file.close();
        checkWithGdal(path, 512, 1);
    }

    void cacheStaysUnderItsCap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("capped.mbtiles"));
        QImage image(256, 256, QImage::Format_RGB32);
        QByteArray png;
        {
            // Noise does not compress: each tile is about 190 KiB.
            for (int y = 0; y < 256; ++y)
                for (int x = 0; x < 256; ++x)
                    image.setPixel(x, y, qRgb((x * 7919 + y * 104729) % 251, (x * y) % 253, (x ^ y) % 256));
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        const qint64 cap = png.size() * 10;
        {
            TileCache cache;
            cache.setMaxBytes(cap);
            QSignalSpy opened(&cache, &TileCache::opened);
            cache.open(path);
            QVERIFY(opened.wait(5000));
            QVERIFY(opened.at(0).at(0).toBool());
            QSignalSpy stored(&cache, &TileCache::stored);
            for (int i = 0; i < 30; ++i)
                cache.store(geo::TileId{17, 104424 + i, 67784}, png, false);
            QTRY_COMPARE(stored.count(), 30);
            QSignalSpy flushed(&cache, &TileCache::flushed);
            cache.flush();
            QVERIFY(flushed.wait(5000));
            QCOMPARE_LE(cache.totalBytes(), cap);
            QVERIFY(cache.tileCount() >= 8);
            // The latest tiles are the ones kept.
            QSignalSpy loaded(&cache, &TileCache::loaded);
            cache.request(geo::TileId{17, 104424 + 29, 67784});
            QVERIFY(loaded.wait(5000));
            QSignalSpy missing(&cache, &TileCache::missing);
            cache.request(geo::TileId{17, 104424, 67784});
            QVERIFY(missing.wait(5000));
        }
        geo::MBTiles file;
        QVERIFY(file.open(path, geo::MBTiles::OpenMode::ReadOnly));
        QCOMPARE_LE(file.totalBytes(), cap);
    }

private:
    static void wipeCacheFolder()
    {
        // Test mode keeps this under ~/.qttest: never a user's cache.
        const QString folder = TileCache::defaultDirectory();
        QVERIFY(folder.contains(QStringLiteral(".qttest")));
        QDir(folder).removeRecursively();
    }

    static void checkWithGdal(const QString &path, int size, int overviews)
    {
        const QString gdalinfo = QStandardPaths::findExecutable(QStringLiteral("gdalinfo"));
        if (gdalinfo.isEmpty())
            QSKIP("gdalinfo is not installed (Debian package gdal-bin)");
        QProcess gdal;
        gdal.start(gdalinfo, {QStringLiteral("-json"), path});
        QVERIFY(gdal.waitForFinished(30000));
        QCOMPARE(gdal.exitCode(), 0);
        const QJsonObject info = QJsonDocument::fromJson(gdal.readAllStandardOutput()).object();
        QCOMPARE(info.value(QStringLiteral("driverShortName")).toString(), QStringLiteral("MBTiles"));
        QCOMPARE(info.value(QStringLiteral("size")).toArray().at(0).toInt(), size);
        QCOMPARE(info.value(QStringLiteral("size")).toArray().at(1).toInt(), size);
        const QJsonArray bands = info.value(QStringLiteral("bands")).toArray();
        QVERIFY(!bands.isEmpty());
        QCOMPARE(bands.at(0).toObject().value(QStringLiteral("overviews")).toArray().size(), overviews);
    }
};

QTEST_MAIN(TestTileFetcher)
#include "tst_tilefetcher.moc"
