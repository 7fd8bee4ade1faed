#include "geo/travelspeeds.h"

#include <algorithm>
#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/csvtable.h"
#include "geo/placenames.h"

namespace lintas::geo {

namespace {

constexpr qint64 kWibOffsetMs = 7LL * 3600 * 1000;
constexpr auto kBuiltInPath = ":/routing/travel-speeds.ini";

// One `key = value` of the INI file and the line it sits on, for error messages.
struct IniValue
{
    QString key; // as written
    QString value;
    int line = 0;
};

// The INI file by section (lower case), keys in file order. QSettings would read it too, but cannot say on which
// line a bad value is.
struct IniFile
{
    QHash<QString, QList<IniValue>> sections;

    const IniValue *find(const QString &section, const QString &key) const
    {
        const auto it = sections.constFind(section);
        if (it == sections.cend())
            return nullptr;
        for (const IniValue &v : *it)
            if (v.key.compare(key, Qt::CaseInsensitive) == 0)
                return &v;
        return nullptr;
    }
};

const QStringList &knownSections()
{
    static const QStringList sections{QStringLiteral("free_flow_kmh"), QStringLiteral("hour_factor"),
                                      QStringLiteral("motorcycle"),    QStringLiteral("urgent"),
                                      QStringLiteral("corridors"),     QStringLiteral("corridor_aliases")};
    return sections;
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',')) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

bool isTollRoad(RoadClass roadClass)
{
    return roadClass == RoadClass::Motorway || roadClass == RoadClass::MotorwayLink;
}

} // namespace

int hourWib(qint64 utcMs)
{
    constexpr qint64 dayMs = 24LL * 3600 * 1000;
    const qint64 local = ((utcMs + kWibOffsetMs) % dayMs + dayMs) % dayMs;
    return int(local / (3600 * 1000));
}

const TravelSpeeds &TravelSpeeds::builtIn()
{
    // The shipped file is part of the build: failing to read it is a packaging defect, not a user error.
    static const TravelSpeeds speeds = [] {
        QString error;
        std::optional<TravelSpeeds> loaded = fromFile(QString::fromLatin1(kBuiltInPath), &error);
        if (!loaded)
            qFatal("The built-in travel speeds cannot be read: %s", qPrintable(error));
        return *std::move(loaded);
    }();
    return speeds;
}

