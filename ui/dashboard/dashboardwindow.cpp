#include "dashboardwindow.h"

#include <algorithm>

#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "analytics/operations.h"
#include "core/stations.h"
#include "dashboard/chartadapter.h"
#include "dashboard/chartpanel.h"
#include "dashboard/dashboardrefresher.h"
#include "dashboard/drilldowndialog.h"
#include "labels.h"
#include "language.h"
#include "theme.h"

namespace lintas {

namespace {

const QString kOperationPrefix = QStringLiteral("op:");

int index(DashboardChart chart)
{
    return int(chart);
}

} // namespace

DashboardWindow::DashboardWindow(const SupervisionContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context), m_refresher(new DashboardRefresher(context.desk, this))
{
    setObjectName(QStringLiteral("dashboardWindow"));
    buildUi();
    connect(m_refresher, &DashboardRefresher::snapshotReady, this, &DashboardWindow::showSnapshot);
    connect(m_refresher, &DashboardRefresher::failed, this, &DashboardWindow::showFailure);
    connect(m_refresher, &DashboardRefresher::computingChanged, this, [this] { showUpdated(); });
    // Series colours come from the theme (priorities, unit statuses): draw again when it changes.
    connect(Theme::instance(), &Theme::changed, this, [this] { redraw(); });
    retranslateUi();
    redraw();
    resize(1400, 900);
}

DashboardWindow::~DashboardWindow()
{
    m_refresher->stop();
}

void DashboardWindow::buildUi()
{
    m_stationLabel = new QLabel(this);
    m_station = new QComboBox(this);
    m_station->setObjectName(QStringLiteral("stationFilter"));
    m_station->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stationLabel->setBuddy(m_station);
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_periodLabel->setBuddy(m_period);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_updated->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stationLabel);
    filters->addWidget(m_station);
    filters->addSpacing(12);
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_period);
    filters->addSpacing(12);
    filters->addWidget(m_refresh);
    filters->addStretch(1);
    filters->addWidget(m_updated);

    auto *figures = new QHBoxLayout;
    const auto makeFigure = [this, figures](Figure &figure, const char *name) {
        auto *box = new QVBoxLayout;
        box->setSpacing(0);
        figure.value = new QLabel(this);
        figure.value->setObjectName(QLatin1String(name));
        QFont big = figure.value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        figure.value->setFont(big);
        figure.caption = new QLabel(this);
        box->addWidget(figure.value);
        box->addWidget(figure.caption);
        figures->addLayout(box);
        figures->addSpacing(36);
    };
    makeFigure(m_incidentsToday, "incidentsTodayFigure");
    makeFigure(m_incidentsInPeriod, "incidentsInPeriodFigure");
    makeFigure(m_openNow, "openNowFigure");
    makeFigure(m_medianP1, "medianP1Figure");
    figures->addStretch(1);

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *gridHost = new QWidget(this);
    gridHost->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(gridHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(figures);
    layout->addWidget(scroll, 1);

    // Four columns: the charts that need width (hours, the shift, two response charts) take two.
    const auto place = [this, grid](int row, int column, int span, std::initializer_list<DashboardChart> charts) {
        auto *panel = new ChartPanel;
        panel->setMinimumSize(300 * span, 230);
        for (const DashboardChart chart : charts) {
            auto *adapter = new ChartAdapter(dashboardcharts::kindOf(chart));
            adapter->setObjectName(QStringLiteral("chart%1").arg(index(chart)));
            panel->addChart(adapter);
            m_charts[index(chart)] = adapter;
            m_panels[index(chart)] = panel;
            connect(adapter, &ChartAdapter::clicked, this,
                    [this, chart](int series, int category) { openRecords(chart, series, category); });
        }
        grid->addWidget(panel, row, column, 1, span);
    };
    place(0, 0, 2, {DashboardChart::IncidentsPerHour});
    place(0, 2, 1, {DashboardChart::IncidentsByType});
    place(0, 3, 1, {DashboardChart::IncidentsBySector});
    place(1, 0, 2, {DashboardChart::ResponseDistribution, DashboardChart::ResponseSummary});
    place(1, 2, 1, {DashboardChart::OpenByAge});
    place(1, 3, 1, {DashboardChart::EtleFunnel});
    place(2, 0, 2, {DashboardChart::UnitsOverShift});
    place(2, 2, 1, {DashboardChart::Accidents30Days});
    place(2, 3, 1, {DashboardChart::ViolationsByArticle});
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    for (int row = 0; row < 3; ++row)
        grid->setRowStretch(row, 1);
    m_charts[index(DashboardChart::ResponseSummary)]->setIntegerValues(false);

    connect(m_station, &QComboBox::currentIndexChanged, this, &DashboardWindow::selectionEdited);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardWindow::selectionEdited);
    connect(m_refresh, &QPushButton::clicked, m_refresher, &DashboardRefresher::refreshNow);
}

