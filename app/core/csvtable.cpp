#include "csvtable.h"

#include <QCoreApplication>
#include <QFile>

namespace lintas {
QString CsvTable::lineError(int line, const QString &what)
{
    return QCoreApplication::translate("Catalogues", "line %1: %2").arg(line).arg(what);
}

std::optional<QByteArray> CsvTable::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Catalogues", "cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<CsvTable> CsvTable::parse(const QByteArray &csv, const QStringList &requiredColumns, QString *error)
{
    const auto fail = [error](int line, const QString &what) -> std::optional<CsvTable> {
        if (error)
            *error = lineError(line, what);
        return std::nullopt;
    };

    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    QList<Record> records;
    Record record{1, {}};
    QString field;
    int line = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool afterQuote = false; // the current field was quoted and its closing quote has been read
    bool quoted = false;     // the current record has a quoted field (so it is not blank)

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        afterQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.front().trimmed().isEmpty() && !quoted;
        if (!blank)
            records.append(record);
        record = Record{line + 1, {}};
        quoted = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('\r'))
            continue; // CRLF line ends
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else if (afterQuote) {
            return fail(line, QCoreApplication::translate("Catalogues", "unexpected text after a closing quote"));
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return fail(line, QCoreApplication::translate(
                                      "Catalogues",
                                      "a quote inside an unquoted field (quote the whole field and double the quote)"));
            inQuotes = true;
            quoted = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return fail(quoteLine, QCoreApplication::translate("Catalogues", "a quoted field is never closed"));
    if (!field.isEmpty() || !record.fields.isEmpty() || afterQuote || quoted)
        endRecord();

    if (records.isEmpty())
        return fail(1, QCoreApplication::translate("Catalogues", "the file is empty; a header row is expected"));

    CsvTable table;
    const Record header = records.takeFirst();
    for (int i = 0; i < header.fields.size(); ++i)
        table.m_columns.insert(header.fields.at(i).trimmed(), i);
    for (const QString &column : requiredColumns)
        if (!table.m_columns.contains(column))
            return fail(header.line,
                        QCoreApplication::translate("Catalogues", "the header has no column '%1'").arg(column));
    for (const Record &row : std::as_const(records)) {
        if (row.fields.size() != header.fields.size())
            return fail(row.line, QCoreApplication::translate("Catalogues", "%1 fields where the header has %2")
                                      .arg(row.fields.size())
                                      .arg(header.fields.size()));
    }
    table.m_rows = std::move(records);
    return table;
}

QString CsvTable::value(int row, const QString &column) const
{
    const auto it = m_columns.constFind(column);
    return it == m_columns.cend() ? QString() : m_rows.at(row).fields.at(*it).trimmed();
}

} // namespace lintas
