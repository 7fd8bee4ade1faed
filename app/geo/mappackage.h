#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include "geo/geobounds.h"
#include "geo/geopolygon.h"
#include "geo/roadclass.h"
#include "geo/roadgraph.h"

namespace lintas::geo {

struct MapMetadata
{
    QString name;
    GeoBounds bounds;
    QString attribution; // must be shown on the map: "Map data © OpenStreetMap contributors"
    QString source;      // what it was built from
    QDateTime buildDate; // UTC
    int schemaVersion = 0;
    QString generator;
};

// A road as drawn: its polyline and what the style needs.
struct RoadPolyline
{
    qint64 id = 0;
    RoadClass roadClass = RoadClass::Other;
    QString name;
    OneWay oneWay = OneWay::Both;
    int lanes = 0;
    QList<GeoPoint> points;
};

struct NearestRoad
{
    qint64 roadId = 0;
    RoadClass roadClass = RoadClass::Other;
    QString name;
    double distanceM = 0.0;
    GeoPoint snapped;     // the closest point on the road
    int segmentIndex = 0; // the snapped point lies between vertex segmentIndex and segmentIndex + 1
};

struct PlaceHit
{
    QString name;
    QString kind; // "road", "landmark", …
    GeoPoint position;
    GeoBounds bounds; // the extent of a road; a point for a landmark
    QString sector;   // kecamatan
};

struct Sector
{
    qint64 id = 0;
    QString name; // kecamatan, "Gambir"
    QString kota; // "Jakarta Pusat"
    GeoPolygon polygon;
};

struct MapStatistics
{
    qint64 roads = 0;
    qint64 nodes = 0;
    qint64 edges = 0;
    qint64 places = 0;
    qint64 sectors = 0;
    QMap<QString, qint64> roadsBySourceClass; // the source's class values ("residential" → 14854)
};

// A read-only map package (`*.lintasmap`, one SQLite file; see MapPackageBuilder for the schema).
//
// Threading: a MapPackage opens its own SQLite connection in the thread that calls open() and must be used
// and destroyed in that thread only. Open one per thread (they are cheap): the GUI thread for sectorAt and
// search, a worker for roadsIn while the map pans, another for routing.
class MapPackage
{
    Q_DECLARE_TR_FUNCTIONS(lintas::geo::MapPackage)

public:
    // The layout written by this version. Packages with an older version are read; newer ones are refused.
    static constexpr int kSchemaVersion = 1;
    static constexpr const char *kFileSuffix = "lintasmap";

    MapPackage();
    ~MapPackage();
    MapPackage(const MapPackage &) = delete;
    MapPackage &operator=(const MapPackage &) = delete;

    // Opens read-only. Fails with a sentence for the user when the file is missing, is not a map package,
    // or was made by a newer Lintas.
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    const MapMetadata &metadata() const { return m_metadata; }
    MapStatistics statistics() const;

    // Roads whose extent meets `bounds` and whose class is `least` or more important (see
    // leastClassForZoom). Least important first, so painting in order leaves the motorways on top.
    QList<RoadPolyline> roadsIn(const GeoBounds &bounds, RoadClass least = RoadClass::Other) const;
    enum class RoadFilter
    {
        AnyRoad,     // everything drawn, footways included
        NamedRoad,   // roads with a name
        NamedStreet, // named public streets, without service ways, busways and paths: for an incident address
    };
    // The closest road within `maxDistanceM` (exact point-to-segment distance in metres) that passes the
    // filter: the R*Tree gives candidates in a box that widens until the answer is certain.
    std::optional<NearestRoad> nearestRoad(double lat, double lon, double maxDistanceM = 250.0,
                                           RoadFilter filter = RoadFilter::AnyRoad) const;
    // Road names and landmarks matching every word of `text` as a prefix, best first. Tolerant of case,
    // accents and the "Jl."/"Jalan" prefix (PlaceNames).
    QList<PlaceHit> searchPlaces(const QString &text, int limit = 10) const;
    // The district containing the point (even-odd over all rings), if any.
    std::optional<Sector> sectorAt(double lat, double lon) const;
    // Every district, for drawing the sector layer.
    QList<Sector> sectors() const;
    // The routing graph in compact arrays; an empty graph (with *error set) if it cannot be read.
    RoadGraph loadGraph(QString *error = nullptr) const;

private:
    const Sector *cachedSector(qint64 id) const;

    QString m_connectionName;
    QString m_path;
    bool m_open = false;
    MapMetadata m_metadata;
    mutable QHash<qint64, Sector> m_sectorCache;
};

} // namespace lintas::geo
