#pragma once

#include <optional>

#include <QDialog>
#include <QString>

#include "core/etle.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace lintas {

class CaseDesk;

// Imports the bank's settlement file (Cases ▸ Import bank settlement…, supervisors):
//
//   ┌ File: settlement-20261128.csv                                        [Choose file…] ┐
//   │ 12 rows. All 12 rows match: Rp6,000,000 total.                                      │
//   │   — or —  12 rows, 4 problems. Nothing was imported.                                 │
//   │   line · problem (every row that does not match, with its reason)                    │
//   │ result: "12 tickets were paid."                                                      │
//   └                                                              [Import] [Close]       ┘
//
// The whole file is read and matched on a worker thread (CaseReader::payableTickets, matchSettlement); only a
// clean report can be imported, as one batch (CaseFactory::settle), so a file is paid whole or not at all.
class SettlementImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettlementImportDialog(CaseDesk *desk, QWidget *parent = nullptr);
    ~SettlementImportDialog() override;

    // Asks for the file (a file dialog), then loads it.
    void chooseFile();
    // Reads and matches the file on the worker pool; loaded() follows.
    void loadFile(const QString &path);
    bool isLoading() const { return m_loading; }

    const QString &fileName() const { return m_path; }
    const std::optional<SettlementReport> &report() const { return m_report; }
    // The report's first line ("12 rows. All 12 rows match: Rp6,000,000 total.") or why the file was not read.
    QString summaryText() const;
    // "Nothing was imported." under a report with problems; the import's outcome after Import.
    QString resultText() const;
    QTableWidget *problemTable() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }

public Q_SLOTS:
    // Submits the payments of a clean report in one batch; false when there is nothing to import or the policy
    // refuses (the reason is shown).
    bool importReport();

Q_SIGNALS:
    void loaded();
    // The batch was committed (paid tickets) or refused (message).
    void imported(int paid);
    void importFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    CaseDesk *m_desk;
    QLabel *m_fileLabel = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;

    QString m_path;
    QString m_readError; // the file could not be read (names it and the OS error) or the store could not
    std::optional<SettlementReport> m_report;
    bool m_loading = false;
    bool m_importing = false;
    bool m_imported = false;
    int m_paid = 0;
    QString m_importError;
};

} // namespace lintas
