#include "casedetailtext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include "core/accidents.h"
#include "core/articles.h"
#include "core/casevalidation.h"
#include "core/etle.h"
#include "core/stations.h"
#include "language.h"

namespace lintas::casedetail {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("lintas::casedetail", text, disambiguation, n);
}

QLocale uiLocale()
{
    return QLocale(Language::instance()->code() == QLatin1String("id") ? QLocale::Indonesian : QLocale::English);
}

QTimeZone jakarta()
{
    static const QTimeZone zone = [] {
        QTimeZone tz(QByteArrayLiteral("Asia/Jakarta"));
        return tz.isValid() ? tz : QTimeZone(7 * 3600); // WIB has no daylight saving
    }();
    return zone;
}

// Lists travel as JSON arrays; a value read back from text may still be one.
QVariant unpacked(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return value;
    const QString text = value.toString().trimmed();
    if (!text.startsWith(QLatin1Char('[')) && !text.startsWith(QLatin1Char('{')))
        return value;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    return json.isNull() ? value : json.toVariant();
}

QString victimText(const QVariantMap &victim)
{
    QStringList parts;
    const QString condition = victim.value(QStringLiteral("condition")).toString();
    if (!condition.isEmpty())
        parts << condition.toUpper();
    const QString age = victim.value(QStringLiteral("age")).toString();
    if (!age.isEmpty() && age != QLatin1String("0"))
        parts << tr("%1 years").arg(age);
    const QString nik = victim.value(QStringLiteral("nik")).toString();
    if (!nik.isEmpty())
        parts << tr("NIK %1").arg(nik);
    const QString name = victim.value(QStringLiteral("name")).toString();
    return QStringLiteral("%1 (%2)").arg(name.isEmpty() ? tr("unnamed") : name, parts.join(QStringLiteral(", ")));
}

QString vehicleText(const QVariantMap &vehicle)
{
    QStringList parts;
    for (const char *key : {"plate", "vehicle_make"})
        if (const QString value = vehicle.value(QLatin1String(key)).toString(); !value.isEmpty())
            parts << value;
    if (const QString kind = vehicle.value(QStringLiteral("vehicle_kind")).toString(); !kind.isEmpty())
        parts << choiceText(vehicleKinds(), kind);
    QString line = parts.isEmpty() ? tr("vehicle") : parts.join(QStringLiteral(", "));
    const QString driver = vehicle.value(QStringLiteral("driver_name")).toString();
    if (!driver.isEmpty())
        line += QStringLiteral(" — ") + tr("driver %1").arg(driver);
    return line;
}

QString mapText(const QVariantMap &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
    return parts.join(QStringLiteral(", "));
}

QString listItemText(const QString &field, const QVariant &item)
{
    if (item.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = item.toMap();
        if (field == QLatin1String(casefield::kVictims))
            return victimText(map);
        if (field == QLatin1String(casefield::kVehicles))
            return vehicleText(map);
        if (field == QLatin1String(casefield::kCharged)) {
            const ChargedArticle charged = ChargedArticle::fromMap(map);
            return QStringLiteral("%1 (%2)").arg(charged.citation.isEmpty() ? charged.code : charged.citation,
                                                 rupiah(charged.maxFine));
        }
        return mapText(map);
    }
    const QString code = item.toString();
    if (field == QLatin1String(casefield::kCauses))
        return causeDisplayName(code);
    if (field == QLatin1String(casefield::kSeized))
        return choiceText(seizedItems(), code);
    return code;
}

bool isMoneyField(const QString &field)
{
    return field == QLatin1String(casefield::kFine) || field == QLatin1String(casefield::kMaterialLoss) ||
           field == QLatin1String(casefield::kPaidAmount);
}

bool isTimeField(const QString &field)
{
    return field == QLatin1String(casefield::kOccurredAt) || field == QLatin1String(casefield::kNoticeSentAt) ||
           field == QLatin1String(casefield::kPaidAt);
}

// Each line of a list on its own line, so a victim or a vehicle reads as one.
bool listsOnePerLine(const QString &field)
{
    return field == QLatin1String(casefield::kVictims) || field == QLatin1String(casefield::kVehicles) ||
           field == QLatin1String(casefield::kCharged);
}

} // namespace

QList<Choice> vehicleKinds()
{
    return {{QStringLiteral("r2"), tr("Motorcycle (R2)")},
            {QStringLiteral("r4"), tr("Car (R4)")},
            {QStringLiteral("bus"), tr("Bus")},
            {QStringLiteral("truck"), tr("Truck")},
            {QStringLiteral("other"), tr("Other")}};
}

QList<Choice> outcomes()
{
    return {{QStringLiteral("tilang"), tr("Ticket (tilang)")}, {QStringLiteral("teguran"), tr("Warning (teguran)")}};
}

QList<Choice> seizedItems()
{
    return {{QStringLiteral("sim"), tr("Driving licence (SIM)")},
            {QStringLiteral("stnk"), tr("Registration (STNK)")},
            {QStringLiteral("vehicle"), tr("Vehicle")}};
}

