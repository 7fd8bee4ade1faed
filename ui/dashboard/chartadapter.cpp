#include "chartadapter.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QCursor>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include "theme.h"

namespace lintas {

namespace {

// Mid-tone colours that read on the light and on the dark background alike.
const QColor kPalette[] = {QColor(0x3b, 0x7d, 0xd8), QColor(0xe0, 0x8a, 0x1e), QColor(0x3a, 0xa0, 0x5a),
                           QColor(0xd6, 0x45, 0x41), QColor(0x8e, 0x5c, 0xc2), QColor(0x2a, 0xa3, 0xa3),
                           QColor(0x8a, 0x8f, 0x98)};

// An axis maximum a person reads easily: 1, 2, 2.5, 4, 5, 6, 8 or 10 times a power of ten, at least `value`.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * magnitude >= value - 1e-9)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QAbstractBarSeries *barSeriesOf(QChart *chart)
{
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            return bars;
    return nullptr;
}

} // namespace

ChartAdapter::ChartAdapter(Kind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_emptyLabel(new QLabel(this))
{
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation); // a refresh must not replay an animation every few seconds
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(120, 100);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();

    m_valueAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_valueAxis, horizontal() ? Qt::AlignBottom : Qt::AlignLeft);
    m_categoryAxis = makeCategoryAxis();
    m_chart->addAxis(m_categoryAxis, horizontal() ? Qt::AlignLeft : Qt::AlignBottom);

    connect(Theme::instance(), &Theme::changed, this, [this] { applyPalette(); });
    // Labels are fitted to the plot area once the chart has laid it out.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { updateCategoryLabels(); });
    applyPalette();
    rebuild();
}

ChartAdapter::~ChartAdapter() = default;

QAbstractAxis *ChartAdapter::makeCategoryAxis()
{
    if (horizontal()) {
        // One row per category, labels down the side. Qt Charts would cut every label to "…" as soon as the rows
        // are thinner than its padded label height; the font is fitted to the rows instead (updateCategoryLabels).
        auto *axis = new QBarCategoryAxis(m_chart);
        axis->setTruncateLabels(false);
        return axis;
    }
    // A value-positioned category axis: a label may stand under every n-th bar or point only (30 days, a shift
    // in quarter hours do not fit one label each).
    auto *axis = new QCategoryAxis(m_chart);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    return axis;
}

void ChartAdapter::replace(const QStringList &categories, const QList<ChartSeries> &series)
{
    m_categories = categories;
    m_series = series;
    for (ChartSeries &one : m_series)
        one.values.resize(m_categories.size());
    rebuild();
}

void ChartAdapter::setThreshold(const QVector<double> &values, const QString &name)
{
    m_threshold = values;
    m_thresholdName = name;
    rebuildThreshold();
    updateValueAxis();
}

void ChartAdapter::setValueTitle(const QString &title)
{
    m_valueTitle = title;
    m_valueAxis->setTitleText(title);
}

void ChartAdapter::setCategoryTitle(const QString &title)
{
    m_categoryAxis->setTitleText(title);
}

void ChartAdapter::setIntegerValues(bool integer)
{
    m_integer = integer;
    updateValueAxis();
}

void ChartAdapter::setEmptyText(const QString &text)
{
    m_emptyLabel->setText(text);
}

QString ChartAdapter::seriesName(int series) const
{
    return series >= 0 && series < m_series.size() ? m_series.at(series).name : QString();
}

QVector<double> ChartAdapter::values(int series) const
{
    return series >= 0 && series < m_series.size() ? m_series.at(series).values : QVector<double>();
}

bool ChartAdapter::isEmptyShown() const
{
    return !m_emptyLabel->isHidden();
}

void ChartAdapter::activate(int series, int category)
{
    if (series < 0 || series >= m_series.size() || category < 0 || category >= m_categories.size())
        return;
    Q_EMIT clicked(series, category);
}

void ChartAdapter::hovered(bool inside, int series, int category)
{
    // What the bar or point stands for, and that it can be clicked.
    if (!inside || series < 0 || series >= m_series.size() || category < 0 || category >= m_categories.size()) {
        m_view->unsetCursor();
        QToolTip::hideText();
        return;
    }
    m_view->setCursor(Qt::PointingHandCursor);
    const double value = m_series.at(series).values.value(category);
    const QString number =
        m_integer ? QLocale().toString(qint64(std::llround(value))) : QLocale().toString(value, 'f', 1);
    QToolTip::showText(QCursor::pos(),
                       tr("%1 · %2: %3").arg(m_categories.at(category), m_series.at(series).name, number), m_view);
}

void ChartAdapter::rebuild()
{
    // The threshold's line series hang on the axes too; take them off before the data series are rebuilt.
    for (QAbstractSeries *series : std::as_const(m_thresholdSeries)) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_thresholdSeries.clear();

    if (m_kind == Kind::Lines)
        rebuildLines();
    else
        rebuildBars();
    rebuildThreshold();
    updateValueAxis();

    bool empty = true;
    for (const ChartSeries &series : std::as_const(m_series))
        empty = empty && std::all_of(series.values.cbegin(), series.values.cend(), [](double v) { return v == 0; });
    m_emptyLabel->setVisible(empty && !m_emptyLabel->text().isEmpty());
    m_emptyLabel->raise();
}

