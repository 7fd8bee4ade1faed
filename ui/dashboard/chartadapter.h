#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QChartView;
class QLabel;
class QValueAxis;

namespace lintas {

// One named row of values, one value per category.
struct ChartSeries
{
    QString name;
    QVector<double> values;
    QColor color; // invalid: the adapter picks the next colour of its palette
};

// The only code that includes Qt Charts: the dashboard feeds it plain data (categories × series) and reads
// back what it shows, so moving to another chart library later touches this file alone.
//
//   replace(categories, series) ──► one bulk rebuild of the bar sets / point lists (never point-by-point)
//   setThreshold(values)        ──► a dashed reference line (one value for all, or one short mark per category)
//   a click on a bar or point   ──► clicked(seriesIndex, categoryIndex)
//
// Colours follow the application palette (light or dark theme).
class ChartAdapter : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Bars,           // vertical bars, series side by side
        StackedBars,    // vertical bars, series stacked
        HorizontalBars, // categories down the side (long labels)
        Lines           // one line per series over the categories (hours, days)
    };

    explicit ChartAdapter(Kind kind, QWidget *parent = nullptr);
    ~ChartAdapter() override;

    Kind kind() const { return m_kind; }

    // Replaces everything shown in one go. Every series has one value per category (missing values count 0).
    void replace(const QStringList &categories, const QList<ChartSeries> &series);
    // A reference line: one value for every category, or one value per category. Empty removes it.
    void setThreshold(const QVector<double> &values, const QString &name);
    void setValueTitle(const QString &title);
    void setCategoryTitle(const QString &title);
    // Whole numbers on the value axis (counts); otherwise one decimal.
    void setIntegerValues(bool integer);
    // The text shown over the chart when every value is zero (or there are no categories).
    void setEmptyText(const QString &text);

    // What the chart shows now: for tests and for the records dialog's title.
    QStringList categories() const { return m_categories; }
    int seriesCount() const { return int(m_series.size()); }
    QString seriesName(int series) const;
    QVector<double> values(int series) const;
    QVector<double> threshold() const { return m_threshold; }
    QString thresholdName() const { return m_thresholdName; }
    bool isEmptyShown() const;

    // What a click on that bar or point does (the keyboard and tests use it too).
    void activate(int series, int category);

Q_SIGNALS:
    void clicked(int seriesIndex, int categoryIndex);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void hovered(bool inside, int series, int category);
    void rebuildBars();
    void rebuildLines();
    void rebuildThreshold();
    QAbstractAxis *makeCategoryAxis();
    void updateValueAxis();
    void updateCategoryLabels();
    void applyPalette();
    void styleAxis(QAbstractAxis *axis) const;
    QColor colorOf(int series) const;
    bool horizontal() const { return m_kind == Kind::HorizontalBars; }

    Kind m_kind;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_emptyLabel;
    QAbstractAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<QAbstractSeries *> m_thresholdSeries;
    QStringList m_categories;
    QList<ChartSeries> m_series;
    QVector<double> m_threshold;
    QString m_thresholdName;
    QString m_valueTitle;
    bool m_integer = true;
    int m_labelStep = 0; // every n-th category carries a label (as many as fit the width)
};

} // namespace lintas
