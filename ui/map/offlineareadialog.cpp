#include "map/offlineareadialog.h"

#include <algorithm>
#include <climits>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "map/tilecache.h"
#include "messagebox.h"

namespace lintas {

OfflineAreaDialog::OfflineAreaDialog(const TileSource &source, TileCache *cache, const geo::GeoBounds &area,
                                     int currentZoom, QWidget *parent)
    : QDialog(parent), m_source(source), m_cache(cache), m_area(area), m_refusal(source.bulkDownloadRefusal())
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_areaLabel = new QLabel(this);
    m_minLabel = new QLabel(this);
    m_maxLabel = new QLabel(this);
    const int top = std::max(source.maxZoom(), 0);
    m_minZoom = new QSpinBox(this);
    m_maxZoom = new QSpinBox(this);
    for (QSpinBox *box : {m_minZoom, m_maxZoom})
        box->setRange(std::min(source.minZoom(), top), top);
    m_minZoom->setValue(std::clamp(currentZoom, source.minZoom(), top));
    m_maxZoom->setValue(std::clamp(currentZoom + 3, source.minZoom(), top));

    m_intoCache = new QRadioButton(this);
    m_intoFile = new QRadioButton(this);
    m_intoCache->setChecked(true);
    m_filePath = new QLineEdit(this);
    m_browse = new QPushButton(this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_intoFile);
    fileRow->addWidget(m_filePath, 1);
    fileRow->addWidget(m_browse);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_refusalLabel = new QLabel(m_refusal, this);
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setVisible(!m_refusal.isEmpty());
    m_refusalLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(this);
    m_downloadButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Close);

    auto *form = new QFormLayout;
    form->addRow(m_minLabel, m_minZoom);
    form->addRow(m_maxLabel, m_maxZoom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_areaLabel);
    layout->addLayout(form);
    layout->addWidget(m_intoCache);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_refusalLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_minZoom, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_maxZoom->value() < value)
            m_maxZoom->setValue(value);
        updateSummary();
    });
    connect(m_maxZoom, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_minZoom->value() > value)
            m_minZoom->setValue(value);
        updateSummary();
    });
    connect(m_intoCache, &QRadioButton::toggled, this, &OfflineAreaDialog::updateSummary);
    connect(m_filePath, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_intoFile->setChecked(true);
        updateSummary();
    });
    connect(m_browse, &QPushButton::clicked, this, &OfflineAreaDialog::chooseFile);
    connect(m_downloadButton, &QPushButton::clicked, this, [this] { startDownload(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &OfflineAreaDialog::reject);
    if (m_cache)
        connect(m_cache, &TileCache::statisticsChanged, this, &OfflineAreaDialog::updateSummary);

    retranslate();
}

OfflineAreaDialog::~OfflineAreaDialog() = default;

void OfflineAreaDialog::retranslate()
{
    setWindowTitle(tr("Download offline area"));
    m_intro->setText(tr("Downloads the map tiles of the area now on screen from %1, so the map shows them "
                        "without a network.")
                         .arg(m_source.host().isEmpty() ? tr("the tile server") : m_source.host()));
    m_areaLabel->setText(tr("Area: %1° to %2° south–north, %3° to %4° west–east")
                             .arg(m_area.south, 0, 'f', 4)
                             .arg(m_area.north, 0, 'f', 4)
                             .arg(m_area.west, 0, 'f', 4)
                             .arg(m_area.east, 0, 'f', 4));
    m_minLabel->setText(tr("From zoom:"));
    m_maxLabel->setText(tr("To zoom:"));
    m_intoCache->setText(tr("Into the tile cache"));
    m_intoFile->setText(tr("Into an MBTiles file:"));
    m_browse->setText(tr("Choose…"));
    m_downloadButton->setText(tr("Download"));
    updateSummary();
}

void OfflineAreaDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OfflineAreaDialog::setZoomRange(int minZoom, int maxZoom)
{
    m_maxZoom->setValue(maxZoom);
    m_minZoom->setValue(minZoom);
    m_maxZoom->setValue(maxZoom);
}

int OfflineAreaDialog::minZoom() const
{
    return m_minZoom->value();
}

int OfflineAreaDialog::maxZoom() const
{
    return m_maxZoom->value();
}

void OfflineAreaDialog::setTargetFile(const QString &path)
{
    m_filePath->setText(path);
    (path.isEmpty() ? m_intoCache : m_intoFile)->setChecked(true);
}

QString OfflineAreaDialog::targetFile() const
{
    return m_intoFile->isChecked() ? m_filePath->text().trimmed() : QString();
}

TileAreaDownload::Plan OfflineAreaDialog::plan() const
{
    // The cache's measured average says more than any assumption, when it has tiles to measure.
    const qint64 average = m_cache ? m_cache->averageTileBytes() : 0;
    return TileAreaDownload::plan(m_area, minZoom(), maxZoom(), average);
}

QString OfflineAreaDialog::summaryText() const
{
    const TileAreaDownload::Plan p = plan();
    const QLocale locale;
    QString text = tr("%Ln tile(s), about %1.", nullptr, int(std::min<qint64>(p.tiles, INT_MAX)))
                       .arg(locale.formattedDataSize(p.estimatedBytes, 1, QLocale::DataSizeTraditionalFormat));
    if (p.tiles > TileAreaDownload::kMaxTiles)
        text += QLatin1Char(' ') + tr("That is more than one download may take (%L1 tiles): choose a smaller area "
                                      "or fewer zoom levels.")
                                       .arg(TileAreaDownload::kMaxTiles);
    else if (targetFile().isEmpty() && m_cache && m_cache->maxBytes() > 0 && p.estimatedBytes > m_cache->maxBytes())
        text += QLatin1Char(' ') +
                tr("It is larger than the tile cache (%1): older tiles would be dropped. Save it "
                   "into an MBTiles file instead.")
                    .arg(locale.formattedDataSize(m_cache->maxBytes(), 0, QLocale::DataSizeTraditionalFormat));
    return text;
}

bool OfflineAreaDialog::canDownload() const
{
    const TileAreaDownload::Plan p = plan();
    const bool targetOk = m_intoCache->isChecked() ? !m_cache.isNull() : !m_filePath->text().trimmed().isEmpty();
    return m_refusal.isEmpty() && p.tiles > 0 && p.tiles <= TileAreaDownload::kMaxTiles && targetOk &&
           !(m_download && m_download->isRunning());
}

void OfflineAreaDialog::updateSummary()
{
    m_summary->setText(summaryText());
    m_downloadButton->setEnabled(canDownload());
}

void OfflineAreaDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the offline area"), m_filePath->text(),
                                                      tr("MBTiles files (*.mbtiles)"));
    if (!path.isEmpty())
        setTargetFile(path.endsWith(QLatin1String(".mbtiles")) ? path : path + QStringLiteral(".mbtiles"));
}

