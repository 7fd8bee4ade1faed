#include "dailyreport.h"

#include <QTimeZone>

#include "core/stations.h"

namespace lintas::analytics {
namespace {

constexpr int kWibOffsetSeconds = 7 * 3600;

// Written out rather than taken from QLocale: a report reads the same on every desk, whatever locale data the
// machine has.
constexpr const char *kDaysId[] = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
constexpr const char *kDaysEn[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr const char *kMonthsId[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                     "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
constexpr const char *kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};

QString dayTitle(const QDate &day, const char *const *days, const char *const *months)
{
    return QStringLiteral("%1, %2 %3 %4")
        .arg(QLatin1String(days[day.dayOfWeek() - 1]))
        .arg(day.day())
        .arg(QLatin1String(months[day.month() - 1]))
        .arg(day.year());
}

// The station a record names, walked up the directory until the scope is met. A code the directory does not
// know ("JAKPUS-POS-3") still belongs to the Polres its prefix names.
bool isWithin(const StationDirectory &directory, const QString &station, const QString &scope)
{
    QString code = station;
    for (int depth = 0; depth < 8 && !code.isEmpty(); ++depth) {
        if (code == scope)
            return true;
        const auto known = directory.byCode(code);
        if (known) {
            code = known->parentCode;
            continue;
        }
        const qsizetype dash = code.indexOf(QLatin1Char('-'));
        if (dash <= 0)
            return false;
        code = code.left(dash);
    }
    return false;
}

QString windowEnd(const QDateTime &at, const char *const *months, QChar timeSeparator)
{
    const QDateTime local = at.toOffsetFromUtc(kWibOffsetSeconds);
    return QStringLiteral("%1 %2 %3 %4%5%6")
        .arg(local.date().day())
        .arg(QLatin1String(months[local.date().month() - 1]))
        .arg(local.date().year())
        .arg(local.time().hour(), 2, 10, QLatin1Char('0'))
        .arg(timeSeparator)
        .arg(local.time().minute(), 2, 10, QLatin1Char('0'));
}

// A period that is neither one WIB day nor an operation of the calendar (the window before an operation): its
// bounds, "2 November 2026 00.00 – 16 November 2026 00.00 WIB".
ReportText windowTitle(const ReportPeriod &period)
{
    const auto text = [&period](const char *const *months, QChar separator) {
        return windowEnd(period.start, months, separator) + QStringLiteral(" – ") +
               windowEnd(period.end, months, separator) + QStringLiteral(" WIB");
    };
    return {text(kMonthsId, QLatin1Char('.')), text(kMonthsEn, QLatin1Char(':'))};
}

bool isWholeWibDay(const ReportPeriod &period)
{
    const QDateTime start = period.start.toOffsetFromUtc(kWibOffsetSeconds);
    return start.time() == QTime(0, 0) && period.end == ReportPeriod::day(start.date()).end;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString unitCode(ReportUnit unit)
{
    switch (unit) {
    case ReportUnit::Count:
        return QStringLiteral("count");
    case ReportUnit::Rupiah:
        return QStringLiteral("rupiah");
    case ReportUnit::Seconds:
        return QStringLiteral("seconds");
    }
    return {};
}

QString valueText(std::optional<qint64> value)
{
    return value ? QString::number(*value) : QString();
}

QString percentText(std::optional<double> percent)
{
    return percent ? QString::number(*percent, 'f', 1) : QString();
}

} // namespace

QString languageCode(ReportLanguage language)
{
    return language == ReportLanguage::English ? QStringLiteral("en") : QStringLiteral("id");
}

bool ReportScope::isPolda() const
{
    const auto station = StationDirectory::builtIn().byCode(stationCode);
    return station && station->level == StationLevel::Polda;
}

ReportText ReportScope::name() const
{
    const auto station = StationDirectory::builtIn().byCode(stationCode);
    // Station names are proper names: the same in both languages.
    const QString name = station ? station->name : stationCode;
    return {name, name};
}

bool ReportScope::contains(const QString &recordStation) const
{
    if (stationCode.isEmpty() || recordStation.isEmpty())
        return false;
    return isWithin(StationDirectory::builtIn(), recordStation, stationCode);
}

ReportPeriod ReportPeriod::day(const QDate &dayWib)
{
    ReportPeriod period;
    if (!dayWib.isValid())
        return period;
    const QTimeZone wib(kWibOffsetSeconds);
    period.start = QDateTime(dayWib, QTime(0, 0), wib);
    period.end = QDateTime(dayWib.addDays(1), QTime(0, 0), wib);
    return period;
}

ReportPeriod ReportPeriod::operation(const PoliceOperation &operation)
{
    ReportPeriod period;
    period.start = operation.start;
    period.end = operation.end;
    period.operationCode = operation.code;
    return period;
}

QDate ReportPeriod::dayWib() const
{
    return start.toOffsetFromUtc(kWibOffsetSeconds).date();
}

ReportPeriod ReportPeriod::previous() const
{
    if (isDay())
        return day(dayWib().addDays(-1));
    ReportPeriod before;
    const qint64 length = start.msecsTo(end);
    before.start = start.addMSecs(-length);
    before.end = start;
    return before;
}

ReportPeriod ReportPeriod::sameLastYear(const OperationCalendar &calendar) const
{
    if (isDay())
        return day(dayWib().addYears(-1)); // QDate::addYears takes 29 February to 28 February
    if (const auto current = calendar.byCode(operationCode)) {
        if (const auto before = calendar.sameKindYearBefore(*current))
            return operation(*before);
    }
    ReportPeriod before;
    before.start = start.addYears(-1);
    before.end = end.addYears(-1);
    return before;
}

ReportText ReportPeriod::title() const
{
    if (!start.isValid() || !end.isValid())
        return {};
    if (!isDay()) {
        if (const auto operation = OperationCalendar::builtIn().byCode(operationCode))
            return {operation->nameId, operation->nameEn};
        return {operationCode, operationCode};
    }
    if (!isWholeWibDay(*this))
        return windowTitle(*this);
    const QDate day = dayWib();
    return {dayTitle(day, kDaysId, kMonthsId), dayTitle(day, kDaysEn, kMonthsEn)};
}

std::optional<double> percentChange(std::optional<qint64> before, std::optional<qint64> now)
{
    if (!before || !now || *before == 0)
        return std::nullopt;
    return double(*now - *before) * 100.0 / double(*before);
}

const ReportRow *ReportTable::row(const QString &rowKey) const
{
    for (const ReportRow &candidate : rows)
        if (candidate.key == rowKey)
            return &candidate;
    return nullptr;
}

QString DailyReport::reportId() const
{
    if (!period.isDay())
        return scope.stationCode + QStringLiteral("/ops/") + period.operationCode;
    return scope.stationCode + QLatin1Char('/') + period.dayWib().toString(Qt::ISODate);
}

const ReportTable *DailyReport::table(const QString &key) const
{
    for (const ReportTable &candidate : tables)
        if (candidate.key == key)
            return &candidate;
    return nullptr;
}

const ReportRow *DailyReport::row(const QString &tableKey, const QString &rowKey) const
{
    const ReportTable *found = table(tableKey);
    return found ? found->row(rowKey) : nullptr;
}

QByteArray reportCsv(const DailyReport &report, ReportLanguage language)
{
    QString out = QStringLiteral("table,row,label,unit,current,h_1,change_h_1_pct,last_year,change_last_year_pct\n");
    for (const ReportTable &table : report.tables) {
        for (const ReportRow &row : table.rows) {
            const ReportFigure &figure = row.figure;
            const QStringList fields{csvField(table.key),
                                     csvField(row.key),
                                     csvField(row.label.in(language)),
                                     unitCode(row.unit),
                                     valueText(figure.current),
                                     valueText(figure.previous),
                                     percentText(percentChange(figure.previous, figure.current)),
                                     valueText(figure.lastYear),
                                     percentText(percentChange(figure.lastYear, figure.current))};
            out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

} // namespace lintas::analytics
