#pragma once

#include <QDate>
#include <QDialog>

#include "analytics/exchange/exchangescope.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace lintas {

// Asks which records an export covers: the selected incident (when there is one and the export takes it), or the
// WIB days from–to and a station (a Polda or Polres with everything below it), and the format when the export
// offers more than one.
class ExchangeScopeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format
    {
        None,    // the export has one format
        GeoJson, // GeoJSON or CSV
    };

    ExchangeScopeDialog(const QString &title, Format formats, const QString &selectedIncident, const QDate &today,
                        QWidget *parent = nullptr);

    bool selectedIncidentOnly() const;
    ExchangeScope scope() const;
    bool csv() const; // the CSV format was chosen (GeoJSON otherwise)

private:
    void updateEnabled();

    QRadioButton *m_selected = nullptr;
    QRadioButton *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_station = nullptr;
    QComboBox *m_format = nullptr;
};

} // namespace lintas
