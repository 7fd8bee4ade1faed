// The map's "Raster tiles" menu: the source chosen is shown on the map, remembered for the next start, and
// the offline-area action is only offered for a tile server.
#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "geo/mbtiles.h"
#include "map/mapview.h"
#include "map/tilelayer.h"
#include "map/tilemenu.h"

using namespace lintas;

namespace {

QString writeTileFile(const QString &path)
{
    geo::MBTiles file;
    if (!file.open(path, geo::MBTiles::OpenMode::ReadWrite))
        return {};
    geo::MBTiles::Metadata metadata;
    metadata.name = QStringLiteral("area");
    metadata.minZoom = 14;
    metadata.maxZoom = 14;
    file.setMetadata(metadata);
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    file.writeTile(geo::TileId{14, 13053, 8473}, png);
    return path;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions())
        if (action->text().remove(QLatin1Char('&')).startsWith(text))
            return action;
    return nullptr;
}

} // namespace

class TestTileMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void sourceIsShownAndRemembered()
    {
        QTemporaryDir dir;
        const QString path = writeTileFile(dir.filePath(QStringLiteral("area.mbtiles")));
        QVERIFY(!path.isEmpty());
        {
            QWidget window;
            auto *map = new MapView(&window);
            TileMenu menu(map, &window);
            QCOMPARE(map->tileLayer(), menu.layer());
            QVERIFY(!menu.layer()->isActive());
            QVERIFY(!actionNamed(menu.menu(), QStringLiteral("Download offline area"))->isEnabled());

            QString error;
            QVERIFY2(menu.useSource(TileSource::fromFile(path), &error), qPrintable(error));
            QVERIFY(menu.layer()->isActive());
            // A file source has nothing to download from.
            QVERIFY(!actionNamed(menu.menu(), QStringLiteral("Download offline area"))->isEnabled());
        }
        {
            // The next start shows the same tiles.
            QWidget window;
            auto *map = new MapView(&window);
            TileMenu menu(map, &window);
            QVERIFY(menu.layer()->isActive());
            QCOMPARE(menu.layer()->source().path(), path);
            menu.useSource({});
            QVERIFY(!menu.layer()->isActive());
        }
        QWidget window;
        TileMenu menu(new MapView(&window), &window);
        QVERIFY(!menu.layer()->isActive());
    }

    void serverSourceOffersOfflineArea()
    {
        QWidget window;
        TileMenu menu(new MapView(&window), &window);
        QVERIFY(menu.useSource(TileSource::fromUrl(QStringLiteral("https://tiles.polda.example/{z}/{x}/{y}.png"))));
        QVERIFY(actionNamed(menu.menu(), QStringLiteral("Download offline area"))->isEnabled());
        QVERIFY(actionNamed(menu.menu(), QStringLiteral("No raster tiles"))->isEnabled());
        menu.useSource({});
    }

    void unusableSourceLeavesTilesOff()
    {
        QWidget window;
        TileMenu menu(new MapView(&window), &window);
        QString error;
        QVERIFY(!menu.useSource(TileSource::fromUrl(QStringLiteral("ftp://tiles/{z}/{x}/{y}.png")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!menu.layer()->isActive());
        QVERIFY(QSettings().value(QStringLiteral("map/tileSource")).toString().isEmpty());
    }
};

QTEST_MAIN(TestTileMenu)
#include "tst_tilemenu.moc"
