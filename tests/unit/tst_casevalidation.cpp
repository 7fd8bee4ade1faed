#include <QTest>
#include <QTimeZone>

#include "core/casevalidation.h"

using namespace lintas;

Q_DECLARE_METATYPE(lintas::CaseKind)

class TestCaseValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeCasesPass_data();
    void completeCasesPass();
    void requiredFields_data();
    void requiredFields();
    void etlePlateAsReadIsEnough();
    void nikErrorsNamedPerField_data();
    void nikErrorsNamedPerField();
    void speedRule_data();
    void speedRule();
    void futureTime_data();
    void futureTime();
    void articles();
    void chargesMatchTheArticles_data();
    void chargesMatchTheArticles();
    void victimsAndVehicles();
    void coordinates_data();
    void coordinates();
    void choices();
    void labels();
};

namespace {

namespace cf = casefield;

const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(7 * 3600));
const QString kWoman = QStringLiteral("3174015505900003"); // DKI, born 15-05-1990
const QString kMan = QStringLiteral("3171011203850002");   // DKI, born 12-03-1985

QString key(const char *field)
{
    return QString::fromLatin1(field);
}

// The articles with their snapshots and fine, as the desk charges them (CaseFactory::chargeFields).
QVariantMap charges(const QVariant &articles, const ArticleCatalogue &catalogue = ArticleCatalogue::builtIn())
{
    QVariantList charged;
    qint64 fine = 0;
    for (const QVariant &code : articles.toList()) {
        if (const auto article = catalogue.charge(code.toString())) {
            charged.append(article->toMap());
            fine += article->maxFine;
        }
    }
    return {{key(cf::kArticles), articles}, {key(cf::kCharged), charged}, {key(cf::kFine), fine}};
}

QVariantMap violation()
{
    QVariantMap data{
        {key(cf::kOffenderName), QStringLiteral("Siti Rahayu")},
        {key(cf::kOffenderNik), kWoman},
        {key(cf::kPlate), QStringLiteral("B 1234 XYZ")},
        {key(cf::kVehicleKind), QStringLiteral("r2")},
        {key(cf::kOfficerNrp), QStringLiteral("85061234")},
        {key(cf::kOccurredAt), QStringLiteral("2026-11-28T09:40:00+07:00")},
        {key(cf::kPlace), QStringLiteral("Jl. M.H. Thamrin, Jakarta Pusat")},
        {key(cf::kArticles), QVariantList{QStringLiteral("291(1)"), QStringLiteral("288(2)")}},
        {key(cf::kOutcome), QStringLiteral("tilang")},
        {key(cf::kSimClass), QStringLiteral("C")},
        {key(cf::kLatitude), -6.1865},
        {key(cf::kLongitude), 106.8229},
    };
    data.insert(charges(data.value(key(cf::kArticles))));
    return data;
}

QVariantMap etle()
{
    QVariantMap data{
        {key(cf::kCameraId), QStringLiteral("CAM-THAMRIN-03")},
        {key(cf::kOccurredAt), QStringLiteral("2026-11-28T07:12:45+07:00")},
        {key(cf::kPlate), QStringLiteral("B 1234 XYZ")},
        {key(cf::kPlateRead), QStringLiteral("B1234XYZ")},
        {key(cf::kArticles), QVariantList{QStringLiteral("287(5)")}},
        {key(cf::kSpeedKmh), 78},
        {key(cf::kSpeedLimitKmh), 60},
        {key(cf::kOwnerNik), kMan},
    };
    data.insert(charges(data.value(key(cf::kArticles))));
    return data;
}

QVariantMap accident()
{
    return {
        {key(cf::kOccurredAt), QStringLiteral("2026-11-28T06:30:00+07:00")},
        {key(cf::kPlace), QStringLiteral("Jl. Jend. Sudirman")},
        {key(cf::kCollisionType), QStringLiteral("rear_end")},
        {key(cf::kVictims), QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("Budi")},
                                                     {QStringLiteral("nik"), kMan},
                                                     {QStringLiteral("condition"), QStringLiteral("lr")}}}},
        {key(cf::kVehicles), QVariantList{QVariantMap{{QStringLiteral("plate"), QStringLiteral("B 77 KL")},
                                                      {QStringLiteral("driver_nik"), kWoman}}}},
        {key(cf::kMaterialLoss), 3500000},
    };
}