void DashboardWindow::fillStations()
{
    const QString current = m_station->currentData().toString();
    m_filling = true;
    m_station->clear();
    m_station->addItem(tr("All stations"), QString());
    const StationDirectory &directory = StationDirectory::builtIn();
    // Polda, then its Polres, then their Polsek, indented as the hierarchy goes.
    for (const Station &polda : directory.atLevel(StationLevel::Polda)) {
        m_station->addItem(polda.name, polda.code);
        for (const Station &polres : directory.children(polda.code)) {
            m_station->addItem(QStringLiteral("    ") + polres.name, polres.code);
            for (const Station &polsek : directory.children(polres.code))
                m_station->addItem(QStringLiteral("        ") + polsek.name, polsek.code);
        }
    }
    m_station->setCurrentIndex(std::max(0, m_station->findData(current)));
    m_filling = false;
}

void DashboardWindow::fillPeriods()
{
    const QString current = m_period->currentData().toString();
    m_filling = true;
    m_period->clear();
    m_period->addItem(tr("Today"), QStringLiteral("today"));
    m_period->addItem(tr("Yesterday"), QStringLiteral("yesterday"));
    m_period->addItem(tr("Last 7 days"), QStringLiteral("7d"));
    m_period->addItem(tr("Last 30 days"), QStringLiteral("30d"));
    const QList<analytics::PoliceOperation> &operations = analytics::OperationCalendar::builtIn().all();
    if (!operations.isEmpty())
        m_period->insertSeparator(m_period->count());
    const bool indonesian = labels::currentLanguage() == QLatin1String("id");
    // The newest operation first: that is the one a supervisor looks at.
    for (auto it = operations.crbegin(); it != operations.crend(); ++it)
        m_period->addItem(indonesian ? it->nameId : it->nameEn, kOperationPrefix + it->code);
    m_period->setCurrentIndex(std::max(0, m_period->findData(current.isEmpty() ? QStringLiteral("today") : current)));
    m_filling = false;
}

DashboardSelection DashboardWindow::selection() const
{
    DashboardSelection selection;
    selection.stationCode = m_station->currentData().toString();
    const QString period = m_period->currentData().toString();
    if (period == QLatin1String("yesterday"))
        selection.period = DashboardPeriod::Yesterday;
    else if (period == QLatin1String("7d"))
        selection.period = DashboardPeriod::Last7Days;
    else if (period == QLatin1String("30d"))
        selection.period = DashboardPeriod::Last30Days;
    else if (period.startsWith(kOperationPrefix)) {
        selection.period = DashboardPeriod::Operation;
        selection.operationCode = period.mid(kOperationPrefix.size());
    }
    return selection;
}

void DashboardWindow::setSelection(const DashboardSelection &selection)
{
    m_filling = true;
    m_station->setCurrentIndex(std::max(0, m_station->findData(selection.stationCode)));
    QString period = QStringLiteral("today");
    switch (selection.period) {
    case DashboardPeriod::Today:
        break;
    case DashboardPeriod::Yesterday:
        period = QStringLiteral("yesterday");
        break;
    case DashboardPeriod::Last7Days:
        period = QStringLiteral("7d");
        break;
    case DashboardPeriod::Last30Days:
        period = QStringLiteral("30d");
        break;
    case DashboardPeriod::Operation:
        period = kOperationPrefix + selection.operationCode;
        break;
    }
    m_period->setCurrentIndex(std::max(0, m_period->findData(period)));
    m_filling = false;
    selectionEdited();
}

void DashboardWindow::selectionEdited()
{
    if (m_filling)
        return;
    m_refresher->setSelection(selection());
}

ChartAdapter *DashboardWindow::chart(DashboardChart which) const
{
    return m_charts[index(which)];
}

ChartPanel *DashboardWindow::panel(DashboardChart which) const
{
    return m_panels[index(which)];
}

const DashboardChartData &DashboardWindow::chartData(DashboardChart which) const
{
    return m_data[index(which)];
}

DrillDownDialog *DashboardWindow::recordsDialog() const
{
    return m_records.data();
}

QString DashboardWindow::updatedText() const
{
    return m_updated->text();
}

void DashboardWindow::showSnapshot(const analytics::DashboardSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_failure.clear();
    redraw();
}

void DashboardWindow::redraw()
{
    const analytics::DashboardSnapshot snapshot = m_snapshot.value_or(analytics::DashboardSnapshot{});
    for (int i = 0; i < kDashboardChartCount; ++i) {
        const auto which = DashboardChart(i);
        m_data[i] = dashboardcharts::dataOf(which, snapshot);
        m_charts[i]->replace(m_data[i].categories, m_data[i].series);
        m_charts[i]->setThreshold(m_data[i].threshold, m_data[i].thresholdName);
    }

    // The notes say what the bars alone do not.
    QStringList arrivals;
    for (const analytics::ResponseStats &stats : snapshot.response)
        arrivals << QStringLiteral("%1 %2").arg(labels::priority(stats.priority), labels::number(stats.count));
    panel(DashboardChart::ResponseDistribution)
        ->setNote(arrivals.isEmpty() ? QString()
                                     : tr("Minutes from report to first arrival; incidents with an arrival: %1. "
                                          "Dashed: each priority's threshold.")
                                           .arg(arrivals.join(QStringLiteral(" · "))));
    int accidents = 0, md = 0, lb = 0, lr = 0;
    for (const analytics::DayAccidents &day : snapshot.accidents30Days) {
        accidents += day.accidents;
        md += day.md;
        lb += day.lb;
        lr += day.lr;
    }
    panel(DashboardChart::Accidents30Days)
        ->setNote(tr("30 days: %1 accidents; died (MD) %2, seriously hurt (LB) %3, slightly hurt (LR) %4")
                      .arg(labels::number(accidents), labels::number(md), labels::number(lb), labels::number(lr)));
    panel(DashboardChart::EtleFunnel)
        ->setNote(tr("Rejected at verification: %1").arg(labels::number(snapshot.etle.rejected)));
    showFigures();
    showUpdated();
}

