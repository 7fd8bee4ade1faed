#include "field/historycommand.h"

#include <QDir>
#include <QSaveFile>
#include <QTimeZone>

#include "field/historygenerator.h"
#include "field/roadnetwork.h"

namespace lintas::field {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kWibOffsetSeconds = 7 * 3600;
} // namespace

QDateTime HistoryCommand::startOfDayWib(const QDateTime &now)
{
    const QDateTime wib = now.toTimeZone(QTimeZone(kWibOffsetSeconds));
    return QDateTime(wib.date(), QTime(0, 0), QTimeZone(kWibOffsetSeconds)).toUTC();
}

int HistoryCommand::run(const Options &options, QString *summary, QString *error)
{
    std::unique_ptr<RoadNetwork> network = RoadNetwork::load(options.mapFile, error);
    if (!network)
        return 1;
    const QDateTime end = options.end.isValid() ? options.end.toUTC() : startOfDayWib(QDateTime::currentDateTimeUtc());
    HistoryGeneratorOptions generatorOptions;
    generatorOptions.seed = options.seed;
    generatorOptions.endMs = end.toMSecsSinceEpoch();
    const HistoryGenerator generator(*network, generatorOptions);
    if (generator.congestionSpotCount() == 0) {
        *error = tr("The map %1 has none of the roads of Jakarta's congestion black spots; the history needs them.")
                     .arg(QDir::toNativeSeparators(options.mapFile));
        return 1;
    }
    const qint64 endMs = end.toMSecsSinceEpoch();
    const QList<HistoryIncident> events = generator.generate(endMs - options.weeks * 7 * kDayMs, endMs);
    const QByteArray csv = historyCsv(events);

    QSaveFile out(options.outFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
        *error = tr("Cannot write the history file %1: %2")
                     .arg(QDir::toNativeSeparators(options.outFile), out.errorString());
        return 1;
    }
    int atSpots = 0;
    for (const HistoryIncident &event : events)
        atSpots += event.blackSpot >= 0 ? 1 : 0;
    const QTimeZone wib(kWibOffsetSeconds);
    *summary = tr("Wrote %1: %2 incidents over %3 weeks (%4 to %5 WIB), %6 at %7 black spots (%8 congestion "
                  "hotspots of DKI Jakarta's open data found on the map, %9 accident spots on the arterials).")
                   .arg(QDir::toNativeSeparators(options.outFile))
                   .arg(events.size())
                   .arg(options.weeks)
                   .arg(end.addDays(-7LL * options.weeks).toTimeZone(wib).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        end.toTimeZone(wib).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(atSpots)
                   .arg(generator.blackSpots().size())
                   .arg(generator.congestionSpotCount())
                   .arg(generator.blackSpots().size() - generator.congestionSpotCount());
    return 0;
}

} // namespace lintas::field
