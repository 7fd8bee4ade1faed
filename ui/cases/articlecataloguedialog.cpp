#include "cases/articlecataloguedialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "cases/casetext.h"
#include "cases/articlecataloguemodel.h"
#include "cases/articleeditdialog.h"
#include "cases/backgroundjob.h"
#include "cases/casedesk.h"
#include "labels.h"
#include "messagebox.h"
#include "store/casereader.h"
#include "theme.h"

namespace lintas {
namespace {

struct LoadedCatalogue
{
    QList<Article> articles;
    QString error;
};

struct LoadedHistory
{
    QList<Article> versions;
    QString error;
};

// Every word typed must appear somewhere in the article (code, citation, either language), in any order.
class ArticleFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_words.isEmpty())
            return true;
        const QString text =
            sourceModel()->index(sourceRow, 0, sourceParent).data(ArticleCatalogueModel::SearchTextRole).toString();
        for (const QString &word : m_words)
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
        return true;
    }

private:
    QStringList m_words;
};

// The change a supervisor's edit would make, for asking the policy before offering the buttons.
Change articleSample()
{
    Change change;
    change.entity = EntityKind::Article;
    change.kind = ChangeKind::Set;
    return change;
}

enum HistoryColumn
{
    VersionColumn,
    HistoryTextColumn,
    HistoryFineColumn,
    HistoryStatusColumn,
    HistoryColumnCount
};

} // namespace

ArticleCatalogueDialog::ArticleCatalogueDialog(CaseDesk *desk, QWidget *parent) : QDialog(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("articleCatalogueDialog"));
    m_model = new ArticleCatalogueModel(this);
    auto *proxy = new ArticleFilterProxy(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ArticleCatalogueModel::SortRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("articleSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this, proxy](const QString &text) {
        proxy->setWords(text);
        updateButtons();
    });
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("articleCatalogue"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ArticleCatalogueModel::CodeColumn, Qt::AscendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ArticleCatalogueModel::TextColumn, QHeaderView::Stretch);
    // A fine and a status are read whole; the citation may be long ("… jo Pasal 106 ayat (4) huruf a").
    header->setSectionResizeMode(ArticleCatalogueModel::MaxFineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ArticleCatalogueModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(ArticleCatalogueModel::CodeColumn, em * 5);
    m_view->setColumnWidth(ArticleCatalogueModel::CitationColumn, em * 22);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        loadHistory();
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            editSelected();
    });

    m_historyTitle = new QLabel(this);
    m_history = new QTableWidget(0, HistoryColumnCount, this);
    m_history->setObjectName(QStringLiteral("articleHistory"));
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setShowGrid(false);
    m_history->setWordWrap(false);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(HistoryTextColumn, QHeaderView::Stretch);
    m_history->horizontalHeader()->setHighlightSections(false);
    auto *historyPanel = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPanel);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_history, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(historyPanel);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("articleStatus"));
    m_status->setWordWrap(true);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addArticle"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editArticle"));
    m_retire = new QPushButton(this);
    m_retire->setObjectName(QStringLiteral("retireArticle"));
    m_close = new QPushButton(this);
    m_close->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &ArticleCatalogueDialog::addArticle);
    connect(m_edit, &QPushButton::clicked, this, &ArticleCatalogueDialog::editSelected);
    connect(m_retire, &QPushButton::clicked, this, &ArticleCatalogueDialog::toggleRetiredSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_retire);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(em * 96, em * 44);

    // The catalogue as the desk holds it shows at once; the store's is read behind it, and again on every edit.
    m_model->setArticles(m_desk->catalogue().all());
    connect(m_desk, &CaseDesk::articlesChanged, this, &ArticleCatalogueDialog::reload);
    connect(m_desk, &CaseDesk::committed, this, [this] {
        if (!m_awaitingCommit)
            return;
        m_awaitingCommit = false;
        const QString code = m_savingCode;
        m_savingCode.clear();
        m_outcome = tr("%1 saved: the catalogue has a new version of it.").arg(citationOf(code));
        m_outcomeError = false;
        m_selectWhenLoaded = code;
        updateButtons();
        reload();
        Q_EMIT saved(code, true);
    });
    connect(m_desk, &CaseDesk::rejected, this, [this](const QString &message) {
        if (!m_awaitingCommit)
            return;
        m_awaitingCommit = false;
        const QString code = m_savingCode;
        m_savingCode.clear();
        m_outcome = tr("%1 was not saved: %2").arg(citationOf(code), message);
        m_outcomeError = true;
        updateStatus();
        updateButtons();
        Q_EMIT saved(code, false);
    });
    retranslateUi();
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateButtons();
    reload();
}

