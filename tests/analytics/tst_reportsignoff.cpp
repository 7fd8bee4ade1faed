// A supervisor's sign-off of a report: one entry of the desk's hash-chained audit trail, found again by the hash of
// exactly the bytes signed; an incomplete sign-off is refused and changes nothing.

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/casefactory.h"
#include "core/changefactory.h"
#include "store/casereader.h"
#include "store/store.h"

using namespace lintas;

namespace {

const QString kSupervisor = QStringLiteral("79120044");

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

class TestReportSignOff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_nowMs = QDateTime(QDate(2026, 11, 28), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
    std::unique_ptr<Store> m_store;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<ChangeFactory> m_changes;
    std::unique_ptr<CaseFactory> m_cases;
    const QByteArray m_pdf = QByteArray("%PDF-1.7\n") + QByteArray("Anev harian PMJ 2026-11-27\n").repeated(20);

    ReportSignOff signOff(const QByteArray &bytes) const
    {
        ReportSignOff signedOff;
        signedOff.reportId = QStringLiteral("PMJ/2026-11-27");
        signedOff.sha256 = sha256(bytes);
        signedOff.language = QStringLiteral("id");
        signedOff.fileName = QStringLiteral("anev-PMJ-2026-11-27-id.pdf");
        signedOff.actor = kSupervisor;
        signedOff.atMs = m_nowMs;
        return signedOff;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("signoff.db"));
        m_store = std::make_unique<Store>(m_path, QStringLiteral("desk-a"));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        m_clock = std::make_unique<HybridClock>([this] { return m_nowMs; });
        m_changes =
            std::make_unique<ChangeFactory>(QStringLiteral("desk-a"), QStringLiteral("87050123"), m_clock.get());
        m_cases = std::make_unique<CaseFactory>(m_changes.get());
        // A trail with entries already in it: the sign-off continues the chain, it does not start one.
        QVERIFY(m_store
                    ->commitLocal({m_cases->createCase(
                        CaseKind::Accident, QStringLiteral("JAKPUS"),
                        {{QLatin1String(casefield::kOccurredAt), QStringLiteral("2026-11-27T17:45:00+07:00")},
                         {QLatin1String(casefield::kPlace), QStringLiteral("Jl. Gunung Sahari")}})})
                    .ok);
        QCOMPARE(CaseReader(m_path).auditCount(), qint64(1));
    }

    void signOffChainsIntoTheTrail()
    {
        QString error;
        QVERIFY2(m_store->recordReportSignOff(signOff(m_pdf), &error), qPrintable(error));
        const CaseReader reader(m_path);
        QCOMPARE(reader.auditCount(), qint64(2));
        const AuditVerdict verdict = reader.verifyAuditTrail();
        QVERIFY2(verdict.ok(), qPrintable(verdict.message));
        QCOMPARE(verdict.entries, qint64(2));

        const QList<AuditEntry> entries = reader.auditEntries(1, 10);
        QCOMPARE(entries.size(), 1);
        const AuditEntry &entry = entries.constFirst();
        QCOMPARE(entry.seq, qint64(2));
        QCOMPARE(entry.action, QStringLiteral("report_signed"));
        QCOMPARE(entry.entity, QStringLiteral("report"));
        QCOMPARE(entry.entityId, QStringLiteral("PMJ/2026-11-27"));
        QCOMPARE(entry.actor, kSupervisor);
        QCOMPARE(entry.siteId, QStringLiteral("desk-a"));
        QCOMPARE(entry.atMs, m_nowMs);
        QCOMPARE(entry.detail, QStringLiteral("PMJ/2026-11-27 id sha256=") +
                                   QString::fromLatin1(sha256(m_pdf).toHex()) +
                                   QStringLiteral(" anev-PMJ-2026-11-27-id.pdf"));

        // The trail goes on after the sign-off: the next change chains onto it.
        m_nowMs += 60'000;
        QVERIFY(m_store
                    ->commitLocal({m_cases->createCase(
                        CaseKind::Accident, QStringLiteral("JAKPUS"),
                        {{QLatin1String(casefield::kOccurredAt), QStringLiteral("2026-11-27T18:45:00+07:00")},
                         {QLatin1String(casefield::kPlace), QStringLiteral("Jl. Gunung Sahari")}})})
                    .ok);
        QCOMPARE(reader.auditCount(), qint64(3));
        QVERIFY(reader.verifyAuditTrail().ok());
    }

    void findsTheSignOffByHash()
    {
        const CaseReader reader(m_path);
        const QList<AuditEntry> found = reader.reportSignOffs(sha256(m_pdf));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().entityId, QStringLiteral("PMJ/2026-11-27"));
        QCOMPARE(found.constFirst().actor, kSupervisor);

        // A modified PDF, one byte changed, was never signed.
        QByteArray modified = m_pdf;
        modified[20] = 'X';
        QVERIFY(reader.reportSignOffs(sha256(modified)).isEmpty());
        QVERIFY(reader.reportSignOffs(QByteArray()).isEmpty());
        QVERIFY(reader.reportSignOffs(sha256(m_pdf).left(16)).isEmpty());

