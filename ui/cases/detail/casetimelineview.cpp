#include "casetimelineview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "casedetailtext.h"
#include "labels.h"

namespace lintas {

CaseTimelineView::CaseTimelineView(QWidget *parent) : QWidget(parent)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("caseTimeline"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setClearButtonEnabled(true);
    m_note->setMaxLength(2000);
    connect(m_note, &QLineEdit::returnPressed, this, &CaseTimelineView::requestNote);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addNoteButton"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &CaseTimelineView::requestNote);

    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(noteRow);
    retranslateUi();
}

void CaseTimelineView::retranslateUi()
{
    m_list->setHeaderLabels({tr("Time"), tr("By"), tr("Entry")});
    m_note->setPlaceholderText(tr("Add a note to the case's timeline and press Enter"));
    m_add->setText(tr("Add note"));
    m_add->setToolTip(tr("Notes are kept for good; they cannot be edited or removed"));
    fill();
}

void CaseTimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseTimelineView::setEvents(const QList<CaseEvent> &events)
{
    m_events = events;
    fill();
}

void CaseTimelineView::setNotesAllowed(bool allowed, const QString &why)
{
    m_note->setEnabled(allowed);
    m_add->setEnabled(allowed);
    m_note->setToolTip(allowed ? QString() : why);
}

void CaseTimelineView::fill()
{
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const CaseEvent &event : std::as_const(m_events)) {
        const QString text = casedetail::eventText(event);
        auto *item = new QTreeWidgetItem({labels::timestamp(event.at), event.actor, text});
        item->setToolTip(2, text);
        item->setToolTip(1, tr("Desk %1").arg(event.siteId));
        item->setData(0, Qt::UserRole, int(event.type));
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    if (!items.isEmpty())
        m_list->scrollToItem(items.last());
}

void CaseTimelineView::requestNote()
{
    const QString text = m_note->text().trimmed();
    if (text.isEmpty() || !m_note->isEnabled())
        return;
    m_note->clear();
    Q_EMIT noteRequested(text);
}

} // namespace lintas
