#include "geo/mbtiles.h"

#include <algorithm>
#include <limits>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "geo/geolog.h"

namespace lintas::geo {

namespace {

QSqlDatabase database(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

// The schema of the MBTiles 1.3 specification, plus the cache's access table. auto_vacuum must be set
// before the first table exists; with it, pruning can return freed pages to the file system.
const char *const kCreateSchema[] = {
    "PRAGMA auto_vacuum = INCREMENTAL",
    "CREATE TABLE IF NOT EXISTS metadata (name TEXT, value TEXT)",
    "CREATE UNIQUE INDEX IF NOT EXISTS name ON metadata (name)",
    "CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)",
    "CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row)",
};

QString boundsText(const GeoBounds &b)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(b.west, 0, 'f', 7)
        .arg(b.south, 0, 'f', 7)
        .arg(b.east, 0, 'f', 7)
        .arg(b.north, 0, 'f', 7);
}

void bindTile(QSqlQuery &query, const TileId &tile)
{
    query.bindValue(0, tile.z);
    query.bindValue(1, tile.x);
    query.bindValue(2, tile.tmsRow());
}

} // namespace

MBTiles::MBTiles() = default;

MBTiles::~MBTiles()
{
    close();
}

bool MBTiles::fail(const QString &message, QString *error)
{
    m_lastError = message;
    if (error)
        *error = message;
    qCWarning(lcGeo).noquote() << message;
    close();
    m_lastError = message;
    return false;
}

bool MBTiles::exec(const QString &sql)
{
    QSqlQuery query(database(m_connectionName));
    if (query.exec(sql))
        return true;
    m_lastError = query.lastError().text();
    qCWarning(lcGeo) << "MBTiles:" << sql << "failed:" << m_lastError;
    return false;
}

bool MBTiles::open(const QString &path, OpenMode mode, QString *error)
{
    close();
    m_lastError.clear();
    const QFileInfo info(path);
    const bool exists = info.isFile();
    if (mode == OpenMode::ReadOnly && !exists)
        return fail(tr("The tile file %1 does not exist.").arg(path), error);
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder for the tile file %1.").arg(path), error);

    m_connectionName = QStringLiteral("lintas-mbtiles-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_path = path;
    m_readOnly = mode == OpenMode::ReadOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (m_readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        else
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open())
            return fail(tr("Cannot open the tile file %1: %2").arg(path, db.lastError().text()), error);
    }

    if (!m_readOnly && !exists) {
        for (const char *statement : kCreateSchema) {
            if (!exec(QString::fromLatin1(statement)))
                return fail(tr("Cannot create the tile file %1: %2").arg(path, m_lastError), error);
        }
    }

    {
        QSqlQuery query(database(m_connectionName));
        if (!query.exec(QStringLiteral("SELECT 1 FROM tiles LIMIT 1")))
            return fail(tr("%1 is not an MBTiles file (it has no tiles table).").arg(info.fileName()), error);
        query.finish();
        if (!query.exec(QStringLiteral("SELECT name, value FROM metadata LIMIT 1")))
            return fail(tr("%1 is not an MBTiles file (it has no metadata table).").arg(info.fileName()), error);
    }
    if (!m_readOnly) {
        // A cache, not a record: losing the last few tiles in a power cut is harmless, so no FULL sync.
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"})
            exec(QString::fromLatin1(pragma));
    }
    if (!m_readOnly && !ensureAccessTable())
        return fail(tr("Cannot prepare the tile file %1: %2").arg(path, m_lastError), error);
    return true;
}

bool MBTiles::ensureAccessTable()
{
    QSqlDatabase db = database(m_connectionName);
    const bool existed = db.tables().contains(QStringLiteral("lintas_tile_access"));
    if (!existed) {
        if (!exec(QStringLiteral("CREATE TABLE lintas_tile_access (zoom_level INTEGER NOT NULL, tile_column INTEGER "
                                 "NOT NULL, tile_row INTEGER NOT NULL, last_access INTEGER NOT NULL, size INTEGER "
                                 "NOT NULL, PRIMARY KEY (zoom_level, tile_column, tile_row)) WITHOUT ROWID")) ||
            !exec(QStringLiteral("CREATE INDEX lintas_tile_access_lru ON lintas_tile_access (last_access)")))
            return false;
        // Tiles written by another program count as never used: they go first when the cache is full.
        if (!exec(QStringLiteral("INSERT OR IGNORE INTO lintas_tile_access SELECT zoom_level, tile_column, tile_row, "
                                 "0, length(tile_data) FROM tiles")))
            return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(last_access), 0), COALESCE(SUM(size), 0) FROM "
                                   "lintas_tile_access")) ||
        !query.next()) {
        m_lastError = query.lastError().text();
        return false;
    }
    m_lastAccess = query.value(0).toLongLong();
    m_totalBytes = query.value(1).toLongLong();
    m_tracksAccess = true;
    return true;
}

