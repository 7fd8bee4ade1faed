#include "casevalidation.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include "accidents.h"
#include "validators.h"

// GCC 12 at -O3 reports the payload of an empty std::optional<double> as "maybe uninitialized" where it is only
// read after has_value() (a known false positive of its inliner); the checks below read no empty optional.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace lintas {
namespace {

namespace cf = casefield;

// How far a reported time may run ahead of this desk's clock: clocks of desks and cameras drift a little.
constexpr qint64 kFutureToleranceSeconds = 5 * 60;
constexpr int kWibOffsetSeconds = 7 * 60 * 60;
constexpr double kMaxPlausibleSpeedKmh = 400;

struct Label
{
    const char *field;
    const char *label; // source text, context "CaseValidation"
};
constexpr Label kLabels[] = {
    {cf::kStation, QT_TRANSLATE_NOOP("CaseValidation", "Station")},
    {cf::kOfficerNrp, QT_TRANSLATE_NOOP("CaseValidation", "Officer's NRP")},
    {cf::kOfficerName, QT_TRANSLATE_NOOP("CaseValidation", "Officer's name")},
    {cf::kOfficerUnit, QT_TRANSLATE_NOOP("CaseValidation", "Officer's unit")},
    {cf::kOccurredAt, QT_TRANSLATE_NOOP("CaseValidation", "Time")},
    {cf::kPlace, QT_TRANSLATE_NOOP("CaseValidation", "Place")},
    {cf::kLatitude, QT_TRANSLATE_NOOP("CaseValidation", "Latitude")},
    {cf::kLongitude, QT_TRANSLATE_NOOP("CaseValidation", "Longitude")},
    {cf::kNarrative, QT_TRANSLATE_NOOP("CaseValidation", "Narrative")},
    {cf::kLinkedIncidents, QT_TRANSLATE_NOOP("CaseValidation", "Linked incidents")},
    {cf::kLinkedCases, QT_TRANSLATE_NOOP("CaseValidation", "Linked cases")},
    {cf::kOffenderName, QT_TRANSLATE_NOOP("CaseValidation", "Offender's name")},
    {cf::kOffenderNik, QT_TRANSLATE_NOOP("CaseValidation", "Offender's NIK")},
    {cf::kOffenderAddress, QT_TRANSLATE_NOOP("CaseValidation", "Offender's address")},
    {cf::kSimNumber, QT_TRANSLATE_NOOP("CaseValidation", "SIM number")},
    {cf::kSimClass, QT_TRANSLATE_NOOP("CaseValidation", "SIM class")},
    {cf::kPlate, QT_TRANSLATE_NOOP("CaseValidation", "Plate")},
    {cf::kVehicleKind, QT_TRANSLATE_NOOP("CaseValidation", "Vehicle kind")},
    {cf::kVehicleMake, QT_TRANSLATE_NOOP("CaseValidation", "Vehicle make")},
    {cf::kVehicleColour, QT_TRANSLATE_NOOP("CaseValidation", "Vehicle colour")},
    {cf::kStnkNumber, QT_TRANSLATE_NOOP("CaseValidation", "STNK number")},
    {cf::kArticles, QT_TRANSLATE_NOOP("CaseValidation", "Articles")},
    {cf::kCharged, QT_TRANSLATE_NOOP("CaseValidation", "Articles as charged")},
    {cf::kFine, QT_TRANSLATE_NOOP("CaseValidation", "Fine")},
    {cf::kOutcome, QT_TRANSLATE_NOOP("CaseValidation", "Outcome")},
    {cf::kSeized, QT_TRANSLATE_NOOP("CaseValidation", "Seized")},
    {cf::kCameraId, QT_TRANSLATE_NOOP("CaseValidation", "Camera")},
    {cf::kPlateRead, QT_TRANSLATE_NOOP("CaseValidation", "Plate as read")},
    {cf::kSpeedKmh, QT_TRANSLATE_NOOP("CaseValidation", "Speed")},
    {cf::kSpeedLimitKmh, QT_TRANSLATE_NOOP("CaseValidation", "Speed limit")},
    {cf::kImageSha256, QT_TRANSLATE_NOOP("CaseValidation", "Image")},
    {cf::kRejectedReason, QT_TRANSLATE_NOOP("CaseValidation", "Reason for rejection")},
    {cf::kOwnerName, QT_TRANSLATE_NOOP("CaseValidation", "Owner's name")},
    {cf::kOwnerNik, QT_TRANSLATE_NOOP("CaseValidation", "Owner's NIK")},
    {cf::kOwnerAddress, QT_TRANSLATE_NOOP("CaseValidation", "Owner's address")},
    {cf::kNoticeSentAt, QT_TRANSLATE_NOOP("CaseValidation", "Notice sent")},
    {cf::kDriverName, QT_TRANSLATE_NOOP("CaseValidation", "Driver's name")},
    {cf::kDriverNik, QT_TRANSLATE_NOOP("CaseValidation", "Driver's NIK")},
    {cf::kPaymentCode, QT_TRANSLATE_NOOP("CaseValidation", "Payment code")},
    {cf::kPaidAt, QT_TRANSLATE_NOOP("CaseValidation", "Paid at")},
    {cf::kPaidAmount, QT_TRANSLATE_NOOP("CaseValidation", "Amount paid")},
    {cf::kBankRef, QT_TRANSLATE_NOOP("CaseValidation", "Bank reference")},
    {cf::kIncidentId, QT_TRANSLATE_NOOP("CaseValidation", "Linked incident")},
    {cf::kRoadCondition, QT_TRANSLATE_NOOP("CaseValidation", "Road condition")},
    {cf::kWeather, QT_TRANSLATE_NOOP("CaseValidation", "Weather")},
    {cf::kCollisionType, QT_TRANSLATE_NOOP("CaseValidation", "Collision type")},
    {cf::kCauses, QT_TRANSLATE_NOOP("CaseValidation", "Causes")},
    {cf::kVehicles, QT_TRANSLATE_NOOP("CaseValidation", "Vehicles")},
    {cf::kVictims, QT_TRANSLATE_NOOP("CaseValidation", "Victims")},
    {cf::kMaterialLoss, QT_TRANSLATE_NOOP("CaseValidation", "Material loss")},
    {cf::kConfirmedArticles, QT_TRANSLATE_NOOP("CaseValidation", "Confirmed articles")},
    {cf::kFrameNumber, QT_TRANSLATE_NOOP("CaseValidation", "Frame number")},
    {cf::kEngineNumber, QT_TRANSLATE_NOOP("CaseValidation", "Engine number")},
    {cf::kReporterName, QT_TRANSLATE_NOOP("CaseValidation", "Reporter's name")},
    {cf::kReporterPhone, QT_TRANSLATE_NOOP("CaseValidation", "Reporter's phone")},
    {cf::kPoliceReport, QT_TRANSLATE_NOOP("CaseValidation", "Police report (LP) number")},
    {cf::kReason, QT_TRANSLATE_NOOP("CaseValidation", "Reason")},
};

// The fields of one entry of the vehicles and victims lists.
constexpr Label kItemLabels[] = {
    {"name", QT_TRANSLATE_NOOP("CaseValidation", "name")},
    {"nik", QT_TRANSLATE_NOOP("CaseValidation", "NIK")},
    {"age", QT_TRANSLATE_NOOP("CaseValidation", "age")},
    {"condition", QT_TRANSLATE_NOOP("CaseValidation", "condition")},
    {"plate", QT_TRANSLATE_NOOP("CaseValidation", "plate")},
    {"vehicle_kind", QT_TRANSLATE_NOOP("CaseValidation", "vehicle kind")},
    {"vehicle_make", QT_TRANSLATE_NOOP("CaseValidation", "make")},
    {"driver_name", QT_TRANSLATE_NOOP("CaseValidation", "driver's name")},
    {"driver_nik", QT_TRANSLATE_NOOP("CaseValidation", "driver's NIK")},
    {"sim_number", QT_TRANSLATE_NOOP("CaseValidation", "SIM number")},
};

const QStringList &vehicleKinds()
{
    static const QStringList kinds{QStringLiteral("r2"), QStringLiteral("r4"), QStringLiteral("bus"),
                                   QStringLiteral("truck"), QStringLiteral("other")};
    return kinds;
}

// SIM classes of Perpol 5/2021: A, B I, B II, C, C I, C II, D, D I and the Umum (commercial) A, B I, B II; each
// written with Roman or Arabic numerals, compared without spaces.
bool isSimClass(const QString &text)
{
    static const QStringList kClasses{QStringLiteral("A"),      QStringLiteral("AUMUM"),  QStringLiteral("BI"),
                                      QStringLiteral("B1"),     QStringLiteral("BII"),    QStringLiteral("B2"),
                                      QStringLiteral("BIUMUM"), QStringLiteral("B1UMUM"), QStringLiteral("BIIUMUM"),
                                      QStringLiteral("B2UMUM"), QStringLiteral("C"),      QStringLiteral("CI"),
                                      QStringLiteral("C1"),     QStringLiteral("CII"),    QStringLiteral("C2"),
                                      QStringLiteral("D"),      QStringLiteral("DI"),     QStringLiteral("D1")};
    QString compact = text.toUpper();
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    return kClasses.contains(compact);
}

bool isBlank(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    if (value.typeId() == QMetaType::QString)
        return value.toString().trimmed().isEmpty();
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList)
        return value.toList().isEmpty();
    return false;
}

