#include "sqlconnection.h"

#include <atomic>

#include <QSqlError>
#include <QThread>

#include "storelog.h"

namespace lintas {

QString SqlConnection::uniqueName(const QString &prefix)
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(quintptr(QThread::currentThreadId()), 0, 16)
        .arg(counter.fetch_add(1) + 1);
}

QSqlDatabase SqlConnection::open(const QString &name, const QString &path, Mode mode, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return db;
    }
    QSqlQuery query(db);
    // Waits for the writer's short transactions instead of failing at once.
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = 5000"))) {
        if (error)
            *error = query.lastError().text();
        db.close();
        return db;
    }
    if (mode == Mode::ReadWrite)
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    else
        query.exec(QStringLiteral("PRAGMA query_only = ON"));
    return db;
}

void SqlConnection::remove(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlQuery SqlConnection::prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    // Rows are only ever read front to back. A scrollable query makes the driver set up a cache of 128 rows of
    // QVariants on every exec, which costs more than a primary-key lookup itself.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw SqlFailure{query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']')};
    return query;
}

void SqlConnection::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw SqlFailure{query.lastError().text() + QStringLiteral(" [") + query.lastQuery() + QLatin1Char(']')};
}

void SqlConnection::exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw SqlFailure{query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']')};
}

QVariant SqlConnection::scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw SqlFailure{query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']')};
    return query.next() ? query.value(0) : QVariant();
}

} // namespace lintas
