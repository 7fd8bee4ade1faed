#pragma once

// Helpers shared by the store tests: changes with chosen clocks, and a canonical dump of the tables that
// the reducer writes (for "same set of changes → same tables").

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

#include "core/change.h"
#include "core/uuidv7.h"
#include "store/casereader.h"

namespace lintas::test {

inline qint64 baseMs()
{
    return QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch();
}

inline Change change(EntityKind entity, const QUuid &id, ChangeKind kind, const QVariantMap &fields, qint64 ms,
                     const QString &site = QStringLiteral("A"), quint16 counter = 0)
{
    Change c;
    c.opId = uuidV7At(ms);
    c.siteId = site;
    c.hlc = Hlc::fromParts(ms, counter);
    c.actor = QStringLiteral("87050123");
    c.entity = entity;
    c.entityId = id;
    c.kind = kind;
    c.fields = fields;
    return c;
}

inline Change transition(EntityKind entity, const QUuid &id, const QString &from, const QString &to, qint64 ms,
                         const QString &site = QStringLiteral("A"), const QUuid &incident = {})
{
    QVariantMap fields{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    if (!incident.isNull())
        fields.insert(QStringLiteral("incident_id"), incident.toString(QUuid::WithoutBraces));
    return change(entity, id, ChangeKind::Transition, fields, ms, site);
}

// A case search for a text, every filter open.
inline CaseQuery textQuery(const QString &text)
{
    CaseQuery query;
    query.text = text;
    return query;
}

inline QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Every row of every reduced table, ordered by key, as text. Row ids and the outbox are left out: they record
// arrival order, which is the one thing allowed to differ.
inline QString dumpStore(const QString &path, bool withOutbox = false)
{
    const QString name = QStringLiteral("dump-%1").arg(QUuid::createUuid().toString());
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QStringLiteral("cannot open ") + path;
        QStringList queries{
            QStringLiteral("SELECT * FROM change_log ORDER BY op_id"),
            QStringLiteral("SELECT * FROM incidents ORDER BY id"),
            QStringLiteral("SELECT * FROM units ORDER BY id"),
            QStringLiteral("SELECT * FROM notes ORDER BY op_id"),
            QStringLiteral("SELECT * FROM assignments ORDER BY op_id"),
            QStringLiteral("SELECT * FROM transitions ORDER BY op_id"),
            QStringLiteral("SELECT * FROM settings ORDER BY id"),
            QStringLiteral("SELECT i.id, s.number, s.road, s.landmark, s.summary, s.notes FROM incident_search s "
                           "JOIN incidents i ON i.rowid = s.rowid ORDER BY i.id"),
            QStringLiteral("SELECT count(*) FROM incident_search"),
            QStringLiteral("SELECT * FROM cases ORDER BY id"),
            QStringLiteral("SELECT * FROM case_plates ORDER BY case_id, plate_key"),
            QStringLiteral("SELECT c.id, s.number, s.names, s.nik, s.plates, s.articles, s.narrative, s.other FROM "
                           "case_search s JOIN cases c ON c.rowid = s.rowid ORDER BY c.id"),
            QStringLiteral("SELECT count(*) FROM case_search"),
            QStringLiteral("SELECT sha256, length(bytes) FROM blobs ORDER BY sha256"),
            QStringLiteral("SELECT * FROM articles ORDER BY code"),
            QStringLiteral("SELECT * FROM article_versions ORDER BY op_id"),
        };
        if (withOutbox)
            queries << QStringLiteral("SELECT op_id FROM outbox ORDER BY seq");
        for (const QString &sql : queries) {
            out += sql + QLatin1Char('\n');
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                out += QStringLiteral("ERROR\n");
                continue;
            }
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                out += values.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

inline QVariant scalar(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("scalar-%1").arg(QUuid::createUuid().toString());
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace lintas::test