void DashboardWindow::showFigures()
{
    if (!m_snapshot) {
        for (Figure *figure : {&m_incidentsToday, &m_incidentsInPeriod, &m_openNow, &m_medianP1})
            figure->value->setText(QStringLiteral("–"));
        return;
    }
    int today = 0;
    for (int count : m_snapshot->incidentsPerHourToday)
        today += count;
    m_incidentsToday.value->setText(labels::number(today));
    m_incidentsInPeriod.value->setText(labels::number(m_snapshot->incidentsInPeriod));
    m_openNow.value->setText(labels::number(m_snapshot->openIncidents));
    QString median = QStringLiteral("–");
    for (const analytics::ResponseStats &stats : m_snapshot->response)
        if (stats.priority == Priority::P1 && stats.medianS)
            median = dashboardcharts::minutes(*stats.medianS);
    m_medianP1.value->setText(median);
}

void DashboardWindow::showUpdated()
{
    QPalette palette = m_updated->palette();
    palette.setColor(QPalette::WindowText, m_failure.isEmpty() ? this->palette().color(QPalette::WindowText)
                                                               : Theme::instance()->errorColor());
    m_updated->setPalette(palette);
    QString text;
    if (!m_failure.isEmpty())
        text = tr("Not updated: %1").arg(m_failure);
    else if (m_snapshot && m_snapshot->computedAt.isValid())
        text = tr("Updated %1 (computed in %2 ms)")
                   .arg(labels::clockTime(m_snapshot->computedAt))
                   .arg(m_snapshot->computeMs);
    if (m_refresher->isComputing())
        text = text.isEmpty() ? tr("Computing…") : tr("%1 · refreshing…").arg(text);
    m_updated->setText(text);
}

void DashboardWindow::showFailure(const QString &message)
{
    m_failure = message;
    showUpdated();
}

void DashboardWindow::openRecords(DashboardChart which, int series, int category)
{
    const DashboardChartData &shown = m_data[index(which)];
    const analytics::DashboardFilter filter = m_snapshot ? m_snapshot->filter : m_refresher->currentFilter();
    const std::optional<analytics::DrillDown> drill =
        dashboardcharts::drillDown(which, shown, filter, series, category);
    if (!drill)
        return;
    if (m_records)
        m_records->close();
    auto *dialog =
        new DrillDownDialog(m_context, *drill, dashboardcharts::drillTitle(which, shown, series, category), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_records = dialog;
    dialog->show();
    dialog->raise();
}

void DashboardWindow::retranslateUi()
{
    setWindowTitle(tr("Dashboard"));
    m_stationLabel->setText(tr("&Station:"));
    m_periodLabel->setText(tr("&Period:"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Compute the figures again now"));
    m_incidentsToday.caption->setText(tr("Incidents today"));
    m_incidentsInPeriod.caption->setText(tr("Incidents in the period"));
    m_openNow.caption->setText(tr("Open now"));
    m_medianP1.caption->setText(tr("Median response P1"));
    fillStations();
    fillPeriods();
    for (int i = 0; i < kDashboardChartCount; ++i) {
        const auto which = DashboardChart(i);
        // Side-label charts are titled by their panel; their height goes to the rows.
        if (dashboardcharts::kindOf(which) != ChartAdapter::Kind::HorizontalBars)
            m_charts[i]->setValueTitle(dashboardcharts::valueTitle(which));
        m_charts[i]->setCategoryTitle(dashboardcharts::categoryTitle(which));
        m_charts[i]->setEmptyText(tr("Nothing in this period"));
    }
    // A panel with two charts is titled after its first.
    for (int i = kDashboardChartCount - 1; i >= 0; --i)
        m_panels[i]->setTitle(dashboardcharts::title(DashboardChart(i)));
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        redraw();
    }
    QWidget::changeEvent(event);
}

void DashboardWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_refresher->isRunning()) {
        m_refresher->setSelection(selection());
        m_refresher->start();
    }
}

void DashboardWindow::closeEvent(QCloseEvent *event)
{
    m_refresher->stop();
    if (m_records)
        m_records->close();
    QWidget::closeEvent(event);
}

} // namespace lintas
