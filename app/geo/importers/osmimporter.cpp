#include "geo/importers/osmimporter.h"

#include <cstring>
#include <exception>
#include <new>
#include <string>

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <osmium/area/assembler.hpp>
#include <osmium/area/multipolygon_manager.hpp>
#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/flex_mem.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/relations/manager_util.hpp>
#include <osmium/tags/tags_filter.hpp>
#include <osmium/visitor.hpp>

#include "geo/geolog.h"

namespace lintas::geo {

namespace {

using LocationIndex = osmium::index::map::FlexMem<osmium::unsigned_object_id_type, osmium::Location>;
// Negative ids too: files saved by JOSM before upload number new objects below zero.
using LocationHandler = osmium::handler::NodeLocationsForWays<LocationIndex, LocationIndex>;
using BoundaryManager = osmium::area::MultipolygonManager<osmium::area::Assembler>;

struct Cancelled
{
};

// highway values that never describe a way a vehicle or a person travels along as a line.
constexpr const char *kNotRoads[] = {"proposed",  "abandoned", "razed",    "disused",  "platform",
                                     "rest_area", "services",  "elevator", "bus_stop", "emergency_bay"};

// Tags that make a named object worth finding in the place search, in order of preference.
constexpr const char *kPlaceKeys[] = {"place", "amenity", "tourism"};

QString tagText(const osmium::TagList &tags, const char *key)
{
    const char *value = tags.get_value_by_key(key);
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

bool isNotRoad(const char *highway)
{
    for (const char *value : kNotRoads) {
        if (std::strcmp(highway, value) == 0)
            return true;
    }
    return false;
}

// Kind and name of a place, or an empty kind when the object is not one.
std::pair<QString, QString> placeOf(const osmium::TagList &tags)
{
    const QString name = tagText(tags, "name");
    if (name.isEmpty())
        return {};
    for (const char *key : kPlaceKeys) {
        const QString kind = tagText(tags, key);
        if (!kind.isEmpty() && kind != u"no")
            return {kind, name};
    }
    return {};
}

GeoPoint pointOf(const osmium::Location &location)
{
    return GeoPoint{location.lat_without_check(), location.lon_without_check()};
}

class FeatureCollector : public osmium::handler::Handler
{
public:
    explicit FeatureCollector(MapFeatures *out, OsmImporter::Statistics *stats) : m_out(out), m_stats(stats) {}

    void node(const osmium::Node &node)
    {
        if (node.tags().empty() || !node.location().valid())
            return;
        auto [kind, name] = placeOf(node.tags());
        if (!kind.isEmpty())
            m_out->places.append(PlaceFeature{name, kind, pointOf(node.location()), {}});
    }

    void way(const osmium::Way &way)
    {
        const osmium::TagList &tags = way.tags();
        const char *highway = tags.get_value_by_key("highway");
        if (highway) {
            addRoad(way, highway);
            return;
        }
        if (!way.is_closed())
            return;
        // A building or ground drawn as an outline: the place sits at the mean of its nodes.
        auto [kind, name] = placeOf(tags);
        if (kind.isEmpty())
            return;
        double lat = 0.0;
        double lon = 0.0;
        int n = 0;
        const auto &nodes = way.nodes();
        // A closed way repeats its first node at the end; count it once.
        for (auto it = nodes.begin(); it != nodes.end() && std::next(it) != nodes.end(); ++it) {
            if (!it->location().valid())
                continue;
            lat += it->location().lat_without_check();
            lon += it->location().lon_without_check();
            ++n;
        }
        if (n > 0)
            m_out->places.append(PlaceFeature{name, kind, GeoPoint{lat / n, lon / n}, {}});
    }

private:
    void addRoad(const osmium::Way &way, const char *highway)
    {
        const osmium::TagList &tags = way.tags();
        if (isNotRoad(highway) || tags.has_tag("area", "yes"))
            return;
        RoadFeature road;
        road.highway = QString::fromUtf8(highway).trimmed();
        road.roadClass = roadClassFromOsm(road.highway);
        road.name = tagText(tags, "name");
        if (road.name.isEmpty())
            road.name = tagText(tags, "ref"); // toll roads are often known by their number only
        const QString oneway = tagText(tags, "oneway");
        road.oneWay = oneWayFromOsm(oneway, road.roadClass);
        if (oneway.isEmpty()) {
            // OpenStreetMap implies oneway=yes on roundabouts (junction=roundabout or circular).
            const QString junction = tagText(tags, "junction");
            if (junction == u"roundabout" || junction == u"circular")
                road.oneWay = OneWay::Forward;
        }
        bool numeric = false;
        const int lanes = tagText(tags, "lanes").toInt(&numeric);
        road.lanes = numeric && lanes > 0 ? lanes : 0;

        // Cut the way where a node is missing from the extract, rather than joining across the gap.
        bool missing = false;
        QList<GeoPoint> run;
        const auto flush = [&]() {
            if (run.size() >= 2) {
                RoadFeature part = road;
                part.points = std::move(run);
                m_out->roads.append(std::move(part));
            }
            run.clear();
        };
        for (const osmium::NodeRef &ref : way.nodes()) {
            if (ref.location().valid()) {
                run.append(pointOf(ref.location()));
            } else {
                missing = true;
                flush();
            }
        }
        flush();
        if (missing)
            ++m_stats->waysMissingNodes;
    }

    MapFeatures *m_out;
    OsmImporter::Statistics *m_stats;
};

// Collects the administrative areas the boundary manager assembles: sectors and the level above them.
class BoundaryCollector : public osmium::handler::Handler
{
public:
    BoundaryCollector(int sectorLevel, OsmImporter::Statistics *stats) : m_sectorLevel(sectorLevel), m_stats(stats) {}

    void area(const osmium::Area &area)
    {
        const osmium::TagList &tags = area.tags();
        bool numeric = false;
        const int level = tagText(tags, "admin_level").toInt(&numeric);
        if (!numeric || (level != m_sectorLevel && level != m_sectorLevel - 1))
            return;
        const QString name = tagText(tags, "name");
        if (name.isEmpty())
            return;
        QList<GeoPolygon::Ring> rings;
        const auto ringOf = [](const auto &osmRing) {
            GeoPolygon::Ring ring;
            for (const osmium::NodeRef &ref : osmRing) {
                if (ref.location().valid())
                    ring.append(pointOf(ref.location()));
            }
            return ring;
        };
        for (const osmium::OuterRing &outer : area.outer_rings()) {
            rings.append(ringOf(outer));
            for (const osmium::InnerRing &inner : area.inner_rings(outer))
                rings.append(ringOf(inner));
        }
        if (rings.isEmpty()) {
            // The assembler could not close the rings (members missing or broken geometry).
            ++m_stats->incompleteBoundaries;
            return;
        }
        SectorFeature feature{name, {}, GeoPolygon(std::move(rings))};
        (level == m_sectorLevel ? m_sectors : m_parents).append(std::move(feature));
    }

    // The sectors, each with the name of the parent area that holds most of its vertices. Vertices on the
    // shared outer edge are ambiguous; the ones on inner edges decide.
    QList<SectorFeature> sectors() const
    {
        QList<SectorFeature> result = m_sectors;
        for (SectorFeature &sector : result) {
            QList<GeoPoint> sample;
            for (const GeoPolygon::Ring &ring : sector.polygon.rings())
                sample.append(ring);
            const qsizetype step = std::max<qsizetype>(1, sample.size() / 64);
            int bestVotes = 0;
            for (const SectorFeature &parent : m_parents) {
                if (!parent.polygon.bounds().intersects(sector.polygon.bounds()))
                    continue;
                int votes = 0;
                for (qsizetype i = 0; i < sample.size(); i += step)
                    votes += parent.polygon.contains(sample[i].lat, sample[i].lon) ? 1 : 0;
                if (votes > bestVotes) {
                    bestVotes = votes;
                    sector.kota = parent.name;
                }
            }
        }
        return result;
    }

private:
    int m_sectorLevel;
    OsmImporter::Statistics *m_stats;
    QList<SectorFeature> m_sectors;
    QList<SectorFeature> m_parents;
};

// libosmium's format name for a file name, matched without regard to case ("BANDUNG.OSM.PBF" too).
std::string formatOf(const QString &path)
{
    const QString lower = path.toLower();
    for (const char *suffix : {"osm.pbf", "osm.gz", "osm.bz2", "pbf", "osm"}) {
        if (lower.endsWith(u'.' + QLatin1StringView(suffix)))
            return suffix;
    }
    return {}; // let libosmium guess; it names the problem if it cannot
}

} // namespace

bool OsmImporter::handles(const QString &path)
{
    const QString lower = path.toLower();
    return lower.endsWith(u".pbf") || lower.endsWith(u".osm") || lower.endsWith(u".osm.gz") ||
           lower.endsWith(u".osm.bz2");
}

bool OsmImporter::read(const QString &path, MapFeatures *features, ImportError *error)
{
    m_statistics = {};
    const QString fileName = QFileInfo(path).fileName();
    const auto fail = [&](const QString &what) {
        *error = ImportError{fileName, 0, what};
        return false;
    };
    if (!QFileInfo::exists(path))
        return fail(tr("the file does not exist"));
    {
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly))
            return fail(tr("cannot be read: %1").arg(probe.errorString()));
        if (probe.size() == 0)
            return fail(tr("the file is empty"));
    }

