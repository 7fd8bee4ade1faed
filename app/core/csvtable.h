#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lintas {

// A CSV file as the catalogues write it (RFC 4180): a header row, then records whose fields may be quoted to
// hold commas, line breaks and doubled quotes. Blank lines are skipped. Every record remembers the line it
// starts on, so that whoever interprets the values can say where a bad one is.
class CsvTable
{
public:
    // Fails (nullopt, *error set to "line 4: …") on malformed quoting, a record whose field count differs from
    // the header's, or a header that lacks one of the required columns.
    static std::optional<CsvTable> parse(const QByteArray &csv, const QStringList &requiredColumns,
                                         QString *error = nullptr);
    // Reads a file or a Qt resource (":/catalogues/…"); nullopt with *error set when it cannot be read.
    static std::optional<QByteArray> readFile(const QString &path, QString *error = nullptr);
    // "line 7: the code is empty", translated (context "Catalogues").
    static QString lineError(int line, const QString &what);

    int rowCount() const { return int(m_rows.size()); }
    int lineOf(int row) const { return m_rows.at(row).line; }
    // The field of the named column, without surrounding white space.
    QString value(int row, const QString &column) const;

private:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };
    QHash<QString, int> m_columns;
    QList<Record> m_rows;
};

} // namespace lintas
