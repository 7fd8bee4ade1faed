#pragma once

#include <array>

#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include "map/maproadloader.h"
#include "map/mapstyle.h"

class QPainter;

namespace lintas {

// What part of the world the view shows: world pixels at `zoom` (world = 256·2^zoom px wide).
struct MapViewport
{
    double zoom = 12.0;
    QPointF topLeft; // world pixels at zoom of the widget's top-left corner
    QSizeF size;

    double scale() const; // 2^zoom: world pixels at zoom per world pixel at zoom 0
    QRectF worldRect() const { return QRectF(topLeft, size); }
};

// The road and sector layers. Geometry is projected once (zoom 0 world pixels, by the loader); this layer
// scales it to the current zoom, over the screen plus a margin, skipping sub-pixel vertices, into one flat
// point array per road group, and reuses those arrays while the view only pans. Street names are placed once
// per build, along straight runs of road long enough for them, never overlapping, and kept in place while
// panning.
//
// Why not one QPainterPath per group: Qt strokes a path as one outline and fills it with the winding rule,
// and the outline of thousands of crossing streets costs ~20× more than drawing them one by one. Thin
// roads go through QPainter::drawLines (square caps, the raster engine's direct line rasterizer; joins are
// invisible below a few pixels); wide roads are polylines with round joins, culled against the screen.
class MapRoadLayer
{
public:
    void setRoads(MapRoadSetPtr roads);
    const MapRoadSetPtr &roads() const { return m_roads; }
    void setSectors(QList<MapSectorShape> sectors);
    const QList<MapSectorShape> &sectors() const { return m_sectors; }
    void setStyle(const MapStyle *style);
    void setFont(const QFont &font);

    void paintRoads(QPainter &painter, const MapViewport &view);
    void paintSectors(QPainter &painter, const MapViewport &view);
    void paintRoadLabels(QPainter &painter, const MapViewport &view);

private:
    struct Label
    {
        QPointF center; // relative to m_origin
        double angleDeg = 0;
        int nameIndex = 0;
        bool major = false;
    };

    void rebuild(const MapViewport &view);
    void placeLabels(const QRectF &area, double zoom);
    const QImage &labelImage(int nameIndex, bool major);

    MapRoadSetPtr m_roads;
    QList<MapSectorShape> m_sectors;
    const MapStyle *m_style = &MapStyle::light();
    QFont m_font;

    // The built paths: valid for m_builtZoom and the world rectangle m_builtRect (pixels at that zoom);
    // path coordinates are relative to m_origin so they stay small at zoom 19.
    bool m_valid = false;
    double m_builtZoom = -1;
    QRectF m_builtRect;
    QPointF m_origin;
    struct Run
    {
        int first = 0; // into m_points
        int count = 0;
        QRectF box; // relative to m_origin
    };
    QList<QPointF> m_points; // every road's vertices at this zoom, relative to m_origin
    std::array<QList<Run>, MapStyle::RoadGroupCount> m_runs;
    std::array<QList<QPointF>, MapStyle::RoadGroupCount> m_segments; // point pairs, for groups drawn as lines
    std::array<bool, MapStyle::RoadGroupCount> m_asLines{};
    QList<Label> m_labels;

    bool m_sectorsValid = false;
    double m_sectorZoom = -1;
    QPainterPath m_sectorPath; // relative to world pixel origin (0, 0) at m_sectorZoom

    QHash<quint64, QImage> m_labelImages; // (nameIndex, major) → rendered name with halo
    qreal m_dpr = 1.0;
};

} // namespace lintas
