#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariantMap>

#include "articles.h"
#include "casefold.h"
#include "cases.h"
#include "change.h"
#include "changefactory.h"
#include "etle.h"

namespace lintas {

// The largest attachment a case takes (the change carries the bytes through sync, under the 4 MiB frame).
inline constexpr qint64 kMaxAttachmentBytes = 2 * 1024 * 1024;

// Turns a user's action on a case into its changes (entity Case or Article), like ChangeFactory does for
// incidents. It checks nothing against the store (the store checks every local change with wouldApply).
class CaseFactory
{
public:
    explicit CaseFactory(ChangeFactory *changes) : m_changes(changes) {}

    // Create: kind, station_code and the data; the store fills "number".
    Change createCase(CaseKind kind, const QString &stationCode, const QVariantMap &data, QUuid *newId = nullptr);
    // Set of plain data fields on an editable case.
    Change editCase(const CaseRecord &record, const QVariantMap &fields);
    // The articles charged: "articles" (codes), "charged" (the catalogue's snapshots) and "fine" (the sum);
    // as a Set while editable, as part of a Revise (with its reason) afterwards.
    QVariantMap chargeFields(const QStringList &codes, const ArticleCatalogue &catalogue) const;
    // Transition from the record's state, with the step's data fields and an optional reason.
    Change moveCase(const CaseRecord &record, CaseState to, const QVariantMap &fields = {},
                    const QString &reason = {});
    // Draft → submitted (violation, accident, watch) or captured → verified (etle).
    Change submitCase(const CaseRecord &record);
    // ETLE steps with their data: payment issued carries payment_code (paymentCodeFor, empty when the number is
    // not an ETLE number) and fine (the sum of the articles as charged, totalChargedFine).
    Change issuePayment(const CaseRecord &record);
    // Revise: a correction after submission, with its reason and the changed fields.
    Change reviseCase(const CaseRecord &record, const QVariantMap &fields, const QString &reason);
    Change addNote(const QUuid &caseId, const QString &text);
    // Attach: sha256 (hex), name, mime, size and content (base64). The caller checks kMaxAttachmentBytes.
    Change attach(const QUuid &caseId, const QString &name, const QString &mime, const QByteArray &bytes);
    Change requestVoid(const QUuid &caseId, const QString &reason);
    Change decideVoid(const QUuid &caseId, const QUuid &requestOp, bool approve, const QString &reason);
    // Someone opened the case record.
    Change viewed(const QUuid &caseId);
    // The payments of a clean settlement report: a transition to paid per ticket (paid_at, paid_amount,
    // bank_ref), one batch.
    ChangeList settle(const SettlementReport &report);
    // An article of the catalogue added, edited or retired (entity Article, id articleId(code)): a Create the
    // first time the store holds it, a Set after.
    Change setArticle(const Article &article, bool firstTime);

private:
    ChangeFactory *m_changes;
};

} // namespace lintas
