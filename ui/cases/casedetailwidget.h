#pragma once

#include <optional>

#include <QUuid>
#include <QWidget>

#include "core/casefold.h"
#include "core/cases.h"
#include "core/casevalidation.h"

namespace lintas {

class CaseDesk;

// One case, whole: the editor while it is editable (a draft, or a fresh capture), the read-only record after,
// with its workflow actions, versions and differences, timeline, attachments and voids.
//
//   header: number · kind · state · version · ETLE deadline ("3 days left to confirm" / "overdue by 2 days")
//   actions (as the state and the account allow): Save draft, Submit, Correct… (reason), the kind's next
//     workflow steps (ETLE: Verify, Reject…, Vehicle identified…, Send notice, Confirmed, Transfer to driver…,
//     Issue payment code, Request STNK block), Close, Request void… (reason), Approve / Refuse void (a
//     supervisor other than the requester), Add note, Attach file…
//   body tabs: Details (form per kind; each wrong field marked with its message) · Versions (list; the
//     selected one's differences to the previous, field by field) · Timeline · Attachments (thumbnails) ·
//     Charges (violation/etle: the charged articles as charged; accident: Pasal 229 severity and the suggested
//     Pasal 310/312 articles to confirm)
//
// Reads nothing itself: CaseWindow loads the CaseFile on a worker thread and hands it over.
class CaseDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CaseDetailWidget(CaseDesk *desk, QWidget *parent = nullptr);
    ~CaseDetailWidget() override;

    // Shows a stored case (replacing a new draft only when it has no unsaved input, else asks).
    void showCase(const CaseFile &file);
    // An empty editor for a new case of the kind (not stored until Save draft or Submit).
    void startNew(CaseKind kind, const QUuid &incidentId = {});
    void clear();
    std::optional<CaseFile> shownCase() const;
    bool hasUnsavedInput() const;

    // The form's problems as validateCase sees them now (shown beside the fields).
    QList<FieldProblem> currentProblems() const;

    // Keyboard entry points CaseWindow binds (Ctrl+S, Ctrl+Enter).
    bool saveDraft();
    bool submit();

Q_SIGNALS:
    // A case this widget created or changed: CaseWindow selects it and reloads it when the store reports it.
    void caseSaved(const QUuid &id);
    // The user asks for another case (a linked case).
    void openCaseRequested(const QUuid &id);
};

} // namespace lintas
