#include "etle.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QTimeZone>

#include "stations.h"

namespace lintas {
namespace {

constexpr qint64 kMsecsPerDay = 24 * 60 * 60 * 1000;
constexpr int kWibOffsetSeconds = 7 * 60 * 60;
constexpr int kPaymentCodeLength = 15;
constexpr char kSettlementHeader[] = "payment_code,amount,paid_at,bank_ref";
constexpr int kSettlementColumns = 4;

bool isAsciiDigits(const QString &text)
{
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !text.isEmpty();
}

// The Polres number in a payment code: its 1-based place among the Polres of the built-in station directory,
// which every desk and the server ship identically.
int polresNumber(const QString &polresCode)
{
    const QList<Station> polres = StationDirectory::builtIn().atLevel(StationLevel::Polres);
    for (qsizetype i = 0; i < polres.size(); ++i)
        if (polres.at(i).code == polresCode)
            return int(i + 1);
    return 0;
}

// One line of a settlement file split at commas; a field may be quoted (RFC 4180) to hold a comma. Nothing when
// a quote is left open or text follows a closing quote.
std::optional<QStringList> splitLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool afterQuote = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inQuotes) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                inQuotes = false;
                afterQuote = true;
            }
        } else if (c == QLatin1Char(',')) {
            fields.append(field.trimmed());
            field.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !afterQuote) {
            field.clear();
            inQuotes = true;
        } else if (afterQuote && !c.isSpace()) {
            return std::nullopt;
        } else if (!afterQuote) {
            field += c;
        }
    }
    if (inQuotes)
        return std::nullopt;
    fields.append(field.trimmed());
    return fields;
}

// ISO 8601 date and time; a time written without an offset is read as WIB (UTC+7), the banks' local time.
std::optional<QDateTime> parsePaidAt(const QString &text)
{
    // A date alone is not a payment time.
    if (text.size() < 16 || (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char(' ')))
        return std::nullopt;
    QString iso = text;
    iso[10] = QLatin1Char('T');
    QDateTime parsed = QDateTime::fromString(iso, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone(kWibOffsetSeconds));
    return parsed;
}

void addProblem(QList<SettlementProblem> *problems, int line, const QString &reason)
{
    if (problems)
        problems->append({line, reason});
}

// Reads the rows; counts every data row in *rowCount, well formed or not.
QList<SettlementRow> readSettlement(const QByteArray &csv, QList<SettlementProblem> *problems, int *rowCount)
{
    QList<SettlementRow> rows;
    int dataRows = 0;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const bool endsWithNewline = text.endsWith(QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (endsWithNewline)
        lines.removeLast(); // the empty piece after the final line break
    for (QString &line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);

    // The header is the first line that is not blank.
    qsizetype index = 0;
    while (index < lines.size() && lines.at(index).trimmed().isEmpty())
        ++index;
    if (index == lines.size()) {
        addProblem(problems, 1,
                   QCoreApplication::translate("Settlement", "the file is empty; the header '%1' is expected")
                       .arg(QLatin1String(kSettlementHeader)));
        *rowCount = 0;
        return rows;
    }
    const QString header = lines.at(index).trimmed();
    const std::optional<QStringList> headerFields = splitLine(header);
    if (!headerFields || headerFields->join(QLatin1Char(',')).toLower() != QLatin1String(kSettlementHeader)) {
        // Without the expected columns no value can be trusted to mean what it seems to.
        addProblem(problems, int(index + 1),
                   QCoreApplication::translate("Settlement", "the header is '%1'; '%2' is expected")
                       .arg(header, QLatin1String(kSettlementHeader)));
        *rowCount = 0;
        return rows;
    }

    QHash<QString, int> lineOfCode;
    for (++index; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        if (line.trimmed().isEmpty())
            continue;
        const int lineNumber = int(index + 1);
        const bool lastLine = index == lines.size() - 1;
        ++dataRows;

        // Every line a bank writes ends with a line break. Without one the file may have been cut inside the last
        // row, and a cut row can still look whole: "500000" cut to "50000" has its four columns.
        if (lastLine && !endsWithNewline) {
            addProblem(problems, lineNumber,
                       QCoreApplication::translate("Settlement", "the line has no line break: the file may be cut "
                                                                 "short"));
            continue;
        }

        const std::optional<QStringList> fields = splitLine(line);
        if (!fields) {
            addProblem(problems, lineNumber,
                       QCoreApplication::translate("Settlement", "a quoted value is not closed properly"));
            continue;
        }
        if (fields->size() != kSettlementColumns) {
            addProblem(problems, lineNumber,
                       QCoreApplication::translate("Settlement", "%1 columns where %2 are expected")
                           .arg(fields->size())
                           .arg(kSettlementColumns));
            continue;
        }

        SettlementRow row;
        row.line = lineNumber;
        row.paymentCode = fields->at(0);
        row.bankRef = fields->at(3);
        bool good = true;

        if (!isAsciiDigits(row.paymentCode) || row.paymentCode.size() != kPaymentCodeLength) {
            addProblem(
                problems, lineNumber,
                QCoreApplication::translate("Settlement", "payment code '%1' is not 15 digits").arg(row.paymentCode));
            good = false;
        } else if (!hasValidCheckDigit(row.paymentCode)) {
            addProblem(problems, lineNumber,
                       QCoreApplication::translate("Settlement", "payment code %1 fails its check digit")
                           .arg(row.paymentCode));
            good = false;
        } else if (const auto first = lineOfCode.constFind(row.paymentCode); first != lineOfCode.cend()) {
            addProblem(problems, lineNumber,
                       QCoreApplication::translate("Settlement", "payment code %1 is already on line %2")
                           .arg(row.paymentCode)
                           .arg(*first));
            continue; // the duplicate's other values do not matter: it cannot be imported either way
        } else {
            lineOfCode.insert(row.paymentCode, lineNumber);
        }

        const QString amount = fields->at(1);
        const std::optional<qint64> value =
            isAsciiDigits(amount) && amount.size() <= 15 ? std::optional<qint64>(amount.toLongLong()) : std::nullopt;
        if (!value || *value <= 0) {
            addProblem(problems, lineNumber,
                       QCoreApplication::translate("Settlement", "amount '%1' is not a whole positive number of rupiah")
                           .arg(amount));
            good = false;
        } else {
            row.amount = *value;
        }

        const std::optional<QDateTime> paidAt = parsePaidAt(fields->at(2));
        if (!paidAt) {
            addProblem(problems, lineNumber,
                       QCoreApplication::translate("Settlement", "paid_at '%1' is not an ISO 8601 date and time")
                           .arg(fields->at(2)));
            good = false;
        } else {
            row.paidAt = *paidAt;
        }

        if (good)
            rows.append(row);
    }
    *rowCount = dataRows;
    return rows;
}

} // namespace

