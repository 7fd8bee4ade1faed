#include "geo/geometryblob.h"

#include <cmath>

#include <QtEndian>

namespace lintas::geo {

namespace {

void appendInt(QByteArray &out, qint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

qint32 readInt(const char *at)
{
    return qFromLittleEndian<qint32>(at);
}

void appendPoints(QByteArray &out, const QList<GeoPoint> &points)
{
    for (const GeoPoint &p : points) {
        appendInt(out, GeometryBlob::quantise(p.lon));
        appendInt(out, GeometryBlob::quantise(p.lat));
    }
}

GeoPoint readPoint(const char *at)
{
    return GeoPoint{readInt(at + 4) / GeometryBlob::kUnitsPerDegree, readInt(at) / GeometryBlob::kUnitsPerDegree};
}

} // namespace

qint32 GeometryBlob::quantise(double degrees)
{
    return qint32(std::lround(degrees * kUnitsPerDegree));
}

QByteArray GeometryBlob::encodePolyline(const QList<GeoPoint> &points)
{
    QByteArray out;
    out.reserve(points.size() * 8);
    appendPoints(out, points);
    return out;
}

QList<GeoPoint> GeometryBlob::decodePolyline(const QByteArray &blob)
{
    QList<GeoPoint> points;
    if (blob.size() % 8 != 0)
        return points;
    points.reserve(blob.size() / 8);
    for (qsizetype at = 0; at < blob.size(); at += 8)
        points.append(readPoint(blob.constData() + at));
    return points;
}

QByteArray GeometryBlob::encodeRings(const QList<QList<GeoPoint>> &rings)
{
    QByteArray out;
    appendInt(out, qint32(rings.size()));
    for (const QList<GeoPoint> &ring : rings) {
        appendInt(out, qint32(ring.size()));
        appendPoints(out, ring);
    }
    return out;
}

QList<QList<GeoPoint>> GeometryBlob::decodeRings(const QByteArray &blob)
{
    QList<QList<GeoPoint>> rings;
    const char *data = blob.constData();
    const qsizetype size = blob.size();
    if (size < 4)
        return {};
    const qint32 ringCount = readInt(data);
    qsizetype at = 4;
    for (qint32 r = 0; r < ringCount; ++r) {
        if (at + 4 > size)
            return {};
        const qint32 count = readInt(data + at);
        at += 4;
        if (count < 0 || at + qsizetype(count) * 8 > size)
            return {};
        QList<GeoPoint> ring;
        ring.reserve(count);
        for (qint32 i = 0; i < count; ++i, at += 8)
            ring.append(readPoint(data + at));
        rings.append(std::move(ring));
    }
    return at == size ? rings : QList<QList<GeoPoint>>{};
}

} // namespace lintas::geo
