#include "geo/importers/shapefilereader.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace lintas::geo {

namespace {

// shapelib reports problems through a hook without a context pointer; each thread keeps the last message so
// that concurrent imports on worker threads do not mix them up.
thread_local QString tl_lastShapelibError;

void captureShapelibError(const char *message)
{
    tl_lastShapelibError = QString::fromLocal8Bit(message).trimmed();
}

SAHooks capturingHooks()
{
    SAHooks hooks;
    SASetupDefaultHooks(&hooks);
    hooks.Error = &captureShapelibError;
    return hooks;
}

QString takeShapelibError()
{
    QString message = tl_lastShapelibError;
    tl_lastShapelibError.clear();
    return message;
}

bool isGeographic(double lat, double lon)
{
    return std::isfinite(lat) && std::isfinite(lon) && lat >= -90.0 && lat <= 90.0 && lon >= -180.0 && lon <= 180.0;
}

} // namespace

ShapefileReader::~ShapefileReader()
{
    if (m_shp)
        SHPClose(m_shp);
    if (m_dbf)
        DBFClose(m_dbf);
}

bool ShapefileReader::open(const QString &path, ImportError *error)
{
    const QFileInfo info(path);
    const QString base = info.dir().filePath(info.completeBaseName());
    m_shpName = info.fileName();
    m_dbfName = info.completeBaseName() + QStringLiteral(".dbf");
    auto fail = [error](const QString &file, const QString &what) {
        *error = ImportError{file, 0, what};
        return false;
    };

    if (!info.exists())
        return fail(m_shpName, tr("the file does not exist"));
    m_shpFileSize = info.size();

    // A projected layer would import as nonsense coordinates; say so before reading anything.
    QFile prj(base + QStringLiteral(".prj"));
    if (prj.open(QIODevice::ReadOnly)) {
        const QByteArray wkt = prj.read(4096).trimmed();
        if (wkt.startsWith("PROJCS"))
            return fail(prj.fileName().section(u'/', -1),
                        tr("the layer uses a projected coordinate system; reproject it to WGS 84 (EPSG:4326)"));
    }

    SAHooks hooks = capturingHooks();
    takeShapelibError();
    m_shp = SHPOpenLL(QFile::encodeName(path).constData(), "rb", &hooks);
    if (!m_shp) {
        const QString detail = takeShapelibError();
        return fail(m_shpName, detail.isEmpty() ? tr("not a readable shapefile (is the .shx beside it?)")
                                                : tr("not a readable shapefile: %1").arg(detail));
    }
    SHPGetInfo(m_shp, &m_records, &m_shapeType, nullptr, nullptr);

    const QString dbfPath = base + QStringLiteral(".dbf");
    m_dbf = DBFOpenLL(QFile::encodeName(dbfPath).constData(), "rb", &hooks);
    if (!m_dbf) {
        const QString detail = takeShapelibError();
        return fail(m_dbfName, detail.isEmpty() ? tr("the attribute table is missing or unreadable")
                                                : tr("the attribute table is unreadable: %1").arg(detail));
    }
    const int dbfRecords = DBFGetRecordCount(m_dbf);
    if (dbfRecords != m_records)
        return fail(m_dbfName, tr("holds %1 records but %2 holds %3; the files do not belong together")
                                   .arg(dbfRecords)
                                   .arg(m_shpName)
                                   .arg(m_records));
    const qint64 dbfSize = QFileInfo(dbfPath).size();
    const qint64 needed = qint64(m_dbf->nHeaderLength) + qint64(m_dbf->nRecordLength) * dbfRecords;
    if (dbfSize < needed && m_dbf->nRecordLength > 0) {
        const qint64 firstBroken = (dbfSize - m_dbf->nHeaderLength) / m_dbf->nRecordLength + 1;
        *error = ImportError{
            m_dbfName, firstBroken,
            tr("the file ends inside this record (%1 of %2 bytes present); it is truncated").arg(dbfSize).arg(needed)};
        return false;
    }

    const char *codePage = DBFGetCodePage(m_dbf);
    const QByteArray cp = QByteArray(codePage ? codePage : "").toUpper();
    m_utf8 = cp.contains("UTF-8") || cp.contains("UTF8") || cp == "65001";
    return true;
}

