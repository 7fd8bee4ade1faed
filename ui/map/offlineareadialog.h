#pragma once

#include <QDialog>
#include <QPointer>

#include "geo/geobounds.h"
#include "map/tileareadownload.h"
#include "map/tilesource.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace lintas {

class TileCache;

// "Download offline area": the map's current view and a zoom range; shows how many tiles that is and about
// how much disk it takes (measured from the cache's own tiles when it has some), asks once more, then
// downloads with a progress bar and Cancel, into the tile cache or into an MBTiles file the user picks.
// A public tile server is refused up front with the reason (TileSource::bulkDownloadRefusal).
class OfflineAreaDialog : public QDialog
{
    Q_OBJECT
public:
    OfflineAreaDialog(const TileSource &source, TileCache *cache, const geo::GeoBounds &area, int currentZoom,
                      QWidget *parent = nullptr);
    ~OfflineAreaDialog() override;

    void setZoomRange(int minZoom, int maxZoom);
    int minZoom() const;
    int maxZoom() const;
    // Into an MBTiles file instead of the cache (an empty path: back to the cache).
    void setTargetFile(const QString &path);
    QString targetFile() const;

    TileAreaDownload::Plan plan() const;
    QString summaryText() const;
    // Why this source may not be downloaded from; empty when it may.
    QString refusal() const { return m_refusal; }
    bool canDownload() const;
    // Asks for confirmation (MessageBox) and starts; false when refused, declined or invalid.
    bool startDownload();
    TileAreaDownload *download() const { return m_download; }
    // Cancel: stops a running download first; once stopped, closes.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void chooseFile();
    void onProgress(qint64 done, qint64 total);
    void onFinished(bool completed, const QString &message);
    void setRunning(bool running);

    TileSource m_source;
    QPointer<TileCache> m_cache;
    geo::GeoBounds m_area;
    QString m_refusal;
    TileAreaDownload *m_download = nullptr;

    QLabel *m_intro = nullptr;
    QLabel *m_areaLabel = nullptr;
    QLabel *m_minLabel = nullptr;
    QLabel *m_maxLabel = nullptr;
    QSpinBox *m_minZoom = nullptr;
    QSpinBox *m_maxZoom = nullptr;
    QRadioButton *m_intoCache = nullptr;
    QRadioButton *m_intoFile = nullptr;
    QLineEdit *m_filePath = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_refusalLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_downloadButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace lintas