// A list field: a list, or (from a form that stores it as text) a JSON array.
QVariantList listOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QJsonDocument json = QJsonDocument::fromJson(value.toString().toUtf8());
        return json.isArray() ? json.array().toVariantList() : QVariantList();
    }
    return value.toList();
}

// ISO 8601 date and time; without an offset it is read as WIB, the time zone of the deployment.
std::optional<QDateTime> timeOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDateTime) {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? std::optional<QDateTime>(time) : std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (text.size() < 16)
        return std::nullopt; // a date alone is not a time
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), QTimeZone(kWibOffsetSeconds));
    return time;
}

std::optional<double> numberOf(const QVariant &value)
{
    bool ok = false;
    const double number =
        value.typeId() == QMetaType::QString ? value.toString().trimmed().toDouble(&ok) : value.toDouble(&ok);
    return ok && std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

class Checker
{
public:
    Checker(const QVariantMap &data, const QDateTime &now) : m_data(data), m_now(now) {}

    QList<FieldProblem> problems() const { return m_problems; }

    void error(const QString &field, const QString &message) { m_problems.append({field, message, false}); }
    void take(const QString &field, const Validation &validation)
    {
        if (!validation.isOk())
            m_problems.append({field, validation.message, validation.level == Validation::Level::Warning});
    }

    bool has(const char *field) const { return !isBlank(m_data.value(QLatin1String(field))); }
    QVariant value(const char *field) const { return m_data.value(QLatin1String(field)); }
    QString text(const char *field) const { return m_data.value(QLatin1String(field)).toString().trimmed(); }

    // True when present; otherwise records "… is required".
    bool require(const char *field)
    {
        if (has(field))
            return true;
        error(
            QLatin1String(field),
            QCoreApplication::translate("CaseValidation", "%1 is required").arg(caseFieldLabel(QLatin1String(field))));
        return false;
    }

    void requireNik(const char *field)
    {
        if (require(field))
            take(QLatin1String(field), validateNik(text(field)));
    }
    void nikWhenGiven(const char *field)
    {
        if (has(field))
            take(QLatin1String(field), validateNik(text(field)));
    }
    void requirePlate(const char *field)
    {
        if (require(field))
            take(QLatin1String(field), validatePlate(text(field)));
    }

    void requireVehicleKind()
    {
        if (require(cf::kVehicleKind) && !vehicleKinds().contains(text(cf::kVehicleKind)))
            error(QLatin1String(cf::kVehicleKind),
                  QCoreApplication::translate("CaseValidation",
                                              "Vehicle kind '%1' is not one of r2, r4, bus, truck, other")
                      .arg(text(cf::kVehicleKind)));
    }

    // At least one article, each in the catalogue and still offered. Returns the codes.
    QStringList requireArticles(const ArticleCatalogue &catalogue)
    {
        const QString field = QLatin1String(cf::kArticles);
        QStringList codes;
        for (const QVariant &code : listOf(value(cf::kArticles)))
            if (const QString trimmed = code.toString().trimmed(); !trimmed.isEmpty())
                codes.append(trimmed);
        if (codes.isEmpty()) {
            error(field, QCoreApplication::translate("CaseValidation", "At least one article must be charged"));
            return codes;
        }
        for (const QString &code : std::as_const(codes)) {
            const std::optional<Article> article = catalogue.byCode(code);
            if (!article)
                error(field,
                      QCoreApplication::translate("CaseValidation", "Article %1 is not in the catalogue").arg(code));
            else if (article->retired)
                error(field, QCoreApplication::translate("CaseValidation", "%1 is retired and can no longer be charged")
                                 .arg(article->citation()));
        }
        return codes;
    }

    void checkTime(bool required)
    {
        const QString field = QLatin1String(cf::kOccurredAt);
        if (required ? !require(cf::kOccurredAt) : !has(cf::kOccurredAt))
            return;
        const std::optional<QDateTime> time = timeOf(value(cf::kOccurredAt));
        if (!time) {
            error(field,
                  QCoreApplication::translate(
                      "CaseValidation", "%1 '%2' is not a date and time (ISO 8601, like 2026-11-28T09:14:00+07:00)")
                      .arg(caseFieldLabel(field), text(cf::kOccurredAt)));
            return;
        }
        if (m_now.isValid() && m_now.secsTo(*time) > kFutureToleranceSeconds) {
            const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
            error(field, QCoreApplication::translate("CaseValidation", "%1 %2 is in the future; it is now %3")
                             .arg(caseFieldLabel(field), time->toString(format),
                                  m_now.toTimeZone(time->timeZone()).toString(format)));
        }
    }

    void checkCoordinate()
    {
        const bool hasLatitude = has(cf::kLatitude);
        const bool hasLongitude = has(cf::kLongitude);
        if (!hasLatitude && !hasLongitude)
            return;
        const QString latitudeField = QLatin1String(cf::kLatitude);
        const QString longitudeField = QLatin1String(cf::kLongitude);
        const std::optional<double> latitude = hasLatitude ? numberOf(value(cf::kLatitude)) : std::nullopt;
        const std::optional<double> longitude = hasLongitude ? numberOf(value(cf::kLongitude)) : std::nullopt;
        if (hasLatitude && !latitude)
            error(latitudeField, QCoreApplication::translate("CaseValidation", "Latitude '%1' is not a number")
                                     .arg(text(cf::kLatitude)));
        if (hasLongitude && !longitude)
            error(longitudeField, QCoreApplication::translate("CaseValidation", "Longitude '%1' is not a number")
                                      .arg(text(cf::kLongitude)));
        if (hasLatitude != hasLongitude) {
            const Validation missing =
                validateCoordinate(latitude.value_or(std::nan("")), longitude.value_or(std::nan("")));
            take(hasLatitude ? longitudeField : latitudeField, missing);
            return;
        }
        if (!latitude || !longitude)
            return;
        const Validation position = validateCoordinate(*latitude, *longitude);
        // The validator checks latitude first; the longitude is to blame only when the latitude is in range.
        const bool latitudeInRange = *latitude >= -90 && *latitude <= 90;
        take(position.isError() && latitudeInRange ? longitudeField : latitudeField, position);
    }

private:
    const QVariantMap &m_data;
    QDateTime m_now;
    QList<FieldProblem> m_problems;
};

// The articles as charged ("charged": the snapshots the fine is computed from) must be the articles named, and the
// fine their sum: otherwise the ticket asks for an amount no article supports.
void checkCharges(Checker &check, const ArticleCatalogue &catalogue, const QStringList &codes)
{
    if (codes.isEmpty())
        return; // "at least one article" is already reported
    const QString articlesField = QLatin1String(cf::kArticles);
    QStringList chargedCodes;
    for (const QVariant &entry : listOf(check.value(cf::kCharged)))
        chargedCodes.append(ChargedArticle::fromMap(entry.toMap()).code.trimmed());
    for (const QString &code : codes) {
        // An unknown code has no snapshot to take; it is reported as not in the catalogue.
        if (catalogue.byCode(code) && !chargedCodes.contains(code))
            check.error(articlesField,
                        QCoreApplication::translate("CaseValidation",
                                                    "Article %1 is not among the articles as charged; charge the "
                                                    "articles again")
                            .arg(code));
    }
    for (const QString &code : std::as_const(chargedCodes))
        if (!codes.contains(code))
            check.error(articlesField, QCoreApplication::translate("CaseValidation",
                                                                   "Article %1 is charged but not among the articles")
                                           .arg(code.isEmpty() ? QStringLiteral("''") : code));

    const QString fineField = QLatin1String(cf::kFine);
    const qint64 expected = totalChargedFine(check.value(cf::kCharged));
    if (!check.has(cf::kFine)) {
        check.error(fineField, QCoreApplication::translate("CaseValidation",
                                                           "Fine is required: %1, the sum of the maximum fines of "
                                                           "the articles as charged")
                                   .arg(expected));
        return;
    }
    const std::optional<double> fine = numberOf(check.value(cf::kFine));
    if (!fine || *fine != double(expected))
        check.error(fineField, QCoreApplication::translate("CaseValidation",
                                                           "Fine %1 is not %2, the sum of the maximum fines of the "
                                                           "articles as charged")
                                   .arg(check.text(cf::kFine))
                                   .arg(expected));
}

void checkViolation(Checker &check, const ArticleCatalogue &catalogue)
{
    check.require(cf::kOffenderName);
    check.requireNik(cf::kOffenderNik);
    check.requirePlate(cf::kPlate);
    check.requireVehicleKind();
    if (check.require(cf::kOfficerNrp))
        check.take(QLatin1String(cf::kOfficerNrp), validateNrp(check.text(cf::kOfficerNrp)));
    check.checkTime(true);
    check.require(cf::kPlace);
    checkCharges(check, catalogue, check.requireArticles(catalogue));
    if (check.require(cf::kOutcome)) {
        const QString outcome = check.text(cf::kOutcome);
        if (outcome != QLatin1String("tilang") && outcome != QLatin1String("teguran"))
            check.error(QLatin1String(cf::kOutcome),
                        QCoreApplication::translate("CaseValidation",
                                                    "Outcome '%1' is neither tilang (ticket) nor teguran (warning)")
                            .arg(outcome));
    }
    if (check.has(cf::kSimClass) && !isSimClass(check.text(cf::kSimClass)))
        check.error(
            QLatin1String(cf::kSimClass),
            QCoreApplication::translate("CaseValidation",
                                        "SIM class '%1' is not one of A, B1, B2, C, CI, CII, D, DI (or A, B1, B2 Umum)")
                .arg(check.text(cf::kSimClass)));
}

void checkEtle(Checker &check, const ArticleCatalogue &catalogue)
{
    check.require(cf::kCameraId);
    check.checkTime(true);
    if (check.has(cf::kPlate))
        check.take(QLatin1String(cf::kPlate), validatePlate(check.text(cf::kPlate)));
    else if (!check.has(cf::kPlateRead))
        check.error(QLatin1String(cf::kPlate),
                    QCoreApplication::translate("CaseValidation", "%1 is required (or the plate as the camera read it)")
                        .arg(caseFieldLabel(QLatin1String(cf::kPlate))));
    const QStringList codes = check.requireArticles(catalogue);
    checkCharges(check, catalogue, codes);
    check.nikWhenGiven(cf::kOwnerNik);
    check.nikWhenGiven(cf::kDriverNik);

    // A speeding charge stands only on a measured speed above the posted limit.
    if (codes.contains(QStringLiteral("287(5)"))) {
        const bool hasSpeed = check.require(cf::kSpeedKmh);
        const bool hasLimit = check.require(cf::kSpeedLimitKmh);
        const std::optional<double> speed = hasSpeed ? numberOf(check.value(cf::kSpeedKmh)) : std::nullopt;
        const std::optional<double> limit = hasLimit ? numberOf(check.value(cf::kSpeedLimitKmh)) : std::nullopt;
        if (hasSpeed && (!speed || *speed < 0 || *speed > kMaxPlausibleSpeedKmh))
            check.error(QLatin1String(cf::kSpeedKmh),
                        QCoreApplication::translate("CaseValidation", "Speed '%1' is not a speed in km/h")
                            .arg(check.text(cf::kSpeedKmh)));
        if (hasLimit && (!limit || *limit <= 0 || *limit > kMaxPlausibleSpeedKmh))
            check.error(QLatin1String(cf::kSpeedLimitKmh),
                        QCoreApplication::translate("CaseValidation", "Speed limit '%1' is not a speed in km/h")
                            .arg(check.text(cf::kSpeedLimitKmh)));
        if (speed && limit && *speed >= 0 && *limit > 0 && !(*speed > *limit))
            check.error(QLatin1String(cf::kSpeedKmh),
                        QCoreApplication::translate(
                            "CaseValidation",
                            "Speed %1 km/h is not above the limit of %2 km/h; Pasal 287 ayat (5) needs a speed over "
                            "the limit")
                            .arg(*speed)
                            .arg(*limit));
    }
}

void checkAccident(Checker &check, const QVariantMap &data)
{
    check.checkTime(true);
    check.require(cf::kPlace);
    if (check.require(cf::kCollisionType)) {
        bool known = false;
        collisionTypeFromString(check.text(cf::kCollisionType), &known);
        if (!known)
            check.error(QLatin1String(cf::kCollisionType),
                        QCoreApplication::translate(
                            "CaseValidation",
                            "Collision type '%1' is not one of single, head_on, rear_end, side, chain, pedestrian, "
                            "hit_and_run, animal")
                            .arg(check.text(cf::kCollisionType)));
    }

    const QVariantList victims = listOf(data.value(QLatin1String(cf::kVictims)));
    for (qsizetype i = 0; i < victims.size(); ++i) {
        const QVariantMap victim = victims.at(i).toMap();
        const QString prefix = QStringLiteral("%1[%2].").arg(QLatin1String(cf::kVictims)).arg(i);
        const QString condition = victim.value(QStringLiteral("condition")).toString().trimmed().toLower();
        if (condition != QLatin1String("md") && condition != QLatin1String("lb") && condition != QLatin1String("lr"))
            check.error(prefix + QStringLiteral("condition"),
                        QCoreApplication::translate(
                            "CaseValidation",
                            "Victim %1: the condition must be MD (died), LB (seriously hurt) or LR (slightly hurt)")
                            .arg(i + 1));
        const QString nik = victim.value(QStringLiteral("nik")).toString().trimmed();
        if (!nik.isEmpty())
            check.take(prefix + QStringLiteral("nik"), validateNik(nik));
    }

    const QVariantList vehicles = listOf(data.value(QLatin1String(cf::kVehicles)));
    for (qsizetype i = 0; i < vehicles.size(); ++i) {
        const QVariantMap vehicle = vehicles.at(i).toMap();
        const QString prefix = QStringLiteral("%1[%2].").arg(QLatin1String(cf::kVehicles)).arg(i);
        const QString plate = vehicle.value(QStringLiteral("plate")).toString().trimmed();
        if (!plate.isEmpty())
            check.take(prefix + QStringLiteral("plate"), validatePlate(plate));
        const QString nik = vehicle.value(QStringLiteral("driver_nik")).toString().trimmed();
        if (!nik.isEmpty())
            check.take(prefix + QStringLiteral("driver_nik"), validateNik(nik));
    }

    if (check.has(cf::kMaterialLoss)) {
        const std::optional<double> loss = numberOf(check.value(cf::kMaterialLoss));
        if (!loss || *loss < 0 || std::floor(*loss) != *loss)
            check.error(QLatin1String(cf::kMaterialLoss),
                        QCoreApplication::translate("CaseValidation",
                                                    "Material loss '%1' is not a whole number of rupiah, 0 or more")
                            .arg(check.text(cf::kMaterialLoss)));
    }
}

void checkWatch(Checker &check)
{
    check.requirePlate(cf::kPlate);
    check.requireVehicleKind();
    check.require(cf::kPoliceReport);
    check.checkTime(false);
}

} // namespace

