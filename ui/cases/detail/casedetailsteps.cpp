// CaseDetailWidget, continued: the steps on a stored case (corrections, workflow moves, voids, notes). Each one
// asks what it needs in a CasePromptDialog (opened, never exec'd) and submits through the desk.
#include "cases/casedetailwidget.h"

#include <QPushButton>
#include <QTabWidget>

#include "cases/casedesk.h"
#include "casedetailtext.h"
#include "caseform.h"
#include "caseprompt.h"
#include "core/casefactory.h"
#include "messagebox.h"

namespace lintas {
namespace {

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

bool hasErrors(const QList<FieldProblem> &problems)
{
    for (const FieldProblem &problem : problems)
        if (!problem.warning)
            return true;
    return false;
}

} // namespace

void CaseDetailWidget::startCorrection()
{
    if (m_pending || m_mode != Mode::Record || !isStored() || m_desk->isAuditor())
        return;
    auto *dialog = new CasePromptDialog(
        tr("Correct %1").arg(m_record.number),
        tr("A submitted case is never overwritten: the correction becomes version %1, kept beside the earlier ones "
           "with its reason. Why does the record need correcting?")
            .arg(m_record.version + 1),
        tr("Start correcting"),
        {{QStringLiteral("reason"),
          tr("Reason"),
          CasePromptDialog::Entry::Kind::Text,
          true,
          tr("e.g. plate misread: the photo shows B 1234 XYZ"),
          {}}},
        this);
    dialog->setObjectName(QStringLiteral("correctionReasonDialog"));
    const QUuid id = m_record.id;
    connect(dialog, &CasePromptDialog::answered, this, [this, id](const QVariantMap &values) {
        if (id != m_record.id || m_mode != Mode::Record)
            return;
        m_correctionReason = values.value(QStringLiteral("reason")).toString();
        m_correctingFrom = m_record.version;
        m_baseline = m_form->data();
        setMode(Mode::Correcting);
        m_tabs->setCurrentWidget(m_form);
        setStatus(tr("Change the fields that are wrong, then save the correction."));
    });
    dialog->open();
}

bool CaseDetailWidget::saveCorrection()
{
    if (m_pending || m_mode != Mode::Correcting)
        return false;
    const QList<FieldProblem> problems = currentProblems();
    updateProblems();
    if (hasErrors(problems)) {
        setStatus(tr("Fix the fields marked in red first."), true);
        return false;
    }
    const QVariantMap fields = changedFields();
    if (fields.isEmpty()) {
        setStatus(tr("Nothing changed: change the fields that are wrong, or cancel the correction."), true);
        return false;
    }
    Pending pending;
    pending.correction = true;
    pending.doneMessage = tr("Correction saved as version %1.").arg(m_record.version + 1);
    return send({m_desk->factory().reviseCase(m_record, fields, m_correctionReason)}, m_record.id, pending,
                tr("Saving the correction…"));
}

void CaseDetailWidget::cancelCorrection()
{
    if (m_mode != Mode::Correcting || m_pending)
        return;
    m_correctionReason.clear();
    m_form->setData(m_record.data);
    m_baseline = m_form->data();
    setStatus({});
    setMode(Mode::Record);
}

void CaseDetailWidget::move(CaseState to)
{
    if (m_pending || !isStored())
        return;
    using Entry = CasePromptDialog::Entry;
    const QString number = m_record.number;
    const auto ask = [this](const QString &title, const QString &question, const QString &ok,
                            const QList<Entry> &entries, const QString &name, auto onAnswer) {
        auto *dialog = new CasePromptDialog(title, question, ok, entries, this);
        dialog->setObjectName(name);
        const QUuid id = m_record.id;
        const CaseState from = m_record.state;
        connect(dialog, &CasePromptDialog::answered, this, [this, id, from, onAnswer](const QVariantMap &values) {
            if (id == m_record.id && from == m_record.state) // still the case and the step the user asked about
                onAnswer(values);
        });
        dialog->open();
    };
    switch (to) {
    case CaseState::Rejected:
        ask(tr("Reject capture %1").arg(number), tr("The capture will not become a ticket. Why is it rejected?"),
            tr("Reject"),
            {{QStringLiteral("reason"),
              tr("Reason"),
              Entry::Kind::Text,
              true,
              tr("e.g. plate unreadable, emergency vehicle, camera fault"),
              {}}},
            QStringLiteral("rejectDialog"), [this](const QVariantMap &values) {
                sendMove(CaseState::Rejected, {}, values.value(QStringLiteral("reason")).toString());
            });
        return;
    case CaseState::Identified: {
        const QVariantMap known = m_record.data;
        ask(tr("Vehicle identified — %1").arg(number),
            tr("The registered owner of %1, as the registration records show.")
                .arg(known.value(field(casefield::kPlate)).toString()),
            tr("Record owner"),
            {{field(casefield::kOwnerName),
              tr("Owner's name"),
              Entry::Kind::Line,
              true,
              {},
              known.value(field(casefield::kOwnerName)).toString()},
             {field(casefield::kOwnerNik), tr("Owner's NIK"), Entry::Kind::Nik, true, tr("16 digits"),
              known.value(field(casefield::kOwnerNik)).toString()},
             {field(casefield::kOwnerAddress),
              tr("Address"),
              Entry::Kind::Line,
              true,
              {},
              known.value(field(casefield::kOwnerAddress)).toString()}},
            QStringLiteral("ownerDialog"),
            [this](const QVariantMap &values) { sendMove(CaseState::Identified, values, {}); });
        return;
    }
    case CaseState::Transferred:
        ask(tr("Transfer %1 to the driver").arg(number),
            tr("The owner named the person who was driving; the ticket goes to them."), tr("Transfer"),
            {{field(casefield::kDriverName), tr("Driver's name"), Entry::Kind::Line, true, {}, {}},
             {field(casefield::kDriverNik), tr("Driver's NIK"), Entry::Kind::Nik, true, tr("16 digits"), {}}},
            QStringLiteral("driverDialog"),
            [this](const QVariantMap &values) { sendMove(CaseState::Transferred, values, {}); });
        return;
    case CaseState::PaymentIssued: {
        const Change change = m_desk->factory().issuePayment(m_record);
        const QString code = change.fields.value(field(casefield::kPaymentCode)).toString();
        if (code.isEmpty()) {
            setStatus(tr("No payment code: %1 is not an ETLE ticket number.").arg(number), true);
            return;
        }
        Pending pending;
        pending.movesTo = CaseState::PaymentIssued;
        pending.doneMessage = tr("Payment code issued: %1").arg(casedetail::groupedPaymentCode(code));
        send({change}, m_record.id, pending, tr("Issuing the payment code…"));
        return;
    }
    case CaseState::StnkBlocked:
    case CaseState::Closed: {
        const QString question =
            to == CaseState::Closed
                ? tr("Close %1? It stays on record and can still be corrected, but takes no further step.").arg(number)
                : tr("Request the STNK block for %1? The registration stays blocked until the fine is paid.")
                      .arg(number);
        if (MessageBox::question(this, casedetail::moveVerb(m_record.kind, to), question) != QMessageBox::Yes)
            return;
        sendMove(to, {}, {});
        return;
    }
    default:
        sendMove(to, {}, {});
        return;
    }
}

void CaseDetailWidget::sendMove(CaseState to, const QVariantMap &fields, const QString &reason)
{
    if (m_pending || !isStored())
        return;
    Pending pending;
    pending.movesTo = to;
    pending.doneMessage = tr("%1 is now: %2").arg(m_record.number, displayName(to));
    send({m_desk->factory().moveCase(m_record, to, fields, reason)}, m_record.id, pending, tr("Saving…"));
}

void CaseDetailWidget::requestVoid()
{
    if (m_pending || !isStored() || !isVoidable(m_record.kind))
        return;
    auto *dialog = new CasePromptDialog(
        tr("Request void of %1").arg(m_record.number),
        tr("A void cancels the ticket; it stays on record. A supervisor other than you approves or refuses it."),
        tr("Request void"),
        {{QStringLiteral("reason"),
          tr("Reason"),
          CasePromptDialog::Entry::Kind::Text,
          true,
          tr("e.g. the vehicle was on an emergency run"),
          {}}},
        this);
    dialog->setObjectName(QStringLiteral("voidRequestDialog"));
    const QUuid id = m_record.id;
    connect(dialog, &CasePromptDialog::answered, this, [this, id](const QVariantMap &values) {
        if (id != m_record.id)
            return;
        Pending pending;
        pending.doneMessage = tr("Void requested: a supervisor other than you decides it.");
        send({m_desk->factory().requestVoid(id, values.value(QStringLiteral("reason")).toString())}, id, pending,
             tr("Saving…"));
    });
    dialog->open();
}

void CaseDetailWidget::decideVoid(bool approve)
{
    const VoidRequest *request = m_file ? m_file->pendingVoid() : nullptr;
    if (m_pending || !request || !isStored())
        return;
    const QUuid requestOp = request->opId;
    auto *dialog = new CasePromptDialog(
        approve ? tr("Approve void of %1").arg(m_record.number) : tr("Refuse void of %1").arg(m_record.number),
        tr("%1 asked for the void: “%2”. Your decision is recorded with your reason.")
            .arg(request->requester, request->reason),
        approve ? tr("Approve void") : tr("Refuse void"),
        {{QStringLiteral("reason"), tr("Reason"), CasePromptDialog::Entry::Kind::Text, true, {}, {}}}, this);
    dialog->setObjectName(approve ? QStringLiteral("approveVoidDialog") : QStringLiteral("refuseVoidDialog"));
    const QUuid id = m_record.id;
    connect(dialog, &CasePromptDialog::answered, this, [this, id, requestOp, approve](const QVariantMap &values) {
        if (id != m_record.id)
            return;
        Pending pending;
        if (approve)
            pending.movesTo = CaseState::Voided;
        pending.doneMessage = approve ? tr("Void approved: the case is voided.") : tr("Void refused.");
        send({m_desk->factory().decideVoid(id, requestOp, approve, values.value(QStringLiteral("reason")).toString())},
             id, pending, tr("Saving…"));
    });
    dialog->open();
}

void CaseDetailWidget::addNote(const QString &text)
{
    if (!isStored() || m_desk->isAuditor() || text.trimmed().isEmpty())
        return;
    Pending pending;
    pending.doneMessage = tr("Note added.");
    send({m_desk->factory().addNote(m_record.id, text.trimmed())}, m_record.id, pending, tr("Saving…"));
}

} // namespace lintas
