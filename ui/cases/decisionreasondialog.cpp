#include "cases/decisionreasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas {

DecisionReasonDialog::DecisionReasonDialog(const QString &title, const QString &question, const QString &okText,
                                           QWidget *parent)
    : QDialog(parent)
{
    // The words come from the caller, already translated: this dialog is opened per decision and closed again,
    // so it never outlives a language switch.
    setObjectName(QStringLiteral("decisionReasonDialog"));
    setWindowTitle(title);
    m_question = new QLabel(question, this);
    m_question->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setMaxLength(kMaxLength);
    m_reason->setClearButtonEnabled(true);
    m_reason->setPlaceholderText(tr("The reason, in a few words"));
    m_hint = new QLabel(tr("The reason is kept with the case and in the audit log; it cannot be changed later."), this);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // the muted colour of a hint
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("%1 (Enter)").arg(okText));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &DecisionReasonDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);
    updateButtons();
    m_reason->setFocus();
}

QString DecisionReasonDialog::reason() const
{
    return m_reason->text().simplified();
}

void DecisionReasonDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

bool DecisionReasonDialog::canAccept() const
{
    return !reason().isEmpty();
}

void DecisionReasonDialog::accept()
{
    // Enter in the field lands here too: nothing happens until there is a reason.
    if (!canAccept()) {
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

void DecisionReasonDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

} // namespace lintas
