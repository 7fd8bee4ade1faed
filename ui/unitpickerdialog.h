#pragma once

#include <optional>

#include <QDialog>
#include <QList>

#include "analytics/recommender.h"
#include "core/incident.h"
#include "core/unit.h"

class QLabel;
class QListWidget;

namespace lintas {

// Chooses a unit to send to an incident: every unit that may be dispatched. With a road ranking for the
// incident they come in its order with their road ETAs; without one, nearest first by straight-line distance,
// which is said as a distance, never as a travel time. Arrows move, Enter sends, Esc cancels.
class UnitPickerDialog : public QDialog
{
    Q_OBJECT
public:
    UnitPickerDialog(const Incident &incident, const QList<Unit> &units,
                     const QList<analytics::Recommendation> &ranking = {}, QWidget *parent = nullptr);

    std::optional<Unit> chosenUnit() const;
    int candidateCount() const;

private:
    QLabel *m_heading = nullptr;
    QListWidget *m_list = nullptr;
    QList<Unit> m_candidates;
};

} // namespace lintas
