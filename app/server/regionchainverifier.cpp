#include "regionchainverifier.h"

#include "core/change.h"
#include "sync/chain.h"

namespace lintas::server {

bool RegionChainVerifier::readBody(const QByteArray &body, quint64 *claims, QString *region, QString *opId,
                                   QString *error) const
{
    Change change;
    if (!sync::parseChainBody(body, &change, claims, region, error))
        return false;
    *opId = change.opId.toString(QUuid::WithoutBraces);
    return true;
}

void RegionChainVerifier::settle(Problem problem, quint64 seq, const QString &message)
{
    m_problem = problem;
    m_firstBad = seq;
    m_message = message;
}

bool RegionChainVerifier::add(const StoredLogRow &row)
{
    if (m_problem != Problem::None)
        return false;
    if (m_suspect) {
        search(row);
        return m_problem == Problem::None;
    }
    if (row.seq > m_expected) {
        // A gap in the seq column: removed, unless the entry turns up further on.
        m_suspect = Suspect{};
        m_suspect->position = m_expected;
        m_suspect->nextRow = row.seq;
        search(row);
        return m_problem == Problem::None;
    }
    if (row.seq < m_expected) { // the seq column is the key: only a damaged read repeats a row
        settle(Problem::Altered, row.seq, tr("entry %1 was altered: the log holds it twice").arg(row.seq));
        return false;
    }

    quint64 claims = 0;
    QString region;
    QString opId;
    QString error;
    if (!readBody(row.body, &claims, &region, &opId, &error)) {
        settle(Problem::Altered, row.seq,
               tr("entry %1 was altered: its stored bytes cannot be read (%2)").arg(row.seq).arg(error));
        return false;
    }
    if (region != m_region) {
        settle(Problem::Altered, row.seq,
               tr("entry %1 was altered: it holds the bytes of entry %2 of region %3")
                   .arg(row.seq)
                   .arg(claims)
                   .arg(region));
        return false;
    }
    if (claims != row.seq) {
        // Another entry's bytes: swapped in from a later row (reordered), or its seq was edited (altered), or
        // the rows after a removed one were moved down (removed). The rest of the log tells which.
        m_suspect = Suspect{};
        m_suspect->position = row.seq;
        m_suspect->claims = claims;
        m_suspect->storedHash = row.hash;
        return true;
    }
    if (opId != row.opId) {
        settle(Problem::Altered, row.seq,
               tr("entry %1 was altered: its op id %2 does not match its bytes (%3)").arg(row.seq).arg(row.opId, opId));
        return false;
    }
    if (sync::chainHash(m_previousHash, row.body) != row.hash) {
        settle(Problem::Altered, row.seq, tr("entry %1 was altered: its hash does not match its bytes").arg(row.seq));
        return false;
    }
    m_previousHash = row.hash;
    ++m_expected;
    return true;
}

void RegionChainVerifier::search(const StoredLogRow &row)
{
    Suspect &suspect = *m_suspect;
    quint64 claims = 0;
    QString region;
    QString opId;
    QString error;
    const bool readable = readBody(row.body, &claims, &region, &opId, &error) && region == m_region;

    // The row right after one that held a later entry: if it holds the entry after that one, chained to the
    // misplaced row's hash, the rows were moved down over a removed entry rather than edited.
    if (suspect.claims != 0 && !suspect.followerSeen && row.seq == suspect.position + 1) {
        suspect.followerSeen = true;
        suspect.followerContinues =
            readable && claims == suspect.claims + 1 && sync::chainHash(suspect.storedHash, row.body) == row.hash;
    }
    if (!readable || claims != suspect.position)
        return;

    // The entry that belongs at the suspect's place. Intact when it hashes after the last verified entry: to its
    // own stored hash (the rows were swapped whole) or to the hash left at its place (only the bytes moved).
    const QByteArray expectedHash = sync::chainHash(m_previousHash, row.body);
    if (expectedHash == row.hash || (!suspect.storedHash.isEmpty() && expectedHash == suspect.storedHash)) {
        m_foundAt = row.seq;
        settle(Problem::Reordered, suspect.position,
               tr("entries %1 and %2 are out of order: entry %1 is stored in place of entry %2")
                   .arg(suspect.position)
                   .arg(row.seq));
        return;
    }
    settle(Problem::Altered, suspect.position,
           tr("entry %1 was altered: it is stored in place of entry %2 and its bytes do not match its hash")
               .arg(suspect.position)
               .arg(row.seq));
}

ChainReport RegionChainVerifier::finish(quint64 headSeq, const QByteArray &headHash)
{
    if (m_problem == Problem::None && m_suspect) {
        const Suspect &suspect = *m_suspect;
        const auto removed = [this](quint64 first, quint64 last, const QString &why) {
            const QString what = first == last ? tr("entry %1 was removed").arg(first)
                                               : tr("entries %1 to %2 were removed").arg(first).arg(last);
            settle(Problem::Removed, first, why.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, why));
        };
        if (suspect.nextRow != 0)
            removed(suspect.position, suspect.nextRow - 1, {});
        else if (suspect.claims > suspect.position && suspect.followerContinues)
            removed(suspect.position, suspect.claims - 1, tr("the entries after it were moved down to close the gap"));
        else
            settle(Problem::Altered, suspect.position,
                   tr("entry %1 was altered: its bytes say it is entry %2").arg(suspect.position).arg(suspect.claims));
    }

    ChainReport report;
    report.checked = m_expected - 1;
    if (m_problem == Problem::None) {
        const quint64 last = m_expected - 1;
        if (last < headSeq) {
            const QString what = last + 1 == headSeq ? tr("entry %1 was removed").arg(headSeq)
                                                     : tr("entries %1 to %2 were removed").arg(last + 1).arg(headSeq);
            settle(Problem::Removed, last + 1,
                   tr("%1: the region's head is at %2 but the log ends at %3").arg(what).arg(headSeq).arg(last));
        } else if (last > headSeq) {
            settle(Problem::Altered, headSeq + 1,
                   tr("the region's head is at %1 but the log goes on to %2").arg(headSeq).arg(last));
        } else if (headHash != m_previousHash) {
            settle(Problem::Altered, headSeq, tr("the region's head hash does not match entry %1").arg(headSeq));
        }
    }
    if (m_problem != Problem::None) {
        report.ok = false;
        report.firstBadSeq = m_firstBad;
        report.problem = m_message;
    }
    return report;
}

} // namespace lintas::server
