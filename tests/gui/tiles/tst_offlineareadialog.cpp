// The offline-area dialog: the tile count and size it shows, its refusal of public tile servers, the
// confirmation it asks for, and a download with progress against a tile server on loopback.

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "geo/mbtiles.h"
#include "geo/tilemath.h"
#include "map/offlineareadialog.h"
#include "map/tilecache.h"
#include "map/tilelayer.h"
#include "messagebox.h"
#include "testtileserver.h"

using namespace lintas;
using lintas::test::TestTileServer;

namespace {

// Central Jakarta, the area of a typical dispatcher's screen.
const geo::GeoBounds kCentral = geo::GeoBounds::fromCorners(-6.21, 106.80, -6.16, 106.86);

QPushButton *downloadButton(OfflineAreaDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == OfflineAreaDialog::tr("Download"))
            return button;
    }
    return nullptr;
}

} // namespace

class TestOfflineAreaDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(TileCache::defaultDirectory().contains(QStringLiteral(".qttest")));
        QDir(TileCache::defaultDirectory()).removeRecursively();
    }
    void cleanup() { MessageBox::setResponder({}); }
    void cleanupTestCase() { QDir(TileCache::defaultDirectory()).removeRecursively(); }

    void countsAndEstimates_data()
    {
        QTest::addColumn<int>("minZoom");
        QTest::addColumn<int>("maxZoom");
        QTest::addColumn<qint64>("tiles");
        QTest::newRow("z12") << 12 << 12 << geo::tileCount(kCentral, 12, 12);
        QTest::newRow("z12-15") << 12 << 15 << geo::tileCount(kCentral, 12, 15);
        QTest::newRow("z15-17") << 15 << 17 << geo::tileCount(kCentral, 15, 17);
    }
    void countsAndEstimates()
    {
        QFETCH(int, minZoom);
        QFETCH(int, maxZoom);
        QFETCH(qint64, tiles);
        const TileSource source =
            TileSource::fromUrl(QStringLiteral("https://tiles.korlantas.example.id/{z}/{x}/{y}.png"));
        OfflineAreaDialog dialog(source, nullptr, kCentral, 12);
        dialog.setZoomRange(minZoom, maxZoom);
        QCOMPARE(dialog.minZoom(), minZoom);
        QCOMPARE(dialog.maxZoom(), maxZoom);
        const TileAreaDownload::Plan plan = dialog.plan();
        QCOMPARE(plan.tiles, tiles);
        // Nothing measured yet: 15 KiB a tile.
        QCOMPARE(plan.bytesPerTile, 15 * 1024);
        QCOMPARE(plan.estimatedBytes, tiles * 15 * 1024);
        QVERIFY2(dialog.summaryText().contains(QLocale().toString(tiles)) ||
                     dialog.summaryText().contains(QString::number(tiles)),
                 qPrintable(dialog.summaryText()));
        QVERIFY(dialog.refusal().isEmpty());
    }

    void knownCountsForCentralJakarta()
    {
        // Checked by hand: zoom 12 → the one tile 3263/2118, zoom 13 → 2×2, zoom 14 → 4×4
        // (x 13052–13055, y 8472–8475).
        QCOMPARE(geo::tileCount(kCentral, 12, 12), 1);
        QCOMPARE(geo::tileCount(kCentral, 13, 13), 4);
        QCOMPARE(geo::tileCount(kCentral, 14, 14), 16);
    }

    void estimateUsesTheCachesMeasuredAverage()
    {
        TestTileServer server;
        TileLayer layer;
        QVERIFY(layer.setSource(TileSource::fromUrl(server.urlTemplate())));
        // Put a few tiles into the cache so it has an average to offer.
        QSignalSpy stats(layer.cache(), &TileCache::statisticsChanged);
        QByteArray tile(3000, 'x');
        QImage image(256, 256, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QBuffer buffer(&tile);
        tile.clear();
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        for (int i = 0; i < 3; ++i)
            layer.cache()->store(geo::TileId{14, 13054 + i, 8472}, tile, false);
        QTRY_COMPARE(layer.cache()->tileCount(), 3);
        OfflineAreaDialog dialog(layer.source(), layer.cache(), kCentral, 14);
        dialog.setZoomRange(14, 14);
        QCOMPARE(dialog.plan().bytesPerTile, tile.size());
        QCOMPARE(dialog.plan().estimatedBytes, 16 * tile.size());
    }

    void refusesPublicServersUpFront()
    {
        const TileSource osm = TileSource::fromUrl(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
        OfflineAreaDialog dialog(osm, nullptr, kCentral, 13);
        QVERIFY(!dialog.refusal().isEmpty());
        QVERIFY(!dialog.canDownload());
        QPushButton *download = downloadButton(dialog);
        QVERIFY(download);
        QVERIFY(!download->isEnabled());
        bool refusalLabelShown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            refusalLabelShown |= label->text() == dialog.refusal() && !label->isHidden();
        QVERIFY(refusalLabelShown);
        // Asked anyway (a keyboard shortcut, a script): a warning, and no download.
        QList<MessageBox::Request> asked;
        MessageBox::setResponder([&asked](const MessageBox::Request &request) {
            asked.append(request);
            return QMessageBox::Ok;
        });
        QVERIFY(!dialog.startDownload());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).kind, MessageBox::Kind::Warning);
        QVERIFY(asked.at(0).text.contains(QStringLiteral("tile.openstreetmap.org")));
        QVERIFY(!dialog.download());
    }

    void declinedConfirmationDownloadsNothing()
    {
        TestTileServer server;
        TileLayer layer;
        QVERIFY(layer.setSource(TileSource::fromUrl(server.urlTemplate())));
        OfflineAreaDialog dialog(layer.source(), layer.cache(), kCentral, 12);
        dialog.setZoomRange(12, 13);
        QString question;
        MessageBox::setResponder([&question](const MessageBox::Request &request) {
            question = request.text;
            return QMessageBox::No;
        });
        QVERIFY(dialog.canDownload());
        QVERIFY(!dialog.startDownload());
        // The question names the count, the size and the server.
        QVERIFY2(question.contains(QStringLiteral("5 tile")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("127.0.0.1")));
        QTest::qWait(100);
        QCOMPARE(server.hits(), 0);
    }

    void downloadsWithProgressIntoTheCache()
    {
        TestTileServer server;
        server.setDelayMs(5);
        TileLayer layer;
        QVERIFY(layer.setSource(TileSource::fromUrl(server.urlTemplate())));
        OfflineAreaDialog dialog(layer.source(), layer.cache(), kCentral, 12);
        dialog.setZoomRange(12, 14);
        MessageBox::setResponder([](const MessageBox::Request &) { return QMessageBox::Yes; });
        QVERIFY(dialog.startDownload());
        QVERIFY(dialog.download());
        QSignalSpy finished(dialog.download(), &TileAreaDownload::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(server.hits(), 1 + 4 + 16);
        QProgressBar *bar = dialog.findChild<QProgressBar *>();
        QVERIFY(bar);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(dialog.findChild<QSpinBox *>()->isEnabled()); // editable again
        QTRY_COMPARE(layer.cache()->tileCount(), 21);
    }

    void cancelStopsTheDownload()
    {
        TestTileServer server;
        server.setDelayMs(40);
        TileLayer layer;
        QVERIFY(layer.setSource(TileSource::fromUrl(server.urlTemplate())));
        OfflineAreaDialog dialog(layer.source(), layer.cache(), kCentral, 15);
        dialog.setZoomRange(15, 17);
        MessageBox::setResponder([](const MessageBox::Request &) { return QMessageBox::Yes; });
        QVERIFY(dialog.startDownload());
        QSignalSpy finished(dialog.download(), &TileAreaDownload::finished);
        QTRY_VERIFY(server.hits() >= 4);
        dialog.reject(); // the Cancel button
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.at(0).at(0).toBool());
        const int hits = server.hits();
        QTest::qWait(300);
        QCOMPARE(server.hits(), hits);
        QVERIFY(hits < dialog.plan().tiles);
    }

    void downloadsIntoAChosenFile()
    {
        TestTileServer server;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jakarta-pusat.mbtiles"));
        OfflineAreaDialog dialog(TileSource::fromUrl(server.urlTemplate()), nullptr, kCentral, 12);
        dialog.setZoomRange(12, 13);
        QVERIFY(!dialog.canDownload()); // no cache and no file yet
        dialog.setTargetFile(path);
        QCOMPARE(dialog.targetFile(), path);
        QVERIFY(dialog.canDownload());
        MessageBox::setResponder([](const MessageBox::Request &) { return QMessageBox::Yes; });
        QVERIFY(dialog.startDownload());
        QSignalSpy finished(dialog.download(), &TileAreaDownload::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(0).at(0).toBool());
        geo::MBTiles file;
        QVERIFY(file.open(path, geo::MBTiles::OpenMode::ReadOnly));
        QCOMPARE(file.tileCount(), 5);
        QCOMPARE(file.metadata().name, QStringLiteral("jakarta-pusat"));
    }
};

QTEST_MAIN(TestOfflineAreaDialog)
#include "tst_offlineareadialog.moc"