QVariantMap watch()
{
    return {
        {key(cf::kPlate), QStringLiteral("B 4321 ABC")},
        {key(cf::kVehicleKind), QStringLiteral("r2")},
        {key(cf::kPoliceReport), QStringLiteral("LP/B/1234/XI/2026/PMJ")},
    };
}

QVariantMap complete(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Violation:
        return violation();
    case CaseKind::Etle:
        return etle();
    case CaseKind::Accident:
        return accident();
    case CaseKind::Watch:
        return watch();
    }
    return {};
}

// "field: message" lines, with "(warning)" for warnings: one comparison shows every difference.
QStringList describe(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &problem : problems)
        lines.append(problem.field + QStringLiteral(": ") + problem.message +
                     (problem.warning ? QStringLiteral(" (warning)") : QString()));
    return lines;
}

QStringList check(CaseKind kind, const QVariantMap &data)
{
    return describe(validateCase(kind, data, ArticleCatalogue::builtIn(), kNow));
}

} // namespace

void TestCaseValidation::completeCasesPass_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::newRow("violation") << CaseKind::Violation;
    QTest::newRow("etle") << CaseKind::Etle;
    QTest::newRow("accident") << CaseKind::Accident;
    QTest::newRow("watch") << CaseKind::Watch;
}

void TestCaseValidation::completeCasesPass()
{
    QFETCH(CaseKind, kind);
    QCOMPARE(check(kind, complete(kind)), QStringList());
}

void TestCaseValidation::requiredFields_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const auto row = [](CaseKind kind, const char *field, const char *message) {
        QTest::newRow(qPrintable(toString(kind) + QLatin1Char(' ') + QLatin1String(field)))
            << kind << QString::fromLatin1(field) << QString::fromUtf8(message);
    };
    row(CaseKind::Violation, cf::kOffenderName, "Offender's name is required");
    row(CaseKind::Violation, cf::kOffenderNik, "Offender's NIK is required");
    row(CaseKind::Violation, cf::kPlate, "Plate is required");
    row(CaseKind::Violation, cf::kVehicleKind, "Vehicle kind is required");
    row(CaseKind::Violation, cf::kOfficerNrp, "Officer's NRP is required");
    row(CaseKind::Violation, cf::kOccurredAt, "Time is required");
    row(CaseKind::Violation, cf::kPlace, "Place is required");
    row(CaseKind::Violation, cf::kArticles, "At least one article must be charged");
    row(CaseKind::Violation, cf::kOutcome, "Outcome is required");
    row(CaseKind::Etle, cf::kCameraId, "Camera is required");
    row(CaseKind::Etle, cf::kOccurredAt, "Time is required");
    row(CaseKind::Etle, cf::kArticles, "At least one article must be charged");
    row(CaseKind::Accident, cf::kOccurredAt, "Time is required");
    row(CaseKind::Accident, cf::kPlace, "Place is required");
    row(CaseKind::Accident, cf::kCollisionType, "Collision type is required");
    row(CaseKind::Watch, cf::kPlate, "Plate is required");
    row(CaseKind::Watch, cf::kVehicleKind, "Vehicle kind is required");
    row(CaseKind::Watch, cf::kPoliceReport, "Police report (LP) number is required");
}

void TestCaseValidation::requiredFields()
{
    QFETCH(CaseKind, kind);
    QFETCH(QString, field);
    QFETCH(QString, message);

    QVariantMap data = complete(kind);
    data.remove(field);
    QCOMPARE(check(kind, data), QStringList{field + QStringLiteral(": ") + message});

    // Blank is the same as missing.
    data.insert(field, field == key(cf::kArticles) ? QVariant(QVariantList()) : QVariant(QStringLiteral("  ")));
    QCOMPARE(check(kind, data), QStringList{field + QStringLiteral(": ") + message});
}

