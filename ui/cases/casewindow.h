#pragma once

#include <QMainWindow>
#include <QUuid>

#include "core/cases.h"

namespace lintas {

class CaseDesk;
class CaseDetailWidget;
class CaseListPanel;

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

private:
    CaseDesk *m_desk;
    CaseListPanel *m_list = nullptr;
    CaseDetailWidget *m_detail = nullptr;
};

} // namespace lintas
