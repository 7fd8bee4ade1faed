#pragma once

#include <optional>

#include <QDate>
#include <QTimer>
#include <QWidget>

#include "analytics/dailyreport.h"
#include "report/reportrenderer.h"
#include "store/casereader.h"
#include "supervision/supervisioncontext.h"

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace lintas {

// The daily report (Anev harian): choose the Polda or Polres and the day or operation, preview it, export PDF
// (A4, Bahasa Indonesia or English) and CSV, and sign it off (supervisors: the PDF's SHA-256 into the audit log).
// A top-level window, made on first use by the Analysis menu.
//
//   choices ─(debounced)─► worker: DailyReportBuilder (own connection) + ReportRenderer ─► preview (same HTML as
//   the PDF). Export and sign-off write on a worker too; the sign-off is then recorded on the store thread:
//   worker: PDF bytes → file, SHA-256 ─► store thread: Store::recordReportSignOff ─► GUI: "Signed off by …"
//
// A result that arrives after the choices changed again is dropped (generation counter), so the preview always
// shows the latest choice.
class ReportWindow : public QWidget
{
    Q_OBJECT
public:
    ReportWindow(const SupervisionContext &context, QWidget *parent = nullptr);
    ~ReportWindow() override;

    // Shows (building on a worker thread) the report of a scope and period.
    void showReport(const analytics::ReportScope &scope, const analytics::ReportPeriod &period);
    // The day's report of the scope chosen now (the automatic report's "Open").
    void showDay(const QDate &dayWib);
    void setLanguage(analytics::ReportLanguage language);
    analytics::ReportLanguage language() const;

    bool isBuilding() const { return m_building; }
    bool isWriting() const { return m_writing; }
    const std::optional<analytics::DailyReport> &report() const { return m_report; }
    QString previewText() const;
    QString statusText() const;
    QString signOffText() const;
    QPushButton *signOffButton() const { return m_signOff; }

    // Write the shown report (the dialogs' buttons ask for the file, then call these); exported() or failed()
    // follows.
    void exportPdf(const QString &path);
    void exportCsv(const QString &path);
    // Writes the PDF to `path` (unless it holds exactly the PDF this window wrote there), hashes the bytes and
    // records the sign-off; signedOff() or failed() follows. Supervisors and administrators only.
    void signOff(const QString &path);

Q_SIGNALS:
    void built();
    void exported(const QString &path);
    void signedOff(const lintas::ReportSignOff &signOff);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The window lives the whole session: the latest day one may pick moves on with the clock.
    void refreshLatestDay();
    void retranslateUi();
    void fillScopes();
    void fillOperations();
    void updateActions();
    void scheduleBuild();
    void build();
    void render();
    void showRendered();
    void setStatus(const QString &text, bool error = false);
    analytics::ReportScope chosenScope() const;
    std::optional<analytics::ReportPeriod> chosenPeriod() const;
    QString defaultPath(const QString &suffix) const;
    QString askSavePath(const QString &title, const QString &suffix, const QString &filter);
    void exportPdfClicked();
    void exportCsvClicked();
    void signOffClicked();
    void openSettings();
    void recordSignOff(const ReportSignOff &signOff);

    SupervisionContext m_context;

    QLabel *m_scopeLabel = nullptr;
    QComboBox *m_scope = nullptr;
    QRadioButton *m_dayChoice = nullptr;
    QRadioButton *m_operationChoice = nullptr;
    QButtonGroup *m_periodGroup = nullptr;
    QDateEdit *m_day = nullptr;
    QComboBox *m_operation = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_signature = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_signOff = nullptr;
    QPushButton *m_settings = nullptr;
    QPushButton *m_close = nullptr;
    QTimer m_debounce;

    int m_generation = 0; // of the build or render asked for last
    bool m_building = false;
    bool m_writing = false;
    bool m_filling = false; // the controls are being set by code: no build per change
    QString m_error;
    std::optional<analytics::DailyReport> m_report;
    std::optional<ReportRenderer> m_rendered;
    // The PDF this window last wrote, so a sign-off of that file signs exactly it.
    QString m_writtenPdfPath;
    QByteArray m_writtenPdfSha256;
    std::optional<ReportSignOff> m_lastSignOff;
};

} // namespace lintas
