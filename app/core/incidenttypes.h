#pragma once

#include <optional>

#include <QChar>
#include <QList>
#include <QString>

#include "incident.h"

namespace lintas {

// One kind of incident from the catalogue (resources/catalogues/incident-types.csv).
struct IncidentType
{
    QString code;     // "kecelakaan"
    QString nameId;   // "Kecelakaan"
    QString nameEn;   // "Accident"
    QChar key;        // the single key that picks it in the intake form: 'k'
    Priority defaultPriority = Priority::P3;
    QString icon;     // SVG resource name
    QString color;    // "#d32f2f", for icons and lists

    QString name(const QString &language) const { return language.startsWith(QLatin1String("id")) ? nameId : nameEn; }
};

class IncidentTypeCatalogue
{
public:
    static const IncidentTypeCatalogue &builtIn();
    static IncidentTypeCatalogue fromCsv(const QByteArray &csv, QString *error = nullptr);

    const QList<IncidentType> &all() const { return m_types; }
    std::optional<IncidentType> byCode(const QString &code) const;
    std::optional<IncidentType> byKey(QChar key) const; // case-insensitive

private:
    QList<IncidentType> m_types;
};

} // namespace lintas
