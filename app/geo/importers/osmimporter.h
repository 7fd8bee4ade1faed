#pragma once

#include <atomic>

#include <QCoreApplication>
#include <QString>

#include "geo/importers/importerror.h"
#include "geo/mapfeatures.h"

namespace lintas::geo {

// Reads OpenStreetMap data with libosmium: PBF (.osm.pbf) and XML (.osm, also .osm.gz and .osm.bz2).
//   ways with a highway tag          → roads   (name, else ref; oneway incl. -1, implied on motorways and
//                                               roundabouts; lanes). Areas (area=yes) and tags that never
//                                               describe a road (proposed, platform, …) are skipped.
//   named place/amenity/tourism      → places  (kind: the tag's value, e.g. "hospital", "suburb"); nodes, and
//                                               closed ways (buildings, grounds) at the mean of their nodes
//   boundary=administrative relations→ sectors (optional: admin_level sectorAdminLevel, default 6 = kecamatan;
//                                               the kota is the level-5 boundary holding most of its vertices)
//
// Regional extracts keep every node of the ways they hold, in file order nodes → ways → relations; node
// locations live in an in-memory flex_mem index (sparse for small files, dense for large ones). A way whose
// nodes are partly missing is cut into the runs of nodes that are there. Reading sectors needs a second
// pass over the file (relations first), so it is off unless asked for.
//
// Errors (unreadable file, truncated or corrupt PBF, malformed XML) become an ImportError naming the file and
// what failed, never an exception; `features` is then left as it was.
class OsmImporter
{
    Q_DECLARE_TR_FUNCTIONS(lintas::geo::OsmImporter)

public:
    struct Statistics
    {
        qint64 roads = 0;
        qint64 places = 0;
        qint64 sectors = 0;
        qint64 waysMissingNodes = 0;     // highway ways with at least one node not in the file
        qint64 incompleteBoundaries = 0; // boundary relations that could not be closed into rings
    };

    // Bytes read and the file size (both passes count when sectors are read).
    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }
    void setReadSectors(bool read) { m_readSectors = read; }
    // Which admin_level becomes a sector; the level above it names the kota.
    void setSectorAdminLevel(int level) { m_sectorLevel = level; }
    // Checked between blocks of data: when it turns true the read stops with an error "cancelled".
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Appends what the file holds to `features`; on failure `features` is left as it was.
    bool read(const QString &path, MapFeatures *features, ImportError *error);

    const Statistics &statistics() const { return m_statistics; }

    // Whether a file name looks like OpenStreetMap data this importer reads (.osm.pbf, .pbf, .osm, .osm.gz,
    // .osm.bz2).
    static bool handles(const QString &path);

private:
    ImportProgress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_readSectors = false;
    int m_sectorLevel = 6;
    Statistics m_statistics;
};

} // namespace lintas::geo
