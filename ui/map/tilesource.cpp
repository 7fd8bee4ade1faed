#include "map/tilesource.h"

#include <algorithm>

namespace lintas {

namespace {

// Public services whose tile usage policies forbid bulk or offline downloading (a host matches the domain
// itself and every subdomain): OpenStreetMap and its community mirrors, Google, Bing, Esri ArcGIS, and the
// other well-known hosted basemaps.
const char *const kPublicTileDomains[] = {
    "openstreetmap.org", "osm.org",        "openstreetmap.fr", "openstreetmap.de",  "opentopomap.org",
    "google.com",        "googleapis.com", "gstatic.com",      "virtualearth.net",  "bing.com",
    "arcgisonline.com",  "arcgis.com",     "cartocdn.com",     "thunderforest.com", "stadiamaps.com",
    "mapbox.com",        "wikimedia.org",  "here.com",         "maptiler.com",      "tile.osm.ch",
};

} // namespace

TileSource TileSource::fromFile(const QString &path)
{
    TileSource source;
    source.m_kind = Kind::File;
    source.m_path = path;
    return source;
}

TileSource TileSource::fromUrl(const QString &urlTemplate, const QString &attribution)
{
    TileSource source;
    source.m_kind = Kind::Url;
    source.m_urlTemplate = urlTemplate.trimmed();
    source.m_attribution = attribution;
    return source;
}

void TileSource::setZoomRange(int minZoom, int maxZoom)
{
    m_minZoom = std::clamp(minZoom, 0, geo::kMaxTileZoom);
    m_maxZoom = std::clamp(maxZoom, m_minZoom, geo::kMaxTileZoom);
}

bool TileSource::isValid(QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    switch (m_kind) {
    case Kind::None:
        return fail(tr("No tile source is set."));
    case Kind::File:
        if (m_path.isEmpty())
            return fail(tr("No tile file is given."));
        return true;
    case Kind::Url:
        break;
    }
    const QUrl url(m_urlTemplate);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || url.host().isEmpty())
        return fail(tr("The tile server address must start with https:// or http:// and name a host, like "
                       "https://tiles.example.org/{z}/{x}/{y}.png."));
    const bool hasY = m_urlTemplate.contains(QLatin1String("{y}")) || m_urlTemplate.contains(QLatin1String("{-y}"));
    if (!m_urlTemplate.contains(QLatin1String("{z}")) || !m_urlTemplate.contains(QLatin1String("{x}")) || !hasY)
        return fail(tr("The tile server address needs the placeholders {z}, {x} and {y}, like "
                       "https://tiles.example.org/{z}/{x}/{y}.png."));
    return true;
}

QUrl TileSource::tileUrl(const geo::TileId &tile) const
{
    if (m_kind != Kind::Url)
        return {};
    QString text = m_urlTemplate;
    text.replace(QLatin1String("{z}"), QString::number(tile.z));
    text.replace(QLatin1String("{x}"), QString::number(tile.x));
    text.replace(QLatin1String("{-y}"), QString::number(tile.tmsRow()));
    text.replace(QLatin1String("{y}"), QString::number(tile.y));
    return QUrl(text);
}

QString TileSource::host() const
{
    if (m_kind != Kind::Url)
        return {};
    // Placeholders may sit in the host ("{s}.tiles…"): read the host before substituting the path.
    return QUrl(m_urlTemplate).host().toLower();
}

bool TileSource::isPublicTileHost(const QString &host)
{
    const QString h = host.toLower();
    if (h.isEmpty())
        return false;
    for (const char *domain : kPublicTileDomains) {
        const QLatin1String d(domain);
        if (h == d || h.endsWith(QLatin1Char('.') + d))
            return true;
    }
    return false;
}

QString TileSource::bulkDownloadRefusal() const
{
    QString error;
    if (m_kind != Kind::Url)
        return tr("Offline areas are downloaded from a tile server; set the agency's tile server first.");
    if (!isValid(&error))
        return error;
    if (isPublicTileHost(host()))
        return tr("%1 is a public tile server. Its tile usage policy allows ordinary map browsing but forbids "
                  "bulk and offline downloads, which take capacity from everyone else. Download offline areas "
                  "only from the agency's own tile server, or open an MBTiles file prepared for offline use.")
            .arg(host());
    return {};
}

QString TileSource::toSetting() const
{
    switch (m_kind) {
    case Kind::File:
        return QStringLiteral("file:") + m_path;
    case Kind::Url:
        return QStringLiteral("url:") + m_urlTemplate;
    case Kind::None:
        break;
    }
    return {};
}

TileSource TileSource::fromSetting(const QString &setting)
{
    if (setting.startsWith(QLatin1String("file:")))
        return fromFile(setting.mid(5));
    if (setting.startsWith(QLatin1String("url:")))
        return fromUrl(setting.mid(4));
    return {};
}

} // namespace lintas
