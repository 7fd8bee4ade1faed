#include "incidentchooserdialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "analytics/exchange/capalert.h"
#include "core/incidenttypes.h"
#include "labels.h"

namespace lintas {

IncidentChooserDialog::IncidentChooserDialog(const QList<Incident> &incidents, const QUuid &preselected,
                                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Road alert (CAP)"));
    setObjectName(QStringLiteral("incidentChooserDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Which closure or hazard should the alert announce?"), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("incidentList"));
    m_list->setMinimumWidth(460);
    layout->addWidget(m_list);

    QList<Incident> sorted = incidents;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Incident &a, const Incident &b) {
        return CapAlert::refusal(a).isEmpty() && !CapAlert::refusal(b).isEmpty();
    });
    const IncidentTypeCatalogue &types = IncidentTypeCatalogue::builtIn();
    const QString language = labels::currentLanguage();
    for (const Incident &incident : std::as_const(sorted)) {
        const auto type = types.byCode(incident.typeCode);
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2 · %3")
                                             .arg(incident.number, type ? type->name(language) : incident.typeCode,
                                                  incident.road.isEmpty() ? incident.landmark : incident.road),
                                         m_list);
        item->setData(Qt::UserRole, incident.id);
        const QString refusal = CapAlert::refusal(incident);
        if (!refusal.isEmpty()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled & ~Qt::ItemIsSelectable);
            item->setToolTip(refusal);
        }
        if (incident.id == preselected && refusal.isEmpty())
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0 && (m_list->item(0)->flags() & Qt::ItemIsEnabled))
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr);
    connect(m_list, &QListWidget::currentItemChanged, this, [buttons](QListWidgetItem *current) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(current != nullptr);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QUuid IncidentChooserDialog::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toUuid() : QUuid();
}

} // namespace lintas
