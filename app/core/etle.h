#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include "cases.h"

namespace lintas {

// ETLE payment codes: 15-digit bank virtual-account numbers
//   "8" · Polres number (2 digits, from the station's position in the station directory, 01–99)
//   · yyMMdd of the case number's day (6) · the case number's sequence (5) · check digit (Luhn, 1)
// so the code follows from the case number, which the store made unique.
QString paymentCodeFor(const QString &caseNumber);   // empty when the number is not an ETLE number
bool hasValidCheckDigit(const QString &paymentCode); // 15 digits and the Luhn digit right
QChar luhnCheckDigit(const QString &digits);         // the digit to append to `digits`

// The confirmation deadline: kEtleConfirmDays after the notice was sent.
QDateTime confirmationDeadline(const QDateTime &noticeSentAt);
// Whole days left (negative when overdue; 0 on the last day), by the injected clock reading `now`.
int daysToDeadline(const QDateTime &noticeSentAt, const QDateTime &now);
// From the deadline instant on, the moment foldCase lets the STNK be blocked.
bool isConfirmationOverdue(const QDateTime &noticeSentAt, const QDateTime &now);

// A bank settlement file (CSV, UTF-8, comma separated, a header line):
//   payment_code,amount,paid_at,bank_ref
//   801261128000071,500000,2026-11-28T09:14:03+07:00,BRI-20261128-000913
// amount in whole rupiah; paid_at ISO 8601 (a time without offset counts as WIB).
struct SettlementRow
{
    int line = 0; // 1-based line in the file
    QString paymentCode;
    qint64 amount = 0;
    QDateTime paidAt;
    QString bankRef;
};

// What the store knows about the ticket a code points to.
struct PayableTicket
{
    QUuid caseId;
    QString number;
    CaseState state = CaseState::PaymentIssued;
    qint64 fine = 0;
};

struct SettlementProblem
{
    int line = 0;
    QString reason; // translated (context "Settlement"), names the value: "unknown payment code 8801…"
};

struct SettlementMatch
{
    SettlementRow row;
    PayableTicket ticket;
};

struct SettlementReport
{
    QList<SettlementMatch> matches;    // every row when there is no problem
    QList<SettlementProblem> problems; // in line order; any problem means nothing is imported
    int rows = 0;                      // data rows read
    bool isClean() const { return problems.isEmpty(); }
};

// Parses the whole file. Problems: a missing or wrong header, a last line without its line break ("the line has no
// line break: the file may be cut short", whatever its columns: a cut row can look whole), a row with too few or
// too many columns, a code that is not 15 digits or fails its check digit, an amount that is not a whole positive
// number, a bad time, the same code twice in the file (the second names the first's line).
QList<SettlementRow> parseSettlement(const QByteArray &csv, QList<SettlementProblem> *problems);

// Matches parsed rows to tickets: `tickets` maps every payment code the store knows (any state). Problems: an
// unknown code, a ticket that is not waiting for payment (already paid, voided, …), an amount that differs
// from the ticket's fine. Parsing problems come first. The report is clean only when every row matched.
SettlementReport matchSettlement(const QByteArray &csv, const QHash<QString, PayableTicket> &tickets);

} // namespace lintas