void MBTiles::close()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = database(m_connectionName);
            if (db.isOpen()) {
                if (m_inBatch)
                    db.commit();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_connectionName.clear();
    m_path.clear();
    m_readOnly = true;
    m_tracksAccess = false;
    m_inBatch = false;
    m_lastAccess = 0;
    m_totalBytes = -1;
}

qint64 MBTiles::nextAccessStamp()
{
    // Milliseconds since the epoch, but strictly increasing even within one millisecond or when the clock
    // steps back, so the order of use is exact.
    m_lastAccess = std::max(m_lastAccess + 1, QDateTime::currentMSecsSinceEpoch());
    return m_lastAccess;
}

// --- metadata ----------------------------------------------------------------------------------------------

QHash<QString, QString> MBTiles::metadataValues() const
{
    QHash<QString, QString> values;
    if (!isOpen())
        return values;
    QSqlQuery query(database(m_connectionName));
    if (query.exec(QStringLiteral("SELECT name, value FROM metadata"))) {
        while (query.next())
            values.insert(query.value(0).toString(), query.value(1).toString());
    }
    return values;
}

QString MBTiles::metadataValue(const QString &name) const
{
    return metadataValues().value(name);
}

MBTiles::Metadata MBTiles::metadata() const
{
    const QHash<QString, QString> values = metadataValues();
    Metadata m;
    m.name = values.value(QStringLiteral("name"));
    m.format = values.value(QStringLiteral("format"), QStringLiteral("png"));
    m.attribution = values.value(QStringLiteral("attribution"));
    m.description = values.value(QStringLiteral("description"));
    m.type = values.value(QStringLiteral("type"));
    bool ok = false;
    const int minZoom = values.value(QStringLiteral("minzoom")).toInt(&ok);
    m.minZoom = ok ? minZoom : -1;
    const int maxZoom = values.value(QStringLiteral("maxzoom")).toInt(&ok);
    m.maxZoom = ok ? maxZoom : -1;
    const QStringList b = values.value(QStringLiteral("bounds")).split(u',');
    if (b.size() == 4)
        m.bounds = GeoBounds::fromCorners(b[1].toDouble(), b[0].toDouble(), b[3].toDouble(), b[2].toDouble());
    return m;
}

bool MBTiles::setMetadataValue(const QString &name, const QString &value)
{
    if (!isOpen() || m_readOnly)
        return false;
    QSqlQuery query(database(m_connectionName));
    // The spec's table has no primary key, only a unique index on name: replace keeps one row per name.
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)"));
    query.bindValue(0, name);
    query.bindValue(1, value);
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool MBTiles::setMetadata(const Metadata &m)
{
    bool ok = setMetadataValue(QStringLiteral("name"), m.name) &&
              setMetadataValue(QStringLiteral("format"), m.format) &&
              setMetadataValue(QStringLiteral("type"), m.type.isEmpty() ? QStringLiteral("baselayer") : m.type) &&
              setMetadataValue(QStringLiteral("version"), QStringLiteral("1.3"));
    if (ok && m.bounds.isValid())
        ok = setMetadataValue(QStringLiteral("bounds"), boundsText(m.bounds));
    if (ok && m.minZoom >= 0)
        ok = setMetadataValue(QStringLiteral("minzoom"), QString::number(m.minZoom));
    if (ok && m.maxZoom >= 0)
        ok = setMetadataValue(QStringLiteral("maxzoom"), QString::number(m.maxZoom));
    if (ok && !m.attribution.isEmpty())
        ok = setMetadataValue(QStringLiteral("attribution"), m.attribution);
    if (ok && !m.description.isEmpty())
        ok = setMetadataValue(QStringLiteral("description"), m.description);
    return ok;
}

