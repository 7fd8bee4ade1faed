#include "articles.h"

#include <algorithm>
#include <tuple>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include "corelog.h"
#include "csvtable.h"

namespace lintas {
namespace {

// The namespace of article record ids: fixed forever, so every desk derives the same id from a code.
const QUuid kArticleNamespace(QStringLiteral("{930a478c-bbb6-4d48-bced-7b32d5a2d868}"));

const QString kCode = QStringLiteral("code");
const QString kJo = QStringLiteral("jo");
const QString kTextId = QStringLiteral("text_id");
const QString kTextEn = QStringLiteral("text_en");
const QString kMaxFine = QStringLiteral("max_fine");
const QString kMaxJailMonths = QStringLiteral("max_jail_months");
const QString kMaxJailDays = QStringLiteral("max_jail_days");
const QString kRetired = QStringLiteral("retired");
const QString kVersion = QStringLiteral("version");
const QString kCitation = QStringLiteral("citation");
const QString kCatalogueVersion = QStringLiteral("catalogue_version");

const QRegularExpression &codePattern()
{
    // pasal, optional (ayat), optional huruf: "281", "287(1)", "106(4)a", "114a"
    static const QRegularExpression pattern(QStringLiteral("^([1-9][0-9]{0,3})(?:\\(([1-9][0-9]{0,2})\\))?([a-z])?$"));
    return pattern;
}

// The sort key of a code: numeric pasal, then ayat, then huruf, so that 287(10) follows 287(9).
std::tuple<int, int, QString, QString> sortKey(const QString &code)
{
    const QRegularExpressionMatch match = codePattern().match(code);
    if (!match.hasMatch())
        return {0, 0, QString(), code}; // malformed codes first, by text (only a store can hold them)
    return {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3), code};
}

void sortByCode(QList<Article> &articles)
{
    std::stable_sort(articles.begin(), articles.end(),
                     [](const Article &a, const Article &b) { return sortKey(a.code) < sortKey(b.code); });
}

// A whole number written with digits only (no sign, no separators): what a catalogue file holds for rupiah and
// months, so "500.000" or "5e5" are mistakes to report rather than guess at.
std::optional<qint64> wholeNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    return text.toLongLong();
}

QString columnError(const QString &fileName, int line, const QString &column, const QString &what)
{
    return QCoreApplication::translate("Catalogues", "%1: %2")
        .arg(fileName,
             CsvTable::lineError(line, QCoreApplication::translate("Catalogues", "column '%1': %2").arg(column, what)));
}

} // namespace

bool isArticleCode(const QString &code)
{
    return codePattern().match(code).hasMatch();
}

// The citation is the legal reference as it is written on a ticket and in court, the same in every language of
// the interface; it is kept in the case as charged, so it must not depend on the language of the desk.
QString citationOf(const QString &code)
{
    const QRegularExpressionMatch match = codePattern().match(code);
    if (!match.hasMatch())
        return {};
    QString citation = QStringLiteral("Pasal ") + match.captured(1);
    if (!match.captured(2).isEmpty())
        citation += QStringLiteral(" ayat (") + match.captured(2) + QLatin1Char(')');
    if (!match.captured(3).isEmpty())
        citation += QStringLiteral(" huruf ") + match.captured(3);
    return citation;
}

QUuid articleId(const QString &code)
{
    return QUuid::createUuidV5(kArticleNamespace, code);
}

QString Article::citation() const
{
    const QString own = citationOf(code);
    const QString base = own.isEmpty() ? code : own;
    if (jo.isEmpty())
        return base;
    const QString with = citationOf(jo);
    return base + QStringLiteral(" jo ") + (with.isEmpty() ? jo : with);
}

QString Article::text() const
{
    // ui/language.cpp makes the chosen interface language the default locale.
    const bool english = QLocale().language() == QLocale::English;
    const QString &preferred = english ? textEn : textId;
    return preferred.isEmpty() ? (english ? textId : textEn) : preferred;
}

QVariantMap Article::toFields() const
{
    return {
        {kCode, code},
        {kJo, jo},
        {kTextId, textId},
        {kTextEn, textEn},
        {kMaxFine, maxFine},
        {kMaxJailMonths, maxJailMonths},
        {kMaxJailDays, maxJailDays},
        {kRetired, retired},
        {kVersion, version},
    };
}

