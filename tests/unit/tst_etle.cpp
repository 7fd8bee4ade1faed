#include <QTest>
#include <QTimeZone>

#include "core/etle.h"

using namespace lintas;

class TestEtle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paymentCodeShape_data();
    void paymentCodeShape();
    void paymentCodeRefusesOtherNumbers_data();
    void paymentCodeRefusesOtherNumbers();
    void luhn();
    void everyChangedDigitFails();
    void checkDigitNeedsFifteenDigits();
    void deadline_data();
    void deadline();
    void cleanSettlement();
    void timeWithoutOffsetIsWib();
    void unknownCode();
    void wrongAmount();
    void duplicateNamesTheFirstLine();
    void truncatedLastLine();
    void badHeader_data();
    void badHeader();
    void alreadyPaidOrVoided();
    void blockedTicketCanBePaid();
    void malformedRows();
    void manyProblemsInLineOrder();
};

namespace {

const QByteArray kHeader = "payment_code,amount,paid_at,bank_ref\n";

QString codeOf(int sequence)
{
    return paymentCodeFor(QStringLiteral("ETLE-JAKPUS-20261128-%1").arg(sequence, 5, 10, QLatin1Char('0')));
}

PayableTicket ticket(int sequence, qint64 fine, CaseState state = CaseState::PaymentIssued)
{
    PayableTicket payable;
    payable.caseId = QUuid::createUuid();
    payable.number = QStringLiteral("ETLE-JAKPUS-20261128-%1").arg(sequence, 5, 10, QLatin1Char('0'));
    payable.state = state;
    payable.fine = fine;
    return payable;
}

// Tickets 1–5, waiting for payment; 6 already paid, 7 voided.
QHash<QString, PayableTicket> tickets()
{
    QHash<QString, PayableTicket> all;
    for (int sequence = 1; sequence <= 5; ++sequence)
        all.insert(codeOf(sequence), ticket(sequence, sequence % 2 ? 500000 : 250000));
    all.insert(codeOf(6), ticket(6, 500000, CaseState::Paid));
    all.insert(codeOf(7), ticket(7, 500000, CaseState::Voided));
    return all;
}

QByteArray line(int sequence, qint64 amount, const char *paidAt = "2026-11-30T09:14:03+07:00")
{
    return codeOf(sequence).toLatin1() + ',' + QByteArray::number(amount) + ',' + paidAt + ",BRI-" +
           QByteArray::number(sequence) + '\n';
}

void compareProblems(const QList<SettlementProblem> &actual, const QList<QPair<int, QString>> &expected)
{
    QStringList got;
    for (const SettlementProblem &problem : actual)
        got.append(QStringLiteral("%1: %2").arg(problem.line).arg(problem.reason));
    QStringList want;
    for (const auto &[lineNumber, reason] : expected)
        want.append(QStringLiteral("%1: %2").arg(lineNumber).arg(reason));
    QCOMPARE(got, want);
}

} // namespace

void TestEtle::paymentCodeShape_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("code");
    // 8 · Polres 01 (JAKPUS, the first Polres of the directory) · 261128 · 00007 · Luhn 1
    QTest::newRow("Jakarta Pusat") << "ETLE-JAKPUS-20261128-00007"
                                   << "801261128000071";
    QTest::newRow("Jakarta Timur is the fifth") << "ETLE-JAKTIM-20261128-00007"
                                                << "805261128000077";
    QTest::newRow("Bogor is the seventh") << "ETLE-BOGOR-20270101-12345"
                                          << "807270101123457";
}

void TestEtle::paymentCodeShape()
{
    QFETCH(QString, number);
    QFETCH(QString, code);
    const QString actual = paymentCodeFor(number);
    QCOMPARE(actual, code);
    QCOMPARE(actual.size(), 15);
    QVERIFY(actual.startsWith(QLatin1Char('8')));
    QVERIFY(hasValidCheckDigit(actual));
    // The day and the sequence can be read back from the code.
    QCOMPARE(actual.mid(3, 6), number.section(QLatin1Char('-'), 2, 2).mid(2));
    QCOMPARE(actual.mid(9, 5), number.section(QLatin1Char('-'), 3, 3));
}

void TestEtle::paymentCodeRefusesOtherNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("violation") << "TLG-JAKPUS-20261128-00007";
    QTest::newRow("unknown Polres") << "ETLE-DEPOK-20261128-00007";
    QTest::newRow("a Polda is not a Polres") << "ETLE-PMJ-20261128-00007";
    QTest::newRow("no such day") << "ETLE-JAKPUS-20261131-00007";
    QTest::newRow("four-digit sequence") << "ETLE-JAKPUS-20261128-0007";
    QTest::newRow("empty") << "";
}

void TestEtle::paymentCodeRefusesOtherNumbers()
{
    QFETCH(QString, number);
    QCOMPARE(paymentCodeFor(number), QString());
}

void TestEtle::luhn()
{
    // The textbook example of the Luhn algorithm.
    QCOMPARE(luhnCheckDigit(QStringLiteral("7992739871")), QLatin1Char('3'));
    QCOMPARE(luhnCheckDigit(QStringLiteral("0")), QLatin1Char('0'));
    QCOMPARE(luhnCheckDigit(QStringLiteral("80126112800007")), QLatin1Char('1'));
    QVERIFY(luhnCheckDigit(QStringLiteral("12a4")).isNull());
    QVERIFY(luhnCheckDigit(QString()).isNull());
}

void TestEtle::everyChangedDigitFails()
{
    const QString code = codeOf(42);
    QVERIFY(hasValidCheckDigit(code));
    for (qsizetype i = 0; i < code.size(); ++i) {
        for (char digit = '0'; digit <= '9'; ++digit) {
            if (code.at(i) == QLatin1Char(digit))
                continue;
            QString changed = code;
            changed[i] = QLatin1Char(digit);
            QVERIFY2(!hasValidCheckDigit(changed), qPrintable(changed));
        }
    }
}

void TestEtle::checkDigitNeedsFifteenDigits()
{
    const QString code = codeOf(1);
    QVERIFY(!hasValidCheckDigit(code.left(14)));
    QVERIFY(!hasValidCheckDigit(code + QLatin1Char('0')));
    QVERIFY(!hasValidCheckDigit(QString(code).replace(0, 1, QLatin1Char('x'))));
    QVERIFY(!hasValidCheckDigit(QString()));
}

void TestEtle::deadline_data()
{
    QTest::addColumn<qint64>("msAfterNotice");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("overdue");

    constexpr qint64 second = 1000;
    constexpr qint64 day = 24 * 60 * 60 * second;
    QTest::newRow("day 0, the notice just sent") << qint64(0) << 8 << false;
    QTest::newRow("day 0, an hour later") << 3600 * second << 7 << false;
    QTest::newRow("day 3") << 3 * day << 5 << false;
    QTest::newRow("day 7, the last day begins") << 7 * day + second << 0 << false;
    QTest::newRow("one second before the deadline") << 8 * day - second << 0 << false;
    QTest::newRow("a millisecond before the deadline") << 8 * day - 1 << 0 << false;
    // The STNK may be blocked from the deadline on (foldCase), so the desk calls it overdue from then.
    QTest::newRow("day 8, exactly the deadline") << 8 * day << -1 << true;
    QTest::newRow("one second late") << 8 * day + second << -1 << true;
    QTest::newRow("a day late") << 9 * day << -1 << true;
    QTest::newRow("a day and a second late") << 9 * day + second << -2 << true;
    QTest::newRow("a month late") << 38 * day << -30 << true;
}