ArticleCatalogueDialog::~ArticleCatalogueDialog() = default;

bool ArticleCatalogueDialog::isEditable() const
{
    return m_desk->isSupervisor() && !m_desk->refusalFor(articleSample(), QString()).has_value();
}

void ArticleCatalogueDialog::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    const QString path = m_desk->storePath();
    runInBackground(
        this,
        [path] {
            LoadedCatalogue loaded;
            CaseReader reader(path);
            if (!reader.isOpen())
                loaded.error = reader.errorString();
            else
                loaded.articles = reader.articleCatalogue().all();
            return loaded;
        },
        [this](const LoadedCatalogue &read) {
            m_loading = false;
            m_loadError = read.error;
            if (read.error.isEmpty())
                m_model->setArticles(read.articles);
            if (!m_selectWhenLoaded.isEmpty() && selectArticle(m_selectWhenLoaded))
                m_selectWhenLoaded.clear();
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            updateButtons();
            updateStatus();
            loadHistory(); // the selected article may be the one that changed
            Q_EMIT loaded();
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
            }
        });
}

QString ArticleCatalogueDialog::statusText() const
{
    return m_status->text();
}

bool ArticleCatalogueDialog::selectArticle(const QString &code)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ArticleCatalogueModel::CodeRole).toString() == code) {
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

QString ArticleCatalogueDialog::selectedCode() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ArticleCatalogueModel::CodeRole).toString() : QString();
}

void ArticleCatalogueDialog::addArticle()
{
    if (!isEditable())
        return;
    if (m_editDialog)
        m_editDialog->close();
    QSet<QString> taken;
    for (int row = 0; row < m_model->rowCount(); ++row)
        taken.insert(m_model->articleAt(row).code);
    m_editDialog = new ArticleEditDialog(taken, this);
    m_editDialog->setAttribute(Qt::WA_DeleteOnClose);
    ArticleEditDialog *dialog = m_editDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog->article(), true); });
    dialog->open();
}

void ArticleCatalogueDialog::editSelected()
{
    const int row = m_model->rowOf(selectedCode());
    if (!isEditable() || row < 0)
        return;
    if (m_editDialog)
        m_editDialog->close();
    m_editDialog = new ArticleEditDialog(m_model->articleAt(row), this);
    m_editDialog->setAttribute(Qt::WA_DeleteOnClose);
    ArticleEditDialog *dialog = m_editDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog->article(), false); });
    dialog->open();
}

void ArticleCatalogueDialog::toggleRetiredSelected()
{
    const int row = m_model->rowOf(selectedCode());
    if (!isEditable() || row < 0)
        return;
    Article article = m_model->articleAt(row);
    if (!article.retired &&
        MessageBox::question(this, tr("Retire the article"),
                             tr("Retire %1? It is no longer offered for new charges; the cases charged under it keep "
                                "showing it as charged.")
                                 .arg(article.citation())) != QMessageBox::Yes)
        return;
    article.retired = !article.retired;
    save(article, false);
}

void ArticleCatalogueDialog::save(Article article, bool isNew)
{
    if (!m_savingCode.isEmpty())
        return; // one change at a time: its answer names it
    m_savingCode = article.code;
    m_outcome = tr("Saving %1…").arg(citationOf(article.code));
    m_outcomeError = false;
    updateStatus();
    updateButtons();
    // The store's history decides both the version number and whether this is the article's first record there
    // (a Create) or a later one (a Set): read it first, off the GUI thread.
    const QString path = m_desk->storePath();
    const QString code = article.code;
    runInBackground(
        this,
        [path, code] {
            LoadedHistory loaded;
            CaseReader reader(path);
            if (!reader.isOpen())
                loaded.error = reader.errorString();
            else
                loaded.versions = reader.articleHistory(code);
            return loaded;
        },
        [this, article, isNew](const LoadedHistory &loaded) mutable {
            if (!loaded.error.isEmpty()) {
                m_savingCode.clear();
                m_outcome = tr("%1 was not saved: %2").arg(citationOf(article.code), loaded.error);
                m_outcomeError = true;
                updateStatus();
                updateButtons();
                Q_EMIT saved(article.code, false);
                return;
            }
            // The history starts with the shipped entry when there is one; anything beyond it is the store's.
            const bool shipped = ArticleCatalogue::builtIn().byCode(article.code).has_value();
            const bool firstTime = loaded.versions.size() <= (shipped ? 1 : 0);
            int latest = isNew ? 0 : article.version;
            for (const Article &version : loaded.versions)
                latest = qMax(latest, version.version);
            article.version = latest + 1;
            const Change change = m_desk->factory().setArticle(article, firstTime);
            if (!m_desk->submit({change}, QString())) {
                m_savingCode.clear();
                m_outcome =
                    tr("%1 was not saved: your account may not change the catalogue.").arg(citationOf(article.code));
                m_outcomeError = true;
                updateStatus();
                updateButtons();
                Q_EMIT saved(article.code, false);
                return;
            }
            m_awaitingCommit = true;
            if (isNew)
                m_search->clear(); // the new article is what the supervisor wants to see next
        });
}

