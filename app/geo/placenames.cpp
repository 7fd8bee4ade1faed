#include "geo/placenames.h"

#include <QHash>

namespace lintas::geo {

namespace {

const QHash<QString, QString> &abbreviations()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("jend"), QStringLiteral("jenderal")},
        {QStringLiteral("jendral"), QStringLiteral("jenderal")},
        {QStringLiteral("gg"), QStringLiteral("gang")},
        {QStringLiteral("kol"), QStringLiteral("kolonel")},
        {QStringLiteral("mayjen"), QStringLiteral("mayor jenderal")},
        {QStringLiteral("letjen"), QStringLiteral("letnan jenderal")},
        {QStringLiteral("rs"), QStringLiteral("rumah sakit")},
    };
    return map;
}

// Pre-1972 Indonesian spelling survives in many street names ("Gatot Soebroto", "Djuanda", "Tjikini");
// dispatchers type today's spelling. Both sides are folded to the modern one.
QString modernSpelling(QString word)
{
    word.replace(QLatin1StringView("oe"), QLatin1StringView("u"));
    word.replace(QLatin1StringView("dj"), QLatin1StringView("j"));
    word.replace(QLatin1StringView("tj"), QLatin1StringView("c"));
    return word;
}

bool isStreetPrefix(const QString &word)
{
    return word == u"jl" || word == u"jln" || word == u"jalan";
}

} // namespace

QStringList PlaceNames::normalisedWords(const QString &text)
{
    // Decompose, drop the combining marks, lower-case; anything that is not a letter or digit splits words.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QStringList raw;
    QString word;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            raw.append(modernSpelling(word));
            word.clear();
        }
    }
    if (!word.isEmpty())
        raw.append(modernSpelling(word));

    QStringList words;
    QString initials; // a run of single letters, joined: m h → mh
    const auto flushInitials = [&] {
        if (!initials.isEmpty()) {
            words.append(initials);
            initials.clear();
        }
    };
    for (const QString &w : std::as_const(raw)) {
        if (w.size() == 1 && w[0].isLetter()) {
            initials += w;
            continue;
        }
        flushInitials();
        if (isStreetPrefix(w))
            continue;
        const auto expanded = abbreviations().constFind(w);
        if (expanded != abbreviations().constEnd())
            words.append(expanded->split(u' '));
        else
            words.append(w);
    }
    flushInitials();
    return words;
}

QString PlaceNames::normalise(const QString &text)
{
    return normalisedWords(text).join(u' ');
}

QString PlaceNames::ftsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &w : normalisedWords(text))
        terms.append(u'"' + w + QStringLiteral("\"*"));
    return terms.join(u' ');
}

} // namespace lintas::geo
