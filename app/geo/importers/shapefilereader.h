#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <shapefil.h>

#include "geo/geobounds.h"
#include "geo/importers/importerror.h"

namespace lintas::geo {

// One ESRI Shapefile (.shp + .shx + .dbf) opened read-only with shapelib, with every failure turned into an
// ImportError that names the file and the record. Shared by the road and the boundary importers.
class ShapefileReader
{
    Q_DECLARE_TR_FUNCTIONS(lintas::geo::ShapefileReader)

public:
    ShapefileReader() = default;
    ~ShapefileReader();
    ShapefileReader(const ShapefileReader &) = delete;
    ShapefileReader &operator=(const ShapefileReader &) = delete;

    // `path` names the .shp; the .shx and .dbf beside it are opened too. Checks that the layer is in
    // geographic coordinates (.prj), that the .dbf is complete and that both files hold the same records.
    bool open(const QString &path, ImportError *error);

    QString shpName() const { return m_shpName; }
    QString dbfName() const { return m_dbfName; }
    int recordCount() const { return m_records; }
    int shapeType() const { return m_shapeType; }
    QString shapeTypeName() const;

    // The index of the first field whose name matches one of the candidates (case-insensitive), or -1.
    int findField(const QStringList &candidates) const;
    QStringList fieldNames() const;

    // The parts of record `index` (0-based) as vertex lists, checked to be WGS84 positions. An empty list for
    // a null shape. nullopt with *error set when the record cannot be read or holds impossible coordinates.
    std::optional<QList<QList<GeoPoint>>> readParts(int index, ImportError *error);
    // A text attribute, trimmed; empty for a NULL value. nullopt with *error set when it cannot be read.
    std::optional<QString> readString(int index, int field, ImportError *error);

private:
    struct ShapeDeleter
    {
        void operator()(SHPObject *object) const { SHPDestroyObject(object); }
    };

    QString decode(const char *text) const;

    SHPHandle m_shp = nullptr;
    DBFHandle m_dbf = nullptr;
    QString m_shpName;
    QString m_dbfName;
    qint64 m_shpFileSize = 0;
    int m_records = 0;
    int m_shapeType = 0;
    bool m_utf8 = false;
};

} // namespace lintas::geo