void TestCaseValidation::etlePlateAsReadIsEnough()
{
    QVariantMap data = etle();
    data.remove(key(cf::kPlate));
    QCOMPARE(check(CaseKind::Etle, data), QStringList());
    data.remove(key(cf::kPlateRead));
    QCOMPARE(check(CaseKind::Etle, data), QStringList{"plate: Plate is required (or the plate as the camera read it)"});
    data.insert(key(cf::kPlate), QStringLiteral("B 0123 XY"));
    QCOMPARE(check(CaseKind::Etle, data), QStringList{"plate: Plate number '0123' cannot start with 0"});
}

void TestCaseValidation::nikErrorsNamedPerField_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariantMap>("data");
    QTest::addColumn<QString>("message");

    QVariantMap data = violation();
    data.insert(key(cf::kOffenderNik), QStringLiteral("317401550590000"));
    QTest::newRow("offender") << CaseKind::Violation << "offender_nik" << data << "NIK must have 16 digits; it has 15";

    data = etle();
    data.insert(key(cf::kOwnerNik), QStringLiteral("3174011513900003"));
    QTest::newRow("owner") << CaseKind::Etle << "owner_nik" << data << "NIK month of birth 13 is not valid (01 to 12)";

    data = etle();
    data.insert(key(cf::kDriverNik), QStringLiteral("31740155059000O3"));
    QTest::newRow("driver") << CaseKind::Etle << "driver_nik" << data
                            << "NIK must contain digits only; character 15 ('O') is not a digit";

    data = accident();
    QVariantList victims = data.value(key(cf::kVictims)).toList();
    victims.append(QVariantMap{{QStringLiteral("condition"), QStringLiteral("lb")},
                               {QStringLiteral("nik"), QStringLiteral("9974015505900003")}});
    data.insert(key(cf::kVictims), victims);
    QTest::newRow("second victim") << CaseKind::Accident << "victims[1].nik" << data
                                   << "NIK province code 99 (first two digits) does not exist";

    data = accident();
    data.insert(key(cf::kVehicles), QVariantList{QVariantMap{{QStringLiteral("driver_nik"), QStringLiteral("0")}}});
    QTest::newRow("driver of a vehicle") << CaseKind::Accident << "vehicles[0].driver_nik" << data
                                         << "NIK must have 16 digits; it has 1";
}

void TestCaseValidation::nikErrorsNamedPerField()
{
    QFETCH(CaseKind, kind);
    QFETCH(QString, field);
    QFETCH(QVariantMap, data);
    QFETCH(QString, message);
    const QList<FieldProblem> problems = validateCase(kind, data, ArticleCatalogue::builtIn(), kNow);
    QCOMPARE(describe(problems), QStringList{field + QStringLiteral(": ") + message});
    QVERIFY(!problems.front().warning);
}

