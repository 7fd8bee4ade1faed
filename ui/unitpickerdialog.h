#pragma once

#include <optional>

#include <QDialog>
#include <QList>

#include "core/incident.h"
#include "core/unit.h"

class QLabel;
class QListWidget;

namespace lintas {

// Chooses a unit to send to an incident: the units that may be dispatched, nearest first when
// positions are known. Arrows move, Enter sends, Esc cancels.
class UnitPickerDialog : public QDialog
{
    Q_OBJECT
public:
    UnitPickerDialog(const Incident &incident, const QList<Unit> &units, QWidget *parent = nullptr);

    std::optional<Unit> chosenUnit() const;
    int candidateCount() const;

private:
    QLabel *m_heading = nullptr;
    QListWidget *m_list = nullptr;
    QList<Unit> m_candidates;
};

} // namespace lintas
