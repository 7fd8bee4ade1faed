#include "reportchart.h"

#include <algorithm>
#include <cmath>

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace lintas {
namespace {

constexpr qreal kTitleHeight = 22;
constexpr qreal kLegendHeight = 18;
constexpr qreal kBarRowHeight = 14; // one horizontal bar
constexpr qreal kGroupGap = 8;
constexpr int kTicks = 4;
const QColor kInk(0x33, 0x33, 0x33);
const QColor kGrid(0xdd, 0xdd, 0xdd);

QFont chartFont(qreal pixelSize, bool bold = false)
{
    QFont font(QStringLiteral("Sans Serif"));
    font.setPixelSize(int(std::lround(pixelSize)));
    font.setBold(bold);
    return font;
}

// A round upper end of the scale (1, 2 or 5 × 10^k steps) so the grid lines carry readable numbers.
qint64 niceStep(qint64 maximum)
{
    const double raw = std::max<double>(1.0, double(maximum) / kTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0})
        if (factor * magnitude >= raw)
            return std::max<qint64>(1, qint64(factor * magnitude));
    return qint64(10 * magnitude);
}

QString shortNumber(qint64 value)
{
    return QLocale::c().toString(value);
}

} // namespace

ReportChart::ReportChart(QString title, QStringList categories, QList<Series> series, Orientation orientation)
    : m_title(std::move(title)), m_categories(std::move(categories)), m_series(std::move(series)),
      m_orientation(orientation)
{
}

bool ReportChart::hasData() const
{
    return !m_categories.isEmpty() && maximum() > 0;
}

qint64 ReportChart::maximum() const
{
    qint64 most = 0;
    for (const Series &series : m_series)
        for (const qint64 value : series.values)
            most = std::max(most, value);
    return most;
}

QSize ReportChart::preferredSize(int width) const
{
    const qreal titleHeight = m_title.isEmpty() ? 0 : kTitleHeight;
    if (!hasData())
        return QSize(width, int(titleHeight + 60));
    if (m_orientation == Orientation::Columns)
        return QSize(width, int(titleHeight + 200));
    const qreal group = kBarRowHeight * m_series.size() + kGroupGap;
    return QSize(width, int(titleHeight + kLegendHeight + 34 + group * m_categories.size()));
}