    MapFeatures read;
    Statistics stats;
    const std::string fsPath = QFile::encodeName(path).toStdString();
    try {
        const osmium::io::File file(fsPath, formatOf(path));
        const int passes = m_readSectors ? 2 : 1;
        qint64 fileSize = 0;
        const auto progress = [&](int pass, const osmium::io::Reader &reader) {
            if (m_cancel && m_cancel->load())
                throw Cancelled{};
            fileSize = qint64(reader.file_size());
            if (m_progress && fileSize > 0)
                m_progress(qint64(pass) * fileSize + qint64(reader.offset()), qint64(passes) * fileSize);
        };

        osmium::area::Assembler::config_type assemblerConfig;
        assemblerConfig.create_empty_areas = false;
        osmium::TagsFilter boundaryFilter{false};
        boundaryFilter.add_rule(true, "boundary", "administrative");
        BoundaryManager boundaries{assemblerConfig, boundaryFilter};
        BoundaryCollector boundaryCollector{m_sectorLevel, &stats};

        if (m_readSectors) {
            // Pass 1: which ways the boundary relations need.
            osmium::io::Reader relations{file, osmium::osm_entity_bits::relation, osmium::io::read_meta::no};
            while (osmium::memory::Buffer buffer = relations.read()) {
                osmium::apply(buffer, boundaries);
                progress(0, relations);
            }
            relations.close();
            boundaries.prepare_for_lookup();
        }

        LocationIndex positive;
        LocationIndex negative;
        LocationHandler locations{positive, negative};
        locations.ignore_errors(); // a node missing from the extract leaves an invalid location, handled above
        FeatureCollector collector{&read, &stats};
        // Pass 2 (or the only one): roads, places and the boundaries' member ways, with their node locations.
        osmium::io::Reader reader{file, osmium::osm_entity_bits::node | osmium::osm_entity_bits::way,
                                  osmium::io::read_meta::no};
        const int pass = passes - 1;
        if (m_readSectors) {
            auto &assembled = boundaries.handler(
                [&boundaryCollector](osmium::memory::Buffer &&areas) { osmium::apply(areas, boundaryCollector); });
            while (osmium::memory::Buffer buffer = reader.read()) {
                osmium::apply(buffer, locations, collector, assembled);
                progress(pass, reader);
            }
            boundaries.for_each_incomplete_relation(
                [&stats](const osmium::relations::RelationHandle &) { ++stats.incompleteBoundaries; });
            read.sectors = boundaryCollector.sectors();
        } else {
            while (osmium::memory::Buffer buffer = reader.read()) {
                osmium::apply(buffer, locations, collector);
                progress(pass, reader);
            }
        }
        reader.close();
        if (m_progress && fileSize > 0)
            m_progress(qint64(passes) * fileSize, qint64(passes) * fileSize);
    } catch (const Cancelled &) {
        return fail(tr("the import was cancelled"));
    } catch (const osmium::pbf_error &e) {
        const QString detail = QString::fromUtf8(e.what());
        // libosmium says "unexpected EOF" or "truncated data (EOF encountered)" when the file is cut short.
        if (detail.contains(u"EOF"))
            return fail(tr("the file ends early: the PBF data is truncated (%1)").arg(detail));
        return fail(tr("the PBF data is corrupt (%1)").arg(detail));
    } catch (const osmium::xml_error &e) {
        if (e.line > 0) {
            return fail(tr("the XML is malformed at line %1, column %2: %3")
                            .arg(e.line)
                            .arg(e.column + 1) // expat counts columns from 0
                            .arg(QString::fromStdString(e.error_string)));
        }
        return fail(tr("the XML is not OpenStreetMap data: %1").arg(QString::fromUtf8(e.what())));
    } catch (const osmium::format_version_error &e) {
        return fail(tr("not an OpenStreetMap file this program can read: %1").arg(QString::fromUtf8(e.what())));
    } catch (const osmium::io_error &e) {
        return fail(tr("cannot be read as OpenStreetMap data: %1").arg(QString::fromUtf8(e.what())));
    } catch (const std::bad_alloc &) {
        return fail(tr("not enough memory to read the file; use a smaller extract"));
    } catch (const std::exception &e) {
        return fail(tr("cannot be read as OpenStreetMap data: %1").arg(QString::fromUtf8(e.what())));
    }

    stats.roads = read.roads.size();
    stats.places = read.places.size();
    stats.sectors = read.sectors.size();
    m_statistics = stats;
    if (stats.waysMissingNodes > 0) {
        qCInfo(lcGeo, "%s: %lld roads reach beyond the extract and were cut where their nodes are missing",
               qUtf8Printable(fileName), stats.waysMissingNodes);
    }
    if (stats.incompleteBoundaries > 0) {
        qCInfo(lcGeo, "%s: %lld boundaries could not be closed (members missing from the extract)",
               qUtf8Printable(fileName), stats.incompleteBoundaries);
    }
    features->roads.append(std::move(read.roads));
    features->sectors.append(std::move(read.sectors));
    features->places.append(std::move(read.places));
    return true;
}

} // namespace lintas::geo
