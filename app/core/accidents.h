#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace lintas {

// Collision types (stored lower-case): single, head_on, rear_end, side, chain, pedestrian, hit_and_run, animal.
enum class CollisionType { Single, HeadOn, RearEnd, Side, Chain, Pedestrian, HitAndRun, Animal };
QString toString(CollisionType type);
CollisionType collisionTypeFromString(const QString &text, bool *ok = nullptr);
QList<CollisionType> allCollisionTypes();
QString displayName(CollisionType type); // translated (context "Accidents")

// Cause factors (stored codes): human_speeding, human_drowsy, human_drunk, human_phone, human_violation,
// vehicle_brakes, vehicle_tyres, vehicle_lights, road_damage, road_markings, road_lighting, weather.
QStringList accidentCauseCodes();
QString causeDisplayName(const QString &code); // translated; the code itself when unknown

// Victim conditions: MD (meninggal dunia), LB (luka berat), LR (luka ringan). Stored "md", "lb", "lr".
struct VictimCounts
{
    int died = 0;
    int seriouslyHurt = 0;
    int slightlyHurt = 0;
};
// Counts the victims of a case's "victims" list (maps with "condition").
VictimCounts countVictims(const QVariantList &victims);

// UU 22/2009 Pasal 229: ringan = damage to vehicles or goods only; sedang = minor injury (and damage);
// berat = a death or a serious injury. Unclassified when there is neither a victim nor any damage.
enum class AccidentSeverity { Unclassified, Ringan, Sedang, Berat };
QString toString(AccidentSeverity severity); // "", "ringan", "sedang", "berat"
QString displayName(AccidentSeverity severity); // translated: "Light (ringan)" / "Ringan"
AccidentSeverity classifyAccident(const VictimCounts &victims, qint64 materialLoss);

// The criminal articles to suggest for the investigator to confirm:
//   Pasal 310 ayat (1) damage only, (2) minor injury, (3) serious injury, (4) death — the gravest applies;
//   Pasal 312 when the driver fled (hit_and_run) — in addition.
// Codes as in the article catalogue: "310(1)" … "310(4)", "312".
QStringList suggestedAccidentArticles(const VictimCounts &victims, qint64 materialLoss, CollisionType collision);

} // namespace lintas
