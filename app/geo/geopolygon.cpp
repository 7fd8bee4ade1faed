#include "geo/geopolygon.h"

#include <utility>

namespace lintas::geo {

GeoPolygon::GeoPolygon(QList<Ring> rings) : m_rings(std::move(rings))
{
    for (const Ring &ring : std::as_const(m_rings)) {
        for (const GeoPoint &p : ring)
            m_bounds.extend(p);
    }
}

int GeoPolygon::vertexCount() const
{
    int n = 0;
    for (const Ring &ring : m_rings)
        n += int(ring.size());
    return n;
}

bool GeoPolygon::contains(double lat, double lon) const
{
    if (!m_bounds.contains(lat, lon))
        return false;
    bool inside = false;
    for (const Ring &ring : m_rings) {
        const qsizetype n = ring.size();
        if (n < 3)
            continue;
        // Crossing number: count edges that straddle the horizontal line through the point to its east.
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const GeoPoint &a = ring[i];
            const GeoPoint &b = ring[j];
            if ((a.lat > lat) != (b.lat > lat)) {
                const double crossLon = a.lon + (lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat);
                if (lon < crossLon)
                    inside = !inside;
            }
        }
    }
    return inside;
}

} // namespace lintas::geo
