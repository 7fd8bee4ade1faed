#include "change.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "enumnames.h"

namespace lintas {
namespace {

constexpr detail::NameTable<EntityKind, 3> kEntities{{
    {EntityKind::Incident, "incident"},
    {EntityKind::Unit, "unit"},
    {EntityKind::Setting, "setting"},
}};
constexpr detail::NameTable<ChangeKind, 5> kKinds{{
    {ChangeKind::Create, "create"},
    {ChangeKind::Set, "set"},
    {ChangeKind::Transition, "transition"},
    {ChangeKind::Note, "note"},
    {ChangeKind::Dispatch, "dispatch"},
}};

} // namespace

QString toString(EntityKind kind) { return detail::nameOf(kEntities, kind); }
QString toString(ChangeKind kind) { return detail::nameOf(kKinds, kind); }
EntityKind entityKindFromString(const QString &text, bool *ok) { return detail::valueOf(kEntities, text, ok); }
ChangeKind changeKindFromString(const QString &text, bool *ok) { return detail::valueOf(kKinds, text, ok); }

QByteArray Change::fieldsJson() const
{
    return QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact);
}

QVariantMap Change::fieldsFromJson(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().toVariantMap();
}

} // namespace lintas
