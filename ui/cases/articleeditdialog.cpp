#include "cases/articleeditdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "theme.h"

namespace lintas {
namespace {

// UU 22/2009's largest fine is Rp75,000,000 (Pasal 311(5)); room above it for a later law.
constexpr int kMaxFineLimit = 500'000'000;
constexpr int kFineStep = 50'000;
constexpr int kMaxJailMonths = 240;
constexpr int kMaxJailDays = 30; // the law states the lightest terms in days (15 days: 293(2), 299)

} // namespace

ArticleEditDialog::ArticleEditDialog(const QSet<QString> &takenCodes, QWidget *parent)
    : QDialog(parent), m_isNew(true), m_taken(takenCodes)
{
    build();
    setWindowTitle(tr("New article"));
}

ArticleEditDialog::ArticleEditDialog(const Article &article, QWidget *parent)
    : QDialog(parent), m_isNew(false), m_original(article)
{
    build();
    setWindowTitle(tr("Edit %1").arg(article.citation()));
    m_code->setText(article.code);
    m_code->setReadOnly(true);
    m_jo->setText(article.jo);
    m_textId->setPlainText(article.textId);
    m_textEn->setPlainText(article.textEn);
    m_maxFine->setValue(int(qMin<qint64>(article.maxFine, kMaxFineLimit)));
    m_maxJail->setValue(article.maxJailMonths);
    m_maxJailDays->setValue(article.maxJailDays);
    updateProblems();
}

void ArticleEditDialog::build()
{
    setObjectName(QStringLiteral("articleEditDialog"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("articleCode"));
    m_code->setPlaceholderText(tr("For example 287(1) or 106(4)a"));
    m_citation = new QLabel(this);
    m_citation->setEnabled(false); // the muted colour of a hint
    m_jo = new QLineEdit(this);
    m_jo->setObjectName(QStringLiteral("articleJo"));
    m_jo->setPlaceholderText(tr("The obligation it enforces, for example 106(4)a (may stay empty)"));
    m_textId = new QPlainTextEdit(this);
    m_textId->setObjectName(QStringLiteral("articleTextId"));
    m_textId->setTabChangesFocus(true);
    m_textEn = new QPlainTextEdit(this);
    m_textEn->setObjectName(QStringLiteral("articleTextEn"));
    m_textEn->setTabChangesFocus(true);
    const int line = fontMetrics().lineSpacing();
    for (QPlainTextEdit *edit : {m_textId, m_textEn})
        edit->setFixedHeight(line * 4);
    m_maxFine = new QSpinBox(this);
    m_maxFine->setObjectName(QStringLiteral("articleMaxFine"));
    m_maxFine->setRange(0, kMaxFineLimit);
    m_maxFine->setSingleStep(kFineStep);
    m_maxFine->setGroupSeparatorShown(true);
    m_maxFine->setPrefix(tr("Rp"));
    m_maxJail = new QSpinBox(this);
    m_maxJail->setObjectName(QStringLiteral("articleMaxJail"));
    m_maxJail->setRange(0, kMaxJailMonths);
    m_maxJail->setSuffix(tr(" months"));
    m_maxJailDays = new QSpinBox(this);
    m_maxJailDays->setObjectName(QStringLiteral("articleMaxJailDays"));
    m_maxJailDays->setRange(0, kMaxJailDays);
    m_maxJailDays->setSuffix(tr(" days"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("articleProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::instance()->errorColor().name()));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ArticleEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_code, m_jo})
        connect(edit, &QLineEdit::textChanged, this, &ArticleEditDialog::updateProblems);
    for (QPlainTextEdit *edit : {m_textId, m_textEn})
        connect(edit, &QPlainTextEdit::textChanged, this, &ArticleEditDialog::updateProblems);
    for (QSpinBox *spin : {m_maxFine, m_maxJail, m_maxJailDays})
        connect(spin, &QSpinBox::valueChanged, this, &ArticleEditDialog::updateProblems);

    auto *form = new QFormLayout;
    form->addRow(tr("Code"), m_code);
    form->addRow(QString(), m_citation);
    form->addRow(tr("Read with (jo)"), m_jo);
    form->addRow(tr("Offence (Bahasa Indonesia)"), m_textId);
    form->addRow(tr("Offence (English)"), m_textEn);
    form->addRow(tr("Maximum fine"), m_maxFine);
    auto *jail = new QHBoxLayout;
    jail->addWidget(m_maxJail, 1);
    jail->addWidget(m_maxJailDays, 1);
    form->addRow(tr("Maximum jail term"), jail);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 50);
    updateProblems();
}

Article ArticleEditDialog::article() const
{
    Article article = m_original;
    article.code = m_code->text().trimmed();
    article.jo = m_jo->text().trimmed();
    article.textId = m_textId->toPlainText().simplified();
    article.textEn = m_textEn->toPlainText().simplified();
    article.maxFine = m_maxFine->value();
    article.maxJailMonths = m_maxJail->value();
    article.maxJailDays = m_maxJailDays->value();
    return article;
}

QStringList ArticleEditDialog::problems() const
{
    const Article current = article();
    QStringList problems;
    if (current.code.isEmpty())
        problems << tr("Code: required, for example 287(1)");
    else if (!isArticleCode(current.code))
        problems << tr("Code: “%1” is not an article code; write the pasal, then the ayat in brackets, then the "
                       "huruf, as in 106(4)a")
                        .arg(current.code);
    else if (m_isNew && m_taken.contains(current.code))
        problems << tr("Code: %1 is in the catalogue already; edit it instead").arg(current.code);
    if (!current.jo.isEmpty() && !isArticleCode(current.jo))
        problems << tr("Read with (jo): “%1” is not an article code").arg(current.jo);
    if (current.textId.isEmpty())
        problems << tr("Offence (Bahasa Indonesia): required");
    if (current.textEn.isEmpty())
        problems << tr("Offence (English): required");
    if (current.maxFine <= 0)
        problems << tr("Maximum fine: must be more than Rp0");
    return problems;
}

bool ArticleEditDialog::isUnchanged() const
{
    const Article current = article();
    return !m_isNew && current.jo == m_original.jo && current.textId == m_original.textId &&
           current.textEn == m_original.textEn && current.maxFine == m_original.maxFine &&
           current.maxJailMonths == m_original.maxJailMonths && current.maxJailDays == m_original.maxJailDays;
}

bool ArticleEditDialog::canSave() const
{
    return problems().isEmpty() && !isUnchanged();
}

void ArticleEditDialog::accept()
{
    if (!canSave())
        return;
    QDialog::accept();
}

void ArticleEditDialog::updateProblems()
{
    const QString code = m_code->text().trimmed();
    m_citation->setText(isArticleCode(code) ? citationOf(code) : QString());
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    m_problems->setVisible(!list.isEmpty());
    // An edit that changes nothing is no error to shout about: only the Save button says it.
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(canSave());
    save->setToolTip(isUnchanged() ? tr("Nothing changed yet") : QString());
}

} // namespace lintas