QList<Choice> roadConditions()
{
    return {{QStringLiteral("dry"), tr("Dry")},
            {QStringLiteral("wet"), tr("Wet")},
            {QStringLiteral("damaged"), tr("Damaged")},
            {QStringLiteral("under_works"), tr("Under works")}};
}

QList<Choice> weathers()
{
    return {{QStringLiteral("clear"), tr("Clear")},
            {QStringLiteral("rain"), tr("Rain")},
            {QStringLiteral("heavy_rain"), tr("Heavy rain")},
            {QStringLiteral("fog"), tr("Fog")}};
}

QList<Choice> victimConditions()
{
    return {{QStringLiteral("md"), tr("MD — died")},
            {QStringLiteral("lb"), tr("LB — seriously hurt")},
            {QStringLiteral("lr"), tr("LR — slightly hurt")}};
}

QStringList simClasses()
{
    // SIM classes of Perpol 5/2021, as printed on the card.
    return {QStringLiteral("A"),  QStringLiteral("A Umum"),  QStringLiteral("B1"), QStringLiteral("B1 Umum"),
            QStringLiteral("B2"), QStringLiteral("B2 Umum"), QStringLiteral("C"),  QStringLiteral("C1"),
            QStringLiteral("C2"), QStringLiteral("D"),       QStringLiteral("D1")};
}

QString choiceText(const QList<Choice> &choices, const QString &code)
{
    for (const Choice &choice : choices)
        if (choice.first == code)
            return choice.second;
    return code;
}

QString moveVerb(CaseKind kind, CaseState to)
{
    switch (to) {
    case CaseState::Submitted:
        return kind == CaseKind::Watch ? tr("Put on the watch list") : tr("Submit");
    case CaseState::Verified:
        return tr("Verify");
    case CaseState::Rejected:
        return tr("Reject…");
    case CaseState::Identified:
        return tr("Vehicle identified…");
    case CaseState::NoticeSent:
        return tr("Send notice");
    case CaseState::Confirmed:
        return tr("Owner confirmed");
    case CaseState::Transferred:
        return tr("Transfer to driver…");
    case CaseState::PaymentIssued:
        return tr("Issue payment code");
    case CaseState::StnkBlocked:
        return tr("Request STNK block");
    case CaseState::Paid:
        return tr("Mark paid");
    case CaseState::Closed:
        return kind == CaseKind::Watch ? tr("Take off the watch list") : tr("Close");
    case CaseState::Draft:
    case CaseState::Captured:
    case CaseState::Voided:
        break;
    }
    return displayName(to);
}

QString moveToolTip(CaseKind kind, CaseState to)
{
    switch (to) {
    case CaseState::Verified:
        return tr("The capture shows a violation: the ticket goes ahead (the capture becomes version 1)");
    case CaseState::Rejected:
        return tr("The capture shows no violation or cannot be used; give the reason");
    case CaseState::Identified:
        return tr("Record the registered owner found for the plate");
    case CaseState::NoticeSent:
        return tr("The confirmation notice went to the owner; the %n-day confirmation period starts now", nullptr,
                  int(kEtleConfirmDays));
    case CaseState::Confirmed:
        return tr("The owner confirmed they were driving");
    case CaseState::Transferred:
        return tr("The owner named the actual driver; the ticket goes to them");
    case CaseState::PaymentIssued:
        return tr("Issue the bank virtual-account code the fine is paid to");
    case CaseState::StnkBlocked:
        return tr("Ask for the vehicle's registration (STNK) to be blocked until the fine is paid");
    case CaseState::Closed:
        return kind == CaseKind::Watch ? tr("The vehicle was recovered or the report withdrawn")
                                       : tr("Close the case; it stays on record");
    default:
        break;
    }
    return {};
}

bool moveAsks(CaseState to)
{
    return to == CaseState::Rejected || to == CaseState::Identified || to == CaseState::Transferred;
}

