#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

#include "analytics/hotspotforecast.h"

class QFont;
class QPainter;

namespace lintas {

class MapStyle;
struct MapViewport;

// The hotspot forecast as a heat layer: every grid cell whose expected count is above a small floor becomes a
// translucent rectangle, pale yellow → orange → red, the ramp scaled to the 99th percentile of the cells that
// expect anything (one extreme cell must not wash every other cell out to yellow). The map paints it over the
// sectors and under the street names and markers, and its legend in a corner.
//
//   setValues(grid, values) ── lit cells with their colours, projected once (zoom 0 world pixels)
//   paint(view) ── same view as last time? blit the cached image : fill the lit cells into a new one
//
// Panning or zooming redraws the image once for the new view, never per frame.
class HeatLayer : public QObject
{
    Q_OBJECT
public:
    // A cell below this share of the scale's top stays clear: the smoothing leaves faint tails everywhere, and
    // a map tinted all over says nothing.
    static constexpr double kFloorFraction = 0.05;
    static constexpr double kPercentile = 0.99;

    explicit HeatLayer(QObject *parent = nullptr);
    ~HeatLayer() override;

    // Expected incidents per cell (grid.cellCount() values; others are ignored with a warning).
    void setValues(const analytics::HotspotGrid &grid, const QVector<float> &values);
    void clear();
    bool isEmpty() const { return m_cells.isEmpty(); }
    const analytics::HotspotGrid &grid() const { return m_grid; }
    const QVector<float> &values() const { return m_values; }

    // The legend's caption ("Hotspot forecast · next 3 hours").
    void setTitle(const QString &title);
    const QString &title() const { return m_title; }

    // The values the ramp spans: cells at or below floor() are not painted, cells at or above scaleMax() are red.
    float floor() const { return m_floor; }
    float scaleMax() const { return m_scaleMax; }
    // The cell with the highest value (-1 when empty).
    int hottestCell() const { return m_hottest; }
    // The translucent fill of a value (transparent at or below the floor).
    QColor colorFor(float value) const;

    void paint(QPainter &painter, const MapViewport &view);
    // The legend box, bottom left of `area` above `reservedBottom` pixels (the scale bar).
    void paintLegend(QPainter &painter, const QRectF &area, double reservedBottom, const QFont &font,
                     const MapStyle &style) const;

Q_SIGNALS:
    // The values or the caption changed: the map redraws.
    void changed();

private:
    struct LitCell
    {
        QRectF world; // zoom 0 world pixels
        QRgb color;   // premultiplied-free ARGB
    };
    void render(const MapViewport &view, qreal dpr);
    static QColor ramp(double t);

    analytics::HotspotGrid m_grid;
    QVector<float> m_values;
    QList<LitCell> m_cells;
    QString m_title;
    float m_floor = 0;
    float m_scaleMax = 0;
    int m_hottest = -1;

    QImage m_image; // the lit cells for the last view
    double m_imageZoom = -1;
    QPointF m_imageTopLeft;
    QSizeF m_imageSize;
    qreal m_imageDpr = 0;
    bool m_imageValid = false;
};

} // namespace lintas