void TestCaseValidation::speedRule_data()
{
    QTest::addColumn<QVariant>("speed");
    QTest::addColumn<QVariant>("limit");
    QTest::addColumn<QVariantList>("articles");
    QTest::addColumn<QStringList>("problems");

    const QVariantList speeding{QStringLiteral("287(5)")};
    QTest::newRow("over the limit") << QVariant(78) << QVariant(60) << speeding << QStringList();
    QTest::newRow("as text, over") << QVariant(QStringLiteral("60.5")) << QVariant(QStringLiteral("60")) << speeding
                                   << QStringList();
    QTest::newRow("under the limit")
        << QVariant(58) << QVariant(60) << speeding
        << QStringList{"speed_kmh: Speed 58 km/h is not above the limit of 60 km/h; Pasal 287 ayat (5) needs a "
                       "speed over the limit"};
    QTest::newRow("at the limit")
        << QVariant(60) << QVariant(60) << speeding
        << QStringList{"speed_kmh: Speed 60 km/h is not above the limit of 60 km/h; Pasal 287 ayat (5) needs a "
                       "speed over the limit"};
    QTest::newRow("no speed") << QVariant() << QVariant(60) << speeding << QStringList{"speed_kmh: Speed is required"};
    QTest::newRow("no limit") << QVariant(80) << QVariant() << speeding
                              << QStringList{"speed_limit_kmh: Speed limit is required"};
    QTest::newRow("not a number") << QVariant(QStringLiteral("fast")) << QVariant(60) << speeding
                                  << QStringList{"speed_kmh: Speed 'fast' is not a speed in km/h"};
    QTest::newRow("with another charge") << QVariant(40) << QVariant(60)
                                         << QVariantList{QStringLiteral("287(1)"), QStringLiteral("287(5)")}
                                         << QStringList{"speed_kmh: Speed 40 km/h is not above the limit of 60 "
                                                        "km/h; Pasal 287 ayat (5) needs a speed over the limit"};
    QTest::newRow("red light: speed does not matter")
        << QVariant(20) << QVariant(60) << QVariantList{QStringLiteral("287(2)")} << QStringList();
    QTest::newRow("red light, no speed") << QVariant() << QVariant() << QVariantList{QStringLiteral("287(2)")}
                                         << QStringList();
}

void TestCaseValidation::speedRule()
{
    QFETCH(QVariant, speed);
    QFETCH(QVariant, limit);
    QFETCH(QVariantList, articles);
    QFETCH(QStringList, problems);

    QVariantMap data = etle();
    data.remove(key(cf::kSpeedKmh));
    data.remove(key(cf::kSpeedLimitKmh));
    if (speed.isValid())
        data.insert(key(cf::kSpeedKmh), speed);
    if (limit.isValid())
        data.insert(key(cf::kSpeedLimitKmh), limit);
    data.insert(charges(articles));
    QCOMPARE(check(CaseKind::Etle, data), problems);
}

void TestCaseValidation::futureTime_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<QVariant>("time");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("now") << CaseKind::Violation << QVariant(QStringLiteral("2026-11-28T10:00:00+07:00"))
                         << QStringList();
    QTest::newRow("within five minutes") << CaseKind::Etle << QVariant(QStringLiteral("2026-11-28T10:05:00+07:00"))
                                         << QStringList();
    QTest::newRow("six minutes ahead")
        << CaseKind::Violation << QVariant(QStringLiteral("2026-11-28T10:06:00+07:00"))
        << QStringList{"occurred_at: Time 2026-11-28 10:06 is in the future; it is now 2026-11-28 10:00"};
    QTest::newRow("ahead, in UTC")
        << CaseKind::Accident << QVariant(QStringLiteral("2026-11-28T04:00:00Z"))
        << QStringList{"occurred_at: Time 2026-11-28 04:00 is in the future; it is now 2026-11-28 03:00"};
    QTest::newRow("no offset counts as WIB")
        << CaseKind::Accident << QVariant(QStringLiteral("2026-11-28T10:04:00")) << QStringList();
    QTest::newRow("no offset, ahead")
        << CaseKind::Watch << QVariant(QStringLiteral("2026-11-28T12:00:00"))
        << QStringList{"occurred_at: Time 2026-11-28 12:00 is in the future; it is now 2026-11-28 10:00"};
    QTest::newRow("a QDateTime") << CaseKind::Violation << QVariant(kNow.addDays(1))
                                 << QStringList{"occurred_at: Time 2026-11-29 10:00 is in the future; it is now "
                                                "2026-11-28 10:00"};
    QTest::newRow("not a time") << CaseKind::Violation << QVariant(QStringLiteral("kemarin sore"))
                                << QStringList{
                                       "occurred_at: Time 'kemarin sore' is not a date and time (ISO 8601, like "
                                       "2026-11-28T09:14:00+07:00)"};
    QTest::newRow("a date only") << CaseKind::Etle << QVariant(QStringLiteral("2026-11-28"))
                                 << QStringList{"occurred_at: Time '2026-11-28' is not a date and time (ISO 8601, like "
                                                "2026-11-28T09:14:00+07:00)"};
}

