#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

#include "geo/mapfeatures.h"

namespace lintas::geo {

// Writes a map package from imported features. The file is written beside the target as `<name>.part`
// and renamed over the target only when complete, so a failed or interrupted build never leaves a
// half-written package where the desktop would open it.
//
// Schema (version MapPackage::kSchemaVersion):
//   metadata(name, value)                   MBTiles-style keys: name, bounds ("west,south,east,north"),
//                                           attribution, source, build_date, schema_version, generator
//   roads(id, class, highway, name, oneway, lanes, geometry)    geometry: GeometryBlob polyline
//   roads_rtree(id, min_lon, max_lon, min_lat, max_lat)        R*Tree over road extents
//   nodes(id, lat, lon)                                          ids 0..n-1
//   edges(id, source, target, length_m, class, road_id, name, first_vertex, last_vertex)
//                                           directed; a two-way road gives two rows
//   place_info(id, name, kind, lat, lon, sector, importance, south, west, north, east)
//   places                                  FTS5 over the normalised names, rowid = place_info.id
//   sectors(id, name, kota, geometry)       geometry: GeometryBlob rings
//   sectors_rtree(id, min_lon, max_lon, min_lat, max_lat)
//
// The routing graph comes from the drivable roads: vertices are snapped by their stored coordinates
// (1e-7 degree), every road end and every vertex used twice becomes a node, and roads are split there.
class MapPackageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(lintas::geo::MapPackageBuilder)

public:
    // Stage ("roads", "graph", "places", "sectors"), items done and items in that stage.
    using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

    struct Statistics
    {
        qint64 roads = 0;
        qint64 nodes = 0;
        qint64 edges = 0;
        qint64 places = 0;
        qint64 sectors = 0;
    };

    void setName(const QString &name) { m_name = name; }
    void setSource(const QString &source) { m_source = source; }
    void setAttribution(const QString &attribution) { m_attribution = attribution; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Writes `features` to `path`, replacing an existing file only on success.
    bool write(const MapFeatures &features, const QString &path, QString *error);

    const Statistics &statistics() const { return m_statistics; }

private:
    QString m_name;
    QString m_source;
    QString m_attribution;
    Progress m_progress;
    Statistics m_statistics;
};

} // namespace lintas::geo