void TestEtle::deadline()
{
    QFETCH(qint64, msAfterNotice);
    QFETCH(int, daysLeft);
    QFETCH(bool, overdue);

    const QDateTime notice(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(7 * 3600));
    QCOMPARE(confirmationDeadline(notice), QDateTime(QDate(2026, 12, 6), QTime(10, 0), QTimeZone(7 * 3600)));
    // The injected clock reads UTC: the offset of either reading must not matter.
    const QDateTime now = notice.addMSecs(msAfterNotice).toUTC();
    QCOMPARE(daysToDeadline(notice, now), daysLeft);
    QCOMPARE(isConfirmationOverdue(notice, now), overdue);
}

void TestEtle::cleanSettlement()
{
    const QByteArray csv = kHeader + line(1, 500000) + line(2, 250000) + "\n" + line(3, 500000);
    QList<SettlementProblem> problems;
    const QList<SettlementRow> rows = parseSettlement(csv, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).line, 2);
    QCOMPARE(rows.at(0).paymentCode, codeOf(1));
    QCOMPARE(rows.at(0).amount, qint64(500000));
    QCOMPARE(rows.at(0).paidAt, QDateTime(QDate(2026, 11, 30), QTime(9, 14, 3), QTimeZone(7 * 3600)));
    QCOMPARE(rows.at(0).bankRef, QStringLiteral("BRI-1"));
    QCOMPARE(rows.at(2).line, 5); // after the blank line

    const SettlementReport report = matchSettlement(csv, tickets());
    QVERIFY(report.isClean());
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.matches.size(), 3);
    QCOMPARE(report.matches.at(1).row.paymentCode, codeOf(2));
    QCOMPARE(report.matches.at(1).ticket.number, QStringLiteral("ETLE-JAKPUS-20261128-00002"));
    QCOMPARE(report.matches.at(1).ticket.fine, qint64(250000));

    // Windows line ends, a byte-order mark and quoted values are what banks export too.
    QByteArray windows = "\xEF\xBB\xBF" + kHeader + line(1, 500000) + '"' + codeOf(2).toLatin1() +
                         "\",\"250000\",2026-11-30T09:20:00+07:00,\"BNI, Kantor Pusat\"\n";
    windows.replace("\n", "\r\n");
    const SettlementReport crlf = matchSettlement(windows, tickets());
    compareProblems(crlf.problems, {});
    QCOMPARE(crlf.matches.size(), 2);
    QCOMPARE(crlf.matches.at(1).row.bankRef, QStringLiteral("BNI, Kantor Pusat"));
}

void TestEtle::timeWithoutOffsetIsWib()
{
    QList<SettlementProblem> problems;
    const QList<SettlementRow> rows = parseSettlement(
        kHeader + line(1, 500000, "2026-11-30T23:59:59") + line(2, 250000, "2026-11-30 08:00:00Z"), &problems);
    compareProblems(problems, {});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).paidAt.toUTC(), QDateTime(QDate(2026, 11, 30), QTime(16, 59, 59), QTimeZone::utc()));
    QCOMPARE(rows.at(1).paidAt.toUTC(), QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone::utc()));
}

void TestEtle::unknownCode()
{
    const QString unknown = paymentCodeFor(QStringLiteral("ETLE-JAKUT-20261128-00099"));
    const QByteArray csv = kHeader + line(1, 500000) + unknown.toLatin1() + ",500000,2026-11-30T09:00:00+07:00,X\n";
    const SettlementReport report = matchSettlement(csv, tickets());
    compareProblems(report.problems, {{3, QStringLiteral("unknown payment code %1").arg(unknown)}});
    QVERIFY(!report.isClean());
    QVERIFY(report.matches.isEmpty());
    QCOMPARE(report.rows, 2);
}

void TestEtle::wrongAmount()
{
    const QByteArray csv = kHeader + line(1, 450000) + line(2, 250000);
    const SettlementReport report = matchSettlement(csv, tickets());
    compareProblems(report.problems, {{2, QStringLiteral("amount 450000 for ticket ETLE-JAKPUS-20261128-00001 "
                                                         "differs from its fine 500000")}});
    QVERIFY(report.matches.isEmpty());
}

