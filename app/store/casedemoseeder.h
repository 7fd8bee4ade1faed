#pragma once

#include <QDateTime>
#include <QString>

#include "core/change.h"
#include "core/etle.h"

namespace lintas {

class ChangeFactory;

// The demo's cases, as changes (so they reach the server and every desk like any others): violations in every
// state, ETLE tickets along the whole workflow (some waiting for payment, so a bank settlement file can pay
// them), accidents with victims, an active watch-list entry whose plate turns up in a capture, and a void
// waiting for a supervisor's approval, requested by another officer. Deterministic for a seed.
ChangeList demoCases(ChangeFactory &factory, const QDateTime &now, quint32 seed = 7);

// A bank settlement file (etle.h format) paying about half of the tickets waiting for payment (the codes the
// store numbered, CaseReader::payableTickets), for the demo's supervisor to import. Deterministic for a seed.
QByteArray demoSettlement(const QHash<QString, PayableTicket> &tickets, const QDateTime &now, quint32 seed = 7);

} // namespace lintas