void TestCaseValidation::futureTime()
{
    QFETCH(CaseKind, kind);
    QFETCH(QVariant, time);
    QFETCH(QStringList, problems);
    QVariantMap data = complete(kind);
    data.insert(key(cf::kOccurredAt), time);
    QCOMPARE(check(kind, data), problems);
}

void TestCaseValidation::articles()
{
    Article retired = *ArticleCatalogue::builtIn().byCode(QStringLiteral("288(2)"));
    retired.retired = true;
    retired.version = 2;
    const ArticleCatalogue catalogue = ArticleCatalogue::builtIn().overlaid({retired});

    QVariantMap data = violation();
    data.insert(
        charges(QVariantList{QStringLiteral("291(1)"), QStringLiteral("999"), QStringLiteral("288(2)")}, catalogue));
    QCOMPARE(describe(validateCase(CaseKind::Violation, data, catalogue, kNow)),
             (QStringList{"articles: Article 999 is not in the catalogue",
                          "articles: Pasal 288 ayat (2) jo Pasal 106 ayat (5) huruf b is retired and can no longer "
                          "be charged"}));

    // A list stored as JSON text, as a form may keep it, reads the same.
    data.insert(charges(QVariantList{QStringLiteral("291(1)"), QStringLiteral("283")}, catalogue));
    data.insert(key(cf::kArticles), QStringLiteral("[\"291(1)\", \"283\"]"));
    QCOMPARE(describe(validateCase(CaseKind::Violation, data, catalogue, kNow)), QStringList());
    data.insert(charges(QVariantList{QStringLiteral("291(1)")}, catalogue));
    data.insert(key(cf::kArticles), QStringList{QStringLiteral("291(1)")});
    QCOMPARE(describe(validateCase(CaseKind::Violation, data, catalogue, kNow)), QStringList());
}

void TestCaseValidation::chargesMatchTheArticles_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<QVariantMap>("change"); // over the complete case
    QTest::addColumn<QStringList>("problems");

    const ArticleCatalogue &catalogue = ArticleCatalogue::builtIn();
    const QVariantList twoCodes{QStringLiteral("291(1)"), QStringLiteral("288(2)")};
    const QVariantMap two = charges(twoCodes); // 250000 + 250000
    const qint64 twoFine = two.value(key(cf::kFine)).toLongLong();
    const auto with = [&two](const char *field, const QVariant &value) {
        QVariantMap changed = two;
        changed.insert(key(field), value);
        return changed;
    };
    const QString sum = QString::number(twoFine);

    QTest::newRow("as charged") << CaseKind::Violation << two << QStringList();
    QTest::newRow("an article never charged")
        << CaseKind::Violation << with(cf::kArticles, twoCodes + QVariantList{QStringLiteral("283")})
        << QStringList{"articles: Article 283 is not among the articles as charged; charge the articles again"};
    QTest::newRow("a charge no longer among the articles")
        << CaseKind::Violation << with(cf::kArticles, QVariantList{QStringLiteral("291(1)")})
        << QStringList{"articles: Article 288(2) is charged but not among the articles"};
    QTest::newRow("nothing charged") << CaseKind::Etle << with(cf::kCharged, QVariantList())
                                     << QStringList{"articles: Article 291(1) is not among the articles as charged; "
                                                    "charge the articles again",
                                                    "articles: Article 288(2) is not among the articles as charged; "
                                                    "charge the articles again",
                                                    "fine: Fine " + sum +
                                                        " is not 0, the sum of the maximum fines of "
                                                        "the articles as charged"};
    QTest::newRow("a fine of another amount")
        << CaseKind::Etle << with(cf::kFine, 400000)
        << QStringList{"fine: Fine 400000 is not " + sum + ", the sum of the maximum fines of the articles as charged"};
    QTest::newRow("no fine") << CaseKind::Violation << with(cf::kFine, QVariant())
                             << QStringList{"fine: Fine is required: " + sum +
                                            ", the sum of the maximum fines of the articles as charged"};
    QTest::newRow("the fine as text") << CaseKind::Violation << with(cf::kFine, sum) << QStringList();

    // The snapshot counts, not today's catalogue: a case charged before a fine changed keeps its fine.
    ChargedArticle old = *catalogue.charge(QStringLiteral("291(1)"));
    old.maxFine = 100000;
    QVariantMap before = charges(QVariantList{QStringLiteral("291(1)")});
    before.insert(key(cf::kCharged), QVariantList{old.toMap()});
    before.insert(key(cf::kFine), 100000);
    QTest::newRow("charged under an older catalogue") << CaseKind::Violation << before << QStringList();
}

