#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace lintas {

// A desk's own audit trail: every change the desk commits and every opening of a case record, hash-chained:
//   body_n = auditBody(entry_n)              (canonical compact JSON, keys in a fixed order)
//   hash_n = SHA-256(hash_{n-1} ‖ body_n)    (hash_0 = empty)
struct AuditEntry
{
    qint64 seq = 0;   // 1, 2, … without gaps
    qint64 atMs = 0;  // UTC milliseconds
    QString actor;    // the user
    QString siteId;   // the desk
    QString action;   // "create", "set", "transition", "revise", "view", "void_request", … (the change kind)
    QString entity;   // "case", "incident", …
    QString entityId;
    QString detail;   // the case or incident number and a short summary
};

QByteArray auditBody(const AuditEntry &entry);
bool parseAuditBody(const QByteArray &body, AuditEntry *entry);
QByteArray auditHash(const QByteArray &previousHash, const QByteArray &body);

// A stored entry as read back, in stored order (rowid order).
struct StoredAuditEntry
{
    qint64 seq = 0;   // the seq column
    QByteArray body;
    QByteArray hash;
};

struct AuditVerdict
{
    enum class Problem { None, Altered, Removed, Reordered };
    Problem problem = Problem::None;
    qint64 entries = 0; // entries read
    qint64 seq = 0;     // the first entry at fault (the missing one when removed)
    QString message;    // translated (context "AuditChain"): "Entry 41 was altered: its hash does not match."

    bool ok() const { return problem == Problem::None; }
};

// Streams the entries in stored order and names the first one at fault:
//   Removed    a seq is missing and never appears; with the head expected, also a missing tail (the entries
//              after the last one read, up to the head's seq)
//   Reordered  a seq appears after a later one (two entries swapped)
//   Altered    the body does not hash to its stored hash along the chain, or the seq inside the body differs
//              from the seq column (the body names the entry: a seq column changed over an intact body is the
//              entry the body names, altered, not a removal); with the head expected, also a last entry whose
//              hash is not the head's, or an entry after the head
class AuditChainVerifier
{
public:
    // The head the store keeps apart from the entries (its meta table), written in the same transaction as each
    // entry: the seq and hash of the last entry. Without it the chain cannot tell a removed tail from a trail
    // that simply ends there. May be called before or after the entries are added; lastSeq 0 is an empty trail.
    void expectHead(qint64 lastSeq, const QByteArray &lastHash);
    void add(const StoredAuditEntry &entry);
    AuditVerdict finish();

private:
    void fault(AuditVerdict::Problem problem, qint64 seq, const QString &message);

    QByteArray m_previousHash;
    qint64 m_previousSeq = 0; // the seq of the entry read before: a link is checked only to its predecessor
    qint64 m_expected = 1;    // one past the highest seq read
    QByteArray m_highestHash; // the stored hash of the highest seq read
    qint64 m_entries = 0;
    QSet<qint64> m_skipped; // seqs jumped over, waiting to be seen (reordered) or not (removed)
    AuditVerdict m_first;   // the first fault found so far
    bool m_hasHead = false;
    qint64 m_headSeq = 0;
    QByteArray m_headHash;
};

} // namespace lintas
