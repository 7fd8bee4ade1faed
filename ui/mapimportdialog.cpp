#include "mapimportdialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include "geo/importers/geojsonimporter.h"
#include "geo/importers/landmarkcsvimporter.h"
#include "geo/importers/osmimporter.h"
#include "geo/importers/shapefileboundaryimporter.h"
#include "geo/importers/shapefileroadimporter.h"
#include "geo/mappackage.h"
#include "geo/mappackagebuilder.h"
#include "map/maplog.h"
#include "messagebox.h"

namespace lintas {

namespace {

enum class Format
{
    Osm,
    Shapefile,
    GeoJson,
    Unknown
};

Format formatOf(const QString &path)
{
    if (geo::OsmImporter::handles(path))
        return Format::Osm;
    const QString lower = path.toLower();
    if (lower.endsWith(u".shp"))
        return Format::Shapefile;
    if (lower.endsWith(u".geojson") || lower.endsWith(u".json"))
        return Format::GeoJson;
    return Format::Unknown;
}

// "bandung-latest.osm.pbf" → "bandung-latest": the name a package built from it gets by default.
QString baseNameOf(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const char *suffix : {".osm.pbf", ".osm.gz", ".osm.bz2", ".osm", ".pbf", ".shp", ".geojson", ".json"}) {
        if (name.endsWith(QLatin1StringView(suffix), Qt::CaseInsensitive)) {
            name.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    }
    return name;
}

QString withPackageSuffix(const QString &path)
{
    const QString suffix = QStringLiteral(".") + QLatin1StringView(geo::MapPackage::kFileSuffix);
    return path.endsWith(suffix, Qt::CaseInsensitive) ? path : path + suffix;
}

} // namespace

// What to build; plain values handed to the worker thread.
struct MapImportRequest
{
    QStringList inputs;
    QString boundary;
    QString landmarks;
    QString name;
    QString output;
};

// Runs one import on the worker thread. It lives in the GUI thread (created and deleted there, after the
// thread has ended); only run() executes on the worker, and its signals reach the dialog queued.
class MapImportJob : public QObject
{
    Q_OBJECT

public:
    MapImportJob(MapImportRequest request, std::shared_ptr<std::atomic_bool> cancel)
        : m_request(std::move(request)), m_cancel(std::move(cancel))
    {
    }

    void run();

Q_SIGNALS:
    void progress(const QString &stage, int percent);
    void writing();
    void finished(bool ok, const QString &message, const QString &path);

private:
    bool cancelled() const { return m_cancel->load(); }
    void report(const QString &stage, qint64 done, qint64 total);
    bool readInput(const QString &path, geo::MapFeatures *features, geo::ImportError *error);
    bool readBoundary(const QString &path, geo::MapFeatures *features, geo::ImportError *error);

