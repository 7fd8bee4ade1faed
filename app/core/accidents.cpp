#include "accidents.h"

#include <QCoreApplication>
#include <QVariantMap>

#include "enumnames.h"

namespace lintas {
namespace {

constexpr detail::NameTable<CollisionType, 8> kCollisionNames{{
    {CollisionType::Single, "single"},
    {CollisionType::HeadOn, "head_on"},
    {CollisionType::RearEnd, "rear_end"},
    {CollisionType::Side, "side"},
    {CollisionType::Chain, "chain"},
    {CollisionType::Pedestrian, "pedestrian"},
    {CollisionType::HitAndRun, "hit_and_run"},
    {CollisionType::Animal, "animal"},
}};

constexpr detail::NameTable<AccidentSeverity, 4> kSeverityNames{{
    {AccidentSeverity::Unclassified, ""},
    {AccidentSeverity::Ringan, "ringan"},
    {AccidentSeverity::Sedang, "sedang"},
    {AccidentSeverity::Berat, "berat"},
}};

struct CauseName
{
    const char *code;
    const char *name; // source text for translation, context "Accidents"
};
constexpr CauseName kCauses[] = {
    {"human_speeding", QT_TRANSLATE_NOOP("Accidents", "Driver: speeding")},
    {"human_drowsy", QT_TRANSLATE_NOOP("Accidents", "Driver: drowsy or tired")},
    {"human_drunk", QT_TRANSLATE_NOOP("Accidents", "Driver: alcohol or drugs")},
    {"human_phone", QT_TRANSLATE_NOOP("Accidents", "Driver: using a phone")},
    {"human_violation", QT_TRANSLATE_NOOP("Accidents", "Driver: broke a traffic rule")},
    {"vehicle_brakes", QT_TRANSLATE_NOOP("Accidents", "Vehicle: brake failure")},
    {"vehicle_tyres", QT_TRANSLATE_NOOP("Accidents", "Vehicle: tyre failure")},
    {"vehicle_lights", QT_TRANSLATE_NOOP("Accidents", "Vehicle: faulty lights")},
    {"road_damage", QT_TRANSLATE_NOOP("Accidents", "Road: damaged surface")},
    {"road_markings", QT_TRANSLATE_NOOP("Accidents", "Road: missing signs or markings")},
    {"road_lighting", QT_TRANSLATE_NOOP("Accidents", "Road: poor lighting")},
    {"weather", QT_TRANSLATE_NOOP("Accidents", "Weather")},
};

} // namespace

QString toString(CollisionType type)
{
    return detail::nameOf(kCollisionNames, type);
}

CollisionType collisionTypeFromString(const QString &text, bool *ok)
{
    return detail::valueOf(kCollisionNames, text, ok);
}

QList<CollisionType> allCollisionTypes()
{
    return detail::valuesOf(kCollisionNames);
}

QString displayName(CollisionType type)
{
    switch (type) {
    case CollisionType::Single:
        return QCoreApplication::translate("Accidents", "Single vehicle");
    case CollisionType::HeadOn:
        return QCoreApplication::translate("Accidents", "Head-on");
    case CollisionType::RearEnd:
        return QCoreApplication::translate("Accidents", "Rear-end");
    case CollisionType::Side:
        return QCoreApplication::translate("Accidents", "Side impact");
    case CollisionType::Chain:
        return QCoreApplication::translate("Accidents", "Chain collision");
    case CollisionType::Pedestrian:
        return QCoreApplication::translate("Accidents", "Pedestrian hit");
    case CollisionType::HitAndRun:
        return QCoreApplication::translate("Accidents", "Hit-and-run");
    case CollisionType::Animal:
        return QCoreApplication::translate("Accidents", "Animal");
    }
    return {};
}

QStringList accidentCauseCodes()
{
    QStringList codes;
    for (const CauseName &cause : kCauses)
        codes.append(QString::fromLatin1(cause.code));
    return codes;
}

QString causeDisplayName(const QString &code)
{
    for (const CauseName &cause : kCauses)
        if (code == QLatin1String(cause.code))
            return QCoreApplication::translate("Accidents", cause.name);
    return code;
}

VictimCounts countVictims(const QVariantList &victims)
{
    VictimCounts counts;
    for (const QVariant &victim : victims) {
        const QString condition = victim.toMap().value(QStringLiteral("condition")).toString().trimmed().toLower();
        if (condition == QLatin1String("md"))
            ++counts.died;
        else if (condition == QLatin1String("lb"))
            ++counts.seriouslyHurt;
        else if (condition == QLatin1String("lr"))
            ++counts.slightlyHurt;
    }
    return counts;
}

QString toString(AccidentSeverity severity)
{
    return detail::nameOf(kSeverityNames, severity);
}

QString displayName(AccidentSeverity severity)
{
    switch (severity) {
    case AccidentSeverity::Unclassified:
        return QCoreApplication::translate("Accidents", "Unclassified");
    case AccidentSeverity::Ringan:
        return QCoreApplication::translate("Accidents", "Light (ringan)");
    case AccidentSeverity::Sedang:
        return QCoreApplication::translate("Accidents", "Moderate (sedang)");
    case AccidentSeverity::Berat:
        return QCoreApplication::translate("Accidents", "Severe (berat)");
    }
    return {};
}

// Pasal 229: ayat (2) ringan — damage to vehicles and/or goods; ayat (3) sedang — minor injury and damage;
// ayat (4) berat — a death or a serious injury. The law pairs a minor injury with damage because a collision
// nearly always causes some; a minor injury with no recorded loss is still sedang, never ringan, because the
// class follows the gravest consequence.
AccidentSeverity classifyAccident(const VictimCounts &victims, qint64 materialLoss)
{
    if (victims.died > 0 || victims.seriouslyHurt > 0)
        return AccidentSeverity::Berat;
    if (victims.slightlyHurt > 0)
        return AccidentSeverity::Sedang;
    if (materialLoss > 0)
        return AccidentSeverity::Ringan;
    return AccidentSeverity::Unclassified;
}

QStringList suggestedAccidentArticles(const VictimCounts &victims, qint64 materialLoss, CollisionType collision)
{
    QStringList codes;
    // Pasal 310 rises by consequence, each ayat covering the lighter ones: only the gravest is charged.
    if (victims.died > 0)
        codes.append(QStringLiteral("310(4)"));
    else if (victims.seriouslyHurt > 0)
        codes.append(QStringLiteral("310(3)"));
    else if (victims.slightlyHurt > 0)
        codes.append(QStringLiteral("310(2)"));
    else if (materialLoss > 0)
        codes.append(QStringLiteral("310(1)"));
    // Fleeing the scene is an offence of its own, charged besides the consequence.
    if (collision == CollisionType::HitAndRun)
        codes.append(QStringLiteral("312"));
    return codes;
}

} // namespace lintas
