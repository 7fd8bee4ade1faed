#pragma once

#include <QUuid>
#include <QtGlobal>

namespace lintas {

// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Ids made later sort later, which
// keeps SQLite's primary-key b-trees append-mostly. Within one millisecond the 12-bit rand_a field is
// a counter (the RFC's "method 1"), so ids from one process are strictly increasing.
QUuid newUuidV7();
QUuid uuidV7At(qint64 unixMs); // for deterministic seeding and tests
qint64 uuidV7Millis(const QUuid &id);

} // namespace lintas
