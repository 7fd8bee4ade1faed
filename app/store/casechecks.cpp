#include "casechecks.h"

#include <cmath>

#include <QCryptographicHash>

#include "core/casefactory.h"
#include "core/casefold.h"
#include "core/casevalidation.h"

namespace lintas {
namespace {

// The fields an Article change may carry (Article::toFields).
const QStringList &articleFields()
{
    static const QStringList fields = Article{}.toFields().keys();
    return fields;
}

bool isWholeNumber(const QVariant &value, qint64 *out)
{
    bool ok = false;
    qint64 number = 0;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        number = value.toLongLong(&ok);
        break;
    case QMetaType::Double: {
        const double real = value.toDouble();
        ok = std::isfinite(real) && real == std::floor(real) && std::abs(real) < 9e15;
        number = qint64(real);
        break;
    }
    case QMetaType::QString:
        number = value.toString().toLongLong(&ok);
        break;
    default:
        break;
    }
    if (ok && out)
        *out = number;
    return ok;
}

} // namespace

// Case numbers: the kind's prefix, then the Polres and WIB day like incidents, and a five-digit sequence.
QString CaseChecks::numberPrefix(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Violation:
        return QStringLiteral("TLG");
    case CaseKind::Etle:
        return QStringLiteral("ETLE");
    case CaseKind::Accident:
        return QStringLiteral("LAKA");
    case CaseKind::Watch:
        return QStringLiteral("BOLO");
    }
    return QStringLiteral("CASE");
}

// The data fields each kind of case takes (casefield), beyond the ones every case has.
QStringList CaseChecks::fieldsOf(CaseKind kind)
{
    namespace cf = casefield;
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *name : names)
            out.append(QLatin1String(name));
        return out;
    };
    QStringList fields =
        list({cf::kStation, cf::kOfficerNrp, cf::kOfficerName, cf::kOfficerUnit, cf::kOccurredAt, cf::kPlace,
              cf::kLatitude, cf::kLongitude, cf::kNarrative, cf::kLinkedIncidents, cf::kLinkedCases});
    const QStringList vehicle =
        list({cf::kPlate, cf::kVehicleKind, cf::kVehicleMake, cf::kVehicleColour, cf::kStnkNumber});
    const QStringList charges = list({cf::kArticles, cf::kCharged, cf::kFine});
    switch (kind) {
    case CaseKind::Violation:
        fields << vehicle << charges
               << list({cf::kOffenderName, cf::kOffenderNik, cf::kOffenderAddress, cf::kSimNumber, cf::kSimClass,
                        cf::kOutcome, cf::kSeized});
        break;
    case CaseKind::Etle:
        fields << vehicle << charges
               << list({cf::kCameraId, cf::kPlateRead, cf::kSpeedKmh, cf::kSpeedLimitKmh, cf::kImageSha256,
                        cf::kRejectedReason, cf::kOwnerName, cf::kOwnerNik, cf::kOwnerAddress, cf::kNoticeSentAt,
                        cf::kDriverName, cf::kDriverNik, cf::kPaymentCode, cf::kPaidAt, cf::kPaidAmount, cf::kBankRef});
        break;
    case CaseKind::Accident:
        fields << charges
               << list({cf::kIncidentId, cf::kRoadCondition, cf::kWeather, cf::kCollisionType, cf::kCauses,
                        cf::kVehicles, cf::kVictims, cf::kMaterialLoss, cf::kConfirmedArticles});
        break;
    case CaseKind::Watch:
        fields << vehicle
               << list({cf::kFrameNumber, cf::kEngineNumber, cf::kReporterName, cf::kReporterPhone, cf::kPoliceReport});
        break;
    }
    return fields;
}