void TestEtle::duplicateNamesTheFirstLine()
{
    const QByteArray csv = kHeader + line(1, 500000) + line(2, 250000) + line(1, 500000) + line(2, 1);
    const SettlementReport report = matchSettlement(csv, tickets());
    compareProblems(report.problems, {{4, QStringLiteral("payment code %1 is already on line 2").arg(codeOf(1))},
                                      {5, QStringLiteral("payment code %1 is already on line 3").arg(codeOf(2))}});
    QVERIFY(report.matches.isEmpty());
    QCOMPARE(report.rows, 4);
}

void TestEtle::truncatedLastLine()
{
    const QString cut = QStringLiteral("the line has no line break: the file may be cut short");
    QByteArray csv = kHeader + line(1, 500000) + line(2, 250000) + codeOf(3).toLatin1() + ",5000";
    const SettlementReport report = matchSettlement(csv, tickets());
    compareProblems(report.problems, {{4, cut}});
    QVERIFY(report.matches.isEmpty());
    QCOMPARE(report.rows, 3);

    // Cut inside the time: three columns.
    csv = kHeader + line(1, 500000) + codeOf(3).toLatin1() + ",500000,2026-11-3";
    compareProblems(matchSettlement(csv, tickets()).problems, {{3, cut}});

    // Cut inside a quoted value.
    csv = kHeader + line(1, 500000) + codeOf(3).toLatin1() + ",\"5000";
    compareProblems(matchSettlement(csv, tickets()).problems, {{3, cut}});

    // Cut inside the bank's reference: all four columns are there and every value reads, yet the row may not be
    // what the bank wrote.
    csv = kHeader + line(1, 500000) + codeOf(3).toLatin1() + ",500000,2026-11-30T09:14:03+07:00,BRI-20";
    QList<SettlementProblem> problems;
    const QList<SettlementRow> rows = parseSettlement(csv, &problems);
    compareProblems(problems, {{3, cut}});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().line, 2);
    const SettlementReport whole = matchSettlement(csv, tickets());
    compareProblems(whole.problems, {{3, cut}});
    QVERIFY(whole.matches.isEmpty());
    QCOMPARE(whole.rows, 2);

    // The same rows with their line breaks (Windows ones too) import.
    QVERIFY(matchSettlement(csv + "\n", tickets()).isClean());
    QVERIFY(matchSettlement(QByteArray(csv).replace("\n", "\r\n") + "\r\n", tickets()).isClean());

    // The same short line with its line break is an ordinary column count problem.
    csv = kHeader + codeOf(3).toLatin1() + ",5000\n";
    compareProblems(matchSettlement(csv, tickets()).problems, {{2, QStringLiteral("2 columns where 4 are expected")}});
}

void TestEtle::badHeader_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("renamed column") << QByteArray("payment_code,amount,paid,bank_ref\n") + line(1, 500000) << 1
                                    << "the header is 'payment_code,amount,paid,bank_ref'; "
                                       "'payment_code,amount,paid_at,bank_ref' is expected";
    QTest::newRow("no header") << line(1, 500000) + line(2, 250000) << 1
                               << QStringLiteral("the header is '%1'; 'payment_code,amount,paid_at,bank_ref' is "
                                                 "expected")
                                      .arg(QString::fromLatin1(line(1, 500000).trimmed()));
    QTest::newRow("after blank lines") << QByteArray("\n\ncode;amount\n") << 3
                                       << "the header is 'code;amount'; 'payment_code,amount,paid_at,bank_ref' is "
                                          "expected";
    QTest::newRow("empty file") << QByteArray() << 1
                                << "the file is empty; the header 'payment_code,amount,paid_at,bank_ref' is expected";
}

void TestEtle::badHeader()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const SettlementReport report = matchSettlement(csv, tickets());
    compareProblems(report.problems, {{line, reason}});
    QVERIFY(report.matches.isEmpty());
    QCOMPARE(report.rows, 0);
}

