#include "unitpickerdialog.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/statemachine.h"
#include "dispatch/dispatchtext.h"
#include "labels.h"

namespace lintas {
namespace {

double distanceKm(const Incident &incident, const Unit &unit)
{
    if (!incident.hasLocation() || !unit.hasPosition())
        return std::numeric_limits<double>::infinity();
    // Equirectangular is plenty at city scale.
    constexpr double kRad = M_PI / 180.0;
    const double x = (unit.longitude - incident.longitude) * kRad * std::cos(incident.latitude * kRad);
    const double y = (unit.latitude - incident.latitude) * kRad;
    return std::sqrt(x * x + y * y) * 6371.0;
}

} // namespace

UnitPickerDialog::UnitPickerDialog(const Incident &incident, const QList<Unit> &units,
                                   const QList<analytics::Recommendation> &ranking, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("unitPickerDialog"));
    setWindowTitle(tr("Dispatch a unit"));
    resize(520, 420);
    for (const Unit &unit : units)
        if (isLegalMove(unit.status, UnitStatus::Dispatched) && unit.incidentId != incident.id)
            m_candidates.append(unit);
    std::stable_sort(m_candidates.begin(), m_candidates.end(), [&](const Unit &a, const Unit &b) {
        const bool aHome = a.stationCode == incident.stationCode;
        const bool bHome = b.stationCode == incident.stationCode;
        const double da = distanceKm(incident, a);
        const double db = distanceKm(incident, b);
        if (da != db)
            return da < db;
        return aHome && !bHome;
    });
    // The road ranking's order first (its units with their ETA), then the units it did not rank.
    QHash<QUuid, int> rankOf;
    QHash<QUuid, double> etaOf;
    for (const analytics::Recommendation &recommendation : ranking) {
        rankOf.insert(recommendation.unit.id, recommendation.rank);
        if (recommendation.hasEta())
            etaOf.insert(recommendation.unit.id, recommendation.etaSeconds);
    }
    if (!rankOf.isEmpty())
        std::stable_sort(m_candidates.begin(), m_candidates.end(), [&](const Unit &a, const Unit &b) {
            return rankOf.value(a.id, std::numeric_limits<int>::max()) <
                   rankOf.value(b.id, std::numeric_limits<int>::max());
        });

    m_heading = new QLabel((rankOf.isEmpty() ? tr("Send a unit to %1 (%2). Nearest first (straight-line distance, not "
                                                  "a travel time); Enter dispatches.")
                                             : tr("Send a unit to %1 (%2). In the order of the road ranking, with "
                                                  "travel times by road; Enter dispatches."))
                               .arg(incident.number, labels::incidentType(incident.typeCode)),
                           this);
    m_heading->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("unitList"));
    for (const Unit &unit : m_candidates) {
        const double km = distanceKm(incident, unit);
        QString text =
            QStringLiteral("%1   %2 · %3 · %4")
                .arg(unit.callsign, labels::unitKind(unit.kind), labels::unitStatus(unit.status), unit.stationCode);
        if (etaOf.contains(unit.id))
            text += QStringLiteral(" · ") + tr("%1 by road").arg(DispatchText::travelTime(etaOf.value(unit.id)));
        else if (std::isfinite(km))
            text += QStringLiteral(" · ") + tr("%1 km away").arg(km, 0, 'f', 1);
        m_list->addItem(text);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Dispatch (Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    m_list->setFocus();
}

std::optional<Unit> UnitPickerDialog::chosenUnit() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_candidates.size())
        return std::nullopt;
    return m_candidates.at(row);
}

int UnitPickerDialog::candidateCount() const
{
    return int(m_candidates.size());
}

} // namespace lintas