Article Article::fromFields(const QVariantMap &fields)
{
    Article article;
    article.code = fields.value(kCode).toString().trimmed();
    article.jo = fields.value(kJo).toString().trimmed();
    article.textId = fields.value(kTextId).toString();
    article.textEn = fields.value(kTextEn).toString();
    article.maxFine = fields.value(kMaxFine).toLongLong();
    article.maxJailMonths = fields.value(kMaxJailMonths).toInt();
    article.maxJailDays = fields.value(kMaxJailDays).toInt();
    article.retired = fields.value(kRetired).toBool();
    article.version = std::max(1, fields.value(kVersion, 1).toInt());
    return article;
}

QVariantMap ChargedArticle::toMap() const
{
    return {
        {kCode, code},     {kCitation, citation}, {kTextId, textId},
        {kTextEn, textEn}, {kMaxFine, maxFine},   {kCatalogueVersion, catalogueVersion},
    };
}

ChargedArticle ChargedArticle::fromMap(const QVariantMap &map)
{
    ChargedArticle charged;
    charged.code = map.value(kCode).toString();
    charged.citation = map.value(kCitation).toString();
    charged.textId = map.value(kTextId).toString();
    charged.textEn = map.value(kTextEn).toString();
    charged.maxFine = map.value(kMaxFine).toLongLong();
    charged.catalogueVersion = std::max(1, map.value(kCatalogueVersion, 1).toInt());
    return charged;
}

qint64 totalChargedFine(const QVariant &charged)
{
    // A form may keep the list as JSON text, as it does the other lists of a case.
    const QVariantList list = charged.typeId() == QMetaType::QString
                                  ? QJsonDocument::fromJson(charged.toString().toUtf8()).array().toVariantList()
                                  : charged.toList();
    qint64 total = 0;
    for (const QVariant &entry : list)
        total += ChargedArticle::fromMap(entry.toMap()).maxFine;
    return total;
}

std::optional<ArticleCatalogue> ArticleCatalogue::fromCsv(const QByteArray &csv, const QString &fileName,
                                                          QString *error)
{
    static const QStringList kColumns{kCode, kJo, kTextId, kTextEn, kMaxFine, kMaxJailMonths};
    const auto fail = [error](const QString &what) -> std::optional<ArticleCatalogue> {
        if (error)
            *error = what;
        return std::nullopt;
    };

    QString tableError;
    const std::optional<CsvTable> table = CsvTable::parse(csv, kColumns, &tableError);
    if (!table)
        return fail(QCoreApplication::translate("Catalogues", "%1: %2").arg(fileName, tableError));

    ArticleCatalogue catalogue;
    QHash<QString, int> lineOfCode;
    for (int row = 0; row < table->rowCount(); ++row) {
        const int line = table->lineOf(row);
        const auto columnFail = [&](const QString &column, const QString &what) {
            return fail(columnError(fileName, line, column, what));
        };

        Article article;
        article.code = table->value(row, kCode);
        article.jo = table->value(row, kJo);
        article.textId = table->value(row, kTextId);
        article.textEn = table->value(row, kTextEn);

        if (!isArticleCode(article.code))
            return columnFail(kCode, QCoreApplication::translate(
                                         "Catalogues", "'%1' is not an article code like 281, 287(1) or 106(4)a")
                                         .arg(article.code));
        if (const auto it = lineOfCode.constFind(article.code); it != lineOfCode.cend())
            return columnFail(
                kCode,
                QCoreApplication::translate("Catalogues", "%1 is already on line %2").arg(article.code).arg(*it));
        if (!article.jo.isEmpty() && !isArticleCode(article.jo))
            return columnFail(
                kJo, QCoreApplication::translate("Catalogues", "'%1' is not an article code like 77(1) or 106(4)a")
                         .arg(article.jo));
        if (article.textId.isEmpty())
            return columnFail(kTextId, QCoreApplication::translate("Catalogues", "the Indonesian text is empty"));
        if (article.textEn.isEmpty())
            return columnFail(kTextEn, QCoreApplication::translate("Catalogues", "the English text is empty"));

        const QString fine = table->value(row, kMaxFine);
        const std::optional<qint64> maxFine = wholeNumber(fine);
        if (!maxFine || *maxFine <= 0)
            return columnFail(
                kMaxFine,
                QCoreApplication::translate("Catalogues", "'%1' is not a whole number of rupiah above 0").arg(fine));
        article.maxFine = *maxFine;

        const QString months = table->value(row, kMaxJailMonths);
        const std::optional<qint64> maxMonths = wholeNumber(months);
        if (!maxMonths || *maxMonths > 1200)
            return columnFail(
                kMaxJailMonths,
                QCoreApplication::translate("Catalogues", "'%1' is not a whole number of months").arg(months));
        article.maxJailMonths = int(*maxMonths);

        // Optional: older files and a supervisor's export may not have it.
        const QString days = table->value(row, kMaxJailDays);
        if (!days.isEmpty()) {
            const std::optional<qint64> maxDays = wholeNumber(days);
            if (!maxDays || *maxDays > 31)
                return columnFail(kMaxJailDays, QCoreApplication::translate(
                                                    "Catalogues", "'%1' is not a whole number of days from 0 to 31")
                                                    .arg(days));
            article.maxJailDays = int(*maxDays);
        }

        lineOfCode.insert(article.code, line);
        catalogue.m_articles.append(article);
    }
    sortByCode(catalogue.m_articles);
    if (error)
        error->clear();
    return catalogue;
}