void TestEtle::alreadyPaidOrVoided()
{
    const QByteArray csv = kHeader + line(6, 500000) + line(1, 500000) + line(7, 500000);
    const SettlementReport report = matchSettlement(csv, tickets());
    compareProblems(report.problems,
                    {{2, QStringLiteral("payment code %1 is for ticket ETLE-JAKPUS-20261128-00006, which is not "
                                        "waiting for payment (state: Paid)")
                             .arg(codeOf(6))},
                     {4, QStringLiteral("payment code %1 is for ticket ETLE-JAKPUS-20261128-00007, which is not "
                                        "waiting for payment (state: Voided)")
                             .arg(codeOf(7))}});
    QVERIFY(report.matches.isEmpty());
}

void TestEtle::blockedTicketCanBePaid()
{
    QHash<QString, PayableTicket> all = tickets();
    all[codeOf(3)].state = CaseState::StnkBlocked;
    const SettlementReport report = matchSettlement(kHeader + line(3, 500000), all);
    QVERIFY(report.isClean());
    QCOMPARE(report.matches.size(), 1);
    QVERIFY(report.matches.at(0).ticket.state == CaseState::StnkBlocked);
}

void TestEtle::malformedRows()
{
    QString badDigit = codeOf(1);
    badDigit[14] = badDigit.at(14) == QLatin1Char('9') ? QLatin1Char('0') : QChar(badDigit.at(14).unicode() + 1);
    const QByteArray csv = kHeader + "80126112800007,500000,2026-11-30T09:00:00+07:00,A\n" + badDigit.toLatin1() +
                           ",500000,2026-11-30T09:00:00+07:00,B\n" + codeOf(2).toLatin1() + ",250.000,30/11/2026,C\n" +
                           codeOf(3).toLatin1() + ",-500000,2026-11-30,D\n" + codeOf(4).toLatin1() +
                           ",0,2026-11-30T09:00:00+07:00,E,extra\n" + codeOf(5).toLatin1() +
                           ",\"500000,2026-11-30T09:00:00+07:00,F\n";
    QList<SettlementProblem> problems;
    const QList<SettlementRow> rows = parseSettlement(csv, &problems);
    QVERIFY(rows.isEmpty());
    compareProblems(problems, {
                                  {2, QStringLiteral("payment code '80126112800007' is not 15 digits")},
                                  {3, QStringLiteral("payment code %1 fails its check digit").arg(badDigit)},
                                  {4, QStringLiteral("amount '250.000' is not a whole positive number of rupiah")},
                                  {4, QStringLiteral("paid_at '30/11/2026' is not an ISO 8601 date and time")},
                                  {5, QStringLiteral("amount '-500000' is not a whole positive number of rupiah")},
                                  {5, QStringLiteral("paid_at '2026-11-30' is not an ISO 8601 date and time")},
                                  {6, QStringLiteral("5 columns where 4 are expected")},
                                  {7, QStringLiteral("a quoted value is not closed properly")},
                              });
}

void TestEtle::manyProblemsInLineOrder()
{
    // Matching problems (line 2) and parsing problems (line 3, 5) come out in line order.
    const QString unknown = paymentCodeFor(QStringLiteral("ETLE-JAKSEL-20261128-00001"));
    const QByteArray csv = kHeader + unknown.toLatin1() + ",500000,2026-11-30T09:00:00+07:00,A\n" +
                           codeOf(1).toLatin1() + ",abc,2026-11-30T09:00:00+07:00,B\n" + line(2, 250000) +
                           line(2, 250000) + line(4, 250000);
    const SettlementReport report = matchSettlement(csv, tickets());
    compareProblems(report.problems, {{2, QStringLiteral("unknown payment code %1").arg(unknown)},
                                      {3, QStringLiteral("amount 'abc' is not a whole positive number of rupiah")},
                                      {5, QStringLiteral("payment code %1 is already on line 4").arg(codeOf(2))}});
    QVERIFY(report.matches.isEmpty()); // lines 4 and 6 matched, but nothing is half-imported
    QCOMPARE(report.rows, 5);
}

QTEST_GUILESS_MAIN(TestEtle)
#include "tst_etle.moc"
