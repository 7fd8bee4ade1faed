#pragma once

#include <QHash>
#include <QImage>
#include <QWidget>

#include "core/casefold.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace lintas {

// The files of a case as thumbnails (images scaled to 160 px; other files a file icon), with the name and size
// under each. Double-click (or Enter) asks to save a copy; "Attach file…" asks to add one. The thumbnails are
// decoded elsewhere (on a worker thread) and handed in.
class CaseAttachmentsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kThumbnailEdge = 160;

    explicit CaseAttachmentsView(QWidget *parent = nullptr);

    void setAttachments(const QList<CaseAttachment> &attachments);
    // A decoded thumbnail, or a null image when the file is not an image (or not on this desk).
    void setThumbnail(const QString &sha256, const QImage &thumbnail);
    bool hasThumbnail(const QString &sha256) const { return !m_thumbnails.value(sha256).isNull(); }
    void setAttachAllowed(bool allowed, const QString &why = {});
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void attachRequested();
    void saveCopyRequested(const QString &sha256, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QList<CaseAttachment> m_attachments;
    QHash<QString, QImage> m_thumbnails; // by sha256; a null image once known not to be one
    QListWidget *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_attach = nullptr;
};

} // namespace lintas
