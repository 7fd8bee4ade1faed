#include "labels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include "core/incidenttypes.h"
#include "language.h"

namespace lintas::labels {
namespace {

QTimeZone jakarta()
{
    static const QTimeZone zone = [] {
        QTimeZone tz(QByteArrayLiteral("Asia/Jakarta"));
        return tz.isValid() ? tz : QTimeZone(7 * 3600); // WIB has no daylight saving
    }();
    return zone;
}

} // namespace

QString incidentStatus(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Reported:
        return QCoreApplication::translate("Labels", "Reported");
    case IncidentStatus::Dispatched:
        return QCoreApplication::translate("Labels", "Dispatched");
    case IncidentStatus::EnRoute:
        return QCoreApplication::translate("Labels", "En route");
    case IncidentStatus::OnScene:
        return QCoreApplication::translate("Labels", "On scene");
    case IncidentStatus::Cleared:
        return QCoreApplication::translate("Labels", "Cleared");
    case IncidentStatus::Closed:
        return QCoreApplication::translate("Labels", "Closed");
    }
    return {};
}

QString unitStatus(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Available:
        return QCoreApplication::translate("Labels", "Available");
    case UnitStatus::OnPatrol:
        return QCoreApplication::translate("Labels", "On patrol");
    case UnitStatus::Dispatched:
        return QCoreApplication::translate("Labels", "Dispatched");
    case UnitStatus::EnRoute:
        return QCoreApplication::translate("Labels", "En route");
    case UnitStatus::OnScene:
        return QCoreApplication::translate("Labels", "On scene");
    case UnitStatus::Busy:
        return QCoreApplication::translate("Labels", "Busy");
    case UnitStatus::OutOfService:
        return QCoreApplication::translate("Labels", "Out of service");
    }
    return {};
}

QString unitKind(UnitKind kind)
{
    switch (kind) {
    case UnitKind::R2Patrol:
        return QCoreApplication::translate("Labels", "R2 motorcycle");
    case UnitKind::R4Patrol:
        return QCoreApplication::translate("Labels", "R4 patrol car");
    case UnitKind::HighwayPatrol:
        return QCoreApplication::translate("Labels", "PJR highway patrol");
    case UnitKind::TowTruck:
        return QCoreApplication::translate("Labels", "Tow truck");
    case UnitKind::Ambulance:
        return QCoreApplication::translate("Labels", "Ambulance");
    }
    return {};
}

QString priority(Priority priority)
{
    return QStringLiteral("P%1").arg(int(priority));
}

QString priorityMeaning(Priority priority)
{
    switch (priority) {
    case Priority::P1:
        return QCoreApplication::translate("Labels", "Emergency");
    case Priority::P2:
        return QCoreApplication::translate("Labels", "Urgent");
    case Priority::P3:
        return QCoreApplication::translate("Labels", "Normal");
    case Priority::P4:
        return QCoreApplication::translate("Labels", "Low");
    }
    return {};
}

QString incidentType(const QString &typeCode)
{
    if (const auto type = IncidentTypeCatalogue::builtIn().byCode(typeCode))
        return type->name(currentLanguage());
    return typeCode;
}

QString age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 minutes = qMax<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 60)
        return QCoreApplication::translate("Labels", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("Labels", "%1 h %2 min")
            .arg(hours)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Labels", "%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString timestamp(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(jakarta());
    return QCoreApplication::translate("Labels", "%1 WIB").arg(local.toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")));
}

QString clockTime(const QDateTime &at)
{
    return QCoreApplication::translate("Labels", "%1 WIB")
        .arg(at.toTimeZone(jakarta()).toString(QStringLiteral("HH:mm:ss")));
}

namespace {

bool isToday(const QDateTime &at)
{
    return at.toTimeZone(jakarta()).date() == QDateTime::currentDateTimeUtc().toTimeZone(jakarta()).date();
}

} // namespace

QString shortTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return at.toTimeZone(jakarta()).toString(isToday(at) ? QStringLiteral("HH:mm") : QStringLiteral("dd-MM HH:mm"));
}

QString recentTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return isToday(at) ? clockTime(at) : timestamp(at);
}

QString number(qint64 value)
{
    const QLocale locale(Language::instance()->code() == QLatin1String("id") ? QLocale::Indonesian : QLocale::English);
    return locale.toString(value);
}

QString currentLanguage()
{
    return Language::instance()->code();
}

} // namespace lintas::labels