bool MBTiles::updateExtentFromTiles()
{
    if (!isOpen() || m_readOnly)
        return false;
    QSqlQuery query(database(m_connectionName));
    if (!query.exec(QStringLiteral("SELECT zoom_level, MIN(tile_column), MAX(tile_column), MIN(tile_row), "
                                   "MAX(tile_row) FROM tiles GROUP BY zoom_level"))) {
        m_lastError = query.lastError().text();
        return false;
    }
    GeoBounds bounds;
    int minZoom = std::numeric_limits<int>::max();
    int maxZoom = -1;
    while (query.next()) {
        const int z = query.value(0).toInt();
        // TMS rows grow northwards: the largest row is the northernmost tile.
        const TileId northWest{z, query.value(1).toInt(), TileId::tmsFlip(z, query.value(4).toInt())};
        const TileId southEast{z, query.value(2).toInt(), TileId::tmsFlip(z, query.value(3).toInt())};
        if (!northWest.isValid() || !southEast.isValid())
            continue;
        bounds.extend(tileBounds(northWest));
        bounds.extend(tileBounds(southEast));
        minZoom = std::min(minZoom, z);
        maxZoom = std::max(maxZoom, z);
    }
    if (maxZoom < 0)
        return true; // no tiles: nothing to describe
    return setMetadataValue(QStringLiteral("bounds"), boundsText(bounds)) &&
           setMetadataValue(QStringLiteral("minzoom"), QString::number(minZoom)) &&
           setMetadataValue(QStringLiteral("maxzoom"), QString::number(maxZoom));
}

// --- tiles -------------------------------------------------------------------------------------------------