void TestCaseValidation::chargesMatchTheArticles()
{
    QFETCH(CaseKind, kind);
    QFETCH(QVariantMap, change);
    QFETCH(QStringList, problems);
    QVariantMap data = complete(kind);
    data.remove(key(cf::kSpeedKmh)); // not a speeding charge here
    data.remove(key(cf::kSpeedLimitKmh));
    for (auto it = change.cbegin(); it != change.cend(); ++it) {
        if (it.value().isValid())
            data.insert(it.key(), it.value());
        else
            data.remove(it.key());
    }
    QCOMPARE(check(kind, data), problems);
}

void TestCaseValidation::victimsAndVehicles()
{
    QVariantMap data = accident();
    data.insert(key(cf::kVictims),
                QVariantList{QVariantMap{{QStringLiteral("condition"), QStringLiteral("md")}},
                             QVariantMap{{QStringLiteral("condition"), QStringLiteral("lb")}},
                             QVariantMap{{QStringLiteral("condition"), QStringLiteral("luka")}},
                             QVariantMap{{QStringLiteral("name"), QStringLiteral("Tanpa kondisi")}}});
    data.insert(key(cf::kVehicles), QVariantList{QVariantMap{{QStringLiteral("plate"), QStringLiteral("ZZ 1 A")}}});
    data.insert(key(cf::kMaterialLoss), -1);
    QCOMPARE(check(CaseKind::Accident, data),
             (QStringList{
                 "victims[2].condition: Victim 3: the condition must be MD (died), LB (seriously hurt) or LR "
                 "(slightly hurt)",
                 "victims[3].condition: Victim 4: the condition must be MD (died), LB (seriously hurt) or LR "
                 "(slightly hurt)",
                 "vehicles[0].plate: Unknown region prefix 'ZZ'",
                 "material_loss: Material loss '-1' is not a whole number of rupiah, 0 or more",
             }));

    data = accident();
    data.insert(key(cf::kCollisionType), QStringLiteral("rollover"));
    data.insert(key(cf::kMaterialLoss), 0);
    QCOMPARE(check(CaseKind::Accident, data),
             QStringList{"collision_type: Collision type 'rollover' is not one of single, head_on, rear_end, side, "
                         "chain, pedestrian, hit_and_run, animal"});
}

void TestCaseValidation::coordinates_data()
{
    QTest::addColumn<QVariant>("latitude");
    QTest::addColumn<QVariant>("longitude");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("none") << QVariant() << QVariant() << QStringList();
    QTest::newRow("Monas") << QVariant(-6.1754) << QVariant(106.8272) << QStringList();
    QTest::newRow("as text") << QVariant(QStringLiteral("-6.1754")) << QVariant(QStringLiteral("106.8272"))
                             << QStringList();
    QTest::newRow("latitude out of range")
        << QVariant(-96.0) << QVariant(106.8) << QStringList{"latitude: Latitude -96 is outside the range -90 to 90"};
    QTest::newRow("longitude out of range")
        << QVariant(-6.2) << QVariant(206.8)
        << QStringList{"longitude: Longitude 206.8 is outside the range -180 to 180"};
    QTest::newRow("longitude alone") << QVariant() << QVariant(106.8) << QStringList{"latitude: Latitude is missing"};
    QTest::newRow("latitude alone") << QVariant(-6.2) << QVariant() << QStringList{"longitude: Longitude is missing"};
    QTest::newRow("Bandung, outside the service area")
        << QVariant(-6.9147) << QVariant(107.6098)
        << QStringList{"latitude: Location -6.91470, 107.60980 is outside the Greater Jakarta service area "
                       "(warning)"};
    QTest::newRow("not a number") << QVariant(QStringLiteral("south")) << QVariant(106.8)
                                  << QStringList{"latitude: Latitude 'south' is not a number"};
}

