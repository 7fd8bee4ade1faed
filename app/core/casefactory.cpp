#include "casefactory.h"

#include <QCryptographicHash>

#include "uuidv7.h"

namespace lintas {
namespace {

// Dates in case data carry their offset; the desks work in Jakarta time (WIB, UTC+7, no daylight saving).
constexpr int kWibOffsetSeconds = 7 * 3600;

QString isoWib(const QDateTime &at)
{
    return at.toOffsetFromUtc(kWibOffsetSeconds).toString(Qt::ISODate);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariantList toVariantList(const QStringList &list)
{
    QVariantList values;
    values.reserve(list.size());
    for (const QString &item : list)
        values.append(item);
    return values;
}

} // namespace

Change CaseFactory::createCase(CaseKind kind, const QString &stationCode, const QVariantMap &data, QUuid *newId)
{
    const QUuid id = newUuidV7();
    if (newId)
        *newId = id;
    QVariantMap fields = data;
    fields.insert(QStringLiteral("kind"), toString(kind));
    fields.insert(QLatin1String(casefield::kStation), stationCode);
    return m_changes->make(EntityKind::Case, id, ChangeKind::Create, fields);
}

Change CaseFactory::editCase(const CaseRecord &record, const QVariantMap &fields)
{
    return m_changes->make(EntityKind::Case, record.id, ChangeKind::Set, fields);
}

QVariantMap CaseFactory::chargeFields(const QStringList &codes, const ArticleCatalogue &catalogue) const
{
    QVariantList charged;
    for (const QString &code : codes)
        if (const auto article = catalogue.charge(code))
            charged.append(article->toMap());
    return {
        {QLatin1String(casefield::kArticles), toVariantList(codes)},
        {QLatin1String(casefield::kCharged), charged},
        {QLatin1String(casefield::kFine), catalogue.totalFine(codes)},
    };
}

Change CaseFactory::moveCase(const CaseRecord &record, CaseState to, const QVariantMap &fields, const QString &reason)
{
    QVariantMap step = fields;
    step.insert(QStringLiteral("from"), toString(record.state));
    step.insert(QStringLiteral("to"), toString(to));
    if (!reason.trimmed().isEmpty())
        step.insert(QLatin1String(casefield::kReason), reason.trimmed());
    // A rejected capture keeps its reason in its data, where lists and prints find it.
    const QLatin1String rejectedReason(casefield::kRejectedReason);
    if (to == CaseState::Rejected && !reason.trimmed().isEmpty() && !step.contains(rejectedReason))
        step.insert(rejectedReason, reason.trimmed());
    Change change = m_changes->make(EntityKind::Case, record.id, ChangeKind::Transition, step);
    // The confirmation deadline counts from the notice; unless the caller recorded when it went out, now.
    const QLatin1String noticeSentAt(casefield::kNoticeSentAt);
    if (to == CaseState::NoticeSent && !change.fields.contains(noticeSentAt))
        change.fields.insert(noticeSentAt, isoWib(QDateTime::fromMSecsSinceEpoch(change.hlc.ms(), Qt::UTC)));
    return change;
}

Change CaseFactory::submitCase(const CaseRecord &record)
{
    return moveCase(record, record.kind == CaseKind::Etle ? CaseState::Verified : CaseState::Submitted);
}

Change CaseFactory::issuePayment(const CaseRecord &record)
{
    // The fine at issue time is what the articles as charged add up to; the code follows from the ticket's number
    // (empty for a number that is not an ETLE number, which foldCase then refuses).
    return moveCase(
        record, CaseState::PaymentIssued,
        {
            {QLatin1String(casefield::kPaymentCode), paymentCodeFor(record.number)},
            {QLatin1String(casefield::kFine), totalChargedFine(record.data.value(QLatin1String(casefield::kCharged)))},
        });
}

Change CaseFactory::reviseCase(const CaseRecord &record, const QVariantMap &fields, const QString &reason)
{
    QVariantMap revision = fields;
    revision.insert(QLatin1String(casefield::kReason), reason.trimmed());
    return m_changes->make(EntityKind::Case, record.id, ChangeKind::Revise, revision);
}

Change CaseFactory::addNote(const QUuid &caseId, const QString &text)
{
    return m_changes->make(EntityKind::Case, caseId, ChangeKind::Note, {{QStringLiteral("text"), text}});
}

Change CaseFactory::attach(const QUuid &caseId, const QString &name, const QString &mime, const QByteArray &bytes)
{
    return m_changes->make(
        EntityKind::Case, caseId, ChangeKind::Attach,
        {
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("name"), name},
            {QStringLiteral("mime"), mime},
            {QStringLiteral("size"), qint64(bytes.size())},
            {QStringLiteral("content"), QString::fromLatin1(bytes.toBase64())},
        });
}

Change CaseFactory::requestVoid(const QUuid &caseId, const QString &reason)
{
    return m_changes->make(EntityKind::Case, caseId, ChangeKind::VoidRequest,
                           {{QLatin1String(casefield::kReason), reason.trimmed()}});
}

Change CaseFactory::decideVoid(const QUuid &caseId, const QUuid &requestOp, bool approve, const QString &reason)
{
    return m_changes->make(EntityKind::Case, caseId, ChangeKind::VoidDecision,
                           {
                               {QStringLiteral("request_op"), idText(requestOp)},
                               {QStringLiteral("approve"), approve},
                               {QLatin1String(casefield::kReason), reason.trimmed()},
                           });
}

Change CaseFactory::viewed(const QUuid &caseId)
{
    return m_changes->make(EntityKind::Case, caseId, ChangeKind::View, {});
}

ChangeList CaseFactory::settle(const SettlementReport &report)
{
    // Nothing half-imported: a report with any problem pays no ticket.
    if (!report.isClean())
        return {};
    ChangeList changes;
    changes.reserve(report.matches.size());
    for (const SettlementMatch &match : report.matches) {
        changes.append(m_changes->make(EntityKind::Case, match.ticket.caseId, ChangeKind::Transition,
                                       {
                                           {QStringLiteral("from"), toString(match.ticket.state)},
                                           {QStringLiteral("to"), toString(CaseState::Paid)},
                                           {QLatin1String(casefield::kPaidAt), isoWib(match.row.paidAt)},
                                           {QLatin1String(casefield::kPaidAmount), match.row.amount},
                                           {QLatin1String(casefield::kBankRef), match.row.bankRef},
                                       }));
    }
    return changes;
}

Change CaseFactory::setArticle(const Article &article, bool firstTime)
{
    return m_changes->make(EntityKind::Article, articleId(article.code),
                           firstTime ? ChangeKind::Create : ChangeKind::Set, article.toFields());
}

} // namespace lintas
