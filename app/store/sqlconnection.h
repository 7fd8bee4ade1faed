#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace lintas {

// Thrown inside the store when a statement fails; caught at the public boundary (commitLocal, open, …),
// where the open Transaction rolls back on the way out.
struct SqlFailure
{
    QString message;
};

// QSqlDatabase connections the way STYLE.md asks: one per thread, a unique name, opened in the thread that
// uses it, looked up by name, removed only once no query on it is left.
class SqlConnection
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    static QString uniqueName(const QString &prefix);
    // Adds a QSQLITE connection under `name` and opens `path` in the calling thread. Sets busy_timeout and,
    // for a writer, foreign_keys; journal mode and synchronous are set by the Store once the file has been
    // checked, so that nothing is written to a file that may be damaged.
    static QSqlDatabase open(const QString &name, const QString &path, Mode mode, QString *error);
    // Closes and removes the connection. Call after every QSqlQuery on it has been destroyed.
    static void remove(const QString &name);

    // Helpers that throw SqlFailure, for code that runs inside a transaction.
    static QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
    static void exec(QSqlQuery &query);
    static void exec(const QSqlDatabase &db, const QString &sql);
    static QVariant scalar(const QSqlDatabase &db, const QString &sql);
};

} // namespace lintas
