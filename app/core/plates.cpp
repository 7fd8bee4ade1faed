#include "plates.h"

#include <algorithm>

#include <QRegularExpression>
#include <QSet>

#include "validators.h"

namespace lintas {
namespace {

bool isAsciiLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

const QString &letters()
{
    static const QString all = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    return all;
}

const QString &digits()
{
    static const QString all = QStringLiteral("0123456789");
    return all;
}

// The characters a camera or a hurried hand confuses, both ways.
QString lookAlikesOf(QChar c)
{
    static const QList<std::pair<QChar, QChar>> pairs{
        {QLatin1Char('0'), QLatin1Char('O')}, {QLatin1Char('1'), QLatin1Char('I')},
        {QLatin1Char('5'), QLatin1Char('S')}, {QLatin1Char('8'), QLatin1Char('B')},
        {QLatin1Char('2'), QLatin1Char('Z')}, {QLatin1Char('6'), QLatin1Char('G')},
    };
    QString found;
    for (const auto &[a, b] : pairs) {
        if (c == a)
            found += b;
        else if (c == b)
            found += a;
    }
    return found;
}

// A plate in running text: a region prefix that starts a word, its number, and an optional suffix that ends
// the word; spaces, dots or dashes may sit between the parts. Only the region prefixes of the TNKB catalogue
// count, so that Indonesian words before a number ("di 12", "no. 5", "km 3") are not taken for plates.
const QRegularExpression &platePattern()
{
    static const QRegularExpression pattern = [] {
        // Every one- and two-letter prefix the region catalogue knows (it is small: about sixty).
        QStringList known;
        for (const QChar first : letters()) {
            if (!plateRegion(QString(first)).isEmpty())
                known.append(QString(first));
            for (const QChar second : letters())
                if (const QString prefix = QString(first) + second; !plateRegion(prefix).isEmpty())
                    known.append(prefix);
        }
        if (known.isEmpty()) // a broken build without the catalogue still finds plate shapes
            known.append(QStringLiteral("[A-Z]{1,2}"));
        // Two-letter prefixes first, so that "BK 12" is not read as "B" and a stray "K".
        std::stable_sort(known.begin(), known.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        const QString sep = QStringLiteral("[ .\\-]*");
        return QRegularExpression(QStringLiteral("(?<![A-Z0-9])(%1)%2([0-9]{1,4})(?:(%2)([A-Z]{1,3}))?(?![A-Z0-9])")
                                      .arg(known.join(QLatin1Char('|')), sep),
                                  QRegularExpression::CaseInsensitiveOption);
    }();
    return pattern;
}

// Short words that follow a number in running text ("B 1234 di jalan", "B 1234 dan motor"): after a space they
// are the sentence going on, not a plate's suffix.
bool isCommonShortWord(const QString &word)
{
    static const QStringList words{QStringLiteral("di"),   QStringLiteral("ke"),   QStringLiteral("dan"),
                                   QStringLiteral("yg"),   QStringLiteral("ini"),  QStringLiteral("itu"),
                                   QStringLiteral("dari"), QStringLiteral("pada"), QStringLiteral("jl"),
                                   QStringLiteral("km"),   QStringLiteral("no")};
    return words.contains(word.toLower());
}

} // namespace

QString plateKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        const QChar upper = c.toUpper();
        if (isAsciiLetter(upper) || isAsciiDigit(upper))
            key += upper;
    }
    return key;
}

bool looksLikePlateKey(const QString &key)
{
    qsizetype i = 0;
    const auto run = [&](bool (*isClass)(QChar)) {
        const qsizetype start = i;
        while (i < key.size() && isClass(key.at(i)))
            ++i;
        return i - start;
    };
    const qsizetype prefix = run(isAsciiLetter);
    const qsizetype number = run(isAsciiDigit);
    const qsizetype suffix = run(isAsciiLetter);
    return i == key.size() && prefix >= 1 && prefix <= 2 && number >= 1 && number <= 4 && suffix <= 3;
}

QStringList findPlateKeys(const QString &text)
{
    QStringList keys;
    // In a text written in capitals a word looks like a suffix; elsewhere a suffix written in capitals is meant.
    const bool allCapitals = text == text.toUpper();
    QRegularExpressionMatchIterator it = platePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString suffix = match.captured(4);
        if (!suffix.isEmpty() && match.captured(3).contains(QLatin1Char(' ')) && isCommonShortWord(suffix) &&
            (allCapitals || suffix != suffix.toUpper()))
            suffix.clear();
        const QString key = plateKey(match.captured(1) + match.captured(2) + suffix);
        if (looksLikePlateKey(key) && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QStringList plateTypoVariants(const QString &key)
{
    QStringList variants;
    QSet<QString> seen{key};
    const auto offer = [&](const QString &candidate) {
        if (!seen.contains(candidate) && looksLikePlateKey(candidate)) {
            seen.insert(candidate);
            variants.append(candidate);
        }
    };
    const QString alphabet = letters() + digits();

    // One character left out.
    for (qsizetype i = 0; i < key.size(); ++i)
        offer(QString(key).remove(i, 1));
    // One character added; the shape check keeps only the ones the plate's parts allow.
    for (qsizetype i = 0; i <= key.size(); ++i)
        for (const QChar c : alphabet)
            offer(QString(key).insert(i, c));
    // Two neighbours swapped.
    for (qsizetype i = 0; i + 1 < key.size(); ++i) {
        QString swapped = key;
        std::swap(swapped[i], swapped[i + 1]);
        offer(swapped);
    }
    // One character replaced: the look-alikes first, then anything of the same class.
    for (qsizetype i = 0; i < key.size(); ++i) {
        for (const QChar c : lookAlikesOf(key.at(i))) {
            QString replaced = key;
            replaced[i] = c;
            offer(replaced);
        }
    }
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QString &sameClass = isAsciiDigit(key.at(i)) ? digits() : letters();
        for (const QChar c : sameClass) {
            QString replaced = key;
            replaced[i] = c;
            offer(replaced);
        }
    }
    return variants;
}

} // namespace lintas
