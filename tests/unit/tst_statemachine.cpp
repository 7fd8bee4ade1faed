#include <QTest>

#include "core/statemachine.h"

using namespace lintas;

Q_DECLARE_METATYPE(lintas::IncidentStatus)
Q_DECLARE_METATYPE(lintas::UnitStatus)

class TestStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incidentMoves_data();
    void incidentMoves();
    void incidentLegalMovesMatchIsLegal();
    void closedIsFinal();
    void unitMoves_data();
    void unitMoves();
    void unitLegalMovesMatchIsLegal();
    void incidentBoundStatuses();
};

namespace {

using IS = IncidentStatus;
using US = UnitStatus;

// The legal incident moves, written out from the design (statemachine.h): the happy path, recall of every
// unit (back to reported), a unit going on scene directly, reopening a cleared incident, and closing a false
// or duplicate report. Everything else is illegal.
const QList<QPair<IS, IS>> &legalIncidentMoves()
{
    static const QList<QPair<IS, IS>> moves{
        {IS::Reported, IS::Dispatched}, {IS::Reported, IS::Closed},     {IS::Dispatched, IS::EnRoute},
        {IS::Dispatched, IS::OnScene},  {IS::Dispatched, IS::Reported}, {IS::EnRoute, IS::OnScene},
        {IS::EnRoute, IS::Reported},    {IS::OnScene, IS::Cleared},     {IS::Cleared, IS::Closed},
        {IS::Cleared, IS::OnScene},
    };
    return moves;
}

const QList<QPair<US, US>> &legalUnitMoves()
{
    static const QList<QPair<US, US>> moves{
        // free statuses: between each other, to work, to a break, out of service
        {US::Available, US::OnPatrol},
        {US::Available, US::Dispatched},
        {US::Available, US::Busy},
        {US::Available, US::OutOfService},
        {US::OnPatrol, US::Available},
        {US::OnPatrol, US::Dispatched},
        {US::OnPatrol, US::Busy},
        {US::OnPatrol, US::OutOfService},
        // the work order, or stood down back to free
        {US::Dispatched, US::EnRoute},
        {US::Dispatched, US::OnScene},
        {US::Dispatched, US::Available},
        {US::Dispatched, US::OnPatrol},
        {US::EnRoute, US::OnScene},
        {US::EnRoute, US::Available},
        {US::EnRoute, US::OnPatrol},
        {US::OnScene, US::Available},
        {US::OnScene, US::OnPatrol},
        {US::OnScene, US::Busy},
        // busy (paperwork, refuelling) and out of service
        {US::Busy, US::Available},
        {US::Busy, US::OnPatrol},
        {US::Busy, US::OutOfService},
        {US::OutOfService, US::Available},
    };
    return moves;
}

// Status lists compared by their stored names, which also makes a failure readable.
QStringList names(const QList<US> &statuses)
{
    QStringList result;
    for (US status : statuses)
        result.append(toString(status));
    result.sort();
    return result;
}

} // namespace

void TestStateMachine::incidentMoves_data()
{
    QTest::addColumn<IncidentStatus>("from");
    QTest::addColumn<IncidentStatus>("to");
    QTest::addColumn<bool>("legal");
    // Every pair, so a move added or lost by mistake fails here.
    for (IS from : allIncidentStatuses())
        for (IS to : allIncidentStatuses())
            QTest::addRow("%s -> %s", qPrintable(toString(from)), qPrintable(toString(to)))
                << from << to << legalIncidentMoves().contains({from, to});
}

void TestStateMachine::incidentMoves()
{
    QFETCH(IncidentStatus, from);
    QFETCH(IncidentStatus, to);
    QFETCH(bool, legal);
    QCOMPARE(isLegalMove(from, to), legal);
}

void TestStateMachine::incidentLegalMovesMatchIsLegal()
{
    QCOMPARE(allIncidentStatuses().size(), 6);
    for (IS from : allIncidentStatuses()) {
        const QList<IS> moves = legalMoves(from);
        for (IS to : allIncidentStatuses())
            QCOMPARE(moves.contains(to), isLegalMove(from, to));
        QVERIFY(!moves.contains(from)); // no move to itself
    }
}

void TestStateMachine::closedIsFinal()
{
    QVERIFY(legalMoves(IS::Closed).isEmpty());
}

void TestStateMachine::unitMoves_data()
{
    QTest::addColumn<UnitStatus>("from");
    QTest::addColumn<UnitStatus>("to");
    QTest::addColumn<bool>("legal");
    for (US from : allUnitStatuses())
        for (US to : allUnitStatuses())
            QTest::addRow("%s -> %s", qPrintable(toString(from)), qPrintable(toString(to)))
                << from << to << legalUnitMoves().contains({from, to});
}

void TestStateMachine::unitMoves()
{
    QFETCH(UnitStatus, from);
    QFETCH(UnitStatus, to);
    QFETCH(bool, legal);
    QCOMPARE(isLegalMove(from, to), legal);
}

void TestStateMachine::unitLegalMovesMatchIsLegal()
{
    QCOMPARE(allUnitStatuses().size(), 7);
    for (US from : allUnitStatuses()) {
        const QList<US> moves = legalMoves(from);
        for (US to : allUnitStatuses())
            QCOMPARE(moves.contains(to), isLegalMove(from, to));
        QVERIFY(!moves.contains(from));
    }
    // Out of service returns only through available.
    QCOMPARE(names(legalMoves(US::OutOfService)), names({US::Available}));
}

void TestStateMachine::incidentBoundStatuses()
{
    QList<US> bound, free;
    for (US status : allUnitStatuses()) {
        if (needsIncident(status))
            bound.append(status);
        if (isFree(status))
            free.append(status);
    }
    QCOMPARE(names(bound), names({US::Dispatched, US::EnRoute, US::OnScene}));
    QCOMPARE(names(free), names({US::Available, US::OnPatrol}));
    // A unit reaches an incident-bound status only through dispatch: no free status jumps to en route or on scene.
    for (US from : std::as_const(free)) {
        QVERIFY(!isLegalMove(from, US::EnRoute));
        QVERIFY(!isLegalMove(from, US::OnScene));
    }
}

QTEST_GUILESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
