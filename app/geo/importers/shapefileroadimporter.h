#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "geo/importers/importerror.h"
#include "geo/mapfeatures.h"

namespace lintas::geo {

// Reads a line layer of roads from an ESRI Shapefile with OpenStreetMap-style attributes:
//   class   TYPE, HIGHWAY, FCLASS or CLASS (required; OSM highway values)
//   name    NAME (required)
//   oneway  ONEWAY (optional; yes/1/true, -1, no/empty)
//   lanes   LANES (optional; non-numbers such as "*****" mean unknown)
// A multipart line becomes one road per part. Null shapes and parts with fewer than two vertices are skipped
// (and counted); anything unreadable stops the import with an ImportError naming the file and record.
class ShapefileRoadImporter
{
    Q_DECLARE_TR_FUNCTIONS(lintas::geo::ShapefileRoadImporter)

public:
    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }

    // Appends the roads of `shpPath` to `roads`; on failure `roads` is left as it was.
    bool read(const QString &shpPath, QList<RoadFeature> *roads, ImportError *error);

    // Records in the last file read that held no usable line.
    int skippedRecords() const { return m_skipped; }

private:
    ImportProgress m_progress;
    int m_skipped = 0;
};

} // namespace lintas::geo
