// Suite "store": committed changes per second through Store::commitLocal (validation, numbering, change log,
// reducer, outbox, one transaction per batch), beside plain INSERTs of the same rows into one simple table
// with the same pragmas and the same transaction size.

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "bench.h"
#include "core/changefactory.h"
#include "store/store.h"

namespace lintas::bench {
namespace {

// Changes as a desk makes them: a new incident (its Create and narrative note), then an edit.
ChangeList makeChanges(int count)
{
    HybridClock clock;
    ChangeFactory factory(QStringLiteral("bench-desk"), QStringLiteral("87050123"), &clock);
    ChangeList changes;
    changes.reserve(count + 2);
    for (int i = 0; changes.size() < count; ++i) {
        IncidentDraft draft;
        draft.typeCode = QStringLiteral("kecelakaan");
        draft.stationCode = QStringLiteral("JAKPUS-GAMBIR");
        draft.road = QStringLiteral("Jalan Medan Merdeka Barat");
        draft.landmark = QStringLiteral("Monumen Nasional (Monas)");
        draft.latitude = -6.1754;
        draft.longitude = 106.8272;
        draft.reporterName = QStringLiteral("Budi Santoso");
        draft.reporterPhone = QStringLiteral("0812-3456-7890");
        draft.lanesTotal = 3;
        draft.narrative =
            QStringLiteral("Tabrakan sepeda motor dan mobil pribadi, satu korban luka ringan (%1).").arg(i);
        QUuid id;
        changes += factory.createIncident(draft, &id);
        changes.append(factory.setIncidentFields(id, {{QStringLiteral("lanes_blocked"), 1}}));
    }
    changes.resize(count);
    return changes;
}

double lintasRate(const QString &path, const ChangeList &changes, int batch)
{
    Store store(path, QStringLiteral("bench-desk"));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    for (qsizetype at = 0; at < changes.size(); at += batch) {
        const CommitResult result = store.commitLocal(changes.mid(at, batch));
        if (!result.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 0;
        }
    }
    return changes.size() / (timer.nsecsElapsed() / 1e9);
}

double rawRate(const QString &path, const ChangeList &changes, int batch)
{
    const QString name = QStringLiteral("bench-raw");
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return 0;
        QSqlQuery q(db);
        for (const char *sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                                "PRAGMA busy_timeout = 5000",
                                "CREATE TABLE changes (op_id TEXT PRIMARY KEY NOT NULL, site_id TEXT NOT NULL, hlc "
                                "INTEGER NOT NULL, actor TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
                                "kind TEXT NOT NULL, fields TEXT NOT NULL, schema_version INTEGER NOT NULL)"})
            q.exec(QString::fromLatin1(sql));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QElapsedTimer timer;
        timer.start();
        for (qsizetype at = 0; at < changes.size(); at += batch) {
            q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            for (qsizetype i = at; i < std::min<qsizetype>(at + batch, changes.size()); ++i) {
                const Change &c = changes.at(i);
                insert.bindValue(0, c.opId.toString(QUuid::WithoutBraces));
                insert.bindValue(1, c.siteId);
                insert.bindValue(2, qint64(c.hlc.packed()));
                insert.bindValue(3, c.actor);
                insert.bindValue(4, toString(c.entity));
                insert.bindValue(5, c.entityId.toString(QUuid::WithoutBraces));
                insert.bindValue(6, toString(c.kind));
                insert.bindValue(7, QString::fromUtf8(c.fieldsJson()));
                insert.bindValue(8, c.schemaVersion);
                if (!insert.exec()) {
                    std::fprintf(stderr, "%s\n", qPrintable(insert.lastError().text()));
                    return 0;
                }
            }
            q.exec(QStringLiteral("COMMIT"));
        }
        rate = changes.size() / (timer.nsecsElapsed() / 1e9);
    }
    QSqlDatabase::removeDatabase(name);
    return rate;
}

// The file after the store is closed (the last connection checkpoints the WAL into it).
qint64 storeFileSize(const QString &path)
{
    return QFileInfo(path).size();
}

qint64 emptyStoreSize(const QString &path)
{
    {
        Store store(path, QStringLiteral("bench-desk"));
        QString error;
        if (!store.open(&error))
            return -1;
    }
    return storeFileSize(path);
}

} // namespace

int runStoreSuite(const QStringList &arguments)
{
    // Optional arguments pick batch sizes: `lintas-bench store 1000`.
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    // Enough commits per size for a stable figure without running for minutes on a slow disk.
    const std::pair<int, int> sizes[] = {{1, 300}, {10, 3000}, {1000, 20000}};
    for (const auto &[batch, count] : sizes) {
        if (!arguments.isEmpty() && !arguments.contains(QString::number(batch)))
            continue;
        const ChangeList changes = makeChanges(count);
        const double lintas = lintasRate(dir.filePath(QStringLiteral("lintas-%1.db").arg(batch)), changes, batch);
        const double raw = rawRate(dir.filePath(QStringLiteral("raw-%1.db").arg(batch)), changes, batch);
        if (lintas <= 0 || raw <= 0)
            return 1;
        report({QStringLiteral("store.commit.batch%1").arg(batch), std::round(lintas), QStringLiteral("ops/s"),
                std::round(raw)});
        if (batch == 1000) {
            // Informational: what the incidents of the batch-1,000 run (a Create with its narrative note and one
            // edit each) add to an empty store, gazetteer and schema excluded.
            const qint64 empty = emptyStoreSize(dir.filePath(QStringLiteral("empty.db")));
            const qint64 full = storeFileSize(dir.filePath(QStringLiteral("lintas-1000.db")));
            const auto incidents = std::count_if(changes.cbegin(), changes.cend(), [](const Change &change) {
                return change.entity == EntityKind::Incident && change.kind == ChangeKind::Create;
            });
            if (empty > 0 && full > empty && incidents > 0)
                report({QStringLiteral("store.size_per_1000_incidents"),
                        std::round((full - empty) / 1048576.0 / double(incidents) * 1000 * 100) / 100,
                        QStringLiteral("MiB")});
        }
    }
    return 0;
}

} // namespace lintas::bench
