#include "searchtext.h"

#include <QStringList>

namespace lintas {
namespace {

bool isRoadPrefix(const QString &word)
{
    return word == QLatin1String("jl") || word == QLatin1String("jln") || word == QLatin1String("jalan");
}

} // namespace

QString normalizeForSearch(const QString &text)
{
    QString flat;
    flat.reserve(text.size());
    for (const QChar c : text)
        flat.append(c.isLetterOrNumber() ? c.toLower() : QLatin1Char(' '));
    QStringList words;
    for (const QString &word : flat.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!isRoadPrefix(word))
            words.append(word);
    return words.join(QLatin1Char(' '));
}

QString ftsPrefixQuery(const QString &text)
{
    const QString normal = normalizeForSearch(text);
    if (normal.isEmpty())
        return {};
    QStringList terms;
    // Words hold only letters and digits after normalising, so quoting them is enough to keep FTS5 syntax
    // (AND, NOT, NEAR, column filters) out of user input.
    for (const QString &word : normal.split(QLatin1Char(' ')))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

} // namespace lintas
