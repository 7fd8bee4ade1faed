#include "exchangescopedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include "core/stations.h"

namespace lintas {

ExchangeScopeDialog::ExchangeScopeDialog(const QString &title, Format formats, const QString &selectedIncident,
                                         const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("exchangeScopeDialog"));
    auto *layout = new QVBoxLayout(this);

    if (!selectedIncident.isEmpty()) {
        m_selected = new QRadioButton(tr("The selected incident (%1)").arg(selectedIncident), this);
        m_selected->setObjectName(QStringLiteral("selectedIncidentChoice"));
        m_period = new QRadioButton(tr("Every incident reported in a period"), this);
        m_period->setObjectName(QStringLiteral("periodChoice"));
        m_selected->setChecked(true);
        layout->addWidget(m_selected);
        layout->addWidget(m_period);
        connect(m_selected, &QRadioButton::toggled, this, &ExchangeScopeDialog::updateEnabled);
    }

    auto *form = new QFormLayout;
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_to->date() < date)
            m_to->setDate(date);
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_from->date() > date)
            m_from->setDate(date);
    });
    m_station = new QComboBox(this);
    m_station->setObjectName(QStringLiteral("stationChoice"));
    m_station->addItem(tr("Every station"), QString());
    const StationDirectory &stations = StationDirectory::builtIn();
    for (const StationLevel level : {StationLevel::Polda, StationLevel::Polres})
        for (const Station &station : stations.atLevel(level))
            m_station->addItem(station.name, station.code);
    form->addRow(tr("From (WIB):"), m_from);
    form->addRow(tr("To (WIB):"), m_to);
    form->addRow(tr("Station:"), m_station);
    if (formats == Format::GeoJson) {
        m_format = new QComboBox(this);
        m_format->setObjectName(QStringLiteral("formatChoice"));
        m_format->addItem(tr("GeoJSON (map layers, GIS)"));
        m_format->addItem(tr("CSV (spreadsheets)"));
        form->addRow(tr("Format:"), m_format);
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateEnabled();
}

bool ExchangeScopeDialog::selectedIncidentOnly() const
{
    return m_selected && m_selected->isChecked();
}

ExchangeScope ExchangeScopeDialog::scope() const
{
    return ExchangeScope{m_from->date(), m_to->date(), m_station->currentData().toString()};
}

bool ExchangeScopeDialog::csv() const
{
    return m_format && m_format->currentIndex() == 1;
}

void ExchangeScopeDialog::updateEnabled()
{
    const bool period = !selectedIncidentOnly();
    m_from->setEnabled(period);
    m_to->setEnabled(period);
    m_station->setEnabled(period);
}

} // namespace lintas
