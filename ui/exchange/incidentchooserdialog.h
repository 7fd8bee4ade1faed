#pragma once

#include <QDialog>
#include <QList>
#include <QUuid>

#include "core/incident.h"

class QListWidget;

namespace lintas {

// Picks one of the open incidents (the road alert is for one incident): number, type, road; the ones that can be
// announced (a closure or a hazard) first, the rest greyed out with the reason as a tool tip.
class IncidentChooserDialog : public QDialog
{
    Q_OBJECT
public:
    IncidentChooserDialog(const QList<Incident> &incidents, const QUuid &preselected, QWidget *parent = nullptr);

    QUuid chosen() const;

private:
    QListWidget *m_list = nullptr;
};

} // namespace lintas
