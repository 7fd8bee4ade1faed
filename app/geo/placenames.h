#pragma once

#include <QString>
#include <QStringList>

namespace lintas::geo {

// How place names are compared: both the indexed names and what a dispatcher types go through normalise(),
// so "Jl. Jend. Sudirman", "JALAN SUDIRMAN" and "sudirman" meet on "jenderal sudirman"/"sudirman".
//   - case and accents are dropped, punctuation separates words;
//   - the street prefixes jl, jln, jalan are dropped (2012 OSM names mostly lack them, people type them);
//   - the old spelling is folded to the modern one (oe → u, dj → j, tj → c: "Soebroto" meets "Subroto");
//   - common abbreviations are spelled out (jend → jenderal, gg → gang, …);
//   - runs of single letters join ("M.H. Thamrin" and "MH Thamrin" both give "mh thamrin").
class PlaceNames
{
public:
    static QStringList normalisedWords(const QString &text);
    static QString normalise(const QString &text);
    // An FTS5 MATCH expression: every word of the query as a prefix ("sudirman"*), all required. Empty when
    // nothing searchable is left (the text was only "Jl.").
    static QString ftsQuery(const QString &text);
};

} // namespace lintas::geo
