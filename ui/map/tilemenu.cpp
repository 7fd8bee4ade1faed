#include "map/tilemenu.h"

#include <cmath>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenu>
#include <QSettings>
#include <QUrl>

#include "actiontext.h"
#include "map/mapview.h"
#include "map/offlineareadialog.h"
#include "map/tilelayer.h"
#include "messagebox.h"

namespace lintas {
namespace {
const QString kTileSourceKey = QStringLiteral("map/tileSource");
} // namespace

TileMenu::TileMenu(MapView *map, QWidget *dialogParent)
    : QObject(dialogParent), m_map(map), m_dialogParent(dialogParent), m_layer(new TileLayer(this)),
      m_menu(new QMenu(dialogParent)), m_openFileAction(m_menu->addAction(QString())),
      m_serverAction(m_menu->addAction(QString())), m_offlineAction(m_menu->addAction(QString())),
      m_offAction(m_menu->addAction(QString()))
{
    m_openFileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_serverAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    m_offlineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_offAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_offAction->setCheckable(true);
    // Window-wide shortcuts, also while the menu is closed.
    dialogParent->addActions(m_menu->actions());
    connect(m_openFileAction, &QAction::triggered, this, &TileMenu::openFile);
    connect(m_serverAction, &QAction::triggered, this, &TileMenu::configureServer);
    connect(m_offlineAction, &QAction::triggered, this, &TileMenu::downloadOfflineArea);
    connect(m_offAction, &QAction::triggered, this, [this] { useSource({}); });
    m_map->setTileLayer(m_layer);

    // A source that no longer works (a moved file) is dropped quietly: the vector map is always there.
    const TileSource saved = TileSource::fromSetting(QSettings().value(kTileSourceKey).toString());
    if (!saved.isNone() && !m_layer->setSource(saved))
        QSettings().remove(kTileSourceKey);
    retranslateUi();
    updateActions();
}

TileMenu::~TileMenu() = default;

bool TileMenu::useSource(const TileSource &source, QString *error)
{
    const bool ok = m_layer->setSource(source, error);
    if (ok && !source.isNone())
        QSettings().setValue(kTileSourceKey, source.toSetting());
    else
        QSettings().remove(kTileSourceKey);
    updateActions();
    return ok;
}

void TileMenu::retranslateUi()
{
    m_menu->setTitle(tr("&Raster tiles"));
    describeAction(m_openFileAction, tr("Open &tile file (MBTiles)…"), tr("Show raster tiles from an MBTiles file"));
    describeAction(m_serverAction, tr("Tile &server…"), tr("Show raster tiles from the agency's own tile server"));
    describeAction(m_offlineAction, tr("Download &offline area…"),
                   tr("Download the area on screen from the configured tile server into the cache"));
    describeAction(m_offAction, tr("&No raster tiles"), tr("Show the vector map only"));
}

void TileMenu::openFile()
{
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open tile file"), QDir::homePath(),
                                                      tr("MBTiles (*.mbtiles *.lintasmap)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!useSource(TileSource::fromFile(path), &error))
        MessageBox::warning(m_dialogParent, tr("Open tile file"),
                            tr("The tile file %1 cannot be used.").arg(QDir::toNativeSeparators(path)), error);
}

void TileMenu::configureServer()
{
    bool accepted = false;
    const QString current = m_layer->source().urlTemplate();
    const QString url = QInputDialog::getText(
        m_dialogParent, tr("Tile server"),
        tr("The agency's XYZ tile server, with {z}, {x} and {y} in the address\n"
           "(for example https://tiles.polda.example/{z}/{x}/{y}.png):"),
        QLineEdit::Normal, current, &accepted);
    if (!accepted || url.trimmed().isEmpty())
        return;
    QString error;
    if (!useSource(TileSource::fromUrl(url.trimmed()), &error)) {
        MessageBox::warning(m_dialogParent, tr("Tile server"), tr("This tile server address cannot be used."), error);
        return;
    }
    if (TileSource::isPublicTileHost(QUrl(url.trimmed()).host()))
        MessageBox::information(m_dialogParent, tr("Tile server"),
                                tr("This is a public tile server: it may be used for browsing only. Offline areas "
                                   "are never downloaded from it; use the agency's own tile server for that."));
}

void TileMenu::downloadOfflineArea()
{
    const geo::GeoPoint topLeft = m_map->screenToGeo(QPointF(0, 0));
    const geo::GeoPoint bottomRight = m_map->screenToGeo(QPointF(m_map->width(), m_map->height()));
    const geo::GeoBounds area = geo::GeoBounds::fromCorners(bottomRight.lat, topLeft.lon, topLeft.lat, bottomRight.lon);
    OfflineAreaDialog dialog(m_layer->source(), m_layer->cache(), area, int(std::lround(m_map->zoom())),
                             m_dialogParent);
    dialog.exec();
}

void TileMenu::updateActions()
{
    const TileSource &source = m_layer->source();
    m_offlineAction->setEnabled(source.kind() == TileSource::Kind::Url);
    m_offAction->setChecked(source.isNone());
    m_offAction->setEnabled(!source.isNone());
}

} // namespace lintas
