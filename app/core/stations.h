#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>

namespace lintas {

enum class StationLevel { Korlantas, Polda, Polres, Polsek };

QString toString(StationLevel level); // "korlantas", "polda", "polres", "polsek" as in the catalogue
StationLevel stationLevelFromString(const QString &text, bool *ok = nullptr);

// A police command in the hierarchy Korlantas → Polda → Polres → Polsek.
struct Station
{
    QString code;       // "KORLANTAS", "PMJ", "JAKPUS", "JAKPUS-GAMBIR"; incident numbers use the Polres code
    QString name;       // "Polres Metro Jakarta Pusat"
    StationLevel level = StationLevel::Polres;
    QString parentCode; // empty for Korlantas
    QString address;
    double latitude = 0;
    double longitude = 0;
};

// The station hierarchy, as data (resources/catalogues/stations.csv).
class StationDirectory
{
public:
    static const StationDirectory &builtIn();
    static StationDirectory fromCsv(const QByteArray &csv, QString *error = nullptr);

    const QList<Station> &all() const { return m_stations; }
    std::optional<Station> byCode(const QString &code) const;
    QList<Station> children(const QString &parentCode) const;
    QList<Station> atLevel(StationLevel level) const;
    // The Polres a station belongs to (itself for a Polres), for incident numbering.
    std::optional<Station> polresOf(const QString &code) const;

private:
    QList<Station> m_stations;
    QHash<QString, qsizetype> m_indexOfCode;
};

} // namespace lintas
