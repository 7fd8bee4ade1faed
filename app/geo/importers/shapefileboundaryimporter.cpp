#include "geo/importers/shapefileboundaryimporter.h"

#include "geo/importers/shapefilereader.h"

namespace lintas::geo {

ShapefileBoundaryImporter::ShapefileBoundaryImporter()
    : m_nameFields{QStringLiteral("KEC_NAME"), QStringLiteral("KECAMATAN"), QStringLiteral("NAME"),
                   QStringLiteral("NAMA")},
      m_kotaFields{QStringLiteral("KAB_NAME"), QStringLiteral("KOTA"), QStringLiteral("KABUPATEN"),
                   QStringLiteral("CITY")}
{
}

QString ShapefileBoundaryImporter::tidyName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed != trimmed.toUpper())
        return trimmed;
    QString out = trimmed.toLower();
    bool wordStart = true;
    for (QChar &c : out) {
        if (wordStart && c.isLetter())
            c = c.toUpper();
        wordStart = !c.isLetterOrNumber() && c != u'\'';
    }
    return out;
}

bool ShapefileBoundaryImporter::read(const QString &shpPath, QList<SectorFeature> *sectors, ImportError *error)
{
    ShapefileReader reader;
    if (!reader.open(shpPath, error))
        return false;
    const int type = reader.shapeType();
    if (type != SHPT_POLYGON && type != SHPT_POLYGONZ && type != SHPT_POLYGONM) {
        *error = ImportError{
            reader.shpName(), 0,
            tr("holds %1 shapes, not polygons; a boundary layer is a Polygon shapefile").arg(reader.shapeTypeName())};
        return false;
    }
    const int nameField = reader.findField(m_nameFields);
    if (nameField < 0) {
        *error = ImportError{
            reader.dbfName(), 0,
            tr("no district name field (looked for %1; the file has %2)")
                .arg(m_nameFields.join(QStringLiteral(", ")), reader.fieldNames().join(QStringLiteral(", ")))};
        return false;
    }
    const int kotaField = reader.findField(m_kotaFields);

    QList<SectorFeature> read;
    const int total = reader.recordCount();
    for (int i = 0; i < total; ++i) {
        if (m_progress)
            m_progress(i, total);
        const auto parts = reader.readParts(i, error);
        if (!parts)
            return false;
        const auto name = reader.readString(i, nameField, error);
        if (!name)
            return false;
        QString kota;
        if (kotaField >= 0) {
            const auto value = reader.readString(i, kotaField, error);
            if (!value)
                return false;
            kota = *value;
        }
        QList<GeoPolygon::Ring> rings;
        for (const QList<GeoPoint> &part : *parts) {
            if (part.size() >= 3)
                rings.append(part);
        }
        if (rings.isEmpty())
            continue;
        if (name->isEmpty()) {
            *error = ImportError{
                reader.dbfName(), qint64(i) + 1,
                tr("the district has no name (field %1 is empty)").arg(reader.fieldNames().value(nameField))};
            return false;
        }
        read.append(SectorFeature{tidyName(*name), tidyName(kota), GeoPolygon(std::move(rings))});
    }
    if (m_progress)
        m_progress(total, total);
    sectors->append(std::move(read));
    return true;
}

} // namespace lintas::geo