QChar luhnCheckDigit(const QString &digits)
{
    if (!isAsciiDigits(digits))
        return {};
    // Double every second digit counting from the right end of the payload (the check digit will follow it).
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits.at(i).unicode() - '0';
        if (doubled) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubled = !doubled;
    }
    return QLatin1Char(char('0' + (10 - sum % 10) % 10));
}

bool hasValidCheckDigit(const QString &paymentCode)
{
    if (paymentCode.size() != kPaymentCodeLength || !isAsciiDigits(paymentCode))
        return false;
    return luhnCheckDigit(paymentCode.left(kPaymentCodeLength - 1)) == paymentCode.back();
}

QString paymentCodeFor(const QString &caseNumber)
{
    // "ETLE-<POLRES>-<yyyyMMdd>-<seq5>"; the Polres code itself may hold dashes.
    static const QRegularExpression kNumber(QStringLiteral("^ETLE-(.+)-([0-9]{8})-([0-9]{5})$"));
    const QRegularExpressionMatch match = kNumber.match(caseNumber.trimmed());
    if (!match.hasMatch())
        return {};
    const int polres = polresNumber(match.captured(1));
    if (polres < 1 || polres > 99)
        return {};
    const QDate day = QDate::fromString(match.captured(2), QStringLiteral("yyyyMMdd"));
    if (!day.isValid())
        return {};
    const QString payload = QStringLiteral("8") + QStringLiteral("%1").arg(polres, 2, 10, QLatin1Char('0')) +
                            match.captured(2).mid(2) + match.captured(3);
    return payload + luhnCheckDigit(payload);
}

QDateTime confirmationDeadline(const QDateTime &noticeSentAt)
{
    return noticeSentAt.addDays(kEtleConfirmDays);
}

// Counted in whole 24-hour periods to the deadline instant: 8 right after the notice, 0 during its last 24 hours,
// negative from the deadline on (-1 within the first day overdue). The deadline instant itself is overdue, as in
// foldCase, which lets the STNK be blocked from that moment: the desk offers the block exactly when it is legal.
int daysToDeadline(const QDateTime &noticeSentAt, const QDateTime &now)
{
    const qint64 left = now.msecsTo(confirmationDeadline(noticeSentAt));
    if (left > 0)
        return int(left / kMsecsPerDay);
    const qint64 late = -left;
    return -int(std::max<qint64>(1, (late + kMsecsPerDay - 1) / kMsecsPerDay));
}

bool isConfirmationOverdue(const QDateTime &noticeSentAt, const QDateTime &now)
{
    return now >= confirmationDeadline(noticeSentAt);
}

QList<SettlementRow> parseSettlement(const QByteArray &csv, QList<SettlementProblem> *problems)
{
    int rowCount = 0;
    return readSettlement(csv, problems, &rowCount);
}

SettlementReport matchSettlement(const QByteArray &csv, const QHash<QString, PayableTicket> &tickets)
{
    SettlementReport report;
    const QList<SettlementRow> rows = readSettlement(csv, &report.problems, &report.rows);

    QList<SettlementProblem> matchProblems;
    for (const SettlementRow &row : rows) {
        const auto it = tickets.constFind(row.paymentCode);
        if (it == tickets.cend()) {
            matchProblems.append(
                {row.line, QCoreApplication::translate("Settlement", "unknown payment code %1").arg(row.paymentCode)});
            continue;
        }
        const PayableTicket &ticket = *it;
        // A ticket whose STNK was blocked for non-payment can still be paid (that lifts the block).
        if (ticket.state != CaseState::PaymentIssued && ticket.state != CaseState::StnkBlocked) {
            matchProblems.append(
                {row.line, QCoreApplication::translate(
                               "Settlement", "payment code %1 is for ticket %2, which is not waiting for payment "
                                             "(state: %3)")
                               .arg(row.paymentCode, ticket.number, displayName(ticket.state))});
            continue;
        }
        if (row.amount != ticket.fine) {
            matchProblems.append(
                {row.line, QCoreApplication::translate("Settlement", "amount %1 for ticket %2 differs from its fine %3")
                               .arg(row.amount)
                               .arg(ticket.number)
                               .arg(ticket.fine)});
            continue;
        }
        report.matches.append({row, ticket});
    }

    // One list in line order; on a line, the parsing problems before the matching ones.
    report.problems.append(matchProblems);
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const SettlementProblem &a, const SettlementProblem &b) { return a.line < b.line; });
    // Nothing is half-imported: any problem and there is nothing to import.
    if (!report.problems.isEmpty())
        report.matches.clear();
    return report;
}

} // namespace lintas
