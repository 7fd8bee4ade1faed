// RankingRules: the ranking's penalties and the suitability table, read from an INI file of the form of
// resources/catalogues/dispatch-rules.ini.
#include "analytics/recommender.h"

#include <cmath>

#include <QFile>
#include <QHash>

#include "analytics/analyticslog.h"
#include "core/incidenttypes.h"

namespace lintas::analytics {
namespace {

using Fit = RankingRules::SuitabilityRow::Fit;

QString lineError(int line, const QString &what)
{
    return QCoreApplication::translate("Recommender", "line %1: %2").arg(line).arg(what);
}

// One of the numbers of [ranking]: where it goes and whether zero is allowed.
struct NumberKey
{
    const char *name;
    bool zeroAllowed;
};

constexpr NumberKey kNumberKeys[] = {
    {"stale_after_s", false},    {"stale_penalty_s", true},      {"busy_penalty_s", true},
    {"preferred_bonus_s", true}, {"unsuitable_penalty_s", true}, {"search_units", false},
};

void storeNumber(RankingRules &rules, const QString &key, double value)
{
    if (key == QLatin1String("stale_after_s"))
        rules.staleAfterS = qint64(value);
    else if (key == QLatin1String("stale_penalty_s"))
        rules.stalePenaltyS = value;
    else if (key == QLatin1String("busy_penalty_s"))
        rules.busyPenaltyS = value;
    else if (key == QLatin1String("preferred_bonus_s"))
        rules.preferredBonusS = value;
    else if (key == QLatin1String("unsuitable_penalty_s"))
        rules.unsuitablePenaltyS = value;
    else if (key == QLatin1String("search_units"))
        rules.searchUnits = int(value);
}

// "kendaraan_mogok, toll, any, tow, preferred" → a row, or an error sentence.
std::optional<RankingRules::SuitabilityRow> parseRow(const QString &value, QString *what)
{
    const QStringList fields = value.split(QLatin1Char(','));
    if (fields.size() != 5) {
        *what = QCoreApplication::translate("Recommender",
                                            "a row needs 5 fields (incident type, road, traffic, unit kind, fit), "
                                            "found %1")
                    .arg(fields.size());
        return std::nullopt;
    }
    const QString type = fields.at(0).trimmed();
    const QString road = fields.at(1).trimmed();
    const QString traffic = fields.at(2).trimmed();
    const QString kind = fields.at(3).trimmed();
    const QString fit = fields.at(4).trimmed();

    RankingRules::SuitabilityRow row;
    // A misspelt type would silently never match, so it must name a type of the catalogue.
    if (type != QLatin1String("*") && !IncidentTypeCatalogue::builtIn().byCode(type)) {
        *what = QCoreApplication::translate("Recommender", "incident type '%1' is not in the incident type catalogue")
                    .arg(type);
        return std::nullopt;
    }
    row.incidentType = type;

    if (road == QLatin1String("toll"))
        row.tollOnly = true;
    else if (road != QLatin1String("any")) {
        *what = QCoreApplication::translate("Recommender", "road '%1' is not one of toll, any").arg(road);
        return std::nullopt;
    }
    if (traffic == QLatin1String("dense"))
        row.denseOnly = true;
    else if (traffic != QLatin1String("any")) {
        *what = QCoreApplication::translate("Recommender", "traffic '%1' is not one of dense, any").arg(traffic);
        return std::nullopt;
    }

    bool kindOk = false;
    row.kind = unitKindFromString(kind, &kindOk);
    if (!kindOk) {
        *what = QCoreApplication::translate("Recommender", "unit kind '%1' is not one of r2, r4, pjr, tow, ambulance")
                    .arg(kind);
        return std::nullopt;
    }

    if (fit == QLatin1String("preferred"))
        row.fit = Fit::Preferred;
    else if (fit == QLatin1String("suitable"))
        row.fit = Fit::Suitable;
    else if (fit == QLatin1String("unsuitable"))
        row.fit = Fit::Unsuitable;
    else {
        *what = QCoreApplication::translate("Recommender", "fit '%1' is not one of preferred, suitable, unsuitable")
                    .arg(fit);
        return std::nullopt;
    }
    return row;
}

} // namespace

std::optional<RankingRules> RankingRules::fromIni(const QByteArray &ini, QString *error)
{
    const auto fail = [error](int line, const QString &what) -> std::optional<RankingRules> {
        if (error)
            *error = line > 0 ? lineError(line, what) : what;
        return std::nullopt;
    };

    RankingRules rules;
    rules.suitability.clear();
    QHash<QString, int> lineOfNumber; // the [ranking] keys seen, and where
    QString section;
    const QList<QByteArray> lines = ini.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int line = i + 1;
        const QString text = QString::fromUtf8(lines.at(i)).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char(';')) || text.startsWith(QLatin1Char('#')))
            continue;
        if (text.startsWith(QLatin1Char('['))) {
            if (!text.endsWith(QLatin1Char(']')))
                return fail(line, QCoreApplication::translate("Recommender", "a section header must end with ']'"));
            section = text.mid(1, text.size() - 2).trimmed();
            if (section != QLatin1String("ranking") && section != QLatin1String("suitability"))
                return fail(line,
                            QCoreApplication::translate("Recommender", "unknown section [%1]; expected [ranking] or "
                                                                       "[suitability]")
                                .arg(section));
            continue;
        }
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        if (equals < 0)
            return fail(line, QCoreApplication::translate("Recommender", "expected key = value, found '%1'").arg(text));
        const QString key = text.left(equals).trimmed();
        const QString value = text.mid(equals + 1).trimmed();

        if (section == QLatin1String("ranking")) {
            const NumberKey *known = nullptr;
            for (const NumberKey &candidate : kNumberKeys)
                if (key == QLatin1String(candidate.name))
                    known = &candidate;
            if (!known)
                return fail(line, QCoreApplication::translate("Recommender", "unknown key '%1' in [ranking]").arg(key));
            if (lineOfNumber.contains(key))
                return fail(line, QCoreApplication::translate("Recommender", "'%1' is already set on line %2")
                                      .arg(key)
                                      .arg(lineOfNumber.value(key)));
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok || !std::isfinite(number) || number < 0.0 || (number == 0.0 && !known->zeroAllowed))
                return fail(
                    line,
                    known->zeroAllowed
                        ? QCoreApplication::translate("Recommender", "'%1' must be zero or more seconds, found '%2'")
                              .arg(key, value)
                        : QCoreApplication::translate("Recommender", "'%1' must be a positive number of seconds, "
                                                                     "found '%2'")
                              .arg(key, value));
            lineOfNumber.insert(key, line);
            storeNumber(rules, key, number);
        } else if (section == QLatin1String("suitability")) {
            if (key != QLatin1String("row"))
                return fail(
                    line, QCoreApplication::translate("Recommender", "unknown key '%1' in [suitability]; expected row")
                              .arg(key));
            QString what;
            const auto row = parseRow(value, &what);
            if (!row)
                return fail(line, what);
            rules.suitability.append(*row);
        } else {
            return fail(line, QCoreApplication::translate("Recommender", "'%1' is outside a section").arg(key));
        }
    }

    // Every number is stated: a rules file that forgets one should not quietly fall back to another value.
    for (const NumberKey &required : kNumberKeys)
        if (!lineOfNumber.contains(QLatin1String(required.name)))
            return fail(0, QCoreApplication::translate("Recommender", "the [ranking] section lacks '%1'")
                               .arg(QLatin1String(required.name)));
    if (error)
        error->clear();
    return rules;
}

const RankingRules &RankingRules::builtIn()
{
    static const RankingRules rules = [] {
        const QString path = QStringLiteral(":/dispatch/dispatch-rules.ini");
        QFile file(path);
        QString error;
        if (file.open(QIODevice::ReadOnly)) {
            if (auto read = fromIni(file.readAll(), &error))
                return *read;
        } else {
            error = file.errorString();
        }
        // A broken built-in file is a build defect (the tests read it); rank with the defaults meanwhile.
        qCCritical(lcAnalytics) << "built-in dispatch rules" << path << "are unusable:" << error;
        return RankingRules{};
    }();
    return rules;
}

} // namespace lintas::analytics