bool OfflineAreaDialog::startDownload()
{
    if (!m_refusal.isEmpty()) {
        MessageBox::warning(this, tr("Download offline area"), m_refusal);
        return false;
    }
    if (!canDownload())
        return false;
    const TileAreaDownload::Plan p = plan();
    const QString size = QLocale().formattedDataSize(p.estimatedBytes, 1, QLocale::DataSizeTraditionalFormat);
    const QString question =
        tr("Download %Ln tile(s) (about %1) from %2?", nullptr, int(p.tiles)).arg(size, m_source.host());
    if (MessageBox::question(this, tr("Download offline area"), question) != QMessageBox::Yes)
        return false;

    delete m_download;
    m_download = new TileAreaDownload(m_source, this);
    connect(m_download, &TileAreaDownload::progress, this, &OfflineAreaDialog::onProgress);
    connect(m_download, &TileAreaDownload::finished, this, &OfflineAreaDialog::onFinished);
    QString error;
    const QString file = targetFile();
    const bool started = file.isEmpty() ? m_download->start(m_area, minZoom(), maxZoom(), m_cache.data(), &error)
                                        : m_download->start(m_area, minZoom(), maxZoom(), file, &error);
    if (!started) {
        MessageBox::warning(this, tr("Download offline area"), error);
        return false;
    }
    setRunning(true);
    return true;
}

void OfflineAreaDialog::setRunning(bool running)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_minZoom, m_maxZoom, m_intoCache, m_intoFile, m_filePath, m_browse})
        w->setEnabled(!running);
    m_progress->setVisible(running || m_progress->value() > 0);
    m_cancelButton->setText(running ? tr("Cancel") : tr("Close"));
    updateSummary();
}

void OfflineAreaDialog::onProgress(qint64 done, qint64 total)
{
    // QProgressBar counts in int: scale to per mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_status->setText(tr("%L1 of %L2 tiles").arg(done).arg(total));
}

void OfflineAreaDialog::onFinished(bool, const QString &message)
{
    m_status->setText(message);
    setRunning(false);
}

void OfflineAreaDialog::reject()
{
    // Cancel stops a running download first; a second Cancel (now Close) closes.
    if (m_download && m_download->isRunning()) {
        m_download->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace lintas
