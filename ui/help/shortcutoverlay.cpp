#include "help/shortcutoverlay.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace lintas {
namespace {

constexpr int kColumns = 2;
constexpr int kShade = 150; // alpha of the sheet over the window

} // namespace

ShortcutOverlay::ShortcutOverlay(QWidget *window) : QWidget(window)
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_NoSystemBackground);

    m_card = new QWidget(this);
    m_card->setObjectName(QStringLiteral("shortcutCard"));
    m_card->setAutoFillBackground(true);
    m_card->setBackgroundRole(QPalette::Base);
    m_title = new QLabel(m_card);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint = new QLabel(m_card);
    m_hint->setEnabled(false);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(36);
    m_grid->setVerticalSpacing(16);
    auto *layout = new QVBoxLayout(m_card);
    layout->setContentsMargins(28, 20, 28, 24);
    layout->setSpacing(12);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_hint);
    layout->addLayout(top);
    layout->addLayout(m_grid);

    window->installEventFilter(this);
    hide();
    retranslateUi();
}

void ShortcutOverlay::setGroups(const QList<Group> &groups)
{
    m_groups = groups;
    rebuild();
}

QStringList ShortcutOverlay::lines() const
{
    QStringList lines;
    for (const Group &group : m_groups)
        for (const Entry &entry : group.entries)
            lines << QStringLiteral("%1 — %2").arg(entry.keys, entry.text);
    return lines;
}

void ShortcutOverlay::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_groups.size(); ++i) {
        const Group &group = m_groups.at(i);
        QString html = QStringLiteral("<p style=\"margin-bottom:6px\"><b>%1</b></p><table cellspacing=\"0\">")
                           .arg(group.title.toHtmlEscaped());
        for (const Entry &entry : group.entries)
            html += QStringLiteral("<tr><td style=\"padding:2px 14px 2px 0\"><tt><b>%1</b></tt></td>"
                                   "<td style=\"padding:2px 0\">%2</td></tr>")
                        .arg(entry.keys.toHtmlEscaped(), entry.text.toHtmlEscaped());
        html += QStringLiteral("</table>");
        auto *label = new QLabel(html, m_card);
        label->setObjectName(QStringLiteral("shortcutGroup"));
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_grid->addWidget(label, i / kColumns, i % kColumns);
    }
    if (isVisible()) {
        m_card->adjustSize();
        m_card->move((width() - m_card->width()) / 2, std::max(0, (height() - m_card->height()) / 2));
    }
}

void ShortcutOverlay::open()
{
    QWidget *window = parentWidget();
    setGeometry(window->rect());
    m_card->adjustSize();
    m_card->move((width() - m_card->width()) / 2, std::max(0, (height() - m_card->height()) / 2));
    if (QWidget *focused = window->focusWidget(); focused && focused != this)
        m_returnFocusTo = focused;
    show();
    raise();
    setFocus(Qt::ShortcutFocusReason);
}

void ShortcutOverlay::dismiss()
{
    if (!isVisible())
        return;
    hide();
    if (m_returnFocusTo)
        m_returnFocusTo->setFocus(Qt::OtherFocusReason);
    Q_EMIT closed();
}

bool ShortcutOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        setGeometry(parentWidget()->rect());
        m_card->move((width() - m_card->width()) / 2, std::max(0, (height() - m_card->height()) / 2));
    }
    return QWidget::eventFilter(watched, event);
}

void ShortcutOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ShortcutOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F1) {
        dismiss();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ShortcutOverlay::mousePressEvent(QMouseEvent *event)
{
    dismiss();
    event->accept();
}

void ShortcutOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, kShade));
}

void ShortcutOverlay::retranslateUi()
{
    m_title->setText(tr("Keyboard shortcuts"));
    m_hint->setText(tr("Esc or F1 closes"));
}

} // namespace lintas
