#include "cases/watchalertcard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>

#include "cases/watchhittext.h"
#include "syncview/offlinebanner.h"
#include "theme.h"

namespace lintas {

WatchAlertCard::WatchAlertCard(QWidget *host) : QFrame(host)
{
    setObjectName(QStringLiteral("watchAlertCard"));
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_StyledBackground);
    m_plate = new QLabel(this);
    m_plate->setObjectName(QStringLiteral("watchAlertPlate"));
    m_plate->setAlignment(Qt::AlignCenter);
    QFont plateFont = m_plate->font();
    plateFont.setBold(true);
    plateFont.setPointSizeF(plateFont.pointSizeF() * 2.0);
    plateFont.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
    m_plate->setFont(plateFont);
    m_plate->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // a plate is never cut
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("watchAlertTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("watchAlertMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.1);
    m_message->setFont(messageFont);
    m_more = new QLabel(this);
    m_more->setObjectName(QStringLiteral("watchAlertMore"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("watchAlertOpen"));
    m_open->setFocusPolicy(Qt::NoFocus);
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("watchAlertDismiss"));
    m_dismiss->setFocusPolicy(Qt::NoFocus);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_queue.isEmpty())
            return;
        const WatchHit hit = m_queue.first();
        dismiss();
        Q_EMIT openRequested(hit);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &WatchAlertCard::dismiss);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_title);
    text->addWidget(m_message);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_more, 1);
    bottom->addWidget(m_open);
    bottom->addWidget(m_dismiss);
    text->addLayout(bottom);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 12, 10);
    layout->setSpacing(14);
    layout->addWidget(m_plate, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    host->installEventFilter(this);
    if (auto *window = qobject_cast<QMainWindow *>(host); window && window->centralWidget())
        window->centralWidget()->installEventFilter(this); // the central area moves when docks resize
    connect(Theme::instance(), &Theme::changed, this, &WatchAlertCard::applyTheme);
    applyTheme();
    retranslateUi();
    hide();
}

void WatchAlertCard::addHit(const WatchHit &hit)
{
    m_queue.append(hit);
    render();
}

std::optional<WatchHit> WatchAlertCard::current() const
{
    if (m_queue.isEmpty())
        return std::nullopt;
    return m_queue.first();
}

QString WatchAlertCard::plateText() const
{
    return m_plate->text();
}

QString WatchAlertCard::messageText() const
{
    return m_message->text();
}

void WatchAlertCard::dismiss()
{
    if (!m_queue.isEmpty())
        m_queue.removeFirst();
    render();
}

bool WatchAlertCard::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::Resize || event->type() == QEvent::Move) && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void WatchAlertCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void WatchAlertCard::render()
{
    if (m_queue.isEmpty()) {
        hide();
        return;
    }
    const WatchHit &hit = m_queue.first();
    m_plate->setText(hit.plate);
    m_message->setText(watchhittext::watchHitSentence(hit));
    const int more = waiting();
    m_more->setText(more > 0 ? tr("%n more alert(s) waiting", nullptr, more) : QString());
    m_open->setEnabled(!hit.sourceId.isNull());
    m_open->setText(hit.sourceEntity == QLatin1String("incident") ? tr("Open incident") : tr("Open case"));
    place();
    show();
    raise();
}

void WatchAlertCard::place()
{
    QWidget *host = parentWidget();
    QRect area = host->rect();
    int top = area.top();
    if (auto *window = qobject_cast<QMainWindow *>(host); window && window->centralWidget()) {
        // Across the window below its menus and tool bars, over the docks' top edge too: the map area alone can
        // be narrow, and this card must be read at a glance.
        top = window->centralWidget()->geometry().top();
        // Below the offline banner when it lies over the same edge: both stay readable.
        if (const auto *banner = window->centralWidget()->findChild<OfflineBanner *>();
            banner && banner->isShowing() && banner->isVisible())
            top += banner->height();
    }
    layout()->activate();
    const int width = qBound(qMin(minimumSizeHint().width(), area.width()), kMaxWidth, area.width() - 24);
    const int height = qMax(hasHeightForWidth() ? heightForWidth(width) : 0, minimumSizeHint().height());
    setGeometry(area.left() + (area.width() - width) / 2, top + 8, width, height);
}

void WatchAlertCard::applyTheme()
{
    // Red whatever the theme: the one thing on the desk that must be seen from across the room. The plate looks
    // like a plate (white on black), so the eye finds it first.
    const QString red = Theme::instance()->errorColor().name();
    setStyleSheet(QStringLiteral("#watchAlertCard { background-color: %1; border: 2px solid %2; border-radius: 6px; }"
                                 "#watchAlertCard QLabel { color: white; }"
                                 "#watchAlertPlate { background-color: #111111; color: white; border: 2px solid "
                                 "white; border-radius: 4px; padding: 6px 12px; }")
                      .arg(red, Theme::instance()->errorColor().darker(140).name()));
}

void WatchAlertCard::retranslateUi()
{
    m_title->setText(tr("WATCH LIST ALERT"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Put this alert away; it stays in Cases ▸ Watch-list alerts…"));
    render();
}

} // namespace lintas
