#include "incidenthistory.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include "store/sqlconnection.h"

namespace lintas::analytics {
namespace {

// lupdate files these strings under the enclosing namespace, so the context must say the same.
QString tr(const char *text)
{
    return QCoreApplication::translate("lintas::analytics", text);
}

constexpr int kWibOffsetSeconds = 7 * 3600;
// Unix seconds outside 1970–2100 are a mistake (milliseconds, a row number), not a time.
constexpr double kLastUnixSecond = 4102444800.0;

// One CSV record and the line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 records (quoted fields may hold the separator, doubled quotes and line breaks); blank lines skipped.
// nullopt with *error on an unterminated quote.
std::optional<QList<CsvRecord>> splitCsv(const QString &text, QChar separator, QString *error)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records.append(record);
        record = CsvRecord{};
    };
    record.line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else {
            field.append(c);
            if (!c.isSpace())
                fieldStarted = true;
        }
    }
    if (quoted) {
        *error = tr("line %1: a quoted field is never closed").arg(quoteLine);
        return std::nullopt;
    }
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

enum class Column
{
    Time,
    Latitude,
    Longitude,
    Type,
    Other
};

Column columnOf(const QString &header)
{
    const QString name = header.trimmed().toLower();
    if (name == QLatin1String("time") || name == QLatin1String("timestamp") || name == QLatin1String("datetime"))
        return Column::Time;
    if (name == QLatin1String("latitude") || name == QLatin1String("lat"))
        return Column::Latitude;
    if (name == QLatin1String("longitude") || name == QLatin1String("lon") || name == QLatin1String("lng"))
        return Column::Longitude;
    if (name == QLatin1String("type"))
        return Column::Type;
    return Column::Other;
}

// ISO 8601 (offset or Z; none means WIB; a space for the T is accepted) or Unix seconds; nullopt otherwise.
std::optional<qint64> parseTime(const QString &value)
{
    bool isNumber = false;
    const double seconds = value.toDouble(&isNumber);
    if (isNumber) {
        if (!std::isfinite(seconds) || seconds < 0 || seconds > kLastUnixSecond)
            return std::nullopt;
        return qint64(std::llround(seconds * 1000.0));
    }
    QString iso = value;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), QTimeZone(kWibOffsetSeconds));
    return time.toMSecsSinceEpoch();
}

std::optional<double> parseNumber(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString isoWib(qint64 atMs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone(kWibOffsetSeconds));
    return time.toString(atMs % 1000 != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QString shortest(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void sortByTime(QList<HistoryEvent> &events)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const HistoryEvent &a, const HistoryEvent &b) { return a.atMs < b.atMs; });
}

} // namespace

QList<HistoryEvent> readHistoryCsv(const QByteArray &csv, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    why.clear();
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty()) {
        why = tr("the file is empty: expected a header naming the columns time, latitude and longitude");
        return {};
    }
    // The separator is the header's: a comma, or a semicolon where spreadsheets use the decimal comma.
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = text.left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar separator = !firstLine.contains(QLatin1Char(',')) && firstLine.contains(QLatin1Char(';'))
                                ? QLatin1Char(';')
                                : QLatin1Char(',');
    const std::optional<QList<CsvRecord>> records = splitCsv(text, separator, &why);
    if (!records)
        return {};

    const CsvRecord &header = records->first();
    int timeColumn = -1;
    int latitudeColumn = -1;
    int longitudeColumn = -1;
    int typeColumn = -1;
    for (int i = 0; i < header.fields.size(); ++i) {
        int *slot = nullptr;
        switch (columnOf(header.fields.at(i))) {
        case Column::Time:
            slot = &timeColumn;
            break;
        case Column::Latitude:
            slot = &latitudeColumn;
            break;
        case Column::Longitude:
            slot = &longitudeColumn;
            break;
        case Column::Type:
            slot = &typeColumn;
            break;
        case Column::Other:
            break;
        }
        if (slot && *slot < 0)
            *slot = i;
    }
    if (timeColumn < 0 && latitudeColumn < 0 && longitudeColumn < 0) {
        why = tr("line %1: no header: the first line must name the columns time, latitude and longitude")
                  .arg(header.line);
        return {};
    }
    QStringList missing;
    if (timeColumn < 0)
        missing << QStringLiteral("time");
    if (latitudeColumn < 0)
        missing << QStringLiteral("latitude");
    if (longitudeColumn < 0)
        missing << QStringLiteral("longitude");
    if (!missing.isEmpty()) {
        why = tr("line %1: the header has no column %2").arg(header.line).arg(missing.join(QStringLiteral(", ")));
        return {};
    }
    auto columnName = [&](int column) { return header.fields.at(column).trimmed(); };
    auto fail = [&](const CsvRecord &record, int column, const QString &what) {
        why = tr("line %1, column %2: %3").arg(record.line).arg(columnName(column), what);
    };

    QList<HistoryEvent> events;
    events.reserve(records->size() - 1);
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        HistoryEvent event;
        for (int column : {timeColumn, latitudeColumn, longitudeColumn}) {
            if (column >= record.fields.size() || record.fields.at(column).trimmed().isEmpty()) {
                fail(record, column, tr("the value is missing"));
                return {};
            }
        }
        const QString timeText = record.fields.at(timeColumn).trimmed();
        const std::optional<qint64> at = parseTime(timeText);
        if (!at) {
            fail(record, timeColumn,
                 tr("'%1' is not a time (ISO 8601 such as 2024-03-12T10:30:00+07:00, or Unix seconds)").arg(timeText));
            return {};
        }
        event.atMs = *at;
        const QString latitudeText = record.fields.at(latitudeColumn).trimmed();
        const std::optional<double> latitude = parseNumber(latitudeText);
        if (!latitude) {
            fail(record, latitudeColumn, tr("'%1' is not a number").arg(latitudeText));
            return {};
        }
        if (*latitude < -90 || *latitude > 90) {
            fail(record, latitudeColumn, tr("%1 is not a latitude (-90 to 90)").arg(latitudeText));
            return {};
        }
        const QString longitudeText = record.fields.at(longitudeColumn).trimmed();
        const std::optional<double> longitude = parseNumber(longitudeText);
        if (!longitude) {
            fail(record, longitudeColumn, tr("'%1' is not a number").arg(longitudeText));
            return {};
        }
        if (*longitude < -180 || *longitude > 180) {
            fail(record, longitudeColumn, tr("%1 is not a longitude (-180 to 180)").arg(longitudeText));
            return {};
        }
        event.latitude = *latitude;
        event.longitude = *longitude;
        if (typeColumn >= 0 && typeColumn < record.fields.size())
            event.type = record.fields.at(typeColumn).trimmed();
        events.append(event);
    }
    sortByTime(events);
    return events;
}

