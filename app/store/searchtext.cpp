#include "searchtext.h"

#include <QStringList>

namespace lintas {
namespace {

bool isRoadPrefix(QStringView word)
{
    return word == QLatin1String("jl") || word == QLatin1String("jln") || word == QLatin1String("jalan");
}

} // namespace

QString normalizeForSearch(const QString &text)
{
    // One pass, no intermediate lists: the writer runs this for every column of every incident it indexes.
    QString out;
    out.reserve(text.size());
    const QChar *chars = text.constData();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && !chars[i].isLetterOrNumber())
            ++i;
        if (i == size)
            break;
        const qsizetype before = out.size();
        if (before > 0)
            out.append(QLatin1Char(' '));
        const qsizetype start = out.size();
        for (; i < size && chars[i].isLetterOrNumber(); ++i)
            out.append(chars[i].toLower());
        if (isRoadPrefix(QStringView(out).sliced(start)))
            out.truncate(before);
    }
    return out;
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