const ArticleCatalogue &ArticleCatalogue::builtIn()
{
    static const ArticleCatalogue catalogue = [] {
        const QString path = QStringLiteral(":/catalogues/uu22-2009-articles.csv");
        QString error;
        const std::optional<QByteArray> csv = CsvTable::readFile(path, &error);
        std::optional<ArticleCatalogue> loaded = csv ? fromCsv(*csv, path, &error) : std::nullopt;
        if (!loaded) {
            qCCritical(lcCore) << "built-in article catalogue" << path << "is unusable:" << error;
            return ArticleCatalogue();
        }
        return *loaded;
    }();
    return catalogue;
}

ArticleCatalogue ArticleCatalogue::overlaid(const QList<Article> &changed) const
{
    // The newest version of each code the store holds. Two desks may both save the same version; whichever order
    // the store lists them in, every desk must pick the same one: the greater by its fields' canonical JSON.
    const auto canonical = [](const Article &article) {
        return QJsonDocument(QJsonObject::fromVariantMap(article.toFields())).toJson(QJsonDocument::Compact);
    };
    QHash<QString, Article> newest;
    for (const Article &article : changed) {
        const auto it = newest.constFind(article.code);
        if (it == newest.cend() || article.version > it->version ||
            (article.version == it->version && canonical(article) > canonical(*it)))
            newest.insert(article.code, article);
    }

    ArticleCatalogue result;
    result.m_articles.reserve(m_articles.size() + newest.size());
    for (const Article &shipped : m_articles)
        result.m_articles.append(newest.contains(shipped.code) ? newest.take(shipped.code) : shipped);
    for (const Article &added : std::as_const(newest))
        result.m_articles.append(added);
    sortByCode(result.m_articles);
    return result;
}

QList<Article> ArticleCatalogue::current() const
{
    QList<Article> offered;
    for (const Article &article : m_articles)
        if (!article.retired)
            offered.append(article);
    return offered;
}

std::optional<Article> ArticleCatalogue::byCode(const QString &code) const
{
    const QString wanted = code.trimmed();
    for (const Article &article : m_articles)
        if (article.code == wanted)
            return article;
    return std::nullopt;
}

std::optional<ChargedArticle> ArticleCatalogue::charge(const QString &code) const
{
    const std::optional<Article> article = byCode(code);
    if (!article)
        return std::nullopt;
    ChargedArticle charged;
    charged.code = article->code;
    charged.citation = article->citation();
    charged.textId = article->textId;
    charged.textEn = article->textEn;
    charged.maxFine = article->maxFine;
    charged.catalogueVersion = article->version;
    return charged;
}

qint64 ArticleCatalogue::totalFine(const QStringList &codes) const
{
    qint64 total = 0;
    for (const QString &code : codes)
        if (const std::optional<Article> article = byCode(code))
            total += article->maxFine;
    return total;
}

} // namespace lintas
