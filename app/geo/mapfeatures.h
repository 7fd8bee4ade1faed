#pragma once

#include <QList>
#include <QString>

#include "geo/geobounds.h"
#include "geo/geopolygon.h"
#include "geo/roadclass.h"

namespace lintas::geo {

// What the importers read and the MapPackageBuilder writes: plain values, independent of the source format.

struct RoadFeature
{
    QString highway; // the source's class value as written ("residential"), kept for statistics
    RoadClass roadClass = RoadClass::Other;
    QString name;
    OneWay oneWay = OneWay::Both;
    int lanes = 0; // 0: unknown
    QList<GeoPoint> points;
};

// A district polygon (kecamatan, or a Polres area).
struct SectorFeature
{
    QString name;
    QString kota; // the city or regency it belongs to
    GeoPolygon polygon;
};

// A named point for the place search (landmark, station, terminal, …).
struct PlaceFeature
{
    QString name;
    QString kind;
    GeoPoint position;
    QString sector; // kecamatan; looked up from the sectors when empty
};

struct MapFeatures
{
    QList<RoadFeature> roads;
    QList<SectorFeature> sectors;
    QList<PlaceFeature> places;
};

} // namespace lintas::geo
