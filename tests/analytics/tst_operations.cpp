// The police operations calendar: the shipped file, parsing with bad lines named, the operations overlapping a
// WIB day, and the same kind's operation about a year before.

#include <QTest>
#include <QTimeZone>

#include "analytics/operations.h"

using namespace lintas::analytics;

namespace {

const QByteArray kHeader = "code,kind,name_id,name_en,start,end\n";

QDateTime wib(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone(7 * 3600));
}

QStringList codesOf(const QList<PoliceOperation> &operations)
{
    QStringList codes;
    for (const PoliceOperation &operation : operations)
        codes << operation.code;
    return codes;
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCalendarReads()
    {
        const OperationCalendar &calendar = OperationCalendar::builtIn();
        QVERIFY(calendar.all().size() >= 12);
        const auto lilin = calendar.byCode(QStringLiteral("lilin-2026"));
        QVERIFY(lilin.has_value());
        QCOMPARE(lilin->kind, QStringLiteral("lilin"));
        QCOMPARE(lilin->nameId, QStringLiteral("Operasi Lilin Jaya 2026"));
        QCOMPARE(lilin->nameEn, QStringLiteral("Operation Lilin 2026"));
        QCOMPARE(lilin->start, wib(2026, 12, 22, 18));
        QCOMPARE(lilin->end, wib(2027, 1, 2, 6));
        for (const PoliceOperation &operation : calendar.all())
            QVERIFY2(operation.start < operation.end, qPrintable(operation.code));
        QVERIFY(!calendar.byCode(QStringLiteral("no-such-operation")).has_value());
    }

    void parsesAndSortsByStart()
    {
        QString error = QStringLiteral("stale");
        const OperationCalendar calendar = OperationCalendar::fromCsv(
            kHeader + "b-2026,zebra,Operasi B,Operation B,2026-11-16T00:00:00+07:00,2026-11-30T00:00:00+07:00\n"
                      "a-2026,\"ketupat\",\"Operasi A, Jaya\",Operation A,2026-03-13T00:00:00+07:00,"
                      "2026-03-27T00:00:00+07:00\n",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(codesOf(calendar.all()), (QStringList{"a-2026", "b-2026"}));
        QCOMPARE(calendar.all().at(0).nameId, QStringLiteral("Operasi A, Jaya"));
        QCOMPARE(calendar.all().at(0).start, wib(2026, 3, 13));
    }

    void namesEveryBadLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("expected"); // parts of the message
        const QByteArray good = "ok-2026,zebra,Operasi,Operation,2026-11-16T00:00:00+07:00,2026-11-30T00:00:00+07:00\n";
        QTest::addRow("end before start")
            << kHeader + good + "x-2026,zebra,X,X,2026-11-30T00:00:00+07:00,2026-11-16T00:00:00+07:00\n"
            << QStringList{"line 3", "end"};
        QTest::addRow("no offset") << kHeader + "x-2026,zebra,X,X,2026-11-16T00:00:00,2026-11-30T00:00:00+07:00\n"
                                   << QStringList{"line 2", "2026-11-16T00:00:00"};
        QTest::addRow("not a date")
            << kHeader + good +
                   QByteArray(good).replace("ok-2026", "y-2026").replace("2026-11-30T00:00:00+07:00", "soon")
            << QStringList{"line 3", "soon"};
        QTest::addRow("duplicate code") << kHeader + good + good << QStringList{"line 3", "ok-2026", "line 2"};
        QTest::addRow("empty kind") << kHeader + "x-2026,,X,X,2026-11-16T00:00:00+07:00,2026-11-30T00:00:00+07:00\n"
                                    << QStringList{"line 2", "kind"};
        QTest::addRow("empty code") << kHeader + ",zebra,X,X,2026-11-16T00:00:00+07:00,2026-11-30T00:00:00+07:00\n"
                                    << QStringList{"line 2", "code"};
        QTest::addRow("missing column") << QByteArray("code,kind,name_id,name_en,start\nx,zebra,X,X,2026-11-16\n")
                                        << QStringList{"end"};
        QTest::addRow("two bad lines") << kHeader + "x-2026,zebra,X,X,bad,2026-11-30T00:00:00+07:00\n" + good +
                                              "z-2026,zebra,Z,,2026-11-16T00:00:00+07:00,2026-11-30T00:00:00+07:00\n"
                                       << QStringList{"line 2", "line 4"};
    }

    void namesEveryBadLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, expected);
        QString error;
        const OperationCalendar calendar = OperationCalendar::fromCsv(csv, &error);
        QVERIFY(calendar.all().isEmpty()); // a bad file gives nothing, not a part of it
        for (const QString &part : expected)
            QVERIFY2(error.contains(part), qPrintable(error));
    }

    void overlappingWibDays()
    {
        const OperationCalendar &calendar = OperationCalendar::builtIn();
        // Lilin 2026 begins at 18:00 WIB on 22 December and ends at 06:00 on 2 January.
        QCOMPARE(codesOf(calendar.overlapping(QDate(2026, 12, 21))), QStringList{});
        QCOMPARE(codesOf(calendar.overlapping(QDate(2026, 12, 22))), QStringList{"lilin-2026"});
        QCOMPARE(codesOf(calendar.overlapping(QDate(2027, 1, 2))), QStringList{"lilin-2026"});
        QCOMPARE(codesOf(calendar.overlapping(QDate(2027, 1, 3))), QStringList{});
        // The end is exclusive: Zebra 2026 ends at midnight starting 30 November.
        QCOMPARE(codesOf(calendar.overlapping(QDate(2026, 11, 29))), QStringList{"zebra-2026"});
        QCOMPARE(codesOf(calendar.overlapping(QDate(2026, 11, 30))), QStringList{});
        QCOMPARE(codesOf(calendar.overlapping(QDate(2026, 11, 16))), QStringList{"zebra-2026"});
        QCOMPARE(codesOf(calendar.overlapping(QDate())), QStringList{});

        // Two windows on one day, one ending and one starting.
        const OperationCalendar two =
            OperationCalendar::fromCsv(kHeader + "a,uji,A,A,2026-01-30T00:00:00+07:00,2026-01-31T06:00:00+07:00\n"
                                                 "b,uji,B,B,2026-01-31T18:00:00+07:00,2026-02-01T06:00:00+07:00\n");
        QCOMPARE(codesOf(two.overlapping(QDate(2026, 1, 31))), (QStringList{"a", "b"}));
        QCOMPARE(codesOf(two.overlapping(QDate(2026, 2, 1))), QStringList{"b"});
        QCOMPARE(codesOf(two.overlapping(QDate(2026, 2, 2))), QStringList{});
    }

    void sameKindYearBefore()
    {
        const OperationCalendar &calendar = OperationCalendar::builtIn();
        const auto before = [&calendar](const char *code) {
            const auto operation = calendar.byCode(QLatin1String(code));
            const auto found = operation ? calendar.sameKindYearBefore(*operation) : std::nullopt;
            return found ? found->code : QString();
        };
        QCOMPARE(before("ketupat-2026"), QStringLiteral("ketupat-2025"));
        QCOMPARE(before("ketupat-2025"), QStringLiteral("ketupat-2024")); // Idul Fitri moves about 11 days a year
        QCOMPARE(before("zebra-2025"), QStringLiteral("zebra-2024"));     // a month later than the year before
        QCOMPARE(before("lilin-2026"), QStringLiteral("lilin-2025"));
        QCOMPARE(before("lilin-2023"), QString()); // the first in the calendar

        // Only within 60 days of a year earlier, and never another kind.
        const OperationCalendar sparse = OperationCalendar::fromCsv(
            kHeader + "z-2024,zebra,Z,Z,2024-07-01T00:00:00+07:00,2024-07-10T00:00:00+07:00\n"
                      "p-2025,patuh,P,P,2025-10-01T00:00:00+07:00,2025-10-10T00:00:00+07:00\n"
                      "z-2025,zebra,Z,Z,2025-10-01T00:00:00+07:00,2025-10-10T00:00:00+07:00\n"
                      "z-2026,zebra,Z,Z,2026-10-05T00:00:00+07:00,2026-10-15T00:00:00+07:00\n");
        QCOMPARE(sparse.all().size(), 4);
        QCOMPARE(sparse.sameKindYearBefore(*sparse.byCode(QStringLiteral("z-2026")))->code, QStringLiteral("z-2025"));
        QVERIFY(!sparse.sameKindYearBefore(*sparse.byCode(QStringLiteral("z-2025"))).has_value()); // 92 days off
        QVERIFY(!sparse.sameKindYearBefore(*sparse.byCode(QStringLiteral("p-2025"))).has_value());
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
