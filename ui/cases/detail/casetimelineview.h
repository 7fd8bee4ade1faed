#pragma once

#include <QWidget>

#include "core/casefold.h"

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace lintas {

// Everything that happened to a case, oldest first: time (WIB), who, and what in words (created, edited, each
// step, corrections with their reasons, notes, attachments, voids, openings of the record); a note box below.
class CaseTimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseTimelineView(QWidget *parent = nullptr);

    void setEvents(const QList<CaseEvent> &events);
    void setNotesAllowed(bool allowed, const QString &why = {});
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void noteRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void requestNote();

    QList<CaseEvent> m_events;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace lintas
