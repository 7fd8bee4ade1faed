#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include "core/change.h"

namespace lintas::field {

// One position report of a unit, as a tracker would send it. The gateway turns it into the wire's
// sync::UnitPosition; the simulation core stays free of the network code.
struct UnitFix
{
    QUuid unitId;
    QString callsign;
    double latitude = 0.0;
    double longitude = 0.0;
    double headingDeg = 0.0; // clockwise from north
    double speedKmh = 0.0;
    qint64 atMs = 0;        // Unix ms of the fix
    double accuracyM = 0.0; // 0 when unknown
};
using UnitFixes = QList<UnitFix>;

// Where the simulation puts what it does: changes to commit (each list in one transaction, as a user's
// action would be) and batches of position reports. The gateway commits to its store and sends positions
// through the sync session; tests record both.
class FieldSink
{
public:
    virtual ~FieldSink() = default;
    virtual void commit(const lintas::ChangeList &changes) = 0;
    virtual void positions(const lintas::field::UnitFixes &fixes) = 0;
};

} // namespace lintas::field

Q_DECLARE_METATYPE(lintas::field::UnitFix)
