#pragma once

#include <QList>

#include "geo/geobounds.h"

namespace lintas::geo {

// A polygon as a set of rings (outer rings, holes and the parts of a multipart shape alike). Containment
// is even-odd over all rings, so the winding order does not matter and a ring that crosses itself still
// gives a sensible answer: three of the 2012 Jakarta boundary polygons self-intersect, and a non-zero or
// orientation-based test would put whole slivers in the wrong district.
class GeoPolygon
{
public:
    using Ring = QList<GeoPoint>;

    GeoPolygon() = default;
    explicit GeoPolygon(QList<Ring> rings);

    const QList<Ring> &rings() const { return m_rings; }
    bool isEmpty() const { return m_rings.isEmpty(); }
    const GeoBounds &bounds() const { return m_bounds; }
    int vertexCount() const;

    // Even-odd test over every ring. A ring need not repeat its first vertex at the end.
    bool contains(double lat, double lon) const;

private:
    QList<Ring> m_rings;
    GeoBounds m_bounds;
};

} // namespace lintas::geo