    MapImportRequest m_request;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_stage;
    int m_percent = -1;
};

void MapImportJob::report(const QString &stage, qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 0;
    // Only changes cross the thread: a large extract reports thousands of times.
    if (stage == m_stage && percent == m_percent)
        return;
    m_stage = stage;
    m_percent = percent;
    Q_EMIT progress(stage, percent);
}

bool MapImportJob::readInput(const QString &path, geo::MapFeatures *features, geo::ImportError *error)
{
    const QString fileName = QFileInfo(path).fileName();
    const QString stage = tr("Reading %1").arg(fileName);
    const auto progress = [this, stage](qint64 done, qint64 total) { report(stage, done, total); };
    report(stage, 0, 1);
    switch (formatOf(path)) {
    case Format::Osm: {
        geo::OsmImporter importer;
        importer.setProgress(progress);
        importer.setCancelFlag(m_cancel.get());
        importer.setReadSectors(m_request.boundary.isEmpty());
        return importer.read(path, features, error);
    }
    case Format::Shapefile: {
        geo::ShapefileRoadImporter importer;
        importer.setProgress(progress);
        return importer.read(path, &features->roads, error);
    }
    case Format::GeoJson: {
        geo::GeoJsonImporter importer;
        importer.setProgress(progress);
        return importer.read(path, features, error);
    }
    case Format::Unknown:
        break;
    }
    *error =
        geo::ImportError{fileName, 0, tr("unknown map data format (expected .osm.pbf, .osm, .shp, .geojson or .json)")};
    return false;
}

bool MapImportJob::readBoundary(const QString &path, geo::MapFeatures *features, geo::ImportError *error)
{
    const QString fileName = QFileInfo(path).fileName();
    const QString stage = tr("Reading %1").arg(fileName);
    const auto progress = [this, stage](qint64 done, qint64 total) { report(stage, done, total); };
    report(stage, 0, 1);
    geo::MapFeatures read;
    switch (formatOf(path)) {
    case Format::Shapefile: {
        geo::ShapefileBoundaryImporter importer;
        importer.setProgress(progress);
        return importer.read(path, &features->sectors, error);
    }
    case Format::GeoJson: {
        geo::GeoJsonImporter importer;
        importer.setProgress(progress);
        if (!importer.read(path, &read, error))
            return false;
        features->sectors.append(read.sectors);
        return true;
    }
    case Format::Osm: {
        geo::OsmImporter importer;
        importer.setProgress(progress);
        importer.setCancelFlag(m_cancel.get());
        importer.setReadSectors(true);
        if (!importer.read(path, &read, error))
            return false;
        features->sectors.append(read.sectors);
        return true;
    }
    case Format::Unknown:
        break;
    }
    *error = geo::ImportError{fileName, 0, tr("unknown boundary format (expected .shp, .geojson, .json or .osm.pbf)")};
    return false;
}

void MapImportJob::run()
{
    const MapImportRequest &r = m_request;
    geo::MapFeatures features;
    geo::ImportError error;
    QStringList sources;
    const auto failed = [this, &error]() { Q_EMIT finished(false, error.toString(), QString()); };
    const auto stopped = [this]() { Q_EMIT finished(false, tr("The import was cancelled."), QString()); };

    for (const QString &path : r.inputs) {
        if (cancelled())
            return stopped();
        sources.append(QFileInfo(path).fileName());
        if (!readInput(path, &features, &error))
            return cancelled() ? stopped() : failed();
    }
    if (!r.boundary.isEmpty()) {
        if (cancelled())
            return stopped();
        sources.append(QFileInfo(r.boundary).fileName());
        if (!readBoundary(r.boundary, &features, &error))
            return cancelled() ? stopped() : failed();
    }
    if (!r.landmarks.isEmpty()) {
        if (cancelled())
            return stopped();
        report(tr("Reading %1").arg(QFileInfo(r.landmarks).fileName()), 0, 1);
        geo::LandmarkCsvImporter importer;
        if (!importer.read(r.landmarks, &features.places, &error))
            return failed();
    }
    if (cancelled())
        return stopped();
    if (features.roads.isEmpty()) {
        Q_EMIT finished(false, tr("The map data holds no roads; a map package needs at least one."), QString());
        return;
    }

    // From here the builder runs to the end: it cannot be interrupted without leaving its connection open.
    Q_EMIT writing();
    geo::MapPackageBuilder builder;
    builder.setName(r.name.isEmpty() ? QFileInfo(r.output).completeBaseName() : r.name);
    builder.setSource(sources.join(QStringLiteral(", ")));
    // The licence text OpenStreetMap requires, stored in the package and shown as it is in every language.
    builder.setAttribution(QStringLiteral("Map data © OpenStreetMap contributors"));
    builder.setProgress([this](const QString &stage, qint64 done, qint64 total) {
        QString text;
        if (stage == u"roads")
            text = tr("Writing roads");
        else if (stage == u"graph")
            text = tr("Building the routing graph");
        else if (stage == u"sectors")
            text = tr("Writing districts");
        else if (stage == u"places")
            text = tr("Indexing places for search");
        else
            text = tr("Writing %1").arg(stage);
        report(text, done, total);
    });
    QString writeError;
    if (!builder.write(features, r.output, &writeError)) {
        Q_EMIT finished(false, writeError, QString());
        return;
    }
    const auto &s = builder.statistics();
    Q_EMIT finished(true,
                    tr("Wrote %1 (roads: %2, places: %3, districts: %4).")
                        .arg(QDir::toNativeSeparators(r.output))
                        .arg(s.roads)
                        .arg(s.places)
                        .arg(s.sectors),
                    r.output);
}

MapImportDialog::MapImportDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("mapImportDialog"));
    build();
    retranslateUi();
    setRunning(false);
}

MapImportDialog::~MapImportDialog()
{
    if (m_thread) {
        // Only reached when the parent goes away mid-import: stop as soon as the worker can, then wait.
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
        delete m_job;
    }
}

