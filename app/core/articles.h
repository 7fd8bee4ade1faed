#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QUuid>
#include <QVariantMap>

#include "change.h"

namespace lintas {

// One charge of UU 22/2009 (Lalu Lintas dan Angkutan Jalan): the criminal article with its ayat and huruf,
// the obligation it enforces ("jo" chain), the offence in both languages and the maximum fine.
//   code       "287(1)", "281", "291(1)", "310(4)" — pasal, then ayat in brackets, then huruf: "106(4)a"
//   jo         the article it is read with: code "287(1)" jo "106(4)a" (may be empty)
struct Article
{
    QString code;
    QString jo;
    QString textId; // Bahasa Indonesia
    QString textEn;
    qint64 maxFine = 0; // rupiah
    int maxJailMonths = 0;
    int maxJailDays = 0;  // added to the months: the law states 15 days for the lightest offences (293(2), 299)
    bool retired = false; // no longer offered for new charges; old cases keep showing it
    int version = 1;      // the catalogue version of this entry (1 = as shipped)

    // "Pasal 287 ayat (1) jo Pasal 106 ayat (4) huruf a"
    QString citation() const;
    // The text in the current UI language (Bahasa Indonesia unless the language is English).
    QString text() const;
    QVariantMap toFields() const; // the fields of an Article change (code, jo, text_id, text_en, max_fine, …)
    static Article fromFields(const QVariantMap &fields);
};

// "Pasal 287 ayat (1)" for "287(1)"; "Pasal 106 ayat (4) huruf a" for "106(4)a". Empty for a malformed code.
QString citationOf(const QString &code);
// Whether a code is well formed: digits, optional "(digits)", optional lower-case letter.
bool isArticleCode(const QString &code);
// The record id of an article in the store: UUIDv5 of the code, the same on every desk.
QUuid articleId(const QString &code);

// The article as it was charged: a snapshot kept inside the case (field "charged"), so that an old case
// always shows the text and fine it was charged under, whatever the catalogue says today.
struct ChargedArticle
{
    QString code;
    QString citation;
    QString textId;
    QString textEn;
    qint64 maxFine = 0;
    int catalogueVersion = 1;

    QVariantMap toMap() const;
    static ChargedArticle fromMap(const QVariantMap &map);
};

// The fine a case's articles as charged add up to: the sum of the snapshots' maximum fines (the "charged" list of
// ChargedArticle maps, or that list as JSON text), whatever the catalogue says today.
qint64 totalChargedFine(const QVariant &charged);

class ArticleCatalogue
{
public:
    // The catalogue shipped in resources/catalogues/uu22-2009-articles.csv (compiled in).
    static const ArticleCatalogue &builtIn();
    // Reads the CSV (header: code,jo,text_id,text_en,max_fine,max_jail_months and optionally max_jail_days).
    // On error returns nothing and *error names the file, line and column.
    static std::optional<ArticleCatalogue> fromCsv(const QByteArray &csv, const QString &fileName, QString *error);

    // The shipped entries overlaid by the store's (a supervisor's additions, edits and retirements): per code the
    // highest version; between entries of one version, the greater by the compact JSON of toFields(), so that the
    // order of `changed` never matters.
    ArticleCatalogue overlaid(const QList<Article> &changed) const;

    const QList<Article> &all() const { return m_articles; } // by code, numeric pasal order
    QList<Article> current() const;                          // without the retired ones
    std::optional<Article> byCode(const QString &code) const;
    // The snapshot to keep in a case; nothing for an unknown code.
    std::optional<ChargedArticle> charge(const QString &code) const;
    // Sum of the maximum fines of the codes (unknown codes count 0).
    qint64 totalFine(const QStringList &codes) const;

private:
    QList<Article> m_articles;
};

} // namespace lintas
