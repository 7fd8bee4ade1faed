#pragma once

#include <QFrame>
#include <QList>

class QHBoxLayout;
class QLabel;

namespace lintas {

class ChartAdapter;

// One titled tile of the dashboard's grid: a title, one or more charts side by side, and a line of notes under
// them (figures the chart cannot show by itself).
class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setNote(const QString &note); // empty hides the line
    QString note() const;
    // Takes the chart; charts stand side by side with equal width.
    void addChart(ChartAdapter *chart);
    const QList<ChartAdapter *> &charts() const { return m_charts; }

private:
    QLabel *m_title;
    QLabel *m_note;
    QHBoxLayout *m_chartRow;
    QList<ChartAdapter *> m_charts;
};

} // namespace lintas
