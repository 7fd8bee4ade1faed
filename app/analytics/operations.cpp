#include "operations.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include "analytics/analyticslog.h"
#include "core/csvtable.h"

namespace lintas::analytics {
namespace {

constexpr int kWibOffsetSeconds = 7 * 3600;
// "About a year before": the same kind's operation whose start lies this close to one year earlier (Ketupat follows
// Idul Fitri, which moves about eleven days a year on the Gregorian calendar).
constexpr qint64 kYearBeforeToleranceDays = 60;

// lupdate files these strings under the enclosing class (OperationCalendar), so the context must say the same.
QString tr(const char *text)
{
    return QCoreApplication::translate("lintas::analytics::OperationCalendar", text);
}

// Start and end must carry their offset: a window given without one would be read in the machine's zone.
QDateTime parseInstant(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return {};
    return parsed;
}

} // namespace

const OperationCalendar &OperationCalendar::builtIn()
{
    static const OperationCalendar calendar = [] {
        QString error;
        const auto bytes = CsvTable::readFile(QStringLiteral(":/analytics/operations.csv"), &error);
        OperationCalendar parsed = bytes ? fromCsv(*bytes, &error) : OperationCalendar();
        if (!error.isEmpty())
            qCWarning(lcAnalytics).noquote() << "operations calendar not read:" << error;
        return parsed;
    }();
    return calendar;
}

OperationCalendar OperationCalendar::fromCsv(const QByteArray &csv, QString *error)
{
    OperationCalendar calendar;
    QString tableError;
    const auto table = CsvTable::parse(csv,
                                       {QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("name_id"),
                                        QStringLiteral("name_en"), QStringLiteral("start"), QStringLiteral("end")},
                                       &tableError);
    if (!table) {
        if (error)
            *error = tableError;
        return calendar;
    }
    QStringList problems;
    QHash<QString, int> lineOfCode;
    for (int row = 0; row < table->rowCount(); ++row) {
        const int line = table->lineOf(row);
        PoliceOperation operation;
        operation.code = table->value(row, QStringLiteral("code"));
        operation.kind = table->value(row, QStringLiteral("kind"));
        operation.nameId = table->value(row, QStringLiteral("name_id"));
        operation.nameEn = table->value(row, QStringLiteral("name_en"));
        const QString startText = table->value(row, QStringLiteral("start"));
        const QString endText = table->value(row, QStringLiteral("end"));
        operation.start = parseInstant(startText);
        operation.end = parseInstant(endText);
        const auto problem = [&](const QString &what) { problems << CsvTable::lineError(line, what); };
        if (operation.code.isEmpty())
            problem(tr("the code is empty"));
        else if (lineOfCode.contains(operation.code))
            problem(
                tr("the code %1 is already used on line %2").arg(operation.code).arg(lineOfCode.value(operation.code)));
        if (operation.kind.isEmpty())
            problem(tr("the kind is empty"));
        if (operation.nameId.isEmpty() || operation.nameEn.isEmpty())
            problem(tr("both names, in Bahasa Indonesia and in English, are required"));
        if (!operation.start.isValid())
            problem(tr("the start \"%1\" is not a date and time with an offset (2026-03-13T00:00:00+07:00)")
                        .arg(startText));
        if (!operation.end.isValid())
            problem(
                tr("the end \"%1\" is not a date and time with an offset (2026-03-27T00:00:00+07:00)").arg(endText));
        if (operation.start.isValid() && operation.end.isValid() && operation.end <= operation.start)
            problem(tr("the end is not after the start"));
        if (!operation.code.isEmpty() && !lineOfCode.contains(operation.code))
            lineOfCode.insert(operation.code, line);
        calendar.m_operations.append(operation);
    }
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return OperationCalendar();
    }
    std::stable_sort(calendar.m_operations.begin(), calendar.m_operations.end(),
                     [](const PoliceOperation &a, const PoliceOperation &b) { return a.start < b.start; });
    if (error)
        error->clear();
    return calendar;
}

std::optional<PoliceOperation> OperationCalendar::byCode(const QString &code) const
{
    for (const PoliceOperation &operation : m_operations)
        if (operation.code == code)
            return operation;
    return std::nullopt;
}

std::optional<PoliceOperation> OperationCalendar::sameKindYearBefore(const PoliceOperation &operation) const
{
    const QDateTime yearBefore = operation.start.addYears(-1);
    std::optional<PoliceOperation> best;
    qint64 bestDistance = kYearBeforeToleranceDays * 86400 + 1;
    for (const PoliceOperation &candidate : m_operations) {
        if (candidate.kind != operation.kind || candidate.code == operation.code || candidate.start >= operation.start)
            continue;
        const qint64 distance = std::abs(candidate.start.secsTo(yearBefore));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

QList<PoliceOperation> OperationCalendar::overlapping(const QDate &dayWib) const
{
    QList<PoliceOperation> out;
    if (!dayWib.isValid())
        return out;
    const QTimeZone wib(kWibOffsetSeconds);
    const QDateTime dayStart(dayWib, QTime(0, 0), wib);
    const QDateTime dayEnd(dayWib.addDays(1), QTime(0, 0), wib);
    for (const PoliceOperation &operation : m_operations)
        if (operation.start < dayEnd && operation.end > dayStart)
            out.append(operation);
    return out;
}

} // namespace lintas::analytics
