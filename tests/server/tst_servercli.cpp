// lintas-server's command line, through the built program: what an operator types and what they get back.

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include "core/changefactory.h"
#include "server/serverstore.h"
#include "serverprocess.h"
#include "sync/frame.h"

using namespace servertest;
using lintas::server::Account;
using lintas::server::IncomingChange;
using lintas::server::ServerStore;

class TestServerCli : public QObject
{
    Q_OBJECT

private:
    // An initialised server folder.
    QString initServer(QTemporaryDir &dir)
    {
        const QString data = dir.filePath(QStringLiteral("server"));
        const CommandResult result = run({QStringLiteral("init"), QStringLiteral("--data"), data,
                                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        if (result.exitCode != 0)
            qWarning().noquote() << result.describe();
        return result.exitCode == 0 ? data : QString();
    }

    QString passwordFile(QTemporaryDir &dir, const QByteArray &password)
    {
        static int serial = 0;
        const QString path = dir.filePath(QStringLiteral("password-%1.txt").arg(++serial));
        writeFile(path, password + "\n");
        return path;
    }

    // Appends count incident creations by a supervisor of PMJ straight through the storage.
    bool logChanges(const QString &data, int count)
    {
        QString error;
        std::unique_ptr<ServerStore> store = ServerStore::open(
            QStringLiteral("sqlite:") + QDir(data).filePath(QStringLiteral("lintas-server.db")), &error);
        if (!store || !store->initialize(&error)) {
            qWarning().noquote() << error;
            return false;
        }
        Account account;
        account.name = QStringLiteral("sari");
        account.role = lintas::Role::Supervisor;
        account.scope = QStringLiteral("PMJ");
        if (!store->user(account.name) && !store->addUser(account, QStringLiteral("correct horse"), &error)) {
            qWarning().noquote() << error;
            return false;
        }
        lintas::HybridClock clock;
        lintas::ChangeFactory factory(QStringLiteral("site-cli"), account.name, &clock);
        static quint64 clientSeq = 0;
        QList<IncomingChange> changes;
        for (int i = 0; i < count; ++i) {
            lintas::IncidentDraft draft;
            draft.typeCode = QStringLiteral("kecelakaan");
            draft.stationCode = QStringLiteral("JAKPUS");
            draft.road = QStringLiteral("Jl. Medan Merdeka Barat %1").arg(i);
            changes << IncomingChange{factory.createIncident(draft).first(), ++clientSeq};
        }
        const auto outcomes = store->push(account, factory.siteId(), changes, QDateTime::currentMSecsSinceEpoch());
        if (outcomes.size() != changes.size())
            return false;
        for (const auto &outcome : outcomes)
            if (outcome.status != lintas::server::PushOutcome::Status::Accepted)
                return false;
        return true;
    }

private Q_SLOTS:
    void initCreatesConfigCertificatesAndDatabase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("server"));
        const CommandResult result = run({QStringLiteral("init"), QStringLiteral("--data"), data,
                                          QStringLiteral("--region"), QStringLiteral("PMJ")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        for (const char *name :
             {"lintas-server.conf", "ca.pem", "ca.key", "server.pem", "server.key", "lintas-server.db"})
            QVERIFY2(QFileInfo::exists(QDir(data).filePath(QString::fromLatin1(name))), name);
        for (const char *key : {"ca.key", "server.key"}) {
            const QFileInfo info(QDir(data).filePath(QString::fromLatin1(key)));
            QCOMPARE(info.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        // The operator learns where the CA is and the fingerprint to confirm.
        QVERIFY2(result.out.contains(QDir(data).filePath(QStringLiteral("ca.pem"))), qPrintable(result.out));
        QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("([0-9A-F]{2}:){31}[0-9A-F]{2}"))),
                 qPrintable(result.out));
        QSettings config(QDir(data).filePath(QStringLiteral("lintas-server.conf")), QSettings::IniFormat);
        QCOMPARE(config.value(QStringLiteral("server/region")).toString(), QStringLiteral("PMJ"));
        QCOMPARE(config.value(QStringLiteral("server/listen")).toString(), QStringLiteral("127.0.0.1:7443"));
        QCOMPARE(config.value(QStringLiteral("server/insecure_loopback")).toString(), QStringLiteral("false"));

        // A second init would lose the accounts and the CA the desks trust: refused, naming the file.
        const CommandResult again = run({QStringLiteral("init"), QStringLiteral("--data"), data});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("lintas-server.conf")), qPrintable(again.describe()));
    }

    void usageErrorsNameTheFlag_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("init without --data") << QStringList{QStringLiteral("init")} << QStringLiteral("--data");
        QTest::newRow("bad listen") << QStringList{QStringLiteral("init"), QStringLiteral("--data"),
                                                   QStringLiteral("x"), QStringLiteral("--listen"),
                                                   QStringLiteral("nowhere")}
                                    << QStringLiteral("nowhere");
        QTest::newRow("region not a Polda")
            << QStringList{QStringLiteral("init"), QStringLiteral("--data"), QStringLiteral("x"),
                           QStringLiteral("--region"), QStringLiteral("JAKPUS")}
            << QStringLiteral("JAKPUS");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("serve without a config") << QStringList{QStringLiteral("serve")} << QStringLiteral("--config");
    }

    void usageErrorsNameTheFlag()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const CommandResult result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(named), qPrintable(result.describe()));
    }

    void helpAndVersion()
    {
        const CommandResult help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"init", "serve", "user", "audit", "backup", "restore"})
            QVERIFY2(help.out.contains(QString::fromLatin1(command)), command);
        const CommandResult serveHelp = run({QStringLiteral("serve"), QStringLiteral("--help")});
        QCOMPARE(serveHelp.exitCode, 0);
        QVERIFY(serveHelp.out.contains(QStringLiteral("--insecure-loopback")));
        const CommandResult version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(LINTAS_VERSION)));
    }

    void usersAddListDisableEnable()
    {
        QTemporaryDir dir;
        const QString data = initServer(dir);
        QVERIFY(!data.isEmpty());
        const QStringList where{QStringLiteral("--data"), data};

        CommandResult added =
            run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("budi"),
                            QStringLiteral("--role"), QStringLiteral("dispatcher"), QStringLiteral("--scope"),
                            QStringLiteral("JAKPUS"), QStringLiteral("--display"), QStringLiteral("Budi Santoso"),
                            QStringLiteral("--password-file"), passwordFile(dir, "rahasia-budi")} +
                where);
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        // The password from standard input.
        added = run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sari"),
                                QStringLiteral("--role"), QStringLiteral("supervisor"), QStringLiteral("--scope"),
                                QStringLiteral("PMJ"), QStringLiteral("--password-file"), QStringLiteral("-")} +
                        where,
                    "rahasia-sari\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));

        CommandResult list = run(QStringList{QStringLiteral("user"), QStringLiteral("list")} + where);
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QVERIFY2(list.out.contains(
                     QRegularExpression(QStringLiteral("budi\\s+Budi Santoso\\s+dispatcher\\s+JAKPUS\\s+active\\s+-"))),
                 qPrintable(list.out));
        QVERIFY2(list.out.contains(QRegularExpression(QStringLiteral("sari\\s+sari\\s+supervisor\\s+PMJ\\s+active"))),
                 qPrintable(list.out));

        QCOMPARE(run(QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("budi")} + where)
                     .exitCode,
                 0);
        list = run(QStringList{QStringLiteral("user"), QStringLiteral("list")} + where);
        QVERIFY2(list.out.contains(QRegularExpression(QStringLiteral("budi\\s+Budi Santoso\\s+dispatcher\\s+JAKPUS\\s+"
                                                                     "disabled"))),
                 qPrintable(list.out));
        QCOMPARE(
            run(QStringList{QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("budi")} + where).exitCode,
            0);
        list = run(QStringList{QStringLiteral("user"), QStringLiteral("list")} + where);
        QVERIFY2(list.out.contains(QRegularExpression(QStringLiteral("budi\\s+Budi Santoso\\s+dispatcher\\s+JAKPUS\\s+"
                                                                     "active"))),
                 qPrintable(list.out));

        const CommandResult passwd =
            run(QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("budi"),
                            QStringLiteral("--password-file"), passwordFile(dir, "rahasia-baru")} +
                where);
        QVERIFY2(passwd.exitCode == 0, qPrintable(passwd.describe()));
        const CommandResult unknown =
            run(QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("nobody")} + where);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("nobody")), qPrintable(unknown.describe()));

        // Account changes are accountable too.
        const CommandResult log = run(QStringList{QStringLiteral("audit"), QStringLiteral("log")} + where);
        QVERIFY2(log.out.contains(QStringLiteral("user_added")) && log.out.contains(QStringLiteral("user_disabled")),
                 qPrintable(log.describe()));
    }

    void userAddErrorsNameTheValue_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown role") << QStringLiteral("chief") << QStringLiteral("PMJ") << QByteArray("long enough")
                                      << 2 << QStringLiteral("chief");
        QTest::newRow("unknown scope") << QStringLiteral("dispatcher") << QStringLiteral("ATLANTIS")
                                       << QByteArray("long enough") << 2 << QStringLiteral("ATLANTIS");
        QTest::newRow("short password") << QStringLiteral("dispatcher") << QStringLiteral("PMJ") << QByteArray("short")
                                        << 1 << QStringLiteral("too short");
    }

    void userAddErrorsNameTheValue()
    {
        QFETCH(QString, role);
        QFETCH(QString, scope);
        QFETCH(QByteArray, password);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString data = initServer(dir);
        QVERIFY(!data.isEmpty());
        const CommandResult result =
            run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tono"), QStringLiteral("--role"), role,
                 QStringLiteral("--scope"), scope, QStringLiteral("--password-file"), passwordFile(dir, password),
                 QStringLiteral("--data"), data});
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(named), qPrintable(result.describe()));
        const CommandResult list =
            run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--data"), data});
        QVERIFY2(!list.out.contains(QStringLiteral("tono")), qPrintable(list.out));
    }

    void servePrintsItsPortAndStopsOnSigterm()
    {
        QTemporaryDir dir;
        const QString data = initServer(dir);
        QVERIFY(!data.isEmpty());
        ServeProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--data"), data}, &error), qPrintable(error));
        QVERIFY(server.port() != 0);

        // It accepts connections on the port it printed.
        boost::asio::io_context io;
        boost::asio::ip::tcp::socket socket(io);
        boost::system::error_code connectError;
        socket.connect({boost::asio::ip::make_address("127.0.0.1"), server.port()}, connectError);
        QVERIFY2(!connectError, connectError.message().c_str());
        socket.close();

        QCOMPARE(server.stop(), 0);
    }

    void insecureLoopbackRefusesOtherAddresses()
    {
        QTemporaryDir dir;
        const QString data = initServer(dir);
        QVERIFY(!data.isEmpty());
        const CommandResult refused =
            run({QStringLiteral("serve"), QStringLiteral("--data"), data, QStringLiteral("--insecure-loopback"),
                 QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")},
                {}, 20000);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("0.0.0.0")), qPrintable(refused.describe()));

        ServeProcess plain;
        QString error;
        QVERIFY2(plain.start({QStringLiteral("--data"), data, QStringLiteral("--insecure-loopback"),
                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                             &error),
                 qPrintable(error));

        // On loopback it speaks the protocol without TLS: a HELLO of an unknown user gets its ERROR.
        boost::asio::io_context io;
        boost::asio::ip::tcp::socket socket(io);
        boost::system::error_code ec;
        socket.connect({boost::asio::ip::make_address("127.0.0.1"), plain.port()}, ec);
        QVERIFY2(!ec, ec.message().c_str());
        lintas::wire::Hello hello;
        hello.set_protocol_version(lintas::sync::kProtocolVersion);
        hello.set_site_id("site-plain");
        hello.set_user("nobody");
        hello.set_password("whatever it is");
        boost::asio::write(socket, boost::asio::buffer(lintas::sync::encodeFrame(lintas::wire::HELLO, 1, hello)), ec);
        QVERIFY2(!ec, ec.message().c_str());
        socket.non_blocking(true);
        lintas::sync::FrameReader reader;
        lintas::wire::Envelope envelope;
        QDeadlineTimer deadline(20000);
        while (reader.next(&envelope) != lintas::sync::FrameReader::Result::Frame) {
            QVERIFY2(!deadline.hasExpired(), "no answer to HELLO within 20 s");
            char buffer[4096];
            const std::size_t read = socket.read_some(boost::asio::buffer(buffer), ec);
            if (ec == boost::asio::error::would_block)
                QTest::qSleep(20);
            else
                QVERIFY2(!ec, ec.message().c_str());
            reader.append(std::string_view(buffer, read));
        }
        QCOMPARE(envelope.type(), lintas::wire::ERROR);
        lintas::wire::Error answer;
        QVERIFY(lintas::sync::parseBody(envelope, &answer));
        QCOMPARE(answer.code(), lintas::wire::Error::BAD_CREDENTIALS);
        socket.close();

        QCOMPARE(plain.stop(), 0);
    }

    void auditVerifyNamesTheTamperedEntry_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("named");
        const QString where = QStringLiteral(" WHERE region = 'PMJ' AND seq = %1");
        // One byte of entry 3's stored bytes: "Barat 2" becomes "Barat 9".
        QTest::newRow("a byte altered")
            << QStringList{QStringLiteral("UPDATE region_log SET body = CAST(replace(CAST(body AS TEXT), 'Barat 2', "
                                          "'Barat 9') AS BLOB)") +
                           where.arg(3)}
            << QStringLiteral("entry 3 was altered");
        QTest::newRow("an entry deleted") << QStringList{QStringLiteral("DELETE FROM region_log") + where.arg(4)}
                                          << QStringLiteral("entry 4 was removed");
        // Rows 2 and 5 trade everything but their place (the seq column is the key, so through a free seq).
        QTest::newRow("two entries swapped")
            << QStringList{QStringLiteral("UPDATE region_log SET seq = -2") + where.arg(2),
                           QStringLiteral("UPDATE region_log SET seq = 2") + where.arg(5),
                           QStringLiteral("UPDATE region_log SET seq = 5") + where.arg(-2)}
            << QStringLiteral("entries 2 and 5 are out of order");
    }

    void auditVerifyNamesTheTamperedEntry()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString data = initServer(dir);
        QVERIFY(!data.isEmpty());
        QVERIFY(logChanges(data, 6));
        const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--data"), data};
        const CommandResult intact = run(verify);
        QVERIFY2(intact.exitCode == 0, qPrintable(intact.describe()));
        QVERIFY2(intact.out.contains(QStringLiteral("chain intact: 6 entries")), qPrintable(intact.out));

        // Someone with access to the database file edits the log.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(QDir(data).filePath(QStringLiteral("lintas-server.db")));
            QVERIFY(db.open());
            for (const QString &statement : std::as_const(statements)) {
                QSqlQuery query(db);
                QVERIFY2(query.exec(statement),
                         qPrintable(query.lastError().text() + QStringLiteral(": ") + statement));
                QCOMPARE(query.numRowsAffected(), 1);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const CommandResult broken = run(verify);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.contains(named), qPrintable(broken.describe()));
        // The finding is itself on the record.
        const CommandResult log = run({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--data"), data});
        QVERIFY2(log.out.contains(QStringLiteral("chain_broken")) && log.out.contains(named),
                 qPrintable(log.describe()));
    }

    void backupThenRestore()
    {
        QTemporaryDir dir;
        const QString data = initServer(dir);
        QVERIFY(!data.isEmpty());
        QVERIFY(logChanges(data, 3));
        const QStringList where{QStringLiteral("--data"), data};
        const QString backupFile = dir.filePath(QStringLiteral("backup.db"));
        const CommandResult backup = run(QStringList{QStringLiteral("backup"), backupFile} + where);
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.describe()));
        QVERIFY(QFileInfo::exists(backupFile));
        const CommandResult again = run(QStringList{QStringLiteral("backup"), backupFile} + where);
        QCOMPARE(again.exitCode, 1); // never overwrites

        // After the backup: two more entries and an account, which the restore takes back.
        QVERIFY(logChanges(data, 2));
        QCOMPARE(run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("late"),
                                 QStringLiteral("--role"), QStringLiteral("auditor"), QStringLiteral("--scope"),
                                 QStringLiteral("PMJ"), QStringLiteral("--password-file"),
                                 passwordFile(dir, "rahasia-late")} +
                     where)
                     .exitCode,
                 0);
        QVERIFY(run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + where)
                    .out.contains(QStringLiteral("chain intact: 5 entries")));

        const CommandResult restore = run(QStringList{QStringLiteral("restore"), backupFile} + where);
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.describe()));
        const CommandResult verify = run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + where);
        QVERIFY2(verify.exitCode == 0 && verify.out.contains(QStringLiteral("chain intact: 3 entries")),
                 qPrintable(verify.describe()));
        const CommandResult list = run(QStringList{QStringLiteral("user"), QStringLiteral("list")} + where);
        QVERIFY2(list.out.contains(QStringLiteral("sari")) && !list.out.contains(QStringLiteral("late")),
                 qPrintable(list.out));

        const CommandResult missing =
            run(QStringList{QStringLiteral("restore"), dir.filePath(QStringLiteral("no-such.db"))} + where);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("no-such.db")), qPrintable(missing.describe()));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
