#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include "exchangereader.h"

namespace lintas {

// Incidents and cases as CSV (RFC 4180: UTF-8, a header row, CRLF line ends, a field quoted when it holds a
// comma, a quote or a line break, with quotes doubled). Times in WIB with their offset; positions as decimal
// degrees, empty when unknown.
class CsvExport
{
public:
    static QByteArray incidents(const QList<ExchangeIncident> &records);
    static QByteArray cases(const QList<ExchangeCase> &records);

    static QStringList incidentColumns();
    static QStringList caseColumns();
    // One field as RFC 4180 writes it.
    static QString field(const QString &value);
};

} // namespace lintas
