#pragma once

#include <array>
#include <utility>

#include <QLatin1String>
#include <QList>
#include <QString>

namespace lintas::detail {

// A fixed table between an enum and the lower-case names stored in the database and in changes.
template<typename Enum, size_t N>
using NameTable = std::array<std::pair<Enum, const char *>, N>;

template<typename Enum, size_t N>
QString nameOf(const NameTable<Enum, N> &table, Enum value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

template<typename Enum, size_t N>
Enum valueOf(const NameTable<Enum, N> &table, const QString &text, bool *ok)
{
    for (const auto &[v, name] : table) {
        if (text == QLatin1String(name)) {
            if (ok)
                *ok = true;
            return v;
        }
    }
    if (ok)
        *ok = false;
    return table.front().first;
}

template<typename Enum, size_t N>
QList<Enum> valuesOf(const NameTable<Enum, N> &table)
{
    QList<Enum> all;
    for (const auto &entry : table)
        all.append(entry.first);
    return all;
}

} // namespace lintas::detail
