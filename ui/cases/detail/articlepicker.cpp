#include "articlepicker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "casedetailtext.h"
#include "labels.h"

namespace lintas {
namespace {

constexpr int kMatchRows = 5;

// "287(1) jo 106(4)a": how an officer writes a charge; the full citation is in the tooltip.
QString shortCitation(const Article &article)
{
    return article.jo.isEmpty() ? article.code : QStringLiteral("%1 jo %2").arg(article.code, article.jo);
}

bool matchesWords(const Article &article, const QStringList &words)
{
    const QString haystack =
        QStringList{article.code, article.citation(), article.textId, article.textEn, article.jo}.join(
            QLatin1Char(' '));
    for (const QString &word : words)
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace

ArticlePicker::ArticlePicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("articles"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("articleSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &ArticlePicker::refreshMatches);
    connect(m_search, &QLineEdit::returnPressed, this, &ArticlePicker::addCurrentMatch);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addArticleButton"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &ArticlePicker::addCurrentMatch);

    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("articleMatches"));
    m_matches->setUniformItemSizes(true);
    m_matches->setTextElideMode(Qt::ElideRight);
    m_matches->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_matches->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_matches->setFixedHeight(m_matches->fontMetrics().lineSpacing() * kMatchRows + 12);
    connect(m_matches, &QListWidget::itemDoubleClicked, this, [this] { addCurrentMatch(); });
    m_matches->installEventFilter(this);

    m_chosen = new QTreeWidget(this);
    m_chosen->setObjectName(QStringLiteral("chargedArticles"));
    m_chosen->setColumnCount(3);
    m_chosen->setRootIsDecorated(false);
    m_chosen->setTextElideMode(Qt::ElideRight);
    m_chosen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chosen->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_chosen->setUniformRowHeights(false);
    m_chosen->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_chosen->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_chosen->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_chosen->header()->setStretchLastSection(false);
    m_chosen->installEventFilter(this);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeArticleButton"));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, &ArticlePicker::removeCurrent);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("fineTotal"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_add);
    auto *totalRow = new QHBoxLayout;
    totalRow->addWidget(m_total, 1);
    totalRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addWidget(m_matches);
    layout->addWidget(m_chosen);
    layout->addLayout(totalRow);
    retranslateUi();
}

void ArticlePicker::retranslateUi()
{
    m_search->setPlaceholderText(tr("Find an article by code (287(5)) or words (helm, lampu merah)"));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Charge the article selected below (Enter)"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Drop the selected charge (Delete)"));
    m_chosen->setHeaderLabels({tr("Article"), tr("Offence"), tr("Maximum fine")});
    refreshMatches();
    refreshChosen();
}

void ArticlePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool ArticlePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_matches->count()) {
            // Up and down walk the matches while the cursor stays in the search.
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_matches->setCurrentRow(qBound(0, m_matches->currentRow() + step, m_matches->count() - 1));
            return true;
        }
        if (watched == m_matches && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            addCurrentMatch();
            return true;
        }
        if (watched == m_chosen && key->key() == Qt::Key_Delete && !m_readOnly) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ArticlePicker::setCatalogue(const ArticleCatalogue &catalogue)
{
    m_catalogue = catalogue;
    refreshMatches();
    refreshChosen();
}

void ArticlePicker::setCodes(const QStringList &codes)
{
    m_codes = codes;
    m_codes.removeDuplicates();
    refreshChosen();
}

void ArticlePicker::setCharged(const QList<ChargedArticle> &charged)
{
    m_charged = charged;
    refreshChosen();
}

void ArticlePicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_search->setVisible(!readOnly);
    m_add->setVisible(!readOnly);
    m_matches->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    refreshChosen();
}

qint64 ArticlePicker::total() const
{
    if (!m_readOnly || m_charged.isEmpty())
        return m_catalogue.totalFine(m_codes);
    qint64 sum = 0;
    for (const ChargedArticle &charged : m_charged)
        sum += charged.maxFine;
    return sum;
}