QString eventText(const CaseEvent &event)
{
    const auto labels = [&event] {
        QStringList names;
        for (auto it = event.fields.cbegin(); it != event.fields.cend(); ++it) {
            if (it.key() == QLatin1String(casefield::kReason) || it.key() == QLatin1String("from") ||
                it.key() == QLatin1String("to") || it.key() == QLatin1String(casefield::kCharged) ||
                it.key() == QLatin1String(casefield::kFine))
                continue; // the reason is told apart; charges are named by their articles
            names << caseFieldLabel(it.key());
        }
        return names.join(QStringLiteral(", "));
    };
    // Corrections and voids keep their reason as the entry's text; a step keeps it among its fields.
    QString reason = event.fields.value(QLatin1String(casefield::kReason)).toString().trimmed();
    if (reason.isEmpty() && event.type != CaseEvent::Type::Moved)
        reason = event.text;
    switch (event.type) {
    case CaseEvent::Type::Created:
        return tr("Created");
    case CaseEvent::Type::Edited: {
        const QString changed = labels();
        return changed.isEmpty() ? tr("Edited") : tr("Edited: %1").arg(changed);
    }
    case CaseEvent::Type::Moved: {
        // The entry's text is "from → to" with the states as stored.
        const QStringList states = event.text.split(QStringLiteral(" → "));
        bool fromOk = false;
        bool toOk = false;
        const CaseState from = caseStateFromString(
            event.fields.value(QStringLiteral("from"), states.value(0)).toString().trimmed(), &fromOk);
        const CaseState to =
            caseStateFromString(event.fields.value(QStringLiteral("to"), states.value(1)).toString().trimmed(), &toOk);
        QString line = fromOk && toOk ? tr("%1 → %2").arg(displayName(from), displayName(to)) : event.text;
        const QString details = labels();
        if (!details.isEmpty())
            line += QStringLiteral(" (") + details + QLatin1Char(')');
        if (!reason.isEmpty())
            line += QStringLiteral(" — ") + tr("reason: %1").arg(reason);
        return line;
    }
    case CaseEvent::Type::Revised: {
        const QString changed = labels();
        return changed.isEmpty() ? tr("Corrected — reason: %1").arg(reason)
                                 : tr("Corrected %1 — reason: %2").arg(changed, reason);
    }
    case CaseEvent::Type::Note:
        return tr("Note: %1").arg(event.text);
    case CaseEvent::Type::Attached:
        return tr("Attached %1 (%2)")
            .arg(event.text.isEmpty() ? event.fields.value(QStringLiteral("name")).toString() : event.text,
                 byteSize(event.fields.value(QStringLiteral("size")).toLongLong()));
    case CaseEvent::Type::VoidRequested:
        return tr("Void requested — reason: %1").arg(reason);
    case CaseEvent::Type::VoidApproved:
        return tr("Void approved — reason: %1").arg(reason);
    case CaseEvent::Type::VoidRefused:
        return tr("Void refused — reason: %1").arg(reason);
    case CaseEvent::Type::Viewed:
        return tr("Opened the record");
    }
    return event.text;
}

QString valueText(const QString &field, const QVariant &raw)
{
    const QVariant value = unpacked(raw);
    if (!value.isValid() || value.isNull())
        return QStringLiteral("—");
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        const QVariantList items = value.toList();
        if (items.isEmpty())
            return tr("none");
        QStringList lines;
        for (const QVariant &item : items)
            lines << listItemText(field, item);
        return lines.join(listsOnePerLine(field) ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    if (value.typeId() == QMetaType::QVariantMap)
        return mapText(value.toMap());
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("yes") : tr("no");
    const QString text = value.toString();
    if (text.isEmpty())
        return QStringLiteral("—");
    if (isMoneyField(field))
        return rupiah(value.toLongLong());
    if (isTimeField(field)) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        return at.isValid() ? wibTime(at) : text;
    }
    if (field == QLatin1String(casefield::kVehicleKind))
        return choiceText(vehicleKinds(), text);
    if (field == QLatin1String(casefield::kOutcome))
        return choiceText(outcomes(), text);
    if (field == QLatin1String(casefield::kRoadCondition))
        return choiceText(roadConditions(), text);
    if (field == QLatin1String(casefield::kWeather))
        return choiceText(weathers(), text);
    if (field == QLatin1String(casefield::kCollisionType)) {
        bool ok = false;
        const CollisionType type = collisionTypeFromString(text, &ok);
        return ok ? displayName(type) : text;
    }
    if (field == QLatin1String(casefield::kStation)) {
        const auto station = StationDirectory::builtIn().byCode(text);
        return station ? station->name : text;
    }
    if (field == QLatin1String(casefield::kPaymentCode))
        return groupedPaymentCode(text);
    return text;
}

QString rupiah(qint64 amount)
{
    return QStringLiteral("Rp") + uiLocale().toString(amount);
}

QString byteSize(qint64 bytes)
{
    const QLocale locale = uiLocale();
    if (bytes >= 1024 * 1024)
        return tr("%1 MB").arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
    if (bytes >= 1024)
        return tr("%1 KB").arg(locale.toString((bytes + 512) / 1024));
    return tr("%n byte(s)", nullptr, int(bytes));
}

QString groupedPaymentCode(const QString &code)
{
    if (code.size() != 15)
        return code;
    return QStringLiteral("%1 %2 %3 %4").arg(code.mid(0, 4), code.mid(4, 4), code.mid(8, 4), code.mid(12, 3));
}

QString deadlineLine(const QDateTime &noticeSentAt, const QDateTime &now)
{
    if (!noticeSentAt.isValid())
        return {};
    const int days = daysToDeadline(noticeSentAt, now);
    if (isConfirmationOverdue(noticeSentAt, now)) {
        const int late = qMax(1, -days);
        return tr("Confirmation overdue by %n day(s)", nullptr, late);
    }
    const QString due = uiLocale().toString(confirmationDeadline(noticeSentAt).toTimeZone(jakarta()).date(),
                                            QStringLiteral("d MMM yyyy"));
    if (days <= 0)
        return tr("Confirmation due %1 — last day").arg(due);
    return tr("Confirmation due %1 — %n day(s) left", nullptr, days).arg(due);
}

QString wibTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return tr("%1 WIB").arg(at.toTimeZone(jakarta()).toString(QStringLiteral("dd-MM-yyyy HH:mm")));
}

} // namespace lintas::casedetail
