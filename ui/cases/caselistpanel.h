#pragma once

#include <atomic>
#include <memory>

#include <QStringList>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include "core/cases.h"
#include "store/casereader.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace lintas {

class CaseDesk;
class CaseListModel;
class CaseReadThread;

// The left side of the case window: the search line, the filters, the saved searches and the list.
//
//   typing (debounced) / a filter ──► search(): CaseQuery ── read thread: CaseReader::search ──► merge rows
//   caseChanged ──► row shown: updated in place; otherwise the query runs again (at most every 300 ms)
//
// Every search carries a generation; a newer one supersedes it, so a stale result is dropped on both sides
// of the thread (the read thread skips a search already superseded, the GUI ignores a late answer).
// Keyboard: Down from the search goes to the list, Enter in the list opens, Esc goes back to the search.
class CaseListPanel : public QWidget
{
    Q_OBJECT
public:
    CaseListPanel(CaseDesk *desk, CaseReadThread *reads, QWidget *parent = nullptr);
    ~CaseListPanel() override;

    CaseListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    // The query the controls describe, and the controls set from a query (which runs it).
    CaseQuery query() const;
    void setQuery(const CaseQuery &query);
    // Runs the query now (typing waits a moment first).
    void search();
    bool isSearching() const { return m_searching; }
    // The rows found by the last search ("N cases") and the near-match note, as shown.
    QString countText() const;
    QString nearMatchText() const;
    QString lastError() const { return m_lastError; }

    // Saved searches (settings group "cases/saved": name → CaseQuery::toMap), by name.
    QStringList savedSearchNames() const;
    void saveSearch(const QString &name);
    bool applySavedSearch(const QString &name);
    void deleteSavedSearch(const QString &name);

    QUuid currentCaseId() const;
    // Makes the case the current row when the list shows it.
    bool selectCase(const QUuid &id);
    void focusSearch();
    void focusList();

Q_SIGNALS:
    // Enter or a double click on a row.
    void openRequested(const QUuid &id);
    void currentCaseChanged(const QUuid &id);
    // A search's result is shown (count = rows); failed when the store could not be read.
    void searchFinished(int count);
    void searchFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Outcome;
    void buildUi();
    void retranslateUi();
    void fillKindCombo();
    void fillStateCombo();
    void fillStationCombo();
    void onCaseChanged(const lintas::CaseSummary &summary);
    void showOutcome(const Outcome &outcome);
    void updateLabels();
    void askToSaveSearch();
    void rebuildSavedMenu();
    bool passesFilters(const CaseSummary &summary) const;
    void openCurrent();

    CaseDesk *m_desk;
    CaseReadThread *m_reads;
    CaseListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_saved = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_officer = nullptr;
    QComboBox *m_station = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_voidPending = nullptr;
    QToolButton *m_clearFilters = nullptr;
    QLabel *m_nearMatch = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;

    QTimer m_typing; // a short pause after the last keystroke before searching
    QTimer m_rerun;  // coalesces the store's notifications into one search at most every 300 ms
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest; // read by the read thread to skip superseded searches
    bool m_searching = false;
    CaseQuery m_shownQuery; // the query whose result the list shows
    CaseSearchResult m_shown;
    bool m_hasResult = false;
    QString m_lastError;
};

} // namespace lintas
