#include "stations.h"

#include <QCoreApplication>
#include <QHash>

#include "csvtable.h"
#include "corelog.h"
#include "validators.h"

namespace lintas {
namespace {

struct LevelName
{
    StationLevel level;
    const char *name;
};
constexpr LevelName kLevelNames[] = {
    {StationLevel::Korlantas, "korlantas"},
    {StationLevel::Polda, "polda"},
    {StationLevel::Polres, "polres"},
    {StationLevel::Polsek, "polsek"},
};

// The level a station's parent must have; Korlantas has none.
std::optional<StationLevel> parentLevel(StationLevel level)
{
    switch (level) {
    case StationLevel::Korlantas:
        return std::nullopt;
    case StationLevel::Polda:
        return StationLevel::Korlantas;
    case StationLevel::Polres:
        return StationLevel::Polda;
    case StationLevel::Polsek:
        return StationLevel::Polres;
    }
    return std::nullopt;
}

std::optional<double> parseDouble(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

QString toString(StationLevel level)
{
    for (const auto &entry : kLevelNames)
        if (entry.level == level)
            return QString::fromLatin1(entry.name);
    return {};
}

StationLevel stationLevelFromString(const QString &text, bool *ok)
{
    for (const auto &entry : kLevelNames) {
        if (text == QLatin1String(entry.name)) {
            if (ok)
                *ok = true;
            return entry.level;
        }
    }
    if (ok)
        *ok = false;
    return StationLevel::Polres;
}

StationDirectory StationDirectory::fromCsv(const QByteArray &csv, QString *error)
{
    static const QStringList kColumns{QStringLiteral("code"),     QStringLiteral("name"),
                                      QStringLiteral("level"),    QStringLiteral("parent_code"),
                                      QStringLiteral("address"),  QStringLiteral("latitude"),
                                      QStringLiteral("longitude")};
    const auto fail = [error](int line, const QString &what) {
        if (error)
            *error = CsvTable::lineError(line, what);
        return StationDirectory();
    };

    const std::optional<CsvTable> table = CsvTable::parse(csv, kColumns, error);
    if (!table)
        return {};

    StationDirectory directory;
    QHash<QString, int> lineOfCode;
    for (int row = 0; row < table->rowCount(); ++row) {
        const int line = table->lineOf(row);
        Station station;
        station.code = table->value(row, QStringLiteral("code"));
        station.name = table->value(row, QStringLiteral("name"));
        station.parentCode = table->value(row, QStringLiteral("parent_code"));
        station.address = table->value(row, QStringLiteral("address"));
        if (station.code.isEmpty())
            return fail(line, QCoreApplication::translate("Catalogues", "the code is empty"));
        if (lineOfCode.contains(station.code))
            return fail(line, QCoreApplication::translate("Catalogues", "code '%1' is already used on line %2")
                                  .arg(station.code)
                                  .arg(lineOfCode.value(station.code)));
        if (station.name.isEmpty())
            return fail(line, QCoreApplication::translate("Catalogues", "the name is empty"));

        const QString levelText = table->value(row, QStringLiteral("level"));
        bool levelOk = false;
        station.level = stationLevelFromString(levelText, &levelOk);
        if (!levelOk)
            return fail(line, QCoreApplication::translate(
                                  "Catalogues", "unknown level '%1' (expected korlantas, polda, polres or polsek)")
                                  .arg(levelText));

        const QString latText = table->value(row, QStringLiteral("latitude"));
        const QString lonText = table->value(row, QStringLiteral("longitude"));
        const auto latitude = parseDouble(latText);
        if (!latitude)
            return fail(line, QCoreApplication::translate("Catalogues", "latitude '%1' is not a number").arg(latText));
        const auto longitude = parseDouble(lonText);
        if (!longitude)
            return fail(line, QCoreApplication::translate("Catalogues", "longitude '%1' is not a number").arg(lonText));
        const Validation where = validateCoordinate(*latitude, *longitude);
        if (where.isError())
            return fail(line, where.message);
        station.latitude = *latitude;
        station.longitude = *longitude;

        lineOfCode.insert(station.code, line);
        directory.m_indexOfCode.insert(station.code, directory.m_stations.size());
        directory.m_stations.append(station);
    }

    // Parents are checked once every code is known, so rows may come in any order. Requiring the parent to be
    // exactly one level up also rules out cycles.
    for (int row = 0; row < directory.m_stations.size(); ++row) {
        const Station &station = directory.m_stations.at(row);
        const int line = table->lineOf(row);
        const auto expected = parentLevel(station.level);
        if (!expected) {
            if (!station.parentCode.isEmpty())
                return fail(line, QCoreApplication::translate("Catalogues", "a korlantas row cannot have a parent"));
            continue;
        }
        if (station.parentCode.isEmpty())
            return fail(line, QCoreApplication::translate("Catalogues", "the parent code is empty"));
        const auto parent = directory.byCode(station.parentCode);
        if (!parent)
            return fail(
                line,
                QCoreApplication::translate("Catalogues", "parent '%1' is not in the file").arg(station.parentCode));
        if (parent->level != *expected)
            return fail(line,
                        QCoreApplication::translate("Catalogues", "the parent of a %1 must be a %2; '%3' is a %4")
                            .arg(toString(station.level), toString(*expected), parent->code, toString(parent->level)));
    }
    if (error)
        error->clear();
    return directory;
}

const StationDirectory &StationDirectory::builtIn()
{
    static const StationDirectory directory = [] {
        const QString path = QStringLiteral(":/catalogues/stations.csv");
        QString error;
        const auto csv = CsvTable::readFile(path, &error);
        StationDirectory loaded = csv ? fromCsv(*csv, &error) : StationDirectory();
        if (!error.isEmpty())
            qCCritical(lcCore) << "built-in station catalogue" << path << "is unusable:" << error;
        return loaded;
    }();
    return directory;
}

std::optional<Station> StationDirectory::byCode(const QString &code) const
{
    const auto it = m_indexOfCode.constFind(code);
    return it == m_indexOfCode.cend() ? std::nullopt : std::optional<Station>(m_stations.at(*it));
}

QList<Station> StationDirectory::children(const QString &parentCode) const
{
    QList<Station> result;
    for (const Station &station : m_stations)
        if (station.parentCode == parentCode && !parentCode.isEmpty())
            result.append(station);
    return result;
}

QList<Station> StationDirectory::atLevel(StationLevel level) const
{
    QList<Station> result;
    for (const Station &station : m_stations)
        if (station.level == level)
            result.append(station);
    return result;
}

std::optional<Station> StationDirectory::polresOf(const QString &code) const
{
    // fromCsv guarantees parents one level up, so this walk is at most three steps; the bound guards
    // directories built some other way.
    std::optional<Station> station = byCode(code);
    for (int step = 0; station && step < 4; ++step) {
        if (station->level == StationLevel::Polres)
            return station;
        if (station->level != StationLevel::Polsek)
            return std::nullopt; // above the Polres level there is no Polres to belong to
        station = byCode(station->parentCode);
    }
    return std::nullopt;
}

} // namespace lintas