QString ShapefileReader::shapeTypeName() const
{
    return QString::fromLatin1(SHPTypeName(m_shapeType));
}

int ShapefileReader::findField(const QStringList &candidates) const
{
    const QStringList names = fieldNames();
    for (const QString &candidate : candidates) {
        const qsizetype at = names.indexOf(candidate, 0);
        if (at >= 0)
            return int(at);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names[i].compare(candidate, Qt::CaseInsensitive) == 0)
                return int(i);
        }
    }
    return -1;
}

QStringList ShapefileReader::fieldNames() const
{
    QStringList names;
    if (!m_dbf)
        return names;
    const int count = DBFGetFieldCount(m_dbf);
    for (int i = 0; i < count; ++i) {
        char name[XBASE_FLDNAME_LEN_READ + 1] = {};
        DBFGetFieldInfo(m_dbf, i, name, nullptr, nullptr);
        names.append(QString::fromLatin1(name));
    }
    return names;
}

std::optional<QList<QList<GeoPoint>>> ShapefileReader::readParts(int index, ImportError *error)
{
    const qint64 record = qint64(index) + 1;
    // shapelib trusts the offsets in the .shx; a cut-off .shp shows up as a record that ends past the end.
    const qint64 end = qint64(m_shp->panRecOffset[index]) + qint64(m_shp->panRecSize[index]) + 8;
    if (end > m_shpFileSize) {
        *error = ImportError{m_shpName, record,
                             tr("the record ends at byte %1 but the file has only %2 bytes; it is truncated")
                                 .arg(end)
                                 .arg(m_shpFileSize)};
        return std::nullopt;
    }
    takeShapelibError();
    std::unique_ptr<SHPObject, ShapeDeleter> shape(SHPReadObject(m_shp, index));
    if (!shape) {
        const QString detail = takeShapelibError();
        *error = ImportError{m_shpName, record,
                             detail.isEmpty() ? tr("the shape cannot be read")
                                              : tr("the shape cannot be read: %1").arg(detail)};
        return std::nullopt;
    }
    QList<QList<GeoPoint>> parts;
    if (shape->nSHPType == SHPT_NULL || shape->nVertices == 0)
        return parts;
    const int partCount = std::max(shape->nParts, 1);
    for (int p = 0; p < partCount; ++p) {
        const int from = shape->nParts > 0 ? shape->panPartStart[p] : 0;
        const int to = p + 1 < shape->nParts ? shape->panPartStart[p + 1] : shape->nVertices;
        if (from < 0 || to > shape->nVertices || from > to) {
            *error = ImportError{m_shpName, record, tr("part %1 has an impossible vertex range").arg(p + 1)};
            return std::nullopt;
        }
        QList<GeoPoint> part;
        part.reserve(to - from);
        for (int v = from; v < to; ++v) {
            const double lon = shape->padfX[v];
            const double lat = shape->padfY[v];
            if (!isGeographic(lat, lon)) {
                *error = ImportError{
                    m_shpName, record,
                    tr("vertex %1 (%2, %3) is not a WGS 84 longitude/latitude").arg(v + 1).arg(lon).arg(lat)};
                return std::nullopt;
            }
            part.append(GeoPoint{lat, lon});
        }
        parts.append(std::move(part));
    }
    return parts;
}

std::optional<QString> ShapefileReader::readString(int index, int field, ImportError *error)
{
    if (DBFIsAttributeNULL(m_dbf, index, field))
        return QString();
    takeShapelibError();
    const char *value = DBFReadStringAttribute(m_dbf, index, field);
    if (!value) {
        const QString detail = takeShapelibError();
        *error = ImportError{
            m_dbfName, qint64(index) + 1,
            tr("field %1 cannot be read%2")
                .arg(fieldNames().value(field), detail.isEmpty() ? QString() : QStringLiteral(": ") + detail)};
        return std::nullopt;
    }
    return decode(value).trimmed();
}

QString ShapefileReader::decode(const char *text) const
{
    const QByteArray bytes(text);
    if (m_utf8)
        return QString::fromUtf8(bytes);
    // Without a declared code page, take UTF-8 when the bytes are valid UTF-8, else Latin-1 (the dBase
    // default of the OpenStreetMap extracts).
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : decoded;
}

} // namespace lintas::geo
