#pragma once

#include <QDialog>

#include "analytics/dashboardstats.h"
#include "supervision/supervisioncontext.h"

class QLabel;
class QTableView;

namespace lintas {

class DrillRecordModel;

// The records behind a click on a chart: a table (number, time, title, status) filled on a worker thread by
// DashboardQuery::records; Enter or a double-click opens an incident on the main window or a case in the case
// window. Units are listed only (the unit board shows them).
//
//   DrillDownDialog ── runInBackground ──► worker: DashboardQuery(storePath).records(drill) ──► model
class DrillDownDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kRecordLimit = 500;

    DrillDownDialog(const SupervisionContext &context, const analytics::DrillDown &drill, const QString &title,
                    QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    const analytics::DrillDown &drill() const { return m_drill; }
    DrillRecordModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isLoading() const { return m_loading; }
    QString statusText() const;

    // Opens the record in `row` (what Enter and a double-click do).
    void openRecord(int row);

Q_SIGNALS:
    void loaded(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void showResult(const QList<analytics::DrillRecord> &records, const QString &error);
    void retranslateUi();
    void updateStatus();

    SupervisionContext m_context;
    analytics::DrillDown m_drill;
    QString m_title;
    DrillRecordModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QString m_error;
    bool m_loading = false;
};

} // namespace lintas
