#pragma once

#include <QByteArray>
#include <QList>

#include "geo/geobounds.h"

namespace lintas::geo {

// The compact geometry encoding of map packages: little-endian int32 pairs (longitude, latitude) in units of
// 1e-7 degree (about 1 cm; ±214° fits in an int32), 8 bytes a vertex.
//   polyline: the vertices, nothing else (count = size / 8)
//   rings:    int32 ring count, then per ring an int32 vertex count and its vertices
class GeometryBlob
{
public:
    static constexpr double kUnitsPerDegree = 1e7;

    static QByteArray encodePolyline(const QList<GeoPoint> &points);
    // Empty on a malformed blob (size not a multiple of 8).
    static QList<GeoPoint> decodePolyline(const QByteArray &blob);

    static QByteArray encodeRings(const QList<QList<GeoPoint>> &rings);
    // Empty on a malformed blob (counts that run past the end).
    static QList<QList<GeoPoint>> decodeRings(const QByteArray &blob);

    // The value a coordinate is stored as; two vertices are the same node when these agree.
    static qint32 quantise(double degrees);
};

} // namespace lintas::geo
