#pragma once

#include <optional>

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QUuid>
#include <QVariantMap>
#include <QWidget>

#include "core/casefold.h"
#include "core/cases.h"
#include "core/casevalidation.h"

class QBoxLayout;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace lintas {

class CaseAttachmentsView;
class CaseDesk;
class CaseForm;
class CaseTimelineView;
class CaseVersionsView;

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

    // What "Attach file…" and a double-click on an attachment do once the file dialog has answered: a file
    // over kMaxAttachmentBytes is refused (a message names it and its size); reading and writing happen on a
    // worker thread. False when refused at once.
    bool attachFile(const QString &path);
    bool saveAttachmentCopy(const QString &sha256, const QString &path);
    // Whether a submission of this widget waits for the store.
    bool isBusy() const { return m_pending.has_value(); }

Q_SIGNALS:
    // A case this widget created or changed: CaseWindow selects it and reloads it when the store reports it.
    void caseSaved(const QUuid &id);
    // The user asks for another case (a linked case).
    void openCaseRequested(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Mode
    {
        Empty,     // nothing shown
        Editing,   // a new case or a stored one still in its initial state
        Record,    // read-only: submitted (or the account may not edit)
        Correcting // read-only record opened for a correction (a Revise with its reason)
    };
    // A submission waiting for the store: what to restore if it is refused, what to become if it commits.
    struct Pending
    {
        QUuid caseId;
        CaseRecord before;
        QVariantMap baselineBefore;
        std::optional<CaseState> movesTo;
        bool correction = false;
        QString doneMessage;
    };

    void build();
    void retranslateUi();
    void refresh();
    void refreshHeader();
    void refreshActions();
    void refreshCharges();
    void loadRecord(const CaseRecord &record);
    void setMode(Mode mode);
    void onFormEdited();
    void updateProblems();
    bool canEdit() const;
    bool isStored() const;
    // The form's values that differ from what the case holds (for a Set or a Revise).
    QVariantMap changedFields() const;
    QVariantMap defaultsFor(CaseKind kind, const QUuid &incidentId) const;
    bool send(const ChangeList &changes, const QUuid &caseId, Pending pending, const QString &busyText);
    void onCommitted();
    void onRejected(const QString &message);
    void setStatus(const QString &text, bool error = false);
    bool askToDiscard();

    void startCorrection();
    bool saveCorrection();
    void cancelCorrection();
    void move(CaseState to);
    void sendMove(CaseState to, const QVariantMap &fields, const QString &reason);
    void requestVoid();
    void decideVoid(bool approve);
    void addNote(const QString &text);
    void chooseAttachment(bool asCaptureImage);
    void chooseCopyTarget(const QString &sha256, const QString &name);
    void attachRead(const QByteArray &bytes, const QString &name, const QString &mime, bool asCaptureImage);
    void loadPictures();
    void showCaptureImage();
    QString stationCode() const;

    CaseDesk *m_desk;
    Mode m_mode = Mode::Empty;
    std::optional<CaseFile> m_file;
    CaseRecord m_record;    // the case acted on: the stored one, or the new one (null id until saved)
    QVariantMap m_baseline; // the form's values as last loaded or saved
    QString m_correctionReason;
    int m_correctingFrom = 0;
    std::optional<Pending> m_pending;
    bool m_attachAsImage = false;
    QHash<QString, QImage> m_pictures; // decoded attachments by sha256 (null: not an image)
    quint64 m_pictureGeneration = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_etleLine = nullptr;
    QLabel *m_paymentLine = nullptr;
    QFrame *m_voidBanner = nullptr;
    QLabel *m_voidText = nullptr;
    QPushButton *m_approveVoid = nullptr;
    QPushButton *m_refuseVoid = nullptr;
    QFrame *m_correctionBanner = nullptr;
    QLabel *m_correctionText = nullptr;
    QTabWidget *m_tabs = nullptr;
    CaseForm *m_form = nullptr;
    QTextBrowser *m_charges = nullptr;
    CaseVersionsView *m_versions = nullptr;
    CaseTimelineView *m_timeline = nullptr;
    CaseAttachmentsView *m_attachments = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveDraft = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_saveCorrection = nullptr;
    QPushButton *m_cancelCorrection = nullptr;
    QPushButton *m_requestVoid = nullptr;
    QBoxLayout *m_moves = nullptr;
    QList<QPushButton *> m_moveButtons;
};

} // namespace lintas
