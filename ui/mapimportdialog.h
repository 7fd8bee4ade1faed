#pragma once

#include <atomic>
#include <memory>

#include <QDialog>
#include <QString>
#include <QStringList>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;

namespace lintas {

class MapImportJob;

// File ▸ Import map data…: builds a map package (*.lintasmap) from OpenStreetMap (.osm.pbf, .osm), ESRI
// Shapefile or GeoJSON files, with an optional district boundary file and landmarks CSV, as
// `lintas-mapkit import` does, without blocking the desk.
//
//   GUI thread                                   worker QThread (one per import)
//   MapImportDialog ── MapImportRequest ───────▶ MapImportJob::run(): importers → MapPackageBuilder
//        ▲            progress / writing / finished (queued signals)            │
//        └──────────────────────────────────────────────────────────────────────┘
//   Cancel sets an atomic flag that the OpenStreetMap reader checks between blocks and the job checks
//   between files. The package writer cannot stop half-way (it writes FILE.part and renames it when
//   complete), so while it runs Cancel is disabled and the dialog says so; closing the dialog then waits.
//
// On success the dialog offers to open the new package: "Open map" emits packageReady(path).
class MapImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MapImportDialog(QWidget *parent = nullptr);
    ~MapImportDialog() override;

    // Preset the form (a caller that knows the files, and tests).
    void setInputFiles(const QStringList &paths);
    void setBoundaryFile(const QString &path);
    void setLandmarksFile(const QString &path);
    void setPackageName(const QString &name);
    void setOutputFile(const QString &path);

    QStringList inputFiles() const;
    QString outputFile() const;
    bool isRunning() const { return m_thread != nullptr; }
    // The message under the progress bar: the stage, the result or the error naming the file and record.
    QString statusText() const;

public Q_SLOTS:
    // Checks the form and starts the import on a worker thread; a problem with the form is shown instead.
    void startImport();
    // Asks a running import to stop; ignored while the package is being written.
    void cancelImport();
    // Closes the dialog unless an import runs: then it cancels (or, while writing, says why it cannot).
    void reject() override;

Q_SIGNALS:
    // The user chose to open the package just written.
    void packageReady(const QString &path);
    // The worker ended: success, failure or cancellation (the status text says which).
    void importFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void addInputs();
    void removeInputs();
    void browseBoundary();
    void browseLandmarks();
    void browseOutput();
    void suggestOutput();
    void setRunning(bool running);
    void showStatus(const QString &text, bool error);
    void onProgress(const QString &stage, int percent);
    void onWriting();
    void onFinished(bool ok, const QString &message, const QString &path);

    QGroupBox *m_inputBox = nullptr;
    QListWidget *m_inputs = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_boundaryLabel = nullptr;
    QLineEdit *m_boundary = nullptr;
    QPushButton *m_boundaryButton = nullptr;
    QLabel *m_boundaryHint = nullptr;
    QLabel *m_landmarksLabel = nullptr;
    QLineEdit *m_landmarks = nullptr;
    QPushButton *m_landmarksButton = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_outputLabel = nullptr;
    QLineEdit *m_output = nullptr;
    QPushButton *m_outputButton = nullptr;
    QLabel *m_stage = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    QThread *m_thread = nullptr;
    MapImportJob *m_job = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_writing = false;
    bool m_outputConfirmed = false; // the save dialog already asked about replacing the file
    QString m_builtPath;
    QString m_lastStage;
};

} // namespace lintas
