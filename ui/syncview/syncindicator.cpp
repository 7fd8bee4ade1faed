#include "syncview/syncindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include "theme.h"

namespace lintas {

SyncIndicator::SyncIndicator(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncIndicator"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_attention = new QToolButton(this);
    m_attention->setObjectName(QStringLiteral("attentionCount"));
    m_attention->setAutoRaise(true);
    m_attention->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_attention->hide();
    connect(m_attention, &QToolButton::clicked, this, &SyncIndicator::attentionClicked);
    connect(Theme::instance(), &Theme::changed, this, &SyncIndicator::render);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_attention);
    layout->addWidget(m_state);
    render();
}

void SyncIndicator::setLocalOnly()
{
    m_status.reset();
    render();
}

void SyncIndicator::setStatus(const sync::SyncStatus &status)
{
    m_status = status;
    render();
}

void SyncIndicator::setRefusal(SyncStatusText::Refusal refusal)
{
    m_refusal = refusal;
    render();
}

void SyncIndicator::setAttentionCount(int count)
{
    m_attentionCount = qMax(0, count);
    render();
}

QString SyncIndicator::text() const
{
    return m_state->text();
}

QString SyncIndicator::attentionText() const
{
    return m_attention->isHidden() ? QString() : m_attention->text();
}

void SyncIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void SyncIndicator::render()
{
    if (!m_status) {
        m_state->setText(SyncStatusText::localOnly());
        m_state->setToolTip(SyncStatusText::localOnlyToolTip());
        m_state->setStyleSheet({});
    } else {
        m_state->setText(SyncStatusText::statusLine(*m_status, m_refusal));
        m_state->setToolTip(SyncStatusText::statusToolTip(*m_status, m_refusal));
        // Offline is a condition to notice, a refusal one to act on; online needs no colour.
        QColor colour;
        if (m_status->state == sync::LinkState::Offline)
            colour = Theme::instance()->warningColor();
        else if (m_status->state == sync::LinkState::Refused)
            colour = Theme::instance()->errorColor();
        m_state->setStyleSheet(colour.isValid()
                                   ? QStringLiteral("QLabel { color: %1; font-weight: 600; }").arg(colour.name())
                                   : QString());
    }
    const QString attention = SyncStatusText::attention(m_attentionCount);
    m_attention->setText(attention);
    m_attention->setToolTip(tr("Changes the regional server did not accept: open the list"));
    m_attention->setStyleSheet(
        QStringLiteral("QToolButton { color: %1; font-weight: 600; }").arg(Theme::instance()->errorColor().name()));
    m_attention->setVisible(!attention.isEmpty());
}

} // namespace lintas