void TestCaseValidation::coordinates()
{
    QFETCH(QVariant, latitude);
    QFETCH(QVariant, longitude);
    QFETCH(QStringList, problems);
    QVariantMap data = watch();
    if (latitude.isValid())
        data.insert(key(cf::kLatitude), latitude);
    if (longitude.isValid())
        data.insert(key(cf::kLongitude), longitude);
    QCOMPARE(check(CaseKind::Watch, data), problems);
}

void TestCaseValidation::choices()
{
    QVariantMap data = violation();
    for (const char *simClass : {"A", "b1", "B II", "B1 Umum", "CI", "D"}) {
        data.insert(key(cf::kSimClass), QString::fromLatin1(simClass));
        QVERIFY2(check(CaseKind::Violation, data).isEmpty(), simClass);
    }
    data.insert(key(cf::kSimClass), QStringLiteral("Z"));
    data.insert(key(cf::kOutcome), QStringLiteral("denda"));
    data.insert(key(cf::kVehicleKind), QStringLiteral("becak"));
    data.insert(key(cf::kOfficerNrp), QStringLiteral("8506123"));
    QCOMPARE(check(CaseKind::Violation, data),
             (QStringList{"vehicle_kind: Vehicle kind 'becak' is not one of r2, r4, bus, truck, other",
                          "officer_nrp: NRP must have 8 digits; it has 7",
                          "outcome: Outcome 'denda' is neither tilang (ticket) nor teguran (warning)",
                          "sim_class: SIM class 'Z' is not one of A, B1, B2, C, CI, CII, D, DI (or A, B1, B2 Umum)"}));

    data = watch();
    data.insert(key(cf::kPlate), QStringLiteral("B 12345"));
    QCOMPARE(check(CaseKind::Watch, data), QStringList{"plate: Plate number '12345' has more than 4 digits"});
}

void TestCaseValidation::labels()
{
    QCOMPARE(caseFieldLabel(QStringLiteral("offender_nik")), QStringLiteral("Offender's NIK"));
    QCOMPARE(caseFieldLabel(QStringLiteral("owner_nik")), QStringLiteral("Owner's NIK"));
    QCOMPARE(caseFieldLabel(QStringLiteral("victims[2].condition")), QStringLiteral("Victim 3: condition"));
    QCOMPARE(caseFieldLabel(QStringLiteral("vehicles[0].driver_nik")), QStringLiteral("Vehicle 1: driver's NIK"));
    QCOMPARE(caseFieldLabel(QStringLiteral("no_such_field")), QStringLiteral("no_such_field"));
    // Every field of the case data has a label of its own.
    for (const char *field : {cf::kStation, cf::kOfficerNrp, cf::kOccurredAt, cf::kPlace, cf::kPlate, cf::kArticles,
                              cf::kCameraId, cf::kSpeedKmh, cf::kPaymentCode, cf::kCollisionType, cf::kVictims,
                              cf::kMaterialLoss, cf::kPoliceReport, cf::kReason, cf::kFrameNumber, cf::kBankRef})
        QVERIFY2(caseFieldLabel(key(field)) != key(field), field);
}

QTEST_GUILESS_MAIN(TestCaseValidation)
#include "tst_casevalidation.moc"