std::optional<TravelSpeeds> TravelSpeeds::fromFile(const QString &iniPath, QString *error)
{
    const QString fileName = QFileInfo(iniPath).fileName();
    const auto fail = [error](const QString &message) -> std::optional<TravelSpeeds> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto failAt = [&](const IniValue &v, const QString &section, const QString &what) {
        return fail(tr("%1, line %2: [%3] %4: %5").arg(fileName).arg(v.line).arg(section, v.key, what));
    };
    const auto missing = [&](const QString &section, const QString &key) {
        return fail(tr("%1: [%2] has no value for %3").arg(fileName, section, key));
    };

    QFile file(iniPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the travel speeds %1: %2").arg(iniPath, file.errorString()));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    // Pass 1: the file's structure.
    IniFile ini;
    QString section;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < int(lines.size()); ++i) {
        const int lineNo = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']'))
                return fail(tr("%1, line %2: a section header must end with ']'").arg(fileName).arg(lineNo));
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            if (!knownSections().contains(section))
                return fail(tr("%1, line %2: unknown section [%3] (known: %4)")
                                .arg(fileName)
                                .arg(lineNo)
                                .arg(section, knownSections().join(QStringLiteral(", "))));
            ini.sections[section]; // present even when empty
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return fail(tr("%1, line %2: expected \"key = value\" or a [section]").arg(fileName).arg(lineNo));
        if (section.isEmpty())
            return fail(tr("%1, line %2: a value before the first [section]").arg(fileName).arg(lineNo));
        IniValue value{line.left(eq).trimmed(), line.mid(eq + 1).trimmed(), lineNo};
        if (ini.find(section, value.key))
            return fail(tr("%1, line %2: [%3] %4 is given twice").arg(fileName).arg(lineNo).arg(section, value.key));
        ini.sections[section].append(value);
    }

    TravelSpeeds speeds;
    const auto number = [](const QString &value, bool *ok) { return value.toDouble(ok); };

    // [free_flow_kmh]: every class a vehicle drives on, nothing else.
    const QString freeFlow = QStringLiteral("free_flow_kmh");
    std::array<bool, kRoadClassCount> seen{};
    for (const IniValue &v : ini.sections.value(freeFlow)) {
        const RoadClass roadClass = roadClassFromOsm(v.key);
        if (roadClassOsmName(roadClass) != v.key.trimmed().toLower())
            return failAt(v, freeFlow, tr("not an OpenStreetMap road class (motorway, primary, residential, …)"));
        if (!isDrivable(roadClass))
            return failAt(v, freeFlow, tr("%1 is not a road vehicles drive on").arg(v.key));
        bool ok = false;
        const double kmh = number(v.value, &ok);
        if (!ok || !(kmh > 0.0) || !std::isfinite(kmh))
            return failAt(v, freeFlow, tr("'%1' is not a positive speed in km/h").arg(v.value));
        speeds.m_freeFlowKmh[std::size_t(roadClass)] = kmh;
        seen[std::size_t(roadClass)] = true;
    }
    for (int c = 0; c < kRoadClassCount; ++c)
        if (isDrivable(RoadClass(c)) && !seen[std::size_t(c)])
            return missing(freeFlow, roadClassOsmName(RoadClass(c)));

    // [hour_factor]: 0 … 23.
    const QString hourFactor = QStringLiteral("hour_factor");
    std::array<bool, 24> hourSeen{};
    for (const IniValue &v : ini.sections.value(hourFactor)) {
        bool ok = false;
        const int hour = v.key.toInt(&ok);
        if (!ok || hour < 0 || hour > 23)
            return failAt(v, hourFactor, tr("not an hour of the day (0 to 23)"));
        const double factor = number(v.value, &ok);
        if (!ok || !(factor > 0.0) || factor > 2.0)
            return failAt(v, hourFactor, tr("'%1' is not a share of free flow (more than 0, at most 2)").arg(v.value));
        speeds.m_hourFactor[std::size_t(hour)] = factor;
        hourSeen[std::size_t(hour)] = true;
    }
    for (int h = 0; h < 24; ++h)
        if (!hourSeen[std::size_t(h)])
            return missing(hourFactor, QString::number(h));

    // [motorcycle] and [urgent].
    const QString motorcycle = QStringLiteral("motorcycle");
    const QString relief = QStringLiteral("congestion_relief");
    const IniValue *reliefValue = ini.find(motorcycle, relief);
    if (!reliefValue)
        return missing(motorcycle, relief);
    bool ok = false;
    speeds.m_motorcycleRelief = number(reliefValue->value, &ok);
    if (!ok || speeds.m_motorcycleRelief < 0.0 || speeds.m_motorcycleRelief > 1.0)
        return failAt(*reliefValue, motorcycle, tr("'%1' is not a share from 0 to 1").arg(reliefValue->value));
    const QString urgent = QStringLiteral("urgent");
    const QString factorKey = QStringLiteral("factor");
    const IniValue *urgentValue = ini.find(urgent, factorKey);
    if (!urgentValue)
        return missing(urgent, factorKey);
    speeds.m_urgentFactor = number(urgentValue->value, &ok);
    if (!ok || !(speeds.m_urgentFactor > 0.0) || speeds.m_urgentFactor > 3.0)
        return failAt(*urgentValue, urgent, tr("'%1' is not a positive factor (at most 3)").arg(urgentValue->value));
    for (const IniValue &v : ini.sections.value(motorcycle))
        if (v.key.compare(relief, Qt::CaseInsensitive) != 0)
            return failAt(v, motorcycle, tr("unknown key (known: %1)").arg(relief));
    for (const IniValue &v : ini.sections.value(urgent))
        if (v.key.compare(factorKey, Qt::CaseInsensitive) != 0)
            return failAt(v, urgent, tr("unknown key (known: %1)").arg(factorKey));

    // [corridors]: the peak hours, which classes corridors apply to, the words matching ignores, the table.
    const QString corridors = QStringLiteral("corridors");
    const QStringList corridorKeysKnown{QStringLiteral("file"), QStringLiteral("peak_hours"),
                                        QStringLiteral("road_classes"), QStringLiteral("qualifiers")};
    for (const IniValue &v : ini.sections.value(corridors))
        if (!corridorKeysKnown.contains(v.key.toLower()))
            return failAt(v, corridors,
                          tr("unknown key (known: %1)").arg(corridorKeysKnown.join(QStringLiteral(", "))));
    const IniValue *peak = ini.find(corridors, QStringLiteral("peak_hours"));
    if (!peak)
        return missing(corridors, QStringLiteral("peak_hours"));
    for (const QString &range : splitList(peak->value)) {
        const QStringList ends = range.split(u'-');
        bool okFrom = false;
        bool okTo = false;
        const int from = ends.value(0).trimmed().toInt(&okFrom);
        const int to = ends.value(1).trimmed().toInt(&okTo);
        if (ends.size() != 2 || !okFrom || !okTo || from < 0 || to > 24 || from >= to)
            return failAt(*peak, corridors,
                          tr("'%1' is not a range of hours such as 6-9 (from 06:00 to 09:00)").arg(range));
        for (int h = from; h < to; ++h)
            speeds.m_peak[std::size_t(h)] = true;
    }
    double peakSum = 0.0;
    int peakHours = 0;
    for (int h = 0; h < 24; ++h) {
        if (speeds.m_peak[std::size_t(h)]) {
            peakSum += speeds.m_hourFactor[std::size_t(h)];
            ++peakHours;
        }
    }
    if (peakHours == 0)
        return failAt(*peak, corridors, tr("no peak hour is given"));
    speeds.m_peakMeanFactor = peakSum / peakHours;

    if (const IniValue *classes = ini.find(corridors, QStringLiteral("road_classes"))) {
        for (const QString &name : splitList(classes->value)) {
            const RoadClass roadClass = roadClassFromOsm(name);
            if (roadClassOsmName(roadClass) != name.toLower() || !isDrivable(roadClass))
                return failAt(*classes, corridors, tr("'%1' is not a road class vehicles drive on").arg(name));
            speeds.m_corridorClasses[std::size_t(roadClass)] = true;
        }
    }
    if (const IniValue *qualifiers = ini.find(corridors, QStringLiteral("qualifiers"))) {
        for (const QString &word : splitList(qualifiers->value))
            for (const QString &normalised : PlaceNames::normalisedWords(word))
                speeds.m_qualifiers.insert(normalised);
    }

    QHash<QString, QStringList> aliases; // by corridorKey
    const IniValue *corridorFile = ini.find(corridors, QStringLiteral("file"));
    if (corridorFile && !corridorFile->value.isEmpty()) {
        const QString csvPath = QDir(QFileInfo(iniPath).path()).filePath(corridorFile->value);
        QFile csvFile(csvPath);
        if (!csvFile.open(QIODevice::ReadOnly))
            return failAt(*corridorFile, corridors,
                          tr("cannot read the corridor table %1: %2").arg(csvPath, csvFile.errorString()));
        QString csvError;
        const std::optional<QHash<QString, double>> table = readCorridorCsv(csvFile.readAll(), &csvError);
        if (!table)
            return fail(tr("%1: %2").arg(QFileInfo(csvPath).fileName(), csvError));
        for (auto it = table->cbegin(); it != table->cend(); ++it)
            speeds.m_corridorPeakKmh.insert(corridorKey(it.key()), it.value());
    }

    const QString aliasSection = QStringLiteral("corridor_aliases");
    for (const IniValue &v : ini.sections.value(aliasSection)) {
        const QString key = corridorKey(v.key);
        if (!speeds.m_corridorPeakKmh.contains(key))
            return failAt(v, aliasSection, tr("no corridor of this name in the corridor table"));
        aliases[key].append(splitList(v.value));
    }
    speeds.indexCorridors(aliases);
    return speeds;
}

