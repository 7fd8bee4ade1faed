#include "chartpanel.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "dashboard/chartadapter.h"

namespace lintas {

ChartPanel::ChartPanel(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_note(new QLabel(this)), m_chartRow(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_note->setObjectName(QStringLiteral("panelNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    QFont small = m_note->font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
    m_note->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    m_chartRow->setContentsMargins(0, 0, 0, 0);
    m_chartRow->setSpacing(4);
    layout->addLayout(m_chartRow, 1);
    layout->addWidget(m_note);
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString ChartPanel::note() const
{
    return m_note->text();
}

void ChartPanel::addChart(ChartAdapter *chart)
{
    chart->setParent(this);
    m_chartRow->addWidget(chart, 1);
    m_charts.append(chart);
}

} // namespace lintas
