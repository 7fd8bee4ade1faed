#pragma once

#include <cmath>

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace lintas {

enum class UnitKind { R2Patrol, R4Patrol, HighwayPatrol, TowTruck, Ambulance };

// The APCO-style status set the unit board shows.
enum class UnitStatus { Available, OnPatrol, Dispatched, EnRoute, OnScene, Busy, OutOfService };

QString toString(UnitKind kind);     // "r2", "r4", "pjr", "tow", "ambulance"
QString toString(UnitStatus status); // "available", "on_patrol", …
UnitKind unitKindFromString(const QString &text, bool *ok = nullptr);
UnitStatus unitStatusFromString(const QString &text, bool *ok = nullptr);
QList<UnitStatus> allUnitStatuses();
QList<UnitKind> allUnitKinds();

struct Unit
{
    QUuid id;
    QString callsign; // "JAKPUS-R2-03"
    UnitKind kind = UnitKind::R4Patrol;
    QString stationCode;
    UnitStatus status = UnitStatus::Available;
    QStringList crew; // officer NRPs
    QUuid incidentId; // the incident it is working, if any

    double latitude = std::nan("");
    double longitude = std::nan("");
    double headingDeg = 0;
    double speedKmh = 0;
    QDateTime positionAt;
    QDateTime statusSince;

    bool hasPosition() const { return !std::isnan(latitude) && !std::isnan(longitude); }
};

const QStringList &unitPlainFields();

} // namespace lintas

Q_DECLARE_METATYPE(lintas::Unit)
