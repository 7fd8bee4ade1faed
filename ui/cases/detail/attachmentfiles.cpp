#include "attachmentfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

#include "casedetailtext.h"
#include "store/casereader.h"

namespace lintas::attachmentfiles {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lintas::attachmentfiles", text);
}

} // namespace

QList<Picture> loadPictures(const QString &storePath, const QStringList &sha256s, int edge)
{
    QList<Picture> pictures;
    const CaseReader reader(storePath);
    for (const QString &sha : sha256s) {
        Picture picture{sha, {}};
        if (reader.isOpen()) {
            QImage image;
            if (const QByteArray bytes = reader.attachment(sha); !bytes.isEmpty() && image.loadFromData(bytes))
                picture.image = image.width() > edge || image.height() > edge
                                    ? image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                    : image;
        }
        pictures.append(picture);
    }
    return pictures;
}

QString saveCopy(const QString &storePath, const QString &sha256, const QString &path)
{
    const CaseReader reader(storePath);
    if (!reader.isOpen())
        return tr("The store %1 could not be read: %2").arg(storePath, reader.errorString());
    const QByteArray bytes = reader.attachment(sha256);
    if (bytes.isEmpty())
        return tr("This desk does not hold the file %1 (it has not arrived from the server yet).").arg(sha256);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("%1 could not be written: %2").arg(path, file.errorString());
    return {};
}

ReadFile readForAttaching(const QString &path, qint64 maxBytes)
{
    ReadFile read;
    read.path = path;
    const QFileInfo info(path);
    read.name = info.fileName();
    if (!info.isFile()) {
        read.error = tr("%1 is not a file that can be attached.").arg(path);
        return read;
    }
    if (info.size() > maxBytes) {
        read.error = tr("“%1” is %2; a case takes files of up to %3.")
                         .arg(read.name, casedetail::byteSize(info.size()), casedetail::byteSize(maxBytes));
        return read;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        read.error = tr("%1 could not be read: %2").arg(path, file.errorString());
        return read;
    }
    read.bytes = file.read(maxBytes + 1);
    if (read.bytes.size() > maxBytes) { // it grew since it was looked at
        read.error =
            tr("“%1” is over %2; a case takes files of up to %2.").arg(read.name, casedetail::byteSize(maxBytes));
        read.bytes.clear();
        return read;
    }
    read.mime = QMimeDatabase().mimeTypeForFileNameAndData(path, read.bytes).name();
    return read;
}

} // namespace lintas::attachmentfiles