QImage ReportChart::render(const QSize &size, qreal scale) const
{
    QImage image(QSize(int(size.width() * scale), int(size.height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);

    const QRectF frame(0.5, 0.5, size.width() - 1.0, size.height() - 1.0);
    painter.setPen(kGrid);
    painter.drawRect(frame);

    const qreal titleHeight = m_title.isEmpty() ? 0 : kTitleHeight;
    if (!m_title.isEmpty()) {
        painter.setPen(kInk);
        painter.setFont(chartFont(13, true));
        painter.drawText(QRectF(8, 2, size.width() - 16, kTitleHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    }

    const QRectF body(8, titleHeight + 6, size.width() - 16, size.height() - titleHeight - 12);
    if (!hasData()) {
        painter.setFont(chartFont(12));
        painter.setPen(Qt::darkGray);
        painter.drawText(body, Qt::AlignCenter, m_noDataText);
        return image;
    }
    drawLegend(painter, QRectF(body.left(), body.top(), body.width(), kLegendHeight));
    const QRectF plot(body.left(), body.top() + kLegendHeight + 4, body.width(), body.height() - kLegendHeight - 4);
    if (m_orientation == Orientation::Columns)
        drawColumns(painter, plot);
    else
        drawBars(painter, plot);
    return image;
}

void ReportChart::drawLegend(QPainter &painter, const QRectF &area) const
{
    painter.setFont(chartFont(11));
    const QFontMetricsF metrics(painter.font());
    qreal x = area.left();
    for (const Series &series : m_series) {
        const QRectF swatch(x, area.center().y() - 5, 10, 10);
        painter.fillRect(swatch, series.color);
        x += 14;
        const qreal width = metrics.horizontalAdvance(series.name);
        painter.setPen(kInk);
        painter.drawText(QRectF(x, area.top(), width + 2, area.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         series.name);
        x += width + 18;
    }
}

void ReportChart::drawColumns(QPainter &painter, const QRectF &area) const
{
    const qint64 step = niceStep(maximum());
    const qint64 top = step * qint64(std::ceil(double(maximum()) / double(step)));
    const QFont small = chartFont(10);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    const qreal axisWidth = metrics.horizontalAdvance(shortNumber(top)) + 6;
    const qreal labelHeight = metrics.height() + 4;
    const QRectF plot(area.left() + axisWidth, area.top() + metrics.height(), area.width() - axisWidth,
                      area.height() - labelHeight - metrics.height());

    // Scale and grid.
    for (qint64 value = 0; value <= top; value += step) {
        const qreal y = plot.bottom() - plot.height() * double(value) / double(top);
        painter.setPen(kGrid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(area.left(), y - metrics.height() / 2, axisWidth - 4, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, shortNumber(value));
    }

    const qsizetype groups = m_categories.size();
    const qreal groupWidth = plot.width() / groups;
    const qreal barWidth = std::min<qreal>(28.0, (groupWidth - kGroupGap) / std::max<qsizetype>(1, m_series.size()));
    const qreal groupBars = barWidth * m_series.size();
    for (qsizetype group = 0; group < groups; ++group) {
        const qreal left = plot.left() + group * groupWidth + (groupWidth - groupBars) / 2;
        for (qsizetype s = 0; s < m_series.size(); ++s) {
            const qint64 value = m_series[s].values.value(group);
            const qreal height = plot.height() * double(value) / double(top);
            const QRectF bar(left + s * barWidth, plot.bottom() - height, barWidth - 1, height);
            painter.fillRect(bar, m_series[s].color);
            if (value > 0 && barWidth >= 12) {
                painter.setPen(kInk);
                painter.drawText(
                    QRectF(bar.left() - 6, bar.top() - metrics.height(), bar.width() + 12, metrics.height()),
                    Qt::AlignHCenter | Qt::AlignBottom, shortNumber(value));
            }
        }
        painter.setPen(kInk);
        const QRectF labelRect(plot.left() + group * groupWidth, plot.bottom() + 2, groupWidth, labelHeight);
        painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop,
                         metrics.elidedText(m_categories[group], Qt::ElideRight, groupWidth - 2));
    }
    painter.setPen(kInk);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
}

void ReportChart::drawBars(QPainter &painter, const QRectF &area) const
{
    const qint64 step = niceStep(maximum());
    const qint64 top = step * qint64(std::ceil(double(maximum()) / double(step)));
    const QFont small = chartFont(10);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    qreal labelWidth = 0;
    for (const QString &category : m_categories)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(category));
    labelWidth = std::min(labelWidth + 8, area.width() * 0.38);
    const qreal valueWidth = metrics.horizontalAdvance(shortNumber(maximum())) + 8;
    const QRectF plot(area.left() + labelWidth, area.top(), area.width() - labelWidth - valueWidth,
                      area.height() - metrics.height() - 4);

    for (qint64 value = 0; value <= top; value += step) {
        const qreal x = plot.left() + plot.width() * double(value) / double(top);
        painter.setPen(kGrid);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(x - 30, plot.bottom() + 2, 60, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                         shortNumber(value));
    }

    const qreal groupHeight = plot.height() / m_categories.size();
    const qreal barHeight = std::min<qreal>(kBarRowHeight, (groupHeight - kGroupGap / 2) / m_series.size());
    for (qsizetype group = 0; group < m_categories.size(); ++group) {
        const qreal top0 = plot.top() + group * groupHeight + (groupHeight - barHeight * m_series.size()) / 2;
        painter.setPen(kInk);
        painter.drawText(QRectF(area.left(), plot.top() + group * groupHeight, labelWidth - 6, groupHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(m_categories[group], Qt::ElideRight, labelWidth - 6));
        for (qsizetype s = 0; s < m_series.size(); ++s) {
            const qint64 value = m_series[s].values.value(group);
            const qreal width = plot.width() * double(value) / double(top);
            const QRectF bar(plot.left(), top0 + s * barHeight, width, barHeight - 1);
            painter.fillRect(bar, m_series[s].color);
            if (value > 0) {
                painter.setPen(kInk);
                painter.drawText(QRectF(bar.right() + 3, bar.top() - 2, valueWidth, barHeight + 4),
                                 Qt::AlignLeft | Qt::AlignVCenter, shortNumber(value));
            }
        }
    }
    painter.setPen(kInk);
    painter.drawLine(plot.topLeft(), plot.bottomLeft());
}

} // namespace lintas
