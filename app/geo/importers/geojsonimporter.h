#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "geo/importers/importerror.h"
#include "geo/mapfeatures.h"

namespace lintas::geo {

// Reads an RFC 7946 GeoJSON file (a FeatureCollection, one Feature or a bare geometry) with Qt JSON:
//   LineString, MultiLineString → roads     (properties highway|type|fclass|class, name, oneway, lanes)
//   Polygon, MultiPolygon       → sectors   (properties name|KEC_NAME|kecamatan, kota|KAB_NAME|city)
//   Point with a name           → places    (property kind, else "landmark"; kecamatan)
// Features without geometry are skipped. A structural error (bad JSON, a position that is not two numbers,
// a line with one vertex, an unknown geometry type) stops the import naming the file and the feature.
class GeoJsonImporter
{
    Q_DECLARE_TR_FUNCTIONS(lintas::geo::GeoJsonImporter)

public:
    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }

    // Appends what the file holds to `features`; on failure `features` is left as it was.
    bool read(const QString &path, MapFeatures *features, ImportError *error);
    // The same from bytes already in memory; `fileName` is only used in error messages.
    bool readBytes(const QByteArray &json, const QString &fileName, MapFeatures *features, ImportError *error);

private:
    using Line = QList<GeoPoint>;
    bool readFeature(const QJsonObject &geometry, const QJsonObject &properties, MapFeatures *out, QString *what);
    std::optional<GeoPoint> position(const QJsonValue &value, QString *what) const;
    std::optional<Line> positions(const QJsonValue &value, qsizetype minimum, QString *what) const;

    ImportProgress m_progress;
};

} // namespace lintas::geo