std::optional<QHash<QString, double>> TravelSpeeds::readCorridorCsv(const QByteArray &csv, QString *error)
{
    const QString nameColumn = QStringLiteral("nama_jalan");
    const QString speedColumn = QStringLiteral("kecepatan");
    const std::optional<CsvTable> table = CsvTable::parse(csv, {nameColumn, speedColumn}, error);
    if (!table)
        return std::nullopt;
    // Monthly rows: the mean over the months of each corridor. Spellings that differ only in case or accents
    // are one corridor, under its first spelling.
    struct Sum
    {
        QString name;
        double total = 0.0;
        int count = 0;
    };
    QHash<QString, Sum> sums;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString name = table->value(row, nameColumn);
        if (corridorKey(name).isEmpty()) {
            if (error)
                *error = CsvTable::lineError(table->lineOf(row), tr("the corridor name (nama_jalan) is empty"));
            return std::nullopt;
        }
        QString speedText = table->value(row, speedColumn);
        speedText.replace(u',', u'.'); // Indonesian decimal comma: "27,62"
        bool ok = false;
        const double kmh = speedText.toDouble(&ok);
        if (!ok || !(kmh > 0.0) || kmh > 200.0) {
            if (error)
                *error = CsvTable::lineError(table->lineOf(row), tr("the speed (kecepatan) '%1' of %2 is not a "
                                                                    "speed in km/h")
                                                                     .arg(table->value(row, speedColumn), name));
            return std::nullopt;
        }
        Sum &sum = sums[corridorKey(name)];
        if (sum.name.isEmpty())
            sum.name = name;
        sum.total += kmh;
        ++sum.count;
    }
    QHash<QString, double> means;
    for (const Sum &sum : std::as_const(sums))
        means.insert(sum.name, sum.total / sum.count);
    return means;
}

double TravelSpeeds::freeFlowKmh(RoadClass roadClass) const
{
    const auto index = std::size_t(roadClass);
    return index < m_freeFlowKmh.size() ? m_freeFlowKmh[index] : 0.0;
}

