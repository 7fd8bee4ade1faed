#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "geo/importers/importerror.h"
#include "geo/mapfeatures.h"

namespace lintas::geo {

// Reads named points for the place search from a CSV file with a header row and the columns
// name, kind, latitude, longitude and optionally kecamatan (the gazetteer's landmarks.csv). Fields may be
// quoted (RFC 4180). The record number in an error is the data row, counting from 1 after the header.
class LandmarkCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(lintas::geo::LandmarkCsvImporter)

public:
    bool read(const QString &path, QList<PlaceFeature> *places, ImportError *error);
    bool readBytes(const QByteArray &csv, const QString &fileName, QList<PlaceFeature> *places, ImportError *error);
};

} // namespace lintas::geo
