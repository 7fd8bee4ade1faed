#pragma once

#include <QString>

namespace lintas {

// One normal form for everything the full-text indexes hold and every query run against them, so that
// "Jl. Sudirman", "JALAN sudirman" and "sudirman" meet: lower case, punctuation to spaces, and the road
// prefixes "jl", "jln" and "jalan" dropped as words of their own ("Jalan" says nothing a search can use).
QString normalizeForSearch(const QString &text);

// An FTS5 query matching every word of `text` as a prefix ("sudir mon" → "sudir"* "mon"*); empty when the
// text has no searchable word.
QString ftsPrefixQuery(const QString &text);

} // namespace lintas
