// CaseDetailWidget, continued: attachments. Files are read, decoded and written on the worker pool (each job
// with its own CaseReader); the results come back to the widget on the GUI thread.
#include "cases/casedetailwidget.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include "attachmentfiles.h"
#include "cases/casedesk.h"
#include "caseattachmentsview.h"
#include "casedetailtext.h"
#include "caseform.h"
#include "core/casefactory.h"
#include "messagebox.h"

namespace lintas {
namespace {

constexpr int kPictureEdge = 320; // the capture image in the form; thumbnails are half of it
constexpr int kPictureCacheLimit = 200;

// Runs `job` on the worker pool and hands its result to `done` on the GUI thread, unless `context` is gone.
template <typename Job, typename Done> void runOnWorker(QObject *context, Job job, Done done)
{
    using Result = decltype(job());
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

void CaseDetailWidget::chooseAttachment(bool asCaptureImage)
{
    if (!isStored() || m_desk->isAuditor())
        return;
    auto *dialog = new QFileDialog(this, asCaptureImage ? tr("Attach the capture image") : tr("Attach a file"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    dialog->setObjectName(QStringLiteral("attachFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    if (asCaptureImage)
        dialog->setNameFilter(tr("Images (*.jpg *.jpeg *.png *.webp *.bmp)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, asCaptureImage](const QString &path) {
        m_attachAsImage = asCaptureImage;
        attachFile(path);
    });
    dialog->open();
}

bool CaseDetailWidget::attachFile(const QString &path)
{
    const bool asCaptureImage = std::exchange(m_attachAsImage, false);
    if (!isStored() || m_desk->isAuditor() || m_pending)
        return false;
    const QFileInfo info(path);
    if (!info.isFile()) {
        MessageBox::warning(this, tr("Cannot attach the file"), tr("%1 is not a file that can be attached.").arg(path));
        return false;
    }
    if (info.size() > kMaxAttachmentBytes) {
        MessageBox::warning(
            this, tr("File too large"),
            tr("“%1” is %2; a case takes files of up to %3.")
                .arg(info.fileName(), casedetail::byteSize(info.size()), casedetail::byteSize(kMaxAttachmentBytes)));
        return false;
    }
    setStatus(tr("Reading %1…").arg(info.fileName()));
    const QUuid id = m_record.id;
    runOnWorker(
        this, [path] { return attachmentfiles::readForAttaching(path, kMaxAttachmentBytes); },
        [this, id, asCaptureImage](const attachmentfiles::ReadFile &read) {
            if (!read.error.isEmpty()) {
                setStatus({});
                MessageBox::warning(this, tr("Cannot attach the file"), read.error);
                return;
            }
            if (id != m_record.id)
                return; // another case is shown by now
            attachRead(read.bytes, read.name, read.mime, asCaptureImage);
        });
    return true;
}

void CaseDetailWidget::attachRead(const QByteArray &bytes, const QString &name, const QString &mime,
                                  bool asCaptureImage)
{
    if (m_pending) {
        setStatus(tr("Wait for the last change to be saved, then attach %1 again.").arg(name), true);
        return;
    }
    const Change attach = m_desk->factory().attach(m_record.id, name, mime, bytes);
    ChangeList changes{attach};
    // The capture image is both an attachment and the capture's field, while the capture is still editable.
    if (asCaptureImage && m_mode == Mode::Editing && m_record.kind == CaseKind::Etle) {
        const QVariantMap image{{field(casefield::kImageSha256), attach.fields.value(QStringLiteral("sha256"))}};
        changes.append(m_desk->factory().editCase(m_record, image));
        const QVariantMap typed = m_form->data();
        QVariantMap merged = typed;
        merged.insert(image);
        m_form->setData(merged);
        m_baseline.insert(image);
    }
    Pending pending;
    pending.doneMessage = tr("Attached %1.").arg(name);
    send(changes, m_record.id, pending, tr("Attaching %1…").arg(name));
}

void CaseDetailWidget::chooseCopyTarget(const QString &sha256, const QString &name)
{
    auto *dialog = new QFileDialog(this, tr("Save a copy of %1").arg(name),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setObjectName(QStringLiteral("saveCopyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(name);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, sha256](const QString &path) { saveAttachmentCopy(sha256, path); });
    dialog->open();
}

bool CaseDetailWidget::saveAttachmentCopy(const QString &sha256, const QString &path)
{
    if (sha256.isEmpty() || path.isEmpty())
        return false;
    setStatus(tr("Saving a copy as %1…").arg(path));
    const QString storePath = m_desk->storePath();
    runOnWorker(
        this, [storePath, sha256, path] { return attachmentfiles::saveCopy(storePath, sha256, path); },
        [this, path](const QString &error) {
            if (error.isEmpty()) {
                setStatus(tr("Saved a copy as %1.").arg(path));
            } else {
                setStatus({});
                MessageBox::warning(this, tr("Copy not saved"), error);
            }
        });
    return true;
}

void CaseDetailWidget::loadPictures()
{
    if (!m_file)
        return;
    QStringList missing;
    for (const CaseAttachment &attachment : std::as_const(m_file->attachments)) {
        if (m_pictures.contains(attachment.sha256))
            m_attachments->setThumbnail(attachment.sha256, m_pictures.value(attachment.sha256)
                                                               .scaled(CaseAttachmentsView::kThumbnailEdge,
                                                                       CaseAttachmentsView::kThumbnailEdge,
                                                                       Qt::KeepAspectRatio, Qt::SmoothTransformation));
        else if (!missing.contains(attachment.sha256))
            missing << attachment.sha256;
    }
    showCaptureImage();
    if (missing.isEmpty())
        return;
    if (m_pictures.size() > kPictureCacheLimit)
        m_pictures.clear(); // content-addressed: anything dropped is read again when needed
    const QString storePath = m_desk->storePath();
    const quint64 generation = ++m_pictureGeneration;
    runOnWorker(
        this, [storePath, missing] { return attachmentfiles::loadPictures(storePath, missing, kPictureEdge); },
        [this, generation](const QList<attachmentfiles::Picture> &pictures) {
            for (const attachmentfiles::Picture &picture : pictures)
                m_pictures.insert(picture.sha256, picture.image);
            if (generation != m_pictureGeneration)
                return; // a newer load covers what is shown now
            for (const attachmentfiles::Picture &picture : pictures)
                m_attachments->setThumbnail(picture.sha256,
                                            picture.image.isNull()
                                                ? QImage()
                                                : picture.image.scaled(CaseAttachmentsView::kThumbnailEdge,
                                                                       CaseAttachmentsView::kThumbnailEdge,
                                                                       Qt::KeepAspectRatio, Qt::SmoothTransformation));
            showCaptureImage();
        });
}

void CaseDetailWidget::showCaptureImage()
{
    if (m_record.kind != CaseKind::Etle || !m_file)
        return;
    const QString sha = m_form->data().value(field(casefield::kImageSha256)).toString();
    if (sha.isEmpty())
        return;
    const CaseAttachment *attachment = nullptr;
    for (const CaseAttachment &candidate : std::as_const(m_file->attachments))
        if (candidate.sha256 == sha)
            attachment = &candidate;
    if (!attachment) {
        m_form->setImage({}, tr("The image has not reached this desk yet."));
        return;
    }
    if (!m_pictures.contains(sha))
        return; // still loading
    m_form->setImage(
        m_pictures.value(sha),
        tr("%1\n%2 · SHA-256 %3…").arg(attachment->name, casedetail::byteSize(attachment->size), sha.left(12)));
}

} // namespace lintas
