#include "dispatch/overridereasondialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas {

OverrideReasonDialog::OverrideReasonDialog(const QString &chosen, const QString &recommended, const QString &incident,
                                           QWidget *parent)
    : QDialog(parent), m_chosen(chosen), m_recommended(recommended), m_incident(incident)
{
    setObjectName(QStringLiteral("overrideReasonDialog"));
    m_question = new QLabel(this);
    m_question->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setMaxLength(kMaxLength);
    m_reason->setClearButtonEnabled(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // the muted colour of a hint
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OverrideReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &OverrideReasonDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);
    retranslateUi();
    updateButtons();
    m_reason->setFocus();
}

QString OverrideReasonDialog::reason() const
{
    return m_reason->text().simplified();
}

void OverrideReasonDialog::accept()
{
    // Enter in the field lands here too: nothing happens until there is a reason.
    if (reason().isEmpty()) {
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

void OverrideReasonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OverrideReasonDialog::retranslateUi()
{
    setWindowTitle(tr("Reason for the override"));
    m_question->setText(tr("Send %1 to %2 instead of the recommended %3? Say why in a few words.")
                            .arg(m_chosen, m_incident, m_recommended));
    m_reason->setPlaceholderText(
        tr("For example: %1 is stuck in traffic; %2 knows the area").arg(m_recommended, m_chosen));
    m_hint->setText(tr("The reason is kept in the incident's timeline and the audit log."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Dispatch %1 (Enter)").arg(m_chosen));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
}

void OverrideReasonDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace lintas