void ChartAdapter::rebuildBars()
{
    // Horizontal bars list the first category at the top, where a reader starts.
    const int n = int(m_categories.size());
    if (horizontal()) {
        auto *axis = static_cast<QBarCategoryAxis *>(m_categoryAxis);
        QStringList shown(m_categories.crbegin(), m_categories.crend());
        if (axis->categories() != shown)
            axis->setCategories(shown);
    } else {
        static_cast<QCategoryAxis *>(m_categoryAxis)->setRange(-0.5, std::max(1, n) - 0.5);
        m_labelStep = 0;
        updateCategoryLabels();
    }

    QAbstractBarSeries *bars = barSeriesOf(m_chart);
    if (!bars) {
        if (m_kind == Kind::StackedBars)
            bars = new QStackedBarSeries(m_chart);
        else if (m_kind == Kind::HorizontalBars)
            bars = new QHorizontalBarSeries(m_chart);
        else
            bars = new QBarSeries(m_chart);
        m_chart->addSeries(bars);
        bars->attachAxis(m_categoryAxis);
        bars->attachAxis(m_valueAxis);
        connect(bars, &QAbstractBarSeries::clicked, this, [this, bars](int index, QBarSet *set) {
            const int series = int(bars->barSets().indexOf(set));
            activate(series, horizontal() ? int(m_categories.size()) - 1 - index : index);
        });
        connect(bars, &QAbstractBarSeries::hovered, this, [this, bars](bool inside, int index, QBarSet *set) {
            const int series = int(bars->barSets().indexOf(set));
            hovered(inside, series, horizontal() ? int(m_categories.size()) - 1 - index : index);
        });
    }
    // One bulk replacement: new sets, each filled from a whole list, appended together.
    bars->clear();
    QList<QBarSet *> sets;
    for (int i = 0; i < m_series.size(); ++i) {
        auto *set = new QBarSet(m_series.at(i).name);
        QList<qreal> values(m_series.at(i).values.cbegin(), m_series.at(i).values.cend());
        if (horizontal())
            std::reverse(values.begin(), values.end());
        set->append(values);
        set->setColor(colorOf(i));
        set->setBorderColor(colorOf(i));
        sets.append(set);
    }
    bars->append(sets);
    bars->setBarWidth(m_series.size() > 1 && m_kind != Kind::StackedBars ? 0.8 : 0.6);
    m_chart->legend()->setVisible(m_series.size() > 1 || !m_threshold.isEmpty());
}

void ChartAdapter::rebuildLines()
{
    QList<QLineSeries *> lines;
    for (QAbstractSeries *series : m_chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(series))
            lines.append(line);
    while (lines.size() > m_series.size()) {
        QLineSeries *line = lines.takeLast();
        m_chart->removeSeries(line);
        delete line;
    }
    while (lines.size() < m_series.size()) {
        auto *line = new QLineSeries(m_chart);
        m_chart->addSeries(line);
        line->attachAxis(m_categoryAxis);
        line->attachAxis(m_valueAxis);
        line->setPointsVisible(true);
        const int index = int(lines.size());
        connect(line, &QLineSeries::clicked, this,
                [this, index](const QPointF &point) { activate(index, int(std::lround(point.x()))); });
        connect(line, &QLineSeries::hovered, this, [this, index](const QPointF &point, bool inside) {
            hovered(inside, index, int(std::lround(point.x())));
        });
        lines.append(line);
    }
    for (int i = 0; i < m_series.size(); ++i) {
        QList<QPointF> points;
        points.reserve(m_categories.size());
        for (int c = 0; c < m_categories.size(); ++c)
            points.append(QPointF(c, m_series.at(i).values.value(c)));
        lines[i]->setName(m_series.at(i).name);
        QPen pen(colorOf(i));
        pen.setWidthF(2);
        lines[i]->setPen(pen);
        lines[i]->replace(points); // one bulk replacement of the whole line
    }
    static_cast<QCategoryAxis *>(m_categoryAxis)->setRange(-0.5, std::max<int>(1, int(m_categories.size())) - 0.5);
    m_labelStep = 0;
    updateCategoryLabels();
    m_chart->legend()->setVisible(m_series.size() > 1 || !m_threshold.isEmpty());
}