// A case change made on this desk: the fields its kind takes, the fold's rules (wouldApply), a submission only
// with valid data, attachments within the size limit and true to their SHA-256.
QString CaseChecks::checkCase(const Change &change, const ChangeList &existing, const QString &storedName,
                              const std::function<const ArticleCatalogue &()> &catalogue)
{
    const QString what = toString(change.kind);

    CaseKind kind = CaseKind::Violation;
    QString name = storedName;
    if (change.kind == ChangeKind::Create) {
        bool known = false;
        const QString kindName = change.fields.value(QStringLiteral("kind")).toString();
        kind = caseKindFromString(kindName, &known);
        if (!known)
            return tr("A new case must name its kind (violation, etle, accident or watch); “%1” is not one.")
                .arg(kindName);
        if (change.fields.value(QLatin1String(casefield::kStation)).toString().trimmed().isEmpty())
            return tr("A new %1 case must name the station it belongs to (station_code).").arg(kindName);
        name = change.fields.value(QStringLiteral("number")).toString();
        if (name.isEmpty())
            name = tr("the new %1 case").arg(kindName);
    } else {
        const CaseFile file = foldCase(existing);
        if (!file.record.hasCreate)
            return tr("Case %1 does not exist: the %2 change has nothing to apply to.").arg(name, what);
        kind = file.record.kind;
    }

    QStringList allowed;
    switch (change.kind) {
    case ChangeKind::Create:
        allowed = fieldsOf(kind) << QStringLiteral("kind") << QStringLiteral("number");
        break;
    case ChangeKind::Set:
        allowed = fieldsOf(kind);
        break;
    case ChangeKind::Transition:
        allowed = fieldsOf(kind) << QStringLiteral("from") << QStringLiteral("to") << QLatin1String(casefield::kReason);
        break;
    case ChangeKind::Revise:
        allowed = fieldsOf(kind) << QLatin1String(casefield::kReason);
        break;
    case ChangeKind::Note:
        allowed = {QStringLiteral("text")};
        if (change.fields.value(QStringLiteral("text")).toString().trimmed().isEmpty())
            return tr("A note on case %1 is empty.").arg(name);
        break;
    case ChangeKind::Attach:
        allowed = {QStringLiteral("sha256"), QStringLiteral("name"), QStringLiteral("mime"), QStringLiteral("size"),
                   QStringLiteral("content")};
        break;
    case ChangeKind::VoidRequest:
        allowed = {QLatin1String(casefield::kReason)};
        break;
    case ChangeKind::VoidDecision:
        allowed = {QStringLiteral("request_op"), QStringLiteral("approve"), QLatin1String(casefield::kReason)};
        break;
    case ChangeKind::View:
        break;
    case ChangeKind::Dispatch:
        return tr("A dispatch applies to incidents only, not to case %1.").arg(name);
    }
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
        if (!allowed.contains(it.key()))
            return tr("The %1 change on case %2 has a field “%3” that a %4 case does not take.")
                .arg(what, name, it.key(), toString(kind));

    if (change.kind == ChangeKind::Attach) {
        const QString fileName = change.fields.value(QStringLiteral("name")).toString();
        const QString content = change.fields.value(QStringLiteral("content")).toString();
        const auto bytes = QByteArray::fromBase64Encoding(content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (content.isEmpty() || !bytes)
            return tr("The attachment “%1” of case %2 has no readable content.").arg(fileName, name);
        if (bytes.decoded.size() > kMaxAttachmentBytes)
            return tr("The attachment “%1” of case %2 is %3 bytes; a case takes files of up to %4 bytes (2 MiB).")
                .arg(fileName, name)
                .arg(bytes.decoded.size())
                .arg(kMaxAttachmentBytes);
        const QString sha = change.fields.value(QStringLiteral("sha256")).toString();
        const QString actual =
            QString::fromLatin1(QCryptographicHash::hash(bytes.decoded, QCryptographicHash::Sha256).toHex());
        if (sha.compare(actual, Qt::CaseInsensitive) != 0)
            return tr("The attachment “%1” of case %2 does not match its SHA-256 %3 (its bytes hash to %4).")
                .arg(fileName, name, sha, actual);
        if (change.fields.contains(QStringLiteral("size")) &&
            change.fields.value(QStringLiteral("size")).toLongLong() != bytes.decoded.size())
            return tr("The attachment “%1” of case %2 says it is %3 bytes, but it is %4.")
                .arg(fileName, name)
                .arg(change.fields.value(QStringLiteral("size")).toLongLong())
                .arg(bytes.decoded.size());
    }

    QString reason;
    if (!wouldApply(existing, change, &reason))
        return reason;

    // Leaving the initial state is the submission (or, for a capture, its verification): the data must be
    // complete and valid then. A capture rejected as unreadable is exempt: its data is what the camera saw.
    const auto problemsWith = [&](const QVariantMap &data, const QStringList &onlyFields) {
        QStringList problems;
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(change.hlc.ms(), Qt::UTC);
        for (const FieldProblem &problem : validateCase(kind, data, catalogue(), now)) {
            if (problem.warning)
                continue;
            const QString root = problem.field.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0);
            if (!onlyFields.isEmpty() && !onlyFields.contains(root))
                continue;
            // "Offender's NIK: NIK must have 16 digits; it has 15" — unless the message names the field already.
            const QString label = caseFieldLabel(problem.field);
            problems.append(problem.message.contains(label, Qt::CaseInsensitive)
                                ? problem.message
                                : tr("%1: %2").arg(label, problem.message));
        }
        return problems;
    };
    const auto dataAfter = [&]() {
        ChangeList all = existing;
        all.append(change);
        return foldCase(all).record.data;
    };
    if (change.kind == ChangeKind::Transition) {
        bool known = false;
        const CaseState from = caseStateFromString(change.fields.value(QStringLiteral("from")).toString(), &known);
        const CaseState to = caseStateFromString(change.fields.value(QStringLiteral("to")).toString());
        if (known && from == initialState(kind) && to != CaseState::Rejected) {
            const QStringList problems = problemsWith(dataAfter(), {});
            if (!problems.isEmpty())
                return tr("Case %1 cannot be submitted: %2").arg(name, problems.join(QStringLiteral("; ")));
        }
    } else if (change.kind == ChangeKind::Revise) {
        // Only what the correction touches: an article retired since the submission does not stop a correction of
        // the offender's address.
        QStringList touched = change.fields.keys();
        touched.removeAll(QLatin1String(casefield::kReason));
        const QStringList problems = problemsWith(dataAfter(), touched);
        if (!problems.isEmpty())
            return tr("The correction of case %1 cannot be saved: %2").arg(name, problems.join(QStringLiteral("; ")));
    }
    return {};
}