        // Signed again (another supervisor, the English edition with the same bytes): both, oldest first.
        ReportSignOff again = signOff(m_pdf);
        again.actor = QStringLiteral("79120055");
        again.language = QStringLiteral("en");
        again.atMs = m_nowMs + 120'000;
        QString error;
        QVERIFY2(m_store->recordReportSignOff(again, &error), qPrintable(error));
        const QList<AuditEntry> both = reader.reportSignOffs(sha256(m_pdf));
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).actor, kSupervisor);
        QCOMPARE(both.at(1).actor, QStringLiteral("79120055"));
        QVERIFY(both.at(0).seq < both.at(1).seq);
        QVERIFY(reader.verifyAuditTrail().ok());
    }

    // A file name may hold any text, a "sha256=" word too: it must not make the entry vouch for other bytes.
    void aFileNameCannotVouchForOtherBytes()
    {
        const QByteArray other = QByteArray("%PDF-1.7\nnever signed\n");
        ReportSignOff signedOff = signOff("the bytes signed");
        signedOff.fileName =
            QStringLiteral("anev sha256=") + QString::fromLatin1(sha256(other).toHex()) + QStringLiteral(" .pdf");
        QString error;
        QVERIFY2(m_store->recordReportSignOff(signedOff, &error), qPrintable(error));
        const CaseReader reader(m_path);
        QCOMPARE(reader.reportSignOffs(sha256("the bytes signed")).size(), 1);
        QVERIFY(reader.reportSignOffs(sha256(other)).isEmpty());
        QVERIFY(reader.verifyAuditTrail().ok());

        // Nor may the report id or the language smuggle one in before the real hash.
        const qint64 before = reader.auditCount();
        ReportSignOff forgedId = signOff("the bytes signed");
        forgedId.reportId = QStringLiteral("sha256=") + QString::fromLatin1(sha256(other).toHex());
        QVERIFY(!m_store->recordReportSignOff(forgedId, &error));
        QVERIFY2(error.contains(QStringLiteral("report id")), qPrintable(error));
        ReportSignOff forgedLanguage = signOff("the bytes signed");
        forgedLanguage.language = QStringLiteral("id sha256=") + QString::fromLatin1(sha256(other).toHex());
        QVERIFY(!m_store->recordReportSignOff(forgedLanguage, &error));
        QVERIFY2(error.contains(QStringLiteral("language")), qPrintable(error));
        QCOMPARE(reader.auditCount(), before);
        QVERIFY(reader.reportSignOffs(sha256(other)).isEmpty());
    }

    // The columns beside an entry's body are outside the hash: editing them must not hide a sign-off.
    void anEditedColumnDoesNotHideASignOff()
    {
        const QByteArray pdf = QByteArray("%PDF-1.7\ncolumns edited\n");
        QString error;
        QVERIFY2(m_store->recordReportSignOff(signOff(pdf), &error), qPrintable(error));
        const CaseReader reader(m_path);
        QCOMPARE(reader.reportSignOffs(sha256(pdf)).size(), 1);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery edit(db);
            QVERIFY2(edit.exec(QStringLiteral("UPDATE audit_log SET action = 'case_viewed', detail = '' "
                                              "WHERE seq = (SELECT max(seq) FROM audit_log)")),
                     qPrintable(edit.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QVERIFY(reader.verifyAuditTrail().ok());
        const QList<AuditEntry> found = reader.reportSignOffs(sha256(pdf));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().action, QStringLiteral("report_signed"));
    }

    void refusesAnIncompleteSignOff_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected"); // part of the message
        QTest::addRow("no report") << QStringLiteral("report") << QStringLiteral("no report");
        QTest::addRow("short hash") << QStringLiteral("hash") << QStringLiteral("31 bytes");
        QTest::addRow("no hash") << QStringLiteral("nohash") << QStringLiteral("0 bytes");
        QTest::addRow("no supervisor") << QStringLiteral("actor") << QStringLiteral("supervisor");
    }

    void refusesAnIncompleteSignOff()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        ReportSignOff incomplete = signOff("other bytes");
        if (what == QLatin1String("report"))
            incomplete.reportId = QStringLiteral("  ");
        else if (what == QLatin1String("hash"))
            incomplete.sha256.chop(1);
        else if (what == QLatin1String("nohash"))
            incomplete.sha256.clear();
        else
            incomplete.actor.clear();
        const CaseReader reader(m_path);
        const qint64 before = reader.auditCount();
        QString error;
        QVERIFY(!m_store->recordReportSignOff(incomplete, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(reader.auditCount(), before);
        QVERIFY(reader.verifyAuditTrail().ok());
    }

    void refusedOnAClosedStore()
    {
        Store closed(m_dir.filePath(QStringLiteral("never-opened.db")), QStringLiteral("desk-b"));
        QString error;
        QVERIFY(!closed.recordReportSignOff(signOff(m_pdf), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportSignOff)
#include "tst_reportsignoff.moc"
