#pragma once

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "core/articles.h"
#include "core/auditchain.h"
#include "core/casefold.h"
#include "core/cases.h"
#include "core/etle.h"

namespace lintas {

// What the case list asks for. Text is matched as word prefixes over number, names, NIK, plates, articles
// and narratives; a plate is matched whatever its spacing or case ("b1234xyz" finds "B 1234 XYZ"), and when
// nothing matches a plate-shaped text exactly, plates one typing slip away are offered (plateTypoVariants).
struct CaseQuery
{
    QString text;
    QList<CaseKind> kinds;   // empty: every kind
    QList<CaseState> states; // empty: every state
    QString officerNrp;
    QString stationCode;     // the station and every station below it
    QDate from;              // occurred on or after (WIB); invalid: open
    QDate to;                // occurred on or before (WIB)
    bool voidPendingOnly = false;
    int limit = 200;

    QVariantMap toMap() const; // for saved searches
    static CaseQuery fromMap(const QVariantMap &map);
};

struct CaseSearchResult
{
    QList<CaseSummary> cases; // newest occurrence first
    bool nearMatches = false; // no exact hit: these are the plates one slip away
    QStringList matchedPlates; // the plate keys that matched when nearMatches
};

// A watch-listed plate seen in a new capture, violation or incident (Store::watchHit).
struct WatchHit
{
    QString plate;          // formatted "B 1234 XYZ"
    QUuid watchCaseId;
    QString watchNumber;
    QString sourceEntity;   // "case" or "incident"
    QUuid sourceId;
    QString sourceNumber;
    QString sourceKind;     // "etle", "violation", "accident" or "incident"
    QString place;
    QDateTime at;
};

// A supervisor's sign-off of a report (Store::recordReportSignOff): the SHA-256 of exactly the bytes signed.
struct ReportSignOff
{
    QString reportId; // "PMJ/2026-11-27", "JAKPUS/2026-11-27", "PMJ/ops/ketupat-2026"
    QByteArray sha256; // 32 bytes, of the PDF file as written
    QString language;  // "id" or "en"
    QString fileName;  // the file's name as written (no folder)
    QString actor;     // the supervisor
    qint64 atMs = 0;   // UTC; 0: now
};

// A void waiting for its second approver, for the supervisors' queue.
struct PendingVoid
{
    CaseSummary summary;
    VoidRequest request;
};

// Read-only access to cases on a connection of its own, like StoreReader: make one per thread.
class CaseReader
{
public:
    explicit CaseReader(const QString &storePath);
    ~CaseReader();
    CaseReader(const CaseReader &) = delete;
    CaseReader &operator=(const CaseReader &) = delete;

    bool isOpen() const;
    QString errorString() const;

    CaseSearchResult search(const CaseQuery &query) const;
    // The whole case, folded from its changes.
    std::optional<CaseFile> caseFile(const QUuid &id) const;
    std::optional<CaseSummary> caseByNumber(const QString &number) const;
    int caseCount() const;

    // Every ETLE ticket with a payment code, by code (for matchSettlement).
    QHash<QString, PayableTicket> payableTickets() const;
    // Voids waiting for a decision, oldest first, within a station's subtree (empty: all).
    QList<PendingVoid> pendingVoids(const QString &scope = {}) const;
    // The bytes of an attachment (content-addressed); empty when this desk does not hold them.
    QByteArray attachment(const QString &sha256) const;
    // Active watch-list entries (watch cases submitted and not closed).
    QList<CaseSummary> watchList() const;

    // The shipped catalogue overlaid by the store's article records; every version of one article.
    ArticleCatalogue articleCatalogue() const;
    QList<Article> articleHistory(const QString &code) const; // oldest first

    // The desk's own hash-chained audit trail.
    QList<AuditEntry> auditEntries(qint64 afterSeq, int limit) const;
    qint64 auditCount() const;
    // Reads the whole chain in stored order; progress(done, total) may be called every few thousand entries.
    AuditVerdict verifyAuditTrail() const;
    // The "report_signed" entries of the trail whose SHA-256 is `sha256` (32 bytes), oldest first: who signed
    // which report with exactly these bytes, and when.
    QList<AuditEntry> reportSignOffs(const QByteArray &sha256) const;

private:
    QString m_connectionName;
};

} // namespace lintas

Q_DECLARE_METATYPE(lintas::WatchHit)
