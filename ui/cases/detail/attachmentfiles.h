#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace lintas::attachmentfiles {

// The file work behind a case's attachments, run on a worker thread: each call opens its own read-only
// connection (CaseReader) and touches no widget.

struct Picture
{
    QString sha256;
    QImage image; // scaled to fit the edge; null when the file is not an image or not on this desk
};
// Reads and decodes the attachments, scaled to fit `edge` pixels.
QList<Picture> loadPictures(const QString &storePath, const QStringList &sha256s, int edge);

// Writes a copy of an attachment to `path`; empty on success, else what went wrong, naming the file.
QString saveCopy(const QString &storePath, const QString &sha256, const QString &path);

struct ReadFile
{
    QString path;
    QString name;
    QString mime;
    QByteArray bytes;
    QString error; // names the file
};
// Reads a file the user chose to attach; refuses one over `maxBytes` without reading it.
ReadFile readForAttaching(const QString &path, qint64 maxBytes);

} // namespace lintas::attachmentfiles