std::optional<QByteArray> MBTiles::tile(const TileId &tile, bool touch)
{
    if (!isOpen() || !tile.isValid())
        return std::nullopt;
    QByteArray data;
    {
        QSqlQuery query(database(m_connectionName));
        query.prepare(
            QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
        bindTile(query, tile);
        if (!query.exec() || !query.next())
            return std::nullopt;
        data = query.value(0).toByteArray();
    }
    if (touch && m_tracksAccess) {
        QSqlQuery update(database(m_connectionName));
        update.prepare(QStringLiteral("UPDATE lintas_tile_access SET last_access = ? WHERE zoom_level = ? AND "
                                      "tile_column = ? AND tile_row = ?"));
        update.bindValue(0, nextAccessStamp());
        update.bindValue(1, tile.z);
        update.bindValue(2, tile.x);
        update.bindValue(3, tile.tmsRow());
        if (!update.exec())
            qCWarning(lcGeo) << "MBTiles: recording the use of" << tile.toString()
                             << "failed:" << update.lastError().text();
    }
    return data;
}

bool MBTiles::hasTile(const TileId &tile) const
{
    if (!isOpen() || !tile.isValid())
        return false;
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("SELECT 1 FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    bindTile(query, tile);
    return query.exec() && query.next();
}

bool MBTiles::writeTile(const TileId &tile, const QByteArray &data)
{
    if (!isOpen() || m_readOnly || !tile.isValid())
        return false;
    QSqlDatabase db = database(m_connectionName);
    const bool ownTransaction = !m_inBatch && db.transaction();
    qint64 oldSize = 0;
    {
        QSqlQuery old(db);
        old.prepare(QStringLiteral(
            "SELECT size FROM lintas_tile_access WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
        bindTile(old, tile);
        if (old.exec() && old.next())
            oldSize = old.value(0).toLongLong();
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)"));
    bindTile(insert, tile);
    insert.bindValue(3, data);
    bool ok = insert.exec();
    if (!ok)
        m_lastError = insert.lastError().text();
    if (ok && m_tracksAccess) {
        QSqlQuery access(db);
        access.prepare(QStringLiteral("INSERT OR REPLACE INTO lintas_tile_access (zoom_level, tile_column, tile_row, "
                                      "last_access, size) VALUES (?, ?, ?, ?, ?)"));
        bindTile(access, tile);
        access.bindValue(3, nextAccessStamp());
        access.bindValue(4, qint64(data.size()));
        ok = access.exec();
        if (!ok)
            m_lastError = access.lastError().text();
    }
    if (ownTransaction) {
        if (ok)
            ok = db.commit();
        else
            db.rollback();
    }
    if (!ok) {
        qCWarning(lcGeo) << "MBTiles: writing" << tile.toString() << "failed:" << m_lastError;
        m_totalBytes = -1;
        return false;
    }
    if (m_totalBytes >= 0)
        m_totalBytes += data.size() - oldSize;
    return true;
}

bool MBTiles::removeTile(const TileId &tile)
{
    if (!isOpen() || m_readOnly)
        return false;
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    bindTile(query, tile);
    if (!query.exec())
        return false;
    if (m_tracksAccess) {
        QSqlQuery access(database(m_connectionName));
        access.prepare(
            QStringLiteral("DELETE FROM lintas_tile_access WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
        bindTile(access, tile);
        access.exec();
    }
    m_totalBytes = -1;
    return true;
}

qint64 MBTiles::tileCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(database(m_connectionName));
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM tiles")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 MBTiles::totalBytes() const
{
    if (!isOpen())
        return 0;
    if (m_totalBytes < 0) {
        QSqlQuery query(database(m_connectionName));
        const QString sql = m_tracksAccess ? QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM lintas_tile_access")
                                           : QStringLiteral("SELECT COALESCE(SUM(length(tile_data)), 0) FROM tiles");
        if (query.exec(sql) && query.next())
            m_totalBytes = query.value(0).toLongLong();
        else
            return 0;
    }
    return m_totalBytes;
}

qint64 MBTiles::averageTileBytes() const
{
    const qint64 count = tileCount();
    return count > 0 ? totalBytes() / count : 0;
}

qint64 MBTiles::pruneTo(qint64 maxBytes)
{
    if (!isOpen() || m_readOnly || !m_tracksAccess)
        return -1;
    const qint64 total = totalBytes();
    if (total <= maxBytes)
        return 0;
    QSqlDatabase db = database(m_connectionName);
    QList<TileId> victims; // z, x, TMS row
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT zoom_level, tile_column, tile_row, size FROM lintas_tile_access "
                                       "ORDER BY last_access"))) {
            m_lastError = query.lastError().text();
            return -1;
        }
        qint64 freed = 0;
        while (total - freed > maxBytes && query.next()) {
            victims.append(TileId{query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()});
            freed += query.value(3).toLongLong();
        }
    }
    const bool ownTransaction = !m_inBatch && db.transaction();
    QSqlQuery dropTile(db);
    dropTile.prepare(QStringLiteral("DELETE FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    QSqlQuery dropAccess(db);
    dropAccess.prepare(
        QStringLiteral("DELETE FROM lintas_tile_access WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    bool ok = true;
    for (const TileId &victim : std::as_const(victims)) {
        for (QSqlQuery *query : {&dropTile, &dropAccess}) {
            query->bindValue(0, victim.z);
            query->bindValue(1, victim.x);
            query->bindValue(2, victim.y); // already a TMS row
            ok = ok && query->exec();
        }
        if (!ok)
            break;
    }
    if (ownTransaction) {
        if (ok)
            ok = db.commit();
        else
            db.rollback();
    }
    m_totalBytes = -1;
    if (!ok) {
        m_lastError = db.lastError().text();
        return -1;
    }
    if (!m_inBatch)
        exec(QStringLiteral("PRAGMA incremental_vacuum"));
    qCDebug(lcGeo) << "MBTiles: pruned" << victims.size() << "tiles from" << m_path << "to" << totalBytes() << "bytes";
    return victims.size();
}

bool MBTiles::beginBatch()
{
    if (!isOpen() || m_readOnly || m_inBatch)
        return false;
    m_inBatch = database(m_connectionName).transaction();
    return m_inBatch;
}

bool MBTiles::commitBatch()
{
    if (!m_inBatch)
        return false;
    m_inBatch = false;
    if (database(m_connectionName).commit())
        return true;
    m_lastError = database(m_connectionName).lastError().text();
    m_totalBytes = -1;
    return false;
}

} // namespace lintas::geo