bool ArticlePicker::addCode(const QString &code)
{
    const auto article = m_catalogue.byCode(code);
    if (!article || article->retired || m_readOnly)
        return false;
    if (!m_codes.contains(article->code)) {
        m_codes.append(article->code);
        refreshChosen();
        Q_EMIT changed();
    }
    return true;
}

void ArticlePicker::removeCode(const QString &code)
{
    if (m_readOnly || !m_codes.removeAll(code))
        return;
    refreshChosen();
    Q_EMIT changed();
}

QStringList ArticlePicker::matches() const
{
    QStringList codes;
    for (int row = 0; row < m_matches->count(); ++row)
        codes << m_matches->item(row)->data(Qt::UserRole).toString();
    return codes;
}

void ArticlePicker::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void ArticlePicker::refreshMatches()
{
    const QStringList words = m_search->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_matches->clear();
    for (const Article &article : m_catalogue.current()) {
        if (!matchesWords(article, words))
            continue;
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 — %2 — %3")
                                    .arg(shortCitation(article), casedetail::rupiah(article.maxFine), article.text()),
                                m_matches);
        item->setData(Qt::UserRole, article.code);
        item->setToolTip(QStringLiteral("%1\n%2").arg(article.citation(), article.text()));
        if (m_codes.contains(article.code))
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (m_matches->count())
        m_matches->setCurrentRow(0);
    m_add->setEnabled(m_matches->count() > 0);
}

void ArticlePicker::refreshChosen()
{
    m_chosen->clear();
    const bool snapshots = m_readOnly && !m_charged.isEmpty();
    if (snapshots) {
        for (const ChargedArticle &charged : m_charged) {
            const QString text = labels::currentLanguage() == QLatin1String("en") ? charged.textEn : charged.textId;
            auto *item = new QTreeWidgetItem(
                m_chosen, {charged.code, text.isEmpty() ? charged.textId : text, casedetail::rupiah(charged.maxFine)});
            item->setData(0, Qt::UserRole, charged.code);
            item->setToolTip(0, charged.citation);
            item->setToolTip(1, text);
        }
    } else {
        for (const QString &code : m_codes) {
            const auto article = m_catalogue.byCode(code);
            QString offence = article ? article->text() : tr("not in the catalogue");
            if (article && article->retired)
                offence = tr("%1 (retired)").arg(offence);
            auto *item = new QTreeWidgetItem(m_chosen, {article ? shortCitation(*article) : code, offence,
                                                        casedetail::rupiah(article ? article->maxFine : 0)});
            item->setData(0, Qt::UserRole, code);
            item->setToolTip(0, article ? article->citation() : citationOf(code));
            item->setToolTip(1, offence);
        }
    }
    for (int column : {2})
        for (int row = 0; row < m_chosen->topLevelItemCount(); ++row)
            m_chosen->topLevelItem(row)->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    const int rows = qMax(1, m_chosen->topLevelItemCount());
    m_chosen->setFixedHeight(m_chosen->header()->sizeHint().height() +
                             (m_chosen->fontMetrics().lineSpacing() + 8) * qMin(rows, 6) + 6);
    m_remove->setEnabled(!m_codes.isEmpty());
    m_total->setText(tr("Total maximum fine: <b>%1</b>").arg(casedetail::rupiah(total())));
    for (int row = 0; row < m_matches->count(); ++row) {
        QListWidgetItem *item = m_matches->item(row);
        item->setForeground(m_codes.contains(item->data(Qt::UserRole).toString())
                                ? palette().color(QPalette::Disabled, QPalette::Text)
                                : palette().color(QPalette::Text));
    }
}

void ArticlePicker::addCurrentMatch()
{
    if (QListWidgetItem *item = m_matches->currentItem())
        addCode(item->data(Qt::UserRole).toString());
}

void ArticlePicker::removeCurrent()
{
    if (QTreeWidgetItem *item = m_chosen->currentItem())
        removeCode(item->data(0, Qt::UserRole).toString());
    else if (!m_codes.isEmpty())
        removeCode(m_codes.last());
}

} // namespace lintas
