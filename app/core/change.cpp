#include "change.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "enumnames.h"

namespace lintas {
namespace {

constexpr detail::NameTable<EntityKind, 5> kEntities{{
    {EntityKind::Incident, "incident"},
    {EntityKind::Unit, "unit"},
    {EntityKind::Setting, "setting"},
    {EntityKind::Case, "case"},
    {EntityKind::Article, "article"},
}};
constexpr detail::NameTable<ChangeKind, 10> kKinds{{
    {ChangeKind::Create, "create"},
    {ChangeKind::Set, "set"},
    {ChangeKind::Transition, "transition"},
    {ChangeKind::Note, "note"},
    {ChangeKind::Dispatch, "dispatch"},
    {ChangeKind::Revise, "revise"},
    {ChangeKind::Attach, "attach"},
    {ChangeKind::VoidRequest, "void_request"},
    {ChangeKind::VoidDecision, "void_decision"},
    {ChangeKind::View, "view"},
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