void ChartAdapter::updateCategoryLabels()
{
    if (horizontal()) {
        // Labels are not truncated: shrink the font as rows get thin (ten articles in a small tile) so that
        // neighbours never overlap.
        const double plotHeight = m_chart->plotArea().height() > 0 ? m_chart->plotArea().height() : height() - 60;
        const double rowHeight = plotHeight / std::max<int>(1, int(m_categories.size()));
        QFont font = this->font();
        font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
        while (QFontMetricsF(font).height() > rowHeight - 2 && font.pointSizeF() > 6)
            font.setPointSizeF(font.pointSizeF() - 0.5);
        if (font != m_categoryAxis->labelsFont())
            m_categoryAxis->setLabelsFont(font);
        return;
    }
    // As many labels as fit the width, evenly spaced; the points between still carry their values.
    const QFontMetrics metrics(m_categoryAxis->labelsFont());
    int widest = 1;
    for (const QString &category : std::as_const(m_categories))
        widest = std::max(widest, metrics.horizontalAdvance(category));
    const int room = std::max(1, int(m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : width() - 60));
    const int fit = std::max(1, room / (widest + 10));
    const int step = std::max<int>(1, int(std::ceil(double(m_categories.size()) / fit)));
    auto *axis = static_cast<QCategoryAxis *>(m_categoryAxis);
    if (step == m_labelStep && axis->count() > 0)
        return;
    m_labelStep = step;
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    for (int c = 0; c < m_categories.size(); c += step)
        axis->append(m_categories.at(c), c);
}

void ChartAdapter::rebuildThreshold()
{
    for (QAbstractSeries *series : std::as_const(m_thresholdSeries)) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_thresholdSeries.clear();
    if (m_threshold.isEmpty() || m_categories.isEmpty())
        return;

    QPen pen(Theme::instance()->errorColor());
    pen.setWidthF(2);
    pen.setStyle(Qt::DashLine);
    const auto addLine = [&](double from, double to, double value) {
        auto *line = new QLineSeries(m_chart);
        const QList<QPointF> points =
            horizontal() ? QList<QPointF>{{value, from}, {value, to}} : QList<QPointF>{{from, value}, {to, value}};
        line->replace(points);
        line->setName(m_thresholdName);
        line->setPen(pen);
        m_chart->addSeries(line);
        line->attachAxis(m_categoryAxis);
        line->attachAxis(m_valueAxis);
        m_thresholdSeries.append(line);
    };
    const int n = int(m_categories.size());
    if (m_threshold.size() == 1) {
        addLine(-0.5, n - 0.5, m_threshold.first());
    } else {
        for (int c = 0; c < n && c < m_threshold.size(); ++c) {
            const int at = horizontal() ? n - 1 - c : c;
            addLine(at - 0.45, at + 0.45, m_threshold.at(c));
        }
    }
    // One legend entry for the whole threshold.
    for (qsizetype i = 1; i < m_thresholdSeries.size(); ++i)
        for (QLegendMarker *marker : m_chart->legend()->markers(m_thresholdSeries.at(i)))
            marker->setVisible(false);
    m_chart->legend()->setVisible(true);
}

void ChartAdapter::updateValueAxis()
{
    double top = 0;
    if (m_kind == Kind::StackedBars) {
        for (int c = 0; c < m_categories.size(); ++c) {
            double sum = 0;
            for (const ChartSeries &series : std::as_const(m_series))
                sum += std::max(0.0, series.values.value(c));
            top = std::max(top, sum);
        }
    } else {
        for (const ChartSeries &series : std::as_const(m_series))
            for (double value : series.values)
                top = std::max(top, value);
    }
    for (double value : std::as_const(m_threshold))
        top = std::max(top, value);

    if (m_integer && top <= 5) {
        // Small counts: one tick per whole number, never "0.5 incidents".
        const int max = std::max(1, int(std::ceil(top)));
        m_valueAxis->setRange(0, max);
        m_valueAxis->setTickCount(max + 1);
    } else {
        const double max = niceCeiling(top * 1.05);
        m_valueAxis->setRange(0, max);
        const double step = niceCeiling(max / 5);
        m_valueAxis->setTickCount(int(std::lround(max / step)) + 1);
    }
    const bool wholeTicks = m_integer || std::fmod(m_valueAxis->max() / (m_valueAxis->tickCount() - 1), 1.0) == 0;
    m_valueAxis->setLabelFormat(wholeTicks ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

void ChartAdapter::applyPalette()
{
    const QPalette palette = this->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::WindowText);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(text);
    m_view->setBackgroundBrush(base);
    styleAxis(m_valueAxis);
    styleAxis(m_categoryAxis);
    m_labelStep = 0;
    updateCategoryLabels();
    QPalette labelPalette = m_emptyLabel->palette();
    labelPalette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_emptyLabel->setPalette(labelPalette);
}

void ChartAdapter::styleAxis(QAbstractAxis *axis) const
{
    const QPalette palette = this->palette();
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    QColor line = text;
    line.setAlphaF(0.45);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(line);
    axis->setGridLineVisible(axis == m_valueAxis);
    QFont font = this->font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
    axis->setLabelsFont(font);
    axis->setTitleFont(font);
}

QColor ChartAdapter::colorOf(int series) const
{
    if (series >= 0 && series < m_series.size() && m_series.at(series).color.isValid())
        return m_series.at(series).color;
    return kPalette[series % int(std::size(kPalette))];
}

void ChartAdapter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartAdapter::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_emptyLabel->setGeometry(rect());
    updateCategoryLabels();
}

} // namespace lintas
