#include "cases/articlecataloguemodel.h"

#include <QFont>
#include <QSet>

#include "cases/casetext.h"
#include "language.h"

namespace lintas {
namespace {

bool sameArticle(const Article &a, const Article &b)
{
    return a.code == b.code && a.jo == b.jo && a.textId == b.textId && a.textEn == b.textEn && a.maxFine == b.maxFine &&
           a.maxJailMonths == b.maxJailMonths && a.retired == b.retired && a.version == b.version;
}

} // namespace

ArticleCatalogueModel::ArticleCatalogueModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(Language::instance(), &Language::changed, this, &ArticleCatalogueModel::refreshAll);
}

int ArticleCatalogueModel::rowOf(const QString &code) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).code == code)
            return int(row);
    return -1;
}

void ArticleCatalogueModel::setArticles(const QList<Article> &articles)
{
    QSet<QString> wanted;
    for (const Article &article : articles)
        wanted.insert(article.code);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).code))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // The catalogue keeps its pasal order, so what remains is in the new order already: walk both together.
    for (int row = 0; row < int(articles.size()); ++row) {
        const Article &article = articles.at(row);
        if (row < m_rows.size() && m_rows.at(row).code == article.code) {
            if (!sameArticle(m_rows.at(row), article)) {
                m_rows[row] = article;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        if (rowOf(article.code) >= 0) {
            beginResetModel();
            m_rows = articles;
            endResetModel();
            return;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, article);
        endInsertRows();
    }
}

int ArticleCatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleCatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleCatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return article.code;
        case CitationColumn:
            return article.citation();
        case TextColumn:
            return article.text();
        case MaxFineColumn:
            return casetext::rupiah(article.maxFine);
        case StatusColumn:
            return article.retired ? tr("Retired") : tr("In force");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn || index.column() == CitationColumn)
            return QStringLiteral("%1\n\n%2\n%3").arg(article.citation(), article.textId, article.textEn);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MaxFineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (article.retired) {
            QFont font;
            font.setStrikeOut(index.column() == CodeColumn);
            font.setItalic(true);
            return font;
        }
        break;
    case CodeRole:
        return article.code;
    case RetiredRole:
        return article.retired;
    case SearchTextRole:
        return QStringList{article.code,           article.citation(), article.jo,
                           citationOf(article.jo), article.textId,     article.textEn}
            .join(QLatin1Char(' '));
    case SortRole:
        switch (index.column()) {
        case CodeColumn:
        case CitationColumn:
            return index.row(); // the catalogue's own pasal order, not the letters'
        case MaxFineColumn:
            return article.maxFine;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ArticleCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case CitationColumn:
        return tr("Article");
    case TextColumn:
        return tr("Offence");
    case MaxFineColumn:
        return tr("Maximum fine");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> ArticleCatalogueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(RetiredRole, "retired");
    names.insert(SearchTextRole, "searchText");
    names.insert(SortRole, "sort");
    return names;
}

void ArticleCatalogueModel::refreshAll()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace lintas
