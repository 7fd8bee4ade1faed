#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "exchangereader.h"

namespace lintas {

// Incidents and cases as a GeoJSON FeatureCollection (RFC 7946): a Point in longitude, latitude order (WGS 84)
// for every record with a position, a null geometry for one without; the record's fields as properties, times
// in WIB with their offset.
class GeoJsonExport
{
public:
    static QByteArray incidents(const QList<ExchangeIncident> &records);
    static QByteArray cases(const QList<ExchangeCase> &records);

    static QJsonObject feature(const ExchangeIncident &record);
    static QJsonObject feature(const ExchangeCase &record);
};

} // namespace lintas
