#pragma once

#include <QList>
#include <QString>

#include "core/change.h"
#include "lintas.pb.h"

namespace lintas::sync {

// A live position of a unit, as the desk and the field gateway handle it (lossy, latest wins).
struct UnitPosition
{
    QUuid unitId;
    QString callsign;
    double latitude = 0;
    double longitude = 0;
    double headingDeg = 0;
    double speedKmh = 0;
    qint64 atMs = 0; // when the receiver fixed it (Unix ms)
    double accuracyM = 0;
};
using UnitPositions = QList<UnitPosition>;

// Conversions between the domain values and the wire messages. fromWire returns false with a message
// naming the field when a record does not make a valid change (bad uuid, unknown entity or kind, bad JSON).
void toWire(const Change &change, wire::ChangeRecord *record);
bool fromWire(const wire::ChangeRecord &record, Change *change, QString *error);

void toWire(const UnitPosition &position, wire::Position *out);
bool fromWire(const wire::Position &position, UnitPosition *out, QString *error);

QString fromStd(const std::string &text);
std::string toStd(const QString &text);

} // namespace lintas::sync

Q_DECLARE_METATYPE(lintas::sync::UnitPosition)
