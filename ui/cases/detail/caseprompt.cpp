#include "caseprompt.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/validators.h"

namespace lintas {
namespace {

constexpr int kMaxReasonLength = 500;

} // namespace

CasePromptDialog::CasePromptDialog(const QString &title, const QString &question, const QString &okText,
                                   const QList<Entry> &entries, QWidget *parent)
    : QDialog(parent), m_entries(entries)
{
    setObjectName(QStringLiteral("casePrompt"));
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *questionLabel = new QLabel(question, this);
    questionLabel->setWordWrap(true);
    questionLabel->setObjectName(QStringLiteral("promptQuestion"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const Entry &entry : m_entries) {
        QWidget *editor = nullptr;
        if (entry.kind == Entry::Kind::Text) {
            auto *text = new QPlainTextEdit(this);
            text->setTabChangesFocus(true);
            text->setPlaceholderText(entry.placeholder);
            text->setPlainText(entry.initial);
            text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
            connect(text, &QPlainTextEdit::textChanged, this, &CasePromptDialog::updateButtons);
            editor = text;
        } else {
            auto *line = new QLineEdit(this);
            line->setPlaceholderText(entry.placeholder);
            line->setText(entry.initial);
            line->setMaxLength(kMaxReasonLength);
            if (entry.kind == Entry::Kind::Nik)
                line->setInputMethodHints(Qt::ImhDigitsOnly);
            connect(line, &QLineEdit::textChanged, this, &CasePromptDialog::updateButtons);
            editor = line;
        }
        editor->setObjectName(entry.key);
        auto *message = new QLabel(this);
        message->setObjectName(QStringLiteral("fieldMessage"));
        message->setProperty("level", QStringLiteral("error"));
        message->setWordWrap(true);
        message->hide();
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(message);
        auto *label = new QLabel(entry.required ? entry.label : tr("%1 (optional)").arg(entry.label), this);
        label->setBuddy(editor);
        form->addRow(label, cell);
        m_editors.insert(entry.key, editor);
        m_messages.insert(entry.key, message);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CasePromptDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CasePromptDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(questionLabel);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateButtons();
}

QString CasePromptDialog::textOf(const QString &key) const
{
    QWidget *editor = m_editors.value(key);
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText().trimmed();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text().trimmed();
    return {};
}

QVariantMap CasePromptDialog::values() const
{
    QVariantMap values;
    for (const Entry &entry : m_entries)
        values.insert(entry.key, textOf(entry.key));
    return values;
}

void CasePromptDialog::setValue(const QString &key, const QString &text)
{
    QWidget *editor = m_editors.value(key);
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->setPlainText(text);
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(text);
}

QString CasePromptDialog::problemOf(const Entry &entry, const QString &text) const
{
    if (text.isEmpty())
        return entry.required ? tr("Required.") : QString();
    if (entry.kind == Entry::Kind::Nik) {
        const Validation check = validateNik(text);
        if (check.isError())
            return check.message;
    }
    return {};
}

bool CasePromptDialog::canAccept() const
{
    for (const Entry &entry : m_entries)
        if (!problemOf(entry, textOf(entry.key)).isEmpty())
            return false;
    return true;
}

void CasePromptDialog::updateButtons()
{
    for (const Entry &entry : m_entries) {
        const QString text = textOf(entry.key);
        // "Required" is plain from the disabled button until something was typed; a wrong NIK is said at once.
        const QString problem = text.isEmpty() ? QString() : problemOf(entry, text);
        QLabel *message = m_messages.value(entry.key);
        message->setText(problem);
        message->setVisible(!problem.isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void CasePromptDialog::accept()
{
    if (!canAccept())
        return;
    Q_EMIT answered(values());
    QDialog::accept();
}

} // namespace lintas
