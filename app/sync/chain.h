#pragma once

#include <QByteArray>
#include <QString>

#include "core/change.h"

namespace lintas::sync {

// The region log's hash chain (DESIGN.md section 5): entry n stores
//   body_n = chainBody(change_n, n, region)      (the stored bytes)
//   hash_n = SHA-256(hash_{n-1} ‖ body_n)         (hash_0 = empty)
// The body is canonical — compact JSON with the keys in a fixed order — so a server, a desk and the
// `audit verify` command compute the same bytes for the same entry, whatever protobuf or Qt version.
QByteArray chainBody(const Change &change, quint64 serverSeq, const QString &region);
QByteArray chainHash(const QByteArray &previousHash, const QByteArray &body);

// Reads a stored body back (for `audit verify`, which checks that the seq inside matches the row).
bool parseChainBody(const QByteArray &body, Change *change, quint64 *serverSeq, QString *region, QString *error);

} // namespace lintas::sync
