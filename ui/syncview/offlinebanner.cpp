#include "syncview/offlinebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "theme.h"

namespace lintas {

OfflineBanner::OfflineBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("offlineBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("offlineBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("offlineBannerDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    m_detail->setFont(small);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("offlineBannerButton"));
    m_button->setFocusPolicy(Qt::TabFocus); // a click must not take the keys away from the dispatcher's list
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_status && m_status->state == sync::LinkState::Refused &&
            m_refusal != SyncStatusText::Refusal::Certificate)
            Q_EMIT loginRequested();
        else
            Q_EMIT retryRequested();
    });

    auto *texts = new QVBoxLayout;
    texts->setSpacing(m_textSpacing);
    texts->addWidget(m_text);
    texts->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(12);
    layout->addLayout(texts, 1);
    layout->addWidget(m_button, 0, Qt::AlignVCenter);

    m_grace.setSingleShot(true);
    m_grace.setInterval(kDefaultGrace);
    connect(&m_grace, &QTimer::timeout, this, [this] {
        if (m_status && m_status->state != sync::LinkState::Online)
            setShowing(true);
    });
    connect(Theme::instance(), &Theme::changed, this, &OfflineBanner::applyTheme);
    applyTheme();
    hide();
}

void OfflineBanner::setGrace(std::chrono::milliseconds grace)
{
    m_grace.setInterval(grace);
}

void OfflineBanner::clear()
{
    m_status.reset();
    m_grace.stop();
    setShowing(false);
}

void OfflineBanner::setRefusal(SyncStatusText::Refusal refusal)
{
    m_refusal = refusal;
    render();
}

void OfflineBanner::setStatus(const sync::SyncStatus &status)
{
    m_status = status;
    switch (status.state) {
    case sync::LinkState::Online:
    case sync::LinkState::Stopped:
        m_grace.stop();
        setShowing(false);
        break;
    case sync::LinkState::Refused:
        m_grace.stop();
        setShowing(true);
        break;
    case sync::LinkState::Offline:
        // Counting from the first moment without a link; every retry's status must not restart it.
        if (!m_showing && !m_grace.isActive()) {
            if (m_grace.interval() <= 0)
                setShowing(true);
            else
                m_grace.start();
        }
        break;
    case sync::LinkState::Connecting:
        // A retry after a loss keeps the banner (no flicker on every attempt); a first connect shows none.
        break;
    }
    render();
}

int OfflineBanner::heightForWidth(int width) const
{
    const QHBoxLayout *row = static_cast<QHBoxLayout *>(layout());
    const QMargins margins = row->contentsMargins();
    const int buttonWidth = m_button->sizeHint().width();
    const int textWidth = qMax(1, width - margins.left() - margins.right() - row->spacing() - buttonWidth);
    int texts = m_text->heightForWidth(textWidth);
    if (!m_detail->isHidden())
        texts += m_textSpacing + m_detail->heightForWidth(textWidth);
    return margins.top() + margins.bottom() + qMax(texts, m_button->sizeHint().height());
}

QString OfflineBanner::text() const
{
    return m_text->text();
}

QString OfflineBanner::detail() const
{
    return m_detail->text();
}

QString OfflineBanner::buttonText() const
{
    return m_button->text();
}

void OfflineBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

void OfflineBanner::render()
{
    if (!m_status)
        return;
    const sync::SyncStatus &status = *m_status;
    m_text->setText(SyncStatusText::bannerText(status, m_refusal));
    const QString detail = SyncStatusText::bannerDetail(status, m_refusal);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_button->setText(SyncStatusText::bannerButton(status, m_refusal));
    // While an attempt is under way another one would only start over.
    m_button->setEnabled(status.state != sync::LinkState::Connecting);
}

void OfflineBanner::setShowing(bool showing)
{
    if (showing == m_showing)
        return;
    m_showing = showing;
    setVisible(showing);
    Q_EMIT showingChanged(showing);
}

void OfflineBanner::applyTheme()
{
    // An amber bar in the day theme, a dim amber one at night: noticeable, not alarming.
    const bool dark = Theme::instance()->isDark();
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf1, 0xc7));
    palette.setColor(QPalette::WindowText, dark ? QColor(0xf5, 0xe6, 0xc0) : QColor(0x3d, 0x2c, 0x00));
    setPalette(palette);
    for (QLabel *label : {m_text, m_detail})
        label->setPalette(palette);
    setStyleSheet(QStringLiteral("QFrame#offlineBanner { border-bottom: 1px solid %1; }")
                      .arg(Theme::instance()->warningColor().name()));
}

} // namespace lintas