QList<HistoryEvent> readHistoryFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QString why;
    QList<HistoryEvent> events = readHistoryCsv(file.readAll(), &why);
    if (!why.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return {};
    }
    if (error)
        error->clear();
    return events;
}

QByteArray writeHistoryCsv(const QList<HistoryEvent> &events)
{
    QString out = QStringLiteral("time,latitude,longitude,type\n");
    out.reserve(out.size() + events.size() * 56);
    for (const HistoryEvent &event : events) {
        out += isoWib(event.atMs);
        out += QLatin1Char(',');
        out += shortest(event.latitude);
        out += QLatin1Char(',');
        out += shortest(event.longitude);
        out += QLatin1Char(',');
        out += csvField(event.type);
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

QList<HistoryEvent> readStoreHistory(const QString &storePath, const QDateTime &from, const QDateTime &to,
                                     QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    why.clear();
    const qint64 fromMs = from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toMs = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    const QString name = SqlConnection::uniqueName(QStringLiteral("history"));
    QList<HistoryEvent> events;
    bool ok = true;
    {
        QString openError;
        QSqlDatabase db = SqlConnection::open(name, storePath, SqlConnection::Mode::ReadOnly, &openError);
        if (!db.isOpen()) {
            why = tr("cannot open the store %1: %2").arg(storePath, openError);
            ok = false;
        } else {
            QSet<QString> incidentIds;
            QSqlQuery incidents(db);
            incidents.setForwardOnly(true);
            incidents.prepare(QStringLiteral("SELECT id, reported_at, latitude, longitude, type_code FROM incidents "
                                             "WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND reported_at "
                                             "IS NOT NULL AND reported_at >= ? AND reported_at < ?"));
            incidents.addBindValue(fromMs);
            incidents.addBindValue(toMs);
            if (!incidents.exec()) {
                why = tr("cannot read the incidents of %1: %2").arg(storePath, incidents.lastError().text());
                ok = false;
            }
            while (ok && incidents.next()) {
                HistoryEvent event;
                event.atMs = incidents.value(1).toLongLong();
                event.latitude = incidents.value(2).toDouble();
                event.longitude = incidents.value(3).toDouble();
                event.type = incidents.value(4).toString();
                if (event.latitude == 0 && event.longitude == 0)
                    continue;
                incidentIds.insert(incidents.value(0).toString());
                events.append(event);
            }
            // Accident cases; one whose report names or links an incident already counted is the same event.
            QSqlQuery accidents(db);
            accidents.setForwardOnly(true);
            accidents.prepare(QStringLiteral(
                "SELECT occurred_at, json_extract(data, '$.latitude'), json_extract(data, '$.longitude'), "
                "json_extract(data, '$.linked_incidents'), json_extract(data, '$.incident_id') FROM cases WHERE kind = "
                "'accident' AND state <> 'voided' "
                "AND occurred_at IS NOT NULL AND occurred_at >= ? AND occurred_at < ?"));
            accidents.addBindValue(fromMs);
            accidents.addBindValue(toMs);
            if (ok && !accidents.exec()) {
                why = tr("cannot read the accident cases of %1: %2").arg(storePath, accidents.lastError().text());
                ok = false;
            }
            while (ok && accidents.next()) {
                bool latitudeOk = false;
                bool longitudeOk = false;
                HistoryEvent event;
                event.atMs = accidents.value(0).toLongLong();
                event.latitude = accidents.value(1).toDouble(&latitudeOk);
                event.longitude = accidents.value(2).toDouble(&longitudeOk);
                event.type = QStringLiteral("accident");
                if (!latitudeOk || !longitudeOk || (event.latitude == 0 && event.longitude == 0) ||
                    event.latitude < -90 || event.latitude > 90 || event.longitude < -180 || event.longitude > 180)
                    continue;
                bool counted = incidentIds.contains(accidents.value(4).toString());
                const QJsonArray linked = QJsonDocument::fromJson(accidents.value(3).toString().toUtf8()).array();
                for (const QJsonValue &id : linked)
                    counted = counted || incidentIds.contains(id.toString());
                if (!counted)
                    events.append(event);
            }
        }
    }
    SqlConnection::remove(name);
    if (!ok)
        return {};
    sortByTime(events);
    return events;
}

} // namespace lintas::analytics
