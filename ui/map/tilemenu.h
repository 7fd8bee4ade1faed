#pragma once

#include <QObject>

#include "map/tilesource.h"

class QAction;
class QMenu;
class QWidget;

namespace lintas {

class MapView;
class TileLayer;

// The "Raster tiles" menu of the map: open an MBTiles file, configure the agency's XYZ tile server, download an
// offline area from it, or turn tiles off. Owns the tile layer it gives the map, and remembers the source in
// the settings so the next start shows the same tiles.
class TileMenu : public QObject
{
    Q_OBJECT
public:
    TileMenu(MapView *map, QWidget *dialogParent);
    ~TileMenu() override;

    QMenu *menu() const { return m_menu; }
    TileLayer *layer() const { return m_layer; }
    // Shows `source` and remembers it; false with a sentence when it cannot be used (tiles are then off).
    bool useSource(const TileSource &source, QString *error = nullptr);
    void retranslateUi();

private:
    void openFile();
    void configureServer();
    void downloadOfflineArea();
    void updateActions();

    MapView *m_map;
    QWidget *m_dialogParent;
    TileLayer *m_layer;
    QMenu *m_menu;
    QAction *m_openFileAction;
    QAction *m_serverAction;
    QAction *m_offlineAction;
    QAction *m_offAction;
};

} // namespace lintas
