#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "geo/importers/importerror.h"
#include "geo/mapfeatures.h"

namespace lintas::geo {

// Reads district polygons (kecamatan, Polres areas) from a Polygon shapefile. The name and the city are
// taken from the first field that exists among the candidates, so the InaSAFE/BPS layouts (KEC_NAME,
// KAB_NAME) and plain ones (NAME, KOTA) both work. All-capital names ("KEBAYORAN BARU") become title case.
// Every part of a record becomes a ring of one sector: holes and islands alike, for the even-odd test.
class ShapefileBoundaryImporter
{
    Q_DECLARE_TR_FUNCTIONS(lintas::geo::ShapefileBoundaryImporter)

public:
    ShapefileBoundaryImporter();

    void setNameFields(const QStringList &candidates) { m_nameFields = candidates; }
    void setKotaFields(const QStringList &candidates) { m_kotaFields = candidates; }
    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }

    // Appends the sectors of `shpPath`; on failure `sectors` is left as it was.
    bool read(const QString &shpPath, QList<SectorFeature> *sectors, ImportError *error);

    // "KEBAYORAN BARU" → "Kebayoran Baru"; text with lower-case letters is returned as it is.
    static QString tidyName(const QString &name);

private:
    QStringList m_nameFields;
    QStringList m_kotaFields;
    ImportProgress m_progress;
};

} // namespace lintas::geo
