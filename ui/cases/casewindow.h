#pragma once

#include <QMainWindow>
#include <QTimer>
#include <QUuid>

#include "core/cases.h"

class QAction;
class QMenu;

namespace lintas {

class CaseDesk;
class CaseDetailWidget;
class CaseListPanel;
class CaseReadThread;

// The case panel, a window of its own beside the map (Cases menu, Ctrl+Shift+C):
//
//   ┌ search (full text, plate-format-insensitive) · kind · state · officer · station · from–to · saved ▾ ┐
//   │ case list (number, kind, state, plate, title,       │ case detail: editor while a draft; the record,   │
//   │ occurred, fine; void-pending marked)                │ its versions with their differences, timeline,   │
//   │                                                     │ attachments (thumbnails), workflow actions       │
//   └ status: N cases · near matches · last error ─────────────────────────────────────────────────────┘
//
// Keyboard: Ctrl+F search, Down/Up through the list, Enter opens, Ctrl+N new violation, Ctrl+P print to
// PDF, Ctrl+S save the draft, Ctrl+Enter submit, Esc back to the list.
class CaseWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit CaseWindow(CaseDesk *desk, QWidget *parent = nullptr);
    ~CaseWindow() override;

    CaseListPanel *list() const { return m_list; }
    CaseDetailWidget *detail() const { return m_detail; }

    // Shows the case (opening it is audited: a View change).
    void openCase(const QUuid &id);
    // A new draft of the kind in the editor (accident: linked to an incident when given).
    void newCase(CaseKind kind, const QUuid &incidentId = {});
    // Prints the shown case to a PDF file (A4); false with the reason in the status bar.
    bool printToPdf(const QString &path);

    // The stored case the detail shows or is loading (null for a new draft or nothing).
    QUuid shownCaseId() const { return m_shownId; }
    // The thread the window's reads run on (the list's searches and the detail's loads).
    CaseReadThread *reads() const { return m_reads; }
    // The last message of the status bar (a refusal, a rejected commit, a failed print).
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    // The case is shown after a load (an opening or a refresh); opened says whether it was an opening.
    void caseShown(const QUuid &id, bool opened);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void updateActions();
    void retranslateUi();
    // Reads the case on the read thread and shows it; an opening (audit) also commits a View change.
    void load(const QUuid &id, bool opening);
    void onCaseChanged(const lintas::CaseSummary &summary);
    void onCaseSaved(const QUuid &id);
    void printWithDialog();
    void showMessage(const QString &message);

    CaseDesk *m_desk;
    CaseReadThread *m_reads = nullptr;
    CaseListPanel *m_list = nullptr;
    CaseDetailWidget *m_detail = nullptr;
    QUuid m_shownId;
    quint64 m_loadGeneration = 0;
    QTimer m_reload; // coalesces the store's notifications about the shown case into one read
    QString m_lastMessage;
    QMenu *m_caseMenu = nullptr;
    QAction *m_newViolation = nullptr;
    QAction *m_newEtle = nullptr;
    QAction *m_newAccident = nullptr;
    QAction *m_newWatch = nullptr;
    QAction *m_saveDraft = nullptr;
    QAction *m_submit = nullptr;
    QAction *m_print = nullptr;
    QAction *m_find = nullptr;
    QAction *m_close = nullptr;
};

} // namespace lintas
