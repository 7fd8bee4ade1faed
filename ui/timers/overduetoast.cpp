#include "timers/overduetoast.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>

#include "theme.h"

namespace lintas {

OverdueToast::OverdueToast(QWidget *host) : QFrame(host)
{
    setObjectName(QStringLiteral("overdueToast"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);
    setFixedWidth(kWidth);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("overdueToastTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("overdueToastMessage"));
    m_message->setWordWrap(true);
    m_show = new QPushButton(this);
    m_show->setFocusPolicy(Qt::NoFocus);
    m_close = new QPushButton(this);
    m_close->setFocusPolicy(Qt::NoFocus);
    m_close->setFlat(true);
    connect(m_show, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT activated(m_incidentId);
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_close);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(kShownMs);
    connect(&m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    host->installEventFilter(this);
    retranslateUi();
    hide();
}

void OverdueToast::showAlert(const QString &title, const QString &message, const QUuid &incidentId)
{
    m_title->setText(title);
    m_message->setText(message);
    m_incidentId = incidentId;
    m_show->setVisible(!incidentId.isNull());
    // A red edge in the theme's error colour: the card says "overdue" before it is read.
    setStyleSheet(QStringLiteral("#overdueToast { background-color: palette(base); border: 1px solid %1; "
                                 "border-left: 6px solid %1; border-radius: 4px; }")
                      .arg(Theme::instance()->errorColor().name()));
    place();
    show();
    raise();
    m_hideTimer.start();
}

QString OverdueToast::title() const
{
    return m_title->text();
}

QString OverdueToast::message() const
{
    return m_message->text();
}

bool OverdueToast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void OverdueToast::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void OverdueToast::place()
{
    const QWidget *host = parentWidget();
    layout()->activate();
    const int height = hasHeightForWidth() ? heightForWidth(kWidth) : sizeHint().height();
    resize(kWidth, height);
    // Below the menus and tool bars of a main window: over its central area, top right.
    QRect area = host->rect();
    if (const auto *window = qobject_cast<const QMainWindow *>(host); window && window->centralWidget())
        area = window->centralWidget()->geometry();
    move(qMax(area.left(), area.right() - kWidth - 12), area.top() + 12);
}

void OverdueToast::retranslateUi()
{
    m_show->setText(tr("Show incident"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
}

} // namespace lintas