void ArticleCatalogueDialog::loadHistory()
{
    const QString code = selectedCode();
    const int request = ++m_historyRequest;
    if (code.isEmpty()) {
        m_historyCode.clear();
        m_historyRows.clear();
        showHistory();
        return;
    }
    const QString path = m_desk->storePath();
    runInBackground(
        this,
        [path, code] {
            LoadedHistory loaded;
            CaseReader reader(path);
            if (!reader.isOpen())
                loaded.error = reader.errorString();
            else
                loaded.versions = reader.articleHistory(code);
            return loaded;
        },
        [this, request, code](const LoadedHistory &loaded) {
            if (request != m_historyRequest)
                return; // the selection moved on meanwhile
            m_historyCode = code;
            m_historyRows = loaded.versions;
            // An article the store holds no record of is as shipped: its one version is the built-in one.
            if (m_historyRows.isEmpty())
                if (const auto shipped = ArticleCatalogue::builtIn().byCode(code))
                    m_historyRows.append(*shipped);
            showHistory();
            Q_EMIT historyLoaded(code);
        });
}

void ArticleCatalogueDialog::showHistory()
{
    m_historyTitle->setText(
        m_historyCode.isEmpty() ? tr("Versions") : tr("Versions of %1, oldest first").arg(citationOf(m_historyCode)));
    m_history->setRowCount(int(m_historyRows.size()));
    for (int row = 0; row < int(m_historyRows.size()); ++row) {
        const Article &version = m_historyRows.at(row);
        const QStringList cells = {QString::number(version.version), version.text(), casetext::rupiah(version.maxFine),
                                   version.retired ? tr("Retired") : tr("In force")};
        for (int column = 0; column < HistoryColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == HistoryTextColumn)
                item->setToolTip(QStringLiteral("%1\n%2").arg(version.textId, version.textEn));
            m_history->setItem(row, column, item);
        }
    }
    m_history->resizeColumnToContents(VersionColumn);
}

void ArticleCatalogueDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ArticleCatalogueDialog::retranslateUi()
{
    setWindowTitle(tr("Article catalogue — UU 22/2009"));
    m_search->setPlaceholderText(tr("Search: code, article or words of the offence"));
    m_history->setHorizontalHeaderLabels({tr("Version"), tr("Offence"), tr("Maximum fine"), tr("Status")});
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_close->setText(tr("Close"));
    showHistory();
    updateButtons();
    updateStatus();
}

void ArticleCatalogueDialog::updateButtons()
{
    const bool editable = isEditable();
    const int row = m_model->rowOf(selectedCode());
    const bool busy = !m_savingCode.isEmpty();
    const QString why = editable ? QString() : tr("Only a supervisor may change the catalogue");
    m_add->setEnabled(editable && !busy);
    m_edit->setEnabled(editable && !busy && row >= 0);
    m_retire->setEnabled(editable && !busy && row >= 0);
    for (QPushButton *button : {m_add, m_edit, m_retire})
        button->setToolTip(why);
    const bool retired = row >= 0 && m_model->articleAt(row).retired;
    m_retire->setText(retired ? tr("&Restore") : tr("&Retire…"));
}

void ArticleCatalogueDialog::updateStatus()
{
    QString text;
    bool error = false;
    if (!m_loadError.isEmpty()) {
        text = tr("The catalogue could not be read from the store: %1").arg(m_loadError);
        error = true;
    } else {
        int retired = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            retired += m_model->articleAt(row).retired ? 1 : 0;
        text = tr("%1 articles, %2 retired.").arg(labels::number(m_model->rowCount()), labels::number(retired));
        if (!isEditable())
            text += QLatin1Char(' ') + tr("Only a supervisor may change the catalogue.");
    }
    if (!m_outcome.isEmpty()) {
        text = m_outcome + QLatin1Char(' ') + text;
        error = error || m_outcomeError;
    }
    setStatus(text, error);
}

void ArticleCatalogueDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Theme::instance()->errorColor().name())
                                  : QString());
}

} // namespace lintas
