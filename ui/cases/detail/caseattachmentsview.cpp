#include "caseattachmentsview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "casedetailtext.h"

namespace lintas {
namespace {

constexpr int kCaptionLines = 2;

// Every tile the same size, the picture centred, so a row of mixed shapes stays tidy.
QIcon tileIcon(const QPixmap &picture)
{
    const int edge = CaseAttachmentsView::kThumbnailEdge;
    QPixmap tile(edge, edge);
    tile.fill(Qt::transparent);
    QPainter painter(&tile);
    const QSize size = picture.size().scaled(edge, edge, Qt::KeepAspectRatio).boundedTo(picture.size());
    painter.drawPixmap(QRect(QPoint((edge - size.width()) / 2, (edge - size.height()) / 2), size), picture);
    return QIcon(tile);
}

} // namespace

CaseAttachmentsView::CaseAttachmentsView(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumbnailEdge, kThumbnailEdge));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setSpacing(8);
    m_list->setUniformItemSizes(true);
    m_list->setGridSize(
        QSize(kThumbnailEdge + 24, kThumbnailEdge + 16 + kCaptionLines * m_list->fontMetrics().lineSpacing()));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT saveCopyRequested(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_attach = new QPushButton(this);
    m_attach->setObjectName(QStringLiteral("attachFileButton"));
    m_attach->setAutoDefault(false);
    connect(m_attach, &QPushButton::clicked, this, &CaseAttachmentsView::attachRequested);

    auto *row = new QHBoxLayout;
    row->addWidget(m_hint, 1);
    row->addWidget(m_attach);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    retranslateUi();
}

void CaseAttachmentsView::retranslateUi()
{
    m_attach->setText(tr("Attach file…"));
    m_hint->setText(tr("Double-click a file to save a copy. Files are kept for good, with their SHA-256."));
    fill();
}

void CaseAttachmentsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseAttachmentsView::setAttachments(const QList<CaseAttachment> &attachments)
{
    m_attachments = attachments;
    fill();
}

void CaseAttachmentsView::setThumbnail(const QString &sha256, const QImage &thumbnail)
{
    m_thumbnails.insert(sha256, thumbnail);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(Qt::UserRole).toString() == sha256 && !thumbnail.isNull())
            item->setIcon(tileIcon(QPixmap::fromImage(thumbnail)));
    }
}

void CaseAttachmentsView::setAttachAllowed(bool allowed, const QString &why)
{
    m_attach->setEnabled(allowed);
    m_attach->setToolTip(allowed ? tr("Add a photo or a document to the case (up to 2 MB)") : why);
}

void CaseAttachmentsView::fill()
{
    m_list->clear();
    const QIcon fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
    for (const CaseAttachment &attachment : std::as_const(m_attachments)) {
        auto *item = new QListWidgetItem(m_list);
        item->setText(QStringLiteral("%1\n%2").arg(attachment.name, casedetail::byteSize(attachment.size)));
        item->setData(Qt::UserRole, attachment.sha256);
        item->setData(Qt::UserRole + 1, attachment.name);
        item->setToolTip(tr("%1\n%2 · %3\nattached by %4, %5\nSHA-256 %6")
                             .arg(attachment.name, attachment.mime, casedetail::byteSize(attachment.size),
                                  attachment.actor, casedetail::wibTime(attachment.at), attachment.sha256));
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        const QImage thumbnail = m_thumbnails.value(attachment.sha256);
        item->setIcon(thumbnail.isNull() ? tileIcon(fileIcon.pixmap(64, 64)) : tileIcon(QPixmap::fromImage(thumbnail)));
    }
}

} // namespace lintas
