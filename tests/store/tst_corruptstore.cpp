// A damaged or foreign file is never silently replaced: open() fails with a message naming the file and what is
// wrong, the file is left as it was, and moveDamagedStoreAside() clears the way for a fresh store.

#include <unistd.h>

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "store/schema.h"
#include "store/store.h"
#include "store/storereader.h"
#include "storetest.h"

using namespace lintas;
using namespace lintas::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A real store with enough rows to span many pages, closed and checkpointed into the main file.
void makeStore(const QString &path, int incidents)
{
    Store store(path, QStringLiteral("desk"));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    ChangeList changes;
    for (int i = 0; i < incidents; ++i)
        changes.append(change(EntityKind::Incident, QUuid::createUuid(), ChangeKind::Create,
                              {{QStringLiteral("road"), QStringLiteral("Jalan Panjang %1").arg(i)},
                               {QStringLiteral("summary"), QString(200, QLatin1Char('x'))},
                               {QStringLiteral("station_code"), QStringLiteral("JAKBAR")}},
                              baseMs() + i));
    QVERIFY(store.commitLocal(changes).ok);
}

void setUserVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestCorruptStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString path() { return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_n)); }

    // Opens, expects failure naming the file and the given words, and checks the file was not touched.
    void expectRefused(const QString &file, const QStringList &words)
    {
        const QByteArray before = readAll(file);
        Store store(file, QStringLiteral("desk"));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(file), qPrintable(error));
        for (const QString &word : words)
            QVERIFY2(error.contains(word), qPrintable(QStringLiteral("“%1” not in: %2").arg(word, error)));
        QCOMPARE(readAll(file), before);
        QCOMPARE(store.outboxCount(), 0);
        QVERIFY(!store.commitLocal({}).ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void garbageFile()
    {
        const QString file = path();
        QByteArray garbage(16 * 1024, Qt::Uninitialized);
        QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        writeAll(file, garbage);
        expectRefused(file, {QStringLiteral("not an SQLite database")});
    }

    void textFile()
    {
        const QString file = path();
        writeAll(file, "name,kind\nMonas,landmark\n");
        expectRefused(file, {QStringLiteral("not an SQLite database")});
    }

    void truncatedFile()
    {
        const QString file = path();
        makeStore(file, 400);
        const QByteArray whole = readAll(file);
        QVERIFY2(whole.size() > 200 * 1024, qPrintable(QString::number(whole.size())));
        writeAll(file, whole.left(whole.size() / 2));
        expectRefused(file, {QStringLiteral("damaged")});
    }

    void truncatedLargeStore()
    {
        // A store over the full-check limit that was closed cleanly is only measured against its page count:
        // that must still catch a truncated file, and must not refuse a sound one.
        const QString file = path();
        makeStore(file, 400);
        {
            Store sound(file, QStringLiteral("desk"));
            sound.setFullCheckLimit(0);
            QString error;
            QVERIFY2(sound.open(&error), qPrintable(error));
        }
        const QByteArray whole = readAll(file);
        writeAll(file, whole.left(whole.size() - 4096));
        const QByteArray before = readAll(file);
        Store store(file, QStringLiteral("desk"));
        store.setFullCheckLimit(0);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(file) && error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(readAll(file), before);
    }

    void overwrittenPages()
    {
        // A disk error scribbles over the middle of the file: the header is fine, the b-trees are not.
        const QString file = path();
        makeStore(file, 400);
        QByteArray bytes = readAll(file);
        for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 3 * 4096; ++i)
            bytes[i] = char(0x5a);
        writeAll(file, bytes);
        expectRefused(file, {QStringLiteral("damaged")});
    }

    void newerSchema()
    {
        const QString file = path();
        makeStore(file, 3);
        setUserVersion(file, 99);
        expectRefused(file, {QStringLiteral("newer version"), QStringLiteral("99"),
                             QStringLiteral("up to %1").arg(Schema::kCurrentVersion)});
    }

    void foreignDatabase()
    {
        const QString file = path();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        expectRefused(file, {QStringLiteral("not a Lintas store")});
    }

    void readOnlyFile()
    {
        if (::geteuid() == 0)
            QSKIP("root may write to any file; the permission check cannot be seen");
        const QString file = path();
        makeStore(file, 3);
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner));
        expectRefused(file, {QStringLiteral("cannot be written")});
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }

    void moveAsideThenStartFresh()
    {
        const QString file = path();
        writeAll(file, QByteArray(8192, 'z'));
        writeAll(file + QStringLiteral("-wal"), QByteArray("stale journal"));
        writeAll(file + QStringLiteral("-shm"), QByteArray(32768, '\0'));
        Store refused(file, QStringLiteral("desk"));
        QString error;
        QVERIFY(!refused.open(&error));

        const QString moved = moveDamagedStoreAside(file, &error);
        QVERIFY2(!moved.isEmpty(), qPrintable(error));
        QVERIFY(moved.startsWith(file + QStringLiteral(".damaged-")));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        QCOMPARE(readAll(moved), QByteArray(8192, 'z'));
        QCOMPARE(readAll(moved + QStringLiteral("-wal")), QByteArray("stale journal"));
        QVERIFY(QFile::exists(moved + QStringLiteral("-shm")));

        Store fresh(file, QStringLiteral("desk"));
        QVERIFY2(fresh.open(&error), qPrintable(error));
        QVERIFY(fresh
                    .commitLocal({change(EntityKind::Incident, QUuid::createUuid(), ChangeKind::Create,
                                         {{QStringLiteral("station_code"), QStringLiteral("JAKUT")}}, baseMs())})
                    .ok);
        // A second damaged file on the same second does not overwrite the first one moved aside.
        fresh.close();
        const QString again = moveDamagedStoreAside(file, &error);
        QVERIFY(!again.isEmpty());
        QVERIFY(again != moved);
        QVERIFY(QFile::exists(moved));

        QVERIFY(moveDamagedStoreAside(m_dir.filePath(QStringLiteral("does-not-exist.db")), &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("does-not-exist.db")));
    }
};

QTEST_GUILESS_MAIN(TestCorruptStore)
#include "tst_corruptstore.moc"
