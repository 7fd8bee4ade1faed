#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "serverstore.h"

namespace lintas::server {

// One row of a region's log as the database holds it, read in the order of its seq column.
struct StoredLogRow
{
    quint64 seq = 0; // the seq column: where the row sits
    QString opId;    // the op_id column
    QByteArray body; // chainBody(change, n, region): names the entry n it was written as
    QByteArray hash; // chainHash(hash of entry n-1, body)
};

// Names the first entry of a region's log that was altered, removed or reordered (`lintas-server audit
// verify`, backup checks). The rows stream through in seq order; the chain's format (sync/chain.h) is not
// touched. Every entry knows which entry it is (the seq inside its body) and is bound to the one before by
// its hash, so the first row that does not hold the expected entry can be told apart:
//
//   altered    the row holds entry n, but its bytes do not hash to its stored hash after entry n-1 (or they
//              cannot be read, or the op_id column disagrees), or it claims to be an entry found nowhere else
//   removed    no row holds entry n and none ever does: a gap in the seq column, the head beyond the last
//              row, or later rows moved down to close the gap
//   reordered  entry n, intact (it hashes after entry n-1), turns up in a later row m: "entries n and m are
//              out of order"
//
// Once the first row out of place is seen, the rest of the log is searched for the entry that belongs there
// (only that entry is kept, so memory stays flat however long the log).
class RegionChainVerifier
{
    Q_DECLARE_TR_FUNCTIONS(RegionChainVerifier)

public:
    explicit RegionChainVerifier(QString region) : m_region(std::move(region)) {}

    // The next row in seq order. False once the verdict is settled and further rows would change nothing.
    bool add(const StoredLogRow &row);
    // The verdict, given the region's head (region_head.seq and .hash).
    ChainReport finish(quint64 headSeq, const QByteArray &headHash);

    // The fault itself, for callers that word their own message: which entry and how.
    enum class Problem
    {
        None,
        Altered,
        Removed,
        Reordered
    };
    Problem problem() const { return m_problem; }

private:
    // What the first row out of place looked like, while the rest of the log is searched.
    struct Suspect
    {
        quint64 position = 0;  // the seq where the expected entry should have been
        quint64 nextRow = 0;   // a gap: the seq of the first row after it; 0 when the row was there
        quint64 claims = 0;    // the row was there but held this entry instead
        QByteArray storedHash; // that row's stored hash
        bool followerSeen = false;
        bool followerContinues = false; // the row after it holds entry claims+1, chained to that stored hash
    };

    void settle(Problem problem, quint64 seq, const QString &message);
    void search(const StoredLogRow &row);
    bool readBody(const QByteArray &body, quint64 *claims, QString *region, QString *opId, QString *error) const;

    QString m_region;
    quint64 m_expected = 1;    // the entry the next row should hold
    QByteArray m_previousHash; // entry m_expected-1's hash, verified
    std::optional<Suspect> m_suspect;
    Problem m_problem = Problem::None;
    quint64 m_firstBad = 0;
    QString m_message;
    quint64 m_foundAt = 0; // reordered: the row where the expected entry turned up
};

} // namespace lintas::server
