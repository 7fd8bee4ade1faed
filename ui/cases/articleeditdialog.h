#pragma once

#include <QDialog>
#include <QSet>
#include <QString>

#include "core/articles.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lintas {

// Adds an article to the catalogue or edits one (a new catalogue version): code (fixed once the article
// exists), the article it is read with (jo), the offence in Bahasa Indonesia and English, the maximum fine and
// jail term. Every wrong field is named under the form; Save stays disabled until there is none. Opened with
// open(); the caller acts on accepted().
class ArticleEditDialog : public QDialog
{
    Q_OBJECT
public:
    // A new article: `takenCodes` are the codes the catalogue holds already.
    ArticleEditDialog(const QSet<QString> &takenCodes, QWidget *parent = nullptr);
    // An edit of `article` (its code cannot change).
    ArticleEditDialog(const Article &article, QWidget *parent = nullptr);

    bool isNew() const { return m_isNew; }
    // The article as the form says now (version left as given: the catalogue dialog numbers it).
    Article article() const;
    // The form's problems now, one sentence each; empty when it can be saved.
    QStringList problems() const;
    // An edit that has not changed anything yet (Save stays disabled).
    bool isUnchanged() const;
    bool canSave() const;

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *joEdit() const { return m_jo; }
    QPlainTextEdit *textIdEdit() const { return m_textId; }
    QPlainTextEdit *textEnEdit() const { return m_textEn; }
    QSpinBox *maxFineEdit() const { return m_maxFine; }
    QSpinBox *maxJailEdit() const { return m_maxJail; }
    QSpinBox *maxJailDaysEdit() const { return m_maxJailDays; }

public Q_SLOTS:
    void accept() override;

private:
    void build();
    void updateProblems();

    bool m_isNew = true;
    Article m_original;
    QSet<QString> m_taken;
    QLineEdit *m_code = nullptr;
    QLabel *m_citation = nullptr;
    QLineEdit *m_jo = nullptr;
    QPlainTextEdit *m_textId = nullptr;
    QPlainTextEdit *m_textEn = nullptr;
    QSpinBox *m_maxFine = nullptr;
    QSpinBox *m_maxJail = nullptr;
    QSpinBox *m_maxJailDays = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lintas
