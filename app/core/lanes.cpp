#include "lanes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "enumnames.h"

namespace lintas {
namespace {

constexpr detail::NameTable<LaneState, 3> kLaneStates{{
    {LaneState::Clear, "clear"},
    {LaneState::Affected, "affected"},
    {LaneState::Blocked, "blocked"},
}};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// "direction 2 (arah Semanggi)", or "direction 2" for an unnamed one, counted from 1 as a reader counts.
QString directionLabel(qsizetype index, const QString &name)
{
    return name.isEmpty() ? QCoreApplication::translate("Lanes", "direction %1").arg(index + 1)
                          : QCoreApplication::translate("Lanes", "direction %1 (%2)").arg(index + 1).arg(name);
}

} // namespace

int LaneImpact::total() const
{
    qsizetype lanes = 0;
    for (const LaneDirection &direction : directions)
        lanes += direction.lanes.size();
    return int(lanes);
}

int LaneImpact::count(LaneState state) const
{
    qsizetype matching = 0;
    for (const LaneDirection &direction : directions)
        matching += direction.lanes.count(state);
    return int(matching);
}

// {"directions":[{"name":"arah Semanggi","lanes":["blocked","clear"]}, …]}: an object, so that later fields
// (a lane's use, a contraflow) can be added without breaking older readers.
QString LaneImpact::toJson() const
{
    QJsonArray list;
    for (const LaneDirection &direction : directions) {
        QJsonArray lanes;
        for (LaneState state : direction.lanes)
            lanes.append(toString(state));
        list.append(QJsonObject{{QStringLiteral("name"), direction.name}, {QStringLiteral("lanes"), lanes}});
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("directions"), list}}).toJson(QJsonDocument::Compact));
}

std::optional<LaneImpact> LaneImpact::fromJson(const QString &json, QString *error)
{
    // An incident that never had lanes recorded holds an empty text.
    if (json.trimmed().isEmpty())
        return LaneImpact{};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QCoreApplication::translate("Lanes", "the lanes are not valid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject() || !document.object().value(QStringLiteral("directions")).isArray()) {
        fail(error, QCoreApplication::translate("Lanes", "the lanes need a \"directions\" list"));
        return std::nullopt;
    }
    LaneImpact impact;
    const QJsonArray list = document.object().value(QStringLiteral("directions")).toArray();
    for (qsizetype d = 0; d < list.size(); ++d) {
        const QJsonValue entry = list.at(d);
        if (!entry.isObject()) {
            fail(error, QCoreApplication::translate("Lanes", "%1 is not an object").arg(directionLabel(d, {})));
            return std::nullopt;
        }
        const QJsonObject object = entry.toObject();
        LaneDirection direction;
        const QJsonValue name = object.value(QStringLiteral("name"));
        if (!name.isUndefined() && !name.isString()) {
            fail(error, QCoreApplication::translate("Lanes", "%1: the name is not text").arg(directionLabel(d, {})));
            return std::nullopt;
        }
        direction.name = name.toString();
        const QJsonValue lanes = object.value(QStringLiteral("lanes"));
        if (!lanes.isArray()) {
            fail(
                error,
                QCoreApplication::translate("Lanes", "%1 has no list of lanes").arg(directionLabel(d, direction.name)));
            return std::nullopt;
        }
        const QJsonArray states = lanes.toArray();
        for (qsizetype l = 0; l < states.size(); ++l) {
            const auto state = laneStateFromString(states.at(l).toString());
            if (!states.at(l).isString() || !state) {
                fail(error,
                     QCoreApplication::translate("Lanes", "%1, lane %2: \"%3\" is not clear, affected or blocked")
                         .arg(directionLabel(d, direction.name))
                         .arg(l + 1)
                         .arg(states.at(l).toVariant().toString()));
                return std::nullopt;
            }
            direction.lanes.append(*state);
        }
        impact.directions.append(direction);
    }
    return impact;
}

QString toString(LaneState state)
{
    return detail::nameOf(kLaneStates, state);
}

std::optional<LaneState> laneStateFromString(const QString &text)
{
    bool ok = false;
    const LaneState state = detail::valueOf(kLaneStates, text, &ok);
    if (!ok)
        return std::nullopt;
    return state;
}

} // namespace lintas
