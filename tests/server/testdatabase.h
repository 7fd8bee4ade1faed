#pragma once

#include <atomic>
#include <memory>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

// A fresh, empty database for one test, on the backend the test run was registered for
// (tests/server/CMakeLists.txt sets LINTAS_TEST_BACKEND):
//   sqlite      a file in a temporary folder
//   postgresql  a new database on the throwaway cluster of the `pg` fixture (LINTAS_TEST_PG_URL), dropped
//               afterwards, so that tests running at the same time never see each other's tables
// exec() runs raw SQL on a connection of its own, for tests that tamper with what the store wrote.
class TestDatabase
{
public:
    enum class Backend
    {
        Sqlite,
        Postgresql
    };

    static Backend backendFromEnvironment()
    {
        return qEnvironmentVariable("LINTAS_TEST_BACKEND") == QLatin1String("postgresql") ? Backend::Postgresql
                                                                                          : Backend::Sqlite;
    }
    static QString backendName(Backend backend)
    {
        return backend == Backend::Postgresql ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    }
    // The cluster's own database, for creating and dropping the per-test ones.
    static QString postgresMaintenanceUrl() { return qEnvironmentVariable("LINTAS_TEST_PG_URL"); }

    explicit TestDatabase(Backend backend) : m_backend(backend)
    {
        static std::atomic<int> counter{0};
        const int serial = ++counter;
        if (backend == Backend::Sqlite) {
            m_dir = std::make_unique<QTemporaryDir>();
            if (!m_dir->isValid()) {
                m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString();
                return;
            }
            m_url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("server-%1.db").arg(serial));
            return;
        }
        const QString maintenance = postgresMaintenanceUrl();
        if (maintenance.isEmpty()) {
            m_error = QStringLiteral("LINTAS_TEST_PG_URL is not set: run this test through ctest, whose `pg` "
                                     "fixture starts a PostgreSQL cluster");
            return;
        }
        m_name = QStringLiteral("lintas_t%1_%2").arg(QCoreApplication::applicationPid()).arg(serial);
        if (!execOn(maintenance, QStringLiteral("CREATE DATABASE %1").arg(m_name), {}, &m_error)) {
            m_name.clear();
            return;
        }
        QUrl url(maintenance);
        url.setPath(QLatin1Char('/') + m_name);
        m_url = url.toString();
    }

    ~TestDatabase()
    {
        if (!m_name.isEmpty()) {
            QString ignored;
            execOn(postgresMaintenanceUrl(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), {},
                   &ignored);
        }
    }

    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return !m_url.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    Backend backend() const { return m_backend; }
    // A SQLite file's path; empty for PostgreSQL.
    QString sqlitePath() const { return m_backend == Backend::Sqlite ? m_url.mid(int(qstrlen("sqlite:"))) : QString(); }
    // A file name in a temporary folder that lives as long as this object (for backups).
    QString scratchFile(const QString &name)
    {
        if (!m_dir)
            m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->filePath(name);
    }

    // Runs one statement on a connection of its own; for a SELECT, the first column of the first row.
    bool exec(const QString &sql, const QVariantList &values = {}, QString *error = nullptr,
              QVariant *firstValue = nullptr) const
    {
        QString message;
        const bool ok = execOn(m_url, sql, values, &message, firstValue);
        if (error)
            *error = message;
        return ok;
    }

private:
    static bool execOn(const QString &url, const QString &sql, const QVariantList &values, QString *error,
                       QVariant *firstValue = nullptr)
    {
        static std::atomic<int> connections{0};
        const QString name = QStringLiteral("testdatabase-%1").arg(++connections);
        bool ok = false;
        {
            QSqlDatabase db;
            if (url.startsWith(QLatin1String("sqlite:"))) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(url.mid(int(qstrlen("sqlite:"))));
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
            } else {
                const QUrl parsed(url);
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                db.setHostName(parsed.host());
                db.setPort(parsed.port(5432));
                db.setUserName(parsed.userName());
                db.setPassword(parsed.password());
                db.setDatabaseName(parsed.path().mid(1));
            }
            if (!db.open()) {
                *error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (values.isEmpty()) { // not prepared: PostgreSQL prepares no CREATE DATABASE
                    ok = query.exec(sql);
                } else {
                    ok = query.prepare(sql);
                    for (const QVariant &value : values)
                        query.addBindValue(value);
                    ok = ok && query.exec();
                }
                if (!ok)
                    *error = query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
                else if (firstValue)
                    *firstValue = query.next() ? query.value(0) : QVariant();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    Backend m_backend;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    QString m_name;
    QString m_error;
};