void MapImportDialog::build()
{
    resize(640, 480);

    m_inputBox = new QGroupBox(this);
    m_inputs = new QListWidget(m_inputBox);
    m_inputs->setObjectName(QStringLiteral("inputs"));
    m_inputs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_addButton = new QPushButton(m_inputBox);
    m_addButton->setObjectName(QStringLiteral("addInputs"));
    m_removeButton = new QPushButton(m_inputBox);
    m_removeButton->setObjectName(QStringLiteral("removeInputs"));
    auto *inputButtons = new QVBoxLayout;
    inputButtons->addWidget(m_addButton);
    inputButtons->addWidget(m_removeButton);
    inputButtons->addStretch();
    auto *inputLayout = new QHBoxLayout(m_inputBox);
    inputLayout->addWidget(m_inputs, 1);
    inputLayout->addLayout(inputButtons);

    const auto withButton = [this](QLineEdit *edit, QPushButton *button) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(button);
        return row;
    };
    m_boundary = new QLineEdit(this);
    m_boundary->setObjectName(QStringLiteral("boundary"));
    m_boundaryButton = new QPushButton(this);
    m_boundaryHint = new QLabel(this);
    m_boundaryHint->setWordWrap(true);
    m_boundaryHint->setEnabled(false); // drawn as secondary text
    m_landmarks = new QLineEdit(this);
    m_landmarks->setObjectName(QStringLiteral("landmarks"));
    m_landmarksButton = new QPushButton(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("packageName"));
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("output"));
    m_outputButton = new QPushButton(this);
    m_boundaryLabel = new QLabel(this);
    m_landmarksLabel = new QLabel(this);
    m_nameLabel = new QLabel(this);
    m_outputLabel = new QLabel(this);
    m_boundaryLabel->setBuddy(m_boundary);
    m_landmarksLabel->setBuddy(m_landmarks);
    m_nameLabel->setBuddy(m_name);
    m_outputLabel->setBuddy(m_output);

    auto *form = new QFormLayout;
    form->addRow(m_boundaryLabel, withButton(m_boundary, m_boundaryButton));
    form->addRow(QString(), m_boundaryHint);
    form->addRow(m_landmarksLabel, withButton(m_landmarks, m_landmarksButton));
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_outputLabel, withButton(m_output, m_outputButton));

    m_stage = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse); // errors can be copied into a report

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("import"));
    m_importButton->setDefault(true);
    m_openButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_openButton->setObjectName(QStringLiteral("openPackage"));
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inputBox, 1);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_addButton, &QPushButton::clicked, this, &MapImportDialog::addInputs);
    connect(m_removeButton, &QPushButton::clicked, this, &MapImportDialog::removeInputs);
    connect(m_inputs, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!isRunning() && !m_inputs->selectedItems().isEmpty()); });
    connect(m_boundaryButton, &QPushButton::clicked, this, &MapImportDialog::browseBoundary);
    connect(m_landmarksButton, &QPushButton::clicked, this, &MapImportDialog::browseLandmarks);
    connect(m_outputButton, &QPushButton::clicked, this, &MapImportDialog::browseOutput);
    connect(m_output, &QLineEdit::textEdited, this, [this] { m_outputConfirmed = false; });
    connect(m_importButton, &QPushButton::clicked, this, &MapImportDialog::startImport);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (m_builtPath.isEmpty())
            return;
        Q_EMIT packageReady(m_builtPath);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MapImportDialog::reject);
}

void MapImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import map data"));
    m_inputBox->setTitle(tr("Map data: OpenStreetMap (.osm.pbf, .osm), Shapefile or GeoJSON"));
    m_addButton->setText(tr("&Add files…"));
    m_removeButton->setText(tr("&Remove"));
    m_boundaryLabel->setText(tr("&Districts:"));
    m_boundary->setPlaceholderText(tr("optional: a .shp, .geojson or .osm.pbf with kecamatan boundaries"));
    m_boundaryButton->setText(tr("Browse…"));
    m_boundaryHint->setText(tr("Without a district file, the kecamatan boundaries (admin_level 6) of the "
                               "OpenStreetMap data are used."));
    m_landmarksLabel->setText(tr("&Landmarks:"));
    m_landmarks->setPlaceholderText(tr("optional: CSV with name, kind, latitude, longitude"));
    m_landmarksButton->setText(tr("Browse…"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("the file name, if left empty"));
    m_outputLabel->setText(tr("&Save as:"));
    m_output->setPlaceholderText(tr("the new map package (*.lintasmap)"));
    m_outputButton->setText(tr("Browse…"));
    m_importButton->setText(tr("&Import"));
    m_openButton->setText(tr("&Open map"));
    m_openButton->setToolTip(tr("Show the new map package on the map"));
    m_cancelButton->setText(isRunning() ? tr("Cancel") : tr("Close"));
    if (m_writing)
        m_cancelButton->setToolTip(tr("The map package is being written and cannot be cancelled now"));
    else
        m_cancelButton->setToolTip(QString());
}

void MapImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MapImportDialog::setInputFiles(const QStringList &paths)
{
    m_inputs->clear();
    for (const QString &path : paths)
        m_inputs->addItem(QDir::toNativeSeparators(path));
    suggestOutput();
}

void MapImportDialog::setBoundaryFile(const QString &path)
{
    m_boundary->setText(QDir::toNativeSeparators(path));
}

void MapImportDialog::setLandmarksFile(const QString &path)
{
    m_landmarks->setText(QDir::toNativeSeparators(path));
}

void MapImportDialog::setPackageName(const QString &name)
{
    m_name->setText(name);
}

void MapImportDialog::setOutputFile(const QString &path)
{
    m_output->setText(QDir::toNativeSeparators(path));
    m_outputConfirmed = false;
}

QStringList MapImportDialog::inputFiles() const
{
    QStringList paths;
    for (int i = 0; i < m_inputs->count(); ++i)
        paths.append(QDir::fromNativeSeparators(m_inputs->item(i)->text()));
    return paths;
}

QString MapImportDialog::outputFile() const
{
    const QString text = m_output->text().trimmed();
    return text.isEmpty() ? QString() : withPackageSuffix(QDir::fromNativeSeparators(text));
}

QString MapImportDialog::statusText() const
{
    return m_status->text();
}

void MapImportDialog::addInputs()
{
    const QString start = m_inputs->count() > 0 ? QFileInfo(inputFiles().constLast()).absolutePath() : QDir::homePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add map data"), start,
        tr("Map data (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2 *.shp *.geojson *.json);;"
           "OpenStreetMap (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2);;ESRI Shapefile (*.shp);;"
           "GeoJSON (*.geojson *.json)"));
    for (const QString &path : paths) {
        if (!inputFiles().contains(path))
            m_inputs->addItem(QDir::toNativeSeparators(path));
    }
    suggestOutput();
}

void MapImportDialog::removeInputs()
{
    qDeleteAll(m_inputs->selectedItems());
}

void MapImportDialog::browseBoundary()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("District boundaries"), QFileInfo(m_boundary->text()).absolutePath(),
                                     tr("District boundaries (*.shp *.geojson *.json *.osm.pbf *.pbf *.osm)"));
    if (!path.isEmpty())
        setBoundaryFile(path);
}

void MapImportDialog::browseLandmarks()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Landmarks"), QFileInfo(m_landmarks->text()).absolutePath(), tr("Landmarks (*.csv)"));
    if (!path.isEmpty())
        setLandmarksFile(path);
}

void MapImportDialog::browseOutput()
{
    const QString start = outputFile().isEmpty() ? QDir::homePath() : outputFile();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save map package"), start, tr("Map packages (*.lintasmap)"));
    if (path.isEmpty())
        return;
    setOutputFile(withPackageSuffix(path));
    // The save dialog asked before replacing a file; when it added the suffix itself, nobody asked.
    m_outputConfirmed = withPackageSuffix(path) == path;
}

void MapImportDialog::suggestOutput()
{
    if (!m_output->text().trimmed().isEmpty() || m_inputs->count() == 0)
        return;
    const QFileInfo first(inputFiles().constFirst());
    m_output->setText(
        QDir::toNativeSeparators(first.absoluteDir().filePath(withPackageSuffix(baseNameOf(first.filePath())))));
    m_outputConfirmed = false;
}

void MapImportDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // A mid red that reads on the light and the dark theme alike.
    m_status->setStyleSheet(error ? QStringLiteral("color: #e53935; font-weight: bold;") : QString());
}

void MapImportDialog::setRunning(bool running)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_inputs, m_addButton, m_boundary, m_boundaryButton, m_landmarks,
                                          m_landmarksButton, m_name, m_output, m_outputButton, m_importButton})
        w->setEnabled(!running);
    m_removeButton->setEnabled(!running && !m_inputs->selectedItems().isEmpty());
    m_openButton->setVisible(!running && !m_builtPath.isEmpty());
    m_cancelButton->setEnabled(!m_writing);
    m_cancelButton->setText(running ? tr("Cancel") : tr("Close"));
}