double TravelSpeeds::hourFactor(int hourWib) const
{
    return m_hourFactor[std::size_t(((hourWib % 24) + 24) % 24)];
}

bool TravelSpeeds::isPeakHour(int hourWib) const
{
    return m_peak[std::size_t(((hourWib % 24) + 24) % 24)];
}

bool TravelSpeeds::mayDrive(RoadClass roadClass, Vehicle vehicle)
{
    return isDrivable(roadClass) && !(vehicle == Vehicle::Motorcycle && isTollRoad(roadClass));
}

bool TravelSpeeds::corridorAppliesTo(RoadClass roadClass) const
{
    const auto index = std::size_t(roadClass);
    return index < m_corridorClasses.size() && m_corridorClasses[index];
}

double TravelSpeeds::speedKmh(RoadClass roadClass, const QString &roadName, int hourWib, Vehicle vehicle,
                              bool urgent) const
{
    const std::optional<double> corridor =
        corridorAppliesTo(roadClass) ? corridorPeakKmh(roadName) : std::optional<double>();
    return speedKmh(roadClass, corridor, hourWib, vehicle, urgent);
}

double TravelSpeeds::speedKmh(RoadClass roadClass, std::optional<double> corridorPeakKmh, int hourWib, Vehicle vehicle,
                              bool urgent) const
{
    if (!mayDrive(roadClass, vehicle))
        return 0.0;
    double freeKmh = freeFlowKmh(roadClass);
    double carKmh = freeKmh * hourFactor(hourWib);
    if (corridorPeakKmh && corridorAppliesTo(roadClass)) {
        const double peakKmh = *corridorPeakKmh;
        // A corridor measured faster at peak than the class's free flow says the configured free flow is too
        // low for that road: the measurement wins.
        freeKmh = std::max(freeKmh, peakKmh);
        carKmh = isPeakHour(hourWib) ? peakKmh
                                     : std::clamp(peakKmh * hourFactor(hourWib) / m_peakMeanFactor, peakKmh, freeKmh);
    }
    double kmh = carKmh;
    if (vehicle == Vehicle::Motorcycle)
        kmh = freeKmh - m_motorcycleRelief * (freeKmh - carKmh);
    if (urgent)
        kmh *= m_urgentFactor;
    return kmh;
}

std::optional<double> TravelSpeeds::corridorPeakKmh(const QString &roadName) const
{
    const std::optional<QString> key = matchingCorridor(roadName);
    if (!key)
        return std::nullopt;
    return m_corridorPeakKmh.value(*key);
}

std::optional<QString> TravelSpeeds::matchingCorridor(const QString &roadName) const
{
    if (m_corridorBySignificant.isEmpty())
        return std::nullopt;
    const QString key = significantKey(roadName);
    if (key.isEmpty())
        return std::nullopt;
    const auto it = m_corridorBySignificant.constFind(key);
    if (it == m_corridorBySignificant.cend())
        return std::nullopt;
    return *it;
}

int TravelSpeeds::corridorCount() const
{
    return int(m_corridorPeakKmh.size());
}

QStringList TravelSpeeds::corridorKeys() const
{
    QStringList keys = m_corridorPeakKmh.keys();
    keys.sort();
    return keys;
}

QString TravelSpeeds::corridorKey(const QString &roadName)
{
    return PlaceNames::normalise(roadName);
}

QString TravelSpeeds::significantKey(const QString &roadName) const
{
    // The set of words that are not qualifiers, sorted, so word order does not matter ("Raya Bogor" meets
    // "Bogor Raya"). A name of qualifiers only ("Jalan Raya") keeps all its words rather than matching nothing.
    const QStringList words = PlaceNames::normalisedWords(roadName);
    QStringList significant;
    for (const QString &w : words)
        if (!m_qualifiers.contains(w))
            significant.append(w);
    if (significant.isEmpty())
        significant = words;
    significant.sort();
    significant.erase(std::unique(significant.begin(), significant.end()), significant.end());
    return significant.join(u' ');
}

void TravelSpeeds::indexCorridors(const QHash<QString, QStringList> &aliasesByCorridorKey)
{
    m_corridorBySignificant.clear();
    // In key order, so that when two corridors reduce to the same words the choice does not depend on hashing.
    const QStringList keys = corridorKeys();
    for (const QString &key : keys) {
        QStringList names{key};
        names.append(aliasesByCorridorKey.value(key));
        for (const QString &name : std::as_const(names)) {
            const QString significant = significantKey(name);
            if (!significant.isEmpty() && !m_corridorBySignificant.contains(significant))
                m_corridorBySignificant.insert(significant, key);
        }
    }
}

} // namespace lintas::geo
