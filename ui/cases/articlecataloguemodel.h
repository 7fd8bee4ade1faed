#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/articles.h"

namespace lintas {

// The UU 22/2009 article catalogue as the store has it (the shipped entries overlaid by the supervisors'
// edits), one row per article in pasal order: code, citation, offence text in the UI language, maximum fine,
// and whether it is retired. A reload changes only the rows that differ.
class ArticleCatalogueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        CitationColumn,
        TextColumn,
        MaxFineColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        RetiredRole,
        SearchTextRole, // code, citation and both texts, for the search
        SortRole,
    };
    Q_ENUM(Role)

    explicit ArticleCatalogueModel(QObject *parent = nullptr);

    void setArticles(const QList<Article> &articles);
    const Article &articleAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void refreshAll();

    QList<Article> m_rows;
};

} // namespace lintas
