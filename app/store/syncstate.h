#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/change.h"

namespace lintas {

// Where the store stands with its server (kept in the meta table; changed only together with the
// changes it describes, in one transaction).
struct SyncCursor
{
    quint64 cursor = 0;      // last server_seq applied
    QString epoch;           // the server epoch the cursor belongs to ("" before the first WELCOME)
    QByteArray lastHash;     // hash of entry `cursor`, to verify the next pulled entry against
    qint64 lastSyncMs = 0;   // when the desk was last in step with the server
};

// One of this site's changes, with its local sequence (the change log's row order) for the server's
// high-water mark.
struct OutgoingChange
{
    Change change;
    quint64 localSeq = 0;
};

// A local change the server refused: out of the outbox and out of the tables' state, kept with the reason
// for the "Needs attention" list.
struct QuarantinedChange
{
    Change change;
    quint64 localSeq = 0;
    QString code;   // the server's reason code: "forbidden_role", "out_of_scope", …
    QString reason; // the server's sentence
    qint64 atMs = 0;
};

} // namespace lintas

Q_DECLARE_METATYPE(lintas::QuarantinedChange)
