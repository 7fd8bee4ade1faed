#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include "core/articles.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace lintas {

// The charged articles of a violation or ETLE ticket: a search over the catalogue (by code, "287(5)", or by
// words of the offence, "helm", "lampu merah"), the chosen charges with their maximum fines and the running
// total. Read-only it shows the articles as they were charged (the snapshots kept in the case), whatever the
// catalogue says today.
//
//   [search: code or words          ] [Add]
//   ┌ matches (current articles, not retired) ┐
//   ┌ charged: citation · offence · max fine  ┐ [Remove]
//   Total maximum fine: Rp750.000
class ArticlePicker : public QWidget
{
    Q_OBJECT
public:
    explicit ArticlePicker(QWidget *parent = nullptr);

    void setCatalogue(const ArticleCatalogue &catalogue);
    QStringList codes() const { return m_codes; }
    void setCodes(const QStringList &codes);
    // What the record says was charged, shown instead of the catalogue's entries while read-only.
    void setCharged(const QList<ChargedArticle> &charged);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    qint64 total() const;

    // Adds a charge by code (the search's Enter and a double-click come here); false when unknown or retired.
    bool addCode(const QString &code);
    void removeCode(const QString &code);
    // The articles the search offers now, by code.
    QStringList matches() const;
    void setSearchText(const QString &text);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refreshMatches();
    void refreshChosen();
    void addCurrentMatch();
    void removeCurrent();

    ArticleCatalogue m_catalogue;
    QStringList m_codes;
    QList<ChargedArticle> m_charged;
    bool m_readOnly = false;

    QLineEdit *m_search = nullptr;
    QPushButton *m_add = nullptr;
    QListWidget *m_matches = nullptr;
    QTreeWidget *m_chosen = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_total = nullptr;
};

} // namespace lintas
