#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>

#include "cases/articleeditdialog.h" // QPointer needs the complete type
#include "core/articles.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace lintas {

class ArticleCatalogueModel;
class CaseDesk;

// Cases ▸ Article catalogue…: UU 22/2009 as this desk's store has it.
//
//   ┌ search: code, article or words of the offence ─────────────────────────────────────────┐
//   │ code · article · offence (UI language) · maximum fine · status                          │
//   ├ versions of the selected article: version · offence · maximum fine · status ───────────┤
//   └ [Add…] [Edit…] [Retire…/Restore]   (supervisors)                               [Close] ┘
//
// Everyone reads it. A supervisor adds an article, edits its text or fine (a new catalogue version) or retires
// and restores it: one Article change each (CaseFactory::setArticle; a Create when the store has no record of
// the article yet). Old cases keep the text they were charged under (their own snapshot), whatever happens here.
// The catalogue and each article's history are read on a worker thread.
class ArticleCatalogueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArticleCatalogueDialog(CaseDesk *desk, QWidget *parent = nullptr);
    ~ArticleCatalogueDialog() override;

    // Reads the catalogue again (on the worker pool); loaded() follows.
    void reload();
    bool isEditable() const;

    ArticleCatalogueModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableWidget *historyTable() const { return m_history; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *retireButton() const { return m_retire; }
    // The form of an addition or edit while it is open.
    ArticleEditDialog *editDialog() const { return m_editDialog; }
    QString statusText() const;

    bool selectArticle(const QString &code);
    QString selectedCode() const;
    // The versions shown for the selected article, oldest first.
    const QList<Article> &history() const { return m_historyRows; }

public Q_SLOTS:
    void addArticle();
    void editSelected();
    // Retire the selected article (after a question), or restore a retired one.
    void toggleRetiredSelected();

Q_SIGNALS:
    void loaded();
    void historyLoaded(const QString &code);
    // An addition or edit was committed (ok) or refused.
    void saved(const QString &code, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void updateStatus();
    void loadHistory();
    void showHistory();
    // Numbers the new version from the store's history and submits it.
    void save(Article article, bool isNew);
    void setStatus(const QString &text, bool error = false);

    CaseDesk *m_desk;
    ArticleCatalogueModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<ArticleEditDialog> m_editDialog;

    bool m_loading = false;
    bool m_reloadAgain = false;
    QString m_loadError;
    QString m_historyCode;         // whose versions m_historyRows holds
    QList<Article> m_historyRows;  // oldest first
    int m_historyRequest = 0;      // the latest history read asked for; older answers are dropped
    QString m_savingCode;          // an article change in flight, until the store answers
    bool m_awaitingCommit = false; // submitted: the store's next answer is about it
    QString m_selectWhenLoaded;    // a saved article to select once the catalogue is read again
    QString m_outcome;
    bool m_outcomeError = false;
};

} // namespace lintas
