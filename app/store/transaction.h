#pragma once

#include <QSqlDatabase>
#include <QString>

namespace lintas {

// BEGIN IMMEDIATE on construction, ROLLBACK on scope exit unless commit() succeeded. IMMEDIATE takes the
// write lock up front, so a transaction never fails half-way with SQLITE_BUSY when it first writes.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace lintas
