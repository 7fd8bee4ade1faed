#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace lintas {

// A bar chart of the daily report drawn with QPainter into an image, so the same picture goes into the preview
// and, embedded, into the PDF (no widget, so it can be drawn on a worker thread). Grouped bars: one group per
// category, one bar per series (the period, H-1, last year), with a legend, a value scale and the values.
//
//   Columns  vertical bars, for few short categories (three-hour bands, vehicle kinds)
//   Bars     horizontal bars, for many long labels (incident types)
class ReportChart
{
public:
    enum class Orientation
    {
        Columns,
        Bars
    };

    struct Series
    {
        QString name;
        QColor color;
        QList<qint64> values; // one per category
    };

    // An empty title leaves the title to the document around the picture (searchable text in the PDF).
    ReportChart(QString title, QStringList categories, QList<Series> series, Orientation orientation);

    void setNoDataText(const QString &text) { m_noDataText = text; }
    // The size the chart wants at this width (bars grow with their categories), in logical pixels.
    QSize preferredSize(int width) const;
    // The chart at `size` logical pixels, drawn `scale` times finer (sharp in a 300 dpi PDF).
    QImage render(const QSize &size, qreal scale) const;

    bool hasData() const;
    qint64 maximum() const;

private:
    void drawColumns(class QPainter &painter, const QRectF &area) const;
    void drawBars(class QPainter &painter, const QRectF &area) const;
    void drawLegend(class QPainter &painter, const QRectF &area) const;

    QString m_title;
    QStringList m_categories;
    QList<Series> m_series;
    Orientation m_orientation;
    QString m_noDataText;
};

} // namespace lintas
