#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include "geo/tilemath.h"

namespace lintas {

// Where raster tiles come from: a local MBTiles file (read only), or the XYZ URL template of the agency's
// own tile server, e.g. "https://tiles.example.org/{z}/{x}/{y}.png" ({-y} for a TMS row). Fetched tiles are
// kept in an on-disk cache per URL template (TileCache::cacheFileFor).
//
// Public tile servers (OpenStreetMap's, Google, Bing, ArcGIS …) are run by volunteers or under terms that
// forbid bulk downloads: they may serve a dispatcher's ordinary browsing, but an offline-area download from
// them is refused (bulkDownloadRefusal).
class TileSource
{
    Q_DECLARE_TR_FUNCTIONS(lintas::TileSource)

public:
    enum class Kind
    {
        None,
        File,
        Url,
    };

    static TileSource fromFile(const QString &path);
    static TileSource fromUrl(const QString &urlTemplate, const QString &attribution = {});

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    QString path() const { return m_path; }
    QString urlTemplate() const { return m_urlTemplate; }
    QString attribution() const { return m_attribution; }
    void setAttribution(const QString &attribution) { m_attribution = attribution; }
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    void setZoomRange(int minZoom, int maxZoom);

    // False, with a sentence for the user, for a URL that is not http(s) or lacks {z}, {x} or {y}/{-y}.
    bool isValid(QString *error = nullptr) const;
    QUrl tileUrl(const geo::TileId &tile) const;
    QString host() const;

    // Whether `host` belongs to a public tile service whose usage policy forbids bulk downloading.
    static bool isPublicTileHost(const QString &host);
    // Empty when an offline-area download from this source may go ahead; otherwise the sentence that says
    // why not (a file source or a public server).
    QString bulkDownloadRefusal() const;

    // A one-line form for QSettings: "file:<path>" or "url:<template>".
    QString toSetting() const;
    static TileSource fromSetting(const QString &setting);

    friend bool operator==(const TileSource &, const TileSource &) = default;

private:
    Kind m_kind = Kind::None;
    QString m_path;
    QString m_urlTemplate;
    QString m_attribution;
    int m_minZoom = 0;
    int m_maxZoom = 19;
};

} // namespace lintas
