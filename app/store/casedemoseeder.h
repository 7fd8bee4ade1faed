#pragma once

#include <random>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include "core/change.h"
#include "core/etle.h"

namespace lintas {

class ChangeFactory;
class Store;

// The plate of the demo's stolen car: an active watch-list entry of the demo, and a plate the live simulator's
// ETLE cameras catch now and then (lintas-field), so that every desk of the region raises the watch alert.
inline constexpr char kDemoWatchedPlate[] = "B 4821 KJT";

// A demo incident of type kecelakaan that an accident case can be linked to (demoseeder.cpp passes the ones it
// made): the accident then takes its time, place and victim counts.
struct DemoAccidentIncident
{
    QUuid id;
    QDateTime at;
    QString place;
    double latitude = 0.0;
    double longitude = 0.0;
    QString stationCode;
    int died = 0;
    int seriouslyHurt = 0;
    int slightlyHurt = 0;
};

// The demo's cases, as changes (so they reach the server and every desk like any others): violations in every
// state, ETLE tickets along the whole workflow (some waiting for payment, so a bank settlement file can pay
// them), accidents with victims, an active watch-list entry whose plate turns up in a capture, and a void
// waiting for a supervisor's approval, requested by another officer. Deterministic for a seed.
//
// The changes carry their own times (spread over the 30 days before `now`), ids and actors (the officers, the
// ETLE centre, "dispatcher2", "supervisor1"); the factory gives the site. Accidents are linked to `incidents`
// when given (at most one accident per incident), the rest stand alone. A payment_issued transition carries
// the ticket's fine but no payment code yet: the code follows from the number the store gives the ticket's
// Create, so commit them with commitDemoCases.
ChangeList demoCases(ChangeFactory &factory, const QDateTime &now, quint32 seed = 7,
                     const QList<DemoAccidentIncident> &incidents = {});

// Commits case changes made like demoCases' in batches of `batchSize`: first every Create (the store numbers
// them), then the rest in time order, with each payment_issued transition given the payment code of its
// ticket's number (paymentCodeFor). With leaveOutbox the committed changes leave the outbox at once (the demo's
// history stands for what the region already holds; it reaches a server when the server has not got it). On
// failure nothing after the failing batch is committed and *error names the batch's problem.
bool commitDemoCases(Store &store, const ChangeList &changes, bool leaveOutbox, QString *error, int batchSize = 500);
// The payment codes for the payment_issued transitions without one, from their case's number (caseId → number).
void fillPaymentCodes(ChangeList &changes, const QHash<QUuid, QString> &numbers);

// A bank settlement file (etle.h format) paying about half of the tickets waiting for payment (the codes the
// store numbered, CaseReader::payableTickets), for the demo's supervisor to import. Deterministic for a seed.
QByteArray demoSettlement(const QHash<QString, PayableTicket> &tickets, const QDateTime &now, quint32 seed = 7);

// The picture an ETLE camera "took" for a capture's data (camera, place, time, plate, speed): an SVG evidence
// frame, attached to the demo's captures so the case shows a thumbnail.
QByteArray etleCaptureImage(const QVariantMap &captureData);

// Realistic people, vehicles and plates of Greater Jakarta for demo and benchmark data; the same seed gives the
// same sequence. NIKs pass validateNik, plates validatePlate.
class DemoIdentities
{
public:
    struct Person
    {
        QString name;
        QString nik;
        QString address;
        bool female = false;
        QDate birthDate;
    };
    struct Vehicle
    {
        QString plate; // "B 1234 XYZ"
        QString kind;  // r2, r4, bus, truck
        QString make;
        QString colour;
        QString stnkNumber;
    };

    explicit DemoIdentities(quint64 seed);

    Person person();
    QString nik(bool female, const QDate &birthDate);
    QString plate();
    Vehicle vehicle();
    // The SIM number and the class that fits a vehicle kind.
    QString simNumber();
    static QString simClassFor(const QString &vehicleKind);

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < p; }
    std::mt19937_64 &rng() { return m_rng; }

private:
    QString nikIn(int residence, bool female, const QDate &birthDate);

    std::mt19937_64 m_rng;
};

} // namespace lintas