void MapImportDialog::startImport()
{
    if (isRunning())
        return;
    MapImportRequest request;
    request.inputs = inputFiles();
    request.boundary = QDir::fromNativeSeparators(m_boundary->text().trimmed());
    request.landmarks = QDir::fromNativeSeparators(m_landmarks->text().trimmed());
    request.name = m_name->text().trimmed();
    request.output = outputFile();

    // Problems a person can fix in the form are named before any work starts.
    if (request.inputs.isEmpty()) {
        showStatus(tr("Add at least one file with roads: OpenStreetMap (.osm.pbf, .osm), Shapefile or GeoJSON."), true);
        m_addButton->setFocus();
        return;
    }
    for (const QString &path : std::as_const(request.inputs)) {
        if (formatOf(path) == Format::Unknown) {
            showStatus(tr("%1: unknown map data format (expected .osm.pbf, .osm, .shp, .geojson or .json).")
                           .arg(QFileInfo(path).fileName()),
                       true);
            return;
        }
    }
    QStringList needed = request.inputs;
    for (const QString &optional : {request.boundary, request.landmarks}) {
        if (!optional.isEmpty())
            needed.append(optional);
    }
    for (const QString &path : std::as_const(needed)) {
        if (!QFileInfo(path).isFile()) {
            showStatus(tr("%1: the file does not exist.").arg(QDir::toNativeSeparators(path)), true);
            return;
        }
    }
    if (request.output.isEmpty()) {
        showStatus(tr("Choose where to save the map package."), true);
        m_output->setFocus();
        return;
    }
    if (request.inputs.contains(request.output)) {
        showStatus(tr("The map package would replace one of its own input files; choose another name."), true);
        m_output->setFocus();
        return;
    }
    if (QFileInfo::exists(request.output) && !m_outputConfirmed) {
        const auto answer = MessageBox::question(this, tr("Import map data"),
                                                 tr("%1 already exists. Replace it with the new map package?")
                                                     .arg(QDir::toNativeSeparators(request.output)));
        if (answer != QMessageBox::Yes)
            return;
        m_outputConfirmed = true;
    }

    m_builtPath.clear();
    m_writing = false;
    m_lastStage.clear();
    m_progress->setValue(0);
    m_stage->clear();
    showStatus(QString(), false);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_job = new MapImportJob(request, m_cancel);
    connect(m_job, &MapImportJob::progress, this, &MapImportDialog::onProgress);
    connect(m_job, &MapImportJob::writing, this, &MapImportDialog::onWriting);
    connect(m_job, &MapImportJob::finished, this, &MapImportDialog::onFinished);
    MapImportJob *job = m_job;
    m_thread = QThread::create([job] { job->run(); });
    m_thread->setObjectName(QStringLiteral("map import"));
    qCInfo(lcMap) << "importing" << request.inputs << "into" << request.output;
    setRunning(true);
    m_thread->start();
}

void MapImportDialog::cancelImport()
{
    if (!isRunning() || m_writing)
        return;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_stage->setText(tr("Cancelling…"));
}

void MapImportDialog::reject()
{
    if (!isRunning()) {
        QDialog::reject();
        return;
    }
    if (m_writing) {
        showStatus(tr("The map package is being written; this last step cannot be cancelled. The dialog can be "
                      "closed when it is done."),
                   false);
        return;
    }
    cancelImport();
}

void MapImportDialog::onProgress(const QString &stage, int percent)
{
    if (stage != m_lastStage && !(m_cancel && m_cancel->load())) {
        m_lastStage = stage;
        m_stage->setText(stage + QStringLiteral("…"));
    }
    m_progress->setValue(percent);
}

void MapImportDialog::onWriting()
{
    m_writing = true;
    m_cancelButton->setEnabled(false);
    m_cancelButton->setToolTip(tr("The map package is being written and cannot be cancelled now"));
    showStatus(tr("Writing the map package. This last step cannot be cancelled."), false);
}

void MapImportDialog::onFinished(bool ok, const QString &message, const QString &path)
{
    // The job emits finished() as its last act: the thread is about to end.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    delete m_job;
    m_job = nullptr;
    m_writing = false;
    m_cancelButton->setToolTip(QString());

    m_builtPath = ok ? path : QString();
    m_stage->setText(ok ? tr("Done") : QString());
    m_progress->setValue(ok ? 100 : 0);
    showStatus(message, !ok);
    qCInfo(lcMap) << "map import" << (ok ? "done:" : "failed:") << message;
    setRunning(false);
    if (ok)
        m_openButton->setFocus();
    Q_EMIT importFinished(ok);
}

} // namespace lintas

#include "mapimportdialog.moc"
