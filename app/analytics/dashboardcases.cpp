// The dashboard's case figures: accidents and their victims per day, the articles charged, and the ETLE funnel.
// Cases are read by rowid range (the occurrence time), and only the JSON fields a figure needs are extracted, in
// SQL, so that no case's data is parsed whole.

#include "dashboardreads.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/cases.h"

namespace lintas::analytics {
namespace {

QString stateList(std::initializer_list<CaseState> states)
{
    QStringList quoted;
    for (const CaseState state : states)
        quoted << QStringLiteral("'%1'").arg(toString(state));
    return quoted.join(QStringLiteral(", "));
}

// Adds the victims of one accident (data.victims, as JSON text) to the day's counts by condition.
void addVictims(const QByteArray &victimsJson, DayAccidents *day)
{
    if (victimsJson.isEmpty())
        return;
    const QJsonArray victims = QJsonDocument::fromJson(victimsJson).array();
    for (const QJsonValue &victim : victims) {
        const QString condition = victim.toObject().value(QLatin1String("condition")).toString().trimmed().toLower();
        if (condition == QLatin1String("md"))
            ++day->md;
        else if (condition == QLatin1String("lb"))
            ++day->lb;
        else if (condition == QLatin1String("lr"))
            ++day->lr;
    }
}

} // namespace

QString DashboardReads::casePeriod(qint64 fromMs, qint64 toMs, QVariantList *binds)
{
    binds->append({DashboardPeriod::caseRowidFloor(fromMs), DashboardPeriod::caseRowidCeil(toMs), fromMs, toMs});
    return QStringLiteral("c.rowid >= ? AND c.rowid < ? AND c.occurred_at >= ? AND c.occurred_at < ?");
}

// The kind is written "+c.kind" where the state is no equality: on "kind = ?" alone SQLite would walk
// cases_kind_state through every case of the kind, of every year, rather than the period's rowid range.

QString DashboardReads::violationCondition()
{
    // A draft was never issued, a voided ticket was withdrawn, and a rejected capture showed no offence.
    return QStringLiteral("+c.kind IN ('%1', '%2') AND c.state NOT IN (%3)")
        .arg(toString(CaseKind::Violation), toString(CaseKind::Etle),
             stateList({CaseState::Draft, CaseState::Voided, CaseState::Rejected}));
}

QString DashboardReads::accidentCondition()
{
    // Equalities on both columns of cases_kind_state leave the rowid range to the index.
    return QStringLiteral("c.kind = '%1' AND c.state IN (%2)")
        .arg(toString(CaseKind::Accident), stateList({CaseState::Submitted, CaseState::Closed}));
}

QString DashboardReads::etleCondition()
{
    return QStringLiteral("+c.kind = '%1'").arg(toString(CaseKind::Etle));
}

const QStringList &DashboardReads::etleStages()
{
    static const QStringList stages{QStringLiteral("captured"),    QStringLiteral("verified"),
                                    QStringLiteral("notice_sent"), QStringLiteral("payment_issued"),
                                    QStringLiteral("paid"),        QStringLiteral("rejected")};
    return stages;
}

QString DashboardReads::etleStageCondition(const QString &stage)
{
    // The table holds a ticket's state now; how far a voided or blocked ticket had come shows in what its steps
    // recorded: the notice sets notice_sent_at, the payment a payment code. Only a submitted (verified) ticket can
    // be voided, so every state but captured and rejected is past verification.
    if (stage == QLatin1String("captured"))
        return QStringLiteral("1");
    if (stage == QLatin1String("verified"))
        return QStringLiteral("(c.state NOT IN (%1))").arg(stateList({CaseState::Captured, CaseState::Rejected}));
    if (stage == QLatin1String("notice_sent"))
        return QStringLiteral("(c.state IN (%1) OR (c.state = '%2' AND json_extract(c.data, '$.%3') IS NOT NULL))")
            .arg(stateList({CaseState::NoticeSent, CaseState::Confirmed, CaseState::Transferred,
                            CaseState::PaymentIssued, CaseState::Paid, CaseState::StnkBlocked}),
                 toString(CaseState::Voided), QLatin1String(casefield::kNoticeSentAt));
    if (stage == QLatin1String("payment_issued"))
        return QStringLiteral("(c.state IN (%1) OR (c.state IN (%2) AND coalesce(c.payment_code, '') <> ''))")
            .arg(stateList({CaseState::PaymentIssued, CaseState::Paid}),
                 stateList({CaseState::StnkBlocked, CaseState::Voided}));
    if (stage == QLatin1String("paid"))
        return QStringLiteral("(c.state = '%1')").arg(toString(CaseState::Paid));
    if (stage == QLatin1String("rejected"))
        return QStringLiteral("(c.state = '%1')").arg(toString(CaseState::Rejected));
    return {};
}

QList<DayAccidents> DashboardReads::accidents30Days() const
{
    constexpr int kDays = 30;
    const QDate first = m_window.today.addDays(-(kDays - 1));
    QList<DayAccidents> days;
    for (int i = 0; i < kDays; ++i) {
        DayAccidents day;
        day.day = first.addDays(i);
        days.append(day);
    }
    QVariantList binds;
    const QString period = casePeriod(DashboardPeriod::wibDayStartMs(first),
                                      DashboardPeriod::wibDayStartMs(m_window.today.addDays(1)), &binds);
    const QString scope = m_scope.condition(QStringLiteral("c.station_code"), &binds);
    // json_extract hands over the victims alone: one parse of the case's data in SQL, a small one here.
    QSqlQuery query = run(QStringLiteral("SELECT c.occurred_at, json_extract(c.data, '$.%1') FROM cases c "
                                         "WHERE %2 AND %3 AND %4")
                              .arg(QLatin1String(casefield::kVictims), accidentCondition(), period, scope),
                          binds);
    while (query.next()) {
        const qint64 index = first.daysTo(DashboardPeriod::wibDate(query.value(0).toLongLong()));
        if (index < 0 || index >= kDays)
            continue;
        DayAccidents &day = days[index];
        ++day.accidents;
        addVictims(query.value(1).toByteArray(), &day);
    }
    return days;
}

QList<LabelledCount> DashboardReads::violationsByArticle() const
{
    QVariantList binds;
    const QString period = casePeriod(m_window.fromMs, m_window.toMs, &binds);
    const QString scope = m_scope.condition(QStringLiteral("c.station_code"), &binds);
    QSqlQuery query = run(QStringLiteral("SELECT a.value, count(DISTINCT c.rowid) FROM cases c, "
                                         "json_each(c.data, '$.%1') a WHERE %2 AND %3 AND %4 GROUP BY a.value")
                              .arg(QLatin1String(casefield::kArticles), period, violationCondition(), scope),
                          binds);
    QList<LabelledCount> articles;
    while (query.next())
        articles.append({query.value(0).toString(), query.value(1).toInt()});
    sortMostFirst(&articles);
    return articles;
}

EtleFunnel DashboardReads::etleFunnel() const
{
    QVariantList binds;
    const QString period = casePeriod(m_window.fromMs, m_window.toMs, &binds);
    const QString scope = m_scope.condition(QStringLiteral("c.station_code"), &binds);
    QStringList sums;
    for (const QString &stage : etleStages())
        sums << QStringLiteral("coalesce(sum(%1), 0)").arg(etleStageCondition(stage));
    QSqlQuery query = run(QStringLiteral("SELECT %1 FROM cases c WHERE %2 AND %3 AND %4")
                              .arg(sums.join(QStringLiteral(", ")), etleCondition(), period, scope),
                          binds);
    EtleFunnel funnel;
    if (query.next()) {
        funnel.captured = query.value(0).toInt();
        funnel.verified = query.value(1).toInt();
        funnel.noticeSent = query.value(2).toInt();
        funnel.paymentIssued = query.value(3).toInt();
        funnel.paid = query.value(4).toInt();
        funnel.rejected = query.value(5).toInt();
    }
    return funnel;
}

} // namespace lintas::analytics