// An article of the catalogue added, edited or retired: a well-formed code filed under its own record, and
// fields of the right types.
QString CaseChecks::checkArticle(const Change &change, const QString &storedName)
{
    if (change.kind != ChangeKind::Create && change.kind != ChangeKind::Set)
        return tr("An article of the catalogue takes create and set changes only, not %1.").arg(toString(change.kind));
    const QString code = change.fields.value(QStringLiteral("code")).toString().trimmed();
    const QString name = code.isEmpty() ? storedName : code;
    if (change.kind == ChangeKind::Create && code.isEmpty())
        return tr("A new article must name its code, e.g. 287(1).");
    if (!code.isEmpty()) {
        if (!isArticleCode(code))
            return tr("“%1” is not an article code: write the pasal, then the ayat in brackets and the huruf, "
                      "e.g. 287(1) or 106(4)a.")
                .arg(code);
        if (articleId(code) != change.entityId)
            return tr("The change of article %1 is filed under the record of another article (%2).")
                .arg(code, change.entityId.toString(QUuid::WithoutBraces));
    }
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
        if (!articleFields().contains(it.key()))
            return tr("The change of article %1 has an unknown field “%2”.").arg(name, it.key());
    for (const QString &field : {QStringLiteral("max_fine"), QStringLiteral("max_jail_months"),
                                 QStringLiteral("max_jail_days"), QStringLiteral("version")}) {
        if (!change.fields.contains(field))
            continue;
        qint64 value = 0;
        const QVariant raw = change.fields.value(field);
        if (!isWholeNumber(raw, &value) || value < 0)
            return tr("The %1 of article %2 must be a whole number of at least 0; “%3” is not.")
                .arg(field, name, raw.toString());
    }
    for (const QString &field : {QStringLiteral("jo"), QStringLiteral("text_id"), QStringLiteral("text_en")}) {
        const QVariant raw = change.fields.value(field);
        if (change.fields.contains(field) && !raw.isNull() && raw.typeId() != QMetaType::QString)
            return tr("The %1 of article %2 must be a text.").arg(field, name);
    }
    const QString jo = change.fields.value(QStringLiteral("jo")).toString().trimmed();
    if (!jo.isEmpty() && !isArticleCode(jo))
        return tr("Article %1 is read with “%2”, which is not an article code.").arg(name, jo);
    if (change.fields.contains(QStringLiteral("retired"))) {
        const QVariant retired = change.fields.value(QStringLiteral("retired"));
        qint64 flag = 0;
        if (retired.typeId() != QMetaType::Bool && !(isWholeNumber(retired, &flag) && (flag == 0 || flag == 1)))
            return tr("Whether article %1 is retired must be true or false; “%2” is neither.")
                .arg(name, retired.toString());
    }
    if (change.kind == ChangeKind::Create &&
        change.fields.value(QStringLiteral("text_id")).toString().trimmed().isEmpty())
        return tr("The new article %1 needs its offence text in Bahasa Indonesia (text_id).").arg(name);
    return {};
}

} // namespace lintas