QList<FieldProblem> validateCase(CaseKind kind, const QVariantMap &data, const ArticleCatalogue &catalogue,
                                 const QDateTime &now)
{
    Checker check(data, now);
    switch (kind) {
    case CaseKind::Violation:
        checkViolation(check, catalogue);
        break;
    case CaseKind::Etle:
        checkEtle(check, catalogue);
        break;
    case CaseKind::Accident:
        checkAccident(check, data);
        break;
    case CaseKind::Watch:
        checkWatch(check);
        break;
    }
    check.checkCoordinate();
    return check.problems();
}

QString caseFieldLabel(const QString &field)
{
    // "victims[2].condition" → "Victim 3: condition"
    static const QRegularExpression kItem(QStringLiteral("^(victims|vehicles)\\[([0-9]+)\\]\\.(\\w+)$"));
    if (const QRegularExpressionMatch item = kItem.match(field); item.hasMatch()) {
        const int number = item.captured(2).toInt() + 1;
        QString part = item.captured(3);
        for (const Label &label : kItemLabels)
            if (part == QLatin1String(label.field))
                part = QCoreApplication::translate("CaseValidation", label.label);
        return item.captured(1) == QLatin1String(cf::kVictims)
                   ? QCoreApplication::translate("CaseValidation", "Victim %1: %2").arg(number).arg(part)
                   : QCoreApplication::translate("CaseValidation", "Vehicle %1: %2").arg(number).arg(part);
    }
    for (const Label &label : kLabels)
        if (field == QLatin1String(label.field))
            return QCoreApplication::translate("CaseValidation", label.label);
    return field;
}

} // namespace lintas
