#pragma once

#include <optional>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lintas::analytics {

// A named police operation (Operasi Ketupat, Lilin, Zebra, Patuh …) with its dates: data, not code
// (resources/catalogues/operations.csv: code,kind,name_id,name_en,start,end; start and end ISO 8601 with offset,
// end exclusive). A window may start and end at any hour, across midnight and month ends.
struct PoliceOperation
{
    QString code;   // "ketupat-2026"
    QString kind;   // "ketupat", "lilin", "zebra", "patuh": the same kind in another year is its "last year"
    QString nameId; // "Operasi Ketupat Jaya 2026"
    QString nameEn; // "Operation Ketupat 2026"
    QDateTime start; // inclusive
    QDateTime end;   // exclusive
};

class OperationCalendar
{
public:
    static const OperationCalendar &builtIn(); // resources/catalogues/operations.csv, compiled in
    // Every bad line is named ("line 4: end is before start"); *error is set and the calendar is empty then.
    static OperationCalendar fromCsv(const QByteArray &csv, QString *error = nullptr);

    const QList<PoliceOperation> &all() const { return m_operations; }
    std::optional<PoliceOperation> byCode(const QString &code) const;
    // The operation of the same kind whose start lies about a year before (within 60 days of start − 1 year).
    std::optional<PoliceOperation> sameKindYearBefore(const PoliceOperation &operation) const;
    // Operations whose window overlaps the WIB day.
    QList<PoliceOperation> overlapping(const QDate &dayWib) const;

private:
    QList<PoliceOperation> m_operations;
};

} // namespace lintas::analytics
