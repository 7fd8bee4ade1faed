#pragma once

#include <array>
#include <optional>

#include <QPointer>
#include <QWidget>

#include "analytics/dashboardstats.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboardselection.h"
#include "supervision/supervisioncontext.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace lintas {

class ChartAdapter;
class ChartPanel;
class DashboardRefresher;
class DrillDownDialog;

// The supervisors' dashboard: live charts over the store (ui/dashboard, Qt Charts behind ChartAdapter), computed
// off the GUI thread and refreshed coalesced; filters for station, period and operation; every chart clickable
// through to its records. A top-level window, made on first use by the Analysis menu.
//
//   filters ──► DashboardRefresher (worker: DashboardQuery) ──► showSnapshot(snapshot) ──► ChartAdapter × 10
//   click on a chart ──► DrillDown ──► DrillDownDialog (worker: DashboardQuery::records)
//
// Showing the window starts the refresher; closing it stops it (a computation in flight is dropped).
class DashboardWindow : public QWidget
{
    Q_OBJECT
public:
    DashboardWindow(const SupervisionContext &context, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // Draws a snapshot, whoever computed it.
    void showSnapshot(const analytics::DashboardSnapshot &snapshot);
    const std::optional<analytics::DashboardSnapshot> &snapshot() const { return m_snapshot; }

    void setSelection(const DashboardSelection &selection);
    DashboardSelection selection() const;

    ChartAdapter *chart(DashboardChart which) const;
    ChartPanel *panel(DashboardChart which) const;
    const DashboardChartData &chartData(DashboardChart which) const;
    DashboardRefresher *refresher() const { return m_refresher; }
    // The records dialog the last click opened (null when none is open).
    DrillDownDialog *recordsDialog() const;
    QString updatedText() const;

    // What a click on series `series`, category `category` of a chart does.
    void openRecords(DashboardChart which, int series, int category);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillStations();
    void fillPeriods();
    void selectionEdited();
    void redraw();
    void showFigures();
    void showUpdated();
    void showFailure(const QString &message);

    SupervisionContext m_context;
    DashboardRefresher *m_refresher;
    QLabel *m_stationLabel = nullptr;
    QComboBox *m_station = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_updated = nullptr;
    struct Figure
    {
        QLabel *value = nullptr;
        QLabel *caption = nullptr;
    };
    Figure m_incidentsToday;
    Figure m_incidentsInPeriod;
    Figure m_openNow;
    Figure m_medianP1;
    std::array<ChartAdapter *, kDashboardChartCount> m_charts{};
    std::array<ChartPanel *, kDashboardChartCount> m_panels{};
    std::array<DashboardChartData, kDashboardChartCount> m_data{};
    std::optional<analytics::DashboardSnapshot> m_snapshot;
    QString m_failure;
    QPointer<DrillDownDialog> m_records;
    bool m_filling = false; // the combos are being refilled: not a user's choice
};

} // namespace lintas
